"""No-op and one-schema-edit `codegen generate` on Stripe's spec, two checkouts compared (issue 29).

    python benchmarks/bench_release.py --before /work/main [--after .] [--reps 5] [--targets python,ruby]

`codegen release` added a read of the output folder's release record to every `generate`
and `check` (and a version folded into the targets' tables). This measures what that costs:
for each checkout, a warm output folder and cache of its own; then, round by round and
alternating the checkouts (the machine is shared: a burst of load hits both alike), the YAML
parse alone (fresh interpreter, timed inside), a run with nothing changed, and a run after one
component schema's description was edited (a new marker each round). Each run is a fresh
process (`benchlib.measure`). Reported: medians, and each as a ratio to that round's parse.
The "after" output folder holds a release record (version 1.0.0), as it would after a release.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_generate import PACKAGE, PARSE, edit_description
from benchlib import ROOT, STRIPE_SPEC, load_average, measure, note, table


def _env(code: Path, cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CODEGEN_")}
    env["PYTHONPATH"] = str(code)
    env["CODEGEN_CACHE_DIR"] = str(cache)
    return env


class Side:
    def __init__(self, name: str, code: Path, work: Path, spec_text: str, targets: list[str]) -> None:
        self.name, self.code = name, code
        self.folder = work / name
        (self.folder / "cwd").mkdir(parents=True)
        self.spec = self.folder / "spec.yaml"
        self.spec.write_text(spec_text, "utf-8")
        self.original = spec_text
        self.targets = [arg for target in targets for arg in ("--target", target)]
        self.noop: list[float] = []
        self.edit: list[float] = []
        self.noop_ratio: list[float] = []
        self.edit_ratio: list[float] = []

    def generate(self) -> float:
        out, cache = self.folder / "out", self.folder / "cache"
        command = [sys.executable, "-m", "generator", "generate", "-q", "--spec", self.spec, "--out", out]
        sample = measure([*command, *self.targets, *PACKAGE], env=_env(self.code, cache), cwd=self.folder / "cwd")
        return sample.wall

    def edit_spec(self, marker: str) -> None:
        self.spec.write_text(edit_description(self.original, "customer", marker), "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", type=Path, required=True, help="checkout of the code before (e.g. /work/main)")
    parser.add_argument("--after", type=Path, default=ROOT, help="checkout of the code after (default: this one)")
    parser.add_argument("--spec", type=Path, default=STRIPE_SPEC)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--targets", default="python,ruby,java,typescript")
    args = parser.parse_args()
    if not args.spec.is_file():
        raise SystemExit(f"{args.spec} is not here: Stripe's spec lives in ../shared/specs")
    text = args.spec.read_text("utf-8")
    targets = args.targets.split(",")
    with tempfile.TemporaryDirectory(prefix="bench-release-") as temporary:
        work = Path(temporary)
        sides = [Side("before", args.before, work, text, targets), Side("after", args.after, work, text, targets)]
        for side in sides:
            note(f"{side.name}: first run (cold) {side.generate():.1f} s")
        record = sides[1].folder / "out" / ".codegen" / "release.json"
        record.write_text(json.dumps({"version": "1.0.0", "spec": ""}) + "\n", "utf-8")
        note(f"after: with a release record, {sides[1].generate():.1f} s")
        for index in range(args.reps):
            for side in sides if index % 2 == 0 else reversed(sides):
                parse = float(measure([sys.executable, "-c", PARSE, side.spec]).stdout.split()[-1])
                noop = side.generate()
                side.edit_spec(f"Benchmark edit {index + 1}.")
                edit = side.generate()
                side.noop.append(noop)
                side.edit.append(edit)
                side.noop_ratio.append(noop / parse)
                side.edit_ratio.append(edit / parse)
                times = f"parse {parse:.2f} s, no-op {noop:.2f} s, edit {edit:.2f} s"
                note(f"{side.name} [{index + 1}/{args.reps}]: {times}")
        for side in sides:
            shutil.rmtree(side.folder, ignore_errors=True)
    med = statistics.median
    rows = [
        (
            side.name,
            f"{med(side.noop):.2f} s",
            f"{med(side.noop_ratio):.3f}",
            f"{med(side.edit):.2f} s",
            f"{med(side.edit_ratio):.2f}",
        )
        for side in sides
    ]
    headers = ("code", "no-op (median)", "no-op / parse", "one schema edited (median)", "edit / parse")
    print(table(headers, rows))
    print(f"\n{args.reps} rounds, targets {args.targets}; load average at the end {load_average()}")


if __name__ == "__main__":
    main()
