"""A string that matches a `pattern`, made from the pattern itself, the same every time.

The mock's strings must meet their schema's `pattern` (`^[A-Z]{3}-\\d+$` -> `AAA-0`).
The pattern is parsed with Python's own regex parser and walked: each literal is kept,
each class gives its first member, each repeat its least count (at least once where the
pattern allows it, so the value is not empty), each alternation its first branch. The
result is checked with `re.search`; anything this cannot satisfy (lookarounds, back
references, a class whose first member another rule excludes) gives None, and the caller
keeps its own value.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

try:  # Python 3.11+: the parser moved to re._parser (sre_parse is deprecated)
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_parse

_CATEGORIES = {
    "CATEGORY_DIGIT": "0",
    "CATEGORY_NOT_DIGIT": "a",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_SPACE": "a",
    "CATEGORY_WORD": "a",
    "CATEGORY_NOT_WORD": "-",
    "CATEGORY_LINEBREAK": "\n",
    "CATEGORY_NOT_LINEBREAK": "a",
}
#: Past this many characters the walk gives up (a pattern such as `^.{100000}$`).
_MAX_LENGTH = 10_000


class _Unsupported(Exception):
    """The walk cannot make a value for this part of the pattern."""


@cache
def matching(pattern: str, min_length: int = 0, max_length: int | None = None) -> str | None:
    """A string `re.search(pattern, ...)` finds, within the lengths given; None when none is made."""
    try:
        compiled = re.compile(pattern)
        parsed = sre_parse.parse(pattern)
        made = "".join(_walk(list(parsed)))
    except (re.error, _Unsupported, RecursionError, ValueError, OverflowError):
        return None
    if len(made) < min_length:
        return None
    if (max_length is not None and len(made) > max_length) or compiled.search(made) is None:
        return None
    return made


def _walk(items: list[tuple[Any, Any]]) -> list[str]:
    out: list[str] = []
    for op, value in items:
        out.extend(_one(str(op), value))
        if sum(map(len, out)) > _MAX_LENGTH:
            raise _Unsupported("too long")
    return out


def _one(op: str, value: Any) -> list[str]:
    if op == "LITERAL":
        return [chr(value)]
    if op == "AT":
        return []
    if op == "ANY":
        return ["a"]
    if op == "IN":
        return [_first_in(value)]
    if op == "NOT_LITERAL":
        return ["a" if value != ord("a") else "b"]
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, inner = value
        count = max(low, 1) if high != 0 else 0
        return _walk(list(inner)) * count
    if op in ("SUBPATTERN", "ATOMIC_GROUP"):
        return _walk(list(value[-1] if op == "SUBPATTERN" else value))
    if op == "BRANCH":
        return _walk(list(value[1][0]))
    if op == "CATEGORY":
        return [_CATEGORIES.get(str(value), "a")]
    raise _Unsupported(op)  # ASSERT, ASSERT_NOT, GROUPREF...


def _first_in(items: list[tuple[Any, Any]]) -> str:
    """A character of a class `[...]`: its first member (a negated class: a letter or digit it does not name)."""
    if items and str(items[0][0]) == "NEGATE":
        refused = "".join(_one_in(str(op), value) for op, value in items[1:] if str(op) != "CATEGORY")
        for candidate in "aA0_-x":
            if candidate not in refused:
                return candidate
        raise _Unsupported("NEGATE")
    op, value = items[0]
    return _one_in(str(op), value)


def _one_in(op: str, value: Any) -> str:
    if op == "LITERAL":
        return chr(value)
    if op == "RANGE":
        return chr(value[0])
    if op == "CATEGORY":
        return _CATEGORIES.get(str(value), "a")
    raise _Unsupported(op)
