"""The client generated from Stripe's whole spec: it compiles, imports and passes mypy --strict."""

from __future__ import annotations

import compileall
import subprocess
import sys
from pathlib import Path

import pytest

from ..mypy_cache import cache_dir


@pytest.mark.slow
def test_compiles_and_imports(stripe_package_root: Path) -> None:
    package = stripe_package_root / "stripe_full"
    assert compileall.compile_dir(package, quiet=1, force=True)
    modules = sorted(
        ".".join(path.relative_to(stripe_package_root).with_suffix("").parts)
        for path in package.rglob("*.py")
        if path.name != "__init__.py"
    )
    assert len(modules) > 900
    code = "import importlib, sys; [importlib.import_module(m) for m in sys.argv[1:]]; print(len(sys.argv) - 1)"
    result = subprocess.run(
        [sys.executable, "-c", code, *modules], cwd=stripe_package_root, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert int(result.stdout) == len(modules)


@pytest.mark.slow
def test_mypy_strict(stripe_package_root: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", cache_dir("--strict"), "stripe_full"],
        cwd=stripe_package_root,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-5000:]
    assert "Success: no issues found" in result.stdout
