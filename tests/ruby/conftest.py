"""Fixtures of the Ruby client's tests: Debian's ruby and minitest, and a freshly generated gem.

The tests skip (with the reason) where ruby or minitest is missing: `scripts/test.sh` installs
them (`apt-get install ruby ruby-minitest`) when it runs as root.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.ir.convert import convert
from generator.ir.model import Api
from generator.load.loader import load
from generator.targets import Job
from generator.targets.ruby import TARGET
from generator.targets.ruby.names import RubyNames
from generator.targets.ruby.options import RubyOptions

from ..conftest import DEFAULT_SPEC

OPTIONS = RubyOptions(gem="stripe_api", module="Stripe", client_class="StripeClient", resource_methods=True)
SUITE = Path(__file__).resolve().parent / "suite"


def ruby_or_skip() -> str:
    ruby = shutil.which("ruby")
    if ruby is None:
        pytest.skip("ruby is not installed (apt-get install ruby ruby-minitest; scripts/test.sh does it as root)")
    found = subprocess.run([ruby, "-e", 'require "minitest"'], capture_output=True, text=True, check=False)
    if found.returncode != 0:
        pytest.skip("minitest is not installed (apt-get install ruby-minitest)")
    return ruby


def write_gem(api: Api, spec_name: str, out: Path) -> Path:
    files = TARGET.render(Job(api, {"ruby": OPTIONS}, spec_name))
    for relative, text in files.items():
        path = out / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
    return out


def run_ruby(ruby: str, gem: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 300) -> str:
    """`ruby -w -I <gem>/lib args...`; fails the test on a non-zero exit or any warning."""
    done = subprocess.run(
        [ruby, "-w", "-I", str(gem / "lib"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        check=False,
    )
    assert done.returncode == 0, f"ruby failed ({done.returncode}):\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    assert "warning:" not in done.stderr, done.stderr[-4000:]
    return done.stdout


@pytest.fixture(scope="session")
def ruby() -> str:
    return ruby_or_skip()


@pytest.fixture(scope="session")
def default_api() -> Api:
    api, issues = convert(load(DEFAULT_SPEC))
    assert not issues
    return api


@pytest.fixture(scope="session")
def default_names(default_api: Api) -> RubyNames:
    return RubyNames(Job(default_api, {"ruby": OPTIONS}, DEFAULT_SPEC.name).sdk, OPTIONS.module, OPTIONS.client_class)


@pytest.fixture(scope="session")
def default_gem(default_api: Api, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_gem(default_api, DEFAULT_SPEC.name, tmp_path_factory.mktemp("ruby-gem"))
