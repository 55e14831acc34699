"""Classes of spec the IR once got wrong (issue 25): each with a small inline spec, the IR it
must give, and where it matters the Python client generated from it, imported."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main
from generator.config import Config
from generator.ir.examples import example_for_schema
from generator.ir.model import Api, TypeKind
from generator.pipeline import Loaded, generate, load_api

from .hostile.conftest import mypy_strict, run_python
from .java.test_java_client import GSON, _javac, _require

_HEAD = {"openapi": "3.0.3", "info": {"title": "Fidelity", "version": "1"}}


def _load(tmp_path: Path, document: dict[str, Any], *, strict: bool = True) -> Loaded:
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump({**_HEAD, **document}, sort_keys=False))
    return load_api(spec, Config(strict=strict), None)


def _package(spec: Path, out: Path, package: str, *, strict: bool = True) -> Path:
    """The Python client of `spec` generated into `out`: the folder to put on sys.path."""
    tables = {"python": {"package": package, "client_class": "Client"}}
    generate(Config(spec=spec, out=out, tables=tables, targets=("python",), strict=strict))
    return out / "python"


def _compiles(project: Path, tmp_path: Path) -> None:
    """`javac -Xlint:all -Werror` over a generated Java project (skipped without Java or Gson)."""
    javac = _require("javac")
    if not GSON.is_file():
        pytest.skip(f"{GSON} is not in the local Maven repository")
    sources = sorted(str(p) for p in (project / "src" / "main" / "java").rglob("*.java"))
    _javac(javac, tmp_path / "classes", sources, tmp_path / "sources.txt")


def _ok(schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _names(api: Api) -> dict[tuple[str, str], str]:
    return {(op.http_method, op.path): f"{op.resource}.{op.name}" for op in api.operations}


def _warnings(loaded: Loaded) -> list[str]:
    return [issue.format() for issue in loaded.warnings]


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
    root = _package(spec, tmp_path / "out", "enums_api")
    source = (root / "enums_api" / "models" / "engine.py").read_text()
    assert 'Literal["4.1", "4", "3_lite", "3", "true"]' in source
    result = run_python("import enums_api.models as m; print(m.Engine.from_dict({'version': '4.1'}).version)", root)
    assert result.returncode == 0 and result.stdout.strip() == "4.1", result.stderr[-2000:]
    others = tmp_path / "others"
    generate(Config(spec=spec, out=others, targets=("ruby", "java", "docs")))
    java = next((others / "java").rglob("Engine.java")).read_text()
    assert "One of {@code 4.1}, {@code 4}, {@code 3_lite}, {@code 3}, {@code true}." in java


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
            "/halls": {
                "get": {
                    "parameters": [{"name": "page", "in": "query", "schema": {"type": "integer"}}],
                    "responses": _ok({"type": "object", "properties": {"results": {"allOf": [_ref("Rooms")]}}}),
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
    halls = ops[("get", "/halls")]
    assert halls.name == "list" and halls.paging and halls.paging.items == "results"
    assert halls.page_item and halls.page_item.ref == "Booking"
    assert [s.id for s in api.schemas.values() if s.origin.value != "component"] == ["halls.list.response"]


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
    root = _package(spec, tmp_path / "out", "rw_api")
    params = (root / "rw_api" / "params" / "bookings.py").read_text()
    assert "secret: NotRequired[str]" in params and "    id:" not in params
    components = (root / "rw_api" / "params" / "_components.py").read_text()
    assert "name: NotRequired[str]" in components and "    id:" not in components
    model = (root / "rw_api" / "models" / "booking.py").read_text()
    assert '__slots__ = ("id", "owner")' in model and "secret" not in model
    result = run_python("import rw_api.models as m; print(m.Booking.from_dict({'id': 'b1'}).id)", root)
    assert result.returncode == 0 and result.stdout.strip() == "b1", result.stderr[-2000:]
    others = tmp_path / "others"
    generate(Config(spec=spec, out=others, targets=("ruby", "java")))
    java_model = next((others / "java").rglob("model/Booking.java")).read_text()
    assert "getOwner()" in java_model and "getId()" in java_model and "secret" not in java_model.lower()
    java_params = next((others / "java").rglob("param/BookingCreateParams.java")).read_text()
    assert "setSecret(" in java_params and "setId(" not in java_params
    ruby_model = next((others / "ruby").rglob("lib/**/booking.rb")).read_text()
    assert "def owner" in ruby_model and "def id" in ruby_model and "secret" not in ruby_model
    _compiles(others / "java", tmp_path)


# -- 1. path template variables no parameter declares -------------------------------------------


def test_an_undeclared_path_variable_is_a_required_string(tmp_path: Path) -> None:
    """`/apps/{app_id}/users/{user_id}` declaring only `user_id`: the method once took one argument
    and requested `/apps/{app_id}/...` literally. Both are path params, in the template's order,
    with a warning naming the file, line and pointer."""
    user_id = {"name": "user_id", "in": "path", "required": True, "schema": {"type": "integer"}}
    document = {
        "paths": {
            "/apps/{app_id}/users/{user_id}": {
                "get": {"parameters": [user_id], "responses": _ok({"type": "object", "properties": {}})}
            }
        }
    }
    loaded = _load(tmp_path, document, strict=False)
    (op,) = loaded.api.operations
    assert [(p.name, p.type.kind, p.required) for p in op.path_params] == [
        ("app_id", TypeKind.STRING, True),
        ("user_id", TypeKind.INTEGER, True),
    ]
    assert (
        "spec.yaml:7: /paths/~1apps~1{app_id}~1users~1{user_id}/get: warning: path parameter app_id of "
        "/apps/{app_id}/users/{user_id} declared by no parameter: taken as a required string"
    ) in "\n".join(_warnings(loaded))
    spec = tmp_path / "spec.yaml"
    root = _package(spec, tmp_path / "out", "apps_api", strict=False)
    service = (root / "apps_api" / "services" / "apps.py").read_text()
    assert "def retrieve(self, app_id: str, user_id: " in service


# -- 2. operations that share a name --------------------------------------------------------------


def test_operations_sharing_an_operation_id_stay_apart(tmp_path: Path) -> None:
    """GET and HEAD sharing an operationId, and one operationId under two path prefixes: the
    targets key params classes and validators by the id, so the second replaced the first (both
    Python methods were named `head`). Each id is unique (the HTTP method appended, else `_2`),
    with a warning; each gets its own method, params class and response class."""
    name = {"name": "name", "in": "query", "schema": {"type": "string"}}
    limit = {"name": "limit", "in": "query", "schema": {"type": "integer"}}
    thing = {"type": "object", "properties": {"id": {"type": "string"}}}
    document = {
        "paths": {
            "/things/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "get": {"operationId": "getThing", "parameters": [name], "responses": _ok(thing)},
                "head": {"operationId": "getThing", "parameters": [limit], "responses": {"200": {"description": "ok"}}},
            },
            "/v1/ns/{ns}/runs": {"post": {"operationId": "Run", "parameters": [name], "responses": _ok(thing)}},
            "/ns/{ns}/runs": {"post": {"operationId": "Run", "parameters": [limit], "responses": _ok(thing)}},
            "/api/v1/info": {"get": {"operationId": "GetInfo", "parameters": [name], "responses": _ok(thing)}},
            "/info": {"get": {"operationId": "GetInfo", "parameters": [limit], "responses": _ok(thing)}},
        }
    }
    loaded = _load(tmp_path, document, strict=False)
    ops = {(op.http_method, op.path): op for op in loaded.api.operations}
    assert {key: (op.id, f"{op.resource}.{op.name}") for key, op in ops.items()} == {
        ("get", "/things/{id}"): ("getThing", "things.retrieve"),
        ("head", "/things/{id}"): ("getThing_head", "things.head"),
        ("post", "/v1/ns/{ns}/runs"): ("Run", "ns.runs"),  # (an action on `ns`)
        ("post", "/ns/{ns}/runs"): ("Run_2", "ns.run"),  # (the name taken: its operationId)
        ("get", "/api/v1/info"): ("GetInfo", "api.v1.info.retrieve"),
        ("get", "/info"): ("GetInfo_2", "info.retrieve"),
    }
    warnings = "\n".join(_warnings(loaded))
    assert "duplicate operationId getThing: HEAD /things/{id} and GET /things/{id} both have it; " in warnings
    assert "this one's id is getThing_head" in warnings and "this one's id is Run_2" in warnings
    spec = tmp_path / "spec.yaml"
    root = _package(spec, tmp_path / "out", "twins_api", strict=False)
    service = (root / "twins_api" / "services" / "things.py").read_text()
    assert "def retrieve(" in service and "def head(" in service
    params = (root / "twins_api" / "params" / "things.py").read_text()
    assert "class ThingRetrieveParams(" in params and "class ThingHeadParams(" in params
    program = "import twins_api, twins_api.params, twins_api.models; print(sorted(twins_api.models.__all__))"
    result = run_python(program, root)
    assert result.returncode == 0, result.stderr[-2000:]
    for module in root.rglob("*.py"):  # (once two `InfoRetrieveParams` in one module: the second won)
        classes = re.findall(r"^class (\w+)", module.read_text(), re.MULTILINE)
        assert len(classes) == len(set(classes)), (module, classes)
    info = (root / "twins_api" / "params" / "info.py").read_text() + (
        root / "twins_api" / "params" / "api.py"
    ).read_text()
    assert "limit: NotRequired[int]" in info and "name: NotRequired[str]" in info
    ns_params = (root / "twins_api" / "params" / "ns.py").read_text()
    assert "class NsRunParams(" in ns_params and "class NsRunsParams(" in ns_params
    out = tmp_path / "others"
    generate(Config(spec=spec, out=out, targets=("ruby", "java"), strict=False))
    ruby = next((out / "ruby" / "lib").rglob("thing_service.rb")).read_text()
    assert "def retrieve(id, params = {}, opts = {})" in ruby and "def head(id, params = {}, opts = {})" in ruby
    java = next((out / "java").rglob("ThingService.java")).read_text()
    # (a long signature is wrapped after its `(`, as google-java-format does)
    assert re.search(r"retrieve\(\s*String id, ThingRetrieveParams params\)", java), java
    assert re.search(r"head\(\s*String id, ThingHeadParams params\)", java), java


# -- 5. the names a user would have written ---------------------------------------------------------


def test_collections_get_rest_names_without_page_params(tmp_path: Path) -> None:
    """Asana's `GET /budgets` answers `{"data": [...]}` with no page params: it was `retrieve`, so
    `POST /budgets` became `budgets.update()` and the real update `update_budget`. A collection
    GET answering an array (or an envelope of one) is `list`, paged when it pages; beside
    `/budgets/{id}`, a POST on the collection is `create`. A search, and a POST answering a
    list, stay actions."""
    budget = {"type": "object", "properties": {"gid": {"type": "string"}}}
    listed = {"type": "object", "properties": {"data": {"type": "array", "items": _ref("Budget")}}}
    one = {"type": "object", "properties": {"data": _ref("Budget")}}
    gid = [{"name": "budget_gid", "in": "path", "required": True, "schema": {"type": "string"}}]
    paged = [{"name": "offset", "in": "query", "schema": {"type": "string"}}]
    paged.append({"name": "limit", "in": "query", "schema": {"type": "integer"}})
    document = {
        "paths": {
            "/budgets": {"get": {"responses": _ok(listed)}, "post": {"responses": _ok(one)}},
            "/budgets/{budget_gid}": {
                "parameters": gid,
                "get": {"operationId": "getBudget", "responses": _ok(one)},
                "put": {"operationId": "updateBudget", "responses": _ok(one)},
                "delete": {"operationId": "deleteBudget", "responses": _ok({"type": "object"})},
            },
            "/budgets/search": {"get": {"responses": _ok(listed)}},
            "/budgets/batch": {"post": {"responses": _ok(listed)}},
            "/goals": {"get": {"parameters": paged, "responses": _ok(listed)}, "post": {"responses": _ok(one)}},
            "/goals/{goal_gid}": {
                "get": {
                    "parameters": [{"name": "goal_gid", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "responses": _ok(one),
                }
            },
        },
        "components": {"schemas": {"Budget": budget}},
    }
    loaded = _load(tmp_path, document)
    assert _names(loaded.api) == {
        ("get", "/budgets"): "budgets.list",
        ("post", "/budgets"): "budgets.create",
        ("get", "/budgets/{budget_gid}"): "budgets.retrieve",
        ("put", "/budgets/{budget_gid}"): "budgets.update",
        ("delete", "/budgets/{budget_gid}"): "budgets.delete",
        ("get", "/budgets/search"): "budgets.search",
        ("post", "/budgets/batch"): "budgets.batch",
        ("get", "/goals"): "goals.list",
        ("post", "/goals"): "goals.create",
        ("get", "/goals/{goal_gid}"): "goals.retrieve",
    }
    assert not [w for w in _warnings(loaded) if "duplicate" in w]
    goals = {op.name: op for op in loaded.api.operations if op.resource == "goals"}
    assert goals["list"].paging is not None and goals["list"].page_item and goals["list"].page_item.ref == "Budget"
    spec = tmp_path / "spec.yaml"
    root = _package(spec, tmp_path / "out", "budgets_api")
    service = (root / "budgets_api" / "services" / "budgets.py").read_text()
    for method in ("list", "create", "retrieve", "update", "delete", "search", "batch"):
        assert f"    def {method}(" in service, method
    goals_service = (root / "budgets_api" / "services" / "goals.py").read_text()
    assert "-> AutoPage[Budget]:" in goals_service


def test_a_member_claims_its_rest_name_first(tmp_path: Path) -> None:
    """Typesense deletes and updates documents by filter on the collection (`DELETE /documents`)
    before the spec lists one document's: the member is `delete`/`update`, the collection-wide
    ones take their operationId's name. `GET /namespaces` answering `{namespaces: [...], token}`
    (its array named like the collection) is `list`."""
    doc_id = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
    doc = {"type": "object", "properties": {"id": {"type": "string"}}}
    namespaces = {
        "type": "object",
        "properties": {"namespaces": {"type": "array", "items": doc}, "next_page_token": {"type": "string"}},
    }
    document = {
        "paths": {
            "/documents": {
                "delete": {"operationId": "deleteDocuments", "responses": _ok(doc)},
                "patch": {"operationId": "updateDocuments", "responses": _ok(doc)},
            },
            "/documents/{id}": {
                "parameters": doc_id,
                "delete": {"operationId": "deleteDocument", "responses": _ok(doc)},
                "patch": {"operationId": "updateDocument", "responses": _ok(doc)},
            },
            "/namespaces": {"get": {"responses": _ok(namespaces)}, "post": {"responses": _ok(doc)}},
            "/namespaces/{id}": {"get": {"parameters": doc_id, "responses": _ok(doc)}},
        }
    }
    loaded = _load(tmp_path, document)
    assert _names(loaded.api) == {
        ("delete", "/documents"): "documents.delete_documents",
        ("patch", "/documents"): "documents.update_documents",
        ("delete", "/documents/{id}"): "documents.delete",
        ("patch", "/documents/{id}"): "documents.update",
        ("get", "/namespaces"): "namespaces.list",
        ("post", "/namespaces"): "namespaces.create",
        ("get", "/namespaces/{id}"): "namespaces.retrieve",
    }
    warnings = [w for w in _warnings(loaded) if "duplicate operation name" in w]
    assert (
        len(warnings) == 2
        and "DELETE /documents and DELETE /documents/{id} both map to documents.delete" in warnings[0]
    )


# -- 12. names that hide Python builtins, and a component named like an operation's params ------

_STRINGS = {"type": "array", "items": {"type": "string"}}
_ONE_OR_MANY = {"oneOf": [_ref("RuleCreate"), {"type": "array", "items": _ref("RuleCreate")}]}
_FLOATS = {"type": "object", "properties": {"float": {"type": "number"}, "ratio": {"type": "number"}}}
_BUILTIN_NAMES = {
    "paths": {
        "/rules": {
            "get": {"operationId": "listRules", "responses": _ok({"type": "array", "items": _ref("Rule")})},
            "post": {
                "operationId": "createRule",
                "requestBody": {"content": {"application/json": {"schema": _ONE_OR_MANY}}},
                "responses": _ok({"oneOf": [_ref("Rule"), {"type": "array", "items": _ref("Rule")}]}),
            },
        },
    },
    "components": {
        "schemas": {
            "Rule": {
                "type": "object",
                "properties": {
                    "type": {"type": "string"},
                    "list": _STRINGS,
                    "dict": {"type": "object", "additionalProperties": {"type": "string"}},
                    "str": {"type": "string"},
                    "int": {"type": "integer"},
                    "bool": {"type": "boolean"},
                    "names": _STRINGS,
                    "nested": _FLOATS,
                },
            },
            # `rules.create`'s params would be `RuleCreateParams`, the TypedDict of this component too.
            "RuleCreate": {"type": "object", "properties": {"name": {"type": "string"}, "tags": _STRINGS}},
        }
    },
}


def test_names_that_hide_builtins_and_params_named_alike_type_check(tmp_path: Path) -> None:
    """A service method `list` and model fields `str`, `list`... hide the builtins in their class
    body: annotations there say `builtins.list[...]`. The operation's params class and the
    component's TypedDict, both `RuleCreateParams` by their names, are two classes. mypy --strict."""
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump({**_HEAD, **_BUILTIN_NAMES}, sort_keys=False))
    root = _package(spec, tmp_path / "out", "rules_api")
    package = root / "rules_api"
    services = (package / "services" / "rules.py").read_text()
    assert "import builtins" in services and "-> builtins.list[Rule]:" in services
    model = (package / "models" / "rule.py").read_text()
    assert "names: builtins.list[builtins.str] | None" in model and "ratio: builtins.float | None" in model
    params = (package / "params" / "rules.py").read_text() + (package / "params" / "_components.py").read_text()
    assert params.count("class RuleCreateParams(TypedDict)") == 1 and "class RuleCreateParams2(TypedDict)" in params
    result = mypy_strict(package)
    assert result.returncode == 0, result.stdout[-3000:]
    loaded = run_python("import rules_api.models as m; print(m.Rule.from_dict({'list': ['a'], 'str': 'b'}).list)", root)
    assert loaded.returncode == 0 and loaded.stdout.strip() == "['a']", loaded.stderr[-2000:]


