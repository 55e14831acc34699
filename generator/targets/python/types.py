"""IR types -> Python annotations and parse expressions, for one generated module.

A `ModuleTypes` is created per module being rendered. It records what the
module must import (typing names, classes of other modules under
TYPE_CHECKING) and the helper functions it needs (parsers for polymorphic
values), so templates receive finished strings and no logic.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ...surface import Api, Discriminator, SchemaOrigin, TypeKind, TypeRef
from .layout import import_from, signature
from .names import ClassName, PythonNames
from .words import import_order, natural_key, py_str, py_value

#: Enums longer than this are typed by their base type, not a `Literal` (mypy chokes).
MAX_LITERAL_VALUES = 200
_PRIMITIVES = {
    TypeKind.STRING: "str",
    TypeKind.INTEGER: "int",
    TypeKind.NUMBER: "float",
    TypeKind.BOOLEAN: "bool",
}


@dataclass(frozen=True, slots=True)
class ParseHelper:
    """A module-level function turning raw JSON into one of several model classes."""

    name: str
    annotation: str
    lines: tuple[str, ...]  # body, each line relative to the function's indentation

    @property
    def head(self) -> str:
        """The `def` line(s), laid out as black lays them out."""
        return signature(f"def {self.name}", ["value: Any"], self.annotation, 0)


@dataclass(slots=True)
class _Annotations:
    """IR types -> annotation text; subclasses say how objects, enums and unions are named."""

    api: Api
    names: PythonNames
    module: str
    typing: set[str] = field(default_factory=set)  # names imported from `typing`

    def annotation(self, t: TypeRef, *, optional: bool = False) -> str:
        text = self._annotation(t)
        if (t.nullable or optional) and not text.endswith("| None") and text != "Any":
            text += " | None"
        return text

    def _annotation(self, t: TypeRef) -> str:
        kind = t.kind
        if kind in _PRIMITIVES:
            return _PRIMITIVES[kind]
        if kind is TypeKind.ANY:
            self.typing.add("Any")
            return "Any"
        if kind is TypeKind.ENUM:
            return self._enum(t)
        if kind is TypeKind.OBJECT:
            return self._object(str(t.ref))
        if kind is TypeKind.ARRAY:
            return f"list[{self.annotation(_items(t))}]"
        if kind is TypeKind.MAP:
            return f"dict[str, {self.annotation(_items(t))}]"
        if kind is TypeKind.EXPANDABLE:
            return self._expandable(t)
        return self._union(t)

    def _literal(self, t: TypeRef, *, open_: bool) -> str:
        """`Literal[...]` of an enum's values, `| str` too when the enum is open."""
        enum = self.api.enum(str(t.ref))
        base = _PRIMITIVES.get(enum.base, "str")
        if len(enum.values) > MAX_LITERAL_VALUES:
            return base
        self.typing.add("Literal")
        literal = f"Literal[{', '.join(py_value(v.value) for v in enum.values)}]"
        return f"{literal} | {base}" if open_ and enum.base is not TypeKind.BOOLEAN else literal

    def _enum(self, t: TypeRef) -> str:
        raise NotImplementedError

    def _object(self, schema_id: str) -> str:
        raise NotImplementedError

    def _expandable(self, t: TypeRef) -> str:
        return "str"

    def _union(self, t: TypeRef) -> str:
        return " | ".join(dict.fromkeys(self.annotation(v) for v in t.variants))


