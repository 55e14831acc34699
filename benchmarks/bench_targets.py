"""Issue 30: every target, every shape of spec, as ratios to parsing the same YAML, before and after.

    python benchmarks/bench_targets.py [--before REV] [--reps 3] [--rows stripe-python,...] [--json FILE]

Rows (each a fresh `codegen generate` process, cold: empty cache, empty output folder):

* Stripe's spec (`../shared/specs`), each target alone, then every target at once;
* OpenAI's spec (`--lenient`: it has validity errors), Python alone and every target;
* a fully dereferenced spec: Clerk's (corpus) with every `$ref` inlined, built here (no `$ref`
  is left; its components are kept, inlined too, as dereferencing tools leave them), every target;
* DigitalOcean's ~2,900-file tree (`--lenient`), every target.

The floor of each row is the YAML parse of its own spec (`yaml.load(text, Loader=yaml.CSafeLoader)`
in a fresh interpreter, the time measured inside it; every file of a multi-file spec), measured
in the same round. With `--before REV`, the code at REV (a temporary `git worktree`) runs every
row too, alternating with this checkout round by round, so both see the same load; every
output file of the two is compared byte for byte (the output's own records under `.codegen/`
aside, which name the code that wrote them).

The issue's targets: each target alone <= 1.5x on Stripe's spec, every other row <= 3x; peak
memory of the whole process tree < 400 MB on Stripe's spec with every target.
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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import (
    MB,
    ROOT,
    SPECS,
    STRIPE_SPEC,
    CommandFailed,
    Sample,
    codegen_env,
    load_average,
    machine,
    measure,
    note,
    table,
)

CORPUS = SPECS / "corpus"
ALL = ("python", "java", "ruby", "typescript", "docs", "ir")
STRIPE_FLAGS = ("--package", "stripe_api", "--client-class", "StripeClient")
PARSE = (
    "import sys, time, yaml\n"
    "total = 0.0\n"
    "for path in sys.argv[1:]:\n"
    "    text = open(path, encoding='utf-8').read()\n"
    "    started = time.perf_counter()\n"
    "    yaml.load(text, Loader=yaml.CSafeLoader)\n"
    "    total += time.perf_counter() - started\n"
    "print(total)\n"
)
MEMORY_LIMIT_MB = 400


@dataclass(frozen=True, slots=True)
class Spec:
    name: str
    root: Path
    files: tuple[Path, ...]  # what the YAML floor parses
    flags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RowSpec:
    key: str
    label: str
    spec: str
    targets: tuple[str, ...]
    goal: float  # the ratio to the parse


ROWS = (
    RowSpec("stripe-python", "Stripe, python alone", "stripe", ("python",), 1.5),
    RowSpec("stripe-java", "Stripe, java alone", "stripe", ("java",), 1.5),
    RowSpec("stripe-ruby", "Stripe, ruby alone", "stripe", ("ruby",), 1.5),
    RowSpec("stripe-typescript", "Stripe, typescript alone", "stripe", ("typescript",), 1.5),
    RowSpec("stripe-docs", "Stripe, docs alone", "stripe", ("docs",), 1.5),
    RowSpec("stripe-all", "Stripe, every target", "stripe", ALL, 3.0),
    RowSpec("openai-python", "OpenAI (--lenient), python", "openai", ("python",), 3.0),
    RowSpec("openai-all", "OpenAI (--lenient), every target", "openai", ALL, 3.0),
    RowSpec("deref-all", "dereferenced Clerk (no $ref left), every target", "deref", ALL, 3.0),
    RowSpec("digitalocean-python", "DigitalOcean's tree (--lenient), python", "digitalocean", ("python",), 3.0),
    RowSpec("digitalocean-all", "DigitalOcean's tree (--lenient), every target", "digitalocean", ALL, 3.0),
)


@dataclass(slots=True)
class Cell:
    samples: list[Sample] = field(default_factory=list)
    parses: list[float] = field(default_factory=list)
    failure: str = ""  # the last lines of a run that failed (the cell is then not timed)

    def wall(self) -> float:
        return statistics.median(s.wall for s in self.samples) if self.samples else float("nan")

    def cpu(self) -> float:
        return statistics.median(s.cpu for s in self.samples) if self.samples else float("nan")

    def memory_mb(self) -> float:
        return max(s.tree_mem for s in self.samples) / MB if self.samples else float("nan")

    def ratio(self) -> float:
        return self.wall() / statistics.median(self.parses) if self.samples and self.parses else float("nan")


def dereferenced(source: Path, target: Path) -> Path:
    """`source` with every `$ref` replaced by (a copy of) what it points at, written as YAML."""
    data = yaml.load(source.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)

    def resolve(ref: str) -> Any:
        node = data
        for token in ref[2:].split("/"):
            node = node[token.replace("~1", "/").replace("~0", "~")]
        return node

    def inline(node: Any, seen: frozenset[str]) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/"):
                if ref in seen:
                    raise ValueError(f"{source.name}: $ref cycle at {ref}; no fully dereferenced form")
                return inline(resolve(ref), seen | {ref})
            return {key: inline(value, seen) for key, value in node.items()}
        if isinstance(node, list):
            return [inline(value, seen) for value in node]
        return node

    class Dumper(yaml.CSafeDumper):
        def ignore_aliases(self, data: Any) -> bool:
            return True

    text = yaml.dump(inline(data, frozenset()), Dumper=Dumper, sort_keys=False, allow_unicode=True, width=1000)
    target.write_text(text, encoding="utf-8")
    return target


def specs(work: Path) -> dict[str, Spec]:
    """The specs the rows use, those present (the shared corpus may be absent)."""
    found: dict[str, Spec] = {}
    if STRIPE_SPEC.is_file():
        found["stripe"] = Spec("stripe", STRIPE_SPEC, (STRIPE_SPEC,), STRIPE_FLAGS)
    openai = CORPUS / "openai.yaml"
    if openai.is_file():
        found["openai"] = Spec("openai", openai, (openai,), ("--lenient",))
    clerk = CORPUS / "clerk_bapi_2025-11-10.yml"
    if clerk.is_file():
        built = dereferenced(clerk, work / "clerk-dereferenced.yaml")
        found["deref"] = Spec("deref", built, (built,))
    tree = CORPUS / "digitalocean"
    roots = sorted(tree.glob("**/DigitalOcean-public.v2.yaml")) if tree.is_dir() else []
    if roots:
        files = tuple(sorted(p for p in tree.rglob("*") if p.suffix in (".yaml", ".yml")))
        found["digitalocean"] = Spec("digitalocean", roots[0], files, ("--lenient",))
    return found


class Code:
    """A checkout of codegen to run: this one, or a worktree at `--before`."""

    def __init__(self, name: str, root: Path) -> None:
        self.name = name
        self.root = root
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "generator")], check=True)

    def env(self, cache: Path) -> dict[str, str]:
        env = codegen_env(cache)
        env["PYTHONPATH"] = os.pathsep.join([str(self.root), *filter(None, [os.environ.get("PYTHONPATH")])])
        return env

    def generate(self, spec: Spec, targets: tuple[str, ...], folder: Path) -> Sample:
        flags = [arg for target in targets for arg in ("--target", target)]
        command = [sys.executable, "-m", "generator", "generate", str(spec.root), "--out", str(folder / "out")]
        command += [*flags, *spec.flags, "-q"]
        cwd = folder / "cwd"  # no codegen.toml or pyproject.toml here: only the flags count
        cwd.mkdir(parents=True, exist_ok=True)
        return measure(command, env=self.env(folder / "cache"), cwd=cwd)


def parse_floor(spec: Spec) -> float:
    sample = measure([sys.executable, "-c", PARSE, *map(str, spec.files)])
    return float(sample.stdout.strip().splitlines()[-1])


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths whose bytes differ between two output folders (`.codegen/` aside)."""

    def files(root: Path) -> dict[str, bytes]:
        return {
            str(path.relative_to(root)): path.read_bytes()
            for path in root.rglob("*")
            if path.is_file() and ".codegen" not in path.relative_to(root).parts
        }

    a, b = files(left), files(right)
    return sorted(path for path in a.keys() | b.keys() if a.get(path) != b.get(path))


