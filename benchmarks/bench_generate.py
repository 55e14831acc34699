"""`codegen generate` on Stripe's whole spec: cold, warm, one schema changed, and three peers, in one run.

    python benchmarks/bench_generate.py [--spec PATH] [--reps 5] [--no-peers] [--json FILE]

Every measurement is a fresh process (`benchlib.measure`: wall time, CPU time of the
process tree, peak memory of its largest process and of the whole tree); "cold" means a
fresh, empty cache folder (`CODEGEN_CACHE_DIR`) and a fresh output folder. Cold runs and
peers are interleaved round by round, so a burst of load on the machine hits all of
them alike; each row is the median of `--reps` runs with (min-max).

1. YAML parse alone: `yaml.load(text, Loader=yaml.CSafeLoader)` in a fresh interpreter;
   the parse time measured inside the process is the floor of a cold run.
2. `codegen generate --target python` cold.
3. `--target python --target docs --target ir` cold (docs when the docs target exists).
4. A second run with no change (warm cache, same output folder): every output file's
   inode and mtime are compared before and after; any rewrite is reported.
5. One schema changed: the spec is copied into a temp folder, the description of one
   component schema (`--schema`, default `customer`) is edited, and codegen runs again
   on the same output folder: the files rewritten are counted and listed. Then the same
   with a structural edit: a property added to that schema (the spec must be validated
   again: prose-only edits keep the last verdict, see generator/load/verdicts.py).
6. Peers (issue 8), each in its own venv under benchmarks/.venvs/ (see peers.py), on
   the same spec: what they produce, what they drop, and whether it imports.

Targets (issue 8): cold python <= 2x the YAML parse and faster than every peer; all
targets cold < 8 s; no change < 1 s and nothing rewritten; one schema < 2 s, only the
affected files rewritten; peak memory < 400 MB.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import (
    MB,
    ROOT,
    STRIPE_SPEC,
    Sample,
    Summary,
    codegen_command,
    codegen_env,
    load_average,
    machine,
    measure,
    note,
    ratio,
    rewritten,
    snapshot,
    table,
)
from peers import PEERS, Peer, import_check, install

PARSE = (
    "import gc, sys, time, yaml\n"
    "if sys.argv[2:] == ['gc-off']:\n"
    "    gc.disable()\n"
    "started = time.perf_counter()\n"
    "with open(sys.argv[1], encoding='utf-8') as handle:\n"
    "    yaml.load(handle.read(), Loader=yaml.CSafeLoader)\n"
    "print(time.perf_counter() - started)\n"
)
PACKAGE = ("--package", "stripe_api", "--client-class", "StripeClient")
PARSE_FACTOR, ALL_TARGETS_LIMIT, NO_CHANGE_LIMIT, ONE_SCHEMA_LIMIT, MEMORY_LIMIT = 2.0, 8.0, 1.0, 2.0, 400


def all_targets() -> tuple[str, ...]:
    docs = ROOT / "generator" / "targets" / "docs" / "__init__.py"
    return ("python", "docs", "ir") if docs.is_file() else ("python", "ir")


@dataclass(slots=True)
class Row:
    """One line of the main table."""

    label: str
    samples: list[Sample] = field(default_factory=list)
    inner: list[float] = field(default_factory=list)  # times measured inside the process (YAML parse)
    details: dict[str, object] = field(default_factory=dict)

    @property
    def summary(self) -> Summary:
        return Summary.of(self.samples)


class Bench:
    def __init__(self, spec: Path, work: Path) -> None:
        self.spec = spec
        self.work = work
        self.cwd = work / "cwd"  # no codegen.toml or pyproject.toml here: only the flags count
        self.cwd.mkdir()
        self.counter = 0

    def fresh(self, name: str) -> Path:
        self.counter += 1
        folder = self.work / f"{name}-{self.counter}"
        folder.mkdir()
        return folder

    def parse(self, gc_off: bool = False) -> tuple[Sample, float]:
        sample = measure([sys.executable, "-c", PARSE, self.spec, *(["gc-off"] if gc_off else [])])
        return sample, float(sample.stdout.strip().splitlines()[-1])

    def generate(self, targets: tuple[str, ...], out: Path, cache: Path, spec: Path | None = None) -> Sample:
        flags = [arg for target in targets for arg in ("--target", target)]
        command: list[str | Path] = [*codegen_command(), "generate", "--spec", spec or self.spec, "--out", out]
        command += [*flags, *PACKAGE]
        return measure(command, env=codegen_env(cache), cwd=self.cwd)

    def cold(self, targets: tuple[str, ...]) -> Sample:
        folder = self.fresh("cold")
        try:
            return self.generate(targets, folder / "out", folder / "cache")
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def validate(self) -> Sample:
        folder = self.fresh("validate")
        try:
            return measure([*codegen_command(), "validate", self.spec], env=codegen_env(folder / "cache"), cwd=self.cwd)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def peer(self, peer: Peer, keep: bool) -> tuple[Sample, Path]:
        folder = self.fresh(peer.name)
        out = folder / "out"
        sample = measure(peer.command(self.spec, out, folder), env=peer.env(), cwd=folder, check=False)
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)
        return sample, out


def edit_description(text: str, schema: str, marker: str) -> str:
    """`text` with `marker` put at the start of component schema `schema`'s description.

    A text edit, so that everything else in the file stays byte for byte as it was.
    """
    lines = text.split("\n")
    try:
        in_schemas = lines.index("  schemas:")
        start = lines.index(f"    {schema}:", in_schemas)
    except ValueError:
        raise SystemExit(f"component schema {schema!r} not found as '    {schema}:' under '  schemas:'") from None
    for index in range(start + 1, len(lines)):
        line = lines[index]
        if line.strip() and len(line) - len(line.lstrip()) <= 4:
            break
        if line.startswith("      description:"):
            value = line.split(":", 1)[1].strip()
            if value in (">", ">-", ">+", "|", "|-", "|+"):
                body = lines[index + 1]
                indent = len(body) - len(body.lstrip())
                lines[index + 1] = f"{body[:indent]}{marker} {body[indent:]}"
            elif value[:1] in ("'", '"'):
                lines[index] = f"      description: {value[0]}{marker} {value[1:]}"
            else:
                lines[index] = f"      description: {marker} {value}"
            return "\n".join(lines)
    raise SystemExit(f"component schema {schema!r} has no 'description:' line to edit")


def add_field(text: str, schema: str, marker: str) -> str:
    """`text` with a new string property, described by `marker`, first in component schema `schema`.

    A structural edit (the model, its docs and the IR change; the validator must run again),
    made in the text like `edit_description`.
    """
    lines = text.split("\n")
    try:
        start = lines.index(f"    {schema}:", lines.index("  schemas:"))
        at = lines.index("      properties:", start)
    except ValueError:
        raise SystemExit(f"component schema {schema!r} has no '      properties:' line") from None
    name = field_name(marker)
    lines[at + 1 : at + 1] = [f"        {name}:", f"          description: {marker}", "          type: string"]
    return "\n".join(lines)


def field_name(marker: str) -> str:
    """The name `add_field` gives the property it adds (found in the files it changes,
    such as validators, which do not repeat descriptions)."""
    return "bench_" + "".join(ch if ch.isalnum() else "_" for ch in marker.lower()).strip("_")


EDITS = {"description": edit_description, "field added": add_field}


def warm_series(bench: Bench, targets: tuple[str, ...], reps: int) -> Row:
    """(4) Runs with no change, on a warm cache and the same output folder."""
    folder = bench.fresh("warm")
    out, cache = folder / "out", folder / "cache"
    bench.generate(targets, out, cache)
    row = Row(f"no change, warm ({'+'.join(targets)})")
    touched: set[str] = set()
    for index in range(reps):
        before = snapshot(out)
        sample = bench.generate(targets, out, cache)
        changed = rewritten(before, snapshot(out))
        touched.update(changed)
        row.samples.append(sample)
        note(f"{row.label} [{index + 1}/{reps}]: {sample.wall:.2f} s, {len(changed)} files rewritten")
    row.details = {"rewritten": sorted(touched), "files": len(snapshot(out))}
    shutil.rmtree(folder, ignore_errors=True)
    return row


def changed_series(bench: Bench, targets: tuple[str, ...], reps: int, schema: str, edit: str = "description") -> Row:
    """(5) Runs after editing one schema (`edit`: one of `EDITS`), each on the previous run's output and cache."""
    folder = bench.fresh("changed")
    spec_dir = folder / "spec"
    spec_dir.mkdir()
    spec = spec_dir / bench.spec.name
    original = bench.spec.read_text("utf-8")
    spec.write_text(original, "utf-8")
    out, cache = folder / "out", folder / "cache"
    bench.generate(targets, out, cache, spec)
    what = "one schema changed" if edit == "description" else f"one schema changed, {edit}"
    row = Row(f"{what} ({'+'.join(targets)})")
    lists: list[list[str]] = []
    unrelated: set[str] = set()
    for index in range(reps):
        marker = f"Benchmark edit {index + 1}."
        spec.write_text(EDITS[edit](original, schema, marker), "utf-8")
        before = snapshot(out)
        sample = bench.generate(targets, out, cache, spec)
        changed = rewritten(before, snapshot(out))
        lists.append(changed)
        for path in changed:
            text = (out / path).read_text("utf-8", "replace")
            evidence = marker if edit == "description" else field_name(marker)
            if not path.endswith(".codegen-manifest.json") and evidence not in text:
                unrelated.add(path)
        row.samples.append(sample)
        note(f"{row.label} [{index + 1}/{reps}]: {sample.wall:.2f} s, {len(changed)} files rewritten")
    counts = sorted({len(items) for items in lists})
    row.details = {
        "schema": schema,
        "rewritten_counts": counts,
        "rewritten": lists[-1] if lists else [],
        "rewritten_without_the_edit": sorted(unrelated),
        "files": len(snapshot(out)),
    }
    shutil.rmtree(folder, ignore_errors=True)
    return row


