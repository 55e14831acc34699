"""Fixtures of the TypeScript runtime's tests: node, the pinned tools, the compiled tests.

The tests skip (saying why) where node or npm is missing. `tools/typescript/` pins the
TypeScript compiler, Node's types and the `stripe` npm package (the form encoder's oracle);
`npm ci` installs them there when its `node_modules` is missing or older than the lockfile.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from ..conftest import ROOT

TOOLS = ROOT / "tools" / "typescript"
HERE = Path(__file__).resolve().parent
RUNTIME = ROOT / "templates" / "typescript" / "runtime"
MIN_NODE = 18


def _node_major(node: str) -> int:
    version = subprocess.run([node, "--version"], capture_output=True, text=True, check=True).stdout.strip()
    return int(version.lstrip("v").split(".")[0])


@pytest.fixture(scope="session")
def node() -> str:
    found = shutil.which("node")
    if found is None:
        pytest.skip("node is not installed: the TypeScript runtime's tests need Node 18+ (apt-get install nodejs npm)")
    if _node_major(found) < MIN_NODE:
        pytest.skip(f"node {_node_major(found)} is too old: the TypeScript runtime needs Node {MIN_NODE}+")
    return found


def _installed() -> bool:
    marker = TOOLS / "node_modules" / ".package-lock.json"
    lock = TOOLS / "package-lock.json"
    compiler = TOOLS / "node_modules" / ".bin" / "tsc"
    return marker.is_file() and marker.stat().st_mtime >= lock.stat().st_mtime and compiler.exists()


@pytest.fixture(scope="session")
def tools(node: str) -> Path:
    """tools/typescript with its node_modules installed (`npm ci`, offline first)."""
    if not _installed():
        npm = shutil.which("npm")
        if npm is None:
            pytest.skip("npm is not installed: it installs the TypeScript compiler (tools/typescript)")
        done = subprocess.run(
            [npm, "ci", "--prefer-offline", "--no-audit", "--no-fund"],
            cwd=TOOLS,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if done.returncode != 0:
            pytest.skip(f"npm ci failed in tools/typescript (no registry?): {done.stderr.strip()[-500:]}")
    return TOOLS


def tsc(tools: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(tools / "node_modules" / ".bin" / "tsc"), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.fixture(scope="session")
def compiled(tools: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The runtime and the node:test files compiled to ES modules; the folder of the tests' .js."""
    out = tmp_path_factory.mktemp("ts-build")
    done = tsc(tools, "-p", str(HERE / "tsconfig.tests.json"), "--outDir", str(out))
    assert done.returncode == 0, done.stdout + done.stderr
    (out / "package.json").write_text(json.dumps({"type": "module"}), encoding="utf-8")
    return out / "tests" / "typescript" / "node"


def run_node_test(node: str, compiled: Path, name: str, env: dict[str, str] | None = None) -> tuple[int, int, str]:
    """`node --test` on one compiled test file: (passed, failed, output); fails the test when any failed."""
    done = subprocess.run(
        [node, "--test", "--test-reporter=tap", str(compiled / f"{name}.test.js")],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "TS_TOOLS": str(TOOLS), **(env or {})},
        check=False,
    )
    output = done.stdout + done.stderr
    counts = {key: 0 for key in ("pass", "fail", "skipped")}
    for line in done.stdout.splitlines():
        for key in counts:
            if line.startswith(f"# {key} "):
                counts[key] = int(line.split()[-1])
    failures = "\n".join(line for line in output.splitlines() if "not ok" in line or "Error" in line)
    assert done.returncode == 0 and counts["fail"] == 0, f"{name}: {counts}\n{failures}\n{output[-6000:]}"
    assert counts["skipped"] == 0, f"{name}: a node test skipped (its input was not given)\n{output[-3000:]}"
    assert counts["pass"] > 0, output[-3000:]
    return counts["pass"], counts["fail"], output
