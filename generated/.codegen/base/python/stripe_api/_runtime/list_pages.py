"""Pages of list envelopes: ``{"object": "list"}`` and ``{"object": "search_result"}``.

Other APIs' lists (their next page asked for by a cursor, an offset, a page number, a next URL
or a ``Link`` header) are paged by :mod:`.styled_pages`.

A list endpoint returns ``{"object": "list", "data": [...], "has_more": ...,
"url": ...}``; :class:`Page` wraps it and fetches the following pages with
``starting_after=<id of the last item>``, or, when the first request was made
with ``ending_before`` (and no ``starting_after``), walks backwards with
``ending_before=<id of the first item>`` yielding items in reverse.

A search endpoint returns ``{"object": "search_result", "data": [...],
"has_more": ..., "next_page": ..., "total_count": ...}``; :class:`SearchPage`
fetches the following pages with ``page=<next_page>``.

Pages are built by the requestor with :meth:`Page.from_json` from the JSON, a
parser for one item and a ``fetch`` callable that requests a page for new params
(the original params with the cursor added). :class:`AsyncPage` and
:class:`AsyncSearchPage` are the same with an awaitable ``fetch``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .errors import InternalServerError
from .model import copy_json

if TYPE_CHECKING:
    from .responses import ResponseInfo

__all__ = ["AsyncPage", "AsyncSearchPage", "Page", "SearchPage"]

T = TypeVar("T")

Params = dict[str, Any]


def _item_id(item: Any) -> str:
    """The ``id`` of a list item (a model, or a plain mapping)."""
    ident = getattr(item, "id", None)
    if ident is None and callable(getattr(item, "get", None)):
        ident = item.get("id")
    if not isinstance(ident, str) or not ident:
        raise ValueError("cannot paginate: an item in the list's data has no id")
    return ident


def _parse_common(raw: Any, item_parser: Callable[[Any], T], kind: str) -> tuple[Mapping[str, Any], list[T], bool, str]:
    """Validate a list-like JSON object and parse its items."""
    if not isinstance(raw, Mapping) or not isinstance(raw.get("data"), list):
        raise InternalServerError(f"Unexpected {kind} response from the API: expected an object with a 'data' list")
    data = [item_parser(item) for item in raw["data"]]
    url = raw.get("url")
    return raw, data, bool(raw.get("has_more")), url if isinstance(url, str) else ""


class _PageBase(Generic[T]):
    """What every kind of page has: the items, ``has_more``, ``url`` and the JSON."""

    __slots__ = ("_params", "_raw", "data", "has_more", "url")

    data: list[T]
    has_more: bool
    url: str

    def __init__(
        self,
        *,
        data: list[T],
        has_more: bool,
        url: str,
        raw: Mapping[str, Any],
        params: Mapping[str, Any] | None = None,
    ) -> None:
        self.data = data
        self.has_more = has_more
        self.url = url
        self._raw = raw
        self._params: Params = dict(params) if params else {}

    @property
    def last_response(self) -> ResponseInfo | None:
        """Status, headers and request id of the response this page came from."""
        found: ResponseInfo | None = getattr(self._raw, "last_response", None)
        return found

    def to_dict(self) -> dict[str, Any]:
        """A deep copy of the JSON this page was built from."""
        result: dict[str, Any] = copy_json(self._raw)
        return result

    def __iter__(self) -> Iterator[T]:
        """Iterate over the items of this page only (see ``auto_paging_iter``)."""
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)

    @property
    def is_empty(self) -> bool:
        """True when this page has no items."""
        return not self.data

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={self.url!r}, has_more={self.has_more!r}, data=<{len(self.data)} items>)"

    def _walks_backwards(self) -> bool:
        return self._params.get("ending_before") is not None and self._params.get("starting_after") is None

    def _after_params(self) -> Params:
        return {**self._params, "starting_after": _item_id(self.data[-1])}

    def _before_params(self) -> Params:
        return {**self._params, "ending_before": _item_id(self.data[0])}


class _SearchPageBase(_PageBase[T]):
    """What search result pages add: ``next_page`` token and ``total_count``."""

    __slots__ = ("next_page", "total_count")

    next_page: str | None
    total_count: int | None

    def _init_search(self, raw: Mapping[str, Any]) -> None:
        token = raw.get("next_page")
        total = raw.get("total_count")
        self.next_page = token if isinstance(token, str) and token else None
        self.total_count = total if isinstance(total, int) else None

    def _next_params(self) -> Params | None:
        if not self.has_more or self.next_page is None:
            return None
        return {**self._params, "page": self.next_page}


# unasync: async source (hand-written): scripts/unasync_runtime.py makes the sync twin below from it.
class AsyncPage(_PageBase[T]):
    """One page of a list endpoint's results."""

    __slots__ = ("_fetch",)

    def __init__(
        self,
        *,
        data: list[T],
        has_more: bool,
        url: str,
        raw: Mapping[str, Any],
        params: Mapping[str, Any] | None = None,
        fetch: Callable[[Params], Awaitable[AsyncPage[T]]] | None = None,
    ) -> None:
        super().__init__(data=data, has_more=has_more, url=url, raw=raw, params=params)
        self._fetch = fetch

    @classmethod
    def from_json(
        cls,
        raw: Any,
        item_parser: Callable[[Any], T],
        params: Mapping[str, Any] | None,
        fetch: Callable[[Params], Awaitable[AsyncPage[T]]] | None,
    ) -> AsyncPage[T]:
        """Build a page from a list response, parsing each item with ``item_parser``."""
        raw, data, has_more, url = _parse_common(raw, item_parser, "list")
        return cls(data=data, has_more=has_more, url=url, raw=raw, params=params, fetch=fetch)

    async def next_page(self) -> AsyncPage[T] | None:
        """The page after this one, or ``None`` when there is none."""
        if not self.has_more or not self.data or self._fetch is None:
            return None
        return await self._fetch(self._after_params())

    async def previous_page(self) -> AsyncPage[T] | None:
        """The page before this one (``ending_before`` the first item), or ``None``."""
        if not self.has_more or not self.data or self._fetch is None:
            return None
        return await self._fetch(self._before_params())

    async def auto_paging_iter(self) -> AsyncIterator[T]:
        """Every item of this page and all the following ones, fetched lazily."""
        backwards = self._walks_backwards()
        page: AsyncPage[T] | None = self
        while page is not None:
            if backwards:
                for item in reversed(page.data):
                    yield item
                page = await page.previous_page()
            else:
                for item in page.data:
                    yield item
                page = await page.next_page()


