"""Which model each operation's error bodies are parsed into (`APIError.model`).

An operation's `responses` may declare a schema for an error status (`404`, `4XX`, `default`);
the runtime parses an error body with the model of the status that fits best. The table most
operations share is the client's (`_error_models()` in `_client.py`, built on the first error);
a method whose table differs passes its own `errors=`.
"""

from __future__ import annotations

from ...ir.model import Api, Operation, TypeKind
from .layout import import_from
from .names import PythonNames, is_model
from .words import py_str

ErrorTable = tuple[tuple[str, str], ...]  # (status, schema id), in the spec's order


def error_table(api: Api, op: Operation) -> ErrorTable:
    """The statuses of `op` whose error body is one of the models."""
    table = []
    for error in op.errors:
        found = error.type
        if found is None or found.kind is not TypeKind.OBJECT or found.ref is None:
            continue
        schema = api.schemas.get(found.ref)
        if schema is not None and is_model(schema):
            table.append((error.status, found.ref))
    return tuple(table)


def default_table(api: Api) -> ErrorTable:
    """The table most operations have (the first such in the spec on a tie)."""
    counts: dict[ErrorTable, int] = {}
    for op in api.operations:
        table = error_table(api, op)
        counts[table] = counts.get(table, 0) + 1
    return max(counts, key=lambda table: counts[table]) if counts else ()


def table_items(table: ErrorTable, ref: dict[str, str]) -> list[str]:
    """The items of `{"404": <class>.from_dict, ...}`, each class as `ref` names it."""
    return [f"{py_str(status)}: {ref[schema_id]}.from_dict" for status, schema_id in table]


def table_literal(table: ErrorTable, ref: dict[str, str]) -> str:
    return "{" + ", ".join(table_items(table, ref)) + "}"


def client_function(api: Api, names: PythonNames) -> tuple[str, ...]:
    """The lines of `_error_models()`'s body in `_client.py` (indented): it imports the models it
    needs when first called."""
    table = default_table(api)
    if not table:
        return ("    return {}",)
    tops = sorted({names.model(schema_id).top for _, schema_id in table})
    ref = {schema_id: names.model(schema_id).qualname for _, schema_id in table}
    body = [*import_from(".models", tops, 1).split("\n"), "", f"return {table_literal(table, ref)}"]
    return tuple(f"    {line}" if line else "" for line in body)
