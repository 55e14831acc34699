"""The generated validators as code: every shape on a small spec, then whole packages compiled,
imported, type-checked (`mypy --strict`), linted (`ruff`) and left unchanged by black."""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.config import Config
from generator.ir.model import Api
from generator.pipeline import load_api
from generator.targets.python.formatting import format_python
from generator.targets.python.validation import (
    ValidatorSet,
    layout_of,
    load_validators,
    params_validator,
    render_validators,
    schema_validator,
)

from ..conftest import ROOT
from ..mypy_cache import cache_dir
from .conftest import operation

RUNTIME = ROOT / "templates" / "python" / "runtime" / "validation.py"
STRICT_311 = ("--strict", "--python-version", "3.11")

SHAPES = """
openapi: 3.0.3
info: {title: Shapes, version: "1"}
paths:
  /v1/things:
    post:
      operationId: PostThings
      parameters:
        - {name: limit, in: query, schema: {type: integer, minimum: 1, maximum: 100}}
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              additionalProperties: false
              type: object
              required: [name]
              properties:
                name: {type: string, minLength: 2, maxLength: 5, pattern: "^[a-z]+$"}
                amount: {type: number, exclusiveMinimum: true, minimum: 0, multipleOf: 0.5}
                flag: {type: boolean}
                tags: {type: array, items: {type: string}, minItems: 1, maxItems: 2, uniqueItems: true}
                metadata:
                  anyOf:
                    - {type: object, additionalProperties: {type: string, maxLength: 3}}
                    - {type: string, enum: [""]}
                color: {type: string, enum: [red, green]}
                tree: {$ref: "#/components/schemas/node"}
                size: {anyOf: [{type: integer}, {type: string, enum: [small, big]}]}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/thing"}
components:
  schemas:
    node:
      type: object
      required: [value]
      properties:
        value: {type: integer}
        children: {type: array, items: {$ref: "#/components/schemas/node"}}
    thing:
      type: object
      required: [id, status, note]
      properties:
        id: {type: string}
        status: {type: string, enum: [open, closed]}
        note: {type: string, nullable: true}
        parent:
          anyOf: [{$ref: "#/components/schemas/thing"}]
          nullable: true
        created: {type: integer, format: unix-time}
"""


@pytest.fixture(scope="module")
def shapes(tmp_path_factory: pytest.TempPathFactory) -> tuple[Api, ValidatorSet]:
    spec = tmp_path_factory.mktemp("shapes") / "shapes.yaml"
    spec.write_text(textwrap.dedent(SHAPES))
    api = load_api(spec, Config(), None).api
    return api, load_validators(api)


def _rules(check: Callable[[Any], Any], value: Any) -> list[tuple[str, str]]:
    return [(issue.dotted_path, issue.rule) for issue in check(value)]