class AsyncSearchPage(_SearchPageBase[T]):
    """One page of a search endpoint's results."""

    __slots__ = ("_fetch",)

    def __init__(
        self,
        *,
        data: list[T],
        has_more: bool,
        url: str,
        raw: Mapping[str, Any],
        params: Mapping[str, Any] | None = None,
        fetch: Callable[[Params], Awaitable[AsyncSearchPage[T]]] | None = None,
    ) -> None:
        super().__init__(data=data, has_more=has_more, url=url, raw=raw, params=params)
        self._init_search(raw)
        self._fetch = fetch

    @classmethod
    def from_json(
        cls,
        raw: Any,
        item_parser: Callable[[Any], T],
        params: Mapping[str, Any] | None,
        fetch: Callable[[Params], Awaitable[AsyncSearchPage[T]]] | None,
    ) -> AsyncSearchPage[T]:
        """Build a page from a search response, parsing each item with ``item_parser``."""
        raw, data, has_more, url = _parse_common(raw, item_parser, "search")
        return cls(data=data, has_more=has_more, url=url, raw=raw, params=params, fetch=fetch)

    async def next_search_result_page(self) -> AsyncSearchPage[T] | None:
        """The page after this one (``page=next_page``), or ``None`` when there is none."""
        params = self._next_params()
        if params is None or self._fetch is None:
            return None
        return await self._fetch(params)

    async def auto_paging_iter(self) -> AsyncIterator[T]:
        """Every item of this page and all the following ones, fetched lazily."""
        page: AsyncSearchPage[T] | None = self
        while page is not None:
            for item in page.data:
                yield item
            page = await page.next_search_result_page()


