"""Incremental rendering (`generator.cache.incremental`): reused units equal a cold render, always.

The end-to-end tests edit a spec step by step (descriptions, fields added, removed and
retyped, enum values, operations) and, after each step, compare what `generate` writes
with the memo of the previous runs against what a cold run (empty cache) writes: the
two output trees must be identical byte for byte, and the incremental run must have
reused units (or the test proves nothing).
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cache import incremental
from generator.cache.incremental import Memo, Tracked, tracked
from generator.cli import main
from generator.ir.examples import example_for
from generator.ir.model import Api, Enum, EnumValue, Schema, SchemaOrigin, TypeKind, TypeRef
from tests.conftest import DEFAULT_SPEC


def _schema(schema_id: str, description: str = "") -> Schema:
    return Schema(schema_id, (schema_id,), SchemaOrigin.COMPONENT, description=description)


def _api(**schemas: Schema) -> Api:
    enum = Enum("colour", ("colour",), TypeKind.STRING, (EnumValue("red"),), open=False)
    return tracked(Api("t", "1", "3.0.3", schemas=dict(schemas), enums={"colour": enum}))


def test_reads_are_noted_only_inside_units() -> None:
    api = _api(a=_schema("a"), b=_schema("b"))
    assert isinstance(api.schemas, Tracked)
    memo = Memo()
    memo.begin(api, "context")
    api.schema("a")  # outside any unit: not noted

    def produce() -> dict[str, str]:
        api.schema("b")
        assert "missing" not in api.schemas
        api.enum("colour")
        return {"f.py": "b"}

    memo.unit("u", [("schema", "a")], produce)
    deps = {(kind, key) for kind, key, _digest in memo.entries["u"].deps}
    assert deps == {("schema", "a"), ("schema", "b"), ("schema", "missing"), ("enum", "colour")}


def test_iterating_a_mapping_depends_on_all_of_it() -> None:
    api = _api(a=_schema("a"))
    memo = Memo()
    memo.begin(api, "context")
    memo.unit("u", [], lambda: {"f.py": ",".join(api.schemas)})
    assert ("schema", incremental.ALL) in {(kind, key) for kind, key, _ in memo.entries["u"].deps}


def test_an_example_id_is_read_as_a_facet() -> None:
    """The IR's examples know nothing of the memo, yet an unexpanded field's example reads only
    the `example_id` of the object it points at (through `Tracked.facet`), tracked or not."""
    customer = Schema("customer", ("customer",), SchemaOrigin.COMPONENT, example={"id": "cus_9"}, has_example=True)
    expanded = TypeRef(TypeKind.OBJECT, ref="customer")
    field = TypeRef(TypeKind.EXPANDABLE, items=TypeRef(TypeKind.STRING), variants=(expanded,))
    plain = Api("t", "1", "3.0.3", schemas={"customer": customer})
    assert example_for(plain, field) == "cus_9"
    api = _api(customer=customer)
    memo = Memo()
    memo.begin(api, "context")
    assert memo.unit("u", [], lambda: {"f.py": str(example_for(api, field))}) == {"f.py": "cus_9"}
    assert {(kind, key) for kind, key, _ in memo.entries["u"].deps} == {("schema.example_id", "customer")}


def _run(memo_before: Memo, api: Api, context: str, produce: Callable[[], dict[str, str]]) -> Memo:
    memo = Memo(previous=memo_before.entries)
    memo.begin(api, context)
    memo.unit("u", [], produce)
    return memo


def test_a_unit_is_reused_until_something_it_read_changes() -> None:
    calls: list[str] = []

    def reader(api: Api) -> Callable[[], dict[str, str]]:
        def produce() -> dict[str, str]:
            calls.append("render")
            return {"f.py": api.schema("a").description}

        return produce

    first = _api(a=_schema("a", "one"), b=_schema("b"))
    memo = _run(Memo(), first, "c", reader(first))
    same = _api(a=_schema("a", "one"), b=_schema("b", "other text"))  # b was not read
    memo = _run(memo, same, "c", reader(same))
    assert (calls, memo.reused, memo.entries["u"].value) == (["render"], 1, {"f.py": "one"})
    edited = _api(a=_schema("a", "two"), b=_schema("b"))
    memo = _run(memo, edited, "c", reader(edited))
    assert (calls, memo.rendered, memo.entries["u"].value) == (["render"] * 2, 1, {"f.py": "two"})
    memo = _run(memo, edited, "another context", reader(edited))
    assert calls == ["render"] * 3


def test_a_memo_that_cannot_be_read_is_empty(tmp_path: Path) -> None:
    from generator.cache import Cache

    cache = Cache(tmp_path)
    cache.put(incremental.KIND, "k", b"not a pickle")
    assert incremental.load(cache, "k") == {}
    assert incremental.load(None, "k") == {}


# -- end to end ---------------------------------------------------------------------


def _schema_files(folder: Path) -> list[Path]:
    return sorted((folder / "customer_sessions" / "schemas").glob("*.yaml"))


def _edit(folder: Path, rng: random.Random, step: int) -> str:
    """One random edit of the spec in `folder`; returns what it did."""
    if step % 5 == 4:  # an operation: the resources change, so every unit renders again
        root = folder / DEFAULT_SPEC.name
        document = yaml.safe_load(root.read_text())
        path = rng.choice(sorted(document["paths"]))
        method = next(m for m in ("get", "post", "delete") if m in document["paths"][path])
        document["paths"][path][method]["summary"] = f"Edited summary {step}"
        root.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True))
        return f"summary of {method} {path}"
    file = rng.choice(_schema_files(folder))
    data: dict[str, Any] = yaml.safe_load(file.read_text())
    name = rng.choice(sorted(n for n, s in data.items() if isinstance(s, dict) and s.get("properties")))
    schema = data[name]
    props: dict[str, Any] = schema["properties"]
    prop = rng.choice(sorted(props))
    kind = rng.choice(["description", "field description", "add field", "remove field", "retype", "enum", "nullable"])
    if kind == "description":
        schema["description"] = f"Edited {step}: {schema.get('description', '')}"
    elif kind == "field description":
        props[prop]["description"] = f"Edited field {step}"
    elif kind == "add field":
        props[f"added_{step}"] = {"type": "string", "description": f"Added in step {step}"}
    elif kind == "remove field" and len(props) > 1 and prop not in ("id", "object"):
        del props[prop]
        if prop in schema.get("required", []):
            schema["required"].remove(prop)
            if not schema["required"]:
                del schema["required"]  # (OpenAPI 3.0 wants a non-empty list)
    elif kind == "retype" and props[prop].get("type") in ("string", "integer", "boolean") and "enum" not in props[prop]:
        props[prop] = {"type": "integer" if props[prop]["type"] != "integer" else "string"}
    elif kind == "enum":
        props[f"status_{step}"] = {"type": "string", "enum": ["on", "off", f"v{step}"]}
    else:
        props[prop]["nullable"] = not props[prop].get("nullable", False)
    file.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    return f"{kind} in {name} ({file.name})"


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _generate(spec: Path, out: Path, cache: Path, monkeypatch: pytest.MonkeyPatch, *targets: str) -> None:
    monkeypatch.setenv("CODEGEN_CACHE_DIR", str(cache))
    args = ["generate", "--spec", str(spec), "--out", str(out), "-q"]
    for target in targets:
        args += ["--target", target]
    assert main(args) == 0


def _memo_counts(cache: Path) -> tuple[int, int]:
    """(units, distinct files) in the memo the last run saved."""
    from generator.cache import Cache

    entries = {}
    for path in (cache / incremental.KIND).iterdir():
        entries.update(incremental.load(Cache(cache), path.name))
    return len(entries), sum(len(e.value) for e in entries.values() if isinstance(e.value, dict))


@pytest.mark.parametrize(
    ("targets", "seed"),
    [(("python", "ir"), 20261123), (("docs", "python"), 20261124)],
    ids=["python-first", "docs-first"],
)
def test_incremental_runs_equal_cold_runs_over_random_edits(
    targets: tuple[str, ...], seed: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first target renders in this process (where reuse is counted), the other in a forked child."""
    spec_dir = tmp_path / "spec"
    shutil.copytree(DEFAULT_SPEC.parent, spec_dir)
    spec = spec_dir / DEFAULT_SPEC.name
    out, warm_cache = tmp_path / "out", tmp_path / "warm-cache"
    _generate(spec, out, warm_cache, monkeypatch, *targets)
    units, _files = _memo_counts(warm_cache)
    assert units > 20
    rng = random.Random(seed)
    done = []
    for step in range(12):
        done.append(_edit(spec_dir, rng, step))
        reused_before = _reuse_counter(monkeypatch)
        _generate(spec, out, warm_cache, monkeypatch, *targets)
        cold_out = tmp_path / f"cold-{step}"
        _generate(spec, cold_out, tmp_path / f"cold-cache-{step}", monkeypatch, *targets)
        assert _tree(out) == _tree(cold_out), f"incremental output differs after: {done}"
        assert reused_before() or step % 5 == 4, f"nothing was reused after: {done[-1]}"


