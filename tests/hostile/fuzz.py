"""Random valid OpenAPI documents (hypothesis) and what every one of them must survive.

`documents()` draws a document with random names (unicode, punctuation, keywords),
nested objects, arrays, maps, unions (anyOf/oneOf), enums, nullable fields and recursion
through `$ref` cycles, plus a valid request and response instance for each operation,
computed from the same schemas.

`check(document, folder)` then requires: generation succeeds for every target; every
generated Python module compiles and is inert (`conftest.inert_problems`); the generated
validators accept the valid instances and reject broken ones. `batch_checks(folders)`
runs what is costly once for many examples: `mypy --strict` over all packages, and an
import + `from_dict`/`to_dict` round trip of every response instance.

Names may collide once normalised (`a-b` and `a_b`), be keywords, builtins or typing names
(`self`, `Any`): the python target plans distinct identifiers for all of them.
"""

from __future__ import annotations

import json
import keyword
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from generator.ir.naming import snake_case

from .conftest import PACKAGE, inert_problems, mypy_strict, render_spec, run_python, write_tree
from .corpus import write_spec

_NAME_CHARS = st.sampled_from(list("abcxyzABZ019_- .$'\"\\#{}éß日ж\u200b"))


@dataclass
class Drawn:
    document: dict[str, Any]
    #: operation (method, path) -> (valid params, a required key to break or None, valid response)
    instances: dict[tuple[str, str], tuple[dict[str, Any], str | None, Any]] = field(default_factory=dict)


def _name_ok(name: str, taken: set[str]) -> bool:
    return bool(name.strip()) and name not in taken


@st.composite
def _names(draw: st.DrawFn, count: int, position: str) -> list[str]:
    taken: set[str] = set()
    result: list[str] = []
    for _ in range(count):
        name = draw(
            st.one_of(
                st.text(_NAME_CHARS, min_size=1, max_size=12),
                st.sampled_from([*sorted(keyword.kwlist), "id", "type", "object", "json", "from_dict", "data"]),
                st.from_regex(r"[a-z][a-z0-9_]{0,10}", fullmatch=True),
            )
        )
        if _name_ok(name, taken):
            taken.add(name)
            result.append(name)
    return result


def _component_names(draw: st.DrawFn) -> list[str]:
    names: list[str] = []
    modules: set[str] = set()
    for name in draw(st.lists(st.from_regex(r"[A-Za-z][A-Za-z0-9_.-]{0,10}", fullmatch=True), min_size=1, max_size=4)):
        module = snake_case(name)
        if module in modules:
            continue
        modules.add(module)
        names.append(name)
    return names


class _Builder:
    """Draws schemas and, for each, a valid value; recursion only through optional refs."""

    def __init__(self, draw: st.DrawFn, components: list[str]) -> None:
        self.draw = draw
        self.components = components
        self.component_values: dict[str, Any] = {}

    def schema(self, depth: int, request: bool) -> tuple[dict[str, Any], Any]:
        kinds = ["string", "integer", "number", "boolean", "enum"]
        if depth < 3:
            kinds += ["object", "array", "map", "union"]
        if self.components and not request:
            kinds.append("ref")
        kind = self.draw(st.sampled_from(kinds))
        nullable = self.draw(st.booleans()) and kind not in ("ref",)
        schema, value = getattr(self, f"_{kind}")(depth, request)
        if nullable and "$ref" not in schema:
            schema["nullable"] = True
        return schema, value

    def _string(self, depth: int, request: bool) -> tuple[dict[str, Any], Any]:
        low = self.draw(st.integers(0, 3))
        return {"type": "string", "minLength": low, "maxLength": low + 5}, "s" * low

    def _integer(self, depth: int, request: bool) -> tuple[dict[str, Any], Any]:
        low = self.draw(st.integers(-5, 5))
        return {"type": "integer", "minimum": low, "maximum": low + 10}, low

    def _number(self, depth: int, request: bool) -> tuple[dict[str, Any], Any]:
        return {"type": "number", "minimum": 0}, 1.5

    def _boolean(self, depth: int, request: bool) -> tuple[dict[str, Any], Any]:
        return {"type": "boolean"}, True

    def _enum(self, depth: int, request: bool) -> tuple[dict[str, Any], Any]:
        values = self.draw(st.lists(st.text(_NAME_CHARS, min_size=0, max_size=8), min_size=1, max_size=6, unique=True))
        return {"type": "string", "enum": values}, values[0]

    def _object(self, depth: int, request: bool) -> tuple[dict[str, Any], Any]:
        names = self.draw(_names(self.draw(st.integers(1, 4)), "param" if request else "field"))
        properties, value, required = {}, {}, []
        for name in names:
            schema, item = self.schema(depth + 1, request)
            properties[name] = schema
            if "$ref" not in schema and self.draw(st.booleans()):
                required.append(name)
                value[name] = item
        schema = {"type": "object", "properties": properties}
        if required:
            schema["required"] = required
        return schema, value

    def _array(self, depth: int, request: bool) -> tuple[dict[str, Any], Any]:
        items, item = self.schema(depth + 1, request)
        return {"type": "array", "items": items}, [item] if "$ref" not in items else []

    def _map(self, depth: int, request: bool) -> tuple[dict[str, Any], Any]:
        values, item = self.schema(depth + 1, request)
        return {"type": "object", "additionalProperties": values}, {"k": item} if "$ref" not in values else {}

    def _union(self, depth: int, request: bool) -> tuple[dict[str, Any], Any]:
        first, value = self._string(depth, request)
        second, _ = self._integer(depth, request)
        keyword_ = self.draw(st.sampled_from(["anyOf", "oneOf"]))
        return {keyword_: [first, second]}, value

    def _ref(self, depth: int, request: bool) -> tuple[dict[str, Any], Any]:
        name = self.draw(st.sampled_from(self.components))
        return {"$ref": f"#/components/schemas/{name}"}, None  # never required: values leave it out


