"""Our own code is held to the bar we set for generated code: mypy --strict, ruff and black."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import ROOT


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-m", "mypy"],  # [tool.mypy] in pyproject.toml: strict, files = generator
        [sys.executable, "-m", "ruff", "check", "generator", "tests", "benchmarks", "templates/python/runtime"],
        [sys.executable, "-m", "black", "--check", "--quiet", "generator", "templates/python/runtime"],
    ],
    ids=["mypy", "ruff", "black"],
)
def test_generator_is_clean(command: list[str]) -> None:
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, (result.stdout + result.stderr)[-5000:]
