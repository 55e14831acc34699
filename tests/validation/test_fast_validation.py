"""The fast validation pass (jsonschema-rs) never passes what openapi-spec-validator rejects.

`generator.load.validate` first asks for a verdict only, with JSON Schema checks on
jsonschema-rs, and runs the all-Python validator (jsonschema) for the messages only
when that pass finds something. That is sound only if jsonschema-rs rejects
everything jsonschema rejects: these tests compare the two on mutated documents
and schemas.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_schema_validator import OAS30Validator

from generator.errors import SpecError
from generator.load import validate
from generator.load.loader import LoadedSpec, load
from tests.budget import examples
from tests.conftest import DEFAULT_SPEC
from tests.test_broken_specs import CASES

pytest.importorskip("jsonschema_rs")

_SCHEMA_KEYWORDS = (
    "type",
    "format",
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "multipleOf",
    "enum",
    "required",
    "properties",
    "additionalProperties",
    "items",
    "allOf",
    "oneOf",
    "anyOf",
    "not",
    "nullable",
    "readOnly",
    "discriminator",
    "minItems",
    "uniqueItems",
    "title",
    "description",
    "default",
    "x-extra",
    "$ref",
    "unknownKeyword",
)
_PATTERNS = ("^a+$", "(", "[a-", "(?P<n>x)", "(?<n>x)", "\\d{2,}", "a{3,1}", "*", "\\p{L}", "[[:alpha:]]")
_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.floats(-2.5, 2.5, allow_nan=False),
    st.sampled_from(("string", "object", "integer", "array", "number", "boolean", "null", "any", "")),
    st.sampled_from(_PATTERNS),
    st.text(max_size=4),
)
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(_SCHEMA_KEYWORDS), inner, max_size=3),
    ),
    max_leaves=8,
)
_schemas = st.recursive(
    st.dictionaries(st.sampled_from(_SCHEMA_KEYWORDS), _values, max_size=4),
    lambda inner: st.dictionaries(
        st.sampled_from(_SCHEMA_KEYWORDS),
        st.one_of(inner, st.lists(inner, max_size=2), st.dictionaries(st.text(max_size=3), inner, max_size=2)),
        max_size=4,
    ),
    max_leaves=10,
)


def _jsonschema_accepts(schema: Any) -> bool:
    try:
        OAS30Validator.check_schema(schema)
    except Exception:
        return False
    return True


@settings(max_examples=examples(400, 150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_schemas)
def test_schema_objects_rejected_by_jsonschema_are_rejected_fast(schema: dict[str, Any]) -> None:
    fast = validate._fast("3.0.3")
    assert fast is not None and fast.schema_object is not None
    if not _jsonschema_accepts(schema):
        assert not fast.schema_object.is_valid(schema), json.dumps(schema)


def test_the_schema_strategy_makes_both_kinds() -> None:
    """The property above could hold vacuously; check that both verdicts occur."""
    fast = validate._fast("3.0.3")
    assert fast is not None and fast.schema_object is not None
    valid = {"type": "string", "pattern": "^a+$", "nullable": True}
    assert _jsonschema_accepts(valid) and fast.schema_object.is_valid(valid)
    invalid: dict[str, Any]
    for invalid in ({"type": "any"}, {"pattern": "("}, {"minLength": -1}, {"required": []}, {"items": [1]}):
        assert not _jsonschema_accepts(invalid)
        assert not fast.schema_object.is_valid(invalid), invalid


def _spec(tmp_path: Path, data: dict[str, Any]) -> LoadedSpec:
    path = _copy_default_spec(tmp_path)
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return load(path)


def _verdicts(spec: LoadedSpec) -> tuple[bool, list[str]]:
    return validate._valid_by_fast_pass(spec), [issue.message for issue in validate._exact_issues(spec)]


def test_broken_specs_fail_the_fast_pass(tmp_path: Path) -> None:
    """Every case of the broken-spec corpus that reaches validation fails the fast pass too."""
    reached = 0
    for case in CASES:
        folder = tmp_path / case.name
        folder.mkdir()
        path = folder / case.spec_name
        path.write_bytes(case.spec if isinstance(case.spec, bytes) else case.spec.encode())
        for name, text in case.extra.items():
            (folder / name).write_text(text)
        try:
            spec = load(path)
        except SpecError:
            continue  # refused by the loader, before validation
        if validate.check_version(spec):
            continue
        fast_valid, exact = _verdicts(spec)
        if exact:
            reached += 1
            assert not fast_valid, (case.name, exact)
    assert reached >= 3


def _copy_default_spec(folder: Path) -> Path:
    """The shipped spec's schema files, beside where a (mutated) root document will go."""
    shutil.copytree(DEFAULT_SPEC.parent / DEFAULT_SPEC.stem, folder / DEFAULT_SPEC.stem, dirs_exist_ok=True)
    return folder / DEFAULT_SPEC.name


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_paths(value, (*prefix, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_paths(value, (*prefix, index)))
    return found


_DOCUMENT: dict[str, Any] = yaml.safe_load(DEFAULT_SPEC.read_text())
_DOCUMENT_PATHS = _paths(_DOCUMENT)


def mutated(mutations: list[tuple[tuple[Any, ...], Any]]) -> dict[str, Any]:
    """A copy of the shipped root document with each (path, value) set, in order."""
    data = copy.deepcopy(_DOCUMENT)
    for path, value in mutations:
        node: Any = data
        try:
            for token in path[:-1]:
                node = node[token]
            node[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed that place
    return data


#: One to three places of the shipped spec, each set to an odd value.
_MUTATIONS = st.lists(st.tuples(st.sampled_from(_DOCUMENT_PATHS), _values), min_size=1, max_size=3)


def _validated_spec(tmp_path: Path, mutations: list[tuple[tuple[Any, ...], Any]]) -> LoadedSpec | None:
    """The shipped spec, mutated, as validation gets it; None when the loader or the version
    check refuses it first (a mutation made a $ref dangle, say)."""
    try:
        spec = _spec(tmp_path, mutated(mutations))
    except SpecError:
        return None
    return None if validate.check_version(spec) else spec


def test_there_is_much_to_mutate() -> None:
    assert len(_DOCUMENT_PATHS) > 500


@settings(max_examples=examples(60, 25), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_MUTATIONS)
def test_mutated_documents_rejected_by_jsonschema_are_rejected_fast(
    tmp_path: Path, mutations: list[tuple[tuple[Any, ...], Any]]
) -> None:
    spec = _validated_spec(tmp_path, mutations)
    if spec is None:
        return
    fast_valid, exact = _verdicts(spec)
    if exact:
        assert not fast_valid, exact


def test_valid_documents_pass_fast(tmp_path: Path) -> None:
    spec = _spec(tmp_path, _DOCUMENT)
    assert _verdicts(spec) == (True, [])


def test_stripe_spec_passes_fast(stripe_spec: Path) -> None:
    assert validate._valid_by_fast_pass(load(stripe_spec))


def test_values_json_cannot_hold_go_to_the_exact_pass(tmp_path: Path) -> None:
    """An unquoted YAML date where a string belongs: jsonschema-rs cannot judge it, jsonschema rejects it."""
    path = tmp_path / "spec.yaml"
    path.write_text("openapi: 3.0.3\ninfo: {title: t, version: 2023-01-01}\npaths: {}\n")
    spec = load(path)
    fast_valid, exact = _verdicts(spec)
    assert not fast_valid
    assert exact and "is not of type 'string'" in exact[0]


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("paths", "/v1/customer_sessions", "post", "responses"), 5),
        (("info", "title"), ["a list"]),
        (("paths", "/v1/customer_sessions", "post", "operationId"), {"a": 1}),
        (("components",), {"schemas": {"bad": {"type": "any"}}}),
        (("components",), {"schemas": {"bad": {"type": "string", "pattern": "("}}}),
        (("components",), {"schemas": {"bad": {"type": "object", "required": ["a"], "allOf": [{}]}}}),
        (("components",), {"schemas": {"bad": {"type": "string", "default": 5}}}),
    ],
    ids=["responses", "title", "operation_id", "type", "pattern", "required", "default"],
)
def test_known_invalid_mutations_fail_both(tmp_path: Path, path: tuple[str, ...], value: Any) -> None:
    data = copy.deepcopy(_DOCUMENT)
    node: Any = data
    for token in path[:-1]:
        node = node[token]
    if path == ("components",):
        node["components"]["schemas"].update(value["schemas"])
        data["paths"]["/v1/customer_sessions"]["post"]["x-uses"] = {"$ref": "#/components/schemas/bad"}
    else:
        node[path[-1]] = value
    spec = _spec(tmp_path, data)
    fast_valid, exact = _verdicts(spec)
    assert exact and not fast_valid


