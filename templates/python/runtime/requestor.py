"""Sending requests: authentication, encoding, retries, errors and logging.

:class:`SyncRequestor` (over ``httpx.Client``) and :class:`AsyncRequestor` (over
``httpx.AsyncClient``) send one API call each with :meth:`~SyncRequestor.request`
and return the parsed JSON, or raise an :class:`~.errors.APIError`.

* ``Authorization: Bearer <api key>``, ``User-Agent`` as given, and
  ``Stripe-Version`` when an API version is set (per call: ``stripe_version``).
* POST params are form-encoded in the body (``application/x-www-form-urlencoded``);
  GET and DELETE params go to the query string, with the same bracket encoding.
* Every POST carries one ``Idempotency-Key`` (a uuid4 unless ``idempotency_key``
  is given) reused by all its retries; other methods only send one if given.
* Retries follow :class:`~.retry.RetryPolicy`; the sleep function is injectable.
* TLS verification is never disabled by the requestor, and ``http://`` base URLs
  are refused unless the host is loopback. If you pass your own ``http_client``
  it is used as is: its TLS, proxy and redirect settings are yours, and
  :meth:`~SyncRequestor.close` leaves it open.
* The API key never appears in a ``repr``, a log line or an exception message.
  Each attempt is logged at DEBUG (method, path, status, request id, attempt,
  elapsed ms; never the key, the query string or the body). The key is also
  masked in httpx's and httpcore's own DEBUG records (which dump response
  headers a server may echo it in): see :mod:`.redaction`. No logger level is
  changed and no handler installed.
"""

from __future__ import annotations

import asyncio
import copy
import ipaddress
import json
import logging
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Literal, Self, TypedDict, TypeVar, Unpack
from urllib.parse import quote, urlsplit

import httpx

from .encoding import json_body, urlencode_params
from .errors import APIConnectionError, InternalServerError, error_from_response
from .headers import get_header
from .pagination import AsyncPage, AsyncSearchPage, Page, SearchPage
from .redaction import install_filter, register_secret
from .retry import RETRYABLE_EXCEPTIONS, RetryPolicy

__all__ = [
    "AsyncRequestor",
    "RequestOptions",
    "SyncRequestor",
    "quote_path_param",
]

T = TypeVar("T")

DEFAULT_LOGGER_NAME = "codegen_client"
_FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
_JSON_CONTENT_TYPE = "application/json"
#: How a request body is encoded (`Requestor.request`).
BodyEncoding = Literal["form", "json", "json_value"]
_QUERY_METHODS = frozenset({"GET", "DELETE", "HEAD"})
_LOOPBACK_NAMES = frozenset({"localhost", "localhost."})


class RequestOptions(TypedDict, total=False):
    """Per-request settings, accepted by every generated method as ``options``.

    Attributes:
        idempotency_key: Key for safely retrying a POST (default: a new uuid4).
        stripe_version: API version for this request (``Stripe-Version``).
        timeout: Seconds (or an ``httpx.Timeout``) for this request.
        max_retries: Retries for this request (0 disables retrying).
        headers: Extra headers, sent after (and so overriding) the defaults.
    """

    idempotency_key: str
    stripe_version: str
    timeout: float | httpx.Timeout
    max_retries: int
    headers: Mapping[str, str]


def quote_path_param(value: str) -> str:
    """Percent-encode a path parameter so it stays one path segment.

    Everything but unreserved characters (``A-Z a-z 0-9 - . _ ~``) is encoded,
    so ``/``, ``?`` and ``#`` cannot change the route, and the dot segments
    ``.`` and ``..`` are encoded too. An empty value is refused.
    """
    text = str(value)
    if not text:
        raise ValueError("a path parameter must not be empty")
    quoted = quote(text, safe="")
    if quoted in (".", ".."):
        quoted = quoted.replace(".", "%2E")
    return quoted


class _Secret:
    """Holds a credential; its ``repr`` never shows it."""

    __slots__ = ("value",)

    def __init__(self, value: str) -> None:
        self.value = value

    def __repr__(self) -> str:
        return "'***'"


