"""Java names for everything the client declares, decided once per API before rendering.

- models: a component schema is a top-level class of `model/` (`CustomerSession`); an inline
  object is a static class nested in the class whose path holds it (`Account.ExternalAccounts`);
- params: one class per operation (`CustomerSessionCreateParams`), its nested objects nested in
  it (`CustomerSessionCreateParams.Components.PaymentElement`) and its request enums nested in
  the class of the field (`...Features.PaymentMethodRedisplay`);
- services: one per resource (`CustomerSessionService`), reached from the client by accessors
  (`customerSessions()`, then `paymentMethods()` below `customers()`);
- members: fields, getters, setters and methods, unique in their class, never a Java keyword
  nor a method every object (or the runtime's base classes) already has.

Top-level names are unique across `model/`, `param/` and `service/` and never one of java.lang's
or the runtime's, so any file may import any of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ...surface import Api, Enum, Field, Operation, Schema, SchemaOrigin, TypeKind, TypeRef
from ...surface.naming import pascal_case, singular, unique
from ...surface.tree import children_of, service_ids
from ..invariants import Claim, class_claim, member_claims, operation_sources, schema_source
from .validation import response_validator_names, validator_names
from .words import JAVA_LANG, KEYWORDS, OBJECT_METHODS, camel, constant, identifier

#: The runtime's classes and what generated files import: no generated top-level class takes one.
RUNTIME_CLASSES = frozenset(
    {"ApiObject", "ApiParams", "ApiRequest", "ApiRequestor", "ApiService", "AuthScheme", "EmptyParam"}
    | {"ExpandableField", "FileUpload", "FormEncoder", "JsonBodies", "ModelReader", "Multipart", "OneOf"}
    | {"Page", "Paging", "RequestOptions", "RetryPolicy", "Variants", "WireEnum", "ApiIterationException"}
    | {
        "ServerSentEvents",
        "ApiResponse",
        "RequestEvent",
        "Consumer",
        "Webhook",
        "WebhookSignature",
        "Webhooks",
        "SignatureVerificationException",
    }
    | {"ApiException", "ApiConnectionException", "SerializedName", "TypeToken", "List", "Map", "BigDecimal"}
    | {"InputStream", "Duration", "Builder", "Validators", "Validation", "ValidationException"}
    | {"ResponseValidationException"}
)
_RESERVED_TOP = RUNTIME_CLASSES | JAVA_LANG | KEYWORDS
#: What a nested class may not be called: the classes generated code names (`Error` may be).
_RESERVED_NESTED = (
    RUNTIME_CLASSES
    | KEYWORDS
    | frozenset(
        {"Boolean", "Class", "Deprecated", "Double", "Integer", "Long", "Object", "Objects", "Override"}
        | {"String", "SuppressWarnings", "System", "Void", "Iterable", "Math", "Number", "Character"}
    )
)


@dataclass(frozen=True, slots=True)
class JavaClass:
    """A generated class: the top-level class of its file, and its dotted name from there."""

    top: str  # `CustomerSession`
    qualname: str  # `CustomerSession.Components`

    @property
    def name(self) -> str:
        return self.qualname.rsplit(".", 1)[-1]


def is_model(schema: Schema) -> bool:
    return schema.origin is not SchemaOrigin.PARAMS and schema.alias is None


def envelopes(api: Api) -> set[str]:
    """Schemas of list and search responses: the client returns a `Page` instead."""
    return {
        str(op.response.ref)
        for op in api.operations
        if op.pagination is not None and op.response is not None and op.response.kind is TypeKind.OBJECT
    }


class JavaNames:
    """Every Java identifier of the client generated for one `Api`."""

    def __init__(self, api: Api, client_class: str, global_class: str = "") -> None:
        self.api = api
        self.client_class = client_class
        self.global_class = global_class  # resource classes' configuration (`Stripe`), if any
        self._taken_top: set[str] = {name.lower() for name in _RESERVED_TOP | {client_class, global_class} if name}
        self.models: dict[str, JavaClass] = {}
        self.params: dict[str, JavaClass] = {}  # params schema id -> class
        self.operation_params: dict[str, JavaClass] = {}  # operation id -> class
        self.enums: dict[str, JavaClass] = {}  # request enum id -> nested Java enum
        self.services: dict[str, str] = {}  # resource id -> service class
        self.members: dict[str, dict[str, str]] = {}  # resource id -> {child id or op:<id>: member}
        self._nested: dict[str, set[str]] = {}  # qualname -> names of its nested classes
        self.validators = validator_names(api)  # operation id -> its method of `Validators`
        self.response_validators = response_validator_names(api, self.validators)  # ... of its response
        self._assign_models()
        self._assign_params()
        self._assign_services()

    # -- top-level names ---------------------------------------------------------------

    def _top(self, wanted: str) -> str:
        """`wanted`, or `wanted2`...: unique across the packages (ignoring case: file names)."""
        if wanted in _RESERVED_TOP:  # `Error` -> `ErrorObject`
            wanted += "Object"
        candidate, counter = wanted, 2
        while candidate.lower() in self._taken_top:
            candidate, counter = f"{wanted}{counter}", counter + 1
        self._taken_top.add(candidate.lower())
        return candidate

    def _nest(self, holder: JavaClass, wanted: str) -> JavaClass:
        """A class nested in `holder`: unique among its siblings, and no enclosing class's name."""
        enclosing = set(holder.qualname.split("."))
        siblings = self._nested.setdefault(holder.qualname, set())
        candidate, counter = wanted, 2
        while (
            candidate in siblings
            or candidate in enclosing
            or candidate in _RESERVED_NESTED
            or candidate == self.global_class
        ):
            candidate, counter = f"{wanted}{counter}", counter + 1
        siblings.add(candidate)
        return JavaClass(holder.top, f"{holder.qualname}.{candidate}")

    # -- models ------------------------------------------------------------------------

    def _assign_models(self) -> None:
        """Top-level classes first, then each nested class in its holder (by field, as stripe-java)."""
        skipped = envelopes(self.api)
        models = {s.id: s for s in self.api.schemas.values() if is_model(s) and s.id not in skipped}
        holders = nesting(self.api, models)
        waiting = sorted(models, key=lambda i: (models[i].origin is not SchemaOrigin.COMPONENT, len(models[i].path), i))
        while waiting:
            placed = [i for i in waiting if i not in holders or holders[i][0] in self.models]
            if not placed:  # holders in a cycle: the first becomes a top-level class
                placed = [waiting[0]]
                holders.pop(waiting[0])
            for schema_id in placed:
                if schema_id in holders:
                    holder, wanted = holders[schema_id]
                    self.models[schema_id] = self._nest(self.models[holder], wanted)
                else:
                    schema = models[schema_id]
                    path = schema.id if schema.origin is SchemaOrigin.COMPONENT else "_".join(schema.path)
                    name = self._top(pascal_case(path))
                    self.models[schema_id] = JavaClass(name, name)
            done = set(placed)
            waiting = [i for i in waiting if i not in done]

    def model(self, schema_id: str) -> JavaClass | None:
        return self.models.get(schema_id)

    # -- params ------------------------------------------------------------------------

    def _assign_params(self) -> None:
        by_path: dict[tuple[str, ...], JavaClass] = {}
        for resource in self.api.resources:
            for op in resource.operations:
                if not op.params:
                    continue
                base = "".join(pascal_case(singular(n)) for n in resource.names) + pascal_case(op.name) + "Params"
                java = JavaClass(self._top(base), "")
                java = JavaClass(java.top, java.top)
                self.operation_params[op.id] = java
                by_path[(*resource.names, op.name, "params")] = java
        params = sorted(
            (s for s in self.api.schemas.values() if s.origin is SchemaOrigin.PARAMS),
            key=lambda s: (len(s.path), s.id),
        )
        own = dict(by_path)  # each operation's own params object
        for schema in params:
            holder = by_path.get(schema.path[:-1])
            if schema.path in own:
                self.params[schema.id] = own[schema.path]
            elif holder is not None:  # a second object at one path (union variants) gets `Card2`
                nested = self._nest(holder, pascal_case(schema.path[-1]))
                self.params[schema.id] = nested
                by_path.setdefault(schema.path, nested)
        by_path.update(self._assign_shared_params())
        schemas = {s.path: s for s in params}
        for enum in sorted(self.api.enums.values(), key=lambda e: (len(e.path), e.id)):
            holder = by_path.get(enum.path[:-1])
            if holder is not None and not enum.open and enum.base is not TypeKind.BOOLEAN and _nameable(enum):
                self.enums[enum.id] = self._nest(holder, _enum_name(enum, schemas.get(enum.path[:-1])))

    def _assign_shared_params(self) -> dict[tuple[str, ...], JavaClass]:
        """A params class (with its builder) for each object with properties a request reaches that
        is no operation's own: a component `$ref`'d from params (`SendEmailRequestParams`, shared by
        every call that sends one) and, nested in it, the objects inside it (`.Template`), so that no
        request object is set as a `Map<String, Object>`. Their paths, for the enums nested in them."""
        reached = sorted((self.api.schemas[i] for i in self._reached_objects()), key=lambda s: (len(s.path), s.id))
        by_path: dict[tuple[str, ...], JavaClass] = {}
        for schema in reached:
            holder = by_path.get(schema.path[:-1])
            if holder is not None:
                java = self._nest(holder, pascal_case(schema.path[-1]))
            else:
                top = self._top(_params_name(pascal_case("_".join(schema.path))))
                java = JavaClass(top, top)
            self.params[schema.id] = java
            by_path.setdefault(schema.path, java)
        return by_path

    def _reached_objects(self) -> set[str]:
        """Ids of the object schemas (with request fields, no params class yet) that params reach."""
        waiting = [f.type for op in self.api.operations for f in op.params]
        waiting += [f.type for i in self.params for f in self.api.schemas[i].request_fields]
        found: set[str] = set()
        while waiting:
            for t in waiting.pop().walk():
                schema = self.api.schemas.get(str(t.ref)) if t.kind is TypeKind.OBJECT else None
                if schema is None or schema.id in found or schema.id in self.params:
                    continue
                if schema.alias is None and schema.request_fields:
                    found.add(schema.id)
                    waiting += [f.type for f in schema.request_fields]
        return found

    def params_class(self, op: Operation) -> JavaClass | None:
        return self.operation_params.get(op.id)

    def params_of(self, schema_id: str) -> JavaClass | None:
        return self.params.get(schema_id)

    def request_enum(self, enum_id: str) -> JavaClass | None:
        return self.enums.get(enum_id)

    # -- services ----------------------------------------------------------------------

    def _assign_services(self) -> None:
        resources = {r.id: r for r in self.api.resources}
        ids = service_ids(self.api)
        for resource_id in sorted(ids, key=lambda r: (r.count("."), r)):
            parts = resource_id.split(".")
            base = "".join(pascal_case(singular(n)) for n in parts) + "Service"
            if base.lower() in self._taken_top:  # `account` took AccountService: `accounts` by its path
                base = "".join(pascal_case(n) for n in parts) + "Service"
            self.services[resource_id] = self._top(base)
        children = children_of(ids)
        for resource_id in ids:
            wanted = [(child, camel(child.rsplit(".", 1)[-1])) for child in children[resource_id]]
            resource = resources.get(resource_id)
            if resource is not None:
                wanted += [(f"op:{op.id}", camel(op.name)) for op in resource.operations]
            members = _unique_members([name for _, name in wanted])
            self.members[resource_id] = {key: name for (key, _), name in zip(wanted, members, strict=True)}
        self.roots = sorted({r.names[0] for r in self.api.resources})
        self.accessors = dict(zip(self.roots, _unique_members([camel(root) for root in self.roots]), strict=True))

    def service(self, resource_id: str) -> str:
        return self.services[resource_id]

    def child(self, parent_id: str, child_id: str) -> str:
        return self.members[parent_id][child_id]

    def method(self, op: Operation) -> str:
        return self.members[op.resource][f"op:{op.id}"]

    def call_path(self, service_id: str) -> str:
        """`customers().paymentMethods()`: how a program reaches a service."""
        names = service_id.split(".")
        parts = [self.accessors[names[0]] + "()"]
        for size in range(2, len(names) + 1):
            parts.append(self.child(".".join(names[: size - 1]), ".".join(names[:size])) + "()")
        return ".".join(parts)

    @staticmethod
    def path_args(op: Operation, params: tuple[Field, ...]) -> list[str]:
        """The method's path arguments (in URL order): camelCase, unique, never `params`/`options`."""
        return dedupe_java([identifier(p.name, {"params", "options"}) for p in params])


