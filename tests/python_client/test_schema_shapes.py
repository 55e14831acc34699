"""Schema shapes of real specs, typed as a careful hand would (specs/shapes.yaml).

3.1 type arrays, `const` and `type: "null"`; `allOf: [$ref, {description}]` is the referenced
model; a discriminator with a mapping; a union that holds itself through an object (a tree);
a nested class named like its parent; a query and a body param of one name; a `$ref` inside an
`x-` extension left alone (it dangles on purpose); integer status-code keys and a YAML date
in an example. The package imports and is mypy --strict clean.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

from generator.cli import main

from ..hostile.conftest import mypy_strict

SPEC = Path(__file__).parent / "specs" / "shapes.yaml"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("shapes") / "out"
    args = ["generate", "--spec", str(SPEC), "--out", str(out), "--target", "python", "-q"]
    assert main([*args, "--package", "shapes_api", "--client-class", "ShapesClient"]) == 0
    return out / "python"


@pytest.fixture(scope="module")
def sdk(package: Path) -> ModuleType:
    sys.path.insert(0, str(package))
    try:
        importlib.import_module("shapes_api")
        return importlib.import_module("shapes_api.models")
    finally:
        sys.path.remove(str(package))


def test_models_are_typed_as_the_spec_says(sdk: ModuleType) -> None:
    pet = sdk.Pet
    hints = pet.__annotations__  # (strings: the module uses postponed annotations)
    assert hints["owner"] == "Owner | None"  # allOf [$ref, {description}]: the model, not a copy
    assert hints["shape"] == "Circle | Square | None"
    assert pet.Pet2.__qualname__ == "Pet.Pet2"  # never `Pet.Pet`, which would shadow `Pet` inside it
    made = pet.from_dict({"shape": {"kind": "box", "side": 2}, "tree": {"children": ["leaf"]}, "pet": {"pet": "x"}})
    assert isinstance(made.shape, sdk.Square)  # the mapping's `box`
    assert made.tree.children == ["leaf"]


def test_params_of_one_name_in_query_and_body(package: Path) -> None:
    params = (package / "shapes_api" / "params" / "pets.py").read_text()
    assert "name_query: NotRequired[str]" in params and "name: NotRequired[str]" in params
    assert 'kind: NotRequired[Literal["cat"]]' in params
    assert "tag: NotRequired[str | None]" in params


def test_mypy_strict(package: Path) -> None:
    result = mypy_strict(package / "shapes_api")
    assert result.returncode == 0, result.stdout[-3000:]


def test_the_ir_keeps_yaml_dates_as_iso_strings(tmp_path: Path) -> None:
    """`example: 2024-01-02` is a date for YAML; the IR's JSON writes it as the text it was."""
    out = tmp_path / "out"
    assert main(["generate", "--spec", str(SPEC), "--out", str(out), "--target", "ir", "-q"]) == 0
    assert '"example": "2024-01-02"' in (out / "ir" / "ir.json").read_text()
