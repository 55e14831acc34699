"""Observability over real HTTP against `codegen mock`: request/response hooks (method, path,
status, request id, elapsed; never the key) and `set_app_info` in the User-Agent."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from ..conftest import DEFAULT_SPEC
from ..mock.conftest import MockProcess

API_KEY = "sk_test_observed_0123456789"


@pytest.fixture(scope="module")
def mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockProcess]:
    process = MockProcess(DEFAULT_SPEC, tmp_path_factory.mktemp("mock-cache"))
    yield process
    assert process.stop() == 0, "".join(process.stderr)


def test_hooks(sdk: ModuleType, mock: MockProcess) -> None:
    seen: list[Any] = []
    client = sdk.StripeClient(API_KEY, base_url=mock.url, on_request=seen.append, on_response=seen.append)
    customer = client.customers.retrieve("cus_123")
    before, after = seen
    assert isinstance(before, sdk.RequestEvent) and isinstance(after, sdk.ResponseEvent)
    assert (before.method, before.path, before.attempt) == ("GET", "/v1/customers/cus_123", 1)
    assert (after.method, after.path, after.status_code) == ("GET", "/v1/customers/cus_123", 200)
    assert after.request_id == customer.last_response.request_id and after.elapsed > 0
    assert API_KEY not in repr(seen)
    seen.clear()
    with pytest.raises(sdk.InvalidRequestError):
        client.customers.with_options(validate=False).create(nope="x")
    assert seen[-1].status_code == 400


def test_hooks_async(sdk: ModuleType, mock: MockProcess) -> None:
    seen: list[Any] = []

    async def main() -> None:
        async with sdk.AsyncStripeClient(API_KEY, base_url=mock.url, on_response=seen.append) as client:
            await client.customers.list(limit=1)

    asyncio.run(main())
    assert [(event.path, event.status_code) for event in seen] == [("/v1/customers", 200)]


def test_set_app_info(sdk: ModuleType, mock: MockProcess) -> None:
    sent: list[httpx.Request] = []
    client = sdk.StripeClient(
        API_KEY, base_url=mock.url, http_client=httpx.Client(event_hooks={"request": [sent.append]})
    )
    sdk.set_app_info("MyPlugin", version="1.2.3", url="https://example.com")
    try:
        client.customers.retrieve("cus_123")
    finally:
        sdk.set_app_info.__globals__["_APP_INFO"].clear()
    assert sent[0].headers["user-agent"].endswith(" MyPlugin/1.2.3 (https://example.com)")
    assert sent[0].headers["user-agent"].startswith("stripe_api/")
    with pytest.raises(ValueError):
        sdk.set_app_info("bad\r\nname")
