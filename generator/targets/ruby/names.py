"""Ruby names for everything the gem defines: classes, files, services, methods, readers, keywords.

Every decision about a Ruby identifier is made here, once per API, before anything is
rendered: templates, RBS signatures and the docs' samples read the same plan.

- Classes live in the gem's module. A component schema used by exactly one field of one other
  response object, with no `object` name of its own, is nested in it under the field's name
  (`CustomerSession::Components::BuyButton`), as stripe-ruby nests them; the others are top
  level, one file each under `resources/`.
- No class takes the name of a runtime class or of a Ruby core constant the runtime uses.
- Readers, methods and keywords are snake_case; a name that is a Ruby keyword, or a method
  every object or the runtime's base classes already have, gets a trailing `_`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from ...surface import Api, Field, Method, Schema, SchemaOrigin, Sdk, TypeKind, TypeRef
from ...surface.naming import dedupe, module_name, pascal_case, singular, snake_case, unique
from ..invariants import Claim, class_claim, member_claims, operation_sources, schema_source
from .words import KEYWORDS, ruby_name

#: Public methods of every Ruby object: a reader or method of that name would hide them.
OBJECT_METHODS = frozenset(
    [
        "class",
        "clone",
        "display",
        "dup",
        "enum_for",
        "eql?",
        "equal?",
        "extend",
        "freeze",
        "frozen?",
        "hash",
        "inspect",
        "instance_of?",
        "instance_variable_defined?",
        "instance_variable_get",
        "instance_variable_set",
        "instance_variables",
        "is_a?",
        "itself",
        "kind_of?",
        "method",
        "methods",
        "nil?",
        "object_id",
        "public_method",
        "public_send",
        "respond_to?",
        "send",
        "singleton_class",
        "singleton_method",
        "singleton_methods",
        "tap",
        "then",
        "to_enum",
        "to_s",
        "yield_self",
        "instance_eval",
        "instance_exec",
        "method_missing",
        "respond_to_missing?",
        "initialize",
        "__send__",
        "__id__",
        "format",
        "print",
        "puts",
        "raise",
        "require",
        "sleep",
        "loop",
        "p",
        "pp",
        "lambda",
        "proc",
        "binding",
        "caller",
        "catch",
        "throw",
        "fail",
        "rand",
        "srand",
        "exit",
        "abort",
        "fork",
        "system",
        "spawn",
        "open",
        "select",
        "gets",
    ]
)
#: Methods of the runtime's StripeObject (and Enumerable, which it includes).
OBJECT_RESERVED = OBJECT_METHODS | frozenset(
    [
        "keys",
        "values",
        "each",
        "key?",
        "deleted?",
        "last_response",
        "last_response=",
        "requestor",
        "requestor=",
        "to_hash",
        "to_h",
        "as_json",
        "to_json",
        "construct_from",
        "field_types",
        "map",
        "select",
        "reject",
        "find",
        "first",
        "count",
        "include?",
        "to_a",
        "entries",
        "sort",
        "min",
        "max",
        "sum",
        "zip",
        "group_by",
        "partition",
        "reduce",
        "each_with_index",
        "each_with_object",
        "filter_map",
        "flat_map",
        "sort_by",
        "min_by",
        "max_by",
        "take",
        "drop",
        "lazy",
        "chunk",
        "tally",
        "uniq",
    ]
)
#: Members of the runtime's StripeService (and the client) that a method or service must not hide.
SERVICE_RESERVED = OBJECT_METHODS | frozenset(
    {"request", "page", "auto_page", "bytes", "parse", "requestor", "with_raw_response"}
)
#: Kernel's private methods (`fail`, `open`, `select`...): a method of a service may take one of
#: those names (`inbound_transfers.fail`, as stripe-ruby spells it), except those the runtime's
#: StripeService calls itself.
KERNEL_PRIVATE = frozenset(
    {"format", "print", "puts", "raise", "require", "sleep", "loop", "p", "pp", "lambda", "proc", "binding"}
    | {"caller", "catch", "throw", "fail", "rand", "srand", "exit", "abort", "fork", "system", "spawn", "open"}
    | {"select", "gets"}
)
#: Names a method of a service must not take: Object's public methods, the runtime's.
METHOD_RESERVED = (SERVICE_RESERVED - KERNEL_PRIVATE) | frozenset({"raise", "lambda"})
#: Methods of the client: no service reader takes their names.
CLIENT_RESERVED = SERVICE_RESERVED | frozenset(
    {"on_request", "on_response", "webhooks", "construct_event", "raw_request", "deserialize"}
)
#: Local names of a generated method's body: path arguments must not take them.
ARG_RESERVED = KEYWORDS | frozenset({"params", "opts"})
#: Classes of the runtime, and core constants it names without `::`: no generated class takes them.
CLASS_RESERVED = frozenset(
    {"StripeObject", "APIResource", "ListObject", "SearchResultObject", "Types", "Util", "RequestParams"}
    | {"Requestor", "StripeService", "VERSION", "Response", "Prepared", "ArrayOf", "HashOf", "Expandable", "OneOf"}
    | {"StripeError", "APIError", "APIConnectionError", "AuthenticationError", "CardError", "IdempotencyError"}
    | {"InvalidRequestError", "PermissionError", "RateLimitError"}
    | {"Auth", "MissingCredentialsError", "Applied", "Paging", "AutoPage", "Mutex", "Float", "Integer"}
    | {"Webhook", "SignatureVerificationError", "Signature", "StandardSignature", "OBJECT_TYPES", "ROOT"}
    | {"HTTPRequest", "NetHTTPClient", "StreamBody", "StripeResponse", "RequestEvent", "ResponseEvent", "Fiber"}
    | {"Object", "BasicObject", "Kernel", "Module", "Class", "Struct", "Enumerable", "Comparable", "Process"}
    | {"JSON", "URI", "Net", "OpenSSL", "SecureRandom", "Encoding", "StandardError", "ArgumentError", "Logger"}
    | {"StopIteration", "Hash", "Array", "String", "Integer", "Float", "Symbol", "Time", "File", "IO", "Random"}
    | {"Timeout", "Numeric", "Proc", "NilClass", "TrueClass", "FalseClass", "Boolean", "Data", "Set", "Method"}
)
_PARAMS_CLASS_RESERVED = frozenset({"FIELDS"})
#: The runtime's base classes, as its files spell them (`StripeObject`...): a gem names them after
#: its module (`Stripe::StripeObject` as in stripe-ruby, `Resend::ResendObject`).
_RUNTIME_BASE = re.compile(r"\bStripe(Object|Service|Error|Response)\b")
_BASE_KINDS = ("Object", "Service", "Error", "Response")


@dataclass(frozen=True, slots=True)
class RuntimeBases:
    """The runtime's base classes in a gem whose module is `module`: `<Last>Object`, `<Last>Service`,
    `<Last>Error` and `<Last>Response`, `Last` the module's last part (`Acme::Pay`: `PayError`)."""

    prefix: str

    @classmethod
    def of(cls, module: str) -> RuntimeBases:
        prefix = module.split("::")[-1]
        others = CLASS_RESERVED - {f"Stripe{kind}" for kind in _BASE_KINDS}
        return cls(prefix if not any(prefix + kind in others for kind in _BASE_KINDS) else prefix + "Sdk")

    @property
    def object(self) -> str:
        return self.prefix + "Object"

    @property
    def service(self) -> str:
        return self.prefix + "Service"

    @property
    def error(self) -> str:
        return self.prefix + "Error"

    @property
    def response(self) -> str:
        return self.prefix + "Response"

    @property
    def names(self) -> frozenset[str]:
        return frozenset(self.prefix + kind for kind in _BASE_KINDS)

    @property
    def object_file(self) -> str:
        """The runtime file of `object` (`stripe_object`, `resend_object`)."""
        return snake_case(self.prefix) + "_object"

    def rename(self, text: str) -> str:
        """A runtime file's text with its base classes named for this gem."""
        return _RUNTIME_BASE.sub(lambda m: self.prefix + m.group(1), text)


