"""View objects for the Java templates: every name, type and line of Javadoc decided here."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from ...surface import Api, BodyKind, Enum, Field, Method, Operation, Returns, Schema, Sdk, TypeKind, TypeRef
from ...surface.tree import speaks_stripe
from .client import method_auth
from .names import JavaClass, JavaNames, accessor, adder_bases, constants, field_names, member_bases
from .types import JavaTypes, ModelType, Poly
from .words import doc_lines, escape, identifier, java_str

if TYPE_CHECKING:
    from .resources import ResourceStyle

# -- models ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GetterView:
    doc: list[str]
    type: str
    name: str
    expression: str


@dataclass(frozen=True, slots=True)
class FieldView:
    doc: list[str]
    annotations: list[str]
    type: str
    name: str


@dataclass(frozen=True, slots=True)
class OverloadView:
    doc: list[str]
    returns: str
    name: str
    parameters: str
    body: str

    @property
    def signature(self) -> str:
        """`public X name(...) throws ApiException {`, its params on a line of their own past 100 columns."""
        line = f"public {self.returns} {self.name}({self.parameters}) throws ApiException {{"
        if len(line) <= 98:
            return line
        return f"public {self.returns} {self.name}(\n      {self.parameters}) throws ApiException {{"


@dataclass(frozen=True, slots=True)
class ModelSetterView:
    doc: list[str]
    name: str
    parameter: str  # `String clientSecret`
    statement: str  # `this.clientSecret = clientSecret;`


@dataclass(slots=True)
class ModelView:
    name: str
    doc: list[str]
    fields: list[FieldView] = field(default_factory=list)
    getters: list[GetterView] = field(default_factory=list)
    setters: list[ModelSetterView] = field(default_factory=list)
    nested: list[ModelView] = field(default_factory=list)
    methods: list[OverloadView] = field(default_factory=list)  # resource-class methods

    @property
    def equality(self) -> str:
        """`equals`' comparison of every field (`Objects.equals(this.a, that.a) && ...`)."""
        return "\n        && ".join(f"Objects.equals(this.{f.name}, that.{f.name})" for f in self.fields)

    @property
    def hashed(self) -> str:
        return ", ".join(f.name for f in self.fields)


def _field_doc(api: Api, f: Field) -> list[str]:
    """The field's description, then its known values (an open enum's, as the API may add some)."""
    lines = doc_lines(f.description)
    t = f.type.items if f.type.kind is TypeKind.ARRAY and f.type.items is not None else f.type
    enum = api.enums.get(str(t.ref)) if t.kind is TypeKind.ENUM else None
    if enum is not None and enum.values:
        known = ", ".join(
            "{@code " + escape(str(v.value)) + "}" if v.value != "" else '{@code ""}' for v in enum.values
        )
        lead = "One of " if len(enum.values) > 1 else "Equal to "
        lines += (["<p>"] if lines else []) + doc_lines(lead + known + ".", escaped=True)
    return lines


def model_view(
    api: Api, names: JavaNames, types: JavaTypes, schema: Schema, children: dict[str, list[str]]
) -> ModelView:
    java = names.models[schema.id]
    types.scope = java.qualname
    view = ModelView(java.name, doc_lines(schema.description or schema.title))
    shown = schema.response_fields  # (a `writeOnly` property never comes back)
    attrs = field_names(shown)
    bases = member_bases(shown)
    taken: set[str] = set()
    for f, attr, base in zip(shown, attrs, bases, strict=True):
        mtype: ModelType = types.overrides.get((schema.id, f.name)) or types.model(f.type)
        annotations = [f"@SerializedName({java_str(f.name)})"]
        if mtype.poly is not None:
            annotations.append(mtype.poly.annotation())
        doc = _field_doc(api, f)
        view.fields.append(FieldView(doc, annotations, mtype.java, attr))
        getter = _unique(accessor("get", base), taken)
        setter = _unique(accessor("set", base), taken)
        if mtype.expandable_of:
            _expandable_accessors(view, f.name, doc, mtype, attr, (getter, setter), taken)
        else:
            view.getters.append(GetterView(doc, mtype.java, getter, attr))
            view.setters.append(ModelSetterView(doc, setter, f"{mtype.java} {attr}", f"this.{attr} = {attr};"))
    for child in children.get(schema.id, []):
        view.nested.append(model_view(api, names, types, api.schemas[child], children))
    return view