def spec_facts(bench: Bench) -> str:
    sample = bench.validate()
    line = (sample.stdout.strip().splitlines() or [""])[-1]
    return line.split(": ", 1)[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", type=Path, default=STRIPE_SPEC)
    parser.add_argument("--reps", type=int, default=5, help="repetitions per measurement (median, min-max)")
    parser.add_argument("--no-peers", action="store_true", help="skip the peer generators")
    parser.add_argument("--schema", default="customer", help="component schema whose description is edited")
    parser.add_argument("--json", type=Path, help="also write every number here, as JSON")
    args = parser.parse_args()
    spec: Path = args.spec.resolve()
    if not spec.is_file():
        sys.exit(f"skipped: {spec} not found (Stripe's spec lives in ../shared/specs)")
    peers = [] if args.no_peers else list(PEERS)
    for peer in peers:
        install(peer)
    targets = all_targets()
    facts = machine()
    load_start = load_average()

    with tempfile.TemporaryDirectory(prefix="bench-generate-") as tmp:
        bench = Bench(spec, Path(tmp))
        contents = spec_facts(bench)
        parse = Row("YAML parse alone (CSafeLoader; in-process time)")
        parse_gc_off = Row("YAML parse alone, cyclic GC off (as codegen parses)")
        python = Row("cold: --target python")
        everything = Row(f"cold: --target {' --target '.join(targets)}")
        validate = Row("cold: codegen validate (parse, validate, convert)")
        peer_rows = {peer.name: Row(peer.name) for peer in peers}
        kept: dict[str, Path] = {}
        for index in range(args.reps):
            note(f"round {index + 1}/{args.reps} (load average {load_average()})")
            sample, inner = bench.parse()
            parse.samples.append(sample)
            parse.inner.append(inner)
            note(f"YAML parse: {inner:.2f} s (process {sample.wall:.2f} s)")
            sample, inner_gc_off = bench.parse(gc_off=True)
            parse_gc_off.samples.append(sample)
            parse_gc_off.inner.append(inner_gc_off)
            note(f"YAML parse, GC off: {inner_gc_off:.2f} s (process {sample.wall:.2f} s)")
            for row, chosen in ((python, ("python",)), (everything, targets)):
                sample = bench.cold(chosen)
                row.samples.append(sample)
                note(f"{row.label}: {sample.wall:.2f} s, {sample.tree_mem / MB:.0f} MB")
            sample = bench.validate()
            validate.samples.append(sample)
            note(f"{validate.label}: {sample.wall:.2f} s")
            for peer in peers:
                last = index == args.reps - 1
                sample, out = bench.peer(peer, keep=last)
                peer_rows[peer.name].samples.append(sample)
                if last:
                    kept[peer.name] = out
                note(f"{peer.name}: {sample.wall:.2f} s, exit {sample.returncode}, {sample.tree_mem / MB:.0f} MB")
        warm = [warm_series(bench, ("python",), args.reps), warm_series(bench, targets, args.reps)]
        changed = [
            changed_series(bench, ("python",), args.reps, args.schema),
            changed_series(bench, targets, args.reps, args.schema),
            changed_series(bench, ("python",), args.reps, args.schema, "field added"),
            changed_series(bench, targets, args.reps, args.schema, "field added"),
        ]
        for peer in peers:
            row = peer_rows[peer.name]
            out = kept[peer.name]
            row.details = {
                "version": peer.version(),
                "failed_runs": sum(not s.ok for s in row.samples),
                **peer.inspect(out, row.samples[-1]),
            }
            check = import_check(peer, out) if row.samples[-1].ok else ""
            if check:
                row.details["import"] = check
            if not row.samples[-1].ok:
                tail = (row.samples[-1].stderr or row.samples[-1].stdout).strip().splitlines()[-3:]
                row.details["error"] = " / ".join(line.strip()[:200] for line in tail)

    report = Report(facts, load_start, load_average(), contents, parse, python, everything, validate, warm, changed)
    report.parse_gc_off = parse_gc_off
    report.spec_name = spec.name
    report.peers = [peer_rows[p.name] for p in peers]
    print(report.text())
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report.data(), indent=1))


