"""TypeScript names for everything the package defines: types, files, services, members, arguments.

Every decision about a TypeScript identifier is made here, once per API, before anything is
rendered: the templates and the docs' samples read the same plan.

- Every response object (and named non-object schema) is an exported type of its own file
  under `src/types/` (`CustomerSession` in `types/customer-session.ts`), PascalCase, never the
  name of a global type, of an export of the runtime or of the package itself.
- Each method's params are an interface (`CustomerSessionCreateParams`) in its service's
  params file (`types/params/customer-sessions.ts`); the objects nested in them live in a
  namespace of the same name (`CustomerSessionCreateParams.Components.BuyButton`), as
  stripe-node declares them.
- Services are classes (`CustomerSessionsResource`, `resources/customer-sessions.ts`); the
  client and each service reach the services below them through camelCase properties, and
  methods are camelCase (`create`, `listPaymentMethods`); members never collide.
- Path params are positional camelCase arguments in URL order, never a reserved word.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ...surface import Api, Method, Schema, SchemaOrigin, Sdk, TypeKind, TypeRef
from ...surface.naming import module_name, pascal_case, singular, unique
from ..invariants import Claim, class_claim, member_claims, operation_sources, schema_source
from ..jinja import template_root
from .validation import response_validator_names, validator_names
from .words import GLOBAL_TYPES, KEYWORDS, local_name, member_name

#: Members every service and the client have (or JavaScript objects answer): no method or
#: child service takes them.
MEMBER_RESERVED = frozenset({"constructor", "prototype", "toString", "toJSON", "valueOf", "then", "__proto__"})
#: Locals of a generated method's body: path arguments must not take them.
ARG_RESERVED = frozenset({"params", "options", "body", "query", "headers", "route", "validators"})
_EXPORT = re.compile(r"^export (?:abstract )?(?:class|interface|type|function|const|async function) (\w+)", re.M)


@cache
def runtime_exports() -> frozenset[str]:
    """Every name the runtime exports: the package re-exports some, and no generated type hides one."""
    folder = template_root() / "typescript" / "runtime"
    return frozenset(name for path in folder.glob("*.ts") for name in _EXPORT.findall(path.read_text("utf-8")))


@dataclass(frozen=True, slots=True)
class TsType:
    """An exported type: the module that declares it (`types/customer-session`) and its name in it."""

    module: str
    qualname: tuple[str, ...]  # ("CustomerSessionCreateParams", "Components")

    @property
    def top(self) -> str:
        return self.qualname[0]

    @property
    def path(self) -> str:
        return ".".join(self.qualname)


@dataclass(frozen=True, slots=True)
class TsService:
    module: str  # resources/customer-sessions
    name: str  # CustomerSessionsResource


def error_prefix(sdk: Sdk, client_class: str) -> str:
    """What the package's error classes are called after: `Stripe` (`StripeError`), or the API's title."""
    return "Stripe" if sdk.stripe else pascal_case(sdk.api.title or client_class)


class TsNames:
    """Every TypeScript name of the package generated for one API."""

    def __init__(self, sdk: Sdk, client_class: str) -> None:
        self.sdk = sdk
        self.api = sdk.api
        self.client_class = client_class
        prefix = error_prefix(sdk, client_class)
        self.taken: set[str] = set(GLOBAL_TYPES | KEYWORDS | runtime_exports())
        self.taken |= {client_class, "ClientOptions", "ApiList", "ApiSearchResult", "ERROR_NAMES", prefix + "Error"}
        self.taken |= {prefix + suffix for suffix in _ERROR_SUFFIXES}
        self._files: set[str] = {"types/index", "types/params/index", "resources/index"}
        self.models: dict[str, TsType] = {}  # schema id -> its type
        self.params: dict[str, TsType] = {}  # operation id -> its params interface
        self.param_schemas: dict[str, TsType] = {}  # params schema id -> its interface in a namespace
        self.services: dict[str, TsService] = {}
        self.members: dict[str, dict[str, str]] = {}  # service id -> {child id or `op:<id>` -> member}
        self.client_attrs: dict[str, str] = {}
        self.validators = validator_names(self.api)  # operation id -> its params validator in validators.ts
        self.response_validators = response_validator_names(self.api, self.validators)  # ... -> its response's
        self._shadowed: dict[str, frozenset[str]] | None = None
        self._assign_models()
        self._assign_services()
        self._assign_params()

    def _file(self, folder: str, name: str) -> str:
        return unique(f"{folder}/" + module_name(name).replace("_", "-"), self._files, separator="-")

    def type_name(self, name: str) -> str:
        return unique(pascal_case(name), self.taken, separator="")

    # -- response objects --------------------------------------------------------------------

    def _assign_models(self) -> None:
        """Top-level types, one module each; a schema only one field of one other model uses
        (and with no `object` of its own) is nested in that model's namespace under the
        field's name (`CustomerSession.Components`), as stripe-node declares them."""
        wanted = {s.id: s for s in self.api.schemas.values() if s.origin is not SchemaOrigin.PARAMS}
        owners = _owners(self.api, wanted)
        children: dict[tuple[str, ...], set[str]] = defaultdict(set)
        ordered = sorted(
            wanted.values(), key=lambda s: (_depth(s.id, owners), s.origin is not SchemaOrigin.COMPONENT, s.id)
        )
        for schema in ordered:
            owner = owners.get(schema.id)
            if owner is None:
                name = self.type_name(schema.id)
                self.models[schema.id] = TsType(self._file("types", name), (name,))
                continue
            parent = self.models[owner[0]]
            taken = children[parent.qualname]
            taken.add(parent.top)
            name = unique(pascal_case(owner[1]), taken, separator="")
            self.models[schema.id] = TsType(parent.module, (*parent.qualname, name))

    # -- services ----------------------------------------------------------------------------

    def _assign_services(self) -> None:
        ids = sorted(self.sdk.services, key=lambda r: (r.count("."), r))
        for service_id in ids:
            parts = service_id.split(".")
            base = "".join(pascal_case(singular(part)) for part in parts[:-1]) + pascal_case(parts[-1])
            name = unique(base + "Resource", self.taken, separator="")
            self.services[service_id] = TsService(self._file("resources", base), name)
        for service_id in ids:
            node = self.sdk.node(service_id)
            taken = set(MEMBER_RESERVED)
            found: dict[str, str] = {}
            for child in node.children:
                found[child] = unique(member_name(child.rsplit(".", 1)[-1]), taken, separator="")
            for method in node.methods:
                found[f"op:{method.id}"] = unique(member_name(method.name), taken, separator="")
                if method.streams_on_request:
                    found[f"stream:{method.id}"] = unique(member_name(method.name + "_stream"), taken, separator="")
            self.members[service_id] = found
        taken = set(MEMBER_RESERVED) | {"on", "off"}  # the client's own methods
        self.client_attrs = {root: unique(member_name(root), taken, separator="") for root in self.sdk.roots}

    def service(self, service_id: str) -> TsService:
        return self.services[service_id]

    def method_name(self, method: Method) -> str:
        return self.members[method.resource_id][f"op:{method.id}"]

    def stream_name(self, method: Method) -> str:
        """The `<name>Stream` twin of a method that answers events when sent `stream: true`."""
        return self.members[method.resource_id][f"stream:{method.id}"]

    def call_path(self, service_id: str) -> str:
        """`customers.paymentMethods`: how a program reaches a service from the client."""
        parts = service_id.split(".")
        found = [self.client_attrs[parts[0]]]
        for size in range(2, len(parts) + 1):
            found.append(self.members[".".join(parts[: size - 1])][".".join(parts[:size])])
        return ".".join(found)

    @staticmethod
    def path_args(method: Method) -> list[str]:
        """The method's positional arguments: its path params, in URL order."""
        taken: set[str] = set()
        return [unique(local_name(p.name, ARG_RESERVED), taken, separator="") for p in method.path_params]

    # -- params ------------------------------------------------------------------------------

    def _assign_params(self) -> None:
        prefixes: dict[tuple[str, ...], TsType] = {}
        for method in self.sdk.methods():
            if not method.params:
                continue
            node = self.sdk.node(method.resource_id)
            base = "".join(pascal_case(singular(n)) for n in node.names) + pascal_case(method.name) + "Params"
            name = unique(base, self.taken, separator="")
            found = TsType(self.service(method.resource_id).module.replace("resources/", "types/params/"), (name,))
            self.params[method.id] = found
            prefixes[(*node.names, method.operation.name, "params")] = found
        children: dict[tuple[str, ...], set[str]] = defaultdict(set)
        schemas = [s for s in self.api.schemas.values() if s.origin is SchemaOrigin.PARAMS]
        for schema in sorted(schemas, key=lambda s: (len(s.path), s.path)):
            if schema.path in prefixes:  # the whole params object: the method's interface
                self.param_schemas[schema.id] = prefixes[schema.path]
                continue
            parent = self._params_parent(schema.id, schema.path, prefixes)
            if parent is None or schema.alias is not None:
                continue
            taken = children[parent.qualname]
            taken.add(parent.top)
            name = unique(pascal_case(schema.path[-1]), taken, separator="")
            self.param_schemas[schema.id] = TsType(parent.module, (*parent.qualname, name))

    def _params_parent(
        self, schema_id: str, path: tuple[str, ...], prefixes: dict[tuple[str, ...], TsType]
    ) -> TsType | None:
        """The interface holding a nested params object: its id's parent (`..._2` variants of one
        path keep theirs apart), else the one at its path's parent."""
        parent_id = schema_id.rsplit(".", 1)[0]
        found = self.param_schemas.get(parent_id)
        if found is not None:
            return found
        return prefixes.get(path[:-1]) if len(path) > 1 else None

    def params_of(self, method: Method) -> TsType | None:
        return self.params.get(method.id)

    def shadowed(self, module: str) -> frozenset[str]:
        """Names a module's namespaces declare: a type imported there under one is aliased."""
        if self._shadowed is None:
            found: dict[str, set[str]] = defaultdict(set)
            for t in (*self.param_schemas.values(), *self.models.values()):
                if len(t.qualname) > 1:
                    found[t.module].add(t.qualname[-1])
            self._shadowed = {key: frozenset(names) for key, names in found.items()}
        return self._shadowed.get(module, frozenset())


