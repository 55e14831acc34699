"""Where a spec for `codegen diff` comes from: a file, or `git:REV:path` from the repo's history.

A spec may span several files joined by relative `$ref`s, and those never leave
the spec's folder (the loader refuses that), so for `git:REV:path` the whole
folder holding the spec at REV is written to a temporary directory and loaded
from there. `path` is relative to the repository's top level, as in `git show`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from ..errors import Issue, SpecError, UsageError

PREFIX = "git:"
_MAX_FILES = 10_000


@dataclass(frozen=True, slots=True)
class GitSpec:
    rev: str
    path: PurePosixPath  # relative to the repository's top level

    @property
    def label(self) -> str:
        return f"{PREFIX}{self.rev}:{self.path}"


def parse(argument: str) -> Path | GitSpec:
    """`git:REV:path` -> GitSpec; anything else is a file path."""
    if not argument.startswith(PREFIX):
        return Path(argument)
    rev, sep, path = argument[len(PREFIX) :].partition(":")
    if not sep or not rev or not path:
        raise UsageError(f"{argument!r}: expected git:REV:path, e.g. git:origin/main:specs/api.yaml")
    pure = PurePosixPath(path.lstrip("/"))
    if ".." in pure.parts:
        raise UsageError(f"{argument!r}: the path must stay inside the repository")
    return GitSpec(rev, pure)


@contextmanager
def materialise(argument: str, cwd: Path | None = None) -> Iterator[tuple[Path, str]]:
    """Yield (a local path to load, a label for messages); temporary files are removed after."""
    source = parse(argument)
    if isinstance(source, Path):
        yield source, str(source)
        return
    folder = Path(tempfile.mkdtemp(prefix="codegen-diff-"))
    try:
        spec = _checkout(source, cwd or Path.cwd(), folder)
        try:
            yield spec, source.label
        except SpecError as exc:
            raise SpecError(_relabel(exc.issues, folder, source)) from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _git(args: list[str], cwd: Path, what: str, failure: str | None = None) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False, timeout=120)
    except FileNotFoundError:
        raise UsageError(f"{what}: git is not installed") from None
    except subprocess.TimeoutExpired:
        raise UsageError(f"{what}: git took too long") from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UsageError(f"{what}: {failure or (reason[-1] if reason else 'git failed')}")
    return done.stdout


def _checkout(source: GitSpec, cwd: Path, into: Path) -> Path:
    label = source.label
    top = Path(
        _git(["rev-parse", "--show-toplevel"], cwd, label, f"{cwd} is not inside a git repository").decode().strip()
    )
    revision = f"{source.rev}^{{commit}}"
    unknown = f"unknown revision {source.rev!r} (for a branch in CI, fetch it first: git fetch origin main)"
    commit = _git(["rev-parse", "--verify", "--quiet", "--end-of-options", revision], top, label, unknown)
    commit_id = commit.decode().strip()
    folder = source.path.parent
    pathspec = "." if str(folder) == "." else f"{folder}/"
    listing = _git(["ls-tree", "-r", "-z", "--full-tree", commit_id, "--", pathspec], top, label)
    blobs: list[tuple[str, str]] = []  # (object id, path)
    for entry in filter(None, listing.split(b"\0")):
        meta, _, raw_name = entry.partition(b"\t")
        mode, kind, object_id = meta.decode().split()
        if kind == "blob" and mode != "120000":  # skip symlinks
            blobs.append((object_id, raw_name.decode("utf-8", "surrogateescape")))
    if str(source.path) not in {name for _, name in blobs}:
        raise UsageError(f"{label}: no file {source.path} at {source.rev} ({commit_id[:12]})")
    if len(blobs) > _MAX_FILES:
        raise UsageError(f"{label}: the spec's folder holds more than {_MAX_FILES} files at {source.rev}")
    contents = _cat(top, [object_id for object_id, _ in blobs], label)
    for (_, name), data in zip(blobs, contents, strict=True):
        target = into / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return into / source.path


def _cat(top: Path, object_ids: list[str], label: str) -> list[bytes]:
    """Contents of many blobs through one `git cat-file --batch`."""
    request = "".join(f"{object_id}\n" for object_id in object_ids).encode()
    try:
        done = subprocess.run(
            ["git", "cat-file", "--batch"], cwd=top, input=request, capture_output=True, check=False, timeout=120
        )
    except subprocess.TimeoutExpired:
        raise UsageError(f"{label}: git took too long") from None
    if done.returncode != 0:
        raise UsageError(f"{label}: git cat-file failed")
    out, position, contents = done.stdout, 0, []
    for _ in object_ids:
        header_end = out.index(b"\n", position)
        header = out[position:header_end].decode()
        match = re.fullmatch(r"[0-9a-f]+ blob (\d+)", header)
        if match is None:
            raise UsageError(f"{label}: unexpected git output {header!r}")
        size = int(match.group(1))
        contents.append(out[header_end + 1 : header_end + 1 + size])
        position = header_end + 1 + size + 1  # content, then a newline
    return contents


def _relabel(issues: tuple[Issue, ...], folder: Path, source: GitSpec) -> list[Issue]:
    """Name files in messages `REV:path` rather than by their temporary location."""
    prefix = str(folder) + "/"
    return [
        (
            replace(issue, file=f"{source.rev}:{issue.file[len(prefix):]}")
            if issue.file and issue.file.startswith(prefix)
            else issue
        )
        for issue in issues
    ]


def with_spec_path(argument: str, spec: Path, cwd: Path | None = None) -> str:
    """`git:REV` (no path) -> `git:REV:<spec's path in the repository>`; anything else as it is."""
    if not argument.startswith(PREFIX) or ":" in argument[len(PREFIX) :]:
        return argument
    where = cwd or Path.cwd()
    top = _git(["rev-parse", "--show-toplevel"], where, argument, f"{where} is not inside a git repository")
    try:
        relative = (where / spec).resolve().relative_to(Path(top.decode().strip()).resolve())
    except ValueError:
        raise UsageError(f"{argument!r}: the spec {spec} is outside the repository; give git:REV:path") from None
    return f"{argument}:{relative.as_posix()}"
