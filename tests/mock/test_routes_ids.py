"""Routing, ids and response synthesis details, in-process on the default spec."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.ir.convert import convert
from generator.ir.model import Api, Operation
from generator.load.loader import load
from generator.mock.app import MockApp, Request
from generator.mock.checks import ParamChecker
from generator.mock.ids import guess_prefix, suffix
from generator.mock.routes import Router
from generator.targets.python import validation


def op(path: str, method: str = "get", op_id: str = "") -> Operation:
    return Operation(id=op_id or f"{method} {path}", name="x", resource="r", http_method=method, path=path)


def test_router_prefers_literals_and_backtracks() -> None:
    router = Router(
        [
            op("/v1/customers/search"),
            op("/v1/customers/{customer}"),
            op("/v1/customers/{customer}/sources/{id}"),
            op("/v1/customers/search/extra/{x}", op_id="deep"),
            op("/v1/files/{file}.json", op_id="mixed"),
        ]
    )
    assert router.count == 5
    found = router.match("GET", "/v1/customers/search")
    assert found is not None and found.path_params == {}
    found = router.match("get", "/v1/customers/cus_1")
    assert found is not None and found.path_params == {"customer": "cus_1"}
    found = router.match("GET", "/v1/customers/search/sources/src_1")  # literal branch fails: backtrack
    assert found is not None and found.path_params == {"customer": "search", "id": "src_1"}
    found = router.match("GET", "/v1/customers/a%2Fb")
    assert found is not None and found.path_params == {"customer": "a/b"}
    found = router.match("GET", "/v1/files/file_1.json")
    assert found is not None and found.operation.id == "mixed" and found.path_params == {"file": "file_1"}
    assert router.match("POST", "/v1/customers/cus_1") is None
    assert router.match("GET", "/v1/customers/") is None
    assert router.match("GET", "/v1/customers//sources/x") is None


def test_prefixes() -> None:
    assert guess_prefix("customer") == "cus_"
    assert guess_prefix("payment_intent") == "pi_"
    assert guess_prefix("checkout.session") == "cs_"
    assert suffix("a") == suffix("a") != suffix("b")
    assert len(suffix("a")) == 14 and suffix("a").isalnum()


@pytest.fixture(scope="module")
def api(default_spec: Path) -> Api:
    converted, _ = convert(load(default_spec))
    return converted


@pytest.fixture(scope="module")
def app(api: Api) -> MockApp:
    return MockApp(api, ParamChecker(api, lambda: validation))  # params checked as `codegen mock` does


AUTH = {"authorization": "Bearer sk_test_1"}


def test_handle_without_a_server(app: MockApp) -> None:
    response = app.handle(Request("GET", "/v1/customers/cus_42", headers=AUTH))
    assert response.status == 200
    assert json.loads(response.body)["id"] == "cus_42"
    assert dict(response.headers)["content-type"] == "application/json"


def test_ids_of_new_objects_follow_the_request(app: MockApp) -> None:
    form = {**AUTH, "content-type": "application/x-www-form-urlencoded"}
    one = json.loads(app.handle(Request("POST", "/v1/payment_intents", "", form, b"amount=100&currency=usd")).body)
    two = json.loads(app.handle(Request("POST", "/v1/payment_intents", "", form, b"amount=200&currency=usd")).body)
    again = json.loads(app.handle(Request("POST", "/v1/payment_intents", "", form, b"amount=200&currency=usd")).body)
    assert two == again
    assert (one["amount"], two["amount"]) == (100, 200)
    assert one["id"].startswith("pi_")


def test_an_unexpected_failure_is_a_stripe_style_500(app: MockApp, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object) -> object:
        raise RuntimeError("boom")

    monkeypatch.setattr(app.synth, "respond", broken)
    response = app.handle(Request("GET", "/v1/customers/cus_1", headers=AUTH))
    assert response.status == 500
    assert json.loads(response.body)["error"]["type"] == "api_error"
