"""No user file is ever moved aside (issue 15).

Whatever codegen would replace, remove or move in the output folder, at any depth, is
a file its manifest lists, or the run is refused (exit 2) with a message naming the
path and why, and then the output folder and everything around it are exactly as
before: same bytes, same inodes, no `.codegen-*` staging folder left next to it.
`codegen check` reports the same conflicts without writing.

Most cases go through the real command (`generator.cli.main`, in this process, and a
few through `python -m generator`); the property test at the end calls the writer
directly on random trees of user files, folders and links around and inside the output.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.output import write as writer
from generator.output.write import MANIFEST, Output, WriteError

from .conftest import run_codegen
from .hostile.corpus import spec_for, write_spec
from .test_write import output_of

PACKAGE = "hostile"  # (given, or the repository's pyproject.toml would name it)


# --- helpers -----------------------------------------------------------------------------------


def _snapshot(root: Path) -> dict[str, tuple[object, ...]]:
    """Everything under `root`, never following a link: kind, permissions, and a file's
    bytes and inode or a link's target."""
    found: dict[str, tuple[object, ...]] = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder, name)
            info = os.lstat(path)
            relative = str(path.relative_to(root))
            if stat.S_ISLNK(info.st_mode):
                found[relative] = ("link", os.readlink(path))
            elif stat.S_ISDIR(info.st_mode):
                found[relative] = ("folder", stat.S_IMODE(info.st_mode))
            elif stat.S_ISREG(info.st_mode):
                found[relative] = ("file", path.read_bytes(), info.st_ino, stat.S_IMODE(info.st_mode))
            else:
                found[relative] = ("special", stat.S_IFMT(info.st_mode))
    return found


def _leftovers(*folders: Path) -> list[str]:
    """Staging folders (`.<name>.codegen-new-*`, `-old-*`) in `folders`."""
    marks = (f"{writer._STAGING_MARK}new-", f"{writer._STAGING_MARK}old-")
    return [p.name for folder in folders for p in folder.iterdir() if any(m in p.name for m in marks)]


@pytest.fixture()
def spec(tmp_path: Path) -> Path:
    return write_spec(tmp_path / "specs", spec_for([]))


def _generate(spec: Path, out: Path, command: str = "generate") -> int:
    return main([command, "--spec", str(spec), "--out", str(out), "--package", PACKAGE, "-q"])


def _refused(
    spec: Path, out: Path, capsys: pytest.CaptureFixture[str], *expected: str, around: Path | None = None
) -> str:
    """`generate` and `check` both exit 2 with every `expected` in the message; nothing changed."""
    around = around or out.parent
    before = _snapshot(around)
    capsys.readouterr()
    messages = []
    for command in ("check", "generate"):
        code = _generate(spec, out, command)
        err = capsys.readouterr().err
        assert code == 2, err
        for text in expected:
            assert text in err, err
        assert "Traceback" not in err
        assert _snapshot(around) == before, f"{command} changed something"
        assert not _leftovers(around)
        messages.append(err)
    assert messages[0] == messages[1], "check and generate report the conflicts differently"
    return messages[1]


# --- the output folder itself -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("user_file", "out", "why"),
    [
        ("important.txt", "important.txt", "where it needs its output folder"),
        ("out/python", "out", "where it needs a folder"),
    ],
    ids=["OUT itself", "OUT/python"],
)
def test_a_users_file_through_the_real_command(tmp_path: Path, spec: Path, user_file: str, out: str, why: str) -> None:
    """The reported bugs, through `python -m generator`: exit 0, and the file became a folder with its
    text hidden in `.important.txt.codegen-new-*`, or moved into the folder (`OUT/python/python`)."""
    (tmp_path / user_file).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / user_file).write_bytes(b"my notes\n")
    before = _snapshot(tmp_path)
    for command in ("generate", "check"):
        result = run_codegen(command, "--spec", str(spec), "--out", out, cwd=tmp_path)
        assert result.returncode == 2, result.stderr
        assert (
            f"codegen: error: {user_file} is a file codegen does not own, {why}; "
            "move it away or choose another --out; nothing was written\n" == result.stderr
        )
        assert _snapshot(tmp_path) == before
        assert not _leftovers(tmp_path)


def test_out_is_a_special_file(tmp_path: Path, spec: Path, capsys: pytest.CaptureFixture[str]) -> None:
    os.mkfifo(tmp_path / "out")
    _refused(spec, tmp_path / "out", capsys, "is a special file (a FIFO, socket or device) codegen does not own")


