"""The TypeScript client (`--target typescript`): the generated package builds with its own
tsconfigs (ES modules and CommonJS, with declarations) under `tsc --strict`,
`noUncheckedIndexedAccess` and `exactOptionalPropertyTypes`, and is imported by its name.

- The default spec's package: node:test files (tests/typescript/client/) compiled against the
  built package: the wire table (tests/wire_table.py) through `customerSessions.create`,
  faults retried with one idempotency key, errors, pages walked with `for await`; every
  operation called against `codegen mock` over real HTTP by a `strict: true` client (each
  answer checked by its response validator); the docs' sample of every operation
  compiles.
- Corpus documents and Stripe's whole spec (slow): the package type-checks, and so do the samples.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.ir.convert import convert
from generator.ir.model import Api
from generator.load.loader import load
from generator.surface import Returns, Sdk
from generator.surface.examples import example
from generator.targets import Job, job_for
from generator.targets.dialect import for_dialect
from generator.targets.typescript import TARGET
from generator.targets.typescript.names import TsNames
from generator.targets.typescript.options import TypeScriptOptions
from generator.targets.typescript.sample import call_args, call_path, ts_sample

from ..conftest import DEFAULT_SPEC
from ..mock.conftest import API_KEY, MockProcess
from ..test_surface import _PETS
from ..wire_table import portable_cases
from .conftest import HERE, TOOLS, run_node_test, tsc

OPTIONS = TypeScriptOptions(package="stripe-api", client_class="Stripe")
CORPUS = Path("/work/shared/specs/corpus")
CORPUS_SPECS = [
    "twilio_api_v2010.yaml",
    "resend.yaml",
    "typesense.yml",
    pytest.param("openai.yaml", marks=pytest.mark.slow),  # 2 000 files: about two minutes
]


def write_package(job: Job, out: Path) -> Path:
    for relative, text in TARGET.render(job).items():
        path = out / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
    return out


def check(tools: Path, *args: str) -> None:
    done = tsc(tools, *args)
    assert done.returncode == 0, (done.stdout + done.stderr)[-6000:]


def build(tools: Path, package: Path) -> None:
    """What `npm run build` does, with the tools' pinned tsc."""
    check(tools, "-p", str(package / "tsconfig.json"))
    check(tools, "-p", str(package / "tsconfig.cjs.json"))
    (package / "dist" / "cjs" / "package.json").write_text('{"type": "commonjs"}\n', encoding="utf-8")


def write_samples(job: Job, names: TsNames, folder: Path) -> int:
    """The docs' sample of every operation, one module each."""
    options = job.options_of("typescript", TypeScriptOptions)
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    for count, method in enumerate(names.sdk.methods(), start=1):
        text = ts_sample(names, options, method, example(names.sdk, method))
        (folder / f"sample_{count}.ts").write_text(text + "\n", encoding="utf-8")
    return count


def node_tsconfig(package: Path, include: list[str], out: str) -> Path:
    """A tsconfig compiling `include` (tests, samples) against the built package, with Node's types."""
    config = {
        "compilerOptions": {
            "target": "ES2022",
            "module": "NodeNext",
            "moduleResolution": "NodeNext",
            "lib": ["ES2022", "DOM", "DOM.Iterable", "DOM.AsyncIterable"],
            "types": ["node"],
            "typeRoots": [str(TOOLS / "node_modules" / "@types")],
            "strict": True,
            "noUncheckedIndexedAccess": True,
            "exactOptionalPropertyTypes": True,
            "verbatimModuleSyntax": True,
            "skipLibCheck": True,
            "rootDir": ".",
            "outDir": out,
        },
        "include": include,
    }
    path = package / f"tsconfig.{out}.json"
    path.write_text(json.dumps(config, indent=2), encoding="utf-8")
    return path


