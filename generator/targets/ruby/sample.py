"""The docs' Ruby sample of a call: `client.customer_sessions.create({customer: "cus_123"})`.

Names come from the gem's own naming (`RubyNames`), so the sample calls exactly the method
the gem has. Values are Ruby literals of the example's JSON values (Symbols for keys,
strings that cannot interpolate), so nothing from a spec can break out of a sample.
"""

from __future__ import annotations

from ...surface import JSON, Example, Method
from .names import RubyNames
from .options import RubyOptions
from .types import hash_key, ruby_str
from .views import construction
from .words import ruby_name

_LINE = 100
_INDENT = "  "


def ruby_sample(names: RubyNames, options: RubyOptions, method: Method, example: Example) -> str:
    """The sample, with its `require` and the client's construction."""
    target = call_path(names, method)
    args = [ruby_literal(value, 0) for _, value in example.path_values]
    params = {field.name: value for field, value in example.params}
    result = ruby_name(example.result, frozenset({"client"})) if example.result else ""
    head = f"{result} = {target}" if result else target
    if params:
        args.append(ruby_literal(params, 0))
    statement = f"{head}({', '.join(args)})" if args else head
    setup = [
        f'require "{options.gem}"',
        "",
        f"client = {options.module}::{construction(names.sdk, options.client_class)}",
    ]
    return "\n".join([*setup, statement])


def call_path(names: RubyNames, method: Method) -> str:
    """`client.customers.payment_methods.list`: the method the sample calls."""
    return f"client.{names.call_path(method.resource_id)}.{names.method_name(method)}"


def ruby_literal(value: JSON, level: int) -> str:
    """A Ruby literal for a JSON value, split over lines when long."""
    flat = _flat(value)
    if len(flat) + len(_INDENT) * level <= _LINE - 20 or not isinstance(value, (dict, list)) or not value:
        return flat
    inner = _INDENT * (level + 1)
    if isinstance(value, dict):
        items = [f"{hash_key(str(k))} {ruby_literal(v, level + 1)}" for k, v in value.items()]
    else:
        items = [ruby_literal(item, level + 1) for item in value]
    opening, closing = ("{", "}") if isinstance(value, dict) else ("[", "]")
    return opening + "\n" + "".join(f"{inner}{item},\n" for item in items) + _INDENT * level + closing


def _flat(value: JSON) -> str:
    if value is None:
        return "nil"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return ruby_str(value)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{hash_key(str(k))} {_flat(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(_flat(item) for item in value) + "]"
    return ruby_str(str(value))
