"""`codegen release --from PREVIOUS`: the packages' version follows the spec, with a CHANGELOG.md.

Tiny specs (tests/diff/specs.py) in a temporary folder; each test runs the real command
in-process (`generator.cli.main`), with no configuration file in the way.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from generator.cli import main
from generator.config import Config
from generator.diff.changelog import Bump, prepend
from generator.output.version import Version
from generator.release import prepare

from .diff.specs import spec_text

TARGETS = ("python", "ruby", "java", "typescript")
TARGET_FLAGS = [flag for target in TARGETS for flag in ("--target", target)]
WITHOUT_AMOUNT = "{id: {type: string}, object: {type: string, enum: [thing]}}"  # a response field removed
WITH_NOTE = (  # a response field added
    "{id: {type: string}, object: {type: string, enum: [thing]}, amount: {type: integer}, note: {type: string}}"
)
WITH_DOC = (  # a description added: no rule judges it
    "{id: {type: string, description: The id.}, object: {type: string, enum: [thing]}, amount: {type: integer}}"
)
RENAMED_LIST = "ListThings"  # the operationId of the list changes, its path does not: not breaking, not an addition


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14
    (tmp_path / "old.yaml").write_text(spec_text(), "utf-8")
    return tmp_path


def _spec(work: Path, name: str = "new.yaml", **parts: str) -> Path:
    path = work / name
    path.write_text(spec_text(**parts), "utf-8")
    return path


def _release(*args: str) -> int:
    return main(["release", "-q", "--out", "out", *TARGET_FLAGS, *args])


def _metadata_versions(out: Path) -> dict[str, str]:
    """The version in each target's package metadata, read as each language's tools read it."""
    pyproject = (out / "python" / "pyproject.toml").read_text("utf-8")
    version_rb = next((out / "ruby" / "lib").glob("*/version.rb")).read_text("utf-8")
    pom = (out / "java" / "pom.xml").read_text("utf-8")
    package_json = json.loads((out / "typescript" / "package.json").read_text("utf-8"))
    project_version = re.search(r"<artifactId>[^<]+</artifactId>\s*<version>([^<]+)</version>", pom)
    return {
        "python": re.search(r'^version = "([^"]+)"', pyproject, re.M).group(1),  # type: ignore[union-attr]
        "ruby": re.search(r'VERSION = "([^"]+)"', version_rb).group(1),  # type: ignore[union-attr]
        "java": project_version.group(1) if project_version else "",
        "typescript": package_json["version"],
    }


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# -- the bump rules -------------------------------------------------------------


@pytest.mark.parametrize(
    ("parts", "bump", "version"),
    [
        ({"thing": WITHOUT_AMOUNT}, Bump.MAJOR, "1.0.0"),
        ({"thing": WITH_NOTE}, Bump.MINOR, "0.2.0"),
        ({"list_id": RENAMED_LIST}, Bump.PATCH, "0.1.1"),
        ({"thing": WITH_DOC}, Bump.PATCH, "0.1.1"),
        ({}, Bump.NONE, "0.1.0"),
    ],
    ids=["breaking-major", "addition-minor", "other-patch", "doc-only-patch", "identical-none"],
)
def test_the_bump_follows_the_verdicts(work: Path, parts: dict[str, str], bump: Bump, version: str) -> None:
    plan = prepare("old.yaml", Config(spec=_spec(work, **parts), out=work / "out"))
    assert (plan.bump, str(plan.next)) == (bump, version)
    assert plan.due is (bump is not Bump.NONE)
    assert bool(plan.changelog) is plan.due
    assert not (work / "out").exists()  # deciding writes nothing


def test_versions_count_from_the_record(work: Path) -> None:
    assert Version.parse("1.9.3", "x").bumped("minor") == Version(1, 10, 0)
    assert str(Version(1, 9, 3).bumped("major")) == "2.0.0"
    record = work / "out" / ".codegen" / "release.json"
    record.parent.mkdir(parents=True)
    record.write_text('{"version": "4.2.7", "spec": ""}', "utf-8")
    plan = prepare("old.yaml", Config(spec=_spec(work, thing=WITHOUT_AMOUNT), out=work / "out"))
    assert (str(plan.current), str(plan.next)) == ("4.2.7", "5.0.0")


# -- the command ----------------------------------------------------------------


def test_release_writes_the_version_into_every_package(work: Path) -> None:
    new = _spec(work, thing=WITH_NOTE)
    assert main(["generate", "-q", "--spec", "old.yaml", "--out", "out", *TARGET_FLAGS]) == 0
    assert set(_metadata_versions(work / "out").values()) == {"0.1.0"}

    assert _release("--from", "old.yaml", "--spec", str(new)) == 0
    assert _metadata_versions(work / "out") == dict.fromkeys(TARGETS, "0.2.0")
    assert json.loads((work / "out" / ".codegen" / "release.json").read_text())["version"] == "0.2.0"
    # generate and check read the record: the same files, and nothing stale
    assert main(["check", "-q", "--spec", str(new), "--out", "out", *TARGET_FLAGS]) == 0
    before = _snapshot(work / "out")
    assert main(["generate", "-q", "--spec", str(new), "--out", "out", *TARGET_FLAGS]) == 0
    assert _snapshot(work / "out") == before
    # a second release of the same spec changes nothing (and --check says none is due)
    assert _release("--from", "old.yaml", "--spec", str(new)) == 0
    assert _release("--from", "old.yaml", "--spec", str(new), "--check") == 0
    assert _snapshot(work / "out") == before


def test_check_fails_when_a_release_is_due(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = _spec(work, thing=WITHOUT_AMOUNT)
    assert _release("--from", "old.yaml", "--spec", str(new), "--check") == 1
    assert "a major release is due" in capsys.readouterr().err
    assert not (work / "out").exists()


def test_dry_run_prints_and_writes_nothing(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = _spec(work, thing=WITHOUT_AMOUNT)
    assert main(["release", "--out", "out", *TARGET_FLAGS, "--from", "old.yaml", "--spec", str(new), "--dry-run"]) == 0
    printed = capsys.readouterr().out
    assert "codegen release: 0.1.0 -> 1.0.0 (major: 1 breaking change, 0 additions, 0 other changes)" in printed
    assert "## 0.1.0 → 1.0.0 (2023-11-14; API 1)" in printed
    assert not (work / "out").exists()


def test_the_changelog_lists_breaking_changes_first_with_their_rules(work: Path) -> None:
    first = _spec(work, "v2.yaml", thing=WITH_NOTE)
    assert _release("--from", "old.yaml", "--spec", str(first)) == 0
    second = _spec(
        work,
        "v3.yaml",
        thing=WITHOUT_AMOUNT.replace("}}", "}, note: {type: string}}"),
        list_id="ListThings",
        list_params="[{name: limit, in: query, schema: {type: integer}}, {name: q, in: query, schema: {type: string}}]",
        version="2",
    )
    assert _release("--from", str(first), "--spec", str(second)) == 0
    text = (work / "out" / "CHANGELOG.md").read_text("utf-8")
    assert text.startswith("# Changelog\n")
    newest, older = text.index("## 0.2.0 → 1.0.0 (2023-11-14; API 1 → 2)"), text.index("## 0.1.0 → 0.2.0")
    assert newest < older  # newest first
    release = text[newest:older]
    assert release.split("\n\n", 2)[2] == (  # after the heading and the summary line
        "### Breaking changes\n\n#### things\n\n"
        "- `schema thing`: field `amount` removed (rule `response-field-removed`)\n\n"
        "### Additions\n\n#### things\n\n"
        "- `GET /v1/things (things.list)`: param `q` added (rule `request-param-added`)\n\n"
        "### Other changes\n\n#### things\n\n"
        "- `GET /v1/things (things.list)`: operationId GetThings renamed to ListThings"
        " (rule `operation-id-renamed`)\n\n"
    )
    assert "A major release: 1 breaking change, 1 addition, 1 other change (" in release


def test_prepend_keeps_what_the_user_wrote() -> None:
    mine = "# Changelog\n\nNotes of ours.\n\n## 0.1.0 → 0.2.0 (x)\n\n- hand-written\n"
    updated = prepend(mine, "## 0.2.0 → 0.2.1 (y)\n\n- new\n")
    assert (
        updated
        == "# Changelog\n\nNotes of ours.\n\n## 0.2.0 → 0.2.1 (y)\n\n- new\n\n## 0.1.0 → 0.2.0 (x)\n\n- hand-written\n"
    )


# -- git:REV:path ---------------------------------------------------------------


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=T", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


def test_from_a_git_revision(work: Path) -> None:
    (work / "specs").mkdir()
    spec = work / "specs" / "api.yaml"
    spec.write_text(spec_text(), "utf-8")
    _git(work, "init", "-q", "-b", "main")
    _git(work, "add", "specs")
    _git(work, "commit", "-q", "-m", "v1")
    spec.write_text(spec_text(thing=WITH_NOTE), "utf-8")
    assert _release("--from", "git:HEAD:specs/api.yaml", "--spec", "specs/api.yaml", "--dry-run") == 0
    plan = prepare("git:HEAD", Config(spec=Path("specs/api.yaml"), out=work / "out"))  # the spec's own path at HEAD
    assert (plan.diff.old.label, str(plan.next)) == ("git:HEAD:specs/api.yaml", "0.2.0")
    assert _release("--from", "git:HEAD", "--spec", "specs/api.yaml") == 0
    assert _metadata_versions(work / "out")["java"] == "0.2.0"


# -- bad input: exit 2, nothing written -------------------------------------------


def test_bad_input_writes_nothing(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = _spec(work, thing=WITH_NOTE)
    assert _release("--from", "old.yaml", "--spec", str(new)) == 0
    before = _snapshot(work / "out")
    newer = _spec(work, "newer.yaml", thing=WITHOUT_AMOUNT)

    _git(work, "init", "-q")  # a repository without that revision
    assert main(["release", "-q", "--out", "out", "--from", "git:no-such-rev:old.yaml", "--spec", str(newer)]) == 2
    assert "unknown revision 'no-such-rev'" in capsys.readouterr().err
    assert _release("--from", "missing.yaml", "--spec", str(newer)) == 2
    record = work / "out" / ".codegen" / "release.json"
    good = record.read_text("utf-8")
    record.write_text('{"version": "v2"}', "utf-8")
    assert _release("--from", "old.yaml", "--spec", str(newer)) == 2
    assert "'v2' is not a version (MAJOR.MINOR.PATCH" in capsys.readouterr().err
    record.write_text(good, "utf-8")
    assert _snapshot(work / "out") == before


def test_a_version_set_in_the_configuration_conflicts_with_the_record(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = _spec(work, thing=WITH_NOTE)
    assert _release("--from", "old.yaml", "--spec", str(new)) == 0
    (work / "codegen.toml").write_text('[java]\nversion = "9.9.9"\n', "utf-8")
    assert main(["generate", "-q", "--spec", str(new), "--out", "out", *TARGET_FLAGS]) == 2
    assert "[tool.codegen.java] version = '9.9.9': the version is 0.2.0" in capsys.readouterr().err
    assert _release("--from", "old.yaml", "--spec", str(new), "--dry-run") == 2
    assert _metadata_versions(work / "out")["java"] == "0.2.0"


# -- the shipped workflow and hooks use it ------------------------------------------


def _release_commands() -> list[str]:
    import yaml

    from .conftest import ROOT

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    workflow = (ROOT / ".github" / "workflows" / "codegen.yml").read_text("utf-8")
    found = [hook["entry"] for hook in hooks if hook["entry"].startswith("codegen release")]
    found += [line.strip() for line in workflow.splitlines() if line.strip().startswith("codegen release")]
    return found


def test_the_shipped_workflow_and_hooks_run_release_with_arguments_it_accepts() -> None:
    from generator.cli import _parser

    commands = _release_commands()
    assert len(commands) == 4  # two hooks, two workflow lines (--dry-run, --check)
    for command in commands:
        words = [word.strip('"') for word in command.split()[1:] if not word.startswith(">")]
        words = [w for w in words if "$GITHUB_STEP_SUMMARY" not in w]
        args = _parser().parse_args([w.replace("$BASE_REF", "main").replace("$SPEC", "specs/a.yaml") for w in words])
        assert args.command == "release" and args.previous.startswith("git:")
    with pytest.raises(SystemExit):  # the check can fail: a misspelt option is refused
        _parser().parse_args(["release", "--form", "git:HEAD"])
