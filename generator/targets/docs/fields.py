"""Attribute and parameter trees: IR fields -> `FieldView`s with labels, facts and anchors.

A field whose type is an object documented on some page (a resource's object)
links there. Any other object is shown inline as child fields, down to
`MAX_DEPTH`. An object shape shown once on a page is not repeated: later uses
point at the first (`same_as`). Shapes are compared by content (`Shapes`), so
the identical param trees of `create`, `update` and `confirm` are shown once.
Loops are cut where they close.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace

from ...cache.incremental import note, recording
from ...surface import Api, Constraints, Field, Schema, SchemaOrigin, TypeKind, TypeRef
from ...surface.naming import snake_case, unique, words
from .text import Text

MAX_DEPTH = 8


@dataclass(frozen=True, slots=True)
class Link:
    """Where a documented object lives: `page` (a page slug, no extension) and `anchor`."""

    page: str
    anchor: str
    title: str
    schema: str  # its schema id


@dataclass(frozen=True, slots=True)
class FieldRef:
    """Where a field is shown: what a later field with the same children points at."""

    page: str
    anchor: str
    context: str
    path: str


@dataclass(frozen=True, slots=True)
class TypeView:
    label: str
    link: Link | None = None


@dataclass(frozen=True, slots=True)
class Fact:
    """A constraint or default, shown as `label: value` with the value as code."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class EnumValueView:
    value: str
    description: Text


@dataclass(frozen=True, slots=True)
class FieldView:
    name: str
    path: str  # dotted from the top level: components.buy_button.enabled
    anchor: str
    page: str  # slug of the page showing it
    context: str  # the object or operation it belongs to: customer_session, customers.create
    type: TypeView
    description: Text
    required: bool = False
    nullable: bool = False
    expandable: bool = False
    deprecated: bool = False
    read_only: bool = False
    location: str = ""  # params: path, query, header, body
    enum: tuple[EnumValueView, ...] = ()
    facts: tuple[Fact, ...] = ()
    children: tuple[FieldView, ...] = ()
    same_as: FieldRef | None = None  # an earlier field (on this page or another) with the same children
    depth: int = 0

    @property
    def flags(self) -> tuple[str, ...]:
        found = ["required" if self.required else "optional"]
        found += [name for name, on in self._optional_flags() if on]
        return tuple(found)

    @property
    def badges(self) -> tuple[str, ...]:
        """Flags worth a badge in HTML ("optional" is the default, so it gets none)."""
        return tuple(flag for flag in self.flags if flag != "optional")

    def _optional_flags(self) -> Iterator[tuple[str, bool]]:
        yield "nullable", self.nullable
        yield "expandable", self.expandable
        yield "read-only", self.read_only
        yield "deprecated", self.deprecated

    @property
    def enum_described(self) -> bool:
        """Some enum value has a description (shown as a list rather than inline)."""
        return any(value.description for value in self.enum)

    def flat(self) -> Iterator[FieldView]:
        """This field and all its descendants, depth first (for Markdown tables)."""
        yield self
        for child in self.children:
            yield from child.flat()


def humanize(name: str) -> str:
    """`customer_session` -> `Customer Session`; `checkout.session` -> `Checkout Session`."""
    return " ".join(word[:1].upper() + word[1:] for word in words(name)) or name


class Anchors:
    """Unique, safe HTML ids for one page.

    A field's id is its parent's id, `-`, and its snake_cased name:
    `customer_session-components-buy_button`; ids only hold `[a-z0-9_.-]`.
    """

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def take(self, parent: str, name: str) -> str:
        wanted = f"{parent}-{snake_case(name)}" if parent else snake_case(name)
        return unique(wanted, self.taken)


#: Schemas one fingerprint may expand (not counting those already fingerprinted): the most in
#: Stripe's spec is 56, in OpenAI's 79; beyond this, the schemas loop through each other too many ways.
_SHAPE_BUDGET = 50_000


