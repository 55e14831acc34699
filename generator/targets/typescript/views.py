"""The TypeScript modules' code, as lines of finished text the templates place.

Builders walk the surface and the naming plan once: a model module (`types/*.ts`), a service's
params module (`types/params/*.ts`), a service module (`resources/*.ts`) and the client.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ...surface import DEFAULT_MEDIA, BodyKind, Field, Method, Returns, Schema
from .docs import WIDTH, tsdoc
from .names import ARG_RESERVED, TsNames, TsType
from .types import Imports, TsTypes, import_line, literal, relative, union
from .words import is_identifier, local_name, property_key, ts_str

INDENT = "  "


@dataclass(frozen=True, slots=True)
class ModuleView:
    """One module: its imports and its declarations (each a block of lines)."""

    path: str  # under src/, without `.ts`
    imports: tuple[str, ...]
    blocks: tuple[str, ...]


def _field_lines(types: TsTypes, fields: Iterable[Field], indent: int) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    pad = INDENT * indent
    for f in fields:
        if f.name in seen:
            continue
        seen.add(f.name)
        tags = ("@deprecated",) if f.deprecated else ()
        out += tsdoc(f.description, len(pad), tags)
        optional = "" if f.required else "?"
        out += typed(f"{pad}{property_key(f.name)}{optional}:", types.members(f.type), pad)
    return out


def typed(head: str, members: list[str], pad: str) -> list[str]:
    """`head type;` on one line, or a long union one member a line as prettier lays it out."""
    text = union(members)
    flat = f"{head} {text};"
    found = list(dict.fromkeys(members))
    if len(flat) <= WIDTH or text == "unknown" or len(found) < 2:
        return [flat]
    lines = [head, *(f"{pad}{INDENT}| {member}" for member in found)]
    lines[-1] += ";"
    return lines


def _interface(types: TsTypes, name: str, schema_doc: str, fields: tuple[Field, ...], indent: int = 0) -> list[str]:
    pad = INDENT * indent
    lines = tsdoc(schema_doc, len(pad))
    body = _field_lines(types, fields, indent + 1)
    if not body:
        return [*lines, f"{pad}export type {name} = Record<string, unknown>;"]
    return [*lines, f"{pad}export interface {name} {{", *body, f"{pad}}}"]


# -- models ------------------------------------------------------------------------------------


def model_modules(names: TsNames) -> list[ModuleView]:
    """A module per top-level model, its nested models in its namespace."""
    nested: dict[tuple[str, ...], list[tuple[TsType, Schema]]] = defaultdict(list)
    for schema_id, found in names.models.items():
        if len(found.qualname) > 1:
            nested[found.qualname[:-1]].append((found, names.api.schema(schema_id)))
    out = []
    for schema_id, found in names.models.items():
        if len(found.qualname) > 1:
            continue
        imports = Imports(found.module, names.shadowed(found.module))
        types = TsTypes(names, imports)
        lines = _model(types, found.top, names.api.schema(schema_id))
        lines += _namespace(types, found.qualname, nested, 0)
        out.append(ModuleView(found.module, tuple(imports.lines()), ("\n".join(lines),)))
    return out


def _model(types: TsTypes, name: str, schema: Schema, indent: int = 0) -> list[str]:
    doc = schema.description or schema.title
    pad = INDENT * indent
    if schema.alias is not None:
        return [*tsdoc(doc, len(pad)), *typed(f"{pad}export type {name} =", types.members(schema.alias), pad)]
    if not schema.fields:
        value = types.of(schema.additional) if schema.additional is not None else "unknown"
        return [*tsdoc(doc, len(pad)), f"{pad}export type {name} = Record<string, {value}>;"]
    return _interface(types, name, doc, schema.fields, indent)


# -- params ------------------------------------------------------------------------------------


def params_modules(names: TsNames) -> list[ModuleView]:
    by_module: dict[str, list[Method]] = defaultdict(list)
    for method in names.sdk.methods():
        found = names.params_of(method)
        if found is not None:
            by_module[found.module].append(method)
    nested: dict[tuple[str, ...], list[tuple[TsType, Schema]]] = defaultdict(list)
    for schema_id, found in names.param_schemas.items():
        if len(found.qualname) > 1:
            nested[found.qualname[:-1]].append((found, names.api.schema(schema_id)))
    out = []
    for module, methods in sorted(by_module.items()):
        imports = Imports(module, names.shadowed(module))
        types = TsTypes(names, imports, params=True)
        blocks = []
        for method in methods:
            top = names.params[method.id]
            call = f"client.{names.call_path(method.resource_id)}.{names.method_name(method)}"
            lines = _interface(types, top.top, f"Parameters of `{call}`.", method.params)
            lines += _namespace(types, top.qualname, nested, 0)
            blocks.append("\n".join(lines))
        out.append(ModuleView(module, tuple(imports.lines()), tuple(blocks)))
    return out


def _namespace(
    types: TsTypes, qualname: tuple[str, ...], nested: dict[tuple[str, ...], list[tuple[TsType, Schema]]], indent: int
) -> list[str]:
    children = sorted(nested.get(qualname, ()), key=lambda c: c[0].qualname)
    if not children:
        return []
    pad = INDENT * indent
    lines = ["", f"{pad}export namespace {qualname[-1]} {{"]
    for index, (found, schema) in enumerate(children):
        if index:
            lines.append("")
        if types.params:
            doc = schema.description or f"The `{schema.path[-1]}` parameter."
            lines += _interface(types, found.qualname[-1], doc, schema.fields, indent + 1)
        else:
            lines += _model(types, found.qualname[-1], schema, indent + 1)
        lines += _namespace(types, found.qualname, nested, indent + 1)
    lines.append(f"{pad}}}")
    return lines


# -- services ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ChildView:
    member: str
    cls: str
    module: str  # the import specifier


@dataclass(frozen=True, slots=True)
class ServiceView:
    name: str
    doc: tuple[str, ...]
    imports: tuple[str, ...]
    children: tuple[ChildView, ...]
    methods: tuple[str, ...]  # each method's lines, laid out


def service_view(names: TsNames, service_id: str) -> ServiceView:
    sdk = names.sdk
    found = names.service(service_id)
    node = sdk.node(service_id)
    imports = Imports(found.module)
    here = found.module.rsplit("/", 1)[0]
    children = tuple(
        ChildView(member, names.service(child).name, relative(here, names.service(child).module))
        for child, member in names.members[service_id].items()
        if not child.startswith(("op:", "stream:"))
    )
    runtime = {"Requestor"}
    methods = tuple(
        "\n".join(_method(names, imports, runtime, m, streaming))
        for m in node.methods
        for streaming in ((False, True) if _twin(m) else (False,))
    )
    doc = node.description or f"The `{service_id}` endpoints: `client.{names.call_path(service_id)}`."
    lines = [runtime_import(here, runtime)]
    if "withHeaders" in runtime:
        lines.append(f"import {{ withHeaders }} from {ts_str(relative(here, 'core'))};")
    if any(names.params_of(m) is not None or _checked(names, m) for m in node.methods):
        lines.append(f"import * as validators from {ts_str(relative(here, 'validators'))};")
    lines += imports.lines()
    lines += [f"import {{ {c.cls} }} from {ts_str(c.module)};" for c in children]
    return ServiceView(found.name, tuple(tsdoc(doc)), tuple(lines), children, methods)


def runtime_import(here: str, names: set[str]) -> str:
    """`import { encodePathParam, type APIPromise } from "../runtime/index.js";` (types marked)."""
    found = sorted(names - {"withHeaders"}, key=lambda n: (n not in _VALUES, n))
    if not any(name in _VALUES for name in found):
        return import_line(found, relative(here, "runtime/index"), type_only=True)
    parts = [name if name in _VALUES else f"type {name}" for name in found]
    return import_line(parts, relative(here, "runtime/index"))


_VALUES = frozenset({"encodePathParam"})


def _twin(method: Method) -> bool:
    """The method also answers events when sent `stream: true`: a `<name>Stream` twin asks for them."""
    return (
        method.streams_on_request and method.stream_event is not None and method.body in (BodyKind.JSON, BodyKind.FORM)
    )


def _method(names: TsNames, imports: Imports, runtime: set[str], method: Method, streaming: bool = False) -> list[str]:
    """A method's lines; `streaming`: its twin sending `stream: true` and answering a `Stream` of events."""
    types = TsTypes(names, imports)
    args = names.path_args(method)
    options = "StripeRequestOptions" if names.sdk.stripe else "RequestOptions"
    runtime.add(options)
    signature = [f"{arg}: string" for arg in args]
    params = names.params_of(method)
    if params is not None:
        needed = any(p.required for p in method.params) or (method.body_required and _lone_body(method))
        params_type = imports.use(params)
        signature.append(f"params: {params_type}" + ("" if needed else " = {}"))
    signature.append(f"options?: {options}")
    result, call, extra = _returns(types, runtime, method, streaming)
    route, prelude = _route(method, args, params is not None, runtime)
    if params is not None:  # checked before anything is sent (unless `validateRequests: false`)
        route.append(f"validate: () => validators.{names.validators[method.id]}(params)")
    if _checked(names, method) and not streaming:  # its JSON answer, with `strict: true`
        route.append(f"check: validators.{names.response_validators[method.id]}")
    if streaming:
        route = [_streamed(entry) for entry in route] + ['accept: "text/event-stream"']
    tags = [
        f"@param {arg} - {' '.join((p.description or 'The `' + p.name + '` path parameter.').split())}"
        for p, arg in zip(method.path_params, args, strict=True)
    ]
    doc = method.doc or f"`{method.http_method} {method.path}`"
    if streaming:
        doc = f"{doc}\n\nThe answer as server-sent events (`stream: true`): `for await` over the stream."
    doc_lines = tsdoc(
        doc,
        2,
        (*tags, *(["@deprecated"] if method.deprecated else [])),
    )
    name = names.stream_name(method) if streaming else names.method_name(method)
    head = f"{INDENT}{name}({', '.join(signature)}): {result} {{"
    if len(head) > 120:
        head = f"{INDENT}{name}(\n" + "".join(f"{INDENT * 2}{a},\n" for a in signature) + f"{INDENT}): {result} {{"
    body = [f"{INDENT * 2}{line}" for line in prelude]
    body += _call_lines(call, route, extra)
    return [*doc_lines, head, *body, f"{INDENT}}}"]


