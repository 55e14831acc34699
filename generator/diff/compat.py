"""Type compatibility at the level of kinds, and short type descriptions for reports.

`fits(a, b)` answers "is every value of type `a` also a value of type `b`?" looking
only at the outer shape: deeper differences (fields, enum values, item types) are
compared separately by `compare.py`. With `lenient` (the response side), open enums
count as plain strings and expandable fields as plain ids, since the client accepts
any string for an open enum and only receives objects when it asks for expansion.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..ir.model import Api, SchemaOrigin, TypeKind, TypeRef

_STRING = TypeRef(TypeKind.STRING)
_LISTED_ENUM_VALUES = 4


@dataclass(frozen=True, slots=True)
class Typed:
    """A type use together with the API it belongs to (to look up enum bases)."""

    type: TypeRef
    api: Api

    def base(self) -> TypeKind:
        """The primitive kind of an enum, else the kind itself."""
        t = self.type
        if t.kind is TypeKind.ENUM and t.ref and t.ref in self.api.enums:
            return self.api.enums[t.ref].base
        return t.kind

    def with_type(self, other: TypeRef) -> Typed:
        return Typed(other, self.api)


def same_kind(a: Typed, b: Typed) -> bool:
    return a.type.kind is b.type.kind and (a.type.kind is not TypeKind.ENUM or a.base() is b.base())


def fits(a: Typed, b: Typed, lenient: bool) -> bool:
    """Every value of `a` is a value of `b` (outer shape only)."""
    ka, kb = a.type.kind, b.type.kind
    if kb is TypeKind.ANY:
        return True
    if ka is TypeKind.ANY:
        return False
    if ka is TypeKind.EXPANDABLE and lenient:
        return fits(a.with_type(_STRING), b, lenient)
    if ka in (TypeKind.UNION, TypeKind.EXPANDABLE):
        return all(fits(a.with_type(v), b, lenient) for v in _alternatives(a.type))
    if kb in (TypeKind.UNION, TypeKind.EXPANDABLE):
        return any(fits(a, b.with_type(v), lenient) for v in _alternatives(b.type))
    if same_kind(a, b):
        return True
    base_a, base_b = a.base(), b.base()
    if kb is TypeKind.ENUM:  # a plain value into an enum: only an open enum takes any string
        return lenient and ka is not TypeKind.ENUM and base_a is base_b
    if base_a is base_b:  # an enum into its base kind
        return True
    if base_a is TypeKind.INTEGER and base_b is TypeKind.NUMBER:
        return True
    return ka is TypeKind.OBJECT and kb is TypeKind.MAP


def _alternatives(t: TypeRef) -> tuple[TypeRef, ...]:
    if t.kind is TypeKind.EXPANDABLE:
        return (_STRING, *t.variants)
    return t.variants


def describe(t: Typed) -> str:
    """A short description: `string (date-time)`, `array of object customer` (a component), `enum ["a", "b"]`."""
    text = _describe(t)
    return f"{text} | null" if t.type.nullable else text


def _describe(t: Typed) -> str:
    ref = t.type
    kind = ref.kind
    if kind is TypeKind.OBJECT:
        schema = t.api.schemas.get(ref.ref or "")
        return f"object {ref.ref}" if schema is not None and schema.origin is SchemaOrigin.COMPONENT else "object"
    if kind is TypeKind.ENUM:
        values = t.api.enums[ref.ref].values if ref.ref and ref.ref in t.api.enums else ()
        if 0 < len(values) <= _LISTED_ENUM_VALUES:
            return "enum [" + ", ".join(json.dumps(v.value) for v in values) + "]"
        return f"enum {t.base().value}"
    if kind is TypeKind.ARRAY:
        return "array of " + (describe(t.with_type(ref.items)) if ref.items else "any")
    if kind is TypeKind.MAP:
        return "map of " + (describe(t.with_type(ref.items)) if ref.items else "any")
    if kind is TypeKind.UNION:
        return " | ".join(describe(t.with_type(v)) for v in ref.variants)
    if kind is TypeKind.EXPANDABLE:
        return "id or expanded " + " | ".join(describe(t.with_type(v)) for v in ref.variants)
    return f"{kind.value} ({ref.format})" if ref.format else kind.value


def variant_key(t: Typed) -> tuple[str, ...]:
    """How union variants are paired between two versions."""
    ref = t.type
    if ref.kind in (TypeKind.OBJECT, TypeKind.ENUM):
        return (ref.kind.value, ref.ref or "")
    return (ref.kind.value,)
