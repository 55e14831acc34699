"""The HTTP response behind a result: ``last_response`` on returned objects, ``with_raw_response``.

Every successful call's parsed JSON object remembers the response it came from
(:class:`ResponseInfo`: status, headers, request id), so a model or a page offers it as
``last_response``. ``service.with_raw_response.<method>(...)``
makes the same call and returns a :class:`RawResponse` instead (as openai-python's do):
the response first, the parsed result on :meth:`RawResponse.parse`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Generic, TypeVar

import httpx

from .headers import get_header

__all__ = [
    "AsyncRawResponseMethods",
    "JSONObject",
    "RawResponse",
    "ResponseInfo",
    "SyncRawResponseMethods",
    "record",
    "with_response",
]

T = TypeVar("T")

#: The responses of the calls made while a `with_raw_response` call runs (None otherwise).
_SINK: ContextVar[list[httpx.Response] | None] = ContextVar("_SINK", default=None)


class ResponseInfo:
    """Status, headers and request id of the HTTP response an object was parsed from."""

    __slots__ = ("http_response",)

    def __init__(self, http_response: httpx.Response) -> None:
        self.http_response = http_response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def code(self) -> int:
        """The status code (``status_code``'s other name)."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The ``Request-Id`` header: quote it to the API's support."""
        return get_header(self.http_response.headers, "Request-Id")

    def __repr__(self) -> str:
        return f"<{type(self).__name__} status_code={self.status_code} request_id={self.request_id!r}>"


class RawResponse(ResponseInfo, Generic[T]):
    """A call's HTTP response, with its result parsed as the method returns it (:meth:`parse`)."""

    __slots__ = ("_parsed",)

    def __init__(self, http_response: httpx.Response, parsed: T) -> None:
        super().__init__(http_response)
        self._parsed = parsed

    def parse(self) -> T:
        """What the method returns: a model, a page, bytes..."""
        return self._parsed


class JSONObject(dict[str, Any]):
    """A JSON object of a response body that remembers the response (``last_response``)."""

    __slots__ = ("last_response",)

    last_response: ResponseInfo | None


def with_response(result: Any, response: httpx.Response) -> Any:
    """``result`` (parsed JSON) tied to ``response`` when it is an object; recorded for ``with_raw_response``."""
    record(response)
    if type(result) is dict:
        found = JSONObject(result)
        found.last_response = ResponseInfo(response)
        return found
    return result


def record(response: httpx.Response) -> None:
    """Keep ``response`` for the ``with_raw_response`` call running, if any."""
    sink = _SINK.get()
    if sink is not None:
        sink.append(response)


def last_response_of(raw: Any) -> ResponseInfo | None:
    """The response a parsed JSON object came from (None when it was built by hand)."""
    found: ResponseInfo | None = getattr(raw, "last_response", None)
    return found


@contextmanager
def _recording() -> Iterator[list[httpx.Response]]:
    sink: list[httpx.Response] = []
    token = _SINK.set(sink)
    try:
        yield sink
    finally:
        _SINK.reset(token)


def _raw(sink: list[httpx.Response], result: Any) -> RawResponse[Any]:
    if not sink:
        raise RuntimeError("the call sent no request")
    return RawResponse(sink[0], result)


def _method(service: Any, name: str) -> Callable[..., Any]:
    method = getattr(service, name)
    if name.startswith("_") or not callable(method):
        raise AttributeError(f"{type(service).__name__} has no method {name!r}")
    return method  # type: ignore[no-any-return]


# unasync: async source (hand-written): scripts/unasync_runtime.py makes the sync twin below from it.
class AsyncRawResponseMethods:
    """``service.with_raw_response``: each method of the service, returning a :class:`RawResponse`."""

    __slots__ = ("_service",)

    def __init__(self, service: Any) -> None:
        self._service = service

    def __getattr__(self, name: str) -> Callable[..., Awaitable[RawResponse[Any]]]:
        method = _method(self._service, name)

        async def call(*args: Any, **kwargs: Any) -> RawResponse[Any]:
            with _recording() as sink:
                result = await method(*args, **kwargs)
            return _raw(sink, result)

        return call

    def __repr__(self) -> str:
        return f"<with_raw_response of {type(self._service).__name__}>"


# unasync: sync twin, made from the async source above by scripts/unasync_runtime.py: do not edit.
class SyncRawResponseMethods:
    """``service.with_raw_response``: each method of the service, returning a :class:`RawResponse`."""

    __slots__ = ("_service",)

    def __init__(self, service: Any) -> None:
        self._service = service

    def __getattr__(self, name: str) -> Callable[..., RawResponse[Any]]:
        method = _method(self._service, name)

        def call(*args: Any, **kwargs: Any) -> RawResponse[Any]:
            with _recording() as sink:
                result = method(*args, **kwargs)
            return _raw(sink, result)

        return call

    def __repr__(self) -> str:
        return f"<with_raw_response of {type(self._service).__name__}>"


# unasync: end of the sync twin.
