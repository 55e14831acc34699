"""The corpus report (issue 17): every real public spec of the corpus through `codegen generate --target python`.

    python benchmarks/corpus_report.py [--reps 3] [--corpus ../shared/specs/corpus] [--out benchmarks/CORPUS.md]

One row per OpenAPI/Swagger root document: every .yaml/.yml/.json under `--corpus` whose top
level has an `openapi` or `swagger` key (so a multi-file tree such as DigitalOcean's counts
once, by its root `DigitalOcean-public.v2.yaml`), plus Stripe's spec from ../shared/specs.
For each document:

* its OpenAPI version and openapi-spec-validator's verdict, from the library itself
  (`openapi_spec_validator.validate`, with the file's URI as base for relative `$ref`s);
* the exit code of `codegen generate --target python`, strict and with `--lenient` (when
  `codegen generate --help` offers that flag), and the first error line of a failed run;
* of the generated package (the strict output, else the lenient one): how many modules
  import, one by one in a fresh interpreter; the error count of `mypy --strict` (cold
  cache, `--mypy-timeout`); the operations of the spec (method entries under `paths`,
  path-level `$ref`s resolved) against the public methods of the sync service classes
  (`ast`: public `def`s, sub-service properties left out);
* cold generation (fresh process, `CODEGEN_NO_CACHE=1`, fresh output folder) against the
  YAML parse of the same document in a fresh process (`yaml.load`, `CSafeLoader`, timed
  inside the process; for a multi-file document every file its `$ref`s reach), median of
  `--reps`, interleaved round by round so that load on the machine hits both alike.

Everything is written to a temporary folder; the corpus is only read. Writes `--out`
(CORPUS.md) and prints the summary. Targets (issue 17): every document openapi-spec-validator
accepts generates strict; every other one but Swagger 2.0 generates lenient; all import and
are mypy-clean; cold <= 3x parse.
"""

from __future__ import annotations

import argparse
import ast
import compileall
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import ROOT, SPECS, STRIPE_SPEC, Sample, load_average, machine, measure, note, table

CORPUS = SPECS / "corpus"
REPORT = Path(__file__).resolve().parent / "CORPUS.md"
PARSE_FACTOR = 3.0
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SUFFIXES = (".yaml", ".yml", ".json")
ROOT_KEY = re.compile(r'^(?:openapi|swagger)\s*:|^\s*\{?\s*"(?:openapi|swagger)"\s*:', re.MULTILINE)
NO_LENIENT = "n/a (no --lenient yet)"
ERROR_WIDTH = 110
CHILD_TIMEOUT = 900.0
TARGETS = ("python", "ruby", "java")
GSON_VERSION = "2.10.1"  # the one tests/java compiles against; any other gson in ~/.m2 otherwise
# Every file of the gem's lib/: its top-level files first (they require the rest), then each file in turn.
RUBY_LOAD = "ARGV.each { |file| require file }; puts $LOADED_FEATURES.size"
# One fresh interpreter per generated package imports each of its modules in turn (a module that fails
# is left out of sys.modules, so it fails again for whatever imports it, as it would in a process of its own).
IMPORTS = (
    "import importlib, json, sys\n"
    "failures = {}\n"
    "for name in sys.argv[1:]:\n"
    "    try:\n"
    "        importlib.import_module(name)\n"
    "    except BaseException as exc:\n"
    "        failures[name] = (f'{type(exc).__name__}: {exc}'.splitlines() or [''])[0]\n"
    "print(json.dumps(failures))\n"
)


# --- child processes: `corpus_report.py --child facts|parse PATH` -----------------------------------------------------


def load(path: Path) -> Any:
    import yaml

    text = path.read_text("utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    return yaml.load(text, Loader=yaml.CSafeLoader)


def pointer(document: Any, fragment: str) -> Any:
    """The node at JSON pointer `fragment` (without its '#') in `document`."""
    node = document
    for part in filter(None, fragment.split("/")):
        key = unquote(part).replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def refs(node: Any) -> Iterator[str]:
    """Every `$ref` string in `node`, at any depth."""
    todo = [node]
    while todo:
        item = todo.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str):
                yield ref
            todo.extend(item.values())
        elif isinstance(item, list):
            todo.extend(item)


def child_parse(path: Path) -> dict[str, object]:
    """Seconds spent in `yaml.load` on `path` and on every local file its `$ref`s reach (the walk is not timed)."""
    import yaml

    seconds, seen, todo = 0.0, {path.resolve()}, [path.resolve()]
    while todo:
        current = todo.pop()
        text = current.read_text("utf-8")
        started = time.perf_counter()
        document = yaml.load(text, Loader=yaml.CSafeLoader)
        seconds += time.perf_counter() - started
        for ref in refs(document):
            target = ref.split("#", 1)[0]
            if not target or "://" in target:
                continue
            resolved = (current.parent / unquote(target)).resolve()
            if resolved not in seen and resolved.is_file():
                seen.add(resolved)
                todo.append(resolved)
    return {"seconds": seconds, "files": len(seen)}