# unasync: sync twin, made from the async source above by scripts/unasync_runtime.py: do not edit.
class Page(_PageBase[T]):
    """One page of a list endpoint's results."""

    __slots__ = ("_fetch",)

    def __init__(
        self,
        *,
        data: list[T],
        has_more: bool,
        url: str,
        raw: Mapping[str, Any],
        params: Mapping[str, Any] | None = None,
        fetch: Callable[[Params], Page[T]] | None = None,
    ) -> None:
        super().__init__(data=data, has_more=has_more, url=url, raw=raw, params=params)
        self._fetch = fetch

    @classmethod
    def from_json(
        cls,
        raw: Any,
        item_parser: Callable[[Any], T],
        params: Mapping[str, Any] | None,
        fetch: Callable[[Params], Page[T]] | None,
    ) -> Page[T]:
        """Build a page from a list response, parsing each item with ``item_parser``."""
        raw, data, has_more, url = _parse_common(raw, item_parser, "list")
        return cls(data=data, has_more=has_more, url=url, raw=raw, params=params, fetch=fetch)

    def next_page(self) -> Page[T] | None:
        """The page after this one, or ``None`` when there is none."""
        if not self.has_more or not self.data or self._fetch is None:
            return None
        return self._fetch(self._after_params())

    def previous_page(self) -> Page[T] | None:
        """The page before this one (``ending_before`` the first item), or ``None``."""
        if not self.has_more or not self.data or self._fetch is None:
            return None
        return self._fetch(self._before_params())

    def auto_paging_iter(self) -> Iterator[T]:
        """Every item of this page and all the following ones, fetched lazily."""
        backwards = self._walks_backwards()
        page: Page[T] | None = self
        while page is not None:
            if backwards:
                yield from reversed(page.data)
                page = page.previous_page()
            else:
                yield from page.data
                page = page.next_page()


class SearchPage(_SearchPageBase[T]):
    """One page of a search endpoint's results."""

    __slots__ = ("_fetch",)

    def __init__(
        self,
        *,
        data: list[T],
        has_more: bool,
        url: str,
        raw: Mapping[str, Any],
        params: Mapping[str, Any] | None = None,
        fetch: Callable[[Params], SearchPage[T]] | None = None,
    ) -> None:
        super().__init__(data=data, has_more=has_more, url=url, raw=raw, params=params)
        self._init_search(raw)
        self._fetch = fetch

    @classmethod
    def from_json(
        cls,
        raw: Any,
        item_parser: Callable[[Any], T],
        params: Mapping[str, Any] | None,
        fetch: Callable[[Params], SearchPage[T]] | None,
    ) -> SearchPage[T]:
        """Build a page from a search response, parsing each item with ``item_parser``."""
        raw, data, has_more, url = _parse_common(raw, item_parser, "search")
        return cls(data=data, has_more=has_more, url=url, raw=raw, params=params, fetch=fetch)

    def next_search_result_page(self) -> SearchPage[T] | None:
        """The page after this one (``page=next_page``), or ``None`` when there is none."""
        params = self._next_params()
        if params is None or self._fetch is None:
            return None
        return self._fetch(params)

    def auto_paging_iter(self) -> Iterator[T]:
        """Every item of this page and all the following ones, fetched lazily."""
        page: SearchPage[T] | None = self
        while page is not None:
            yield from page.data
            page = page.next_search_result_page()


# unasync: end of the sync twin.
