"""How a type of the IR reads in TypeScript: `string | Customer`, `Array<PaymentMethod>`,
`"enabled" | "disabled" | (string & {})`.

Request params take closed unions of their enums' values; responses are open (a newer API
may send a value this package does not know). Every type a file names is imported through
its `Imports`, aliased where a namespace of the file would hide it.
"""

from __future__ import annotations

import posixpath

from ...surface import JSON, Api, TypeKind, TypeRef
from .names import TsNames, TsType
from .words import ts_str

_PRIMITIVE = {
    TypeKind.STRING: "string",
    TypeKind.INTEGER: "number",
    TypeKind.NUMBER: "number",
    TypeKind.BOOLEAN: "boolean",
    TypeKind.ANY: "unknown",
}
_MAX_DEPTH = 12  # aliases of aliases: past this depth a type reads as unknown
_SIMPLE = frozenset({"string", "number", "boolean", "unknown", "null"})


class Imports:
    """The `import type` lines of one module: each name it uses from another module, once."""

    def __init__(self, module: str, shadowed: frozenset[str] = frozenset()) -> None:
        self.module = module
        self.shadowed = shadowed
        self.used: dict[tuple[str, str], str] = {}  # (module, name) -> the local name
        self.locals: set[str] = set(shadowed)
        self.runtime: set[str] = set()

    def use(self, found: TsType) -> str:
        """How this module names `found` (`Customer`, `CustomerModel`, `Params.Components`)."""
        if found.module == self.module:
            return found.path
        key = (found.module, found.top)
        local = self.used.get(key)
        if local is None:
            local = found.top
            while local in self.locals:
                local += "Model" if not local.endswith("Model") else "_"
            self.locals.add(local)
            self.used[key] = local
        return ".".join((local, *found.qualname[1:]))

    def lines(self) -> list[str]:
        """`import type { A, B as C } from "./b.js";` lines, sorted by module."""
        by_module: dict[str, list[str]] = {}
        for (module, name), local in self.used.items():
            by_module.setdefault(module, []).append(name if name == local else f"{name} as {local}")
        here = posixpath.dirname(self.module)
        out = []
        if self.runtime:
            out.append(import_line(sorted(self.runtime), relative(here, "runtime/index"), type_only=True))
        for module in sorted(by_module):
            out.append(import_line(sorted(by_module[module]), relative(here, module), type_only=True))
        return out


def import_line(names: list[str], specifier: str, *, type_only: bool = False) -> str:
    """`import { a, b } from "./x.js";`, one name a line when it would pass 120 columns."""
    head = "import type {" if type_only else "import {"
    flat = f"{head} {', '.join(names)} }} from {ts_str(specifier)};"
    if len(flat) <= 120:
        return flat
    return head + "\n" + "".join(f"  {name},\n" for name in names) + f"}} from {ts_str(specifier)};"


def relative(here: str, module: str) -> str:
    """The import specifier of `module` (relative to src/) from a file in folder `here`."""
    found = posixpath.relpath(module, here or ".")
    return (found if found.startswith(".") else "./" + found) + ".js"


class TsTypes:
    """Types as a module names them: response types (`params` False) or request params."""

    def __init__(self, names: TsNames, imports: Imports, params: bool = False) -> None:
        self.names = names
        self.api: Api = names.api
        self.imports = imports
        self.params = params

    def of(self, t: TypeRef, depth: int = 0) -> str:
        """The type's text: its members joined (`string | Customer | null`)."""
        return union(self.members(t, depth))

    def members(self, t: TypeRef, depth: int = 0) -> list[str]:
        found = self._members(t, depth)
        return [*found, "null"] if t.nullable else found

    def _members(self, t: TypeRef, depth: int) -> list[str]:
        kind = t.kind
        if depth > _MAX_DEPTH:
            return ["unknown"]
        if kind is TypeKind.STRING and self.params and t.format == "binary":
            self.imports.runtime.add("FileInput")
            return ["FileInput"]
        if kind in _PRIMITIVE:
            return [_PRIMITIVE[kind]]
        if kind is TypeKind.ENUM:
            return self._enum(str(t.ref))
        if kind in (TypeKind.ARRAY, TypeKind.MAP):
            inner = self.of(t.items, depth + 1) if t.items is not None else "unknown"
            if kind is TypeKind.MAP:
                return [f"Record<string, {inner}>"]
            return [f"{inner}[]" if inner in _SIMPLE or inner.isidentifier() else f"Array<{inner}>"]
        if kind is TypeKind.OBJECT:
            return self._object(str(t.ref), depth)
        if kind in (TypeKind.UNION, TypeKind.EXPANDABLE):
            found = ["string"] if kind is TypeKind.EXPANDABLE else []
            for variant in t.variants:
                found += self.members(variant, depth + 1)
            return found
        return ["unknown"]

    def _enum(self, enum_id: str) -> list[str]:
        enum = self.api.enums.get(enum_id)
        if enum is None:
            return ["string"]
        values = [literal(v.value) for v in enum.values]
        base = _PRIMITIVE.get(enum.base, "string")
        if not values:
            return [base]
        if (not self.params or enum.open) and len(values) > 1:  # (one value: a constant, as `object` is)
            values.append(f"({base} & {{}})" if base in ("string", "number") else base)
        return values

    def _object(self, schema_id: str, depth: int) -> list[str]:
        schema = self.api.schemas.get(schema_id)
        if schema is None:
            return ["Record<string, unknown>"]
        if schema.alias is not None:
            return self.members(schema.alias, depth + 1)
        found = self.names.param_schemas.get(schema_id) or self.names.models.get(schema_id)
        if found is None:
            return ["Record<string, unknown>"]
        return [self.imports.use(found)]


def union(parts: list[str]) -> str:
    """Members joined once each; `unknown` absorbs the others."""
    found = list(dict.fromkeys(parts))
    if not found or "unknown" in found:
        return "unknown"
    return " | ".join(found)


def literal(value: JSON) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return ts_str(str(value))


__all__ = ["Imports", "TsTypes", "import_line", "literal", "relative", "union"]
