"""Does a JSON value fit an IR type, as the spec's schema would judge it?

Used to decide which candidate values (request fields, fixtures, examples) may
appear in a response. Objects are checked *partially*: the fields present must
fit, missing required ones are fine (the synthesizer fills them in). Enums are
checked as closed even where the IR marks them open, since a reference
validator reading the spec will.
"""

from __future__ import annotations

import re
from typing import Any

from ..ir.model import Api, Constraints, Schema, SchemaOrigin, TypeKind, TypeRef


class Conformance:
    def __init__(self, api: Api) -> None:
        self.api = api
        self._patterns: dict[str, re.Pattern[str] | None] = {}
        self._fields: dict[str, dict[str, TypeRef]] = {}

    def fits(self, type_ref: TypeRef, value: Any) -> bool:
        if value is None:
            return null_allowed(self.api, type_ref)
        kind = type_ref.kind
        if kind is TypeKind.STRING:
            return isinstance(value, str) and self._string_ok(type_ref.constraints, value)
        if kind is TypeKind.INTEGER:
            return isinstance(value, int) and not isinstance(value, bool) and _number_ok(type_ref.constraints, value)
        if kind is TypeKind.NUMBER:
            return (
                isinstance(value, (int, float))
                and not isinstance(value, bool)
                and _number_ok(type_ref.constraints, value)
            )
        if kind is TypeKind.BOOLEAN:
            return isinstance(value, bool)
        if kind is TypeKind.ENUM:
            enum = self.api.enums.get(type_ref.ref or "")
            return enum is None or any(v.value == value and type(v.value) is type(value) for v in enum.values)
        if kind is TypeKind.OBJECT:
            schema = self.api.schemas.get(type_ref.ref or "")
            return schema is None or self._object_ok(schema, value)
        if kind is TypeKind.ARRAY:
            limits = type_ref.constraints
            return (
                isinstance(value, list)
                and (limits.min_items is None or len(value) >= limits.min_items)
                and (limits.max_items is None or len(value) <= limits.max_items)
                and (type_ref.items is None or all(self.fits(type_ref.items, item) for item in value))
            )
        if kind is TypeKind.MAP:
            return isinstance(value, dict) and (
                type_ref.items is None or all(self.fits(type_ref.items, item) for item in value.values())
            )
        if kind is TypeKind.UNION:
            return any(self.fits(variant, value) for variant in type_ref.variants)
        if kind is TypeKind.EXPANDABLE:
            return (isinstance(value, str) and len(value) <= 5000) or any(
                self.fits(variant, value) for variant in type_ref.variants
            )
        return True  # ANY

    def _object_ok(self, schema: Schema, value: Any) -> bool:
        if schema.alias is not None:
            return self.fits(schema.alias, value)
        if not isinstance(value, dict):
            return False
        fields = self._field_types(schema)
        for key, item in value.items():
            field_type = fields.get(key)
            if field_type is not None:
                if not self.fits(field_type, item):
                    return False
            elif schema.additional is not None:
                if not self.fits(schema.additional, item):
                    return False
            elif not schema.open:
                return False
        return True

    def _field_types(self, schema: Schema) -> dict[str, TypeRef]:
        found = self._fields.get(schema.id)
        if found is None:
            found = self._fields[schema.id] = {item.name: item.type for item in schema.fields}
        return found

    def _string_ok(self, limits: Constraints, value: str) -> bool:
        if limits.min_length is not None and len(value) < limits.min_length:
            return False
        if limits.max_length is not None and len(value) > limits.max_length:
            return False
        if limits.pattern is not None:
            pattern = self._pattern(limits.pattern)
            return pattern is None or pattern.search(value) is not None
        return True

    def _pattern(self, text: str) -> re.Pattern[str] | None:
        if text not in self._patterns:
            try:
                self._patterns[text] = re.compile(text)
            except re.error:
                self._patterns[text] = None  # a pattern Python cannot read: not checked
        return self._patterns[text]


#: Kinds that come from a schema with its own `type`, where `nullable: true` admits null.
_TYPED = frozenset(
    {TypeKind.STRING, TypeKind.INTEGER, TypeKind.NUMBER, TypeKind.BOOLEAN, TypeKind.ARRAY, TypeKind.MAP, TypeKind.ENUM}
)


def null_allowed(api: Api, type_ref: TypeRef) -> bool:
    """Whether null is valid here for a strict OpenAPI 3.0.3 validator.

    `nullable: true` counts only next to a `type`: a `$ref` wrapped in `anyOf` (how
    Stripe writes a nullable reference), a union or an expandable field never take
    null, whatever the IR's `nullable` says; an inline object (`type: object`) does.
    """
    if type_ref.kind is TypeKind.ANY:
        return True
    if not type_ref.nullable:
        if type_ref.kind is TypeKind.OBJECT:  # a named non-object component: its own type decides
            schema = api.schemas.get(type_ref.ref or "")
            return schema is not None and schema.alias is not None and null_allowed(api, schema.alias)
        return False
    if type_ref.kind in _TYPED:
        return True
    if type_ref.kind is TypeKind.OBJECT:
        schema = api.schemas.get(type_ref.ref or "")
        return schema is not None and schema.origin is not SchemaOrigin.COMPONENT
    return False


def _number_ok(limits: Constraints, value: float) -> bool:
    low, high = limits.minimum, limits.maximum
    if low is not None and (value < low or (limits.exclusive_minimum and value == low)):
        return False
    if high is not None and (value > high or (limits.exclusive_maximum and value == high)):
        return False
    if limits.multiple_of:
        quotient = value / limits.multiple_of
        return abs(quotient - round(quotient)) < 1e-9
    return True