@dataclass(frozen=True, slots=True)
class RubyClass:
    """A class of the gem: the file that defines it and its name inside the module."""

    file: str  # the file stem (under resources/, params/ or services/) of its top-level class
    qualname: tuple[str, ...]  # ("CustomerSession", "Components")

    @property
    def name(self) -> str:
        return self.qualname[-1]

    @property
    def path(self) -> str:
        return "::".join(self.qualname)


def class_name(name: str, reserved: frozenset[str] = CLASS_RESERVED) -> str:
    found = pascal_case(name)
    while found in reserved:
        found += "Object"
    return found


def envelopes(api: Api) -> set[str]:
    """Schemas of list and search pages: the client returns a ListObject instead."""
    return {
        str(op.response.ref)
        for op in api.operations
        if op.pagination is not None and op.response is not None and op.response.kind is TypeKind.OBJECT
    }


def is_model(schema: Schema) -> bool:
    return schema.origin is not SchemaOrigin.PARAMS and schema.alias is None


#: Names a params validator may not take: the `Validators` module's own and its helpers'.
VALIDATION_RESERVED = frozenset(
    {"name", "hash", "class", "send", "freeze", "method", "methods", "inspect", "to_s", "keys", "fetch", "pattern"}
    | {"type_issue", "missing_issue", "unknown_keys", "enum_issue", "bound_issue", "pattern_issue", "unique_issue"}
    | {"access_issue", "one_of_issue", "best_branch", "upload", "decimal", "number", "member", "multiple", "shown"}
    | {"fetch_present"}
)


