"""README's "Mock server" section: its commands call the port they started on, and its client example runs."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from ..conftest import ROOT
from .conftest import MockProcess

DEFAULT_PORT = 12111


def _section() -> str:
    readme = (ROOT / "README.md").read_text("utf-8")
    return readme.split("\n## Mock server\n", 1)[1].split("\n## ", 1)[0]


def test_each_example_calls_the_port_its_mock_listens_on() -> None:
    commands = [line.strip() for line in _section().splitlines() if line.startswith("    ")]
    port: int | None = None
    calls = 0
    for command in commands:
        if command.startswith("codegen mock"):
            given = re.search(r"--port[ =](\d+)", command)
            port = int(given.group(1)) if given else DEFAULT_PORT
        for called in re.findall(r"https?://127\.0\.0\.1:(\d+)", command):
            calls += 1
            assert port is not None and port != 0, f"{command!r}: which mock? (--port 0 picks a port; say which)"
            assert int(called) == port, f"{command!r} calls port {called}, the mock above listens on {port}"
    assert calls, "the section has no example call"


def test_the_client_example_runs_against_the_mock(default_mock: MockProcess) -> None:
    (example,) = re.findall(r"```python\n(.*?)```", _section(), re.DOTALL)
    assert "base_url=" in example
    code = example.replace(f"http://127.0.0.1:{DEFAULT_PORT}", default_mock.url)
    code += "assert customer.id == 'cus_123', customer\nprint(type(customer).__name__)\n"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "generated" / "python"), os.environ.get("PYTHONPATH")])),
    }
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Customer"
