"""Scripts with site data, so the site works from `file://` (no fetch of JSON needed).

`assets/search-index.js`: the client-side search index, loaded on first use. Items
are `[label, kind, page, anchor, text]`: `kind` indexes `kinds`, `page` indexes
`pages`, `text` indexes `texts` (description starts as plain text, each stored
once), and `anchor` is "" when it follows from the label (`derived_anchor`).
Every resource, object, operation and attribute is in it, and the parameters
down to `PARAM_DEPTH` (0: top-level ones).

`assets/nav.js`: the sidebar's list of resources, `[slug, id]` pairs, shared by all
pages instead of repeated in each.

JSON is written with `<`, `>`, `&` and line separators as `\\u` escapes, so no spec
text can end a script.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence

from .fields import FieldView
from .view import ResourcePage, Site

KINDS = ("resource", "object", "operation", "attribute", "parameter")
_RESOURCE, _OBJECT, _OPERATION, _ATTRIBUTE, _PARAMETER = range(len(KINDS))
PARAM_DEPTH = 0
_SCRIPT_UNSAFE = ("<", ">", "&", "\u2028", "\u2029")

Item = tuple[str, int, int, str, str]


def search_index(pages: Sequence[str], items: Iterable[Item]) -> str:
    """The index of the pages (slugs, in order) from their items (`page_items`, in page order)."""
    texts: dict[str, int] = {}
    rows = [
        (label, kind, page, anchor, texts.setdefault(text, len(texts))) for label, kind, page, anchor, text in items
    ]
    document = {"kinds": KINDS, "pages": list(pages), "texts": list(texts), "items": rows}
    return f"window.DOCS_SEARCH={_script_json(document)};\n"


def page_items(page: ResourcePage, number: int) -> tuple[Item, ...]:
    """The items of `page`, the site's page `number`; anchors that follow from the label are left out."""
    return tuple(
        (label, kind, page_number, "" if anchor == derived_anchor(label, kind, page.slug) else anchor, text)
        for label, kind, page_number, anchor, text in _page_items(page, number)
    )


def derived_anchor(label: str, kind: int, page: str) -> str | None:
    """The anchor docs.js derives from a label when the index stores none (mirrors `anchorOf` there)."""
    if kind == _ATTRIBUTE:
        return label.replace(".", "-")
    if kind == _PARAMETER:
        operation, _, path = label.partition(": ")
        return f"{page}.{operation}-{path.replace('.', '-')}"
    return None


def nav_script(site: Site) -> str:
    return f"window.DOCS_NAV={_script_json([[nav.slug, nav.id] for nav in site.nav])};\n"


def _script_json(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def _page_items(page: ResourcePage, number: int) -> Iterator[Item]:
    yield page.id, _RESOURCE, number, "", page.summary.plain_short
    if page.object is not None:
        name = page.object.anchor
        yield name, _OBJECT, number, page.object.anchor, page.object.description.plain_short
        yield from _field_items(page.object.fields, name + ".", _ATTRIBUTE, number, depth=99)
    for op in page.operations:
        yield op.call.removeprefix(
            "client."
        ), _OPERATION, number, op.anchor, f"{op.method} {op.path} {op.description.plain_short}"
        yield from _field_items(op.path_params + op.params, op.name + ": ", _PARAMETER, number, PARAM_DEPTH)


def _field_items(fields: Iterable[FieldView], prefix: str, kind: int, number: int, depth: int) -> Iterator[Item]:
    for top in fields:
        for field in top.flat():
            if field.depth <= depth:
                yield prefix + field.path, kind, number, field.anchor, field.description.plain_short
