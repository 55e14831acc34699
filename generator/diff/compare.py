"""Two IRs -> the list of `Change`s between them, each judged by a rule from `rules.py`.

How things are matched:

- operations by HTTP method and path with parameter names erased
  (`GET /v1/customers/{}`), so a renamed operationId or path parameter is a
  rename, not a removal plus an addition;
- parameters by name (path parameters by position);
- component schemas by name, compared once each, on the side(s) they are used
  on (`usage.py`); inline objects (nested objects, request-param objects, list
  envelopes) are compared where they are used, since their ids are only paths;
- enum values by value; union variants by kind and schema.

Every comparison is memoised on (old id, new id, sides), so cycles and shared
shapes cost one visit.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Any

from ..ir.model import Api, Constraints, Field, Operation, Schema, SchemaOrigin, TypeKind, TypeRef
from . import rules as r
from .change import Change, Kind, Location, Subject
from .compat import Typed, describe, fits, same_kind, variant_key
from .rules import Rule, Side
from .usage import usage

Sides = frozenset[Side]
REQUEST: Sides = frozenset({Side.REQUEST})
RESPONSE: Sides = frozenset({Side.RESPONSE})

#: Constraint attribute -> (name in the spec, which way is stricter).
_LOWER_BOUNDS = {
    "min_length": "minLength",
    "minimum": "minimum",
    "min_items": "minItems",
    "min_properties": "minProperties",
}
_UPPER_BOUNDS = {
    "max_length": "maxLength",
    "maximum": "maximum",
    "max_items": "maxItems",
    "max_properties": "maxProperties",
}
_FLAGS = {
    "exclusive_minimum": "exclusiveMinimum",
    "exclusive_maximum": "exclusiveMaximum",
    "unique_items": "uniqueItems",
}


def compare(old: Api, new: Api) -> list[Change]:
    """Every change from `old` to `new`, in a stable order."""
    return _Comparer(old, new).run()


def operation_key(operation: Operation) -> tuple[str, tuple[str, ...]]:
    """HTTP method and path shape: `("get", ("v1", "customers", "{}"))`."""
    segments = tuple("{}" if s.startswith("{") and s.endswith("}") else s for s in operation.path.split("/") if s)
    return operation.http_method, segments


def _pick(sides: Sides, request: Rule, response: Rule) -> Rule:
    """The rule for a change seen from `sides`: a breaking verdict on either side wins."""
    candidates = [request if side is Side.REQUEST else response for side in sorted(sides)]
    return next((rule for rule in candidates if rule.breaking), candidates[0])


def _noun(rule: Rule) -> str:
    return "param" if rule.side is Side.REQUEST else "field"


def _subject(rule: Rule) -> Subject:
    return Subject.PARAM if rule.side is Side.REQUEST else Subject.FIELD


def _field_sides(f: Field, sides: Sides) -> Sides:
    """readOnly fields are never sent, writeOnly fields never received."""
    narrowed = {
        s for s in sides if not (s is Side.REQUEST and f.read_only) and not (s is Side.RESPONSE and f.write_only)
    }
    return frozenset(narrowed) or sides


def _value_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def _quoted(where: Location) -> str:
    return f"`{where.dotted}`" if where.path else "value"


@dataclass(frozen=True, slots=True)
class _Pair:
    old: Typed
    new: Typed


class _Comparer:
    def __init__(self, old: Api, new: Api) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self.seen: set[tuple[str, str, str, tuple[Side, ...]]] = set()
        self.old_usage, self.new_usage = usage(old), usage(new)
        self.schema_resource: dict[str, str] = {}
        for api in (old, new):
            for resource in sorted(api.resources, key=lambda res: (len(res.names), res.id), reverse=True):
                if resource.schema:
                    self.schema_resource[resource.schema] = resource.id

    def run(self) -> list[Change]:
        self._operations()
        self._components()
        return sorted(self.changes, key=Change.sort_key)

    def _add(
        self,
        kind: Kind,
        subject: Subject,
        where: Location,
        rule: Rule,
        message: str,
        before: Any = None,
        after: Any = None,
    ) -> None:
        self.changes.append(Change(kind, subject, where, rule, message, before, after))

    def _first_visit(self, what: str, old_id: str, new_id: str, sides: Sides) -> bool:
        key = (what, old_id, new_id, tuple(sorted(sides)))
        if key in self.seen:
            return False
        self.seen.add(key)
        return True

    # -- operations ----------------------------------------------------------

    def _operations(self) -> None:
        old_ops = {operation_key(op): op for op in self.old.operations}
        new_ops = {operation_key(op): op for op in self.new.operations}
        for key in sorted(old_ops.keys() | new_ops.keys()):
            before, after = old_ops.get(key), new_ops.get(key)
            if after is None and before is not None:
                where = _op_location(before)
                self._add(Kind.REMOVED, Subject.OPERATION, where, r.OPERATION_REMOVED, f"{where.endpoint} removed")
            elif before is None and after is not None:
                where = _op_location(after)
                self._add(Kind.ADDED, Subject.OPERATION, where, r.OPERATION_ADDED, f"{where.endpoint} added")
            elif before is not None and after is not None:
                self._operation(before, after)

    def _operation(self, old: Operation, new: Operation) -> None:
        where = _op_location(new)
        old_method, new_method = f"{old.resource}.{old.name}", f"{new.resource}.{new.name}"
        if old_method != new_method:
            message = f"client method {old_method}() is now {new_method}()"
            self._add(Kind.RENAMED, Subject.METHOD, where, r.OPERATION_METHOD_RENAMED, message, old_method, new_method)
        if old.id != new.id:
            message = f"operationId {old.id} renamed to {new.id}"
            self._add(Kind.RENAMED, Subject.OPERATION_ID, where, r.OPERATION_ID_RENAMED, message, old.id, new.id)
        if new.deprecated and not old.deprecated:
            self._add(Kind.DEPRECATED, Subject.OPERATION, where, r.OPERATION_DEPRECATED, f"{where.endpoint} deprecated")
        if new.body_required and not old.body_required:
            self._add(
                Kind.CHANGED, Subject.REQUEST_BODY, where, r.REQUEST_BODY_BECAME_REQUIRED, "request body required"
            )
        if old.pagination and not new.pagination:
            message = f"no longer a paginated {old.pagination.value}"
            self._add(Kind.REMOVED, Subject.PAGINATION, where, r.PAGINATION_REMOVED, message, old.pagination.value)
        elif new.pagination and not old.pagination:
            message = f"now a paginated {new.pagination.value}"
            self._add(Kind.ADDED, Subject.PAGINATION, where, r.PAGINATION_ADDED, message, None, new.pagination.value)
        for old_param, new_param in zip(old.path_params, new.path_params, strict=False):
            if old_param.name != new_param.name:
                message = f"path param {old_param.name} renamed to {new_param.name}"
                self._add(
                    Kind.RENAMED, Subject.PARAM, where, r.PATH_PARAM_RENAMED, message, old_param.name, new_param.name
                )
            self._types(old_param.type, new_param.type, where.at(new_param.name), REQUEST)
        self._params(old.params, new.params, where)
        self._response(old, new, where.at("response"))

    def _params(self, old: Iterable[Field], new: Iterable[Field], where: Location) -> None:
        old_by = {p.name: p for p in old}
        new_by = {p.name: p for p in new}
        self._field_sets(old_by, new_by, where, REQUEST)
        for name in sorted(old_by.keys() & new_by.keys()):
            before, after = old_by[name], new_by[name]
            if before.location != after.location:
                message = f"param `{name}` moved from {before.location} to {after.location}"
                self._add(
                    Kind.CHANGED,
                    Subject.PARAM,
                    where.at(name),
                    r.PARAM_LOCATION_CHANGED,
                    message,
                    before.location,
                    after.location,
                )

    def _response(self, old: Operation, new: Operation, where: Location) -> None:
        if old.response is not None and new.response is not None:
            self._types(old.response, new.response, where, RESPONSE)
        elif old.response is not None:
            before = describe(Typed(old.response, self.old))
            self._add(Kind.REMOVED, Subject.TYPE, where, r.RESPONSE_TYPE_CHANGED, "response body removed", before)
        elif new.response is not None:
            after = describe(Typed(new.response, self.new))
            self._add(Kind.ADDED, Subject.TYPE, where, r.RESPONSE_FIELD_ADDED, "response body added", None, after)

    # -- component schemas ---------------------------------------------------

    def _components(self) -> None:
        old_ids = {s.id for s in self.old.component_schemas()}
        new_ids = {s.id for s in self.new.component_schemas()}
        for schema_id in sorted(old_ids | new_ids):
            where = Location(resource=self.schema_resource.get(schema_id), schema=schema_id)
            if schema_id not in new_ids:
                self._add(Kind.REMOVED, Subject.SCHEMA, where, r.SCHEMA_REMOVED, f"schema {schema_id} removed")
            elif schema_id not in old_ids:
                self._add(Kind.ADDED, Subject.SCHEMA, where, r.SCHEMA_ADDED, f"schema {schema_id} added")
            else:
                self._component(self.old.schema(schema_id), self.new.schema(schema_id), where)

    def _component(self, old: Schema, new: Schema, where: Location) -> None:
        if new.deprecated and not old.deprecated:
            self._add(Kind.DEPRECATED, Subject.SCHEMA, where, r.SCHEMA_DEPRECATED, f"schema {new.id} deprecated")
        if old.alias is None and new.alias is None:
            self._schema_fields(old, new, where, self._schema_sides(new.id))
            return
        if old.alias is not None and new.alias is not None:
            if old.alias.kind is TypeKind.ENUM and new.alias.kind is TypeKind.ENUM:
                sides = self._enum_sides(new.id)
                self._enum_values(str(old.alias.ref), str(new.alias.ref), where, sides)
            # Other aliases (unions, primitives) are inlined where used and compared there.
            return
        before = describe(Typed(old.alias, self.old)) if old.alias else f"object {old.id}"
        after = describe(Typed(new.alias, self.new)) if new.alias else f"object {new.id}"
        rule = _pick(self._schema_sides(new.id), r.REQUEST_TYPE_CHANGED, r.RESPONSE_TYPE_CHANGED)
        self._add(
            Kind.CHANGED, Subject.TYPE, where, rule, f"schema {new.id} changed from {before} to {after}", before, after
        )

    def _schema_sides(self, schema_id: str) -> Sides:
        found = self.old_usage.schemas.get(schema_id, set()) | self.new_usage.schemas.get(schema_id, set())
        return frozenset(found) or RESPONSE

    def _enum_sides(self, enum_id: str) -> Sides:
        found = self.old_usage.enums.get(enum_id, set()) | self.new_usage.enums.get(enum_id, set())
        return frozenset(found) or RESPONSE

    # -- fields --------------------------------------------------------------

    def _schema_fields(self, old: Schema, new: Schema, where: Location, sides: Sides) -> None:
        if not self._first_visit("schema", old.id, new.id, sides):
            return
        self._field_sets({f.name: f for f in old.fields}, {f.name: f for f in new.fields}, where, sides)
        if old.additional is not None and new.additional is not None:
            self._types(old.additional, new.additional, _items(where, "{}"), sides)

    def _field_sets(self, old: dict[str, Field], new: dict[str, Field], where: Location, sides: Sides) -> None:
        for name in sorted(old.keys() | new.keys()):
            here = where.at(name)
            before, after = old.get(name), new.get(name)
            if after is None and before is not None:
                rule = _pick(_field_sides(before, sides), r.REQUEST_PARAM_REMOVED, r.RESPONSE_FIELD_REMOVED)
                self._add(Kind.REMOVED, _subject(rule), here, rule, f"{_noun(rule)} {_quoted(here)} removed")
            elif before is None and after is not None:
                added = r.REQUEST_PARAM_ADDED_REQUIRED if after.required and not after.type.has_default else None
                rule = _pick(_field_sides(after, sides), added or r.REQUEST_PARAM_ADDED, r.RESPONSE_FIELD_ADDED)
                required = "required " if rule is r.REQUEST_PARAM_ADDED_REQUIRED else ""
                self._add(Kind.ADDED, _subject(rule), here, rule, f"{required}{_noun(rule)} {_quoted(here)} added")
            elif before is not None and after is not None:
                self._field(before, after, here, _field_sides(after, sides))

    def _field(self, old: Field, new: Field, where: Location, sides: Sides) -> None:
        if old.required != new.required:
            if new.required:
                rule = _pick(sides, r.REQUEST_PARAM_BECAME_REQUIRED, r.RESPONSE_FIELD_BECAME_REQUIRED)
                message = f"{_noun(rule)} {_quoted(where)} became required"
            else:
                rule = _pick(sides, r.REQUEST_PARAM_BECAME_OPTIONAL, r.RESPONSE_FIELD_BECAME_OPTIONAL)
                message = f"{_noun(rule)} {_quoted(where)} became optional"
            self._add(Kind.CHANGED, Subject.REQUIRED, where, rule, message, old.required, new.required)
        if new.deprecated and not old.deprecated:
            rule = _pick(sides, r.PARAM_DEPRECATED, r.FIELD_DEPRECATED)
            self._add(Kind.DEPRECATED, _subject(rule), where, rule, f"{_noun(rule)} {_quoted(where)} deprecated")
        self._types(old.type, new.type, where, sides)

    # -- types ---------------------------------------------------------------

    def _types(self, old: TypeRef, new: TypeRef, where: Location, sides: Sides) -> None:
        pair = _Pair(Typed(old, self.old), Typed(new, self.new))
        self._nullability(pair, where, sides)
        self._default(old, new, where)
        if not same_kind(pair.old, pair.new):
            self._kind_change(pair, where, sides)
            return
        self._format(old, new, where, sides)
        self._constraints(old.constraints, new.constraints, where, sides)
        kind = old.kind
        if kind is TypeKind.OBJECT:
            self._objects(str(old.ref), str(new.ref), where, sides)
        elif kind is TypeKind.ENUM:
            self._enums(str(old.ref), str(new.ref), where, sides)
        elif kind in (TypeKind.ARRAY, TypeKind.MAP) and old.items is not None and new.items is not None:
            self._types(old.items, new.items, _items(where, "[]" if kind is TypeKind.ARRAY else "{}"), sides)
        elif kind in (TypeKind.UNION, TypeKind.EXPANDABLE):
            self._variants(pair, where, sides)

    def _nullability(self, pair: _Pair, where: Location, sides: Sides) -> None:
        before, after = pair.old.type.nullable, pair.new.type.nullable
        if before == after:
            return
        if after:
            rule = _pick(sides, r.REQUEST_PARAM_BECAME_NULLABLE, r.RESPONSE_FIELD_BECAME_NULLABLE)
            message = f"{_noun(rule)} {_quoted(where)} became nullable"
        else:
            rule = _pick(sides, r.REQUEST_PARAM_NO_LONGER_NULLABLE, r.RESPONSE_FIELD_NO_LONGER_NULLABLE)
            message = f"{_noun(rule)} {_quoted(where)} is no longer nullable"
        self._add(Kind.CHANGED, Subject.NULLABILITY, where, rule, message, before, after)

    def _default(self, old: TypeRef, new: TypeRef, where: Location) -> None:
        before = old.default if old.has_default else None
        after = new.default if new.has_default else None
        if old.has_default == new.has_default and _value_key(before) == _value_key(after):
            return
        if not new.has_default:
            message = f"default of {_quoted(where)} ({_value_key(before)}) removed"
        elif not old.has_default:
            message = f"default of {_quoted(where)} is now {_value_key(after)}"
        else:
            message = f"default of {_quoted(where)} changed from {_value_key(before)} to {_value_key(after)}"
        self._add(Kind.CHANGED, Subject.DEFAULT, where, r.DEFAULT_CHANGED, message, before, after)

    def _kind_change(self, pair: _Pair, where: Location, sides: Sides) -> None:
        widened = fits(pair.old, pair.new, lenient=False)
        narrowed = fits(pair.new, pair.old, lenient=True)
        rule = _pick(
            sides,
            r.REQUEST_TYPE_WIDENED if widened else r.REQUEST_TYPE_CHANGED,
            r.RESPONSE_TYPE_NARROWED if narrowed else r.RESPONSE_TYPE_CHANGED,
        )
        before, after = describe(pair.old), describe(pair.new)
        message = f"type of {_noun(rule)} {_quoted(where)} changed from {before} to {after}"
        self._add(Kind.CHANGED, Subject.TYPE, where, rule, message, before, after)

    def _format(self, old: TypeRef, new: TypeRef, where: Location, sides: Sides) -> None:
        if old.format == new.format:
            return
        removed = r.REQUEST_FORMAT_REMOVED if new.format is None else r.REQUEST_FORMAT_CHANGED
        rule = _pick(sides, removed, r.RESPONSE_FORMAT_CHANGED)
        message = (
            f"format of {_noun(rule)} {_quoted(where)} changed from {old.format or 'none'} to {new.format or 'none'}"
        )
        self._add(Kind.CHANGED, Subject.FORMAT, where, rule, message, old.format, new.format)

    def _constraints(self, old: Constraints, new: Constraints, where: Location, sides: Sides) -> None:
        if old == new:
            return
        for attribute in (f.name for f in fields(Constraints)):
            before, after = getattr(old, attribute), getattr(new, attribute)
            if before == after:
                continue
            name, stricter = _constraint_verdict(attribute, before, after)
            rule = _pick(
                sides,
                r.REQUEST_CONSTRAINT_NARROWED if stricter else r.REQUEST_CONSTRAINT_WIDENED,
                r.RESPONSE_CONSTRAINT_CHANGED,
            )
            message = f"{name} of {_noun(rule)} {_quoted(where)} changed from {_shown(before)} to {_shown(after)}"
            self._add(Kind.CHANGED, Subject.CONSTRAINT, where, rule, message, before, after)

    # -- objects, enums, unions ----------------------------------------------

    def _objects(self, old_id: str, new_id: str, where: Location, sides: Sides) -> None:
        old, new = self.old.schemas.get(old_id), self.new.schemas.get(new_id)
        if old is None or new is None:
            return
        components = old.origin is SchemaOrigin.COMPONENT and new.origin is SchemaOrigin.COMPONENT
        if components and old_id == new_id:
            return  # compared once, in `_components`
        if components:
            message = f"{_quoted(where)} now refers to schema {new_id} instead of {old_id}"
            self._add(Kind.CHANGED, Subject.SCHEMA, where, r.SCHEMA_REFERENCE_CHANGED, message, old_id, new_id)
        self._schema_fields(old, new, where, sides)

    def _enums(self, old_id: str, new_id: str, where: Location, sides: Sides) -> None:
        if old_id == new_id and _is_component(self.old, old_id) and _is_component(self.new, new_id):
            return  # a named enum: compared once, in `_components`
        self._enum_values(old_id, new_id, where, sides)

    def _enum_values(self, old_id: str, new_id: str, where: Location, sides: Sides) -> None:
        old, new = self.old.enums.get(old_id), self.new.enums.get(new_id)
        if old is None or new is None or not self._first_visit("enum", old_id, new_id, sides):
            return
        before = {_value_key(v.value): v.value for v in old.values}
        after = {_value_key(v.value): v.value for v in new.values}
        for key in sorted(before.keys() - after.keys()):
            rule = _pick(sides, r.REQUEST_ENUM_VALUE_REMOVED, r.RESPONSE_ENUM_VALUE_REMOVED)
            message = f"enum value {key} removed from {_noun(rule)} {_quoted(where)}"
            self._add(Kind.REMOVED, Subject.ENUM_VALUE, where, rule, message, before[key], None)
        for key in sorted(after.keys() - before.keys()):
            rule = _pick(sides, r.REQUEST_ENUM_VALUE_ADDED, r.RESPONSE_ENUM_VALUE_ADDED)
            message = f"enum value {key} added to {_noun(rule)} {_quoted(where)}"
            self._add(Kind.ADDED, Subject.ENUM_VALUE, where, rule, message, None, after[key])

    def _variants(self, pair: _Pair, where: Location, sides: Sides) -> None:
        old = [pair.old.with_type(v) for v in pair.old.type.variants]
        new = [pair.new.with_type(v) for v in pair.new.type.variants]
        unmatched = list(new)
        for before in old:
            after = next((v for v in unmatched if variant_key(v) == variant_key(before)), None)
            if after is None:
                rule = _pick(sides, r.REQUEST_TYPE_CHANGED, r.RESPONSE_TYPE_NARROWED)
                message = f"{_noun(rule)} {_quoted(where)} no longer accepts {describe(before)}"
                if rule.side is Side.RESPONSE:
                    message = f"{_noun(rule)} {_quoted(where)} can no longer be {describe(before)}"
                self._add(Kind.REMOVED, Subject.UNION_VARIANT, where, rule, message, describe(before))
                continue
            unmatched.remove(after)
            self._types(before.type, after.type, where, sides)
        for after in unmatched:
            rule = _pick(sides, r.REQUEST_TYPE_WIDENED, r.RESPONSE_UNION_VARIANT_ADDED)
            message = f"{_noun(rule)} {_quoted(where)} can now be {describe(after)}"
            self._add(Kind.ADDED, Subject.UNION_VARIANT, where, rule, message, None, describe(after))


# -- helpers -------------------------------------------------------------------


def _op_location(operation: Operation) -> Location:
    return Location(
        resource=operation.resource,
        operation=f"{operation.resource}.{operation.name}",
        endpoint=f"{operation.http_method.upper()} {operation.path}",
    )


def _items(where: Location, marker: str) -> Location:
    """The location of array items (`tax_ids[]`) or map values (`metadata{}`)."""
    if not where.path:
        return where.at(marker)
    return Location(
        where.resource, where.operation, where.endpoint, where.schema, (*where.path[:-1], where.path[-1] + marker)
    )


def _is_component(api: Api, enum_id: str) -> bool:
    schema = api.schemas.get(enum_id)
    return schema is not None and schema.origin is SchemaOrigin.COMPONENT and schema.alias is not None


def _constraint_verdict(attribute: str, before: Any, after: Any) -> tuple[str, bool]:
    """The spec's name for a constraint and whether the change makes it stricter."""
    if attribute in _LOWER_BOUNDS:
        return _LOWER_BOUNDS[attribute], after is not None and (before is None or after > before)
    if attribute in _UPPER_BOUNDS:
        return _UPPER_BOUNDS[attribute], after is not None and (before is None or after < before)
    if attribute in _FLAGS:
        return _FLAGS[attribute], bool(after)
    if attribute == "pattern":
        return "pattern", after is not None
    if attribute == "multiple_of":
        # Stricter unless the new step divides the old one (every old multiple is still one).
        return "multipleOf", after is not None and (before is None or before % after != 0)
    return attribute, True


def _shown(value: Any) -> str:
    return "none" if value is None else _value_key(value)
