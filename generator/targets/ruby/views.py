"""View objects for the Ruby templates: every line a template prints, precomputed.

Builders walk the surface and the naming plan once and return frozen dataclasses of finished
text (comment lines, signatures, literals); templates only place them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from ...surface import Api, BodyKind, Field, Method, Returns, Schema, Sdk, TypeKind
from ...surface.auth import groups_of
from ...surface.prose import wrap, wrap_paragraphs
from .auth import client_auth, method_security
from .names import RubyClass, RubyNames, is_model
from .types import RubyTypes, hash_key, ruby_str

WIDTH = 110
_PATH_PARAM = re.compile(r"\{([^{}]+)\}")
_QUERY_METHODS = frozenset({"GET", "HEAD", "DELETE"})
#: The per-request options a method's `opts` takes, by whether the API is Stripe's.
OPTS_DOC = {
    True: "api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers",
    False: "api_key, idempotency_key, max_retries, timeout, headers",
}


#: What a method answers that a strict client checks: a JSON body read whole.
_CHECKED_ANSWERS = frozenset({Returns.OBJECT, Returns.VALUE, Returns.LIST_PAGE, Returns.SEARCH_PAGE})


def comment(text: str, indent: int = 0) -> tuple[str, ...]:
    """`text` as `# ` comment lines fitting the width at `indent` columns; paragraphs kept."""
    width = max(40, WIDTH - indent - 2)
    lines: list[str] = []
    for paragraph in wrap_paragraphs(text, width) or [[""]]:
        if lines:
            lines.append("#")
        lines.extend("# " + line for line in paragraph)
    return tuple(line.rstrip() for line in lines)


# -- response objects --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReaderView:
    name: str
    key: str  # the wire name as a Symbol literal
    doc: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ReaderSig:
    name: str
    type: str


@dataclass(frozen=True, slots=True)
class ResourceView:
    name: str
    superclass: str
    doc: tuple[str, ...]
    object_name: str  # a String literal, or ""
    nested: tuple[ResourceView, ...]
    readers: tuple[ReaderView, ...]
    types: tuple[tuple[str, str], ...]  # (hash key, type expression) of the fields to convert
    sigs: tuple[ReaderSig, ...]
    methods: tuple[ClassMethodView, ...] = ()  # class and instance methods (`resource_methods`)


@dataclass(frozen=True, slots=True)
class ClassMethodView:
    """A method of a resource class or of its objects (see `resource_methods`)."""

    name: str
    doc: tuple[str, ...]
    signature: str  # `def self.retrieve(customer, params = {}, opts = {})`, laid out
    call: str  # the body, laid out
    rbs: str  # `def self.retrieve: (...) -> Customer`


@dataclass(frozen=True, slots=True)
class FileView:
    """One file of classes: its top-level class and what the header says."""

    path: str
    classes: tuple[object, ...]


def resource_groups(names: RubyNames) -> list[tuple[str, list[str]]]:
    """(file stem under resources/, ids of the schemas its classes are), by file."""
    groups: dict[str, list[str]] = defaultdict(list)
    for schema_id, found in names.models.items():
        groups[found.file].append(schema_id)
    return sorted(groups.items())


def resource_view(
    names: RubyNames, schema_ids: list[str], methods: dict[str, tuple[ClassMethodView, ...]] | None = None
) -> ResourceView:
    """The view of a file's classes; `methods`: the class and instance methods by schema id."""
    api = names.api
    by_qualname = {names.model(s).qualname: s for s in schema_ids}
    children: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for qualname in sorted(by_qualname):
        if len(qualname) > 1:
            children[qualname[:-1]].append(qualname)
    top = min(by_qualname, key=len)

    def build(qualname: tuple[str, ...]) -> ResourceView:
        schema = api.schema(by_qualname[qualname])
        types = RubyTypes(names, qualname)
        depth = 2 * len(qualname)
        readers, sigs, conversions = [], [], []
        shown = schema.response_fields  # (a `writeOnly` property never comes back)
        for f, reader in zip(shown, names.readers(shown), strict=True):
            yard = types.yard(f.type)
            optional = not f.required or f.type.nullable
            doc = (*_field_doc(api, f), f"@return [{yard}{', nil' if optional else ''}]")
            readers.append(ReaderView(reader, _symbol(f.name), _lines(doc, depth)))
            sigs.append(ReaderSig(reader, types.rbs(f.type, optional=optional)))
            expr = types.descriptor(f.type)
            if expr is not None:
                conversions.append((hash_key(f.name), expr))
        resource = bool(schema.object_name) and any(r.schema == schema.id for r in api.resources)
        return ResourceView(
            name=qualname[-1],
            superclass="APIResource" if resource else names.bases.object,
            doc=comment(schema.description or schema.title or f"The `{schema.path[-1]}` object.", depth - 2),
            object_name=ruby_str(schema.object_name) if schema.object_name else "",
            nested=tuple(build(child) for child in children.get(qualname, ())),
            readers=tuple(readers),
            types=tuple(conversions),
            sigs=tuple(sigs),
            methods=(methods or {}).get(schema.id, ()),
        )

    return build(top)


