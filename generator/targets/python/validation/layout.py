"""Generated lines laid out the way black writes them, so the output needs no black run.

Black is the reference (tests run it over whole generated packages), but running it over
Stripe's validators takes minutes. Every line we emit is either short enough, or a call,
`def` or assignment ending in a bracket, which black splits at that last bracket:
`head(` / the arguments on one indented line / `)tail`, or one argument per line (with a
trailing comma) when they do not fit together. A line this cannot fit is left long, and
then the formatter runs black over that file.
"""

from __future__ import annotations

from ..formatting import LINE_LENGTH as WIDTH
from ..words import py_str as literal

__all__ = ["WIDTH", "fit", "literal", "tuple_literal", "value_literal"]

INDENT = "    "
_CLOSE = {")": "(", "]": "[", "}": "{"}


def fit(line: str) -> list[str]:
    """`line` (with its indentation) as black lays it out within `WIDTH`."""
    if len(line) <= WIDTH:
        return [line]
    indent = line[: len(line) - len(line.lstrip())]
    is_def = line.lstrip().startswith("def ")
    split = _parameters(line) if is_def else _last_bracket(line)
    if split is None:
        return [line]
    opening, closing = split
    head, body, tail = line[: opening + 1], line[opening + 1 : closing], line[closing:]
    if len(head) > WIDTH or len(indent) + len(tail) > WIDTH or not body.strip():
        return [line]
    inner = indent + INDENT
    items = _top_level_items(body)
    if is_def and len(items) == 1:
        return [head, f"{inner}{body.strip()},", indent + tail]
    if len(inner) + len(body) <= WIDTH:
        return [head, inner + body.strip(), indent + tail]
    if len(items) > 1:
        exploded = [f"{inner}{item}," for item in items]
        if all(len(x) <= WIDTH for x in exploded):
            return [head, *exploded, indent + tail]
        return [line]
    nested = fit(inner + body.strip())
    if len(nested) == 1:
        return [line]
    return [head, *nested, indent + tail]


def _parameters(line: str) -> tuple[int, int] | None:
    """(opening, closing) parentheses of a `def` line's parameters: black splits a `def` there."""
    opening = line.index("(")
    depth = 0
    for index in range(opening, len(line)):
        depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(line[index], 0)
        if depth == 0:
            return opening, index
    return None


def _last_bracket(line: str) -> tuple[int, int] | None:
    """(index of the opening bracket, index of its closing one) for the bracket closing last."""
    positions: list[tuple[str, int]] = []
    last: tuple[int, int] | None = None
    quote = ""
    index = 0
    while index < len(line):
        char = line[index]
        if quote:
            if char == "\\":
                index += 2
                continue
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char in "([{":
            positions.append((char, index))
        elif char in _CLOSE:
            if not positions or positions[-1][0] != _CLOSE[char]:
                return None
            last = (positions.pop()[1], index)
        index += 1
    rest = line[last[1] + 1 :].strip() if last else ""
    if last is None or not (rest in ("", ":") or (rest.startswith("-> ") and rest.endswith(":"))):
        return None
    return last


def _top_level_items(body: str) -> list[str]:
    """`body` split at its top-level commas (outside brackets and strings)."""
    items: list[str] = []
    depth, start, quote, index = 0, 0, "", 0
    while index < len(body):
        char = body[index]
        if quote:
            if char == "\\":
                index += 2
                continue
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 0:
            items.append(body[start:index].strip())
            start = index + 1
        index += 1
    rest = body[start:].strip()
    if rest:
        items.append(rest)
    return items


def value_literal(value: object) -> str:
    """A JSON scalar as Python source (black-style for strings)."""
    return literal(value) if isinstance(value, str) else repr(value)


def tuple_literal(values: list[object] | tuple[object, ...]) -> str:
    """`(a, b)`, or `(a,)` for one value."""
    items = [value_literal(value) for value in values]
    return f"({items[0]},)" if len(items) == 1 else "(" + ", ".join(items) + ")"
