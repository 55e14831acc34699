"""A JSON API gets JSON: `application/json` request bodies, on the wire and against `codegen mock`.

The client used to form-encode every body (`name=Rex`), whatever the spec declared.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest
import yaml

from generator.cli import main

from ..mock.conftest import MockProcess

PET = {
    "type": "object",
    "required": ["id", "name"],
    "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "tag": {"type": "string"}},
}
NEW_PET = {
    "type": "object",
    "required": ["name"],
    "properties": {"name": {"type": "string"}, "tag": {"type": "string"}, "price": {"type": "number"}},
}


def _json(schema: object) -> dict[str, object]:
    return {"content": {"application/json": {"schema": schema}}}


SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Pets", "version": "1"},
    "servers": [{"url": "https://pets.example.com/v1"}],
    "components": {"securitySchemes": {"token": {"type": "http", "scheme": "bearer"}}},
    "security": [{"token": []}],
    "paths": {
        "/pets": {
            "get": {"responses": {"200": {"description": "ok", **_json({"type": "array", "items": PET})}}},
            "post": {
                "requestBody": {"required": True, **_json(NEW_PET)},
                "responses": {"201": {"description": "made", **_json(PET)}},
            },
        },
        "/pets/{petId}/tags": {
            "put": {
                "parameters": [{"name": "petId", "in": "path", "required": True, "schema": {"type": "string"}}],
                "requestBody": {"required": True, **_json({"type": "array", "items": {"type": "string"}})},
                "responses": {"200": {"description": "ok", **_json(PET)}},
            }
        },
    },
}


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pets") / "pets.yaml"
    path.write_text(yaml.safe_dump(SPEC, sort_keys=False))
    return path


@pytest.fixture(scope="module")
def pets(spec: Path) -> Iterator[ModuleType]:
    out = spec.parent / "out"
    args = ["generate", "--spec", str(spec), "--out", str(out), "--target", "python", "-q"]
    assert main([*args, "--package", "pets_json", "--client-class", "PetsClient"]) == 0
    sys.path.insert(0, str(out / "python"))
    try:
        yield importlib.import_module("pets_json")
    finally:
        sys.path.remove(str(out / "python"))
        for name in [m for m in sys.modules if m == "pets_json" or m.startswith("pets_json.")]:
            del sys.modules[name]


def _recording(sent: list[httpx.Request], answer: object) -> httpx.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=answer)

    return httpx.Client(transport=httpx.MockTransport(handler))


def test_object_body_is_json_on_the_wire(pets: ModuleType) -> None:
    sent: list[httpx.Request] = []
    client = pets.PetsClient("key_1", http_client=_recording(sent, {"id": "p1", "name": "Rex"}))
    pet = client.pets.create(name="Rex", tag="dog", price=12.5)
    assert pet.name == "Rex"
    request = sent[0]
    assert (request.method, request.url.path) == ("POST", "/v1/pets")
    assert request.headers["content-type"] == "application/json"
    assert request.headers["authorization"] == "Bearer key_1"
    assert request.content == b'{"name":"Rex","tag":"dog","price":12.5}'


def test_none_is_left_out_and_unicode_is_utf8(pets: ModuleType) -> None:
    sent: list[httpx.Request] = []
    client = pets.PetsClient("key_1", http_client=_recording(sent, {"id": "p1", "name": "Rëx"}))
    client.pets.create(name="Rëx", tag=None)
    assert sent[0].content == '{"name":"Rëx"}'.encode()


def test_array_body_is_the_json_array(pets: ModuleType) -> None:
    sent: list[httpx.Request] = []
    client = pets.PetsClient("key_1", http_client=_recording(sent, {"id": "p1", "name": "Rex"}))
    client.pets.tags("p1", body=["a", "b"])  # PUT /pets/{petId}/tags: an action on pets
    assert sent[0].method == "PUT" and sent[0].url.path == "/v1/pets/p1/tags"
    assert sent[0].headers["content-type"] == "application/json"
    assert json.loads(sent[0].content) == ["a", "b"]


def test_against_codegen_mock(spec: Path, pets: ModuleType, tmp_path: Path) -> None:
    """Over real HTTP: the mock decodes the JSON body, checks it against the spec, answers."""
    mock = MockProcess(spec, tmp_path / "cache")
    try:
        client = pets.PetsClient("key_1", base_url=mock.url)
        made = client.pets.create(name="Rex", tag="dog")
        assert made.id and made.name
        listed = client.pets.list()
        assert isinstance(listed, list)
        with pytest.raises(pets.ParamsValidationError):
            client.pets.create(tag="no name")  # type: ignore[call-arg]
        raw = httpx.post(f"{mock.url}/pets", content=b'{"tag": 3}', headers=_headers())
        assert raw.status_code == 400, raw.text  # the mock checks the JSON body against the spec too
    finally:
        assert mock.stop() == 0, "".join(mock.stderr)


def _headers() -> dict[str, str]:
    return {"Authorization": "Bearer key_1", "Content-Type": "application/json"}
