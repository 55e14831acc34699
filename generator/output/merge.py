"""Three-way merge of a generated file: the text codegen last wrote (the base), the file
on disk (with the user's edits) and the text it generates now.

The user's edits are kept wherever they do not overlap a change of the generated text;
where they do, both versions are written between conflict markers (`<<<<<<< yours`,
`=======`, `>>>>>>> codegen`), as `git merge` does. Binary files (not UTF-8, or holding a
NUL byte) are never merged: an edited binary file whose generated content changed is a
conflict, and the user's bytes are kept.

Why merge3 rather than our own diff3: it is bzr/breezy's merge, used for years on real
trees, with the cases a hand-written one gets wrong (adjacent edits, both sides making the
same change, edits at either end) handled; difflib alone has no three-way merge.
"""

from __future__ import annotations

from dataclasses import dataclass

import merge3

_START_BYTES = b"<<<<<<< yours"


@dataclass(frozen=True, slots=True)
class Merged:
    """The text to write, and the lines (1-based) where a conflict starts; () when clean.
    `binary`: not merged (the user's bytes are kept, and that is a conflict)."""

    content: bytes
    conflicts: tuple[int, ...] = ()
    binary: bool = False


def is_binary(content: bytes) -> bool:
    if b"\x00" in content:
        return True
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def merge(base: bytes | None, mine: bytes, new: bytes) -> Merged:
    """`mine` (the file on disk) with the change from `base` to `new` applied.

    `base` None: the last generated text is unknown (a file edited before codegen kept
    bases), so nothing can be told apart: the whole file is one conflict unless equal.
    """
    if mine == new:
        return Merged(new)
    if base == new:  # nothing generated changed: the user's file is kept as it is
        return Merged(mine, conflict_lines(mine))
    if base == mine:
        return Merged(new)
    if any(is_binary(content) for content in (base or b"", mine, new)):
        return Merged(mine, binary=True)
    old, yours, ours = (_lines(content.decode("utf-8")) for content in (base or b"", mine, new))
    text = "".join(merge3.Merge3(old, yours, ours).merge_lines(name_a="yours", name_b="codegen"))
    if not (mine.endswith(b"\n") or new.endswith(b"\n")):
        text = text.removesuffix("\n")
    content = text.encode("utf-8")
    return Merged(content, conflict_lines(content))


def _lines(text: str) -> list[str]:
    """`text`'s lines, each ending in a newline (one is added to the last line if need be:
    merge3 would put a conflict marker on the same line otherwise)."""
    if not text:
        return []
    return [line + "\n" for line in text.removesuffix("\n").split("\n")]


def conflict_lines(content: bytes) -> tuple[int, ...]:
    """Lines (1-based) starting with a `<<<<<<< yours` marker, in a text file."""
    if _START_BYTES not in content or is_binary(content):
        return ()
    return tuple(number for number, line in enumerate(content.split(b"\n"), 1) if line.startswith(_START_BYTES))