# -- 13. Java: every type a service names is imported -------------------------------------------


def test_a_java_service_answering_a_list_of_untyped_unions_compiles(tmp_path: Path) -> None:
    """`List<ApiObject>` (items: a oneOf of objects with no discriminator) imports ApiObject."""
    union = {"oneOf": [_ref("A"), _ref("B")]}
    document = {
        "paths": {
            "/unions": {"get": {"operationId": "listUnions", "responses": _ok({"type": "array", "items": union})}},
            "/nested": {"get": {"responses": _ok({"type": "array", "items": {"type": "array", "items": union}})}},
        },
        "components": {
            "schemas": {
                "A": {"type": "object", "properties": {"a": {"type": "string"}}},
                "B": {"type": "object", "properties": {"b": {"type": "integer"}}},
            }
        },
    }
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump({**_HEAD, **document}, sort_keys=False))
    generate(Config(spec=spec, out=tmp_path / "out", targets=("java",)))
    service = next((tmp_path / "out" / "java").rglob("UnionService.java")).read_text()
    assert "List<ApiObject>" in service and ".net.ApiObject;" in service
    _compiles(tmp_path / "out" / "java", tmp_path)


# -- 14. a list page whose operation has its own error models ----------------------------------

_ERROR = {"400": {"description": "bad", "content": {"application/json": {"schema": _ref("Error")}}}}