def run_row(row: RowSpec, spec: Spec, codes: list[Code], reps: int, work: Path) -> dict[str, Any]:
    cells = {code.name: Cell() for code in codes}
    different: list[str] = []
    for rep in range(reps):
        outs: dict[str, Path] = {}
        order = codes if rep % 2 == 0 else list(reversed(codes))
        for code in order:
            folder = Path(tempfile.mkdtemp(prefix=f"{row.key}-{code.name}-", dir=work))
            try:
                sample = code.generate(spec, row.targets, folder)
            except CommandFailed as error:
                cells[code.name].failure = str(error).splitlines()[-1][:200]
                note(f"{row.key} {code.name} [{rep + 1}/{reps}]: failed: {cells[code.name].failure}")
                shutil.rmtree(folder, ignore_errors=True)
                continue
            cells[code.name].samples.append(sample)
            outs[code.name] = folder / "out"
            note(f"{row.key} {code.name} [{rep + 1}/{reps}]: {sample.wall:.2f} s, {sample.tree_mem / MB:.0f} MB")
        for code in codes:
            cells[code.name].parses.append(parse_floor(spec))
        if rep == 0 and len(outs) == 2:
            different = differences(outs[codes[0].name], outs[codes[1].name])
        for out in outs.values():
            shutil.rmtree(out.parent, ignore_errors=True)
    return {
        "row": row.key,
        "label": row.label,
        "goal": row.goal,
        "identical": None if len(codes) < 2 or any(cell.failure for cell in cells.values()) else not different,
        "different": different[:20],
        **{
            code.name: {
                "parse": statistics.median(cells[code.name].parses),
                "wall": cells[code.name].wall(),
                "cpu": cells[code.name].cpu(),
                "ratio": cells[code.name].ratio(),
                "tree_mem_mb": cells[code.name].memory_mb(),
                "failure": cells[code.name].failure,
            }
            for code in codes
        },
    }


