"""View models for the Python templates: every string a template prints, precomputed.

Builders here walk the IR once and produce plain dataclasses of finished text
(identifiers, annotations, docstrings, one-line statements). Templates only
place them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from ...surface import (
    DEFAULT_MEDIA,
    Api,
    BodyKind,
    Field,
    Method,
    Returns,
    Schema,
    Sdk,
    ServiceNode,
    TypeKind,
    TypeRef,
)
from ...surface.methods import STREAM_PARAM
from .auth import security_tuple
from .error_models import table_items
from .formatting import LINE_LENGTH as WIDTH
from .layout import INDENT, annotated, bracket, fits, import_from, split_brackets, tuple_display, wrapped_call
from .names import ClassName, PythonNames
from .types import ModuleTypes, ParamTypes, ParseHelper
from .words import (
    ANNOTATION_BUILTINS,
    docstring,
    import_order,
    is_python_identifier,
    natural_key,
    py_str,
    qualify_builtins,
)

#: Response fields whose values are never shown in `repr` (the seeds: "should not be logged").
SECRET_FIELDS = frozenset(
    {"client_secret", "secret", "password", "api_key", "secret_key", "token", "access_token", "refresh_token"}
)
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
    uses_resources: bool  # a class inherits resource methods from `_resources`
    uses_builtins: bool  # some annotation is written `builtins.<name>` (`qualify_builtins`)
    classes: tuple[ModelView, ...]
    helpers: tuple[ParseHelper, ...]


def _mixin(mixins: Mapping[str, str], schema_id: str) -> list[str]:
    return [f"_resources.{mixins[schema_id]}"] if schema_id in mixins else []


def model_groups(api: Api, names: PythonNames) -> list[tuple[str, list[Schema]]]:
    """(module under `models/`, the schemas whose classes it holds), by module."""
    by_module: dict[str, list[Schema]] = defaultdict(list)
    for schema in api.schemas.values():
        if schema.id in names.models:
            by_module[names.model(schema.id).module].append(schema)
    return sorted(by_module.items())


def model_module(
    api: Api, names: PythonNames, module: str, schemas: list[Schema], mixins: Mapping[str, str] | None = None
) -> ModelModuleView:
    """`mixins`: schema id -> the `_resources` class of its resource methods (a class's first base)."""
    mixins = mixins or {}
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
        # Annotations are read in the class body, where a field called `str` hides the builtin.
        hidden = frozenset(attrs) & ANNOTATION_BUILTINS
        fields = tuple(_field_view(types, f, depth, attr, hidden) for f, attr in zip(shown, attrs, strict=True))
        slots = [py_str(attr) for attr in sorted(f.attr for f in fields)]
        secret = [py_str(attr) for f, attr in zip(shown, attrs, strict=True) if is_secret(f.name)]
        return ModelView(
            name=name.name,
            qualname=name.qualname,
            head=bracket(f"class {name.name}(", [*_mixin(mixins, schema.id), "Model"], "):", depth - 1),
            doc=docstring(schema.description or schema.title or f"The `{schema.path[-1]}` object.", 4, _width(depth)),
            fields=fields,
            slots=tuple_display(slots, "__slots__ = (", depth),
            secret=_secret_fields(secret, hidden, depth),
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
        uses_resources=any(schema.id in mixins for schema in tops),
        uses_builtins=any(_qualifies(cls) for cls in classes),
        classes=classes,
        helpers=tuple(types.helpers.values()),
    )


def _secret_fields(secret: list[str], hidden: frozenset[str], depth: int) -> str:
    """The `_secret_fields` declaration of a class whose fields `secret` are kept out of its repr."""
    if not secret:
        return ""
    head = f"_secret_fields: ClassVar[frozenset[{qualify_builtins('str', hidden)}]] = frozenset({{"
    return bracket(head, sorted(secret), "})", depth)


def _qualifies(cls: ModelView) -> bool:
    """Some annotation of `cls` (or of a class nested in it) is written `builtins.<name>`."""
    written = [f.annotation for f in cls.fields] + [cls.secret]
    return any(re.search(r"[\s\[(|]builtins\.", text) for text in written) or any(map(_qualifies, cls.nested))


def _has_secret(cls: ModelView) -> bool:
    return bool(cls.secret) or any(_has_secret(child) for child in cls.nested)


def _field_view(types: ModuleTypes, f: Field, depth: int, attr: str, hidden: frozenset[str]) -> FieldView:
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
        annotation=annotated(
            f"{attr}: ", qualify_builtins(types.annotation(f.type, optional=not f.required), hidden), depth
        ),
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
            doc = f"Parameters of `{names.call_path(resource.id)}.{names.method(op)}()`."
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
    uses_builtins: bool
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
    sdk: Sdk,
    names: PythonNames,
    module: str,
    ids: list[str],
    validators: dict[str, tuple[str, str]] | None = None,
    response_validators: dict[str, tuple[str, str]] | None = None,
) -> ServiceModuleView:
    """The service classes of the services `ids` (module `services/<module>.py`); `validators` check
    params, `response_validators` responses (operation id -> (module, function) in the package).
    A method passes its own security and error models only when they are not the client's."""
    types = ModuleTypes(sdk.api, names, "")
    module_view = _ServiceModule(sdk, names, types, validators or {}, response_validators or {})
    services = tuple(module_view.service(sdk.node(service_id)) for service_id in sorted(ids))
    return module_view.finish(module, services)


