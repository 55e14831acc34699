"""The TypeScript target on Stripe's whole spec, in one run (issue 27's "Must show"):

1. generation (`codegen generate --target typescript`), cold (empty cache folder, fresh output
   folder) and warm (the same command again, nothing changed), each as a ratio to the Python
   target's cold and warm runs measured in the same run (interleaved), medians of `--runs`;
2. `tsc -p <out>/typescript` (the generated tsconfig.json, emitting dist/esm: the first step
   of the package's `npm run build`) on the full-spec package, and for scale on the default
   spec's (specs/customer_sessions.yaml), with the project's pinned tsc (tools/typescript);
3. 10,000 customers (Stripe's fixture customer, ids varied) through the generated client and
   through the `stripe` npm package (tools/typescript/node_modules/stripe), in the same node
   process, both through their whole response path with a stub `fetch` (ours: `fetch` option;
   stripe-node: `httpClient: Stripe.createFetchHttpClient(stub)`), no network:
   * `customers.list()` answered by one page holding the 10,000 customers (one JSON.parse of
     the array, then each client's page/result handling);
   * `customers.retrieve(id)` called 10,000 times, one customer per answer (per-call cost:
     request building, headers, the answer's JSON.parse, `lastResponse`);
   * `JSON.parse` of the same page alone, the floor both share.
   Both clients' rounds interleaved (order swapped each round) after a warm-up of each (one
   round; 1,000 calls for retrieve): the median of 5 rounds (list, JSON.parse) or of 3
   (retrieve, the slow one).

Run: `python benchmarks/bench_typescript.py [--spec PATH] [--runs 1]`; prints a Markdown table
and writes it to benchmarks/TYPESCRIPT.md. Needs node 18+ and `npm ci` in tools/typescript.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchlib import Sample, codegen_command, codegen_env, load_average, machine, measure, note, table

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "specs"
SPEC = SHARED / "stripe-spec3-2023-09-12.yaml"
FIXTURES = SHARED / "stripe-fixtures3-2023-09-12.json"
DEFAULT_SPEC = ROOT / "specs" / "customer_sessions.yaml"
TOOLS = ROOT / "tools" / "typescript"
TSC = TOOLS / "node_modules" / ".bin" / "tsc"
STRIPE_NODE = TOOLS / "node_modules" / "stripe"
REPORT = Path(__file__).resolve().parent / "TYPESCRIPT.md"
CUSTOMERS = 10_000
TARGETS = ("python", "typescript")

_PARSE = r"""
// argv: <generated package's dist/esm/index.js> <stripe package folder> <customer.json> <count>
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const [ours, stripeDir, fixture, countText] = process.argv.slice(2);
const count = Number(countText);
const { Stripe: Ours } = await import(pathToFileURL(ours).href);
const StripeNode = createRequire(stripeDir + "/")(stripeDir);
const customer = JSON.parse(readFileSync(fixture, "utf8"));
const idOf = (i) => `cus_bench${String(i).padStart(8, "0")}`;
const customers = Array.from({ length: count }, (_, i) => ({ ...customer, id: idOf(i) }));
const one = customers.map((c) => JSON.stringify(c));
const page = JSON.stringify({ object: "list", data: customers, has_more: false, url: "/v1/customers" });
const headers = { "content-type": "application/json", "request-id": "req_bench" };

function stub(bodies) {
  let next = 0;
  return async () => new Response(bodies[next++ % bodies.length], { status: 200, headers });
}
const oursFor = (bodies) => new Ours("sk_test_bench", { fetch: stub(bodies), maxRetries: 0 });
const nodeFor = (bodies) =>
  new StripeNode("sk_test_bench", {
    httpClient: StripeNode.createFetchHttpClient(stub(bodies)),
    maxNetworkRetries: 0,
    telemetry: false,
  });

