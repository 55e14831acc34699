"""Problems found in a spec, as data.

Every stage (loading, validation, conversion, rendering) reports what it finds as
`Issue` values, collected and printed together, instead of stopping at the first
exception. A stage that cannot go on raises `SpecError` carrying all issues so far.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass


class Level(enum.Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem, located as precisely as we know: file, JSON pointer, line.

    `pointer` "" is the document's root (printed `/`); None: the problem is not inside the
    document at all (the file is missing), and no pointer is printed.
    """

    message: str
    file: str | None = None
    pointer: str | None = ""
    line: int | None = None
    level: Level = Level.ERROR

    def format(self) -> str:
        """One line for a terminal: spec text in it cannot break the line or send escape codes."""
        where = printable(self.file or "<spec>")
        if self.line is not None:
            where = f"{where}:{self.line}"
        if self.pointer is not None:
            where = f"{where}: {printable(self.pointer or '/')}"
        prefix = "" if self.level is Level.ERROR else "warning: "
        return f"{where}: {prefix}{printable(self.message)}"

    def sort_key(self) -> tuple[str, int, str]:
        """By file, then line, then pointer."""
        return (self.file or "", self.line or 0, self.pointer or "")


#: Control characters, and the invisible ones that reorder or hide text (bidi overrides,
#: zero-width, line/paragraph separators): escaped wherever spec text is printed.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]")


def printable(text: str) -> str:
    """`text` with control and invisible characters shown as escapes (`\\n`, `\\x1b`, `\\u202e`)."""
    return _UNPRINTABLE.sub(lambda match: match.group().encode("unicode_escape").decode("ascii"), text)


class SpecError(Exception):
    """Raised when input cannot be turned into output; carries every issue found."""

    def __init__(self, issues: Iterable[Issue]) -> None:
        self.issues: tuple[Issue, ...] = tuple(issues)
        super().__init__("\n".join(issue.format() for issue in self.issues))


class UsageError(Exception):
    """Bad command-line arguments or configuration (exit code 2)."""


def escape_pointer_token(token: str) -> str:
    """Escape one JSON-pointer reference token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(base: str, *tokens: str | int) -> str:
    return base + "".join("/" + escape_pointer_token(str(token)) for token in tokens)
