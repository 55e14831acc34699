"""IR types -> Java types: the model side (what a getter returns) and the params side (what a
setter takes). Each `JavaTypes` records the imports its file needs, so templates get finished text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...surface import Api, Schema, TypeKind, TypeRef
from .names import JavaClass, JavaNames, is_model
from .words import java_str

_BOXED = {TypeKind.STRING: "String", TypeKind.INTEGER: "Long", TypeKind.NUMBER: "Double", TypeKind.BOOLEAN: "Boolean"}
_PARAM_BOXED = {**_BOXED, TypeKind.NUMBER: "BigDecimal"}
_IMPORTS = {
    "List": "java.util.List",
    "Map": "java.util.Map",
    "BigDecimal": "java.math.BigDecimal",
    "InputStream": "java.io.InputStream",
}


@dataclass(frozen=True, slots=True)
class Poly:
    """Which classes a polymorphic value reads into: discriminator values and class names."""

    discriminator: str
    values: tuple[str, ...]
    classes: tuple[str, ...]

    def annotation(self) -> str:
        """`@OneOf(...)`, leaving out what is the annotation's default (`object`, no values)."""
        parts = [] if self.discriminator == "object" else [f"discriminator = {java_str(self.discriminator)}"]
        if any(self.values):
            parts.append("values = {" + ", ".join(java_str(v) for v in self.values) + "}")
        parts.append("types = {" + ", ".join(f"{c}.class" for c in self.classes) + "}")
        return "@OneOf(" + ", ".join(parts) + ")"

    def expression(self) -> str:
        values = ", ".join(java_str(v) for v in self.values)
        classes = ", ".join(f"{c}.class" for c in self.classes)
        return f"new Variants({java_str(self.discriminator)}, new String[] {{{values}}}, new Class<?>[] {{{classes}}})"


@dataclass(frozen=True, slots=True)
class ModelType:
    """A model field's (or a response's) Java type, and its polymorphism if any."""

    java: str
    poly: Poly | None = None
    expandable_of: str = ""  # ExpandableField<X>: X
    expandable_id: bool = False  # X has `getId()`


@dataclass(frozen=True, slots=True)
class SetterType:
    """One way to set a param: `set`, `add`/`addAll` (lists) or `put`/`putAll` (maps)."""

    kind: str  # set, list, map
    java: str  # set: the value type; list: the item type; map: the value type


