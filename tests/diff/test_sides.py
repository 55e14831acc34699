"""Direction: the same change breaks or not depending on whether clients send or receive the value."""

from __future__ import annotations

from pathlib import Path

from generator.diff import Change

from .specs import changes

ADDRESS = """
    address:
      type: object
      properties:
        city: {type: string}
        kind: {type: string, enum: [home, work]}
        etag: {type: string, readOnly: true}"""
# `address` is sent in POST /v1/things and received in `thing`: both sides.
SHARED_BODY = "{amount: {type: integer}, currency: {type: string}, address: {$ref: '#/components/schemas/address'}}"
SHARED_THING = (
    "{id: {type: string}, object: {type: string, enum: [thing]}, amount: {type: integer}, "
    "address: {$ref: '#/components/schemas/address'}}"
)
SHARED = {"body": SHARED_BODY, "thing": SHARED_THING, "schemas": ADDRESS}
# `address` only received.
RESPONSE_ONLY = {"thing": SHARED_THING, "schemas": ADDRESS}


def _only(found: list[Change]) -> tuple[str, bool, str | None, str]:
    assert len(found) == 1, [c.message for c in found]
    change = found[0]
    return change.rule.id, change.breaking, change.location.schema, change.location.dotted


def test_field_removed_from_shared_schema_breaks_as_request_param(tmp_path: Path) -> None:
    new = {**SHARED, "schemas": ADDRESS.replace("        city: {type: string}\n", "")}
    assert _only(changes(tmp_path, SHARED, new)) == ("request-param-removed", True, "address", "city")


def test_field_removed_from_response_only_schema(tmp_path: Path) -> None:
    new = {**RESPONSE_ONLY, "schemas": ADDRESS.replace("        city: {type: string}\n", "")}
    assert _only(changes(tmp_path, RESPONSE_ONLY, new)) == ("response-field-removed", True, "address", "city")


def test_enum_value_removed_shared_breaks_response_only_does_not(tmp_path: Path) -> None:
    narrower = ADDRESS.replace("[home, work]", "[home]")
    shared = changes(tmp_path, SHARED, {**SHARED, "schemas": narrower})
    assert _only(shared) == ("request-enum-value-removed", True, "address", "kind")
    response = changes(tmp_path, RESPONSE_ONLY, {**RESPONSE_ONLY, "schemas": narrower})
    assert _only(response) == ("response-enum-value-removed", False, "address", "kind")


def test_enum_value_added_is_never_breaking(tmp_path: Path) -> None:
    wider = ADDRESS.replace("[home, work]", "[home, work, other]")
    shared = changes(tmp_path, SHARED, {**SHARED, "schemas": wider})
    assert _only(shared) == ("request-enum-value-added", False, "address", "kind")
    response = changes(tmp_path, RESPONSE_ONLY, {**RESPONSE_ONLY, "schemas": wider})
    assert _only(response) == ("response-enum-value-added", False, "address", "kind")


def test_read_only_field_is_judged_as_response_only(tmp_path: Path) -> None:
    new = {**SHARED, "schemas": ADDRESS.replace("        etag: {type: string, readOnly: true}", "")}
    assert _only(changes(tmp_path, SHARED, new)) == ("response-field-removed", True, "address", "etag")


def test_nullable_in_shared_schema_breaks_responses(tmp_path: Path) -> None:
    new = {**SHARED, "schemas": ADDRESS.replace("city: {type: string}", "city: {type: string, nullable: true}")}
    assert _only(changes(tmp_path, SHARED, new)) == ("response-field-became-nullable", True, "address", "city")


def test_response_enum_to_string_and_back_is_not_breaking(tmp_path: Path) -> None:
    """Response enums are open: any string was already accepted."""
    enum = "{id: {type: string}, object: {type: string, enum: [thing]}, amount: {type: integer}}"
    string = "{id: {type: string}, object: {type: string}, amount: {type: integer}}"
    assert _only(changes(tmp_path, {"thing": enum}, {"thing": string}))[:2] == ("response-type-narrowed", False)
    assert _only(changes(tmp_path, {"thing": string}, {"thing": enum}))[:2] == ("response-type-narrowed", False)


def test_request_string_to_enum_breaks(tmp_path: Path) -> None:
    old = "{amount: {type: integer}, currency: {type: string}}"
    new = "{amount: {type: integer}, currency: {type: string, enum: [usd, eur]}}"
    found = changes(tmp_path, {"body": old}, {"body": new})
    assert _only(found) == ("request-type-changed", True, None, "currency")
    assert found[0].before == "string" and found[0].after == 'enum ["usd", "eur"]'


def test_nested_request_objects_and_arrays_have_dotted_paths(tmp_path: Path) -> None:
    old = "{amount: {type: integer}, items: {type: array, items: {type: object, properties: {price: {type: string}}}}}"
    new = "{amount: {type: integer}, items: {type: array, items: {type: object, properties: {price: {type: integer}}}}}"
    found = changes(tmp_path, {"body": old}, {"body": new})
    rule, breaking, _, path = _only(found)
    assert (rule, breaking, path) == ("request-type-changed", True, "items[].price")
    assert found[0].location.endpoint == "POST /v1/things"
    assert found[0].location.operation == "things.create"


def test_schema_used_by_both_sides_is_reported_once(tmp_path: Path) -> None:
    new = {**SHARED, "schemas": ADDRESS + "\n        zip: {type: string}"}
    found = changes(tmp_path, SHARED, new)
    assert [(c.rule.id, c.location.schema, c.location.dotted) for c in found] == [
        ("request-param-added", "address", "zip")
    ]
