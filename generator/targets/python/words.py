"""Python's words: its reserved identifiers, the identifiers spec names become, and spec
text made into Python source, safely.

Spec names become identifiers only through `py_name`, `py_class_name` and `py_module`
(snake_case or PascalCase from `generator.surface.naming`, then `_` appended to a keyword or a
reserved name). Spec values reach generated code in exactly two ways: as string literals
(`py_str`, built with `repr`, so any content is data) and as docstring text (`docstring`,
which escapes backslashes and quotes and drops control characters). Nothing else from a
spec is ever pasted into code.
"""

from __future__ import annotations

import builtins
import keyword
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from ...surface.naming import module_name, pascal_case, snake_case, suffixed
from ...surface.prose import wrap

#: Python words that can never be identifiers, plus soft keywords we avoid.
KEYWORDS = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist)
#: Builtins a generated module must not shadow (a field called `type` is fine as an
#: attribute, but not as a parameter or module-level name).
BUILTINS = frozenset(name for name in dir(builtins) if not name.startswith("_"))


#: Builtin types an annotation may name. A class with a member of one of these names (a
#: service's `list` method) hides the builtin from the annotations in its own body, where
#: they are written `builtins.list[...]` instead (`qualify_builtins`).
ANNOTATION_BUILTINS = frozenset({"bool", "bytes", "dict", "float", "int", "list", "object", "str", "type"})


def qualify_builtins(annotation: str, hidden: frozenset[str]) -> str:
    """`annotation` with each builtin of `hidden` written `builtins.<name>` (`list[X]` ->
    `builtins.list[X]`), for a class body whose members hide them."""
    if not hidden:
        return annotation
    names = "|".join(sorted(hidden))
    return re.sub(rf"(?<![\w.])({names})\b", r"builtins.\1", annotation)


def safe_identifier(name: str, reserved: Iterable[str] = ()) -> str:
    """Append `_` until `name` is neither a Python keyword nor in `reserved`."""
    return suffixed(name, KEYWORDS.union(reserved))


def py_name(name: str, reserved: Iterable[str] = ()) -> str:
    """A snake_case Python identifier for a field, param, method or module."""
    return safe_identifier(snake_case(name), reserved)


def py_class_name(name: str, reserved: Iterable[str] = ()) -> str:
    """A PascalCase Python identifier for a class."""
    return safe_identifier(pascal_case(name), reserved)


def py_module(name: str, reserved: Iterable[str] = ()) -> str:
    """A module name for any spec name (`module_name`: short, safe on every file system), no keyword."""
    return module_name(name, KEYWORDS.union(reserved))


def is_python_identifier(name: str) -> bool:
    """True when `name` may be used as-is as a Python identifier (ASCII only)."""
    return name.isascii() and name.isidentifier() and name not in KEYWORDS


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029\ufeff]")
_MAX_DOC = 4000


def py_str(value: str) -> str:
    """A Python string literal for `value`, quoted the way black prefers.

    `repr` makes any content safe; black then prefers double quotes unless that
    needs more escaping (its `normalize_string_quotes`), so we do the same.
    """
    literal = repr(str(value))
    if literal[0] == '"':
        return literal
    body = literal[1:-1]
    if "'" not in body and '"' not in body:  # the common case: no quote to swap
        return f'"{body}"'
    pieces: list[str] = []
    escaped_single = bare_double = 0
    index = 0
    while index < len(body):
        char = body[index]
        if char == "\\":
            pair = body[index : index + 2]
            if pair == "\\'":
                escaped_single += 1
                pieces.append("'")
            else:
                pieces.append(pair)
            index += 2
            continue
        if char == '"':
            bare_double += 1
            pieces.append('\\"')
        else:
            pieces.append(char)
        index += 1
    if bare_double > escaped_single:
        return literal
    return '"' + "".join(pieces) + '"'


def py_value(value: Any) -> str:
    """A Python literal for a JSON scalar (for `Literal[...]` members and defaults)."""
    if value is None or isinstance(value, (bool, int)):
        return repr(value)
    if isinstance(value, float):
        return repr(value) if value == value and value not in (float("inf"), float("-inf")) else "None"
    return py_str(str(value))


def clean_text(text: str, limit: int = _MAX_DOC) -> str:
    """Spec prose fit for a docstring body: no control characters, bounded length."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    "))
    lines = [line.rstrip() for line in text.strip().split("\n")]
    text = "\n".join(lines)
    if len(text) > limit:
        text = text[: limit - 3].rstrip() + "..."
    return text


@lru_cache(maxsize=8192)  # the same descriptions recur across models, params and validators
def docstring(text: str, indent: int = 0, width: int = 120) -> str:
    """A complete triple-quoted docstring whose content is `text`, escaped and wrapped.

    Backslashes are doubled and every double quote escaped, so no spec text can
    end the literal early. Lines longer than `width` (at `indent`) are wrapped at
    spaces; a single word longer than that (a URL) stays whole.
    """
    body = clean_text(text).replace("\\", "\\\\").replace('"', '\\"')
    if not body:
        return '""""""'
    pad = " " * indent
    lines = _dedent_tail(_wrap(body.split("\n"), max(40, width - indent)))
    if len(lines) == 1:
        end = " " if body.endswith('"') else ""  # `\""""` would end the string early; black adds a space too
        return f'"""{body}{end}"""'
    rendered = [lines[0]] + [f"{pad}{line}" if line else "" for line in lines[1:]]
    return '"""' + "\n".join(rendered) + f"\n{pad}" + '"""'


def _dedent_tail(lines: list[str]) -> list[str]:
    """The lines after the first without the indentation they all share, as black (and
    `inspect.cleandoc`) would take it off: the docstring stays as black leaves it."""
    margin = min((len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()), default=0)
    return lines if not margin else [lines[0], *(line[margin:] for line in lines[1:])]


def _wrap(lines: list[str], width: int) -> list[str]:
    """Wrap each line on its own (paragraphs and list items keep their shape)."""
    wrapped: list[str] = []
    for number, line in enumerate(lines):
        room = width - (3 if number == 0 else 0) - (3 if number == len(lines) - 1 else 0)
        if len(line) <= room:
            wrapped.append(line)
            continue
        lead = line[: len(line) - len(line.lstrip())]
        more = "  " if line.lstrip().startswith(("- ", "* ")) else ""
        wrapped.extend(wrap(line, room, lead + more) or [line])
    return wrapped


def comment_text(text: str, limit: int = 200) -> str:
    """Spec text fit for one line of a comment: no newlines or control characters."""
    flat = " ".join(_CONTROL.sub("", str(text)).split())
    return flat[: limit - 3] + "..." if len(flat) > limit else flat


def toml_str(value: str) -> str:
    """A TOML basic string."""
    import json

    return json.dumps(str(value), ensure_ascii=False)


def natural_key(text: str) -> tuple[tuple[int, int, str], ...]:
    """isort's member order: case-insensitive, numbers by value (`Foo2` before `Foo10`)."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part.lower()) for part in re.split(r"(\d+)", text) if part
    )


def import_order(names: Iterable[str]) -> list[str]:
    """Names of one `from x import ...` in isort's order: CONSTANTS, Classes, functions."""

    def key(name: str) -> tuple[int, tuple[tuple[int, int, str], ...]]:
        kind = 0 if name.isupper() else 1 if name[:1].isupper() else 2
        return kind, natural_key(name)

    return sorted(set(names), key=key)
