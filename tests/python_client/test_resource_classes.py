"""Resource classes on global settings (`stripe_api.api_key`, `stripe_api.Customer.retrieve(id)`):
the same bytes on the wire as the client's services, typed results against `codegen mock`."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from ..conftest import DEFAULT_SPEC
from ..mock.conftest import MockProcess

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "runtime"))
from rt_server import LocalServer, Recorded, Reply

API_KEY = "sk_test_global"
CUSTOMER = {"id": "cus_1", "object": "customer", "email": "a@example.com"}


@pytest.fixture
def settings(sdk: ModuleType) -> Iterator[ModuleType]:
    saved = (sdk.api_key, sdk.api_base, sdk.api_version, sdk.max_network_retries)
    try:
        yield sdk
    finally:
        sdk.api_key, sdk.api_base, sdk.api_version, sdk.max_network_retries = saved


def _answer(request: Recorded) -> Reply:
    if request.method == "GET" and request.path == "/v1/customers":
        return Reply(body={"object": "list", "data": [CUSTOMER], "has_more": False, "url": "/v1/customers"})
    if request.method == "DELETE":
        return Reply(body={"id": "cus_1", "object": "customer", "deleted": True})
    return Reply(body=CUSTOMER)


def _wire(request: Recorded) -> tuple[Any, ...]:
    headers = {k: v for k, v in request.headers.items() if k not in ("idempotency-key", "user-agent")}
    return request.method, request.target, headers, request.body


def test_the_same_bytes_as_the_client(settings: ModuleType) -> None:
    sdk = settings
    server = LocalServer(_answer)
    try:
        sdk.api_key, sdk.api_base, sdk.api_version = API_KEY, server.url, "2024-06-20"
        calls = [
            (lambda: sdk.Customer.create(email="a@example.com", metadata={"k": "v"}), "create"),
            (lambda: sdk.Customer.retrieve("cus_1", expand=["default_source"]), "retrieve"),
            (lambda: sdk.Customer.modify("cus_1", email="b@example.com"), "modify"),
            (lambda: sdk.Customer.list(limit=3), "list"),
            (lambda: sdk.Customer.delete("cus_1"), "delete"),
        ]
        for call, _ in calls:
            call()
        client = sdk.StripeClient(API_KEY, base_url=server.url, stripe_version="2024-06-20")
        client.customers.create(email="a@example.com", metadata={"k": "v"})
        client.customers.retrieve("cus_1", expand=["default_source"])
        client.customers.update("cus_1", email="b@example.com")
        client.customers.list(limit=3)
        client.customers.delete("cus_1")
        recorded = server.requests
    finally:
        server.close()
    half = len(recorded) // 2
    assert len(recorded) == 10
    assert [_wire(r) for r in recorded[:half]] == [_wire(r) for r in recorded[half:]]


def test_typed_results_against_the_mock(settings: ModuleType, tmp_path: Path) -> None:
    sdk = settings
    mock = MockProcess(DEFAULT_SPEC, tmp_path)
    try:
        sdk.api_key, sdk.api_base = API_KEY, mock.url
        session = sdk.CustomerSession.create(customer="cus_123", components={"pricing_table": {"enabled": True}})
        assert isinstance(session, sdk.CustomerSession) and session.customer == "cus_123"
        customer = sdk.Customer.create(email="a@example.com")
        assert isinstance(customer, sdk.Customer)
        assert all(isinstance(c, sdk.Customer) for c in sdk.Customer.list(limit=2).auto_paging_iter())
        assert sdk.PaymentIntent.retrieve("pi_123").id == "pi_123"
        deleted = customer.delete()  # the instance's own id
        assert deleted.id == customer.id and isinstance(deleted, sdk.DeletedCustomer)
        assert sdk.Customer.delete("cus_9").id == "cus_9"
    finally:
        assert mock.stop() == 0


def test_no_key_is_refused_before_sending(settings: ModuleType) -> None:
    from stripe_api._runtime.auth import MissingCredentialsError

    settings.api_key, settings.api_base = None, "http://127.0.0.1:9"
    with pytest.raises(MissingCredentialsError, match="api_key"):
        settings.Customer.retrieve("cus_1")


def test_only_stripe_gets_them_by_default(package_root: Path) -> None:
    init = (package_root / "stripe_api" / "__init__.py").read_text()
    assert "api_key: str | None = None" in init
    assert (package_root / "stripe_api" / "_resources.py").is_file()
