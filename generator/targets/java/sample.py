"""The docs' Java sample of a call: the params built with their builder, the call, the result.

Names come from the client's own plan (`JavaNames`), so the sample calls exactly the method the
client has; values are Java literals of the example's JSON values (strings escaped).
"""

from __future__ import annotations

from ...surface import JSON, Api, Example, Field, Method, Returns, TypeKind, TypeRef
from ...surface.examples import example
from .. import Job
from .client import client_setup
from .names import JavaNames, accessor, adder_bases, constants, member_bases
from .options import JavaOptions
from .types import JavaTypes
from .words import identifier, java_str

API_KEY_VARIABLE = "API_KEY"
_INDENT = "    "


def java_sample(job: Job, names: JavaNames, method: Method, example: Example) -> str:
    options = job.options_of("java", JavaOptions)
    call = f"client.{names.call_path(method.resource_id)}.{names.method(method.operation)}"
    builders = Builders(job.api, names, options.package)
    args = [builders.literal(value) for _, value in example.path_values]
    params = names.params_class(method.operation)
    lines = [f"import {options.package}.{options.client_class};"]
    body: list[str] = []
    if params is not None:
        lines.append(f"import {options.package}.param.{params.top};")
        built = builders.builder(params.qualname, method.operation.params, dict(_by_name(example.params)), 1)
        body.append(f"{params.qualname} params =\n{_INDENT}{built};")
        args.append("params")
    lines += [f"import {name};" for name in builders.imports]
    result_type = _result_type(job, names, method, options, lines)
    head = f"{result_type} {identifier(example.result or 'result')} = " if result_type and example.result else ""
    body.append(f"{head}{call}({', '.join(args)});")
    setup = client_setup(job.sdk, options.client_class, API_KEY_VARIABLE)
    return "\n".join([*sorted(set(lines)), "", setup, *body])


def readme_sample(job: Job, names: JavaNames) -> str:
    """The README's first call: the spec's first method, with the values the docs send."""
    for method in job.sdk.methods():
        call = example(job.sdk, method)
        result = (
            ""
            if method.returns is Returns.NOTHING
            else str(method.response.ref or "result") if method.response else "result"
        )
        return java_sample(job, names, method, Example(call.path_values, call.params, result))
    options = job.options_of("java", JavaOptions)
    return client_setup(job.sdk, options.client_class, API_KEY_VARIABLE)


def _by_name(params: tuple[tuple[Field, JSON], ...]) -> list[tuple[str, JSON]]:
    return [(f.name, value) for f, value in params]


def _result_type(job: Job, names: JavaNames, method: Method, options: JavaOptions, lines: list[str]) -> str:
    if method.returns is Returns.NOTHING:
        return ""
    if method.returns is Returns.BYTES:
        return "byte[]"
    if method.returns is Returns.STREAM:
        lines.append("import java.io.InputStream;")
        return "InputStream"
    types = JavaTypes(job.api, names, options.package)
    if method.returns.pages:
        item = types.model(method.page_item or TypeRef(TypeKind.ANY)).java
        lines.append(f"import {options.package}.net.Page;")
        java = f"Page<{item}>"
    else:
        java = types.model(method.response or TypeRef(TypeKind.ANY)).java
    if java in ("ApiObject",) or "ApiObject" in java:
        lines.append(f"import {options.package}.net.ApiObject;")
    lines += [f"import {i};" for i in types.imports]
    return java


