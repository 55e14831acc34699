"""The hostile-spec corpus: payloads, the places in a spec they go, and the specs built from them.

A *payload* is a string an attacker controls; a *position* is where a spec carries it
(a property name, a query parameter, an enum value, a description...). `spec_for`
builds a small valid OpenAPI document with some payloads in some positions, written
as JSON so that any character (NUL, lone `\\r`, U+2028) survives the file format.

Every spec embeds the canary: payloads that would create the file named by `CANARY`
if any of them were ever executed (by Python, by Jinja, by a browser's fetch).

`KNOWN_BUGS` lists the (position, payload) pairs that hit a bug reported but not yet
fixed in code this suite may not change; `cases()` leaves them out of the passing
corpus and `known_bug_cases()` keeps one reproduction of each (an xfail(strict)
test: when the bug is fixed it fails, and the entry here must go).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.ir.naming import snake_case

#: A file that must never exist: every executable payload tries to create it.
CANARY = "/tmp/codegen-hostile-canary"

#: Hostile names: identifiers, wire names, enum values, path segments.
NAMES: tuple[str, ...] = (
    '"""',
    "'''",
    "\\",
    "a\\",
    "\\N{BULLET}",
    "\n",
    "a\nb",
    "\r\n\r",
    "#",
    "# comment",
    f"__import__('os').system('touch {CANARY}')",
    "); import os; (",
    '"); import os; ("',
    "\"' + __import__('os').getcwd() + '\"",
    "{{ 7*191 }}",
    "{% raw %}",
    "<script>alert(1)</script>",
    "\u0440\u0430\u0443\u0440\u0430l",  # Cyrillic look-alike of "paypal"
    "paypal",
    "\uff50\uff41\uff59\uff50\uff41\uff4c",  # full-width: folds to "paypal"
    "ﬁle",  # ligature: folds to "file"
    "\u202eevil",  # right-to-left override
    "zero\u200bwidth",
    "日本",
    "",
    " ",
    "123",
    "1a",
    "_",
    "__",
    "__init__",
    "__class__",
    "__slots__",
    "_data",
    "self",
    "params",
    "options",
    "client",
    "object",
    "type",
    "id",
    "json",
    "from",
    "class",
    "import",
    "def",
    "return",
    "None",
    "True",
    "async",
    "await",
    "match",
    "case",
    "print",
    "from_dict",
    "to_dict",
    "get",
    "keys",
    "items",
    "with_options",
    "close",
    "raw",
    "result",
    "cls",
    "payload",
    "validator",
    "api_key",
    "base_url",
    "Model",
    "Any",
    "Self",
    "TypedDict",
    "NotRequired",
    "Literal",
    "httpx",
    "typing",
    "annotations",
    "a-b",
    "a_b",
    "A B",
    "aB",
    "a.b",
    "AB",
    "x" * 300,
)

#: Hostile prose: descriptions, summaries, titles, examples.
TEXTS: tuple[str, ...] = (
    f'"""\nimport os\nos.system("touch {CANARY}")\n"""',
    f"'''\nimport os\nos.system('touch {CANARY}')\n'''",
    'ends with a quote"',
    "ends with a backslash\\",
    'backslash then quotes \\"""',
    "\\N{BULLET} \\x41 \\u0041 \\",
    "\x00nul \x1b[31mansi\x1b[0m \x07bell \x7f",
    "line\u2028separator\u2029paragraph\x85next \r carriage",
    "# not a comment\n    indented code?\n\tx = 1",
    f"{{{{ cycler.__init__.__globals__.os.system('touch {CANARY}') }}}}",
    "{{ 7*191 }} {% for x in range(3) %}loop{% endfor %} {# comment #} {% raw %}",
    "<script>alert(1)</script><img src=x onerror=alert(1)><svg onload=alert(1)>",
    "[click](javascript:alert(1)) <a href='javascript:alert(1)'>x</a>",
    "y" * 20_000,
)

#: Spots in a spec where a name can go.
NAME_POSITIONS = (
    "model_field",
    "nested_field",
    "body_param",
    "query_param",
    "header_param",
    "path_param",
    "resource",
    "operation_id",
    "schema_name",
    "enum_value",
    "security_scheme",
)
#: Spots where prose can go (each text goes to all of them at once).
TEXT_POSITIONS = ("title", "version", "descriptions", "examples", "server_url")


@dataclass(frozen=True)
class Case:
    payload: str
    positions: tuple[str, ...]

    @property
    def id(self) -> str:
        shown = json.dumps(self.payload)[1:-1]
        return (shown[:40] + "...") if len(shown) > 40 else shown or "<empty>"


# -- known bugs (reported, in files this suite may not edit) -------------------------------

