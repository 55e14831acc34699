"""Where each generated validator lives and what it is called, decided once from the IR.

Layout of the generated `_validators` package:

- `_validators/<resource>.py`, one per resource: `validate_<resource>_<method>_params` and
  `validate_<resource>_<method>_response` for its operations, plus private request-mode
  checks (`_check_<schema>`) of every object schema their params reach.
- `_validators/schemas/<group>.py`, one per top-level component (inline objects go with the
  component they are nested in): `check(value, path, issues)` for the component and
  `check_<nested path>` for its inline objects (response mode, called across modules as
  `_schemas.<group>.check`), and `validate_<schema>(value)` for every non-params schema.

Modules import each other lazily (through the packages' `__getattr__`), so importing one
module never pulls in the rest of a large spec.
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from ....surface import Api, Operation, Resource, Schema, SchemaOrigin, TypeKind, TypeRef
from ....surface.naming import dedupe, snake_case
from ..words import BUILTINS, py_module, py_name

PACKAGE = "_validators"
SCHEMAS = "schemas"


class Mode(enum.Enum):
    """Request params (None means absent, enums closed) or response values (null checked, enums open)."""

    REQUEST = "request"
    RESPONSE = "response"


@dataclass(frozen=True, slots=True)
class FunctionRef:
    module: str  # dotted, relative to the generated package: "_validators.customers"
    name: str


#: Longest identifier we emit: a `def` or a call of a longer one could not fit in 120 columns.
MAX_IDENTIFIER = 80
#: Longest module name (it is also written as `_schemas.<module>.check(...)`).
MAX_MODULE = 60


def shorten(name: str, limit: int = MAX_IDENTIFIER) -> str:
    """`name` itself, or its first part and a hash of the whole when it is longer than `limit`."""
    if len(name) <= limit:
        return name
    digest = hashlib.sha256(name.encode()).hexdigest()[:8]
    return f"{name[: limit - 9].rstrip('_')}_{digest}"


class Names:
    """Identifiers taken in one generated module; `take` returns a unique one (at most `MAX_IDENTIFIER` long)."""

    def __init__(self, reserved: Iterable[str] = ()) -> None:
        self._taken: set[str] = set(reserved)

    def take(self, wanted: str) -> str:
        wanted = shorten(wanted)
        candidate, counter = wanted, 2
        while candidate in self._taken:
            candidate = f"{wanted}_{counter}"
            counter += 1
        self._taken.add(candidate)
        return candidate

    def taken(self) -> list[str]:
        return sorted(self._taken)


#: Names every generated module imports or defines itself.
MODULE_RESERVED = frozenset({"annotations", "re", "Mapping", "MISSING", "IssuePath", "ValidationIssue", "_schemas"})
#: Names the packages' `__init__` imports or defines: no submodule may take them, or
#: `_schemas.annotations` would be `from __future__ import annotations` to a type checker.
PACKAGE_RESERVED = frozenset({"__init__", "annotations", "importlib"})


@dataclass(frozen=True, slots=True)
class ResourceModule:
    module: str
    resource: Resource
    params: tuple[tuple[Operation, str], ...]  # (operation, validate_..._params name)
    responses: tuple[tuple[Operation, str], ...]  # (operation, validate_..._response name)
    request_checks: Mapping[str, str]  # schema id -> local `_check_...` name
    taken: frozenset[str]  # every name the plan gave out in this module (rendering adds its own)


@dataclass(frozen=True, slots=True)
class SchemaModule:
    module: str
    schemas: tuple[Schema, ...]
    taken: frozenset[str]  # every name the plan gave out in this module (rendering adds its own)


@dataclass(frozen=True, slots=True)
class Layout:
    resources: tuple[ResourceModule, ...]
    schema_modules: tuple[SchemaModule, ...]
    params: Mapping[str, FunctionRef]  # operation key -> validate_..._params
    responses: Mapping[str, FunctionRef]  # operation key -> validate_..._response
    checks: Mapping[str, FunctionRef]  # schema id -> response-mode check_...
    validators: Mapping[str, FunctionRef]  # schema id -> validate_...


def fingerprint(layout: Layout) -> tuple[object, ...]:
    """Every name and place `layout` decided (not the IR content it holds), to digest."""

    def refs(mapping: Mapping[str, FunctionRef]) -> list[tuple[str, str, str]]:
        return sorted((key, ref.module, ref.name) for key, ref in mapping.items())

    return (
        [
            (
                m.module,
                m.resource.id,
                [(op.id, name) for op, name in m.params],
                [(op.id, name) for op, name in m.responses],
                sorted(m.request_checks.items()),
                sorted(m.taken),
            )
            for m in layout.resources
        ],
        [(m.module, [schema.id for schema in m.schemas], sorted(m.taken)) for m in layout.schema_modules],
        refs(layout.params),
        refs(layout.responses),
        refs(layout.checks),
        refs(layout.validators),
    )


def operation_key(op: Operation) -> str:
    return f"{op.resource}.{op.name}"


def params_validator(layout: Layout, op: Operation) -> tuple[str, str]:
    """(module relative to the package, function) of `validate_<resource>_<method>_params`."""
    target = layout.params[operation_key(op)]
    return target.module, target.name


def response_validator(layout: Layout, op: Operation) -> tuple[str, str] | None:
    """(module, function) of `validate_<resource>_<method>_response`; None when `op` returns nothing."""
    target = layout.responses.get(operation_key(op))
    return (target.module, target.name) if target else None


def schema_validator(layout: Layout, schema_id: str) -> tuple[str, str]:
    """(module, function) of `validate_<schema>` for a response schema (not a params object)."""
    target = layout.validators[schema_id]
    return target.module, target.name


def resource_stem(resource: Resource) -> str:
    return py_module("_".join(snake_case(name) for name in resource.names))


def plan(api: Api) -> Layout:
    """Module and function names for every validator of `api`."""
    module_names = dedupe(
        shorten(py_name(resource_stem(r), reserved={SCHEMAS, *PACKAGE_RESERVED}), MAX_MODULE) for r in api.resources
    )
    resources = tuple(
        _resource_module(api, r, f"{PACKAGE}.{m}") for r, m in zip(api.resources, module_names, strict=True)
    )
    checks: dict[str, FunctionRef] = {}
    validators: dict[str, FunctionRef] = {}
    schema_modules = []
    for module, schemas in _schema_groups(api):
        names = Names(MODULE_RESERVED | BUILTINS)
        for schema in schemas:
            inner = snake_case("_".join(schema.path[1:])) if len(schema.path) > 1 else ""
            checks[schema.id] = FunctionRef(module, names.take(f"check_{inner}" if inner else "check"))
            validators[schema.id] = FunctionRef(module, names.take(f"validate_{snake_case(schema.id)}"))
        schema_modules.append(SchemaModule(module, schemas, frozenset(names.taken())))
    return Layout(
        resources=resources,
        schema_modules=tuple(schema_modules),
        params={operation_key(op): FunctionRef(m.module, name) for m in resources for op, name in m.params},
        responses={operation_key(op): FunctionRef(m.module, name) for m in resources for op, name in m.responses},
        checks=checks,
        validators=validators,
    )


def _resource_module(api: Api, resource: Resource, module: str) -> ResourceModule:
    names = Names(MODULE_RESERVED | BUILTINS)
    stem = resource_stem(resource)
    params = tuple((op, names.take(f"validate_{stem}_{snake_case(op.name)}_params")) for op in resource.operations)
    responses = tuple(
        (op, names.take(f"validate_{stem}_{snake_case(op.name)}_response"))
        for op in resource.operations
        if op.response is not None
    )
    reached = request_schemas(api, resource.operations)
    local = f"{resource.id}."  # params objects of this resource: their ids start with it
    request_checks = {
        schema_id: names.take(f"_check_{snake_case(schema_id.removeprefix(local))}") for schema_id in reached
    }
    return ResourceModule(module, resource, params, responses, request_checks, frozenset(names.taken()))


def _schema_groups(api: Api) -> list[tuple[str, tuple[Schema, ...]]]:
    """(module, its response schemas) for every group of schemas named alike."""
    groups: dict[str, list[Schema]] = {}
    for schema in api.schemas.values():
        if schema.origin is not SchemaOrigin.PARAMS:
            groups.setdefault(schema.path[0] if schema.path else schema.id, []).append(schema)
    stems = dedupe(shorten(py_name(group, reserved=PACKAGE_RESERVED), MAX_MODULE) for group in groups)
    return [
        (f"{PACKAGE}.{SCHEMAS}.{stem}", tuple(members)) for stem, members in zip(stems, groups.values(), strict=True)
    ]


def request_schemas(api: Api, operations: Iterable[Operation]) -> list[str]:
    """Ids of the object schemas reachable from the params of `operations`, in first-seen order."""
    seen: dict[str, None] = {}
    pending = [param.type for op in operations for param in op.params]
    while pending:
        for type_ref in pending.pop(0).walk():
            mapped = [schema_id for _, schema_id in type_ref.discriminator.mapping] if type_ref.discriminator else []
            refs = [type_ref.ref] if type_ref.kind is TypeKind.OBJECT and type_ref.ref else []
            for schema_id in (*refs, *mapped):
                if schema_id not in seen:
                    seen[schema_id] = None
                    pending.extend(schema_types(api.schema(schema_id)))
    return list(seen)


def schema_types(schema: Schema) -> Iterator[TypeRef]:
    """The types a schema's check looks at directly."""
    if schema.alias is not None:
        yield schema.alias
    for field in schema.fields:
        yield field.type
    if schema.additional is not None:
        yield schema.additional
