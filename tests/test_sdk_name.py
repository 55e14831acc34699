"""`--package acme_pay --client-class AcmePay` names the SDK in every target, each in its
language's casing, and each SDK still builds or loads under those names (issue 25)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.cli import main

from .java.test_java_client import GSON, _javac, _require
from .ruby.conftest import ruby_or_skip, run_ruby
from .test_own_words import TARGETS, TRAIN_TRAVEL
from .typescript.conftest import node as node
from .typescript.conftest import tools as tools
from .typescript.test_ts_client import build


@pytest.fixture(scope="module")
def named(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("named")
    (root / "api.yaml").write_text(yaml.safe_dump(TRAIN_TRAVEL, sort_keys=False))
    (root / "codegen.toml").write_text("")
    targets = [arg for name in TARGETS for arg in ("--target", name)]
    flags = ["--package", "acme_pay", "--client-class", "AcmePay", "--config", str(root / "codegen.toml")]
    assert main(["generate", str(root / "api.yaml"), "--out", str(root / "out"), *targets, *flags, "-q"]) == 0
    return root / "out"


def test_every_target_takes_the_names(named: Path) -> None:
    assert "class AcmePay:" in (named / "python" / "acme_pay" / "_client.py").read_text()
    assert "class AcmePay\n" in (named / "ruby" / "lib" / "acme_pay" / "client.rb").read_text()
    assert (named / "ruby" / "acme_pay.gemspec").is_file()
    assert "module AcmePay\n" in (named / "ruby" / "lib" / "acme_pay.rb").read_text()
    java = named / "java" / "src" / "main" / "java" / "com" / "example" / "acmepay" / "AcmePay.java"
    assert "public final class AcmePay " in java.read_text()
    assert "<artifactId>acme-pay-java</artifactId>" in (named / "java" / "pom.xml").read_text()
    assert '"name": "acme-pay"' in (named / "typescript" / "package.json").read_text()
    assert "export class AcmePay " in (named / "typescript" / "src" / "client.ts").read_text()
    assert "from acme_pay import AcmePay" in (named / "docs" / "index.md").read_text()
    # the title's names are nowhere: the flags named everything
    for path in (named / "python" / "acme_pay", named / "ruby" / "lib", named / "java" / "src", named / "typescript"):
        for file in path.rglob("*"):
            if file.is_file():
                assert "TrainTravelClient" not in file.read_text(errors="replace"), file


def test_python_package_imports(named: Path) -> None:
    code = "import acme_pay; c = acme_pay.AcmePay('key', base_url='http://127.0.0.1:9'); print(type(c).__name__)"
    env = {**os.environ, "PYTHONPATH": str(named / "python")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0 and done.stdout.strip() == "AcmePay", done.stderr


def test_ruby_gem_loads(named: Path) -> None:
    ruby = ruby_or_skip()
    code = 'require "acme_pay"; puts AcmePay::AcmePay.new("key").class, AcmePay::AcmePayError.superclass'
    assert run_ruby(ruby, named / "ruby", "-e", code).split() == ["AcmePay::AcmePay", "StandardError"]


def test_java_project_compiles(named: Path, tmp_path: Path) -> None:
    javac = _require("javac")
    if not GSON.is_file():
        pytest.skip(f"{GSON} is not in the local Maven repository")
    sources = sorted(str(p) for p in (named / "java" / "src" / "main" / "java").rglob("*.java"))
    _javac(javac, tmp_path / "classes", sources, tmp_path / "sources.txt")
    assert (tmp_path / "classes" / "com" / "example" / "acmepay" / "AcmePay.class").is_file()


def test_typescript_package_builds(named: Path, tools: Path) -> None:
    build(tools, named / "typescript")
    assert (named / "typescript" / "dist" / "esm" / "client.js").is_file()