BUG_DEEP_CLASSES = (
    "bug, reported: nested inline objects become nested classes, and past ~95 levels Python "
    "refuses the module (IndentationError: too many levels of indentation)"
)


#: position -> predicate on the payload -> the reason it fails today.
KNOWN_BUGS: dict[str, tuple[Callable[[str], bool], str]] = {
    # Fixed since reported, and kept out of this table: the title in the package docstring,
    # module names that were keywords or too long, functional TypedDicts for odd param names.
}


def known_bug(position: str, payload: str) -> str | None:
    rule = KNOWN_BUGS.get(position)
    return rule[1] if rule is not None and rule[0](payload) else None


def _working(payload: str, positions: Iterable[str]) -> tuple[str, ...]:
    return tuple(p for p in positions if known_bug(p, payload) is None)


def cases() -> list[Case]:
    """One case per payload, in every position where it does not hit a known bug."""
    found = [Case(name, _working(name, NAME_POSITIONS)) for name in NAMES]
    found += [Case(text, _working(text, TEXT_POSITIONS)) for text in TEXTS]
    return [case for case in found if case.positions]


def known_bug_cases() -> list[tuple[Case, str]]:
    """The first (payload, position) pair that hits each known bug."""
    result: dict[str, tuple[Case, str]] = {}
    for payload in NAMES + TEXTS:
        for position in NAME_POSITIONS + TEXT_POSITIONS:
            reason = known_bug(position, payload)
            if reason is not None and reason not in result:
                is_name = position in NAME_POSITIONS
                if is_name == (payload in NAMES):
                    result[reason] = (Case(payload, (position,)), reason)
    return list(result.values())


def corpus_size() -> int:
    """How many (payload, position) pairs the passing corpus exercises."""
    return sum(len(case.positions) for case in cases())


# -- building specs --------------------------------------------------------------------------


def _string(description: str = "") -> dict[str, Any]:
    return {"type": "string", **({"description": description} if description else {})}


def spec_for(entries: Iterable[tuple[str, str]], title: str = "Hostile") -> dict[str, Any]:
    """A valid OpenAPI 3.0 document with each (position, payload) of `entries` in place.

    A fixed skeleton (a `widgets` resource with create/retrieve, a `widget` model with a
    nested object, a `kind` enum) receives the payloads; several payloads in the same
    position sit side by side, which also tests that names stay distinct after normalising.
    """
    by_position: dict[str, list[str]] = {}
    for position, payload in entries:
        by_position.setdefault(position, []).append(payload)
    get = by_position.get
    texts = get("descriptions", [])
    text = "\n\n".join(texts)
    enum_values = ["active", *[v for v in get("enum_value", []) if v != "active"]]
    nested_props = {"label": _string(text)} | {name: _string(text) for name in get("nested_field", [])}
    model_props: dict[str, Any] = {
        "id": _string(text),
        "object": {"type": "string", "enum": ["widget"], "description": text},
        "status": {"type": "string", "enum": enum_values, "description": text},
        "details": {"type": "object", "description": text, "properties": nested_props},
    }
    examples = get("examples", [])
    for number, example in enumerate(examples):
        model_props[f"example_{number}"] = {"type": "string", "example": example, "default": example}
    for name in get("model_field", []):
        model_props.setdefault(name, _string(text))
    body_props: dict[str, Any] = {
        "name": _string(text),
        "status": {"type": "string", "enum": enum_values, "description": text},
    }
    for name in get("body_param", []):
        body_props.setdefault(name, _string(text))
    schemas: dict[str, Any] = {
        "widget": {
            "type": "object",
            "description": text,
            "required": ["id", "object"],
            "properties": model_props,
        }
    }
    for name in get("schema_name", []):
        if name not in schemas:
            schemas[name] = {"type": "object", "description": text, "properties": {"value": _string(text)}}
            model_props[f"ref_{len(schemas)}"] = {"$ref": "#/components/schemas/" + _pointer_token(name)}
    query = [
        {"name": name, "in": "query", "schema": _string(), "description": text}
        for name in dict.fromkeys(["expand", *get("query_param", [])])
    ]
    headers = [
        {"name": name, "in": "header", "schema": _string(), "description": text}
        for name in dict.fromkeys(get("header_param", []))
        if name.lower() not in ("accept", "content-type", "authorization")
    ]
    path_names = [n for n in dict.fromkeys(get("path_param", [])) if n and not set(n) & set("{}/")]
    retrieve_params = [{"name": "widget", "in": "path", "required": True, "schema": _string(), "description": text}]
    extra_path = "".join("/{" + name + "}" for name in path_names)
    retrieve_params += [
        {"name": name, "in": "path", "required": True, "schema": _string(), "description": text} for name in path_names
    ]
    ok = {
        "description": text or "ok",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/widget"}}},
    }
    operation_ids = get("operation_id", [])
    paths: dict[str, Any] = {
        "/v1/widgets": {
            "post": {
                "operationId": operation_ids[0] if operation_ids else "PostWidgets",
                "summary": text,
                "description": text,
                "parameters": headers,
                "requestBody": {
                    "content": {
                        "application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": body_props}}
                    }
                },
                "responses": {"200": ok, "400": {"description": text or "bad"}},
            }
        },
        "/v1/widgets/{widget}"
        + extra_path: {
            "get": {
                "operationId": "GetWidgetsWidget",
                "summary": text,
                "parameters": retrieve_params + query,
                "responses": {"200": ok},
                **({"security": [{name: []} for name in get("security_scheme", [])]} if get("security_scheme") else {}),
            }
        },
    }
    resources = {snake_case(_segment(s)): _segment(s) for s in reversed(get("resource", []))}
    for number, clean in enumerate(reversed(resources.values())):
        paths[f"/v1/{clean}"] = {
            "get": {
                "operationId": f"GetResource{number}",
                "description": text,
                "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
                "responses": {"200": ok},
            }
        }
    for number, op_id in enumerate(operation_ids[1:]):
        paths[f"/v1/widgets/{{widget}}/action_{number}"] = {
            "post": {
                "operationId": op_id,
                "parameters": [{"name": "widget", "in": "path", "required": True, "schema": _string()}],
                "responses": {"200": ok},
            }
        }
    security = {name: {"type": "http", "scheme": "bearer", "description": text} for name in get("security_scheme", [])}
    version = get("version", ["2024-01-01"])[0]
    server = get("server_url", [""])[0]
    document: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": get("title", [title])[0], "version": version, "description": text},
        "servers": [{"url": "https://api.example.com" + server, "description": text}],
        "paths": paths,
        "components": {"schemas": schemas, **({"securitySchemes": security} if security else {})},
    }
    return document


