"""Example requests for an operation: the values every sample sends, and the curl command.

Values come from `generator.ir.examples` (the spec's examples, else synthesized).
Every sample sends the same parameters: path parameters, the required ones, and
`limit=3` on lists. Every value is quoted for its language (`shlex.quote` here; each
client target its own literals), so nothing from a spec can break out of a sample.
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


def result_name(api: Api, op: Operation) -> str:
    """What the samples call the response, language-free (each language spells it its way):
    the object's name (`customer_session`), `page` for lists, else `result`."""
    if op.response is None:
        return ""
    if op.pagination is not None:
        return "page"
    for found in op.response.walk():
        schema = api.schemas.get(found.ref or "") if found.kind is TypeKind.OBJECT else None
        if schema is not None and schema.object_name:
            return schema.object_name.split(".")[-1]
    return "result"
