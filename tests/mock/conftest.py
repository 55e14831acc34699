"""Fixtures for the mock server tests: `codegen mock` started as a real child process.

`MockProcess` starts `python -m generator mock --port 0`, waits for its listening
line and reads the port from it; stopping sends SIGTERM and checks a clean exit.
Each process gets a cache folder of its own unless one is given.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from generator.ir.model import Operation
from generator.load.loader import LoadedSpec, load

from ..conftest import DEFAULT_SPEC, ROOT

pytest.importorskip("uvicorn", reason="codegen mock needs its server: pip install -e '.[mock]'")

API_KEY = "sk_test_mock"
START_TIMEOUT = 90.0


class MockProcess:
    def __init__(self, spec: Path, cache: Path, *args: str) -> None:
        env = {**os.environ, "CODEGEN_CACHE_DIR": str(cache)}
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        self.process = subprocess.Popen(
            [sys.executable, "-m", "generator", "mock", "--spec", str(spec), "--port", "0", *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.stderr: list[str] = []
        self._drain = threading.Thread(target=self._read_stderr, daemon=True)
        self._drain.start()
        self.url = self._wait_for_url()

    def _read_stderr(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.stderr.append(line)

    def _wait_for_url(self) -> str:
        assert self.process.stdout is not None
        found: list[str] = []
        reader = threading.Thread(target=lambda: found.append(self.process.stdout.readline()), daemon=True)  # type: ignore[union-attr]
        reader.start()
        reader.join(START_TIMEOUT)
        line = found[0] if found else ""
        if "listening on http://" not in line:
            self.process.kill()
            self.process.wait()
            self._drain.join(5)
            raise AssertionError(f"mock did not start: {line!r}\n{''.join(self.stderr)}")
        return line.split("listening on ", 1)[1].split(" ", 1)[0]

    def client(self, **kwargs: Any) -> httpx.Client:
        kwargs.setdefault("auth", (API_KEY, ""))
        return httpx.Client(base_url=self.url, timeout=30, **kwargs)

    def stop(self, how: int = signal.SIGTERM) -> int:
        if self.process.poll() is None:
            self.process.send_signal(how)
        code = self.process.wait(timeout=30)
        self._drain.join(5)
        return code


@pytest.fixture(scope="session")
def default_spec() -> Path:
    if not DEFAULT_SPEC.is_file():
        pytest.skip(f"{DEFAULT_SPEC} is not here yet")
    return DEFAULT_SPEC


@pytest.fixture(scope="module")
def mock_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mock-cache")


@pytest.fixture(scope="module")
def default_mock(default_spec: Path, mock_cache: Path) -> Iterator[MockProcess]:
    mock = MockProcess(default_spec, mock_cache)
    yield mock
    assert mock.stop() == 0, "".join(mock.stderr)


class ResponseChecker:
    """A reference validator (openapi-schema-validator) over the spec document itself."""

    def __init__(self, spec: LoadedSpec) -> None:
        self.root = spec.root.path.as_uri()
        self.registry: Registry[Any] = Registry().with_resources(
            (doc.path.as_uri(), Resource.from_contents(doc.data, default_specification=DRAFT4))
            for doc in spec.documents.values()
        )

    def errors(self, op: Operation, body: Any) -> list[str]:
        pointer = "/".join(
            part.replace("~", "~0").replace("/", "~1")
            for part in ("paths", op.path, op.http_method, "responses", op.response_status, "content")
        )
        schema = {"$ref": f"{self.root}#/{pointer}/application~1json/schema"}
        validator = OAS30Validator(schema, registry=self.registry)
        return [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:300]}" for e in validator.iter_errors(body)]


@pytest.fixture(scope="session")
def default_loaded(default_spec: Path) -> LoadedSpec:
    return load(default_spec)
