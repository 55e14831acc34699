"""Example requests for an operation: a curl command and a call with the generated client.

Values come from `generator.ir.examples` (the spec's examples, else synthesized).
Both samples send the same parameters: path parameters, the required ones, and
`limit=3` on lists. Every value is quoted for its language (`shlex.quote`,
Python literals), so nothing from a spec can break out of a sample.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import quote

from ...cache.incremental import facet
from ...ir.examples import example_params
from ...ir.model import JSON, Api, AuthScheme, BodyEncoding, Field, Operation, Resource, TypeKind, TypeRef
from ...ir.naming import is_python_identifier, py_name

API_KEY_VARIABLE = "API_KEY"
_LINE = 88
_STRING = TypeRef(TypeKind.STRING)
_INDENT = "    "


@dataclass(frozen=True, slots=True)
class Call:
    """What both samples send."""

    path_values: tuple[tuple[Field, str], ...]  # in path order
    params: tuple[tuple[Field, JSON], ...]


def example_call(api: Api, resource: Resource, op: Operation, named: Mapping[str, Sequence[str]] | None = None) -> Call:
    """The values both samples send; `named` is `objects_by_name(api)` when the caller has it."""
    named = objects_by_name(api) if named is None else named
    positions = {param.name: op.path.find("{" + param.name + "}") for param in op.path_params}
    ordered = sorted(op.path_params, key=lambda param: positions[param.name])
    path_values = tuple((param, _path_value(api, resource, op, param, named)) for param in ordered)
    values = example_params(api, op.params)
    params = [(param, values[param.name]) for param in op.params if param.name in values]
    limit = next((p for p in op.query_params if p.name == "limit"), None)
    if op.pagination is not None and limit is not None and "limit" not in values:
        params.append((limit, 3))
    return Call(path_values, tuple(params))


def objects_by_name(api: Api) -> dict[str, tuple[str, ...]]:
    """Object name (`customer`) -> the ids of the schemas with that `object_name`, in spec order."""
    found: dict[str, list[str]] = {}
    for schema in api.schemas.values():
        if schema.object_name:
            found.setdefault(schema.object_name, []).append(schema.id)
    return {name: tuple(ids) for name, ids in found.items()}


def _path_value(api: Api, resource: Resource, op: Operation, param: Field, named: Mapping[str, Sequence[str]]) -> str:
    """An id for a path parameter: from the object it names, when the spec has an example of it."""
    if isinstance(param.example, str) and param.example:
        return param.example
    candidates = list(named.get(param.name, ()))
    if op.path.endswith("{" + param.name + "}") and resource.schema:
        candidates.insert(0, resource.schema)
    for schema_id in candidates:
        found: str | None = facet(api.schemas, schema_id, "example_id")
        if found is not None:
            return found
    return f"{param.name}_123"


# -- curl ------------------------------------------------------------------------


def curl(api: Api, op: Operation, call: Call) -> str:
    path = op.path
    for param, value in call.path_values:
        path = path.replace("{" + param.name + "}", _url_quote(value))
    base = api.servers[0].url.rstrip("/") if api.servers else "https://api.example.com"
    lines = [f"curl {shlex.quote(base + path)}"]
    auth, query_key = _curl_auth(api, op)
    lines += auth
    query = [(p, v) for p, v in call.params if p.location == "query"]
    body = [(p, v) for p, v in call.params if p.location == "body"]
    headers = [(p, v) for p, v in call.params if p.location == "header"]
    if query_key:
        query.insert(0, query_key)
    if op.http_method == "get" and query:
        lines.append("-G")
    elif op.http_method not in ("get", "post") or (op.http_method == "post" and not body and not query):
        lines.append(f"-X {op.http_method.upper()}")
    lines += [f"-H {shlex.quote(f'{p.name}: {_scalar(v)}')}" for p, v in headers]
    lines += [f"-d {shlex.quote(pair)}" for p, v in query for pair in _form_pairs(p.name, v)]
    if body and op.body_encoding is BodyEncoding.JSON:
        document = {p.name: v for p, v in body}
        lines.append("-H 'Content-Type: application/json'")
        lines.append(f"-d {shlex.quote(json.dumps(document, ensure_ascii=False))}")
    else:
        flag = "-F" if op.body_encoding is BodyEncoding.MULTIPART else "-d"
        lines += [f"{flag} {shlex.quote(pair)}" for p, v in body for pair in _form_pairs(p.name, v)]
    return " \\\n  ".join(lines)


def _curl_auth(api: Api, op: Operation) -> tuple[list[str], tuple[Field, JSON] | None]:
    schemes = {scheme.name: scheme for scheme in api.auth}
    usable = [schemes[name] for name in op.security if name in schemes]
    if not usable:
        return [], None
    chosen = min(usable, key=_auth_rank)
    key = "$" + API_KEY_VARIABLE
    if chosen.kind == "http" and chosen.scheme == "basic":
        return [f'-u "{key}:"'], None
    if chosen.kind == "apiKey" and chosen.location == "query":
        return [], (Field(chosen.param_name, _STRING, location="query"), key)
    if chosen.kind == "apiKey" and chosen.location == "header":
        return [f'-H "{_header_name(chosen.param_name)}: {key}"'], None
    return [f'-H "Authorization: Bearer {key}"'], None


def _auth_rank(scheme: AuthScheme) -> int:
    order = {"basic": 0, "bearer": 1}
    return order.get(scheme.scheme, 2 if scheme.kind == "apiKey" else 3)


def _header_name(name: str) -> str:
    return "".join(ch for ch in name if ch.isalnum() or ch in "-_") or "Authorization"


def _form_pairs(name: str, value: JSON) -> Iterator[str]:
    """Stripe-style form encoding: `a[b][0]=x`, booleans as true/false, null as empty."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            yield from _form_pairs(f"{name}[{key}]", item)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _form_pairs(f"{name}[{index}]", item)
    else:
        yield f"{name}={_scalar(value)}"


def _scalar(value: JSON) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _url_quote(value: str) -> str:
    return quote(value, safe="")


# -- python ------------------------------------------------------------------------


def python(resource: Resource, op: Operation, call: Call, package: str, client_class: str, result: str) -> str:
    """`client.customer_sessions.create(customer="cus_123", ...)` with imports and setup."""
    target = ".".join(["client", *(py_name(name) for name in resource.names), py_name(op.name)])
    args = [_py_literal(value, 1) for _, value in call.path_values]
    kwargs = [(p.name, _py_literal(v, 1)) for p, v in call.params]
    head = f"{result} = {target}(" if result else f"{target}("
    one_line = head + ", ".join(args + [_keyword(name, value) for name, value in kwargs]) + ")"
    if len(one_line) <= _LINE and "\n" not in one_line:
        statement = one_line
    else:
        parts = args + [_keyword(name, value) for name, value in kwargs]
        statement = head + "\n" + "".join(f"{_INDENT}{part},\n" for part in parts) + ")"
    setup = [
        "import os",
        "",
        f"from {package} import {client_class}",
        "",
        f'client = {client_class}(os.environ["{API_KEY_VARIABLE}"])',
    ]
    return "\n".join([*setup, statement])


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


def result_name(api: Api, op: Operation) -> str:
    """What the sample calls the response: `customer_session`, `page` for lists, else `result`."""
    if op.response is None:
        return ""
    if op.pagination is not None:
        return "page"
    for found in op.response.walk():
        schema = api.schemas.get(found.ref or "") if found.kind is TypeKind.OBJECT else None
        if schema is not None and schema.object_name:
            return py_name(schema.object_name.split(".")[-1], ("client", "os"))
    return "result"
