"""Pages of other APIs' lists, in the style a :class:`PageSpec` names (cursor, offset, page,
next URL, ``Link`` header); ``{object: list}`` envelopes are :mod:`.list_pages`.

A :class:`PageSpec`, written into each generated method, says how the API hands out pages:

* ``cursor``: a field of the body (``next_cursor``, ``last_id``...) is sent back as a query
  param (``cursor``, ``after``...); the last page has no cursor (or ``has_more: false``);
* ``offset``: the ``offset`` param moves past the items seen; ``page``: the page number grows
  by one; both stop at an empty page or one shorter than the size asked for;
* ``next_url``: a field (``next_page_uri``, ``links.pages.next``) holds the next page's URL,
  absolute or relative to the API's server;
* ``link``: an RFC 8288 ``Link: <url>; rel="next"`` header does.

A next URL on another host than the one that answered is never followed: the credentials
stay with the API. :class:`AutoPage` holds one page (``data``, the parsed items; ``raw``, the
whole body) and walks the following ones with :meth:`AutoPage.auto_paging_iter`.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar
from urllib.parse import urljoin, urlsplit

__all__ = ["AsyncAutoPage", "AutoPage", "NextRequest", "PageSpec", "next_request"]

T = TypeVar("T")
Style = Literal["cursor", "offset", "page", "next_url", "link"]
_LINK = re.compile(r"<([^>]*)>\s*((?:;\s*[^;,]+)*)")
_REL_NEXT = re.compile(r""";\s*rel\s*=\s*"?([^";]*)"?""", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PageSpec:
    style: Style
    items: str = ""  # the body's field of items ("": the body is the list)
    next: str = ""  # dotted path of the cursor or next-URL field
    param: str = ""  # query param taking the cursor, offset or page number
    size_param: str = ""  # query param taking the page size


@dataclass(frozen=True, slots=True)
class NextRequest:
    """How to ask for the next page: new params for the same path, or a whole URL."""

    params: Mapping[str, Any] | None = None
    url: str | None = None


def _dig(value: Any, dotted: str) -> Any:
    for part in dotted.split(".") if dotted else ():
        value = value.get(part) if isinstance(value, dict) else None
    return value


def items_of(spec: PageSpec, raw: Any) -> list[Any]:
    value = raw if not spec.items else (raw.get(spec.items) if isinstance(raw, dict) else None)
    return value if isinstance(value, list) else []


def _next_link(header: str | None) -> str | None:
    for match in _LINK.finditer(header or ""):
        if any(rel.strip().lower() == "next" for found in _REL_NEXT.findall(match.group(2)) for rel in found.split()):
            return match.group(1)
    return None


def next_request(
    spec: PageSpec, raw: Any, params: Mapping[str, Any] | None, link: str | None, url: str
) -> NextRequest | None:
    """The request for the page after the one answered (`raw`, its `Link` header, the URL it was
    fetched from), or None on the last page."""
    items = items_of(spec, raw)
    current = dict(params or {})
    if spec.style in ("next_url", "link"):
        found = _dig(raw, spec.next) if spec.style == "next_url" else _next_link(link)
        if not isinstance(found, str) or not found or not items:
            return None
        target = urljoin(url, found)
        if urlsplit(target).netloc != urlsplit(url).netloc or target == url:
            return None  # another host: never sent the credentials
        return NextRequest(url=target)
    if not items:
        return None
    if spec.style == "cursor":
        cursor = _dig(raw, spec.next)
        if cursor in (None, "") or (isinstance(raw, dict) and raw.get("has_more") is False):
            return None
        if cursor == current.get(spec.param):
            return None  # the same cursor again: the API is not moving on
        return NextRequest(params={**current, spec.param: cursor})
    size = current.get(spec.size_param) if spec.size_param else None
    if isinstance(size, int) and not isinstance(size, bool) and len(items) < size:
        return None
    if spec.style == "offset":
        start = current.get(spec.param) or 0
        return NextRequest(params={**current, spec.param: int(start) + len(items)})
    page = current.get(spec.param) or 1
    return NextRequest(params={**current, spec.param: int(page) + 1})


# unasync: async source (hand-written): scripts/unasync_runtime.py makes the sync twin below from it.
class AsyncAutoPage(Generic[T]):
    """One page of a list: ``data`` (the items), ``raw`` (the whole body); iterate it for the
    items of this page, :meth:`auto_paging_iter` for those of every page from here on."""

    def __init__(
        self,
        raw: Any,
        items: list[T],
        following: NextRequest | None,
        fetch: Callable[[NextRequest], Awaitable[AsyncAutoPage[T]]],
    ) -> None:
        self.raw = raw
        self.data = items
        self._following = following
        self._fetch = fetch

    @property
    def has_more(self) -> bool:
        return self._following is not None

    async def next_page(self) -> AsyncAutoPage[T] | None:
        return await self._fetch(self._following) if self._following is not None else None

    def __iter__(self) -> Iterator[T]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)

    async def auto_paging_iter(self) -> AsyncIterator[T]:
        page: AsyncAutoPage[T] | None = self
        while page is not None:
            for item in page.data:
                yield item
            page = await page.next_page()


# unasync: sync twin, made from the async source above by scripts/unasync_runtime.py: do not edit.
class AutoPage(Generic[T]):
    """One page of a list: ``data`` (the items), ``raw`` (the whole body); iterate it for the
    items of this page, :meth:`auto_paging_iter` for those of every page from here on."""

    def __init__(
        self,
        raw: Any,
        items: list[T],
        following: NextRequest | None,
        fetch: Callable[[NextRequest], AutoPage[T]],
    ) -> None:
        self.raw = raw
        self.data = items
        self._following = following
        self._fetch = fetch

    @property
    def has_more(self) -> bool:
        return self._following is not None

    def next_page(self) -> AutoPage[T] | None:
        return self._fetch(self._following) if self._following is not None else None

    def __iter__(self) -> Iterator[T]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)

    def auto_paging_iter(self) -> Iterator[T]:
        page: AutoPage[T] | None = self
        while page is not None:
            yield from page.data
            page = page.next_page()


# unasync: end of the sync twin.
