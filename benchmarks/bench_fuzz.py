"""The long fuzz run: many hypothesis-built OpenAPI documents through the whole generator.

Each document must generate (python, ir, docs), compile with no spec text outside literals,
pass its generated validators' self-test, then (in batches) `mypy --strict` and an import +
`from_dict`/`to_dict` round trip. See `tests/hostile/fuzz.py`.

    python benchmarks/bench_fuzz.py [--examples 500] [--seed 0]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402

from tests.hostile.fuzz import Counts, Drawn, batch_checks, check, documents  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=500)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    os.environ.setdefault("CODEGEN_CACHE_DIR", tempfile.mkdtemp(prefix="codegen-fuzz-cache-"))
    counts = Counts()
    packages: list[Path] = []
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="codegen-fuzz-") as scratch:
        folder = Path(scratch)
        started = time.perf_counter()

        @seed(args.seed)
        @settings(
            max_examples=args.examples,
            deadline=None,
            database=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(drawn=documents())
        def one(drawn: Drawn) -> None:
            target = folder / f"example_{counts.examples + len(failures)}"
            try:
                packages.append(check(drawn, target, counts))
            except Exception as exc:
                failures.append(f"{target / 'spec.json'}: {type(exc).__name__}: {str(exc)[:500]}")

        one()
        generated = time.perf_counter() - started
        print(
            f"generated and self-tested {counts.examples} documents in {generated:.1f} s "
            f"({generated / max(counts.examples, 1) * 1000:.0f} ms each): {counts.operations} operations, "
            f"{counts.validations} validator checks, {counts.files} files"
        )
        started = time.perf_counter()
        try:
            runs = batch_checks(packages)
            print(
                f"mypy --strict ({runs} runs) and import + round trip of {len(packages)} packages: "
                f"{time.perf_counter() - started:.1f} s, all passed"
            )
        except AssertionError as exc:
            failures.append(f"batch checks: {str(exc)[:2000]}")
        for failure in failures[:20]:
            print("FAILED", failure)
        print(f"{counts.examples} passed, {len(failures)} failed")
        if failures:
            input_dir = os.environ.get("CODEGEN_FUZZ_KEEP")
            if input_dir:
                import shutil

                shutil.copytree(folder, input_dir, dirs_exist_ok=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