def nesting(api: Api, models: dict[str, Schema]) -> dict[str, tuple[str, str]]:
    """Which model classes nest in another: {schema id: (holder's schema id, class name)}.

    An inline object nests in the schema whose path holds it; a component that is no resource
    (no `object`), is read by one field of one other model only and by no operation nor union
    nests in that model, named by the field (singular for a list): `customer_session`'s
    `components` is `CustomerSession.Components`, its `buy_button` `...Components.BuyButton`.
    """
    by_path = {s.path: s.id for s in models.values()}
    holders: dict[str, tuple[str, str]] = {}
    readers: dict[str, set[tuple[str, str]]] = {}
    for schema in models.values():
        if schema.origin is not SchemaOrigin.COMPONENT:
            for size in range(len(schema.path) - 1, 0, -1):
                found = by_path.get(schema.path[:size])
                if found is not None:
                    holders[schema.id] = (found, pascal_case("_".join(schema.path[size:])))
                    break
        for f in schema.fields:
            for ref, listed in _object_refs(f.type, False):
                readers.setdefault(ref, set()).add((schema.id, singular(f.name) if listed else f.name))
    shared = _read_elsewhere(api, models)
    for schema_id, uses in readers.items():
        held = models.get(schema_id)
        if (
            held is None
            or held.origin is not SchemaOrigin.COMPONENT
            or held.object_name is not None
            or schema_id in shared
            or len(uses) != 1
            or next(iter(uses))[0] == schema_id
        ):
            continue
        reader, name = next(iter(uses))
        holders[schema_id] = (reader, pascal_case(name))
    return holders


