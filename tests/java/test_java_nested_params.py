"""Java request params are as typed as Python's: an object with properties that a request sends
(a component `$ref`'d from a JSON body, the objects inside it, a list of them) gets a params class
with a builder, never a `set...(Map<String, Object>)`; the project compiles with -Xlint:all -Werror,
and the docs sample builds it with those builders."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import Config
from generator.frontend import load_api
from generator.pipeline import generate
from generator.surface.examples import example
from generator.targets import get, job_for
from generator.targets.java.names import JavaNames

from ..test_ir_fidelity import _HEAD, _compiles, _ok, _ref

_DOCUMENT: dict[str, Any] = {
    "paths": {
        "/emails": {
            "post": {
                "operationId": "sendEmail",
                "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("SendEmail")}}},
                "responses": _ok(_ref("Sent")),
            }
        },
        "/emails/batch": {
            "post": {
                "operationId": "sendBatch",
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {"emails": {"type": "array", "items": _ref("SendEmail")}},
                            }
                        }
                    }
                },
                "responses": _ok(_ref("Sent")),
            }
        },
    },
    "components": {
        "schemas": {
            "SendEmail": {
                "type": "object",
                "required": ["to", "template"],
                "properties": {
                    "to": {"type": "string", "example": "a@example.com"},
                    "template": {
                        "type": "object",
                        "required": ["id"],
                        "properties": {
                            "id": {"type": "string", "example": "tpl_1"},
                            "variables": {"type": "object", "additionalProperties": {"type": "string"}},
                            "mode": {"type": "string", "enum": ["html", "text"]},
                        },
                    },
                    "attachments": {"type": "array", "items": _ref("Attachment")},
                    "tags": {"type": "object", "additionalProperties": True},
                },
            },
            "Attachment": {"type": "object", "properties": {"filename": {"type": "string"}}},
            "Sent": {"type": "object", "properties": {"id": {"type": "string"}}},
        }
    },
}

_MAP_SETTER = re.compile(r"public Builder (set|add)\w*\((?:List<)?Map<String, Object>")


def test_nested_request_objects_get_builders(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump({**_HEAD, **_DOCUMENT}, sort_keys=False))
    config = Config(spec=spec, out=tmp_path / "out", targets=("java",))
    generate(config)
    project = tmp_path / "out" / "java"
    params = {p.name: p.read_text() for p in project.rglob("param/*.java")}
    assert not [name for name, text in params.items() if _MAP_SETTER.search(text)], params.keys()
    shared = params["SendEmailParams.java"]  # the component, once, for both calls
    assert "public static final class Template extends ApiParams" in shared
    assert "public Builder setTemplate(Template template)" in shared
    assert "public Builder addAttachment(AttachmentParams element)" in shared
    assert "public Builder putVariables(String key, String value)" in shared  # a real map stays a map
    assert "public Builder putTags(String key, Object value)" in shared
    assert "public Builder addEmail(SendEmailParams element)" in params["EmailBatchParams.java"]
    assert "public Builder setTemplate(SendEmailParams.Template template)" in params["EmailCreateParams.java"]
    _compiles(project, tmp_path)

    api = load_api(spec, config, None).api
    job = job_for(api, spec.name, {})
    target = get("java")
    method = next(m for m in job.sdk.methods() if m.id == "sendEmail")
    sample = target.sample(job, target.naming(job), method, example(job.sdk, method))
    assert ".setTemplate(" in sample and "SendEmailParams.Template.builder()" in sample, sample


def test_without_shared_params_the_check_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The negative: with the shared params classes switched off, the same check finds the
    `Map<String, Object>` setters every such object got before."""
    monkeypatch.setattr(JavaNames, "_reached_objects", lambda self: set())
    monkeypatch.setenv("CODEGEN_CACHE_DIR", str(tmp_path / "cache"))  # no render memo of the real run
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump({**_HEAD, **_DOCUMENT}, sort_keys=False))
    generate(Config(spec=spec, out=tmp_path / "out", targets=("java",)))
    params = "\n".join(p.read_text() for p in (tmp_path / "out" / "java").rglob("param/*.java"))
    assert "public Builder setTemplate(Map<String, Object> template)" in params
    assert _MAP_SETTER.search(params)