def markdown(results: list[dict[str, Any]], names: list[str]) -> str:
    headers = ["run", "goal", *[f"{name}: wall (ratio)" for name in names], "CPU", "peak memory", "output"]
    rows = []
    for result in results:
        cells = [
            (
                f"failed: {result[n]['failure']}"
                if result[n]["failure"]
                else f"{result[n]['wall']:.2f} s ({result[n]['ratio']:.1f}x)"
            )
            for n in names
        ]
        last = result[names[-1]]
        met = "met" if last["ratio"] <= result["goal"] else "missed"
        identical = result["identical"]
        output = "n/a" if identical is None else ("identical" if identical else f"{len(result['different'])}+ differ")
        rows.append(
            [
                result["label"],
                f"<= {result['goal']:g}x ({met})",
                *cells,
                f"{last['cpu']:.1f} s",
                f"{last['tree_mem_mb']:.0f} MB",
                output,
            ]
        )
    return table(headers, rows)


def worktree(rev: str, work: Path, name: str = "before") -> Path:
    path = work / name
    command = ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(path), rev]
    subprocess.run(command, check=True, capture_output=True)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", help="a git revision to measure too, round by round, and compare outputs with")
    parser.add_argument("--after", help="a git revision to measure as 'after' (default: this checkout, as it is)")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--rows", help="comma-separated row keys (default: every row whose spec is present)")
    parser.add_argument("--json", type=Path, help="write the results as JSON here")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-targets-"))
    cleanup: list[Callable[[], None]] = [lambda: shutil.rmtree(work, ignore_errors=True)]
    try:
        present = specs(work)
        wanted = set(args.rows.split(",")) if args.rows else None
        rows = [row for row in ROWS if row.spec in present and (wanted is None or row.key in wanted)]
        for row in ROWS:
            if row.spec not in present:
                note(f"{row.key}: skipped, its spec is not in {SPECS}")
        after = worktree(args.after, work, "after") if args.after else ROOT
        if args.after:
            cleanup.insert(0, lambda: remove_worktree(after))
        codes = [Code("after", after)]
        if args.before:
            before = worktree(args.before, work)
            cleanup.insert(0, lambda: remove_worktree(before))
            codes.insert(0, Code("before", before))
        start_load = load_average()
        results = []
        for row in rows:  # (the JSON is written after each row: a long run cut short keeps its rows)
            results.append(run_row(row, present[row.spec], codes, args.reps, work))
            if args.json:
                args.json.write_text(json.dumps({"rows": results}, indent=2) + "\n")
        names = [code.name for code in codes]
        facts = machine()
        print(f"# bench_targets.py ({facts['date']}, {facts['cores']} cores, load {start_load} -> {load_average()})")
        print()
        print(f"Medians of {args.reps} cold runs per cell; ratio = wall / the YAML parse of the same spec.")
        if args.before:
            after_name = args.after or "this checkout"
            print(f"before = {args.before}, after = {after_name}; rounds alternate which runs first.")
        print()
        print(markdown(results, names))
        for result in results:
            if result["identical"] is False:
                print(f"\n{result['row']}: outputs differ: {', '.join(result['different'])}")
        if args.json:
            args.json.write_text(json.dumps({"machine": facts, "rows": results}, indent=2) + "\n")
    finally:
        for step in cleanup:
            step()


def remove_worktree(path: Path) -> None:
    command = ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(path)]
    subprocess.run(command, check=False, capture_output=True)


if __name__ == "__main__":
    main()
