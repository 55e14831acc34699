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

Users edit generated files: `.codegen/base/<path>` keeps the text codegen last generated
for each owned file (the manifest's hash is its sha256), and a file whose text is neither
that base nor the new text is merged (`merge.py`): the user's edits are kept, overlapping
ones written between conflict markers (`Plan.conflicts`; the user's text before the merge
goes to `.codegen/previous/<path>`, and the manifest's `conflicts` keeps the conflict
reported until it is resolved). Paths `.codegenignore` lists are left alone. The bases,
the previous texts and the manifest are written in the same swap as the files.
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
from .ignore import IGNORE_FILE, Ignore
from .merge import Merged, merge

MANIFEST = ".codegen-manifest.json"
STATE = ".codegen"  # codegen's own folder in the output: what it last generated, and texts a merge replaced
BASES = f"{STATE}/base"  # BASES/<path>: the exact text codegen last generated for <path> (the merge base)
PREVIOUS = f"{STATE}/previous"  # PREVIOUS/<path>: the user's text before a merge that conflicted
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
class Conflict:
    """A file where the user's edit and codegen's change could not both be kept."""

    path: str
    lines: tuple[int, ...] = ()  # where a `<<<<<<< yours` marker starts (1-based) in the file as written
    kind: str = "text"  # "text" (markers written), "binary" (the user's bytes kept), "deleted" (no longer generated)

    def describe(self, shown: str) -> str:
        """One line per conflict, naming the file and line, and how to resolve it."""
        if self.kind == "binary":
            return (
                f"{shown}/{self.path}: conflict: a binary file you edited, which codegen changed: yours is kept, "
                f"the new one is {shown}/{BASES}/{self.path}; copy it over yours, or list the file in {IGNORE_FILE}"
            )
        if self.kind == "deleted":
            return (
                f"{shown}/{self.path}: conflict: you edited this file, which codegen no longer generates: "
                "it is kept; delete it, or change it to keep it as your own file"
            )
        where = ", ".join(map(str, self.lines))
        return (
            f"{shown}/{self.path}:{self.lines[0] if self.lines else 1}: conflict: your edit overlaps a change of the "
            f"generated code (markers at line{'s' if len(self.lines) > 1 else ''} {where}); your text before the "
            f"merge is in {shown}/{PREVIOUS}/{self.path}"
        )


@dataclass(frozen=True, slots=True)
class Plan:
    """What a run would change, relative paths under the output folder.

    `customised`: files holding the user's edits after the run (merged, or kept as they
    are); `contents`: what is written instead of the generated text (a merge); `kept`: the
    sha256 of a file the user edited that is left as it is; `state`: files under
    `.codegen/` to write (bytes) or remove (None); `ignored`: generated files that
    `.codegenignore` keeps codegen away from.
    """

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    customised: tuple[str, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    ignored: tuple[str, ...] = ()
    contents: Mapping[str, bytes] = field(default_factory=dict)
    kept: Mapping[str, str] = field(default_factory=dict)
    state: Mapping[str, bytes | None] = field(default_factory=dict)
    manifest: bytes = b""

    @property
    def is_current(self) -> bool:
        """Nothing to write (conflicts left unresolved from an earlier run may remain)."""
        return not (self.added or self.changed or self.removed or self.state)

    def disk_digest(self, path: str, output: Output) -> str:
        """sha256 of what `path` holds once the plan is carried out."""
        content = self.contents.get(path)
        if content is not None:
            return hashlib.sha256(content).hexdigest()
        return self.kept.get(path) or output.digest(path)


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
    """The manifest's files, or None when there is no manifest of codegen's (`_parse_manifest_data`)."""
    parsed = _parse_manifest_data(out_dir)
    return parsed[0] if parsed is not None else None


def _parse_manifest_data(out_dir: Path) -> tuple[dict[str, str], dict[str, str]] | None:
    """The manifest's files and unresolved conflicts, or None when it is missing, not a regular file (it is never read
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
    conflicts = data.get("conflicts")
    conflicts = conflicts if isinstance(conflicts, dict) else {}
    return (
        {k: str(v) for k, v in files.items() if isinstance(k, str)},
        {k: str(v) for k, v in conflicts.items() if isinstance(k, str) and k in files},
    )


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
    folders = _folders(output.files)
    clash = sorted(set(folders) & output.files.keys())
    if clash:
        raise WriteError(f"two generated files need {clash[0]!r} to be both a file and a folder")
    planner = _Planner(shown, out_dir, output, known)
    planner.check_manifest()
    planner.check_folders(folders)
    for path in sorted(output.files):
        if planner.ignore.matches(path):
            planner.ignored.append(path)
        else:
            planner.file(path)
    if planner.problems:
        raise _refuse(planner.problems)
    planner.stale_files()
    planner.check_edits_in_the_way(folders)
    if planner.problems:
        raise _refuse(planner.problems)
    return planner.result()


class _Planner:
    """`plan`'s work: each generated file compared with the disk, the manifest and its base."""

    def __init__(self, shown: Path, out_dir: Path, output: Output, known: Mapping[str, tuple[int, int, str]]) -> None:
        self.shown, self.out_dir, self.output, self.known = shown, out_dir, output, known
        parsed = _parse_manifest_data(out_dir)
        self.manifest_found = parsed is not None
        self.owned, self.recorded = parsed or ({}, {})
        self.ignore = Ignore.of(out_dir)
        self.disk = _Disk(out_dir)
        self.problems: list[str] = []
        self.added: list[str] = []
        self.changed: list[str] = []
        self.removed: list[str] = []
        self.unchanged: list[str] = []
        self.customised: list[str] = []
        self.ignored: list[str] = []
        self.conflicts: list[Conflict] = []
        self.contents: dict[str, bytes] = {}
        self.kept: dict[str, str] = {}
        self.state: dict[str, bytes | None] = {}
        self.keep_owned: dict[str, str] = {}  # manifest entries kept as they were (a file no longer generated)

    def check_manifest(self) -> None:
        found = self.disk.info(MANIFEST)
        if found is not None and not stat.S_ISREG(found.st_mode):
            self.problems.append(
                f"{self.shown / MANIFEST} is {_what(found)} codegen does not own, where it keeps its manifest"
            )
        elif found is not None and not self.manifest_found:
            self.problems.append(
                f"{self.shown / MANIFEST} is a file that is not a codegen manifest, where it keeps its manifest"
            )

    def check_folders(self, folders: Iterable[str]) -> None:
        for folder in folders:  # shallowest first: under a file, nothing is there (`_Disk`)
            info = self.disk.info(folder)
            if info is None or stat.S_ISDIR(info.st_mode) or _is_owned(folder, info, self.owned):
                continue  # (an owned file is removed: it is no longer generated, since its path is a folder now)
            self.problems.append(
                f"{self.shown / folder} is {_what(info)} codegen does not own, where it needs a folder"
            )

    def file(self, path: str) -> None:
        """Classify one generated file: added, unchanged, changed (maybe merged) or refused."""
        info = self.disk.info(path)
        if info is None:
            self.added.append(path)
        elif stat.S_ISDIR(info.st_mode):
            self._folder_in_the_way(path)
            return
        elif not stat.S_ISREG(info.st_mode):
            self.problems.append(f"{self.shown / path} is {_what(info)} codegen does not own, where it needs a file")
            return
        else:
            self._existing(path, info)
        self._refresh_base(path)

    def _folder_in_the_way(self, path: str) -> None:
        foreign = self.disk.foreign_entry(path, self.owned)
        if foreign is None:  # only codegen's files, all removed: the folder goes with them
            self.added.append(path)
            self._refresh_base(path)
        elif foreign == path:
            self.problems.append(f"{self.shown / path} is an empty folder codegen does not own, where it needs a file")
        else:
            self.problems.append(
                f"{self.shown / path} is a folder holding {self.shown / foreign}, which codegen does not own, "
                "where it needs a file"
            )

    def _existing(self, path: str, info: os.stat_result) -> None:
        output = self.output
        new_sha = output.digest(path)
        disk_sha = _known_digest(info, self.known.get(path))
        current = None
        if disk_sha is None:  # not provably as last written: read it
            current = _read(self.out_dir / path)
            if current is None:
                self.added.append(path)
                return
            disk_sha = new_sha if current == output.files[path] else hashlib.sha256(current).hexdigest()
        if disk_sha == new_sha:
            self.unchanged.append(path)
        elif path not in self.owned:
            self.problems.append(
                f"{self.shown / path} is a file that was not written by codegen, where it needs to write its own"
            )
        elif disk_sha == self.owned[path]:  # as codegen last wrote it: replaced
            self.changed.append(path)
        else:
            mine = current if current is not None else _read(self.out_dir / path)
            self._customised(path, mine or b"", disk_sha)

    def _customised(self, path: str, mine: bytes, disk_sha: str) -> None:
        """A file the user edited: merged with the change from its base to the new text."""
        new = self.output.files[path]
        merged = merge(self._base(path), mine, new)
        if merged.content == new:  # (the user's edits are all in the new text)
            self.changed.append(path)
            return
        self.customised.append(path)
        if merged.content == mine:  # nothing of codegen's to bring in: the user's file is kept
            self.unchanged.append(path)
            self.kept[path] = disk_sha
        else:
            self.changed.append(path)
            self.contents[path] = merged.content
        self._conflict(path, merged, mine, disk_sha)

    def _conflict(self, path: str, merged: Merged, mine: bytes, disk_sha: str) -> None:
        if merged.binary:
            self.conflicts.append(Conflict(path, kind="binary"))
        elif merged.conflicts:
            self.conflicts.append(Conflict(path, merged.conflicts))
            if merged.content != mine and self.recorded.get(path) != disk_sha:  # (not the markers it wrote)
                self.state[f"{PREVIOUS}/{path}"] = mine
        elif self.recorded.get(path) == disk_sha:  # a conflict reported before, the file untouched since
            self.conflicts.append(Conflict(path, kind="binary" if path in self.output.files else "deleted"))

    def _base(self, path: str) -> bytes | None:
        """The text codegen last generated for `path`, or None when it is not known."""
        sha = self.owned.get(path)
        if sha is None:
            return None
        if path in self.output.files and sha == self.output.digest(path):
            return self.output.files[path]  # (the same text, by its hash: nothing to read)
        base = _read(self.out_dir / BASES / path)
        return base if base is not None and hashlib.sha256(base).hexdigest() == sha else None

    def _refresh_base(self, path: str) -> None:
        """Write `path`'s base unless it already holds the new text (by the manifest's hash and its size)."""
        info = self.disk.info(f"{BASES}/{path}")
        content = self.output.files[path]
        if (
            info is not None
            and stat.S_ISREG(info.st_mode)
            and info.st_size == len(content)
            and self.owned.get(path) == self.output.digest(path)
        ):
            return
        self.state[f"{BASES}/{path}"] = content

    def stale_files(self) -> None:
        """Owned files of these targets no longer generated: removed, unless the user edited them."""
        for path in sorted(self.owned):
            if path.split("/", 1)[0] not in self.output.targets or path in self.output.files:
                continue
            if self.ignore.matches(path) or not _is_safe_path(path):
                continue
            info = self.disk.info(path)
            if not _is_owned(path, info, self.owned):
                continue
            assert info is not None  # (owned)
            disk_sha = self._digest_of(path, info)
            if disk_sha == self.owned[path]:
                self.removed.append(path)
            elif self.recorded.get(path) in (None, disk_sha):  # edited: kept, and reported until resolved
                self.keep_owned[path] = self.owned[path]
                self.conflicts.append(Conflict(path, kind="deleted"))
                self.kept[path] = disk_sha
            # else: changed since the conflict was reported: the user's own file now

    def check_edits_in_the_way(self, folders: Iterable[str]) -> None:
        """A file the user edited that codegen no longer generates is kept: never where codegen now
        needs a folder, nor inside a folder where it now needs a file."""
        needed, added = set(folders), set(self.added)
        for conflict in self.conflicts:
            path = conflict.path
            holder = next((f for f in _folders([path]) if f in added), None)
            if conflict.kind == "deleted" and path in needed:
                self.problems.append(
                    f"{self.shown / path} is a file you edited, which codegen no longer generates, "
                    "where it needs a folder"
                )
            elif conflict.kind == "deleted" and holder is not None:
                self.problems.append(
                    f"{self.shown / holder} is a folder holding {self.shown / path}, a file you edited, "
                    "which codegen no longer generates, where it needs a file"
                )

    def _digest_of(self, path: str, info: os.stat_result) -> str:
        sha = _known_digest(info, self.known.get(path))
        if sha is None:
            sha = hashlib.sha256(_read(self.out_dir / path) or b"").hexdigest()
        return sha

    def result(self) -> Plan:
        files, conflicts = self._manifest()
        for path in self.owned:  # bases and previous texts of files codegen no longer owns
            if path not in files and self.disk.info(f"{BASES}/{path}") is not None:
                self.state[f"{BASES}/{path}"] = None
        for path in self.recorded:
            if path not in conflicts and self.disk.info(f"{PREVIOUS}/{path}") is not None:
                self.state.setdefault(f"{PREVIOUS}/{path}", None)
        data: dict[str, object] = {"generator": "codegen", "files": files}
        if conflicts:
            data["conflicts"] = conflicts
        return Plan(
            tuple(self.added),
            tuple(self.changed),
            tuple(self.removed),
            tuple(self.unchanged),
            customised=tuple(sorted(self.customised)),
            conflicts=tuple(self.conflicts),
            ignored=tuple(self.ignored),
            contents=self.contents,
            kept=self.kept,
            state=dict(sorted(self.state.items())),
            manifest=json.dumps(data, indent=1, sort_keys=True).encode(),
        )

    def _manifest(self) -> tuple[dict[str, str], dict[str, str]]:
        """The next manifest's files and conflicts (each conflict with the sha256 of its file as left)."""
        output = self.output
        files = {
            path: sha
            for path, sha in self.owned.items()
            if _is_safe_path(path)
            and (path.split("/", 1)[0] not in output.targets or path in self.keep_owned or self.ignore.matches(path))
        }
        files.update({path: output.digest(path) for path in output.files if not self.ignore.matches(path)})
        conflicts = {}
        for conflict in self.conflicts:
            path = conflict.path
            content = self.contents.get(path)
            conflicts[path] = hashlib.sha256(content).hexdigest() if content is not None else self.kept[path]
        return dict(sorted(files.items())), dict(sorted(conflicts.items()))


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
    the_plan = the_plan if the_plan is not None and the_plan.manifest else plan(out_dir, output, staging=early)
    manifest_bytes = the_plan.manifest
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
        fresh = set(the_plan.removed) | set(the_plan.changed) | set(the_plan.added) | set(the_plan.state)
        fresh.add(MANIFEST)
        skip = set(fresh)
        if early is not None:
            for path in early.linked() & fresh:  # linked to the old file's inode: never write through it
                os.unlink(staging / path)
            skip.update(early.linked() - fresh)
            written = set(the_plan.added) | {path for path, state in the_plan.state.items() if state is not None}
            for path in written & set(_folders(early.linked())):
                shutil.rmtree(staging / path)  # a folder of codegen's removed files, where a file goes now
        work = _Work()
        if out_dir.is_dir():
            _link_tree(out_dir, staging, skip, work)  # (after `early`: the files codegen does not own)
        for path in the_plan.added + the_plan.changed:
            content = the_plan.contents.get(path, output.files[path])
            work.add(staging / path, partial(_write_file, staging / path, content))
        for path, state in the_plan.state.items():
            if state is not None:
                work.add(staging / path, partial(_write_file, staging / path, state))
        work.add(staging / MANIFEST, partial(_write_file, staging / MANIFEST, manifest_bytes))
        work.run()
        gone = [*the_plan.removed, *(path for path, state in the_plan.state.items() if state is None)]
        _prune_empty_dirs(staging, {p.rsplit("/", 1)[0] for p in gone if "/" in p})
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
        paths = tuple(sorted(owned)) + tuple(f"{BASES}/{path}" for path in sorted(owned))
        return cls(folder, Forked(partial(_link_files, out_dir, folder, paths)))

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


def _known_digest(info: os.stat_result, known: tuple[int, int, str] | None) -> str | None:
    """The sha256 of the file on disk (`info`), when its stat proves it is as the last run left it."""
    if known is None:
        return None
    size, mtime_ns, sha = known
    if info.st_size != size or info.st_mtime_ns != mtime_ns:
        return None
    return sha


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