def validator_names(api: Api) -> dict[str, str]:
    """Operation id -> the name of its params validator (`Validators.customers_create`)."""
    taken: set[str] = set(VALIDATION_RESERVED)
    return {op.id: unique(snake_case(f"{op.resource}_{op.name}"), taken) for op in api.operations}


def response_validator_names(api: Api, params: dict[str, str]) -> dict[str, str]:
    """Operation id -> the name of its response validator (`Validators.customers_create_response`),
    for each operation that answers a body; none takes a params validator's name."""
    taken: set[str] = set(VALIDATION_RESERVED) | set(params.values())
    return {op.id: unique(f"{params[op.id]}_response", taken) for op in api.operations if op.response is not None}


class RubyNames:
    """Every Ruby name of the gem generated for one API."""

    def __init__(self, sdk: Sdk, module: str, client_class: str) -> None:
        self.api = sdk.api
        self.sdk = sdk
        self.module = module
        self.bases = RuntimeBases.of(module)
        self.taken: set[str] = set(CLASS_RESERVED | self.bases.names) | {client_class, module.split("::")[0]}
        self.models: dict[str, RubyClass] = {}
        self.params: dict[str, RubyClass] = {}  # operation id -> its params class
        self.param_schemas: dict[str, RubyClass] = {}  # params schema id -> its nested class
        self.services: dict[str, RubyClass] = {}  # resource id -> its service class
        self.members: dict[str, dict[str, str]] = {}  # resource id -> {child id or `op:<id>` -> name}
        self.client_attrs: dict[str, str] = {}  # top resource id -> client reader
        self.validators = validator_names(self.api)  # operation id -> its params validator
        self.response_validators = response_validator_names(self.api, self.validators)  # ... -> its response's
        self._assign_models()
        self._assign_services()
        self._assign_params()
        self.defined = frozenset(
            c.qualname
            for group in (self.models, self.params, self.param_schemas, self.services)
            for c in group.values()
        )

    # -- response objects ------------------------------------------------------------------

    def _assign_models(self) -> None:
        skipped = envelopes(self.api)
        wanted = {s.id: s for s in self.api.schemas.values() if is_model(s) and s.id not in skipped}
        owners = _owners(self.api, wanted)
        reserved = CLASS_RESERVED | self.bases.names | {self.module.split("::")[0]}
        children: dict[str, set[str]] = defaultdict(lambda: set(reserved))
        files: set[str] = set()
        ordered = sorted(wanted.values(), key=lambda s: (_depth(s.id, owners), s.id))
        for schema in ordered:
            owner = owners.get(schema.id)
            if owner is None:
                top = unique(class_name(schema.id), self.taken, separator="")
                self.models[schema.id] = RubyClass(unique(module_name(snake_case(top)), files), (top,))
                continue
            parent = self.models[owner[0]]
            name = unique(class_name(owner[1]), children[owner[0]], separator="")
            self.models[schema.id] = RubyClass(parent.file, (*parent.qualname, name))

    def model(self, schema_id: str) -> RubyClass:
        return self.models[schema_id]

    @staticmethod
    def readers(fields: tuple[Field, ...]) -> list[str]:
        """The reader of each field of a response object, in order."""
        return dedupe(ruby_name(f.name, OBJECT_RESERVED) for f in fields)

    # -- services ----------------------------------------------------------------------------

    def _assign_services(self) -> None:
        ids = list(self.sdk.services)
        files: set[str] = set()
        for resource_id in sorted(ids, key=lambda r: (r.count("."), r)):
            base = "".join(pascal_case(singular(part)) for part in resource_id.split(".")) + "Service"
            name = unique(class_name(base), self.taken, separator="")
            self.services[resource_id] = RubyClass(unique(module_name(snake_case(name)), files), (name,))
        for resource_id in ids:
            node = self.sdk.node(resource_id)
            wanted = [(child, ruby_name(child.rsplit(".", 1)[-1], SERVICE_RESERVED)) for child in node.children]
            wanted += [(f"op:{m.id}", method_name(m.name, node.names[-1])) for m in node.methods]
            names = dedupe(name for _, name in wanted)
            self.members[resource_id] = {key: name for (key, _), name in zip(wanted, names, strict=True)}
        tops = sorted({r.names[0] for r in self.api.resources})
        attrs = dedupe(ruby_name(top, CLIENT_RESERVED) for top in tops)
        self.client_attrs = dict(zip(tops, attrs, strict=True))

    def service(self, resource_id: str) -> RubyClass:
        return self.services[resource_id]

    def method_name(self, method: Method) -> str:
        return self.members[method.resource_id][f"op:{method.id}"]

    def child(self, parent_id: str, child_id: str) -> str:
        return self.members[parent_id][child_id]

    def call_path(self, resource_id: str) -> str:
        """`customers.payment_methods`: how a program reaches a resource's service from the client."""
        parts = resource_id.split(".")
        found = [self.client_attrs[parts[0]]]
        for size in range(2, len(parts) + 1):
            found.append(self.child(".".join(parts[: size - 1]), ".".join(parts[:size])))
        return ".".join(found)

    @staticmethod
    def path_args(method: Method) -> list[str]:
        """The method's positional arguments: its path params, in URL order."""
        return dedupe(ruby_name(p.name, ARG_RESERVED) for p in method.path_params)

    # -- params ------------------------------------------------------------------------------

    def _assign_params(self) -> None:
        files: set[str] = set()
        prefixes: dict[tuple[str, ...], RubyClass] = {}
        for method in self.sdk.methods():
            if not _kept_params(method):
                continue
            resource = self.sdk.node(method.resource_id)
            base = "".join(pascal_case(singular(n)) for n in resource.names) + pascal_case(method.name) + "Params"
            name = unique(class_name(base), self.taken, separator="")
            found = RubyClass(unique(module_name(snake_case(name)), files), (name,))
            self.params[method.id] = found
            prefixes[(*resource.names, method.operation.name, "params")] = found
        reserved = CLASS_RESERVED | _PARAMS_CLASS_RESERVED | self.bases.names
        children: dict[tuple[str, ...], set[str]] = defaultdict(lambda: set(reserved))
        schemas = [s for s in self.api.schemas.values() if s.origin is SchemaOrigin.PARAMS]
        for schema in sorted(schemas, key=lambda s: (len(s.path), s.path)):
            parent = self._params_parent(schema.path, prefixes)
            if parent is None or schema.alias is not None:
                continue
            name = unique(class_name(schema.path[-1]), children[parent.qualname], separator="")
            found = RubyClass(parent.file, (*parent.qualname, name))
            self.param_schemas[schema.id] = found
            prefixes[schema.path] = found

    @staticmethod
    def _params_parent(path: tuple[str, ...], prefixes: dict[tuple[str, ...], RubyClass]) -> RubyClass | None:
        return prefixes.get(path[:-1]) if len(path) > 1 else None

    def params_class(self, method: Method) -> RubyClass | None:
        return self.params.get(method.id)

    @staticmethod
    def keywords(fields: tuple[Field, ...]) -> list[str]:
        """The keyword (and attribute) of each field of a params class."""
        return dedupe(ruby_name(f.name, OBJECT_METHODS | KEYWORDS) for f in fields)

    # -- references --------------------------------------------------------------------------

    def ref(self, scope: tuple[str, ...], target: tuple[str, ...]) -> str:
        """How code inside class `scope` names class `target`: the shortest name Ruby's lexical
        lookup resolves to it (`Components` inside `CustomerSession`), else the full path."""
        for start in range(min(len(target) - 1, len(scope)), -1, -1):
            if target[:start] != scope[:start]:
                continue
            if self._lookup(target[start], scope) == target[: start + 1]:
                return "::".join(target[start:])
        return "::".join((self.module, *target))

    def _lookup(self, name: str, scope: tuple[str, ...]) -> tuple[str, ...] | None:
        for size in range(len(scope), -1, -1):
            candidate = (*scope[:size], name)
            if candidate in self.defined:
                return candidate
        return None


