"""Where the time of `codegen generate` on Stripe's spec goes: phases, cProfile, pyinstrument.

    python benchmarks/profile_generate.py [--spec PATH] [--targets python] > profile.md

Prints Markdown (the data behind benchmarks/PROFILE.md):

1. Phases of a cold run, in a fresh process with the cyclic GC paused as `pipeline.generate`
   does: wall and CPU time of loading (YAML parse and `$ref` walk), validation
   (openapi-spec-validator), conversion to the IR, rendering and black per target, planning
   and writing. Black runs in worker processes, so its CPU time is not in this process's.
2. The top 30 entries by cumulative time of cProfile on: a cold run (empty cache), a
   second run with no change, and a run after one schema's description changed.
3. pyinstrument's call tree of the cold run, when pyinstrument installs (into its own venv,
   benchmarks/.venvs/profile, which sees this Python's packages).

Profiles and raw output are kept in benchmarks/results/profile-<time>/.
"""

from __future__ import annotations

import argparse
import io
import pstats
import re
import shutil
import subprocess
import sys
import tempfile
import venv
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_generate import PACKAGE, edit_description
from benchlib import RESULTS, ROOT, STRIPE_SPEC, VENVS, codegen_env, load_average, note

PHASES = r"""
import gc, resource, sys, time
from pathlib import Path
started = time.perf_counter()
from generator.config import Config
from generator.ir.convert import ConvertOptions, convert
from generator.load.loader import load
from generator.targets import get as get_target
from generator.targets import job_for
from generator.load.validate import validate
from generator.output.write import Output, plan, write

spec, out, targets = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3].split(",")
rows = []
last = [time.perf_counter(), time.process_time()]

def lap(name):
    now = [time.perf_counter(), time.process_time()]
    rows.append((name, now[0] - last[0], now[1] - last[1]))
    last[:] = [time.perf_counter(), time.process_time()]

lap("imports (generator, before the run)")
gc.disable()
config = Config(spec=spec, out=out)
loaded = load(spec, config.limits)
lap("load: YAML parse + $ref walk")
issues = validate(loaded, None)
assert not issues, issues[:3]
lap("validate: openapi-spec-validator")
api, _ = convert(loaded, ConvertOptions())
lap("convert: spec -> IR")
job = job_for(api, spec.name, {"python": {"package": "stripe_api", "client_class": "StripeClient"}})
output = Output()
for target in targets:
    plugin = get_target(target)
    files = plugin.render(job)
    lap(f"render {target} ({len(files)} files)")
    formatted = plugin.format(files, trust_layout=True, cache=None)
    lap(f"format {target}")
    for relative, content in formatted.items():
        output.add(target, relative, content)
gc.enable()
the_plan = plan(out, output)
lap("plan: compare with the output folder")
write(out, output, the_plan)
lap(f"write: {len(output.files)} files")
total_wall = sum(r[1] for r in rows)
total_cpu = sum(r[2] for r in rows)
rows.append(("total", total_wall, total_cpu))
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print("| phase | wall | CPU (this process) |")
print("|---|---|---|")
for name, wall, cpu in rows:
    print(f"| {name} | {wall:.2f} s | {cpu:.2f} s |")
print()
print(f"Peak RSS of the process: {peak:.0f} MB.")
"""


def phases(spec: Path, targets: str, work: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-c", PHASES, spec, work / "phases-out", targets],
        capture_output=True,
        text=True,
        check=True,
        env=codegen_env(None),
        cwd=work,
    )
    return result.stdout


