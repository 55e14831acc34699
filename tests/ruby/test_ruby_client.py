"""The Ruby client of the default spec: its own minitest suite driven from here, over real HTTP.

- every operation end to end against `codegen mock` (a child process);
- the Python client's wire table (tests/wire_table.py) byte for byte, and faults (reset, 500,
  409, 429 with Retry-After) retried with one Idempotency-Key, against a scripted server;
- every object of the spec parsed from Stripe's fixtures;
- `ruby -w` loads every file without a warning; the RBS signatures are well formed and cover
  every public class and method (structurally: `rbs` itself cannot be installed here).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.ir.model import Api
from generator.targets import Job
from generator.targets.ruby.names import RubyNames

from ..conftest import DEFAULT_SPEC, ROOT, SHARED
from ..mock.conftest import MockProcess
from ..wire_table import portable_cases
from .checks import e2e_cases, rbs_problems
from .conftest import OPTIONS, SUITE, run_ruby

FIXTURE_FILES = ("stripe-fixtures3-2023-09-12.json", "stripe-fixtures3-2026-08-21.json")


@pytest.fixture(scope="module")
def mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockProcess]:
    process = MockProcess(DEFAULT_SPEC, tmp_path_factory.mktemp("mock-cache"))
    yield process
    assert process.stop() == 0, "".join(process.stderr)


def test_every_file_loads_without_a_warning(ruby: str, default_gem: Path) -> None:
    files = sorted(str(path) for path in (default_gem / "lib").rglob("*.rb"))
    script = 'require "stripe_api"; ARGV.each { |file| require file }; puts $LOADED_FEATURES.size'
    run_ruby(ruby, default_gem, "-e", script, *files)


def test_every_operation_against_the_mock(
    ruby: str, default_gem: Path, default_api: Api, default_names: RubyNames, mock: MockProcess, tmp_path: Path
) -> None:
    cases = e2e_cases(default_api, default_names.sdk, default_names, OPTIONS.module)
    assert len(cases) == len(list(default_names.sdk.methods()))
    (tmp_path / "cases.json").write_text(json.dumps(cases))
    env = {"CASES": str(tmp_path / "cases.json"), "MOCK_URL": mock.url}
    out = run_ruby(ruby, default_gem, str(SUITE / "test_e2e_mock.rb"), env=env)
    assert "0 failures, 0 errors" in out, out


def test_wire_table_and_faults(ruby: str, default_gem: Path, tmp_path: Path) -> None:
    (tmp_path / "wire.json").write_text(json.dumps(portable_cases(), ensure_ascii=False), encoding="utf-8")
    out = run_ruby(
        ruby, default_gem, str(SUITE / "test_wire_and_faults.rb"), env={"WIRE_TABLE": str(tmp_path / "wire.json")}
    )
    assert "0 failures, 0 errors" in out, out


def test_every_object_from_stripe_fixtures(
    ruby: str, default_gem: Path, default_api: Api, default_names: RubyNames, tmp_path: Path
) -> None:
    found = [SHARED / name for name in FIXTURE_FILES if (SHARED / name).is_file()]
    if not found:
        pytest.skip(f"Stripe's fixtures are not in {SHARED} (third-party data kept in ../shared)")
    resources: dict[str, object] = {}
    for path in reversed(found):  # the older file wins where both have an object
        resources.update(json.loads(path.read_text(encoding="utf-8"))["resources"])
    objects = {}
    for schema in default_api.schemas.values():
        if schema.object_name and schema.id in default_names.models and not schema.deleted:
            assert schema.object_name in resources, f"no fixture of {schema.object_name}"
            objects[f"{OPTIONS.module}::{default_names.model(schema.id).path}"] = resources[schema.object_name]
    assert len(objects) >= 5
    (tmp_path / "fixtures.json").write_text(json.dumps(objects))
    out = run_ruby(
        ruby, default_gem, str(SUITE / "test_fixtures.rb"), env={"FIXTURES": str(tmp_path / "fixtures.json")}
    )
    assert "0 failures, 0 errors" in out, out


def test_signatures_cover_every_public_class_and_method(default_gem: Path) -> None:
    assert not rbs_problems(default_gem)


def test_signature_check_catches_a_missing_method(default_gem: Path, tmp_path: Path) -> None:
    copy = tmp_path / "gem"
    for path in default_gem.rglob("*"):
        if path.is_file():
            target = copy / path.relative_to(default_gem)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
    sig = copy / "sig" / "stripe_api" / "client.rbs"
    sig.write_text(sig.read_text().replace("def customers:", "def customerz:"))
    (copy / "sig" / "stripe_api" / "runtime.rbs").write_text("class Broken(\n")
    problems = rbs_problems(copy)
    assert any("method customers has no signature" in p for p in problems)
    assert any("not RBS" in p for p in problems)


def test_generated_gem_is_committed(default_gem: Path) -> None:
    committed = ROOT / "generated" / "ruby"
    if not committed.is_dir():
        pytest.skip("generated/ruby is not committed yet")
    fresh = {p.relative_to(default_gem) for p in default_gem.rglob("*") if p.is_file()}
    kept = {p.relative_to(committed) for p in committed.rglob("*") if p.is_file()}
    assert fresh == kept
    for relative in fresh:
        assert (default_gem / relative).read_bytes() == (committed / relative).read_bytes(), relative


def test_options_from_another_module(default_api: Api, tmp_path: Path, ruby: str) -> None:
    from generator.targets.ruby.options import RubyOptions

    options = RubyOptions(gem="acme_pay", module="Acme::Pay", client_class="Client", version="2.0.0")
    files = __import__("generator.targets.ruby", fromlist=["TARGET"]).TARGET.render(
        Job(default_api, {"ruby": options}, "x.yaml")
    )
    assert "acme_pay.gemspec" in files and "lib/acme_pay.rb" in files
    for relative, text in files.items():
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text(str(text))
    out = run_ruby(ruby, tmp_path, "-e", 'require "acme_pay"; puts Acme::Pay::Client.new("sk").customer_sessions.class')
    assert out.strip() == "Acme::Pay::CustomerSessionService"


def test_the_gems_own_suite_against_the_mock(ruby: str, default_gem: Path, mock: MockProcess) -> None:
    """`test/stripe_api_test.rb`, shipped with the gem: every operation with the spec's example
    values, as a user runs it (README: Tests)."""
    out = run_ruby(ruby, default_gem, str(default_gem / "test" / "stripe_api_test.rb"), env={"MOCK_URL": mock.url})
    assert "0 failures, 0 errors" in out, out
    assert "runs" in out


def test_request_validation(ruby: str, default_gem: Path) -> None:
    out = run_ruby(ruby, default_gem, str(SUITE / "test_validation.rb"))
    assert "0 failures, 0 errors" in out, out
