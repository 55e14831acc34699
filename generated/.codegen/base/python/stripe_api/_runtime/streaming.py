"""Server-sent events (``text/event-stream``) as typed iterators.

:class:`Stream` (sync) and :class:`AsyncStream` read one response's events as they arrive,
parse each event's ``data`` as JSON and hand it to the operation's parser (a model's
``from_dict``). The stream ends at the end of the body or at a ``data: [DONE]`` event; an
``event: error`` event raises the API's error. The connection is released when the stream is
read to its end, when a loop over it stops early, on ``close()``, or at the end of a ``with``
(``async with``) block: an abandoned stream never holds a pooled connection.

The wire format is the WHATWG one: lines of ``field: value``; ``data`` lines of one event are
joined with newlines; a blank line ends an event; lines starting with ``:`` are comments.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import httpx

__all__ = ["AsyncStream", "Event", "Stream", "aparse_events", "parse_events"]

T = TypeVar("T")
DONE = "[DONE]"


@dataclass(frozen=True, slots=True)
class Event:
    """One server-sent event, before its data is parsed."""

    data: str
    event: str = "message"
    id: str | None = None


class _Decoder:
    """Turns lines into events (one decoder per stream: it keeps the event being built)."""

    def __init__(self) -> None:
        self._data: list[str] = []
        self._event = ""
        self._id: str | None = None

    def line(self, line: str) -> Event | None:
        if not line:
            if not self._data:
                self._event = ""
                return None
            event = Event("\n".join(self._data), self._event or "message", self._id)
            self._data, self._event = [], ""
            return event
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._id = value
        return None

    def end(self) -> Event | None:
        return self.line("")


def _value(event: Event, fail: Callable[[httpx.Response], Any], response: httpx.Response) -> Any:
    """The JSON of `event`'s data; an `error` event raises the API's error."""
    try:
        value = json.loads(event.data)
    except ValueError:
        value = event.data
    if event.event == "error":
        error = httpx.Response(500, json=value if isinstance(value, dict) else {"error": {"message": str(value)}})
        error.request = response.request
        fail(error)
    return value


# unasync: async source (hand-written): scripts/unasync_runtime.py makes the sync twin below from it.
async def aparse_events(lines: AsyncIterator[str]) -> AsyncIterator[Event]:
    """The events of a stream's lines (without their line endings)."""
    decoder = _Decoder()
    async for line in lines:
        event = decoder.line(line)
        if event is not None:
            yield event
    last = decoder.end()
    if last is not None:
        yield last


class AsyncStream(Generic[T]):
    """The events of one response, each parsed with ``parser``; iterate it once."""

    def __init__(
        self, response: httpx.Response, parser: Callable[[Any], T], fail: Callable[[httpx.Response], Any]
    ) -> None:
        self.response = response
        self._parser = parser
        self._fail = fail

    async def __aiter__(self) -> AsyncIterator[T]:
        try:
            async for event in aparse_events(self.response.aiter_lines()):
                if event.data == DONE:
                    break
                yield self._parser(_value(event, self._fail, self.response))
        finally:  # the loop ended, stopped early (the generator is closed), or raised
            await self.response.aclose()

    async def close(self) -> None:
        """Release the connection (the rest of the stream is not read)."""
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.close()


# unasync: sync twin, made from the async source above by scripts/unasync_runtime.py: do not edit.
def parse_events(lines: Iterator[str]) -> Iterator[Event]:
    """The events of a stream's lines (without their line endings)."""
    decoder = _Decoder()
    for line in lines:
        event = decoder.line(line)
        if event is not None:
            yield event
    last = decoder.end()
    if last is not None:
        yield last


class Stream(Generic[T]):
    """The events of one response, each parsed with ``parser``; iterate it once."""

    def __init__(
        self, response: httpx.Response, parser: Callable[[Any], T], fail: Callable[[httpx.Response], Any]
    ) -> None:
        self.response = response
        self._parser = parser
        self._fail = fail

    def __iter__(self) -> Iterator[T]:
        try:
            for event in parse_events(self.response.iter_lines()):
                if event.data == DONE:
                    break
                yield self._parser(_value(event, self._fail, self.response))
        finally:  # the loop ended, stopped early (the generator is closed), or raised
            self.response.close()

    def close(self) -> None:
        """Release the connection (the rest of the stream is not read)."""
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


# unasync: end of the sync twin.
