"""The requestors against a real HTTP server on 127.0.0.1: headers, retries, errors, secrecy."""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
import pytest
from rt_server import LocalServer, Recorded, Reply, Reset, Responder, Script

UA = "rtpkg/1.0.0 python/3.11 httpx/test"
VERSION = "2024-06-20"
CUSTOMER = {"id": "cus_123", "object": "customer"}

ServerFactory = Callable[[Responder], LocalServer]


class Sleeps(list[float]):
    """Records the requested sleeps instead of sleeping (sync and async)."""

    def sync(self, seconds: float) -> None:
        self.append(seconds)

    async def async_(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


def make_sync(rt: ModuleType, api_key: str, base_url: str, sleeps: Sleeps, **kwargs: Any) -> Any:
    kwargs.setdefault("retry_policy", rt.RetryPolicy(initial_delay=0.5, random=lambda: 1.0))
    kwargs.setdefault("api_version", VERSION)
    kwargs.setdefault("timeout", 5.0)
    return rt.SyncRequestor(api_key, base_url=base_url, user_agent=UA, sleep=sleeps.sync, **kwargs)


def make_async(rt: ModuleType, api_key: str, base_url: str, sleeps: Sleeps, **kwargs: Any) -> Any:
    kwargs.setdefault("retry_policy", rt.RetryPolicy(initial_delay=0.5, random=lambda: 1.0))
    kwargs.setdefault("api_version", VERSION)
    kwargs.setdefault("timeout", 5.0)
    return rt.AsyncRequestor(api_key, base_url=base_url, user_agent=UA, sleep=sleeps.async_, **kwargs)


def call(rt: ModuleType, mode: str, api_key: str, base_url: str, sleeps: Sleeps, *args: Any, **kwargs: Any) -> Any:
    """``request(*args)`` with a fresh sync or async requestor (``kwargs`` configure it)."""
    if mode == "sync":
        with make_sync(rt, api_key, base_url, sleeps, **kwargs) as requestor:
            return requestor.request(*args)

    async def run() -> Any:
        async with make_async(rt, api_key, base_url, sleeps, **kwargs) as requestor:
            return await requestor.request(*args)

    return asyncio.run(run())


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


def error_body(**error: Any) -> dict[str, Any]:
    return {"error": error}


# --- request shape -------------------------------------------------------------------


@MODES
def test_post_headers_and_form_body(
    rt: ModuleType, api_key: str, server: ServerFactory, sleeps: Sleeps, mode: str
) -> None:
    srv = server(Script(Reply(200, CUSTOMER)))
    params = {"email": "a+b@c.d", "metadata": {"k": "v"}, "expand": ["x"], "skip": None}
    result = call(rt, mode, api_key, srv.url, sleeps, "post", "/v1/customers", params)
    assert result == CUSTOMER
    (req,) = srv.requests
    assert req.method == "POST"
    assert req.target == "/v1/customers"
    assert req.headers["authorization"] == f"Bearer {api_key}"
    assert req.headers["stripe-version"] == VERSION
    assert req.headers["user-agent"] == UA
    assert req.headers["content-type"] == "application/x-www-form-urlencoded"
    assert uuid.UUID(req.headers["idempotency-key"]).version == 4
    assert req.body == b"email=a%2Bb%40c.d&metadata%5Bk%5D=v&expand%5B0%5D=x"


@MODES
def test_get_query_string_without_idempotency_key(
    rt: ModuleType, api_key: str, server: ServerFactory, sleeps: Sleeps, mode: str
) -> None:
    srv = server(Script(Reply(200, {"object": "list", "data": []})))
    call(rt, mode, api_key, srv.url, sleeps, "GET", "/v1/customers", {"limit": 3, "expand": ["data.x"], "n": None})
    (req,) = srv.requests
    assert req.method == "GET"
    assert req.query == "limit=3&expand%5B0%5D=data.x"
    assert "idempotency-key" not in req.headers
    assert "content-type" not in req.headers
    assert req.body == b""


def test_delete_params_in_query_and_no_version(
    rt: ModuleType, api_key: str, server: ServerFactory, sleeps: Sleeps
) -> None:
    srv = server(Script(Reply(200, {"id": "cus_1", "deleted": True})))
    call(rt, "sync", api_key, srv.url, sleeps, "delete", "/v1/customers/cus_1", {"a": True}, api_version=None)
    (req,) = srv.requests
    assert req.method == "DELETE"
    assert req.target == "/v1/customers/cus_1?a=true"
    assert "stripe-version" not in req.headers
    assert "idempotency-key" not in req.headers


def test_per_call_options(rt: ModuleType, api_key: str, server: ServerFactory, sleeps: Sleeps) -> None:
    srv = server(Script(Reply(200, CUSTOMER), Reply(200, CUSTOMER)))
    with make_sync(rt, api_key, srv.url, sleeps) as requestor:
        requestor.request(
            "post",
            "/v1/customers",
            None,
            {"idempotency_key": "my-key-1", "stripe_version": "2099-01-01", "headers": {"X-Extra": "1"}},
        )
        requestor.request("get", "/v1/customers/cus_1", None, {"idempotency_key": "get-key"})
    first, second = srv.requests
    assert first.headers["idempotency-key"] == "my-key-1"
    assert first.headers["stripe-version"] == "2099-01-01"
    assert first.headers["x-extra"] == "1"
    assert first.body == b""
    assert second.headers["idempotency-key"] == "get-key"


def test_with_options_defaults_and_shared_client(
    rt: ModuleType, api_key: str, server: ServerFactory, sleeps: Sleeps
) -> None:
    srv = server(Script(Reply(200, CUSTOMER), Reply(200, CUSTOMER)))
    with make_sync(rt, api_key, srv.url, sleeps) as requestor:
        scoped = requestor.with_options(stripe_version="2030-01-01", headers={"Stripe-Account": "acct_1"})
        assert scoped.default_options == {"stripe_version": "2030-01-01", "headers": {"Stripe-Account": "acct_1"}}
        scoped.request("get", "/v1/a", None, {"headers": {"X-Call": "1"}})
        scoped.close()  # a copy never closes the shared client
        requestor.request("get", "/v1/b")
    first, second = srv.requests
    assert first.headers["stripe-version"] == "2030-01-01"
    assert first.headers["stripe-account"] == "acct_1"
    assert first.headers["x-call"] == "1"
    assert second.headers["stripe-version"] == VERSION
    assert "stripe-account" not in second.headers


def test_user_http_client_is_used_and_not_closed(
    rt: ModuleType, api_key: str, server: ServerFactory, sleeps: Sleeps
) -> None:
    srv = server(Script(Reply(200, CUSTOMER)))
    client = httpx.Client(headers={"X-From-Client": "yes"})
    with make_sync(rt, api_key, srv.url, sleeps, http_client=client) as requestor:
        requestor.request("get", "/v1/customers/cus_1")
    assert not client.is_closed
    client.close()
    assert srv.requests[0].headers["x-from-client"] == "yes"


# --- retries -----------------------------------------------------------------------------


@MODES
def test_connection_reset_then_success(
    rt: ModuleType, api_key: str, server: ServerFactory, sleeps: Sleeps, mode: str
) -> None:
    srv = server(Script(Reset(), Reply(200, CUSTOMER)))
    assert call(rt, mode, api_key, srv.url, sleeps, "post", "/v1/customers", {"a": 1}) == CUSTOMER
    assert len(srv.requests) == 2
    assert sleeps == [0.5]
    assert srv.requests[0].headers["idempotency-key"] == srv.requests[1].headers["idempotency-key"]


@MODES
def test_500_then_200(rt: ModuleType, api_key: str, server: ServerFactory, sleeps: Sleeps, mode: str) -> None:
    srv = server(Script(Reply(500, error_body(type="api_error", message="oops")), Reply(200, CUSTOMER)))
    assert call(rt, mode, api_key, srv.url, sleeps, "get", "/v1/customers/cus_123") == CUSTOMER
    assert len(srv.requests) == 2
    assert sleeps == [0.5]


@MODES
def test_429_obeys_retry_after(rt: ModuleType, api_key: str, server: ServerFactory, sleeps: Sleeps, mode: str) -> None:
    srv = server(Script(Reply(429, error_body(message="slow down"), {"Retry-After": "1"}), Reply(200, CUSTOMER)))
    assert call(rt, mode, api_key, srv.url, sleeps, "post", "/v1/customers") == CUSTOMER
    assert sleeps == [pytest.approx(1.0)]


def test_retry_after_is_capped(rt: ModuleType, api_key: str, server: ServerFactory, sleeps: Sleeps) -> None:
    srv = server(Script(Reply(503, {}, {"Retry-After": "3600"}), Reply(200, CUSTOMER)))
    call(rt, "sync", api_key, srv.url, sleeps, "get", "/v1/x")
    assert sleeps == [60.0]


def test_409_then_200(rt: ModuleType, api_key: str, server: ServerFactory, sleeps: Sleeps) -> None:
    conflict = error_body(type="invalid_request_error", code="lock_timeout", message="locked")
    srv = server(Script(Reply(409, conflict), Reply(200, CUSTOMER)))
    assert call(rt, "sync", api_key, srv.url, sleeps, "post", "/v1/customers") == CUSTOMER
    assert len(srv.requests) == 2


@MODES
def test_should_retry_false_stops_retries(
    rt: ModuleType, api_key: str, server: ServerFactory, sleeps: Sleeps, mode: str
) -> None:
    srv = server(Script(Reply(500, error_body(type="api_error", message="no"), {"Stripe-Should-Retry": "false"})))
    with pytest.raises(rt.InternalServerError) as info:
        call(rt, mode, api_key, srv.url, sleeps, "post", "/v1/customers")
    assert len(srv.requests) == 1
    assert sleeps == []
    assert info.value.http_status == 500


def test_should_retry_true_retries_a_400(rt: ModuleType, api_key: str, server: ServerFactory, sleeps: Sleeps) -> None:
    srv = server(Script(Reply(400, error_body(message="later"), {"Stripe-Should-Retry": "true"}), Reply(200, CUSTOMER)))
    assert call(rt, "sync", api_key, srv.url, sleeps, "post", "/v1/customers") == CUSTOMER
    assert len(srv.requests) == 2


def test_client_errors_are_not_retried(rt: ModuleType, api_key: str, server: ServerFactory, sleeps: Sleeps) -> None:
    body = error_body(type="card_error", code="card_declined", decline_code="fraudulent", message="Declined")
    srv = server(Script(Reply(402, body, {"Request-Id": "req_card"})))
    with pytest.raises(rt.CardError) as info:
        call(rt, "sync", api_key, srv.url, sleeps, "post", "/v1/payment_intents/pi_1/confirm")
    assert info.value.decline_code == "fraudulent"
    assert info.value.request_id == "req_card"
    assert len(srv.requests) == 1


@MODES
def test_exhausted_retries_raise_the_server_error(
    rt: ModuleType, api_key: str, server: ServerFactory, sleeps: Sleeps, mode: str
) -> None:
    body = error_body(type="api_error", code="internal", param="amount", message="Server is sad")
    srv = server(Script(*[Reply(500, body, {"Request-Id": f"req_{i}"}) for i in range(3)]))
    with pytest.raises(rt.InternalServerError) as info:
        call(rt, mode, api_key, srv.url, sleeps, "post", "/v1/charges", {"amount": 5})
    err = info.value
    assert (err.http_status, err.code, err.param, err.type) == (500, "internal", "amount", "api_error")
    assert err.request_id == "req_2"
    assert str(err) == "(Request req_2) Server is sad"
    assert len(srv.requests) == 3
    assert sleeps == [0.5, 1.0]  # full-jitter ceilings with random() == 1.0
    assert len({r.headers["idempotency-key"] for r in srv.requests}) == 1


@pytest.mark.parametrize(
    ("status", "error", "cls"),
    [
        (429, {"type": "invalid_request_error", "code": "rate_limit", "message": "Too many"}, "RateLimitError"),
        (409, {"type": "idempotency_error", "message": "Key in use"}, "IdempotencyError"),
    ],
)
def test_exhausted_retries_exception_class(
    rt: ModuleType, api_key: str, server: ServerFactory, sleeps: Sleeps, status: int, error: Any, cls: str
) -> None:
    srv = server(lambda request: Reply(status, {"error": error}, {"Request-Id": "req_x"}))
    with pytest.raises(rt.APIError) as info:
        call(rt, "sync", api_key, srv.url, sleeps, "post", "/v1/x", None, max_retries=1)
    assert type(info.value).__name__ == cls
    assert info.value.http_status == status
    assert len(srv.requests) == 2


def test_max_retries_option_per_call(rt: ModuleType, api_key: str, server: ServerFactory, sleeps: Sleeps) -> None:
    srv = server(lambda request: Reply(500, {}))
    with make_sync(rt, api_key, srv.url, sleeps) as requestor, pytest.raises(rt.InternalServerError):
        requestor.request("get", "/v1/x", None, {"max_retries": 0})
    assert len(srv.requests) == 1


@MODES
def test_connection_refused_after_retries(
    rt: ModuleType, api_key: str, free_port: int, sleeps: Sleeps, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="rtpkg")
    url = f"http://127.0.0.1:{free_port}"
    with pytest.raises(rt.APIConnectionError) as info:
        call(rt, mode, api_key, url, sleeps, "post", "/v1/customers", {"a": 1}, logger_name="rtpkg")
    err = info.value
    assert err.http_status is None
    assert err.should_retry is True
    assert "after 3 attempts" in str(err)
    assert "POST /v1/customers" in str(err)
    assert isinstance(err.__cause__, httpx.ConnectError)
    assert len(sleeps) == 2
    for text in (str(err), repr(err), caplog.text):
        assert api_key not in text
    assert "failed=ConnectError attempt=3" in caplog.text


def test_idempotency_keys_differ_between_posts(
    rt: ModuleType, api_key: str, server: ServerFactory, sleeps: Sleeps
) -> None:
    srv = server(Script(Reset(), Reply(200, CUSTOMER), Reply(500, {}), Reply(200, CUSTOMER)))
    with make_sync(rt, api_key, srv.url, sleeps) as requestor:
        requestor.request("post", "/v1/customers")
        requestor.request("post", "/v1/customers")
    keys = [r.headers["idempotency-key"] for r in srv.requests]
    assert keys[0] == keys[1]
    assert keys[2] == keys[3]
    assert keys[0] != keys[2]


@MODES
def test_user_idempotency_key_reused_on_retries(
    rt: ModuleType, api_key: str, server: ServerFactory, sleeps: Sleeps, mode: str
) -> None:
    srv = server(Script(Reply(500, {}), Reply(200, CUSTOMER)))
    call(rt, mode, api_key, srv.url, sleeps, "post", "/v1/customers", None, {"idempotency_key": "order-42"})
    assert [r.headers["idempotency-key"] for r in srv.requests] == ["order-42", "order-42"]


# --- responses -------------------------------------------------------------------------


def test_invalid_json_success_body(rt: ModuleType, api_key: str, server: ServerFactory, sleeps: Sleeps) -> None:
    srv = server(Script(Reply(200, b"<html>not json</html>")))
    with pytest.raises(rt.InternalServerError) as info:
        call(rt, "sync", api_key, srv.url, sleeps, "get", "/v1/x")
    assert info.value.http_status == 200


def test_empty_success_body_is_none(rt: ModuleType, api_key: str, server: ServerFactory, sleeps: Sleeps) -> None:
    srv = server(Script(Reply(200, b"")))
    assert call(rt, "sync", api_key, srv.url, sleeps, "get", "/v1/x") is None


# --- secrecy and logging ----------------------------------------------------------------


def test_api_key_never_shown(
    rt: ModuleType, api_key: str, server: ServerFactory, sleeps: Sleeps, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="rtpkg")

    def echo_key(request: Recorded) -> Reply:
        return Reply(
            401,
            error_body(type="invalid_request_error", message=f"Invalid API Key provided: {api_key}"),
            {"Request-Id": "req_auth"},
        )

    srv = server(echo_key)
    requestor = make_sync(rt, api_key, srv.url, sleeps, logger_name="rtpkg")
    with requestor, pytest.raises(rt.AuthenticationError) as info:
        requestor.request("post", "/v1/customers", {"email": "secret@example.com"})
    err = info.value
    texts = [repr(requestor), str(requestor), repr(requestor.with_options(max_retries=0)), str(err), repr(err)]
    texts += [err.body, err.message, str(err.args), str(vars(requestor))]
    texts.append(caplog.text)
    for text in texts:
        assert api_key not in text
    assert "***" in err.message
    assert "secret@example.com" not in caplog.text  # bodies are never logged
    assert "POST /v1/customers status=401 request_id=req_auth attempt=1 elapsed_ms=" in caplog.text
    assert all(r.name == "rtpkg" and r.levelno == logging.DEBUG for r in caplog.records)


def test_default_logger_name(rt: ModuleType, api_key: str, server: ServerFactory, sleeps: Sleeps, caplog: Any) -> None:
    caplog.set_level(logging.DEBUG, logger="codegen_client")
    srv = server(Script(Reply(500, {}), Reply(200, CUSTOMER, {"Request-Id": "req_ok"})))
    call(rt, "sync", api_key, srv.url, sleeps, "get", "/v1/customers", {"email": "hidden@example.com"})
    assert "GET /v1/customers status=500" in caplog.text
    assert "retry=1/2 sleep_s=0.500" in caplog.text
    assert "GET /v1/customers status=200 request_id=req_ok attempt=2" in caplog.text
    assert "hidden" not in caplog.text  # the query string is not logged
    assert api_key not in caplog.text


@MODES
def test_key_echoed_in_a_header_is_masked_in_httpcore_logs(
    rt: ModuleType, api_key: str, server: ServerFactory, sleeps: Sleeps, caplog: pytest.LogCaptureFixture, mode: str
) -> None:
    """httpcore dumps response headers at DEBUG: the echoed key (and cookies) show as ``***``."""
    caplog.set_level(logging.DEBUG)  # every logger, httpcore's included
    echo = {"X-Echo": f"Bearer {api_key}", "Set-Cookie": "session=s3cr3t-cookie; Path=/"}
    srv = server(Script(Reply(200, CUSTOMER, echo)))
    call(rt, mode, api_key, srv.url, sleeps, "get", "/v1/customers")
    headers = [r for r in caplog.records if r.name.startswith("httpcore") and "X-Echo" in r.getMessage()]
    assert headers, "httpcore logged no response headers"
    assert api_key not in caplog.text and "s3cr3t-cookie" not in caplog.text
    assert "(b'X-Echo', b'Bearer ***')" in caplog.text and "(b'Set-Cookie', b'***')" in caplog.text


def test_redaction_filter(rt: ModuleType, api_key: str) -> None:
    from rtpkg._runtime import redaction

    class Owner:
        pass

    owner = Owner()
    redaction.register_secret(owner, "plain-secret-value")
    record = logging.LogRecord("x", logging.DEBUG, __file__, 1, "got %s and %r", ("plain-secret-value", 1), None)
    assert redaction.RedactingFilter().filter(record)  # masks, never drops
    assert record.getMessage() == "got *** and 1"
    assert redaction.redact("Authorization: Bearer abc.def\ncookie: a=b") == "Authorization: ***\ncookie: ***"
    assert redaction.redact("(b'authorization', b'Basic dXNlcjpwdw==')") == "(b'authorization', b'***')"
    assert redaction.redact("nothing to hide") == "nothing to hide"
    del owner  # a secret is forgotten with the last requestor holding it
    assert redaction.redact("plain-secret-value") == "plain-secret-value"


# --- validation ---------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["", "   ", "sk_test_abc\n", "sk test", "sk_tést"])
def test_bad_api_keys(rt: ModuleType, key: str) -> None:
    with pytest.raises(ValueError, match="api_key") as info:
        rt.SyncRequestor(key, base_url="https://api.example.com", user_agent=UA)
    if key.strip():
        assert key.strip() not in str(info.value)


def test_negative_max_retries(rt: ModuleType, api_key: str) -> None:
    with pytest.raises(ValueError, match="max_retries"):
        rt.SyncRequestor(api_key, base_url="https://api.example.com", user_agent=UA, max_retries=-1)
    with pytest.raises(ValueError, match="max_retries"):
        rt.AsyncRequestor(api_key, base_url="https://api.example.com", user_agent=UA, max_retries=-1)


@pytest.mark.parametrize(
    "url",
    ["http://api.example.com", "http://10.0.0.1", "http://192.168.1.5:8080", "ftp://127.0.0.1", "api.example.com"],
)
def test_insecure_base_urls_refused(rt: ModuleType, api_key: str, url: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        rt.SyncRequestor(api_key, base_url=url, user_agent=UA)


@pytest.mark.parametrize(
    "url",
    ["https://api.example.com/", "http://127.0.0.1:8080", "http://127.5.6.7", "http://localhost:1", "http://[::1]:9"],
)
def test_accepted_base_urls(rt: ModuleType, api_key: str, url: str) -> None:
    with rt.SyncRequestor(api_key, base_url=url, user_agent=UA) as requestor:
        assert requestor.base_url == url.rstrip("/")


def test_path_must_be_absolute(rt: ModuleType, api_key: str) -> None:
    requestor = rt.SyncRequestor(api_key, base_url="https://api.example.com", user_agent=UA)
    with requestor, pytest.raises(ValueError, match="path"):
        requestor.request("get", "v1/customers")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("cus_123", "cus_123"),
        ("a/b", "a%2Fb"),
        ("..", "%2E%2E"),
        (".", "%2E"),
        ("../admin", "..%2Fadmin"),
        ("x?y#z", "x%3Fy%23z"),
        ("sp ace+é", "sp%20ace%2B%C3%A9"),
        ("~_.-", "~_.-"),
    ],
)
def test_quote_path_param(rt: ModuleType, value: str, expected: str) -> None:
    assert rt.quote_path_param(value) == expected


