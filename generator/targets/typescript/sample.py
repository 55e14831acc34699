"""The docs' TypeScript sample of a call: `await client.customerSessions.create({ customer: "cus_123" })`.

Names come from the package's own naming (`TsNames`), so the sample calls exactly the method
the package has. Values are TypeScript literals of the example's JSON values (keys quoted
where they are no identifiers), so nothing from a spec can break out of a sample.
"""

from __future__ import annotations

from ...surface import JSON, Example, Method, TypeKind
from ...surface.naming import singular
from .client import construction
from .names import TsNames
from .options import TypeScriptOptions
from .types import literal
from .words import local_name, property_key, ts_str

_LINE = 100
_INDENT = "  "


def ts_sample(names: TsNames, options: TypeScriptOptions, method: Method, example: Example) -> str:
    """The sample, with its import and the client's construction."""
    target = call_path(names, method)
    args = call_args(example)
    call = f"await {target}({', '.join(args)})"
    result = local_name(example.result, frozenset({"client"})) if example.result else ""
    statement = f"const {result} = {call};" if result else f"{call};"
    if method.returns.pages:
        item = local_name(singular(method.resource_id.rsplit(".", 1)[-1]), frozenset({"client"}))
        statement = f"for await (const {item} of {target}({', '.join(args)})) {{\n{_INDENT}console.log({item});\n}}"
    files = "FilePath" in "".join(args)
    setup = [
        f"import {options.client_class}{', { FilePath }' if files else ''} from {ts_str(options.package)};",
        "",
        f"const client = {construction(names.sdk, options.client_class)};",
    ]
    return "\n".join([*setup, statement])


def call_args(example: Example, level: int = 0) -> list[str]:
    """The call's arguments: path values, then the params (a file's as `new FilePath(...)`)."""
    args = [ts_literal(value, level) for _, value in example.path_values]
    params: dict[str, JSON] = {}
    files: dict[str, str] = {}
    for field, value in example.params:
        params[field.name] = value
        if any(t.kind is TypeKind.STRING and t.format == "binary" for t in field.type.walk()):
            if isinstance(value, list):
                files[field.name] = "[" + ", ".join(_file(item) for item in value) + "]"
            elif not isinstance(value, dict):
                files[field.name] = _file(value)
    if params:
        args.append(ts_literal(params, level, files))
    return args


def _file(value: JSON) -> str:
    """A file for an example's value: `new FilePath("a.pdf")` (its name when it looks like one)."""
    name = value if isinstance(value, str) and 0 < len(value) < 60 and "\n" not in value else "file.bin"
    return f"new FilePath({ts_str(name)})"


def call_path(names: TsNames, method: Method) -> str:
    """`client.customers.paymentMethods.list`: the method the sample calls."""
    return f"client.{names.call_path(method.resource_id)}.{names.method_name(method)}"


def ts_literal(value: JSON, level: int, code: dict[str, str] | None = None) -> str:
    """A TypeScript literal for a JSON value, split over lines when long; `code`: keys of the
    top-level object whose value is that code instead."""
    if code and isinstance(value, dict):
        value = {key: _Code(code[key]) if key in code else item for key, item in value.items()}
    flat = _flat(value)
    if len(flat) + len(_INDENT) * level <= _LINE - 20 or not isinstance(value, (dict, list)) or not value:
        return flat
    inner = _INDENT * (level + 1)
    if isinstance(value, dict):
        items = [f"{property_key(str(k))}: {ts_literal(v, level + 1)}" for k, v in value.items()]
    else:
        items = [ts_literal(item, level + 1) for item in value]
    opening, closing = ("{", "}") if isinstance(value, dict) else ("[", "]")
    return opening + "\n" + "".join(f"{inner}{item},\n" for item in items) + _INDENT * level + closing


class _Code(str):
    """Code placed as it is in a literal (`new FilePath("a.pdf")`)."""


def _flat(value: JSON) -> str:
    if isinstance(value, _Code):
        return str(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{property_key(str(k))}: {_flat(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(_flat(item) for item in value) + "]"
    if isinstance(value, float) and value != value:  # NaN cannot come from JSON, but never print it
        return "0"
    return literal(value)
