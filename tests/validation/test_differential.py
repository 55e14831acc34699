"""Differential tests: the generated validators must agree with `openapi-schema-validator`.

Instances come from `hypothesis-jsonschema` (valid ones) and targeted mutations of them
(see `differential.py`); the reference schemas are built from the spec document itself
(see `reference.py`). The default run keeps to a few thousand instances;
`benchmarks/bench_validators.py --instances 100000` runs the big one.
"""

from __future__ import annotations

from pathlib import Path

from generator.ir.model import Api
from generator.targets.python.validation import ValidatorSet

from .differential import Subject, Tally, build, candidates, judge, run, sample, subjects, without_none

DEFAULT_EXAMPLES = 3
STRIPE_EXAMPLES = 1
MUTATIONS = 6
STRIPE_SAMPLE = 200
STRIPE_DEPTH = 2
SEED = 20230912


def _report(tally: Tally) -> str:
    lines = [tally.summary()]
    for found in tally.disagreements[:10]:
        lines.append(f"  {found.subject}: ours {found.ours}, reference {'valid' if found.reference else 'invalid'}")
        lines.append(f"    {found.instance!r}"[:400])
    lines += [f"  skipped {reason}" for reason in tally.skipped[:10]]
    return "\n".join(lines)


def test_default_spec_agrees_with_the_reference(
    default_spec: Path, default_api: Api, default_validators: ValidatorSet
) -> None:
    found = subjects(default_spec, default_api, default_validators)
    assert len([s for s in found if s.request]) == len(list(default_api.operations))
    tally = Tally()
    for subject in found:
        run(subject, DEFAULT_EXAMPLES, MUTATIONS, tally)
    print(f"\ndefault spec differential: {tally.summary()}")
    assert not tally.skipped, _report(tally)
    assert tally.instances >= 500
    assert 0 < tally.reference_valid < tally.instances  # both verdicts are exercised
    assert len(tally.disagreements) == 0, _report(tally)


def test_stripe_sample_agrees_with_the_reference(
    stripe_spec: Path, stripe_api: Api, stripe_validators: ValidatorSet
) -> None:
    found = candidates(stripe_spec, stripe_api, stripe_validators, components=True, depth=STRIPE_DEPTH)
    chosen = build(sample(found, STRIPE_SAMPLE, SEED))
    assert len(chosen) >= STRIPE_SAMPLE - 5  # a response without a JSON schema has no subject
    assert any(s.request for s in chosen) and any(s.name.startswith("schema ") for s in chosen)
    tally = Tally()
    for subject in chosen:
        run(subject, STRIPE_EXAMPLES, MUTATIONS, tally)
    print(f"\nStripe sample differential: {tally.summary()}")
    assert len(tally.skipped) <= 10, _report(tally)  # a few schemas cannot be generated at this depth
    assert tally.instances >= 1000
    assert 0 < tally.reference_valid < tally.instances
    assert len(tally.disagreements) == 0, _report(tally)


def test_a_wrong_validator_is_caught(default_spec: Path, default_api: Api, default_validators: ValidatorSet) -> None:
    """The harness can fail: a validator that accepts everything disagrees, as does one that crashes."""
    subject = next(
        s
        for s in subjects(default_spec, default_api, default_validators)
        if s.name.endswith("customer_sessions.create")
    )
    lenient = Subject(subject.name, subject.request, lambda _value: [], subject.reference, subject.generate)
    tally = Tally()
    run(lenient, 20, MUTATIONS, tally)
    assert tally.disagreements
    crashing = Subject(subject.name, subject.request, lambda _value: 1 / 0, subject.reference, subject.generate)  # type: ignore[arg-type, return-value]
    tally = Tally()
    judge(crashing, {"components": {"pricing_table": {"enabled": True}}}, tally)
    assert tally.disagreements and tally.disagreements[0].ours.startswith("crash")


def test_none_means_absent_in_requests() -> None:
    assert without_none({"a": None, "b": {"c": None, "d": [1, None]}}) == {"b": {"d": [1, None]}}