def cprofile(label: str, spec: Path, out: Path, cache: Path, targets: list[str], folder: Path) -> str:
    target = folder / f"{label}.prof"
    flags = [arg for name in targets for arg in ("--target", name)]
    command = [sys.executable, "-m", "cProfile", "-o", str(target), "-m", "generator", "generate"]
    command += ["--spec", str(spec), "--out", str(out), *flags, *PACKAGE]
    subprocess.run(command, check=True, env=codegen_env(cache), cwd=folder, capture_output=True)
    stream = io.StringIO()
    stats = pstats.Stats(str(target), stream=stream)
    stats.sort_stats("cumulative").print_stats(30)
    text = re.sub(r"/\S*/site-packages/", "", stream.getvalue())
    text = text.replace(str(ROOT) + "/", "").replace(str(folder), "<tmp>")
    (folder / f"{label}.txt").write_text(text)
    lines = [line for line in text.splitlines() if line.strip()]
    start = next((i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls")), 0)
    header = next((line.strip() for line in lines if "function calls" in line), "")
    return f"{header}\n\n" + "\n".join(lines[start:])


def pyinstrument(spec: Path, targets: list[str], folder: Path) -> str:
    """The cold run under pyinstrument, or why it could not run."""
    home = VENVS / "profile"
    python = home / "bin" / "python"
    if not python.is_file():
        note("installing pyinstrument into benchmarks/.venvs/profile")
        venv.create(home, with_pip=True, system_site_packages=True, clear=True)
        installed = subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "pyinstrument"], capture_output=True, text=True, check=False
        )
        if installed.returncode != 0:
            return f"pyinstrument did not install: {installed.stderr.strip()[-300:]}"
    flags = [arg for name in targets for arg in ("--target", name)]
    report = folder / "pyinstrument.txt"
    command = [str(python), "-m", "pyinstrument", "--show-all", "-r", "text", "-o", str(report)]
    command += ["-m", "generator", "generate", "--spec", str(spec), "--out", str(folder / "pyi-out"), *flags, *PACKAGE]
    result = subprocess.run(command, env=codegen_env(folder / "pyi-cache"), cwd=folder, capture_output=True, text=True)
    if result.returncode != 0:
        return f"pyinstrument failed: {result.stderr.strip()[-300:]}"
    text = report.read_text().replace(str(ROOT) + "/", "")
    text = re.sub(r"/\S*/site-packages/", "", text)
    # Keep the tree down to entries of at least 0.2 s: the rest is noise at this scale.
    kept = [line for line in text.splitlines() if _seconds(line) is None or (_seconds(line) or 0) >= 0.2]
    return "\n".join(kept[:120])


def _seconds(line: str) -> float | None:
    match = re.match(r"^[\s│├└─]*(\d+\.\d+) ", line)
    return float(match.group(1)) if match else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", type=Path, default=STRIPE_SPEC)
    parser.add_argument("--targets", default="python", help="comma-separated targets (default: python)")
    parser.add_argument("--schema", default="customer", help="component schema edited for the 'one change' profile")
    args = parser.parse_args()
    targets = args.targets.split(",")
    folder = RESULTS / f"profile-{datetime.now(UTC).strftime('%Y%m%d-%H%M%S')}"
    folder.mkdir(parents=True)
    print(f"Profiled {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; load average at start {load_average()}.\n")
    with tempfile.TemporaryDirectory(prefix="profile-") as tmp:
        work = Path(tmp)
        note("phases")
        print(f"### Phases of a cold run (--target {' --target '.join(targets)})\n")
        print(phases(args.spec, args.targets, work))
        spec_dir = work / "spec"
        spec_dir.mkdir()
        spec = spec_dir / args.spec.name
        original = args.spec.read_text("utf-8")
        spec.write_text(original, "utf-8")
        out, cache = work / "out", work / "cache"
        for label, title in (
            ("cold", "cold run (empty cache)"),
            ("warm", "second run, no change"),
            ("changed", f"after changing the description of schema '{args.schema}'"),
        ):
            if label == "changed":
                spec.write_text(edit_description(original, args.schema, "Profile edit."), "utf-8")
            note(f"cProfile: {title}")
            print(f"### cProfile, top 30 by cumulative time: {title}\n\n```")
            print(cprofile(label, spec, out, cache, targets, folder))
            print("```\n")
        note("pyinstrument")
        print("### pyinstrument: cold run (entries of 0.2 s or more)\n\n```")
        print(pyinstrument(args.spec, targets, folder))
        print("```")
        shutil.rmtree(folder / "pyi-out", ignore_errors=True)
        shutil.rmtree(folder / "pyi-cache", ignore_errors=True)
    print(f"\nLoad average at the end: {load_average()}. Raw profiles: {folder}")


if __name__ == "__main__":
    main()
