"""The Java naming policy: a spec full of names Java cannot take as they are still gives a project
that compiles with `javac -Xlint:all -Werror`; bad `[tool.codegen.java]` tables are refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import Config
from generator.errors import UsageError
from generator.ir.model import Api
from generator.pipeline import generate
from generator.targets import get
from generator.targets.java.words import constant, doc_lines, identifier, java_str

from .test_java_client import GSON, _javac, _require

_STRING = {"type": "string"}
_OBJECT_FIELDS: dict[str, Any] = {
    "class": _STRING,
    "default": {"type": "integer"},
    "public": {"type": "boolean"},
    "raw_json_object": _STRING,
    "get_class": _STRING,
    "a-b": _STRING,
    "a_b": _STRING,
    "object": {"type": "string", "enum": ["string"]},
    "string": {"$ref": "#/components/schemas/String"},
    "nested": {
        "type": "object",
        "properties": {"nested": {"type": "object", "properties": {"class": _STRING}}},
    },
}
SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Hostile */ \\u0041 names", "version": "1", "description": "A \\u0041 */ @param <b>"},
    "servers": [{"url": "https://api.example.com/"}],
    "components": {
        "schemas": {
            "String": {"type": "object", "properties": {"value": _STRING}, "description": "Ends a comment */"},
            "Object": {"type": "object", "properties": _OBJECT_FIELDS},
            "Error": {"type": "object", "properties": {"message": _STRING}},
            "Page": {"type": "object", "properties": {"id": _STRING}},
        }
    },
    "paths": {
        "/objects/{params}/{options}": {
            "post": {
                "operationId": "new",
                "parameters": [
                    {"name": "params", "in": "path", "required": True, "schema": _STRING},
                    {"name": "options", "in": "path", "required": True, "schema": _STRING},
                    {"name": "class", "in": "query", "schema": _STRING},
                ],
                "requestBody": {
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "class": _STRING,
                                    "extra_param": {"type": "object", "additionalProperties": _STRING},
                                    "mode": {"type": "string", "enum": ["a-b", "a_b", "1st", "", "new"]},
                                    "builder": {"type": "object", "properties": {"builder": _STRING}},
                                },
                            }
                        }
                    }
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Object"}}},
                    }
                },
            }
        },
        "/strings": {
            "get": {
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/String"}}},
                    }
                }
            }
        },
        "/pages": {
            "get": {
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}},
                    }
                }
            }
        },
    },
}


def test_hostile_names_compile(tmp_path: Path) -> None:
    javac = _require("javac")
    if not GSON.is_file():
        pytest.skip(f"{GSON} is not in the local Maven repository")
    spec = tmp_path / "hostile.yaml"
    spec.write_text(yaml.safe_dump(SPEC))
    generate(
        Config(spec=spec, out=tmp_path / "out", tables={"java": {"package": "com.example.hostile"}}, targets=("java",))
    )
    root = tmp_path / "out" / "java" / "src" / "main" / "java" / "com" / "example" / "hostile"
    models = sorted(p.name for p in (root / "model").glob("*.java"))
    assert "String.java" not in models and "Object.java" not in models and "Error.java" not in models
    sources = sorted(str(p) for p in (tmp_path / "out" / "java" / "src" / "main" / "java").rglob("*.java"))
    _javac(javac, tmp_path / "classes", sources, tmp_path / "sources.txt")


def test_words() -> None:
    assert identifier("class") == "classValue" and identifier("payment_method") == "paymentMethod"
    assert [constant(v) for v in ("", "off_session", "1st", True)] == ["EMPTY", "OFF_SESSION", "N1ST", "TRUE"]
    assert java_str('a"b\\c\n\u2028') == '"a\\"b\\\\c\\n\\u2028"'
    assert doc_lines("x */ \\u0041 @see <b>y</b> `code`") == ["x *&#47; &#92;u0041 &#64;see y {@code code}"]


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"package": "com.Example"}, "not a Java package name"),
        ({"package": "com.class.api"}, "not a Java package name"),
        ({"client_class": "String"}, "not a usable Java class name"),
        ({"client_class": "9Lives"}, "not a usable Java class name"),
        ({"java_release": 11}, "java_release must be an integer >= 17"),
        ({"artifact_id": "a b"}, "may hold only letters"),
        ({"colour": "red"}, "unknown key(s) colour"),
    ],
)
def test_bad_tables_are_refused(table: dict[str, Any], message: str) -> None:
    with pytest.raises(UsageError, match=message.replace("(", r"\(").replace(")", r"\)")):
        get("java").check_options(table, "pyproject.toml")


def test_defaults_come_from_the_title() -> None:
    options = get("java").options({}, Api(title="Pet Store", version="1", openapi="3.0.3"))
    assert (options.package, options.client_class, options.artifact_id) == (
        "com.example.petstore",
        "PetStoreClient",
        "pet-store-java",
    )
