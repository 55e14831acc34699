"""Spec prose (Markdown: the IR already rewrote its HTML) cut into the lines a doc comment wraps.

Every language's comment wraps a paragraph as one run of words; a Markdown list in it must
keep one item a line, or `- a - b` reads as one sentence. `wrap_paragraphs` does both, the
same for every target; the target then escapes and prefixes the lines for its syntax.
"""

from __future__ import annotations

import functools
import re
import textwrap

_ITEM = re.compile(r"^( *)((?:[-*+]|\d{1,9}[.)]) +)")


def wrap_paragraphs(text: str, width: int) -> list[list[str]]:
    """The paragraphs of `text`, each as lines of at most `width` (a longer word stays whole);
    a list item starts its own line, its continuation indented under its text."""
    paragraphs: list[list[str]] = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        lines: list[str] = []
        for unit, indent in _units(paragraph):
            lines += wrap(unit, width, " " * indent)
        if lines:
            paragraphs.append(lines)
    return paragraphs


def _units(paragraph: str) -> list[tuple[str, int]]:
    """(text, continuation indent) of each run to wrap: the paragraph, or each list item."""
    if not _ITEM.match(paragraph.lstrip("\n")):
        return [(" ".join(paragraph.split()), 0)]
    units: list[tuple[str, int]] = []
    for line in paragraph.split("\n"):
        item = _ITEM.match(line)
        if item or not units:
            lead = item.group(1) + item.group(2) if item else ""
            units.append((lead + " ".join(line[len(lead) :].split()), len(lead)))
        else:
            text, indent = units[-1]
            units[-1] = (text + " " + " ".join(line.split()), indent)
    return units


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    """`textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=False,
    break_on_hyphens=False)`: the same lines, 5x faster for text whose words are one space
    apart (every doc comment's paragraphs), and remembered (a description repeats across the
    params, models and methods that share it)."""
    return list(_wrapped(text, width, indent))


@functools.lru_cache(maxsize=16384)
def _wrapped(text: str, width: int, indent: str) -> tuple[str, ...]:
    if not text or text != " ".join(text.split()):
        lines = textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False)
        return tuple(lines)
    result: list[str] = []
    line: list[str] = []
    length = 0
    room = width
    for word in text.split(" "):
        if line and length + 1 + len(word) > room:
            result.append((indent if result else "") + " ".join(line))
            room = width - len(indent)
            line, length = [word], len(word)
        elif line:
            line.append(word)
            length += 1 + len(word)
        else:
            line, length = [word], len(word)
    if line:
        result.append((indent if result else "") + " ".join(line))
    return tuple(result)
