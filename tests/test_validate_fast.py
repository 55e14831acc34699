"""The quick message pass finds what the exact one finds, in the same words, order and places (issue 30).

When the verdict pass refuses a spec, `generator.load.validate` reports openapi-spec-validator's
findings. The exact pass runs every JSON Schema check on jsonschema (pure Python): 8 s on
OpenAI's spec. The quick pass (`validate._quick_issues`) runs the same walk, but jsonschema only
where jsonschema-rs finds something: on the document's entries holding its findings
(`generator.load.subtrees`) and on the Schema Objects it refuses (`generator.load.metacheck`).

* every corpus document the verdict pass refuses, strict and (where it differs) as `--lenient`
  repairs it: the quick pass gives the exact pass's issues, and does give them (it does not
  decline and leave the work to the exact pass);
* inline specs with every kind of finding (no corpus needed): the same, for 3.0 and 3.1;
  where the quick pass cannot be sure it declines, and `_issues` is still the exact pass's;
* jsonschema-rs never passes a 3.1 Schema Object that jsonschema refuses (property test):
  the quick pass only asks jsonschema about the ones jsonschema-rs refuses.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_schema_validator import OAS31Validator, oas31_format_checker

from generator.errors import Issue
from generator.load import lenient, metacheck, subtrees, validate
from generator.load.loader import LoadedSpec, LoadError, load
from tests.budget import examples
from tests.conftest import SHARED

pytest.importorskip("jsonschema_rs")

CORPUS = SHARED / "corpus"
_SUFFIXES = (".yaml", ".yml", ".json")
_ROOT_KEY = re.compile(r'^openapi\s*:|^\s*\{?\s*"openapi"\s*:', re.MULTILINE)  # (as benchmarks/corpus_report.py)


def _corpus_documents() -> list[Path]:
    """Every root document of the corpus (a top-level `openapi` key) and both Stripe specs."""
    if not CORPUS.is_dir():
        return []
    found = []
    for path in sorted(CORPUS.rglob("*")):
        if path.suffix in _SUFFIXES and path.is_file() and _ROOT_KEY.search(path.read_text("utf-8")):
            found.append(path)
    return found + sorted(SHARED.glob("stripe-spec3-*.yaml"))


def _forms(path: Path) -> Iterator[tuple[str, LoadedSpec]]:
    """The spec as strict mode validates it and, where `--lenient` repairs it, as lenient mode does."""
    try:
        spec = load(path)
    except LoadError as exc:
        fixed = lenient.repaired_after(exc)
        if fixed is not None:
            yield "lenient", fixed.spec
        return
    yield "strict", spec
    fixed = lenient.repaired(spec)
    if fixed.changed:
        yield "lenient", fixed.spec


def _refused(spec: LoadedSpec) -> bool:
    with validate._requests_unavailable(), validate._direct_steps():
        return not validate.check_version(spec) and not validate._valid_by_fast_pass(spec)


def _both(spec: LoadedSpec) -> tuple[list[Issue], list[Issue]]:
    with validate._requests_unavailable(), validate._direct_steps():
        return validate._quick_issues(spec), validate._exact_issues(spec)


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"{CORPUS} is absent (the shared corpus of real specs)")
@pytest.mark.parametrize("path", _corpus_documents(), ids=lambda path: path.name)
def test_corpus_documents_get_the_exact_passs_issues_quickly(path: Path) -> None:
    for mode, spec in _forms(path):
        if not _refused(spec):
            continue
        quick, exact = _both(spec)
        assert exact, (mode, "the exact pass finds nothing where the verdict pass refused")
        assert quick, (mode, "the quick pass declined: it should find these itself")
        assert quick == exact, (mode, sorted(set(quick) ^ set(exact), key=Issue.sort_key)[:10])


def test_the_corpus_has_documents_with_findings() -> None:
    """The differential test above could pass vacuously: OpenAI's spec (3.1) and Temporal's (3.0) have findings."""
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent (the shared corpus of real specs)")
    names = {path.name for path in _corpus_documents()}
    assert {"openai.yaml", "temporal_openapiv3.yaml", "DigitalOcean-public.v2.yaml"} <= names


#: One of each kind of finding: the document's own check (an operation without `responses`, a path
#: parameter of an unknown `in`, an unknown top-level key), a Schema Object the meta-schema refuses,
#: a `default` its schema refuses, `required` naming no property, a duplicate operationId, a path
#: parameter not declared; and valid entries around them, which the quick pass leaves to jsonschema-rs.
SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "1"},
    "x-top": {"anything": [1, 2]},
    "paths": {
        "/ok": {"get": {"operationId": "ok", "responses": {"200": {"description": "ok"}}}},
        "/no-responses": {"get": {"operationId": "none"}},
        "/items/{id}": {
            "get": {
                "operationId": "ok",
                "parameters": [{"name": "q", "in": "body", "schema": {"type": "string"}}],
                "responses": {"200": {"description": "ok"}},
            }
        },
        "/also-ok": {"post": {"operationId": "post", "responses": {"204": {"description": "done"}}}},
    },
    "components": {
        "schemas": {
            "Fine": {"type": "object", "properties": {"a": {"type": "string", "default": "x"}}},
            "Any": {"type": "any"},
            "BadDefault": {"type": "integer", "default": "seven"},
            "Allof": {"allOf": [{"type": "object", "properties": {"a": {"type": "string"}}}], "required": ["b"]},
            "Pattern": {"type": "string", "pattern": "("},
        },
        "responses": {"Ok": {"description": "ok"}},
    },
}


def _write(tmp_path: Path, data: dict[str, Any]) -> LoadedSpec:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return load(path)


def _v31(data: dict[str, Any]) -> dict[str, Any]:
    data = copy.deepcopy(data)
    data["openapi"] = "3.1.0"
    data["components"]["schemas"]["Any"] = {"type": "object", "properties": {"n": {"exclusiveMinimum": True}}}
    return data


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_every_kind_of_finding_quickly(tmp_path: Path, version: str) -> None:
    data = SPEC if version == "3.0.3" else _v31(SPEC)
    spec = _write(tmp_path, data)
    assert _refused(spec)
    quick, exact = _both(spec)
    assert quick and quick == exact
    pointers = {issue.pointer for issue in exact}
    assert (
        "/components/schemas/BadDefault/default" in pointers and "/paths/~1items~1{id}/get/parameters/0/in" in pointers
    )
    assert ("/paths/~1no-responses/get" in pointers) == (version == "3.0.3")  # (3.1 makes `responses` optional)
    assert any("is not unique" in issue.message for issue in exact)
    assert any("was not resolved" in issue.message for issue in exact)
    assert validate.validate(spec) == exact


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_an_unknown_top_level_key(tmp_path: Path, version: str) -> None:
    """A finding at the root: 3.0 says it by `additionalProperties` (its keys alone: the pruned check
    stands), 3.1 by `unevaluatedProperties` (the whole document is checked again)."""
    data = copy.deepcopy(SPEC if version == "3.0.3" else _v31(SPEC))
    data["description"] = "not a field of the OpenAPI Object"
    quick, exact = _both(_write(tmp_path, data))
    assert quick and quick == exact
    assert any(issue.pointer == "" for issue in exact)


def test_a_finding_in_a_map_of_entries_itself(tmp_path: Path) -> None:
    """A path not starting with `/`: the finding is at `/paths`, which is then checked whole."""
    data = copy.deepcopy(SPEC)
    data["paths"]["no-slash"] = {"get": {"responses": {"200": {"description": "ok"}}}}
    quick, exact = _both(_write(tmp_path, data))
    assert quick and quick == exact
    assert any(issue.pointer == "/paths" for issue in exact)


def test_a_deep_spec_is_left_to_the_exact_pass(tmp_path: Path) -> None:
    """Nested deeper than the quick pass can vouch for (jsonschema might run out of stack where it
    does not look): it declines, and the issues are the exact pass's."""
    data = copy.deepcopy(_v31(SPEC))
    deep: dict[str, Any] = {"type": "string"}
    for _ in range(validate._QUICK_DEPTH):
        deep = {"not": deep}
    data["components"]["schemas"]["Deep"] = deep
    spec = _write(tmp_path, data)
    quick, exact = _both(spec)
    assert quick == [] and exact
    with validate._requests_unavailable(), validate._direct_steps():
        assert validate._issues(spec) == exact