def child_facts(path: Path) -> dict[str, object]:
    """Version, openapi-spec-validator's verdict, and the operations under `paths`, of one document."""
    document = load(path)
    if not isinstance(document, dict) or not ({"openapi", "swagger"} & set(document)):
        return {"root": False}
    version = str(document.get("openapi", document.get("swagger")))
    facts: dict[str, object] = {"root": True, "version": version, "swagger2": "swagger" in document}
    from openapi_spec_validator import validate

    started = time.perf_counter()
    try:
        validate(document, base_uri=path.resolve().as_uri())
        facts["valid"], facts["validator_error"] = True, ""
    except Exception as exc:  # the verdict, whatever the library raises
        message = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        facts["valid"], facts["validator_error"] = False, f"{type(exc).__name__}: {message}"
    facts["validator_seconds"] = time.perf_counter() - started
    operations, unresolved = 0, 0
    paths = document.get("paths") or {}
    for item in paths.values() if isinstance(paths, dict) else ():
        if isinstance(item, dict) and isinstance(item.get("$ref"), str):
            try:
                item = resolve(path, document, item["$ref"])
            except Exception:  # a path item we cannot follow: said in the report
                unresolved += 1
                continue
        if isinstance(item, dict):
            operations += sum(1 for method in METHODS if method in item)
    facts["operations"], facts["unresolved_path_refs"] = operations, unresolved
    return facts


def resolve(path: Path, document: Any, ref: str) -> Any:
    target, _, fragment = ref.partition("#")
    if not target:
        return pointer(document, fragment)
    return pointer(load(path.parent / unquote(target)), fragment)


def child(kind: str, path: Path) -> None:
    result = child_parse(path) if kind == "parse" else child_facts(path)
    print(json.dumps(result))


# --- the report ------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Doc:
    """One root document and everything measured about it."""

    path: Path
    label: str
    facts: dict[str, Any] = field(default_factory=dict)
    strict: list[Sample] = field(default_factory=list)
    lenient: list[Sample] = field(default_factory=list)
    parse: list[float] = field(default_factory=list)
    parse_process: list[float] = field(default_factory=list)  # wall time of the whole parsing process
    parse_files: int = 1
    imports: tuple[int, int] | None = None
    import_failures: list[str] = field(default_factory=list)
    mypy: str = "n/a"
    methods: int | None = None
    package: str = ""
    checked: str = ""  # which output the package checks ran on: "strict" or "lenient"
    timed: list[Sample] = field(default_factory=list)  # cold `--target python` runs (not with --no-timing)
    mypy_detail: str = ""
    javac: str = "-"
    javac_detail: str = ""
    ruby: str = "-"
    ruby_detail: str = ""

    @property
    def valid(self) -> bool:
        return bool(self.facts.get("valid"))

    @property
    def swagger2(self) -> bool:
        return bool(self.facts.get("swagger2"))

    @property
    def parse_median(self) -> float:
        return statistics.median(self.parse) if self.parse else float("nan")

    def cold(self) -> tuple[float, str] | None:
        """Median of the timed cold `--target python` runs (strict, else lenient), and which."""
        if self.timed and all(s.ok for s in self.timed) and self.checked:
            return statistics.median(s.wall for s in self.timed), self.checked
        return None

    @property
    def generated(self) -> Sample | None:
        """The three-target run whose output was checked (exit 0), if any."""
        for samples in (self.strict, self.lenient):
            if samples and samples[0].ok:
                return samples[0]
        return None

    def checks_green(self) -> bool:
        """Every check of the generated output passed."""
        if self.generated is None or self.imports is None:
            return False
        python = self.imports[0] == self.imports[1] and self.mypy == "0"
        return python and self.javac == "0" and self.ruby == "0"

    @property
    def broken_exit0(self) -> bool:
        """Generation exited 0, yet some check of its output failed."""
        return self.generated is not None and not self.checks_green()


