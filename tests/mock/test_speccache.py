"""The IR cache (`generator.mock.speccache`): hits, misses, and values kept exactly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import frontend
from generator.cache import Cache
from generator.config import Config
from generator.ir.convert import convert
from generator.load.loader import load
from generator.mock import speccache


@pytest.fixture
def spec(default_spec: Path, tmp_path: Path) -> Path:
    """A private copy of the default spec (several files), free to edit."""
    shutil.copytree(default_spec.parent / "customer_sessions", tmp_path / "customer_sessions")
    copy = tmp_path / default_spec.name
    shutil.copy(default_spec, copy)
    return copy


def _no_loading(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object, **__: object) -> object:
        raise AssertionError("the spec was parsed again")

    monkeypatch.setattr(frontend, "load_api", refuse)


def test_second_load_is_a_hit_equal_to_a_fresh_conversion(
    spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = Cache(tmp_path / "cache")
    first = speccache.load_api_cached(spec, Config(), cache)
    _no_loading(monkeypatch)
    second = speccache.load_cached(spec, Config(), cache)
    fresh, _ = convert(load(spec))
    assert second.api == first == fresh
    assert second.valid and second.content_key
    assert type(second.api.schemas).__name__ == "mappingproxy"


def test_any_file_of_the_spec_or_an_option_changing_is_a_miss(spec: Path, tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    speccache.load_api_cached(spec, Config(), cache)
    before = speccache.lookup(spec, Config(), cache)
    assert before is not None
    assert speccache.lookup(spec, Config(operation_names={"GetCustomers": "all"}), cache) is None
    schema = spec.parent / "customer_sessions" / "schemas" / "customer.yaml"
    schema.write_text(schema.read_text() + "\n# edited\n")
    assert speccache.lookup(spec, Config(), cache) is None
    after = speccache.load_cached(spec, Config(), cache)
    assert after.content_key != before.content_key


def test_corrupt_or_unvalidated_entries_are_not_trusted(spec: Path, tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    loaded = load(spec)
    api, _ = convert(loaded)
    speccache.store(loaded, Config(), cache, speccache.CachedSpec(api, (), validated=False))
    entry = speccache.lookup(spec, Config(), cache)
    assert entry is not None and not entry.valid
    assert speccache.load_cached(spec, Config(), cache).valid  # validated now, and stored so
    for path in (tmp_path / "cache" / speccache.KIND).iterdir():
        path.write_bytes(b"not a pickle")
    assert speccache.lookup(spec, Config(), cache) is None
    assert speccache.lookup(spec, Config(), None) is None


def test_sharing_equal_values_keeps_their_types(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text("""
openapi: 3.0.3
info: {title: t, version: "1"}
paths: {}
components:
  schemas:
    a: {type: object, properties: {x: {type: integer, enum: [1]}, y: {type: boolean, enum: [true]}}}
    b: {type: object, properties: {x: {type: number, enum: [1.0]}, y: {type: integer, default: 1, minimum: 1}}}
    c: {type: object, properties: {y: {type: number, default: 1.0, minimum: 1.0}}}
""")
    cache = Cache(tmp_path / "cache")
    api = speccache.load_api_cached(path, Config(), cache)
    entry = speccache.lookup(path, Config(), cache)
    assert entry is not None
    for name, enum in api.enums.items():
        kept_enum = entry.api.enums[name]
        assert [type(v.value) for v in kept_enum.values] == [type(v.value) for v in enum.values], name
    for name in ("b", "c"):
        original, kept = api.schema(name).fields[-1].type, entry.api.schema(name).fields[-1].type
        assert (type(kept.default), type(kept.constraints.minimum)) == (
            type(original.default),
            type(original.constraints.minimum),
        )
    assert entry.api == api