def _expandable_accessors(
    view: ModelView,
    wire: str,
    doc: list[str],
    mtype: ModelType,
    attr: str,
    accessors: tuple[str, str],
    taken: set[str],
) -> None:
    """`getCustomer()`/`setCustomer(String)` (the id), `getCustomerObject()`/`setCustomerObject(...)`."""
    getter, setter = accessors
    id_doc = doc_lines(f"The id of the expandable {wire}. ") + (["<p>", *doc] if doc else [])
    object_doc = doc_lines(f"The expanded {wire}, or null unless the request expanded it.")
    view.getters.append(GetterView(id_doc, "String", getter, f"{attr} == null ? null : {attr}.getId()"))
    view.setters.append(
        ModelSetterView(id_doc, setter, "String id", f"this.{attr} = ExpandableField.withId(id, {attr});")
    )
    expanded = mtype.expandable_of
    view.getters.append(
        GetterView(
            object_doc, expanded, _unique(getter + "Object", taken), f"{attr} == null ? null : {attr}.getExpanded()"
        )
    )
    object_id = "expandableObject.getId()" if mtype.expandable_id else "ExpandableField.idOf(expandableObject)"
    view.setters.append(
        ModelSetterView(
            doc_lines(f"Sets the expanded {wire} (and its id)."),
            _unique(setter + "Object", taken),
            f"{expanded} expandableObject",
            f"this.{attr} =\n        expandableObject == null"
            f" ? null : new ExpandableField<>({object_id}, expandableObject);",
        )
    )


def _unique(name: str, taken: set[str]) -> str:
    candidate, counter = name, 2
    while candidate in taken:
        candidate, counter = f"{name}{counter}", counter + 1
    taken.add(candidate)
    return candidate


ModelFile = tuple[ModelView, list[str]]


def model_files(
    api: Api, names: JavaNames, package: str, style: ResourceStyle | None = None
) -> list[tuple[str, Callable[[], ModelFile]]]:
    """Each file of `model/`: its top class, and how to make its view (run inside a render unit);
    with `style`, resource classes get their methods."""
    children: dict[str, list[str]] = {}
    tops: list[str] = []
    by_qualname = {java.qualname: schema_id for schema_id, java in names.models.items()}
    for schema_id, java in names.models.items():
        if "." in java.qualname:
            children.setdefault(by_qualname[java.qualname.rsplit(".", 1)[0]], []).append(schema_id)
        else:
            tops.append(schema_id)
    return [
        (names.models[schema_id].top, partial(_model_file, api, names, package, schema_id, children, style))
        for schema_id in sorted(tops, key=lambda s: names.models[s].top)
    ]


def _model_file(
    api: Api,
    names: JavaNames,
    package: str,
    schema_id: str,
    children: dict[str, list[str]],
    style: ResourceStyle | None,
) -> ModelFile:
    top = names.models[schema_id].top
    nested = frozenset(j.name for j in names.models.values() if j.top == top and "." in j.qualname)
    types = JavaTypes(api, names, package, shadowed=nested)
    if schema_id == "event" and speaks_stripe(api):
        types.overrides = event_object(api, names, types)
    view = model_view(api, names, types, api.schemas[schema_id], children)
    if style is not None:
        from .resources import class_methods

        types.scope = view.name
        view.methods = class_methods(style, names, types, api.schemas[schema_id])
    imports = {i for i in types.imports if not i.startswith(f"{package}.model.")}
    imports |= {f"{package}.net.ApiObject"}
    if _any(view, lambda v: bool(v.fields)):
        imports |= {"com.google.gson.annotations.SerializedName", "java.util.Objects"}
    if _any(view, lambda v: any("ExpandableField<" in f.type for f in v.fields)):
        imports.add(f"{package}.net.ExpandableField")
    if _any(view, lambda v: any(len(f.annotations) > 1 for f in v.fields)):
        imports.add(f"{package}.net.OneOf")
    body = "\n".join(m.body for m in view.methods)
    imports |= _runtime_imports(package, body, [m.returns.split(" ")[-1] for m in view.methods])
    return view, sorted(imports)


