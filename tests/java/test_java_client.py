"""The Java target: the default spec's Maven project builds with `mvn -o -q package` and passes
its JUnit 5 tests (junit/DefaultSpecTest.java, copied in): every operation against `codegen
mock` over real HTTP, the wire-format table byte for byte, faults with one Idempotency-Key,
Stripe's fixtures. Stripe's full spec compiles with `javac -Xlint:all -Werror`.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.config import Config
from generator.pipeline import generate

from ..conftest import DEFAULT_SPEC, ROOT, SHARED
from ..mock.conftest import MockProcess
from ..wire_table import portable_cases

M2 = Path.home() / ".m2" / "repository"
GSON = M2 / "com" / "google" / "code" / "gson" / "gson" / "2.10.1" / "gson-2.10.1.jar"
JUNIT = Path(__file__).parent / "junit"
FIXTURES = (SHARED / "stripe-fixtures3-2023-09-12.json", SHARED / "stripe-fixtures3-2026-08-21.json")
TABLE = {"package": "com.example.stripe", "client_class": "StripeClient", "artifact_id": "stripe-api"}


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


def _cp(args: Path) -> list[str]:
    return ["-cp", str(GSON), f"@{args}"]


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
    assert "Tests run: 7, Failures: 0, Errors: 0, Skipped: 0" in summary, summary


@pytest.mark.slow
def test_stripe_spec_compiles_clean(stripe_spec: Path, tmp_path: Path) -> None:
    javac = _require("javac")
    if not GSON.is_file():
        pytest.skip(f"{GSON} is not in the local Maven repository")
    project = _generate(stripe_spec, tmp_path / "out")
    sources = sorted(str(p) for p in (project / "src" / "main" / "java").rglob("*.java"))
    assert len(sources) > 1000
    args = tmp_path / "sources.txt"
    args.write_text("\n".join(sources))
    result = subprocess.run(
        [
            javac,
            "-J-Xmx1500m",
            "-Xlint:all",
            "-Werror",
            "-encoding",
            "UTF-8",
            "-d",
            str(tmp_path / "classes"),
            *_cp(args),
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
