"""View models for the Python templates: every string a template prints, precomputed.

Builders here walk the IR once and produce plain dataclasses of finished text
(identifiers, annotations, docstrings, one-line statements). Templates only
place them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from ...model import Api, Field, Operation, Pagination, Schema, TypeKind, TypeRef
from ...naming import is_python_identifier
from .literals import docstring, import_order, natural_key, py_str
from .names import ClassName, PythonNames
from .types import ModuleTypes, ParamTypes, ParseHelper

#: Response fields whose values are never shown in `repr` (the seeds: "should not be logged").
SECRET_FIELDS = frozenset({"client_secret", "secret", "password", "api_key", "secret_key", "access_token"})
_PATH_PARAM = re.compile(r"\{([^{}]+)\}")


def is_secret(name: str) -> bool:
    return name in SECRET_FIELDS or name.endswith(("_secret", "_password"))


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
    slots: tuple[str, ...]
    secret: tuple[str, ...]
    nested: tuple[ModelView, ...]


@dataclass(frozen=True, slots=True)
class ModelModuleView:
    module: str
    typing: tuple[str, ...]
    type_imports: tuple[str, ...]
    uses_models: bool
    classes: tuple[ModelView, ...]
    helpers: tuple[ParseHelper, ...]


def model_modules(api: Api, names: PythonNames) -> list[ModelModuleView]:
    by_module: dict[str, list[Schema]] = defaultdict(list)
    for schema in api.schemas.values():
        if schema.id in names.models:
            by_module[names.model(schema.id).module].append(schema)
    return [_model_module(api, names, module, schemas) for module, schemas in sorted(by_module.items())]


def _model_module(api: Api, names: PythonNames, module: str, schemas: list[Schema]) -> ModelModuleView:
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
        nested = tuple(build(child) for child in children.get(name.qualname, ()))
        fields = tuple(_field_view(types, f) for f in schema.fields)
        return ModelView(
            name=name.name,
            qualname=name.qualname,
            doc=docstring(schema.description or schema.title or f"The `{schema.path[-1]}` object.", 4),
            fields=fields,
            slots=tuple(sorted(f.attr for f in fields)),
            secret=tuple(sorted(PythonNames.field_attr(f.name) for f in schema.fields if is_secret(f.name))),
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


def _field_view(types: ModuleTypes, f: Field) -> FieldView:
    attr = PythonNames.field_attr(f.name)
    wire = py_str(f.name)
    expr = types.parse(f.type, "value")
    if expr is None:
        parse: tuple[str, ...] = (f"self.{attr} = data.get({wire})",)
    else:
        if f.required and not f.type.nullable:
            parse = (f"value = data[{wire}]", f"self.{attr} = {expr}")
        else:
            if " if " in expr:
                expr = f"({expr})"
            parse = (f"value = data.get({wire})", f"self.{attr} = None if value is None else {expr}")
    description = f.description
    if f.deprecated:
        description = f"Deprecated. {description}"
    return FieldView(
        attr=attr,
        annotation=types.annotation(f.type, optional=not f.required),
        doc=docstring(description or f"The `{f.name}` field.", 4),
        parse=parse,
    )


# -- params ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KeyView:
    key: str  # the wire name, as a string literal
    attr: str  # the key as a bare identifier (class syntax) or "" when impossible
    annotation: str
    doc: str


@dataclass(frozen=True, slots=True)
class TypedDictView:
    name: str
    doc: str
    keys: tuple[KeyView, ...]

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


def params_modules(api: Api, names: PythonNames) -> list[ParamsModuleView]:
    modules: dict[str, list[tuple[str, str, tuple[Field, ...]]]] = defaultdict(list)
    for resource in api.resources:
        for op in resource.operations:
            module, name = names.op_params(op)
            doc = f"Parameters of `{names.call_path(resource)}.{names.method(op)}()`."
            modules[module].append((name, doc, op.params))
    for schema_id, (module, name) in names.params.items():
        schema = api.schema(schema_id)
        modules[module].append((name, schema.description or f"The `{schema.path[-1]}` parameter.", schema.fields))
    views = []
    components: set[str] = set()
    for module, entries in sorted(modules.items()):
        types = ParamTypes(api, names, module)
        dicts = tuple(_typed_dict(types, name, doc, fields) for name, doc, fields in sorted(entries))
        components |= types.components
        views.append(_params_view(module, types, dicts))
    views.extend(_component_params(api, names, components))
    return views


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
        dicts.append(_typed_dict(types, name, schema.description, schema.fields))
        pending.extend(sorted(types.components - done))
    return [_params_view(module, types, tuple(sorted(dicts, key=lambda d: d.name)))]


def _params_view(module: str, types: ParamTypes, dicts: tuple[TypedDictView, ...]) -> ParamsModuleView:
    uses_not_required = any(key.annotation.startswith("NotRequired[") for d in dicts for key in d.keys)
    typing = set(types.typing) | ({"NotRequired"} if uses_not_required else set()) | {"TypedDict"}
    if types.imports:
        typing.add("TYPE_CHECKING")
    return ParamsModuleView(module, tuple(import_order(typing)), tuple(types.import_lines()), dicts)


def _typed_dict(types: ParamTypes, name: str, doc: str, fields: tuple[Field, ...]) -> TypedDictView:
    keys = []
    for f in fields:
        annotation = types.annotation(f.type)
        if not f.required:
            annotation = f"NotRequired[{annotation}]"
        description = f.description or f"The `{f.name}` parameter."
        keys.append(
            KeyView(
                key=py_str(f.name),
                attr=f.name if is_python_identifier(f.name) else "",
                annotation=annotation,
                doc=docstring(description, 4),
            )
        )
    return TypedDictView(name, docstring(doc or f"`{name}`.", 4), tuple(keys))


# -- services ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MethodView:
    name: str
    doc: str
    http_method: str
    args: tuple[str, ...]  # positional path arguments, typed
    params_type: str | None
    path_expr: str
    returns: str
    async_returns: str
    call: str  # "request", "request_page" or "request_search_page"
    result: str  # expression of the return value, from `raw` (request) ...
    item_parser: str  # ... or the item parser (pages)
    header_params: tuple[str, ...]
    validator: tuple[str, str] | None  # (module, function) checking params


@dataclass(frozen=True, slots=True)
class ChildView:
    attr: str
    sync_class: str
    async_class: str


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
    services: tuple[ServiceView, ...]
    helpers: tuple[ParseHelper, ...]


def service_modules(
    api: Api, names: PythonNames, validators: dict[str, tuple[str, str]] | None = None
) -> list[ServiceModuleView]:
    resources = {r.id: r for r in api.resources}
    groups: dict[str, list[str]] = defaultdict(list)
    for resource_id in names.services:
        groups[names.service_module(resource_id)].append(resource_id)
    views = []
    for module, ids in sorted(groups.items()):
        types = ModuleTypes(api, names, "")
        params_imports: dict[str, set[str]] = defaultdict(set)
        pages: set[str] = set()
        services = []
        for resource_id in sorted(ids):
            resource = resources.get(resource_id)
            methods = []
            for op in resource.operations if resource else ():
                view = _method(api, names, types, resource_id, op, (validators or {}).get(op.id))
                methods.append(view)
                if view.params_type:
                    params_imports[names.op_params(op)[0]].add(view.params_type)
                if view.call != "request":
                    pages.add("SearchPage" if view.call == "request_search_page" else "Page")
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
        views.append(
            ServiceModuleView(
                module=module,
                typing=tuple(
                    import_order(
                        types.typing
                        | ({"TYPE_CHECKING"} if types.type_imports or params_imports else set())
                        | ({"Unpack"} if params_imports else set())
                        | ({"Any"} if any(mv.header_params for sv in services for mv in sv.methods) else set())
                    )
                ),
                model_imports=tuple(line.replace("from .", "from ..models.", 1) for line in types.import_lines()),
                params_imports=tuple(
                    f"from ..params.{m} import {', '.join(import_order(n))}"
                    for m, n in sorted(params_imports.items(), key=lambda item: natural_key(item[0]))
                ),
                uses_models=types.uses_models,
                uses_quote=any(view.args for service in services for view in service.methods),
                uses_children=any(service.children for service in services),
                pages=tuple(import_order(pages | {f"Async{page}" for page in pages})),
                services=tuple(services),
                helpers=tuple(types.helpers.values()),
            )
        )
    return views


def _method(
    api: Api,
    names: PythonNames,
    types: ModuleTypes,
    resource_id: str,
    op: Operation,
    validator: tuple[str, str] | None,
) -> MethodView:
    args = names.path_args(op)
    by_wire = dict(zip((p.name for p in op.path_params), args, strict=True))
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
    call, result, item_parser, returns = _result(types, op)
    http = f"{op.http_method.upper()} {op.path}"
    text = op.description or op.summary or f"{op.name} on {resource_id}."
    if op.deprecated:
        text = f"Deprecated. {text}"
    return MethodView(
        name=names.method(op),
        doc=docstring(f"{_strip_tags(text)}\n\n`{http}`", 8),
        http_method=op.http_method,
        args=tuple(f"{arg}: str" for arg in args),
        params_type=names.op_params(op)[1] if op.params else None,
        path_expr=" + ".join(parts),
        returns=returns,
        async_returns=re.sub(r"\b(Page|SearchPage)\[", r"Async\1[", returns, count=1),
        call=call,
        result=result,
        item_parser=item_parser,
        header_params=tuple(py_str(p.name) for p in op.header_params),
        validator=validator,
    )


def _result(types: ModuleTypes, op: Operation) -> tuple[str, str, str, str]:
    """(requestor call, result expression, item parser, return annotation)."""
    if op.pagination is not None and op.page_item is not None:
        item = op.page_item
        parser = _callable_parser(types, item)
        page = "SearchPage" if op.pagination is Pagination.SEARCH else "Page"
        call = "request_search_page" if op.pagination is Pagination.SEARCH else "request_page"
        return call, "", parser, f"{page}[{types.annotation(item)}]"
    if op.response is None:
        types.typing.add("Any")
        return "request", "raw", "", "Any" if op.response_media_type else "None"
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