def event_object(api: Api, names: JavaNames, types: JavaTypes) -> dict[tuple[str, str], ModelType]:
    """Stripe's `event.data.object`, a free-form object in its spec, read as the resource its
    `object` names (stripe-java's `EventDataObjectDeserializer`): every top-level model class."""
    data = api.schemas["event"].field("data")
    holder = api.schemas.get(str(data.type.ref)) if data is not None else None
    found = holder.field("object") if holder is not None else None
    if holder is None or found is None or types.model(found.type).java != "Map<String, Object>":
        return {}
    classes: dict[str, str] = {}
    for schema_id, java in sorted(names.models.items(), key=lambda item: item[1].top):
        schema = api.schemas[schema_id]
        if java.qualname == java.top and schema.object_name and not schema.deleted:
            classes.setdefault(schema.object_name, schema_id)
    if not classes:
        return {}
    poly = Poly("object", tuple(classes), tuple(types.model_class(i) for i in classes.values()))
    return {(holder.id, "object"): ModelType("ApiObject", poly)}


def _any(view: ModelView, test: Callable[[ModelView], bool]) -> bool:
    """Whether `test` holds for the class or one of its nested classes (what the file imports)."""
    return test(view) or any(_any(child, test) for child in view.nested)


# -- params ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SetterView:
    doc: list[str]
    name: str
    parameters: str
    body: str


@dataclass(frozen=True, slots=True)
class EnumView:
    name: str
    doc: list[str]
    constants: list[tuple[str, str]]  # (constant, wire value literal)


@dataclass(slots=True)
class ParamsView:
    name: str
    doc: list[str]
    what: str  # for build()'s message
    required: str  # `, "a", "b"`
    setters: list[SetterView] = field(default_factory=list)
    getters: list[GetterView] = field(default_factory=list)
    nested: list[ParamsView] = field(default_factory=list)
    enums: list[EnumView] = field(default_factory=list)


def _setters(types: JavaTypes, f: Field, bases: tuple[str, str], taken: set[str]) -> list[SetterView]:
    base, adder = bases
    doc = doc_lines(("<strong>Required.</strong> " if f.required else "") + escape(f.description), escaped=True)
    wire = java_str(f.name)
    result = []
    for setter in types.setters(f.type):
        if setter.kind == "list":
            item = setter.java
            one = adder
            pairs = [
                (
                    accessor("add", one),
                    f"{item} element",
                    f"add({wire}, element)",
                    doc_lines(f"Adds an element to {f.name}."),
                ),
                (
                    accessor("addAll", one),
                    f"{types.use('List')}<{item}> elements",
                    f"addAll({wire}, elements)",
                    doc_lines(f"Adds every element to {f.name}."),
                ),
            ]
        elif setter.kind == "map":
            value = setter.java
            pairs = [
                (
                    accessor("put", base),
                    f"String key, {value} value",
                    f"put({wire}, key, value)",
                    doc_lines(f"Puts a key into {f.name}."),
                ),
                (
                    accessor("putAll", base),
                    f"{types.use('Map')}<String, {value}> map",
                    f"putAll({wire}, map)",
                    doc_lines(f"Puts every entry into {f.name}."),
                ),
            ]
        else:
            pairs = [(accessor("set", base), f"{setter.java} {_arg(base)}", f"set({wire}, {_arg(base)})", [])]
        for name, parameters, body, extra in pairs:
            erasure = name + "(" + parameters.split("<", 1)[0].split(" ", 1)[0] + ")"
            if erasure in taken:
                continue
            taken.add(erasure)
            result.append(SetterView(doc + (["<p>", *extra] if doc and extra else extra), name, parameters, body))
    return result


def _arg(base: str) -> str:
    return identifier(base, {"key", "value", "map", "element", "elements"})


def _param_getter(types: JavaTypes, f: Field, name: str) -> GetterView:
    """The value set for `f` (null when unset, or when an extra param of another type took its name)."""
    setters = types.setters(f.type)
    wire = java_str(f.name)
    doc = doc_lines(f.description)
    if len(setters) != 1:
        return GetterView(doc, "Object", name, f"get({wire})")
    setter = setters[0]
    if setter.kind == "list":
        return GetterView(doc, f"{types.use('List')}<{setter.java}>", name, f"getList({wire})")
    if setter.kind == "map":
        return GetterView(doc, f"{types.use('Map')}<String, {setter.java}>", name, f"getMap({wire})")
    if setter.java.startswith("List<"):
        return GetterView(doc, setter.java, name, f"getList({wire})")
    if setter.java.startswith("Map<"):
        return GetterView(doc, setter.java, name, f"getMap({wire})")
    if setter.java == "Object":
        return GetterView(doc, "Object", name, f"get({wire})")
    return GetterView(doc, setter.java, name, f"get({wire}, {setter.java}.class)")


