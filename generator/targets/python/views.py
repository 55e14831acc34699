"""View models for the Python templates: every string a template prints, precomputed.

Builders here walk the IR once and produce plain dataclasses of finished text
(identifiers, annotations, docstrings, one-line statements). Templates only
place them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from ...ir.model import Api, BodyEncoding, Field, Operation, Pagination, Resource, Schema, TypeKind, TypeRef
from ...ir.naming import is_python_identifier
from ...surface import url_order
from .auth import method_security
from .error_models import ErrorTable, error_table, table_items
from .formatting import LINE_LENGTH as WIDTH
from .layout import INDENT, annotated, bracket, fits, import_from, split_brackets, tuple_display, wrapped_call
from .literals import docstring, import_order, natural_key, py_str
from .names import ClassName, PythonNames
from .types import ModuleTypes, ParamTypes, ParseHelper

#: Response fields whose values are never shown in `repr` (the seeds: "should not be logged").
SECRET_FIELDS = frozenset(
    {"client_secret", "secret", "password", "api_key", "secret_key", "token", "access_token", "refresh_token"}
)
_PATH_PARAM = re.compile(r"\{([^{}]+)\}")
#: Methods whose params the requestor sends in the query string (others: in the body).
_QUERY_METHODS = frozenset({"GET", "DELETE", "HEAD"})


def is_secret(name: str) -> bool:
    return name in SECRET_FIELDS or name.endswith(("_secret", "_password", "_token"))


# -- models ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldView:
    attr: str
    annotation: str
    doc: str
    parse: tuple[str, ...]  # statements of `from_dict` filling this field


@dataclass(frozen=True, slots=True)
class ModelView:
    name: str
    qualname: str
    doc: str
    fields: tuple[FieldView, ...]
    head: str  # the `class X(Model):` line, laid out
    slots: str  # the `__slots__ = (...)` statement, laid out
    secret: str  # the `_secret_fields` statement, or ""
    nested: tuple[ModelView, ...]


@dataclass(frozen=True, slots=True)
class ModelModuleView:
    module: str
    typing: tuple[str, ...]
    type_imports: tuple[str, ...]
    uses_models: bool
    classes: tuple[ModelView, ...]
    helpers: tuple[ParseHelper, ...]


def model_groups(api: Api, names: PythonNames) -> list[tuple[str, list[Schema]]]:
    """(module under `models/`, the schemas whose classes it holds), by module."""
    by_module: dict[str, list[Schema]] = defaultdict(list)
    for schema in api.schemas.values():
        if schema.id in names.models:
            by_module[names.model(schema.id).module].append(schema)
    return sorted(by_module.items())


def model_module(api: Api, names: PythonNames, module: str, schemas: list[Schema]) -> ModelModuleView:
    types = ModuleTypes(api, names, module)
    class_names = {s.id: names.model(s.id) for s in schemas}
    types.local_names = {c.name for c in class_names.values() if "." in c.qualname}
    children: dict[str, list[Schema]] = defaultdict(list)
    tops: list[Schema] = []
    for schema in sorted(schemas, key=lambda s: class_names[s.id].qualname):
        qualname = class_names[schema.id].qualname
        if "." in qualname:
            parent = qualname.rsplit(".", 1)[0]
            children[parent].append(schema)
        else:
            tops.append(schema)

    def build(schema: Schema) -> ModelView:
        name: ClassName = class_names[schema.id]
        depth = name.qualname.count(".") + 1  # indentation of the class body
        nested = tuple(build(child) for child in children.get(name.qualname, ()))
        shown = schema.response_fields  # (a `writeOnly` property never comes back)
        attrs = PythonNames.field_attrs(shown)  # `a-b` and `a_b` stay apart
        fields = tuple(_field_view(types, f, depth, attr) for f, attr in zip(shown, attrs, strict=True))
        slots = [py_str(attr) for attr in sorted(f.attr for f in fields)]
        secret = [py_str(attr) for f, attr in zip(shown, attrs, strict=True) if is_secret(f.name)]
        return ModelView(
            name=name.name,
            qualname=name.qualname,
            head=bracket(f"class {name.name}(", ["Model"], "):", depth - 1),
            doc=docstring(schema.description or schema.title or f"The `{schema.path[-1]}` object.", 4, _width(depth)),
            fields=fields,
            slots=tuple_display(slots, "__slots__ = (", depth),
            secret=(
                bracket("_secret_fields: ClassVar[frozenset[str]] = frozenset({", sorted(secret), "})", depth)
                if secret
                else ""
            ),
            nested=nested,
        )

    classes = tuple(build(schema) for schema in tops)
    typing = types.typing | {"Any", "Self"} | ({"TYPE_CHECKING"} if types.type_imports else set())
    if any(_has_secret(cls) for cls in classes):
        typing.add("ClassVar")
    return ModelModuleView(
        module=module,
        typing=tuple(import_order(typing)),
        type_imports=tuple(types.import_lines()),
        uses_models=types.uses_models,
        classes=classes,
        helpers=tuple(types.helpers.values()),
    )


def _has_secret(cls: ModelView) -> bool:
    return bool(cls.secret) or any(_has_secret(child) for child in cls.nested)


def _field_view(types: ModuleTypes, f: Field, depth: int, attr: str) -> FieldView:
    """A field's annotation, docstring and the `from_dict` statements filling it.

    `depth` is the indentation of the class body; `from_dict`'s body is one deeper.
    Statements are kept within the line width by choosing a longer but shorter-lined
    form rather than leaving long lines to black.
    """
    wire = py_str(f.name)
    body = depth + 1
    target = f"self.{attr} = "
    required = f.required and not f.type.nullable
    parse: tuple[str, ...]
    if f.type.kind is TypeKind.EXPANDABLE and len(_object_refs(f.type)) == 1:
        cls = types.runtime_ref(_object_refs(f.type)[0])
        parse = (
            f"value = data.get({wire})",
            "if value is not None and not isinstance(value, str):",
            f"    value = {cls}.from_dict(value)",
            f"{target}value",
        )
    elif (expr := types.parse(f.type, "value")) is None:
        parse = (f"{target}data.get({wire})",)
    else:
        # A required field the server left out is None here, not a KeyError: the model holds
        # what was sent (`strict=True` reports the missing field).
        fetch = f"value = data.get({wire})"
        if not required and fits(f"{target}None if value is None else ({expr})", body):
            parse = (fetch, f"{target}None if value is None else {_parenthesized(expr)}")
        else:
            parse = (fetch, "if value is not None:", f"    value = {expr}", f"{target}value")
    parse = tuple(_fit_call(statement, body + (1 if statement.startswith("    ") else 0)) for statement in parse)
    description = f.description
    if f.deprecated:
        description = f"Deprecated. {description}"
    return FieldView(
        attr=attr,
        annotation=annotated(f"{attr}: ", types.annotation(f.type, optional=not f.required), depth),
        doc=docstring(description or f"The `{f.name}` field.", 4, _width(depth)),
        parse=parse,
    )


def _fit_call(statement: str, indent: int) -> str:
    """A statement ending in a one-argument call (or a list comprehension), split as black would when too long."""
    if fits(statement.lstrip(), indent):  # (`indent` counts the statement's own leading spaces)
        return statement
    lead = statement[: len(statement) - len(statement.lstrip())]
    body = statement.strip()
    if body.endswith("]"):
        text = split_brackets(body, indent)
    elif not body.endswith(")") or body.count("(") != 1:
        return statement
    else:
        head, _, rest = body.partition("(")
        text = wrapped_call(body, indent) if not fits(f"{head}(", indent) else None
        text = text or bracket(f"{head}(", [rest[:-1]], ")", indent)
    if text is None:
        return statement
    return "\n".join(lead + line for line in text.split("\n"))


def _width(depth: int) -> int:
    """Line width left for a docstring whose continuation lines the templates indent again."""
    return WIDTH - len(INDENT) * (depth - 1)


def _object_refs(t: TypeRef) -> list[str]:
    return [str(v.ref) for v in t.variants if v.kind is TypeKind.OBJECT and v.ref]


def _parenthesized(expr: str) -> str:
    return f"({expr})" if " if " in expr else expr


# -- params ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KeyView:
    key: str  # the wire name, as a string literal
    attr: str  # the key as a bare identifier (class syntax) or "" when impossible
    annotation: str  # the whole `attr: type` statement, laid out (class syntax)
    type: str  # the type alone (functional syntax)
    doc: str


@dataclass(frozen=True, slots=True)
class TypedDictView:
    name: str
    doc: str
    keys: tuple[KeyView, ...]

    @property
    def head(self) -> str:
        return bracket(f"class {self.name}(", ["TypedDict"], "):", 0)

    @property
    def functional(self) -> bool:
        """Keys that are not identifiers (`from`, `my-key`) need `TypedDict("X", {...})`."""
        return any(not key.attr for key in self.keys)


@dataclass(frozen=True, slots=True)
class ParamsModuleView:
    module: str
    typing: tuple[str, ...]
    imports: tuple[str, ...]
    dicts: tuple[TypedDictView, ...]


#: (TypedDict name, docstring, fields, the key of each field).
_ParamsEntry = tuple[str, str, tuple[Field, ...], tuple[str, ...]]


def params_modules(api: Api, names: PythonNames) -> list[ParamsModuleView]:
    modules: dict[str, list[_ParamsEntry]] = defaultdict(list)
    for resource in api.resources:
        for op in resource.operations:
            module, name = names.op_params(op)
            doc = f"Parameters of `{names.call_path(resource)}.{names.method(op)}()`."
            modules[module].append((name, doc, op.params, names.param_keys(op)))
    for schema_id, (module, name) in names.params.items():
        schema = api.schema(schema_id)
        doc = schema.description or f"The `{schema.path[-1]}` parameter."
        sent = schema.request_fields  # (a `readOnly` property is never sent)
        modules[module].append((name, doc, sent, tuple(f.name for f in sent)))
    views = []
    components: set[str] = set()
    for module, entries in sorted(modules.items()):
        types = ParamTypes(api, names, module)
        dicts = tuple(
            _typed_dict(types, name, doc, fields, keys) for name, doc, fields, keys in sorted(entries, key=_first)
        )
        components |= types.components
        views.append(_params_view(module, types, dicts))
    views.extend(_component_params(api, names, components))
    return views


def _first(entry: _ParamsEntry) -> tuple[str, str]:
    return entry[0], entry[1]


def _component_params(api: Api, names: PythonNames, wanted: set[str]) -> list[ParamsModuleView]:
    """TypedDicts for component schemas used inside request params (and what they use)."""
    if not wanted:
        return []
    module = "_components"
    types = ParamTypes(api, names, module)
    done: set[str] = set()
    dicts = []
    pending = sorted(wanted)
    while pending:
        schema_id = pending.pop()
        if schema_id in done:
            continue
        done.add(schema_id)
        schema = api.schema(schema_id)
        name = names.component_params(schema_id)[1]
        dicts.append(_typed_dict(types, name, schema.description, schema.request_fields))
        pending.extend(sorted(types.components - done))
    return [_params_view(module, types, tuple(sorted(dicts, key=lambda d: d.name)))]


def _params_view(module: str, types: ParamTypes, dicts: tuple[TypedDictView, ...]) -> ParamsModuleView:
    uses_not_required = any("NotRequired[" in key.type for d in dicts for key in d.keys)
    typing = set(types.typing) | ({"NotRequired"} if uses_not_required else set()) | {"TypedDict"}
    if types.imports or types.files:
        typing.add("TYPE_CHECKING")
    return ParamsModuleView(module, tuple(import_order(typing)), tuple(types.import_lines()), dicts)


def _typed_dict(
    types: ParamTypes, name: str, doc: str, fields: tuple[Field, ...], names: tuple[str, ...] | None = None
) -> TypedDictView:
    """`names`: the key of each field (default: its wire name; see `names.param_keys`)."""
    keys = []
    for f, key in zip(fields, names if names is not None else [f.name for f in fields], strict=True):
        annotation = types.annotation(f.type)
        if not f.required:
            annotation = f"NotRequired[{annotation}]"
        description = f.description or f"The `{f.name}` parameter."
        if key != f.name:
            description = f"{description}\n\nSent as `{f.name}` (another param of this call has that name)."
        attr = key if is_python_identifier(key) else ""
        keys.append(
            KeyView(
                key=py_str(key),
                attr=attr,
                annotation=annotated(f"{attr}: ", annotation, 1) if attr else "",
                type=annotation,
                doc=docstring(description, 4),
            )
        )
    return TypedDictView(name, docstring(doc or f"`{name}`.", 4), tuple(keys))


# -- services ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MethodView:
    name: str
    doc: str
    params_type: str | None
    moves: tuple[str, ...]  # statements taking header (and query) params out of `params`, laid out
    validator: str  # the statement importing the function that checks params, or ""
    validator_name: str
    response_validator: str  # the statement importing the function checking the response JSON, or ""
    response_validator_name: str
    result_name: str  # the local holding the response: `raw` (JSON) or `page`
    path_stmt: str  # `path = ...` when the path expression is too long to pass inline, or ""
    signature: tuple[str, str]  # (sync, async) `def` lines, laid out
    call: tuple[str, str]  # (sync, async) statement sending the request, laid out
    result: str  # `return ...` after a plain request, or "" when `call` returns


@dataclass(frozen=True, slots=True)
class ChildView:
    attr: str
    sync_class: str
    async_class: str

    @property
    def sync_return(self) -> str:
        return _child_return(self.sync_class)

    @property
    def async_return(self) -> str:
        return _child_return(self.async_class)


def _child_return(cls: str) -> str:
    return bracket(f"return {cls}(", ["self._requestor", "self._options", "self._validate", "self._strict"], ")", 2)


@dataclass(frozen=True, slots=True)
class ServiceView:
    name: str
    async_name: str
    doc: str
    children: tuple[ChildView, ...]
    methods: tuple[MethodView, ...]


@dataclass(frozen=True, slots=True)
class ServiceModuleView:
    module: str
    typing: tuple[str, ...]
    model_imports: tuple[str, ...]
    params_imports: tuple[str, ...]
    uses_models: bool
    uses_quote: bool
    uses_children: bool
    pages: tuple[str, ...]
    streams: bool  # some method answers server-sent events (imports Stream, AsyncStream)
    paged: bool  # some method answers pages of another style than Stripe's (imports AutoPage...)
    services: tuple[ServiceView, ...]
    helpers: tuple[ParseHelper, ...]


def service_groups(names: PythonNames) -> list[tuple[str, list[str]]]:
    """(module under `services/`, the ids of the resources whose services it holds), by module."""
    groups: dict[str, list[str]] = defaultdict(list)
    for resource_id in names.services:
        groups[names.service_module(resource_id)].append(resource_id)
    return sorted(groups.items())


def service_module(
    api: Api,
    names: PythonNames,
    module: str,
    ids: list[str],
    validators: dict[str, tuple[str, str]] | None = None,
    response_validators: dict[str, tuple[str, str]] | None = None,
    *,
    security: tuple[str, ...] = (),
    errors: ErrorTable = (),
) -> ServiceModuleView:
    """The service classes of the resources `ids` (module `services/<module>.py`); `validators` check
    params, `response_validators` responses (operation id -> (module, function) in the package);
    `security` and `errors` are the client's defaults (a method passes its own only when it differs)."""
    resources = {r.id: r for r in api.resources}
    types = ModuleTypes(api, names, "")
    params_imports: dict[str, set[str]] = defaultdict(set)
    pages: set[str] = set()
    streams = False
    paged = False
    services = []
    for resource_id in sorted(ids):
        resource = resources.get(resource_id)
        methods = []
        for op in resource.operations if resource else ():
            view = _method(
                api,
                names,
                types,
                resource_id,
                op,
                (validators or {}).get(op.id),
                (response_validators or {}).get(op.id),
                security,
                errors=errors,
            )
            methods.append(view)
            if _streams_beside_json(op):  # also `<name>_stream()`: the same call, answered as events
                methods.append(
                    _method(
                        api, names, types, resource_id, op, (validators or {}).get(op.id), None, security, True, errors
                    )
                )
            if op.stream_event is not None:
                streams = True
            if op.paging is not None and op.page_item is not None:
                paged = True
            if view.params_type:
                params_imports[names.op_params(op)[0]].add(view.params_type)
            if op.pagination is not None and op.page_item is not None:
                pages.add("SearchPage" if op.pagination is Pagination.SEARCH else "Page")
        children = tuple(
            ChildView(
                names.child_attr(resource_id, child),
                names.service_class(child),
                "Async" + names.service_class(child),
            )
            for child in sorted(names.services)
            if child.startswith(resource_id + ".") and child.count(".") == resource_id.count(".") + 1
        )
        doc = resource.description if resource and resource.description else ""
        title = f"Operations on `{resource_id}`."
        services.append(
            ServiceView(
                name=names.service_class(resource_id),
                async_name="Async" + names.service_class(resource_id),
                doc=docstring(f"{title}\n\n{doc}" if doc else title, 4),
                children=children,
                methods=tuple(methods),
            )
        )
    return ServiceModuleView(
        module=module,
        typing=tuple(
            import_order(
                types.typing
                | ({"TYPE_CHECKING"} if types.type_imports or params_imports else set())
                | ({"Unpack"} if params_imports else set())
                | ({"Any"} if any(method.moves for service in services for method in service.methods) else set())
            )
        ),
        model_imports=tuple(types.import_lines("..models.")),
        params_imports=tuple(
            import_from(f"..params.{m}", import_order(n), 1)
            for m, n in sorted(params_imports.items(), key=lambda item: natural_key(item[0]))
        ),
        uses_models=types.uses_models,
        uses_quote=any(op.path_params for op in _operations(resources, ids)),
        uses_children=any(service.children for service in services),
        pages=tuple(import_order(pages | {f"Async{page}" for page in pages})),
        streams=streams,
        paged=paged,
        services=tuple(services),
        helpers=tuple(types.helpers.values()),
    )