def _field_doc(api: Api, f: Field) -> tuple[str, ...]:
    text = f.description or f"The `{f.name}` field."
    if f.deprecated:
        text = f"Deprecated. {text}"
    values = _enum_values(api, f)
    if values:
        text += f"\n\nOne of {values} (a newer API may send other values)."
    if f.type.kind is TypeKind.EXPANDABLE:
        text += "\n\nAn id, or the object itself when the request expands it (`expand: [...]`)."
    return (text, "")


def _enum_values(api: Api, f: Field) -> str:
    for t in f.type.walk():
        if t.kind is TypeKind.ENUM and t.ref in api.enums:
            shown = [f"`{v.value}`" for v in api.enum(str(t.ref)).values if v.value not in ("", None)]
            if 0 < len(shown) <= 12:
                return ", ".join(shown)
    return ""


def _lines(parts: tuple[str, ...], indent: int) -> tuple[str, ...]:
    """Comment lines of `parts`: prose (wrapped) and `@tag` lines, blank parts as `#`."""
    lines: list[str] = []
    for part in parts:
        if part == "":
            lines.append("#")
        elif part.startswith("@"):
            lines.append(f"# {part}")
        else:
            lines.extend(comment(part, indent))
    return tuple(lines)


def _symbol(name: str) -> str:
    return f":{name}" if name.isidentifier() and name.isascii() else f":{ruby_str(name)}"


# -- params --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ParamView:
    attr: str
    wire: str  # a String literal
    required: bool
    doc: tuple[str, ...]
    rbs: str


@dataclass(frozen=True, slots=True)
class ParamsView:
    name: str
    doc: tuple[str, ...]
    nested: tuple[ParamsView, ...]
    params: tuple[ParamView, ...]
    fields: str  # the FIELDS literal, laid out
    signature: str  # the `def initialize(...)` line(s), laid out
    rbs_signature: str


def params_groups(names: RubyNames) -> list[tuple[RubyClass, Method]]:
    return sorted(((c, names.sdk.method(op_id)) for op_id, c in names.params.items()), key=lambda p: p[0].file)


#: Each params class's nested classes (their qualnames and schemas), by the qualname they are in.
Nested = dict[tuple[str, ...], list[tuple[tuple[str, ...], Schema]]]


def nested_params(names: RubyNames) -> Nested:
    """The nested classes of every params class, grouped once (not per class: Stripe's spec has
    445 params classes and thousands of nested ones)."""
    nested_of: Nested = defaultdict(list)
    for schema_id, found in names.param_schemas.items():
        nested_of[found.qualname[:-1]].append((found.qualname, names.api.schema(schema_id)))
    return nested_of