def params_view(
    api: Api,
    names: JavaNames,
    types: JavaTypes,
    java: JavaClass,
    fields: tuple[Field, ...],
    what: str,
    doc: str,
    owned: dict[str, list[str]],
    enums: dict[str, list[str]],
) -> ParamsView:
    types.scope = java.qualname
    required = "".join(f", {java_str(f.name)}" for f in fields if f.required)
    view = ParamsView(java.name, doc_lines(doc), java_str(what), required)
    taken: set[str] = set()
    getters: set[str] = set()
    for f, base, adder in zip(fields, member_bases(fields), adder_bases(fields), strict=True):
        view.setters += _setters(types, f, (base, adder), taken)
        view.getters.append(_param_getter(types, f, _unique(accessor("get", base), getters)))
    for schema_id in owned.get(java.qualname, []):
        nested = names.params[schema_id]
        schema = api.schemas[schema_id]
        view.nested.append(
            params_view(api, names, types, nested, schema.request_fields, what, schema.description, owned, enums)
        )
    for enum_id in enums.get(java.qualname, []):
        view.enums.append(_enum_view(api.enums[enum_id], names.enums[enum_id]))
    return view


def _enum_view(enum: Enum, java: JavaClass) -> EnumView:
    return EnumView(
        java.name,
        doc_lines(enum.description),
        [(name, java_str(str(v.value))) for name, v in zip(constants(enum), enum.values, strict=True)],
    )


ParamsFile = tuple[ParamsView, list[str]]


def params_files(api: Api, names: JavaNames, package: str) -> list[tuple[str, Callable[[], ParamsFile]]]:
    """Each file of `param/` (one per operation with params), and how to make its view."""
    owned: dict[str, list[str]] = {}
    for schema_id, java in sorted(names.params.items(), key=lambda item: item[0]):
        if "." in java.qualname:
            owned.setdefault(java.qualname.rsplit(".", 1)[0], []).append(schema_id)
    enums: dict[str, list[str]] = {}
    for enum_id, nested in names.enums.items():
        enums.setdefault(nested.qualname.rsplit(".", 1)[0], []).append(enum_id)
    files: list[tuple[str, Callable[[], ParamsFile]]] = []
    for resource in api.resources:
        for op in resource.operations:
            found = names.params_class(op)
            if found is not None:
                what = f"{resource.id}.{op.name}"
                files.append((found.top, partial(_params_file, api, names, package, found, op, what, owned, enums)))
    owns_op = {java.top for java in names.operation_params.values()}
    for schema_id, java in sorted(names.params.items()):
        if java.qualname == java.top and java.top not in owns_op:  # a shared one (names._assign_shared_params)
            schema = api.schemas[schema_id]
            shared = partial(_shared_params_file, api, names, package, java, schema, owned, enums)
            files.append((java.top, shared))
    return files


def _params_file(
    api: Api,
    names: JavaNames,
    package: str,
    java: JavaClass,
    op: Operation,
    what: str,
    owned: dict[str, list[str]],
    enums: dict[str, list[str]],
) -> ParamsFile:
    types = JavaTypes(api, names, package)
    doc = f"Params of {op.summary or op.id}."
    view = params_view(api, names, types, java, op.params, what, doc, owned, enums)
    return view, _params_imports(view, types, package)


def _params_imports(view: ParamsView, types: JavaTypes, package: str) -> list[str]:
    imports = {i for i in types.imports if not i.startswith(f"{package}.param.")}
    imports |= {f"{package}.net.ApiParams", "java.util.Map"}
    if _params_any(view, lambda v: bool(v.enums)):
        imports.add(f"{package}.net.WireEnum")
    if _params_any(view, lambda v: any("EmptyParam" in s.parameters for s in v.setters)):
        imports.add(f"{package}.net.EmptyParam")
    if _params_any(view, lambda v: any("FileUpload" in s.parameters for s in v.setters)):
        imports.add(f"{package}.net.FileUpload")
    return sorted(imports)