def _object_refs(t: TypeRef, listed: bool) -> list[tuple[str, bool]]:
    """The schema ids `t` reads objects of, and whether as a list's (or map's) items."""
    if t.kind is TypeKind.OBJECT and t.ref is not None:
        return [(t.ref, listed)]
    found = []
    if t.items is not None and t.kind is not TypeKind.EXPANDABLE:
        found += _object_refs(t.items, listed or t.kind is TypeKind.ARRAY)
    for variant in t.variants:
        found += _object_refs(variant, listed)
    return found


def _read_elsewhere(api: Api, models: dict[str, Schema]) -> set[str]:
    """Schemas an operation answers, a union or an alias names: top-level classes."""
    types = [t for op in api.operations for t in (op.response, op.page_item, op.stream_event) if t is not None]
    types += [e.type for op in api.operations for e in op.errors if e.type is not None]
    types += [s.alias for s in api.schemas.values() if s.alias is not None]
    for schema in models.values():
        types += [f.type for f in schema.fields if any(t.kind is TypeKind.UNION for t in f.type.walk())]
        types += [f.type for f in schema.fields if f.type.kind is TypeKind.EXPANDABLE]
    return {t.ref for root in types for t in root.walk() if t.kind is TypeKind.OBJECT and t.ref is not None}