def discover(corpus: Path) -> list[Path]:
    """Files under `corpus` whose text has a top-level `openapi`/`swagger` key (confirmed later by parsing)."""
    found = []
    for dirpath, dirs, files in os.walk(corpus):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(SUFFIXES):
                continue
            file = Path(dirpath) / name
            try:
                text = file.read_text("utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            if ROOT_KEY.search(text):
                found.append(file)
    return found


def run_json(command: list[str | Path], timeout: float = CHILD_TIMEOUT) -> dict[str, Any]:
    sample = measure(command, timeout=timeout, check=False)
    if not sample.ok:
        tail = (sample.stderr or sample.stdout).strip().splitlines()[-1:] or [f"exit {sample.returncode}"]
        return {"error": tail[0]}
    result: dict[str, Any] = json.loads(sample.stdout.strip().splitlines()[-1])
    return result


def codegen_env(codegen_path: Path) -> dict[str, str]:
    """The environment of a codegen run: `codegen_path` first on PYTHONPATH, no cache."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CODEGEN_") and k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(codegen_path)
    env["CODEGEN_NO_CACHE"] = "1"
    return env


def find_gson() -> Path | None:
    jars = sorted((Path.home() / ".m2").rglob("gson-*.jar"))
    jars = [jar for jar in jars if re.fullmatch(r"gson-[\d.]+\.jar", jar.name)]
    preferred = [jar for jar in jars if jar.name == f"gson-{GSON_VERSION}.jar"]
    found = preferred or jars
    return found[0] if found else None


def has_lenient(codegen_path: Path) -> bool:
    env = codegen_env(codegen_path)
    help_text = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--help"], env=env, capture_output=True, text=True, check=False
    ).stdout
    return "--lenient" in help_text


class Runner:
    def __init__(self, work: Path, lenient: bool, args: argparse.Namespace) -> None:
        self.work = work
        self.cwd = work / "cwd"  # no codegen.toml or pyproject.toml here: only the flags count
        self.cwd.mkdir()
        self.lenient = lenient
        self.mypy_timeout: float = args.mypy_timeout
        self.check_timeout: float = args.check_timeout
        self.codegen_path: Path = args.codegen_path
        self.timing: bool = args.timing
        self.gson = find_gson()
        self.counter = 0

    def fresh(self, name: str) -> Path:
        self.counter += 1
        folder = self.work / f"{name}-{self.counter}"
        folder.mkdir()
        return folder

    def generate(self, doc: Doc, lenient: bool, targets: tuple[str, ...] = TARGETS) -> tuple[Sample, Path]:
        out = self.fresh("out") / "out"
        command: list[str | Path] = [sys.executable, "-m", "generator", "generate", "--spec", doc.path, "--out", out]
        for target in targets:
            command += ["--target", target]
        command += ["--lenient"] if lenient else []
        env = codegen_env(self.codegen_path)
        return measure(command, env=env, cwd=self.cwd, check=False, timeout=CHILD_TIMEOUT), out

    def parse(self, doc: Doc) -> None:
        started = time.perf_counter()
        result = run_json([sys.executable, __file__, "--child", "parse", doc.path])
        doc.parse_process.append(time.perf_counter() - started)
        if "seconds" in result:
            doc.parse.append(float(result["seconds"]))
            doc.parse_files = int(result["files"])

    def measure_doc(self, doc: Doc, reps: int) -> None:
        """Generate once with every client target (strict, else lenient), check the output; then time."""
        sample, out = self.generate(doc, False)
        doc.strict.append(sample)
        note(f"{doc.label} strict ({'+'.join(TARGETS)}): exit {sample.returncode}, {sample.wall:.2f} s")
        if not sample.ok and self.lenient:
            shutil.rmtree(out.parent, ignore_errors=True)
            sample, out = self.generate(doc, True)
            doc.lenient.append(sample)
            note(f"{doc.label} lenient ({'+'.join(TARGETS)}): exit {sample.returncode}, {sample.wall:.2f} s")
        if sample.ok:
            doc.checked = "lenient" if doc.lenient else "strict"
            self.check_package(doc, out / "python")
            self.check_java(doc, out / "java")
            self.check_ruby(doc, out / "ruby")
        shutil.rmtree(out.parent, ignore_errors=True)
        if not self.timing or not doc.checked:
            return
        for index in range(reps):
            self.parse(doc)
            timed, timed_out = self.generate(doc, doc.checked == "lenient", ("python",))
            doc.timed.append(timed)
            shutil.rmtree(timed_out.parent, ignore_errors=True)
            note(f"{doc.label} [{index + 1}/{reps}] cold python: {timed.wall:.2f} s; parse {doc.parse_median:.3f} s")

    def check_java(self, doc: Doc, java: Path) -> None:
        """`javac -Xlint:all -Werror` over every .java file of src/main, gson on the classpath."""
        sources = sorted(str(f) for f in (java / "src" / "main").rglob("*.java")) if java.is_dir() else []
        if not sources:
            doc.javac = "no sources"
            return
        if shutil.which("javac") is None or self.gson is None:
            doc.javac = "n/a (no javac or gson)"
            return
        listing = self.fresh("javac") / "sources.txt"
        listing.write_text("\n".join(sources), "utf-8")
        command: list[str | Path] = ["javac", "-J-Xmx1500m", "-Xlint:all", "-Werror", "-encoding", "UTF-8"]
        command += ["-d", listing.parent / "classes", "-cp", self.gson, f"@{listing}"]
        sample = measure(command, cwd=listing.parent, check=False, timeout=self.check_timeout)
        shutil.rmtree(listing.parent, ignore_errors=True)
        doc.javac, doc.javac_detail = javac_verdict(sample)
        note(f"{doc.label}: javac ({len(sources)} files) {doc.javac} ({sample.wall:.0f} s)")

    def check_ruby(self, doc: Doc, gem: Path) -> None:
        """`ruby -w -I lib` requiring the top-level files of lib/, then every file; a warning fails."""
        lib = gem / "lib"
        files = sorted(lib.rglob("*.rb")) if lib.is_dir() else []
        if not files:
            doc.ruby = "no lib/"
            return
        if shutil.which("ruby") is None:
            doc.ruby = "n/a (no ruby)"
            return
        ordered = [f for f in files if f.parent == lib] + [f for f in files if f.parent != lib]
        command: list[str | Path] = ["ruby", "-w", "-I", lib, "-e", RUBY_LOAD, *ordered]
        sample = measure(command, cwd=gem, check=False, timeout=self.check_timeout)
        doc.ruby, doc.ruby_detail = ruby_verdict(sample)
        note(f"{doc.label}: ruby -w ({len(files)} files) {doc.ruby} ({sample.wall:.0f} s)")

    def check_package(self, doc: Doc, python: Path) -> None:
        if not python.is_dir():
            doc.mypy = "no python/ output"
            return
        packages = sorted(p.name for p in python.iterdir() if (p / "__init__.py").is_file())
        if len(packages) != 1:
            doc.mypy = f"no single package in {python.name}/: {packages}"
            return
        doc.package = packages[0]
        package = python / doc.package
        modules = sorted(module_name(python, file) for file in package.rglob("*.py"))
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH" and not k.startswith("CODEGEN_")}
        env["PYTHONPATH"] = str(python)
        try:
            done = subprocess.run(
                [sys.executable, "-c", IMPORTS, *modules],
                cwd=python,
                env=env,
                capture_output=True,
                text=True,
                check=False,
                timeout=CHILD_TIMEOUT,
            )
            failures: dict[str, str] = json.loads(done.stdout.strip().splitlines()[-1])
        except (subprocess.TimeoutExpired, IndexError, json.JSONDecodeError) as exc:
            failures = {module: f"import check failed: {shorten(str(exc), 80)}" for module in modules}
        ok = len(modules) - len(failures)
        doc.import_failures = [f"{module}: {error}" for module, error in sorted(failures.items())]
        doc.imports = (ok, len(modules))
        note(f"{doc.label}: {ok}/{len(modules)} modules import")
        doc.methods = public_methods(package / "services")
        cache = self.fresh("mypy-cache")
        command: list[str | Path] = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", cache, "-p", doc.package]
        sample = measure(command, env=env, cwd=python, check=False, timeout=self.mypy_timeout)
        doc.mypy = mypy_verdict(sample)
        doc.mypy_detail = next((line for line in sample.stdout.splitlines() if ": error: " in line), "")
        note(f"{doc.label}: mypy --strict {doc.mypy} ({sample.wall:.0f} s)")


def module_name(root: Path, file: Path) -> str:
    parts = list(file.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def javac_verdict(sample: Sample) -> tuple[str, str]:
    """("0" or "N errors, M warnings" or "timeout", the first diagnostic)."""
    if sample.returncode == -9:
        return "timeout", ""
    if sample.returncode == 0:
        return "0", ""
    text = sample.stdout + sample.stderr
    errors = re.search(r"^(\d+) errors?$", text, re.MULTILINE)
    warnings = re.search(r"^(\d+) warnings?$", text, re.MULTILINE)
    parts = [f"{errors.group(1) if errors else '?'} errors"] + ([f"{warnings.group(1)} warnings"] if warnings else [])
    first = next((line for line in text.splitlines() if ": error: " in line or ": warning: " in line), "")
    first = re.sub(r"^.*/src/main/java/", "", first)
    return ", ".join(parts), first


def ruby_verdict(sample: Sample) -> tuple[str, str]:
    """("0", or "N warnings" and/or "error (exit N)", or "timeout"; the first warning or error line)."""
    if sample.returncode == -9:
        return "timeout", ""
    lines = sample.stderr.splitlines()
    warnings = [line for line in lines if "warning:" in line]
    parts = [f"{len(warnings)} warnings"] if warnings else []
    if sample.returncode != 0:
        parts.append(f"error (exit {sample.returncode})")
    if not parts:
        return "0", ""
    first = next((line for line in lines if line.strip()), "")
    return ", ".join(parts), re.sub(r"^.*/ruby/lib/", "lib/", first)


def mypy_verdict(sample: Sample) -> str:
    if sample.returncode == -9:
        return "timeout"
    if sample.returncode == 0:
        return "0"
    found = re.search(r"^Found (\d+) errors? in", sample.stdout, re.MULTILINE)
    if found:
        prevented = " (errors prevented further checking)" if "prevented further checking" in sample.stdout else ""
        return found.group(1) + prevented
    tail = (sample.stderr or sample.stdout).strip().splitlines()[-1:] or [""]
    return f"crashed (exit {sample.returncode}: {shorten(tail[0], 60)})"


def public_methods(services: Path) -> int:
    """Public `def`s of the sync service classes under `services` (not the sub-service properties)."""
    count = 0
    for file in sorted(services.rglob("*.py")) if services.is_dir() else ():
        tree = ast.parse(file.read_text("utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef) or not _sync_service(node):
                continue
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and not item.name.startswith("_") and not _property(item):
                    count += 1
    return count


def _sync_service(node: ast.ClassDef) -> bool:
    bases = {ast.unparse(base).rsplit(".", 1)[-1] for base in node.bases}
    if bases & {"SyncService", "AsyncService"}:
        return "SyncService" in bases
    return node.name.endswith("Service") and not node.name.startswith("Async")


def _property(node: ast.FunctionDef) -> bool:
    return any(ast.unparse(d).rsplit(".", 1)[-1] in ("property", "cached_property") for d in node.decorator_list)


def shorten(text: str, width: int = ERROR_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def seconds_text(seconds: float) -> str:
    return f"{seconds:.3f} s" if seconds < 0.1 else f"{seconds:.2f} s"


def cell(text: str) -> str:
    return text.replace("|", "\\|")


def first_error(sample: Sample, doc: Doc) -> str:
    for stream in (sample.stderr, sample.stdout):
        for line in stream.splitlines():
            if line.strip():
                for prefix in (str(doc.path.parent) + os.sep, str(doc.path.parent.resolve()) + os.sep):
                    line = line.replace(prefix, "")
                return shorten(line)
    return f"exit {sample.returncode}, no output"


def exit_cell(samples: list[Sample], lenient_offered: bool) -> str:
    if not lenient_offered:
        return NO_LENIENT
    if not samples:
        return "n/a"
    codes = sorted({s.returncode for s in samples})
    return "/".join(map(str, codes))


# --- targets ---------------------------------------------------------------------------------------------------------


def generation_target(doc: Doc, lenient_offered: bool) -> tuple[str, str]:
    """(what the issue asks of this document's generation, met/missed)."""
    if doc.swagger2:
        refused = bool(doc.strict) and doc.strict[0].returncode == 2
        clear = refused and "Swagger 2.0" in first_error(doc.strict[0], doc)
        return "refused with a clear message (Swagger 2.0)", "met" if clear else "missed"
    if doc.valid:
        return "strict generates", "met" if doc.strict and doc.strict[0].ok else "missed"
    if not lenient_offered:
        return "lenient generates", "missed (no --lenient)"
    return "lenient generates", "met" if doc.lenient and doc.lenient[0].ok else "missed"


def package_target(doc: Doc) -> str:
    if doc.swagger2:
        return "n/a"
    if doc.imports is None:
        return "missed (nothing generated)"
    ok, total = doc.imports
    return "met" if ok == total and doc.mypy == "0" else "missed"


def speed_target(doc: Doc) -> str:
    cold = doc.cold()
    if doc.swagger2:
        return "n/a"
    if not doc.timed:
        return "n/a (not timed)"
    if cold is None or not doc.parse:
        return "n/a (nothing generated)"
    return "met" if cold[0] <= PARSE_FACTOR * doc.parse_median else "missed"


# --- rendering -------------------------------------------------------------------------------------------------------


def ops_cell(doc: Doc) -> str:
    spec_ops = doc.facts.get("operations", "?")
    unresolved = doc.facts.get("unresolved_path_refs", 0)
    text = f"{spec_ops}{f' (+{unresolved} path $refs unresolved)' if unresolved else ''}"
    return f"{text} / {doc.methods if doc.methods is not None else '-'}"


def speed_cells(doc: Doc) -> tuple[str, str, str]:
    if not doc.timed and not doc.parse:
        return "-", "-", "-"
    parse = seconds_text(doc.parse_median) if doc.parse else "n/a"
    if doc.parse_files > 1:
        parse += f", {doc.parse_files} files"
    if doc.parse_process:
        parse += f" (process {seconds_text(statistics.median(doc.parse_process))})"
    cold = doc.cold()
    if cold is None:
        failed = [s for s in doc.timed if not s.ok]
        wall = f"({statistics.median(s.wall for s in failed):.2f} s, failed)" if failed else "n/a"
        return wall, parse, "n/a"
    seconds, which = cold
    ratio = "n/a"
    if doc.parse and doc.parse_median > 0:
        factor = seconds / doc.parse_median
        ratio = f"{factor:.1f}x" if factor < 100 else f"{factor:.0f}x"
    return f"{seconds:.2f} s{'' if which == 'strict' else ' (lenient)'}", parse, ratio


def rows(docs: list[Doc], lenient_offered: bool) -> list[list[str]]:
    result = []
    for doc in docs:
        verdict = "valid" if doc.valid else "invalid"
        if "error" in doc.facts:
            verdict = f"? ({shorten(str(doc.facts['error']), 50)})"
        errors = []
        if doc.strict and not doc.strict[0].ok:
            errors.append(("strict: " if lenient_offered else "") + first_error(doc.strict[0], doc))
        if lenient_offered and doc.lenient and not doc.lenient[0].ok:
            errors.append("lenient: " + first_error(doc.lenient[0], doc))
        imports = f"{doc.imports[0]}/{doc.imports[1]}" if doc.imports else "-"
        if doc.checked == "lenient":
            imports += " (lenient)"
        cold, parse, ratio = speed_cells(doc)
        result.append(
            [
                f"`{doc.label}`",
                str(doc.facts.get("version", "?")),
                verdict,
                "/".join(map(str, sorted({s.returncode for s in doc.strict}))) if doc.strict else "n/a",
                exit_cell(doc.lenient, lenient_offered),
                cell("; ".join(errors)) or "-",
                imports,
                doc.mypy if doc.imports else "-",
                ops_cell(doc),
                cold,
                parse,
                ratio,
            ]
        )
    return result


def generate_cell(doc: Doc) -> str:
    strict = "/".join(str(s.returncode) for s in doc.strict) or "n/a"
    if not doc.lenient:
        return f"{strict} (strict)"
    return f"{strict} strict, {'/'.join(str(s.returncode) for s in doc.lenient)} lenient"


def check_rows(docs: list[Doc]) -> list[list[str]]:
    """The issue-25 summary: one row per document, every client target's check."""
    result = []
    for doc in docs:
        verdict = "valid" if doc.valid else "invalid"
        if "error" in doc.facts:
            verdict = f"? ({shorten(str(doc.facts['error']), 50)})"
        checked = doc.generated is not None
        imports = f"{doc.imports[0]}/{doc.imports[1]}" if doc.imports else ("-" if not checked else "none")
        broken = "**yes**" if doc.broken_exit0 else "no"
        result.append(
            [
                f"`{doc.label}`",
                str(doc.facts.get("version", "?")),
                verdict,
                generate_cell(doc),
                imports,
                doc.mypy if checked else "-",
                doc.javac if checked else "-",
                doc.ruby if checked else "-",
                "yes" if doc.checks_green() else ("n/a" if doc.swagger2 else "no"),
                "n/a (Swagger 2.0)" if doc.swagger2 else broken,
            ]
        )
    return result


def totals(docs: list[Doc]) -> str:
    openapi3 = [d for d in docs if not d.swagger2 and d.facts.get("root")]
    green = sum(1 for d in openapi3 if d.checks_green())
    generate = sum(1 for d in openapi3 if d.generated is not None)
    broken = sum(1 for d in openapi3 if d.broken_exit0)
    swagger = [d for d in docs if d.swagger2]
    refused = sum(1 for d in swagger if d.generated is None)
    return (
        f"**Totals: every check green {green} of {len(openapi3)} OpenAPI 3.x documents; generate (exit 0, strict "
        f"or lenient) {generate} of {len(openapi3)}; exit 0 with broken output {broken}.** Swagger 2.0 refused: "
        f"{refused} of {len(swagger)}."
    )


def target_rows(docs: list[Doc], lenient_offered: bool) -> list[list[str]]:
    result = []
    for doc in docs:
        asked, met = generation_target(doc, lenient_offered)
        result.append([f"`{doc.label}`", asked, met, package_target(doc), speed_target(doc)])
    return result


def summary(docs: list[Doc], lenient_offered: bool) -> list[str]:
    total = len(docs)
    strict = sum(1 for d in docs if d.strict and d.strict[0].ok)
    valid = [d for d in docs if d.valid and not d.swagger2]
    valid_strict = sum(1 for d in valid if d.strict and d.strict[0].ok)
    others = [d for d in docs if not d.valid and not d.swagger2]
    if lenient_offered:
        lenient = f"{sum(1 for d in docs if d.lenient and d.lenient[0].ok)} of {total}"
        others_lenient = f"{sum(1 for d in others if d.lenient and d.lenient[0].ok)} of {len(others)}"
    else:
        lenient = others_lenient = NO_LENIENT
    generated = [d for d in docs if d.imports is not None]
    clean_imports = sum(1 for d in generated if d.imports and d.imports[0] == d.imports[1])
    mypy_clean = sum(1 for d in generated if d.mypy == "0")
    speed = [d for d in docs if speed_target(d) in ("met", "missed")]
    fast = sum(1 for d in speed if speed_target(d) == "met")
    return [
        f"- documents: {total} ({len(valid)} OpenAPI 3.x accepted by openapi-spec-validator, {len(others)} rejected, "
        f"{sum(1 for d in docs if d.swagger2)} Swagger 2.0)",
        f"- generate strict: {strict} of {total} (of the {len(valid)} the validator accepts: {valid_strict})",
        f"- generate lenient: {lenient} (of the {len(others)} the validator rejects: {others_lenient})",
        f"- generated packages whose every module imports: {clean_imports} of {len(generated)} generated "
        f"({total} documents)",
        f"- mypy --strict clean: {mypy_clean} of {len(generated)} generated",
        f"- cold <= {PARSE_FACTOR:.0f}x YAML parse: {fast} of {len(speed)} that generated",
    ]


def git_state(where: Path = ROOT) -> str:
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=where, capture_output=True, text=True, check=False)
        return done.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = [line for line in git("status", "--porcelain", "--untracked-files=no").splitlines() if line.strip()]
    if not dirty:
        return commit
    return f"{commit} plus uncommitted changes in {len(dirty)} tracked files (measured as found)"


def render(docs: list[Doc], facts: dict[str, str], argv: list[str], extra: dict[str, str], lenient: bool) -> str:
    headers = [
        "document",
        "OpenAPI",
        "openapi-spec-validator",
        "exit strict",
        "exit --lenient",
        "first error (shortened)",
        "modules import",
        "mypy --strict errors",
        "operations: spec / client methods",
        "cold generate",
        "YAML parse",
        "cold / parse",
    ]
    target_headers = [
        "document",
        "generation target",
        "met",
        "imports + mypy-clean",
        f"cold <= {PARSE_FACTOR:.0f}x parse",
    ]
    check_headers = [
        "document",
        "OpenAPI",
        "openapi-spec-validator",
        "generate exit",
        "py modules import",
        "mypy --strict errors",
        "javac -Xlint:all -Werror",
        "ruby -w",
        "every check green",
        "exit 0 with broken output",
    ]
    lines = [
        f"# Corpus report (issues 17, 25){' (PARTIAL: run still going)' if extra.get('partial') else ''}",
        "",
        f"Written by `{' '.join(shlex.quote(a) for a in argv)}` on {facts['date']}.",
        "",
        f"Machine: {facts['cores']} cores (nproc {extra['nproc']}), {facts['cpu']}, {facts['ram']}, "
        f"Python {facts['python']}, {facts['os']}; load average {extra['load_start']} at start, "
        f"{extra['load_end']} at end. Report script: {extra['git']}. Code generating: PYTHONPATH="
        f"{extra['codegen_path']} ({extra['codegen_git']}). Timing: {extra['timing']}.",
        "",
        "Target (issue 25): every OpenAPI 3.x document generates (strict, else lenient) and every check is green: "
        "Python modules import and mypy --strict clean, javac -Xlint:all -Werror clean, `ruby -w` loads every "
        "file of lib/ without a warning; no exit 0 with broken output. Swagger 2.0 is refused.",
        "",
        "How it is checked: `python -m generator generate --spec DOC --out FRESH --target python --target ruby "
        "--target java` (PYTHONPATH above, `CODEGEN_NO_CACHE=1`, an empty folder), strict; `--lenient` only when "
        "strict fails. On the output of the run that exited 0: every Python module imported one by one in a "
        "fresh interpreter; `mypy --strict -p PACKAGE`, cold cache, timeout "
        f"{extra['mypy_timeout']} s; `javac -J-Xmx1500m -Xlint:all -Werror -encoding UTF-8 -cp {extra['gson']}` "
        "over every .java file of java/src/main (src/test needs JUnit and is not compiled), timeout "
        f"{extra['check_timeout']} s, the cell counts javac's errors (with -Werror a warning fails the build); "
        "`ruby -w -I lib -e 'ARGV.each { |f| require f }'` with the top-level files of lib/ first, then every "
        f"other file, timeout {extra['check_timeout']} s; any `warning:` line or a non-zero exit fails it. "
        "Validator: `openapi_spec_validator.validate` on the parsed root, base URI the file.",
        "",
        table(check_headers, check_rows(docs)),
        "",
        totals(docs),
        "",
        "Details (the issue-17 columns; `exit --lenient` is n/a when strict generated, since lenient is only run "
        "when strict fails; cold generate is `--target python` alone, as in issue 17, and only with timing):",
        "",
        table(headers, rows(docs, lenient)),
        "",
        table(target_headers, target_rows(docs, lenient)),
        "",
        "Summary:",
        "",
        *summary(docs, lenient),
    ]
    notes = []
    for doc in docs:
        if not doc.valid and doc.facts.get("validator_error"):
            notes.append(f"- `{doc.label}`: openapi-spec-validator: {cell(shorten(doc.facts['validator_error'], 200))}")
        if doc.mypy_detail:
            notes.append(f"- `{doc.label}`: mypy --strict, first error: {cell(shorten(doc.mypy_detail, 200))}")
        if doc.javac_detail:
            notes.append(f"- `{doc.label}`: javac: {cell(shorten(doc.javac_detail, 200))}")
        if doc.ruby_detail:
            notes.append(f"- `{doc.label}`: ruby -w: {cell(shorten(doc.ruby_detail, 200))}")
        if doc.import_failures:
            shown = "; ".join(shorten(f, 160) for f in doc.import_failures[:3])
            more = f" (and {len(doc.import_failures) - 3} more)" if len(doc.import_failures) > 3 else ""
            notes.append(f"- `{doc.label}`: modules that do not import: {cell(shown)}{more}")
    if notes:
        lines += ["", "Notes:", "", *notes]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reps", type=int, default=3, help="cold runs and parses per document (median)")
    parser.add_argument("--no-timing", dest="timing", action="store_false", help="no cold runs or parses: checks only")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of specs (default ../shared/specs/corpus)")
    parser.add_argument("--stripe", type=Path, default=STRIPE_SPEC, help="Stripe's spec, added to the corpus")
    parser.add_argument("--out", type=Path, default=REPORT, help="where to write the report (default CORPUS.md)")
    parser.add_argument("--codegen-path", type=Path, default=ROOT, help="PYTHONPATH of codegen (default: here)")
    parser.add_argument("--mypy-timeout", type=float, default=300.0, help="seconds before mypy counts as a timeout")
    parser.add_argument("--check-timeout", type=float, default=300.0, help="seconds for javac and for ruby -w")
    parser.add_argument("--max-docs", type=int, default=0, help="only the N smallest documents (0: all)")
    parser.add_argument("--skip-docs", type=int, default=0, help="leave out the N smallest documents (a run in parts)")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return
    args.codegen_path = args.codegen_path.resolve()
    argv = ["python", "benchmarks/corpus_report.py", *sys.argv[1:]]
    corpus: Path = args.corpus.resolve()
    if not corpus.is_dir():
        sys.exit(f"skipped: {corpus} is not a folder (the corpus lives in ../shared/specs/corpus)")
    candidates = discover(corpus)
    if args.stripe.is_file():
        candidates.append(args.stripe.resolve())
    # Small documents first, so that a run cut short still has most rows.
    candidates.sort(key=lambda path: path.stat().st_size)
    if args.max_docs:
        candidates = candidates[: args.max_docs]
    candidates = candidates[args.skip_docs :]
    if args.codegen_path == ROOT:
        # As benchlib.codegen_command does: with PYTHONDONTWRITEBYTECODE set, every codegen run would compile again.
        compileall.compile_dir(ROOT / "generator", quiet=1)
    lenient = has_lenient(args.codegen_path)
    facts, load_start = machine(), load_average()
    docs: list[Doc] = []
    for path in candidates:
        label = str(path.relative_to(corpus)) if path.is_relative_to(corpus) else path.name
        doc = Doc(path, label, run_json([sys.executable, __file__, "--child", "facts", path]))
        if doc.facts.get("root") is False:
            continue
        note(f"{label}: OpenAPI {doc.facts.get('version')}, {'valid' if doc.valid else 'invalid'}")
        docs.append(doc)
    extra = {
        "nproc": subprocess.run(["nproc"], capture_output=True, text=True, check=False).stdout.strip() or "?",
        "load_start": load_start,
        "git": git_state(),
        "codegen_path": str(args.codegen_path),
        "codegen_git": git_state(args.codegen_path),
        "timing": f"medians of {args.reps} run(s)" if args.timing else "off (--no-timing)",
        "reps": str(args.reps),
        "mypy_timeout": f"{args.mypy_timeout:.0f}",
        "check_timeout": f"{args.check_timeout:.0f}",
    }
    with tempfile.TemporaryDirectory(prefix="corpus-report-") as tmp:
        runner = Runner(Path(tmp), lenient, args)
        extra["gson"] = runner.gson.name if runner.gson else "(no gson found)"
        for index, doc in enumerate(docs):
            runner.measure_doc(doc, args.reps)
            # Written after every document: a run cut short leaves a partial report, marked as such.
            partial = {"load_end": load_average(), "partial": "yes" if index + 1 < len(docs) else ""}
            done = [d for d in docs[: index + 1]]
            args.out.write_text(render(done, facts, argv, {**extra, **partial}, lenient), "utf-8")
    print("\n".join(summary(docs, lenient)))
    print(totals(docs))
    print(f"written: {args.out}")


if __name__ == "__main__":
    main()
