"""A spec differing from a valid one only in prose is valid (`generator.load.verdicts`).

The property test is the safety net: whatever the mutation, when `verdicts` says
"only annotations changed", openapi-spec-validator (the exact, all-Python pass)
must find the mutated spec valid.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.cache import Cache
from generator.errors import SpecError
from generator.load import validate, verdicts
from generator.load.loader import LoadedSpec, load
from tests.conftest import DEFAULT_SPEC

from ..budget import examples
from .test_fast_validation import _DOCUMENT, _DOCUMENT_PATHS, _values, mutated

_SCHEMA_FILE = Path(DEFAULT_SPEC.stem) / "schemas" / "customer_session.yaml"


def _copy(folder: Path) -> Path:
    shutil.copytree(DEFAULT_SPEC.parent, folder, dirs_exist_ok=True)
    return folder / DEFAULT_SPEC.name


def _edit_schemas(root: Path, change: Callable[[dict[str, Any]], None]) -> None:
    file = root.parent / _SCHEMA_FILE
    data = yaml.safe_load(file.read_text())
    change(data)
    file.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))


def _verdict_kept(before: LoadedSpec, after: LoadedSpec) -> bool:
    return verdicts.unchanged_but_annotations(after, verdicts.record_of(before)) is not None


def test_prose_edits_keep_the_verdict(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    before = load(root)

    def prose(data: dict[str, Any]) -> None:
        schema = data["customer_session"]
        schema["description"] = "Edited: <b>any</b> text, even `code`."
        first = next(iter(schema["properties"].values()))
        first["description"] = "A field's description, edited."
        schema["title"] = "A new title"

    _edit_schemas(root, prose)
    assert _verdict_kept(before, load(root))


@pytest.mark.parametrize(
    "change",
    [
        lambda s: s["properties"].__setitem__("added", {"type": "string"}),
        lambda s: s.__setitem__("description", 42),
        lambda s: s.__setitem__("description", {"not": "a string"}),
        lambda s: s["properties"]["object"].__setitem__("enum", ["other"]),
        lambda s: s["properties"]["object"].__setitem__("example", "x"),
        lambda s: s.__setitem__("x-note", "anything"),
        lambda s: s["properties"]["client_secret"].__setitem__("maxLength", 7),
        lambda s: s.__setitem__("required", [*s["required"], "description"]),
    ],
    ids=["field added", "int description", "dict description", "enum", "example", "extension", "limit", "required"],
)
def test_other_edits_are_validated_again(tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    root = _copy(tmp_path)
    before = load(root)
    _edit_schemas(root, lambda data: change(data["customer_session"]))
    assert not _verdict_kept(before, load(root))


def test_strings_in_data_are_not_prose(tmp_path: Path) -> None:
    """A `description` inside a default value is data the validator checks: never normalized."""
    spec = tmp_path / "note.yaml"

    def write(default: str) -> LoadedSpec:
        note = {
            "type": "object",
            "description": "A note.",
            "properties": {"description": {"type": "string", "maxLength": 3}},
            "default": {"description": default},
        }
        document = {
            "openapi": "3.0.3",
            "info": {"title": "T", "version": "1"},
            "paths": {},
            "components": {"schemas": {"note": note}},
        }
        spec.write_text(yaml.safe_dump(document, sort_keys=False))
        return load(spec)

    before = write("abc")
    assert validate._exact_issues(before) == []
    after = write("abcdef")
    assert [issue.message for issue in validate._exact_issues(after)] == ["'abcdef' is too long"]
    assert not _verdict_kept(before, after)


def test_a_valid_verdict_is_reused_for_prose_edits_only(tmp_path: Path) -> None:
    root = _copy(tmp_path / "spec")
    cache = Cache(tmp_path / "cache")
    assert validate.Validation(load(root), cache, background=False).result() == []

    _edit_schemas(root, lambda data: data["customer_session"].__setitem__("description", "Prose only."))
    prose = validate.Validation(load(root), cache)
    assert prose._job is None and prose.result() == []  # no validator ran

    _edit_schemas(
        root, lambda data: data["customer_session"]["properties"]["client_secret"].__setitem__("type", "nonsense")
    )
    broken = validate.Validation(load(root), cache)
    assert broken._job is not None and broken.result() != []

    # back to a valid spec that differs from the last valid one in more than prose: validated again
    _edit_schemas(
        root, lambda data: data["customer_session"]["properties"]["client_secret"].__setitem__("type", "string")
    )
    _edit_schemas(
        root, lambda data: data["customer_session"]["properties"]["client_secret"].__setitem__("maxLength", 9)
    )
    again = validate.Validation(load(root), cache)
    assert again._job is not None and again.result() == []


def _value_at(path: tuple[Any, ...]) -> Any:
    node: Any = _DOCUMENT
    for token in path:
        node = node[token]
    return node


def _is_prose(path: tuple[Any, ...]) -> bool:
    """An annotation string that `verdicts` normalizes (not under data or an extension)."""
    ancestors = [key for key in path[:-1] if isinstance(key, str)]
    return (
        path[-1] in verdicts.ANNOTATIONS
        and isinstance(_value_at(path), str)
        and not any(key in verdicts.DATA_KEYS or key.startswith("x-") for key in ancestors)
    )


_PROSE_PATHS = [path for path in _DOCUMENT_PATHS if _is_prose(path)]


def test_the_root_document_has_prose_to_mutate() -> None:
    assert len(_PROSE_PATHS) > 20


_mutation = st.one_of(
    st.tuples(st.sampled_from(_PROSE_PATHS), st.text(max_size=20)),
    st.tuples(st.sampled_from(_DOCUMENT_PATHS), st.one_of(st.text(max_size=20), _values)),
)


@settings(max_examples=examples(80, 40), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_mutation, min_size=1, max_size=3))
def test_a_kept_verdict_is_always_right(tmp_path: Path, mutations: list[tuple[tuple[Any, ...], Any]]) -> None:
    """Sound (kept only when the validator agrees) and useful (kept for prose-only edits)."""
    folder = tmp_path / "case"
    shutil.rmtree(folder, ignore_errors=True)
    root = _copy(folder)
    root.write_text(yaml.safe_dump(_DOCUMENT, sort_keys=False, allow_unicode=True))  # as the mutant is written
    before = load(root)
    root.write_text(yaml.safe_dump(mutated(mutations), sort_keys=False, allow_unicode=True))
    try:
        after = load(root)
    except SpecError:
        return
    kept = verdicts.unchanged_but_annotations(after, verdicts.record_of(before)) is not None
    if kept:
        assert validate._exact_issues(after) == [], mutations
    # (A YAML 1.1 line break other than \n, \r, such as NEL, makes the file parse whole
    # instead of in chunks: its record no longer lines up, and the verdict is simply taken again.)
    unchunked = any(isinstance(value, str) and set(value) & set("\x85\u2028\u2029\ufeff") for _, value in mutations)
    if all(_is_prose(path) and isinstance(value, str) for path, value in mutations) and not unchunked:
        assert kept, mutations
