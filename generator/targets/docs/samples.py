"""The curl command of a method's example call (`surface.examples`: the values every sample sends).

Every value is quoted (`shlex.quote`), so nothing from a spec can break out of a sample.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Iterator, Mapping
from urllib.parse import quote

from ...surface import JSON, Api, BodyKind, Example, Field, Method, TypeKind, TypeRef
from ...surface.auth import Applied, ClientScheme, client_schemes

API_KEY_VARIABLE = "API_KEY"
_LINE = 88
_STRING = TypeRef(TypeKind.STRING)
_INDENT = "    "


# -- curl ------------------------------------------------------------------------


def curl(api: Api, method: Method, call: Example) -> str:
    path = method.path
    for param, value in call.path_values:
        path = path.replace("{" + param.name + "}", _url_quote(value))
    base = api.servers[0].url.rstrip("/") if api.servers else "https://api.example.com"
    lines = [f"curl {shlex.quote(base + path)}"]
    auth, query_key = _curl_auth(api, method)
    lines += auth
    query = [(p, v) for p, v in call.params if p.location == "query"]
    body = [(p, v) for p, v in call.params if p.location == "body"]
    headers = [(p, v) for p, v in call.params if p.location == "header"]
    if query_key:
        query.insert(0, query_key)
    verb = method.http_method
    if verb == "GET" and query:
        lines.append("-G")
    elif verb not in ("GET", "POST") or (verb == "POST" and not body and not query):
        lines.append(f"-X {verb}")
    lines += [f"-H {shlex.quote(f'{p.name}: {_scalar(v)}')}" for p, v in headers]
    lines += [f"-d {shlex.quote(pair)}" for p, v in query for pair in _form_pairs(p.name, v)]
    if body and method.body in (BodyKind.JSON, BodyKind.JSON_VALUE):
        document = {p.name: v for p, v in body}
        lines.append("-H 'Content-Type: application/json'")
        lines.append(f"-d {shlex.quote(json.dumps(document, ensure_ascii=False))}")
    else:
        flag = "-F" if method.body is BodyKind.MULTIPART else "-d"
        lines += [f"{flag} {shlex.quote(pair)}" for p, v in body for pair in _form_pairs(p.name, v)]
    return " \\\n  ".join(lines)


def _curl_auth(api: Api, method: Method) -> tuple[list[str], tuple[Field, JSON] | None]:
    schemes = {scheme.name: scheme for scheme in client_schemes(api)}
    usable = [schemes[name] for name in method.operation.security if name in schemes]
    if not usable:
        return [], None
    chosen = min(usable, key=_auth_rank)
    key = "$" + API_KEY_VARIABLE
    if chosen.kind is Applied.BASIC:
        return [f'-u "{key}:"'], None
    if chosen.kind is Applied.API_KEY and chosen.location == "query":
        return [], (Field(chosen.param_name, _STRING, location="query"), key)
    if chosen.kind is Applied.API_KEY and chosen.location == "header":
        return [f'-H "{_header_name(chosen.param_name)}: {key}"'], None
    return [f'-H "Authorization: Bearer {key}"'], None


def _auth_rank(scheme: ClientScheme) -> int:
    return {Applied.BASIC: 0, Applied.BEARER: 1, Applied.API_KEY: 2}.get(scheme.kind, 3)


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
