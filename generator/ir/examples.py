"""Example values for any IR type: the spec's own `example`s first, else synthesized.

Used by the docs (example requests and responses) and meant for the mock server
too. Output is deterministic (same IR, same JSON) and valid against the spec's
schema: enums take their first value (or the default), constraints are honoured
(lengths, bounds, multiples, item counts, simple `^literal` patterns), formats
get a well-formed value, and `object` constants come from their one-value enums.

Two shapes of example:

* a *response* example (`request=False`) fills every field near the top and only
  the required ones deeper down, so Stripe's large objects stay readable;
* a *request* example (`request=True`) holds only what must be sent: required
  fields, plus the first field of an object that has no required ones (so
  `components={"buy_button": {"enabled": True}}` rather than `{}`).

Recursive schemas are cut where they loop: an optional field is left out, a
nullable one becomes `null`.
"""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .inflection import singular
from .model import JSON, Api, Constraints, Field, Schema, TypeKind, TypeRef
from .schemas import json_value

#: Objects deeper than this get only their required fields in response examples.
FULL_DEPTH = 2
#: Past this depth nothing new is opened: a safety net for pathological specs.
MAX_DEPTH = 12

_TIMESTAMP = 1700000000
_STRING_FORMATS: dict[str, str] = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "12:00:00",
    "email": "jenny.rosen@example.com",
    "uri": "https://example.com",
    "url": "https://example.com",
    "uuid": "123e4567-e89b-12d3-a456-426614174000",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "hostname": "example.com",
    "byte": "ZXhhbXBsZQ==",
    "binary": "file contents",
    "decimal": "1.5",
}
_STRING_NAMES: dict[str, str] = {
    "currency": "usd",
    "country": "US",
    "email": "jenny.rosen@example.com",
    "phone": "+15555550123",
    "url": "https://example.com",
    "name": "Jenny Rosen",
    "description": "Example description",
    "postal_code": "94111",
    "city": "San Francisco",
    "line1": "510 Townsend St",
    "locale": "en",
}
_PATTERN_LITERAL = re.compile(r"(?:[A-Za-z0-9_/ :,-]|\\[./\-_])*")
_PATTERN_WILDCARDS = (("[^/]+", "x"), ("[^/]*", ""), ("\\d+", "1"), ("[0-9]+", "1"), ("[a-z]+", "x"))


class _Skip:
    """No finite value here (a loop): the caller drops the field or uses null."""


_SKIP = _Skip()


def example_for(api: Api, type_ref: TypeRef, *, request: bool = False, name: str = "") -> JSON:
    """An example value of `type_ref`. `name` (a field name) picks friendlier strings."""
    value = _Synth(api, request).value(type_ref, name, 0)
    return None if isinstance(value, _Skip) else value


def example_for_schema(api: Api, schema_id: str, *, request: bool = False) -> JSON:
    """An example of the named schema (its own `example` when the spec has one)."""
    return example_for(api, TypeRef(TypeKind.OBJECT, ref=schema_id), request=request)


def example_params(api: Api, params: Iterable[Field], *, include_optional: bool = False) -> dict[str, JSON]:
    """Request parameters to show in an example call: the required ones (or all)."""
    synth = _Synth(api, request=True)
    result: dict[str, JSON] = {}
    for param in params:
        if not (param.required or include_optional):
            continue
        value = synth.field_value(param, 1)
        result[param.name] = None if isinstance(value, _Skip) else value
    return result