def _operations(resources: dict[str, Resource], ids: list[str]) -> list[Operation]:
    return [op for resource_id in ids if resource_id in resources for op in resources[resource_id].operations]


def _method(
    api: Api,
    names: PythonNames,
    types: ModuleTypes,
    resource_id: str,
    op: Operation,
    validator: tuple[str, str] | None,
    response_validator: tuple[str, str] | None = None,
    security: tuple[str, ...] = (),
    streaming: bool = False,
    errors: ErrorTable = (),
) -> MethodView:
    """The method calling `op`; `streaming`: its `<name>_stream` twin, asking for events (`stream: true`)."""
    args = names.path_args(op)
    by_wire = dict(zip((p.name for p in url_order(op.path, op.path_params)), args, strict=True))
    parts: list[str] = []
    position = 0
    for match in _PATH_PARAM.finditer(op.path):
        if match.start() > position:
            parts.append(py_str(op.path[position : match.start()]))
        arg = by_wire.get(match.group(1))
        parts.append(f"quote_path_param({arg})" if arg else py_str(match.group(0)))
        position = match.end()
    if position < len(op.path) or not parts:
        parts.append(py_str(op.path[position:]))
    call, result, item_parser, returns = _result(types, op, streaming)
    http = f"{op.http_method.upper()} {op.path}"
    text = op.description or op.summary or f"{op.name} on {resource_id}."
    if op.deprecated:
        text = f"Deprecated. {text}"
    name = names.method(op) + ("_stream" if streaming else "")
    params_type = names.op_params(op)[1] if op.params else None
    # Positional-only, so a param called `self` (or like a path arg) is just another keyword.
    arguments = ["self", *(f"{arg}: str" for arg in args), "/"]
    if params_type:
        arguments.append(f"**params: Unpack[{params_type}]")
    async_returns = re.sub(r"\b(Page|SearchPage|Stream|AutoPage)\[", r"Async\1[", returns, count=1)
    moves = _moves(op, names.param_keys(op))
    payload = "payload" if moves else "params" if params_type else "None"
    if streaming:
        payload = f"{{**{payload}, {py_str(_STREAM_PARAM)}: True}}"
    options = "options" if op.header_params else "self._options"
    if any(statement.startswith("query = ") for statement in moves):
        parts.append("query")
    path_expr = " + ".join(parts)
    path_stmt = ""
    if not fits(path_expr + ",", 3):  # too long even as an argument on its own line: name it first
        path_stmt, path_expr = _assignment("path", parts, 2), "path"
    spec = [_page_spec(op)] if call == "request_paged" else []
    call_args = [py_str(op.http_method), path_expr, payload, *([item_parser] if item_parser else []), *spec, options]
    if call == "request_raw":
        call_args.append("raw=True")
    encoding = _body_encoding(op)
    if encoding != "form" and not call.endswith("page"):
        call_args.append(f'body="{encoding}"')
        if op.body_media_type and op.body_media_type != _DEFAULT_MEDIA.get(encoding, op.body_media_type):
            call_args.append(f"media_type={py_str(op.body_media_type)}")
    repeated = _repeated(op)
    if repeated and not call.endswith("page"):
        call_args.append(tuple_display([py_str(name) for name in repeated], "repeated=(", 3))
    own_errors = error_table(api, op)
    if own_errors != errors:  # (the client's `_error_models()` holds the common table)
        refs = {schema_id: types.runtime_ref(schema_id) for _, schema_id in own_errors}
        call_args.append(bracket("errors={", table_items(own_errors, refs), "}", 3))
    own_security = method_security(api, op, security)
    if own_security is not None:
        call_args.append(f"security={own_security}")
    if op.servers and op.servers != api.servers and "://" in op.servers[0].url:
        call_args.append(f"server={py_str(op.servers[0].url.rstrip('/'))}")
    checked = response_validator if call in ("request", "request_page", "request_search_page") else None
    target = {"request": "raw = ", "request_raw": "raw: bytes = ", "request_none": ""}.get(
        call, "page = " if checked else "return "
    )
    result = f"return {result}" if call in ("request", "request_raw") else "return page" if checked else ""
    result = _fit_call(result, 2) if result else result
    call = "request" if call in ("request_raw", "request_none") else call
    return MethodView(
        name=name,
        doc=docstring(f"{_strip_tags(text)}\n\n`{http}`", 8),
        params_type=params_type,
        moves=moves,
        validator=import_from(f"..{validator[0]}", [validator[1]], 3) if validator else "",
        validator_name=validator[1] if validator else "",
        response_validator=import_from(f"..{checked[0]}", [checked[1]], 3) if checked else "",
        response_validator_name=checked[1] if checked else "",
        result_name="raw" if call == "request" else "page.to_dict()",
        path_stmt=path_stmt,
        signature=(
            bracket(f"def {name}(", arguments, _return_tail(returns), 1),
            bracket(f"async def {name}(", arguments, _return_tail(async_returns), 1),
        ),
        call=(
            bracket(f"{target}self._requestor.{call}(", call_args, ")", 2),
            bracket(f"{target}await self._requestor.{call}(", call_args, ")", 2),
        ),
        result=result,
    )


