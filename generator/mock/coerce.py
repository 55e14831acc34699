"""Form values are strings: turn them into the types the IR gives each parameter.

`"42"` becomes 42 for an integer, `"true"`/`"false"` booleans, `{"0": "a"}`
from `x[0]=a` an array, nested hashes objects, following the parameter's
`TypeRef` down. `""` is kept as it is: Stripe's "unset" marker, which the spec
allows with an `enum: [""]` alternative. A value that cannot be converted is
reported here, Stripe-style (`Invalid boolean: yes`); everything else (enums,
required, lengths, bounds, unknown top-level params) is left to the validator.

One rule is Stripe's own and applied here: a nested param object takes only the
keys its schema lists (`Received unknown parameter: components[foo]`), even
though Stripe's spec leaves those objects open (no `additionalProperties:
false`); objects with `additionalProperties` schemas (`metadata`) take any key.
"""

from __future__ import annotations

import difflib
import json
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from ..ir.model import Api, Field, Schema, TypeKind, TypeRef
from .errors import UNKNOWN, Problem, rank
from .forms import bracket

_INTEGER = re.compile(r"^[+-]?\d+$")
_NAMES = {
    TypeKind.INTEGER: "integer",
    TypeKind.NUMBER: "number",
    TypeKind.BOOLEAN: "boolean",
    TypeKind.STRING: "string",
}
_BOOLEANS = {"true": True, "false": False}
_NOT_EMPTY = frozenset({TypeKind.OBJECT, TypeKind.MAP, TypeKind.ARRAY})


