"""The Java target: the default spec's Maven project builds with `mvn -o -q package` and passes
its JUnit 5 tests (junit/DefaultSpecTest.java, copied in): every operation against `codegen
mock` over real HTTP, the wire-format table byte for byte, faults with one Idempotency-Key,
Stripe's fixtures. Stripe's full spec compiles with `javac -Xlint:all -Werror`.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.config import Config
from generator.errors import Issue
from generator.ir.convert import convert
from generator.ir.model import Api
from generator.load.loader import load
from generator.pipeline import generate
from generator.surface import build
from generator.surface.examples import example
from generator.targets import get, job_for

from ..conftest import DEFAULT_SPEC, ROOT, SHARED
from ..mock.conftest import MockProcess
from ..wire_table import portable_cases
from .programs import operations_test, smoke_program

M2 = Path.home() / ".m2" / "repository"
GSON = M2 / "com" / "google" / "code" / "gson" / "gson" / "2.10.1" / "gson-2.10.1.jar"
JUNIT = Path(__file__).parent / "junit"
FIXTURES = (SHARED / "stripe-fixtures3-2023-09-12.json", SHARED / "stripe-fixtures3-2026-08-21.json")
TABLE = {"package": "com.example.stripe", "client_class": "StripeClient", "artifact_id": "stripe-api"}
STRIPE_TABLE = {"package": "com.example.stripefull", "client_class": "StripeClient", "artifact_id": "stripe-full"}


def _require(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is not installed: the Java target's tests need Java 17 and Maven 3.8")
    return found


def _generate(spec: Path, out: Path) -> Path:
    generate(Config(spec=spec, out=out, tables={"java": TABLE}, targets=("java",)))
    return out / "java"


def _fixture_flags() -> list[str]:
    return [f"-Dfixtures.old={FIXTURES[0]}", f"-Dfixtures.new={FIXTURES[1]}"]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _require("javac")
    return _generate(DEFAULT_SPEC, tmp_path_factory.mktemp("java"))


@pytest.fixture(scope="module")
def mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockProcess]:
    process = MockProcess(DEFAULT_SPEC, tmp_path_factory.mktemp("mock-cache"))
    yield process
    assert process.stop() == 0, "".join(process.stderr)


def test_generated_java_is_committed(project: Path) -> None:
    committed = ROOT / "generated" / "java"
    fresh = {p.relative_to(project).as_posix(): p.read_bytes() for p in project.rglob("*") if p.is_file()}
    kept = {p.relative_to(committed).as_posix(): p.read_bytes() for p in committed.rglob("*") if p.is_file()}
    assert sorted(fresh) == sorted(kept)
    assert [name for name in fresh if fresh[name] != kept[name]] == []


def test_maven_build_and_junit_suite(project: Path, mock: MockProcess, tmp_path: Path) -> None:
    mvn = _require("mvn")
    for fixture in FIXTURES:
        if not fixture.is_file():
            pytest.skip(f"{fixture} is not here: Stripe's fixtures are third-party data kept in ../shared")
    folder = tmp_path / "project"
    shutil.copytree(project, folder)
    tests = folder / "src/test/java/com/example/stripe"
    for name in ("DefaultSpecTest.java", "ResourceMethodsTest.java"):
        shutil.copy(JUNIT / name, tests / name)
    api, issues = convert(load(DEFAULT_SPEC))
    assert not issues
    methods = list(build(api).methods())
    (tests / "EveryOperationTest.java").write_text(
        operations_test(api, TABLE["package"], TABLE["client_class"], methods)
    )
    table = tmp_path / "wire.json"
    table.write_text(json.dumps(portable_cases()))
    result = subprocess.run(
        [mvn, "-o", "-q", "package", f"-Dmock.url={mock.url}", f"-Dwire.table={table}", *_fixture_flags()],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=600,
    )
    reports = folder / "target" / "surefire-reports"
    detail = "\n".join(p.read_text() for p in reports.glob("*.txt")) if reports.is_dir() else ""
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:] + detail
    assert (folder / "target" / "stripe-api-0.1.0.jar").is_file()
    summary = (reports / "com.example.stripe.DefaultSpecTest.txt").read_text()
    assert "Tests run: 13, Failures: 0, Errors: 0, Skipped: 0" in summary, summary
    own = (reports / "com.example.stripe.StripeClientTest.txt").read_text()
    assert "Tests run: 3, Failures: 0, Errors: 0, Skipped: 0" in own, own
    resources = (reports / "com.example.stripe.ResourceMethodsTest.txt").read_text()
    assert "Tests run: 5, Failures: 0, Errors: 0, Skipped: 0" in resources, resources
    every = (reports / "com.example.stripe.EveryOperationTest.txt").read_text()
    assert f"Tests run: {len(methods)}, Failures: 0, Errors: 0, Skipped: 0" in every, every
    assert len(methods) == 23


def test_every_docs_sample_compiles(project: Path, tmp_path: Path) -> None:
    """The docs' Java sample of every default-spec operation, compiled against the project."""
    javac = _require("javac")
    if not GSON.is_file():
        pytest.skip(f"{GSON} is not in the local Maven repository")
    api, issues = convert(load(DEFAULT_SPEC))
    assert not issues
    samples = _docs_samples(api, DEFAULT_SPEC.name, TABLE, tmp_path / "samples")
    assert len(samples) == 23
    main = sorted(str(p) for p in (project / "src" / "main" / "java").rglob("*.java"))
    _javac(javac, tmp_path / "classes", main + samples, tmp_path / "sources.txt")


