"""The generated client for Stripe's whole spec vs the official `stripe` package, in one run.

1. `import` time: `import stripe_api` (generated from Stripe's spec) vs `import stripe`,
   each in a fresh interpreter, median of runs, minus the interpreter's own start-up.
2. Parsing 10,000 customer objects from JSON into models: `stripe_api.Customer.from_dict`
   vs `stripe.Customer.construct_from`, on Stripe's own example customer (fixtures file),
   `json.loads` included on both sides.
3. Encoding 100,000 nested param dicts: the generated package's runtime encoder vs
   stripe's (see bench_runtime_encoding.py for the inputs).

Run: `python benchmarks/bench_client.py` (installs `stripe` with pip when missing).
Targets (issue): import at most 1/5 of stripe's, parsing at least 10x faster, encoding 2x.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "specs"
SPEC = SHARED / "stripe-spec3-2023-09-12.yaml"
FIXTURES = SHARED / "stripe-fixtures3-2023-09-12.json"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def ensure_stripe() -> Any:
    try:
        import stripe
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "stripe"], check=True)
        import stripe
    return stripe


def generate(out: Path) -> Path:
    from generator.config import Config
    from generator.pipeline import generate as run

    run(
        Config(
            spec=SPEC,
            out=out,
            tables={"python": {"package": "stripe_api", "client_class": "StripeClient"}},
            targets=("python",),
        )
    )
    return out / "python"


def median_import(code: str, cwd: Path, runs: int) -> float:
    def once(statement: str) -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-S", "-c", statement], cwd=cwd, check=True, env=_env(cwd))
        return time.perf_counter() - started

    baseline = statistics.median(once("import sys") for _ in range(runs))
    return statistics.median(once(code) for _ in range(runs)) - baseline


def _env(cwd: Path) -> dict[str, str]:
    import os
    import site

    paths = [str(cwd), *site.getsitepackages()]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


def best(fn: Any, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9, help="interpreter starts per import measurement")
    parser.add_argument("--models", type=int, default=10_000)
    parser.add_argument("--encode", type=int, default=100_000)
    args = parser.parse_args()
    if not SPEC.is_file():
        sys.exit(f"skipped: {SPEC} not found (Stripe's spec lives in ../shared)")
    stripe = ensure_stripe()
    rows: list[tuple[str, float, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        package_root = generate(Path(tmp))
        ours_import = median_import("import stripe_api", package_root, args.runs)
        theirs_import = median_import("import stripe", package_root, args.runs)
        rows.append(("import", ours_import, theirs_import, "s"))

        sys.path.insert(0, str(package_root))
        import stripe_api

        customer = json.loads(FIXTURES.read_text())["resources"]["customer"]
        text = json.dumps(customer)
        n = args.models
        ours_parse = best(lambda: [stripe_api.Customer.from_dict(json.loads(text)) for _ in range(n)])
        theirs_parse = best(lambda: [stripe.Customer.construct_from(json.loads(text), "sk_test") for _ in range(n)])
        rows.append((f"parse {n:,} customers", ours_parse, theirs_parse, "s"))

        from bench_runtime_encoding import make_params
        from stripe_api._runtime.encoding import urlencode_params

        rng = random.Random(7)
        inputs = [make_params(rng, i) for i in range(args.encode)]
        from urllib.parse import urlencode

        encode = stripe._encode._api_encode  # type: ignore[attr-defined]
        ours_encode = best(lambda: [urlencode_params(p) for p in inputs], 3)
        theirs_encode = best(lambda: [urlencode(list(encode(p))) for p in inputs], 3)
        rows.append((f"encode {args.encode:,} param dicts", ours_encode, theirs_encode, "s"))

    print(f"generated client (Stripe spec) vs stripe {stripe.VERSION}, Python {sys.version.split()[0]}")
    print(f"{'benchmark':<28} {'ours':>10} {'stripe':>10} {'stripe/ours':>12}")
    for name, ours, theirs, unit in rows:
        print(f"{name:<28} {ours:>9.4f}{unit} {theirs:>9.4f}{unit} {theirs / ours:>11.1f}x")
    per = rows[1][1] / args.models * 1e6, rows[1][2] / args.models * 1e6
    print(f"per customer: ours {per[0]:.1f} us, stripe {per[1]:.1f} us")


if __name__ == "__main__":
    main()
