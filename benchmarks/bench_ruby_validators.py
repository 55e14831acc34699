"""Benchmark the Ruby gem's request validators against its form encoder, in one Ruby process.

Validating 10,000 `customers.create` params (`Validators.customers_create`, the check every
call runs before sending) and encoding the same params 10,000 times alone (`Util.encode_form`,
what every call does anyway), best of `--runs` interleaved runs each; the ratio is validation's time over the
encoder's. The params are a full customer: email, name, phone, description, balance, address,
shipping, invoice settings with custom fields, metadata, preferred locales, tax status.

By default the committed gem of the default spec (`generated/ruby`); `--spec PATH` renders the
gem of another spec (Stripe's full spec) into a temporary folder first.

Run: `python benchmarks/bench_ruby_validators.py [--spec PATH] [--count 10000] [--runs 5]`.
Needs Debian's ruby.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMITTED = ROOT / "generated" / "ruby"

PARAMS = {
    "email": "jenny.rosen@example.com",
    "name": "Jenny Rosen",
    "phone": "+15555550123",
    "description": "A customer made by the benchmark",
    "balance": 1200,
    "address": {"line1": "510 Townsend St", "city": "San Francisco", "postal_code": "94103", "country": "US"},
    "shipping": {
        "name": "Jenny Rosen",
        "phone": "+15555550123",
        "address": {"line1": "510 Townsend St", "city": "San Francisco", "state": "CA", "country": "US"},
    },
    "invoice_settings": {
        "custom_fields": [{"name": "VAT", "value": "GB123456789"}, {"name": "PO", "value": "4711"}],
        "footer": "Thank you",
    },
    "metadata": {"order_id": "6735", "segment": "enterprise", "source": "benchmark"},
    "preferred_locales": ["en", "fr"],
    "tax_exempt": "none",
    "expand": ["tax"],
}

_SCRIPT = """
require "stripe_api"
params = JSON.parse(File.read(ARGV[0]), symbolize_names: true)
count = Integer(ARGV[1])
runs = Integer(ARGV[2])
issues = Stripe::Validators.customers_create(params)
abort("the benchmark's params are invalid: #{issues.map(&:to_s).join('; ')}") unless issues.empty?
time = lambda do |&block|
  started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
  count.times(&block)
  Process.clock_gettime(Process::CLOCK_MONOTONIC) - started
end
best = { encode: [], validate: [], both: [] }
runs.times do # interleaved: each kind sees the same machine load
  best[:encode] << time.call { Stripe::Util.encode_form(params) }
  best[:validate] << time.call { Stripe::Validators.customers_create(params) }
  best[:both] << time.call { Stripe::Validators.customers_create(params) && Stripe::Util.encode_form(params) }
end
puts JSON.generate(best.transform_values(&:min))
"""


def _gem(spec: Path | None, work: Path) -> Path:
    if spec is None:
        return COMMITTED
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CODEGEN_CACHE_DIR": str(work / "cache")}
    command = [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--target", "ruby"]
    subprocess.run([*command, "--out", str(work / "out"), "-q"], cwd=ROOT, env=env, check=True)
    return work / "out" / "ruby"


def measure(gem: Path, count: int, runs: int, work: Path) -> dict[str, float]:
    ruby = shutil.which("ruby")
    if ruby is None:
        raise SystemExit("ruby is not installed (apt-get install ruby)")
    (work / "params.json").write_text(json.dumps(PARAMS), encoding="utf-8")
    (work / "bench.rb").write_text(_SCRIPT, encoding="utf-8")
    done = subprocess.run(
        [ruby, "-I", str(gem / "lib"), str(work / "bench.rb"), str(work / "params.json"), str(count), str(runs)],
        capture_output=True,
        text=True,
        check=True,
    )
    found: dict[str, float] = json.loads(done.stdout)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", type=Path, help="render this spec's gem (default: the committed default gem)")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-ruby-validators-") as folder:
        work = Path(folder)
        result = measure(_gem(args.spec, work), args.count, args.runs, work)
    per = {key: value / args.count * 1e6 for key, value in result.items()}
    print(f"customers.create params x {args.count} ({args.spec or 'default spec'}), best of {args.runs}:")
    print(f"  encode alone (Util.encode_form)      {result['encode']:.3f}s  {per['encode']:.1f} us/call")
    print(f"  validate alone (Validators)          {result['validate']:.3f}s  {per['validate']:.1f} us/call")
    print(f"  validate + encode                    {result['both']:.3f}s  {per['both']:.1f} us/call")
    print(f"  validation / encoding: {result['validate'] / result['encode']:.2f}x")


if __name__ == "__main__":
    main()