def _check_base_url(base_url: str) -> str:
    """Validate ``base_url`` and return it without a trailing slash."""
    parts = urlsplit(base_url)
    host = parts.hostname
    if parts.scheme not in ("https", "http") or not host:
        raise ValueError(f"base_url must be an absolute https:// URL, got {base_url!r}")
    if parts.query or parts.fragment:
        raise ValueError(f"base_url must not have a query or fragment, got {base_url!r}")
    if parts.scheme == "http" and not _is_loopback(host):
        raise ValueError(
            f"base_url {base_url!r} uses plain http:// for a non-loopback host; "
            "use https:// (http:// is only accepted for 127.0.0.0/8, ::1 and localhost)"
        )
    return base_url.rstrip("/")


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_api_key(api_key: str) -> str:
    if not isinstance(api_key, str) or not api_key.strip():
        raise ValueError(
            "api_key must be a non-empty string: pass your secret API key "
            "(for example read from an environment variable)"
        )
    if not api_key.isascii() or not api_key.isprintable() or any(c.isspace() for c in api_key):
        # The message must not echo the key.
        raise ValueError("api_key contains whitespace or non-printable characters (check for a stray newline or quote)")
    return api_key


def _check_max_retries(max_retries: int) -> int:
    if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
        raise ValueError(f"max_retries must be an integer >= 0, got {max_retries!r}")
    return max_retries


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A request ready to be sent (and re-sent on retry)."""

    method: str
    path: str
    url: str
    headers: dict[str, str]
    content: bytes | None
    timeout: float | httpx.Timeout
    max_retries: int


class _RequestorBase:
    """Configuration and the parts of a call shared by the sync and async requestors."""

    _client: httpx.Client | httpx.AsyncClient

    def __init__(
        self,
        api_key: str,
        *,
        base_url: str,
        user_agent: str,
        api_version: str | None,
        max_retries: int,
        timeout: float | httpx.Timeout,
        retry_policy: RetryPolicy | None,
        logger_name: str,
    ) -> None:
        self._api_key = _Secret(_check_api_key(api_key))
        self._authorization = _Secret(f"Bearer {api_key}")
        self.base_url = _check_base_url(base_url)
        self.user_agent = user_agent
        self.api_version = api_version
        self.max_retries = _check_max_retries(max_retries)
        self.timeout = timeout
        self.retry_policy = retry_policy if retry_policy is not None else RetryPolicy()
        self.logger = logging.getLogger(logger_name or DEFAULT_LOGGER_NAME)
        # httpcore logs response headers at DEBUG: a server echoing the key must not put it
        # in the application's logs (levels and handlers are left to the application).
        register_secret(self, api_key)
        install_filter(self.logger.name)
        self._defaults: RequestOptions = {}
        self._owns_client = True

    def with_options(self, **options: Unpack[RequestOptions]) -> Self:
        """A requestor sharing this one's connection pool, with default ``options``.

        Per-call options still win; ``headers`` are merged. Closing the copy
        does not close the shared client.
        """
        if "max_retries" in options:
            _check_max_retries(options["max_retries"])
        clone = copy.copy(self)
        register_secret(clone, self._api_key.value)  # the clone may outlive this requestor
        clone._defaults = self._merge(options)
        clone._owns_client = False
        return clone

    @property
    def default_options(self) -> RequestOptions:
        """The options applied to every call (see :meth:`with_options`)."""
        return RequestOptions(**self._defaults)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, api_key='***', "
            f"api_version={self.api_version!r}, max_retries={self.max_retries!r})"
        )

    # -- building a request ---------------------------------------------------

    def _merge(self, options: RequestOptions | None) -> RequestOptions:
        merged = RequestOptions(**self._defaults)
        if options:
            merged.update(options)
            extra = options.get("headers")
            base = self._defaults.get("headers")
            if extra is not None and base is not None:
                merged["headers"] = {**base, **extra}
        return merged

    def _prepare(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        options: RequestOptions | None,
        body: BodyEncoding = "form",
    ) -> _Prepared:
        if not path.startswith("/"):
            raise ValueError(f"path must start with '/', got {path!r}")
        verb = method.upper()
        opts = self._merge(options)
        headers = {
            "Authorization": self._authorization.value,
            "User-Agent": self.user_agent,
            "Accept": "application/json",
        }
        version = opts.get("stripe_version") or self.api_version
        if version:
            headers["Stripe-Version"] = version
        key = opts.get("idempotency_key")
        if key:
            headers["Idempotency-Key"] = key
        elif verb == "POST":
            headers["Idempotency-Key"] = str(uuid.uuid4())

        url = self.base_url + path
        content: bytes | None = None
        if verb in _QUERY_METHODS:
            if params:
                query = urlencode_params(params)
                if query:
                    url = f"{url}{'&' if '?' in path else '?'}{query}"
        elif body == "form":
            headers["Content-Type"] = _FORM_CONTENT_TYPE
            content = urlencode_params(params).encode("ascii") if params else b""
        else:
            headers["Content-Type"] = _JSON_CONTENT_TYPE
            content = json_body(params, whole=body == "json")
        extra = opts.get("headers")
        if extra:
            headers.update(extra)
        max_retries = opts.get("max_retries", self.max_retries)
        return _Prepared(
            method=verb,
            path=path.split("?", 1)[0],  # for logs and messages: never a query string
            url=url,
            headers=headers,
            content=content,
            timeout=opts.get("timeout", self.timeout),
            max_retries=_check_max_retries(max_retries),
        )

    # -- handling the outcome ---------------------------------------------------

    def _redact(self, text: str) -> str:
        key = self._api_key.value
        return text.replace(key, "***") if key in text else text

    def _redact_json(self, value: Any) -> Any:
        """`value` with the API key masked in every string (a server may echo it)."""
        if isinstance(value, str):
            return self._redact(value)
        if isinstance(value, dict):
            return {key: self._redact_json(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self._redact_json(item) for item in value]
        return value

    def _log_response(self, req: _Prepared, response: httpx.Response, attempt: int, started: float) -> None:
        if self.logger.isEnabledFor(logging.DEBUG):
            self.logger.debug(
                "%s %s status=%d request_id=%s attempt=%d elapsed_ms=%.1f",
                req.method,
                req.path,
                response.status_code,
                get_header(response.headers, "Request-Id"),
                attempt,
                (time.perf_counter() - started) * 1000.0,
            )

    def _log_failure(self, req: _Prepared, exc: Exception, attempt: int, started: float) -> None:
        if self.logger.isEnabledFor(logging.DEBUG):
            self.logger.debug(
                "%s %s failed=%s attempt=%d elapsed_ms=%.1f",
                req.method,
                req.path,
                type(exc).__name__,
                attempt,
                (time.perf_counter() - started) * 1000.0,
            )

    def _log_retry(self, req: _Prepared, retry: int, delay: float) -> None:
        if self.logger.isEnabledFor(logging.DEBUG):
            self.logger.debug(
                "%s %s retry=%d/%d sleep_s=%.3f",
                req.method,
                req.path,
                retry,
                req.max_retries,
                delay,
            )

    def _should_retry(self, req: _Prepared, response: httpx.Response, attempt: int) -> bool:
        return attempt <= req.max_retries and self.retry_policy.should_retry_response(
            response.status_code, response.headers
        )

    def _result(self, response: httpx.Response, raw: bool = False) -> Any:
        """Parsed JSON of a 2xx response (its bytes when ``raw``); the error to raise otherwise."""
        status = response.status_code
        body = response.content
        if 200 <= status < 300:
            if raw:
                return body
            if not body:
                return None
            try:
                return json.loads(body)
            except ValueError:
                raise InternalServerError(
                    f"Invalid JSON in the API response (HTTP {status})",
                    http_status=status,
                    request_id=get_header(response.headers, "Request-Id"),
                    headers=response.headers,
                    body=self._redact(body.decode("utf-8", errors="replace")),
                ) from None
        error = error_from_response(status, body, response.headers)
        error.message = self._redact(error.message)
        error.body = self._redact(error.body)
        error.json_body = self._redact_json(error.json_body)
        error.args = (error.message,)
        raise error

    def _connection_error(self, req: _Prepared, exc: Exception, attempts: int, retryable: bool) -> APIConnectionError:
        plural = "" if attempts == 1 else "s"
        detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        return APIConnectionError(
            self._redact(
                f"Could not complete the request to the API ({req.method} {req.path}) "
                f"after {attempts} attempt{plural}: {detail}"
            ),
            should_retry=retryable,
        )


class SyncRequestor(_RequestorBase):
    """Sends API requests with ``httpx.Client``; use as a context manager or ``close()``.

    Args:
        api_key: Secret API key, sent as ``Authorization: Bearer <key>``.
        base_url: e.g. ``https://api.example.com``; ``http://`` only for loopback.
        user_agent: ``User-Agent`` header, e.g. ``my_sdk/1.0.0 python/3.11.7 httpx/0.28``.
        api_version: Sent as ``Stripe-Version`` when set.
        max_retries: Retries after the first attempt (>= 0).
        timeout: Seconds or an ``httpx.Timeout`` for each attempt.
        http_client: Your own client, used as is (its TLS settings are then yours)
            and not closed by :meth:`close`.
        retry_policy: Backoff and retry decisions (see :class:`RetryPolicy`).
        sleep: Called with the seconds to wait between attempts.
        logger_name: Name of the ``logging`` logger (default ``codegen_client``).
    """

    _client: httpx.Client

    def __init__(
        self,
        api_key: str,
        *,
        base_url: str,
        user_agent: str,
        api_version: str | None = None,
        max_retries: int = 2,
        timeout: float | httpx.Timeout = 80.0,
        http_client: httpx.Client | None = None,
        retry_policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        logger_name: str = DEFAULT_LOGGER_NAME,
    ) -> None:
        super().__init__(
            api_key,
            base_url=base_url,
            user_agent=user_agent,
            api_version=api_version,
            max_retries=max_retries,
            timeout=timeout,
            retry_policy=retry_policy,
            logger_name=logger_name,
        )
        self._sleep = sleep
        if http_client is None:
            self._client = httpx.Client(timeout=timeout, follow_redirects=False)
        else:
            self._client = http_client
            self._owns_client = False

    def request(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
        *,
        raw: bool = False,
        body: BodyEncoding = "form",
    ) -> Any:
        """Send one API call (retrying as needed) and return the parsed JSON (bytes when ``raw``).

        ``body``: how a body is encoded: Stripe's bracket form (``"form"``), the params as a
        JSON object (``"json"``), or the ``body`` param alone as JSON (``"json_value"``).
        """
        req = self._prepare(method, path, params, options, body)
        attempt = 0
        while True:
            attempt += 1
            started = time.perf_counter()
            try:
                response = self._client.request(
                    req.method,
                    req.url,
                    headers=req.headers,
                    content=req.content,
                    timeout=req.timeout,
                )
            except RETRYABLE_EXCEPTIONS as exc:
                self._log_failure(req, exc, attempt, started)
                if attempt > req.max_retries:
                    raise self._connection_error(req, exc, attempt, True) from exc
                delay = self.retry_policy.backoff(attempt)
                self._log_retry(req, attempt, delay)
                self._sleep(delay)
                continue
            except httpx.TransportError as exc:
                self._log_failure(req, exc, attempt, started)
                raise self._connection_error(req, exc, attempt, False) from exc
            self._log_response(req, response, attempt, started)
            if response.status_code >= 300 and self._should_retry(req, response, attempt):
                delay = self.retry_policy.delay(attempt, response.headers)
                self._log_retry(req, attempt, delay)
                self._sleep(delay)
                continue
            return self._result(response, raw)

    def request_page(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        item_parser: Callable[[Any], T],
        options: RequestOptions | None = None,
    ) -> Page[T]:
        """Request a list endpoint; the page can fetch the following pages itself."""
        raw = self.request(method, path, params, options)
        later = _without_idempotency_key(options)

        def fetch(next_params: dict[str, Any]) -> Page[T]:
            return self.request_page(method, path, next_params, item_parser, later)

        return Page.from_json(raw, item_parser, params, fetch)

    def request_search_page(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        item_parser: Callable[[Any], T],
        options: RequestOptions | None = None,
    ) -> SearchPage[T]:
        """Request a search endpoint; the page can fetch the following pages itself."""
        raw = self.request(method, path, params, options)
        later = _without_idempotency_key(options)

        def fetch(next_params: dict[str, Any]) -> SearchPage[T]:
            return self.request_search_page(method, path, next_params, item_parser, later)

        return SearchPage.from_json(raw, item_parser, params, fetch)

    def close(self) -> None:
        """Close the HTTP client if this requestor created it."""
        if self._owns_client:
            self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncRequestor(_RequestorBase):
    """Sends API requests with ``httpx.AsyncClient``; ``async with`` or ``await close()``.

    Takes the same arguments as :class:`SyncRequestor`, with an
    ``httpx.AsyncClient`` and an async ``sleep`` (default ``asyncio.sleep``;
    pass e.g. ``trio.sleep`` under trio).
    """

    _client: httpx.AsyncClient

    def __init__(
        self,
        api_key: str,
        *,
        base_url: str,
        user_agent: str,
        api_version: str | None = None,
        max_retries: int = 2,
        timeout: float | httpx.Timeout = 80.0,
        http_client: httpx.AsyncClient | None = None,
        retry_policy: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        logger_name: str = DEFAULT_LOGGER_NAME,
    ) -> None:
        super().__init__(
            api_key,
            base_url=base_url,
            user_agent=user_agent,
            api_version=api_version,
            max_retries=max_retries,
            timeout=timeout,
            retry_policy=retry_policy,
            logger_name=logger_name,
        )
        self._sleep = sleep
        if http_client is None:
            self._client = httpx.AsyncClient(timeout=timeout, follow_redirects=False)
        else:
            self._client = http_client
            self._owns_client = False

    async def request(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
        *,
        raw: bool = False,
        body: BodyEncoding = "form",
    ) -> Any:
        """Send one API call (retrying as needed) and return the parsed JSON (bytes when ``raw``).

        ``body``: how a body is encoded: Stripe's bracket form (``"form"``), the params as a
        JSON object (``"json"``), or the ``body`` param alone as JSON (``"json_value"``).
        """
        req = self._prepare(method, path, params, options, body)
        attempt = 0
        while True:
            attempt += 1
            started = time.perf_counter()
            try:
                response = await self._client.request(
                    req.method,
                    req.url,
                    headers=req.headers,
                    content=req.content,
                    timeout=req.timeout,
                )
            except RETRYABLE_EXCEPTIONS as exc:
                self._log_failure(req, exc, attempt, started)
                if attempt > req.max_retries:
                    raise self._connection_error(req, exc, attempt, True) from exc
                delay = self.retry_policy.backoff(attempt)
                self._log_retry(req, attempt, delay)
                await self._sleep(delay)
                continue
            except httpx.TransportError as exc:
                self._log_failure(req, exc, attempt, started)
                raise self._connection_error(req, exc, attempt, False) from exc
            self._log_response(req, response, attempt, started)
            if response.status_code >= 300 and self._should_retry(req, response, attempt):
                delay = self.retry_policy.delay(attempt, response.headers)
                self._log_retry(req, attempt, delay)
                await self._sleep(delay)
                continue
            return self._result(response, raw)

    async def request_page(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        item_parser: Callable[[Any], T],
        options: RequestOptions | None = None,
    ) -> AsyncPage[T]:
        """Request a list endpoint; the page can fetch the following pages itself."""
        raw = await self.request(method, path, params, options)
        later = _without_idempotency_key(options)

        async def fetch(next_params: dict[str, Any]) -> AsyncPage[T]:
            return await self.request_page(method, path, next_params, item_parser, later)

        return AsyncPage.from_json(raw, item_parser, params, fetch)

    async def request_search_page(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        item_parser: Callable[[Any], T],
        options: RequestOptions | None = None,
    ) -> AsyncSearchPage[T]:
        """Request a search endpoint; the page can fetch the following pages itself."""
        raw = await self.request(method, path, params, options)
        later = _without_idempotency_key(options)

        async def fetch(next_params: dict[str, Any]) -> AsyncSearchPage[T]:
            return await self.request_search_page(method, path, next_params, item_parser, later)

        return AsyncSearchPage.from_json(raw, item_parser, params, fetch)

    async def close(self) -> None:
        """Close the HTTP client if this requestor created it."""
        if self._owns_client:
            await self._client.aclose()

    aclose = close

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


def _without_idempotency_key(options: RequestOptions | None) -> RequestOptions | None:
    """The options for follow-up page requests: a key is for one request only."""
    if not options or "idempotency_key" not in options:
        return options
    rest = RequestOptions(**options)
    del rest["idempotency_key"]
    return rest
