"""The resource-class style on another API than Stripe's (`resource_methods = true`): a global
configuration class named after the client, static and instance methods, sub-objects nested by
field, a DELETE's params in its query, no Stripe-only option, Standard Webhooks on the client;
the project compiles with `javac -Xlint:all -Werror`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import Config
from generator.pipeline import generate
from generator.targets.java.words import doc_lines

from .test_java_client import GSON, _javac, _require

_JSON = "application/json"
_THING = {"content": {_JSON: {"schema": {"$ref": "#/components/schemas/thing"}}}, "description": "ok"}
SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Things", "version": "1"},
    "servers": [{"url": "https://api.things.example"}],
    "components": {
        "securitySchemes": {"basic": {"type": "http", "scheme": "basic"}},
        "schemas": {
            "thing": {
                "type": "object",
                "properties": {
                    "id": {"type": "string"},
                    "object": {"type": "string", "enum": ["thing"]},
                    "owner": {"$ref": "#/components/schemas/thing_resource_owner"},
                },
            },
            "thing_resource_owner": {"type": "object", "properties": {"name": {"type": "string"}}},
        },
    },
    "security": [{"basic": []}],
    "paths": {
        "/things": {
            "post": {
                "operationId": "PostThings",
                "requestBody": {
                    "content": {_JSON: {"schema": {"type": "object", "properties": {"name": {"type": "string"}}}}}
                },
                "responses": {"200": _THING},
            }
        },
        "/things/{thing}": {
            "parameters": [{"name": "thing", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": {"operationId": "GetThing", "responses": {"200": _THING}},
            "delete": {
                "operationId": "DeleteThing",
                "requestBody": {
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {"type": "object", "properties": {"reason": {"type": "string"}}}
                        }
                    }
                },
                "responses": {"200": _THING},
            },
        },
    },
}


def test_resource_style_for_another_api(tmp_path: Path) -> None:
    javac = _require("javac")
    if not GSON.is_file():
        pytest.skip(f"{GSON} is not in the local Maven repository")
    spec = tmp_path / "things.yaml"
    spec.write_text(yaml.safe_dump(SPEC))
    table = {"package": "com.example.things", "resource_methods": True}
    generate(Config(spec=spec, out=tmp_path / "out", tables={"java": table}, targets=("java",)))
    root = tmp_path / "out" / "java" / "src" / "main" / "java" / "com" / "example" / "things"
    assert (root / "Things.java").is_file() and not (root / "Webhook.java").exists()
    thing = (root / "model" / "Thing.java").read_text()
    assert "public static Thing retrieve(String thing) throws ApiException {" in thing
    assert "public Thing delete(ThingDeleteParams params) throws ApiException {" in thing
    assert "public static Thing create(Map<String, Object> params) throws ApiException {" in thing
    assert "public static class Owner extends ApiObject {" in thing
    assert "Things.requestor()" in thing
    service = (root / "service" / "ThingService.java").read_text()
    delete = service[service.index('ApiRequest.of("DELETE"') :].split(";", 1)[0]
    assert ".body(" not in delete  # a DELETE's params go in its query
    assert "StripeAccount" not in (root / "net" / "RequestOptions.java").read_text()
    assert "codegen:" not in (root / "net" / "ApiRequestor.java").read_text()
    client = (root / "ThingsClient.java").read_text()
    assert "public Webhooks webhooks()" in client and "constructEvent" not in client
    configuration = (root / "Things.java").read_text()
    assert "public static volatile String username;" in configuration
    sources = sorted(str(p) for p in (tmp_path / "out" / "java" / "src" / "main" / "java").rglob("*.java"))
    _javac(javac, tmp_path / "classes", sources, tmp_path / "sources.txt")


def test_markdown_links_become_html() -> None:
    assert doc_lines("See [the guide](https://docs.example/guide?a=1&b=2) and [here](/docs/x).") == [
        'See <a href="https://docs.example/guide?a=1&amp;b=2">the guide</a> and here.'
    ]