def _checked(names: TsNames, method: Method) -> bool:
    """The method's answer is a JSON body read whole (an object, a value, a page) and has a response validator."""
    unread = (Returns.BYTES, Returns.STREAM, Returns.NOTHING)
    return method.id in names.response_validators and method.returns not in unread


def _streamed(entry: str) -> str:
    """A route's body entry asking for events."""
    if entry == "body":
        return "body: { ...body, stream: true }"
    if entry == "body: params":
        return "body: { ...params, stream: true }"
    return entry


def _call_lines(call: str, route: list[str], extra: list[str]) -> list[str]:
    pad = INDENT * 2
    flat_route = "{ " + ", ".join(route) + " }"
    flat = f"{pad}return this.#requestor.{call}({', '.join([flat_route, *extra])});"
    if len(flat) <= 120:
        return [flat]
    lines = [f"{pad}return this.#requestor.{call}(", f"{pad}{INDENT}{{"]
    lines += [f"{pad}{INDENT * 2}{entry}," for entry in route]
    lines.append(f"{pad}{INDENT}}},")
    lines += [f"{pad}{INDENT}{entry}," for entry in extra]
    lines.append(f"{pad});")
    return lines


def _lone_body(method: Method) -> bool:
    return method.body in (BodyKind.JSON_VALUE, BodyKind.BINARY, BodyKind.TEXT)


