"""Schema conversion: every type use in a spec -> `TypeRef`s, `Schema`s and `Enum`s of the IR.

Object schemas become `Schema`s referenced by id, so recursion costs nothing:
a `$ref` to an object component yields `TypeRef(OBJECT, ref=name)` and queues
the component; components are converted from that queue, never recursively.
Inline objects are named by their path (`customer.invoice_settings`) and
request-param objects by operation (`customers.create.params.address`).
Every node is converted once: results are memoised by location (file + pointer).
Operations are converted by `convert_operations`, which asks this module for types.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import Issue, Level, join_pointer
from ..load.loader import Document, LoadedSpec
from .markup import html_to_markdown
from .model import (
    Constraints,
    Discriminator,
    Enum,
    EnumValue,
    Field,
    Schema,
    SchemaOrigin,
    TypeKind,
    TypeRef,
)
from .naming import unique

ANY = TypeRef(TypeKind.ANY)
EMPTY_STRING_ENUM = "empty_string"
_PRIMITIVES = {
    "string": TypeKind.STRING,
    "integer": TypeKind.INTEGER,
    "number": TypeKind.NUMBER,
    "boolean": TypeKind.BOOLEAN,
}


@dataclass(frozen=True, slots=True)
class Node:
    """A spec node and where it was found."""

    doc: Document
    pointer: str
    data: Any

    def child(self, *tokens: str | int) -> Node:
        data = self.data
        for token in tokens:
            data = data[token]
        return Node(self.doc, join_pointer(self.pointer, *tokens), data)

    @property
    def key(self) -> str:
        return f"{self.doc.path}#{self.pointer}"


class SchemaConverter:
    """Schemas and enums: every type use in the spec, converted once, components from a queue."""

    def __init__(self, spec: LoadedSpec) -> None:
        self.spec = spec
        self.issues: list[Issue] = []
        self.schemas: dict[str, Schema] = {}
        self.enums: dict[str, Enum] = {}
        self.ids: dict[str, str] = {}  # location key -> schema id (named things)
        self.memo: dict[str, TypeRef] = {}  # location key -> converted type
        self.in_progress: dict[str, int] = {}  # alias components being converted -> objects open then
        self.objects_open = 0  # objects whose fields are being converted (a recursion through one is fine)
        self.pending: list[tuple[str, tuple[str, ...], SchemaOrigin, Node]] = []
        self.taken_schema_ids: set[str] = set()
        self.taken_enum_ids: set[str] = {EMPTY_STRING_ENUM}
        self.nodes: dict[str, Node] = {}  # schema id -> the node it was read from
        self.relative_paths: dict[Path, str] = {}  # a document's path -> relative to the spec's folder

    # -- entry point ---------------------------------------------------------

    # -- reporting -----------------------------------------------------------

    def source(self, node: Node) -> str:
        """`file#/pointer` with the file relative to the spec's folder: the same on every machine."""
        relative = self.relative_paths.get(node.doc.path)
        if relative is None:
            relative = os.path.relpath(node.doc.path, self.spec.base_dir).replace(os.sep, "/")
            self.relative_paths[node.doc.path] = relative
        return f"{relative}#{node.pointer}"

    def issue(self, node: Node, message: str, level: Level = Level.ERROR) -> None:
        line = node.doc.line_of(node.pointer)
        self.issues.append(Issue(message, node.doc.display, node.pointer, line, level))

    # -- references ----------------------------------------------------------

    def deref(self, node: Node) -> Node:
        """Follow `$ref` chains to the node they finally point at."""
        seen: set[str] = set()
        while isinstance(node.data, dict) and isinstance(node.data.get("$ref"), str):
            if node.key in seen:
                self.issue(node, "$ref cycle with no schema in it")
                return Node(node.doc, node.pointer, {})
            seen.add(node.key)
            target = self.spec.resolve(node.data["$ref"], node.doc)
            node = Node(target.document, target.pointer, target.node)
        return node

    def _resolves(self, ref: str, node: Node) -> bool:
        """Whether `ref` (a discriminator's mapping: never checked by the loader) points at a node."""
        try:
            self.spec.resolve(ref, node.doc)
        except (KeyError, OSError, ValueError):
            return False
        return True

    def unwrap(self, node: Node) -> Node:
        """`deref`, and through `allOf: [$ref]` wrappers that only describe what they refer to:
        the schema whose shape it is (a list envelope, an array)."""
        node = self.deref(node)
        for _ in range(16):  # a wrapper of a wrapper...; a loop of them ends here
            wrapped = _wrapped_ref(node.data)
            if wrapped is None:
                break
            node = self.deref(node.child("allOf", wrapped))
        return node

    def _new_schema_id(self, wanted: str) -> str:
        return unique(wanted, self.taken_schema_ids)

    def register_components(self, root: Node) -> None:
        """Queue every component schema under its own name (aliases of components resolved now)."""
        components = (root.data.get("components") or {}).get("schemas") or {}
        for name in components:
            self.taken_schema_ids.add(str(name))
        for name in components:
            entry = root.child("components", "schemas", name)
            target = self.deref(entry)
            if target.key != entry.key and target.key in self.ids:
                # `Foo: {$ref: Bar}` where Bar is itself a component: Foo is an alias.
                self._add_alias(str(name), entry, self.type(entry, (str(name),), request=False))
                continue
            self.ids.setdefault(target.key, str(name))
            self.ids.setdefault(entry.key, str(name))
            self.nodes[str(name)] = target
            self._schedule(str(name), (str(name),), SchemaOrigin.COMPONENT, target)

    def _schedule(self, schema_id: str, path: tuple[str, ...], origin: SchemaOrigin, node: Node) -> None:
        self.pending.append((schema_id, path, origin, node))

    def drain(self) -> None:
        while self.pending:
            schema_id, path, origin, node = self.pending.pop(0)
            if schema_id in self.schemas:
                continue
            if _is_object(node.data):
                self._object(schema_id, path, origin, node, request=False)
            else:
                self._add_alias(schema_id, node, self._alias_type(schema_id, node), origin)

    def _add_alias(
        self,
        schema_id: str,
        node: Node,
        alias: TypeRef,
        origin: SchemaOrigin = SchemaOrigin.COMPONENT,
    ) -> None:
        data = node.data if isinstance(node.data, dict) else {}
        self.schemas[schema_id] = Schema(
            id=schema_id,
            path=(schema_id,),
            origin=origin,
            alias=alias,
            description=_prose(data.get("description")),
            title=_text(data.get("title")),
            resource_id=_opt_str(data.get("x-resourceId")),
            example=json_value(data.get("example")),
            has_example="example" in data,
            source=self.source(node),
        )

    def _alias_type(self, schema_id: str, node: Node) -> TypeRef:
        """The type a non-object component stands for (an enum, union, primitive...)."""
        if node.key in self.memo:
            return self.memo[node.key]
        if node.key in self.in_progress:
            if self.objects_open > self.in_progress[node.key]:
                return ANY  # a union or map that holds itself through an object (a tree): Any at the back edge
            self.issue(node, f"schema {schema_id!r} refers to itself without an object in between")
            return ANY
        self.in_progress[node.key] = self.objects_open
        try:
            return self.type(node, (schema_id,), request=False, named=True)
        finally:
            del self.in_progress[node.key]

    def _ref(self, node: Node, request: bool) -> TypeRef:
        target = self.deref(node)
        schema_id = self.ids.get(target.key)
        if schema_id is None:
            tokens = [t for t in target.pointer.split("/") if t]
            stem = tokens[-1] if tokens else target.doc.path.stem
            schema_id = self._new_schema_id(stem)
            self.ids[target.key] = schema_id
            self.nodes[schema_id] = target
            self._schedule(schema_id, (schema_id,), SchemaOrigin.COMPONENT, target)
        if _is_object(target.data):
            return TypeRef(TypeKind.OBJECT, ref=schema_id)
        return self._alias_type(schema_id, target)

    # -- types ---------------------------------------------------------------

    def type(self, node: Node, path: tuple[str, ...], request: bool, named: bool = False) -> TypeRef:
        """Convert a schema node. `named`: the node is a named component itself."""
        memo = self.memo.get(node.key)
        if memo is not None:
            return memo
        result = self._convert_type(node, path, request, named)
        self.memo[node.key] = result
        return result

    def _convert_type(self, node: Node, path: tuple[str, ...], request: bool, named: bool) -> TypeRef:
        data = node.data
        if isinstance(data, bool):  # 3.1: `true` is any, `false` is nothing
            return ANY
        if not isinstance(data, dict):
            self.issue(node, f"a schema must be a mapping, found {type(data).__name__}")
            return ANY
        if isinstance(data.get("$ref"), str):
            ref_type = self._ref(node, request)
            return _with(ref_type, nullable=ref_type.nullable or data.get("nullable") is True)
        nullable = data.get("nullable") is True
        declared = data.get("type")
        if isinstance(declared, list):  # 3.1: type: [string, "null"]
            nullable = nullable or "null" in declared
            declared = [t for t in declared if t != "null"]
            if len(declared) == 1:
                declared = declared[0]
            elif not declared:
                declared = None
        if "anyOf" in data or "oneOf" in data:
            return self._union(node, path, request, nullable)
        if "allOf" in data:
            return self._all_of(node, path, request, nullable)
        if "enum" in data or "const" in data:
            return self._enum(node, path, request, nullable, declared, named)
        if isinstance(declared, list):
            variants = tuple(self._primitive(node, t, False) for t in declared)
            return TypeRef(TypeKind.UNION, nullable=nullable, variants=variants)
        if _is_object(data):
            schema_id = self._inline_object(node, path, request)
            return TypeRef(TypeKind.OBJECT, nullable=nullable, ref=schema_id, **_default(data))
        if declared == "array" or (declared is None and "items" in data):
            items = data.get("items")
            item_type = self.type(node.child("items"), path, request) if items is not None else ANY
            return TypeRef(
                TypeKind.ARRAY,
                nullable=nullable,
                items=item_type,
                constraints=_constraints(data),
                **_default(data),
            )
        if declared in _PRIMITIVES:
            return _with(self._primitive(node, str(declared), nullable), **_default(data))
        if declared == "null":  # 3.1: only null
            return TypeRef(TypeKind.ANY, nullable=True)
        if declared == "object" or (declared is None and "additionalProperties" in data):
            extra = data.get("additionalProperties")
            values = self._map_values(node, path, request) if isinstance(extra, dict) else ANY
            return TypeRef(TypeKind.MAP, nullable=nullable, items=values, constraints=_constraints(data))
        if declared is None:
            if "not" in data:
                self.issue(node, "'not' schemas are not supported; treated as any value", Level.WARNING)
            return TypeRef(TypeKind.ANY, nullable=nullable)
        self.issue(node.child("type"), f"schema type {declared!r} cannot be mapped")
        return ANY

    def _map_values(self, node: Node, path: tuple[str, ...], request: bool) -> TypeRef:
        """A map's value type. A map is an object in between, like a Schema: a union that holds
        itself through one (`E: oneOf [{additionalProperties: E}, string]`) is a finite tree."""
        self.objects_open += 1
        try:
            return self.type(node.child("additionalProperties"), path, request)
        finally:
            self.objects_open -= 1

    def _primitive(self, node: Node, declared: str, nullable: bool) -> TypeRef:
        kind = _PRIMITIVES.get(declared)
        if kind is None:
            self.issue(node, f"schema type {declared!r} cannot be mapped")
            return ANY
        fmt = node.data.get("format")
        return TypeRef(
            kind,
            nullable=nullable,
            format=fmt if isinstance(fmt, str) else None,
            constraints=_constraints(node.data),
        )

    def _enum(
        self,
        node: Node,
        path: tuple[str, ...],
        request: bool,
        nullable: bool,
        declared: Any,
        named: bool,
    ) -> TypeRef:
        data = node.data
        raw = data["enum"] if "enum" in data else [data["const"]]
        if not isinstance(raw, list) or not raw:
            self.issue(node, "'enum' must be a non-empty list")
            return ANY
        values = [value for value in raw if value is not None]
        nullable = nullable or len(values) < len(raw)
        if not declared:
            base = _infer_kind(values)
            if base is None:  # values of several kinds: one enum per kind, a union of them
                return self._mixed_enum(node, path, request, nullable, values)
        else:
            base = _PRIMITIVES.get(str(declared))
            if base is None:
                self.issue(node, f"enum of type {declared!r} cannot be mapped")
                return ANY
            values = self._coerced(node, values, base)
        if not named and values == [""]:
            enum_id = EMPTY_STRING_ENUM
            path = (EMPTY_STRING_ENUM,)
        else:
            enum_id = self._enum_id(path, named)
        self._add_enum(enum_id, path, base, values, request, data)
        default = _default(data)
        if base is TypeKind.STRING and default and _scalar(default["default"]):
            default["default"] = _as_string(default["default"])
        return TypeRef(TypeKind.ENUM, nullable=nullable, ref=enum_id, **default)

    def _add_enum(
        self, enum_id: str, path: tuple[str, ...], base: TypeKind, values: list[Any], request: bool, data: Any
    ) -> None:
        if enum_id in self.enums:
            return
        descriptions = data.get("x-enumDescriptions") or {}
        self.enums[enum_id] = Enum(
            id=enum_id,
            path=path,
            base=base,
            values=tuple(
                EnumValue(value, _prose(descriptions.get(str(value))) if isinstance(descriptions, dict) else "")
                for value in _unique(values)
            ),
            open=not request,
            description=_prose(data.get("description")),
        )

    def _coerced(self, node: Node, values: list[Any], base: TypeKind) -> list[Any]:
        """`values` as values of `base`, the enum's declared type: `type: string` with `[4.1, 3_lite]`
        (unquoted numbers in YAML) means the strings "4.1" and "3_lite". What cannot be one
        (`type: integer` with `"x"`) is dropped, with a warning."""
        kept: list[Any] = []
        changed: list[str] = []
        dropped: list[str] = []
        for value in values:
            converted = _coerce(value, base)
            if converted is _NOT_COERCIBLE:
                dropped.append(repr(value))
                continue
            if type(converted) is not type(value) or converted != value:
                changed.append(f"{value!r} as {converted!r}")
            kept.append(converted)
        if changed:
            self.issue(
                node, f"enum values of a {base.value} enum taken as {base.value}s: {', '.join(changed)}", Level.WARNING
            )
        if dropped:
            self.issue(node, f"enum values that are not {base.value}s left out: {', '.join(dropped)}", Level.WARNING)
        return kept

    def _mixed_enum(
        self, node: Node, path: tuple[str, ...], request: bool, nullable: bool, values: list[Any]
    ) -> TypeRef:
        """An enum without a `type` whose values are of several kinds (`[1, "a", true]`): one enum
        per kind (`<path>.integer`...), in the order each kind first appears, joined in a union."""
        groups: dict[TypeKind, list[Any]] = {}
        skipped = []
        numbers = TypeKind.NUMBER if any(_value_kind(value) is TypeKind.NUMBER for value in values) else None
        for value in values:
            kind = _value_kind(value)
            if kind is None:
                skipped.append(repr(value))
                continue
            kind = numbers if kind is TypeKind.INTEGER and numbers else kind  # 1 beside 2.5: a number
            groups.setdefault(kind, []).append(_as_string(value) if kind is TypeKind.STRING else value)
        if skipped:
            self.issue(node, f"enum values that are objects or lists left out: {', '.join(skipped)}", Level.WARNING)
        variants = []
        for kind, members in groups.items():
            enum_path = (*path, kind.value) if len(groups) > 1 else path
            enum_id = self._enum_id(enum_path, False)
            self._add_enum(enum_id, enum_path, kind, members, request, node.data)
            variants.append(TypeRef(TypeKind.ENUM, ref=enum_id))
        if not variants:
            return TypeRef(TypeKind.ANY, nullable=nullable)
        if len(variants) == 1:
            return _with(variants[0], nullable=nullable)
        return TypeRef(TypeKind.UNION, nullable=nullable, variants=tuple(variants))

    def _enum_id(self, path: tuple[str, ...], named: bool) -> str:
        return unique(path[0] if named else ".".join(path), self.taken_enum_ids)

    def _union(self, node: Node, path: tuple[str, ...], request: bool, nullable: bool) -> TypeRef:
        data = node.data
        keyword = "anyOf" if "anyOf" in data else "oneOf"
        members = data[keyword]
        if not isinstance(members, list) or not members:
            self.issue(node.child(keyword), f"'{keyword}' must be a non-empty list")
            return ANY
        variants: list[TypeRef] = []
        for index, member in enumerate(members):
            if _is_null_schema(member):
                nullable = True
                continue
            variants.append(self.type(node.child(keyword, index), path, request))
        expansion = data.get("x-expansionResources")
        if isinstance(expansion, dict) and isinstance(expansion.get("oneOf"), list):
            targets = tuple(
                self.type(node.child("x-expansionResources", "oneOf", index), path, request)
                for index in range(len(expansion["oneOf"]))
            )
            ids = [variant for variant in variants if variant.kind is TypeKind.STRING]
            return TypeRef(TypeKind.EXPANDABLE, nullable=nullable, variants=targets, items=ids[0] if ids else None)
        if not variants:
            return TypeRef(TypeKind.ANY, nullable=True)
        if len(variants) == 1:
            only = variants[0]
            return _with(only, nullable=only.nullable or nullable)
        return TypeRef(
            TypeKind.UNION,
            nullable=nullable,
            variants=tuple(variants),
            discriminator=self._discriminator(node, variants),
            exclusive=keyword == "oneOf",
        )

    def _discriminator(self, node: Node, variants: list[TypeRef]) -> Discriminator | None:
        declared = node.data.get("discriminator")
        if isinstance(declared, dict) and isinstance(declared.get("propertyName"), str):
            prop = declared["propertyName"]
            pairs: list[tuple[str, str]] = []
            mapping = declared.get("mapping")
            if isinstance(mapping, dict):
                for value, named in mapping.items():
                    ref = _mapping_ref(named)
                    if ref is None or not self._resolves(ref, node):
                        where = node.child("discriminator", "mapping", value)
                        self.issue(where, f"discriminator mapping {value!r}: {named!r} names no schema")
                        continue
                    target = self._ref(Node(node.doc, node.pointer, {"$ref": ref}), request=False)
                    if target.kind is TypeKind.OBJECT and target.ref:
                        pairs.append((str(value), target.ref))
            mapped = {schema_id for _, schema_id in pairs}
            for variant in variants:
                if variant.kind is TypeKind.OBJECT and variant.ref and variant.ref not in mapped:
                    pairs.append((self._constant(variant.ref, prop) or variant.ref, variant.ref))
            return Discriminator(prop, tuple(pairs), declared=True)
        # Stripe-style polymorphism: every variant is an object with a distinct `object` value.
        if all(v.kind is TypeKind.OBJECT and v.ref for v in variants):
            found = [(self._constant(str(v.ref), "object"), str(v.ref)) for v in variants]
            values = [value for value, _ in found]
            if all(values) and len(set(values)) == len(values):
                return Discriminator("object", tuple((str(value), ref) for value, ref in found))
        return None

    def _constant(self, schema_id: str, prop: str) -> str | None:
        """The single enum value of `prop` in schema `schema_id`, read from the spec."""
        node = self.nodes.get(schema_id)
        return _object_constant(self, node, prop) if node is not None else None

    def _all_of(self, node: Node, path: tuple[str, ...], request: bool, nullable: bool) -> TypeRef:
        parts = node.data["allOf"]
        if not isinstance(parts, list) or not parts:
            self.issue(node.child("allOf"), "'allOf' must be a non-empty list")
            return ANY
        if len(parts) == 1 and not _is_object(node.data):
            only = self.type(node.child("allOf", 0), path, request)
            return _with(only, nullable=only.nullable or nullable)
        wrapped = _wrapped_ref(node.data)
        if wrapped is not None:  # `allOf: [$ref, {description}]`: the referenced schema, described here
            only = self.type(node.child("allOf", wrapped), path, request)
            return _with(only, nullable=only.nullable or nullable)
        resolved = [self.deref(node.child("allOf", index)) for index in range(len(parts))]
        if not all(_is_object(part.data) or not part.data for part in resolved):
            self.issue(node, "'allOf' of non-object schemas is not supported; treated as any value", Level.WARNING)
            return TypeRef(TypeKind.ANY, nullable=nullable)
        schema_id = self._new_schema_id(".".join(path))
        self.ids.setdefault(node.key, schema_id)
        self.nodes[schema_id] = node
        self._object(schema_id, path, _origin(path, request), node, request, parts=[node, *resolved])
        return TypeRef(TypeKind.OBJECT, nullable=nullable, ref=schema_id)

    # -- objects -------------------------------------------------------------

    def merged_parts(self, parts: list[Node]) -> list[Node]:
        """`parts` with every `allOf` in them (and in what they refer to) spread out, each schema
        once: `allOf: [$ref A, {...}]` where A is itself `allOf: [$ref B, {...}]` merges all four."""
        merged: list[Node] = []
        seen: set[object] = set()
        pending = list(reversed(parts))
        while pending:
            part = self.deref(pending.pop())
            if part.key in seen:
                continue
            seen.add(part.key)
            merged.append(part)
            data = part.data
            if isinstance(data, dict) and isinstance(data.get("allOf"), list):
                pending.extend(reversed([part.child("allOf", index) for index in range(len(data["allOf"]))]))
        return merged

    def _inline_object(self, node: Node, path: tuple[str, ...], request: bool) -> str:
        schema_id = self.ids.get(node.key)
        if schema_id is None:
            schema_id = self._new_schema_id(".".join(path))
            self.ids[node.key] = schema_id
            self.nodes[schema_id] = node
            self._object(schema_id, path, _origin(path, request), node, request)
        return schema_id

    def _object(
        self,
        schema_id: str,
        path: tuple[str, ...],
        origin: SchemaOrigin,
        node: Node,
        request: bool,
        parts: list[Node] | None = None,
    ) -> None:
        self.objects_open += 1
        try:
            self._object_fields(schema_id, path, origin, node, request, parts)
        finally:
            self.objects_open -= 1

    def _object_fields(
        self,
        schema_id: str,
        path: tuple[str, ...],
        origin: SchemaOrigin,
        node: Node,
        request: bool,
        parts: list[Node] | None,
    ) -> None:
        fields: dict[str, Field] = {}
        required: set[str] = set()
        open_ = True
        additional: TypeRef | None = None
        parts = self.merged_parts(parts or [node])
        for part in parts:  # `required` may name properties of another part
            if isinstance(part.data, dict):
                required.update(name for name in part.data.get("required") or () if isinstance(name, str))
        for part in parts:
            data = part.data
            if not isinstance(data, dict):
                continue
            # `properties: {$ref: ...}`: the map of properties kept in another file, as bundlers allow.
            holder = self.deref(part.child("properties")) if "properties" in data else None
            properties = holder.data if holder is not None and holder.data is not None else {}
            if not isinstance(properties, dict):
                self.issue(part.child("properties"), "'properties' must be a mapping")
                continue
            for name in properties:
                assert holder is not None
                field_node = holder.child(name)
                fields[str(name)] = self._field(field_node, str(name), path, request, str(name) in required)
            extra = data.get("additionalProperties")
            if extra is False:
                open_ = False
            elif isinstance(extra, dict):
                additional = self.type(part.child("additionalProperties"), path, request)
        built = tuple(fields.values())
        data = node.data
        deleted = _is_deleted_shape(built)
        self.schemas[schema_id] = Schema(
            id=schema_id,
            path=path,
            origin=origin,
            fields=built,
            additional=additional,
            open=open_,
            description=_prose(data.get("description")),
            title=_text(data.get("title")),
            resource_id=_opt_str(data.get("x-resourceId")),
            object_name=_object_constant(self, node, "object"),
            deleted=deleted,
            deprecated=data.get("deprecated") is True,
            example=json_value(data.get("example")),
            has_example="example" in data,
            source=self.source(node),
        )

    def _field(self, node: Node, name: str, path: tuple[str, ...], request: bool, required: bool) -> Field:
        data = node.data if isinstance(node.data, dict) else {}
        field_type = self.type(node, (*path, name), request)
        description = _prose(data.get("description"))
        if not description and "$ref" in data:
            description = _prose(self.deref(node).data.get("description"))
        return Field(
            name=name,
            type=field_type,
            required=required,
            description=description,
            deprecated=data.get("deprecated") is True,
            read_only=data.get("readOnly") is True,
            write_only=data.get("writeOnly") is True,
            example=json_value(data.get("example")),
        )

    # -- operations ----------------------------------------------------------


