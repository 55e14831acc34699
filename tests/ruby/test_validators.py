"""The Ruby gem's request validators give the Python client's verdicts, case by case.

The cases are the Python differential test's corpus (see `tests/validation/differential.py`):
valid params generated from the spec and targeted mutations of them, for every operation of
the default spec and a fixed-seed sample of Stripe's. All of them run in one ruby process
(`validators_differential.py`); the verdicts, and the first failing parameter's path, must be
Python's on every case.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import Config
from generator.ir.model import Api
from generator.pipeline import load_api
from generator.targets.python.validation import ValidatorSet
from generator.targets.ruby.validation import ruby_pattern

from ..conftest import DEFAULT_SPEC
from ..validation.differential import candidates, sample
from .validators_differential import Case, Comparison, collect, compare, load_python, write_validators

DEFAULT_EXAMPLES = 10
STRIPE_SAMPLE = 120
SEED = 20230912
MUTATIONS = 6


@pytest.fixture(scope="module")
def default_api() -> Api:
    return load_api(DEFAULT_SPEC, Config(), None).api


def _report(comparison: Comparison) -> str:
    return "\n".join([comparison.summary(), *comparison.disagreements[:10]])


def test_default_spec_verdicts_equal_pythons(ruby: str, default_api: Api, tmp_path: Path) -> None:
    comparison = Comparison()
    found = candidates(DEFAULT_SPEC, default_api, load_python(default_api), responses=False)
    cases, _ = collect(default_api, found, DEFAULT_EXAMPLES, MUTATIONS, comparison)
    compare(ruby, write_validators(default_api, tmp_path), cases, comparison)
    print(f"\nRuby validators, default spec: {comparison.summary()}")
    assert comparison.cases >= 1000
    assert 0 < comparison.valid < comparison.cases
    assert not comparison.disagreements, _report(comparison)


def test_stripe_sample_verdicts_equal_pythons(
    ruby: str, stripe_spec: Path, stripe_api: Api, stripe_validators: ValidatorSet, tmp_path: Path
) -> None:
    api = stripe_api
    comparison = Comparison()
    found = candidates(stripe_spec, api, stripe_validators, responses=False, depth=2)
    cases, _ = collect(api, sample(found, STRIPE_SAMPLE, SEED), 1, MUTATIONS, comparison)
    compare(ruby, write_validators(api, tmp_path), cases, comparison)
    print(f"\nRuby validators, Stripe sample: {comparison.summary()}")
    assert comparison.cases >= 500
    assert not comparison.disagreements, _report(comparison)


def test_default_spec_response_verdicts_equal_pythons(ruby: str, default_api: Api, tmp_path: Path) -> None:
    """`Validators.<op>_response` (what a `strict: true` client checks) judges responses as the
    Python client's `strict=True` does: nil a value, enums open, `oneOf` not exclusive."""
    comparison = Comparison()
    found = candidates(DEFAULT_SPEC, default_api, load_python(default_api), params=False, responses=True)
    cases, _ = collect(default_api, found, DEFAULT_EXAMPLES, MUTATIONS, comparison)
    compare(ruby, write_validators(default_api, tmp_path), cases, comparison)
    print(f"\nRuby response validators, default spec: {comparison.summary()}")
    assert comparison.cases >= 500
    assert 0 < comparison.valid < comparison.cases
    assert not comparison.disagreements, _report(comparison)


def test_stripe_sample_response_verdicts_equal_pythons(
    ruby: str, stripe_spec: Path, stripe_api: Api, stripe_validators: ValidatorSet, tmp_path: Path
) -> None:
    api = stripe_api
    comparison = Comparison()
    found = candidates(stripe_spec, api, stripe_validators, params=False, responses=True, depth=2)
    cases, _ = collect(api, sample(found, STRIPE_SAMPLE, SEED), 1, MUTATIONS, comparison)
    compare(ruby, write_validators(api, tmp_path), cases, comparison)
    print(f"\nRuby response validators, Stripe sample: {comparison.summary()}")
    assert comparison.cases >= 300
    assert not comparison.disagreements, _report(comparison)


def test_a_wrong_verdict_is_caught(ruby: str, default_api: Api, tmp_path: Path) -> None:
    """The comparison can fail: a case whose recorded verdict is flipped disagrees."""
    folder = write_validators(default_api, tmp_path)
    comparison = Comparison()
    cases = [
        Case("params customers.create", "customers_create", {"email": 5}, True, None),
        Case("params customers.create", "customers_create", {"email": 5}, False, ["name"]),
        Case("params customers.create", "customers_create", {"email": "a"}, True, None),
    ]
    compare(ruby, folder, cases, comparison)
    assert comparison.cases == 3 and len(comparison.disagreements) == 2


@pytest.mark.parametrize(
    ("pattern", "ruby_source"),
    [
        ("^a$", "\\Aa(?=\\n?\\z)"),
        ("[$^]x", "[$^]x"),
        ("\\$\\^", "\\$\\^"),
        ("(?P<n>a)\\Z", "(?<n>a)\\z"),
    ],
)
def test_patterns_anchor_the_string(pattern: str, ruby_source: str) -> None:
    assert ruby_pattern(pattern) == ruby_source


def test_a_spec_pattern_ruby_warns_about_loads_silently(ruby: str, tmp_path: Path) -> None:
    """`ruby -w` stays quiet when a spec's pattern repeats a range (`[a-za-z]`: asana's), which
    Ruby warns about as it compiles it; a pattern Ruby cannot compile is left unchecked."""
    import subprocess

    runtime = Path(__file__).parents[2] / "templates" / "ruby" / "runtime" / "validation.rb"
    script = tmp_path / "patterns.rb"
    script.write_text(
        f'require_relative "{runtime}"\ninclude Validation\n'
        'p [pattern("[a-za-z]").match?("b"), pattern("("), $VERBOSE]\n'
    )
    done = subprocess.run([ruby, "-w", str(script)], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert done.stdout.strip() == "[true, nil, true]"
