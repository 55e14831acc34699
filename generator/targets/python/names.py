"""Python names for everything in the IR: classes, modules, services, methods, params.

All decisions about Python identifiers for the client live here, computed once
per API, so templates and the docs target agree on every name.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ...surface import Api, Field, Operation, Schema, SchemaOrigin, TypeKind, url_order
from ...surface.naming import dedupe, pascal_case, singular, unique
from ...surface.tree import children_of, service_ids
from ..invariants import Claim, class_claim, member_claims, operation_sources, schema_source
from .words import BUILTINS, py_class_name, py_module, py_name

#: Attributes of the runtime's `Model` that a field must not shadow.
MODEL_RESERVED = frozenset({"from_dict", "to_dict", "get", "keys", "items", "values", "last_response"})
#: Names generated modules import or define themselves: a class may not take them.
CLASS_RESERVED = frozenset(
    {"Any", "ClassVar", "Literal", "Self", "TYPE_CHECKING", "Model", "TypedDict", "NotRequired", "Unpack"}
    | {"SyncService", "AsyncService", "Page", "AsyncPage", "SearchPage", "AsyncSearchPage"}
)
#: Members of the runtime's services that an operation or sub-service must not shadow.
SERVICE_RESERVED = frozenset({"with_options", "with_raw_response"})
#: Parameter names used by generated method bodies.
ARG_RESERVED = (
    frozenset({"self", "params", "options", "raw", "result", "cls", "payload", "validator", "page", "path"}) | BUILTINS
)
OPERATIONS_MODULE = "_operations"
#: Which location keeps its own name when params of one operation share a wire name.
_KEY_PRIORITY = ("body", "query", "header")


def is_model(schema: Schema) -> bool:
    """Schemas rendered as response model classes."""
    return schema.origin is not SchemaOrigin.PARAMS and schema.alias is None


@dataclass(frozen=True, slots=True)
class ClassName:
    module: str  # module under `models/`, e.g. "customer"
    qualname: str  # e.g. "Customer.InvoiceSettings"
    top: str  # the top-level class of the module that holds it, e.g. "Customer"

    @property
    def name(self) -> str:
        return self.qualname.rsplit(".", 1)[-1]


class PythonNames:
    """Every Python identifier of the client generated for one `Api`."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.models: dict[str, ClassName] = {}
        self.params: dict[str, tuple[str, str]] = {}  # schema id -> (params module, TypedDict name)
        self._assign_models()
        self._assign_params()
        self.services: dict[str, str] = {}
        self.members: dict[str, dict[str, str]] = {}  # resource id -> {method or child: attr}
        self._assign_services()

    # -- models ----------------------------------------------------------------

    def _assign_models(self) -> None:
        taken_modules: set[str] = {OPERATIONS_MODULE}
        taken_top: set[str] = set()
        by_path: dict[tuple[str, ...], str] = {}
        children: dict[str, set[str]] = {}
        envelopes = {  # list/search envelopes: the client returns pages instead
            str(op.response.ref)
            for op in self.api.operations
            if op.pagination is not None and op.response is not None and op.response.kind is TypeKind.OBJECT
        }
        ordered = sorted(
            (s for s in self.api.schemas.values() if is_model(s) and s.id not in envelopes),
            key=lambda s: (len(s.path), s.origin is not SchemaOrigin.COMPONENT, s.id),
        )
        for schema in ordered:
            if schema.origin is SchemaOrigin.COMPONENT:
                module = _unique_name(py_module(schema.id), taken_modules)
                top = _unique_name(py_class_name(schema.id, CLASS_RESERVED), taken_top)
                self.models[schema.id] = ClassName(module, top, top)
            else:
                parent = self._parent(schema, by_path)
                if parent is None:
                    top = _unique_name(py_class_name("_".join(schema.path), CLASS_RESERVED), taken_top)
                    self.models[schema.id] = ClassName(OPERATIONS_MODULE, top, top)
                else:
                    holder = self.models[parent[0]]
                    # A nested class is never named like a class it is inside (it would shadow it there).
                    siblings = children.setdefault(parent[0], set(holder.qualname.split(".")))
                    name = _unique_name(py_class_name("_".join(schema.path[parent[1] :])), siblings)
                    self.models[schema.id] = ClassName(holder.module, f"{holder.qualname}.{name}", holder.top)
            by_path.setdefault(schema.path, schema.id)

    def _parent(self, schema: Schema, by_path: dict[tuple[str, ...], str]) -> tuple[str, int] | None:
        for size in range(len(schema.path) - 1, 0, -1):
            parent = by_path.get(schema.path[:size])
            if parent is not None and parent in self.models:
                return parent, size
        return None

    def model(self, schema_id: str) -> ClassName:
        return self.models[schema_id]

    # -- params ------------------------------------------------------------------

    def _assign_params(self) -> None:
        taken: set[str] = set()  # names are exported from one `params` package: unique overall
        # The TypedDicts of schemas outside params first (components, then inline): their names
        # are the spec's own. An operation's params class named like one (component
        # `AnalyticsRuleCreate`, operation `analytics.rules.create`) gets the next free name.
        used = sorted(self._params_components(), key=lambda s: (s.origin is not SchemaOrigin.COMPONENT, s.id))
        self._component_params = {s.id: _unique_name(py_class_name(s.id) + "Params", taken) for s in used}
        self.operation_params: dict[str, tuple[str, str]] = {}
        for resource in self.api.resources:
            module = self.params_module_for_names(resource.names)
            for op in resource.operations:
                name = _params_class((*resource.names, op.name), ())
                self.operation_params[op.id] = (module, _unique_name(name, taken))
        for schema in sorted(self.api.schemas.values(), key=lambda s: s.id):
            if schema.origin is not SchemaOrigin.PARAMS:
                continue
            module = self.params_module_for_names(schema.path[:1])
            resource_part, rest = _split_params_path(schema.path)
            if rest:
                self.params[schema.id] = (module, _unique_name(_params_class(resource_part, rest), taken))

    def _params_components(self) -> list[Schema]:
        """The schemas request params use as TypedDicts of `_components`: those outside params
        (and a params schema with no path of its own), reached from any operation's params."""
        found: dict[str, Schema] = {}
        pending = [f.type for op in self.api.operations for f in op.params]
        pending += [f.type for s in self.api.schemas.values() if s.origin is SchemaOrigin.PARAMS for f in s.fields]
        while pending:
            t = pending.pop()
            if t.kind is TypeKind.OBJECT and t.ref is not None and t.ref not in found:
                schema = self.api.schema(t.ref)
                if schema.origin is not SchemaOrigin.PARAMS or not _split_params_path(schema.path)[1]:
                    found[schema.id] = schema
                    pending.extend(f.type for f in schema.request_fields)
            elif t.kind in (TypeKind.ARRAY, TypeKind.MAP) and t.items is not None:
                pending.append(t.items)
            elif t.kind is TypeKind.UNION:
                pending.extend(t.variants)
        return list(found.values())

    @staticmethod
    def param_keys(op: Operation) -> tuple[str, ...]:
        """The `**params` key of each of `op.params` (see `param_keys`)."""
        return param_keys(op)

    def op_params(self, op: Operation) -> tuple[str, str]:
        """(params module, TypedDict name) of everything but path params: `CustomerCreateParams`."""
        return self.operation_params[op.id]

    @staticmethod
    def params_module_for_names(names: tuple[str, ...]) -> str:
        return py_module(names[0]) if names else "_shared"

    @property
    def params_components(self) -> tuple[str, ...]:
        """The schemas with a TypedDict in `_components` (see `component_params`)."""
        return tuple(self._component_params)

    def component_params(self, schema_id: str) -> tuple[str, str]:
        """TypedDict for a component schema used inside request params."""
        return "_components", self._component_params[schema_id]

    # -- services ----------------------------------------------------------------

    def _assign_services(self) -> None:
        ids = service_ids(self.api)
        # Each service has a sync class `X` and an async one `AsyncX`: both names are taken
        # (resources `foo` and `async_foo` must not both give `AsyncFooService`).
        # Shorter names choose first, so `widgets` keeps `AsyncWidgetsService` from `async_widgets`.
        taken: set[str] = set(CLASS_RESERVED)
        wanted_names = {r: "".join(pascal_case(n) for n in r.split(".")) + "Service" for r in ids}
        for resource_id in sorted(ids, key=lambda r: (len(wanted_names[r]), r)):
            base, counter = wanted_names[resource_id], 2
            candidate = base
            while candidate in taken or "Async" + candidate in taken:
                candidate, counter = f"{base}{counter}", counter + 1
            taken |= {candidate, "Async" + candidate}
            self.services[resource_id] = candidate
        resources = {r.id: r for r in self.api.resources}
        children = children_of(ids)
        for resource_id in ids:
            wanted: list[tuple[str, str]] = [
                (child, py_name(child.rsplit(".", 1)[-1], SERVICE_RESERVED)) for child in children[resource_id]
            ]
            resource = resources.get(resource_id)
            if resource is not None:
                wanted += [(f"op:{op.id}", py_name(op.name, SERVICE_RESERVED)) for op in resource.operations]
            attrs = dedupe(attr for _, attr in wanted)
            self.members[resource_id] = {key: attr for (key, _), attr in zip(wanted, attrs, strict=True)}

    def service_class(self, resource_id: str) -> str:
        return self.services[resource_id]

    def service_module(self, resource_id: str) -> str:
        return py_module(resource_id.split(".")[0])

    def child_attr(self, parent_id: str, child_id: str) -> str:
        return self.members[parent_id][child_id]

    def method(self, op: Operation) -> str:
        return self.members[op.resource][f"op:{op.id}"]

    def top_level_services(self) -> list[str]:
        return sorted({r.names[0] for r in self.api.resources})

    def client_attr(self, top: str) -> str:
        return py_name(
            top,
            SERVICE_RESERVED
            | {"api_key", "base_url", "close", "construct_event", "type", "float", "bool", "str", "int"},
        )

    def call_path(self, service_id: str) -> str:
        """`customers.payment_methods`: how the docs reach a service from the client."""
        names = service_id.split(".")
        parts = [self.client_attr(names[0])]
        for size in range(2, len(names) + 1):
            parts.append(self.child_attr(".".join(names[: size - 1]), ".".join(names[:size])))
        return ".".join(parts)

    def path_args(self, op: Operation) -> list[str]:
        """The method's positional arguments: its path params in the order of the URL."""
        return dedupe(py_name(p.name, ARG_RESERVED) for p in url_order(op.path, op.path_params))

    @staticmethod
    def field_attr(name: str) -> str:
        return py_name(name, MODEL_RESERVED)

    @staticmethod
    def field_attrs(fields: tuple[Field, ...]) -> list[str]:
        """The attribute of each of a model's `fields`: wire names that normalise alike
        (`a-b`, `a_b`) get `a_b` and `a_b_2`, in the spec's order."""
        return dedupe(PythonNames.field_attr(f.name) for f in fields)