def _is_object(data: Any) -> bool:
    """An object shape we model as a Schema (as opposed to a map or free-form object)."""
    return isinstance(data, dict) and (
        "properties" in data
        or (isinstance(data.get("allOf"), list) and data.get("type", "object") == "object" and "$ref" not in data)
    )


#: Keywords that describe a schema without constraining its values' shape.
_ANNOTATIONS = frozenset(
    {
        "description",
        "title",
        "example",
        "examples",
        "default",
        "deprecated",
        "readOnly",
        "writeOnly",
        "nullable",
        "externalDocs",
        "$comment",
    }
)


def _annotations_only(data: Any, skip: str = "") -> bool:
    """`data` is a mapping of annotations (and `x-` extensions) only: no shape of its own
    (`type: object`, `properties: {}` and `required: []` add nothing to an object's)."""
    return isinstance(data, dict) and all(
        key in _ANNOTATIONS
        or str(key).startswith("x-")
        or key == skip
        or (key == "type" and data[key] == "object")
        or (key in ("properties", "required") and not data[key])
        for key in data
    )


def _wrapped_ref(data: Any) -> int | None:
    """For `allOf: [$ref, {description}]` and the like (one `$ref`, annotations beside it), the
    index of the `$ref` part: the schema is the referenced one, described here. Else None."""
    parts = data.get("allOf") if isinstance(data, dict) else None
    if not isinstance(parts, list):
        return None
    refs = [index for index, part in enumerate(parts) if isinstance(part, dict) and "$ref" in part]
    if len(refs) != 1 or not _annotations_only(data, skip="allOf"):
        return None
    if not all(_annotations_only(part) for index, part in enumerate(parts) if index != refs[0]):
        return None
    return refs[0]


