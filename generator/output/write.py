"""Writing generated files: only what changed, all at once, never half-way.

The output folder (e.g. `generated/`) is replaced as a whole:

1. the new tree is staged in a sibling folder: unchanged files and files we do not
   own are hard-linked from the current tree (so they keep their inode and mtime),
   changed files are written fresh;
2. the staged folder and the output folder are swapped in one atomic
   `renameat2(RENAME_EXCHANGE)` (Linux); elsewhere two renames with a recovery
   step that the next run completes;
3. the old tree, now in the staging folder, is deleted.

A run killed at any point leaves either the old or the new tree in place. A
manifest (`.codegen-manifest.json`) records the files codegen owns, so its own
stale files are removed and files it does not own are never touched: `plan` refuses
the run, naming them, when anything codegen does not own is where it needs to write
(a file or symbolic link where it needs a folder, a folder or link where it needs a
file, a file of different content, the output folder itself being a file). A path
is owned when the manifest lists it and it is a regular file reached through real
folders; the folders codegen needs are those holding its files.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import hashlib
import json
import os
import re
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from ..forked import Forked

MANIFEST = ".codegen-manifest.json"
_STAGING_MARK = ".codegen-"
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
_MAX_PATH = 400
_CONTROL = re.compile(r"[\x00-\x1f]")
_MAX_NAME_BYTES = 255  # NAME_MAX of Linux and macOS; Windows allows 255 characters
_LIST_PROBLEMS = 20
_LEFTOVER = re.compile(r"(new|old)-[a-z0-9_]+")  # what follows the mark in `_new_staging_folder`'s names


class WriteError(Exception):
    """Output could not be written; the output folder is unchanged."""


@dataclass(frozen=True, slots=True)
class Plan:
    """What a run would change, relative paths under the output folder."""

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()

    @property
    def is_current(self) -> bool:
        return not (self.added or self.changed or self.removed)


@dataclass(slots=True)
class Output:
    """Files produced by one run, grouped by the targets that own them."""

    files: dict[str, bytes] = field(default_factory=dict)
    targets: set[str] = field(default_factory=set)
    _digests: dict[str, str] = field(default_factory=dict, repr=False)

    def digest(self, path: str) -> str:
        """sha256 (hex) of the file's content, computed once."""
        found = self._digests.get(path)
        if found is None:
            found = self._digests[path] = hashlib.sha256(self.files[path]).hexdigest()
        return found

    def add(self, target: str, relative: str, content: str | bytes) -> None:
        path = f"{target}/{relative}"
        check_relative_path(path)
        if path in self.files:
            raise WriteError(f"two generated files map to the same path {path!r}")
        self.files[path] = content.encode("utf-8") if isinstance(content, str) else content
        self.targets.add(target)


def check_relative_path(path: str) -> None:
    """Refuse any output path that could leave the output folder or misbehave on some OS."""
    problem = None
    if not path or len(path) > _MAX_PATH:
        problem = "empty or too long"
    elif "\x00" in path or "\\" in path or ":" in path:
        problem = "contains NUL, backslash or colon"
    elif path.startswith("/"):
        problem = "is absolute"
    else:
        for part in path.split("/"):
            if part in ("", ".", ".."):
                problem = "has an empty, '.' or '..' component"
            elif _WINDOWS_RESERVED.match(part):
                problem = f"uses the reserved name {part!r}"
            elif part.endswith((".", " ")) or _CONTROL.search(part):
                problem = "has a component ending in a dot or space, or a control character"
            elif len(part.encode("utf-8")) > _MAX_NAME_BYTES:
                problem = f"has a component longer than {_MAX_NAME_BYTES} bytes, which file systems refuse"
            if problem:
                break
    if problem:
        raise WriteError(f"refusing output path {path!r}: it {problem}")


def read_manifest(out_dir: Path) -> dict[str, str]:
    """The files the manifest says codegen wrote; {} when there is no manifest of codegen's."""
    return _parse_manifest(out_dir) or {}