def param_keys(op: Operation) -> tuple[str, ...]:
    """The key in `**params` (and in the operation's TypedDict) of each of `op.params`.

    A param's key is its wire name, except for a second param of the same name in another
    location (a query or header param named like a body param): it gets `<name>_<location>`
    (`paypal_header`, or `paypal_header_2` if the spec has a param of that name too). The
    body keeps its names, then the query, then the headers. The generated method sends a
    renamed param under its wire name, and the validators check it under its key.
    """
    located = [("query", f) for f in op.query_params] + [("header", f) for f in op.header_params]
    located += [("body", f) for f in op.body_params]
    taken = {f.name for _, f in located}  # a param whose own name looks renamed keeps it
    claimed: set[str] = set()
    keys: dict[int, str] = {}
    for location in _KEY_PRIORITY:
        for index, (where, f) in enumerate(located):
            if where != location:
                continue
            if f.name in claimed:
                keys[index] = unique(f"{f.name}_{location}", taken)
            else:
                keys[index] = f.name
            claimed.add(f.name)
    return tuple(keys[index] for index in range(len(located)))


def _params_class(resource_part: tuple[str, ...], rest: tuple[str, ...]) -> str:
    """("customers", "create"), ("address",) -> CustomerCreateParamsAddress."""
    base = "".join(pascal_case(singular(n)) for n in resource_part[:-1]) + pascal_case(resource_part[-1])
    return base + "Params" + "".join(pascal_case(part) for part in rest)