def _route(method: Method, args: list[str], has_params: bool, runtime: set[str]) -> tuple[list[str], list[str]]:
    """The route literal's entries, and the statements before the call (taking params apart)."""
    entries = [f"method: {ts_str(method.http_method)}", f"path: {_path_expr(method, args, runtime)}"]
    prelude: list[str] = []
    query = [p.name for p in method.query_params]
    headers = [p.name for p in method.header_params]
    body_names = [p.name for p in method.body_params]
    has_body = method.body is not None and bool(body_names)
    if has_params:
        taken = set(ARG_RESERVED) | set(args)
        if not has_body and not headers:
            entries.append("query: params")
        elif has_body and not query and not headers:
            lone = body_names[0]
            member = f".{lone}" if is_identifier(lone) else f"[{ts_str(lone)}]"
            entries.append(f"body: params{member}" if _lone_body(method) else "body: params")
        else:
            picked = [
                (name, _local(name, taken)) for name in (*query, *headers, *(body_names if _lone_body(method) else ()))
            ]
            rest = "body" if has_body and not _lone_body(method) else ""
            parts = [name if name == local else f"{property_key(name)}: {local}" for name, local in picked]
            if rest:
                parts.append(f"...{rest}")
            prelude.append(f"const {{ {', '.join(parts)} }} = params;")
            if query:
                entries.append("query: { " + ", ".join(_entry(n, loc) for n, loc in picked if n in query) + " }")
            if has_body:
                entries.append("body" if not _lone_body(method) else f"body: {dict(picked)[body_names[0]]}")
            if headers:
                values = ", ".join(f"{ts_str(n)}: {loc}" for n, loc in picked if n in headers)
                prelude.append(f"options = withHeaders(options, {{ {values} }});")
                runtime.add("withHeaders")
    return entries + _route_extra(method), prelude