def test_out_lies_under_a_users_file(tmp_path: Path, spec: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "important.txt").write_text("mine\n")
    _refused(
        spec,
        tmp_path / "important.txt" / "sub" / "out",
        capsys,
        f"{tmp_path / 'important.txt'} is a file codegen does not own, where it needs a folder",
        around=tmp_path,
    )


def test_out_is_a_link_to_a_folder_which_is_written_through(tmp_path: Path, spec: Path) -> None:
    """The link is the user's and stays; the folder it points to is the output folder."""
    real = tmp_path / "elsewhere" / "generated"
    real.mkdir(parents=True)
    (real / "notes.txt").write_text("mine\n")
    os.symlink("elsewhere/generated", tmp_path / "out")
    assert _generate(spec, tmp_path / "out") == 0
    assert os.readlink(tmp_path / "out") == "elsewhere/generated"
    assert (real / "ir" / "ir.json").is_file() and (real / MANIFEST).is_file()
    assert (real / "notes.txt").read_text() == "mine\n"
    # an update run, with early staging (there is a manifest now), goes through the link too
    (real / "ir" / "ir.json").unlink()  # so that the next run writes
    assert _generate(spec, tmp_path / "out") == 0
    assert os.readlink(tmp_path / "out") == "elsewhere/generated"
    assert (real / "ir" / "ir.json").is_file()
    assert not _leftovers(tmp_path, real.parent)
    assert _generate(spec, tmp_path / "out", "check") == 0


@pytest.mark.parametrize("target", ["missing", "a-file"], ids=["dangling", "to a file"])
def test_out_is_a_link_to_no_folder(
    tmp_path: Path, spec: Path, capsys: pytest.CaptureFixture[str], target: str
) -> None:
    (tmp_path / "a-file").write_text("mine\n")
    os.symlink(target, tmp_path / "out")
    _refused(spec, tmp_path / "out", capsys, f"out is a symbolic link to {target}, which is not a folder")


def test_out_is_a_users_empty_folder(tmp_path: Path, spec: Path) -> None:
    out = tmp_path / "out"
    out.mkdir(mode=0o750)
    os.chmod(out, 0o750)
    assert _generate(spec, out) == 0
    assert (out / "ir" / "ir.json").is_file()
    assert stat.S_IMODE(out.stat().st_mode) == 0o750


# --- a file where codegen needs a folder ----------------------------------------------------------


