"""The Ruby client of Stripe's whole spec: it generates, every file loads with `ruby -w`, its
signatures are well formed, and a fixed sample of 20 operations runs against `codegen mock`."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.ir.model import Api
from generator.targets import Job
from generator.targets.ruby.names import RubyNames

from ..mock.conftest import MockProcess
from .checks import e2e_cases, rbs_problems
from .conftest import OPTIONS, SUITE, run_ruby, write_gem

SAMPLE = 20


# (`stripe_api`: Stripe's model, shared, tests/conftest.py)


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


def test_method_names_as_stripe_ruby_spells_them(stripe_api: Api) -> None:
    names = RubyNames(Job(stripe_api, {"ruby": OPTIONS}, "stripe").sdk, OPTIONS.module, OPTIONS.client_class)
    spelled = {
        f"{names.call_path(m.resource_id)}.{names.method_name(m)}"
        for m in names.sdk.methods()
        if m.name in ("send", "fail")
    }
    assert "invoices.send_invoice" in spelled
    assert "test_helpers.treasury.inbound_transfers.fail" in spelled


def test_delete_of_a_union_of_deleted_variants(ruby: str, stripe_gem: Path) -> None:
    """`customers.sources.delete` answers `payment_source | deleted_payment_source` (unions of
    unions): the object comes back as the class of its `object`, deleted or not."""
    script = """
    answers = [{ id: "ba_1", object: "bank_account", deleted: true }, { id: "card_1", object: "card", deleted: true },
               { id: "card_1", object: "card", last4: "4242" }]
    http = Object.new
    http.define_singleton_method(:call) { |_request| [200, {}, JSON.generate(answers.shift)] }
    sources = Stripe::StripeClient.new("sk_test", http_client: http).customers.sources
    puts 3.times.map { sources.delete("cus_1", "src_1").class.name }.join(",")
    """
    out = run_ruby(ruby, stripe_gem, "-e", 'require "stripe_api"', "-e", script)
    assert out.strip() == "Stripe::DeletedBankAccount,Stripe::DeletedCard,Stripe::Card"


def test_the_gems_own_suite_against_the_mock(ruby: str, stripe_gem: Path, stripe_mock: MockProcess) -> None:
    """The shipped `test/stripe_api_test.rb`: every one of Stripe's operations with the spec's
    example values, the operations of files.stripe.com sent to the mock too, and a resource class."""
    suite = stripe_gem / "test" / "stripe_api_test.rb"
    out = run_ruby(ruby, stripe_gem, str(suite), env={"MOCK_URL": stripe_mock.url}, timeout=600)
    assert "0 failures, 0 errors" in out, out[-4000:]
    assert int(out.rsplit(" runs,", 1)[0].rsplit("\n", 1)[-1]) > 400