def _depth(schema_id: str, owners: dict[str, tuple[str, str]]) -> int:
    depth = 0
    while schema_id in owners:
        schema_id = owners[schema_id][0]
        depth += 1
    return depth


def _uses(api: Api, models: dict[str, Schema]) -> dict[str, set[tuple[str, str]]]:
    """Schema id -> (the model, the field) of each use (`("", id)`: a use by something else)."""
    uses: dict[str, set[tuple[str, str]]] = defaultdict(set)

    def note(type_ref: TypeRef, user: tuple[str, str]) -> None:
        for t in type_ref.walk():
            if t.ref is not None and t.kind is TypeKind.OBJECT:
                uses[t.ref].add(user)

    for schema in api.schemas.values():
        for f in schema.fields:
            note(f.type, (schema.id, f.name) if schema.id in models else ("", schema.id))
        for t in (schema.alias, schema.additional):
            if t is not None:
                note(t, ("", schema.id))
    for op in api.operations:
        for t in (op.response, op.page_item, op.stream_event):
            if t is not None:
                note(t, ("", op.id))
        for f in (*op.path_params, *op.params):
            note(f.type, ("", op.id))
    return uses


def _owners(api: Api, models: dict[str, Schema]) -> dict[str, tuple[str, str]]:
    """Schema id -> (the one model holding it, the field) for the object schemas nested in another."""
    uses = _uses(api, models)
    owners: dict[str, tuple[str, str]] = {}
    for schema_id, schema in models.items():
        found = uses.get(schema_id, set())
        if len(found) != 1 or schema.object_name or schema.deleted or schema.alias is not None:
            continue
        (owner,) = found
        if owner[0] in models and owner[0] != schema_id:
            owners[schema_id] = owner
    for schema_id in list(owners):  # a cycle of owners: its members stay top level
        seen = {schema_id}
        current = owners.get(schema_id)
        while current is not None:
            if current[0] in seen:
                owners.pop(schema_id, None)
                break
            seen.add(current[0])
            current = owners.get(current[0])
    return owners


