"""Helpers for the hostile-input tests: render a spec in memory, check generated Python is inert."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator.config import Config
from generator.pipeline import Loaded, load_api, render

from ..mypy_cache import cache_dir
from .corpus import CANARY

PACKAGE = "hostile_api"
CLIENT = "HostileClient"

#: Modules generated code (outside the verbatim `_runtime/`) may import by absolute name.
ALLOWED_IMPORTS = frozenset(
    {"__future__", "typing", "httpx", "importlib", "platform", "functools", "types", "collections.abc", "re", "math"}
    | {"json"}  # (the webhooks module parses the event it has verified)
)
#: The test suite shipped with a generated package also imports these, and the package itself.
ALLOWED_IN_SHIPPED_TESTS = frozenset({"os", "pytest"})
#: Calls that would let spec text run: none may appear in generated code.
FORBIDDEN_CALLS = frozenset(
    {
        "eval",
        "exec",
        "__import__",
        "compile",
        "system",
        "popen",
        "spawn",
        "getcwd",
        "open",
        "remove",
        "unlink",
        "rmtree",
    }
)
_ASCII_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


@dataclass
class Rendered:
    loaded: Loaded
    files: dict[str, bytes]  # output path (target/relative) -> content

    def python(self) -> dict[str, str]:
        """Generated Python modules of the client, without the verbatim runtime."""
        return {
            path: content.decode("utf-8")
            for path, content in self.files.items()
            if path.startswith("python/") and path.endswith(".py") and "/_runtime/" not in path
        }


def render_spec(spec: Path, targets: tuple[str, ...] = ("python", "ir", "docs")) -> Rendered:
    """Load, validate, convert and render `spec` in memory (formatted, not written)."""
    config = Config(spec=spec, tables={"python": {"package": PACKAGE, "client_class": CLIENT}}, targets=targets)
    loaded = load_api(spec, config, None)
    output = render(loaded, config)
    return Rendered(loaded, dict(output.files))


def write_tree(files: Mapping[str, bytes], out: Path) -> Path:
    for relative, content in files.items():
        target = out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    return out


def inert_problems(path: str, source: str) -> list[str]:
    """Why `source` might run spec text: it does not compile, imports or calls what it must not,
    or has an identifier that is not plain ASCII (a look-alike that got through)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # `"\_"`: a warning in 3.11, an error in later Pythons
            tree = ast.parse(source, path)
            compile(source, path, "exec")
    except (SyntaxError, SyntaxWarning, DeprecationWarning, ValueError) as exc:
        return [f"{path}: does not compile: {exc}"]
    problems: list[str] = []
    shipped_test = "/tests/" in f"/{path}"
    allowed = ALLOWED_IMPORTS | (ALLOWED_IN_SHIPPED_TESTS if shipped_test else frozenset())
    for node in ast.walk(tree):
        where = f"{path}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Import):
            problems += [f"{where}: import {a.name}" for a in node.names if a.name not in allowed]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module not in allowed:
            # (a shipped test imports the package under test by its name: a plain identifier)
            if not (shipped_test and node.module is not None and _ASCII_IDENTIFIER.match(node.module)):
                problems.append(f"{where}: from {node.module} import")
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name in FORBIDDEN_CALLS:
                problems.append(f"{where}: calls {name}()")
        for name in _identifiers(node):
            if not _ASCII_IDENTIFIER.match(name):
                problems.append(f"{where}: identifier {name!r} is not plain ASCII")
    return problems


def _identifiers(node: ast.AST) -> Iterator[str]:
    if isinstance(node, ast.Name):
        yield node.id
    elif isinstance(node, ast.Attribute):
        yield node.attr
    elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        yield node.name
    elif isinstance(node, ast.arg):
        yield node.arg
    elif isinstance(node, ast.alias):
        yield from node.name.split(".")
        if node.asname:
            yield node.asname
    elif isinstance(node, ast.keyword) and node.arg is not None:
        yield node.arg


def run_python(code: str, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run `code` in a fresh interpreter with `cwd` first on sys.path."""
    env = {**os.environ, "PYTHONPATH": str(cwd), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )


def mypy_strict(*packages: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """`mypy --strict` over generated package folders (each folder's name is its module name)."""
    roots = sorted({str(p.parent) for p in packages})
    env = {**os.environ, "MYPYPATH": os.pathsep.join(roots)}
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", cache_dir("--strict")] + [str(p) for p in packages],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=roots[0] if roots else None,
    )


#: Imports every module of the package, builds both clients, touches every service.
EXERCISE = """
import importlib, inspect, pkgutil, sys
pkg = importlib.import_module({package!r})
names = [m.name for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + ".")]
for name in names:
    importlib.import_module(name)
def make(cls):  # the credentials the spec declares (none, an API key, a user name and password...)
    wanted = [p for p in inspect.signature(cls).parameters.values() if p.default is p.empty]
    return cls(*["sk_test_hostile"] * len(wanted))
client = make(getattr(pkg, {client!r}))
for attr in dir(type(client)):
    if not attr.startswith("_") and attr not in ("close",):
        getattr(client, attr)
aclient = make(getattr(pkg, "Async" + {client!r}))
for attr in dir(type(aclient)):
    if not attr.startswith("_") and attr not in ("close",):
        getattr(aclient, attr)
for name in pkg.__all__:
    getattr(pkg, name)
print(len(names))
"""


def exercise(package_root: Path) -> subprocess.CompletedProcess[str]:
    return run_python(EXERCISE.format(package=PACKAGE, client=CLIENT), package_root)


@pytest.fixture(autouse=True)
def _canary() -> Iterator[None]:
    """No test here may leave the canary behind: it means spec text ran."""
    if os.path.exists(CANARY):
        os.remove(CANARY)
    yield
    assert not os.path.exists(CANARY), f"{CANARY} exists: a payload from a spec was executed"


def find_in_tree(files: Mapping[str, bytes], needle: bytes) -> list[str]:
    return [path for path, content in files.items() if needle in content]


def json_load(data: bytes) -> Any:
    import json

    return json.loads(data)
