"""A spec without paths, without schemas, or without either still gives a package whose every
module imports and that is black-, ruff- and mypy --strict-clean (an empty `if TYPE_CHECKING:`
block once made `_client.py` and the registries a syntax error, with exit 0)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.cli import main

from ..conftest import ROOT
from ..hostile.conftest import EXERCISE, mypy_strict, run_python

_INFO = {"openapi": "3.0.3", "info": {"title": "Sparse", "version": "1"}}
_PET = {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}}}
_GET = {"get": {"responses": {"200": {"description": "ok"}}}}
SPECS = {
    "nothing": {**_INFO, "paths": {}},
    "schemas_only": {**_INFO, "paths": {}, "components": {"schemas": {"pet": _PET}}},
    "paths_only": {**_INFO, "paths": {"/v1/ping": _GET}},
    "webhooks_only": {**_INFO, "openapi": "3.1.0", "webhooks": {"newPet": {"post": _GET["get"]}}},
}


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    found = {}
    for name, document in SPECS.items():
        folder = tmp_path_factory.mktemp(name)
        spec = folder / "spec.yaml"
        spec.write_text(yaml.safe_dump(document))
        args = ["generate", "--spec", str(spec), "--out", str(folder / "out"), "--target", "python", "-q"]
        assert main([*args, "--package", f"sparse_{name}", "--client-class", "SparseClient"]) == 0, name
        found[name] = folder / "out" / "python" / f"sparse_{name}"
    return found


@pytest.mark.parametrize("name", sorted(SPECS))
def test_every_module_imports(packages: dict[str, Path], name: str) -> None:
    package = packages[name]
    result = run_python(EXERCISE.format(package=package.name, client="SparseClient"), package.parent)
    assert result.returncode == 0, result.stderr[-2000:]


def test_black_ruff_and_mypy_clean(packages: dict[str, Path]) -> None:
    folders = [str(p) for p in packages.values()]
    config = str(ROOT / "pyproject.toml")
    black = subprocess.run(
        [sys.executable, "-m", "black", "--check", "--config", config, *folders], capture_output=True, text=True
    )
    assert black.returncode == 0, black.stderr
    ruff = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--config", config, *folders], capture_output=True, text=True
    )
    assert ruff.returncode == 0, ruff.stdout
    checked = mypy_strict(*packages.values())
    assert checked.returncode == 0, checked.stdout[-3000:]


def _run(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", tool, *args], capture_output=True, text=True, check=False)
