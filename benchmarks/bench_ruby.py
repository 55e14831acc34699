"""Benchmark the Ruby target on Stripe's full spec, against the Python target in the same run.

1. Generation, cold and warm, as `codegen generate --target ruby` and `--target python` in
   child processes: cold with an empty cache folder, warm with the cache the cold run left
   (each target's own incremental reuse then counts). Medians of `--runs`; the ratio is
   Ruby's time over Python's.
2. Requiring the full-spec gem: `ruby -I lib -e 'require "stripe_api"'` (classes autoload on
   first use), and requiring every file of it (the eager worst case).
3. Parsing 10,000 customers: Stripe's fixture customer, JSON-parsed and built as
   `Stripe::Customer` 10,000 times in one Ruby process (best of 3).

Run: `python benchmarks/bench_ruby.py [--spec PATH] [--runs 3]`. Needs Debian's ruby.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "specs"
DEFAULT_SPEC = SHARED / "stripe-spec3-2023-09-12.yaml"
FIXTURES = SHARED / "stripe-fixtures3-2023-09-12.json"
CUSTOMERS = 10_000

_PARSE = """
require "stripe_api"
data = File.read(ARGV[0])
count = Integer(ARGV[1])
Stripe::Customer # autoload before timing
best = 3.times.map do
  started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
  count.times { Stripe::Customer.construct_from(JSON.parse(data, symbolize_names: true)) }
  Process.clock_gettime(Process::CLOCK_MONOTONIC) - started
end.min
puts best
"""


def _generate(spec: Path, target: str, out: Path, cache: Path) -> float:
    env = {**os.environ, "CODEGEN_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--spec",
            str(spec),
            "--target",
            target,
            "--out",
            str(out),
            "-q",
        ],
        cwd=ROOT,
        env=env,
        check=True,
    )
    return time.perf_counter() - started


def _generation(spec: Path, runs: int, work: Path) -> dict[str, dict[str, float]]:
    found: dict[str, dict[str, list[float]]] = {t: {"cold": [], "warm": []} for t in ("ruby", "python")}
    for run in range(runs):
        for target in ("python", "ruby"):  # interleaved: both see the same machine load
            cache, out = work / f"cache-{target}-{run}", work / f"out-{target}-{run}"
            found[target]["cold"].append(_generate(spec, target, out, cache))
            found[target]["warm"].append(_generate(spec, target, out, cache))
    return {t: {k: statistics.median(v) for k, v in times.items()} for t, times in found.items()}


def _timed_ruby(args: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(["ruby", *args], check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if shutil.which("ruby") is None:
        sys.exit("ruby is not installed: apt-get install ruby")
    with tempfile.TemporaryDirectory(prefix="bench-ruby-") as folder:
        work = Path(folder)
        times = _generation(args.spec, args.runs, work)
        print(f"generation of {args.spec.name} (median of {args.runs}, child processes):")
        for kind in ("cold", "warm"):
            ruby, python = times["ruby"][kind], times["python"][kind]
            print(f"  {kind}: ruby {ruby:.2f} s, python {python:.2f} s, ratio ruby/python {ruby / python:.2f}")
        gem = work / "out-ruby-0" / "ruby"
        lib = str(gem / "lib")
        files = [str(p) for p in sorted((gem / "lib").rglob("*.rb"))]
        baseline = _timed_ruby(["-e", "nil"], 5)
        lazy = _timed_ruby(["-I", lib, "-e", 'require "stripe_api"'], 5)
        eager = _timed_ruby(["-I", lib, "-e", 'require "stripe_api"; ARGV.each { |f| require f }', *files], 5)
        print(f"require the full-spec gem ({len(files)} files): ruby alone {baseline * 1000:.0f} ms,")
        print(f"  require (autoload) {lazy * 1000:.0f} ms, every file {eager * 1000:.0f} ms (medians of 5)")
        customer = json.loads(FIXTURES.read_text(encoding="utf-8"))["resources"]["customer"]
        sample = work / "customer.json"
        sample.write_text(json.dumps(customer))
        script = work / "parse.rb"
        script.write_text(_PARSE)
        done = subprocess.run(
            ["ruby", "-I", lib, str(script), str(sample), str(CUSTOMERS)], check=True, capture_output=True, text=True
        )
        seconds = float(done.stdout.strip())
        print(
            f"parse {CUSTOMERS:,} customers (JSON + Stripe::Customer): {seconds * 1000:.0f} ms (best of 3), "
            f"{seconds / CUSTOMERS * 1e6:.1f} us each"
        )


if __name__ == "__main__":
    main()