def operations_test(sdk: Sdk, names: TsNames) -> str:
    """A node:test file calling every operation of the API with its docs' example values, with a
    `strict: true` client: every answer is checked against its operation's response schema."""
    lines = [
        'import assert from "node:assert/strict";',
        'import { test } from "node:test";',
        "",
        'import Stripe from "stripe-api";',
        "",
        f"const client = new Stripe({json.dumps(API_KEY)}, "
        '{ baseUrl: process.env["MOCK_URL"] ?? "", maxRetries: 0, strict: true });',
    ]
    for method in sdk.methods():
        call = f"{call_path(names, method)}({', '.join(call_args(example(sdk, method), 1))})"
        if method.returns.pages:
            body = [f"const page = await {call};", "assert.ok(Array.isArray(page.data));"]
        elif method.returns is Returns.NOTHING:
            body = [f"await {call};"]
        else:
            body = [f"const result = await {call};", "assert.notEqual(result, undefined);"]
        lines += ["", f"test({json.dumps(method.id)}, async () => {{", *(f"  {line}" for line in body), "});"]
    lines += [
        "",
        'test("a list walked with for await", async () => {',
        "  let count = 0;",
        "  for await (const customer of client.customers.list({ limit: 3 })) {",
        '    assert.equal(typeof customer.id, "string");',
        "    if (++count >= 10) break;",
        "  }",
        "  assert.ok(count > 0);",
        "});",
    ]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def default_api() -> Api:
    api, issues = convert(load(DEFAULT_SPEC))
    assert not issues
    return api


@pytest.fixture(scope="module")
def default_job(default_api: Api) -> Job:
    return Job(default_api, {"typescript": OPTIONS}, DEFAULT_SPEC.name)


@pytest.fixture(scope="module")
def default_package(tools: Path, default_job: Job, tmp_path_factory: pytest.TempPathFactory) -> Path:
    package = write_package(default_job, tmp_path_factory.mktemp("ts-package") / "stripe-api")
    build(tools, package)
    return package


@pytest.fixture(scope="module")
def compiled_tests(tools: Path, default_job: Job, default_package: Path) -> Path:
    """The client's node:test files, the every-operation test and the samples, compiled against dist/."""
    tests = default_package / "tests"
    tests.mkdir()
    shutil.copy(HERE / "client" / "client.test.ts", tests / "client.test.ts")
    names = TARGET.naming(default_job)
    (tests / "operations.test.ts").write_text(operations_test(default_job.sdk, names), encoding="utf-8")
    assert write_samples(default_job, names, default_package / "samples") == len(list(names.sdk.methods()))
    check(tools, "-p", str(node_tsconfig(default_package, ["tests/*.ts", "samples/*.ts"], "build-tests")))
    return default_package / "build-tests" / "tests"


def test_package_builds_and_loads_as_esm_and_commonjs(node: str, default_package: Path) -> None:
    assert (default_package / "dist" / "esm" / "index.d.ts").is_file()
    assert (default_package / "dist" / "cjs" / "index.d.ts").is_file()
    done = subprocess.run(
        [node, "--test", "test/smoke.test.mjs"], cwd=default_package, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    script = "const { Stripe } = require('stripe-api');"
    script += "console.log(typeof new Stripe('sk_test_1').customerSessions.create)"
    done = subprocess.run([node, "-e", script], cwd=default_package, capture_output=True, text=True, check=False)
    assert done.stdout.strip() == "function", done.stdout + done.stderr


def test_package_json_and_no_runtime_dependency(default_package: Path) -> None:
    manifest = json.loads((default_package / "package.json").read_text(encoding="utf-8"))
    assert manifest["name"] == "stripe-api"
    assert "dependencies" not in manifest
    assert manifest["devDependencies"]["typescript"][0].isdigit()  # pinned
    assert set(manifest["exports"]["."]) == {"import", "require"}
    runtime = HERE.parents[1] / "templates" / "typescript" / "runtime"
    for path in runtime.glob("*.ts"):  # verbatim, but for the `// codegen:stripe` marker lines (Stripe's API)
        assert (default_package / "src" / "runtime" / path.name).read_bytes() == for_dialect(path.read_bytes(), True)


def test_wire_table_faults_errors_and_pages(node: str, compiled_tests: Path, tmp_path: Path) -> None:
    (tmp_path / "wire.json").write_text(json.dumps(portable_cases(), ensure_ascii=False), encoding="utf-8")
    passed, _, _ = run_node_test(node, compiled_tests, "client", {"WIRE_TABLE": str(tmp_path / "wire.json")})
    assert passed >= 8


@pytest.fixture(scope="module")
def mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockProcess]:
    process = MockProcess(DEFAULT_SPEC, tmp_path_factory.mktemp("mock-cache"))
    yield process
    assert process.stop() == 0, "".join(process.stderr)