def params_view(names: RubyNames, top: RubyClass, method: Method, nested_of: Nested | None = None) -> ParamsView:
    api = names.api
    nested_of = nested_of if nested_of is not None else nested_params(names)
    call = f"client.{names.call_path(method.resource_id)}.{names.method_name(method)}"

    def build(qualname: tuple[str, ...], doc: str, fields: tuple[Field, ...]) -> ParamsView:
        depth = 2 * len(qualname)
        kept = _unique_wire(fields)
        types = RubyTypes(names, qualname, params=True)
        views = []
        for f, attr in zip(kept, names.keywords(kept), strict=True):
            yard = types.yard(f.type)
            parts = (f.description or f"The `{f.name}` parameter.", "")
            tag = f"@return [{yard}{'' if f.required else ', nil'}]"
            if _enum_values(api, f):
                parts = (parts[0] + f"\n\nOne of {_enum_values(api, f)}.", "")
            views.append(ParamView(attr, ruby_str(f.name), f.required, _lines((*parts, tag), depth), types.rbs(f.type)))
        ordered = sorted(views, key=lambda v: not v.required)
        nested = tuple(
            build(child, schema.description or f"The `{schema.path[-1]}` parameter.", schema.request_fields)
            for child, schema in sorted(nested_of.get(qualname, ()), key=lambda c: c[0])
        )
        return ParamsView(
            name=qualname[-1],
            doc=comment(doc, depth - 2),
            nested=nested,
            params=tuple(views),
            fields=_fields_literal(views, depth),
            signature=_signature(
                "def initialize", [f"{v.attr}:" if v.required else f"{v.attr}: nil" for v in ordered], depth
            ),
            rbs_signature="("
            + ", ".join(f"{'' if v.required else '?'}{v.attr}: {v.rbs}" for v in ordered)
            + ") -> void",
        )

    return build(top.qualname, f"Parameters of `{call}`.", method.params)


def _unique_wire(fields: tuple[Field, ...]) -> tuple[Field, ...]:
    """The fields of a params class: one per wire name (a second param of a name is left out)."""
    seen: set[str] = set()
    kept = []
    for f in fields:
        if f.name not in seen:
            seen.add(f.name)
            kept.append(f)
    return tuple(kept)


def _fields_literal(views: list[ParamView], depth: int) -> str:
    entries = [f"{v.attr}: {v.wire}" for v in views]
    flat = "FIELDS = { " + ", ".join(entries) + " }.freeze" if entries else "FIELDS = {}.freeze"
    if len(flat) + depth <= WIDTH:
        return flat
    inner = "\n".join(f"  {entry}," for entry in entries)
    return "FIELDS = {\n" + inner + "\n}.freeze"


def _signature(head: str, args: list[str], depth: int) -> str:
    flat = f"{head}({', '.join(args)})" if args else head
    if len(flat) + depth <= WIDTH:
        return flat
    return head + "(\n" + ",\n".join(f"  {arg}" for arg in args) + "\n)"


# -- services --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MethodView:
    name: str
    doc: tuple[str, ...]
    signature: str
    call: str  # the body's one statement, laid out
    rbs: str
    args: tuple[str, ...] = ()  # the parameters: `customer`, `params = {}`, `opts = {}`, `io: nil`
    rbs_args: tuple[str, ...] = ()
    rbs_result: str = ""


@dataclass(frozen=True, slots=True)
class ChildView:
    attr: str
    cls: str


@dataclass(frozen=True, slots=True)
class ServiceView:
    name: str
    doc: tuple[str, ...]
    children: tuple[ChildView, ...]
    methods: tuple[MethodView, ...]


def service_view(names: RubyNames, resource_id: str) -> ServiceView:
    sdk = names.sdk
    found = names.service(resource_id)
    node = sdk.node(resource_id)
    children = tuple(
        ChildView(attr, names.ref(found.qualname, names.service(child).qualname))
        for child, attr in names.members[resource_id].items()
        if not child.startswith("op:")
    )
    methods = tuple(method_view(names, found.qualname, m) for m in node.methods)
    return ServiceView(
        name=found.name,
        doc=comment(node.description or f"The `{resource_id}` endpoints: `client.{names.call_path(resource_id)}`.", 2),
        children=children,
        methods=methods,
    )