def _shared_params_file(
    api: Api,
    names: JavaNames,
    package: str,
    java: JavaClass,
    schema: Schema,
    owned: dict[str, list[str]],
    enums: dict[str, list[str]],
) -> ParamsFile:
    """A params class of its own for an object a request sends (a component), not one call's params."""
    types = JavaTypes(api, names, package)
    doc = schema.description or f"The `{schema.path[-1]}` object, as a request sends it."
    view = params_view(api, names, types, java, schema.request_fields, schema.id, doc, owned, enums)
    return view, _params_imports(view, types, package)


def _params_any(view: ParamsView, test: Callable[[ParamsView], bool]) -> bool:
    return test(view) or any(_params_any(child, test) for child in view.nested)


# -- services -------------------------------------------------------------------------------


@dataclass(slots=True)
class ServiceView:
    name: str
    doc: list[str]
    children: list[tuple[str, str]]  # (service class, accessor)
    methods: list[OverloadView] = field(default_factory=list)


ServiceFile = tuple[ServiceView, list[str]]


def service_files(sdk: Sdk, names: JavaNames, package: str) -> list[tuple[str, Callable[[], ServiceFile]]]:
    """Each file of `service/`, and how to make its view (`sdk.api` should be the tracked API)."""
    return [
        (service, partial(_service_file, sdk, names, package, resource_id, service))
        for resource_id, service in sorted(names.services.items(), key=lambda item: item[1])
    ]


def _service_file(sdk: Sdk, names: JavaNames, package: str, resource_id: str, service: str) -> ServiceFile:
    api = sdk.api
    types = JavaTypes(api, names, package)
    children = [
        (names.services[key], member) for key, member in names.members[resource_id].items() if not key.startswith("op:")
    ]
    node = sdk.node(resource_id)
    view = ServiceView(service, doc_lines(node.description or f"Operations on {resource_id}."), children)
    imports = {f"{package}.net.ApiRequestor", f"{package}.net.ApiService"}
    for method in node.methods:
        view.methods += _overloads(names, types, method, package)
    if node.methods:
        imports |= {
            f"{package}.exception.ApiException",
            f"{package}.net.ApiRequest",
            f"{package}.net.RequestOptions",
        }
    imports |= types.imports
    body = "\n".join(m.body for m in view.methods)
    imports |= _runtime_imports(package, body, [m.returns for m in view.methods])
    return view, sorted(imports)


def _runtime_imports(package: str, body: str, returns: list[str]) -> set[str]:
    """The runtime's classes (and Gson's `TypeToken`) that methods' bodies and results name."""
    imports = set()
    text = "\n".join([body, *returns])
    for runtime in ("Page", "Paging", "Variants", "ApiObject"):
        # Anywhere as a type: `Page<...>`, `new Variants(`, `List<ApiObject>` (an untyped union's items).
        if re.search(rf"(?<![\w.]){runtime}\b", text):
            imports.add(f"{package}.net.{runtime}")
    if "Validators::" in body:
        imports.add(f"{package}.validation.Validators")
    if "TypeToken" in body:
        imports.add("com.google.gson.reflect.TypeToken")
    return imports


def _overloads(names: JavaNames, types: JavaTypes, method: Method, package: str) -> list[OverloadView]:
    """The method's overloads: with params and options, then shorter ones forwarding to it."""
    op = method.operation
    name = names.method(op)
    doc = doc_lines(method.doc)
    path_args = names.path_args(op, method.path_params)
    path_decl = [f"String {arg}" for arg in path_args]
    params_java = names.params_class(op)
    returns, call = _result(types, method)
    chain = _request_chain(method, path_args, params_java, names.response_validators)
    if params_java is not None:
        chain.insert(2, f"validate(Validators::{names.validators[op.id]})")
    statement = call.replace("{request}", "\n            .".join(chain))
    params_decl = [f"{params_java.qualname} params"] if params_java is not None else []
    full = [*path_decl, *params_decl, "RequestOptions options"]
    overloads = [OverloadView(doc, returns, name, ", ".join(full), statement)]
    forward = "return " if returns != "void" else ""

    def forwarding(declared: list[str], passed: list[str]) -> OverloadView:
        return OverloadView(doc, returns, name, ", ".join(declared), f"{forward}{name}({', '.join(passed)});")

    if params_java is None:
        overloads.insert(0, forwarding(path_decl, [*path_args, "null"]))
        return overloads
    overloads.insert(0, forwarding([*path_decl, f"{params_java.qualname} params"], [*path_args, "params", "null"]))
    if not method.required_params:
        overloads.insert(0, forwarding(path_decl, [*path_args, "null", "null"]))
    types.imports.add(f"{package}.param.{params_java.top}")
    return overloads