def member_bases(fields: tuple[Field, ...]) -> list[str]:
    """The PascalCase base of each field's accessors (`getX`, `setX`), unique in the class."""
    return dedupe_java([pascal_case(f.name) for f in fields], separator="")


def adder_bases(fields: tuple[Field, ...]) -> list[str]:
    """The base of each list field's adders, singular as stripe-java's (`addPaymentMethodType`
    for `payment_method_types`) unless another field is named so (then `member_bases`')."""
    bases = member_bases(fields)
    singulars = [pascal_case(singular(f.name)) for f in fields]
    return [
        one if one and singulars.count(one) == 1 and (one == base or one not in bases) else base
        for one, base in zip(singulars, bases, strict=True)
    ]


def field_names(fields: tuple[Field, ...]) -> list[str]:
    """The Java field of each model field: camelCase, unique, never a keyword."""
    return dedupe_java([identifier(f.name) for f in fields])


def accessor(prefix: str, base: str) -> str:
    """`get` + `Class` is `getClass`, which every object has: `getClassValue` instead."""
    name = prefix + base
    while name in OBJECT_METHODS:
        name += "Value"
    return name


def constants(enum: Enum) -> list[str]:
    return dedupe_java([constant(v.value) for v in enum.values], separator="_")


def dedupe_java(names: list[str], separator: str = "") -> list[str]:
    seen: set[str] = set()
    return [unique(name, seen, separator=separator) for name in names]


