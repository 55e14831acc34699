"""Resource-class methods (stripe-java's `CustomerSession.create(params)`, `customer.update(params)`):
the methods `surface.resource_methods` gives a model's class, sent through the global
configuration's requestor (`Stripe.apiKey`, `Stripe.overrideApiBase(url)`), with the same request
as the client's service method, byte for byte."""

from __future__ import annotations

from dataclasses import dataclass

from ...surface import Schema, Sdk
from ...surface.resource_methods import ResourceMethod, resource_methods
from .names import JavaNames, accessor, member_bases
from .types import JavaTypes
from .views import OverloadView, _request_chain, _result
from .words import doc_lines

_MAP = "Map<String, Object>"


@dataclass(frozen=True, slots=True)
class ResourceStyle:
    """What resource classes need: the global configuration's class and each class's methods."""

    global_class: str
    package: str
    methods: dict[str, tuple[ResourceMethod, ...]]


def resource_style(sdk: Sdk, global_class: str, package: str) -> ResourceStyle:
    return ResourceStyle(global_class, package, resource_methods(sdk))


def class_methods(style: ResourceStyle, names: JavaNames, types: JavaTypes, schema: Schema) -> list[OverloadView]:
    """Every overload of every method `schema`'s class offers, no two of one erasure."""
    result: list[OverloadView] = []
    seen: set[str] = set()
    for resource in style.methods.get(schema.id, ()):
        for overload in _overloads(style, names, types, resource, _id_getter(schema)):
            erasure = overload.name + "(" + ",".join(_erased(p) for p in _split(overload.parameters)) + ")"
            if erasure not in seen:
                seen.add(erasure)
                result.append(overload)
    if result:
        types.imports |= {
            f"{style.package}.{style.global_class}",
            f"{style.package}.exception.ApiException",
            f"{style.package}.net.ApiRequest",
            f"{style.package}.net.RequestOptions",
        }
    return result


def _id_getter(schema: Schema) -> str:
    bases = dict(zip((f.name for f in schema.fields), member_bases(schema.fields), strict=True))
    return accessor("get", bases.get("id", "Id")) + "()"


def _split(parameters: str) -> list[str]:
    """`String a, Map<String, Object> b` -> its declarations (commas inside `<>` kept)."""
    parts, depth, current = [], 0, ""
    for ch in parameters:
        depth += ch == "<"
        depth -= ch == ">"
        if ch == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += ch
    return [*parts, current.strip()] if current.strip() else parts


def _erased(declaration: str) -> str:
    return declaration.rsplit(" ", 1)[0].split("<", 1)[0]


def _overloads(
    style: ResourceStyle, names: JavaNames, types: JavaTypes, resource: ResourceMethod, id_getter: str
) -> list[OverloadView]:
    """stripe-java's overloads: (params), (params, options), (Map), (Map, options), and () and
    (options) when no param is required; a static method takes the path's values first."""
    method = resource.method
    op = method.operation
    name = names.method(op)
    doc = doc_lines(method.doc)
    static = "" if resource.instance else "static "
    path_args = [f"this.{id_getter}"] if resource.instance else names.path_args(op, method.path_params)
    declared = [] if resource.instance else [f"String {arg}" for arg in path_args]
    passed = [] if resource.instance else list(path_args)
    params_java = names.params_class(op)
    returns, call = _result(types, method)
    call = call.replace("requestor()", f"{style.global_class}.requestor()")
    forward = "return " if returns != "void" else ""

    def full(params_decl: str, params_expr: str) -> OverloadView:
        chain = _request_chain(method, path_args, params_java, names.response_validators)
        chain[1] = f"with({params_expr}, options)"
        chain.insert(2, f"validate(Validators::{names.validators[op.id]})")
        body = call.replace("{request}", "\n            .".join(chain))
        return OverloadView(
            doc, static + returns, name, ", ".join([*declared, params_decl, "RequestOptions options"]), body
        )

    def forwarding(extra: list[str], arguments: list[str]) -> OverloadView:
        body = f"{forward}{name}({', '.join([*passed, *arguments])});"
        return OverloadView(doc, static + returns, name, ", ".join([*declared, *extra]), body)

    if params_java is None:
        chain = _request_chain(method, path_args, None, names.response_validators)
        if any("Validators::" in link for link in chain):
            types.imports.add(f"{style.package}.validation.Validators")
        body = call.replace("{request}", "\n            .".join(chain))
        last = OverloadView(doc, static + returns, name, ", ".join([*declared, "RequestOptions options"]), body)
        return [forwarding([], ["(RequestOptions) null"]), last]
    typed = types.ref(params_java, "param")
    types.use("Map")
    types.imports.add(f"{style.package}.net.ApiParams")
    types.imports.add(f"{style.package}.validation.Validators")
    overloads = []
    if not method.required_params:
        overloads.append(forwarding([], [f"({_MAP}) null", "(RequestOptions) null"]))
        overloads.append(forwarding(["RequestOptions options"], [f"({_MAP}) null", "options"]))
    overloads += [
        forwarding([f"{typed} params"], ["params", "(RequestOptions) null"]),
        full(f"{typed} params", "params"),
        forwarding([f"{_MAP} params"], ["params", "(RequestOptions) null"]),
        full(f"{_MAP} params", "ApiParams.fromMap(params)"),
    ]
    return overloads