def test_quote_path_param_keeps_the_route(rt: ModuleType, api_key: str, server: ServerFactory, sleeps: Sleeps) -> None:
    srv = server(lambda request: Reply(200, CUSTOMER))
    with make_sync(rt, api_key, srv.url, sleeps) as requestor:
        for value in ["..", "../../v1/admin", "a/b"]:
            requestor.request("get", f"/v1/customers/{rt.quote_path_param(value)}")
    assert [r.path for r in srv.requests] == [
        "/v1/customers/%2E%2E",
        "/v1/customers/..%2F..%2Fv1%2Fadmin",
        "/v1/customers/a%2Fb",
    ]
    with pytest.raises(ValueError):
        rt.quote_path_param("")


def test_retry_policy_numbers(rt: ModuleType) -> None:
    policy = rt.RetryPolicy(random=lambda: 1.0)
    assert [policy.backoff(n) for n in range(1, 7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert rt.RetryPolicy(random=lambda: 0.25).backoff(3) == 0.5
    assert policy.retry_after({"retry-after": "2.5"}) == 2.5
    assert policy.retry_after({"Retry-After": "soon"}) is None
    assert policy.retry_after({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}) == 0.0  # in the past
    assert policy.should_retry_response(503, {}) and policy.should_retry_response(409, {})
    assert not policy.should_retry_response(400, {})
    assert not policy.should_retry_response(503, {"stripe-should-retry": "false"})
    assert policy.backoff(5000) == 8.0
    with pytest.raises(ValueError):
        rt.RetryPolicy(initial_delay=-1)


def test_the_http_client_is_made_on_the_first_request_and_shared(
    rt: ModuleType, api_key: str, server: ServerFactory, sleeps: Sleeps
) -> None:
    srv = server(Script(Reply(200, CUSTOMER), Reply(200, CUSTOMER)))
    requestor = make_sync(rt, api_key, srv.url, sleeps)
    scoped = requestor.with_options(max_retries=0)
    assert requestor._http == [] and scoped._http == []  # constructing costs no TLS context
    scoped.request("get", "/v1/a")
    assert len(requestor._http) == 1 and requestor._http is scoped._http  # one pool for both
    requestor.request("get", "/v1/b")
    requestor.close()
    assert requestor._http[0].is_closed
    make_sync(rt, api_key, srv.url, sleeps).close()  # never used: nothing to close


def test_stripe_account_only_for_stripe(rt: ModuleType, api_key: str, server: ServerFactory, sleeps: Sleeps) -> None:
    srv = server(Script(Reply(200, CUSTOMER)))
    with make_sync(rt, api_key, srv.url, sleeps, stripe=True) as requestor:
        requestor.request("get", "/v1/a", None, {"stripe_account": "acct_9"})
    assert srv.requests[0].headers["stripe-account"] == "acct_9"
    with make_sync(rt, api_key, srv.url, sleeps) as other, pytest.raises(ValueError, match="Stripe"):
        other.request("get", "/v1/a", None, {"stripe_account": "acct_9"})