@dataclass
class _ServiceModule:
    """What one service module's methods need, and what they ask it to import."""

    sdk: Sdk
    names: PythonNames
    types: ModuleTypes
    validators: dict[str, tuple[str, str]]
    response_validators: dict[str, tuple[str, str]]
    params_imports: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    pages: set[str] = field(default_factory=set)
    streams: bool = False
    paged: bool = False
    quotes: bool = False
    uses_builtins: bool = False  # some annotation is written `builtins.<name>` (`qualify_builtins`)

    def service(self, node: ServiceNode) -> ServiceView:
        methods: list[MethodView] = []
        for method in node.methods:
            validator = self.validators.get(method.id)
            methods.append(_method(self, method, validator, self.response_validators.get(method.id)))
            self._note(method, methods[-1])
            if method.streams_on_request:  # also `<name>_stream()`: the same call, answered as events
                methods.append(_method(self, method, validator, None, streaming=True))
        names = self.names
        classes = {child: names.service_class(child) for child in node.children}
        children = tuple(
            ChildView(names.child_attr(node.id, child), cls, "Async" + cls) for child, cls in classes.items()
        )
        title = f"Operations on `{node.id}`."
        return ServiceView(
            name=names.service_class(node.id),
            async_name="Async" + names.service_class(node.id),
            doc=docstring(f"{title}\n\n{node.description}" if node.description else title, 4),
            children=children,
            methods=tuple(methods),
        )

    def _note(self, method: Method, view: MethodView) -> None:
        """What `method` (its view `view`) asks the module to import."""
        self.streams = self.streams or method.stream_event is not None
        self.paged = self.paged or method.returns is Returns.AUTO_PAGE
        self.quotes = self.quotes or bool(method.path_params)
        if view.params_type:
            self.params_imports[self.names.op_params(method.operation)[0]].add(view.params_type)
        if method.returns in (Returns.LIST_PAGE, Returns.SEARCH_PAGE):
            self.pages.add("SearchPage" if method.returns is Returns.SEARCH_PAGE else "Page")

    def finish(self, module: str, services: tuple[ServiceView, ...]) -> ServiceModuleView:
        types, params_imports = self.types, self.params_imports
        moves = any(method.moves for service in services for method in service.methods)
        typing = (
            types.typing
            | ({"TYPE_CHECKING"} if types.type_imports or params_imports else set())
            | ({"Unpack"} if params_imports else set())
            | ({"Any"} if moves else set())
        )
        return ServiceModuleView(
            module=module,
            typing=tuple(import_order(typing)),
            model_imports=tuple(types.import_lines("..models.")),
            params_imports=tuple(
                import_from(f"..params.{m}", import_order(n), 1)
                for m, n in sorted(params_imports.items(), key=lambda item: natural_key(item[0]))
            ),
            uses_models=types.uses_models,
            uses_quote=self.quotes,
            uses_builtins=self.uses_builtins,
            uses_children=any(service.children for service in services),
            pages=tuple(import_order(self.pages | {f"Async{page}" for page in self.pages})),
            streams=self.streams,
            paged=self.paged,
            services=services,
            helpers=tuple(types.helpers.values()),
        )


