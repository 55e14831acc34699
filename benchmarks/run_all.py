"""Every benchmark in one command: install the peers, run everything, print one table, write RESULTS.md.

    python benchmarks/run_all.py            # the full run (about an hour on a 2-core machine)
    python benchmarks/run_all.py --quick    # a smoke run: 1 repetition, no peers, small sizes

1. Installs the peer generators with pip, each into its own venv under benchmarks/.venvs/
   (openapi-python-client, openapi-generator-cli (needs Java 17), datamodel-code-generator).
2. Runs, each as a child process of this one, capturing its output:
   `bench_generate.py` (Stripe's spec: cold, warm, one schema changed, peers),
   `bench_targets.py` (every target; Stripe, OpenAI, a dereferenced spec, DigitalOcean),
   `bench_scaling.py` (1x-8x synthetic specs), then the other benchmarks found in
   benchmarks/ (`bench_client.py`, `bench_runtime_encoding.py`, `bench_validators.py`,
   `bench_mock.py`, `bench_docs.py`, `bench_fuzz.py`, and any other `bench_*.py`); one that
   is missing is listed as such.
3. Prints a combined table (the issue's targets, met or not, then one line per benchmark),
   followed by every benchmark's own tables, and writes them all with the date and the
   machine (CPU, cores, RAM, Python, load average) to benchmarks/RESULTS.md (a --quick run
   writes benchmarks/results/<time>/RESULTS.md instead, so it never replaces a full run's).
   Raw output and JSON go to benchmarks/results/<time>/.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import RESULTS, load_average, machine, note, table
from peers import PEERS, install

HERE = Path(__file__).resolve().parent
TIMEOUT = 3 * 3600


@dataclass(frozen=True, slots=True)
class Script:
    name: str
    full: tuple[str, ...]  # extra arguments of a full run
    quick: tuple[str, ...]  # of a --quick run (only flags the script's --help lists are passed)
    summary: str  # what it measures, for the combined table


SCRIPTS = (
    Script("bench_generate.py", (), ("--reps", "1", "--no-peers"), "codegen generate on Stripe's spec, vs peers"),
    Script(
        "bench_targets.py",
        ("--reps", "3"),
        ("--reps", "1", "--rows", "stripe-python,stripe-all"),
        "every target, every shape of spec (issue 30)",
    ),
    Script("bench_scaling.py", (), ("--sizes", "1,2", "--layout", "flat"), "linearity, 1x-8x synthetic specs"),
    Script(
        "bench_client.py",
        (),
        ("--runs", "3", "--models", "1000", "--encode", "10000"),
        "generated client vs stripe: import, parse",
    ),
    Script(
        "bench_runtime_encoding.py",
        (),
        ("--n", "10000", "--models", "1000", "--repeat", "1"),
        "runtime form encoding and model parsing",
    ),
    Script("bench_validators.py", (), ("--instances", "2000"), "generated validators vs jsonschema"),
    Script("bench_mock.py", (), ("--runs", "1", "--requests", "100"), "codegen mock: start-up and latency"),
    Script("bench_docs.py", (), ("--runs", "1"), "HTML docs vs Redoc"),
    Script("bench_fuzz.py", ("--examples", "100"), ("--examples", "20"), "fuzzed specs (100; run it alone for 500)"),
)


def all_scripts() -> list[Script]:
    """The known scripts, then any other `bench_*.py` in benchmarks/ (run with its defaults)."""
    known = {script.name for script in SCRIPTS}
    others = [
        Script(path.name, (), (), "(found in benchmarks/)")
        for path in sorted(HERE.glob("bench_*.py"))
        if path.name not in known
    ]
    return [*SCRIPTS, *others]


@dataclass(frozen=True, slots=True)
class Outcome:
    script: Script
    status: str  # "ok", "failed (exit N)", "missing", "timed out"
    seconds: float
    stdout: str
    stderr: str


def accepted(script: Path, flags: tuple[str, ...]) -> list[str]:
    """`flags` (pairs or single switches) that `script --help` mentions."""
    help_text = subprocess.run(
        [sys.executable, script, "--help"], capture_output=True, text=True, check=False, timeout=300
    ).stdout
    result: list[str] = []
    index = 0
    while index < len(flags):
        flag = flags[index]
        has_value = index + 1 < len(flags) and not flags[index + 1].startswith("--")
        group = list(flags[index : index + (2 if has_value else 1)])
        if flag in help_text:
            result += group
        else:
            note(f"{script.name}: --help does not list {flag}; not passed")
        index += len(group)
    return result


def run_script(script: Script, quick: bool, folder: Path) -> Outcome:
    path = HERE / script.name
    if not path.is_file():
        return Outcome(script, "missing", 0.0, "", "")
    arguments = accepted(path, script.quick) if quick else list(script.full)
    if script.name in ("bench_generate.py", "bench_scaling.py"):
        arguments += ["--json", str(folder / script.name.replace(".py", ".json"))]
    note(f"running {script.name} {' '.join(arguments)} (load average {load_average()})")
    started = time.perf_counter()
    try:
        result = subprocess.run(
            [sys.executable, path, *arguments],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
            cwd=HERE.parent,
        )
        status = "ok" if result.returncode == 0 else f"failed (exit {result.returncode})"
        stdout, stderr = result.stdout, result.stderr
    except subprocess.TimeoutExpired as exc:
        status = "timed out"
        stdout = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        stderr = exc.stderr.decode() if isinstance(exc.stderr, bytes) else exc.stderr or ""
    seconds = time.perf_counter() - started
    stem = script.name.removesuffix(".py")
    (folder / f"{stem}.out").write_text(stdout)
    (folder / f"{stem}.err").write_text(stderr)
    if stdout.strip().startswith("skipped"):
        status = "skipped"
    note(f"{script.name}: {status} in {seconds:.0f} s")
    return Outcome(script, status, seconds, stdout, stderr)


def combined(outcomes: list[Outcome], folder: Path) -> str:
    """The issue's targets (from bench_generate's JSON), then one line per benchmark."""
    rows: list[list[object]] = []
    generate = folder / "bench_generate.json"
    if generate.is_file():
        for verdict in json.loads(generate.read_text())["verdicts"]:
            rows.append([verdict["target"], verdict["measured"], "yes" if verdict["met"] else "NO"])
    scaling = folder / "bench_scaling.json"
    if scaling.is_file():
        rows.extend(_scaling_rows(json.loads(scaling.read_text())))
    parts = []
    if rows:
        parts.append(table(["target (issue 8)", "measured", "met"], rows))
        parts.append("")
    lines = []
    for outcome in outcomes:
        last = _last_line(outcome)
        lines.append([outcome.script.name, outcome.script.summary, outcome.status, f"{outcome.seconds:.0f} s", last])
    parts.append(table(["benchmark", "measures", "status", "took", "last line of its output"], lines))
    return "\n".join(parts)


def _scaling_rows(sizes: list[dict[str, Any]]) -> list[list[object]]:
    """Per layout: time and memory per 1x at the largest size, relative to the smallest (1.00 = linear)."""
    rows: list[list[object]] = []
    for layout in dict.fromkeys(str(s.get("layout", "")) for s in sizes):
        runs = [s for s in sizes if s.get("layout", "") == layout and isinstance(s.get("generate"), dict)]
        if len(runs) < 2:
            continue
        first, last = runs[0], runs[-1]

        def per(size: dict[str, Any], key: str) -> float:
            return float(size["generate"][key]) / float(size["times"])

        wall = per(last, "wall_median") / per(first, "wall_median")
        cpu = per(last, "cpu_median") / per(first, "cpu_median")
        memory = per(last, "tree_mem_median_mb") / per(first, "tree_mem_median_mb")
        label = f"linear cost ({layout}): per-1x cost at {last['times']}x / at {first['times']}x, generate python"
        measured = f"wall {wall:.2f}, CPU {cpu:.2f}, memory {memory:.2f} (1.00 = linear)"
        rows.append([label, measured + ", met if within 25%", "yes" if max(wall, cpu) <= 1.25 else "NO"])
    return rows


def _last_line(outcome: Outcome) -> str:
    if outcome.status == "ok" and outcome.script.name in ("bench_generate.py", "bench_scaling.py"):
        return "its tables: above and below"
    text = outcome.stdout if outcome.status in ("ok", "skipped") else outcome.stderr or outcome.stdout
    lines = [line.strip() for line in text.strip().splitlines() if line.strip() and not line.startswith("|--")]
    return (lines[-1][:110] if lines else "").replace("|", "/")


def markdown(
    facts: dict[str, str], load_end: str, command: str, summary: str, outcomes: list[Outcome], pending: list[str]
) -> str:
    parts = [
        "# Benchmark results",
        "",
        f"Written by `{command}` on {facts['date']}. Every number below comes from this one run."
        + (f" Not run yet when this was written: {', '.join(pending)}." if pending else ""),
        "",
        table(["machine", ""], [*facts.items(), ("load average at the end", load_end)]),
        "",
        "The load average is printed because this machine is shared: wall times measured under load are "
        "longer than on a quiet machine; CPU times (user+sys of the whole process tree) are printed beside them.",
        "",
        "## Summary",
        "",
        summary,
    ]
    for outcome in outcomes:
        if outcome.status == "missing":
            continue
        parts += ["", f"## {outcome.script.name} ({outcome.status}, {outcome.seconds:.0f} s)", ""]
        text = outcome.stdout.strip()
        if outcome.script.name in _MARKDOWN_OUTPUT and outcome.status == "ok":
            parts.append(_drop_heading(text))
        else:
            parts += ["```", text or "(no output)", "```"]
            if outcome.status not in ("ok", "skipped"):
                tail = "\n".join(outcome.stderr.strip().splitlines()[-20:])
                parts += ["", "stderr (last lines):", "", "```", tail, "```"]
    return "\n".join(parts) + "\n"


#: Benchmarks whose output is Markdown tables (the others' goes into a code block).
_MARKDOWN_OUTPUT = ("bench_generate.py", "bench_targets.py", "bench_scaling.py")


def _drop_heading(text: str) -> str:
    lines = text.splitlines()
    return "\n".join(lines[1:] if lines and lines[0].startswith("## ") else lines).strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="1 repetition, no peers, small sizes: a smoke run")
    parser.add_argument("--only", action="append", help="run only this script (repeatable), e.g. bench_generate.py")
    parser.add_argument("--results", type=Path, help="where to write the Markdown report")
    args = parser.parse_args()
    facts = machine()
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    folder = RESULTS / (stamp + ("-quick" if args.quick else ""))
    folder.mkdir(parents=True, exist_ok=True)
    report_path: Path = args.results or (folder / "RESULTS.md" if args.quick or args.only else HERE / "RESULTS.md")
    command = "python benchmarks/run_all.py" + (" --quick" if args.quick else "")
    command += "".join(f" --only {name}" for name in args.only or ())
    print(f"{command}: results in {folder}", file=sys.stderr)
    if not args.quick:
        for peer in PEERS:
            install(peer)
    scripts = [s for s in all_scripts() if not args.only or s.name in args.only]
    outcomes: list[Outcome] = []
    for script in scripts:  # the report is rewritten after each script, so a cut-short run keeps its results
        outcomes.append(run_script(script, args.quick, folder))
        pending = [s.name for s in scripts[len(outcomes) :]]
        report = markdown(facts, load_average(), command, combined(outcomes, folder), outcomes, pending)
        report_path.write_text(report)
    print(report)
    print(f"written: {report_path}", file=sys.stderr)
    if any(o.status.startswith(("failed", "timed")) for o in outcomes):
        sys.exit(1)


if __name__ == "__main__":
    main()
