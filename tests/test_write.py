"""The writer: only changed files written, owned files tracked, the swap all-or-nothing."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from generator.output import write as writer
from generator.output.write import MANIFEST, Output, WriteError, check_relative_path, plan, write


def output_of(files: dict[str, str]) -> Output:
    """An `Output` of `{"target/relative": text}` (also used by test_user_files)."""
    output = Output()
    for path, text in files.items():
        target, relative = path.split("/", 1)
        output.add(target, relative, text)
    return output


def test_first_write_creates_files_and_manifest(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    result = write(out, output_of({"ir/ir.json": "{}\n", "docs/index.md": "# API\n"}))
    assert result.added == ("docs/index.md", "ir/ir.json")
    assert (out / "ir" / "ir.json").read_text() == "{}\n"
    manifest = json.loads((out / MANIFEST).read_text())
    assert sorted(manifest["files"]) == ["docs/index.md", "ir/ir.json"]
    assert oct(out.stat().st_mode & 0o777) != oct(0o700), "output folder must not keep mkdtemp's private mode"


def test_unchanged_files_are_not_rewritten(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    write(out, output_of({"ir/a.json": "a\n", "ir/b.json": "b\n"}))
    before_a = (out / "ir" / "a.json").stat()
    result = write(out, output_of({"ir/a.json": "a\n", "ir/b.json": "B\n"}))
    assert result.changed == ("ir/b.json",)
    assert result.unchanged == ("ir/a.json",)
    after_a = (out / "ir" / "a.json").stat()
    assert (before_a.st_ino, before_a.st_mtime_ns) == (after_a.st_ino, after_a.st_mtime_ns)
    assert (out / "ir" / "b.json").read_text() == "B\n"


def test_no_change_touches_nothing(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    files = {"ir/a.json": "a\n"}
    write(out, output_of(files))
    inode = out.stat().st_ino
    result = write(out, output_of(files))
    assert result.is_current
    assert out.stat().st_ino == inode, "a run with nothing to do must not swap the folder"


def test_stale_owned_files_removed_foreign_files_kept(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    write(out, output_of({"docs/old.md": "old\n", "docs/keep.md": "keep\n", "ir/ir.json": "{}\n"}))
    (out / "docs" / "notes.md").write_text("mine, not codegen's\n")
    (out / "README.txt").write_text("also mine\n")
    result = write(out, output_of({"docs/keep.md": "keep\n"}))
    assert result.removed == ("docs/old.md",)
    assert not (out / "docs" / "old.md").exists()
    assert (out / "docs" / "notes.md").read_text() == "mine, not codegen's\n"
    assert (out / "README.txt").read_text() == "also mine\n"
    # ir was not generated this time: its files stay, and stay owned
    assert (out / "ir" / "ir.json").exists()
    assert "ir/ir.json" in json.loads((out / MANIFEST).read_text())["files"]


def test_removed_files_take_their_empty_folders_along(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    write(out, output_of({"python/pkg/sub/mod.py": "x = 1\n", "python/pkg/__init__.py": ""}))
    write(out, output_of({"python/pkg/__init__.py": ""}))
    assert not (out / "python" / "pkg" / "sub").exists()


def test_refuses_to_overwrite_a_file_it_does_not_own(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    (out / "ir").mkdir(parents=True)
    (out / "ir" / "ir.json").write_text("hand-written\n")
    with pytest.raises(WriteError, match="was not written by codegen"):
        plan(out, output_of({"ir/ir.json": "{}\n"}))
    assert (out / "ir" / "ir.json").read_text() == "hand-written\n"


@pytest.mark.parametrize(
    "path",
    [
        "../escape.py",
        "python/../../escape.py",
        "/etc/passwd",
        "python/a\x00b.py",
        "python/con.py",
        "python/NUL",
        "python/lpt1.txt",
        "python/a\\b.py",
        "python/c:evil.py",
        "python//double.py",
        "python/./dot.py",
        "python/trailing.",
        "",
        "python/" + "x" * 500,
    ],
)
def test_unsafe_output_paths_are_refused(path: str) -> None:
    with pytest.raises(WriteError, match="refusing output path"):
        check_relative_path(path)


@pytest.mark.parametrize("extra", [0, 200], ids=["few files", "files in parallel folders"])
def test_full_disk_leaves_old_output_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: int) -> None:
    out = tmp_path / "generated"
    more = {f"ir/{'abcd'[i % 4]}/{i}.json": f"{i}\n" for i in range(extra)}  # above _Work's threshold
    write(out, output_of({"ir/a.json": "old a\n", "ir/b.json": "old b\n", **more}))
    real_write = writer._write_file
    calls = {"n": 0}

    def failing_write(path: Path, content: bytes) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(path, content)

    monkeypatch.setattr(writer, "_write_file", failing_write)
    changed = {path: "new\n" for path in more}
    with pytest.raises(WriteError, match="no space left on the device; its previous contents are intact"):
        write(out, output_of({"ir/a.json": "new a\n", "ir/b.json": "new b\n", **changed}))
    assert (out / "ir" / "a.json").read_text() == "old a\n"
    assert (out / "ir" / "b.json").read_text() == "old b\n"
    assert all((out / path).read_text() == content for path, content in more.items())
    assert not [p for p in tmp_path.iterdir() if ".codegen-" in p.name]


def test_a_large_tree_is_written_and_linked_whole(tmp_path: Path) -> None:
    """Hundreds of files in several folders (written by several threads): all there, unchanged ones linked."""
    out = tmp_path / "generated"
    files = {
        f"python/{folder}/{i}.py": f"{folder} {i}\n" for folder in ("models", "schemas", "x/y") for i in range(150)
    }
    write(out, output_of(files))
    before = {path: (out / path).stat().st_ino for path in files}
    edited = {**files, "python/models/7.py": "edited\n"}
    del edited["python/schemas/3.py"]
    write(out, output_of(edited))
    on_disk = {str(p.relative_to(out)): p.read_text() for p in out.rglob("*.py") if writer.STATE not in p.parts}
    assert on_disk == edited
    assert all((out / path).stat().st_ino == before[path] for path in edited if path != "python/models/7.py")


def test_non_atomic_fallback_and_recovery(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without renameat2, a run cut between its two renames is completed by the next run."""
    out = tmp_path / "generated"
    write(out, output_of({"ir/a.json": "v1\n"}))
    monkeypatch.setattr(writer, "_exchange", lambda a, b: False)
    write(out, output_of({"ir/a.json": "v2\n"}))
    assert (out / "ir" / "a.json").read_text() == "v2\n"
    # Simulate a kill right after `out` was renamed away: only the old copy exists.
    old = tmp_path / ".generated.codegen-old-xyz"
    out.rename(old)
    writer.recover(out)
    assert (out / "ir" / "a.json").read_text() == "v2\n"
    assert not old.exists()


