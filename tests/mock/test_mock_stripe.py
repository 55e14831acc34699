"""`codegen mock` on Stripe's whole spec: all 468 operations answer schema-valid objects.

One mock process (cold start, own cache) serves every request; each response is
checked against the spec's own response schema by openapi-schema-validator.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from generator.ir.model import Api
from generator.load.loader import LoadedSpec

from .conftest import MockProcess, ResponseChecker
from .request_params import fill_path, form_pairs, minimal_params, path_values


@pytest.fixture(scope="module")
def stripe_loaded(stripe_loaded_spec: LoadedSpec) -> LoadedSpec:
    return stripe_loaded_spec  # load(stripe_spec), shared with `stripe_api` (tests/conftest.py)


@pytest.fixture(scope="module")
def stripe_mock(stripe_spec: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockProcess]:
    mock = MockProcess(stripe_spec, tmp_path_factory.mktemp("stripe-mock-cache"))
    yield mock
    assert mock.stop() == 0, "".join(mock.stderr)


@pytest.fixture(scope="module")
def client(stripe_mock: MockProcess) -> Iterator[httpx.Client]:
    with stripe_mock.client() as http:
        yield http


def test_every_operation_answers_with_a_schema_valid_object(
    stripe_api: Api, stripe_loaded: LoadedSpec, client: httpx.Client
) -> None:
    checker = ResponseChecker(stripe_loaded)
    operations = list(stripe_api.operations)
    assert len(operations) == 468
    failures: list[str] = []
    validated = 0
    for op in operations:
        url = fill_path(op, path_values(op))
        pairs = form_pairs(minimal_params(stripe_api, op))
        if op.http_method in ("get", "delete"):
            response = client.request(op.http_method.upper(), url, params=tuple(pairs))
        else:
            response = client.request(op.http_method.upper(), url, data=dict(pairs) if pairs else None)
        if response.status_code != 200:
            failures.append(f"{op.id}: {response.status_code} {response.text[:300]}")
            continue
        if op.response is None:  # not JSON (a PDF): the spec's media type, no body to validate
            assert response.headers["content-type"] == op.response_media_type
            continue
        failures.extend(f"{op.id}: {problem}" for problem in checker.errors(op, response.json())[:3])
        validated += 1
    assert failures == []
    assert validated >= 460


def test_stripe_shapes(client: httpx.Client, stripe_loaded: LoadedSpec, stripe_api: Api) -> None:
    created = client.post("/v1/customers", data={"email": "a@example.com"}).json()
    assert created["id"].startswith("cus_") and created["object"] == "customer"
    intent = client.get(
        "/v1/payment_intents/pi_1", params=[("expand[]", "customer"), ("expand[]", "latest_charge.balance_transaction")]
    ).json()
    assert intent["id"] == "pi_1"
    assert intent["customer"]["object"] == "customer"
    assert intent["latest_charge"]["balance_transaction"]["object"] == "balance_transaction"
    op = next(op for op in stripe_api.operations if op.id == "GetPaymentIntentsIntent")
    assert ResponseChecker(stripe_loaded).errors(op, intent) == []
    charges = client.get("/v1/customers/cus_1/sources", params={"object": "card"}).json()
    assert (charges["object"], charges["url"]) == ("list", "/v1/customers/cus_1/sources")
    found = client.post("/v1/payment_intents", data={"amount": "100", "currency": "usd", "capture_method": "x"})
    assert found.status_code == 400
    assert (
        found.json()["error"]["message"]
        == "Invalid capture_method: must be one of automatic, automatic_async or manual"
    )
    nested = client.post(
        "/v1/payment_intents",
        data={"amount": "100", "currency": "usd", "payment_method_options[card][request_three_d_secure]": "never"},
    )
    assert nested.json()["error"]["param"] == "payment_method_options[card][request_three_d_secure]"