@dataclass
class JavaTypes:
    api: Api
    names: JavaNames
    package: str
    imports: set[str] = field(default_factory=set)
    #: The class whose body is being written: its own nested classes go by their simple name.
    scope: str = ""
    #: Simple names of the nested classes of the file being written: a top-level class of one
    #: of these names is written in full (`com.example.model.Settings`), as the nested one hides it.
    shadowed: frozenset[str] = frozenset()
    #: Fields read otherwise than their type says, by (schema id, field name): Stripe's event data.
    overrides: dict[tuple[str, str], ModelType] = field(default_factory=dict)

    def use(self, name: str) -> str:
        if name in _IMPORTS:
            self.imports.add(_IMPORTS[name])
        return name

    def model_class(self, schema_id: str) -> str:
        return self.ref(self.names.models[schema_id], "model")

    def ref(self, java: JavaClass, folder: str) -> str:
        """How the file being written names `java` (a class of `model/` or `param/`)."""
        if self.scope and java.qualname.rsplit(".", 1)[0] == self.scope:
            return java.name
        if java.top in self.shadowed:
            return f"{self.package}.{folder}.{java.qualname}"
        self.imports.add(f"{self.package}.{folder}.{java.top}")
        return java.qualname

    # -- responses ----------------------------------------------------------------------

    def model(self, t: TypeRef, depth: int = 0) -> ModelType:
        kind = t.kind
        if kind in _BOXED:
            return ModelType(_BOXED[kind])
        if kind is TypeKind.ENUM:
            return ModelType(_BOXED.get(self.api.enum(str(t.ref)).base, "String"))
        if kind is TypeKind.OBJECT:
            schema = self.api.schemas.get(str(t.ref))
            if schema is not None and schema.alias is not None and depth < 8:
                return self.model(schema.alias, depth + 1)
            if schema is not None and schema.id in self.names.models:
                return ModelType(self.model_class(schema.id))
            return ModelType(f"{self.use('Map')}<String, Object>")
        if kind is TypeKind.ARRAY:
            inner = self.model(t.items or TypeRef(TypeKind.ANY), depth + 1)
            return ModelType(f"{self.use('List')}<{inner.java}>", inner.poly)
        if kind is TypeKind.MAP:
            inner = self.model(t.items or TypeRef(TypeKind.ANY), depth + 1)
            return ModelType(f"{self.use('Map')}<String, {inner.java}>", inner.poly)
        if kind is TypeKind.EXPANDABLE:
            inner = self._union(t.variants, t, depth)
            if inner.java in ("Object", "String"):
                inner = ModelType("ApiObject", inner.poly)
            return ModelType(f"ExpandableField<{inner.java}>", inner.poly, inner.java, self._has_id(t.variants))
        if kind is TypeKind.UNION:
            return self._union(t.variants, t, depth)
        return ModelType("Object")

    def _has_id(self, variants: tuple[TypeRef, ...]) -> bool:
        """Whether the one model an expandable field expands to declares a string `id`."""
        flat = self._flatten(variants, 0)
        live = [s for s in flat if isinstance(s, Schema) and not s.deleted]
        if len(live) != 1 or any(isinstance(v, TypeRef) for v in flat):
            return False
        found = live[0].field("id")
        return found is not None and found.type.kind is TypeKind.STRING and found.name == "id"

    def _union(self, variants: tuple[TypeRef, ...], t: TypeRef, depth: int) -> ModelType:
        flat = self._flatten(variants, depth)
        objects = [s for s in flat if isinstance(s, Schema)]
        others = {self.model(v, depth + 1).java for v in flat if isinstance(v, TypeRef)}
        if not objects:
            return ModelType(others.pop() if len(others) == 1 else "Object")
        live = [s for s in objects if not s.deleted]
        if len(live) == 1 and not others:
            return ModelType(self.model_class(live[0].id))
        poly = self._poly(objects, t)
        return ModelType("ApiObject" if not others else "Object", poly)

    def _flatten(self, variants: tuple[TypeRef, ...], depth: int) -> list[Schema | TypeRef]:
        found: list[Schema | TypeRef] = []
        for variant in variants:
            schema = self.api.schemas.get(str(variant.ref)) if variant.kind is TypeKind.OBJECT else None
            if schema is not None and schema.alias is not None and depth < 8:
                alias = schema.alias
                found += self._flatten(alias.variants if alias.kind is TypeKind.UNION else (alias,), depth + 1)
            elif schema is not None and is_model(schema) and schema.id in self.names.models:
                if schema not in found:
                    found.append(schema)
            elif variant.kind is TypeKind.UNION:
                found += self._flatten(variant.variants, depth + 1)
            else:
                found.append(variant)
        return found

    def _poly(self, objects: list[Schema], t: TypeRef) -> Poly:
        discriminator = t.discriminator
        if discriminator is not None and discriminator.mapping:
            pairs = [(value, ref) for value, ref in discriminator.mapping if ref in self.names.models]
            return Poly(
                discriminator.property,
                tuple(value for value, _ in pairs),
                tuple(self.model_class(ref) for _, ref in pairs),
            )
        return Poly(
            discriminator.property if discriminator is not None else "object",
            tuple(s.object_name or "" for s in objects),
            tuple(self.model_class(s.id) for s in objects),
        )

    # -- params -------------------------------------------------------------------------

    def setters(self, t: TypeRef) -> list[SetterType]:
        """Every way to set a param of type `t` (a union has one per variant), no two alike."""
        result: list[SetterType] = []
        seen: set[tuple[str, str]] = set()
        for variant in t.variants if t.kind is TypeKind.UNION else (t,):
            for setter in self._setters(variant):
                erasure = (setter.kind, setter.java.split("<", 1)[0])
                if erasure not in seen:
                    seen.add(erasure)
                    result.append(setter)
        return result

    def _setters(self, t: TypeRef) -> list[SetterType]:
        if t.kind is TypeKind.ARRAY:
            return [SetterType("list", self.param(t.items or TypeRef(TypeKind.ANY)))]
        if t.kind is TypeKind.MAP:
            return [SetterType("map", self.param(t.items or TypeRef(TypeKind.ANY)))]
        if t.kind is TypeKind.UNION:
            return [s for v in t.variants for s in self._setters(v)]
        return [SetterType("set", self.param(t))]

    def param(self, t: TypeRef) -> str:
        """The Java type of one param value."""
        kind = t.kind
        if kind is TypeKind.STRING and t.format == "binary":
            return "FileUpload"
        if kind in _PARAM_BOXED:
            return self.use(_PARAM_BOXED[kind])
        if kind is TypeKind.ENUM:
            enum = self.api.enum(str(t.ref))
            java = self.names.request_enum(enum.id)
            if java is not None:
                return self.ref(java, "param")
            if all(v.value == "" for v in enum.values):
                return "EmptyParam"
            return self.use(_PARAM_BOXED.get(enum.base, "String"))
        if kind is TypeKind.OBJECT:
            params = self.names.params_of(str(t.ref))
            if params is not None:
                return self.ref(params, "param")
            return f"{self.use('Map')}<String, Object>"
        if kind is TypeKind.ARRAY:
            return f"{self.use('List')}<{self.param(t.items or TypeRef(TypeKind.ANY))}>"
        if kind is TypeKind.MAP:
            return f"{self.use('Map')}<String, {self.param(t.items or TypeRef(TypeKind.ANY))}>"
        if kind is TypeKind.UNION:
            kinds = {self.param(v) for v in t.variants}
            return kinds.pop() if len(kinds) == 1 else "Object"
        return "Object"