class _TooTangled(Exception):
    """A fingerprint would expand more than `_SHAPE_BUDGET` schemas."""


class Shapes:
    """Content fingerprints of object schemas: equal when fields, types and texts are equal.

    Ids and naming paths are ignored, so two param objects built from the same
    spec text at different paths share a shape. Documented objects count by id
    (they are linked, not shown inline). Shared by all pages of a site.
    """

    def __init__(self, api: Api, documented: Iterable[str]) -> None:
        self.api = api
        self.documented = frozenset(documented)
        self.memo: dict[str, tuple[str, frozenset[tuple[str, str]]]] = {}  # id -> (shape, the reads it took)
        self._budget = _SHAPE_BUDGET

    def of(self, schema_id: str) -> str:
        self._budget = _SHAPE_BUDGET
        try:
            return self._schema(schema_id, ())[0]
        except _TooTangled:
            # Schemas that loop through each other many ways (Figma's nodes: every node holds
            # children of every node type) make path-dependent fingerprints exponential: such
            # an object gets a shape of its own, shown in full rather than as "same as".
            return f"schema:{schema_id}"

    def _schema(self, schema_id: str, visiting: tuple[str, ...]) -> tuple[str, bool]:
        """(fingerprint, whether a loop was cut inside: such results depend on the path, so are not kept).

        A kept fingerprint keeps the schema and enum reads that made it, and notes them
        again on every later use, so a page reusing it depends on them (`incremental`).
        """
        if schema_id in self.memo:
            digest, kept = self.memo[schema_id]
            for kind, key in kept:
                note(kind, key)
            return digest, False
        if schema_id in visiting:
            return f"loop:{visiting.index(schema_id) - len(visiting)}", True
        self._budget -= 1
        if self._budget < 0:
            raise _TooTangled
        with recording() as reads:
            schema = self.api.schemas.get(schema_id)
            if schema is None:
                return f"missing:{schema_id}", False
            inner = (*visiting, schema_id)
            looped = False
            parts = []
            for item in schema.fields:
                text, cut = self._type(item.type, inner)
                looped = looped or cut
                parts.append((item.name, item.required, item.description, item.deprecated, item.read_only, text))
        digest = hashlib.sha256(repr((parts, schema.alias, schema.description)).encode()).hexdigest()[:24]
        if not looped:
            self.memo[schema_id] = digest, frozenset(reads)
        return digest, looped

    def _type(self, type_ref: TypeRef, visiting: tuple[str, ...]) -> tuple[str, bool]:
        kind = type_ref.kind
        ref, looped = type_ref.ref or "", False
        if kind is TypeKind.OBJECT and ref not in self.documented:
            ref, looped = self._schema(ref, visiting)
        elif kind is TypeKind.ENUM:
            enum = self.api.enums.get(ref)
            ref = repr(enum.values) if enum else ref
        nested = []
        for inner in (*((type_ref.items,) if type_ref.items else ()), *type_ref.variants):
            text, cut = self._type(inner, visiting)
            nested.append(text)
            looped = looped or cut
        facts = (type_ref.nullable, type_ref.format, type_ref.constraints, type_ref.default, type_ref.has_default)
        return repr((kind.value, ref, nested, facts)), looped


class Shown:
    """The object shapes shown so far and where: shared by the pages of a site, built in page order.

    For incremental rendering, each read is noted (kind `KIND`, key: the shape) unless
    the page being built showed that shape itself; `digest` tells what a read gives
    now, so a page is reused only while every shape it looked up is shown where it was.
    """

    KIND = "shown"

    def __init__(self) -> None:
        self.where: dict[str, FieldRef] = {}
        self.added: dict[str, FieldRef] = {}  # by the page being built

    def start_page(self) -> None:
        self.added = {}

    def get(self, shape: str) -> FieldRef | None:
        if shape not in self.added:
            note(self.KIND, shape)
        return self.where.get(shape)

    def add(self, shape: str, ref: FieldRef) -> None:
        self.where[shape] = self.added[shape] = ref

    def replay(self, added: Mapping[str, FieldRef]) -> None:
        """Take what a page showed (when it is reused instead of built)."""
        for shape, ref in added.items():
            self.where.setdefault(shape, ref)

    def digest(self, shape: str) -> str:
        """What reading `shape` gives now: "-" for nothing (or the current page's own)."""
        ref = None if shape in self.added else self.where.get(shape)
        return "-" if ref is None else repr(ref)