@dataclass(slots=True)
class _Synth:
    api: Api
    request: bool
    stack: list[str] = field(default_factory=list)  # schema ids being filled, to cut loops

    # -- fields and objects ----------------------------------------------------

    def field_value(self, item: Field, depth: int) -> JSON | _Skip:
        example = json_value(item.example)
        if example is not None and _fits(item.type, example):
            return example
        return self.value(item.type, item.name, depth)

    def object(self, schema: Schema, depth: int) -> JSON | _Skip:
        if schema.has_example:
            return json_value(schema.example)
        if schema.alias is not None:
            return self.value(schema.alias, schema.path[-1], depth)
        if schema.id in self.stack or depth > MAX_DEPTH:
            return _SKIP
        self.stack.append(schema.id)
        try:
            return self._fields(schema, depth)
        finally:
            self.stack.pop()

    def _fields(self, schema: Schema, depth: int) -> JSON | _Skip:
        result: dict[str, JSON] = {}
        for item in self._chosen_fields(schema, depth):
            value = self.field_value(item, depth + 1)
            if isinstance(value, _Skip):
                if not item.required:
                    continue
                if not item.type.nullable:
                    return _SKIP  # a required field that loops: no finite instance here
                value = None
            result[item.name] = value
        if not schema.fields and schema.additional is not None and not self.request:
            extra = self.value(schema.additional, "key", depth + 1)
            if not isinstance(extra, _Skip):
                result["key"] = extra
        return result

    def _chosen_fields(self, schema: Schema, depth: int) -> list[Field]:
        if self.request:
            wanted = [f for f in schema.fields if f.required and not f.read_only]
            if not wanted and depth > 0:
                wanted = [f for f in schema.fields if not f.read_only][:1]
            return wanted
        if depth <= FULL_DEPTH:
            return [f for f in schema.fields if not f.write_only]
        return [f for f in schema.fields if f.required]

    # -- types -------------------------------------------------------------------

    def value(self, type_ref: TypeRef, name: str, depth: int) -> JSON | _Skip:
        default = json_value(type_ref.default) if type_ref.has_default else None
        if default is not None and _fits(type_ref, default):
            return default
        kind = type_ref.kind
        if kind is TypeKind.OBJECT:
            schema = self.api.schemas.get(type_ref.ref or "")
            if schema is None:
                return {}
            return self.object(schema, depth)
        if kind is TypeKind.ENUM:
            return self._enum(type_ref)
        if kind is TypeKind.ARRAY:
            return self._array(type_ref, name, depth)
        if kind is TypeKind.MAP:
            return self._map(type_ref, depth)
        if kind is TypeKind.UNION:
            return self._first(type_ref.variants, name, depth)
        if kind is TypeKind.EXPANDABLE:
            return self._id_for(type_ref.variants, name)
        if kind is TypeKind.STRING:
            return _string(type_ref, name)
        if kind in (TypeKind.INTEGER, TypeKind.NUMBER):
            return _number(type_ref, name)
        if kind is TypeKind.BOOLEAN:
            return self.request
        return {}

    def _enum(self, type_ref: TypeRef) -> JSON:
        enum = self.api.enums.get(type_ref.ref or "")
        if enum is None or not enum.values:
            return None
        return enum.values[0].value

    def _array(self, type_ref: TypeRef, name: str, depth: int) -> JSON | _Skip:
        limits = type_ref.constraints
        wanted = max(1, limits.min_items or 0)
        if limits.max_items is not None:
            wanted = min(wanted, limits.max_items)
        if wanted == 0 or type_ref.items is None:
            return []
        item = self.value(type_ref.items, singular(name), depth)
        if isinstance(item, _Skip):
            return [] if not limits.min_items else _SKIP
        if limits.unique_items and wanted > 1:
            return [item]  # cannot invent distinct items in general; one is the best we can do
        return [copy.deepcopy(item) for _ in range(wanted)]

    def _map(self, type_ref: TypeRef, depth: int) -> JSON | _Skip:
        if type_ref.items is None or type_ref.items.kind is TypeKind.ANY:
            return {"key": "value"}
        item = self.value(type_ref.items, "value", depth)
        return {} if isinstance(item, _Skip) else {"key": item}

    def _first(self, variants: Iterable[TypeRef], name: str, depth: int) -> JSON | _Skip:
        for variant in variants:
            value = self.value(variant, name, depth)
            if not isinstance(value, _Skip):
                return value
        return _SKIP

    def _id_for(self, variants: Iterable[TypeRef], name: str) -> str:
        """An expandable field unexpanded: the id of the object it points at."""
        for variant in variants:
            found = _example_id(self.api.schemas, variant.ref or "")
            if found is not None:
                return found
        return f"{name or 'object'}_123"


