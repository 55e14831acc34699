"""The runtime, as copied into a generated package, is clean under mypy --strict and ruff."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.mypy_cache import cache_dir

REPO = Path(__file__).resolve().parents[2]
STRICT_311 = ("--strict", "--python-version", "3.11")


def test_mypy_strict(rt_root: Path) -> None:
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed: cannot type-check the runtime (pip install mypy)")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", *STRICT_311, "--cache-dir", cache_dir(*STRICT_311), "rtpkg"],
        cwd=rt_root,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff(rt_root: Path) -> None:
    ruff = shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed: cannot lint the runtime (pip install ruff)")
    result = subprocess.run(
        [ruff, "check", "--config", str(REPO / "pyproject.toml"), str(rt_root / "rtpkg" / "_runtime")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
