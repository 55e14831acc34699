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
from generator.ir.convert import convert
from generator.ir.model import Api
from generator.load.loader import load
from generator.pipeline import generate
from generator.surface import Method, Returns, build
from generator.targets.java.names import JavaNames
from generator.targets.java.sample import java_builder
from generator.targets.java.words import java_str

from ..conftest import DEFAULT_SPEC, ROOT, SHARED
from ..mock.conftest import MockProcess
from ..mock.request_params import minimal_params
from ..wire_table import portable_cases

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
    build = tmp_path / "project"
    shutil.copytree(project, build)
    shutil.copy(JUNIT / "DefaultSpecTest.java", build / "src/test/java/com/example/stripe/DefaultSpecTest.java")
    table = tmp_path / "wire.json"
    table.write_text(json.dumps(portable_cases()))
    result = subprocess.run(
        [mvn, "-o", "-q", "package", f"-Dmock.url={mock.url}", f"-Dwire.table={table}", *_fixture_flags()],
        cwd=build,
        capture_output=True,
        text=True,
        timeout=600,
    )
    reports = build / "target" / "surefire-reports"
    detail = "\n".join(p.read_text() for p in reports.glob("*.txt")) if reports.is_dir() else ""
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:] + detail
    assert (build / "target" / "stripe-api-0.1.0.jar").is_file()
    summary = (reports / "com.example.stripe.DefaultSpecTest.txt").read_text()
    assert "Tests run: 8, Failures: 0, Errors: 0, Skipped: 0" in summary, summary


@pytest.mark.slow
def test_stripe_spec_compiles_clean_and_calls_20_operations(
    stripe_spec: Path, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
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
    assert len(sources) > 1000
    classes = tmp_path / "classes"
    _javac(javac, classes, sources, tmp_path / "sources.txt")
    api, issues = convert(load(stripe_spec))
    assert not issues
    smoke = tmp_path / "smoke" / "Smoke.java"
    smoke.parent.mkdir()
    smoke.write_text(_smoke_program(api, random.Random(18).sample(list(build(api).methods()), 20)))
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


def _smoke_program(api: Api, methods: list[Method]) -> str:
    """A program calling each of `methods` with its required params, built with the builders."""
    names = JavaNames(api, STRIPE_TABLE["client_class"])
    package = STRIPE_TABLE["package"]
    imports = {f"import {package}.StripeClient;", f"import {package}.net.ApiObject;", f"import {package}.net.Page;"}
    calls = []
    for method in methods:
        op = method.operation
        resource = api.resources[[r.id for r in api.resources].index(method.resource_id)]
        args = [java_str(f"{p.name}_123") for p in method.path_params]
        params = names.params_class(op)
        lines = []
        if params is not None:
            imports.add(f"import {package}.param.{params.top};")
            built = java_builder(api, names, params.qualname, op.params, minimal_params(api, op), 2)
            lines.append(f"      {params.qualname} params = {built};")
            args.append("params")
        call = f"client.{names.call_path(resource)}.{names.method(op)}({', '.join(args)})"
        returns_nothing = method.returns is Returns.NOTHING or (
            method.response is None and method.returns not in (Returns.LIST_PAGE, Returns.SEARCH_PAGE, Returns.BYTES)
        )
        lines.append(f"      {call};" if returns_nothing else f"      check({java_str(op.id)}, {call});")
        calls.append("    {\n" + "\n".join(lines) + "\n      called++;\n    }")
    return "\n".join(
        [
            *sorted(imports),
            "",
            "public class Smoke {",
            "  static void check(String op, Object result) {",
            "    if (result == null) {",
            '      throw new AssertionError(op + " returned null");',
            "    }",
            "    if (result instanceof ApiObject && ((ApiObject) result).getRawJsonObject().size() == 0) {",
            '      throw new AssertionError(op + " read nothing");',
            "    }",
            "    if (result instanceof Page && ((Page<?>) result).getData() == null) {",
            '      throw new AssertionError(op + " returned a page without data");',
            "    }",
            "  }",
            "",
            "  public static void main(String[] args) throws Exception {",
            '    StripeClient client = StripeClient.builder().setApiKey("sk_test_smoke").setBaseUrl(args[0])'
            + ".setMaxNetworkRetries(0).build();",
            "    int called = 0;",
            *calls,
            '    System.out.println("called " + called);',
            "  }",
            "}",
            "",
        ]
    )