def _request_chain(
    method: Method, path_args: list[str], params_java: object | None, responses: dict[str, str] | None = None
) -> list[str]:
    """`ApiRequest.of(...)` and the calls saying how to send it: body, query, headers, auth, server;
    with `responses` (operation id -> response validator), the check of a JSON answer read whole."""
    chain = [
        f"ApiRequest.of({java_str(method.http_method)}, {java_str(method.path)}{''.join(', ' + a for a in path_args)})"
    ]
    chain.append("with(params, options)" if params_java is not None else "with(null, options)")
    if method.body is not None and method.body_params and method.http_method != "DELETE":
        chain.append(_body(method))  # a DELETE's params go in its query, as every client sends them
        if method.query_params:
            chain.append("query(" + ", ".join(java_str(p.name) for p in method.query_params) + ")")
    if method.repeated:
        chain.append("repeated(" + ", ".join(java_str(name) for name in method.repeated) + ")")
    if method.header_params:
        chain.append("headers(" + ", ".join(java_str(p.name) for p in method.header_params) + ")")
    if not method.idempotent:
        chain.append("idempotencyKey()")
    if method.own_server:
        chain.append(f"server({java_str(method.own_server)})")
    auth = method_auth(method)
    if auth:
        chain.append(auth)
    checked = responses.get(method.operation.id) if responses else None
    if checked is not None and method.returns not in _UNCHECKED:
        chain.append(f"validateResponse(Validators::{checked})")
    return chain


#: What a strict client does not check: bodies not read as JSON, or none.
_UNCHECKED = frozenset({Returns.BYTES, Returns.STREAM, Returns.NOTHING})


def _body(method: Method) -> str:
    """`body(...)`: how the runtime encodes the params left for the body."""
    body = method.body or BodyKind.FORM
    if body in (BodyKind.BINARY, BodyKind.TEXT):
        return f"body(ApiRequest.Encoding.{body.name}, {java_str(method.body_media_type)})"
    return f"body(ApiRequest.Encoding.{body.name})"


def return_type(sdk: Sdk, names: JavaNames, package: str, method: Method) -> str:
    """What the client's method returns, as its signature says: `Page<Customer>`."""
    return _result(JavaTypes(sdk.api, names, package), method)[0]


def _result(types: JavaTypes, method: Method) -> tuple[str, str]:
    """(return type, statement with `{request}`)."""
    paging = method.paging
    if paging is not None and method.returns is Returns.AUTO_PAGE:
        item = types.model(method.page_item or TypeRef(TypeKind.ANY))
        spec = ", ".join(
            java_str(value)
            for value in (paging.style.value, paging.items, paging.next, paging.param, paging.size_param)
        )
        return (
            f"Page<{item.java}>",
            f"return requestor().requestPage({_ARGS}{{request}},{_ARGS}{_type_expr(item.java)},"
            f"{_ARGS}{_variants(item)},{_ARGS}new Paging({spec}));",
        )
    if method.returns in (Returns.LIST_PAGE, Returns.SEARCH_PAGE):
        item = types.model(method.page_item or TypeRef(TypeKind.ANY))
        search = "true" if method.returns is Returns.SEARCH_PAGE else "false"
        return (
            f"Page<{item.java}>",
            f"return requestor().requestPage({_ARGS}{{request}},{_ARGS}{_type_expr(item.java)},"
            f"{_ARGS}{_variants(item)},{_ARGS}{search});",
        )
    if method.returns is Returns.BYTES:
        return "byte[]", f"return requestor().requestBytes({_ARGS}{{request}});"
    if method.returns is Returns.STREAM:
        return types.use("InputStream"), f"return requestor().requestStream({_ARGS}{{request}});"
    if method.returns is Returns.NOTHING or method.response is None:
        return "void", f"requestor().requestNothing({_ARGS}{{request}});"
    result = types.model(method.response)
    return (
        result.java,
        f"return requestor().request({_ARGS}{{request}},{_ARGS}{_type_expr(result.java)},{_ARGS}{_variants(result)});",
    )


_ARGS = "\n        "


def _type_expr(java: str) -> str:
    if "<" in java:
        return f"new TypeToken<{java}>() {{}}.getType()"
    return f"{java}.class"


def _variants(result: ModelType) -> str:
    return result.poly.expression() if result.poly is not None else "null"
