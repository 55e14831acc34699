"""Every rule on a tiny hand-written pair of specs: the rule fires, with its verdict, where expected.

Each case lists *all* the rules the pair must produce, so a comparison that
reports too much (or judges a change by the wrong side) fails too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from generator.diff import RULES, Change

from .specs import changes

THING = "{id: {type: string}, object: {type: string, enum: [thing]}, amount: {type: integer}}"
ADDRESS = """
    address:
      type: object
      properties:
        city: {type: string, maxLength: 100}
        line1: {type: string}
        kind: {type: string, enum: [home, work]}
        etag: {type: string, readOnly: true}"""
WIDGETS = """
  /v1/widgets:
    get:
      operationId: GetWidgets
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}}}"""
WIDGET_LIST = """
  /v1/widgets:
    get:
      operationId: GetWidgets
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  object: {type: string, enum: [list]}
                  data: {type: array, items: {$ref: '#/components/schemas/thing'}}
                  has_more: {type: boolean}
                  url: {type: string}
                required: [object, data, has_more, url]"""
WIDGET_ARRAY = """
  /v1/widgets:
    get:
      operationId: GetWidgets
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: '#/components/schemas/thing'}}"""
CANCEL = """
  /v1/things/{thing}/cancel:
    post:
      operationId: PostThingsThingCancel
      parameters:
        - {name: thing, in: path, required: true, schema: {type: string}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/thing'}}}}"""
CANCEL_PREVIEW = """
  /v1/things/{thing}/cancel/preview:
    post:
      operationId: PostThingsThingCancelPreview
      parameters:
        - {name: thing, in: path, required: true, schema: {type: string}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/thing'}}}}"""


def thing(extra: str) -> str:
    """The `thing` schema's properties plus `extra` (a YAML flow-mapping body)."""
    return THING[:-1] + ", " + extra + "}"


def body(extra: str) -> str:
    return "{amount: {type: integer}, currency: {type: string}, " + extra + "}"


@dataclass(frozen=True)
class Case:
    name: str
    old: dict[str, str]
    new: dict[str, str]
    rules: set[str]  # exactly the rules the pair produces
    path: str | None = None  # dotted path of the change named by `name`, when it has one
    endpoint: str | None = None
    schema: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


CASES = [
    # -- operations --
    Case("operation-removed", {"paths": WIDGETS}, {}, {"operation-removed"}, endpoint="GET /v1/widgets"),
    Case("operation-added", {}, {"paths": WIDGETS}, {"operation-added"}, endpoint="GET /v1/widgets"),
    Case(
        "operation-method-renamed",
        {"paths": CANCEL},
        {"paths": CANCEL + CANCEL_PREVIEW},
        {"operation-method-renamed", "operation-added"},
        endpoint="POST /v1/things/{thing}/cancel",
    ),
    Case("operation-id-renamed", {}, {"list_id": "ListThings"}, {"operation-id-renamed"}, endpoint="GET /v1/things"),
    Case(
        "operation-deprecated",
        {},
        {"post_extra": "\n      deprecated: true"},
        {"operation-deprecated"},
        endpoint="POST /v1/things",
    ),
    Case(
        "pagination-removed",
        {"paths": WIDGET_LIST},
        {"paths": WIDGET_ARRAY},
        {"pagination-removed", "response-type-changed"},  # a JSON array is a list too: still `list`
        endpoint="GET /v1/widgets",
    ),
    Case(
        "pagination-added",
        {"paths": WIDGET_ARRAY},
        {"paths": WIDGET_LIST},
        {"pagination-added", "response-type-changed"},
        endpoint="GET /v1/widgets",
    ),
    # -- schemas --
    Case("schema-removed", {"schemas": ADDRESS}, {}, {"schema-removed"}, schema="address"),
    Case("schema-added", {}, {"schemas": ADDRESS}, {"schema-added"}, schema="address"),
    Case(
        "schema-deprecated",
        {"schemas": ADDRESS},
        {"schemas": ADDRESS + "\n      deprecated: true"},
        {"schema-deprecated"},
        schema="address",
    ),
    Case(
        "schema-reference-changed",
        {"thing": thing("home: {$ref: '#/components/schemas/address'}"), "schemas": ADDRESS},
        {
            "thing": thing("home: {$ref: '#/components/schemas/place'}"),
            "schemas": ADDRESS + ADDRESS.replace("address:", "place:").replace("city:", "town:"),
        },
        # the new schema `place` has `town` where `address` had `city`, reported at thing.home
        {"schema-reference-changed", "schema-added", "response-field-removed", "response-field-added"},
        path="home",
        schema="thing",
    ),
    # -- request side --
    Case(
        "request-param-removed",
        {},
        {"body": "{amount: {type: integer}}"},
        {"request-param-removed"},
        path="currency",
        endpoint="POST /v1/things",
    ),
    Case(
        "request-param-added-required",
        {},
        {"body": body("memo: {type: string}"), "body_required_fields": "[amount, memo]"},
        {"request-param-added-required"},
        path="memo",
        endpoint="POST /v1/things",
    ),
    Case(
        "request-param-added",
        {},
        {"body": body("memo: {type: string}")},
        {"request-param-added"},
        path="memo",
        endpoint="POST /v1/things",
    ),
    Case(
        "request-param-became-required",
        {},
        {"body_required_fields": "[amount, currency]"},
        {"request-param-became-required"},
        path="currency",
        endpoint="POST /v1/things",
    ),
    Case(
        "request-param-became-optional",
        {"body_required_fields": "[amount, currency]"},
        {},
        {"request-param-became-optional"},
        path="currency",
        endpoint="POST /v1/things",
    ),
    Case(
        "request-param-no-longer-nullable",
        {"body": "{amount: {type: integer}, currency: {type: string, nullable: true}}"},
        {},
        {"request-param-no-longer-nullable"},
        path="currency",
    ),
    Case(
        "request-param-became-nullable",
        {},
        {"body": "{amount: {type: integer}, currency: {type: string, nullable: true}}"},
        {"request-param-became-nullable"},
        path="currency",
    ),
    Case(
        "request-type-changed",
        {},
        {"body": "{amount: {type: string}, currency: {type: string}}"},
        {"request-type-changed"},
        path="amount",
    ),
    Case(
        "request-type-widened",
        {},
        {"body": "{amount: {anyOf: [{type: integer}, {type: string, enum: ['']}]}, currency: {type: string}}"},
        {"request-type-widened"},
        path="amount",
    ),
    Case(
        "request-format-changed",
        {},
        {"body": "{amount: {type: integer}, currency: {type: string, format: iso4217}}"},
        {"request-format-changed"},
        path="currency",
    ),
    Case(
        "request-format-removed",
        {"body": "{amount: {type: integer}, currency: {type: string, format: iso4217}}"},
        {},
        {"request-format-removed"},
        path="currency",
    ),
    Case(
        "request-constraint-narrowed",
        {"body": "{amount: {type: integer}, currency: {type: string, maxLength: 5000}}"},
        {"body": "{amount: {type: integer}, currency: {type: string, maxLength: 3}}"},
        {"request-constraint-narrowed"},
        path="currency",
    ),
    Case(
        "request-constraint-widened",
        {"body": "{amount: {type: integer, minimum: 50}, currency: {type: string}}"},
        {"body": "{amount: {type: integer, minimum: 1}, currency: {type: string}}"},
        {"request-constraint-widened"},
        path="amount",
    ),
    Case(
        "request-enum-value-removed",
        {"list_params": "[{name: interval, in: query, schema: {type: string, enum: [day, week, month]}}]"},
        {"list_params": "[{name: interval, in: query, schema: {type: string, enum: [day, month]}}]"},
        {"request-enum-value-removed"},
        path="interval",
        endpoint="GET /v1/things",
    ),
    Case(
        "request-enum-value-added",
        {"list_params": "[{name: interval, in: query, schema: {type: string, enum: [day, month]}}]"},
        {"list_params": "[{name: interval, in: query, schema: {type: string, enum: [day, week, month]}}]"},
        {"request-enum-value-added"},
        path="interval",
        endpoint="GET /v1/things",
    ),
    Case(
        "request-body-became-required",
        {},
        {"body_required": "true"},
        {"request-body-became-required"},
        endpoint="POST /v1/things",
    ),
    Case(
        "param-deprecated",
        {},
        {"list_params": "[{name: limit, in: query, deprecated: true, schema: {type: integer}}]"},
        {"param-deprecated"},
        path="limit",
        endpoint="GET /v1/things",
    ),
    Case(
        "path-param-renamed",
        {},
        {"thing_param": "id"},
        {"path-param-renamed"},
        endpoint="GET /v1/things/{id}",
    ),
    Case(
        "param-location-changed",
        {},
        {"list_params": "[{name: limit, in: header, schema: {type: integer}}]"},
        {"param-location-changed"},
        path="limit",
        endpoint="GET /v1/things",
    ),
    # -- response side --
    Case(
        "response-field-removed",
        {},
        {"thing": "{id: {type: string}, object: {type: string, enum: [thing]}}"},
        {"response-field-removed"},
        path="amount",
        schema="thing",
    ),
    Case(
        "response-field-added",
        {},
        {"thing": thing("email: {type: string}")},
        {"response-field-added"},
        path="email",
        schema="thing",
    ),
    Case(
        "response-field-became-optional",
        {},
        {"thing_required": "[id]"},
        {"response-field-became-optional"},
        path="object",
        schema="thing",
    ),
    Case(
        "response-field-became-required",
        {},
        {"thing_required": "[id, object, amount]"},
        {"response-field-became-required"},
        path="amount",
        schema="thing",
    ),
    Case(
        "response-field-became-nullable",
        {},
        {"thing": thing("amount: {type: integer, nullable: true}")},
        {"response-field-became-nullable"},
        path="amount",
        schema="thing",
    ),
    Case(
        "response-field-no-longer-nullable",
        {"thing": thing("amount: {type: integer, nullable: true}")},
        {},
        {"response-field-no-longer-nullable"},
        path="amount",
        schema="thing",
    ),
    Case(
        "response-type-changed",
        {},
        {"thing": thing("amount: {type: number}")},
        {"response-type-changed"},
        path="amount",
        schema="thing",
    ),
    Case(
        "response-type-narrowed",
        {"thing": thing("amount: {type: number}")},
        {},
        {"response-type-narrowed"},
        path="amount",
        schema="thing",
    ),
    Case(
        "response-union-variant-added",
        {"thing": thing("amount: {anyOf: [{type: integer}, {type: string}]}")},
        {"thing": thing("amount: {anyOf: [{type: integer}, {type: string}, {type: boolean}]}")},
        {"response-union-variant-added"},
        path="amount",
        schema="thing",
    ),
    Case(
        "response-format-changed",
        {"thing": thing("created: {type: integer, format: unix-time}")},
        {"thing": thing("created: {type: integer}")},
        {"response-format-changed"},
        path="created",
        schema="thing",
    ),
    Case(
        "response-constraint-changed",
        {},
        {"thing": THING.replace("id: {type: string}", "id: {type: string, maxLength: 5000}")},
        {"response-constraint-changed"},
        path="id",
        schema="thing",
    ),
    Case(
        "response-enum-value-added",
        {},
        {"thing": "{id: {type: string}, object: {type: string, enum: [thing, other]}, amount: {type: integer}}"},
        {"response-enum-value-added"},
        path="object",
        schema="thing",
    ),
    Case(
        "response-enum-value-removed",
        {"thing": "{id: {type: string}, object: {type: string, enum: [thing, other]}, amount: {type: integer}}"},
        {},
        {"response-enum-value-removed"},
        path="object",
        schema="thing",
    ),
    Case(
        "field-deprecated",
        {},
        {"thing": thing("amount: {type: integer, deprecated: true}")},
        {"field-deprecated"},
        path="amount",
        schema="thing",
    ),
    Case(
        "default-changed",
        {"list_params": "[{name: limit, in: query, schema: {type: integer, default: 10}}]"},
        {"list_params": "[{name: limit, in: query, schema: {type: integer, default: 25}}]"},
        {"default-changed"},
        path="limit",
        endpoint="GET /v1/things",
    ),
]


def _named(found: list[Change], rule_id: str) -> Change:
    named = [c for c in found if c.rule.id == rule_id]
    assert len(named) == 1, [c.message for c in named]
    return named[0]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_rule(case: Case, tmp_path: Path) -> None:
    found = changes(tmp_path, case.old, case.new)
    assert {c.rule.id for c in found} == case.rules, [f"{c.rule.id}: {c.message}" for c in found]
    change = _named(found, case.name)
    assert change.breaking is RULES[case.name].breaking
    if case.path is not None:
        assert change.location.dotted == case.path
    if case.endpoint is not None:
        assert change.location.endpoint == case.endpoint
    if case.schema is not None:
        assert change.location.schema == case.schema


def test_every_rule_has_a_case() -> None:
    assert {case.name for case in CASES} == set(RULES)


def test_identical_specs_have_no_changes(tmp_path: Path) -> None:
    assert changes(tmp_path, {}, {}) == []


def test_constraint_verdicts(tmp_path: Path) -> None:
    """Each constraint is judged on its own: which way is stricter depends on the keyword."""
    old = "{amount: {type: integer, minimum: 1, maximum: 100, multipleOf: 2}, currency: {type: string, pattern: a}, "
    old += "tags: {type: array, items: {type: string}, maxItems: 5}}"
    new = "{amount: {type: integer, minimum: 0, maximum: 50, multipleOf: 4}, currency: {type: string}, "
    new += "tags: {type: array, items: {type: string}, maxItems: 10, uniqueItems: true}}"
    found = changes(tmp_path, {"body": old}, {"body": new})
    verdicts = {(c.location.dotted, c.message.split(" ")[0]): c.breaking for c in found}
    assert verdicts == {
        ("amount", "minimum"): False,
        ("amount", "maximum"): True,
        ("amount", "multipleOf"): True,
        ("currency", "pattern"): False,
        ("tags", "maxItems"): False,
        ("tags", "uniqueItems"): True,
    }


def test_multiple_of_divisor_is_wider(tmp_path: Path) -> None:
    old = "{amount: {type: integer, multipleOf: 4}, currency: {type: string}}"
    new = "{amount: {type: integer, multipleOf: 2}, currency: {type: string}}"
    (change,) = changes(tmp_path, {"body": old}, {"body": new})
    assert change.rule.id == "request-constraint-widened"