def method_view(names: RubyNames, scope: tuple[str, ...], method: Method) -> MethodView:
    types = RubyTypes(names, scope)
    args = names.path_args(method)
    params_class = names.params_class(method)
    params_type = names.ref(scope, params_class.qualname) if params_class else ""
    parts: list[str] = [method.doc or f"`{method.http_method} {method.path}`.", ""]
    for p, arg in zip(method.path_params, args, strict=True):
        parts.append(
            f"@param {arg} [String] {' '.join((p.description or 'The `' + p.name + '` path parameter.').split())}"
        )
    parts.append(f"@param params [{params_type + ', ' if params_type else ''}Hash]")
    parts.append(f"@param opts [Hash] {OPTS_DOC[names.sdk.stripe]}")
    result, rbs_result, extra = _returns(types, method)
    security = method_security(method)
    if security is not None:
        extra.append(f"security: {security}")
    if method.own_server:
        extra.append(f"server: {ruby_str(method.own_server)}")
    extra.append(f"validator: :{names.validators[method.id]}")
    if method.id in names.response_validators and method.returns in _CHECKED_ANSWERS:
        extra.append(f"response_validator: :{names.response_validators[method.id]}")
    if method.returns is Returns.BYTES:
        parts.append("@param io [IO, nil] where to write the file (then `io` is returned)")
    parts.append(f"@return [{result}]")
    lines = _lines(tuple(parts), 4)
    signature_args = [*args, "params = {}", "opts = {}"] + (["io: nil"] if method.returns is Returns.BYTES else [])
    call_args = [f":{method.http_method.lower()}", _path_expr(method, args), "params", "opts", *extra]
    params_rbs = f"({params_type} | Hash[Symbol, untyped])" if params_type else "Hash[Symbol, untyped]"
    rbs_args = [f"String {arg}" for arg in args] + [f"?{params_rbs} params", "?Hash[Symbol, untyped] opts"]
    if method.returns is Returns.BYTES:
        rbs_args.append("?io: untyped")
    return MethodView(
        name=names.method_name(method),
        doc=lines,
        signature=_signature(f"def {names.method_name(method)}", signature_args, 4),
        call=_call("request", call_args, 6),
        rbs=f"({', '.join(rbs_args)}) -> {rbs_result}",
        args=tuple(signature_args),
        rbs_args=tuple(rbs_args),
        rbs_result=rbs_result,
    )


def return_type(names: RubyNames, module: str, method: Method) -> str:
    """What the client's method returns, as its YARD `@return` says: `ListObject<Customer>`."""
    return _returns(RubyTypes(names, tuple(module.split("::"))), method)[0]


def _returns(types: RubyTypes, method: Method) -> tuple[str, str, list[str]]:
    """(YARD type, RBS type, the `request` keywords saying what comes back)."""
    extra: list[str] = []
    returns = method.returns
    if method.body is BodyKind.JSON:
        extra.append("encoding: :json")
    elif method.body is BodyKind.JSON_VALUE:  # the runtime sends the `body` param alone
        extra.append("encoding: :json_value")
    elif method.body is BodyKind.MULTIPART:
        extra.append("encoding: :multipart")
    elif method.body in (BodyKind.BINARY, BodyKind.TEXT):
        extra.append(f"encoding: :{method.body.value}")
        if method.body_media_type:
            extra.append(f"media_type: {ruby_str(method.body_media_type)}")
    if method.http_method not in _QUERY_METHODS and method.query_params:
        extra.append("query: [" + ", ".join(_symbol(p.name) for p in method.query_params) + "]")
    if method.repeated:
        extra.append("repeated: [" + ", ".join(_symbol(name) for name in method.repeated) + "]")
    if method.header_params:
        extra.append(
            "headers: { " + ", ".join(f"{hash_key(p.name)} {ruby_str(p.name)}" for p in method.header_params) + " }"
        )
    if returns is Returns.AUTO_PAGE and method.page_item is not None:
        item = types.descriptor(method.page_item)
        extra[:0] = ["returns: :paged", f"paging: {paging_literal(method)}", *([f"type: {item}"] if item else [])]
        return f"AutoPage<{types.yard(method.page_item)}>", "AutoPage", extra
    if returns in (Returns.LIST_PAGE, Returns.SEARCH_PAGE):
        page = "SearchResultObject" if returns is Returns.SEARCH_PAGE else "ListObject"
        item = types.descriptor(method.page_item) if method.page_item else None
        extra.insert(0, f"returns: {':search' if returns is Returns.SEARCH_PAGE else ':list'}")
        if item:
            extra.insert(1, f"type: {item}")
        shown = types.yard(method.page_item) if method.page_item else "Object"
        return f"{page}<{shown}>", page, extra
    if returns is Returns.BYTES:
        return "String, IO", "untyped", ["returns: :bytes", "io: io", *extra]
    if returns is Returns.STREAM:
        return "Enumerator<Hash>", "Enumerator[Hash[Symbol, String], untyped]", ["returns: :stream", *extra]
    if returns is Returns.NOTHING or method.response is None:
        return "nil", "nil", ["returns: :nothing", *extra]
    descriptor = types.descriptor(method.response)
    if descriptor:
        extra.insert(0, f"type: {descriptor}")
    return types.yard(method.response), types.rbs(method.response), extra