def _local(name: str, taken: set[str]) -> str:
    found = local_name(name, frozenset(taken))
    taken.add(found)
    return found


def _entry(name: str, local: str) -> str:
    return name if name == local else f"{property_key(name)}: {local}"


def _route_extra(method: Method) -> list[str]:
    extra: list[str] = []
    if method.body in (BodyKind.JSON, BodyKind.JSON_VALUE):
        extra.append('encoding: "json"')
    elif method.body in (BodyKind.MULTIPART, BodyKind.BINARY, BodyKind.TEXT):
        extra.append(f"encoding: {ts_str(method.body.value)}")
    raw = method.body in (BodyKind.JSON, BodyKind.JSON_VALUE, BodyKind.BINARY, BodyKind.TEXT)
    if raw and method.body is not None and method.body_media_type not in ("", DEFAULT_MEDIA[method.body]):
        extra.append(f"mediaType: {ts_str(method.body_media_type)}")
    if method.security is not None:
        extra.append("security: [" + ", ".join(ts_str(s) for s in method.security) + "]")
    if method.own_server:
        extra.append(f"server: {ts_str(method.own_server)}")
    if method.repeated:
        extra.append("repeated: [" + ", ".join(ts_str(s) for s in method.repeated) + "]")
    if method.returns is Returns.BYTES:
        extra.append('responseType: "bytes"')
    elif method.returns is Returns.NOTHING:
        extra.append('responseType: "none"')
    elif method.returns is Returns.STREAM:
        extra.append('accept: "text/event-stream"')
    return extra


def _path_expr(method: Method, args: list[str], runtime: set[str]) -> str:
    by_name = {p.name: arg for p, arg in zip(method.path_params, args, strict=True)}
    if not by_name:
        return ts_str(method.path)
    runtime.add("encodePathParam")
    out = []
    for segment in method.segments:
        if segment.param is not None and segment.param.name in by_name:
            out.append("${encodePathParam(" + by_name[segment.param.name] + ")}")
        else:
            out.append(segment.text.replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${"))
    return "`" + "".join(out) + "`"


def _returns(types: TsTypes, runtime: set[str], method: Method, streaming: bool) -> tuple[str, str, list[str]]:
    """(the result type, the requestor's call with its type arguments, the arguments after the route)."""
    returns = Returns.STREAM if streaming else method.returns
    if returns.pages:
        runtime.add("PagePromise")
        item = types.of(method.page_item) if method.page_item is not None else "unknown"
        raw = types.of(method.response) if method.response is not None else "unknown"
        spec = _page_spec(method)
        return f"PagePromise<{item}, {raw}>", f"requestPage<{item}, {raw}>", [spec, "options"]
    runtime.add("APIPromise")
    if returns is Returns.STREAM:
        runtime.add("Stream")
        event = types.of(method.stream_event) if method.stream_event is not None else "unknown"
        return f"APIPromise<Stream<{event}>>", f"requestStream<{event}>", ["options"]
    if returns is Returns.BYTES:
        return "APIPromise<ArrayBuffer>", "request<ArrayBuffer>", ["options"]
    if returns is Returns.NOTHING or method.response is None:
        return "APIPromise<void>", "request<void>", ["options"]
    result = types.of(method.response)
    return f"APIPromise<{result}>", f"request<{result}>", ["options"]


def return_type(names: TsNames, method: Method) -> str:
    """What the client's method returns, as its signature says: `PagePromise<Customer, CustomerList>`."""
    return _returns(TsTypes(names, Imports("")), set(), method, False)[0]


def _page_spec(method: Method) -> str:
    if method.returns is Returns.LIST_PAGE:
        return '{ style: "list" }'
    if method.returns is Returns.SEARCH_PAGE:
        return '{ style: "search" }'
    paging = method.paging
    if paging is None:
        return '{ style: "list" }'
    entries = [f"style: {ts_str(paging.style.value)}", f"items: {ts_str(paging.items)}"]
    for key, value in (("next", paging.next), ("param", paging.param), ("sizeParam", paging.size_param)):
        if value:
            entries.append(f"{key}: {ts_str(value)}")
    return "{ " + ", ".join(entries) + " }"


__all__ = ["ModuleView", "ServiceView", "is_identifier", "literal", "model_modules", "params_modules", "service_view"]