@dataclass(slots=True)
class ModuleTypes(_Annotations):
    """Annotations and parsers for one module: `models/<module>` or a service module.

    It records what the module must import (typing names, classes of other
    modules under TYPE_CHECKING) and the parse helpers it needs; `module` is the
    models module the code lives in ("" for service modules).
    """

    type_imports: dict[str, set[str]] = field(default_factory=dict)  # models module -> top classes
    local_names: set[str] = field(default_factory=set)  # nested class names in this module
    helpers: dict[str, ParseHelper] = field(default_factory=dict)
    uses_models: bool = False  # needs `from .. import models as _models` at run time

    # -- annotations (response side: open enums, model classes) ------------------------

    def _enum(self, t: TypeRef) -> str:
        return self._literal(t, open_=True)

    def _object(self, schema_id: str) -> str:
        return self.class_ref(schema_id)

    def _expandable(self, t: TypeRef) -> str:
        return " | ".join(["str", *dict.fromkeys(self.annotation(v) for v in t.variants)])

    def _union(self, t: TypeRef) -> str:
        parts = list(dict.fromkeys(self.annotation(v) for v in t.variants))
        if self._union_plan(t)[0] == "raw" and any(v.kind is TypeKind.OBJECT for v in t.variants):
            self.typing.add("Any")
            parts.append("dict[str, Any]")
        return " | ".join(dict.fromkeys(parts))

    def class_ref(self, schema_id: str) -> str:
        """How code in this module names the model class of `schema_id` in annotations."""
        target = self.names.model(schema_id)
        if target.module == self.module:
            return target.qualname
        self.type_imports.setdefault(target.module, set()).add(target.top)
        return self._imported(target.top) + target.qualname[len(target.top) :]

    def _imported(self, top: str) -> str:
        return f"_{top}" if top in self.local_names else top

    def import_lines(self, package: str = ".") -> list[str]:
        """`from <package><module> import Y` statements for the TYPE_CHECKING block."""
        lines = []
        for module, classes in sorted(self.type_imports.items(), key=lambda item: natural_key(item[0])):
            if module == self.module:
                continue
            names = [f"{c} as {self._imported(c)}" if self._imported(c) != c else c for c in import_order(classes)]
            lines.append(import_from(f"{package}{module}", names, 1))
        return lines

    # -- parsing (raw JSON -> models) --------------------------------------------------

    def runtime_ref(self, schema_id: str) -> str:
        """How code in this module reaches the class of `schema_id` at run time."""
        target: ClassName = self.names.model(schema_id)
        if target.module == self.module:
            return target.qualname
        self.uses_models = True
        return f"_models.{target.qualname}"

    def parse(self, t: TypeRef, var: str, depth: int = 0) -> str | None:
        """Expression converting raw JSON `var` into the typed value; None if it is already."""
        kind = t.kind
        expr: str | None = None
        if kind is TypeKind.OBJECT:
            expr = f"{self.runtime_ref(str(t.ref))}.from_dict({var})"
        elif kind is TypeKind.ARRAY:
            item = f"i{depth}"
            inner = self.parse(_items(t), item, depth + 1)
            expr = None if inner is None else f"[{inner} for {item} in {var}]"
        elif kind is TypeKind.MAP:
            key, item = f"k{depth}", f"v{depth}"
            inner = self.parse(_items(t), item, depth + 1)
            expr = None if inner is None else f"{{{key}: {inner} for {key}, {item} in {var}.items()}}"
        elif kind in (TypeKind.UNION, TypeKind.EXPANDABLE):
            expr = self._union_parse(t, var)
        if expr is not None and t.nullable and depth > 0:
            expr = f"(None if {var} is None else {expr})"
        return expr

    def _union_plan(self, t: TypeRef) -> tuple[str, list[tuple[str | None, str]]]:
        """How to tell a union's object variants apart: ("by_property", [(value, schema id)]),
        ("single", [(None, id)]) or ("raw", [])."""
        objects = [v for v in t.variants if v.kind is TypeKind.OBJECT and v.ref]
        if not objects:
            return "raw", []
        if t.discriminator is not None:
            return "by_property", [(value, ref) for value, ref in t.discriminator.mapping]
        if len(objects) == 1:
            return "single", [(None, str(objects[0].ref))]
        deleted = [v for v in objects if self.api.schema(str(v.ref)).deleted]
        live = [v for v in objects if not self.api.schema(str(v.ref)).deleted]
        if len(live) == 1 and len(deleted) == 1:
            return "deleted_or_live", [("deleted", str(deleted[0].ref)), (None, str(live[0].ref))]
        # Stripe: live objects differ by `object`; a deleted one shares its live twin's value
        # and says `deleted: true`.
        cases = [(self.api.schema(str(v.ref)).object_name, str(v.ref)) for v in objects]
        for group in (live, deleted):
            values = [self.api.schema(str(v.ref)).object_name for v in group]
            if not all(values) or len(set(values)) != len(values):
                return "raw", []
        return "by_property", cases

    def _union_parse(self, t: TypeRef, var: str) -> str | None:
        if t.kind is TypeKind.EXPANDABLE:
            objects = [v for v in t.variants if v.kind is TypeKind.OBJECT and v.ref]
            if len(objects) == 1:
                return f"{var} if isinstance({var}, str) else {self.runtime_ref(str(objects[0].ref))}.from_dict({var})"
            t = TypeRef(TypeKind.UNION, variants=t.variants, discriminator=_object_discriminator(self.api, objects))
        plan, cases = self._union_plan(_flattened(t))
        if plan == "raw":
            return None
        if plan == "single":
            cls = self.runtime_ref(str(cases[0][1]))
            return f"{cls}.from_dict({var}) if isinstance({var}, dict) else {var}"
        return f"{self._helper(t, plan, cases)}({var})"

    def _helper(self, t: TypeRef, plan: str, cases: list[tuple[str | None, str]]) -> str:
        key = repr((plan, cases))
        helper = self.helpers.get(key)
        if helper is None:
            self.typing.add("Any")
            lines = ["if not isinstance(value, dict):", "    return value"]
            if plan == "deleted_or_live":
                lines += [
                    'if value.get("deleted") is True:',
                    f"    return {self.runtime_ref(str(cases[0][1]))}.from_dict(value)",
                    f"return {self.runtime_ref(str(cases[1][1]))}.from_dict(value)",
                ]
            else:
                prop = t.discriminator.property if t.discriminator else "object"
                deleted = [ref for _, ref in cases if self.api.schema(ref).deleted]
                for ref in deleted:
                    lines += [
                        f'if value.get("deleted") is True and value.get({py_str(prop)}) == '
                        f"{py_str(str(self.api.schema(ref).object_name or ''))}:",
                        f"    return {self.runtime_ref(ref)}.from_dict(value)",
                    ]
                live = [(value, ref) for value, ref in cases if ref not in deleted]
                if live:
                    lines.append(f"kind = value.get({py_str(prop)})")
                for value, ref in live:
                    lines.append(f"if kind == {py_str(str(value))}:")
                    lines.append(f"    return {self.runtime_ref(ref)}.from_dict(value)")
                lines.append("return value")
            names = sorted({self.annotation(TypeRef(TypeKind.OBJECT, ref=ref)) for _, ref in cases})
            name = f"_parse_union_{len(self.helpers) + 1}"
            helper = ParseHelper(name, " | ".join([*names, "Any"]), tuple(lines))
            self.helpers[key] = helper
        return helper.name


