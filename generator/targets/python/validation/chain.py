"""The one code shape every generated check is made of: an `if`/`elif` chain.

A `Chain` is a list of `(condition, body)` links tried in order, plus a tail: the `else:`
block, or (with no links) plain statements. Checks of one value are built as chains so
that guards ("only when present", "only when not null") can be added in front without
nesting `if`s inside `if`s.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field

INDENT = "    "
_UNSAFE = re.compile(r"[^ -~]|[\"\\]")


def text(value: str, limit: int = 200) -> str:
    """Untrusted spec text made safe inside a comment or a docstring (printable ASCII, no quotes)."""
    cleaned = " ".join(_UNSAFE.sub("'", value).split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 3] + "..."


def indent(lines: Sequence[str], levels: int = 1) -> list[str]:
    prefix = INDENT * levels
    return [prefix + line if line else line for line in lines]


def docstring(text: str, indent: int = 4, width: int = 120) -> list[str]:
    """A docstring (already safe text) as lines that stay within `width` at `indent` columns."""
    room = width - indent
    if len(text) + 6 <= room:
        return [f'"""{text}"""']
    lines = textwrap.wrap(text, room - 3)
    if len(lines) == 1:  # black would pull the closing quotes up onto a lone line
        lines = textwrap.wrap(text, len(text) // 2 + 12)
    return ['"""' + lines[0], *lines[1:], '"""']


def parenthesize(condition: str) -> str:
    """`condition` made safe to join with `and`."""
    return f"({condition})" if " or " in condition else condition


@dataclass(frozen=True, slots=True)
class Chain:
    links: tuple[tuple[str, tuple[str, ...]], ...] = ()
    tail: tuple[str, ...] = ()

    @staticmethod
    def of(*links: tuple[str, Sequence[str]], tail: Sequence[str] = ()) -> Chain:
        return Chain(tuple((condition, tuple(body)) for condition, body in links), tuple(tail))

    @property
    def empty(self) -> bool:
        return not self.links and not self.tail

    def then(self, condition: str, body: Sequence[str]) -> Chain:
        """A link tried before this chain's links."""
        return Chain(((condition, tuple(body)), *self.links), self.tail)

    def only_if(self, proceed: str) -> Chain:
        """This chain, run only when `proceed` holds."""
        if self.empty:
            return self
        if not self.links:
            return Chain.of((proceed, self.tail))
        if len(self.links) == 1 and not self.tail:
            condition, body = self.links[0]
            return Chain.of((f"{proceed} and {parenthesize(condition)}", body))
        return Chain.of((proceed, self.lines()))

    def lines(self) -> list[str]:
        if not self.links:
            return list(self.tail)
        result: list[str] = []
        for index, (condition, body) in enumerate(self.links):
            result.append(f"{'if' if index == 0 else 'elif'} {condition}:")
            result.extend(indent(body or ("pass",)))
        if self.tail:
            result.append("else:")
            result.extend(indent(self.tail))
        return result


@dataclass(slots=True)
class Block:
    """Lines of a function body under construction."""

    lines: list[str] = field(default_factory=list)

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def chain(self, chain: Chain) -> None:
        self.lines.extend(chain.lines())