def _parse_manifest(out_dir: Path) -> dict[str, str] | None:
    """The manifest's files, or None when it is missing, not a regular file (it is never read
    through a symbolic link, nor opened if a FIFO) or not a manifest codegen wrote. (It may be
    tampered with: a path from it is checked by `_is_safe_path` before it is acted on.)"""
    try:
        fd = os.open(out_dir / MANIFEST, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        with open(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return None
            data = json.loads(handle.read().decode("utf-8"))
    except (OSError, ValueError):
        return None
    files = data.get("files") if isinstance(data, dict) and data.get("generator") == "codegen" else None
    if not isinstance(files, dict):
        return None
    return {k: str(v) for k, v in files.items() if isinstance(k, str)}


class _Disk:
    """What is at each path under the output folder, by `lstat`: a symbolic link is never
    followed, and a path under anything but a real folder is not there."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._prefix = os.path.join(root, "")  # (a str: pathlib's `/` costs more than the lstat)
        self._found: dict[str, os.stat_result | None] = {}

    def info(self, path: str) -> os.stat_result | None:
        if path in self._found:
            return self._found[path]
        parent = path.rpartition("/")[0]
        found = None
        if not parent or _is_folder(self._found[parent] if parent in self._found else self.info(parent)):
            with contextlib.suppress(FileNotFoundError, NotADirectoryError):
                found = os.lstat(self._prefix + path)
        self._found[path] = found
        return found

    def foreign_entry(self, folder: str, owned: Mapping[str, str]) -> str | None:
        """The first thing in `folder` that is not a file codegen owns: a file or link it did not
        write, or an empty folder (`folder` itself, if empty). None when it holds only owned files."""

        def fail(error: OSError) -> None:
            raise error

        for root, dirs, files in os.walk(self.root / folder, onerror=fail):
            relative = folder + "/" + os.path.relpath(root, self.root / folder).replace(os.sep, "/")
            relative = relative.removesuffix("/.")
            if not dirs and not files:
                return relative
            for name in sorted(dirs) + sorted(files):
                path = f"{relative}/{name}"
                info = os.lstat(self.root / path)
                if stat.S_ISLNK(info.st_mode) or (not stat.S_ISDIR(info.st_mode) and not _is_owned(path, info, owned)):
                    return path
        return None


def _is_folder(info: os.stat_result | None) -> bool:
    return info is not None and stat.S_ISDIR(info.st_mode)


def _is_owned(path: str, info: os.stat_result | None, owned: Mapping[str, str]) -> bool:
    """Codegen's own: listed in the manifest and still a regular file (not a link, folder or FIFO
    someone put there since)."""
    return info is not None and stat.S_ISREG(info.st_mode) and path in owned


def _what(info: os.stat_result) -> str:
    mode = info.st_mode
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISREG(mode):
        return "a file"
    return "a special file (a FIFO, socket or device)"


def _refuse(problems: list[str]) -> WriteError:
    advice = "move it away or choose another --out; nothing was written"
    if len(problems) == 1:
        return WriteError(f"{problems[0]}; {advice}")
    shown = "\n  ".join(problems[:_LIST_PROBLEMS])
    more = f"\n  ... and {len(problems) - _LIST_PROBLEMS} more" if len(problems) > _LIST_PROBLEMS else ""
    return WriteError(
        f"{len(problems)} paths codegen does not own are where it needs to write:\n  {shown}{more}\n"
        "move them away or choose another --out; nothing was written"
    )


def _output_folder(out_dir: Path) -> Path:
    """The folder to replace: `out_dir` made absolute, or the folder it is a symbolic link to.

    Raises WriteError when it is a file, a link to anything but a folder, or lies under a file.
    """
    path = out_dir.absolute()
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return path
    except NotADirectoryError:
        blocker = next((a for a in reversed(path.parents) if os.path.lexists(a) and not os.path.isdir(a)), path.parent)
        raise _refuse(
            [f"{blocker} is {_what(os.lstat(blocker))} codegen does not own, where it needs a folder (for {out_dir})"]
        ) from None
    if stat.S_ISDIR(info.st_mode):
        return path
    if stat.S_ISLNK(info.st_mode):
        if path.is_dir():  # (False for a dangling link or a loop)
            return Path(os.path.realpath(path))
        raise _refuse(
            [
                f"{out_dir} is a symbolic link to {os.readlink(path)}, which is not a folder, "
                "where codegen needs its output folder"
            ]
        )
    raise _refuse([f"{out_dir} is {_what(info)} codegen does not own, where it needs its output folder"])


def plan(
    out_dir: Path,
    output: Output,
    known: Mapping[str, tuple[int, int, str]] | None = None,
    staging: Staging | None = None,
) -> Plan:
    """Compare `output` with what is on disk, for the targets `output` covers.

    `known` (from the last run's stamp) maps a file to the size, mtime and sha256 it
    had when written: a file whose size and mtime are still those is compared by
    hash instead of being read. `staging`, this run's, is not a leftover to clean up.

    Raises WriteError, naming each one, when anything codegen does not own is in the way
    of what it would write, replace or remove; nothing has been changed then.
    """
    shown = out_dir
    real = _output_folder(out_dir)
    try:
        recover(real, keep=staging.folder if staging is not None else None)
        return _plan(shown, real, output, known or {})
    except OSError as exc:
        where = exc.filename or shown
        raise WriteError(f"could not read {where}: {exc.strerror or exc}; nothing was written") from None


def _plan(shown: Path, out_dir: Path, output: Output, known: Mapping[str, tuple[int, int, str]]) -> Plan:
    manifest = _parse_manifest(out_dir)
    owned = manifest or {}
    disk = _Disk(out_dir)
    problems: list[str] = []
    folders = _folders(output.files)
    clash = sorted(set(folders) & output.files.keys())
    if clash:
        raise WriteError(f"two generated files need {clash[0]!r} to be both a file and a folder")
    found = disk.info(MANIFEST)
    if found is not None and not stat.S_ISREG(found.st_mode):
        problems.append(f"{shown / MANIFEST} is {_what(found)} codegen does not own, where it keeps its manifest")
    elif found is not None and manifest is None:
        problems.append(f"{shown / MANIFEST} is a file that is not a codegen manifest, where it keeps its manifest")
    for folder in folders:  # shallowest first: under a file, nothing is there (`_Disk`)
        info = disk.info(folder)
        if info is None or stat.S_ISDIR(info.st_mode) or _is_owned(folder, info, owned):
            continue  # (an owned file is removed: it is no longer generated, since its path is a folder now)
        problems.append(f"{shown / folder} is {_what(info)} codegen does not own, where it needs a folder")
    added, changed, unchanged = [], [], []
    for path, content in sorted(output.files.items()):
        info = disk.info(path)
        if info is None:
            added.append(path)
            continue
        if stat.S_ISDIR(info.st_mode):
            foreign = disk.foreign_entry(path, owned)
            if foreign is None:  # only codegen's files, all removed: the folder goes with them
                added.append(path)
            elif foreign == path:
                problems.append(f"{shown / path} is an empty folder codegen does not own, where it needs a file")
            else:
                problems.append(
                    f"{shown / path} is a folder holding {shown / foreign}, which codegen does not own, "
                    "where it needs a file"
                )
            continue
        if not stat.S_ISREG(info.st_mode):
            problems.append(f"{shown / path} is {_what(info)} codegen does not own, where it needs a file")
            continue
        same = _same_as_known(info, known.get(path), output, path)
        if same is None:  # not provably as last written: read it
            current = _read(out_dir / path)
            if current is None:
                added.append(path)
                continue
            same = current == content
        if same:
            unchanged.append(path)
        elif path in owned:
            changed.append(path)
        else:
            problems.append(
                f"{shown / path} is a file that was not written by codegen, where it needs to write its own"
            )
    if problems:
        raise _refuse(problems)
    removed = [
        path
        for path in sorted(owned)
        if path.split("/", 1)[0] in output.targets
        and path not in output.files
        and _is_safe_path(path)
        and _is_owned(path, disk.info(path), owned)
    ]
    return Plan(tuple(added), tuple(changed), tuple(removed), tuple(unchanged))


def _folders(paths: Iterable[str]) -> list[str]:
    """Every folder holding one of `paths`, shallowest first."""
    found: set[str] = set()
    for path in paths:
        folder = path.rpartition("/")[0]
        while folder and folder not in found:
            found.add(folder)
            folder = folder.rpartition("/")[0]
    return sorted(found, key=lambda folder: (folder.count("/"), folder))


def write(out_dir: Path, output: Output, the_plan: Plan | None = None, early: Staging | None = None) -> Plan:
    """Make `out_dir` hold `output` (for its targets), atomically. Returns what changed.

    `early`: the staging folder `Staging.start` began filling for this run (the caller
    discards it afterwards, whatever happened).
    """
    the_plan = the_plan or plan(out_dir, output, staging=early)
    manifest = _manifest(out_dir, output)
    manifest_bytes = json.dumps({"generator": "codegen", "files": manifest}, indent=1, sort_keys=True).encode()
    if the_plan.is_current and _read(out_dir / MANIFEST) == manifest_bytes:
        return the_plan
    out_dir = _output_folder(out_dir)
    try:
        staging = early.folder if early is not None else _new_staging_folder(out_dir)
    except OSError as exc:
        raise WriteError(
            f"could not write {out_dir}: {exc.strerror or exc}; its previous contents are intact"
        ) from None
    try:
        fresh = set(the_plan.removed) | set(the_plan.changed) | set(the_plan.added) | {MANIFEST}
        skip = set(fresh)
        if early is not None:
            for path in early.linked() & fresh:  # linked to the old file's inode: never write through it
                os.unlink(staging / path)
            skip.update(early.linked() - fresh)
            for path in set(the_plan.added) & set(_folders(early.linked())):
                shutil.rmtree(staging / path)  # a folder of codegen's removed files, where a file goes now
        work = _Work()
        if out_dir.is_dir():
            _link_tree(out_dir, staging, skip, work)  # (after `early`: the files codegen does not own)
        for path in the_plan.added + the_plan.changed:
            work.add(staging / path, partial(_write_file, staging / path, output.files[path]))
        work.add(staging / MANIFEST, partial(_write_file, staging / MANIFEST, manifest_bytes))
        work.run()
        _prune_empty_dirs(staging, {p.rsplit("/", 1)[0] for p in the_plan.removed if "/" in p})
        work.restore_modes()
        _swap(staging, out_dir)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        reason = "no space left on the device" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
        raise WriteError(f"could not write {out_dir}: {reason}; its previous contents are intact") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(staging, ignore_errors=True)
    return the_plan


class Staging:
    """The next tree, begun before the run renders anything.

    Staging the new tree hard-links every unchanged file of the current one into it:
    a directory entry per file (2,400 for Stripe's spec with every target), 0.05-0.5 s
    of kernel time on a disk like this machine's, by the hour, at the end of the run.
    `start` has a forked child link the files codegen wrote last time (its manifest)
    meanwhile, on the other core; `write` then unlinks those it replaces (a linked file
    shares the old file's inode: it is never written through), links whatever else the
    folder holds, and swaps as before. Where fork is unavailable, the linking happens
    when `write` asks for it, in this process.
    """

    def __init__(self, folder: Path, job: Forked[frozenset[str]]) -> None:
        self.folder = folder
        self._job: Forked[frozenset[str]] | None = job
        self._linked: frozenset[str] | None = None

    @classmethod
    def start(cls, out_dir: Path) -> Staging | None:
        """Begin staging `out_dir`'s next tree, or None when it holds nothing codegen wrote."""
        try:
            out_dir = _output_folder(out_dir)
        except WriteError:  # (`plan` reports it, after the spec's problems)
            return None
        owned = read_manifest(out_dir)
        if not owned:
            return None
        try:
            recover(out_dir)
            folder = _new_staging_folder(out_dir)
        except OSError:  # (an unwritable parent folder, say: `write` reports it, after the spec's problems)
            return None
        return cls(folder, Forked(partial(_link_files, out_dir, folder, tuple(sorted(owned)))))

    def linked(self) -> frozenset[str]:
        """The files linked into the folder (waiting for the child if it is still at work)."""
        if self._linked is None:
            assert self._job is not None
            job, self._job = self._job, None
            self._linked = job.result()
        return self._linked

    def discard(self) -> None:
        """Stop the child if need be and remove the folder (after `write`: the old tree)."""
        if self._job is not None:
            self._job.cancel()
            self._job = None
        shutil.rmtree(self.folder, ignore_errors=True)


def _new_staging_folder(out_dir: Path) -> Path:
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}{_STAGING_MARK}new-", dir=out_dir.parent))
    try:
        os.chmod(folder, out_dir.stat().st_mode & 0o7777 if out_dir.is_dir() else _default_dir_mode())
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder


def _link_files(source: Path, dest: Path, paths: tuple[str, ...]) -> frozenset[str]:
    """Hard-link each regular file among `paths` (relative, `/`-separated) from `source` into
    `dest`; the linked ones. Run again on the same folder (the child failed), it goes on."""
    linked = set()
    made: set[Path] = set()
    real: dict[str, bool] = {"": True}  # folder -> no symlink on the way down from `source`

    def real_folder(folder: str) -> bool:
        if folder not in real:
            parent, _, _ = folder.rpartition("/")
            real[folder] = real_folder(parent) and not os.path.islink(source / folder)
        return real[folder]

    for path in paths:
        if path == MANIFEST or not _is_safe_path(path) or not real_folder(path.rpartition("/")[0]):
            continue  # (a file under a linked folder: `write` links the folder as it is)
        target = dest / path
        try:
            if not stat.S_ISREG(os.lstat(source / path).st_mode):
                continue  # (a symlink or folder where a file was: `write` links it as it is)
            if target.parent not in made:
                target.parent.mkdir(parents=True, exist_ok=True)
                made.add(target.parent)
            if not os.path.lexists(target):  # (else linked by a first attempt)
                _link(str(source / path), target)
        except (FileNotFoundError, NotADirectoryError):
            continue  # deleted since the last run
        linked.add(path)
    return frozenset(linked)


def _is_safe_path(path: str) -> bool:
    """`check_relative_path` as a yes/no (a manifest is read from disk: it may be tampered with)."""
    try:
        check_relative_path(path)
    except WriteError:
        return False
    return True


def recover(out_dir: Path, keep: Path | None = None) -> None:
    """Finish or undo what a killed run left behind (staging folders, a half swap);
    `keep` is this run's own staging folder."""
    out_dir = out_dir.absolute()
    parent = out_dir.parent
    if not parent.is_dir():
        return
    prefix = f".{out_dir.name}{_STAGING_MARK}"
    leftovers = sorted(
        p
        for p in parent.iterdir()
        if p.name.startswith(prefix) and _LEFTOVER.fullmatch(p.name[len(prefix) :]) and p != keep
    )
    for path in leftovers:
        if not stat.S_ISDIR(os.lstat(path).st_mode):
            continue  # codegen's staging folders are folders: this is someone's file (or link)
        if path.name.startswith(prefix + "old-") and not os.path.lexists(out_dir):
            os.rename(path, out_dir)  # a non-atomic swap was cut between its two renames
        else:
            shutil.rmtree(path, ignore_errors=True)


def _default_dir_mode() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o777 & ~umask


def _manifest(out_dir: Path, output: Output) -> dict[str, str]:
    previous = read_manifest(out_dir)
    kept = {p: h for p, h in previous.items() if p.split("/", 1)[0] not in output.targets and _is_safe_path(p)}
    kept.update({path: output.digest(path) for path in output.files})
    return dict(sorted(kept.items()))


def _same_as_known(
    info: os.stat_result, known: tuple[int, int, str] | None, output: Output, relative: str
) -> bool | None:
    """Whether the file on disk (`info`) holds `output`'s content, when its stat proves it is as last written."""
    if known is None:
        return None
    size, mtime_ns, sha = known
    if info.st_size != size or info.st_mtime_ns != mtime_ns:
        return None
    return output.digest(relative) == sha


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return None


class _Work:
    """File creations in the staging tree, run one thread per folder.

    Creating a directory entry holds its folder's lock in the kernel, and on some disks
    it is slow (here 0.05-0.5 ms, by the hour): Stripe's ~2,000 files in one thread took
    0.1-1.2 s. Entries in different folders are created in parallel; most of the files
    are in two folders (`models/`, `_validators/schemas/`), so this halves the slow case
    (measured: 1,800 files in two folders, 0.87 s -> 0.46 s).
    """

    WORKERS = 4

    def __init__(self) -> None:
        self._folders: dict[Path, list[Callable[[], None]]] = {}
        self._modes: dict[Path, int] = {}

    def keep_mode(self, folder: Path, mode: int) -> None:
        """`folder` mirrors one whose permissions were `mode`: `restore_modes` gives them back."""
        self._modes[folder] = mode

    def restore_modes(self) -> None:
        """Mirrored folders get their originals' permissions, once everything is in them."""
        default = _default_dir_mode()
        for folder, mode in self._modes.items():
            if mode != default:
                with contextlib.suppress(FileNotFoundError):  # (pruned)
                    os.chmod(folder, mode)

    def add(self, path: Path, action: Callable[[], None]) -> None:
        """`action` creates `path`; its folder is made first, here."""
        actions = self._folders.get(path.parent)
        if actions is None:
            path.parent.mkdir(parents=True, exist_ok=True)
            actions = self._folders[path.parent] = []
        actions.append(action)

    def run(self) -> None:
        """Every action, the largest folders first; the first error is raised once all stopped."""
        batches = sorted(self._folders.values(), key=len, reverse=True)
        if len(batches) <= 1 or sum(map(len, batches)) < 64:
            for batch in batches:
                _run_all(batch)
            return
        with ThreadPoolExecutor(max_workers=min(self.WORKERS, len(batches))) as pool:
            for done in [pool.submit(_run_all, batch) for batch in batches]:
                done.result()


def _run_all(actions: list[Callable[[], None]]) -> None:
    for action in actions:
        action()


def _write_file(path: Path, content: bytes) -> None:
    # No fsync per file: it cost 0.4-8 s on Stripe's ~2,000 files. The atomic swap is what
    # keeps a killed run from mixing trees; after a power cut, the next run compares
    # contents and rewrites whatever is short (the output is reproducible).
    with open(path, "wb") as handle:
        handle.write(content)


def _link_tree(source: Path, dest: Path, skip: set[str], work: _Work) -> None:
    """Mirror `source` into `dest` with hard links (queued on `work`), leaving out paths in `skip`
    (a folder there with all it holds: `plan` checked it holds only codegen's removed files)."""

    def fail(error: OSError) -> None:
        raise error  # an unreadable folder is not to be left out of the new tree

    for root, dirs, files in os.walk(source, onerror=fail):
        relative_root = os.path.relpath(root, source)
        target_root = dest if relative_root == "." else dest / relative_root
        target_root.mkdir(parents=True, exist_ok=True)
        prefix = "" if relative_root == "." else relative_root.replace(os.sep, "/") + "/"
        if prefix:
            work.keep_mode(target_root, stat.S_IMODE(os.lstat(root).st_mode))
        dirs[:] = [d for d in dirs if prefix + d not in skip]
        for name in dirs:
            full = os.path.join(root, name)
            if os.path.islink(full):
                os.symlink(os.readlink(full), target_root / name)
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(root, d))]
        for name in files:
            if prefix + name in skip:
                continue
            full = os.path.join(root, name)
            if os.path.islink(full):
                os.symlink(os.readlink(full), target_root / name)
            else:
                work.add(target_root / name, partial(_link, full, target_root / name))


def _link(source: str, dest: Path) -> None:
    try:
        os.link(source, dest)
    except FileExistsError:
        raise  # (never copied into what is there: a folder would get the file inside it)
    except OSError:
        shutil.copy2(source, dest)


def _prune_empty_dirs(root: Path, candidates: Iterable[str]) -> None:
    """Remove folders left empty by removed files (deepest first)."""
    for relative in sorted(candidates, key=lambda p: p.count("/"), reverse=True):
        path = root / relative
        while path != root:
            try:
                path.rmdir()
            except OSError:
                break
            path = path.parent


def _swap(staging: Path, out_dir: Path) -> None:
    try:
        info = os.lstat(out_dir)
    except FileNotFoundError:
        os.rename(staging, out_dir)
        staging.mkdir()  # so the caller's cleanup finds something to remove
        return
    if not stat.S_ISDIR(info.st_mode):  # (`plan` refused it; something put it there since)
        raise OSError(errno.ENOTDIR, "it is not a folder (something replaced it during the run)", str(out_dir))
    if _exchange(staging, out_dir):
        return
    old = staging.with_name(staging.name.replace("new-", "old-", 1))
    os.rename(out_dir, old)
    os.rename(staging, out_dir)
    os.rename(old, staging)


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths (Linux renameat2). False when unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def describe(the_plan: Plan) -> Mapping[str, int]:
    return {
        "added": len(the_plan.added),
        "changed": len(the_plan.changed),
        "removed": len(the_plan.removed),
        "unchanged": len(the_plan.unchanged),
    }