def test_request_shapes(shapes: tuple[Api, ValidatorSet]) -> None:
    api, validators = shapes
    check = validators.params(operation(api, "things", "create"))
    assert check({"name": "abc"}) == []
    assert _rules(check, {}) == [("name", "required")]
    assert _rules(check, {"name": "a"}) == [("name", "min_length")]
    assert _rules(check, {"name": "ABCDEF"}) == [("name", "max_length"), ("name", "pattern")]
    assert _rules(check, {"name": "abc", "limit": 0}) == [("limit", "minimum")]
    assert _rules(check, {"name": "abc", "limit": 101}) == [("limit", "maximum")]
    assert _rules(check, {"name": "abc", "limit": True}) == [("limit", "type")]  # integers are not booleans
    assert _rules(check, {"name": "abc", "limit": 5.0}) == [("limit", "type")]
    assert _rules(check, {"name": "abc", "amount": 0}) == [("amount", "minimum")]
    assert _rules(check, {"name": "abc", "amount": 0.7}) == [("amount", "multiple_of")]
    assert check({"name": "abc", "amount": 1.5}) == []
    assert _rules(check, {"name": "abc", "flag": 1}) == [("flag", "type")]
    assert _rules(check, {"name": "abc", "tags": []}) == [("tags", "min_items")]
    assert _rules(check, {"name": "abc", "tags": ["a", "b", "c"]}) == [("tags", "max_items")]
    assert _rules(check, {"name": "abc", "tags": ["a", "a"]}) == [("tags", "unique_items")]
    assert _rules(check, {"name": "abc", "tags": ["a", 1]}) == [("tags.1", "type")]
    assert check({"name": "abc", "metadata": ""}) == []  # "" unsets
    assert check({"name": "abc", "metadata": {"k": "v"}}) == []
    assert _rules(check, {"name": "abc", "metadata": {"k": "long"}}) == [("metadata.k", "max_length")]
    assert _rules(check, {"name": "abc", "metadata": "x"}) == [("metadata", "any_of")]
    assert _rules(check, {"name": "abc", "color": "blue"}) == [("color", "enum")]  # request enums are closed
    assert _rules(check, {"name": "abc", "size": "medium"}) == [("size", "any_of")]
    assert check({"name": "abc", "size": 3}) == [] and check({"name": "abc", "size": "big"}) == []
    deep = {"value": 1, "children": [{"value": 2, "children": [{"value": "x"}]}]}
    assert _rules(check, {"name": "abc", "tree": deep}) == [("tree.children.0.children.0.value", "type")]
    assert _rules(check, {"name": "abc", "extra": 1}) == [("extra", "unknown")]
    assert check({"name": "abc", "extra": None, "limit": None}) == []
    (issue,) = check({"name": "abc", "metadata": "x"})
    assert issue.message == "expected an object or \"\" (to unset), got 'x' (string)"


def test_response_shapes(shapes: tuple[Api, ValidatorSet]) -> None:
    api, validators = shapes
    check = validators.response(operation(api, "things", "create"))
    assert check is not None
    thing = {"id": "t", "status": "open", "note": None}
    assert check(thing) == []
    assert check({**thing, "status": "archived"}) == []  # response enums are open
    assert _rules(check, {**thing, "status": None}) == [("status", "type")]
    assert _rules(check, {"id": "t", "status": "open"}) == [("note", "required")]
    assert check({**thing, "parent": None}) == []
    assert _rules(check, {**thing, "parent": {**thing, "parent": {"id": 1, "status": "x", "note": ""}}}) == [
        ("parent.parent.id", "type")
    ]
    assert _rules(check, {**thing, "created": True}) == [("created", "type")]
    assert _rules(check, [thing]) == [("", "type")]
    assert validators.schema("node")({"value": 1, "children": []}) == []


def test_declared_discriminator_picks_the_branch(shapes: tuple[Api, ValidatorSet]) -> None:
    """A discriminator the spec declares (IR flag `declared`) decides the branch alone."""
    import dataclasses

    from generator.ir.model import Discriminator, TypeKind, TypeRef
    from generator.targets.python.validation import checks

    mapping = (("node", "node"), ("thing", "thing"))
    try:
        declared = Discriminator("object", mapping, declared=True)  # type: ignore[call-arg]
    except TypeError:  # until the IR has the flag

        class Declared(Discriminator):
            declared = True

        declared = Declared("object", mapping)
    union = TypeRef(
        TypeKind.UNION,
        variants=(TypeRef(TypeKind.OBJECT, ref="node"), TypeRef(TypeKind.OBJECT, ref="thing")),
        discriminator=declared,
    )
    assert checks.declared_discriminator(union) is not None
    assert checks.declared_discriminator(dataclasses.replace(union, discriminator=Discriminator("object", ()))) is None
    api, _ = shapes
    layout = layout_of(api)
    context = checks.ModuleContext(api, layout, "_validators.x", checks.Names(), {})
    source = "\n".join(checks.union_function(context, "_one_of", union, checks.Mode.RESPONSE, "u"))
    assert 'kind = value.get("object")' in source
    assert 'if kind == "node":' in source and 'elif kind == "thing":' in source