def _flattened(t: TypeRef) -> TypeRef:
    """A union whose variants hold unions of their own (Stripe's `anyOf: [anyOf: [card, ...],
    anyOf: [deleted_card, ...]]`) as one union of every variant."""
    if not any(v.kind is TypeKind.UNION for v in t.variants):
        return t
    variants: list[TypeRef] = []
    for variant in t.variants:
        variants.extend(_flattened(variant).variants if variant.kind is TypeKind.UNION else (variant,))
    return replace(t, variants=tuple(variants))


def _items(t: TypeRef) -> TypeRef:
    return t.items if t.items is not None else TypeRef(TypeKind.ANY)


def _object_discriminator(api: Api, objects: list[TypeRef]) -> Discriminator | None:
    pairs = [(api.schema(str(v.ref)).object_name, str(v.ref)) for v in objects]
    values = [value for value, _ in pairs]
    if all(values) and len(set(values)) == len(values):
        return Discriminator("object", tuple((str(value), ref) for value, ref in pairs))
    return None


@dataclass(slots=True)
class ParamTypes(_Annotations):
    """Annotations of request params (TypedDict fields) for one params module: closed enums."""

    imports: dict[str, set[str]] = field(default_factory=dict)  # params module -> TypedDict names
    components: set[str] = field(default_factory=set)  # non-params schemas typed as TypedDicts
    files: bool = False  # a param is a file to upload (`FileInput`)

    def _annotation(self, t: TypeRef) -> str:
        if t.kind is TypeKind.STRING and t.format == "binary":
            self.files = True
            return "FileInput"
        return _Annotations._annotation(self, t)  # (slots dataclass: no zero-argument super)

    def _enum(self, t: TypeRef) -> str:
        return self._literal(t, open_=False)

    def _object(self, schema_id: str) -> str:
        return self.typed_dict(schema_id)

    def typed_dict(self, schema_id: str) -> str:
        schema = self.api.schema(schema_id)
        if schema.origin is SchemaOrigin.PARAMS and schema_id in self.names.params:
            module, name = self.names.params[schema_id]
        else:
            module, name = self.names.component_params(schema_id)
            self.components.add(schema_id)
        if module != self.module:
            self.imports.setdefault(module, set()).add(name)
        return name

    def import_lines(self) -> list[str]:
        runtime = [import_from(".._runtime.encoding", ["FileInput"], 1)] if self.files else []
        return runtime + [
            import_from(f".{module}", import_order(names), 1)
            for module, names in sorted(self.imports.items(), key=lambda item: natural_key(item[0]))
        ]