def paging_literal(method: Method) -> str:
    """The `paging:` Hash of a method answering another API's pages (see the runtime's Paging)."""
    paging = method.paging
    assert paging is not None
    entries = [f"style: :{paging.style.value}", f"items: {ruby_str(paging.items)}"]
    entries += [
        f"{key}: {ruby_str(value)}"
        for key, value in (("next", paging.next), ("param", paging.param), ("size_param", paging.size_param))
        if value
    ]
    return "{ " + ", ".join(entries) + " }"


def _path_expr(method: Method, args: list[str]) -> str:
    by_name = {p.name: arg for p, arg in zip(method.path_params, args, strict=True)}
    out = ['"']
    position = 0
    for match in _PATH_PARAM.finditer(method.path):
        out.append(ruby_str(method.path[position : match.start()])[1:-1])
        arg = by_name.get(match.group(1))
        out.append("#{Util.escape_path(" + arg + ")}" if arg else ruby_str(match.group(0))[1:-1])
        position = match.end()
    out.append(ruby_str(method.path[position:])[1:-1])
    out.append('"')
    return "".join(out)


def _call(head: str, args: list[str], depth: int) -> str:
    flat = f"{head}({', '.join(args)})"
    if len(flat) + depth <= WIDTH:
        return flat
    return f"{head}(\n" + ",\n".join(f"  {arg}" for arg in args) + "\n)"


# -- the client --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClientServiceView:
    attr: str
    cls: str
    doc: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ClientView:
    name: str
    doc: tuple[str, ...]
    construction: str  # `StripeClient.new(ENV.fetch("API_KEY"))`
    base_url: str
    schemes: str  # the SCHEMES Hash literal
    security: str  # the SECURITY Array literal
    credential_docs: tuple[str, ...]
    signature: str  # the `def initialize(...)` line(s), laid out
    auth_call: str
    rbs_signature: str
    stripe: bool  # Stripe's API: `stripe_version` (the Stripe-Version header) is offered
    encoding: str  # the usual body encoding of `raw_request`: `:form` (Stripe) or `:json`
    services: tuple[ClientServiceView, ...]


