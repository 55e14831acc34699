"""TSDoc comments: the spec's words as `/** ... */` blocks, wrapped, never able to end early."""

from __future__ import annotations

import re
import textwrap

WIDTH = 100


def tsdoc(text: str, indent: int = 0, tags: tuple[str, ...] = ()) -> list[str]:
    """`text` (paragraphs kept) and `tags` (`@param x - ...`) as a TSDoc block at `indent` columns."""
    pad = " " * indent
    width = max(40, WIDTH - indent - 3)
    body: list[str] = []
    for paragraph in re.split(r"\n\s*\n", _safe(text).strip()):
        flat = " ".join(paragraph.split())
        if not flat:
            continue
        if body:
            body.append("")
        body.extend(textwrap.wrap(flat, width, break_long_words=False, break_on_hyphens=False))
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