def _unique_members(names: list[str]) -> list[str]:
    seen: set[str] = set(OBJECT_METHODS)
    result = []
    for name in names:
        while name in KEYWORDS:
            name += "Value"
        result.append(unique(name, seen, separator=""))
    return result


def _enum_name(enum: Enum, holder: Schema | None) -> str:
    """The field's name; singular for a list's items (`PaymentMethodAllowRedisplayFilter`)."""
    found = holder.field(enum.path[-1]) if holder is not None else None
    listed = found is not None and found.type.kind is TypeKind.ARRAY
    return pascal_case(singular(enum.path[-1]) if listed else enum.path[-1])


def _nameable(enum: Enum) -> bool:
    """A request enum rendered as a Java enum: string values (an all-empty enum is `EmptyParam`)."""
    return any(v.value != "" for v in enum.values) and all(isinstance(v.value, str) for v in enum.values)


def claims(names: JavaNames) -> Iterator[Claim]:
    """Every class and member the plan defines, in the scope it is defined in (`targets.invariants`):
    top-level classes are files of one source tree, told apart by name ignoring case."""
    api, tops = names.api, "the source tree (top-level classes)"
    ops = operation_sources(api)
    for schema_id, cls in names.models.items():
        source = schema_source(api, schema_id)
        yield class_claim(tuple(cls.qualname.split(".")), tops, source, f"the model of {schema_id}", files=True)
    own = set(names.operation_params.values())
    for op_id, cls in names.operation_params.items():
        yield class_claim((cls.top,), tops, ops[op_id][0], f"the params of {ops[op_id][1]}", files=True)
    for schema_id, cls in names.params.items():
        if cls not in own:
            what = f"the params of schema {schema_id}"  # (a shared request object's class is top-level)
            yield class_claim(tuple(cls.qualname.split(".")), tops, schema_source(api, schema_id), what, files=True)
    for enum_id, cls in names.enums.items():
        yield class_claim(tuple(cls.qualname.split(".")), tops, "", f"the request enum {enum_id}")
    for resource_id, service in names.services.items():
        yield class_claim((service,), tops, "", f"the service of {resource_id}", files=True)
        yield from member_claims(ops, service, names.members[resource_id])
    for root, accessor in names.accessors.items():
        yield Claim(f"class {names.client_class}", accessor, "", f"the service {root}")


def _params_name(base: str) -> str:
    """`SendEmail` -> `SendEmailParams`; `FunctionToolParam` -> `FunctionToolParams`, not `...ParamParams`."""
    if base.endswith("Params"):
        return base
    return base + ("s" if base.endswith("Param") else "Params")
