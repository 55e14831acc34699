"""Test-side helpers: minimal valid params for an operation, written without the mock's code.

Kept independent of `generator.mock` (and of `generator.ir.examples`) on purpose:
a request built here is what a client would send, so the mock cannot agree
with itself by construction.
"""

from __future__ import annotations

from typing import Any

from generator.ir.model import Api, Field, Operation, TypeKind, TypeRef


def minimal_params(api: Api, op: Operation) -> dict[str, Any]:
    """Every required query/body param of `op`, with a value valid for its type."""
    return {p.name: _value(api, p.type, p.name, 0) for p in op.params if p.required}


def path_values(op: Operation) -> dict[str, str]:
    return {p.name: f"{p.name}_123" for p in op.path_params}


def fill_path(op: Operation, values: dict[str, str]) -> str:
    path = op.path
    for name, value in values.items():
        path = path.replace("{" + name + "}", value)
    return path


def _value(api: Api, type_ref: TypeRef, name: str, depth: int) -> Any:
    kind = type_ref.kind
    limits = type_ref.constraints
    if kind is TypeKind.ENUM:
        values = [v.value for v in api.enum(str(type_ref.ref)).values if v.value != ""]
        return values[0] if values else ""
    if kind is TypeKind.STRING or kind is TypeKind.EXPANDABLE:
        text = f"{name or 'x'}_1"
        if limits.min_length and len(text) < limits.min_length:
            text += "x" * (limits.min_length - len(text))
        return text[: limits.max_length] if limits.max_length else text
    if kind in (TypeKind.INTEGER, TypeKind.NUMBER):
        low = limits.minimum if limits.minimum is not None else 1
        number = low + 1 if limits.exclusive_minimum else low
        if limits.maximum is not None:
            number = min(number, limits.maximum)
        return int(number) if kind is TypeKind.INTEGER else number
    if kind is TypeKind.BOOLEAN:
        return True
    if kind is TypeKind.ARRAY:
        assert type_ref.items is not None
        count = max(1, limits.min_items or 0)
        return [_value(api, type_ref.items, name, depth + 1) for _ in range(count)]
    if kind is TypeKind.MAP:
        return {"key": "value"}
    if kind is TypeKind.UNION:
        usable = [v for v in type_ref.variants if not _empty_string(api, v)]
        return _value(api, usable[0] if usable else type_ref.variants[0], name, depth)
    if kind is TypeKind.OBJECT:
        schema = api.schema(str(type_ref.ref))
        if schema.alias is not None:
            return _value(api, schema.alias, name, depth)
        wanted: list[Field] = [f for f in schema.fields if f.required] or list(schema.fields[:1])
        return {f.name: _value(api, f.type, f.name, depth + 1) for f in wanted}
    return "x"


def _empty_string(api: Api, type_ref: TypeRef) -> bool:
    if type_ref.kind is not TypeKind.ENUM:
        return False
    return [v.value for v in api.enum(str(type_ref.ref)).values] == [""]


def form_pairs(params: dict[str, Any]) -> list[tuple[str, str]]:
    """Stripe's bracket encoding: `a[b][0]=x`, booleans as `true`/`false`."""
    pairs: list[tuple[str, str]] = []

    def add(key: str, value: Any) -> None:
        if isinstance(value, dict):
            for sub, item in value.items():
                add(f"{key}[{sub}]", item)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                add(f"{key}[{index}]", item)
        elif isinstance(value, bool):
            pairs.append((key, "true" if value else "false"))
        elif value is None:
            pairs.append((key, ""))
        else:
            pairs.append((key, str(value)))

    for name, value in params.items():
        add(name, value)
    return pairs