class _Invalid(Exception):
    def __init__(self, path: Sequence[str | int], message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.problem = Problem(message, bracket(path), code)


class Coercer:
    """Typed parameter values for one API; holds per-schema lookups, so build it once.

    With `strings=False` (a JSON body) values are already typed: nothing is converted
    from text, and arrays must be arrays; the shape checks are the same.
    """

    def __init__(self, api: Api, strings: bool = True) -> None:
        self.api = api
        self.strings = strings
        self._fields: dict[str, dict[str, Field]] = {}

    def params(self, fields: Sequence[Field], tree: Mapping[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
        """Each known parameter converted to its type; unknown ones kept as they came."""
        known = {item.name: item for item in fields}
        result: dict[str, Any] = {}
        problems: list[Problem] = []
        for name, node in tree.items():
            item = known.get(name)
            if item is None:
                result[name] = node
                continue
            if (
                item.type.kind is TypeKind.ARRAY
                and item.style in (None, "form")
                and isinstance(node, str)
                and self.strings
            ):
                node = [node]  # `style: form`: one `tags=a` is a list of one (repeated keys make a longer one)
            try:
                result[name] = self.value(item.type, node, (name,))
            except _Invalid as exc:
                problems.append(exc.problem)
                result[name] = node
        return result, sorted(problems, key=rank)

    def value(self, type_ref: TypeRef, node: Any, path: Sequence[str | int]) -> Any:
        kind = type_ref.kind
        if node == "" and kind in _NOT_EMPTY and self._resolved_kind(type_ref) in _NOT_EMPTY:
            raise _empty(path)
        if kind in _NAMES:
            return _scalar(kind, node, path, self.strings)
        if kind is TypeKind.ENUM:
            enum = self.api.enums.get(type_ref.ref or "")
            return _scalar(enum.base, node, path, self.strings) if enum is not None else node
        if kind is TypeKind.OBJECT:
            return self._object(type_ref, node, path)
        if kind is TypeKind.MAP:
            if not isinstance(node, dict):
                raise _Invalid(path, f"Invalid hash: {_show(node)}")
            items = type_ref.items
            return {key: self.value(items, value, (*path, key)) if items else value for key, value in node.items()}
        if kind is TypeKind.ARRAY:
            return self._array(type_ref, node, path)
        if kind is TypeKind.UNION:
            return self._union(type_ref, node, path)
        if kind is TypeKind.EXPANDABLE:
            return _scalar(TypeKind.STRING, node, path, self.strings)
        return node  # ANY

    def _object(self, type_ref: TypeRef, node: Any, path: Sequence[str | int]) -> Any:
        schema = self.api.schemas.get(type_ref.ref or "")
        if schema is None:
            return node
        if schema.alias is not None:
            return self.value(schema.alias, node, path)
        if not isinstance(node, dict):
            raise _Invalid(path, f"Invalid hash: {_show(node)}")
        fields = self._field_map(schema)
        result: dict[str, Any] = {}
        for key, value in node.items():
            item = fields.get(key)
            if item is not None:
                result[key] = self.value(item.type, value, (*path, key))
            elif schema.additional is not None:
                result[key] = self.value(schema.additional, value, (*path, key))
            else:
                raise _unknown((*path, key), fields)
        return result

    def _array(self, type_ref: TypeRef, node: Any, path: Sequence[str | int]) -> list[Any]:
        if isinstance(node, dict) and self.strings:
            if not all(_INTEGER.match(key) and not key.startswith(("+", "-")) for key in node):
                raise _Invalid(path, f"Invalid array: {_show(node)}")
            node = [node[key] for key in sorted(node, key=int)]
        if not isinstance(node, list):
            raise _Invalid(path, f"Invalid array: {_show(node)}")
        items = type_ref.items
        if items is None:
            return node
        return [self.value(items, value, (*path, index)) for index, value in enumerate(node)]

    def _union(self, type_ref: TypeRef, node: Any, path: Sequence[str | int]) -> Any:
        """The first alternative that takes the value; else the first alternative's complaint."""
        first_error: _Invalid | None = None
        fallback: Any = None
        found_fallback = False
        for variant in sorted(type_ref.variants, key=lambda v: not self._same_shape(v, node)):
            try:
                value = self.value(variant, node, path)
            except _Invalid as exc:
                first_error = first_error or exc
                continue
            if self._accepts(variant, value):
                return value
            if not found_fallback:
                fallback, found_fallback = value, True
        if found_fallback:
            return fallback  # converted, but no enum has it: the validator explains
        if first_error is not None:
            raise first_error
        return node

    def _same_shape(self, type_ref: TypeRef, node: Any) -> bool:
        kind = self._resolved_kind(type_ref)
        if isinstance(node, dict):
            return kind in (TypeKind.OBJECT, TypeKind.MAP, TypeKind.ARRAY, TypeKind.ANY)
        if isinstance(node, list):
            return kind in (TypeKind.ARRAY, TypeKind.ANY)
        return kind not in (TypeKind.OBJECT, TypeKind.MAP, TypeKind.ARRAY)

    def _resolved_kind(self, type_ref: TypeRef) -> TypeKind:
        if type_ref.kind is TypeKind.OBJECT:
            schema = self.api.schemas.get(type_ref.ref or "")
            if schema is not None and schema.alias is not None:
                return self._resolved_kind(schema.alias)
        return type_ref.kind

    def _accepts(self, type_ref: TypeRef, value: Any) -> bool:
        """Whether a converted value plausibly belongs to this alternative (enum membership)."""
        if type_ref.kind is TypeKind.ENUM:
            enum = self.api.enums.get(type_ref.ref or "")
            return enum is None or any(v.value == value and type(v.value) is type(value) for v in enum.values)
        if type_ref.kind is TypeKind.OBJECT:
            schema = self.api.schemas.get(type_ref.ref or "")
            if schema is not None and schema.alias is not None:
                return self._accepts(schema.alias, value)
        return True

    def _field_map(self, schema: Schema) -> dict[str, Field]:
        found = self._fields.get(schema.id)
        if found is None:
            found = self._fields[schema.id] = {item.name: item for item in schema.fields}
        return found


def _scalar(kind: TypeKind, node: Any, path: Sequence[str | int], strings: bool) -> Any:
    name = _NAMES[kind]
    if not isinstance(node, str) or not strings:
        if _typed(kind, node):
            return node  # already typed (a JSON body)
        raise _Invalid(path, f"Invalid {name}: {_show(node)}", _code(kind))
    if kind is TypeKind.STRING:
        return node
    if node == "":
        raise _empty(path)
    if kind is TypeKind.BOOLEAN:
        if node in _BOOLEANS:
            return _BOOLEANS[node]
    elif kind is TypeKind.INTEGER:
        if _INTEGER.match(node):
            return int(node)
    else:
        try:
            number = float(node)
        except ValueError:
            number = math.nan
        if math.isfinite(number):
            return int(number) if _INTEGER.match(node) else number
    raise _Invalid(path, f"Invalid {name}: {node}", _code(kind))


def _typed(kind: TypeKind, value: Any) -> bool:
    if kind is TypeKind.STRING:
        return isinstance(value, str)
    if kind is TypeKind.BOOLEAN:
        return isinstance(value, bool)
    if isinstance(value, bool):
        return False
    if kind is TypeKind.INTEGER:
        return isinstance(value, int)
    return isinstance(value, (int, float))  # NUMBER


def _unknown(path: Sequence[str | int], fields: Mapping[str, Field]) -> _Invalid:
    close = difflib.get_close_matches(str(path[-1]), list(fields), n=1)
    hint = f". Did you mean {close[0]}?" if close else ""
    return _Invalid(path, f"Received unknown parameter: {bracket(path)}{hint}", UNKNOWN)


def _empty(path: Sequence[str | int]) -> _Invalid:
    name = bracket(path)
    return _Invalid(
        path,
        f"You passed an empty string for '{name}'. We assume empty values are an attempt to unset a parameter; "
        f"however '{name}' cannot be unset. You should remove '{name}' from your request or supply a non-empty value.",
        "parameter_invalid_empty",
    )


def _code(kind: TypeKind) -> str | None:
    return "parameter_invalid_integer" if kind is TypeKind.INTEGER else None


def _show(node: Any) -> str:
    if isinstance(node, str):
        return node
    return json.dumps(node, separators=(",", ":"), sort_keys=True)[:200]
