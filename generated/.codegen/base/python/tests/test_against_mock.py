"""Tests of `stripe_api` against a mock of the API: start `codegen mock` on the same spec, then
`STRIPE_API_BASE_URL=http://127.0.0.1:12111 pytest tests` (they skip without it)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

from stripe_api import APIError, StripeClient

BASE_URL = os.environ.get("STRIPE_API_BASE_URL", "")
needs_mock = pytest.mark.skipif(not BASE_URL, reason="set STRIPE_API_BASE_URL to a running `codegen mock`")


@pytest.fixture
def client() -> Iterator[StripeClient]:
    with StripeClient("test_api_key", base_url=BASE_URL) as made:
        yield made


@needs_mock
def test_first_call(client: StripeClient) -> None:
    customer_session = client.customer_sessions.create(
        components={"active_entitlements": {"enabled": True}},
    )
    assert customer_session is not None


@needs_mock
def test_list_pages(client: StripeClient) -> None:
    page = client.customers.list(limit=3)
    assert page.last_response is not None and page.last_response.status_code == 200
    assert len(list(page.auto_paging_iter())) >= len(page.data)


@needs_mock
def test_an_unknown_param_is_an_api_error(client: StripeClient) -> None:
    service = client.customer_sessions.with_options(validate=False, max_retries=0)
    unknown: dict[str, Any] = {"not_a_param_of_this_api": "x"}
    with pytest.raises(APIError) as caught:
        service.create(**unknown)
    assert caught.value.http_status == 400


def test_webhook_signatures() -> None:
    from stripe_api import SignatureVerificationError, Webhook
    from stripe_api._runtime.webhooks import stripe_signature_header

    payload = '{"id": "evt_1", "object": "event", "type": "test", "data": {"object": {}}}'
    event = Webhook.construct_event(payload, stripe_signature_header(payload, "whsec_test"), "whsec_test")
    assert event.id == "evt_1"
    with pytest.raises(SignatureVerificationError):
        Webhook.construct_event(payload, stripe_signature_header(payload, "whsec_other"), "whsec_test")
