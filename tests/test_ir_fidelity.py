"""Classes of spec the IR once got wrong (issue 25): each with a small inline spec, the IR it
must give, and where it matters the Python client generated from it, imported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main
from generator.config import Config
from generator.ir.examples import example_for_schema
from generator.ir.model import Api, TypeKind
from generator.pipeline import Loaded, load_api

from .hostile.conftest import run_python
from .python_client.conftest import generate_package

_HEAD = {"openapi": "3.0.3", "info": {"title": "Fidelity", "version": "1"}}


def _load(tmp_path: Path, document: dict[str, Any], *, strict: bool = True) -> Loaded:
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump({**_HEAD, **document}, sort_keys=False))
    return load_api(spec, Config(strict=strict), None)


def _ok(schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _names(api: Api) -> dict[tuple[str, str], str]:
    return {(op.http_method, op.path): f"{op.resource}.{op.name}" for op in api.operations}


def _warnings(loaded: Loaded) -> list[str]:
    return [str(issue) for issue in loaded.warnings]


# -- 3. enum values of another kind than the enum's type -------------------------------------

_ENUMS = {
    "paths": {"/models": {"get": {"responses": _ok(_ref("Engine"))}}},
    "components": {
        "schemas": {
            "Engine": {
                "type": "object",
                "properties": {
                    "version": {"type": "string", "enum": [4.1, 4, "3_lite", 3, None, True]},
                    "mixed": {"enum": [2.5, "a", 1, None, True, "b"]},
                    "level": {"type": "integer", "enum": [1, "2", 3.0, "x"]},
                },
            }
        }
    },
}


def test_a_string_enum_takes_unquoted_numbers_as_strings(tmp_path: Path) -> None:
    """`type: string` with `[4.1, 4, '3_lite', 3, null]` (unquoted in YAML) once crashed the Python
    target sorting `int`s with `str`s: the values are the strings "4.1", "4"..., `null` makes the
    field nullable, and a mixed enum without a type is a union of one enum per kind, in order."""
    loaded = _load(tmp_path, _ENUMS)
    api = loaded.api
    fields = {f.name: f.type for f in api.schemas["Engine"].fields}
    version = api.enums["Engine.version"]
    assert version.base is TypeKind.STRING
    assert [v.value for v in version.values] == ["4.1", "4", "3_lite", "3", "true"]
    assert fields["version"].nullable
    mixed = fields["mixed"]
    assert mixed.kind is TypeKind.UNION and mixed.nullable
    assert [v.ref for v in mixed.variants] == ["Engine.mixed.number", "Engine.mixed.string", "Engine.mixed.boolean"]
    assert [v.value for v in api.enums["Engine.mixed.number"].values] == [2.5, 1]
    assert [v.value for v in api.enums["Engine.mixed.string"].values] == ["a", "b"]
    assert [v.value for v in api.enums["Engine.mixed.boolean"].values] == [True]
    level = api.enums["Engine.level"]
    assert [v.value for v in level.values] == [1, 2, 3] and all(type(v.value) is int for v in level.values)
    warnings = _warnings(loaded)
    assert any("/components/schemas/Engine/properties/version" in w and "4.1 as '4.1'" in w for w in warnings)
    assert any("/components/schemas/Engine/properties/level" in w and "left out: 'x'" in w for w in warnings)


def test_the_python_client_of_mixed_enums_imports(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump({**_HEAD, **_ENUMS}, sort_keys=False))
    root = generate_package(spec, tmp_path / "out", package="enums_api", client_class="EnumsClient")
    source = (root / "enums_api" / "models" / "engine.py").read_text()
    assert 'Literal["4.1", "4", "3_lite", "3", "true"]' in source
    result = run_python("import enums_api.models as m; print(m.Engine.from_dict({'version': '4.1'}).version)", root)
    assert result.returncode == 0 and result.stdout.strip() == "4.1", result.stderr[-2000:]


# -- 4. a union that holds itself through a map -----------------------------------------------


def test_a_union_may_hold_itself_through_a_map(tmp_path: Path) -> None:
    """`ErrorDetails: oneOf [{additionalProperties: ErrorDetails}, string]` is a finite tree (the
    map is the object in between); it was refused as referring to itself."""
    document = {
        "paths": {"/errors": {"get": {"responses": _ok(_ref("ErrorDetails"))}}},
        "components": {
            "schemas": {
                "ErrorDetails": {
                    "oneOf": [{"type": "object", "additionalProperties": _ref("ErrorDetails")}, {"type": "string"}]
                }
            }
        },
    }
    loaded = _load(tmp_path, document)
    alias = loaded.api.schemas["ErrorDetails"].alias
    assert alias is not None and alias.kind is TypeKind.UNION
    assert [v.kind for v in alias.variants] == [TypeKind.MAP, TypeKind.STRING]
    assert not loaded.warnings


# -- 6. allOf wrappers of one $ref --------------------------------------------------------------


def test_an_all_of_wrapper_is_the_schema_it_wraps(tmp_path: Path) -> None:
    """`allOf: [$ref Booking]`, alone, described or beside an empty object part, is `Booking`; a
    wrapped array or list envelope is still a list, paged, with typed items."""
    booking = {"type": "object", "properties": {"id": {"type": "string"}}}
    id_param = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
    envelope = {
        "type": "object",
        "properties": {
            "object": {"type": "string", "enum": ["list"]},
            "data": {"type": "array", "items": {"allOf": [_ref("Booking")], "description": "One."}},
            "has_more": {"type": "boolean"},
            "url": {"type": "string"},
        },
    }
    document = {
        "paths": {
            "/bookings": {"get": {"responses": _ok({"allOf": [_ref("BookingList")], "description": "Page."})}},
            "/bookings/{id}": {
                "get": {"parameters": id_param, "responses": _ok({"allOf": [_ref("Booking")]})},
                "put": {
                    "parameters": id_param,
                    "responses": _ok({"allOf": [_ref("Booking"), {"type": "object", "properties": {}}]}),
                },
            },
            "/rooms": {
                "get": {
                    "parameters": [{"name": "page", "in": "query", "schema": {"type": "integer"}}],
                    "responses": _ok({"allOf": [_ref("Rooms")], "description": "Rooms."}),
                }
            },
        },
        "components": {
            "schemas": {
                "Booking": booking,
                "BookingList": envelope,
                "Rooms": {"type": "array", "items": _ref("Booking")},
            }
        },
    }
    api = _load(tmp_path, document).api
    ops = {(op.http_method, op.path): op for op in api.operations}
    listed, one, updated = ops[("get", "/bookings")], ops[("get", "/bookings/{id}")], ops[("put", "/bookings/{id}")]
    assert (listed.name, listed.pagination, listed.page_item and listed.page_item.ref) == ("list", "list", "Booking")
    assert (one.name, one.response and one.response.ref) == ("retrieve", "Booking")
    assert (updated.name, updated.response and updated.response.ref) == ("update", "Booking")
    rooms = ops[("get", "/rooms")]
    assert rooms.name == "list" and rooms.paging is not None and rooms.page_item and rooms.page_item.ref == "Booking"
    assert not [s for s in api.schemas.values() if s.origin.value != "component"]


# -- 8. YAML dates in examples ------------------------------------------------------------------

_DATED = """\
openapi: 3.0.3
info: {title: Dated, version: '1'}
paths:
  /events:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Event'}
