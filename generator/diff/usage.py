"""Which side (request, response) each schema and enum of an `Api` is used on.

A schema reachable from an operation's parameters is on the request side; one
reachable from a response (or an error response) is on the response side; it can
be both. Schemas reachable from no operation (Stripe's webhook-only objects) are
on neither here; the comparison treats them as responses, since clients receive them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..ir.model import Api, TypeKind, TypeRef
from .rules import Side


@dataclass(slots=True)
class Usage:
    schemas: dict[str, set[Side]] = field(default_factory=dict)
    enums: dict[str, set[Side]] = field(default_factory=dict)


def usage(api: Api) -> Usage:
    found = Usage()
    for operation in api.operations:
        request = [param.type for param in (*operation.path_params, *operation.params)]
        response = [operation.response, operation.page_item, *(error.type for error in operation.errors)]
        _mark(api, request, Side.REQUEST, found)
        _mark(api, [t for t in response if t is not None], Side.RESPONSE, found)
    return found


def _mark(api: Api, roots: Iterable[TypeRef], side: Side, found: Usage) -> None:
    stack = list(roots)
    while stack:
        for node in stack.pop().walk():
            if node.ref is None:
                continue
            if node.kind is TypeKind.ENUM:
                found.enums.setdefault(node.ref, set()).add(side)
            elif node.kind is TypeKind.OBJECT:
                sides = found.schemas.setdefault(node.ref, set())
                if side in sides:
                    continue
                sides.add(side)
                schema = api.schemas.get(node.ref)
                if schema is None:
                    continue
                stack.extend(f.type for f in schema.fields)
                stack.extend(t for t in (schema.additional, schema.alias) if t is not None)