@st.composite
def documents(draw: st.DrawFn) -> Drawn:
    components = _component_names(draw)
    builder = _Builder(draw, components)
    schemas: dict[str, Any] = {}
    component_values: dict[str, Any] = {}
    for name in components:
        schema, value = builder._object(1, request=False)
        schema["properties"]["id"] = {"type": "string"}
        schema["required"] = sorted({*schema.get("required", []), "id"})
        value["id"] = "obj_1"
        schemas[name] = schema
        component_values[name] = value
    drawn = Drawn({})
    paths: dict[str, Any] = {}
    resources = draw(st.lists(st.from_regex(r"[a-z][a-z_]{0,10}", fullmatch=True), min_size=1, max_size=3))
    seen: set[str] = set()
    for resource in resources:
        clean = snake_case(resource)
        if clean in seen:
            continue
        seen.add(clean)
        target = draw(st.sampled_from(components))
        ok = {
            "description": "ok",
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{target}"}}},
        }
        body, params = builder._object(1, request=True)
        required = body.get("required", [])
        breakable = next((k for k in required if body["properties"][k].get("type") in ("string", "integer")), None)
        paths[f"/v1/{resource}"] = {
            "post": {
                "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": body}}},
                "responses": {"200": ok},
            }
        }
        paths[f"/v1/{resource}/{{id}}"] = {
            "get": {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": ok},
            }
        }
        drawn.instances[("post", f"/v1/{resource}")] = (params, breakable, component_values[target])
        drawn.instances[("get", f"/v1/{resource}/{{id}}")] = ({}, None, component_values[target])
    drawn.document = {
        "openapi": "3.0.3",
        "info": {"title": _title(draw(st.text(_NAME_CHARS, max_size=20))), "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }
    return drawn


def _title(text: str) -> str:
    return text or "Fuzz"


@dataclass
class Counts:
    examples: int = 0
    operations: int = 0
    validations: int = 0
    files: int = 0


def check(drawn: Drawn, folder: Path, counts: Counts) -> Path:
    """Generate, compile, self-test the validators. Returns the written package folder."""
    from generator.targets.python.validation import load_validators

    spec = write_spec(folder, drawn.document)
    rendered = render_spec(spec)
    problems = [p for path, source in rendered.python().items() for p in inert_problems(path, source)]
    assert problems == [], problems[:5]
    api = rendered.loaded.api
    validators = load_validators(api)
    try:
        for op in api.operations:
            params, breakable, response = drawn.instances[(op.http_method, op.path)]
            issues = validators.params(op)(params)
            assert list(issues) == [], (op.id, params, issues)
            if breakable is not None:
                broken = {**params, breakable: [["not", "a", "scalar"]]}
                assert list(validators.params(op)(broken)), (op.id, broken, "accepted")
            check_response = validators.response(op)
            if check_response is not None:
                assert list(check_response(response)) == [], (op.id, response)
                assert list(check_response([response])), (op.id, "a list accepted as an object")
            counts.operations += 1
            counts.validations += 4
    finally:
        validators.close()
    write_tree(rendered.files, folder / "out")
    (folder / "instances.json").write_text(
        json.dumps([[list(key), value[2]] for key, value in drawn.instances.items()]), "utf-8"
    )
    counts.examples += 1
    counts.files += len(rendered.files)
    return folder / "out" / "python" / PACKAGE


#: Imports the package and round-trips every response instance through its model.
_ROUND_TRIP = """
import importlib, json, pkgutil, sys
pkg = importlib.import_module({package!r})
for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
    importlib.import_module(info.name)
import {package}.models as models
instances = json.load(open({instances!r}))
classes = [getattr(models, name) for name in models.__all__]
done = 0
for _, value in instances:
    for cls in classes:
        try:
            model = cls.from_dict(value)
        except Exception:
            continue
        assert model.to_dict() == value, (cls, value)
        repr(model)
        done += 1
        break
print(done)
"""


def batch_checks(packages: list[Path], chunk: int = 40) -> int:
    """mypy --strict over all packages (in chunks), then import + round trip each. Returns mypy runs."""
    runs = 0
    for start in range(0, len(packages), chunk):
        group = packages[start : start + chunk]
        renamed = [_isolate(package, start + number) for number, package in enumerate(group)]
        result = mypy_strict(*renamed)
        runs += 1
        assert result.returncode == 0, result.stdout[-4000:]
    for package in packages:
        root = package.parent
        instances = root.parent.parent / "instances.json"
        result = run_python(_ROUND_TRIP.format(package=PACKAGE, instances=str(instances)), root)
        assert result.returncode == 0, result.stderr[-3000:]
    return runs


def _isolate(package: Path, number: int) -> Path:
    """A copy of `package` under a unique top-level name, so mypy can check many at once."""
    target = package.parent.parent / "mypy" / f"fuzz_{number}"
    if not target.exists():
        import shutil

        shutil.copytree(package, target)
    return target
