"""Fuzz: hypothesis builds random valid OpenAPI documents; each must generate, compile, pass
`mypy --strict`, and its generated validators must pass their self-test (see `fuzz.py`).

Examples: `CODEGEN_FUZZ_EXAMPLES` (default 6 here), or `HYPOTHESIS_PROFILE=bench` for 500;
`benchmarks/bench_fuzz.py` is the long run with counts and timings.
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from .fuzz import Counts, Drawn, batch_checks, check, documents

_PROFILE_EXAMPLES = {"bench": 500, "default": 6}
EXAMPLES = int(
    os.environ.get("CODEGEN_FUZZ_EXAMPLES") or _PROFILE_EXAMPLES.get(os.environ.get("HYPOTHESIS_PROFILE", ""), 6)
)


def test_random_specs_generate_valid_clients(tmp_path: Path) -> None:
    counter = itertools.count()
    counts = Counts()
    packages: list[Path] = []

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.generate],  # no shrinking: a failure prints its document below
        suppress_health_check=list(HealthCheck),
    )
    @given(drawn=documents())
    def one(drawn: Drawn) -> None:
        folder = tmp_path / f"example_{next(counter)}"
        try:
            packages.append(check(drawn, folder, counts))
        except BaseException:
            print("failing document:", (folder / "spec.json").read_text() if (folder / "spec.json").exists() else "")
            raise

    one()
    assert counts.examples >= min(EXAMPLES, 3) and counts.operations > 0
    batch_checks(packages)
    print(f"fuzz: {counts.examples} documents, {counts.operations} operations, {counts.validations} validations")


@pytest.mark.parametrize("seed", [0])
def test_fuzz_strategy_draws_the_shapes_it_claims(seed: int) -> None:
    """The strategy really produces unions, enums, maps, arrays, refs and nullables."""
    import json

    seen: set[str] = set()

    @settings(max_examples=40, deadline=None, database=None, derandomize=True, phases=[Phase.generate])
    @given(drawn=documents())
    def look(drawn: Drawn) -> None:
        text = json.dumps(drawn.document)
        for marker in ('"anyOf"', '"oneOf"', '"enum"', '"additionalProperties"', '"items"', '"$ref"', '"nullable"'):
            if marker in text:
                seen.add(marker)

    look()
    assert seen == {'"anyOf"', '"oneOf"', '"enum"', '"additionalProperties"', '"items"', '"$ref"', '"nullable"'}