class Builders:
    """Java expressions for example values: params built with their builders, enums by constant,
    files as `FileUpload`s. `imports` collects what the expressions need."""

    def __init__(self, api: Api, names: JavaNames, package: str) -> None:
        self.api = api
        self.names = names
        self.package = package
        self.imports: set[str] = set()

    def builder(self, qualname: str, fields: tuple[Field, ...], values: dict[str, JSON], depth: int) -> str:
        """`X.builder().setA(...).build()` for the example's values of `fields`."""
        calls = [f"{qualname}.builder()"]
        bases = dict(zip((f.name for f in fields), member_bases(fields), strict=True))
        adders = dict(zip((f.name for f in fields), adder_bases(fields), strict=True))
        for f in fields:
            if f.name in values:
                calls += self._calls(f, (bases[f.name], adders[f.name]), values[f.name], depth)
        calls.append("build()")
        return f"\n{_INDENT * (depth + 1)}.".join(calls)

    def _calls(self, f: Field, bases: tuple[str, str], value: JSON, depth: int) -> list[str]:
        base, adder = bases
        t = _pick(f.type, value)
        if t.kind is TypeKind.ARRAY and isinstance(value, list):
            items = t.items or TypeRef(TypeKind.ANY)
            return [f"{accessor('add', adder)}({self.value(items, item, depth)})" for item in value]
        if t.kind is TypeKind.MAP and isinstance(value, dict):
            items = t.items or TypeRef(TypeKind.ANY)
            return [
                f"{accessor('put', base)}({java_str(str(k))}, {self.value(items, v, depth)})" for k, v in value.items()
            ]
        return [f"{accessor('set', base)}({self.value(t, value, depth)})"]

    def value(self, t: TypeRef, value: JSON, depth: int) -> str:
        """The Java expression of `value` as a param of type `t`."""
        t = _pick(t, value)
        if t.kind is TypeKind.OBJECT and isinstance(value, dict):
            params = self.names.params_of(str(t.ref))
            schema = self.api.schemas.get(str(t.ref))
            if params is not None and schema is not None:
                self.imports.add(f"{self.package}.param.{params.top}")
                return self.builder(params.qualname, schema.request_fields, value, depth + 1)
        if t.kind is TypeKind.ENUM:
            enum = self.api.enums.get(str(t.ref))
            java = self.names.request_enum(str(t.ref))
            if enum is not None and java is not None:
                for name, known in zip(constants(enum), enum.values, strict=True):
                    if known.value == value:
                        self.imports.add(f"{self.package}.param.{java.top}")
                        return f"{java.qualname}.{name}"
            if value == "":
                self.imports.add(f"{self.package}.net.EmptyParam")
                return "EmptyParam.EMPTY"
        if t.kind is TypeKind.STRING and t.format == "binary":
            self.imports |= {f"{self.package}.net.FileUpload", "java.nio.charset.StandardCharsets"}
            text = java_str(str(value if value is not None else ""))
            return f'FileUpload.of("file", "application/octet-stream", {text}.getBytes(StandardCharsets.UTF_8))'
        return self.literal(value, t)

    def literal(self, value: JSON, t: TypeRef | None = None) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, (int, float)) and (
            isinstance(value, float) or (t is not None and t.kind is TypeKind.NUMBER)
        ):
            self.imports.add("java.math.BigDecimal")
            return f'new BigDecimal("{value!r}")'
        if isinstance(value, int):
            return f"{value}L"
        if isinstance(value, dict):
            self.imports.add("java.util.Map")
            entries = ", ".join(f"Map.entry({java_str(str(k))}, {self.literal(v)})" for k, v in value.items())
            return f"Map.ofEntries({entries})"
        if isinstance(value, list):
            self.imports.add("java.util.List")
            return "List.of(" + ", ".join(self.literal(item) for item in value if item is not None) + ")"
        if value is None:
            return "null"
        return java_str(str(value))


def _pick(t: TypeRef, value: JSON) -> TypeRef:
    """The variant of a union that `value` is."""
    if t.kind is not TypeKind.UNION:
        return t
    for variant in t.variants:
        if _fits(variant, value):
            return variant
    return t.variants[0] if t.variants else t


def _fits(variant: TypeRef, value: JSON) -> bool:
    kind = variant.kind
    if isinstance(value, bool):
        return kind is TypeKind.BOOLEAN
    if isinstance(value, list):
        return kind is TypeKind.ARRAY
    if isinstance(value, dict):
        return kind in (TypeKind.OBJECT, TypeKind.MAP)
    if value == "":
        return kind is TypeKind.ENUM
    if isinstance(value, str):
        return kind in (TypeKind.STRING, TypeKind.ENUM)
    return isinstance(value, (int, float)) and kind in (TypeKind.INTEGER, TypeKind.NUMBER)
