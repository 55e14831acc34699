"""Examples (the spec's own, else synthesized) validate against the spec's own schemas.

The validator is `openapi_schema_validator.OAS30Validator` on the raw spec, not on
the IR, so a synthesizer bug and an IR bug cannot hide each other.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.ir.examples import example_for, example_for_schema, example_params
from generator.ir.model import Api, TypeKind, TypeRef
from generator.load.loader import LoadedSpec
from generator.surface import build
from generator.surface.examples import example
from generator.targets.docs.view import build_pages

from .conftest import docs_job, load_api, small_spec
from .schema_check import SchemaCheck


def _check_all(spec: LoadedSpec, api: Api) -> list[str]:
    check = SchemaCheck(spec)
    problems = []
    for op in api.operations:
        if op.response is not None and op.response_media_type:
            problems += [f"{op.id} response {e}" for e in check.response_errors(op, example_for(api, op.response))]
        if op.body_params and op.body_encoding is not None:
            body = example_params(api, op.body_params)
            problems += [f"{op.id} body {e}" for e in check.body_errors(op, body)]
    for schema in api.component_schemas():
        value = example_for_schema(api, schema.id)
        node = ("components", "schemas", schema.id)
        problems += [f"{schema.id} {e}" for e in check.errors(value, *node)]
    return problems


def test_default_spec_examples_validate(default_loaded: tuple[LoadedSpec, Api]) -> None:
    assert _check_all(*default_loaded) == []


@pytest.mark.slow
def test_stripe_examples_validate(stripe_loaded: tuple[LoadedSpec, Api]) -> None:
    assert _check_all(*stripe_loaded) == []


def test_shown_examples_validate(default_loaded: tuple[LoadedSpec, Api]) -> None:
    """What the pages show (responses, objects, request params) is valid, trimmed lists included."""
    spec, api = default_loaded
    check = SchemaCheck(spec)
    pages = build_pages(docs_job(api))
    sdk = build(api)
    operations = {(r.id, op.name): op for r in api.resources for op in r.operations}
    shown = 0
    for page in pages:
        resource = next(r for r in api.resources if r.id == page.id)
        if page.object is not None and resource.schema:
            assert check.errors(json.loads(page.object.example), "components", "schemas", resource.schema) == []
        for view in page.operations:
            op = operations[(page.id, view.name)]
            if view.response_example:
                shown += 1
                assert check.response_errors(op, json.loads(view.response_example)) == [], op.id
            call = example(sdk, sdk.method_of(op))
            body = {param.name: value for param, value in call.params if param.location == "body"}
            if body:
                assert check.body_errors(op, body) == [], op.id
            for param, value in call.params:
                if param.location in ("query", "header"):
                    assert check.param_errors(op, param.name, param.location, value) == [], (op.id, param.name)
    assert shown > 0


def test_spec_examples_are_used_as_they_are(default_api: Api) -> None:
    for schema in default_api.component_schemas():
        if schema.has_example:
            assert example_for_schema(default_api, schema.id) == schema.example
    assert any(schema.has_example for schema in default_api.component_schemas())


def test_examples_are_deterministic(default_api: Api) -> None:
    first = [example_for(default_api, op.response) for op in default_api.operations if op.response]
    second = [example_for(default_api, op.response) for op in default_api.operations if op.response]
    assert json.dumps(first) == json.dumps(second)


CONSTRAINED = """
openapi: 3.0.3
info: {title: Constrained, version: '1'}
paths:
  /v1/things:
    get:
      operationId: GetThings
      responses:
        '200':
          content:
            application/json:
              schema:
                type: object
                required: [object, data, has_more, url]
                properties:
                  object: {type: string, enum: [list]}
                  data: {type: array, items: {$ref: '#/components/schemas/thing'}}
                  has_more: {type: boolean}
                  url: {type: string, pattern: '^/v1/things/[^/]+/parts', maxLength: 5000}
          description: ok
    post:
      operationId: PostThings
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [code, size]
              properties:
                code: {type: string, minLength: 6, maxLength: 8}
                size: {type: integer, minimum: 10, exclusiveMinimum: true, multipleOf: 5, maximum: 30}
                ratio: {type: number, maximum: 0.5}
                options:
                  type: object
                  properties:
                    mode: {type: string, enum: [fast, slow]}
      responses:
        '200':
          content:
            application/json:
              schema: {$ref: '#/components/schemas/thing'}
          description: ok
components:
  schemas:
    thing:
      type: object
      required: [id, object, tags, ratio, when, size]
      properties:
        id: {type: string, maxLength: 3}
        object: {type: string, enum: [thing]}
        parent:
          nullable: true
          anyOf: [{$ref: '#/components/schemas/thing'}]
        child: {$ref: '#/components/schemas/thing'}
        tags: {type: array, minItems: 2, maxItems: 3, items: {type: string, minLength: 4}}
        ratio: {type: number, minimum: 0.25, maximum: 0.75}
        when: {type: integer, format: unix-time}
        size: {type: integer, minimum: 3, maximum: 3}
        email: {type: string, format: email}
        day: {type: string, format: date}
        mode: {type: string, enum: [b, a], default: a}
        meta: {type: object, additionalProperties: {type: string, maxLength: 2}}
"""


def test_constraints_are_honoured(tmp_path: Path) -> None:
    spec, api = load_api(small_spec(tmp_path, CONSTRAINED))
    assert _check_all(spec, api) == []
    thing = example_for_schema(api, "thing")
    assert thing["object"] == "thing" and thing["size"] == 3 and thing["mode"] == "a"
    assert len(thing["tags"]) == 2 and all(len(tag) >= 4 for tag in thing["tags"])
    assert len(thing["id"]) <= 3 and thing["when"] == 1700000000 and thing["day"] == "2024-01-01"
    post = next(op for op in api.operations if op.http_method == "post")
    params = example_params(api, post.body_params)
    assert sorted(params) == ["code", "size"]
    assert 6 <= len(params["code"]) <= 8 and params["size"] == 15


def test_loops_are_cut(tmp_path: Path) -> None:
    _, api = load_api(small_spec(tmp_path, CONSTRAINED))
    thing = example_for_schema(api, "thing")
    assert "child" not in thing and "parent" not in thing  # optional self-references: left out
    assert thing["object"] == "thing"


def test_request_objects_get_one_field_when_none_is_required(tmp_path: Path) -> None:
    _, api = load_api(small_spec(tmp_path, CONSTRAINED))
    post = next(op for op in api.operations if op.http_method == "post")
    options = next(p for p in post.body_params if p.name == "options")
    assert example_params(api, [options], include_optional=True) == {"options": {"mode": "fast"}}


def test_types_without_schema_have_examples() -> None:
    api = Api(title="t", version="1", openapi="3.0.3")
    assert example_for(api, TypeRef(TypeKind.STRING, format="date-time")) == "2024-01-01T00:00:00Z"
    assert example_for(api, TypeRef(TypeKind.STRING), name="currency") == "usd"
    assert example_for(api, TypeRef(TypeKind.MAP, items=TypeRef(TypeKind.INTEGER))) == {"key": 1}
    assert example_for(api, TypeRef(TypeKind.BOOLEAN), request=True) is True