def test_leftover_staging_is_cleaned(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    write(out, output_of({"ir/a.json": "v1\n"}))
    leftover = tmp_path / ".generated.codegen-new-abc"
    (leftover / "ir").mkdir(parents=True)
    (leftover / "ir" / "a.json").write_text("half written")
    plan(out, output_of({"ir/a.json": "v1\n"}))
    assert not leftover.exists()
    assert (out / "ir" / "a.json").read_text() == "v1\n"


def test_duplicate_output_paths_are_an_error() -> None:
    output = Output()
    output.add("docs", "a.md", "x")
    with pytest.raises(WriteError, match="same path"):
        output.add("docs", "a.md", "y")


def _known(out: Path, output: Output) -> dict[str, tuple[int, int, str]]:
    """What the stamp records after a run: each file's size, mtime and sha256."""
    return {
        path: ((out / path).stat().st_size, (out / path).stat().st_mtime_ns, output.digest(path))
        for path in output.files
    }


def test_plan_trusts_known_hashes_only_while_the_stat_is_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "generated"
    first = output_of({"ir/a.json": "a\n", "ir/b.json": "b\n", "ir/c.json": "c\n"})
    write(out, first)
    known = _known(out, first)
    (out / "ir" / "c.json").write_text("c\n")  # the same text again, but a new mtime: must be read
    reads: list[str] = []
    real_read = writer._read

    def spy(path: Path) -> bytes | None:
        reads.append(path.name)
        return real_read(path)

    monkeypatch.setattr(writer, "_read", spy)
    result = plan(out, output_of({"ir/a.json": "a\n", "ir/b.json": "B\n", "ir/c.json": "c\n"}), known)
    assert result.unchanged == ("ir/a.json", "ir/c.json")
    assert result.changed == ("ir/b.json",)
    assert reads == ["c.json"]  # a and b were judged by hash, c by its content


def test_plan_with_a_stale_known_hash_still_sees_the_change(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    first = output_of({"ir/a.json": "a\n"})
    write(out, first)
    known = {path: (size, mtime, "0" * 64) for path, (size, mtime, _sha) in _known(out, first).items()}
    assert plan(out, output_of({"ir/a.json": "a\n"}), known).changed == ("ir/a.json",)
    assert plan(out, output_of({"ir/a.json": "a\n"})).unchanged == ("ir/a.json",)


# --- Staging: the next tree begun early, in a forked child -------------------------------------


def _staged_write(out: Path, files: dict[str, str]) -> writer.Plan:
    """What `pipeline.generate` does: stage early, plan, write, discard."""
    staging = writer.Staging.start(out)
    assert staging is not None, "a folder with a manifest is staged early"
    try:
        result = plan(out, output_of(files), staging=staging)
        assert staging.folder.is_dir(), "plan's recovery must keep this run's own staging folder"
        return write(out, output_of(files), result, staging)
    finally:
        staging.discard()


@pytest.mark.parametrize("fork", ["1", "0"], ids=["forked", "in process"])
def test_early_staging_writes_the_same_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fork: str) -> None:
    monkeypatch.setenv("CODEGEN_NO_FORK", "0" if fork == "1" else "1")
    out = tmp_path / "generated"
    first = {f"python/{folder}/{i}.py": f"{folder} {i}\n" for folder in ("models", "schemas") for i in range(80)}
    first["python/old/gone.py"] = "removed next\n"
    write(out, output_of(first))
    (out / "python" / "mine.txt").write_text("a file codegen does not own\n")
    keep = tmp_path / "old-inode"
    os.link(out / "python" / "models" / "7.py", keep)  # to see the old file after the swap
    inodes = {path: (out / path).stat().st_ino for path in first}
    second = {**first, "python/models/7.py": "edited\n", "python/new/added.py": "added\n"}
    del second["python/old/gone.py"]
    result = _staged_write(out, second)
    assert (result.changed, result.added, result.removed) == (
        ("python/models/7.py",),
        ("python/new/added.py",),
        ("python/old/gone.py",),
    )
    on_disk = {
        str(p.relative_to(out)): p.read_text()
        for p in out.rglob("*")
        if p.is_file() and p.name != MANIFEST and writer.STATE not in p.parts
    }
    assert on_disk == {**second, "python/mine.txt": "a file codegen does not own\n"}
    assert keep.read_text() == "models 7\n", "the edited file was written through the old file's inode"
    assert all((out / p).stat().st_ino == inodes[p] for p in second if p in inodes and p != "python/models/7.py")
    assert not (out / "python" / "old").exists(), "a folder left empty by a removed file is pruned"
    assert sorted(json.loads((out / MANIFEST).read_text())["files"]) == sorted(second)
    assert not [p for p in tmp_path.iterdir() if ".codegen-" in p.name]


def test_early_staging_is_discarded_when_nothing_is_written(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    files = {"ir/a.json": "a\n", "ir/b.json": "b\n"}
    write(out, output_of(files))
    before = {p: (out / p).stat().st_mtime_ns for p in files}
    assert _staged_write(out, files).is_current
    assert {p: (out / p).stat().st_mtime_ns for p in files} == before
    assert not [p for p in tmp_path.iterdir() if ".codegen-" in p.name]


def test_no_early_staging_without_a_manifest(tmp_path: Path) -> None:
    assert writer.Staging.start(tmp_path / "missing") is None
    (tmp_path / "plain").mkdir()
    assert writer.Staging.start(tmp_path / "plain") is None


def test_early_staging_skips_what_it_cannot_vouch_for(tmp_path: Path) -> None:
    """A tampered manifest's odd paths, files under a linked folder, files deleted since."""
    out = tmp_path / "generated"
    write(out, output_of({"ir/a.json": "a\n", "docs/b.md": "b\n", "docs/c.md": "c\n"}))
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "x.md").write_text("x\n")
    (out / "docs" / "c.md").unlink()
    os.symlink(tmp_path / "elsewhere", out / "linked")
    manifest = json.loads((out / MANIFEST).read_text())
    manifest["files"].update({"../escape": "0", "linked/x.md": "0", "docs/c.md": "0"})
    (out / MANIFEST).write_text(json.dumps(manifest))
    staging = writer.Staging.start(out)
    assert staging is not None
    try:
        bases = {".codegen/base/ir/a.json", ".codegen/base/docs/b.md", ".codegen/base/docs/c.md"}
        assert staging.linked() == {"ir/a.json", "docs/b.md", *bases}  # (bases are not the user's to delete)
    finally:
        staging.discard()
    assert not staging.folder.exists()
    assert (tmp_path / "elsewhere" / "x.md").read_text() == "x\n"


def test_no_early_staging_where_no_folder_can_be_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The run goes on (`write` reports the problem later, after the spec's): no traceback up front."""
    out = tmp_path / "generated"
    write(out, output_of({"ir/a.json": "a\n"}))

    def refuse(*args: object, **kwargs: object) -> str:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(writer.tempfile, "mkdtemp", refuse)
    assert writer.Staging.start(out) is None
    with pytest.raises(WriteError, match="Permission denied"):
        write(out, output_of({"ir/a.json": "b\n"}))


def test_linking_again_goes_on_where_it_stopped(tmp_path: Path) -> None:
    """What `Forked` does when the child fails: the parent runs `_link_files` on the same folder."""
    out = tmp_path / "generated"
    write(out, output_of({"ir/a.json": "a\n", "ir/b.json": "b\n"}))
    dest = tmp_path / "staged"
    dest.mkdir()
    paths = ("ir/a.json", "ir/b.json")
    assert writer._link_files(out.absolute(), dest, paths[:1]) == {"ir/a.json"}  # the child, cut short
    assert writer._link_files(out.absolute(), dest, paths) == set(paths)
    assert [(dest / p).stat().st_ino for p in paths] == [(out / p).stat().st_ino for p in paths]
