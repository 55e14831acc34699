"""Users' edits to generated files survive regeneration (issue 29).

Codegen keeps, in `OUT/.codegen/base/`, the exact text it last generated for each file it
owns; the next run three-way merges that base, the file on disk and the new text. Edits
that do not overlap a generated change are kept; overlapping ones are written between
conflict markers, reported by file and line, and the run exits 1. Paths listed in
`OUT/.codegenignore` are never written, removed or merged.

The first part drives the real command on the default spec, one edit per target; the
second calls the writer directly; the property test at the end throws random user edits
and random "spec changes" (line edits of the generated text) at the writer.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.output import write as writer
from generator.output.write import BASES, MANIFEST, PREVIOUS, Output, write

from .budget import examples
from .conftest import DEFAULT_SPEC
from .test_write import output_of

SENTENCE = "Creates a Customer Session with a single-use"
#: For each target, the file where the create operation's description appears, and a comment line of its language.
EDITED = {
    "python": ("python/stripe_api/services/customer_sessions.py", "# mine: keep this line"),
    "ruby": ("ruby/lib/stripe_api/services/customer_session_service.rb", "# mine: keep this line"),
    "java": ("java/src/main/java/com/example/stripe/service/CustomerSessionService.java", "// mine: keep this line"),
    "docs": ("docs/customer_sessions.md", "Mine: keep this line."),
}


# --- the real command, every language ------------------------------------------------------------


@pytest.fixture()
def spec(tmp_path: Path) -> Path:
    """A copy of the default spec (with the files its `$ref`s reach), to change."""
    shutil.copytree(DEFAULT_SPEC.parent, tmp_path / "specs")
    return tmp_path / "specs" / DEFAULT_SPEC.name


def _generate(spec: Path, out: Path, *extra: str, command: str = "generate") -> int:
    targets = [arg for target in EDITED for arg in ("--target", target)]
    quiet = ["-q"] if command == "generate" and not extra else []  # (check's summary is read)
    return main([command, "--spec", str(spec), "--out", str(out), *targets, *quiet, *extra])


def _change_the_spec(spec: Path, words: str = "Creates a new Customer Session with a single-use") -> None:
    text = spec.read_text("utf-8")
    assert SENTENCE in text
    spec.write_text(text.replace(SENTENCE, words), "utf-8")


def _insert(path: Path, line: str, after: int) -> None:
    lines = path.read_text("utf-8").splitlines(keepends=True)
    lines.insert(after, line + "\n")
    path.write_text("".join(lines), "utf-8")


def _bases_agree_with_manifest(out: Path) -> None:
    """Every file the manifest lists has its base, holding the text the manifest's hash names."""
    files = json.loads((out / MANIFEST).read_text())["files"]
    for path, sha in files.items():
        assert hashlib.sha256((out / BASES / path).read_bytes()).hexdigest() == sha, path