def method_name(name: str, resource: str) -> str:
    """A service method's name: `send` is `send_<resource>` (`invoices.send_invoice`, as
    stripe-ruby spells it: Object#send must keep working); another name Ruby or the runtime
    takes gets a trailing `_`."""
    found = snake_case(name)
    if found == "send":
        return ruby_name(f"send_{singular(resource)}", METHOD_RESERVED)
    return ruby_name(name, METHOD_RESERVED)


def _kept_params(method: Method) -> bool:
    return bool(method.params)


def _depth(schema_id: str, owners: dict[str, tuple[str, str]]) -> int:
    depth = 0
    while schema_id in owners:
        schema_id = owners[schema_id][0]
        depth += 1
    return depth


def _owners(api: Api, models: dict[str, Schema]) -> dict[str, tuple[str, str]]:
    """Schema id -> (the one model that holds it, the field) for the schemas nested in another."""
    uses: dict[str, set[tuple[str, str]]] = defaultdict(set)

    def note(type_ref: TypeRef, user: tuple[str, str]) -> None:
        for t in type_ref.walk():
            if t.ref is not None and t.kind is TypeKind.OBJECT:
                uses[t.ref].add(user)

    for schema in api.schemas.values():
        for f in schema.fields:
            note(f.type, (schema.id, f.name) if schema.id in models else ("", schema.id))
        if schema.alias is not None:
            note(schema.alias, ("", schema.id))
    for op in api.operations:
        for t in (op.response, op.page_item):
            if t is not None:
                note(t, ("", op.id))
        for f in (*op.path_params, *op.params):
            note(f.type, ("", op.id))
    owners: dict[str, tuple[str, str]] = {}
    for schema_id, schema in models.items():
        found = uses.get(schema_id, set())
        if len(found) != 1 or schema.object_name or schema.deleted:
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


__all__ = ["RubyClass", "RubyNames", "envelopes", "is_model"]


def claims(names: RubyNames) -> Iterator[Claim]:
    """Every constant and method the plan defines, in the scope it is defined in (`targets.invariants`)."""
    api, module = names.api, f"module {names.module}"
    ops = operation_sources(api)
    for schema_id, cls in names.models.items():
        what = f"the model of {schema_id}"
        yield class_claim(cls.qualname, module, schema_source(api, schema_id), what, separator="::")
    for op_id, cls in names.params.items():
        yield class_claim(cls.qualname, module, ops[op_id][0], f"the params of {ops[op_id][1]}", separator="::")
    for schema_id, cls in names.param_schemas.items():
        what = f"the params of schema {schema_id}"
        yield class_claim(cls.qualname, module, schema_source(api, schema_id), what, separator="::")
    for resource_id, service in names.services.items():
        yield class_claim(service.qualname, module, "", f"the service of {resource_id}", separator="::")
        yield from member_claims(ops, service.path, names.members[resource_id])
    for root, reader in names.client_attrs.items():
        yield Claim("the client class", reader, "", f"the service {root}")
