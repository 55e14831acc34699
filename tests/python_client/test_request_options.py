"""Per-request options over real HTTP against `codegen mock`, read off the requests httpx sent:
api_key, stripe_account, idempotency key, version, timeout, max retries, extra headers."""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterator
from types import ModuleType

import httpx
import pytest

from ..conftest import DEFAULT_SPEC
from ..mock.conftest import MockProcess

CLIENT_KEY = "sk_test_client_key_123"
REQUEST_KEY = "sk_test_request_key_456"


@pytest.fixture(scope="module")
def mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockProcess]:
    process = MockProcess(DEFAULT_SPEC, tmp_path_factory.mktemp("mock-cache"))
    yield process
    assert process.stop() == 0, "".join(process.stderr)


def _recording_client() -> tuple[httpx.Client, list[httpx.Request]]:
    sent: list[httpx.Request] = []
    return httpx.Client(event_hooks={"request": [sent.append]}), sent


def _key_of(request: httpx.Request) -> str:
    scheme, _, value = request.headers["authorization"].partition(" ")
    return value if scheme == "Bearer" else base64.b64decode(value).decode().rstrip(":")


def test_every_option_on_the_wire(sdk: ModuleType, mock: MockProcess, caplog: pytest.LogCaptureFixture) -> None:
    http, sent = _recording_client()
    client = sdk.StripeClient(CLIENT_KEY, base_url=mock.url, http_client=http)
    caplog.set_level(logging.DEBUG)
    customers = client.customers.with_options(
        api_key=REQUEST_KEY,
        stripe_account="acct_123",
        idempotency_key="idem-1",
        stripe_version="2024-06-20",
        timeout=7.5,
        max_retries=0,
        headers={"X-Extra": "yes"},
    )
    customers.create(email="a@example.com")
    client.customers.create(email="b@example.com")
    first, second = sent
    assert _key_of(first) == REQUEST_KEY and _key_of(second) == CLIENT_KEY
    assert first.headers["stripe-account"] == "acct_123" and "stripe-account" not in second.headers
    assert first.headers["idempotency-key"] == "idem-1" != second.headers["idempotency-key"]
    assert first.headers["stripe-version"] == "2024-06-20"
    assert first.headers["x-extra"] == "yes"
    assert first.extensions["timeout"]["read"] == 7.5
    assert REQUEST_KEY not in caplog.text and CLIENT_KEY not in caplog.text


def test_a_request_key_is_masked_in_errors(sdk: ModuleType, mock: MockProcess) -> None:
    client = sdk.StripeClient(CLIENT_KEY, base_url=mock.url, validate=False)
    with pytest.raises(sdk.APIError) as caught:
        client.customers.with_options(api_key=REQUEST_KEY).create(email=REQUEST_KEY, nope=REQUEST_KEY)
    assert REQUEST_KEY not in str(caught.value) and REQUEST_KEY not in repr(caught.value.json_body)
