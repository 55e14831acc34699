"""Fixtures for the runtime tests.

* ``rt``: the runtime copied from ``templates/python/runtime`` into a temp dir as
  the package ``rtpkg._runtime`` (as the generator does) and imported from there.
* ``server``: a factory of real HTTP servers on 127.0.0.1 (see ``rt_server``).
"""

from __future__ import annotations

import importlib
import shutil
import socket
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

# Make the helper module importable as ``rt_server`` whatever pytest's import mode.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from rt_server import LocalServer, Responder

RUNTIME_SRC = Path(__file__).resolve().parents[2] / "templates" / "python" / "runtime"
API_KEY = "sk_test_51SECRETkeyNEVERshown0123456789"


@pytest.fixture(scope="session")
def rt_root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A temp dir holding ``rtpkg/__init__.py`` and ``rtpkg/_runtime/`` (the copy), on sys.path."""
    root = tmp_path_factory.mktemp("rt")
    package = root / "rtpkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    shutil.copytree(RUNTIME_SRC, package / "_runtime", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    sys.path.insert(0, str(root))
    try:
        yield root
    finally:
        sys.path.remove(str(root))
        for name in [m for m in sys.modules if m == "rtpkg" or m.startswith("rtpkg.")]:
            del sys.modules[name]


@pytest.fixture(scope="session")
def rt(rt_root: Path) -> ModuleType:
    """The copied runtime package, ``rtpkg._runtime``."""
    return importlib.import_module("rtpkg._runtime")


@pytest.fixture(scope="session")
def api_key() -> str:
    return API_KEY


@pytest.fixture
def server() -> Iterator[Callable[[Responder], LocalServer]]:
    """Factory: ``server(respond)`` starts a LocalServer, stopped after the test."""
    started: list[LocalServer] = []

    def start(respond: Responder) -> LocalServer:
        instance = LocalServer(respond)
        started.append(instance)
        return instance

    yield start
    for instance in started:
        instance.close()


@pytest.fixture
def free_port() -> int:
    """A loopback port with nothing listening on it (connections are refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
