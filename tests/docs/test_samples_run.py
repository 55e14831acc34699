"""The docs' samples run: each operation's Python, Ruby and Java sample (the targets' `sample`
planners, exactly as the docs show them) is run against `codegen mock` of the same spec.

Only the line that makes the client changes: it also gets the mock's URL as its base URL (the
credentials still come from the environment, as the sample reads them). The call itself, its
params, its builders and its result type run as written. One process per language: one Python
interpreter `exec`s every sample, one `ruby` `eval`s every sample, one `javac` compiles every
sample as a class of its own and one `java` runs them all; each reports the samples that raised.

Stripe's full spec (40 operations, fixed seed) and two corpus documents (resend, every
operation; typesense, every operation) are used from ../shared/specs, skipped when absent;
specs/bodies.yaml (ours) holds the body shapes those documents showed failing.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.config import Config
from generator.frontend import load_api
from generator.pipeline import generate
from generator.surface.examples import example
from generator.targets import get, job_for

from ..conftest import SHARED, STRIPE_SPEC
from ..java.test_java_client import GSON, _javac
from ..mock.conftest import API_KEY, MockProcess

CORPUS = SHARED / "corpus"
LANGUAGES = ("python", "ruby", "java")


@dataclass(frozen=True)
class Case:
    name: str
    spec: Path
    count: int | None  # operations to run (fixed seed), None: every one
    lenient: bool = False


CASES = (
    pytest.param(Case("stripe", STRIPE_SPEC, 40), id="stripe", marks=pytest.mark.slow),
    pytest.param(Case("resend", CORPUS / "resend.yaml", None), id="resend"),
    pytest.param(Case("typesense", CORPUS / "typesense.yml", None), id="typesense"),
    # ours: bodies that are one value (an array, text), an integer path param, a component in a body
    pytest.param(Case("bodies", Path(__file__).parent / "specs" / "bodies.yaml", None), id="bodies"),
)


@dataclass(frozen=True)
class Built:
    case: Case
    out: Path
    samples: dict[str, list[tuple[str, str]]]  # language -> (operation id, sample code)
    env: dict[str, str]
    mock: MockProcess


@pytest.fixture(scope="module", params=CASES)
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    case: Case = request.param
    if not case.spec.is_file():
        pytest.skip(f"{case.spec} is absent (third-party specs live in ../shared/specs, not in this repository)")
    out = tmp_path_factory.mktemp(f"samples-{case.name}")
    config = Config(spec=case.spec, out=out, targets=LANGUAGES, strict=not case.lenient)
    generate(config)
    # (Stripe's model is loaded once per session: tests/conftest.py)
    stripe = case.spec == STRIPE_SPEC
    api = request.getfixturevalue("stripe_api") if stripe else load_api(case.spec, config, None).api
    job = job_for(api, case.spec.name, {})
    methods = list(job.sdk.methods())
    if case.count is not None:
        methods = random.Random(25).sample(methods, min(case.count, len(methods)))
    samples: dict[str, list[tuple[str, str]]] = {}
    for language in LANGUAGES:
        target = get(language)
        names = target.naming(job)
        samples[language] = [(m.id, target.sample(job, names, m, example(job.sdk, m))) for m in methods]
    env = {**os.environ, **{c.name.upper(): API_KEY for c in job.sdk.credentials}, "API_KEY": API_KEY}
    mock = MockProcess(case.spec, tmp_path_factory.mktemp(f"mock-{case.name}"))
    try:
        yield Built(case, out, samples, env, mock)
    finally:
        assert mock.stop() == 0, "".join(mock.stderr)


# -- the one line that changes: the client also gets the mock's URL ----------------------------

_PY_CLIENT = re.compile(r"^(client = \w+\()(.*)\)$", re.M)
_RB_CLIENT = re.compile(r"^(client = [\w:]+\.new)(?:\((.*)\))?$", re.M)
_JAVA_NEW = re.compile(r"^(\w+) client = new \w+\((.*)\);$", re.M)
_JAVA_BUILDER = re.compile(r"^(\w+ client = \w+\.builder\(\).*)\.build\(\);$", re.M)


def python_at(code: str, url: str) -> str:
    def at(match: re.Match[str]) -> str:
        args = [a for a in (match.group(2), f"base_url={url!r}", "max_retries=0") if a]
        return f"{match.group(1)}{', '.join(args)})"

    changed, count = _PY_CLIENT.subn(at, code)
    assert count == 1, code
    return changed


def ruby_at(code: str, url: str) -> str:
    def at(match: re.Match[str]) -> str:
        args = [a for a in (match.group(2), f"base_url: {json.dumps(url)}", "max_retries: 0") if a]
        return f"{match.group(1)}({', '.join(args)})"

    changed, count = _RB_CLIENT.subn(at, code)
    assert count == 1, code
    return changed


def java_at(code: str, url: str) -> str:
    def builder(match: re.Match[str]) -> str:
        return f"{match.group(1)}.setBaseUrl({json.dumps(url)}).setMaxNetworkRetries(0).build();"

    code = _JAVA_NEW.sub(
        lambda m: f"{m.group(1)} client = {m.group(1)}.builder().setApiKey({m.group(2)}).build();", code
    )
    changed, count = _JAVA_BUILDER.subn(builder, code)
    assert count == 1, code
    return changed


def test_the_client_line_is_found_and_only_it_changes() -> None:
    """The rewrite touches the client's line alone, and fails loudly on a sample without one."""
    py = 'import os\n\nfrom acme import Acme\n\nclient = Acme(os.environ["API_KEY"])\nx = client.a.list(limit=3)'
    assert python_at(py, "http://h").splitlines()[4] == (
        "client = Acme(os.environ[\"API_KEY\"], base_url='http://h', max_retries=0)"
    )
    assert ruby_at('require "acme"\n\nclient = Acme::Client.new\nclient.a.list', "http://h").splitlines()[2] == (
        'client = Acme::Client.new(base_url: "http://h", max_retries: 0)'
    )
    java = 'import a.Acme;\n\nAcme client = new Acme(System.getenv("API_KEY"));\nclient.a().list();'
    assert java_at(java, "http://h").splitlines()[2] == (
        'Acme client = Acme.builder().setApiKey(System.getenv("API_KEY"))'
        '.setBaseUrl("http://h").setMaxNetworkRetries(0).build();'
    )
    with pytest.raises(AssertionError):
        python_at("x = client.a.list()", "http://h")