components:
  schemas:
    Event:
      type: object
      properties:
        day: {type: string, format: date, example: 2024-01-02}
        at: {type: string, format: date-time, default: 2024-01-02T03:04:05Z}
        log: {type: object, additionalProperties: true, example: {2024-01-02: started}}
    Dated:
      type: object
      properties:
        day: {type: string}
      example: {day: 2024-01-02, when: [2024-01-03]}
"""


def test_yaml_dates_in_examples_are_iso_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An unquoted `2024-01-02` in an `example` or `default` is a date to YAML, which JSON cannot
    write: `codegen generate --target docs` on OpenAI's spec ended in a traceback. Examples hold
    its ISO text, as a JSON spec would have written it."""
    spec = tmp_path / "spec.yaml"
    spec.write_text(_DATED)
    api = load_api(spec, Config(strict=False), None).api  # (a date default is invalid: a warning)
    assert example_for_schema(api, "Event") == {
        "day": "2024-01-02",
        "at": "2024-01-02T03:04:05+00:00",
        "log": {"2024-01-02": "started"},
    }
    assert example_for_schema(api, "Dated") == {"day": "2024-01-02", "when": ["2024-01-03"]}
    out = tmp_path / "out"
    assert main(["generate", "--spec", str(spec), "--out", str(out), "--target", "docs", "--lenient", "-q"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    assert "2024-01-02" in (out / "docs" / "events.md").read_text()


# -- 7. readOnly and writeOnly ------------------------------------------------------------------


def test_read_only_is_never_sent_and_write_only_never_read(tmp_path: Path) -> None:
    """A `readOnly` property is no request param (top-level or nested), a `writeOnly` one no
    field of a response model."""
    person = {
        "type": "object",
        "properties": {"id": {"type": "string", "readOnly": True}, "name": {"type": "string"}},
    }
    booking = {
        "type": "object",
        "properties": {
            "id": {"type": "string", "readOnly": True},
            "secret": {"type": "string", "writeOnly": True},
            "owner": _ref("Person"),
        },
    }
    body = {"content": {"application/json": {"schema": _ref("Booking")}}}
    document = {
        "paths": {"/bookings": {"post": {"requestBody": body, "responses": _ok(_ref("Booking"))}}},
        "components": {"schemas": {"Booking": booking, "Person": person}},
    }
    api = _load(tmp_path, document).api
    (create,) = api.operations
    assert [f.name for f in create.body_params] == ["secret", "owner"]
    spec = tmp_path / "spec.yaml"
    root = generate_package(spec, tmp_path / "out", package="rw_api", client_class="RwClient")
    params = (root / "rw_api" / "params" / "bookings.py").read_text()
    assert "secret: NotRequired[str]" in params and "    id:" not in params
    components = (root / "rw_api" / "params" / "_components.py").read_text()
    assert "name: NotRequired[str]" in components and "    id:" not in components
    model = (root / "rw_api" / "models" / "booking.py").read_text()
    assert '__slots__ = ("id", "owner")' in model and "secret" not in model
    result = run_python("import rw_api.models as m; print(m.Booking.from_dict({'id': 'b1'}).id)", root)
    assert result.returncode == 0 and result.stdout.strip() == "b1", result.stderr[-2000:]