def _example_id(schemas: Mapping[str, Schema], ref: str) -> str | None:
    """The example id of schema `ref` (None when there is none). A mapping that records what
    is read (the render memo's `Tracked`) offers `facet(key, attribute)`, which notes a read
    of that attribute alone: a page showing `customer`'s id does not depend on its prose."""
    read = getattr(schemas, "facet", None)
    if read is not None:
        found: str | None = read(ref, "example_id")
        return found
    schema = schemas.get(ref)
    return None if schema is None else schema.example_id


def _fits(type_ref: TypeRef, value: JSON) -> bool:
    """A cheap sanity check on a spec-given example: right JSON kind for the type."""
    kind = type_ref.kind
    if value is None:
        return type_ref.nullable
    if kind is TypeKind.STRING:
        return isinstance(value, str)
    if kind is TypeKind.INTEGER:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind is TypeKind.NUMBER:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind is TypeKind.BOOLEAN:
        return isinstance(value, bool)
    if kind is TypeKind.ARRAY:
        return isinstance(value, list)
    if kind in (TypeKind.OBJECT, TypeKind.MAP):
        return isinstance(value, dict)
    return True


def _string(type_ref: TypeRef, name: str) -> str:
    limits = type_ref.constraints
    candidates = []
    if type_ref.format in _STRING_FORMATS:
        candidates.append(_STRING_FORMATS[type_ref.format])
    if name in _STRING_NAMES:
        candidates.append(_STRING_NAMES[name])
    if limits.pattern:
        literal = _pattern_literal(limits.pattern)
        if literal is not None:
            candidates.insert(0, literal)
    candidates.append(f"{name}_example" if name else "example")
    for candidate in candidates:
        fitted = _fit_length(candidate, limits)
        if limits.pattern is None or _matches(limits.pattern, fitted):
            return fitted
    return _fit_length(candidates[0], limits)


def _pattern_literal(pattern: str) -> str | None:
    """Text for a simple anchored pattern, e.g. Stripe's `^/v1/tax/calculations/[^/]+/line_items`."""
    if not pattern.startswith("^"):
        return None
    body = pattern[1:-1] if pattern.endswith("$") and not pattern.endswith("\\$") else pattern[1:]
    for wildcard, stand_in in _PATTERN_WILDCARDS:
        body = body.replace(wildcard, stand_in)
    if _PATTERN_LITERAL.fullmatch(body) is None:
        return None
    return re.sub(r"\\(.)", r"\1", body)


def _matches(pattern: str, text: str) -> bool:
    try:
        return re.search(pattern, text) is not None
    except re.error:
        return False


def _fit_length(text: str, limits: Constraints) -> str:
    if limits.min_length is not None and len(text) < limits.min_length:
        text += "x" * (limits.min_length - len(text))
    if limits.max_length is not None and len(text) > limits.max_length:
        text = text[: limits.max_length]
    return text


def _number(type_ref: TypeRef, name: str) -> int | float:
    limits = type_ref.constraints
    integer = type_ref.kind is TypeKind.INTEGER
    value: float = _TIMESTAMP if type_ref.format == "unix-time" else (1000 if name == "amount" else 1)
    low, high = limits.minimum, limits.maximum
    step = limits.multiple_of if limits.multiple_of else (1 if integer else 0.5)
    if low is not None and (value < low or (value == low and limits.exclusive_minimum)):
        value = low + step if limits.exclusive_minimum else low
    if high is not None and (value > high or (value == high and limits.exclusive_maximum)):
        value = high - step if limits.exclusive_maximum else high
    if limits.multiple_of:
        value = math.ceil(value / limits.multiple_of) * limits.multiple_of
        if high is not None and value > high:
            value -= limits.multiple_of
    if integer:
        return math.ceil(value) if low is not None and value < low else int(value)
    return float(value)