def _docs_samples(api: Api, spec_name: str, table: dict[str, str], folder: Path) -> list[str]:
    """Each method's docs sample as a class of its own (`SampleN.run()`), for javac."""
    job = job_for(api, spec_name, {"java": table})
    target = get("java")
    names = target.naming(job)
    folder.mkdir()
    files = []
    for index, method in enumerate(job.sdk.methods()):
        lines = target.sample(job, names, method, example(job.sdk, method)).splitlines()
        imports = [line for line in lines if line.startswith("import ")]
        body = [f"    {line}" for line in lines if line and not line.startswith("import ")]
        head = [*imports, "", f"class Sample{index} {{", "  static void run() throws Exception {"]
        source = folder / f"Sample{index}.java"
        source.write_text("\n".join([*head, *body, "  }", "}", ""]))
        files.append(str(source))
    return files


@pytest.mark.slow
def test_stripe_spec_compiles_clean_and_calls_20_operations(
    stripe_spec: Path, stripe_model: tuple[Api, list[Issue]], tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Stripe's whole spec: the project compiles with `javac -Xlint:all -Werror`, then a program
    calls 20 operations (picked with a fixed seed, minimal params) against `codegen mock`."""
    javac = _require("javac")
    java = _require("java")
    if not GSON.is_file():
        pytest.skip(f"{GSON} is not in the local Maven repository")
    generate(Config(spec=stripe_spec, out=tmp_path / "out", tables={"java": STRIPE_TABLE}, targets=("java",)))
    project = tmp_path / "out" / "java"
    sources = sorted(str(p) for p in (project / "src" / "main" / "java").rglob("*.java"))
    assert len(sources) > 800  # sub-objects are nested classes: 239 model files, 500+ params and services
    classes = tmp_path / "classes"
    _javac(javac, classes, sources, tmp_path / "sources.txt")
    api, issues = stripe_model  # convert(load(stripe_spec)), shared (tests/conftest.py)
    assert not issues
    samples = _docs_samples(api, stripe_spec.name, STRIPE_TABLE, tmp_path / "samples")
    _javac(javac, tmp_path / "samples-classes", samples, tmp_path / "samples.txt", str(classes))
    smoke = tmp_path / "smoke" / "Smoke.java"
    smoke.parent.mkdir()
    sample = random.Random(18).sample(list(build(api).methods()), 20)
    smoke.write_text(smoke_program(api, STRIPE_TABLE["package"], STRIPE_TABLE["client_class"], sample))
    _javac(javac, tmp_path / "smoke-classes", [str(smoke)], tmp_path / "smoke.txt", str(classes))
    mock = MockProcess(stripe_spec, tmp_path_factory.mktemp("stripe-mock-cache"))
    try:
        classpath = os.pathsep.join([str(tmp_path / "smoke-classes"), str(classes), str(GSON)])
        run = subprocess.run([java, "-cp", classpath, "Smoke", mock.url], capture_output=True, text=True, timeout=300)
    finally:
        assert mock.stop() == 0, "".join(mock.stderr)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert run.stdout.strip().splitlines()[-1] == "called 20", run.stdout


def _javac(javac: str, out: Path, sources: list[str], listing: Path, extra: str = "") -> None:
    listing.write_text("\n".join(sources))
    classpath = os.pathsep.join(filter(None, [extra, str(GSON)]))
    result = subprocess.run(
        [
            javac,
            "-J-Xmx1500m",
            "-Xlint:all",
            "-Werror",
            "-encoding",
            "UTF-8",
            "-d",
            str(out),
            "-cp",
            classpath,
            f"@{listing}",
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