def _is_null_schema(data: Any) -> bool:
    if not isinstance(data, dict):
        return False
    if data.get("type") == "null":
        return True
    enum = data.get("enum")
    return isinstance(enum, list) and enum == [None]


def _of_kind(value: Any, kind: TypeKind) -> bool:
    """`value` is of the primitive `kind` (an integer is a number; a boolean is neither)."""
    inferred = _infer_kind([value])
    return inferred is kind or (kind is TypeKind.NUMBER and inferred is TypeKind.INTEGER)


def _infer_kind(values: list[Any]) -> TypeKind | None:
    if all(isinstance(v, bool) for v in values):
        return TypeKind.BOOLEAN
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return TypeKind.INTEGER
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return TypeKind.NUMBER
    if all(isinstance(v, str) for v in values):
        return TypeKind.STRING
    return None


_NOT_COERCIBLE = object()


def _scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float, datetime.date))


def _as_string(value: Any) -> str:
    """A scalar written unquoted where a string was meant: `4.1` -> "4.1", `true` -> "true",
    a YAML date `2024-01-02` -> "2024-01-02"."""
    if isinstance(value, str):
        return value
    if isinstance(value, datetime.date):
        return value.isoformat()
    return json.dumps(value)


def _coerce(value: Any, base: TypeKind) -> Any:
    """`value` as a value of `base`, or `_NOT_COERCIBLE`."""
    if base is TypeKind.STRING:
        return _as_string(value) if _scalar(value) else _NOT_COERCIBLE
    if base is TypeKind.BOOLEAN:
        if isinstance(value, bool):
            return value
        return {"true": True, "false": False}.get(value, _NOT_COERCIBLE) if isinstance(value, str) else _NOT_COERCIBLE
    number = value
    if isinstance(value, str):
        try:
            number = int(value)
        except ValueError:
            try:
                number = float(value)
            except ValueError:
                return _NOT_COERCIBLE
    if isinstance(number, bool) or not isinstance(number, (int, float)) or not math.isfinite(number):
        return _NOT_COERCIBLE
    if base is TypeKind.INTEGER:
        if isinstance(number, float):
            return int(number) if number.is_integer() else _NOT_COERCIBLE
        return number
    return number