# -- one process per language -----------------------------------------------------------------

_PYTHON_RUNNER = """\
import json, sys, traceback
sys.path.insert(0, sys.argv[2])
failed = []
for op, code in json.load(open(sys.argv[1])):
    try:
        exec(compile(code, op, "exec"), {"__name__": "sample"})
    except Exception as error:
        failed.append([op, f"{type(error).__name__}: {error}"[:600]])
print(json.dumps(failed))
"""

_RUBY_RUNNER = """\
require "json"
$LOAD_PATH.unshift(ARGV[1])
failed = []
JSON.parse(File.read(ARGV[0])).each do |op, code|
  eval(code, Object.new.instance_eval { binding }, op)
rescue StandardError, ScriptError => e
  failed << [op, "#{e.class}: #{e.message}"[0, 600]]
end
puts JSON.generate(failed)
"""


def run_python(built: Built, folder: Path) -> list[list[str]]:
    codes = [(op, python_at(code, built.mock.url)) for op, code in built.samples["python"]]
    return _run([sys.executable, "-c", _PYTHON_RUNNER], codes, folder, str(built.out / "python"), built.env)


def run_ruby(built: Built, folder: Path) -> list[list[str]]:
    ruby = shutil.which("ruby")
    if ruby is None:
        pytest.skip("ruby is not installed")
    codes = [(op, ruby_at(code, built.mock.url)) for op, code in built.samples["ruby"]]
    return _run([ruby, "-e", _RUBY_RUNNER], codes, folder, str(built.out / "ruby" / "lib"), built.env)


