"""Every change rule in one place: a stable id, whether it breaks a client user, and an example.

A rule is judged from the point of view of someone *using the generated client*:
on the request side the client sends values, so the server accepting fewer of them
breaks it; on the response side the client reads values, so the server sending
values it does not expect breaks it. Response enums are open (`Literal[...] | str`),
so new response enum values never break.

`docs/diff.md` documents each rule with its example; a test checks it lists them all.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Side(enum.StrEnum):
    """Which way values travel where a change happened."""

    REQUEST = "request"  # the client sends them: parameters, request bodies
    RESPONSE = "response"  # the client reads them: responses, webhook objects
    NONE = "none"  # neither: operations, schema names


@dataclass(frozen=True, slots=True)
class Rule:
    id: str  # stable, kebab-case; part of the JSON format
    breaking: bool
    side: Side
    summary: str  # one line, for the rule table
    before: str  # example: the old spec fragment
    after: str  # example: the new spec fragment


RULES: dict[str, Rule] = {}


def _rule(rule_id: str, breaking: bool, side: Side, summary: str, before: str, after: str) -> Rule:
    rule = Rule(rule_id, breaking, side, summary, before, after)
    RULES[rule_id] = rule
    return rule


R, S, N = Side.REQUEST, Side.RESPONSE, Side.NONE

# -- operations -----------------------------------------------------------------

OPERATION_REMOVED = _rule(
    "operation-removed", True, N, "an operation (path + method) was removed", "DELETE /v1/customers/{c}", "(gone)"
)
OPERATION_ADDED = _rule(
    "operation-added", False, N, "an operation was added", "(none)", "POST /v1/customers/{c}/freeze"
)
OPERATION_METHOD_RENAMED = _rule(
    "operation-method-renamed",
    True,
    N,
    "the client method of an operation changed (resource or method name), so calls to the old one fail",
    "POST /v1/quotes/{q}/finalize -> quotes.finalize",
    "same path -> quotes.finalize_quote",
)
OPERATION_ID_RENAMED = _rule(
    "operation-id-renamed",
    False,
    N,
    "the operationId changed but the path and method did not; the client method keeps its name "
    "(check `operation_names` in your configuration, which is keyed by operationId)",
    "operationId: GetCustomersCustomer",
    "operationId: RetrieveCustomer",
)
OPERATION_DEPRECATED = _rule(
    "operation-deprecated", False, N, "an operation was marked deprecated", "deprecated: false", "deprecated: true"
)
PAGINATION_REMOVED = _rule(
    "pagination-removed",
    True,
    N,
    "a list operation is no longer paginated, so its auto-paging iterator goes away",
    "200: {object: list, data: [...], has_more}",
    "200: {data: [...]}",
)
PAGINATION_ADDED = _rule(
    "pagination-added",
    False,
    N,
    "an operation became a paginated list",
    "200: {data: [...]}",
    "200: {object: list, data: [...], has_more}",
)
SCHEMA_REMOVED = _rule(
    "schema-removed",
    True,
    N,
    "a component schema was removed: its model class disappears from the client",
    "components/schemas/legacy_card",
    "(gone)",
)
SCHEMA_ADDED = _rule("schema-added", False, N, "a component schema was added", "(none)", "components/schemas/tax_id")
SCHEMA_DEPRECATED = _rule(
    "schema-deprecated", False, N, "a component schema was marked deprecated", "deprecated: false", "deprecated: true"
)
SCHEMA_REFERENCE_CHANGED = _rule(
    "schema-reference-changed",
    False,
    N,
    "a field now refers to another component schema (its model class name changes); "
    "differences between the two shapes are reported as their own changes",
    "$ref: '#/components/schemas/card_details'",
    "$ref: '#/components/schemas/payment_card'",
)

# -- request side ---------------------------------------------------------------

REQUEST_PARAM_REMOVED = _rule(
    "request-param-removed",
    True,
    R,
    "a request parameter (or a field of a request object) was removed; callers passing it fail",
    "query: [limit, starting_after]",
    "query: [limit]",
)
REQUEST_PARAM_ADDED_REQUIRED = _rule(
    "request-param-added-required",
    True,
    R,
    "a required request parameter was added; existing calls do not pass it",
    "body: {amount}",
    "body: {amount, currency} required: [currency]",
)
REQUEST_PARAM_ADDED = _rule(
    "request-param-added", False, R, "an optional request parameter was added", "body: {amount}", "body: {amount, memo}"
)
REQUEST_PARAM_BECAME_REQUIRED = _rule(
    "request-param-became-required",
    True,
    R,
    "an optional request parameter became required",
    "required: []",
    "required: [currency]",
)
REQUEST_PARAM_BECAME_OPTIONAL = _rule(
    "request-param-became-optional",
    False,
    R,
    "a required request parameter became optional",
    "required: [currency]",
    "required: []",
)
REQUEST_PARAM_NO_LONGER_NULLABLE = _rule(
    "request-param-no-longer-nullable",
    True,
    R,
    "a request parameter no longer accepts null (or Stripe's empty string)",
    "nullable: true",
    "nullable: false",
)
REQUEST_PARAM_BECAME_NULLABLE = _rule(
    "request-param-became-nullable",
    False,
    R,
    "a request parameter now accepts null",
    "nullable: false",
    "nullable: true",
)
REQUEST_TYPE_CHANGED = _rule(
    "request-type-changed",
    True,
    R,
    "a request parameter's type changed so that some values that were accepted are not any more "
    "(incompatible type, enum instead of free string, union variant removed)",
    "type: string",
    "type: integer",
)
REQUEST_TYPE_WIDENED = _rule(
    "request-type-widened",
    False,
    R,
    "a request parameter's type now accepts everything it accepted before and more "
    "(integer to number, enum to string, union variant added)",
    "type: integer",
    "type: number",
)
REQUEST_FORMAT_CHANGED = _rule(
    "request-format-changed",
    True,
    R,
    "a request parameter's format was added or changed, so values in the old format may be refused",
    "type: string",
    "type: string, format: email",
)
REQUEST_FORMAT_REMOVED = _rule(
    "request-format-removed",
    False,
    R,
    "a request parameter lost its format, so it accepts more",
    "type: string, format: email",
    "type: string",
)
REQUEST_CONSTRAINT_NARROWED = _rule(
    "request-constraint-narrowed",
    True,
    R,
    "a request constraint got stricter (lower maxLength or maximum, higher minLength or minimum, "
    "new or changed pattern, fewer items, uniqueItems, multipleOf...)",
    "maxLength: 5000",
    "maxLength: 500",
)
REQUEST_CONSTRAINT_WIDENED = _rule(
    "request-constraint-widened",
    False,
    R,
    "a request constraint got looser or was removed",
    "maxLength: 500",
    "maxLength: 5000",
)
REQUEST_ENUM_VALUE_REMOVED = _rule(
    "request-enum-value-removed",
    True,
    R,
    "a value the client could send is no longer allowed",
    "enum: [day, week, month]",
    "enum: [day, month]",
)
REQUEST_ENUM_VALUE_ADDED = _rule(
    "request-enum-value-added",
    False,
    R,
    "a request enum accepts a new value",
    "enum: [day, month]",
    "enum: [day, week, month]",
)
REQUEST_BODY_BECAME_REQUIRED = _rule(
    "request-body-became-required",
    True,
    R,
    "an operation's request body became required",
    "requestBody: {required: false}",
    "requestBody: {required: true}",
)
PARAM_DEPRECATED = _rule(
    "param-deprecated", False, R, "a request parameter was marked deprecated", "deprecated: false", "deprecated: true"
)
PATH_PARAM_RENAMED = _rule(
    "path-param-renamed",
    False,
    R,
    "a path parameter was renamed; path parameters are positional in the client, so calls keep working",
    "/v1/customers/{customer}",
    "/v1/customers/{id}",
)
PARAM_LOCATION_CHANGED = _rule(
    "param-location-changed",
    False,
    R,
    "a parameter moved between query, header and body; the client passes it by name and encodes it where it now goes",
    "in: query",
    "in: header",
)

# -- response side --------------------------------------------------------------

RESPONSE_FIELD_REMOVED = _rule(
    "response-field-removed",
    True,
    S,
    "a field of a response object was removed; code reading it fails",
    "properties: {id, email}",
    "properties: {id}",
)
RESPONSE_FIELD_ADDED = _rule(
    "response-field-added", False, S, "a response object has a new field", "properties: {id}", "properties: {id, email}"
)
RESPONSE_FIELD_BECAME_OPTIONAL = _rule(
    "response-field-became-optional",
    True,
    S,
    "a response field that was always present may now be absent",
    "required: [email]",
    "required: []",
)
RESPONSE_FIELD_BECAME_REQUIRED = _rule(
    "response-field-became-required",
    False,
    S,
    "a response field is now always present",
    "required: []",
    "required: [email]",
)
RESPONSE_FIELD_BECAME_NULLABLE = _rule(
    "response-field-became-nullable",
    True,
    S,
    "a response field may now be null; code using its value unguarded fails",
    "nullable: false",
    "nullable: true",
)
RESPONSE_FIELD_NO_LONGER_NULLABLE = _rule(
    "response-field-no-longer-nullable",
    False,
    S,
    "a response field is never null now",
    "nullable: true",
    "nullable: false",
)
RESPONSE_TYPE_CHANGED = _rule(
    "response-type-changed",
    True,
    S,
    "a response value's type changed so that the client may receive values it does not expect "
    "(incompatible type, number instead of integer, union or expandable object in place of one type)",
    "type: integer",
    "type: string",
)
RESPONSE_TYPE_NARROWED = _rule(
    "response-type-narrowed",
    False,
    S,
    "a response value's type got narrower: everything the client may receive now it could receive before "
    "(number to integer, string to enum, union variant removed, expandable to plain id)",
    "type: number",
    "type: integer",
)
RESPONSE_UNION_VARIANT_ADDED = _rule(
    "response-union-variant-added",
    False,
    S,
    "a response union (anyOf/oneOf, or the objects an expandable field expands to) gained a variant; like open "
    "enums, the generated models hand an unknown variant over as the raw dict (unions are typed `... | Any`)",
    "anyOf: [card, bank_account]",
    "anyOf: [card, bank_account, source]",
)
RESPONSE_FORMAT_CHANGED = _rule(
    "response-format-changed",
    True,
    S,
    "a response value's format changed, so the client may parse it differently (e.g. unix-time to date-time)",
    "type: integer, format: unix-time",
    "type: string, format: date-time",
)
RESPONSE_CONSTRAINT_CHANGED = _rule(
    "response-constraint-changed",
    False,
    S,
    "a constraint on a response value changed; the client checks responses only when asked to (`strict=True`)",
    "maxLength: 5000",
    "maxLength: 500",
)
RESPONSE_ENUM_VALUE_ADDED = _rule(
    "response-enum-value-added",
    False,
    S,
    "a response enum has a new value; response enums are open (`Literal[...] | str`), so unknown values are kept",
    "enum: [active, canceled]",
    "enum: [active, canceled, paused]",
)
RESPONSE_ENUM_VALUE_REMOVED = _rule(
    "response-enum-value-removed",
    False,
    S,
    "a response enum lost a value; the client simply never receives it",
    "enum: [active, canceled, paused]",
    "enum: [active, canceled]",
)
FIELD_DEPRECATED = _rule(
    "field-deprecated", False, S, "a response field was marked deprecated", "deprecated: false", "deprecated: true"
)

# -- both sides -----------------------------------------------------------------

DEFAULT_CHANGED = _rule(
    "default-changed",
    False,
    N,
    "a default value was added, removed or changed; not breaking, but callers relying on the default "
    "may see different behaviour",
    "default: 10",
    "default: 25",
)


def rule(rule_id: str) -> Rule:
    return RULES[rule_id]