@pytest.mark.parametrize("where", ["python", "docs/assets", f"python/{PACKAGE}/models"])
def test_a_users_file_where_a_folder_is_needed(
    tmp_path: Path, spec: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    """The reported bug: the file ended up inside the folder made for it (`OUT/python/python`)."""
    out = tmp_path / "out"
    (out / where).parent.mkdir(parents=True, exist_ok=True)
    (out / where).write_bytes(b"user data\x00\xff\n")
    _refused(spec, out, capsys, f"{out / where} is a file codegen does not own, where it needs a folder")


def test_a_users_file_where_a_folder_is_needed_after_a_first_run(
    tmp_path: Path, spec: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert _generate(spec, out) == 0
    (out / "docs" / "assets").rename(tmp_path / "assets-moved")
    (out / "docs" / "assets").write_text("mine now\n")
    _refused(spec, out, capsys, f"{out / 'docs' / 'assets'} is a file codegen does not own, where it needs a folder")


def test_every_conflict_is_listed(tmp_path: Path, spec: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    (out / "docs").mkdir(parents=True)
    (out / "python").write_text("a\n")
    (out / "docs" / "assets").write_text("b\n")
    (out / "docs" / "index.md").write_text("c\n")
    err = _refused(spec, out, capsys, "3 paths codegen does not own are where it needs to write:")
    assert f"  {out / 'python'} is a file codegen does not own, where it needs a folder" in err
    assert f"  {out / 'docs' / 'assets'} is a file codegen does not own, where it needs a folder" in err
    assert f"  {out / 'docs' / 'index.md'} is a file that was not written by codegen" in err
    assert "move them away or choose another --out; nothing was written" in err


# --- symbolic links -----------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["python", "docs", f"python/{PACKAGE}"])
def test_a_link_to_elsewhere_where_a_folder_is_needed(
    tmp_path: Path, spec: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    """Writing through it would write outside OUT, and not atomically: refused."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "precious.txt").write_text("mine\n")
    out = tmp_path / "out"
    (out / where).parent.mkdir(parents=True, exist_ok=True)
    os.symlink(elsewhere, out / where)
    _refused(spec, out, capsys, f"{out / where} is a symbolic link codegen does not own, where it needs a folder")


def test_a_link_where_a_file_is_needed(tmp_path: Path, spec: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Even a dangling one, and even one pointing to the very content codegen would write."""
    out = tmp_path / "out"
    assert _generate(spec, out) == 0
    (out / "ir" / "ir.json").rename(tmp_path / "ir.json")
    os.symlink(tmp_path / "ir.json", out / "ir" / "ir.json")
    (out / "docs" / "index.md").rename(out / "docs" / "index.md.orig")
    os.symlink("nowhere", out / "docs" / "index.md")
    _refused(
        spec,
        out,
        capsys,
        f"{out / 'ir' / 'ir.json'} is a symbolic link codegen does not own, where it needs a file",
        f"{out / 'docs' / 'index.md'} is a symbolic link codegen does not own, where it needs a file",
    )


def test_links_codegen_does_not_need_are_kept(tmp_path: Path, spec: Path) -> None:
    out = tmp_path / "out"
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "x.txt").write_text("x\n")
    (out / "docs").mkdir(parents=True)
    os.symlink("../../elsewhere", out / "docs" / "extra")
    os.symlink("nowhere", out / "dangling")
    before = _snapshot(tmp_path / "elsewhere")
    assert _generate(spec, out) == 0
    assert os.readlink(out / "docs" / "extra") == "../../elsewhere"
    assert (out / "docs" / "extra" / "x.txt").read_text() == "x\n"
    assert os.readlink(out / "dangling") == "nowhere"
    assert _snapshot(tmp_path / "elsewhere") == before


# --- a folder where codegen needs a file ------------------------------------------------------------


def test_a_users_folder_where_a_file_is_needed(tmp_path: Path, spec: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    (out / "docs" / "index.md" / "deep").mkdir(parents=True)
    (out / "docs" / "index.md" / "deep" / "notes.txt").write_text("mine\n")
    _refused(
        spec,
        out,
        capsys,
        f"{out / 'docs' / 'index.md'} is a folder holding {out / 'docs' / 'index.md' / 'deep' / 'notes.txt'}, "
        "which codegen does not own, where it needs a file",
    )


def test_a_users_empty_folder_where_a_file_is_needed(
    tmp_path: Path, spec: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert _generate(spec, out) == 0
    (out / "ir" / "ir.json").unlink()
    (out / "ir" / "ir.json").mkdir()
    _refused(
        spec, out, capsys, f"{out / 'ir' / 'ir.json'} is an empty folder codegen does not own, where it needs a file"
    )


def test_a_special_file_where_a_file_is_needed(tmp_path: Path, spec: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Refused without opening it (reading a FIFO would wait for a writer forever)."""
    out = tmp_path / "out"
    (out / "ir").mkdir(parents=True)
    os.mkfifo(out / "ir" / "ir.json")
    _refused(spec, out, capsys, f"{out / 'ir' / 'ir.json'} is a special file (a FIFO, socket or device)")


def test_users_empty_folders_are_kept(tmp_path: Path, spec: Path) -> None:
    """One where codegen needs a folder (used), others anywhere (left alone, never pruned)."""
    out = tmp_path / "out"
    for folder in ("python", "mine", "docs/mine", "docs/graphs/mine"):
        (out / folder).mkdir(parents=True)
    os.chmod(out / "mine", 0o700)
    assert _generate(spec, out) == 0
    for folder in ("mine", "docs/mine", "docs/graphs/mine"):
        assert (out / folder).is_dir() and not any((out / folder).iterdir())
    assert stat.S_IMODE((out / "mine").stat().st_mode) == 0o700, "a user's folder keeps its permissions"
    assert (out / "python" / PACKAGE / "__init__.py").is_file()


# --- files inside codegen's folders ---------------------------------------------------------------


def _write(out: Path, files: dict[str, str], early: bool = False) -> writer.Plan:
    output = Output()
    for path, text in files.items():
        target, relative = path.split("/", 1)
        output.add(target, relative, text)
    staging = writer.Staging.start(out) if early else None
    try:
        return writer.write(out, output, writer.plan(out, output, staging=staging), staging)
    finally:
        if staging is not None:
            staging.discard()


@pytest.mark.parametrize("early", [False, True], ids=["plain", "early staging"])
def test_a_users_file_in_a_folder_left_stale_keeps_the_folder(tmp_path: Path, early: bool) -> None:
    out = tmp_path / "out"
    _write(out, {"docs/old/a.md": "a\n", "docs/old/sub/b.md": "b\n", "docs/index.md": "i\n"})
    (out / "docs" / "old" / "notes.txt").write_text("mine\n")
    (out / "docs" / "old" / "sub" / "keep").mkdir()
    result = _write(out, {"docs/index.md": "i\n"}, early)
    assert result.removed == ("docs/old/a.md", "docs/old/sub/b.md")
    assert not (out / "docs" / "old" / "a.md").exists() and not (out / "docs" / "old" / "sub" / "b.md").exists()
    assert (out / "docs" / "old" / "notes.txt").read_text() == "mine\n"
    assert (out / "docs" / "old" / "sub" / "keep").is_dir()
    assert not _leftovers(tmp_path)


@pytest.mark.parametrize("early", [False, True], ids=["plain", "early staging"])
def test_codegens_own_file_becomes_a_folder_and_back(tmp_path: Path, early: bool) -> None:
    """Paths codegen owns change shape freely: a file of its own where it needs a folder, a folder
    holding only its own files where it needs a file."""
    out = tmp_path / "out"
    _write(out, {"docs/x": "file\n", "docs/index.md": "i\n"})
    result = _write(out, {"docs/x/a.md": "a\n", "docs/x/deep/b.md": "b\n", "docs/index.md": "i\n"}, early)
    assert (result.added, result.removed) == (("docs/x/a.md", "docs/x/deep/b.md"), ("docs/x",))
    assert (out / "docs" / "x" / "deep" / "b.md").read_text() == "b\n"
    result = _write(out, {"docs/x": "file again\n", "docs/index.md": "i\n"}, early)
    assert (result.added, result.removed) == (("docs/x",), ("docs/x/a.md", "docs/x/deep/b.md"))
    assert (out / "docs" / "x").read_text() == "file again\n"
    assert not _leftovers(tmp_path)


def test_a_folder_of_codegens_files_with_one_of_the_users_stays(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _write(out, {"docs/x/a.md": "a\n"})
    (out / "docs" / "x" / "mine.txt").write_text("mine\n")
    before = _snapshot(tmp_path)
    with pytest.raises(WriteError, match=r"docs/x is a folder holding \S*docs/x/mine.txt, which codegen does not own"):
        _write(out, {"docs/x": "a file now\n"}, early=True)
    assert _snapshot(tmp_path) == before
    assert not _leftovers(tmp_path)


def test_a_users_file_at_a_path_codegen_writes(tmp_path: Path, spec: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Refused when its content differs (as before); adopted, untouched, when it is what codegen would write."""
    out = tmp_path / "out"
    init = out / "python" / PACKAGE / "__init__.py"
    init.parent.mkdir(parents=True)
    init.write_text("# mine\n")
    _refused(spec, out, capsys, f"{init} is a file that was not written by codegen, where it needs to write its own")
    assert _generate(spec, tmp_path / "reference") == 0
    init.write_bytes((tmp_path / "reference" / "python" / PACKAGE / "__init__.py").read_bytes())
    inode = init.stat().st_ino
    assert _generate(spec, out) == 0
    assert init.stat().st_ino == inode


def test_user_files_and_folders_keep_bytes_inodes_and_modes(tmp_path: Path, spec: Path) -> None:
    out = tmp_path / "out"
    assert _generate(spec, out) == 0
    (out / "docs" / "private").mkdir(mode=0o700)
    os.chmod(out / "docs" / "private", 0o700)
    (out / "docs" / "private" / "key").write_bytes(b"\x00secret")
    os.chmod(out / "docs" / "private" / "key", 0o600)
    (out / "README.local").write_text("mine\n")
    mine = {p: v for p, v in _snapshot(out).items() if "private" in p or p == "README.local"}
    (out / "ir" / "ir.json").unlink()  # so the next run writes (and swaps) the folder
    assert _generate(spec, out) == 0
    assert (out / "ir" / "ir.json").is_file()
    assert {p: v for p, v in _snapshot(out).items() if p in mine} == mine


# --- the manifest -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\xff\xfe", b"[]", b'{"files": {"ir/ir.json": "x"}}', b'{"generator": "codegen", "files": 3}'],
)
def test_a_manifest_codegen_did_not_write_is_refused(
    tmp_path: Path, spec: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    out = tmp_path / "out"
    assert _generate(spec, out) == 0
    (out / MANIFEST).write_bytes(content)
    (out / "docs" / "index.md").write_text("edited\n")  # (else the stamp shows nothing to do: nothing is read)
    _refused(
        spec, out, capsys, f"{out / MANIFEST} is a file that is not a codegen manifest, where it keeps its manifest"
    )


@pytest.mark.parametrize("kind", ["folder", "link", "fifo"])
def test_a_manifest_that_is_not_a_file_is_refused(
    tmp_path: Path, spec: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    """A link is not read through (it could claim a user's files); a FIFO is not opened (no hang)."""
    out = tmp_path / "out"
    assert _generate(spec, out) == 0
    manifest = (out / MANIFEST).read_text()
    (out / MANIFEST).unlink()
    (out / "docs" / "index.md").write_text("edited\n")  # (else the stamp shows nothing to do: nothing is read)
    if kind == "folder":
        (out / MANIFEST).mkdir()
    elif kind == "link":
        (tmp_path / "claims.json").write_text(manifest)
        os.symlink(tmp_path / "claims.json", out / MANIFEST)
    else:
        os.mkfifo(out / MANIFEST)
    what = {"folder": "a folder", "link": "a symbolic link", "fifo": "a special file"}[kind]
    _refused(spec, out, capsys, f"{out / MANIFEST} is {what}", around=tmp_path)


def test_a_tampered_manifest_cannot_reach_outside(tmp_path: Path) -> None:
    """Entries leaving the output folder are ignored: neither removed nor their folders pruned."""
    out = tmp_path / "deep" / "out"
    _write(out, {"docs/index.md": "i\n"})
    (tmp_path / "deep" / "victim.txt").write_text("mine\n")
    (tmp_path / "deep" / "empty").mkdir()
    manifest = json.loads((out / MANIFEST).read_text())
    manifest["files"].update({"docs/../../victim.txt": "0", "docs/../../empty/x": "0", "/etc/hosts": "0", "7": 7})
    (out / MANIFEST).write_text(json.dumps(manifest))
    result = _write(out, {"docs/other.md": "o\n"}, early=True)
    assert result.removed == ("docs/index.md",)
    assert (tmp_path / "deep" / "victim.txt").read_text() == "mine\n"
    assert (tmp_path / "deep" / "empty").is_dir()


def test_a_manifest_entry_the_user_replaced_with_a_folder(tmp_path: Path) -> None:
    """Listed, but no longer codegen's file: left alone when stale, refused when needed."""
    out = tmp_path / "out"
    _write(out, {"docs/a.md": "a\n", "docs/b.md": "b\n"})
    for name in ("a.md", "b.md"):
        (out / "docs" / name).unlink()
        (out / "docs" / name).mkdir()
        (out / "docs" / name / "mine.txt").write_text("mine\n")
    with pytest.raises(WriteError, match=r"docs/b.md is a folder holding \S*docs/b.md/mine.txt"):
        _write(out, {"docs/b.md": "b\n"})
    result = _write(out, {"docs/c.md": "c\n"})
    assert result.removed == ()
    assert (out / "docs" / "a.md" / "mine.txt").read_text() == "mine\n"
    assert (out / "docs" / "b.md" / "mine.txt").read_text() == "mine\n"


# --- next to the output folder ----------------------------------------------------------------------


def test_user_files_named_like_staging_folders_are_kept(tmp_path: Path, spec: Path) -> None:
    """Among them what the old bug left: the user's text in `.important.txt.codegen-new-<random>`."""
    out = tmp_path / "out"
    (tmp_path / ".out.codegen-new-ye12w4mw").write_text("the user's text\n")
    (tmp_path / ".out.codegen-old-abcdefgh").write_text("also\n")
    (tmp_path / ".out.codegen-notes").mkdir()
    (tmp_path / ".out.codegen-notes" / "x").write_text("x\n")
    before = _snapshot(tmp_path)
    assert _generate(spec, out) == 0
    (out / "ir" / "ir.json").unlink()  # so that the second run writes too
    assert _generate(spec, out) == 0
    assert (out / "ir" / "ir.json").is_file()
    after = {p: v for p, v in _snapshot(tmp_path).items() if p != "out" and not p.startswith("out/")}
    assert after == before


# --- property: random user trees around and inside the output ---------------------------------------

_NAMES = ("python", "docs", "ir", "pkg", "models", "__init__.py", "a.py", "index.md", "assets", "site.css", "notes")
_FIRST = {
    "python/pkg/__init__.py": "v1\n",
    "python/pkg/models/a.py": "a = 1\n",
    "docs/index.md": "# v1\n",
    "docs/assets/site.css": "body {}\n",
    "ir/ir.json": "{}\n",
}
_SECOND = {
    "python/pkg/__init__.py": "v2\n",
    "python/pkg/models/b.py": "b = 2\n",
    "docs/index.md": "# v1\n",
    "docs/notes": "a file where the first run had none\n",
    "ir/ir.json": "{}\n",
}
_CONTENTS = (b"mine\n", b"", b"\x00\xff", b"# v1\n", b"v2\n", b"{}\n")  # some are what codegen writes there

_item = st.tuples(
    st.sampled_from(["out", "out", "out", "around"]),
    st.lists(st.sampled_from((*_NAMES, MANIFEST)), min_size=0, max_size=4),
    st.sampled_from(["file", "file", "folder", "link-folder", "link-dangling", "link-file"]),
    st.sampled_from(_CONTENTS),
)


def _place(root: Path, relative: str, kind: str, content: bytes, made: set[str]) -> bool:
    """Create one user item (and the folders above it), replacing whatever of codegen's is in its
    way; False when one of the user's items is."""
    parts = relative.split("/")
    for depth in range(1, len(parts) + 1):
        here = "/".join(parts[:depth])
        path = root / here
        last = depth == len(parts)
        real_folder = path.is_dir() and not path.is_symlink()
        if here in made:
            if last or not real_folder:
                return False
            continue
        if os.path.lexists(path):
            if not last and real_folder:
                continue  # codegen's folder: the user's item goes inside
            if any(m.startswith(here + "/") for m in made):
                return False
            if real_folder:
                shutil.rmtree(path)
            else:
                path.unlink()
        made.add(here)
        if not last or kind == "folder":
            path.mkdir()
        elif kind == "file":
            path.write_bytes(content)
        else:
            target = {"link-folder": str(root / "elsewhere"), "link-file": str(root / "file")}.get(kind, "nowhere")
            os.symlink(target, path)
    return True


@contextlib.contextmanager
def _folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        root = Path(name)
        (root / "elsewhere").mkdir()
        (root / "elsewhere" / "x").write_bytes(b"elsewhere\n")
        (root / "file").write_bytes(b"a file\n")
        yield root


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=st.booleans(), items=st.lists(_item, max_size=6), early=st.booleans())
def test_user_trees_are_kept_or_the_run_refused(
    first: bool, items: list[tuple[str, list[str], str, bytes]], early: bool
) -> None:
    """Either the run succeeds and every user item is where it was, as it was (bytes, inode,
    permissions, link target), or it is refused naming one of them and nothing changed at all."""
    with _folder() as root:
        out = root / "gen"
        if first:
            writer.write(out, output_of(_FIRST))
        made: set[str] = set()
        for where, names, kind, content in items:
            relative = "/".join(["gen", *names] if where == "out" else names)
            if relative:
                _place(root, relative, kind, content, made)
        owned = writer.read_manifest(out) if not out.is_symlink() else {}
        before = _snapshot(root)
        mine = {"elsewhere", "elsewhere/x", "file"} | {
            path
            for path in made
            if not (path.removeprefix("gen/") in owned and before[path][0] == "file")  # codegen's to replace
        }
        output = output_of(_SECOND)
        try:
            staging = writer.Staging.start(out) if early else None
            try:
                writer.write(out, output, writer.plan(out, output, staging=staging), staging)
            finally:
                if staging is not None:
                    staging.discard()
        except WriteError as exc:
            event("refused")
            assert _snapshot(root) == before, "a refused run changed something"
            assert any(str(root / path) in str(exc) for path in made), str(exc)
        else:
            event("written" + (" through a link" if out.is_symlink() else ""))
            after = _snapshot(root)
            assert {p: after.get(p) for p in mine} == {p: before[p] for p in mine}
            real = Path(os.path.realpath(out))
            assert {p: (real / p).read_text() for p in _SECOND} == _SECOND
        assert not _leftovers(root, root / "elsewhere")