def test_every_operation_against_the_mock(node: str, compiled_tests: Path, default_job: Job, mock: MockProcess) -> None:
    passed, _, _ = run_node_test(node, compiled_tests, "operations", {"MOCK_URL": mock.url})
    assert passed == len(list(default_job.sdk.methods())) + 1


def test_no_any_in_public_types(default_package: Path) -> None:
    for path in (default_package / "src").rglob("*.ts"):
        if "runtime" not in path.parts:
            text = path.read_text(encoding="utf-8")
            assert ": any" not in text and "<any>" not in text and "any[]" not in text, path


CHAT_SPEC = """
openapi: 3.0.3
info: {title: Chat, version: "1"}
servers: [{url: "https://chat.example.com"}]
components:
  securitySchemes: {bearer: {type: http, scheme: bearer}}
  schemas:
    Completion:
      type: object
      required: [id, text]
      properties: {id: {type: string}, text: {type: string}}
    Chunk:
      type: object
      required: [delta]
      properties: {delta: {type: string}}
security: [{bearer: []}]
paths:
  /completions:
    post:
      operationId: createCompletion
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [prompt]
              properties: {prompt: {type: string}, stream: {type: boolean}}
      responses:
        "200":
          description: ok
          content:
            application/json: {schema: {$ref: "#/components/schemas/Completion"}}
            text/event-stream: {schema: {$ref: "#/components/schemas/Chunk"}}
  /files/{file}/content:
    get:
      operationId: downloadFile
      parameters: [{name: file, in: path, required: true, schema: {type: string}}]
      responses:
        "200": {description: ok, content: {application/octet-stream: {schema: {type: string, format: binary}}}}
"""


def test_another_api_end_to_end(tools: Path, node: str, tmp_path: Path) -> None:
    """JSON bodies, a stream twin answering events, bytes and the API's error names, over HTTP."""
    spec = tmp_path / "chat.yaml"
    spec.write_text(CHAT_SPEC, encoding="utf-8")
    api, _ = convert(load(spec))
    package = write_package(job_for(api, spec.name, {}), tmp_path / "chat")
    build(tools, package)
    (package / "tests").mkdir()
    shutil.copy(HERE / "client" / "chat.test.ts", package / "tests" / "chat.test.ts")
    check(tools, "-p", str(node_tsconfig(package, ["tests/*.ts"], "build-tests")))
    passed, _, _ = run_node_test(node, package / "build-tests" / "tests", "chat")
    assert passed == 3


def _type_checks(tools: Path, spec: Path, out: Path, samples: bool) -> int:
    api, _ = convert(load(spec))
    job = job_for(api, spec.name, {})
    package = write_package(job, out / "package")
    check(tools, "-p", str(package / "tsconfig.json"), "--noEmit")
    if not samples:
        return 0
    options = job.options_of("typescript", TypeScriptOptions)
    (package / "node_modules").mkdir()
    os.symlink(package, package / "node_modules" / options.package, target_is_directory=True)
    count = write_samples(job, TARGET.naming(job), package / "samples")
    # The samples import the package by name: its src/ through its own `types` (no build needed).
    manifest = json.loads((package / "package.json").read_text(encoding="utf-8"))
    manifest["exports"]["."]["import"]["types"] = "./src/index.ts"
    (package / "package.json").write_text(json.dumps(manifest), encoding="utf-8")
    config = node_tsconfig(package, ["samples/*.ts"], "build-samples")
    check(tools, "-p", str(config), "--noEmit")
    return count


def test_other_api_package_type_checks(tools: Path, tmp_path: Path) -> None:
    """Auto-paging by cursor, repeated keys, a JSON value body, bytes to its own server, API keys."""
    (tmp_path / "pets.yaml").write_text(_PETS, encoding="utf-8")
    assert _type_checks(tools, tmp_path / "pets.yaml", tmp_path, samples=True) == 3


@pytest.mark.parametrize("name", CORPUS_SPECS)
def test_corpus_package_type_checks(tools: Path, name: str, tmp_path: Path) -> None:
    spec = CORPUS / name
    if not spec.is_file():
        pytest.skip(f"{spec} is not here")
    assert _type_checks(tools, spec, tmp_path, samples=True) > 0


@pytest.mark.slow
def test_stripe_full_spec_package_type_checks(tools: Path, stripe_spec: Path, tmp_path: Path) -> None:
    assert _type_checks(tools, stripe_spec, tmp_path, samples=True) > 400
