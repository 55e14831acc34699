"""`.codegenignore`: generated files the user has taken over.

The file sits in the output folder and uses gitignore's syntax (patterns, `dir/`, `**`,
`!negation`, `#` comments), matched against paths relative to that folder
(`python/stripe_api/services/customer_sessions.py`). A listed path is never written,
removed or merged by codegen.

Why pathspec: it implements git's wildmatch rules (the ones users know from .gitignore,
including their corner cases: anchoring, directory patterns, negation order), which a
hand-written fnmatch translation would get subtly wrong.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pathspec

IGNORE_FILE = ".codegenignore"
_MAX_BYTES = 1 << 20


class Ignore:
    """The patterns of an output folder's `.codegenignore` (none when there is no such file)."""

    def __init__(self, text: str = "") -> None:
        self.text = text
        self._spec: pathspec.GitIgnoreSpec | None = None
        if text.strip():
            import pathspec  # (here: 30 ms of import, which a run with nothing to do must not pay)

            self._spec = pathspec.GitIgnoreSpec.from_lines(text.splitlines())

    @classmethod
    def of(cls, out_dir: Path) -> Ignore:
        return cls(read_text(out_dir))

    def __bool__(self) -> bool:
        return self._spec is not None

    def matches(self, path: str) -> bool:
        return self._spec is not None and self._spec.match_file(path)


def digest(out_dir: Path) -> str:
    """sha256 of `out_dir/.codegenignore`'s text ("" when there is none), without compiling it."""
    return hashlib.sha256(read_text(out_dir).encode("utf-8")).hexdigest()


def read_text(out_dir: Path) -> str:
    """The text of `out_dir/.codegenignore`, or "" (missing, not a regular file, or unreadable
    as UTF-8: its bytes are decoded with replacement so a stray byte does not stop the run)."""
    try:
        fd = os.open(out_dir / IGNORE_FILE, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return ""
    with open(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            return ""
        return handle.read(_MAX_BYTES).decode("utf-8", "replace")
