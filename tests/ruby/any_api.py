"""A small spec of another API than Stripe's, for the Ruby client's auth and paging tests.

HTTP basic is the default; single operations take an API key in a header, the query or a
cookie, either the query key or basic, an OAuth2 token (client credentials), or nothing
(`security: []`); one operation has its own server, two take raw bodies (PNG bytes, plain
text), one a query array (`style: form`: the key once per item); four lists answer pages of
other styles than Stripe's: a cursor field sent back as a query param, offsets, a next URL in
the body, RFC 8288 Link headers.
"""

from __future__ import annotations

from typing import Any

from generator.targets.ruby.options import RubyOptions

OPTIONS = RubyOptions(gem="any_api", module="AnyApi", client_class="Client")
OK = {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}
_ITEM = {"$ref": "#/components/schemas/Item"}


def _op(operation_id: str, security: list[dict[str, list[str]]] | None = None, **extra: Any) -> dict[str, Any]:
    op: dict[str, Any] = {"operationId": operation_id, "responses": {"200": OK}, **extra}
    if security is not None:
        op["security"] = security
    return op


def _list(operation_id: str, properties: dict[str, Any], *query: str) -> dict[str, Any]:
    schema = {"type": "object", "properties": properties}
    types = {"after": "string"}
    return {
        "operationId": operation_id,
        "parameters": [{"name": n, "in": "query", "schema": {"type": types.get(n, "integer")}} for n in query],
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}},
    }


SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Any API", "version": "1"},
    "servers": [{"url": "https://api.example.com"}],
    "components": {
        "securitySchemes": {
            "basic": {"type": "http", "scheme": "basic"},
            "header": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
            "query": {"type": "apiKey", "in": "query", "name": "api_key"},
            "cookie": {"type": "apiKey", "in": "cookie", "name": "session"},
            "oauth": {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": "/oauth/token", "scopes": {}}}},
        },
        "schemas": {
            "Thing": {"type": "object", "properties": {"ok": {"type": "boolean"}}},
            "Item": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
        },
    },
    "security": [{"basic": []}],
    "paths": {
        "/things": {
            "get": _op(
                "getThings",
                parameters=[{"name": "tags", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}}],
            )
        },
        "/health": {"get": _op("getHealth", [])},
        "/by_header": {"get": _op("getByHeader", [{"header": []}])},
        "/by_query": {"get": _op("getByQuery", [{"query": []}])},
        "/by_cookie": {"get": _op("getByCookie", [{"cookie": []}])},
        "/either": {"get": _op("getEither", [{"basic": []}, {"query": []}])},
        "/oauthed": {"get": _op("getOauthed", [{"oauth": []}])},
        "/uploads": {"get": _op("getUploads", servers=[{"url": "https://files.example.com/"}])},
        "/blobs/{id}": {
            "put": {
                "operationId": "putBlob",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "requestBody": {
                    "required": True,
                    "content": {"image/png": {"schema": {"type": "string", "format": "binary"}}},
                },
                "responses": {"204": {"description": "stored"}},
            }
        },
        "/events": {
            "get": {
                "operationId": "getEvents",
                "responses": {
                    "200": {"description": "events", "content": {"text/event-stream": {"schema": {"type": "string"}}}}
                },
            }
        },
        "/notes": {
            "post": _op(
                "createNote",
                requestBody={"required": True, "content": {"text/plain": {"schema": {"type": "string"}}}},
            )
        },
        "/cursored": {
            "get": _list(
                "listCursored",
                {
                    "data": {"type": "array", "items": _ITEM},
                    "last_id": {"type": "string"},
                    "has_more": {"type": "boolean"},
                },
                "after",
                "limit",
            )
        },
        "/offsets": {"get": _list("listOffsets", {"results": {"type": "array", "items": _ITEM}}, "offset", "limit")},
        "/urled": {
            "get": _list(
                "listUrled",
                {"items": {"type": "array", "items": _ITEM}, "next_page_uri": {"type": "string", "nullable": True}},
            )
        },
        "/linked": {
            "get": {
                "operationId": "listLinked",
                "parameters": [{"name": "per_page", "in": "query", "schema": {"type": "integer"}}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "headers": {"Link": {"schema": {"type": "string"}}},
                        "content": {"application/json": {"schema": {"type": "array", "items": _ITEM}}},
                    }
                },
            }
        },
    },
}