def _value_kind(value: Any) -> TypeKind | None:
    if isinstance(value, bool):
        return TypeKind.BOOLEAN
    if isinstance(value, int):
        return TypeKind.INTEGER
    if isinstance(value, float):
        return TypeKind.NUMBER
    if isinstance(value, (str, datetime.date)):
        return TypeKind.STRING
    return None


def _unique(values: list[Any]) -> list[Any]:
    """`values` without repeats (`1` and `True` stay apart); linear, as enums can be huge."""
    seen: set[tuple[type, Any]] = set()
    unhashable: list[Any] = []
    result: list[Any] = []
    for value in values:
        try:
            key = (type(value), value)
            if key in seen:
                continue
            seen.add(key)
        except TypeError:  # a list or mapping in an enum: rare, compared one by one
            if any(value == other and type(value) is type(other) for other in unhashable):
                continue
            unhashable.append(value)
        result.append(value)
    return result


_CONSTRAINT_KEYS = frozenset(
    (
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "pattern", "minLength", "maxLength",
        "multipleOf", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties",
    )
)  # fmt: skip
_NONE = Constraints()


def _constraints(data: dict[str, Any]) -> Constraints:
    if _CONSTRAINT_KEYS.isdisjoint(data):  # most schemas: nothing to read
        return _NONE

    def number(key: str) -> int | float | None:
        value = data.get(key)
        return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None

    def integer(key: str) -> int | None:
        value = data.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    minimum, maximum = number("minimum"), number("maximum")
    exclusive_min = data.get("exclusiveMinimum") is True
    exclusive_max = data.get("exclusiveMaximum") is True
    if number("exclusiveMinimum") is not None:  # 3.1 numeric form
        minimum, exclusive_min = number("exclusiveMinimum"), True
    if number("exclusiveMaximum") is not None:
        maximum, exclusive_max = number("exclusiveMaximum"), True
    pattern = data.get("pattern")
    return Constraints(
        min_length=integer("minLength"),
        max_length=integer("maxLength"),
        pattern=pattern if isinstance(pattern, str) else None,
        minimum=minimum,
        maximum=maximum,
        exclusive_minimum=exclusive_min,
        exclusive_maximum=exclusive_max,
        multiple_of=number("multipleOf"),
        min_items=integer("minItems"),
        max_items=integer("maxItems"),
        unique_items=data.get("uniqueItems") is True,
        min_properties=integer("minProperties"),
        max_properties=integer("maxProperties"),
    )


