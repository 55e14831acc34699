"""Any spec name becomes a safe identifier; resources and methods get REST names."""

from __future__ import annotations

import keyword
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from generator.config import Config
from generator.ir.naming import dedupe, pascal_case, snake_case, words
from generator.ir.resources import Endpoint, Placement, place
from generator.pipeline import load_api
from generator.targets.python.words import py_class_name, py_name


@pytest.mark.parametrize(
    ("name", "snake", "pascal"),
    [
        ("customer_session", "customer_session", "CustomerSession"),
        ("PaymentMethod", "payment_method", "PaymentMethod"),
        ("getHTTPResponse-v2", "get_http_response_v2", "GetHttpResponseV2"),
        ("issuing.card", "issuing_card", "IssuingCard"),
        ("3d_secure", "n3d_secure", "N3dSecure"),
        ("café", "cafe", "Cafe"),
        ("日本", "u65e5_672c", "U65e5_672c"),
        ("", "unnamed", "Unnamed"),
        ("__import__('os').system('x')", "import_os_system_x", "ImportOsSystemX"),
    ],
)
def test_case_conversion(name: str, snake: str, pascal: str) -> None:
    assert snake_case(name) == snake
    assert pascal_case(name) == pascal


def test_keywords_and_reserved_names_get_a_suffix() -> None:
    assert py_name("class") == "class_"
    assert py_name("from") == "from_"
    assert py_name("match") == "match_"
    assert py_name("self", reserved={"self"}) == "self_"
    assert py_class_name("None") == "None_"


@given(st.text(max_size=40))
def test_any_text_gives_a_valid_identifier(text: str) -> None:
    for result in (py_name(text), py_class_name(text)):
        assert result.isascii() and result.isidentifier()
        assert not keyword.iskeyword(result)
    assert all(word.isalnum() for word in words(text))


def test_dedupe() -> None:
    assert dedupe(["a", "b", "a", "a", "a_2"]) == ["a", "b", "a_2", "a_3", "a_2_2"]


STRIPE_LIKE = [
    ("/v1/customers", "get", True, ("customers",), "list"),
    ("/v1/customers", "post", False, ("customers",), "create"),
    ("/v1/customers/{customer}", "get", False, ("customers",), "retrieve"),
    ("/v1/customers/{customer}", "post", False, ("customers",), "update"),
    ("/v1/customers/{customer}", "delete", False, ("customers",), "delete"),
    ("/v1/customers/search", "get", False, ("customers",), "search"),
    ("/v1/customers/{customer}/payment_methods", "get", True, ("customers", "payment_methods"), "list"),
    ("/v1/customers/{customer}/payment_methods/{pm}", "get", False, ("customers", "payment_methods"), "retrieve"),
    ("/v1/customers/{customer}/discount", "delete", False, ("customers",), "delete_discount"),
    ("/v1/customers/{customer}/cash_balance", "get", False, ("customers", "cash_balance"), "retrieve"),
    ("/v1/customers/{customer}/cash_balance", "post", False, ("customers", "cash_balance"), "update"),
    ("/v1/customer_sessions", "post", False, ("customer_sessions",), "create"),
    ("/v1/payment_methods/{payment_method}/attach", "post", False, ("payment_methods",), "attach"),
    ("/v1/payment_methods/{payment_method}", "get", False, ("payment_methods",), "retrieve"),
    ("/v1/payment_intents/{intent}/confirm", "post", False, ("payment_intents",), "confirm"),
    ("/v1/payment_intents/{intent}", "get", False, ("payment_intents",), "retrieve"),
    ("/v1/balance", "get", False, ("balance",), "retrieve"),
    ("/v1/account", "get", False, ("account",), "retrieve"),
    ("/v1/account", "post", False, ("account",), "update"),
    ("/v1/billing_portal/sessions", "post", False, ("billing_portal", "sessions"), "create"),
    ("/v1/invoices/upcoming", "get", False, ("invoices", "upcoming"), "retrieve"),
    ("/v1/invoices/upcoming/lines", "get", True, ("invoices", "upcoming", "lines"), "list"),
    ("/v1/invoices", "get", True, ("invoices",), "list"),
    ("/v1/test_helpers/cards/{card}/shipping/deliver", "post", False, ("test_helpers", "cards"), "shipping_deliver"),
    ("/pets/findByStatus", "get", False, ("pets",), "find_by_status"),
    ("/pets", "put", False, ("pets",), "update"),
    ("/pets", "post", False, ("pets",), "create"),
    ("/pets/{petId}", "get", False, ("pets",), "retrieve"),
    ("/pets/{petId}", "put", False, ("pets",), "replace"),
    ("/pets/{petId}", "post", False, ("pets",), "update"),
    ("/", "get", False, ("api",), "get"),
]


def test_rest_placement() -> None:
    endpoints = [Endpoint(path, verb, is_list) for path, verb, is_list, _, _ in STRIPE_LIKE]
    placements = place(endpoints)
    for path, verb, _, resource, method in STRIPE_LIKE:
        assert placements[(path, verb)] == Placement(resource, method), (path, verb)


def test_a_json_array_is_a_list_and_status_keys_may_be_integers(tmp_path: Path) -> None:
    """`GET /pets` answering a JSON array is `pets.list`, so it no longer collides with
    `GET /pets/{petId}` (`pets.retrieve`); `200:` unquoted is an integer key in YAML."""
    pet = {"type": "object", "properties": {"id": {"type": "integer"}}}
    ok = {"description": "ok", "content": {"application/json": {"schema": {"type": "array", "items": pet}}}}
    one = {"description": "ok", "content": {"application/json": {"schema": pet}}}
    pet_id = {"name": "petId", "in": "path", "required": True, "schema": {"type": "string"}}
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Pets", "version": "1"},
        "paths": {
            "/pets": {"get": {"responses": {200: ok}}, "post": {"responses": {201: {"description": "made"}}}},
            "/pets/{petId}": {"get": {"parameters": [pet_id], "responses": {200: one}}},
        },
    }
    spec = tmp_path / "pets.yaml"
    spec.write_text(yaml.safe_dump(document))
    loaded = load_api(spec, Config(), None)
    names = {(op.http_method, op.path): f"{op.resource}.{op.name}" for op in loaded.api.operations}
    assert names == {
        ("get", "/pets"): "pets.list",
        ("post", "/pets"): "pets.create",
        ("get", "/pets/{petId}"): "pets.retrieve",
    }
    assert not loaded.warnings