_KEYWORDS_31 = (
    "type",
    "format",
    "pattern",
    "minLength",
    "exclusiveMinimum",
    "const",
    "enum",
    "required",
    "properties",
    "items",
    "prefixItems",
    "allOf",
    "oneOf",
    "not",
    "$ref",
    "$anchor",
    "$defs",
    "discriminator",
    "xml",
    "externalDocs",
    "dependentRequired",
    "default",
    "propertyName",
    "mapping",
    "url",
    "x-extra",
)
_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-2, 3),
    st.floats(-1.5, 1.5, allow_nan=False),
    st.sampled_from(("string", "object", "integer", "null", "any", "#/$defs/a", "a", "int32", "(", "^a$", "\\p{L}")),
    st.text(max_size=3),
)
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(_KEYWORDS_31), inner, max_size=3)
    ),
    max_leaves=10,
)


def _jsonschema_accepts_31(schema: Any) -> bool:
    try:
        OAS31Validator.check_schema(schema, format_checker=oas31_format_checker)
    except Exception:
        return False
    return True


@settings(max_examples=examples(600, 150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(_KEYWORDS_31), _values, max_size=4))
def test_31_schema_objects_jsonschema_refuses_jsonschema_rs_refuses(schema: dict[str, Any]) -> None:
    check = metacheck.for_version("3.1.0")
    assert check is not None
    if not _jsonschema_accepts_31(schema):
        assert not check.validator.is_valid(schema), json.dumps(schema)


