"""`codegen mock` on the default spec, over real HTTP: every operation, valid and invalid."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from generator.ir.convert import convert
from generator.ir.model import Api, Field, Operation, TypeKind, TypeRef
from generator.load.loader import LoadedSpec

from .conftest import MockProcess, ResponseChecker
from .request_params import fill_path, form_pairs, minimal_params, path_values


@pytest.fixture(scope="module")
def api(default_loaded: LoadedSpec) -> Api:
    converted, issues = convert(default_loaded)
    assert not [i for i in issues if i.level.value == "error"]
    return converted


@pytest.fixture(scope="module")
def checker(default_loaded: LoadedSpec) -> ResponseChecker:
    return ResponseChecker(default_loaded)


@pytest.fixture(scope="module")
def client(default_mock: MockProcess) -> Any:
    with default_mock.client() as http:
        yield http


def call(client: httpx.Client, op: Operation, params: dict[str, Any], path: str | None = None) -> httpx.Response:
    url = path or fill_path(op, path_values(op))
    pairs = form_pairs(params)
    if op.http_method in ("get", "delete"):
        return client.request(op.http_method.upper(), url, params=tuple(pairs))
    return client.request(op.http_method.upper(), url, data=dict(pairs) if pairs else None)


def error(response: httpx.Response, status: int = 400) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["type"] == "invalid_request_error"
    return dict(body["error"])


def by_id(api: Api, operation_id: str) -> Operation:
    return next(op for op in api.operations if op.id == operation_id)


# -- every operation -----------------------------------------------------------------


def test_every_operation_answers_a_valid_request_with_a_schema_valid_body(
    api: Api, client: httpx.Client, checker: ResponseChecker
) -> None:
    operations = list(api.operations)
    assert len(operations) >= 20
    for op in operations:
        response = call(client, op, minimal_params(api, op))
        assert response.status_code == int(op.response_status), f"{op.id}: {response.text}"
        assert response.headers["content-type"] == "application/json"
        assert checker.errors(op, response.json()) == [], op.id


def test_every_operation_refuses_an_unknown_param(api: Api, client: httpx.Client) -> None:
    for op in api.operations:
        params = {**minimal_params(api, op), "zzz_unknown": "1"}
        found = error(call(client, op, params))
        assert found == {
            "type": "invalid_request_error",
            "message": "Received unknown parameter: zzz_unknown",
            "param": "zzz_unknown",
            "code": "parameter_unknown",
        }, op.id


def test_every_operation_names_each_missing_required_param(api: Api, client: httpx.Client) -> None:
    checked = 0
    for op in api.operations:
        params = minimal_params(api, op)
        for name in params:
            rest = {key: value for key, value in params.items() if key != name}
            found = error(call(client, op, rest))
            assert found["message"] == f"Missing required param: {name}.", op.id
            assert found["param"] == name
            checked += 1
    assert checked >= 5


def _typed_leaf(api: Api, fields: tuple[Field, ...], path: tuple[str, ...] = ()) -> tuple[tuple[str, ...], str] | None:
    """The path to the first integer or boolean param (nested in objects), and its kind."""
    for item in fields:
        found = _leaf_in(api, item.type, (*path, item.name), 0)
        if found is not None:
            return found
    return None


def _leaf_in(api: Api, type_ref: TypeRef, path: tuple[str, ...], depth: int) -> tuple[tuple[str, ...], str] | None:
    if depth > 4:
        return None
    if type_ref.kind in (TypeKind.INTEGER, TypeKind.BOOLEAN):
        return path, type_ref.kind.value
    if type_ref.kind is TypeKind.OBJECT:
        schema = api.schema(str(type_ref.ref))
        if schema.alias is None:
            return _typed_leaf_nested(api, schema.fields, path, depth)
    return None


def _typed_leaf_nested(
    api: Api, fields: tuple[Field, ...], path: tuple[str, ...], depth: int
) -> tuple[tuple[str, ...], str] | None:
    for item in fields:
        found = _leaf_in(api, item.type, (*path, item.name), depth + 1)
        if found is not None:
            return found
    return None


def _set(params: dict[str, Any], path: tuple[str, ...], value: Any) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(json.dumps(params))
    node = result
    for part in path[:-1]:
        node = node.setdefault(part, {})
    node[path[-1]] = value
    return result


def test_every_operation_with_a_typed_param_refuses_a_string_for_it(api: Api, client: httpx.Client) -> None:
    checked = 0
    for op in api.operations:
        found = _typed_leaf(api, op.params)
        if found is None:
            continue
        path, kind = found
        bad = "yes" if kind == "boolean" else "abc"
        response = call(client, op, _set(minimal_params(api, op), path, bad))
        problem = error(response)
        bracket = path[0] + "".join(f"[{part}]" for part in path[1:])
        assert problem["message"] == f"Invalid {kind}: {bad}", op.id
        assert problem["param"] == bracket, op.id
        checked += 1
    assert checked >= 10


# -- nested errors, exact messages ---------------------------------------------------

SESSION = "/v1/customer_sessions"


@pytest.mark.parametrize(
    ("body", "message", "param"),
    [
        (
            {"components[payment_element][enabled]": "yes"},
            "Invalid boolean: yes",
            "components[payment_element][enabled]",
        ),
        (
            {
                "components[payment_element][enabled]": "true",
                "components[payment_element][features][payment_method_save]": "sometimes",
            },
            "Invalid components[payment_element][features][payment_method_save]: must be one of disabled or enabled",
            "components[payment_element][features][payment_method_save]",
        ),
        (
            {"components[foo][enabled]": "true"},
            "Received unknown parameter: components[foo]",
            "components[foo]",
        ),
        (
            {"components[payment_element][enabeld]": "true"},
            "Received unknown parameter: components[payment_element][enabeld]. Did you mean enabled?",
            "components[payment_element][enabeld]",
        ),
        ({"customer": "cus_123"}, "Missing required param: components.", "components"),
        (
            {"components[payment_element][features][payment_method_save]": "enabled"},
            "Missing required param: components[payment_element][enabled].",
            "components[payment_element][enabled]",
        ),
        (
            {
                "components[payment_element][enabled]": "true",
                "components[payment_element][features][payment_method_redisplay_limit]": "abc",
            },
            "Invalid integer: abc",
            "components[payment_element][features][payment_method_redisplay_limit]",
        ),
        (
            {
                "components[payment_element][enabled]": "true",
                "components[payment_element][features][payment_method_redisplay_limit]": "11",
            },
            "Invalid components[payment_element][features][payment_method_redisplay_limit]: must be at most 10, got 11",
            "components[payment_element][features][payment_method_redisplay_limit]",
        ),
        (
            {
                "components[payment_element][enabled]": "true",
                "components[payment_element][features][payment_method_allow_redisplay_filters][0]": "always",
                "components[payment_element][features][payment_method_allow_redisplay_filters][1]": "never",
            },
            "Invalid components[payment_element][features][payment_method_allow_redisplay_filters][1]: "
            "must be one of always, limited or unspecified",
            "components[payment_element][features][payment_method_allow_redisplay_filters][1]",
        ),
        ({"components[payment_element]": "on"}, "Invalid hash: on", "components[payment_element]"),
        (
            {
                "components[payment_element][enabled]": "true",
                "components[payment_element][features][payment_method_allow_redisplay_filters]": "always",
            },
            "Invalid array: always",
            "components[payment_element][features][payment_method_allow_redisplay_filters]",
        ),
        (
            {"components[pricing_table][enabled]": "true", "components[pricing_table]": "x"},
            "Invalid components[pricing_table]: given both as a value and as a hash or array",
            "components[pricing_table]",
        ),
        (
            {"components[buy_button][enabled]": ""},
            "You passed an empty string for 'components[buy_button][enabled]'. We assume empty values are an "
            "attempt to unset a parameter; however 'components[buy_button][enabled]' cannot be unset. You should "
            "remove 'components[buy_button][enabled]' from your request or supply a non-empty value.",
            "components[buy_button][enabled]",
        ),
        (
            {"components[buy_button][enabled]": "true", "expand[]": "nope"},
            "This property cannot be expanded (nope).",
            "expand",
        ),
    ],
)
def test_nested_errors_answer_stripe_style(
    client: httpx.Client, body: dict[str, str], message: str, param: str
) -> None:
    found = error(client.post(SESSION, data=body))
    assert found["message"] == message
    assert found["param"] == param


def test_query_params_are_decoded_and_checked_too(client: httpx.Client) -> None:
    assert client.get("/v1/customers", params={"limit": "3", "created[gte]": "1700000000"}).status_code == 200
    found = error(client.get("/v1/customers", params={"created[gte]": "soon"}))
    assert found["param"] == "created[gte]"
    assert found["message"] == "Invalid integer: soon"
    found = error(client.get("/v1/customers", params={"expand": "data.customer"}))
    assert (found["message"], found["param"]) == ("Invalid array: data.customer", "expand")


def test_a_json_body_is_accepted_as_typed_values(client: httpx.Client) -> None:
    response = client.post(SESSION, json={"components": {"pricing_table": {"enabled": True}}, "customer": "cus_1"})
    assert response.status_code == 200, response.text
    assert response.json()["components"]["pricing_table"]["enabled"] is True
    found = error(client.post(SESSION, json={"components": {"pricing_table": {"enabled": "true"}}}))
    assert (found["message"], found["param"]) == ("Invalid boolean: true", "components[pricing_table][enabled]")


# -- auth and routes -----------------------------------------------------------------


def test_no_credentials_is_a_401(default_mock: MockProcess) -> None:
    with httpx.Client(base_url=default_mock.url) as anonymous:
        response = anonymous.get("/v1/customers/cus_123")
        found = error(response, 401)
        assert found["message"].startswith("You did not provide an API key.")
        assert response.headers["www-authenticate"] == 'Basic realm="Stripe"'
        found = error(anonymous.get("/v1/customers/cus_123", headers={"Authorization": "Token abc"}), 401)
        assert found["message"].startswith("Invalid API Key provided")
        bearer = anonymous.get("/v1/customers/cus_123", headers={"Authorization": "Bearer sk_test_x"})
        assert bearer.status_code == 200


def test_unknown_routes_and_methods_are_404s(client: httpx.Client) -> None:
    for method, path in [("GET", "/v1/nope"), ("PUT", "/v1/customers"), ("GET", "/v1/customers/"), ("GET", "/")]:
        found = error(client.request(method, path), 404)
        assert found["message"] == f"Unrecognized request URL ({method}: {path}).", (method, path)
    assert error(client.get("/v1/nope", auth=None), 404)  # the route is checked before credentials


def test_literal_segments_win_over_ids(client: httpx.Client) -> None:
    search = client.get("/v1/customers/search", params={"query": "email:'jenny@example.com'"})
    assert search.status_code == 200, search.text
    assert search.json()["object"] == "search_result"
    assert client.get("/v1/customers/cus%2F1").json()["id"] == "cus/1"


# -- response shape --------------------------------------------------------------------


def test_path_ids_and_request_fields_are_echoed(client: httpx.Client) -> None:
    customer = client.get("/v1/customers/cus_123").json()
    assert (customer["id"], customer["object"]) == ("cus_123", "customer")
    updated = client.post("/v1/customers/cus_9", data={"email": "x@example.com", "metadata[plan]": "gold"}).json()
    assert (updated["id"], updated["email"], updated["metadata"]) == ("cus_9", "x@example.com", {"plan": "gold"})
    cleared = client.post("/v1/customers/cus_9", data={"description": ""}).json()
    assert cleared["description"] is None  # "" unsets
    deleted = client.delete("/v1/customers/cus_9").json()
    assert deleted == {"deleted": True, "id": "cus_9", "object": "customer"}


def test_same_request_same_response_and_fresh_ids_carry_the_prefix(client: httpx.Client) -> None:
    body = {"components[buy_button][enabled]": "true", "customer": "cus_123"}
    first = client.post(SESSION, data=body)
    again = client.post(SESSION, data=body)
    assert first.content == again.content
    assert first.headers["request-id"] == again.headers["request-id"]
    created = client.post("/v1/customers", data={"email": "a@example.com"}).json()
    other = client.post("/v1/customers", data={"email": "b@example.com"}).json()
    assert created["id"].startswith("cus_") and other["id"].startswith("cus_")
    assert created["email"] == "a@example.com"


def test_lists_have_the_list_envelope(client: httpx.Client) -> None:
    page = client.get("/v1/customers", params={"limit": "2", "email": "jenny@example.com"}).json()
    assert set(page) == {"object", "data", "has_more", "url"}
    assert (page["object"], page["has_more"], page["url"]) == ("list", False, "/v1/customers")
    assert len(page["data"]) == 1
    assert page["data"][0]["object"] == "customer"
    assert page["data"][0]["email"] == "jenny@example.com"  # a filter is echoed into the item


def test_expand_turns_ids_into_objects(client: httpx.Client) -> None:
    body = {"components[buy_button][enabled]": "true", "customer": "cus_777"}
    plain = client.post(SESSION, data=body).json()
    assert plain["customer"] == "cus_777"
    expanded = client.post(SESSION, data={**body, "expand[]": "customer"}).json()
    assert expanded["customer"]["id"] == "cus_777"
    assert expanded["customer"]["object"] == "customer"
    listed = client.get("/v1/payment_intents", params={"expand[]": "data.customer", "customer": "cus_5"}).json()
    assert listed["data"][0]["customer"]["id"] == "cus_5"


def test_headers_echo_version_and_idempotency_key(client: httpx.Client) -> None:
    response = client.post(
        "/v1/customers", data={"email": "a@example.com"}, headers={"Idempotency-Key": "k1", "Stripe-Version": "v9"}
    )
    assert response.headers["idempotency-key"] == "k1"
    assert response.headers["stripe-version"] == "v9"
    assert response.headers["request-id"].startswith("req_")