def _split_params_path(path: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """("customers", "create", "params", "address") -> (("customers", "create"), ("address",))."""
    if "params" in path:
        index = len(path) - 1 - path[::-1].index("params")
        return path[:index] or ("api",), path[index + 1 :]
    return path[:1], path[1:]


def _unique_name(name: str, taken: set[str]) -> str:
    return unique(name, taken, separator="")


def claims(names: PythonNames) -> Iterator[Claim]:
    """Every name the plan defines, in the scope it is defined in (`targets.invariants`)."""
    api, package = names.api, "the params package"
    ops = operation_sources(api)
    for op_id, (_, name) in names.operation_params.items():
        yield Claim(package, name, ops[op_id][0], f"the params of {ops[op_id][1]}")
    typed_dicts = [(schema_id, name) for schema_id, (_, name) in names.params.items()]
    typed_dicts += [(schema_id, names.component_params(schema_id)[1]) for schema_id in names.params_components]
    for schema_id, name in typed_dicts:
        yield Claim(package, name, schema_source(api, schema_id), f"the params of schema {schema_id}")
    for schema_id, cls in names.models.items():
        what = f"the model of {schema_id}"
        yield class_claim(tuple(cls.qualname.split(".")), "the models package", schema_source(api, schema_id), what)
    for resource_id, service in names.services.items():
        yield Claim("the services package", service, "", f"the service of {resource_id}")
        yield from member_claims(ops, service, names.members[resource_id])
    for top in names.top_level_services():
        yield Claim("the client class", names.client_attr(top), "", f"the service {top}")