def test_the_31_filter_mirrors_the_validators_own_check() -> None:
    """It stands for the check openapi-spec-validator makes of a 3.1 Schema Object of the base dialect."""
    check = metacheck.for_version("3.1.0")
    assert check is not None
    assert validate._same_checker(check.mirrors, _openapi_spec_validators_31_checker())
    for invalid in ({"type": "any"}, {"exclusiveMinimum": True}, {"required": ["a", "a"]}, {"discriminator": {}}):
        assert not _jsonschema_accepts_31(invalid) and not check.validator.is_valid(invalid), invalid


def _openapi_spec_validators_31_checker() -> Any:
    from jsonschema_path import SchemaPath
    from openapi_spec_validator.validation.keywords import OpenAPIV31SchemaValidator

    keyword = OpenAPIV31SchemaValidator.__new__(OpenAPIV31SchemaValidator)
    OpenAPIV31SchemaValidator.__init__(keyword, registry=None)  # type: ignore[arg-type]
    path = SchemaPath.from_dict({"openapi": "3.1.0", "components": {"schemas": {"A": {}}}})
    return keyword._get_schema_checker(path / "components" / "schemas" / "A", {})


def test_pruning_keeps_the_entries_with_findings_and_says_what_was_cut() -> None:
    data: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "t"},
        "paths": {"/a": {}, "/b": {}, "/c": {}},
        "components": {"schemas": {"A": {}, "B": {}}, "responses": {"R": {}}},
    }
    pruned = subtrees.pruned(data, [["paths", "/b", "get"], ["components", "responses"], [], ["info"]])
    assert pruned.data == {**data, "paths": {"/b": {}}, "components": {"schemas": {}, "responses": {"R": {}}}}
    assert data["paths"] == {"/a": {}, "/b": {}, "/c": {}}  # (the original is untouched)
    assert pruned.maps == {("paths",), ("components", "schemas")}
    assert pruned.cut == {(), ("paths",), ("components",), ("components", "schemas")}
    assert not pruned.sees_the_cut(["paths", "/b"], "anyOf")  # inside a kept entry
    assert not pruned.sees_the_cut([], "additionalProperties") and not pruned.sees_the_cut(["components"], "required")
    assert pruned.sees_the_cut([], "unevaluatedProperties") and pruned.sees_the_cut([], "anyOf")
    assert pruned.sees_the_cut(["paths"], "additionalProperties")  # at a map entries were taken from
    assert not pruned.sees_the_cut(["components", "responses"], "additionalProperties")  # kept whole
