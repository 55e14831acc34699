"""Ready time: import + construct a client + reach its first service, generated client vs `stripe`.

Each side runs in a fresh interpreter (median of `--runs`, minus the interpreter's own start-up):

    import stripe_api; client = stripe_api.StripeClient("sk_test_..."); client.customers
    import stripe;     client = stripe.StripeClient("sk_test_...");     client.v1.customers

The generated client makes its `httpx.Client` on the first request (httpx builds its TLS
context when a client is constructed), so constructing one costs next to nothing.

Run: `python benchmarks/bench_ready.py` (the client from Stripe's whole spec, generated into a
temp folder; `--package-root generated/python` times the default spec's package instead).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_client import ensure_stripe, generate, median_import

OURS = 'import {package}; c = {package}.StripeClient("sk_test_123"); c.customers'
THEIRS = 'import stripe; c = stripe.StripeClient("sk_test_123"); c.v1.customers'


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9, help="interpreter starts per measurement")
    parser.add_argument("--package-root", type=Path, help="folder holding a generated package")
    parser.add_argument("--package", default="stripe_api", help="its name (client class StripeClient)")
    args = parser.parse_args()
    stripe = ensure_stripe()
    with tempfile.TemporaryDirectory() as folder:
        root = args.package_root or generate(Path(folder))
        ours = median_import(OURS.format(package=args.package), root, args.runs)
        theirs = median_import(THEIRS, root, args.runs)
    print(f"ready (import + construct + first service), median of {args.runs}:")
    print(f"  generated {args.package:<10} {ours * 1000:7.1f} ms")
    print(f"  stripe {stripe.VERSION:<13} {theirs * 1000:7.1f} ms")
    print(f"  ratio: {theirs / ours:.1f}x faster" if ours > 0 else "  ratio: n/a")


if __name__ == "__main__":
    main()
