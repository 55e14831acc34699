"""Observability: callbacks around each HTTP attempt, and the application named in the User-Agent.

``on_request(RequestEvent)`` runs before each attempt is sent and ``on_response(ResponseEvent)``
after each response arrives (retried ones too): method, path (never the query string), attempt,
status, request id and elapsed seconds. Neither ever sees a header, the body or the API key.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Hooks", "RequestEvent", "ResponseEvent", "app_info_suffix", "set_app_info"]


@dataclass(frozen=True, slots=True)
class RequestEvent:
    """An attempt about to be sent."""

    method: str
    path: str
    attempt: int


@dataclass(frozen=True, slots=True)
class ResponseEvent:
    """A response received for one attempt."""

    method: str
    path: str
    attempt: int
    status_code: int
    request_id: str | None
    elapsed: float  # seconds since the attempt was sent


@dataclass(frozen=True, slots=True)
class Hooks:
    on_request: Callable[[RequestEvent], None] | None = None
    on_response: Callable[[ResponseEvent], None] | None = None


_APP_INFO: list[str] = []  # "Name/1.0 (https://...)", set by `set_app_info`


def set_app_info(name: str, version: str | None = None, url: str | None = None) -> None:
    """Name your application (a plugin, a platform) in the ``User-Agent`` of every request."""
    if not name or any(c in name for c in "\r\n"):
        raise ValueError("the application's name must be a non-empty single line")
    text = name + (f"/{version}" if version else "") + (f" ({url})" if url else "")
    if any(c in text for c in "\r\n"):
        raise ValueError("the application's version and URL must be single lines")
    _APP_INFO[:] = [text]


def app_info_suffix() -> str:
    """`` Name/1.0 (url)`` to append to the User-Agent, or ``""``."""
    return f" {_APP_INFO[0]}" if _APP_INFO else ""
