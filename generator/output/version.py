"""The release record, `.codegen/release.json` in the output folder: the packages' version.

`codegen release` writes it; every run of `codegen generate` and `codegen check` reads it
and gives its version to every target that makes a package (pyproject.toml, the gemspec's
version.rb, pom.xml, package.json), so regenerating the same spec gives the same files.

    {"version": "2.0.0", "spec": "<sha256 of the spec's files when it was released>"}

`spec` lets `codegen release` see that the spec it is given was released already (run it
twice, or in a pre-commit hook: the second run changes nothing). Versions are
`MAJOR.MINOR.PATCH`, digits only (semantic versioning without pre-release tags).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError

RECORD = ".codegen/release.json"
INITIAL = "0.1.0"  # every target's default version, before the first release
_VERSION = re.compile(r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)")


@dataclass(frozen=True, slots=True, order=True)
class Version:
    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, text: str, where: str) -> Version:
        match = _VERSION.fullmatch(text)
        if match is None:
            raise UsageError(f"{where}: {text!r} is not a version (MAJOR.MINOR.PATCH, e.g. 1.4.0)")
        return cls(*(int(part) for part in match.groups()))

    def bumped(self, part: str) -> Version:
        """The next version raising `part` ("major", "minor" or "patch"); anything else: this one."""
        if part == "major":
            return Version(self.major + 1, 0, 0)
        if part == "minor":
            return Version(self.major, self.minor + 1, 0)
        if part == "patch":
            return Version(self.major, self.minor, self.patch + 1)
        return self

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


@dataclass(frozen=True, slots=True)
class Release:
    version: Version
    spec: str = ""  # sha256 of the spec's files it was released from ("" when not known)


def read(out: Path) -> Release | None:
    """The output folder's release record; None when there is none. A bad one is a UsageError."""
    path = out / RECORD
    try:
        text = path.read_text("utf-8")
    except (FileNotFoundError, NotADirectoryError):  # (OUT not there, or not a folder: the writer says so)
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read the release record: {exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path}: not a release record ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("version"), str):
        raise UsageError(f'{path}: not a release record (expected {{"version": "1.2.0", ...}})')
    spec = data.get("spec", "")
    return Release(Version.parse(data["version"], str(path)), spec if isinstance(spec, str) else "")


def write(out: Path, release: Release) -> None:
    """Write the record atomically (a temporary file renamed over it)."""
    path = out / RECORD
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps({"version": str(release.version), "spec": release.spec}, indent=1) + "\n"
    replace_text(path, data)


def replace_text(path: Path, text: str) -> None:
    """`path` holds `text` afterwards, or what it held before: never half of it."""
    handle, temporary = tempfile.mkstemp(prefix=".release-", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