def _run(
    command: list[str], codes: list[tuple[str, str]], folder: Path, path: str, env: dict[str, str]
) -> list[list[str]]:
    listing = folder / "samples.json"
    listing.write_text(json.dumps(codes))
    run = subprocess.run([*command, str(listing), path], capture_output=True, text=True, env=env, timeout=900)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    failed: list[list[str]] = json.loads(run.stdout.strip().splitlines()[-1])
    return failed


def run_java(built: Built, folder: Path) -> list[list[str]]:
    javac, java = shutil.which("javac"), shutil.which("java")
    if javac is None or java is None or not GSON.is_file():
        pytest.skip("Java 17 and gson in ~/.m2 are needed for the Java samples")
    main = sorted(str(p) for p in (built.out / "java" / "src" / "main" / "java").rglob("*.java"))
    classes = folder / "classes"
    _javac(javac, classes, main, folder / "main.txt")
    sources = folder / "samples"
    sources.mkdir()
    calls = []
    for index, (op, code) in enumerate(built.samples["java"]):
        lines = java_at(code, built.mock.url).splitlines()
        imports = [line for line in lines if line.startswith("import ")]
        body = [f"    {line}" for line in lines if line and not line.startswith("import ")]
        head = [*imports, "", f"class Sample{index} {{", "  static void run() throws Exception {"]
        (sources / f"Sample{index}.java").write_text("\n".join([*head, *body, "  }", "}", ""]))
        calls.append(f"    run({json.dumps(op)}, Sample{index}::run);")
    (sources / "RunSamples.java").write_text(_JAVA_RUNNER.replace("    // calls\n", "\n".join(calls) + "\n"))
    listing = sorted(str(p) for p in sources.glob("*.java"))
    _javac(javac, folder / "sample-classes", listing, folder / "samples.txt", str(classes))
    classpath = os.pathsep.join([str(folder / "sample-classes"), str(classes), str(GSON)])
    run = subprocess.run(
        [java, "-cp", classpath, "RunSamples"], capture_output=True, text=True, env=built.env, timeout=900
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    failed: list[list[str]] = json.loads(run.stdout.strip().splitlines()[-1])
    return failed


_JAVA_RUNNER = """\
import java.util.ArrayList;
import java.util.List;

class RunSamples {
  interface Sample {
    void run() throws Exception;
  }

  static final List<String> FAILED = new ArrayList<>();

  static void run(String op, Sample sample) {
    try {
      sample.run();
    } catch (Exception | Error e) {
      String message = (e.getClass().getSimpleName() + ": " + e.getMessage());
      message = message.length() > 600 ? message.substring(0, 600) : message;
      FAILED.add("[" + quote(op) + ", " + quote(message) + "]");
    }
  }

  static String quote(String text) {
    StringBuilder out = new StringBuilder("\\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\\\') {
        out.append('\\\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  public static void main(String[] args) {
    // calls
    System.out.println("[" + String.join(", ", FAILED) + "]");
  }
}
"""

RUNNERS = {"python": run_python, "ruby": run_ruby, "java": run_java}


@pytest.mark.parametrize("language", LANGUAGES)
def test_samples_run_against_the_mock(built: Built, language: str, tmp_path: Path) -> None:
    failed = RUNNERS[language](built, tmp_path)
    ran = len(built.samples[language])
    print(f"{built.case.name} {language}: {ran - len(failed)}/{ran} samples ran clean")
    assert ran > 0
    assert failed == [], "\n".join(f"{op}: {error}" for op, error in failed)


def test_a_failing_sample_is_reported(built: Built, tmp_path: Path) -> None:
    """The negative: a sample calling what the client has not is reported, by each language's runner."""
    op, code = built.samples["python"][0]
    broken = Built(
        built.case,
        built.out,
        {
            "python": [(op, code + "\nclient.no_such_service.call()")],
            "ruby": [(op, built.samples["ruby"][0][1] + "\nclient.no_such_service")],
            "java": built.samples["java"][:0],
        },
        built.env,
        built.mock,
    )
    assert [row[0] for row in run_python(broken, tmp_path)] == [op]
    ruby = tmp_path / "ruby"
    ruby.mkdir()
    assert [row[0] for row in run_ruby(broken, ruby)] == [op]