async function once(fn, n) {
  const started = process.hrtime.bigint();
  const seen = await fn(n);
  if (seen !== n) throw new Error(`expected ${n} customers, saw ${seen}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}
// Rounds of both clients interleaved (the order swapped each round), after a warm-up of each.
async function pair(ours, stripe, n, warm, rounds, pick) {
  await once(ours, warm);
  await once(stripe, warm);
  const ms = { ours: [], stripe: [] };
  for (let i = 0; i < rounds; i++) {
    const order = i % 2 === 0 ? ["ours", "stripe"] : ["stripe", "ours"];
    for (const side of order) ms[side].push(await once(side === "ours" ? ours : stripe, n));
  }
  return { ours: pick(ms.ours), stripe: pick(ms.stripe) };
}
const median = (ms) => [...ms].sort((a, b) => a - b)[Math.floor((ms.length - 1) / 2)];
async function retrieveAll(client, n) {
  let seen = 0;
  for (let i = 0; i < n; i++) if ((await client.customers.retrieve("cus_x")).id.startsWith("cus_bench")) seen++;
  return seen;
}

const parseOnly = async (n) => JSON.parse(page).data.length;
await once(parseOnly, count);
const floor = [];
for (let i = 0; i < 5; i++) floor.push(await once(parseOnly, count));
const result = {
  list: await pair(
    async () => (await oursFor([page]).customers.list()).data.length,
    async () => (await nodeFor([page]).customers.list()).data.length,
    count,
    count,
    5,
    median,
  ),
  retrieve: await pair(
    (n) => retrieveAll(oursFor(one), n),
    (n) => retrieveAll(nodeFor(one), n),
    count,
    1000,
    3,
    median,
  ),
  parse: median(floor),
};
console.log(JSON.stringify(result));
"""


@dataclass(frozen=True, slots=True)
class Generation:
    """Median wall and CPU seconds (user + system, the whole process tree) of one target's runs."""

    cold: float
    warm: float
    cold_cpu: float
    warm_cpu: float


def _generate(spec: Path, target: str, out: Path, cache: Path) -> Sample:
    command: list[str | Path] = [*codegen_command(), "generate", "--spec", spec, "--target", target, "--out", out, "-q"]
    return measure(command, env=codegen_env(cache), cwd=ROOT)


def _generation(spec: Path, runs: int, work: Path) -> dict[str, Generation]:
    found: dict[str, dict[str, list[Sample]]] = {t: {"cold": [], "warm": []} for t in TARGETS}
    for run in range(runs):
        for target in TARGETS:  # interleaved: both see the same machine load
            cache, out = work / f"cache-{target}-{run}", work / f"out-{target}-{run}"
            cold = _generate(spec, target, out, cache)
            warm = _generate(spec, target, out, cache)
            found[target]["cold"].append(cold)
            found[target]["warm"].append(warm)
            note(
                f"generate {target} [{run + 1}/{runs}]: cold {cold.wall:.2f} s ({cold.cpu:.2f} s CPU), "
                f"warm {warm.wall:.2f} s ({warm.cpu:.2f} s CPU)"
            )

    def median(samples: list[Sample], cpu: bool) -> float:
        return statistics.median(s.cpu if cpu else s.wall for s in samples)

    return {
        t: Generation(
            median(s["cold"], False), median(s["warm"], False), median(s["cold"], True), median(s["warm"], True)
        )
        for t, s in found.items()
    }


def _tsc(package: Path, runs: int) -> tuple[float, float, int]:
    """Median wall and CPU seconds of `tsc -p package` (emitting), and the package's count of .ts files."""
    samples = []
    for _ in range(runs):
        shutil.rmtree(package / "dist", ignore_errors=True)
        samples.append(measure([TSC, "-p", package / "tsconfig.json"], cwd=package, timeout=1200))
    files = sum(1 for _ in (package / "src").rglob("*.ts"))
    return statistics.median(s.wall for s in samples), statistics.median(s.cpu for s in samples), files


def _parse(package: Path, work: Path) -> dict[str, Any]:
    customer = json.loads(FIXTURES.read_text(encoding="utf-8"))["resources"]["customer"]
    sample = work / "customer.json"
    sample.write_text(json.dumps(customer), encoding="utf-8")
    script = work / "parse.mjs"
    script.write_text(_PARSE, encoding="utf-8")
    entry = package / "dist" / "esm" / "index.js"
    done = measure(["node", script, entry, STRIPE_NODE, sample, str(CUSTOMERS)], cwd=work, timeout=600)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _ratio(ours: float, baseline: float) -> str:
    return f"{ours / baseline:.2f}" if baseline else "n/a"


def _report(
    spec: Path, runs: int, gen: dict[str, Generation], tsc: dict[str, tuple[float, float, int]], parse: dict[str, Any]
) -> str:
    ts, py = gen["typescript"], gen["python"]
    rows: list[list[object]] = []
    for kind in ("cold", "warm"):
        ours, base = getattr(ts, kind), getattr(py, kind)
        ours_cpu, base_cpu = getattr(ts, f"{kind}_cpu"), getattr(py, f"{kind}_cpu")
        rows.append(
            [
                f"generate {kind}, {spec.name}",
                f"{ours:.2f} s wall, {ours_cpu:.2f} s CPU",
                f"python {base:.2f} s wall, {base_cpu:.2f} s CPU",
                f"wall {_ratio(ours, base)}, CPU {_ratio(ours_cpu, base_cpu)}",
            ]
        )
    full, small = tsc["full"], tsc["default"]
    rows.append(
        [
            f"tsc -p (emit), full-spec package ({full[2]} .ts files)",
            f"{full[0]:.2f} s wall, {full[1]:.2f} s CPU",
            "",
            "",
        ]
    )
    rows.append(
        [
            f"tsc -p (emit), {DEFAULT_SPEC.name} package ({small[2]} .ts files)",
            f"{small[0]:.2f} s wall, {small[1]:.2f} s CPU",
            "",
            f"full/default wall {full[0] / small[0]:.1f}x, CPU {full[1] / small[1]:.1f}x",
        ]
    )
    listed, fetched = parse["list"], parse["retrieve"]
    rows.append(
        [
            f"customers.list(): one page of {CUSTOMERS:,} customers, stub fetch",
            f"{listed['ours']:.0f} ms",
            f"stripe-node {listed['stripe']:.0f} ms",
            _ratio(listed["ours"], listed["stripe"]),
        ]
    )
    rows.append(
        [
            f"customers.retrieve() x {CUSTOMERS:,}, one customer each, stub fetch",
            f"{fetched['ours']:.0f} ms ({fetched['ours'] / CUSTOMERS * 1000:.0f} us/call)",
            f"stripe-node {fetched['stripe']:.0f} ms ({fetched['stripe'] / CUSTOMERS * 1000:.0f} us/call)",
            _ratio(fetched["ours"], fetched["stripe"]),
        ]
    )
    floor = f"{parse['parse']:.0f} ms"
    rows.append([f"JSON.parse of the {CUSTOMERS:,}-customer page alone (shared floor)", floor, "", ""])
    headers = ["measured", "typescript target", "baseline (same run)", "ratio ours/baseline"]
    notes = f"Generation and tsc: medians of {runs} run(s). A ratio below 1 means the TypeScript side is faster."
    return table(headers, rows) + "\n\n" + notes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--write", type=Path, default=REPORT, help="the Markdown report (default: %(default)s)")
    args = parser.parse_args()
    if not args.spec.is_file():
        print(f"skipped: {args.spec} is not here (Stripe's full spec is needed)")
        return
    if shutil.which("node") is None:
        sys.exit("node is not installed: apt-get install nodejs npm (Node 18+)")
    if not TSC.exists() or not STRIPE_NODE.is_dir():
        sys.exit(f"the pinned TypeScript tools are missing: cd {TOOLS} && npm ci")
    facts = machine()
    with tempfile.TemporaryDirectory(prefix="bench-typescript-") as folder:
        work = Path(folder)
        gen = _generation(args.spec, args.runs, work)
        _generate(DEFAULT_SPEC, "typescript", work / "out-default", work / "cache-default")
        tsc = {
            "full": _tsc(work / "out-typescript-0" / "typescript", args.runs),
            "default": _tsc(work / "out-default" / "typescript", args.runs),
        }
        note(f"tsc: full {tsc['full'][0]:.2f} s, default {tsc['default'][0]:.2f} s")
        parse = _parse(work / "out-typescript-0" / "typescript", work)
    report = _report(args.spec, args.runs, gen, tsc, parse)
    print(report)
    machine_rows = [*facts.items(), ("load average at the end", load_average())]
    args.write.write_text(
        "# TypeScript target benchmark\n\n"
        f"Written by `python benchmarks/bench_typescript.py --runs {args.runs}` on {facts['date']}; "
        "every number below comes from this one run.\n\n"
        + table(["machine", ""], machine_rows)
        + "\n\n"
        + report
        + "\n\n"
        + _NOTES,
        encoding="utf-8",
    )
    print(f"written: {args.write}")


_NOTES = """\
How each row is measured (see the module docstring of bench_typescript.py). The machine is
shared (see the load average above): wall times under load run long, so the CPU time (user +
system of the whole process tree) is printed beside each wall time of a child process.

* Generation: `codegen generate --spec ... --target typescript|python --out ... -q` in child
  processes; cold = empty `CODEGEN_CACHE_DIR` and a fresh output folder, warm = the same command
  again with the cache and output the cold run left. Python and TypeScript interleaved.
* tsc: the project's pinned `tools/typescript/node_modules/.bin/tsc -p <out>/typescript`
  (the generated tsconfig.json, which emits dist/esm with declarations and source maps).
* Customers: both clients in one node process, each through its whole call path with a stub
  `fetch` that answers a fresh `Response` (ours: the `fetch` client option; stripe-node:
  `httpClient: Stripe.createFetchHttpClient(stub)`, `maxNetworkRetries: 0`, `telemetry: false`).
  The generated layer's result handling is the requestor's: `response.text()`, `JSON.parse`, the
  page's items (list) and a non-enumerable `lastResponse`; its types are compile-time only, so no
  per-field conversion runs (stripe-node's neither). This is the fairest comparable path: the same
  stub, the same bodies, each client's own public method. Both clients' rounds interleave (order
  swapped each round) after a warm-up of each (one round; 1,000 calls for retrieve); medians of
  5 rounds (list, the JSON.parse floor) or of 3 (retrieve).
"""


if __name__ == "__main__":
    main()