@dataclass(slots=True)
class Report:
    facts: dict[str, str]
    load_start: str
    load_end: str
    contents: str
    parse: Row
    python: Row
    everything: Row
    validate: Row
    warm: list[Row]
    changed: list[Row]
    peers: list[Row] = field(default_factory=list)
    parse_gc_off: Row | None = None
    spec_name: str = ""

    @property
    def floor(self) -> float:
        return statistics.median(self.parse.inner) if self.parse.inner else float("nan")

    def main_table(self) -> str:
        floor = self.floor
        rows: list[list[object]] = []
        inner = self.parse.inner
        parse_stat = f"{floor:.2f} s ({min(inner):.2f}-{max(inner):.2f})" if len(inner) > 1 else f"{floor:.2f} s"
        rows.append([self.parse.label, parse_stat, "", "", "1.0x", ""])
        s = self.parse.summary
        rows.append(["YAML parse: whole process", s.wall.seconds(), s.cpu.seconds(), s.tree_mem.megabytes(), "", ""])
        if self.parse_gc_off is not None and self.parse_gc_off.inner:
            off = self.parse_gc_off.inner
            median = statistics.median(off)
            stat = f"{median:.2f} s ({min(off):.2f}-{max(off):.2f})" if len(off) > 1 else f"{median:.2f} s"
            rows.append([self.parse_gc_off.label, stat, "", "", f"{median / floor:.1f}x", "not the issue's floor"])
        for row in (self.python, self.everything, self.validate, *self.warm, *self.changed):
            s = row.summary
            extra = ""
            if row in self.warm:
                files = row.details.get("rewritten", [])
                assert isinstance(files, list)
                extra = f"{len(files)} of {row.details['files']} files rewritten"
            elif "rewritten_counts" in row.details:
                counts = row.details["rewritten_counts"]
                assert isinstance(counts, list)
                extra = f"{'/'.join(map(str, counts))} of {row.details['files']} files rewritten"
            rows.append(
                [
                    row.label,
                    s.wall.seconds(),
                    s.cpu.seconds(),
                    s.tree_mem.megabytes(),
                    f"{s.wall.median / floor:.1f}x" if floor else "n/a",
                    extra,
                ]
            )
        return table(["codegen", "wall", "CPU (user+sys)", "peak memory (tree PSS)", "/ YAML parse", ""], rows)

    def peer_table(self) -> str:
        ours = self.python.summary.wall.median
        ours_all = self.everything.summary.wall.median
        rows: list[list[object]] = []
        for row in self.peers:
            s = row.summary
            d = row.details
            failed = d.get("failed_runs", 0)
            outcome = "ok" if not failed else f"{failed} of {s.wall.count} runs failed"
            notes = [str(d[key]) for key in ("note", "import", "error") if d.get(key)]
            rows.append(
                [
                    f"{row.label} {d.get('version', '')}",
                    s.wall.seconds(),
                    s.tree_mem.megabytes(),
                    outcome,
                    d.get("operations", "?"),
                    d.get("models", "?"),
                    "; ".join(notes),
                    ratio(ours, s.wall.median),
                    ratio(ours_all, s.wall.median),
                ]
            )
        headers = [
            "peer (same spec, same run)",
            "wall",
            "peak memory (tree PSS)",
            "exit",
            "operations",
            "models",
            "notes",
            "peer / ours (python)",
            "peer / ours (all targets)",
        ]
        return table(headers, rows)

    def verdicts(self) -> list[tuple[str, str, bool]]:
        floor = self.floor
        python = self.python.summary
        everything = self.everything.summary
        items: list[tuple[str, str, bool]] = []
        limit = PARSE_FACTOR * floor
        items.append(
            (
                f"cold python <= {PARSE_FACTOR:.0f}x YAML parse ({limit:.2f} s)",
                f"{python.wall.median:.2f} s ({python.wall.median / floor:.1f}x)",
                python.wall.median <= limit,
            )
        )
        for row in self.peers:
            peer = row.summary.wall.median
            items.append(
                (
                    f"cold python faster than {row.label}",
                    f"{python.wall.median:.2f} s vs {peer:.2f} s",
                    python.wall.median < peer,
                )
            )
        items.append(
            (
                f"cold {'+'.join(all_targets())} < {ALL_TARGETS_LIMIT:.0f} s",
                f"{everything.wall.median:.2f} s",
                everything.wall.median < ALL_TARGETS_LIMIT,
            )
        )
        for row in self.warm:
            rewrites = row.details.get("rewritten", [])
            assert isinstance(rewrites, list)
            wall = row.summary.wall.median
            items.append(
                (
                    f"{row.label}: < {NO_CHANGE_LIMIT:.0f} s, nothing rewritten",
                    f"{wall:.2f} s, {len(rewrites)} rewritten",
                    wall < NO_CHANGE_LIMIT and not rewrites,
                )
            )
        for row in self.changed:
            wall = row.summary.wall.median
            stray = row.details.get("rewritten_without_the_edit", [])
            counts = row.details.get("rewritten_counts", [])
            assert isinstance(stray, list) and isinstance(counts, list)
            items.append(
                (
                    f"{row.label}: < {ONE_SCHEMA_LIMIT:.0f} s, only affected files rewritten",
                    f"{wall:.2f} s, {'/'.join(map(str, counts))} rewritten, {len(stray)} without the edited text",
                    wall < ONE_SCHEMA_LIMIT and not stray,
                )
            )
        peak = max(row.summary.tree_mem.high for row in (self.python, self.everything, *self.warm, *self.changed))
        items.append(
            (f"peak memory < {MEMORY_LIMIT} MB (whole process tree)", f"{peak / MB:.0f} MB", peak / MB < MEMORY_LIMIT)
        )
        return items

    def text(self) -> str:
        parts = [
            f"## Generation: {self.spec_name} (bench_generate.py)",
            "",
            f"Spec: {self.contents}. Medians of {self.python.summary.wall.count} runs (min-max); every run a "
            f"fresh process; cold = empty cache. Load average at start {self.load_start}, at end {self.load_end}.",
            "",
            self.main_table(),
        ]
        if self.peers:
            parts += ["", self.peer_table()]
            for row in self.peers:
                dropped = row.details.get("dropped")
                if isinstance(dropped, list) and dropped:
                    parts += ["", f"{row.label} dropped: " + ", ".join(dropped)]
        parts += [
            "",
            table(
                ["target (issue 8)", "measured", "met"], [(a, b, "yes" if c else "NO") for a, b, c in self.verdicts()]
            ),
        ]
        for row in self.changed + self.warm:
            files = row.details.get("rewritten", [])
            if isinstance(files, list) and files:
                parts += ["", f"Rewritten by '{row.label}' (last run): " + ", ".join(files)]
            stray = row.details.get("rewritten_without_the_edit", [])
            if isinstance(stray, list) and stray:
                parts += ["... of which without the edited text: " + ", ".join(stray)]
        return "\n".join(parts)

    def data(self) -> dict[str, object]:
        def row_data(row: Row) -> dict[str, object]:
            return {"label": row.label, **row.summary.as_dict(), "details": row.details}

        return {
            "machine": self.facts,
            "load_start": self.load_start,
            "load_end": self.load_end,
            "spec": self.contents,
            "yaml_parse_inner": self.parse.inner,
            "yaml_parse_median": self.floor,
            "yaml_parse_gc_off_inner": self.parse_gc_off.inner if self.parse_gc_off else [],
            "rows": [
                row_data(r)
                for r in (self.parse, self.python, self.everything, self.validate, *self.warm, *self.changed)
            ],
            "peers": [row_data(r) for r in self.peers],
            "verdicts": [{"target": a, "measured": b, "met": c} for a, b, c in self.verdicts()],
        }


if __name__ == "__main__":
    main()
