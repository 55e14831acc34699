"""The mock answers with the spec's own examples, for any API (issue 25).

The order: the response's `example`, then its `examples` (the first valid one), then the
schema's and the properties' `example`s, then values synthesized from the schema (formats,
enums, patterns). An example that breaks its own schema is never sent as it is, and every
body is checked here against the spec's schema with openapi-schema-validator.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from generator.config import Config
from generator.ir.model import Api
from generator.mock.app import MockApp, Request
from generator.mock.checks import ParamChecker
from generator.mock.examples import SpecJudge, judged, trusted
from generator.mock.synth import as_json
from generator.pipeline import load_api
from generator.targets.python import validation

PET = {
    "type": "object",
    "required": ["id", "kind"],
    "properties": {
        "id": {"type": "string"},
        "kind": {"type": "string", "enum": ["cat", "dog"]},
        "name": {"type": "string"},
    },
}


def _json(schema: dict[str, Any], **media: Any) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema, **media}}}}


SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Examples", "version": "1"},
    "paths": {
        "/media": {"get": {"responses": _json(PET, example={"id": "p1", "kind": "dog", "name": "Rex", "age": 3})}},
        "/named": {
            "get": {
                "responses": _json(
                    PET,
                    examples={
                        "broken": {"value": {"id": "p0", "kind": "horse"}},  # breaks the enum: skipped
                        "first": {"$ref": "#/components/examples/Tom"},
                    },
                )
            }
        },
        "/list": {
            "get": {
                "responses": _json({"type": "array", "items": PET, "example": [{"id": "a", "kind": "cat"}]}),
            }
        },
        "/component": {"get": {"responses": _json({"$ref": "#/components/schemas/Owner"})}},
        "/properties": {
            "get": {
                "responses": _json(
                    {
                        "type": "object",
                        "required": ["code", "count"],
                        "properties": {
                            "code": {"type": "string", "example": "ABC"},
                            "count": {"type": "integer", "example": 7},
                        },
                    }
                )
            }
        },
        "/synthesized": {
            "get": {
                "responses": _json(
                    {
                        "type": "object",
                        "required": ["at", "uid", "kind", "ref", "n"],
                        "properties": {
                            "at": {"type": "string", "format": "date-time"},
                            "uid": {"type": "string", "format": "uuid"},
                            "kind": {"type": "string", "enum": ["folder"]},
                            "ref": {"type": "string", "pattern": "^[A-Z]{3}-\\d{4}$"},
                            "n": {"type": "integer", "minimum": 5, "multipleOf": 5},
                        },
                    }
                )
            }
        },
    },
    "components": {
        "examples": {"Tom": {"value": {"id": "p2", "kind": "cat", "name": "Tom"}}},
        "schemas": {
            "Owner": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "string"}, "pets": {"type": "array", "items": PET}},
                "example": {"id": "o1", "pets": [{"id": "p3", "kind": "dog"}]},
            }
        },
    },
}


def _checker(api: Api) -> ParamChecker:
    """Params checked as `codegen mock` checks them: with the Python client's validators."""
    return ParamChecker(api, lambda: validation)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> tuple[MockApp, Any]:
    path = tmp_path_factory.mktemp("examples") / "spec.yaml"
    path.write_text(yaml.safe_dump(SPEC, sort_keys=False))
    loaded = load_api(path, Config(spec=path), None, validation="later")
    registry: Registry[Any] = Registry().with_resources(
        [(path.as_uri(), Resource.from_contents(loaded.spec.root.data, default_specification=DRAFT4))]
    )

    def validator(route: str) -> Any:
        pointer = f"/paths/{route.replace('/', '~1')}/get/responses/200/content/application~1json/schema"
        return OAS30Validator({"$ref": f"{path.as_uri()}#{pointer}"}, registry=registry)

    return MockApp(loaded.api, _checker(loaded.api), judge=SpecJudge(loaded.spec)), validator


def _get(app: MockApp, route: str) -> Any:
    response = app.handle(Request("GET", route))
    assert response.status == 200, response.body
    return json.loads(response.body)


@pytest.mark.parametrize(
    ("route", "expected"),
    [
        ("/media", {"id": "p1", "kind": "dog", "name": "Rex", "age": 3}),  # the media type's example, extra key too
        ("/named", {"id": "p2", "kind": "cat", "name": "Tom"}),  # the first valid of `examples`, through its $ref
        ("/list", [{"id": "a", "kind": "cat"}]),  # the schema's own example of an array
        ("/component", {"id": "o1", "pets": [{"id": "p3", "kind": "dog"}]}),  # the component schema's example
        ("/properties", {"code": "ABC", "count": 7}),  # the properties' examples
    ],
)
def test_the_mock_answers_with_the_specs_examples(served: tuple[MockApp, Any], route: str, expected: Any) -> None:
    app, validator = served
    body = _get(app, route)
    assert body == expected
    assert not list(validator(route).iter_errors(body))


def test_synthesized_values_meet_formats_enums_and_patterns(served: tuple[MockApp, Any]) -> None:
    app, validator = served
    body = _get(app, "/synthesized")
    assert not list(validator("/synthesized").iter_errors(body)), body
    assert body["kind"] == "folder" and body["ref"] == "AAA-0000" and body["n"] % 5 == 0 and body["n"] >= 5


def test_the_cached_ir_keeps_only_valid_examples(served: tuple[MockApp, Any]) -> None:
    """Later starts have no spec: the IR cached after the first start holds the valid examples only."""
    app, _validator = served
    judge = app.synth.judge
    assert judge is not None
    kept = judged(app.api, judge, as_json)
    named = next(op for op in kept.operations if op.path == "/named")
    assert named.response_examples == ({"id": "p2", "kind": "cat", "name": "Tom"},)
    assert _get(MockApp(kept, _checker(kept)), "/named") == {"id": "p2", "kind": "cat", "name": "Tom"}
    component = next(op for op in kept.operations if op.path == "/component")
    assert component.response_examples == ({"id": "o1", "pets": [{"id": "p3", "kind": "dog"}]},)  # the Schema's own
    assert _get(MockApp(kept, _checker(kept), judge=trusted), "/component") == {
        "id": "o1",
        "pets": [{"id": "p3", "kind": "dog"}],
    }
    assert not trusted(component, {"id": "o2"})  # what was not judged valid is not trusted


def test_validators_that_cannot_be_built_do_not_fail_every_request(
    served: tuple[MockApp, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    """A spec the request validators cannot be rendered for is served unchecked, said once, never a 500."""
    app, _validator = served

    def broken(*_args: Any) -> Any:
        raise TypeError("'<' not supported between instances of 'int' and 'str'")

    unchecked = MockApp(app.api, check=broken)  # type: ignore[arg-type]
    for _ in range(2):
        assert unchecked.handle(Request("GET", "/media")).status == 200
    err = capsys.readouterr().err
    assert err.count("codegen mock: warning: request parameters are not checked: their validators failed") == 1


def test_judge_finds_the_schema_in_another_file(tmp_path: Path) -> None:
    (tmp_path / "pet.yaml").write_text(yaml.safe_dump(PET))
    spec = dict(SPEC, paths={"/media": {"get": {"responses": _json({"$ref": "pet.yaml"}, example={"id": "x"})}}})
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    loaded = load_api(path, Config(spec=path), None, validation="later")
    op = next(iter(loaded.api.operations))
    judge = SpecJudge(loaded.spec)
    assert not judge(op, {"id": "x"})  # `kind` is required
    assert judge(op, {"id": "x", "kind": "cat"})
