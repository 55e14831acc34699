"""Strict means openapi-spec-validator's verdict (issue 25).

- What the validator refuses, strict refuses, also where our fast path used to differ: the
  validator (its default "auto" backend) checks the document on jsonschema-rs, which judges
  the formats of the OpenAPI 3.0 meta-schema (`regex` with ECMA-262's syntax, `email`...),
  where jsonschema, behind our exact pass, judges none.
- When the validator crashes or runs out of stack, the message says so, where, and points at `--lenient`.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.load import validate
from generator.load.loader import load

pytest.importorskip("jsonschema_rs")

PATTERN_SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/a": {
            "get": {
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"type": "string", "pattern": "^a+$"}}},
                    }
                }
            }
        }
    },
}
#: Python's `re` compiles all of them; ECMA-262 (jsonschema-rs's `regex` format) only the first two.
PATTERNS = ("^a+$", "\\d{2,}", "(?i)abc", "^(?i)abc", "\\Z", "(?P<n>x)", "\\p{L}+", "(?<n>x)", "[")


def _spec(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def _line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def _validator_refuses(data: dict[str, Any]) -> bool:
    from openapi_spec_validator import validate as osv_validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        osv_validate(copy.deepcopy(data))
    except OpenAPIValidationError:
        return True
    return False


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_patterns_get_the_validators_verdict(tmp_path: Path, version: str) -> None:
    for pattern in PATTERNS:
        data = copy.deepcopy(PATTERN_SPEC)
        data["openapi"] = version
        content = data["paths"]["/a"]["get"]["responses"]["200"]["content"]
        content["application/json"]["schema"]["pattern"] = pattern
        path = _spec(tmp_path, data)
        issues = validate.validate(load(path))
        assert bool(issues) == _validator_refuses(data), (version, pattern, issues)
        if issues:
            (issue,) = issues
            assert issue.pointer == "/paths/~1a/get/responses/200/content/application~1json/schema/pattern"
            assert issue.line == _line_of(path, "pattern:") and "is not a 'regex'" in issue.message


def test_inline_flag_refused_by_strict_with_its_place(tmp_path: Path) -> None:
    from generator.cli import main

    data = copy.deepcopy(PATTERN_SPEC)
    data["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["pattern"] = "(?i)abc"
    spec = _spec(tmp_path, data)
    assert main(["validate", str(spec)]) == 2
    assert main(["validate", str(spec), "--lenient"]) == 0


def test_a_contact_email_the_validator_refuses(tmp_path: Path) -> None:
    data = copy.deepcopy(PATTERN_SPEC)
    data["info"]["contact"] = {"email": "not an address"}
    assert _validator_refuses(data)
    issues = validate.validate(load(_spec(tmp_path, data)))
    assert [(i.pointer, i.message) for i in issues] == [("/info/contact/email", "'not an address' is not a 'email'")]


def test_jsonschema_rs_has_the_last_word_on_the_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever jsonschema-rs refuses in the document and jsonschema does not is still refused."""
    data = copy.deepcopy(PATTERN_SPEC)
    data["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["pattern"] = "(?i)abc"
    spec = load(_spec(tmp_path, data))
    monkeypatch.setattr(validate, "_format_mirror", lambda schema: None)  # as jsonschema alone judges it
    issues = validate._exact_issues(spec)
    assert len(issues) == 1 and issues[0].pointer == "/paths/~1a/get/responses/200"
    assert "is not valid under any of the schemas listed in the 'oneOf' keyword" in issues[0].message


@pytest.mark.parametrize("error", [TypeError("'<' not supported between instances of 'float' and 'str'"), None])
def test_a_validator_that_stops_says_so_and_where(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: Exception | None
) -> None:
    from openapi_spec_validator.validation import keywords

    data = copy.deepcopy(PATTERN_SPEC)
    data["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["enum"] = [4.1, "a"]
    path = _spec(tmp_path, data)
    spec = load(path)
    original = keywords.SchemaValidator.__call__

    def stopping(self: Any, schema: Any, *args: Any, **kwargs: Any) -> Any:
        if "enum" in schema:
            raise error if error is not None else RecursionError("maximum recursion depth exceeded")
        return original(self, schema, *args, **kwargs)

    monkeypatch.setattr(keywords.SchemaValidator, "__call__", stopping)
    (issue,) = validate._exact_issues(spec)
    assert issue.file.endswith("spec.yaml") and issue.line == _line_of(path, "schema:")
    assert issue.pointer == "/paths/~1a/get/responses/200/content/application~1json/schema"
    assert "is unknown" in issue.message and issue.message.endswith(
        "run with --lenient to generate anyway (the validator's findings are then warnings)"
    )
    if error is not None:
        assert "openapi-spec-validator crashed checking this part (TypeError: '<' not supported" in issue.message
    else:
        assert "ran out of stack here: the spec nests too deeply for it to check" in issue.message