def _method(
    module: _ServiceModule,
    method: Method,
    validator: tuple[str, str] | None,
    response_validator: tuple[str, str] | None,
    streaming: bool = False,
) -> MethodView:
    """The method calling `method`; `streaming`: its `<name>_stream` twin, asking for events (`stream: true`)."""
    names, op = module.names, method.operation
    args = names.path_args(op)
    call, result, item_parser, returns = _result(module.types, method, streaming)
    name = names.method(op) + ("_stream" if streaming else "")
    params_type = names.op_params(op)[1] if method.params else None
    # Positional-only, so a param called `self` (or like a path arg) is just another keyword.
    arguments = ["self", *(f"{arg}: str" for arg in args), "/"]
    if params_type:
        arguments.append(f"**params: Unpack[{params_type}]")
    async_returns = re.sub(r"\b(Page|SearchPage|Stream|AutoPage)\[", r"Async\1[", returns, count=1)
    # Annotations are read in the class body, where a method called `list` hides the builtin.
    hidden = frozenset(names.members[method.resource_id].values()) & ANNOTATION_BUILTINS
    if hidden:
        written = (arguments, returns, async_returns)
        arguments = [qualify_builtins(argument, hidden) for argument in arguments]
        returns, async_returns = qualify_builtins(returns, hidden), qualify_builtins(async_returns, hidden)
        module.uses_builtins = module.uses_builtins or written != (arguments, returns, async_returns)
    moves = _moves(method, names.param_keys(op))
    path_stmt, path_expr = _path(method, args, moves)
    call_args = _call_arguments(module, method, call, path_expr, item_parser, moves, params_type, streaming)
    checked = response_validator if call in ("request", "request_page", "request_search_page") else None
    target = {"request": "raw = ", "request_raw": "raw: bytes = ", "request_none": ""}.get(
        call, "page = " if checked else "return "
    )
    result = f"return {result}" if call in ("request", "request_raw") else "return page" if checked else ""
    result = _fit_call(result, 2) if result else result
    call = "request" if call in ("request_raw", "request_none") else call
    return MethodView(
        name=name,
        doc=docstring(f"{_method_text(method)}\n\n`{method.http_method} {method.path}`", 8),
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


def _method_text(method: Method) -> str:
    text = method.doc or f"{method.name} on {method.resource_id}."
    return f"Deprecated. {text}" if method.deprecated else text


def _path(method: Method, args: list[str], moves: tuple[str, ...]) -> tuple[str, str]:
    """(`path = ...` when the path is too long to pass inline, else ""; the path expression)."""
    by_wire = dict(zip((p.name for p in method.path_params), args, strict=True))
    parts = [
        f"quote_path_param({by_wire[segment.param.name]})" if segment.param is not None else py_str(segment.text)
        for segment in method.segments
    ]
    if any(statement.startswith("query = ") for statement in moves):
        parts.append("query")
    path_expr = " + ".join(parts)
    if not fits(path_expr + ",", 3):  # too long even as an argument on its own line: name it first
        return _assignment("path", parts, 2), "path"
    return "", path_expr


def _call_arguments(
    module: _ServiceModule,
    method: Method,
    call: str,
    path_expr: str,
    item_parser: str,
    moves: tuple[str, ...],
    params_type: str | None,
    streaming: bool,
) -> list[str]:
    """The arguments of the requestor's call: what to send, how, where, and how to read the answer."""
    payload = "payload" if moves else "params" if params_type else "None"
    if streaming:
        payload = f"{{**{payload}, {py_str(STREAM_PARAM)}: True}}"
    options = "options" if method.header_params else "self._options"
    spec = [_page_spec(method)] if call == "request_paged" else []
    call_args = [py_str(method.http_method.lower()), path_expr, payload, *([item_parser] if item_parser else [])]
    call_args += [*spec, options]
    if call == "request_raw":
        call_args.append("raw=True")
    pages = call.endswith("page")
    body = method.body or BodyKind.FORM
    if body is not BodyKind.FORM and not pages:
        call_args.append(f'body="{body.value}"')
        if method.body_media_type and method.body_media_type != DEFAULT_MEDIA[body]:
            call_args.append(f"media_type={py_str(method.body_media_type)}")
    if method.repeated and not pages:
        call_args.append(tuple_display([py_str(name) for name in method.repeated], "repeated=(", 3))
    if method.error_models is not None:  # (the client's `_error_models()` holds the common table)
        refs = {schema_id: module.types.runtime_ref(schema_id) for _, schema_id in method.error_models}
        call_args.append(bracket("errors={", table_items(method.error_models, refs), "}", 3))
    if method.security is not None:
        call_args.append(f"security={security_tuple(method.security)}")
    if method.own_server:
        call_args.append(f"server={py_str(method.own_server)}")
    return call_args


def _moves(op: Method, keys: tuple[str, ...]) -> tuple[str, ...]:
    """Statements moving params out of the request's `payload`: headers into `options`, and
    query params into a `query` string appended to the path when they would otherwise go to
    the body (an operation sending a body) or share their wire name with another param.

    `keys` are the `**params` keys of `op.params` (query, header, body); a key that is not
    the param's wire name is sent under the wire name."""
    query_keys = keys[: len(op.query_params)]
    header_keys = keys[len(op.query_params) : len(op.query_params) + len(op.header_params)]
    query_renamed = [(k, f.name) for k, f in zip(query_keys, op.query_params, strict=True) if k != f.name]
    header_renamed = [(k, f.name) for k, f in zip(header_keys, op.header_params, strict=True) if k != f.name]
    moves_query = bool(op.query_params) and (op.http_method not in _QUERY_METHODS or bool(query_renamed))
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


def _page_spec(method: Method) -> str:
    """The runtime's `PageSpec(...)` of `method`'s pages."""
    assert method.paging is not None
    paging = method.paging
    arguments = [py_str(paging.style.value), py_str(paging.items)]
    arguments += [
        f"{key}={py_str(value)}"
        for key, value in (("next", paging.next), ("param", paging.param), ("size_param", paging.size_param))
        if value
    ]
    return f"PageSpec({', '.join(arguments)})"


def _result(types: ModuleTypes, method: Method, streaming: bool = False) -> tuple[str, str, str, str]:
    """(requestor call, result expression, item parser, return annotation)."""
    returns, item = method.returns, method.page_item
    if returns is Returns.AUTO_PAGE and item is not None and not streaming:
        return "request_paged", "", _callable_parser(types, item), f"AutoPage[{types.annotation(item)}]"
    if streaming or (method.response is None and method.stream_event is not None):
        event = method.stream_event if method.stream_event is not None else TypeRef(TypeKind.ANY)
        return "request_stream", "", _callable_parser(types, event), f"Stream[{types.annotation(event)}]"
    if returns in (Returns.LIST_PAGE, Returns.SEARCH_PAGE) and item is not None:
        search = returns is Returns.SEARCH_PAGE
        page, call = ("SearchPage", "request_search_page") if search else ("Page", "request_page")
        return call, "", _callable_parser(types, item), f"{page}[{types.annotation(item)}]"
    if method.response is None:
        # No JSON body: the raw bytes of a file (a PDF...), or nothing at all.
        raw = method.operation.response_media_type
        return ("request_raw", "raw", "", "bytes") if raw else ("request_none", "", "", "None")
    expr = types.parse(method.response, "raw")
    annotation = types.annotation(method.response)
    if expr is None and annotation != "Any":
        types.typing.add("cast")  # JSON the spec describes, returned as the type it declares
        expr = f"cast({py_str(annotation)}, raw)"
    return "request", expr or "raw", "", annotation


def return_annotation(sdk: Sdk, names: PythonNames, method: Method) -> str:
    """What the client's (sync) method returns, as its signature says: `Page[Customer]`."""
    return method_returns(ModuleTypes(sdk.api, names, ""), method)


def method_returns(types: ModuleTypes, method: Method) -> str:
    """The annotation of what the sync method of `method` returns (`Customer`, `Page[Customer]`)."""
    return _result(types, method)[3]


def _callable_parser(types: ModuleTypes, t: TypeRef) -> str:
    if t.kind is TypeKind.OBJECT and not t.nullable:
        return f"{types.runtime_ref(str(t.ref))}.from_dict"
    expr = types.parse(t, "item")
    return f"lambda item: {expr}" if expr else "lambda item: item"


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
