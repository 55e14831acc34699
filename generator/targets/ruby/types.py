"""How a type of the IR reads in Ruby: the runtime's conversion (`Types.expandable(Customer)`),
its YARD type (`String, Customer`) and its RBS type (`(String | Customer)`).

Names of classes come from `RubyNames.ref`, relative to the class the code sits in.
Response enums are open: they read as Strings (or Integers), never a closed set.
"""

from __future__ import annotations

import re

from ...surface import Api, TypeKind, TypeRef
from .names import RubyNames

_YARD = {
    TypeKind.STRING: "String",
    TypeKind.INTEGER: "Integer",
    TypeKind.NUMBER: "Numeric",
    TypeKind.BOOLEAN: "Boolean",
    TypeKind.ANY: "Object",
}
_RBS = {
    TypeKind.STRING: "String",
    TypeKind.INTEGER: "Integer",
    TypeKind.NUMBER: "Numeric",
    TypeKind.BOOLEAN: "bool",
    TypeKind.ANY: "untyped",
}
_MAX_DEPTH = 8  # aliases of aliases: past this depth a type reads as untyped


class RubyTypes:
    """Types as seen from inside class `scope` (its qualname; `()` for the module itself)."""

    def __init__(self, names: RubyNames, scope: tuple[str, ...], params: bool = False) -> None:
        self.names = names
        self.api: Api = names.api
        self.scope = scope
        self.params = params  # request params: nested params classes, or Hashes

    # -- conversion of responses -----------------------------------------------------------

    def descriptor(self, t: TypeRef, depth: int = 0) -> str | None:
        """The runtime's type of a response value, or None for a JSON value kept as it is."""
        kind = t.kind
        if depth > _MAX_DEPTH:
            return None
        if kind is TypeKind.OBJECT:
            return self._object_descriptor(str(t.ref), depth)
        if kind in (TypeKind.ARRAY, TypeKind.MAP) and t.items is not None:
            inner = self.descriptor(t.items, depth + 1)
            helper = "array_of" if kind is TypeKind.ARRAY else "hash_of"
            return None if inner is None else f"Types.{helper}({inner})"
        if kind is TypeKind.EXPANDABLE:
            inner = self._choice(t.variants, None, depth)
            return None if inner is None else f"Types.expandable({inner})"
        if kind is TypeKind.UNION:
            return self._choice(t.variants, t.discriminator.property if t.discriminator else None, depth)
        return None

    def _object_descriptor(self, schema_id: str, depth: int) -> str | None:
        schema = self.api.schemas.get(schema_id)
        if schema is None:
            return None
        if schema.alias is not None:
            return self.descriptor(schema.alias, depth + 1)
        if schema_id in self.names.models:
            return self.names.ref(self.scope, self.names.model(schema_id).qualname)
        return None

    def _choice(self, variants: tuple[TypeRef, ...], prop: str | None, depth: int) -> str | None:
        """One class, or `Types.one_of` by `object` (or the discriminator) over several."""
        variants = self._flat(variants, depth)
        objects = [v for v in variants if v.kind is TypeKind.OBJECT and str(v.ref) in self.names.models]
        others = [self.descriptor(v, depth + 1) for v in variants if v not in objects]
        if len(objects) == 1 and not any(others):
            return self.descriptor(objects[0], depth + 1)
        if not objects:
            found = [other for other in others if other]
            return found[0] if len(found) == 1 else None
        discriminator = next((v.discriminator for v in variants if v.discriminator), None)
        mapping = dict(discriminator.mapping) if discriminator else {}
        by_schema = {schema: value for value, schema in mapping.items()}
        choices: dict[str, str] = {}
        deleted: dict[str, str] = {}
        for variant in objects:
            schema = self.api.schema(str(variant.ref))
            value = by_schema.get(schema.id) or schema.object_name
            if not value:
                continue
            target = deleted if schema.deleted and not by_schema else choices
            target.setdefault(value, self.names.ref(self.scope, self.names.model(schema.id).qualname))
        if not choices and not deleted:
            return None
        prop = prop or "object"
        parts = [f"{_symbol(prop)}", _hash_literal(choices)]
        if deleted:
            parts.append(_hash_literal(deleted))
        return f"Types.one_of({', '.join(parts)})"

    def _flat(self, variants: tuple[TypeRef, ...], depth: int) -> tuple[TypeRef, ...]:
        """`variants` with each union among them (inline, or a named one: `payment_source`)
        replaced by its own variants, unless it declares a discriminator of its own, so that one
        `one_of` chooses among them all by `object` (`deleted: true` picking the deleted ones)."""
        out: list[TypeRef] = []
        for variant in variants:
            inner = variant
            if variant.kind is TypeKind.OBJECT and variant.ref in self.api.schemas:
                inner = self.api.schema(str(variant.ref)).alias or variant
            declared = inner.discriminator is not None and inner.discriminator.declared
            if inner.kind is TypeKind.UNION and not declared and depth < _MAX_DEPTH:
                out.extend(self._flat(inner.variants, depth + 1))
            else:
                out.append(variant)
        return tuple(dict.fromkeys(out))

    # -- documentation and signatures ------------------------------------------------------

    def yard(self, t: TypeRef, depth: int = 0) -> str:
        """The YARD type list (`String, Customer`), without `nil`."""
        return ", ".join(dict.fromkeys(self._yard(t, depth)))

    def _yard(self, t: TypeRef, depth: int) -> list[str]:
        kind = t.kind
        if depth > _MAX_DEPTH:
            return ["Object"]
        if kind is TypeKind.ENUM:
            return [_YARD.get(self.api.enum(str(t.ref)).base, "String")]
        if kind is TypeKind.ARRAY and t.items is not None:
            return [f"Array<{self.yard(t.items, depth + 1)}>"]
        if kind is TypeKind.MAP and t.items is not None:
            return [f"Hash{{String => {self.yard(t.items, depth + 1)}}}"]
        if kind is TypeKind.OBJECT:
            return [self._class_or_hash(str(t.ref), depth, yard=True)]
        if kind in (TypeKind.UNION, TypeKind.EXPANDABLE):
            found = ["String"] if kind is TypeKind.EXPANDABLE else []
            for variant in t.variants:
                found.extend(self._yard(variant, depth + 1))
            return found or ["Object"]
        return [_YARD.get(kind, "Object")]

    def rbs(self, t: TypeRef, optional: bool = False, depth: int = 0) -> str:
        """The RBS type (`(String | Customer)?` when `optional`)."""
        found = self._rbs(t, depth)
        if optional and found != "untyped":
            return f"{found}?" if found.isidentifier() or found.endswith(("]", ")")) else f"({found})?"
        return found

    def _rbs(self, t: TypeRef, depth: int) -> str:
        kind = t.kind
        if depth > _MAX_DEPTH:
            return "untyped"
        if kind is TypeKind.ENUM:
            return _RBS.get(self.api.enum(str(t.ref)).base, "String")
        if kind is TypeKind.ARRAY and t.items is not None:
            return f"Array[{self._rbs(t.items, depth + 1)}]"
        if kind is TypeKind.MAP and t.items is not None:
            return f"Hash[Symbol, {self._rbs(t.items, depth + 1)}]"
        if kind is TypeKind.OBJECT:
            return self._class_or_hash(str(t.ref), depth, yard=False)
        if kind in (TypeKind.UNION, TypeKind.EXPANDABLE):
            found = ["String"] if kind is TypeKind.EXPANDABLE else []
            found.extend(self._rbs(variant, depth + 1) for variant in t.variants)
            unique = list(dict.fromkeys(found))
            if "untyped" in unique or not unique:
                return "untyped"
            return unique[0] if len(unique) == 1 else "(" + " | ".join(unique) + ")"
        return _RBS.get(kind, "untyped")

    def _class_or_hash(self, schema_id: str, depth: int, *, yard: bool) -> str:
        schema = self.api.schemas.get(schema_id)
        hash_type = "Hash" if yard else "Hash[Symbol, untyped]"
        if schema is None:
            return hash_type
        if schema.alias is not None:
            return self.yard(schema.alias, depth + 1) if yard else self._rbs(schema.alias, depth + 1)
        if self.params:
            found = self.names.param_schemas.get(schema_id)
            if found is None:
                return hash_type
            name = self.names.ref(self.scope, found.qualname)
            return f"{name}, Hash" if yard else f"({name} | {hash_type})"
        if schema_id in self.names.models:
            return self.names.ref(self.scope, self.names.model(schema_id).qualname)
        return hash_type


