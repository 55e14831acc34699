"""Raw responses over real HTTP against `codegen mock`: `last_response` on models and pages, and
`with_raw_response` (status, headers, request id, `parse()`), sync and async."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from types import ModuleType

import pytest

from ..conftest import DEFAULT_SPEC
from ..mock.conftest import MockProcess

API_KEY = "sk_test_raw"


@pytest.fixture(scope="module")
def mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockProcess]:
    process = MockProcess(DEFAULT_SPEC, tmp_path_factory.mktemp("mock-cache"))
    yield process
    assert process.stop() == 0, "".join(process.stderr)


def test_last_response(sdk: ModuleType, mock: MockProcess) -> None:
    with sdk.StripeClient(API_KEY, base_url=mock.url) as client:
        customer = client.customers.retrieve("cus_123")
        page = client.customers.list(limit=2)
    assert customer.last_response.status_code == 200
    assert customer.last_response.request_id.startswith("req_")
    assert customer.last_response.headers["content-type"].startswith("application/json")
    assert page.last_response.request_id.startswith("req_")
    assert customer.to_dict() == dict(customer.to_dict())  # plain JSON still
    assert sdk.Customer.from_dict({"id": "cus_1"}).last_response is None


def test_with_raw_response(sdk: ModuleType, mock: MockProcess) -> None:
    with sdk.StripeClient(API_KEY, base_url=mock.url) as client:
        raw = client.customers.with_raw_response.create(email="a@example.com")
        nested = client.customers.payment_methods.with_raw_response.list("cus_123")
        options = client.customers.with_options(max_retries=0).with_raw_response.delete("cus_9")
    assert raw.status_code == 200 and raw.request_id.startswith("req_")
    assert raw.headers["request-id"] == raw.request_id
    customer = raw.parse()
    assert isinstance(customer, sdk.Customer) and customer.email == "a@example.com"
    assert [type(item).__name__ for item in nested.parse().data] == ["PaymentMethod"] * len(nested.parse().data)
    assert options.parse().id == "cus_9"
    with pytest.raises(AttributeError):
        client.customers.with_raw_response.nope  # noqa: B018


def test_with_raw_response_async(sdk: ModuleType, mock: MockProcess) -> None:
    async def main() -> None:
        async with sdk.AsyncStripeClient(API_KEY, base_url=mock.url) as client:
            raw = await client.customer_sessions.with_raw_response.create(
                customer="cus_123", components={"pricing_table": {"enabled": True}}
            )
            assert raw.status_code == 200 and raw.request_id
            session = raw.parse()
            assert isinstance(session, sdk.CustomerSession)
            assert session.last_response.request_id == raw.request_id
            page = await client.customers.list(limit=1)
            assert page.last_response.status_code == 200

    asyncio.run(main())


def test_errors_still_raise(sdk: ModuleType, mock: MockProcess) -> None:
    with (
        sdk.StripeClient(API_KEY, base_url=mock.url, validate=False) as client,
        pytest.raises(sdk.InvalidRequestError),
    ):
        client.customers.with_raw_response.create(nope="x")
