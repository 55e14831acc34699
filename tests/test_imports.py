"""The import contract (`.importlinter`): codegen's imports run one way, and the test fails when one does not.

import-linter checks the contracts (layers, independent targets, forbidden imports) over the
import graph of `generator` as it is on disk; a broken contract fails the test, naming the
imports that break it. The second test proves the check can fail: a tiny package with an
import against its layers is reported broken.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / ".importlinter"
_LINT = "from importlinter.cli import lint_imports_command; lint_imports_command()"


def _lint(config: Path, path: Path) -> subprocess.CompletedProcess[str]:
    """`lint-imports` (import-linter's command) on `config`, importing the packages from `path`."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(path), os.environ.get("PYTHONPATH")]))}
    command = [sys.executable, "-c", _LINT, "--no-cache", "--no-logo", str(config)]
    return subprocess.run(command, cwd=path, env=env, capture_output=True, text=True, timeout=300, check=False)


def test_codegen_keeps_its_import_contracts() -> None:
    result = _lint(CONFIG, ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert " 0 broken" in result.stdout, result.stdout


def test_the_contracts_are_the_documented_ones() -> None:
    text = CONFIG.read_text("utf-8")
    for kind in ("type = layers", "type = independence", "type = forbidden"):
        assert kind in text
    assert "exhaustive = true" in text  # a new top-level module must be given its layer


def test_an_import_against_the_layers_is_reported(tmp_path: Path) -> None:
    package = tmp_path / "tinylayers"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "high.py").write_text("from . import low\n")
    (package / "low.py").write_text("from . import high  # the back-arrow\n")
    config = tmp_path / ".importlinter"
    config.write_text(textwrap.dedent("""\
            [importlinter]
            root_package = tinylayers

            [importlinter:contract:layers]
            name = high above low
            type = layers
            containers =
                tinylayers
            layers =
                high
                low
            """))
    result = _lint(config, tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "high above low BROKEN" in result.stdout
    assert "tinylayers.low -> tinylayers.high" in result.stdout  # the back-arrow, named