def _list_of(item: str) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["object", "data", "has_more"],
        "properties": {
            "object": {"type": "string", "enum": ["list"]},
            "data": {"type": "array", "items": _ref(item)},
            "has_more": {"type": "boolean"},
            "first_id": {"type": "string"},
            "last_id": {"type": "string"},
        },
    }


def test_a_list_page_with_its_own_error_models_type_checks(tmp_path: Path) -> None:
    """OpenAI's `POST .../permissions` answers a list envelope and declares no error of its own
    while the client's default error models are the other operations': the Python method passes
    `errors={}` to `request_page`, which takes it (mypy: 'Unexpected keyword argument errors')."""
    thing = {"type": "object", "properties": {"id": {"type": "string"}, "object": {"type": "string"}}}
    error = {
        "type": "object",
        "properties": {"error": {"type": "object", "properties": {"message": {"type": "string"}}}},
    }
    document = {
        "paths": {
            "/things": {"get": {"operationId": "listThings", "responses": {**_ok(_list_of("Thing")), **_ERROR}}},
            "/widgets": {"get": {"operationId": "listWidgets", "responses": {**_ok(_list_of("Thing")), **_ERROR}}},
            "/things/{id}/permissions": {
                "post": {
                    "operationId": "createPermission",
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "responses": _ok(_list_of("Thing")),
                }
            },
        },
        "components": {"schemas": {"Thing": thing, "Error": error}},
    }
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump({**_HEAD, **document}, sort_keys=False))
    root = _package(spec, tmp_path / "out", "pages_api")
    services = "".join(p.read_text() for p in (root / "pages_api" / "services").glob("*.py"))
    assert "request_page(" in services and "errors={}" in services
    result = mypy_strict(root / "pages_api")
    assert result.returncode == 0, result.stdout[-3000:]