#: The media type the runtime sends for each body encoding unless told (`media_type=`).
_DEFAULT_MEDIA = {
    "json": "application/json",
    "json_value": "application/json",
    "multipart": "multipart/form-data",
    "binary": "application/octet-stream",
    "text": "text/plain",
}


def _body_encoding(op: Operation) -> str:
    """How the runtime encodes `op`'s body: Stripe's form, the params as a JSON object, the
    `body` param alone as JSON (a request body that is an array, a string...), multipart, or
    the `body` param's bytes or text."""
    if op.body_encoding in (BodyEncoding.MULTIPART, BodyEncoding.BINARY, BodyEncoding.TEXT):
        return str(op.body_encoding.value)
    if op.body_encoding is not BodyEncoding.JSON:
        return "form"
    only = op.body_params[0] if len(op.body_params) == 1 else None
    if only is not None and only.name == "body" and only.type.kind is not TypeKind.OBJECT:
        return "json_value"
    return "json"


def _moves(op: Operation, keys: tuple[str, ...]) -> tuple[str, ...]:
    """Statements moving params out of the request's `payload`: headers into `options`, and
    query params into a `query` string appended to the path when they would otherwise go to
    the body (an operation sending a body) or share their wire name with another param.

    `keys` are the `**params` keys of `op.params` (query, header, body); a key that is not
    the param's wire name is sent under the wire name."""
    query_keys = keys[: len(op.query_params)]
    header_keys = keys[len(op.query_params) : len(op.query_params) + len(op.header_params)]
    query_renamed = [(k, f.name) for k, f in zip(query_keys, op.query_params, strict=True) if k != f.name]
    header_renamed = [(k, f.name) for k, f in zip(header_keys, op.header_params, strict=True) if k != f.name]
    moves_query = bool(op.query_params) and (op.http_method.upper() not in _QUERY_METHODS or bool(query_renamed))
    if not op.header_params and not moves_query:
        return ()
    statements = ["payload: dict[str, Any] = dict(params)"]
    if op.header_params:
        statements.append(_move_call("options = self._options_with_headers(", header_keys, header_renamed))
    if moves_query:
        statements.append(_move_call("query = self._query_string(", query_keys, query_renamed))
    return tuple(statements)


