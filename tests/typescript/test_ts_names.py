"""The TypeScript naming policy (no node needed): casing, reserved words, collisions, nesting,
and the code a method's params become."""

from __future__ import annotations

from pathlib import Path

from generator.config import Config
from generator.pipeline import load_api
from generator.targets import Job, job_for
from generator.targets.typescript import TARGET
from generator.targets.typescript.names import TsNames
from generator.targets.typescript.words import camel_case, local_name, property_key

from ..test_surface import _PETS

_SPEC = """
openapi: 3.0.3
info: {title: Zoo Keeper, version: "1"}
servers: [{url: "https://zoo.example.com/v1"}]
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key}
  schemas:
    Promise:
      type: object
      properties:
        id: {type: string}
        kind: {type: string, enum: [a, b]}
        detail:
          type: object
          properties:
            note: {type: string}
    Page:
      type: object
      properties:
        items: {type: array, items: {$ref: "#/components/schemas/Promise"}}
security: [{key: []}]
paths:
  /pens/{default}/animals/{params}:
    delete:
      operationId: deleteAnimal
      parameters:
        - {name: default, in: path, required: true, schema: {type: string}}
        - {name: params, in: path, required: true, schema: {type: string}}
        - {name: X-Trace-Id, in: header, schema: {type: string}}
        - {name: dry-run, in: query, schema: {type: boolean}}
      responses: {"204": {description: gone}}
  /pens:
    post:
      operationId: createPen
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [name]
              properties:
                name: {type: string}
                kind: {type: string, enum: [big, small]}
                keeper: {type: object, properties: {first-name: {type: string}}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Promise"}}}}
"""


def _job(tmp_path: Path) -> Job:
    spec = tmp_path / "zoo.yaml"
    spec.write_text(_SPEC, encoding="utf-8")
    api = load_api(spec, Config(), None).api
    return job_for(api, spec.name, {})


def test_words() -> None:
    assert camel_case("customer_sessions") == "customerSessions"
    assert local_name("default") == "default_"
    assert local_name("payment_method") == "paymentMethod"
    assert local_name("params", frozenset({"params"})) == "params_"
    assert property_key("first-name") == '"first-name"' and property_key("name") == "name"


def test_names_avoid_globals_runtime_and_keywords(tmp_path: Path) -> None:
    job = _job(tmp_path)
    names = TARGET.naming(job)
    assert isinstance(names, TsNames)
    models = {found.path for found in names.models.values()}
    assert "Promise" not in models and "Page" not in models  # a global, a runtime export
    assert "Promise2.Detail" in models  # nested in its only user, under the field's name
    method = job.sdk.method("deleteAnimal")
    assert names.path_args(method) == ["default_", "params_"]
    assert names.client_class == "ZooKeeper"


def test_rendered_methods(tmp_path: Path) -> None:
    files = TARGET.render(_job(tmp_path))
    pens = str(files["src/resources/pen-animals.ts"]) + str(files["src/resources/pens.ts"])
    assert 'const { "dry-run": dryRun, "X-Trace-Id": xTraceId } = params;' in pens
    assert 'options = withHeaders(options, { "X-Trace-Id": xTraceId });' in pens
    assert "`/pens/${encodePathParam(default_)}/animals/${encodePathParam(params_)}`" in pens
    assert 'responseType: "none"' in pens and 'encoding: "json"' in pens
    params = str(files["src/types/params/pens.ts"])
    assert "keeper?: PenCreateParams.Keeper;" in params
    assert 'kind?: "big" | "small";' in params  # a request enum is closed
    assert '"first-name"?: string;' in params
    model = next(str(text) for path, text in files.items() if path.startswith("src/types/promise"))
    assert 'kind?: "a" | "b" | (string & {});' in model  # a response enum is open
    client = str(files["src/client.ts"])
    assert 'key: { kind: "apiKey", in: "header", name: "X-Key" },' in client
    assert "apiVersion" not in client  # Stripe's options only for Stripe's API
    assert "export {\n  APIError as ZooKeeperError," in str(files["src/errors.ts"])


def _pets_job(tmp_path: Path) -> Job:
    spec = tmp_path / "pets.yaml"
    spec.write_text(_PETS, encoding="utf-8")
    return job_for(load_api(spec, Config(), None).api, spec.name, {})


def test_other_apis_bodies_pages_and_servers(tmp_path: Path) -> None:
    """Another API's page style, repeated query keys, a JSON value body, raw bytes to its own server."""
    files = TARGET.render(_pets_job(tmp_path))
    pets = str(files["src/resources/pets.ts"])
    assert '{ style: "cursor", items: "items", next: "next_cursor", param: "cursor" }' in pets
    assert 'repeated: ["tag"]' in pets and "PagePromise<Pet, PetsListResponse>" in pets
    assert "body: params.body," in pets and 'security: ["basic"]' in pets
    photo = str(files["src/resources/zoo-cage-pets.ts"])
    assert "photo(\n    zoo: string,\n    cage: string,\n    pet: string," in photo
    assert 'encoding: "binary",\n        mediaType: "image/png",' in photo
    assert 'server: "https://uploads.example.com",' in photo
    assert "body: FileInput;" in str(files["src/types/params/zoo-cage-pets.ts"])
