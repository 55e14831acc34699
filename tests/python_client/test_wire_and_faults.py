"""The generated client on the wire: exact Stripe encoding, headers, retries, errors.

A real HTTP server on 127.0.0.1 (raw sockets, so it can reset connections)
records every request and answers from a script.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import pytest

from ..runtime.rt_server import LocalServer, Reply, Reset, Script
from ..wire_table import WIRE_CASES

API_KEY = "sk_test_wire_0123456789abcdef"
SESSION = {
    "object": "customer_session",
    "client_secret": "cuss_secret_abc",
    "created": 1700000000,
    "customer": "cus_123",
    "expires_at": 1700001800,
    "livemode": False,
}
CUSTOMER = {"id": "cus_123", "object": "customer", "created": 1700000000, "livemode": False}


@pytest.fixture
def server() -> Iterator[Callable[..., LocalServer]]:
    started: list[LocalServer] = []

    def start(*actions: Reply | Reset) -> LocalServer:
        instance = LocalServer(Script(*actions))
        started.append(instance)
        return instance

    yield start
    for instance in started:
        instance.close()


def _client(sdk: ModuleType, server: LocalServer, **options: Any) -> Any:
    client = sdk.StripeClient(API_KEY, base_url=server.url, **options)
    client._requestor._sleep = lambda seconds: client.sleeps.append(seconds)
    client.sleeps = []
    return client


@pytest.mark.parametrize(("params", "body"), WIRE_CASES)
def test_post_body_is_stripe_encoded(
    sdk: ModuleType, server: Callable[..., LocalServer], params: dict[str, Any], body: str
) -> None:
    local = server(Reply(200, SESSION))
    client = _client(sdk, local, stripe_version="2024-06-20")
    session = client.customer_sessions.create(**params)
    assert isinstance(session, sdk.CustomerSession)
    (request,) = local.requests
    assert (request.method, request.path) == ("POST", "/v1/customer_sessions")
    assert request.body.decode() == body
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["stripe-version"] == "2024-06-20"
    assert request.headers["user-agent"].startswith("stripe_api/0.1.0 python/")
    assert len(request.headers["idempotency-key"]) >= 32


def test_update_can_unset_with_empty_string(sdk: ModuleType, server: Callable[..., LocalServer]) -> None:
    local = server(Reply(200, CUSTOMER))
    client = _client(sdk, local)
    client.customers.update("cus_123", metadata="", description="VIP", address={"city": "Berlin"})
    (request,) = local.requests
    assert request.body.decode() == "metadata=&description=VIP&address%5Bcity%5D=Berlin"


def test_get_params_go_in_the_query_and_ids_are_quoted(sdk: ModuleType, server: Callable[..., LocalServer]) -> None:
    page = {"object": "list", "data": [CUSTOMER], "has_more": False, "url": "/v1/customers"}
    local = server(Reply(200, page), Reply(200, CUSTOMER), Reply(200, CUSTOMER))
    client = _client(sdk, local)
    result = client.customers.list(limit=2, created={"gte": 1700000000}, expand=["data.default_source"])
    assert [c.id for c in result.data] == ["cus_123"]
    client.customers.retrieve("cus/../../v1/charges?x=1")
    client.customers.retrieve("..")
    first, second, third = local.requests
    assert first.method == "GET" and first.body == b""
    assert first.query == "limit=2&created%5Bgte%5D=1700000000&expand%5B0%5D=data.default_source"
    assert "idempotency-key" not in first.headers
    assert second.path == "/v1/customers/cus%2F..%2F..%2Fv1%2Fcharges%3Fx%3D1"  # one segment, whatever it holds
    assert third.path == "/v1/customers/%2E%2E"


def test_retries_reuse_one_idempotency_key(sdk: ModuleType, server: Callable[..., LocalServer]) -> None:
    local = server(
        Reset(),
        Reply(500, {"error": {"type": "api_error", "message": "boom"}}),
        Reply(409, {"error": {"type": "invalid_request_error", "message": "lock timeout"}}),
        Reply(200, SESSION),
    )
    client = _client(sdk, local, max_retries=3)
    client.customer_sessions.create(customer="cus_123", components={"buy_button": {"enabled": True}})
    keys = {r.headers["idempotency-key"] for r in local.requests}
    assert len(local.requests) == 4 and len(keys) == 1
    assert len(client.sleeps) == 3


def test_own_idempotency_key(sdk: ModuleType, server: Callable[..., LocalServer]) -> None:
    local = server(Reply(200, SESSION))
    client = _client(sdk, local)
    client.customer_sessions.with_options(idempotency_key="order-42").create(
        customer="cus_123", components={"buy_button": {"enabled": True}}
    )
    assert local.requests[0].headers["idempotency-key"] == "order-42"


def test_retry_after_is_obeyed(sdk: ModuleType, server: Callable[..., LocalServer]) -> None:
    limited = Reply(429, {"error": {"type": "invalid_request_error", "message": "slow down"}}, {"Retry-After": "1"})
    local = server(limited, Reply(200, CUSTOMER))
    client = _client(sdk, local)
    assert client.customers.retrieve("cus_123").id == "cus_123"
    assert client.sleeps == [1.0]


def test_gives_up_after_max_retries_with_the_right_error(sdk: ModuleType, server: Callable[..., LocalServer]) -> None:
    body = {"error": {"type": "invalid_request_error", "code": "rate_limit", "message": "Too many requests"}}
    local = server(*[Reply(429, body, {"Request-Id": "req_42"})] * 3)
    client = _client(sdk, local, max_retries=2)
    with pytest.raises(sdk.RateLimitError) as caught:
        client.customers.retrieve("cus_123")
    assert len(local.requests) == 3
    error = caught.value
    assert (error.http_status, error.code, error.request_id) == (429, "rate_limit", "req_42")
    assert API_KEY not in str(error) and API_KEY not in repr(error)


def test_invalid_request_error_carries_param(sdk: ModuleType, server: Callable[..., LocalServer]) -> None:
    body = {"error": {"type": "invalid_request_error", "param": "components", "message": "Missing components."}}
    local = server(Reply(400, body))
    client = _client(sdk, local, validate=False)
    with pytest.raises(sdk.InvalidRequestError) as caught:
        client.customer_sessions.create(customer="cus_123")  # type: ignore[call-arg]
    assert caught.value.param == "components"
    assert len(local.requests) == 1, "a 400 is not retried"


def test_connection_refused_is_a_connection_error(sdk: ModuleType) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = sdk.StripeClient(API_KEY, base_url=f"http://127.0.0.1:{port}", max_retries=1)
    client._requestor._sleep = lambda seconds: None
    with pytest.raises(sdk.APIConnectionError) as caught:
        client.customers.retrieve("cus_123")
    assert API_KEY not in str(caught.value)


def test_async_client_retries_too(sdk: ModuleType, server: Callable[..., LocalServer]) -> None:
    local = server(Reset(), Reply(200, SESSION))

    async def run() -> Any:
        async def no_sleep(seconds: float) -> None:
            return None

        async with sdk.AsyncStripeClient(API_KEY, base_url=local.url) as client:
            client._requestor._sleep = no_sleep
            return await client.customer_sessions.create(
                customer="cus_123", components={"buy_button": {"enabled": True}}
            )

    session = asyncio.run(run())
    assert isinstance(session, sdk.CustomerSession)
    assert len({r.headers["idempotency-key"] for r in local.requests}) == 1 and len(local.requests) == 2


def test_api_key_is_never_shown(sdk: ModuleType, server: Callable[..., LocalServer]) -> None:
    local = server()
    client = _client(sdk, local)
    assert API_KEY not in repr(client)
    assert API_KEY not in repr(client.customers)
    assert API_KEY not in repr(client._requestor)


def test_invalid_params_are_refused_before_sending(sdk: ModuleType, server: Callable[..., LocalServer]) -> None:
    local = server(Reply(200, SESSION))
    client = _client(sdk, local)
    bad = {"payment_element": {"enabled": "yes", "features": {"payment_method_save": "maybe"}}}
    with pytest.raises(sdk.ParamsValidationError) as caught:
        client.customer_sessions.create(customer="cus_1", components=bad, colour="blue")
    assert local.requests == [], "nothing may be sent for invalid params"
    paths = sorted(issue.dotted_path for issue in caught.value.issues)
    assert paths == [
        "colour",
        "components.payment_element.enabled",
        "components.payment_element.features.payment_method_save",
    ]
    text = str(caught.value)
    assert "components.payment_element.features.payment_method_save" in text and "'maybe'" in text
    # validate=False per call sends it anyway, and the server has the last word
    client.customer_sessions.with_options(validate=False).create(customer="cus_1", components=bad)
    assert len(local.requests) == 1


def test_strict_mode_checks_responses(sdk: ModuleType, server: Callable[..., LocalServer]) -> None:
    broken = {**SESSION, "created": "yesterday", "livemode": "no"}
    local = server(Reply(200, broken), Reply(200, broken))
    lenient = _client(sdk, local)
    assert lenient.customer_sessions.create(customer="cus_1", components={"buy_button": {"enabled": True}})
    strict = _client(sdk, local, strict=True)
    with pytest.raises(sdk.ResponseValidationError) as caught:
        strict.customer_sessions.create(customer="cus_1", components={"buy_button": {"enabled": True}})
    assert sorted(issue.dotted_path for issue in caught.value.issues) == ["created", "livemode"]
