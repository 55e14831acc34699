"""Which model each operation's error bodies are parsed into (`APIError.model`).

An operation's `responses` may declare a schema for an error status (`404`, `4XX`, `default`);
the runtime parses an error body with the model of the status that fits best. The surface
decides each method's table (`Method.error_models`); the table most operations share
(`Sdk.default_error_models`) is the client's (`_error_models()` in `_client.py`, built on the first error);
a method whose table differs passes its own `errors=`.
"""

from __future__ import annotations

from ...surface import ErrorModels, Sdk
from .layout import import_from
from .names import PythonNames
from .words import py_str


def table_items(table: ErrorModels, ref: dict[str, str]) -> list[str]:
    """The items of `{"404": <class>.from_dict, ...}`, each class as `ref` names it."""
    return [f"{py_str(status)}: {ref[schema_id]}.from_dict" for status, schema_id in table]


def table_literal(table: ErrorModels, ref: dict[str, str]) -> str:
    return "{" + ", ".join(table_items(table, ref)) + "}"


def client_function(sdk: Sdk, names: PythonNames) -> tuple[str, ...]:
    """The lines of `_error_models()`'s body in `_client.py` (indented): it imports the models it
    needs when first called."""
    table = sdk.default_error_models
    if not table:
        return ("    return {}",)
    tops = sorted({names.model(schema_id).top for _, schema_id in table})
    ref = {schema_id: names.model(schema_id).qualname for _, schema_id in table}
    body = [*import_from(".models", tops, 1).split("\n"), "", f"return {table_literal(table, ref)}"]
    return tuple(f"    {line}" if line else "" for line in body)
