"""Our own code is held to the bar we set for generated code: mypy --strict, ruff and black."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

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


#: Small functions with one job: none in generator/ is longer than this (issue 24).
MAX_FUNCTION_LINES = 60


def long_functions(folder: Path, limit: int = MAX_FUNCTION_LINES) -> list[str]:
    """`path:line name (N lines)` of every function or method under `folder` longer than `limit`."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > limit:
                    found.append(f"{path.relative_to(folder.parent)}:{node.lineno} {node.name} ({lines} lines)")
    return found


def test_no_function_is_longer_than_60_lines() -> None:
    assert long_functions(ROOT / "generator") == []


def test_a_long_function_is_found(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    body = "\n".join(f"    x{n} = {n}" for n in range(60))
    (package / "mod.py").write_text(f"def short():\n    return 1\n\n\ndef long():\n{body}\n")
    assert long_functions(package) == ["pkg/mod.py:5 long (61 lines)"]
