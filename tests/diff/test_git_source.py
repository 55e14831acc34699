"""`git:REV:path`: a spec read from the repository's history, with the files it references."""

from __future__ import annotations

import subprocess
from pathlib import Path, PurePosixPath

import pytest

from generator.config import Config
from generator.diff import diff_specs
from generator.diff.source import GitSpec, parse
from generator.errors import SpecError, UsageError

from ..conftest import run_codegen
from .specs import spec_text

THING_FILE = """\
type: object
properties:
  id: {type: string}
  object: {type: string, enum: [thing]}
  amount: {type: integer}
required: [id, object]
"""


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository whose spec spans two files; HEAD has `amount`, the work tree has removed it."""
    root = tmp_path / "repo"
    (root / "specs" / "api" / "schemas").mkdir(parents=True)
    spec = spec_text(schemas="").replace(
        "    thing:\n      type: object\n",
        "    thing:\n      $ref: 'api/schemas/thing.yaml'\n    unused:\n      type: object\n",
    )
    (root / "specs" / "api.yaml").write_text(spec, "utf-8")
    (root / "specs" / "api" / "schemas" / "thing.yaml").write_text(THING_FILE, "utf-8")
    _git(root, "init", "-q", "-b", "main")
    _git(root, "add", ".")
    _git(root, "commit", "-q", "-m", "first")
    (root / "specs" / "api" / "schemas" / "thing.yaml").write_text(
        THING_FILE.replace("  amount: {type: integer}\n", "")
    )
    return root


def test_parse() -> None:
    assert parse("specs/a.yaml") == Path("specs/a.yaml")
    assert parse("git:origin/main:specs/a.yaml") == GitSpec("origin/main", PurePosixPath("specs/a.yaml"))
    with pytest.raises(UsageError):
        parse("git:HEAD")
    with pytest.raises(UsageError):
        parse("git:HEAD:../outside.yaml")


def test_history_against_work_tree(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo)
    diff = diff_specs("git:HEAD:specs/api.yaml", "specs/api.yaml", Config())
    assert diff.old.label == "git:HEAD:specs/api.yaml"
    assert [(c.rule.id, c.location.schema, c.location.dotted) for c in diff.changes] == [
        ("response-field-removed", "thing", "amount")
    ]


def test_from_a_subfolder_paths_are_from_the_top(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo / "specs")
    diff = diff_specs("git:main:specs/api.yaml", "api.yaml", Config())
    assert len(diff.changes) == 1


def test_two_revisions(repo: Path) -> None:
    _git(repo, "commit", "-q", "-am", "second")
    result = run_codegen("diff", "git:HEAD~1:specs/api.yaml", "git:HEAD:specs/api.yaml", "--fail-on-breaking", cwd=repo)
    assert result.returncode == 1, result.stderr
    assert "codegen diff: git:HEAD~1:specs/api.yaml -> git:HEAD:specs/api.yaml" in result.stdout
    assert "BREAKING  field `amount` removed  [response-field-removed]" in result.stdout


def test_bad_revision_and_path(repo: Path) -> None:
    result = run_codegen("diff", "git:no-such-branch:specs/api.yaml", "specs/api.yaml", cwd=repo)
    assert result.returncode == 2
    assert "unknown revision 'no-such-branch'" in result.stderr
    result = run_codegen("diff", "git:HEAD:specs/missing.yaml", "specs/api.yaml", cwd=repo)
    assert result.returncode == 2
    assert "no file specs/missing.yaml at HEAD" in result.stderr


def test_outside_a_repository(tmp_path: Path) -> None:
    result = run_codegen("diff", "git:HEAD:specs/api.yaml", "specs/api.yaml", cwd=tmp_path)
    assert result.returncode == 2
    assert "not inside a git repository" in result.stderr


def test_invalid_spec_in_history_is_named_by_revision(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (repo / "specs" / "api" / "schemas" / "thing.yaml").write_text("type: object\nproperties: [oops]\n")
    _git(repo, "commit", "-q", "-am", "broken")
    monkeypatch.chdir(repo)
    with pytest.raises(SpecError) as caught:
        diff_specs("git:HEAD:specs/api.yaml", "specs/api.yaml", Config())
    files = {issue.file for issue in caught.value.issues}
    # both sides are broken (the work tree is HEAD): each problem named by where it is, never a temporary folder
    assert any(str(f).startswith("HEAD:specs/") for f in files), files
    assert all(str(f).startswith(("HEAD:specs/", "specs/")) for f in files), files
