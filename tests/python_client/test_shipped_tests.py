"""The generated package's own tests (`tests/`) pass against `codegen mock`, and its README shows
the spec's own calls."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ..conftest import DEFAULT_SPEC
from ..mock.conftest import MockProcess
from ..mypy_cache import cache_dir


def test_the_shipped_tests_pass_against_the_mock(package_root: Path, tmp_path: Path) -> None:
    mock = MockProcess(DEFAULT_SPEC, tmp_path)
    try:
        env = {**os.environ, "STRIPE_API_BASE_URL": mock.url, "PYTHONPATH": str(package_root)}
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
            cwd=package_root,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        assert mock.stop() == 0
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "4 passed" in result.stdout


def test_the_readme_is_written_from_the_spec(package_root: Path) -> None:
    readme = (package_root / "README.md").read_text()
    assert "client.customer_sessions.create(" in readme
    assert "client.customers.list(limit=3).auto_paging_iter()" in readme
    assert "stripe_account" in readme and "Webhook.construct_event" in readme
    assert "with_raw_response.create(...)" in readme and "set_app_info" in readme
    assert "`Error`" in readme  # the spec's error model


def test_the_shipped_tests_are_mypy_strict_clean(package_root: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", cache_dir("--strict"), "tests"],
        cwd=package_root,
        env={**os.environ, "PYTHONPATH": str(package_root)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:]