def test_layout_names(default_api: Api) -> None:
    op = operation(default_api, "customer_sessions", "create")
    assert params_validator(layout_of(default_api), op) == (
        "_validators.customer_sessions",
        "validate_customer_sessions_create_params",
    )
    assert schema_validator(layout_of(default_api), "customer_session") == (
        "_validators.schemas.customer_session",
        "validate_customer_session",
    )


# -- whole packages ----------------------------------------------------------------------------------


def _write_package(root: Path, name: str, files: dict[str, str]) -> Path:
    package = root / name
    for relative, source in files.items():
        target = package / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(source)
    (package / "__init__.py").write_text("")
    (package / "_runtime").mkdir()
    (package / "_runtime" / "__init__.py").write_text("")
    shutil.copy(RUNTIME, package / "_runtime" / "validation.py")
    return package


@pytest.fixture
def importable(tmp_path: Path) -> Iterator[Path]:
    sys.path.insert(0, str(tmp_path))
    try:
        yield tmp_path
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m.split(".")[0].startswith("vpkg_")]:
            del sys.modules[name]


def _import_all(package: Path) -> int:
    count = 0
    for source in sorted(package.rglob("*.py")):
        parts = source.relative_to(package.parent).with_suffix("").parts
        importlib.import_module(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
        count += 1
    return count


def test_default_spec_package(default_api: Api, importable: Path) -> None:
    files = render_validators(default_api)
    for relative, source in files.items():
        assert source.startswith(
            "# Validators for customer_sessions.yaml, generated by codegen, do not edit.\n"
        ), relative
        assert format_python(source) == source, f"{relative} is not black-stable"
    package = _write_package(importable, "vpkg_default", files)
    init = (package / "_validators" / "__init__.py").read_text()
    assert len(init.splitlines()) < 25 and "import_module" in init  # tiny and lazy
    importlib.import_module("vpkg_default._validators.customer_sessions")
    loaded = {m for m in sys.modules if m.startswith("vpkg_default._validators.")}
    # nothing else is imported eagerly: the `schemas` package itself is a tiny lazy `__init__`
    assert loaded == {"vpkg_default._validators.customer_sessions", "vpkg_default._validators.schemas"}
    assert _import_all(package) == len(files) + 3
    lint = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--config", str(ROOT / "pyproject.toml"), str(package / "_validators")],
        capture_output=True,
        text=True,
    )
    assert lint.returncode == 0, lint.stdout + lint.stderr
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", *STRICT_311, "--cache-dir", cache_dir(*STRICT_311), str(package)],
        capture_output=True,
        text=True,
        cwd=importable,
    )
    assert typed.returncode == 0, typed.stdout + typed.stderr


@pytest.mark.slow
def test_stripe_package(stripe_api: Api, importable: Path) -> None:
    started = time.perf_counter()
    files = render_validators(stripe_api)
    rendered = time.perf_counter() - started
    assert len(files) > 900
    package = _write_package(importable, "vpkg_stripe", files)
    started = time.perf_counter()
    importlib.import_module("vpkg_stripe._validators.schemas.customer")
    single = time.perf_counter() - started
    assert _import_all(package) == len(files) + 3
    print(f"\nStripe: {len(files)} files rendered in {rendered:.2f}s; one module imports in {single * 1000:.0f} ms")
    lint = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--config", str(ROOT / "pyproject.toml"), str(package / "_validators")],
        capture_output=True,
        text=True,
    )
    assert lint.returncode == 0, lint.stdout[-3000:]
    started = time.perf_counter()
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", *STRICT_311, "--cache-dir", cache_dir(*STRICT_311), str(package)],
        capture_output=True,
        text=True,
        cwd=importable,
    )
    assert typed.returncode == 0, typed.stdout[-3000:] + typed.stderr[-3000:]
    print(f"mypy --strict over Stripe's validators: {time.perf_counter() - started:.0f}s")
