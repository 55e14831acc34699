"""Report formats: text, Markdown and the documented JSON, and the command's exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.cli import main
from generator.diff import Diff, SpecInfo, compare
from generator.diff.report import render_json, render_markdown, render_text

from ..conftest import run_codegen
from .specs import load, write_spec

BREAKING = {"body": "{amount: {type: integer}}"}  # removes the `currency` param
HARMLESS = {"thing": "{id: {type: string}, object: {type: string, enum: [thing, x]}, amount: {type: integer}}"}


@pytest.fixture
def diff(tmp_path: Path) -> Diff:
    new_parts = {**BREAKING, **HARMLESS}
    changes = compare(load(tmp_path, "old.yaml"), load(tmp_path, "new.yaml", **new_parts))
    return Diff(SpecInfo("old.yaml", "Tiny", "1"), SpecInfo("new.yaml", "Tiny", "1"), tuple(changes))


def test_text(diff: Diff) -> None:
    text = render_text(diff)
    assert text.splitlines()[:2] == ["codegen diff: old.yaml -> new.yaml", "1 breaking change, 1 other change"]
    assert "  POST /v1/things (things.create)" in text
    assert "    BREAKING  param `currency` removed  [request-param-removed]" in text
    assert 'enum value "x" added to field `object`  [response-enum-value-added]' in text
    assert "response-enum-value-added" not in render_text(diff, breaking_only=True)


def test_markdown(diff: Diff) -> None:
    markdown = render_markdown(diff)
    assert markdown.startswith("### API changes: `old.yaml` → `new.yaml`\n")
    assert "**1 breaking change**, 1 other change." in markdown
    breaking, other = markdown.split("<details>")
    assert "- `POST /v1/things (things.create)`: param `currency` removed (`request-param-removed`)" in breaking
    assert "response-enum-value-added" in other and "<summary>1 other change</summary>" in other


def test_markdown_is_cut_at_the_limit(diff: Diff) -> None:
    assert "… and 1 more" in render_markdown(diff, limit=0)


def test_json_format(diff: Diff) -> None:
    data = json.loads(render_json(diff))
    assert list(data) == ["format", "version", "old", "new", "summary", "changes"]
    assert (data["format"], data["version"]) == ("codegen-diff", 1)
    assert data["old"] == {"spec": "old.yaml", "title": "Tiny", "version": "1"}
    assert data["summary"] == {
        "breaking": 1,
        "non_breaking": 1,
        "total": 2,
        "by_rule": {"request-param-removed": 1, "response-enum-value-added": 1},
    }
    assert data["changes"][0]["location"] == {
        "resource": "things",
        "operation": "things.create",
        "endpoint": "POST /v1/things",
        "schema": None,
        "path": "currency",
    }
    assert data["changes"][1] == {
        "kind": "added",
        "subject": "enum value",
        "breaking": False,
        "rule": "response-enum-value-added",
        "location": {"resource": "things", "operation": None, "endpoint": None, "schema": "thing", "path": "object"},
        "before": None,
        "after": "x",
        "message": 'enum value "x" added to field `object`',
    }


def test_json_is_deterministic(tmp_path: Path) -> None:
    old = load(tmp_path, "old.yaml")
    new = load(tmp_path, "new.yaml", **BREAKING, **HARMLESS)
    first, second = compare(old, new), compare(old, new)
    info = SpecInfo("a", "t", "1")
    assert render_json(Diff(info, info, tuple(first))) == render_json(Diff(info, info, tuple(second)))


def test_no_changes(tmp_path: Path) -> None:
    same = compare(load(tmp_path, "old.yaml"), load(tmp_path, "new.yaml"))
    diff = Diff(SpecInfo("a", "t", "1"), SpecInfo("b", "t", "1"), tuple(same))
    assert "no changes" in render_text(diff)
    assert "No changes to the API." in render_markdown(diff)
    assert json.loads(render_json(diff))["summary"]["total"] == 0


# -- the command -----------------------------------------------------------------


def test_command_exit_codes(tmp_path: Path) -> None:
    old = write_spec(tmp_path, "old.yaml")
    breaking = write_spec(tmp_path, "breaking.yaml", **BREAKING)
    harmless = write_spec(tmp_path, "harmless.yaml", **HARMLESS)
    plain = run_codegen("diff", str(old), str(breaking), cwd=tmp_path)
    assert plain.returncode == 0, plain.stderr
    assert "BREAKING  param `currency` removed" in plain.stdout
    failing = run_codegen("diff", str(old), str(breaking), "--fail-on-breaking", "--format", "json", cwd=tmp_path)
    assert failing.returncode == 1
    assert json.loads(failing.stdout)["summary"]["breaking"] == 1
    assert "1 breaking change" in failing.stderr
    passing = run_codegen("diff", str(old), str(harmless), "--fail-on-breaking", "--format", "markdown", cwd=tmp_path)
    assert passing.returncode == 0, passing.stderr
    assert passing.stdout.startswith("### API changes")


def test_command_quiet_lists_only_breaking(tmp_path: Path) -> None:
    old = write_spec(tmp_path, "old.yaml")
    new = write_spec(tmp_path, "new.yaml", **BREAKING, **HARMLESS)
    result = run_codegen("diff", str(old), str(new), "-q", cwd=tmp_path)
    assert result.returncode == 0
    assert "request-param-removed" in result.stdout and "response-enum-value-added" not in result.stdout


def test_command_invalid_spec(tmp_path: Path) -> None:
    old = write_spec(tmp_path, "old.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.0.3\ninfo: {title: x}\npaths: {}\n", "utf-8")
    result = run_codegen("diff", str(old), str(broken), cwd=tmp_path)
    assert result.returncode == 2
    assert "broken.yaml" in result.stderr and "nothing compared" in result.stderr
    missing = run_codegen("diff", str(old), str(tmp_path / "nope.yaml"), cwd=tmp_path)
    assert missing.returncode == 2 and "nope.yaml" in missing.stderr


def test_both_specs_problems_are_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["diff", "a.yaml", "b.yaml"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "a.yaml: file not found",
        "b.yaml: file not found",
        "codegen: 2 problems found; nothing compared",
    ]
    assert main(["diff", "git:HEAD:a.yaml", "b.yaml"]) == 2  # (tmp_path is no git repository)
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("codegen: error: git:HEAD:a.yaml: ") and "not inside a git repository" in err[0]
    assert err[1:] == ["codegen: error: b.yaml: file not found"]