# --- validate._direct_steps: pathable's steps into dicts and lists, without the Protocol check ---


def _step(node: Any, part: Any) -> Any:
    from pathable.accessors import SubscriptableAccessor

    try:
        return ("value", SubscriptableAccessor._get_subnode(node, part))
    except KeyError as exc:
        return ("KeyError", exc.args)


class _Mapping(dict[str, Any]):
    pass  # a dict subclass: not the fast path, still Subscriptable


@pytest.mark.parametrize(
    ("node", "part"),
    [
        ({"a": 1}, "a"),
        ({"a": 1}, "b"),
        ({"a": 1}, ["unhashable"]),
        ([10, 20], 1),
        ([10, 20], 5),
        ([10, 20], "0"),
        ("text", 0),
        (5, "a"),
        (None, "a"),
        (_Mapping(a=1), "a"),
        (_Mapping(a=1), "b"),
    ],
)
def test_direct_steps_answer_as_pathable_does(node: Any, part: Any) -> None:
    from pathable.accessors import SubscriptableAccessor

    expected = _step(node, part)
    original = SubscriptableAccessor.__dict__["_get_subnode"]
    with validate._direct_steps():
        assert SubscriptableAccessor.__dict__["_get_subnode"] is not original  # it is in place...
        assert _step(node, part) == expected
    assert SubscriptableAccessor.__dict__["_get_subnode"] is original  # ...and only within


@settings(max_examples=examples(40, 15), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_MUTATIONS)
def test_direct_steps_change_no_verdict_and_no_message(
    tmp_path: Path, mutations: list[tuple[tuple[Any, ...], Any]]
) -> None:
    spec = _validated_spec(tmp_path, mutations)
    if spec is None:
        return
    plain = _verdicts(spec)
    with validate._direct_steps():
        assert _verdicts(spec) == plain


def test_the_validator_runs_without_importing_requests() -> None:
    """`_requests_unavailable`: in a fresh interpreter, validation leaves requests unloaded
    (its import is the slow part of the validator's) and importable afterwards."""
    script = f"""
import importlib.util, sys
from pathlib import Path
from generator.load import validate
from generator.load.loader import load
assert validate.validate(load(Path({str(DEFAULT_SPEC)!r}))) == []
assert "jsonschema_path" in sys.modules and "requests" not in sys.modules, sorted(sys.modules)
if importlib.util.find_spec("requests") is not None:
    import requests
print("ok")
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "ok", done.stderr