def test_an_edit_in_each_language_survives_a_spec_change(
    tmp_path: Path, spec: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert _generate(spec, out) == 0
    for path, line in EDITED.values():
        _insert(out / path, line, after=1)  # near the top, away from the description
        with (out / path).open("a", encoding="utf-8") as handle:
            handle.write(line.replace("keep", "also keep") + "\n")  # and at the end
    _change_the_spec(spec)
    capsys.readouterr()
    assert _generate(spec, out) == 0, capsys.readouterr().err
    for path, line in EDITED.values():
        text = (out / path).read_text("utf-8")
        assert "Creates a new Customer Session" in text, f"{path}: the spec change is missing"
        assert line + "\n" in text and line.replace("keep", "also keep") + "\n" in text, f"{path}: the edit was lost"
        assert "<<<<<<<" not in text
    _bases_agree_with_manifest(out)
    assert _generate(spec, out, command="check") == 0
    assert f"customised: {len(EDITED)} files" in capsys.readouterr().out


def test_an_overlapping_edit_is_a_conflict_reported_by_file_and_line(
    tmp_path: Path, spec: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert _generate(spec, out) == 0
    path = out / EDITED["python"][0]
    mine = path.read_text("utf-8").replace(SENTENCE, "Makes a Customer Session (my words) with a single-use")
    path.write_text(mine, "utf-8")
    _change_the_spec(spec)
    capsys.readouterr()
    assert _generate(spec, out) == 1
    err = capsys.readouterr().err
    text = path.read_text("utf-8")
    line = text.splitlines().index("<<<<<<< yours") + 1
    assert f"{out}/{EDITED['python'][0]}:{line}: conflict" in err, err
    assert "1 conflict between your edits and the regenerated code" in err
    assert "Makes a Customer Session (my words)" in text and "Creates a new Customer Session" in text
    assert (out / PREVIOUS / EDITED["python"][0]).read_text("utf-8") == mine, "the text before the merge is kept"
    # nothing else of the output was lost: the other targets got the change
    assert "Creates a new Customer Session" in (out / EDITED["ruby"][0]).read_text("utf-8")
    _bases_agree_with_manifest(out)
    # The conflict is reported again, by generate and check, until it is resolved...
    assert _generate(spec, out) == 1
    assert _generate(spec, out, command="check") == 1
    assert f":{line}: conflict" in capsys.readouterr().err
    # ... by keeping one side and removing the markers
    path.write_text(_keep_yours(text), "utf-8")
    assert _generate(spec, out) == 0
    assert not (out / PREVIOUS).exists()
    assert "Makes a Customer Session (my words)" in path.read_text("utf-8")
    assert _generate(spec, out, command="check") == 0
    assert "customised: 1 file" in capsys.readouterr().out


def _keep_yours(text: str) -> str:
    """`text` with each conflict resolved by keeping the user's side."""
    kept, side = [], "both"
    for line in text.splitlines(keepends=True):
        if line == "<<<<<<< yours\n":
            side = "yours"
        elif line == "=======\n" and side == "yours":
            side = "codegen"
        elif line == ">>>>>>> codegen\n":
            side = "both"
        elif side != "codegen":
            kept.append(line)
    return "".join(kept)


def test_ignored_files_are_never_touched(tmp_path: Path, spec: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert _generate(spec, out) == 0
    python, docs = out / EDITED["python"][0], out / EDITED["docs"][0]
    (out / ".codegenignore").write_text(f"# taken over\n{EDITED['python'][0]}\n/docs/*.md\n!docs/index.md\n")
    python.write_text("my own service\n")
    docs.unlink()
    before = python.stat()
    _change_the_spec(spec)
    capsys.readouterr()
    assert _generate(spec, out, "-v") == 0
    err = capsys.readouterr().err
    assert f"skipped {EDITED['python'][0]}: listed in" in err
    assert f"skipped {EDITED['docs'][0]}: listed in" in err
    assert "skipped docs/index.md" not in err
    assert python.read_text() == "my own service\n"
    assert (python.stat().st_ino, python.stat().st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert not docs.exists(), "an ignored file is never written"
    assert "Creates a new Customer Session" in (out / EDITED["ruby"][0]).read_text("utf-8")
    assert _generate(spec, out, command="check") == 0
    # Un-ignored, the file is codegen's again, and the user's text is merged like any edit.
    (out / ".codegenignore").unlink()
    assert _generate(spec, out) == 1  # (the whole file replaced: it overlaps everything codegen changed)
    assert "my own service" in python.read_text() and docs.is_file()


# --- the writer ------------------------------------------------------------------------------------


def test_a_clean_merge_keeps_the_users_lines(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write(out, output_of({"ruby/a.rb": "one\ntwo\nthree\nfour\nfive\n"}))
    (out / "ruby" / "a.rb").write_text("one\nmine\ntwo\nthree\nfour\nfive\n")
    result = write(out, output_of({"ruby/a.rb": "one\ntwo\nthree\nfour\nFIVE\n"}))
    assert (out / "ruby" / "a.rb").read_text() == "one\nmine\ntwo\nthree\nfour\nFIVE\n"
    assert result.changed == ("ruby/a.rb",) and result.customised == ("ruby/a.rb",) and not result.conflicts
    assert (out / BASES / "ruby" / "a.rb").read_text() == "one\ntwo\nthree\nfour\nFIVE\n"


def test_an_edited_binary_file_is_a_conflict_and_kept(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first, second = Output(), Output()
    first.add("docs", "logo.png", b"\x89PNG\x00old")
    second.add("docs", "logo.png", b"\x89PNG\x00new")
    write(out, first)
    (out / "docs" / "logo.png").write_bytes(b"\x89PNG\x00mine")
    result = write(out, second)
    assert [(c.path, c.kind) for c in result.conflicts] == [("docs/logo.png", "binary")]
    assert (out / "docs" / "logo.png").read_bytes() == b"\x89PNG\x00mine"
    assert (out / BASES / "docs" / "logo.png").read_bytes() == b"\x89PNG\x00new", "the new one is at hand"
    assert writer.plan(out, second).conflicts, "reported until resolved"
    (out / "docs" / "logo.png").unlink()  # resolved: take codegen's
    result = write(out, second)
    assert not result.conflicts and (out / "docs" / "logo.png").read_bytes() == b"\x89PNG\x00new"


def test_an_edited_file_codegen_no_longer_generates_is_kept(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write(out, output_of({"java/A.java": "a\n", "java/B.java": "b\n"}))
    (out / "java" / "B.java").write_text("b\nmine\n")
    result = write(out, output_of({"java/A.java": "a\n"}))
    assert [(c.path, c.kind) for c in result.conflicts] == [("java/B.java", "deleted")]
    assert (out / "java" / "B.java").read_text() == "b\nmine\n"
    assert write(out, output_of({"java/A.java": "a\n"})).conflicts  # until resolved:
    (out / "java" / "B.java").write_text("b\nmine, kept as my own file\n")
    result = write(out, output_of({"java/A.java": "a\n"}))
    assert not result.conflicts and (out / "java" / "B.java").is_file()
    assert "java/B.java" not in json.loads((out / MANIFEST).read_text())["files"]
    assert not (out / BASES / "java" / "B.java").exists()


@pytest.mark.parametrize(
    ("first", "second", "why"),
    [
        ({"docs/x": "x\n"}, {"docs/x/a.md": "a\n"}, "a file you edited, which codegen no longer generates"),
        ({"docs/x/a.md": "a\n"}, {"docs/x": "x\n"}, "a folder holding"),
    ],
    ids=["file becomes a folder", "folder becomes a file"],
)
def test_an_edited_file_in_the_way_of_a_new_shape_is_refused(
    tmp_path: Path, first: dict[str, str], second: dict[str, str], why: str
) -> None:
    out = tmp_path / "out"
    write(out, output_of(first))
    edited = out / next(iter(first))
    edited.write_text("mine\n")
    with pytest.raises(writer.WriteError, match=why):
        write(out, output_of(second))
    assert edited.read_text() == "mine\n"


def test_a_file_edited_before_codegen_kept_bases_is_a_conflict(tmp_path: Path) -> None:
    """Output written by an earlier codegen (no .codegen/): nothing can be told apart, nothing is lost."""
    out = tmp_path / "out"
    write(out, output_of({"docs/a.md": "a\n"}))
    shutil.rmtree(out / ".codegen")
    (out / "docs" / "a.md").write_text("a, mine\n")
    result = write(out, output_of({"docs/a.md": "A\n"}))
    assert result.conflicts and "a, mine\n" in (out / "docs" / "a.md").read_text()


def test_a_removed_base_is_written_again(tmp_path: Path) -> None:
    out = tmp_path / "out"
    files = {"docs/a.md": "a\n", "docs/b.md": "b\n"}
    write(out, output_of(files))
    (out / BASES / "docs" / "a.md").unlink()
    result = writer.plan(out, output_of(files))
    assert not result.is_current and list(result.state) == [f"{BASES}/docs/a.md"]
    write(out, output_of(files))
    assert writer.plan(out, output_of(files)).is_current
    _bases_agree_with_manifest(out)


# --- random edits, random spec changes -------------------------------------------------------------


def _edited(draw: st.DrawFn, lines: list[str], prefix: str, deletions: bool = True) -> tuple[list[str], list[str]]:
    """`lines` with a few random insertions, replacements (lines `prefix N`) and deletions; and the lines added."""
    lines = list(lines)
    added: list[str] = []
    for number in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["insert", "replace", "delete"] if deletions else ["insert", "replace"]))
        at = draw(st.integers(0, len(lines)))
        new = f"{prefix} {number}\n"
        if kind == "insert" or not lines or at == len(lines):
            lines.insert(at, new)
            added.append(new)
        elif kind == "replace":
            lines[at] = new
            added.append(new)
        else:
            del lines[at]
    return lines, added


@st.composite
def _scenarios(draw: st.DrawFn) -> tuple[str, str, str, list[str], str]:
    """The first generated text, the user's edit of it, two later generated texts, and the user's lines."""
    size = draw(st.integers(0, 12))
    base = [f"generated {n}\n" for n in range(size)]
    mine, added = _edited(draw, base, "mine")
    new, _ = _edited(draw, base, "regenerated")
    newer, _ = _edited(draw, new, "regenerated again")
    return "".join(base), "".join(mine), "".join(new), added, "".join(newer)


@settings(
    max_examples=examples(1000, 150),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(_scenarios())
def test_no_user_line_is_lost_without_a_conflict(scenario: tuple[str, str, str, list[str], str]) -> None:
    base, mine, new, added, newer = scenario
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out"
        write(out, output_of({"python/pkg/mod.py": base, "python/pkg/other.py": "x\n"}))
        (out / "python/pkg/mod.py").write_text(mine)
        result = write(out, output_of({"python/pkg/mod.py": new, "python/pkg/other.py": "y\n"}))
        written = (out / "python/pkg/mod.py").read_text()
        lines = written.splitlines(keepends=True)
        for line in added:  # every line the user wrote is there, conflict or not
            assert lines.count(line) >= mine.splitlines(keepends=True).count(line), (line, written)
        if result.conflicts:
            assert "<<<<<<< yours\n" in lines
            assert (out / PREVIOUS / "python/pkg/mod.py").read_text() == mine
        else:
            assert "<<<<<<< yours" not in written
        assert (out / "python/pkg/other.py").read_text() == "y\n", "the rest of the output is written"
        assert (out / BASES / "python/pkg/mod.py").read_text() == new
        _bases_agree_with_manifest(out)
        if result.conflicts:
            return
        # A second regeneration merges against the new base: the user's lines are still kept.
        result = write(out, output_of({"python/pkg/mod.py": newer, "python/pkg/other.py": "y\n"}))
        lines = (out / "python/pkg/mod.py").read_text().splitlines(keepends=True)
        for line in added:
            assert lines.count(line) >= mine.splitlines(keepends=True).count(line), (line, lines)
        assert bool(result.conflicts) == ("<<<<<<< yours\n" in lines)
        _bases_agree_with_manifest(out)