@dataclass(slots=True)
class FieldBuilder:
    """Builds the field trees of one page (`page`), sharing `shown` with the other pages."""

    api: Api
    owners: Mapping[str, Link]  # schema id -> where that object is documented
    shapes: Shapes
    page: str
    shown: Shown  # shape -> the first field showing it, on any page
    anchors: Anchors = field(default_factory=Anchors)
    stack: list[str] = field(default_factory=list)

    def fields(
        self, items: Iterable[Field], prefix: str, context: str, path: str = "", depth: int = 0
    ) -> tuple[FieldView, ...]:
        """Views of `items`; ids start with `prefix`; `context` names the section (`customers.create`)."""
        return tuple(self.field(item, prefix, context, path, depth) for item in items)

    def field(self, item: Field, prefix: str, context: str, path: str = "", depth: int = 0) -> FieldView:
        anchor = self.anchors.take(prefix, item.name)
        full_path = f"{path}.{item.name}" if path else item.name
        view = FieldView(
            name=item.name,
            path=full_path,
            anchor=anchor,
            page=self.page,
            context=context,
            type=self.type_view(item.type),
            description=Text(item.description),
            required=item.required,
            nullable=item.type.nullable,
            expandable=item.expandable,
            deprecated=item.deprecated,
            read_only=item.read_only,
            location=item.location,
            enum=self.enum_values(item.type),
            facts=facts(item.type),
            depth=depth,
        )
        return self._with_children(view, item.type, depth)

    def _with_children(self, view: FieldView, type_ref: TypeRef, depth: int) -> FieldView:
        schema = self.child_schema(type_ref)
        if schema is None or schema.id in self.stack or depth + 1 >= MAX_DEPTH:
            return view
        shape = self.shapes.of(schema.id)
        earlier = self.shown.get(shape)
        if earlier is not None:
            return replace(view, same_as=earlier)
        self.stack.append(schema.id)
        try:
            children = self.fields(schema.fields, view.anchor, view.context, view.path, depth + 1)
        finally:
            self.stack.pop()
        self.shown.add(shape, FieldRef(view.page, view.anchor, view.context, view.path))
        return replace(view, children=children)

    def child_schema(self, type_ref: TypeRef) -> Schema | None:
        """The one undocumented object schema a type holds (directly, in a list, map or union)."""
        ids = list(dict.fromkeys(t.ref for t in _walk(type_ref) if t.kind is TypeKind.OBJECT and t.ref))
        if len(ids) != 1 or ids[0] in self.owners:
            return None
        schema = self.api.schemas.get(ids[0])
        return schema if schema is not None and schema.alias is None and schema.fields else None

    def type_view(self, type_ref: TypeRef, named: bool = False) -> TypeView:
        """Label and link; `named` calls undocumented components by name ("Error object"), not "object"."""
        return TypeView(self.label(type_ref, named), self.link(type_ref))

    def link(self, type_ref: TypeRef) -> Link | None:
        for found in _walk(type_ref, expanded=True):
            if found.kind is TypeKind.OBJECT and found.ref is not None and found.ref in self.owners:
                return self.owners[found.ref]
        return None

    def label(self, type_ref: TypeRef, named: bool = False) -> str:
        kind = type_ref.kind
        if kind is TypeKind.STRING:
            return f"string ({type_ref.format})" if type_ref.format else "string"
        if kind is TypeKind.INTEGER:
            return "timestamp" if type_ref.format == "unix-time" else "integer"
        if kind in (TypeKind.NUMBER, TypeKind.BOOLEAN, TypeKind.ANY):
            return kind.value
        if kind is TypeKind.ENUM:
            return "enum"
        if kind is TypeKind.OBJECT:
            return self._object_label(type_ref.ref or "", named)
        if kind is TypeKind.ARRAY:
            return f"array of {self.label(type_ref.items, named)}" if type_ref.items else "array"
        if kind is TypeKind.MAP:
            return f"map of {self.label(type_ref.items, named)}" if type_ref.items else "map"
        labels = list(dict.fromkeys(self.label(variant, named) for variant in type_ref.variants))
        if kind is TypeKind.EXPANDABLE:
            labels = ["string", *labels]
        return " or ".join(labels) or "any"

    def _object_label(self, schema_id: str, named: bool) -> str:
        if schema_id in self.owners:
            return self.owners[schema_id].title
        schema = self.api.schemas.get(schema_id)
        if schema is not None and schema.alias is not None:
            return self.label(schema.alias, named)
        if named and schema is not None and schema.origin is SchemaOrigin.COMPONENT:
            return f"{humanize(schema.id)} object"
        return "object"

    def enum_values(self, type_ref: TypeRef) -> tuple[EnumValueView, ...]:
        values: list[EnumValueView] = []
        for found in _walk(type_ref):
            enum = self.api.enums.get(found.ref or "") if found.kind is TypeKind.ENUM else None
            for item in enum.values if enum else ():
                values.append(EnumValueView(json_text(item.value), Text(item.description)))
        return tuple(dict.fromkeys(values))


