"""Benchmark of the generated validators, and the big differential run.

1. Throughput (validations per second, same run, same machine) of our generated validators,
   `fastjsonschema` (the same JSON Schema compiled to code) and `jsonschema` (a prepared
   Draft 4 validator, plus `openapi-schema-validator`'s OAS30 one) on:
   - valid customer-session create params (the default spec),
   - a real Stripe `customer` object (from Stripe's fixtures) against Stripe's `customer` schema.
2. The differential run: `--instances` (default 100,000) generated and mutated instances over
   every request/response subject of the default spec and a fixed sample of 200 subjects of
   Stripe's spec; prints the disagreement count (must be 0).

    python benchmarks/bench_validators.py [--instances 100000] [--skip-differential]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import fastjsonschema  # noqa: E402
import jsonschema  # noqa: E402
from openapi_schema_validator import OAS30ReadValidator, OAS30WriteValidator  # noqa: E402

from generator.config import Config  # noqa: E402
from generator.ir.model import Api  # noqa: E402
from generator.load.loader import load  # noqa: E402
from generator.pipeline import load_api  # noqa: E402
from generator.targets.python.validation import ValidatorSet, load_validators  # noqa: E402
from tests.validation.differential import Tally, build, candidates, run, sample, subjects  # noqa: E402
from tests.validation.reference import Reference  # noqa: E402

DEFAULT_SPEC = ROOT / "specs" / "customer_sessions.yaml"
SHARED = ROOT.parent / "shared" / "specs"
STRIPE_SPEC = SHARED / "stripe-spec3-2023-09-12.yaml"
STRIPE_FIXTURES = SHARED / "stripe-fixtures3-2023-09-12.json"
MUTATIONS = 15
STRIPE_SAMPLE = 200
SEED = 20230912

CUSTOMER_SESSION_PARAMS: dict[str, Any] = {
    "customer": "cus_PO34b57IOUb83c",
    "components": {
        "payment_element": {
            "enabled": True,
            "features": {
                "payment_method_allow_redisplay_filters": ["always", "limited"],
                "payment_method_redisplay": "enabled",
                "payment_method_redisplay_limit": 5,
                "payment_method_remove": "enabled",
                "payment_method_save": "enabled",
                "payment_method_save_usage": "off_session",
            },
        },
        "pricing_table": {"enabled": True},
        "buy_button": {"enabled": False},
    },
    "expand": ["customer"],
}


def rates(checks: dict[str, Callable[[], object]], rounds: int = 7) -> dict[str, float]:
    """Calls per second of each check: best of `rounds` timed runs, interleaved so load affects all alike."""
    numbers = {label: max(1, timeit.Timer(check).autorange()[0]) for label, check in checks.items()}
    best = dict.fromkeys(checks, float("inf"))
    for _ in range(rounds):
        for label, check in checks.items():
            best[label] = min(best[label], timeit.timeit(check, number=numbers[label]) / numbers[label])
    return {label: 1 / seconds for label, seconds in best.items()}


def _api(spec: Path) -> tuple[Api, ValidatorSet]:
    api = load_api(spec, Config(), None).api
    return api, load_validators(api)


def throughput(name: str, instance: Any, ours: Callable[[Any], Any], json_schema: Any, oas: Any) -> list[str]:
    fast = fastjsonschema.compile(json_schema)
    draft4 = jsonschema.Draft4Validator(json_schema)
    assert ours(instance) == [], ours(instance)
    fast(instance)
    assert draft4.is_valid(instance) and oas.is_valid(instance)
    measured = rates(
        {
            "generated (ours)": lambda: ours(instance),
            "fastjsonschema": lambda: fast(instance),
            "jsonschema Draft4Validator": lambda: draft4.is_valid(instance),
            "openapi-schema-validator OAS30": lambda: oas.is_valid(instance),
        }
    )
    mine = measured["generated (ours)"]
    rows = [f"{name}"]
    for label, rate in measured.items():
        ratio = "" if label.startswith("generated") else f"ours {mine / rate:6.1f}x faster"
        rows.append(f"  {label:32} {rate:12,.0f} /s  {1e6 / rate:9.1f} us   {ratio}")
    return rows


def bench_throughput() -> None:
    print("== throughput (valid instances) ==")
    api, validators = _api(DEFAULT_SPEC)
    spec = load(DEFAULT_SPEC)
    op = next(o for o in api.operations if o.resource == "customer_sessions" and o.name == "create")
    json_schema = Reference(spec, response=False, dialect="json").params_of(op.path, op.http_method)
    oas = OAS30WriteValidator(Reference(spec, response=False, dialect="oas").params_of(op.path, op.http_method))
    print(
        "\n".join(
            throughput(
                "customer_sessions.create params", CUSTOMER_SESSION_PARAMS, validators.params(op), json_schema, oas
            )
        )
    )
    if not STRIPE_SPEC.is_file():
        print(f"(Stripe's spec not found at {STRIPE_SPEC}: skipping the customer object)")
        return
    api, validators = _api(STRIPE_SPEC)
    spec = load(STRIPE_SPEC)
    customer = json.loads(STRIPE_FIXTURES.read_text())["resources"]["customer"]
    json_schema = Reference(spec, response=True, dialect="json").component("customer")
    oas = OAS30ReadValidator(Reference(spec, response=True, dialect="oas").component("customer"))
    print(
        "\n".join(
            throughput("Stripe customer object (fixture)", customer, validators.schema("customer"), json_schema, oas)
        )
    )


def bench_differential(instances: int) -> int:
    print(f"== differential run: at least {instances:,} instances ==")
    started = time.perf_counter()
    found = []
    api, validators = _api(DEFAULT_SPEC)
    found += subjects(DEFAULT_SPEC, api, validators)
    if STRIPE_SPEC.is_file():
        api, validators = _api(STRIPE_SPEC)
        found += build(sample(candidates(STRIPE_SPEC, api, validators, components=True, depth=2), STRIPE_SAMPLE, SEED))
    per_example = 1 + MUTATIONS
    examples = max(1, math.ceil(instances / per_example / len(found)))
    tally = Tally()
    round_ = 0
    while tally.instances < instances:
        for subject in found:
            run(subject, examples, MUTATIONS, tally, seed=SEED + round_)
        round_ += 1
        print(f"  round {round_}: {tally.summary()}", flush=True)
    print(f"subjects: {len(found)}; wall time {time.perf_counter() - started:.0f}s")
    print(f"instances: {tally.instances:,} ({tally.reference_valid:,} valid per the reference)")
    print(f"disagreements: {len(tally.disagreements)}")
    for found_one in tally.disagreements[:10]:
        print(f"  {found_one.subject}: ours {found_one.ours}, reference valid={found_one.reference}")
        print(f"    {found_one.instance!r}"[:300])
    for reason in tally.skipped[:20]:
        print(f"  skipped {reason}"[:200])
    return len(tally.disagreements)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--instances", type=int, default=100_000)
    parser.add_argument("--skip-differential", action="store_true")
    args = parser.parse_args()
    bench_throughput()
    if args.skip_differential:
        return 0
    return 1 if bench_differential(args.instances) else 0


if __name__ == "__main__":
    sys.exit(main())
