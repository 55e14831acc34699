"""TSDoc comments: the spec's words as `/** ... */` blocks, wrapped, never able to end early."""

from __future__ import annotations

import textwrap

from ...surface.prose import wrap_paragraphs

WIDTH = 100


def tsdoc(text: str, indent: int = 0, tags: tuple[str, ...] = ()) -> list[str]:
    """`text` (paragraphs kept) and `tags` (`@param x - ...`) as a TSDoc block at `indent` columns."""
    pad = " " * indent
    width = max(40, WIDTH - indent - 3)
    body: list[str] = []
    for paragraph in wrap_paragraphs(_safe(text), width):
        if body:
            body.append("")
        body.extend(paragraph)
    for tag in tags:
        if body and not body[-1].startswith("@"):
            body.append("")
        body.extend(textwrap.wrap(" ".join(_safe(tag).split()), width, subsequent_indent="  ", break_long_words=False))
    if not body:
        return []
    if len(body) == 1 and len(body[0]) + indent + 7 <= WIDTH:
        return [f"{pad}/** {body[0]} */"]
    return [f"{pad}/**", *(f"{pad} * {line}".rstrip() for line in body), f"{pad} */"]


def _safe(text: str) -> str:
    """No `*/` can close the comment early; a line's leading `@` is no tag by accident."""
    return text.replace("*/", "*\\/").replace("\n@", "\n\\@")