_ERROR_SUFFIXES = (
    "Error",
    "ConnectionError",
    "ConnectionTimeoutError",
    "UserAbortError",
    "AuthenticationError",
    "CardError",
    "ConflictError",
    "IdempotencyError",
    "APIError",
    "InvalidRequestError",
    "PermissionError",
    "RateLimitError",
    "SignatureVerificationError",
    "ValidationError",
)

__all__ = ["TsNames", "TsService", "TsType", "error_prefix", "runtime_exports"]


def claims(names: TsNames) -> Iterator[Claim]:
    """Every exported type and member the plan defines, in its scope (`targets.invariants`)."""
    api, package = names.api, "the package's exports"
    ops = operation_sources(api)
    for schema_id, t in names.models.items():
        yield class_claim(t.qualname, package, schema_source(api, schema_id), f"the type of {schema_id}")
    own = set(names.params.values())
    for op_id, t in names.params.items():
        yield class_claim(t.qualname, package, ops[op_id][0], f"the params of {ops[op_id][1]}")
    for schema_id, t in names.param_schemas.items():
        if t not in own:
            yield class_claim(t.qualname, package, schema_source(api, schema_id), f"the params of schema {schema_id}")
    for service_id, service in names.services.items():
        yield Claim(package, service.name, "", f"the service of {service_id}")
        yield from member_claims(ops, service.name, names.members[service_id])
    for root, member in names.client_attrs.items():
        yield Claim(f"class {names.client_class}", member, "", f"the service {root}")