def _reuse_counter(monkeypatch: pytest.MonkeyPatch) -> Callable[[], int]:
    """Counts the units reused by the next `generate` (through `incremental.save`)."""
    seen: list[int] = []
    real_save = incremental.save

    def spy(cache: Any, key: str, memo: Memo) -> None:
        seen.append(memo.reused)
        real_save(cache, key, memo)

    monkeypatch.setattr(incremental, "save", spy)
    return lambda: sum(seen)


def test_stripe_incremental_equals_cold(stripe_spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every target, after an edit of `customer` (read by many modules and pages): the same bytes as a cold run."""
    spec = tmp_path / "stripe.yaml"
    text = stripe_spec.read_text()
    spec.write_text(text)
    out, cache = tmp_path / "out", tmp_path / "cache"
    _generate(spec, out, cache, monkeypatch, "python", "docs", "ir")
    lines = text.split("\n")
    start = lines.index("    customer:", lines.index("  schemas:"))
    assert lines[start + 1] == "      description: >-"
    lines[start + 2] = "        Edited. " + lines[start + 2].lstrip()
    lines.insert(start + 1, "      nullable: true")
    spec.write_text("\n".join(lines))
    reused = _reuse_counter(monkeypatch)
    _generate(spec, out, cache, monkeypatch, "python", "docs", "ir")
    assert reused() > 1500
    cold = tmp_path / "cold"
    _generate(spec, cold, tmp_path / "cold-cache", monkeypatch, "python", "docs", "ir")
    assert _tree(out) == _tree(cold)


def _shared_shapes_spec(y_text: str, y2_text: str) -> dict[str, Any]:
    """Three pages in order: alpha's `w`, beta's `x` and gamma's `x` have one shape (objects
    holding `y2` and `y`, which look alike), so alpha shows it and the others point there."""

    def obj(**props: Any) -> dict[str, Any]:
        return {"type": "object", "properties": props}

    def page(name: str, field: str, ref: str) -> tuple[dict[str, Any], dict[str, Any]]:
        schema = obj(id={"type": "string"}, object={"type": "string", "enum": [name]}, **{field: {"$ref": ref}})
        schema["example"] = {"id": f"{name}_1", "object": name}  # so its example reads no other schema
        get = {
            "get": {
                "operationId": f"Get{name}",
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}},
                    }
                },
            }
        }
        return schema, get

    schemas: dict[str, Any] = {
        "w": obj(inner={"$ref": "#/components/schemas/y2"}),
        "x": obj(inner={"$ref": "#/components/schemas/y"}),
        "y": obj(mode={"type": "string", "description": y_text}),
        "y2": obj(mode={"type": "string", "description": y2_text}),
    }
    paths = {}
    for name, field, ref in (("alpha", "w", "w"), ("beta", "x", "x"), ("gamma", "x", "x")):
        schemas[name], paths[f"/v1/{name}s/{{id}}"] = page(name, field, f"#/components/schemas/{ref}")
        paths[f"/v1/{name}s/{{id}}"]["get"]["parameters"] = [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
        ]
    return {
        "openapi": "3.0.3",
        "info": {"title": "Shapes", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


def test_docs_pages_follow_the_shapes_earlier_pages_show(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page that points at a field another page shows must change when that page stops
    showing it (the `shown` reads), and when the shape it computed once changes through a
    schema it never read itself (the reads kept with each shape)."""
    spec, out, cache = tmp_path / "shapes.yaml", tmp_path / "out", tmp_path / "cache"
    spec.write_text(yaml.safe_dump(_shared_shapes_spec("Mode.", "Mode.")))
    _generate(spec, out, cache, monkeypatch, "docs")
    beta = (out / "docs" / "betas.md").read_text()
    assert "Same attributes as" in beta and "alphas.md#" in beta  # the premise: beta points at alpha
    # 1: beta's and gamma's shape changes through `y` (gamma reads it only through the shape);
    # 2: alpha now shows that new shape, which beta showed itself so far.
    for step, texts in enumerate((("Changed.", "Mode."), ("Changed.", "Changed."))):
        spec.write_text(yaml.safe_dump(_shared_shapes_spec(*texts)))
        reused = _reuse_counter(monkeypatch)
        _generate(spec, out, cache, monkeypatch, "docs")
        assert reused() >= 1 or step == 1  # (step 1: alpha is unchanged)
        cold = tmp_path / f"cold-{step}"
        _generate(spec, cold, tmp_path / f"cold-cache-{step}", monkeypatch, "docs")
        assert _tree(out) == _tree(cold), f"step {step}: incremental docs differ from a cold run"
