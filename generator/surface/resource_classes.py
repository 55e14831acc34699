"""Resource classes (`Customer.retrieve(id)`, as stripe-python's and stripe-ruby's): which
service's methods each object's class offers, and under which class-method names.

A service's `schema` is the object its operations return; the service closest to the root
(fewest names, then first by id) that returns a component schema gives that schema's class its
methods: `create` and `list` (no path param), `retrieve`, `modify` (the service's `update`) and
`delete` (one path param: the object's id). Language-free: each target spells and renders them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..ir.model import SchemaOrigin
from .model import Method, Returns, Sdk, ServiceNode

#: The class method each service method becomes, and the path params it takes.
_CLASS_METHODS = {"create": ("create", 0), "list": ("list", 0), "retrieve": ("retrieve", 1)}
_CLASS_METHODS |= {"update": ("modify", 1), "delete": ("delete", 1)}


@dataclass(frozen=True, slots=True)
class ResourceClass:
    """The methods one object's class offers: class-method name -> the service method it calls."""

    schema: str
    service: ServiceNode
    methods: tuple[tuple[str, Method], ...]  # in the order create, retrieve, modify, delete, list


def resource_classes(sdk: Sdk) -> dict[str, ResourceClass]:
    """Each component schema with methods of its own, by schema id (sorted)."""
    found: dict[str, ResourceClass] = {}
    for node in sorted(sdk.services.values(), key=lambda n: (len(n.names), n.id)):
        schema = sdk.api.schemas.get(node.schema or "")
        if schema is None or schema.origin is not SchemaOrigin.COMPONENT or schema.id in found:
            continue
        methods = _methods(node)
        if methods:
            found[schema.id] = ResourceClass(schema.id, node, methods)
    return dict(sorted(found.items()))


def _methods(node: ServiceNode) -> tuple[tuple[str, Method], ...]:
    chosen: dict[str, Method] = {}
    for method in node.methods:
        wanted = _CLASS_METHODS.get(method.name)
        if wanted is None or len(method.path_params) != wanted[1] or wanted[0] in chosen:
            continue
        if wanted[0] == "list" and not method.returns.pages:
            continue
        if wanted[0] != "list" and method.returns not in (Returns.OBJECT, Returns.VALUE):
            continue
        chosen[wanted[0]] = method
    order = ("create", "retrieve", "modify", "delete", "list")
    return tuple((name, chosen[name]) for name in order if name in chosen)
