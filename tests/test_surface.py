"""The SDK surface (`generator/surface.py`): what every client target and the docs share."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.config import Config
from generator.ir.model import Api, Field, TypeKind, TypeRef
from generator.pipeline import load_api
from generator.surface import BodyKind, Returns, Sdk, build, url_order
from generator.surface.auth import Applied
from generator.targets.python.names import PythonNames

from .conftest import DEFAULT_SPEC

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def _sdk(spec: Path) -> Sdk:
    return build(load_api(spec, Config(), None).api)


def test_url_order() -> None:
    string = TypeRef(TypeKind.STRING)
    spec_order = (Field("id", string, True, location="path"), Field("transfer", string, True, location="path"))
    ordered = url_order("/v1/transfers/{transfer}/reversals/{id}", spec_order)
    assert [p.name for p in ordered] == ["transfer", "id"]
    assert url_order("/v1/x/{a}", ()) == ()


def test_default_spec_surface() -> None:
    sdk = _sdk(DEFAULT_SPEC)
    assert "customer_sessions" in sdk.roots
    create = sdk.method(next(m.id for m in sdk.methods() if m.path == "/v1/customer_sessions"))
    assert (create.http_method, create.returns, create.idempotent) == ("POST", Returns.OBJECT, False)
    assert "customer" in create.expandable
    assert {p.name for p in create.required_params} == {"components"}
    listing = next(m for m in sdk.methods() if m.path == "/v1/customers" and m.http_method == "GET")
    assert listing.returns is Returns.LIST_PAGE and listing.page_item is not None
    for node in sdk.services.values():  # every service is a root or the child of its parent
        parents = [other.id for other in sdk.services.values() if node.id in other.children]
        assert (node.id in sdk.roots) != bool(parents), node.id
    assert create.body is BodyKind.FORM and create.security is None and create.error_models is None
    assert sdk.stripe and sdk.default_security == ("bearerAuth", "basicAuth")


def test_stripe_surface(stripe_api: Api) -> None:
    sdk = build(stripe_api)  # (Stripe's model, shared: tests/conftest.py)
    methods = list(sdk.methods())
    assert len(methods) == 468
    for method in methods:  # path params in URL order, whatever order the spec lists them in
        assert [p.name for p in method.path_params] == _PLACEHOLDER.findall(method.path), method.id
    reorderd = [m for m in methods if [p.name for p in m.path_params] != [p.name for p in m.operation.path_params]]
    assert {m.path for m in reorderd} >= {"/v1/transfers/{transfer}/reversals/{id}"}
    kinds = {method.returns for method in methods}
    assert {Returns.OBJECT, Returns.LIST_PAGE, Returns.SEARCH_PAGE} <= kinds
    pdf = next(m for m in methods if m.path == "/v1/quotes/{quote}/pdf")
    assert pdf.returns is Returns.BYTES
    assert all(m.auth for m in methods), "every Stripe operation declares basic or bearer auth"
    names = PythonNames(sdk.api)
    for method in methods:  # the Python client's positional arguments follow the URL too
        args = names.path_args(method.operation)
        assert len(args) == len(method.path_params), method.id


@pytest.mark.parametrize("path", ["/v1/a/{x}/b/{y}", "/v1/{y}/{x}"])
def test_url_order_is_a_permutation(path: str) -> None:
    string = TypeRef(TypeKind.STRING)
    params = (Field("x", string, True, location="path"), Field("y", string, True, location="path"))
    assert sorted(p.name for p in url_order(path, params)) == ["x", "y"]
    assert [p.name for p in url_order(path, params)] == _PLACEHOLDER.findall(path)


_PETS = """
openapi: 3.1.0
info: {title: Pets, version: "1"}
servers: [{url: https://pets.example.com/v2}]
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key}
    basic: {type: http, scheme: Basic}
    tls: {type: mutualTLS}
  schemas:
    Pet:
      type: object
      properties: {id: {type: string}, name: {type: string}}
security: [{key: []}]
paths:
  /pets:
    get:
      operationId: listPets
      parameters:
        - {name: tag, in: query, schema: {type: array, items: {type: string}}}
        - {name: cursor, in: query, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  items: {type: array, items: {$ref: "#/components/schemas/Pet"}}
                  next_cursor: {type: string}
    post:
      operationId: createPet
      security: [{basic: []}]
      requestBody:
        content:
          application/json:
            schema: {type: array, items: {type: string}}
      responses: {"201": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}}}
  /zoos/{zoo}/cages/{cage}/pets/{pet}/photo:
    put:
      operationId: putPhoto
      servers: [{url: https://uploads.example.com/}]
      parameters:
        - {name: pet, in: path, required: true, schema: {type: string}}
        - {name: zoo, in: path, required: true, schema: {type: string}}
        - {name: cage, in: path, required: true, schema: {type: string}}
      requestBody:
        content: {image/png: {schema: {type: string, format: binary}}}
      responses: {"204": {description: done}}
"""


def test_surface_decides_once_for_every_target(tmp_path: Path) -> None:
    """Pages, bodies, repeated params, security, servers and the service tree of another API."""
    spec = tmp_path / "pets.yaml"
    spec.write_text(_PETS)
    sdk = _sdk(spec)
    listing = next(m for m in sdk.methods() if m.http_method == "GET")
    assert listing.returns is Returns.AUTO_PAGE and listing.returns.pages
    assert listing.paging is not None and listing.page_item is not None and listing.page_item.ref == "Pet"
    assert listing.repeated == ("tag",) and listing.body is None and listing.security is None
    create = next(m for m in sdk.methods() if m.http_method == "POST")
    assert create.body is BodyKind.JSON_VALUE and create.security == ("basic",)
    photo = next(m for m in sdk.methods() if m.http_method == "PUT")
    assert photo.body is BodyKind.BINARY and photo.body_media_type == "image/png"
    assert photo.own_server == "https://uploads.example.com" and photo.returns is Returns.NOTHING
    assert [p.name for p in photo.path_params] == ["zoo", "cage", "pet"]
    assert [(s.text, s.param.name if s.param else None) for s in photo.segments][:2] == [
        ("/zoos/", None),
        ("{zoo}", "zoo"),
    ]
    # the tree holds every prefix, also services with no operations of their own
    assert sdk.roots == ("pets", "zoos")
    assert list(sdk.services) == ["pets", "zoos", "zoos.cages", "zoos.cages.pets"]
    assert sdk.node("zoos").methods == () and sdk.node("zoos").children == ("zoos.cages",)
    for node in sdk.services.values():
        for child in node.children:
            assert child.rpartition(".")[0] == node.id
    assert not sdk.stripe and sdk.default_security == ("key",)
    assert [(s.name, s.kind) for s in sdk.schemes] == [("key", Applied.API_KEY), ("basic", Applied.BASIC)]
    assert {c.name for c in sdk.credentials} == {"api_key", "username", "password"}
