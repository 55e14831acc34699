"""Lenient mode, and the shapes real specs take that strict validators (or we) used to refuse.

- `--lenient` / `strict = false`: spec-validity errors are warnings, each naming its
  file:line:pointer, and generation goes on; the default stays strict (exit 2, nothing written).
- A `default` the validator rejects is placed at that `default` (it used to read `spec.yaml:1: /`).
- `$ref`s where an operation object or a `properties` map belongs are followed, as bundlers do.
- A method named like the resource below it (`POST /threads/runs` beside `/threads/{id}/runs`)
  takes its operationId's name, with a warning, instead of stopping generation.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.config import load_config
from generator.targets import rules

from .conftest import run_codegen

SHARED = Path(__file__).resolve().parents[2] / "shared" / "specs" / "corpus"

RUN_REF = {"$ref": "#/components/schemas/Run"}
OK = {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Run"}}}}
RUNS = {"description": "ok", "content": {"application/json": {"schema": {"type": "array", "items": RUN_REF}}}}
RUN = {
    "type": "object",
    # Twice `id`: openapi-spec-validator refuses non-unique `required` entries (OpenAI's spec has them).
    "required": ["id", "id"],
    "properties": {"id": {"type": "string"}, "mode": {"type": "string", "default": 3}},
}
SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Runs", "version": "1"},
    "paths": {
        "/threads/runs": {"post": {"operationId": "createThreadAndRun", "responses": {"200": OK}}},
        "/threads/{thread_id}/runs": {
            "get": {
                "operationId": "listRuns",
                "parameters": [{"name": "thread_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": RUNS},
            }
        },
    },
    "components": {"schemas": {"Run": RUN}},
}


def _write(folder: Path) -> Path:
    spec = folder / "spec.yaml"
    spec.write_text(yaml.safe_dump(SPEC, sort_keys=False))
    return spec


def _line_of(spec: Path, text: str) -> int:
    return next(n for n, line in enumerate(spec.read_text().splitlines(), 1) if text in line)


def test_strict_refuses_and_names_every_place(tmp_path: Path) -> None:
    spec = _write(tmp_path)
    result = run_codegen("generate", "--spec", str(spec), "--out", str(tmp_path / "out"), "--target", "python")
    assert result.returncode == 2, result.stderr
    assert not (tmp_path / "out").exists()
    default_line = _line_of(spec, "default: 3")
    assert f"spec.yaml:{default_line}: /components/schemas/Run/properties/mode/default: 3 is not of type" in (
        result.stderr
    )
    assert re.search(r"spec\.yaml:\d+: /components/schemas/Run/required: .* has non-unique elements", result.stderr)
    assert "spec.yaml:1: /:" not in result.stderr


def test_lenient_warns_and_generates(tmp_path: Path) -> None:
    spec = _write(tmp_path)
    out = tmp_path / "out"
    result = run_codegen("generate", "--spec", str(spec), "--out", str(out), "--target", "python", "--lenient")
    assert result.returncode == 0, result.stderr
    assert "/components/schemas/Run/properties/mode/default: warning: 3 is not of type" in result.stderr
    assert "warning: duplicate operation name: POST /threads/runs and the resource of the same name" in result.stderr
    service = next((out / "python").glob("*/services/threads.py")).read_text()
    assert "def create_thread_and_run(" in service and "def runs(self)" in service


def test_strict_false_in_the_configuration(tmp_path: Path) -> None:
    spec = _write(tmp_path)
    (tmp_path / "codegen.toml").write_text(f'spec = "{spec.name}"\nout = "out"\ntargets = ["ir"]\nstrict = false\n')
    assert load_config(tmp_path / "codegen.toml", rules()).strict is False
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        assert main(["generate", "-q"]) == 0
    finally:
        os.chdir(cwd)
    assert (tmp_path / "out" / "ir" / "ir.json").is_file()
    (tmp_path / "codegen.toml").write_text('strict = "no"\n')
    assert main(["generate", "--config", str(tmp_path / "codegen.toml")]) == 2


def test_refs_where_an_operation_and_properties_belong(tmp_path: Path) -> None:
    (tmp_path / "ops").mkdir()
    (tmp_path / "ops" / "create.yml").write_text(
        yaml.safe_dump(
            {
                "operationId": "createPet",
                "requestBody": {
                    "content": {"application/json": {"schema": {"properties": {"$ref": "../props.yml#/pet"}}}}
                },
                "responses": {"201": {"description": "made"}},
            }
        )
    )
    (tmp_path / "props.yml").write_text(
        yaml.safe_dump({"pet": {"name": {"type": "string"}, "age": {"type": "integer"}}})
    )
    spec = tmp_path / "spec.yaml"
    root = {
        "openapi": "3.0.3",
        "info": {"title": "Pets", "version": "1"},
        "paths": {"/pets": {"post": {"$ref": "ops/create.yml"}}},
    }
    spec.write_text(yaml.safe_dump(root))
    out = tmp_path / "out"
    result = run_codegen("generate", "--spec", str(spec), "--out", str(out), "--target", "python", "--lenient")
    assert result.returncode == 0, result.stderr
    params = (next((out / "python").glob("*/params/pets.py"))).read_text()
    assert "name: NotRequired[str]" in params and "age: NotRequired[int]" in params


@pytest.mark.skipif(not (SHARED / "digitalocean").is_dir(), reason="../shared/specs/corpus/digitalocean is absent")
def test_digitalocean_generates_lenient(tmp_path: Path) -> None:
    spec = SHARED / "digitalocean" / "specification" / "DigitalOcean-public.v2.yaml"
    out = tmp_path / "out"
    args = ("generate", "--spec", str(spec), "--out", str(out), "--target", "python", "--package", "do_api")
    assert run_codegen(*args).returncode == 2  # invalid for openapi-spec-validator: strict refuses it
    result = run_codegen(*args, "--lenient")
    assert result.returncode == 0, result.stderr[-3000:]
    droplets = (out / "python" / "do_api" / "services" / "droplets.py").read_text()
    assert "**params: Unpack[" in droplets  # operations behind `$ref`s have their params


def test_lenient_still_refuses_swagger_2(tmp_path: Path) -> None:
    spec = tmp_path / "swagger.yaml"
    spec.write_text(yaml.safe_dump({"swagger": "2.0", "info": {"title": "Old", "version": "1"}, "paths": {}}))
    out = tmp_path / "out"
    result = run_codegen("generate", "--spec", str(spec), "--out", str(out), "--target", "python", "--lenient")
    assert result.returncode == 2, result.stderr
    assert "swagger.yaml:5: /swagger: Swagger 2.0 is not supported; convert the spec to OpenAPI 3.0 or 3.1" in (
        result.stderr
    )  # sorted keys
    assert not out.exists()


def _spec_file(folder: Path, data: dict[str, object], name: str = "spec.yaml") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def _ok(schema: dict[str, object]) -> dict[str, object]:
    return {"description": "ok", "content": {"application/json": {"schema": schema}}}


BROKEN = {
    "openapi": "3.0.3",
    "info": {"title": "Broken", "version": "1"},
    "paths": {
        "/empty": {"get": {"operationId": "getEmpty", "responses": {}}},
        "/dangling": {
            "get": {
                "operationId": "getDangling",
                "parameters": [
                    {"$ref": "#/components/parameters/Gone"},
                    {"name": "q", "in": "query", "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": _ok({"type": "object", "properties": {"thing": {"$ref": "#/components/schemas/Missing"}}}),
                    "404": {"$ref": "#/components/responses/NoSuch"},
                },
            }
        },
        "/other": {"$ref": "paths/nowhere.yaml"},
        "/fine": {"get": {"operationId": "getFine", "responses": {"200": _ok({"type": "string"})}}},
    },
}


def test_lenient_generates_every_operation_of_a_spec_with_broken_refs(tmp_path: Path) -> None:
    """`responses: {}`, dangling `$ref`s and a `$ref` to a missing file: warnings at file:line:pointer, an SDK."""
    spec = _spec_file(tmp_path, BROKEN)
    out = tmp_path / "out"
    args = ("generate", str(spec), "--out", str(out), "--target", "python", "--target", "ir")
    strict = run_codegen(*args)
    assert strict.returncode == 2 and not out.exists()
    result = run_codegen(*args, "--lenient")
    assert result.returncode == 0, result.stderr
    err = result.stderr

    def warned(text: str, pointer: str, message: str) -> None:
        line = _line_of(spec, text)
        where = f"spec.yaml:{line}: {pointer}: warning: "
        assert any(where in said and message in said for said in err.splitlines()), err

    warned("responses: {}", "/paths/~1empty/get/responses", "{} should be non-empty")
    missing = "$ref '#/components/schemas/Missing' does not resolve (dangling reference); typed as an untyped value"
    warned(
        "#/components/schemas/Missing",
        "/paths/~1dangling/get/responses/200/content/application~1json/schema/properties/thing/$ref",
        missing,
    )
    warned(
        "#/components/parameters/Gone",
        "/paths/~1dangling/get/parameters/0/$ref",
        "$ref '#/components/parameters/Gone' does not resolve (dangling reference); this parameter is left out",
    )
    warned(
        "#/components/responses/NoSuch",
        "/paths/~1dangling/get/responses/404/$ref",
        "does not resolve (dangling reference); this response is left without a body",
    )
    warned("paths/nowhere.yaml", "/paths/~1other/$ref", "does not exist; the operations behind it are left out")
    ir = json.loads((out / "ir" / "ir.json").read_text())
    paths = {op["path"] for resource in ir["resources"] for op in resource["operations"]}
    assert paths == {"/empty", "/dangling", "/fine"}  # /other's path item is a missing file: said above
    params = next((out / "python").glob("*/params/dangling.py")).read_text()
    assert "q: NotRequired[str]" in params


def test_a_ref_where_the_map_of_schemas_belongs(tmp_path: Path) -> None:
    """`components: {schemas: {$ref: ./schemas/_index.yaml}}`, as in multi-file specs Redocly bundles."""
    _spec_file(tmp_path, {"Pet": {"$ref": "./Pet.yaml"}, "Tag": {"type": "string"}}, "schemas/_index.yaml")
    _spec_file(
        tmp_path,
        {"type": "object", "properties": {"id": {"type": "string"}, "tag": {"$ref": "#/Tag"}}},
        "schemas/Pet.yaml",
    )
    (tmp_path / "schemas" / "Pet.yaml").write_text(
        yaml.safe_dump(
            {"type": "object", "properties": {"id": {"type": "string"}, "tag": {"$ref": "_index.yaml#/Tag"}}}
        )
    )
    _spec_file(
        tmp_path,
        {
            "get": {
                "operationId": "listPets",
                "responses": {"200": _ok({"type": "array", "items": {"$ref": "#/components/schemas/Pet"}})},
            }
        },
        "paths/pets.yaml",
    )
    spec = _spec_file(
        tmp_path,
        {
            "openapi": "3.0.3",
            "info": {"title": "Pets", "version": "1"},
            "paths": {"/pets": {"$ref": "paths/pets.yaml"}},
            "components": {"schemas": {"$ref": "./schemas/_index.yaml"}},
        },
    )
    (tmp_path / "paths" / "pets.yaml").write_text(
        yaml.safe_dump(
            {
                "get": {
                    "operationId": "listPets",
                    "responses": {
                        "200": _ok({"type": "array", "items": {"$ref": "../spec.yaml#/components/schemas/Pet"}})
                    },
                }
            }
        )
    )
    out = tmp_path / "out"
    args = ("generate", str(spec), "--out", str(out), "--target", "python", "--target", "ir")
    assert run_codegen(*args).returncode == 2
    result = run_codegen(*args, "--lenient")
    assert result.returncode == 0, result.stderr
    line = _line_of(spec, "$ref: ./schemas/_index.yaml")
    assert (
        f"spec.yaml:{line}: /components/schemas/$ref: warning: $ref './schemas/_index.yaml' stands where a map "
        "belongs (openapi-spec-validator refuses it); followed as bundlers do: 2 entries"
    ) in result.stderr
    ir = json.loads((out / "ir" / "ir.json").read_text())
    assert {"Pet", "Tag"} <= set(ir["schemas"]), list(ir["schemas"])
    pet = next((out / "python").glob("*/models/pet.py")).read_text()
    assert "id:" in pet and "tag:" in pet


MIXED: dict[str, object] = {
    "openapi": "3.0.3",
    "info": {"title": "Models", "version": "1"},
    "paths": {
        "/models": {
            "get": {
                "operationId": "listModels",
                "parameters": [
                    {"name": "v", "in": "query", "schema": {"type": "string", "enum": [4.1, 4, "3_lite", 3]}}
                ],
                "responses": {
                    "200": _ok(
                        {
                            "type": "object",
                            "properties": {
                                "version": {"enum": [4.1, 4, "3_lite", 3, None]},  # no type: no one type fits
                                "size": {"type": "number", "enum": [1, 2.5, "big"]},
                            },
                        }
                    )
                },
            }
        }
    },
}


def test_enums_of_mixed_types(tmp_path: Path) -> None:
    """An enum whose values are not of its type takes them as its type where it can (a string enum's
    numbers as strings) and leaves out, with a warning, those it cannot; one with no type is a union
    of one enum per kind. Strict and lenient both generate, never with a traceback."""
    spec = _spec_file(tmp_path, MIXED)
    for extra in ((), ("--lenient",)):
        result = run_codegen("generate", str(spec), "--out", str(tmp_path / f"out{len(extra)}"), *extra)
        assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
        assert "/parameters/0/schema: warning: enum values of a string enum taken as strings: 4.1 as '4.1'" in (
            result.stderr
        )
        assert "/properties/size: warning: enum values that are not numbers left out: 'big'" in result.stderr


def test_a_strict_run_after_a_lenient_one_still_refuses(tmp_path: Path) -> None:
    """Nothing a lenient run remembers (its output's stamp, its verdicts) lets a strict run pass."""
    spec = _write(tmp_path)
    out = tmp_path / "out"
    args = ("generate", str(spec), "--out", str(out), "--target", "ir")
    cache = {"CODEGEN_CACHE_DIR": str(tmp_path / "cache")}
    assert run_codegen(*args, "--lenient", env=cache).returncode == 0
    assert run_codegen(*args, "--lenient", env=cache).returncode == 0
    again = run_codegen(*args, env=cache)
    assert again.returncode == 2, again.stdout + again.stderr
    assert "has non-unique elements" in again.stderr
