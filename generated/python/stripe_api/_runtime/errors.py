"""Exceptions raised by the client, and the mapping from HTTP error responses.

Every error is an :class:`APIError`. Errors returned by the server carry the
parsed error object (``{"error": {"type", "code", "message", "param",
"decline_code", "doc_url"}}``); network failures are :class:`APIConnectionError`
with ``http_status`` ``None``.

``str(error)`` is ``"(Request req_123) message"``; ``repr(error)`` shows the
class, message, status, code, param and request id, and never headers or bodies
(which is where credentials could hide).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .headers import get_header

__all__ = [
    "APIConnectionError",
    "APIError",
    "AuthenticationError",
    "CardError",
    "IdempotencyError",
    "InternalServerError",
    "InvalidRequestError",
    "PermissionDeniedError",
    "RateLimitError",
    "error_from_response",
]


class APIError(Exception):
    """Base class of every error raised by the client.

    Attributes:
        message: Human readable message (from the server when it sent one).
        http_status: HTTP status code, or ``None`` when no response was received.
        code: Machine readable error code (e.g. ``resource_missing``), if any.
        param: The request parameter the error relates to, if any.
        type: The error type string (e.g. ``invalid_request_error``), if any.
        request_id: Value of the ``Request-Id`` response header, if any.
        headers: The response headers (empty when there was no response).
        body: The raw response body decoded as text (``""`` when none).
        json_body: The parsed JSON body, or ``None`` if it was not JSON.
        doc_url: Link to documentation about the error code, if any.
        model: The body parsed into the error schema the operation declares for this status
            (a model), or ``None`` when it declares none or the body is not one.
    """

    message: str
    http_status: int | None
    code: str | None
    param: str | None
    type: str | None
    request_id: str | None
    headers: Mapping[str, str]
    body: str
    json_body: dict[str, Any] | None
    doc_url: str | None
    model: Any

    def __init__(
        self,
        message: str | None = None,
        *,
        http_status: int | None = None,
        code: str | None = None,
        param: str | None = None,
        type: str | None = None,
        request_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        body: str = "",
        json_body: dict[str, Any] | None = None,
        doc_url: str | None = None,
    ) -> None:
        self.message = message or "<empty message>"
        self.http_status = http_status
        self.code = code
        self.param = param
        self.type = type
        self.request_id = request_id
        self.headers = headers if headers is not None else {}
        self.body = body
        self.json_body = json_body
        self.doc_url = doc_url
        self.model = None
        super().__init__(self.message)

    @property
    def user_message(self) -> str:
        """The message without the request id prefix."""
        return self.message

    def __str__(self) -> str:
        if self.request_id:
            return f"(Request {self.request_id}) {self.message}"
        return self.message

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__name__}(message={self.message!r}, "
            f"http_status={self.http_status!r}, code={self.code!r}, "
            f"param={self.param!r}, request_id={self.request_id!r})"
        )


class InvalidRequestError(APIError):
    """The request had invalid parameters or referred to a missing object (400/404)."""


class AuthenticationError(APIError):
    """The API key was missing, invalid or expired (401)."""


class CardError(APIError):
    """The card could not be charged (402 or type ``card_error``).

    ``decline_code`` holds the issuer's reason when the card was declined.
    """

    decline_code: str | None

    def __init__(
        self,
        message: str | None = None,
        *,
        decline_code: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(message, **kwargs)
        self.decline_code = decline_code


class PermissionDeniedError(APIError):
    """The API key lacks the permissions for the request (403)."""


class IdempotencyError(APIError):
    """An idempotency key was reused with different parameters."""


class RateLimitError(APIError):
    """Too many requests were made too quickly (429)."""


class InternalServerError(APIError):
    """The server failed (5xx, type ``api_error``) or answered unexpectedly."""


class APIConnectionError(APIError):
    """The server could not be reached, or the connection failed mid-request.

    ``should_retry`` tells whether the failure was of a kind that is safe to
    retry (it already was, up to ``max_retries`` times, when this is raised).
    """

    should_retry: bool

    def __init__(self, message: str | None = None, *, should_retry: bool = False) -> None:
        super().__init__(message)
        self.should_retry = should_retry


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def error_from_response(status: int, body: bytes, headers: Mapping[str, str]) -> APIError:
    """Build the error matching an HTTP error response.

    The body is parsed as an ``{"error": {...}}`` object when possible; non-JSON or
    unexpected bodies still give an error (with the raw text in ``body``).
    The class is picked from the error ``type`` first, then the status:
    ``idempotency_error`` -> :class:`IdempotencyError`; 429 (or 400 with code
    ``rate_limit``) -> :class:`RateLimitError`; ``card_error`` or 402 ->
    :class:`CardError`; 401 -> :class:`AuthenticationError`; 403 ->
    :class:`PermissionDeniedError`; 400, 404 or ``invalid_request_error`` ->
    :class:`InvalidRequestError`; anything else -> :class:`InternalServerError`.
    """
    text = body.decode("utf-8", errors="replace")
    json_body: dict[str, Any] | None = None
    error: Mapping[str, Any] = {}
    try:
        parsed = json.loads(text) if text else None
    except ValueError:
        parsed = None
    if isinstance(parsed, dict):
        json_body = parsed
        candidate = parsed.get("error")
        if isinstance(candidate, dict):
            error = candidate
        elif isinstance(candidate, str):  # OAuth-style {"error": "...", "error_description": ...}
            error = {
                "code": candidate,
                "message": parsed.get("error_description", candidate),
            }

    message = _str_or_none(error.get("message"))
    if message is None:
        snippet = text[:200] if text else "<empty body>"
        message = f"Unexpected error response from the API (HTTP {status}): {snippet}"
    kind = _str_or_none(error.get("type"))
    code = _str_or_none(error.get("code"))
    fields: dict[str, Any] = {
        "http_status": status,
        "code": code,
        "param": _str_or_none(error.get("param")),
        "type": kind,
        "request_id": get_header(headers, "Request-Id"),
        "headers": headers,
        "body": text,
        "json_body": json_body,
        "doc_url": _str_or_none(error.get("doc_url")),
    }

    if kind == "idempotency_error":
        return IdempotencyError(message, **fields)
    if status == 429 or (status == 400 and code == "rate_limit"):
        return RateLimitError(message, **fields)
    if kind == "card_error" or status == 402:
        return CardError(message, decline_code=_str_or_none(error.get("decline_code")), **fields)
    if status == 401:
        return AuthenticationError(message, **fields)
    if status == 403:
        return PermissionDeniedError(message, **fields)
    if status in (400, 404) or kind == "invalid_request_error":
        return InvalidRequestError(message, **fields)
    return InternalServerError(message, **fields)
