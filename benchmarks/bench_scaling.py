"""Does codegen's cost grow linearly with the spec? Synthetic specs of 1x, 2x, 4x, 8x Stripe's.

    python benchmarks/bench_scaling.py [--spec PATH] [--sizes 1,2,4,8] [--reps 1] [--layout both]

Copy N of the spec (N = 2, 3, ...) holds every path of Stripe's spec, renamed, and every
component schema renamed `NAME_xN`, with every `$ref`, `operationId` and `x-resourceId`
rewritten to match, so the copies are independent APIs side by side (copy 1 is the spec
itself, written out again like the others). Two layouts of the renamed paths:

* `namespaced`: `/v1/customers/...` becomes `/v1/copyN/customers/...`: each copy is one
  namespace (like Stripe's `/v1/issuing/...`), so the Python target puts all of a copy's
  operations into one resource, and so into one (large) module per kind;
* `flat`: `/v1/customers/...` becomes `/v1/customers_copyN/...`: each copy adds as many
  top-level resources as Stripe has, so module sizes stay as they are at 1x. Each size is written as YAML (block
style, like Stripe's) into a temp folder with a `codegen.toml` that raises
`limits.max_file_bytes` (the default 32 MiB limit refuses the 8x file), and measured in fresh processes:

* YAML parse alone (CSafeLoader, in-process time): the floor;
* `codegen validate` cold (parse, openapi-spec-validator, convert);
* `codegen generate --target python` cold (empty cache, empty output folder).

Printed per size: time (median of `--reps`, min-max), peak memory of the process tree, and
time and memory per 1x, which stay flat when cost is linear. A size that fails is reported
with the tail of its error, and the run goes on.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
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
    STRIPE_SPEC,
    CommandFailed,
    Sample,
    Stat,
    Summary,
    codegen_command,
    codegen_env,
    load_average,
    measure,
    note,
    table,
)

PARSE = (
    "import sys, time, yaml\n"
    "started = time.perf_counter()\n"
    "with open(sys.argv[1], encoding='utf-8') as handle:\n"
    "    yaml.load(handle.read(), Loader=yaml.CSafeLoader)\n"
    "print(time.perf_counter() - started)\n"
)
SCHEMA_REF = "#/components/schemas/"


def renamer(copy: int, schemas: set[str]) -> Callable[[Any], Any]:
    """A deep copy of a spec node with copy `copy`'s names; fresh containers, so YAML writes no aliases."""
    suffix = f"_x{copy}"

    def rename(node: Any) -> Any:
        if isinstance(node, dict):
            result = {}
            for key, value in node.items():
                if key == "$ref" and isinstance(value, str) and value.startswith(SCHEMA_REF):
                    name = value[len(SCHEMA_REF) :]
                    result[key] = SCHEMA_REF + (name + suffix if name in schemas else name)
                elif key == "operationId" and isinstance(value, str):
                    result[key] = f"{value}Copy{copy}"
                elif key == "x-resourceId" and isinstance(value, str):
                    result[key] = value + suffix
                else:
                    result[key] = rename(value)
            return result
        if isinstance(node, list):
            return [rename(item) for item in node]
        return node

    return rename


def renamed_path(path: str, copy: int, layout: str) -> str:
    """`path` in copy `copy`: `/v1/copyN/rest` (namespaced) or `/v1/first_copyN/rest` (flat)."""
    parts = path.split("/")  # ["", "v1", "customers", ...]
    head = 2 if len(parts) > 2 and re.fullmatch(r"v\d+", parts[1]) else 1
    if layout == "namespaced":
        return "/".join([*parts[:head], f"copy{copy}", *parts[head:]])
    return "/".join([*parts[:head], f"{parts[head]}_copy{copy}", *parts[head + 1 :]])


