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
stale files are removed and files it does not own are never touched.
"""

from __future__ import annotations

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

from .forked import Forked

MANIFEST = ".codegen-manifest.json"
_STAGING_MARK = ".codegen-"
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
_MAX_PATH = 400
_CONTROL = re.compile(r"[\x00-\x1f]")
_MAX_NAME_BYTES = 255  # NAME_MAX of Linux and macOS; Windows allows 255 characters


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
    try:
        data = json.loads((out_dir / MANIFEST).read_text("utf-8"))
        files = data.get("files", {})
        return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {}
    except (OSError, ValueError, AttributeError):
        return {}


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
    """
    recover(out_dir, keep=staging.folder if staging is not None else None)
    owned = read_manifest(out_dir)
    known = known or {}
    added, changed, unchanged = [], [], []
    for path, content in sorted(output.files.items()):
        same = _same_as_known(out_dir / path, known.get(path), output, path)
        if same is None:  # not provably as last written: read it
            current = _read(out_dir / path)
            if current is None:
                added.append(path)
                continue
            same = current == content
        if same:
            unchanged.append(path)
        else:
            if path not in owned:
                raise WriteError(
                    f"{out_dir / path} exists and was not written by codegen; "
                    "move it away or delete it, then run again"
                )
            changed.append(path)
    removed = [
        path
        for path in sorted(owned)
        if path.split("/", 1)[0] in output.targets and path not in output.files and (out_dir / path).exists()
    ]
    return Plan(tuple(added), tuple(changed), tuple(removed), tuple(unchanged))


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
    out_dir = out_dir.absolute()
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
        work = _Work()
        if out_dir.is_dir():
            _link_tree(out_dir, staging, skip, work)  # (after `early`: the files codegen does not own)
        for path in the_plan.added + the_plan.changed:
            work.add(staging / path, partial(_write_file, staging / path, output.files[path]))
        work.add(staging / MANIFEST, partial(_write_file, staging / MANIFEST, manifest_bytes))
        work.run()
        _prune_empty_dirs(staging, {p.rsplit("/", 1)[0] for p in the_plan.removed if "/" in p})
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
        out_dir = out_dir.absolute()
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
    leftovers = sorted(p for p in parent.iterdir() if p.name.startswith(prefix) and p != keep)
    for path in leftovers:
        if path.name.startswith(prefix + "old-") and not out_dir.exists():
            os.rename(path, out_dir)  # a non-atomic swap was cut between its two renames
        else:
            shutil.rmtree(path, ignore_errors=True)


def _default_dir_mode() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o777 & ~umask


def _manifest(out_dir: Path, output: Output) -> dict[str, str]:
    previous = read_manifest(out_dir)
    kept = {p: h for p, h in previous.items() if p.split("/", 1)[0] not in output.targets}
    kept.update({path: output.digest(path) for path in output.files})
    return dict(sorted(kept.items()))


def _same_as_known(path: Path, known: tuple[int, int, str] | None, output: Output, relative: str) -> bool | None:
    """Whether the file on disk holds `output`'s content, when its stat proves it is as last written."""
    if known is None:
        return None
    try:
        info = os.stat(path)
    except OSError:
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
    """Mirror `source` into `dest` with hard links (queued on `work`), leaving out paths in `skip`."""
    for root, dirs, files in os.walk(source):
        relative_root = os.path.relpath(root, source)
        target_root = dest if relative_root == "." else dest / relative_root
        target_root.mkdir(parents=True, exist_ok=True)
        for name in dirs:
            full = os.path.join(root, name)
            if os.path.islink(full):
                os.symlink(os.readlink(full), target_root / name)
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(root, d))]
        for name in files:
            relative = name if relative_root == "." else f"{relative_root}/{name}".replace(os.sep, "/")
            if relative in skip:
                continue
            full = os.path.join(root, name)
            if os.path.islink(full):
                os.symlink(os.readlink(full), target_root / name)
            else:
                work.add(target_root / name, partial(_link, full, target_root / name))


def _link(source: str, dest: Path) -> None:
    try:
        os.link(source, dest)
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
    if not out_dir.exists():
        os.rename(staging, out_dir)
        staging.mkdir()  # so the caller's cleanup finds something to remove
        return
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