def _walk(type_ref: TypeRef, expanded: bool = False) -> Iterator[TypeRef]:
    """Nested types, not following refs; expandable fields' expanded forms only when asked."""
    yield type_ref
    if type_ref.items is not None:
        yield from _walk(type_ref.items, expanded)
    if type_ref.kind is not TypeKind.EXPANDABLE or expanded:
        for variant in type_ref.variants:
            yield from _walk(variant, expanded)


def json_text(value: object) -> str:
    """A JSON value as shown in docs: strings bare, everything else as JSON."""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)


def facts(type_ref: TypeRef) -> tuple[Fact, ...]:
    found = list(_constraint_facts(type_ref.constraints))
    if type_ref.kind is TypeKind.ARRAY and type_ref.items is not None:
        found += [
            Fact(f"Each item's {fact.label.lower()}", fact.value)
            for fact in _constraint_facts(type_ref.items.constraints)
        ]
    if type_ref.has_default:
        found.append(Fact("Default", json.dumps(type_ref.default, ensure_ascii=False, sort_keys=True)))
    return tuple(found)


def _constraint_facts(limits: Constraints) -> Iterator[Fact]:
    if limits.is_empty():
        return
    plain = (
        ("Min length", limits.min_length),
        ("Max length", limits.max_length),
        ("Multiple of", limits.multiple_of),
        ("Min items", limits.min_items),
        ("Max items", limits.max_items),
        ("Min properties", limits.min_properties),
        ("Max properties", limits.max_properties),
    )
    if limits.minimum is not None:
        yield Fact("Minimum" + (" (exclusive)" if limits.exclusive_minimum else ""), _number(limits.minimum))
    if limits.maximum is not None:
        yield Fact("Maximum" + (" (exclusive)" if limits.exclusive_maximum else ""), _number(limits.maximum))
    for label, value in plain:
        if value is not None:
            yield Fact(label, _number(value))
    if limits.pattern is not None:
        yield Fact("Pattern", limits.pattern)
    if limits.unique_items:
        yield Fact("Unique items", "true")


def _number(value: float | int) -> str:
    text = repr(value)
    return re.sub(r"\.0$", "", text)