def multiply(spec: dict[str, Any], times: int, layout: str) -> dict[str, Any]:
    """`spec` with `times - 1` renamed copies of its paths and component schemas added."""
    schemas: dict[str, Any] = spec["components"]["schemas"]
    names = set(schemas)
    result = dict(spec)
    paths = dict(spec["paths"])
    all_schemas = dict(schemas)
    for copy in range(2, times + 1):
        rename = renamer(copy, names)
        for path, item in spec["paths"].items():
            new_path = renamed_path(path, copy, layout)
            if new_path in paths:
                raise ValueError(f"copy {copy}: path {new_path} already exists")
            paths[new_path] = rename(item)
        for name, schema in schemas.items():
            new_name = f"{name}_x{copy}"
            if new_name in all_schemas:
                raise ValueError(f"copy {copy}: schema {new_name} already exists")
            all_schemas[new_name] = rename(schema)
    result["paths"] = paths
    result["components"] = {**spec["components"], "schemas": all_schemas}
    return result


class _NoAliasDumper(yaml.CSafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


def write_spec(spec: dict[str, Any], folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    with path.open("w", encoding="utf-8") as handle:
        yaml.dump(spec, handle, Dumper=_NoAliasDumper, sort_keys=False, allow_unicode=True, width=80)
    (folder / "codegen.toml").write_text(
        "# Written by benchmarks/bench_scaling.py: the 8x spec is over the default 32 MiB limit.\n"
        "[limits]\nmax_file_bytes = 1073741824\nmax_nodes = 100000000\n"
    )
    return path


@dataclass(slots=True)
class Size:
    layout: str
    times: int
    spec: Path
    megabytes: float
    operations: int
    schemas: int
    parse: list[float] = field(default_factory=list)
    validate: list[Sample] = field(default_factory=list)
    generate: list[Sample] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)


def run_size(size: Size, work: Path, reps: int) -> None:
    folder = size.spec.parent
    for index in range(reps):
        note(f"{size.layout} {size.times}x [{index + 1}/{reps}] (load average {load_average()})")
        sample = measure([sys.executable, "-c", PARSE, size.spec])
        size.parse.append(float(sample.stdout.strip().splitlines()[-1]))
        steps: list[tuple[str, list[str | Path]]] = [
            ("validate", [*codegen_command(), "validate", size.spec]),
            ("generate", [*codegen_command(), "generate", "--spec", size.spec, "--target", "python"]),
        ]
        for kind, command in steps:
            if kind in size.errors:
                continue
            run_dir = work / f"run-{size.layout}-{size.times}-{kind}-{index}"
            run_dir.mkdir()
            out = run_dir / "out"
            try:
                args = [*command, "--package", "stripe_api", "--out", out] if kind == "generate" else command
                sample = measure(args, env=codegen_env(run_dir / "cache"), cwd=folder, timeout=3600)
                getattr(size, kind).append(sample)
                note(f"{size.times}x {kind}: {sample.wall:.2f} s, {sample.tree_mem / MB:.0f} MB")
            except CommandFailed as exc:
                size.errors[kind] = str(exc).splitlines()[-1][:300]
                note(f"{size.times}x {kind} FAILED: {size.errors[kind]}")
            finally:
                shutil.rmtree(run_dir, ignore_errors=True)


def report(sizes: list[Size]) -> str:
    """One row per size and step; 'per 1x' columns are flat (ratio 1.00 to the smallest size) when linear."""
    base: dict[str, float] = {}
    rows: list[list[object]] = []
    for size in sizes:
        if size.times == min(s.times for s in sizes if s.layout == size.layout):
            base = {}
        head = [size.layout, f"{size.times}x", f"{size.megabytes:.1f} MB", size.operations, size.schemas]
        parse = Stat.of(size.parse)
        rows.append(
            [*head, "YAML parse", parse.seconds(), _per(parse.median, size.times, base, "parse"), "", "", "", ""]
        )
        for kind in ("validate", "generate"):
            samples: list[Sample] = getattr(size, kind)
            label = "codegen validate" if kind == "validate" else "generate --target python"
            if kind in size.errors and not samples:
                rows.append([*head, label, f"FAILED: {size.errors[kind]}", "", "", "", "", ""])
                continue
            summary = Summary.of(samples)
            rows.append(
                [
                    *head,
                    label,
                    summary.wall.seconds(),
                    _per(summary.wall.median, size.times, base, kind),
                    summary.cpu.seconds(),
                    _per(summary.cpu.median, size.times, base, kind + " cpu"),
                    summary.tree_mem.megabytes(),
                    _per(summary.tree_mem.median / MB, size.times, base, kind + " memory", unit="MB"),
                ]
            )
    headers = [
        "layout",
        "size",
        "YAML",
        "operations",
        "schemas",
        "step",
        "wall",
        "per 1x (vs 1x)",
        "CPU",
        "per 1x (vs 1x)",
    ]
    return table([*headers, "peak memory (tree PSS)", "per 1x (vs 1x)"], rows)


def _per(value: float, times: int, base: dict[str, float], key: str, unit: str = "s") -> str:
    """Value per 1x, and its ratio to the smallest size's (1.00 is linear)."""
    per = value / times
    base.setdefault(key, per)
    digits = 0 if unit == "MB" else 2
    return f"{per:.{digits}f} {unit} ({per / base[key]:.2f})" if base[key] else f"{per:.{digits}f} {unit}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", type=Path, default=STRIPE_SPEC)
    parser.add_argument("--sizes", default="1,2,4,8", help="comma-separated multiples of the spec")
    parser.add_argument("--reps", type=int, default=1, help="repetitions per size (median, min-max)")
    parser.add_argument("--layout", choices=("namespaced", "flat", "both"), default="both", help="see above")
    parser.add_argument("--json", type=Path, help="also write every number here, as JSON")
    args = parser.parse_args()
    if not args.spec.is_file():
        sys.exit(f"skipped: {args.spec} not found (Stripe's spec lives in ../shared/specs)")
    multiples = [int(x) for x in args.sizes.split(",")]
    load_start = load_average()
    with tempfile.TemporaryDirectory(prefix="bench-scaling-") as tmp:
        work = Path(tmp)
        original = yaml.load(args.spec.read_text("utf-8"), Loader=yaml.CSafeLoader)
        sizes = []
        layouts = ("namespaced", "flat") if args.layout == "both" else (args.layout,)
        for layout in layouts:
            for times in multiples:
                note(f"building the {times}x spec ({layout})")
                spec = multiply(original, times, layout)
                path = write_spec(spec, work / f"spec-{layout}-{times}x", args.spec.name)
                operations = sum(1 for item in spec["paths"].values() for key in item if key in _METHODS)
                schemas = len(spec["components"]["schemas"])
                size = Size(layout, times, path, path.stat().st_size / MB, operations, schemas)
                del spec
                run_size(size, work, args.reps)
                sizes.append(size)
                path.unlink()
    text = [
        "## Scaling: synthetic specs of 1x-8x Stripe's (bench_scaling.py)",
        "",
        f"Cold runs (empty cache), medians of {args.reps} (min-max). 'per 1x' is time (or memory) divided by the size, "
        "and in brackets its ratio to the smallest size's: 1.00 means linear. "
        f"Load average at start {load_start}, at end {load_average()}.",
        "",
        report(sizes),
    ]
    print("\n".join(text))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps([_data(size) for size in sizes], indent=1))


_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


def _data(size: Size) -> dict[str, object]:
    return {
        "layout": size.layout,
        "times": size.times,
        "megabytes": size.megabytes,
        "operations": size.operations,
        "schemas": size.schemas,
        "parse": size.parse,
        "validate": Summary.of(size.validate).as_dict() if size.validate else None,
        "generate": Summary.of(size.generate).as_dict() if size.generate else None,
        "errors": size.errors,
    }


if __name__ == "__main__":
    main()
