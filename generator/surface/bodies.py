"""The object schema of an operation's request body: whether its params are closed.

Language-free, for every target's request validators: a body `<resource>.<method>.params`
(the converter's id for an inline body) or, for a `$ref`'d body, the component whose fields
are exactly the body params. Workaround until the IR records it (`Operation.body_schema`);
the Python and Ruby validators both read it here.
"""

from __future__ import annotations

from ..ir.model import Api, Operation, Schema

__all__ = ["body_schema"]


def body_schema(api: Api, op: Operation) -> Schema | None:
    """The object schema of `op`'s request body; None when it has none (or none is found)."""
    names = [param.name for param in op.body_params]
    candidate = api.schemas.get(f"{op.resource}.{op.name}.params")
    if candidate is not None and candidate.alias is None and [f.name for f in candidate.fields] == names:
        return candidate
    if not names:
        return None
    for schema in api.schemas.values():
        if schema.alias is None and [f.name for f in schema.fields] == names:
            return schema
    return None