def _move_call(head: str, keys: tuple[str, ...], renamed: list[tuple[str, str]]) -> str:
    """`head` + `payload, (keys...)` (+ `{key: wire name}` of the renamed ones) + `)`."""
    items = [py_str(key) for key in keys]
    arguments = ["payload", f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"]
    if renamed:
        arguments.append("{" + ", ".join(f"{py_str(key)}: {py_str(name)}" for key, name in renamed) + "}")
    return bracket(head, arguments, ")", 2)


def _assignment(name: str, operands: list[str], indent: int) -> str:
    """`name = a + b + c`, wrapped in parentheses when too long, one operand a line if need be."""
    line = f"{name} = {' + '.join(operands)}"
    if fits(line, indent):
        return line
    joined = " + ".join(operands)
    if fits(joined, indent + 1):
        return f"{name} = (\n{INDENT}{joined}\n)"
    body = "\n".join(INDENT + ("+ " if number else "") + operand for number, operand in enumerate(operands))
    return f"{name} = (\n{body}\n)"


def _return_tail(returns: str) -> str:
    """`) -> T:`, or, when that does not fit, `T[X]`'s argument on its own line, as black splits it."""
    tail = f") -> {returns}:"
    if fits(tail, 1):
        return tail
    operands = _top_level_union(returns)
    if len(operands) > 1:  # `) -> (\n    A\n    | B\n):`
        return ") -> (\n" + "\n".join(f"{INDENT}{'| ' if i else ''}{o}" for i, o in enumerate(operands)) + "\n):"
    head, bracket_, rest = returns.partition("[")
    if not bracket_ or not rest.endswith("]") or "[" in rest or "," in rest:
        return tail
    return f") -> {head}[\n{INDENT}{rest[:-1]}\n]:"


def _top_level_union(annotation: str) -> list[str]:
    """The operands of `A | B[C | D] | E` at bracket depth 0: `A`, `B[C | D]`, `E`."""
    operands: list[str] = []
    depth = start = 0
    for index, char in enumerate(annotation):
        if char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
        if depth == 0 and annotation.startswith(" | ", index):
            operands.append(annotation[start:index])
            start = index + 3
    operands.append(annotation[start:])
    return operands


def _repeated(op: Operation) -> tuple[str, ...]:
    """Wire names of `op`'s array params sent as `key=a&key=b` (OpenAPI's default `style: form`,
    `explode: true`, for query params and form bodies) rather than `key[0]=a` (`deepObject`)."""
    form_body = op.body_encoding is BodyEncoding.FORM
    candidates = op.query_params + (op.body_params if form_body else ())
    return tuple(
        param.name
        for param in candidates
        if param.type.kind is TypeKind.ARRAY and param.style in (None, "form") and param.explode is not False
    )


def _page_spec(op: Operation) -> str:
    """The runtime's `PageSpec(...)` of `op`'s pages."""
    assert op.paging is not None
    paging = op.paging
    arguments = [py_str(paging.style.value), py_str(paging.items)]
    arguments += [
        f"{key}={py_str(value)}"
        for key, value in (("next", paging.next), ("param", paging.param), ("size_param", paging.size_param))
        if value
    ]
    return f"PageSpec({', '.join(arguments)})"


#: The body param that asks an operation answering JSON or events for events (OpenAI's).
_STREAM_PARAM = "stream"


def _streams_beside_json(op: Operation) -> bool:
    """`op` answers JSON, or events when asked (a `stream` body param): it gets a `_stream` twin."""
    return (
        op.stream_event is not None
        and op.response is not None
        and any(param.name == _STREAM_PARAM for param in op.body_params)
    )


def _result(types: ModuleTypes, op: Operation, streaming: bool = False) -> tuple[str, str, str, str]:
    """(requestor call, result expression, item parser, return annotation)."""
    if op.paging is not None and op.page_item is not None and not streaming:
        item = op.page_item
        return "request_paged", "", _callable_parser(types, item), f"AutoPage[{types.annotation(item)}]"
    if streaming or (op.response is None and op.stream_event is not None):
        event = op.stream_event if op.stream_event is not None else TypeRef(TypeKind.ANY)
        return "request_stream", "", _callable_parser(types, event), f"Stream[{types.annotation(event)}]"
    if op.pagination is not None and op.page_item is not None:
        item = op.page_item
        parser = _callable_parser(types, item)
        page = "SearchPage" if op.pagination is Pagination.SEARCH else "Page"
        call = "request_search_page" if op.pagination is Pagination.SEARCH else "request_page"
        return call, "", parser, f"{page}[{types.annotation(item)}]"
    if op.response is None:
        # No JSON body: the raw bytes of a file (a PDF...), or nothing at all.
        return ("request_raw", "raw", "", "bytes") if op.response_media_type else ("request_none", "", "", "None")
    expr = types.parse(op.response, "raw")
    annotation = types.annotation(op.response)
    if expr is None and annotation != "Any":
        types.typing.add("cast")  # JSON the spec describes, returned as the type it declares
        expr = f"cast({py_str(annotation)}, raw)"
    return "request", expr or "raw", "", annotation


def _callable_parser(types: ModuleTypes, t: TypeRef) -> str:
    if t.kind is TypeKind.OBJECT and not t.nullable:
        return f"{types.runtime_ref(str(t.ref))}.from_dict"
    expr = types.parse(t, "item")
    return f"lambda item: {expr}" if expr else "lambda item: item"


def _strip_tags(text: str) -> str:
    """Stripe's operation descriptions are wrapped in <p>; docstrings want plain text."""
    return re.sub(r"</?p>", "", text)


# -- client and package ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClientServiceView:
    attr: str
    module: str
    sync_class: str
    async_class: str
    doc: str


def client_services(api: Api, names: PythonNames) -> list[ClientServiceView]:
    views = []
    for top in names.top_level_services():
        cls = names.service_class(top)
        views.append(
            ClientServiceView(
                attr=names.client_attr(top),
                module=names.service_module(top),
                sync_class=cls,
                async_class="Async" + cls,
                doc=docstring(f"Operations on `{top}`.", 8),
            )
        )
    return views


def model_exports(api: Api, names: PythonNames) -> list[tuple[str, str]]:
    """(class name, module) of every top-level model class, in import order."""
    return _by_module({(c.top, c.module) for c in names.models.values()})


def params_exports(api: Api, names: PythonNames) -> list[tuple[str, str]]:
    pairs = {(name, module) for module, name in names.operation_params.values()}
    pairs |= {(name, module) for module, name in names.params.values()}
    return _by_module(pairs)


def _by_module(pairs: set[tuple[str, str]]) -> list[tuple[str, str]]:
    return sorted(pairs, key=lambda pair: (natural_key(pair[1]), natural_key(pair[0])))
