"""Sending requests: authentication, encoding, retries, errors and logging.

:class:`SyncRequestor` (over ``httpx.Client``) and :class:`AsyncRequestor` (over
``httpx.AsyncClient``) send one API call each with :meth:`~SyncRequestor.request`
and return the parsed JSON, or raise an :class:`~.errors.APIError`. The async requestor
is written by hand; the sync one is made from it (codegen's ``scripts/unasync_runtime.py``).

* Credentials as the operation's security schemes ask (:mod:`.auth`: bearer, basic, API
  keys in a header, the query or a cookie, OAuth2), ``User-Agent`` as given.
* ``Stripe-Version`` when an API version is set (per call: ``stripe_version``).
* POST params are encoded in the body as the operation's media type asks: the
  bracket form (``application/x-www-form-urlencoded``), JSON, ``multipart/form-data``
  (files as file parts), or the ``body`` param's bytes or text as they are; GET and
  DELETE params go to the query string, with the bracket encoding.
* An operation with its own server (a separate upload host, say) is sent there, or to the URL
  ``server_urls`` maps it to.
* Every POST carries one ``Idempotency-Key`` (a uuid4 unless ``idempotency_key``
  is given) reused by all its retries; other methods only send one if given.
* Retries follow :class:`~.retry.RetryPolicy`; the sleep function is injectable (under
  trio, pass ``trio.sleep`` to :class:`AsyncRequestor`).
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
import dataclasses
import ipaddress
import json
import logging
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Literal, Self, TypedDict, TypeVar, Unpack
from urllib.parse import quote, urlsplit

import httpx

from .auth import Applied, Auth
from .encoding import json_body, multipart_body, urlencode_params
from .errors import APIConnectionError, InternalServerError, error_from_response
from .headers import get_header
from .hooks import Hooks, RequestEvent, ResponseEvent, app_info_suffix
from .list_pages import AsyncPage, AsyncSearchPage, Page, SearchPage
from .redaction import install_filter, register_secret
from .responses import record, with_response
from .retry import RETRYABLE_EXCEPTIONS, RetryPolicy
from .streaming import AsyncStream, Stream
from .styled_pages import AsyncAutoPage, AutoPage, NextRequest, PageSpec, items_of, next_request

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
_EVENT_STREAM = "text/event-stream"
#: How a request body is encoded (`Requestor.request`).
BodyEncoding = Literal["form", "json", "json_value", "multipart", "binary", "text"]
_QUERY_METHODS = frozenset({"GET", "DELETE", "HEAD"})
_LOOPBACK_NAMES = frozenset({"localhost", "localhost."})


class RequestOptions(TypedDict, total=False):
    """Per-request settings, accepted by every generated method as ``options``.

    Attributes:
        api_key: The API key of this request, instead of the client's (never logged).
        idempotency_key: Key for safely retrying a POST (default: a new uuid4).
        stripe_version: API version for this request (``Stripe-Version``).
        stripe_account: The connected account to act as (``Stripe-Account``; Stripe's API).
        timeout: Seconds (or an ``httpx.Timeout``) for this request.
        max_retries: Retries for this request (0 disables retrying).
        headers: Extra headers, sent after (and so overriding) the defaults.
    """

    api_key: str
    idempotency_key: str
    stripe_version: str
    stripe_account: str
    timeout: float | httpx.Timeout
    max_retries: int
    headers: Mapping[str, str]


_OPTION_KEYS = RequestOptions.__optional_keys__ | RequestOptions.__required_keys__


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
    auth: Applied


class _RequestorBase:
    """Configuration and the parts of a call shared by the sync and async requestors."""

    def __init__(
        self,
        auth: Auth | str,
        *,
        base_url: str,
        user_agent: str,
        api_version: str | None,
        max_retries: int,
        timeout: float | httpx.Timeout,
        retry_policy: RetryPolicy | None,
        logger_name: str,
        server_urls: Mapping[str, str] | None = None,
        error_models: Callable[[], Mapping[str, Callable[[Any], Any]]] | None = None,
        hooks: Hooks | None = None,
        stripe: bool = False,
    ) -> None:
        self._auth = auth if isinstance(auth, Auth) else Auth.bearer(auth)
        self.stripe = stripe  # Stripe's own API: only then is `stripe_account` sent
        self.hooks = hooks or Hooks()
        self._error_models_of = error_models
        self._error_models: Mapping[str, Callable[[Any], Any]] | None = None
        self.base_url = _check_base_url(base_url)
        self.server_urls = {server.rstrip("/"): _check_base_url(url) for server, url in (server_urls or {}).items()}
        self.user_agent = user_agent
        self.api_version = api_version
        self.max_retries = _check_max_retries(max_retries)
        self.timeout = timeout
        self.retry_policy = retry_policy if retry_policy is not None else RetryPolicy()
        self.logger = logging.getLogger(logger_name or DEFAULT_LOGGER_NAME)
        # httpcore logs response headers at DEBUG: a server echoing the key must not put it
        # in the application's logs (levels and handlers are left to the application).
        for secret in self._auth.secrets:
            register_secret(self, secret)
        install_filter(self.logger.name)
        self._defaults: RequestOptions = {}
        self._request_keys: set[str] = set()  # per-request API keys seen: masked in errors too
        self._owns_client = True

    def with_options(self, **options: Unpack[RequestOptions]) -> Self:
        """A requestor sharing this one's connection pool, with default ``options``.

        Per-call options still win; ``headers`` are merged. Closing the copy
        does not close the shared client.
        """
        if "max_retries" in options:
            _check_max_retries(options["max_retries"])
        clone = copy.copy(self)
        for secret in self._auth.secrets:  # the clone may outlive this requestor
            register_secret(clone, secret)
        clone._defaults = self._merge(options)
        clone._owns_client = False
        return clone

    @property
    def default_options(self) -> RequestOptions:
        """The options applied to every call (see :meth:`with_options`)."""
        return RequestOptions(**self._defaults)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, credentials='***', "
            f"api_version={self.api_version!r}, max_retries={self.max_retries!r})"
        )

    # -- building a request ---------------------------------------------------

    def _merge(self, options: RequestOptions | None) -> RequestOptions:
        merged = RequestOptions(**self._defaults)
        if options:
            unknown = sorted(set(options) - _OPTION_KEYS)
            if unknown:  # (an option of another API, or a typo: never silently ignored)
                accepted = ", ".join(sorted(_OPTION_KEYS))
                raise ValueError(f"unknown request option(s) {', '.join(unknown)}; accepted: {accepted}")
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
        *,
        security: tuple[str, ...] | None = None,
        server: str | None = None,
        media_type: str | None = None,
        repeated: tuple[str, ...] = (),
    ) -> _Prepared:
        if not path.startswith("/"):
            raise ValueError(f"path must start with '/', got {path!r}")
        verb = method.upper()
        opts = self._merge(options)
        applied = self._auth_of(opts).apply(security)
        headers = {
            **applied.headers,
            "User-Agent": self.user_agent + app_info_suffix(),
            "Accept": "application/json",
        }
        if applied.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in applied.cookies)
        version = opts.get("stripe_version") or self.api_version
        if version:
            headers["Stripe-Version"] = version
        account = opts.get("stripe_account")
        if account:
            if not self.stripe:
                raise ValueError("stripe_account (the Stripe-Account header) is an option of Stripe's API only")
            headers["Stripe-Account"] = account
        key = opts.get("idempotency_key")
        if key:
            headers["Idempotency-Key"] = key
        elif verb == "POST":
            headers["Idempotency-Key"] = str(uuid.uuid4())

        url = self._server_url(server) + path
        content: bytes | None = None
        if verb in _QUERY_METHODS:
            if params:
                query = urlencode_params(params, repeated)
                if query:
                    url = f"{url}{'&' if '?' in url else '?'}{query}"
        elif body == "form":
            headers["Content-Type"] = _FORM_CONTENT_TYPE
            content = urlencode_params(params, repeated).encode("ascii") if params else b""
        elif body == "multipart":
            content, headers["Content-Type"] = multipart_body(params)
        elif body in ("binary", "text"):
            headers["Content-Type"] = media_type or ("text/plain" if body == "text" else "application/octet-stream")
            content = _raw_body((params or {}).get("body"), body)
        else:
            headers["Content-Type"] = media_type or _JSON_CONTENT_TYPE
            content = json_body(params, whole=body == "json")
        if applied.query:
            pairs = "&".join(f"{quote(name, safe='')}={quote(value, safe='')}" for name, value in applied.query)
            url = f"{url}{'&' if '?' in url else '?'}{pairs}"
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
            auth=applied,
        )

    def _auth_of(self, opts: RequestOptions) -> Auth:
        """The client's credentials, or the request's own ``api_key`` (masked like the client's)."""
        api_key = opts.get("api_key")
        if not api_key:
            return self._auth
        register_secret(self, api_key)
        self._request_keys.add(api_key)
        return self._auth.with_api_key(api_key)

    def _authorized(self, req: _Prepared, token: str, security: tuple[str, ...] | None) -> _Prepared:
        """`req` with the bearer `token` just fetched (every other header, the idempotency key too, kept)."""
        applied = self._auth.apply(security)
        register_secret(self, token)
        return dataclasses.replace(req, headers={**req.headers, "Authorization": f"Bearer {token}"}, auth=applied)

    def _server_url(self, server: str | None) -> str:
        """The base URL of a call: the operation's own server (or where `server_urls` maps it), else ours."""
        if server is None:
            return self.base_url
        return self.server_urls.get(server.rstrip("/"), server.rstrip("/"))

    # -- handling the outcome ---------------------------------------------------

    def _redact(self, text: str) -> str:
        for secret in (*self._auth.secrets, *self._request_keys):
            if secret in text:
                text = text.replace(secret, "***")
        return text

    def _redact_json(self, value: Any) -> Any:
        """`value` with the API key masked in every string (a server may echo it)."""
        if isinstance(value, str):
            return self._redact(value)
        if isinstance(value, dict):
            return {key: self._redact_json(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self._redact_json(item) for item in value]
        return value

    def _before_send(self, req: _Prepared, attempt: int) -> None:
        if self.hooks.on_request is not None:
            self.hooks.on_request(RequestEvent(req.method, req.path, attempt))

    def _log_response(self, req: _Prepared, response: httpx.Response, attempt: int, started: float) -> None:
        if self.hooks.on_response is not None:
            request_id = get_header(response.headers, "Request-Id")
            elapsed = time.perf_counter() - started
            self.hooks.on_response(
                ResponseEvent(req.method, req.path, attempt, response.status_code, request_id, elapsed)
            )
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

    def _error_model(self, status: int, json_body: Any, errors: Mapping[str, Callable[[Any], Any]] | None) -> Any:
        """`json_body` parsed with the error model declared for `status` (exact, then `4XX`, then
        `default`): the call's own `errors`, else the client's; None when none fits."""
        if errors is None:
            if self._error_models is None:
                self._error_models = self._error_models_of() if self._error_models_of is not None else {}
            errors = self._error_models
        parser = errors.get(str(status)) or errors.get(f"{status // 100}XX") or errors.get("default")
        if parser is None or not isinstance(json_body, dict):
            return None
        try:
            return parser(json_body)
        except Exception:  # a body that is not the declared shape: json_body still holds it
            return None

    def _result(
        self, response: httpx.Response, raw: bool = False, errors: Mapping[str, Callable[[Any], Any]] | None = None
    ) -> Any:
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
        error.model = self._error_model(status, error.json_body, errors)
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


# unasync: async source (hand-written): scripts/unasync_runtime.py makes the sync twin below from it.
class AsyncRequestor(_RequestorBase):
    """Sends API requests with ``httpx.AsyncClient``; close it when done (``close()``, or a context manager).

    Args:
        auth: The API's schemes and the client's credentials (:class:`~.auth.Auth`); a
            string is an API key sent as ``Authorization: Bearer <key>``.
        base_url: e.g. ``https://api.example.com``; ``http://`` only for loopback.
        user_agent: ``User-Agent`` header, e.g. ``my_sdk/1.0.0 python/3.11.7 httpx/0.28``.
        api_version: Sent as ``Stripe-Version`` when set.
        max_retries: Retries after the first attempt (>= 0).
        timeout: Seconds or an ``httpx.Timeout`` for each attempt.
        http_client: Your own ``httpx.AsyncClient``, used as is (its TLS settings are then
            yours) and not closed by :meth:`close`.
        retry_policy: Backoff and retry decisions (see :class:`RetryPolicy`).
        sleep: Called with the seconds to wait between attempts (default ``asyncio.sleep``).
        logger_name: Name of the ``logging`` logger (default ``codegen_client``).
        server_urls: Where to send the operations that have their own server, by the spec's
            server URL (``{"https://files.example.com": "http://127.0.0.1:12111"}``).
        error_models: Returns, on the first error, the parsers of error bodies by status
            (``"404"``, ``"4XX"``, ``"default"``) that methods use unless they pass their own.
        hooks: ``on_request`` / ``on_response`` callbacks around each attempt (:mod:`.hooks`).
        stripe: The API is Stripe's own: the ``stripe_account`` option is sent (``Stripe-Account``).
    """

    def __init__(
        self,
        auth: Auth | str,
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
        server_urls: Mapping[str, str] | None = None,
        error_models: Callable[[], Mapping[str, Callable[[Any], Any]]] | None = None,
        hooks: Hooks | None = None,
        stripe: bool = False,
    ) -> None:
        super().__init__(
            auth,
            base_url=base_url,
            user_agent=user_agent,
            api_version=api_version,
            max_retries=max_retries,
            timeout=timeout,
            retry_policy=retry_policy,
            logger_name=logger_name,
            server_urls=server_urls,
            error_models=error_models,
            hooks=hooks,
            stripe=stripe,
        )
        self._sleep = sleep
        # Made on first use (httpx builds its TLS context when a client is constructed), and
        # shared with the copies `with_options` makes (the list is shared, not copied).
        self._http: list[httpx.AsyncClient] = [] if http_client is None else [http_client]
        self._owns_client = http_client is None
        self._http_lock = threading.Lock()

    @property
    def _client(self) -> httpx.AsyncClient:
        """The HTTP client: the one given, else one made on the first request."""
        if not self._http:
            with self._http_lock:
                if not self._http:
                    self._http.append(httpx.AsyncClient(timeout=self.timeout, follow_redirects=False))
        return self._http[0]

    async def request(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
        *,
        raw: bool = False,
        body: BodyEncoding = "form",
        security: tuple[str, ...] | None = None,
        server: str | None = None,
        media_type: str | None = None,
        repeated: tuple[str, ...] = (),
        errors: Mapping[str, Callable[[Any], Any]] | None = None,
        stream: bool = False,
        keep_response: bool = False,
    ) -> Any:
        """Send one API call (retrying as needed) and return the parsed JSON (bytes when ``raw``).

        ``body``: how a body is encoded: the bracket form (``"form"``), the params as a
        JSON object (``"json"``), the ``body`` param alone as JSON (``"json_value"``),
        ``"multipart"`` (files as file parts), or the ``body`` param's bytes or text as they
        are (``"binary"``, ``"text"``, sent as ``media_type``). ``security``: the names of the
        schemes the operation accepts (``None``: the API's usual ones). ``server``: the
        operation's own server, when it has one. ``stream``: ask for server-sent events and
        return the ``httpx.Response`` of a 2xx answer unread (see :meth:`request_stream`).
        ``repeated``: params whose lists are sent as the key once per item (``style: form``).
        ``errors``: the operation's error models by status, when they differ from the client's.
        ``keep_response``: return ``(parsed JSON, httpx.Response)`` (its headers, its URL).
        """
        req = self._prepare(
            method,
            path,
            params,
            options,
            body,
            security=security,
            server=server,
            media_type=media_type,
            repeated=repeated,
        )
        if stream:
            req = dataclasses.replace(req, headers={**req.headers, "Accept": _EVENT_STREAM})
        if req.auth.fetch:
            req = self._authorized(req, await self._fetch_token(req.auth.fetch), security)
        refreshed = False
        attempt = 0
        while True:
            attempt += 1
            self._before_send(req, attempt)
            started = time.perf_counter()
            try:
                request = self._client.build_request(
                    req.method, req.url, headers=req.headers, content=req.content, timeout=req.timeout
                )
                response = await self._client.send(request, stream=stream)
                if stream and response.status_code >= 300:
                    try:
                        await response.aread()  # an error: its body is JSON, read whole
                    finally:
                        await response.aclose()
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
            if response.status_code == 401 and req.auth.refreshable and not refreshed:
                refreshed = True  # a fetched token the API no longer takes: fetch one anew, once
                self._auth.forget_token(req.auth.refreshable)
                req = self._authorized(req, await self._fetch_token(req.auth.refreshable), security)
                continue
            if response.status_code >= 300 and self._should_retry(req, response, attempt):
                delay = self.retry_policy.delay(attempt, response.headers)
                self._log_retry(req, attempt, delay)
                await self._sleep(delay)
                continue
            if stream and response.status_code < 300:
                record(response)
                return response
            result = with_response(self._result(response, raw, errors), response)
            return (result, response) if keep_response else result

    async def request_paged(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        item_parser: Callable[[Any], T],
        spec: PageSpec,
        options: RequestOptions | None = None,
        **route: Any,
    ) -> AsyncAutoPage[T]:
        """Request one page of a list answered in pages of `spec`'s style; the page fetches the next."""
        raw, response = await self.request(method, path, params, options, keep_response=True, **route)
        following = next_request(spec, raw, params, response.headers.get("link"), str(response.url))
        later = _without_idempotency_key(options)

        async def fetch(step: NextRequest) -> AsyncAutoPage[T]:
            if step.url is None:
                return await self.request_paged(method, path, step.params, item_parser, spec, later, **route)
            origin, target = _split_url(step.url)
            return await self.request_paged(
                "GET", target, None, item_parser, spec, later, **{**route, "server": origin}
            )

        return AsyncAutoPage(raw, [item_parser(item) for item in items_of(spec, raw)], following, fetch)

    async def request_stream(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        item_parser: Callable[[Any], T],
        options: RequestOptions | None = None,
        **route: Any,
    ) -> AsyncStream[T]:
        """Send one call whose answer is server-sent events: each event parsed with ``item_parser``.

        ``route``: ``body``, ``security``, ``server`` and ``media_type``, as for :meth:`request`.
        The connection is held until the stream is read to its end or closed (a ``with``
        block, or a loop that stops early).
        """
        response = await self.request(method, path, params, options, stream=True, **route)
        return AsyncStream(response, item_parser, self._result)

    async def _fetch_token(self, scheme: str) -> str:
        """An access token of OAuth2 scheme `scheme`, by the client-credentials grant (kept until it expires)."""
        url, headers, content = self._auth.token_request(scheme)
        try:
            response = await self._client.post(url, headers=headers, content=content, timeout=self.timeout)
        except httpx.TransportError as exc:
            raise APIConnectionError(self._redact(f"Could not fetch an access token from {url}: {exc}")) from exc
        self._auth.store_token(scheme, self._result(response))
        return self._auth.token_of(scheme)

    async def request_page(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        item_parser: Callable[[Any], T],
        options: RequestOptions | None = None,
        *,
        security: tuple[str, ...] | None = None,
        server: str | None = None,
        errors: Mapping[str, Callable[[Any], Any]] | None = None,
    ) -> AsyncPage[T]:
        """Request a list endpoint; the page can fetch the following pages itself."""
        raw = await self.request(method, path, params, options, security=security, server=server, errors=errors)
        later = _without_idempotency_key(options)

        async def fetch(next_params: dict[str, Any]) -> AsyncPage[T]:
            return await self.request_page(
                method, path, next_params, item_parser, later, security=security, server=server, errors=errors
            )

        return AsyncPage.from_json(raw, item_parser, params, fetch)

    async def request_search_page(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        item_parser: Callable[[Any], T],
        options: RequestOptions | None = None,
        *,
        security: tuple[str, ...] | None = None,
        server: str | None = None,
        errors: Mapping[str, Callable[[Any], Any]] | None = None,
    ) -> AsyncSearchPage[T]:
        """Request a search endpoint; the page can fetch the following pages itself."""
        raw = await self.request(method, path, params, options, security=security, server=server, errors=errors)
        later = _without_idempotency_key(options)

        async def fetch(next_params: dict[str, Any]) -> AsyncSearchPage[T]:
            return await self.request_search_page(
                method, path, next_params, item_parser, later, security=security, server=server, errors=errors
            )

        return AsyncSearchPage.from_json(raw, item_parser, params, fetch)

    async def close(self) -> None:
        """Close the HTTP client if this requestor created it."""
        if self._owns_client and self._http:
            await self._http[0].aclose()

    aclose = close  # unasync: async only (httpx's async name for close; the sync requestor has close alone)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


# unasync: sync twin, made from the async source above by scripts/unasync_runtime.py: do not edit.
class SyncRequestor(_RequestorBase):
    """Sends API requests with ``httpx.Client``; close it when done (``close()``, or a context manager).

    Args:
        auth: The API's schemes and the client's credentials (:class:`~.auth.Auth`); a
            string is an API key sent as ``Authorization: Bearer <key>``.
        base_url: e.g. ``https://api.example.com``; ``http://`` only for loopback.
        user_agent: ``User-Agent`` header, e.g. ``my_sdk/1.0.0 python/3.11.7 httpx/0.28``.
        api_version: Sent as ``Stripe-Version`` when set.
        max_retries: Retries after the first attempt (>= 0).
        timeout: Seconds or an ``httpx.Timeout`` for each attempt.
        http_client: Your own ``httpx.Client``, used as is (its TLS settings are then
            yours) and not closed by :meth:`close`.
        retry_policy: Backoff and retry decisions (see :class:`RetryPolicy`).
        sleep: Called with the seconds to wait between attempts (default ``time.sleep``).
        logger_name: Name of the ``logging`` logger (default ``codegen_client``).
        server_urls: Where to send the operations that have their own server, by the spec's
            server URL (``{"https://files.example.com": "http://127.0.0.1:12111"}``).
        error_models: Returns, on the first error, the parsers of error bodies by status
            (``"404"``, ``"4XX"``, ``"default"``) that methods use unless they pass their own.
        hooks: ``on_request`` / ``on_response`` callbacks around each attempt (:mod:`.hooks`).
        stripe: The API is Stripe's own: the ``stripe_account`` option is sent (``Stripe-Account``).
    """

    def __init__(
        self,
        auth: Auth | str,
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
        server_urls: Mapping[str, str] | None = None,
        error_models: Callable[[], Mapping[str, Callable[[Any], Any]]] | None = None,
        hooks: Hooks | None = None,
        stripe: bool = False,
    ) -> None:
        super().__init__(
            auth,
            base_url=base_url,
            user_agent=user_agent,
            api_version=api_version,
            max_retries=max_retries,
            timeout=timeout,
            retry_policy=retry_policy,
            logger_name=logger_name,
            server_urls=server_urls,
            error_models=error_models,
            hooks=hooks,
            stripe=stripe,
        )
        self._sleep = sleep
        # Made on first use (httpx builds its TLS context when a client is constructed), and
        # shared with the copies `with_options` makes (the list is shared, not copied).
        self._http: list[httpx.Client] = [] if http_client is None else [http_client]
        self._owns_client = http_client is None
        self._http_lock = threading.Lock()

    @property
    def _client(self) -> httpx.Client:
        """The HTTP client: the one given, else one made on the first request."""
        if not self._http:
            with self._http_lock:
                if not self._http:
                    self._http.append(httpx.Client(timeout=self.timeout, follow_redirects=False))
        return self._http[0]

    def request(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
        *,
        raw: bool = False,
        body: BodyEncoding = "form",
        security: tuple[str, ...] | None = None,
        server: str | None = None,
        media_type: str | None = None,
        repeated: tuple[str, ...] = (),
        errors: Mapping[str, Callable[[Any], Any]] | None = None,
        stream: bool = False,
        keep_response: bool = False,
    ) -> Any:
        """Send one API call (retrying as needed) and return the parsed JSON (bytes when ``raw``).

        ``body``: how a body is encoded: the bracket form (``"form"``), the params as a
        JSON object (``"json"``), the ``body`` param alone as JSON (``"json_value"``),
        ``"multipart"`` (files as file parts), or the ``body`` param's bytes or text as they
        are (``"binary"``, ``"text"``, sent as ``media_type``). ``security``: the names of the
        schemes the operation accepts (``None``: the API's usual ones). ``server``: the
        operation's own server, when it has one. ``stream``: ask for server-sent events and
        return the ``httpx.Response`` of a 2xx answer unread (see :meth:`request_stream`).
        ``repeated``: params whose lists are sent as the key once per item (``style: form``).
        ``errors``: the operation's error models by status, when they differ from the client's.
        ``keep_response``: return ``(parsed JSON, httpx.Response)`` (its headers, its URL).
        """
        req = self._prepare(
            method,
            path,
            params,
            options,
            body,
            security=security,
            server=server,
            media_type=media_type,
            repeated=repeated,
        )
        if stream:
            req = dataclasses.replace(req, headers={**req.headers, "Accept": _EVENT_STREAM})
        if req.auth.fetch:
            req = self._authorized(req, self._fetch_token(req.auth.fetch), security)
        refreshed = False
        attempt = 0
        while True:
            attempt += 1
            self._before_send(req, attempt)
            started = time.perf_counter()
            try:
                request = self._client.build_request(
                    req.method, req.url, headers=req.headers, content=req.content, timeout=req.timeout
                )
                response = self._client.send(request, stream=stream)
                if stream and response.status_code >= 300:
                    try:
                        response.read()  # an error: its body is JSON, read whole
                    finally:
                        response.close()
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
            if response.status_code == 401 and req.auth.refreshable and not refreshed:
                refreshed = True  # a fetched token the API no longer takes: fetch one anew, once
                self._auth.forget_token(req.auth.refreshable)
                req = self._authorized(req, self._fetch_token(req.auth.refreshable), security)
                continue
            if response.status_code >= 300 and self._should_retry(req, response, attempt):
                delay = self.retry_policy.delay(attempt, response.headers)
                self._log_retry(req, attempt, delay)
                self._sleep(delay)
                continue
            if stream and response.status_code < 300:
                record(response)
                return response
            result = with_response(self._result(response, raw, errors), response)
            return (result, response) if keep_response else result

    def request_paged(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        item_parser: Callable[[Any], T],
        spec: PageSpec,
        options: RequestOptions | None = None,
        **route: Any,
    ) -> AutoPage[T]:
        """Request one page of a list answered in pages of `spec`'s style; the page fetches the next."""
        raw, response = self.request(method, path, params, options, keep_response=True, **route)
        following = next_request(spec, raw, params, response.headers.get("link"), str(response.url))
        later = _without_idempotency_key(options)

        def fetch(step: NextRequest) -> AutoPage[T]:
            if step.url is None:
                return self.request_paged(method, path, step.params, item_parser, spec, later, **route)
            origin, target = _split_url(step.url)
            return self.request_paged("GET", target, None, item_parser, spec, later, **{**route, "server": origin})

        return AutoPage(raw, [item_parser(item) for item in items_of(spec, raw)], following, fetch)

    def request_stream(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        item_parser: Callable[[Any], T],
        options: RequestOptions | None = None,
        **route: Any,
    ) -> Stream[T]:
        """Send one call whose answer is server-sent events: each event parsed with ``item_parser``.

        ``route``: ``body``, ``security``, ``server`` and ``media_type``, as for :meth:`request`.
        The connection is held until the stream is read to its end or closed (a ``with``
        block, or a loop that stops early).
        """
        response = self.request(method, path, params, options, stream=True, **route)
        return Stream(response, item_parser, self._result)

    def _fetch_token(self, scheme: str) -> str:
        """An access token of OAuth2 scheme `scheme`, by the client-credentials grant (kept until it expires)."""
        url, headers, content = self._auth.token_request(scheme)
        try:
            response = self._client.post(url, headers=headers, content=content, timeout=self.timeout)
        except httpx.TransportError as exc:
            raise APIConnectionError(self._redact(f"Could not fetch an access token from {url}: {exc}")) from exc
        self._auth.store_token(scheme, self._result(response))
        return self._auth.token_of(scheme)

    def request_page(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        item_parser: Callable[[Any], T],
        options: RequestOptions | None = None,
        *,
        security: tuple[str, ...] | None = None,
        server: str | None = None,
        errors: Mapping[str, Callable[[Any], Any]] | None = None,
    ) -> Page[T]:
        """Request a list endpoint; the page can fetch the following pages itself."""
        raw = self.request(method, path, params, options, security=security, server=server, errors=errors)
        later = _without_idempotency_key(options)

        def fetch(next_params: dict[str, Any]) -> Page[T]:
            return self.request_page(
                method, path, next_params, item_parser, later, security=security, server=server, errors=errors
            )

        return Page.from_json(raw, item_parser, params, fetch)

    def request_search_page(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        item_parser: Callable[[Any], T],
        options: RequestOptions | None = None,
        *,
        security: tuple[str, ...] | None = None,
        server: str | None = None,
        errors: Mapping[str, Callable[[Any], Any]] | None = None,
    ) -> SearchPage[T]:
        """Request a search endpoint; the page can fetch the following pages itself."""
        raw = self.request(method, path, params, options, security=security, server=server, errors=errors)
        later = _without_idempotency_key(options)

        def fetch(next_params: dict[str, Any]) -> SearchPage[T]:
            return self.request_search_page(
                method, path, next_params, item_parser, later, security=security, server=server, errors=errors
            )

        return SearchPage.from_json(raw, item_parser, params, fetch)

    def close(self) -> None:
        """Close the HTTP client if this requestor created it."""
        if self._owns_client and self._http:
            self._http[0].close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


# unasync: end of the sync twin.


def _split_url(url: str) -> tuple[str, str]:
    """(scheme://host[:port], /path?query) of an absolute URL."""
    parts = urlsplit(url)
    origin = f"{parts.scheme}://{parts.netloc}"
    return origin, url[len(origin) :] or "/"


def _raw_body(value: Any, body: BodyEncoding) -> bytes:
    """The bytes of a binary or text body: bytes as they are, a file object read, text in UTF-8."""
    if value is None:
        return b""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    if callable(getattr(value, "read", None)):
        data = value.read()
        return data.encode("utf-8") if isinstance(data, str) else bytes(data)
    if isinstance(value, str):
        return value.encode("utf-8")
    raise TypeError(f"a {body} body must be bytes, str or a file object, not {type(value).__name__}")


def _without_idempotency_key(options: RequestOptions | None) -> RequestOptions | None:
    """The options for follow-up page requests: a key is for one request only."""
    if not options or "idempotency_key" not in options:
        return options
    rest = RequestOptions(**options)
    del rest["idempotency_key"]
    return rest
