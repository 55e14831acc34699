"""Other releases of a dependency, for tests that must hold on every release `pyproject.toml` admits.

`pyproject.toml` admits a range (`pyyaml>=6.0`), and the release a fresh machine installs is
the newest, which is not always the one a developer has: PyYAML 6.0.4 bundles libyaml 0.2.6,
which refuses YAML nested deeper than 1,000 levels by itself; 6.0 to 6.0.3 bundle 0.2.5,
which has no such bound. A test that depends on such behaviour asks for `release_paths(...)`
and runs its subject once per release, in a child process with that release first on
`sys.path`.

Releases are installed with pip (wheels only, no dependencies) into
`~/.cache/codegen-test-deps/<name>-<version>`, once per machine. Where pip cannot reach the
package index, the test of that release is skipped, saying so; the installed release is
always tested.
"""

from __future__ import annotations

import datetime
import importlib.metadata
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CACHE = Path(os.environ.get("CODEGEN_TEST_DEPS", Path.home() / ".cache" / "codegen-test-deps"))


def _pip(*args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pip", "--disable-pip-version-check", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def newest(requirement: str) -> str | None:
    """The newest release pip would install for `requirement` (e.g. 'pyyaml>=6.0'); None: index unreachable."""
    name = requirement.split(">")[0].split("=")[0].split("<")[0].strip()
    marker = CACHE / f"{name}.newest.json"
    try:  # one look-up a day is enough
        cached = json.loads(marker.read_text())
        if cached["requirement"] == requirement and cached["day"] == _today():
            return str(cached["version"])
    except (OSError, ValueError, KeyError):
        pass
    result = _pip("index", "versions", name, "--only-binary=:all:", timeout=60)
    if result.returncode != 0:
        return None
    # "pyyaml (6.0.4)" on the first line
    first = result.stdout.splitlines()[0] if result.stdout else ""
    if "(" not in first:
        return None
    version = first.split("(", 1)[1].split(")", 1)[0]
    CACHE.mkdir(parents=True, exist_ok=True)
    marker.write_text(json.dumps({"requirement": requirement, "day": _today(), "version": version}))
    return version


def _today() -> str:
    return datetime.date.today().isoformat()


def release_path(name: str, version: str) -> Path:
    """A folder holding release `version` of `name`, to put first on `sys.path`; skips when it cannot be installed."""
    folder = CACHE / f"{name}-{version}"
    done = folder / ".installed"
    if not done.is_file():
        partial = folder.with_name(folder.name + ".partial")
        subprocess.run(["rm", "-rf", str(partial)], check=False)
        result = _pip(
            "install", "--quiet", "--no-deps", "--only-binary=:all:", "--target", str(partial), f"{name}=={version}"
        )
        if result.returncode != 0:
            pytest.skip(f"cannot install {name}=={version} to test it (pip: {result.stderr.strip()[-300:]})")
        subprocess.run(["rm", "-rf", str(folder)], check=False)
        partial.rename(folder)
        done.write_text(version)
    return folder


def installed_version(distribution: str) -> str:
    return importlib.metadata.version(distribution)
