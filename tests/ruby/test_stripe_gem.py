"""The Ruby client of Stripe's whole spec: it generates, every file loads with `ruby -w`, its
signatures are well formed, and a fixed sample of 20 operations runs against `codegen mock`."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.ir.convert import convert
from generator.ir.model import Api
from generator.load.loader import load
from generator.targets import Job
from generator.targets.ruby.names import RubyNames

from ..mock.conftest import MockProcess
from .checks import e2e_cases, rbs_problems
from .conftest import OPTIONS, SUITE, run_ruby, write_gem

SAMPLE = 20


@pytest.fixture(scope="module")
def stripe_api(stripe_spec: Path) -> Api:
    api, _ = convert(load(stripe_spec))
    return api


@pytest.fixture(scope="module")
def stripe_gem(stripe_api: Api, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_gem(stripe_api, "stripe-spec3-2023-09-12.yaml", tmp_path_factory.mktemp("ruby-stripe"))


@pytest.fixture(scope="module")
def stripe_mock(stripe_spec: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockProcess]:
    process = MockProcess(stripe_spec, tmp_path_factory.mktemp("mock-cache"))
    yield process
    assert process.stop() == 0, "".join(process.stderr)


def test_whole_gem_loads_without_a_warning(ruby: str, stripe_gem: Path) -> None:
    files = sorted(str(path) for path in (stripe_gem / "lib").rglob("*.rb"))
    assert len(files) > 500
    script = 'require "stripe_api"; ARGV.each { |file| require file }; puts Stripe.constants.size'
    assert int(run_ruby(ruby, stripe_gem, "-e", script, *files)) > 500


def test_signatures(stripe_gem: Path) -> None:
    assert not rbs_problems(stripe_gem)[:20]


def test_twenty_operations_against_the_mock(
    ruby: str, stripe_gem: Path, stripe_api: Api, stripe_mock: MockProcess, tmp_path: Path
) -> None:
    sdk = Job(stripe_api, {"ruby": OPTIONS}, "stripe").sdk
    names = RubyNames(sdk, OPTIONS.module, OPTIONS.client_class)
    cases = e2e_cases(stripe_api, sdk, names, OPTIONS.module)
    chosen = random.Random(19).sample(cases, SAMPLE)
    (tmp_path / "cases.json").write_text(json.dumps(chosen))
    env = {"CASES": str(tmp_path / "cases.json"), "MOCK_URL": stripe_mock.url}
    out = run_ruby(ruby, stripe_gem, str(SUITE / "test_e2e_mock.rb"), env=env)
    assert "0 failures, 0 errors" in out, out
