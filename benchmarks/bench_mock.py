"""How fast `codegen mock` starts on Stripe's spec, and how fast it answers.

    python benchmarks/bench_mock.py [--spec PATH] [--runs 3] [--requests 1000]

Measured in one run, each start-up as wall time of a fresh process until it
prints its listening line (the median of `--runs`):

* YAML parse alone: a process that imports PyYAML and parses the spec
  (libyaml's CSafeLoader, as codegen does), the floor for any cold start;
  also with the cyclic GC off, as the mock parses (the GC otherwise rescans
  the growing document many times: a fair floor is the faster of the two);
* cold start: empty cache (parse, convert, serve; validation and caching
  happen after the listening line, in the background);
* cached start: the parsed IR and the rendered validators in the cache;
* latency: mean, median and 99th percentile of `--requests` sequential
  `GET /v1/customers/cus_123` on one keep-alive connection (httpx), after a
  short warm-up.

Targets (issue 4): cold <= YAML + 1 s; cached < 1 s; mean latency < 5 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT.parent / "shared" / "specs" / "stripe-spec3-2023-09-12.yaml"
AUTH = ("sk_test_bench", "")
CACHE_WAIT = 120.0


def yaml_alone(spec: Path, gc_off: bool = False) -> float:
    code = (
        "import sys, gc, yaml\n"
        + ("gc.disable()\n" if gc_off else "")
        + "text = open(sys.argv[1], encoding='utf-8').read()\n"
        "yaml.load(text, Loader=getattr(yaml, 'CSafeLoader', yaml.SafeLoader))\n"
    )
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, str(spec)], check=True)
    return time.perf_counter() - started


class Mock:
    """A `codegen mock` child process on a free port."""

    def __init__(self, spec: Path, cache: Path) -> None:
        env = {**os.environ, "CODEGEN_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "generator", "mock", "--spec", str(spec), "--port", "0"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        self.startup = time.perf_counter() - self.started
        if "listening on" not in line:
            self.stop()
            raise SystemExit(f"the mock did not start: {line!r}")
        self.url = line.split("listening on ", 1)[1].split(" ", 1)[0]

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


def cache_complete(cache: Path) -> bool:
    return all(any((cache / kind).glob("[0-9a-f]*")) for kind in ("ir", "validators"))


def latency(url: str, count: int) -> list[float]:
    times = []
    with httpx.Client(base_url=url, auth=AUTH) as client:
        for _ in range(20):  # warm-up: connection, validator module compiled on first use
            client.get("/v1/customers/cus_123").raise_for_status()
        for _ in range(count):
            started = time.perf_counter()
            response = client.get("/v1/customers/cus_123")
            times.append(time.perf_counter() - started)
            response.raise_for_status()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--requests", type=int, default=1000)
    args = parser.parse_args()
    if not args.spec.is_file():
        print(f"{args.spec} is not here (Stripe's spec lives in ../shared/specs)", file=sys.stderr)
        return 2

    parse_times, bare_times, cold_times, cached_times = [], [], [], []
    for _ in range(args.runs):
        parse_times.append(yaml_alone(args.spec))
        bare_times.append(yaml_alone(args.spec, gc_off=True))
    with tempfile.TemporaryDirectory(prefix="bench-mock-") as tmp:
        for run in range(args.runs):
            cache = Path(tmp) / f"cold-{run}"
            mock = Mock(args.spec, cache)
            cold_times.append(mock.startup)
            deadline = time.perf_counter() + CACHE_WAIT
            while not cache_complete(cache) and time.perf_counter() < deadline:
                time.sleep(0.2)
            mock.stop()
        if not cache_complete(cache):
            print("the background job never filled the cache", file=sys.stderr)
            return 1
        for _ in range(args.runs):
            mock = Mock(args.spec, cache)
            cached_times.append(mock.startup)
            mock.stop()
        mock = Mock(args.spec, cache)
        try:
            times = latency(mock.url, args.requests)
        finally:
            mock.stop()

    yaml_s = statistics.median(parse_times)
    bare_s = statistics.median(bare_times)
    cold_s = statistics.median(cold_times)
    cached_s = statistics.median(cached_times)
    mean_ms = statistics.fmean(times) * 1000
    p50_ms = statistics.median(times) * 1000
    p99_ms = sorted(times)[int(len(times) * 0.99) - 1] * 1000
    print(f"spec: {args.spec.name}; median of {args.runs} runs; {len(times)} requests")
    floor = min(yaml_s, bare_s)
    print(f"{'measure':<38}{'value':>10}  {'vs YAML parse':>14}  target")
    rows = [
        ("YAML parse alone (process)", f"{yaml_s:.2f} s", "1.00x", ""),
        ("YAML parse alone, GC off (process)", f"{bare_s:.2f} s", f"{bare_s / yaml_s:.2f}x", ""),
        ("cold start to listening", f"{cold_s:.2f} s", f"{cold_s / yaml_s:.2f}x", f"<= {floor + 1:.2f} s"),
        ("  cold minus YAML parse", f"{cold_s - yaml_s:+.2f} s", "", "<= +1.00 s"),
        ("  cold minus YAML parse, GC off", f"{cold_s - bare_s:+.2f} s", "", "<= +1.00 s"),
        ("cached start to listening", f"{cached_s:.2f} s", f"{cached_s / yaml_s:.2f}x", "< 1.00 s"),
        ("GET /v1/customers/cus_123 mean", f"{mean_ms:.2f} ms", "", "< 5 ms"),
        ("  median", f"{p50_ms:.2f} ms", "", ""),
        ("  99th percentile", f"{p99_ms:.2f} ms", "", ""),
    ]
    for name, value, ratio, target in rows:
        print(f"{name:<38}{value:>10}  {ratio:>14}  {target}")
    print("runs (s): yaml " + " ".join(f"{t:.2f}" for t in parse_times), end="; ")
    print("yaml gc off " + " ".join(f"{t:.2f}" for t in bare_times), end="; ")
    print("cold " + " ".join(f"{t:.2f}" for t in cold_times), end="; ")
    print("cached " + " ".join(f"{t:.2f}" for t in cached_times))
    ok = cold_s <= floor + 1 and cached_s < 1 and mean_ms < 5
    print("all targets met" if ok else "SOME TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
