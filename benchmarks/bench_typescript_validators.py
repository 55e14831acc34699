"""Benchmark the TypeScript package's request validators against its form encoder, in one node process.

Validating 10,000 `customers.create` params (`validators.customersCreate`, the check every
call runs before sending) and encoding the same params 10,000 times alone (`encodeForm`, what
every call does anyway), best of `--runs` interleaved runs each after a warm-up; the ratio is
validation's time over the encoder's. The params are the Ruby benchmark's (a full customer:
email, name, phone, description, balance, address, shipping, invoice settings with custom
fields, metadata, preferred locales, tax status).

The package of the default spec (or of `--spec PATH`, Stripe's full spec) is rendered into a
temporary folder and compiled with the pinned tsc (tools/typescript), as `npm run build` would.

Run: `python benchmarks/bench_typescript_validators.py [--spec PATH] [--count 10000] [--runs 5]`.
Needs node 18+ and `npm ci` in tools/typescript.
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

from bench_ruby_validators import PARAMS

ROOT = Path(__file__).resolve().parents[1]
TSC = ROOT / "tools" / "typescript" / "node_modules" / ".bin" / "tsc"
DEFAULT_SPEC = ROOT / "specs" / "customer_sessions.yaml"

_SCRIPT = """
import { readFileSync } from "node:fs";
import { customersCreate } from "./dist/esm/validators.js";
import { encodeForm } from "./dist/esm/runtime/index.js";

const params = JSON.parse(readFileSync(process.argv[2], "utf8"));
const count = Number(process.argv[3]);
const runs = Number(process.argv[4]);
const issues = customersCreate(params);
if (issues.length) throw new Error(`the benchmark's params are invalid: ${JSON.stringify(issues)}`);
let sink = 0;
const time = (body) => {
  const started = process.hrtime.bigint();
  for (let i = 0; i < count; i++) sink += body();
  return Number(process.hrtime.bigint() - started) / 1e9;
};
const kinds = {
  encode: () => encodeForm(params).length,
  validate: () => customersCreate(params).length,
  both: () => customersCreate(params).length + encodeForm(params).length,
};
for (const body of Object.values(kinds)) time(body); // warm-up: the JIT compiles each
const best = { encode: Infinity, validate: Infinity, both: Infinity };
for (let run = 0; run < runs; run++) { // interleaved: each kind sees the same machine load
  for (const [kind, body] of Object.entries(kinds)) best[kind] = Math.min(best[kind], time(body));
}
console.log(JSON.stringify({ ...best, sink }));
"""


def package(spec: Path, work: Path) -> Path:
    """`spec`'s TypeScript package rendered into `work` and compiled (dist/esm)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CODEGEN_CACHE_DIR": str(work / "cache")}
    command = [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--target", "typescript"]
    subprocess.run([*command, "--out", str(work / "out"), "-q"], cwd=ROOT, env=env, check=True)
    folder = work / "out" / "typescript"
    subprocess.run([str(TSC), "-p", str(folder / "tsconfig.json")], check=True)
    return folder


def measure(folder: Path, count: int, runs: int) -> dict[str, float]:
    node = shutil.which("node")
    if node is None:
        raise SystemExit("node is not installed (Node 18+)")
    (folder / "params.json").write_text(json.dumps(PARAMS), encoding="utf-8")
    (folder / "bench.mjs").write_text(_SCRIPT, encoding="utf-8")
    done = subprocess.run(
        [node, str(folder / "bench.mjs"), str(folder / "params.json"), str(count), str(runs)],
        capture_output=True,
        text=True,
        check=True,
    )
    found: dict[str, float] = json.loads(done.stdout)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--spec", type=Path, default=DEFAULT_SPEC, help="the spec (default: specs/customer_sessions.yaml)"
    )
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not TSC.exists():
        raise SystemExit("tools/typescript has no tsc: run `npm ci` there")
    with tempfile.TemporaryDirectory(prefix="bench-ts-validators-") as folder:
        result = measure(package(args.spec, Path(folder)), args.count, args.runs)
    per = {key: value / args.count * 1e6 for key, value in result.items() if key != "sink"}
    print(f"customers.create params x {args.count} ({args.spec.name}), best of {args.runs}, one node process:")
    print(f"  encode alone (encodeForm)            {result['encode']:.4f}s  {per['encode']:.2f} us/call")
    print(f"  validate alone (validators)          {result['validate']:.4f}s  {per['validate']:.2f} us/call")
    print(f"  validate + encode                    {result['both']:.4f}s  {per['both']:.2f} us/call")
    print(f"  validation / encoding: {result['validate'] / result['encode']:.2f}x")
    print(f"  (validate + encode) / encoding: {result['both'] / result['encode']:.2f}x")


if __name__ == "__main__":
    main()
