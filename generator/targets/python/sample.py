"""The docs' Python sample of a call: `client.customer_sessions.create(customer="cus_123", ...)`.

Names come from the client's own naming (`PythonNames`): the sample calls exactly the method
the client has (`disputes.close`; a keyword stays safe: `inbound_transfers.return_`). Values
are Python literals of the example's JSON values, so nothing from a spec can break out of a
sample.
"""

from __future__ import annotations

import json

from ...surface import JSON, Example, Method
from .names import PythonNames
from .options import PythonOptions
from .words import is_python_identifier, py_name

API_KEY_VARIABLE = "API_KEY"
_LINE = 88
_INDENT = "    "


def python_sample(names: PythonNames, options: PythonOptions, method: Method, example: Example) -> str:
    """The sample, with its imports and the client's construction."""
    setup = [
        "import os",
        "",
        f"from {options.package} import {options.client_class}",
        "",
        f'client = {options.client_class}(os.environ["{API_KEY_VARIABLE}"])',
    ]
    return "\n".join([*setup, sample_statement(names, method, example)])


def sample_statement(names: PythonNames, method: Method, example: Example) -> str:
    """The call alone: `session = client.customer_sessions.create(customer="cus_123", ...)`."""
    target = call_path(names, method)
    keys = {
        (f.location, f.name): key
        for f, key in zip(method.operation.params, names.param_keys(method.operation), strict=True)
    }
    args = [_py_literal(value, 1) for _, value in example.path_values]
    kwargs = [(keys.get((p.location, p.name), p.name), _py_literal(v, 1)) for p, v in example.params]
    result = py_name(example.result, ("client", "os")) if example.result else ""
    head = f"{result} = {target}(" if result else f"{target}("
    one_line = head + ", ".join(args + [_keyword(name, value) for name, value in kwargs]) + ")"
    if len(one_line) <= _LINE and "\n" not in one_line:
        statement = one_line
    else:
        parts = args + [_keyword(name, value) for name, value in kwargs]
        statement = head + "\n" + "".join(f"{_INDENT}{part},\n" for part in parts) + ")"
    return statement


def call_path(names: PythonNames, method: Method) -> str:
    """`client.customers.payment_methods.list`: the attribute path the sample calls."""
    return f"client.{names.call_path(method.resource_id)}.{names.method(method.operation)}"


def _keyword(name: str, value: str) -> str:
    """A keyword argument by its wire name; names that are not identifiers go through `**{}`."""
    if is_python_identifier(name):
        return f"{name}={value}"
    return f"**{{{json.dumps(name, ensure_ascii=False)}: {value}}}"


def _py_literal(value: JSON, level: int) -> str:
    """A Python literal for a JSON value, split over lines (black's style) when long."""
    flat = _py_flat(value)
    if len(flat) + len(_INDENT) * level <= _LINE - 12 or not isinstance(value, (dict, list)) or not value:
        return flat
    inner = _INDENT * (level + 1)
    if isinstance(value, dict):
        items = [f"{json.dumps(str(k), ensure_ascii=False)}: {_py_literal(v, level + 1)}" for k, v in value.items()]
        return "{\n" + "".join(f"{inner}{item},\n" for item in items) + _INDENT * level + "}"
    items = [_py_literal(item, level + 1) for item in value]
    return "[\n" + "".join(f"{inner}{item},\n" for item in items) + _INDENT * level + "]"


def _py_flat(value: JSON) -> str:
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, dict):
        return (
            "{" + ", ".join(f"{json.dumps(str(k), ensure_ascii=False)}: {_py_flat(v)}" for k, v in value.items()) + "}"
        )
    if isinstance(value, list):
        return "[" + ", ".join(_py_flat(item) for item in value) + "]"
    return repr(value)