def client_view(names: RubyNames, client_class: str, title: str) -> ClientView:
    api = names.api
    services = tuple(
        ClientServiceView(
            attr, names.ref((client_class,), names.service(top).qualname), (f"# @return [{names.service(top).name}]",)
        )
        for top, attr in names.client_attrs.items()
    )
    auth = client_auth(names.sdk)
    stripe = names.sdk.stripe
    args = [
        *auth.required,
        "base_url: DEFAULT_BASE_URL",
        *(f"{name}: nil" for name in auth.optional),
        *(["stripe_version: nil"] if stripe else []),
        "max_retries: Requestor::DEFAULT_MAX_RETRIES",
        "timeout: Requestor::DEFAULT_TIMEOUT",
        "logger: nil",
        "**settings",
    ]
    rbs_args = [
        *(f"String {name}" for name in auth.required),
        "?base_url: String",
        *(f"?{name}: String?" for name in auth.optional),
        *(["?stripe_version: String?"] if stripe else []),
        "?max_retries: Integer",
        "?timeout: Numeric",
        "?logger: untyped",
        "**untyped settings",
    ]
    return ClientView(
        name=client_class,
        doc=comment(f"Client for the {title}: one reader per resource, each a service of its endpoints.", 2),
        construction=construction(names.sdk, client_class),
        base_url=ruby_str(base_url(api)),
        schemes=auth.schemes,
        security=auth.security,
        credential_docs=tuple(line for doc in auth.docs for line in _tag_lines(doc, 2)),
        signature=_initialize(args),
        auth_call=_call("Auth.new", list(auth.arguments), 8),
        rbs_signature=f"({', '.join(rbs_args)}) -> void",
        stripe=stripe,
        encoding=":form" if stripe else ":json",
        services=services,
    )


def construction(sdk: Sdk, client_class: str) -> str:
    """`Client.new(...)` with the client's credentials read from the environment."""
    credentials = [c for c in sdk.credentials if c.required]
    if not credentials and sdk.credentials:  # those of the scheme most calls use
        schemes = {scheme.name: scheme for scheme in sdk.api.auth}
        usual = [schemes[name] for name in sdk.default_security if name in schemes]
        wanted = groups_of(usual[0])[0] if usual else (sdk.credentials[0].name,)
        credentials = [c for c in sdk.credentials if c.name in wanted]
    args = [(f"{c.name}: " if not c.required else "") + f"ENV.fetch({ruby_str(c.name.upper())})" for c in credentials]
    return f"{client_class}.new({', '.join(args)})" if args else f"{client_class}.new"


def _tag_lines(tag: str, indent: int) -> list[str]:
    """A YARD `@param` line wrapped to the width, continued lines indented under it."""
    width = WIDTH - indent - 2
    wrapped = wrap(tag, width, "  ")
    return [f"# {line}" for line in wrapped]


def _initialize(args: list[str]) -> str:
    """`def initialize(...)`, continued lines aligned under the first argument (stripe-ruby's way)."""
    head = "def initialize("
    lines: list[str] = []
    current = head
    for index, arg in enumerate(args):
        piece = arg + ("," if index < len(args) - 1 else ")")
        if current not in (head, " " * len(head)) and len(current) + 1 + len(piece) + 2 > WIDTH:
            lines.append(current.rstrip())
            current = " " * len(head)
        current += ("" if current in (head, " " * len(head)) else " ") + piece
    lines.append(current)
    return "\n".join(lines)


#: `object` values of the runtime's own classes (pages), never a generated class's.
_RUNTIME_OBJECTS = frozenset({"list", "search_result"})


def object_types(names: RubyNames) -> tuple[tuple[str, str], ...]:
    """(`object` value as a String literal, class name) of every object class, by value: what a
    webhook's event and a value the spec leaves untyped are read as. Where several schemas
    share a value, a resource's schema wins, then the first by id; deleted objects are left out."""
    resources = {r.schema for r in names.api.resources if r.schema}
    found: dict[str, str] = {}
    ranked = sorted(names.models.items(), key=lambda item: (item[0] not in resources, item[0]))
    for schema_id, cls in ranked:
        schema = names.api.schema(schema_id)
        value = schema.object_name
        if value and not schema.deleted and value not in _RUNTIME_OBJECTS and len(cls.qualname) == 1:
            found.setdefault(value, cls.path)
    return tuple((ruby_str(value), ruby_str(path)) for value, path in sorted(found.items()))


def base_url(api: Api) -> str:
    url = api.servers[0].url if api.servers else "http://localhost"
    return url.rstrip("/") or url


def models_in(api: Api) -> list[Schema]:
    return [s for s in api.schemas.values() if is_model(s)]


__all__ = [
    "ClientView",
    "ParamsView",
    "ResourceView",
    "ServiceView",
    "client_view",
    "params_groups",
    "params_view",
    "resource_groups",
    "resource_view",
    "service_view",
]