def _segment(name: str) -> str:
    """`name` as one path segment (resources whose names collide after normalising are refused
    with a clear error, tested on their own: `spec_for` keeps the first of each)."""
    return name.replace("/", "_").replace("{", "(").replace("}", ")").replace("?", "_").replace("#", "_")


def _pointer_token(name: str) -> str:
    from urllib.parse import quote

    return quote(name.replace("~", "~0").replace("/", "~1"), safe="")


def write_spec(folder: Path, document: dict[str, Any], name: str = "spec.json") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(document, ensure_ascii=True, indent=1), "utf-8")
    return path


def case_spec(case: Case) -> dict[str, Any]:
    return spec_for((position, case.payload) for position in case.positions)


def mega_spec() -> dict[str, Any]:
    """Every working payload in every working position, all in one document: names collide
    once normalised (`a-b` and `a_b` as two fields of one model), with typing names (a schema
    called `Any`), with builtins (a resource called `type`) and across locations (a header and
    a body param of the same name); the python target must keep them all apart."""
    return spec_for([(position, case.payload) for case in cases() for position in case.positions])


def collision_spec() -> dict[str, Any]:
    """A small document with every kind of name collision of `COLLISIONS` (fixed bugs, kept
    as a regression test)."""
    return spec_for(
        [
            *[("model_field", "a-b"), ("model_field", "a_b"), ("header_param", "paypal"), ("body_param", "paypal")],
            *[("body_param", "a-b"), ("body_param", "a_b"), ("query_param", "a-b"), ("query_param", "a_b")],
            *[("nested_field", "a-b"), ("nested_field", "a_b"), ("query_param", "self"), ("header_param", "self")],
            *[("body_param", "self"), ("schema_name", "Any"), ("resource", "type"), ("schema_name", "annotations")],
            *[("schema_name", name) for name in ("Self", "Literal", "Model", "TypedDict", "ClassVar", "Unpack")],
            *[("resource", name) for name in ("sync", "async", "annotations", "importlib", "typing", "async_widgets")],
            *[("schema_name", name) for name in ("importlib", "typing", "re", "ModuleType")],
        ]
    )


#: Collisions the python target resolves when it plans names (they were bugs once).
COLLISIONS = (
    "(1) two wire names with one Python name in a model (`a-b`, `a_b`): attributes `a_b`, `a_b_2`; "
    "(2) a query or header param named like a body param: `**params` key `<name>_query` / `<name>_header`, "
    "sent under its wire name; (3) a param called `self`: methods take `self` positional-only; "
    "(4) schemas called Any/Self/Literal/Model: class `Any_`...; (5) a resource called `type`: "
    "client attribute `type_`; (6) a schema or resource called `annotations` or `importlib`: "
    "validator module `annotations_`; (7) resources `sync`, `async` or `async_widgets`: service classes "
    "that are neither the runtime's base classes nor another service's async class"
)