def ruby_str(text: str) -> str:
    """A double-quoted Ruby string literal of `text` (no interpolation can happen)."""
    return '"' + _RUBY_ESCAPES.sub(_ruby_escape, text) + '"'


#: What a double-quoted Ruby literal cannot hold as it is: quotes, backslashes, `#` (it could
#: start an interpolation), controls and DEL.
_RUBY_ESCAPES = re.compile('["\\\\#\x00-\x1f\x7f]')
_RUBY_NAMED = {'"': '\\"', "\\": "\\\\", "#": "\\#", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _ruby_escape(match: re.Match[str]) -> str:
    char = match.group(0)
    return _RUBY_NAMED.get(char) or f"\\u{ord(char):04x}"


def _symbol(name: str) -> str:
    return f":{name}" if name.isidentifier() and name.isascii() else f":{ruby_str(name)}"


def hash_key(name: str) -> str:
    """A Hash literal's key for a Symbol: `name:` or `"odd-name":`."""
    return f"{name}:" if name.isidentifier() and name.isascii() and not name[:1].isupper() else f"{ruby_str(name)}:"


def _hash_literal(entries: dict[str, str]) -> str:
    return "{ " + ", ".join(f"{ruby_str(key)} => {value}" for key, value in entries.items()) + " }"


__all__ = ["RubyTypes", "hash_key", "ruby_str"]
