"""Which methods a model's class offers itself, in stripe-java's and stripe-ruby's resource style
(`CustomerSession.create(params)`, `customer.update(params)`), decided once for every language.

A service's methods belong to the class of the object its operations return
(`ServiceNode.schema`), when that object is a resource (it has an `object` value). A method acts
on one object (an *instance* method: `customer.delete()`) when its path holds one param, that
param names the object (the path ends with it, or with it and one more word: `.../{intent}/confirm`),
the service is a top-level one and the object has an `id`; `retrieve` always takes the id
(a static method), as every other method does.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Method, Sdk


@dataclass(frozen=True, slots=True)
class ResourceMethod:
    method: Method
    instance: bool  # called on an object, its `id` filling the path's one param


def resource_methods(sdk: Sdk) -> dict[str, tuple[ResourceMethod, ...]]:
    """{schema id: the methods its class offers}, services in id order (the shorter first)."""
    found: dict[str, list[ResourceMethod]] = {}
    for node in sorted(sdk.services.values(), key=lambda n: (len(n.names), n.id)):
        schema = sdk.api.schemas.get(node.schema) if node.schema else None
        if schema is None or schema.object_name is None or schema.deleted:
            continue
        has_id = schema.field("id") is not None
        for method in node.methods:
            instance = has_id and len(node.names) == 1 and acts_on_one(method)
            found.setdefault(schema.id, []).append(ResourceMethod(method, instance))
    return {schema_id: tuple(methods) for schema_id, methods in found.items()}


def acts_on_one(method: Method) -> bool:
    """Whether `method`'s one path param names the object it acts on (not a `retrieve`)."""
    if len(method.path_params) != 1 or method.name == "retrieve":
        return False
    tail = [segment for segment in method.segments if segment.text.strip("/")]
    if tail and tail[-1].param is not None:
        return True
    return len(tail) >= 2 and tail[-2].param is not None and "/" not in tail[-1].text.strip("/")