def json_value(value: Any) -> Any:
    """A value from the spec (an example, a default) as JSON can hold it: a YAML date or timestamp
    (an unquoted `2024-01-02`) becomes its ISO text, as a JSON spec would have written it."""
    if isinstance(value, dict):
        return {key.isoformat() if isinstance(key, datetime.date) else key: json_value(v) for key, v in value.items()}
    if isinstance(value, list):
        return [json_value(item) for item in value]
    if isinstance(value, datetime.date):  # (a datetime is a date too)
        return value.isoformat()
    return value


def _default(data: dict[str, Any]) -> dict[str, Any]:
    return {"default": json_value(data["default"]), "has_default": True} if "default" in data else {}


def _with(type_ref: TypeRef, **changes: Any) -> TypeRef:
    return dataclasses.replace(type_ref, **changes) if changes else type_ref


def _origin(path: tuple[str, ...], request: bool) -> SchemaOrigin:
    return SchemaOrigin.PARAMS if request else SchemaOrigin.INLINE


def _object_constant(converter: SchemaConverter, node: Node, prop: str) -> str | None:
    data = node.data
    if not isinstance(data, dict):
        return None
    props = data.get("properties")
    if not isinstance(props, dict) or prop not in props:
        return None
    target = converter.deref(node.child("properties", prop)).data
    enum = target.get("enum") if isinstance(target, dict) else None
    if isinstance(enum, list) and len(enum) == 1 and isinstance(enum[0], str):
        return enum[0]
    return None


def _is_deleted_shape(fields: tuple[Field, ...]) -> bool:
    return any(f.name == "deleted" and f.type.kind in (TypeKind.BOOLEAN, TypeKind.ENUM) for f in fields) and any(
        f.name == "id" for f in fields
    )


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _prose(value: Any) -> str:
    """A description: its HTML as Markdown (ir/markup.py), "" when it is not a string."""
    return html_to_markdown(value) if isinstance(value, str) else ""


def _opt_str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _mapping_ref(named: object) -> str | None:
    """A discriminator mapping's value as a `$ref`: a reference, or a schema's bare name
    (which OpenAPI allows: `Cat` is `#/components/schemas/Cat`)."""
    if not isinstance(named, str) or not named:
        return None
    if "#" in named or "/" in named or "." in named:
        return named
    return "#/components/schemas/" + named.replace("~", "~0")
