"""The TypeScript package's request validators give the Python client's verdicts, case by case.

The cases are the Python differential test's corpus (see `tests/validation/differential.py`):
valid params generated from the spec and targeted mutations of them, for every operation of
the default spec and a fixed-seed sample of Stripe's. All of them run in one node process
(`validators_differential.py`) through `validators.ts` compiled by tsc with the package's
strict settings; the verdicts, and the first failing parameter's path, must be Python's on
every case.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from generator.config import Config
from generator.ir.model import Api
from generator.pipeline import load_api
from generator.targets import Job
from generator.targets.python.validation import ValidatorSet
from generator.targets.typescript.validation import ts_pattern

from ..conftest import DEFAULT_SPEC
from ..validation.differential import candidates, sample
from .validators_differential import Case, Comparison, build_validators, collect, compare, load_python, portable

DEFAULT_EXAMPLES = 10
STRIPE_SAMPLE = 120
SEED = 20230912
MUTATIONS = 6


@pytest.fixture(scope="module")
def default_api() -> Api:
    return load_api(DEFAULT_SPEC, Config(), None).api


def _report(comparison: Comparison) -> str:
    return "\n".join([comparison.summary(), *comparison.disagreements[:10]])


def test_default_spec_verdicts_equal_pythons(node: str, tools: Path, default_api: Api, tmp_path: Path) -> None:
    comparison = Comparison()
    found = candidates(DEFAULT_SPEC, default_api, load_python(default_api), responses=False)
    cases, _ = collect(default_api, found, DEFAULT_EXAMPLES, MUTATIONS, comparison)
    compare(node, build_validators(tools, default_api, tmp_path / "ts"), cases, comparison)
    print(f"\nTypeScript validators, default spec: {comparison.summary()}")
    assert comparison.cases >= 1000
    assert 0 < comparison.valid < comparison.cases
    assert not comparison.disagreements, _report(comparison)


def test_stripe_sample_verdicts_equal_pythons(
    node: str, tools: Path, stripe_spec: Path, stripe_api: Api, stripe_validators: ValidatorSet, tmp_path: Path
) -> None:
    api = stripe_api
    comparison = Comparison()
    found = candidates(stripe_spec, api, stripe_validators, responses=False, depth=2)
    cases, _ = collect(api, sample(found, STRIPE_SAMPLE, SEED), 1, MUTATIONS, comparison)
    compare(node, build_validators(tools, api, tmp_path / "ts"), cases, comparison)
    print(f"\nTypeScript validators, Stripe sample: {comparison.summary()}")
    assert comparison.cases >= 500
    assert not comparison.disagreements, _report(comparison)


RESPONSE_EXAMPLES = 8


def test_default_spec_response_verdicts_equal_pythons(node: str, tools: Path, default_api: Api, tmp_path: Path) -> None:
    """What each operation answers, judged by `<op>Response` as by Python's response mode (`strict=True`)."""
    comparison = Comparison()
    found = candidates(DEFAULT_SPEC, default_api, load_python(default_api), params=False, responses=True)
    cases, _ = collect(default_api, found, RESPONSE_EXAMPLES, MUTATIONS, comparison, kind="response")
    compare(node, build_validators(tools, default_api, tmp_path / "ts"), cases, comparison)
    print(f"\nTypeScript response validators, default spec: {comparison.summary()}")
    assert comparison.cases >= 500
    assert 0 < comparison.valid < comparison.cases
    assert not comparison.disagreements, _report(comparison)


def test_stripe_sample_response_verdicts_equal_pythons(
    node: str, tools: Path, stripe_spec: Path, stripe_api: Api, stripe_validators: ValidatorSet, tmp_path: Path
) -> None:
    api = stripe_api
    comparison = Comparison()
    found = candidates(stripe_spec, api, stripe_validators, params=False, responses=True, depth=2)
    cases, _ = collect(api, sample(found, STRIPE_SAMPLE, SEED), 1, MUTATIONS, comparison, kind="response")
    compare(node, build_validators(tools, api, tmp_path / "ts"), cases, comparison)
    print(f"\nTypeScript response validators, Stripe sample: {comparison.summary()}")
    assert comparison.cases >= 500
    assert not comparison.disagreements, _report(comparison)


def test_a_wrong_verdict_is_caught(node: str, tools: Path, default_api: Api, tmp_path: Path) -> None:
    """The comparison can fail: a case whose recorded verdict or path is wrong disagrees."""
    folder = build_validators(tools, default_api, tmp_path / "ts")
    comparison = Comparison()
    cases = [
        Case("params customers.create", "customersCreate", {"email": 5}, True, None),
        Case("params customers.create", "customersCreate", {"email": 5}, False, ["name"]),
        Case("params customers.create", "customersCreate", {"email": 5}, False, ["email"]),
        Case("params customers.create", "customersCreate", {"email": "a"}, True, None),
        Case("response customers.create", "customersCreateResponse", {"id": "cus_1"}, True, None),
        Case("response customers.create", "customersCreateResponse", {"id": "cus_1"}, False, ["created"]),
    ]
    compare(node, folder, cases, comparison)
    assert comparison.cases == 6 and len(comparison.disagreements) == 3, comparison.disagreements


def test_javascript_numbers_are_judged_as_javascript_holds_them() -> None:
    assert portable({"a": [3.0, 1.5, True]}) == ({"a": [3, 1.5, True]}, True)
    assert portable({"a": 2**60}) == ({"a": 2**60}, True)
    assert portable({"a": 3}) == ({"a": 3}, False)


@pytest.mark.parametrize(
    ("pattern", "source"),
    [
        ("^a$", "^a(?=\\n?$)"),
        ("[$^]x", "[$^]x"),
        ("\\$\\^", "\\$\\^"),
        ("(?P<n>a)\\Z", "(?<n>a)$"),
    ],
)
def test_patterns_mean_what_python_means(pattern: str, source: str) -> None:
    assert ts_pattern(pattern) == source


COERCIONS_SPEC = """
openapi: 3.0.3
info: {title: Uploads, version: "1"}
servers: [{url: https://uploads.example.com}]
paths:
  /uploads:
    post:
      operationId: createUpload
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [file]
              properties:
                file: {type: string, format: binary}
                expires_at: {type: integer, format: unix-time}
                count: {type: integer, format: int32, multipleOf: 2}
                code: {type: string, pattern: "^[A-Z]{2}$"}
                tags: {type: array, uniqueItems: true, items: {type: string}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: object}}}}
"""

COERCIONS = """
import assert from "node:assert/strict";
import { uploadsCreate } from "./dist/validators.js";
import { FilePath } from "./dist/runtime/index.js";

const paths = (params) => uploadsCreate(params).map((issue) => [issue.path.join("."), issue.rule]);
const bytes = new Uint8Array([1, 2]);
assert.deepEqual(paths({ file: bytes, expires_at: new Date(), count: 4n, code: "GB", tags: ["a", "b"] }), []);
assert.deepEqual(paths({ file: new Blob(["x"]) }), []);
assert.deepEqual(paths({ file: new FilePath("./x.pdf") }), []);
assert.deepEqual(paths({ file: { data: bytes, name: "x.bin" } }), []);
assert.deepEqual(paths({ file: 5 }), [["file", "type"]]);
assert.deepEqual(paths({ file: bytes, expires_at: new Date("nonsense") }), [["expires_at", "type"]]);
assert.deepEqual(paths({ file: bytes, expires_at: "2024-01-01" }), [["expires_at", "type"]]);
assert.deepEqual(paths({ file: bytes, count: 2n ** 31n }), [["count", "maximum"]]);
assert.deepEqual(paths({ file: bytes, count: 3n }), [["count", "multiple_of"]]);
assert.deepEqual(paths({ file: bytes, code: "GB\\n" }), []);
assert.deepEqual(paths({ file: bytes, code: "gb" }), [["code", "pattern"]]);
assert.deepEqual(paths({ file: bytes, tags: ["a", "a"] }), [["tags", "unique_items"]]);
assert.deepEqual(paths({ expires_at: null }), [["file", "required"]]);
assert.deepEqual(paths(Object.create({ file: bytes })), [["file", "required"]]); // only own keys are params
console.log("ok");
"""


def test_what_the_encoder_takes_is_valid(node: str, tools: Path, tmp_path: Path) -> None:
    """Dates for unix times, bigints for integers, Blobs, bytes, `FilePath`s and `NamedFile`s for
    files are valid (what JSON cannot carry, so not in the differential corpus); the rest is not."""
    spec = tmp_path / "uploads.yaml"
    spec.write_text(COERCIONS_SPEC, encoding="utf-8")
    folder = build_validators(tools, load_api(spec, Config(), None).api, tmp_path / "ts")
    (folder / "coercions.mjs").write_text(COERCIONS, encoding="utf-8")
    done = subprocess.run([node, str(folder / "coercions.mjs")], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-3000:]


RESPONSES_SPEC = """
openapi: 3.0.3
info: {title: Things, version: "1"}
servers: [{url: https://things.example.com}]
paths:
  /things:
    get:
      operationId: getThing
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                additionalProperties: false
                required: [id, note]
                properties:
                  id: {type: string}
                  note: {type: string, nullable: true}
                  secret: {type: string, writeOnly: true}
                  server_id: {type: string, readOnly: true}
                  color: {type: string, enum: [red, blue]}
                  file: {type: string, format: binary}
                  at: {type: integer, format: unix-time}
                  labels: {type: object, additionalProperties: {type: string}}
                  either: {oneOf: [{type: integer}, {type: number}]}
"""

RESPONSES = """
import assert from "node:assert/strict";
import { thingsRetrieveResponse } from "./dist/validators.js";

const paths = (value) => thingsRetrieveResponse(value).map((issue) => [issue.path.join("."), issue.rule]);
assert.deepEqual(paths({ id: "t", note: null, server_id: "s", color: "green", either: 3, file: "x", at: 5 }), []);
assert.deepEqual(paths({ id: "t" }), [["note", "required"]]);
assert.deepEqual(paths({ id: null, note: null }), [["id", "type"]]);
assert.deepEqual(paths({ id: "t", note: null, secret: "s" }), [["secret", "write_only"]]);
assert.deepEqual(paths({ id: "t", note: null, extra: null }), [["extra", "unknown"]]);
assert.deepEqual(paths({ id: "t", note: null, color: 5 }), [["color", "type"]]);
assert.deepEqual(paths({ id: "t", note: null, labels: { a: null } }), [["labels.a", "type"]]);
assert.deepEqual(paths({ id: "t", note: null, at: new Date() }), [["at", "type"]]);
assert.deepEqual(paths({ id: "t", note: null, file: new Uint8Array([1]) }), [["file", "type"]]);
assert.deepEqual(paths([]), [["", "type"]]);
console.log("ok");
"""


def test_response_mode_rules(node: str, tools: Path, tmp_path: Path) -> None:
    """What the differential corpus rarely holds: a write-only field that comes back, an unknown
    key or a map entry set to null, a new enum value (open), a `oneOf` matching both branches,
    and no `Date` or bytes for a unix time or a file (JSON has neither)."""
    spec = tmp_path / "things.yaml"
    spec.write_text(RESPONSES_SPEC, encoding="utf-8")
    folder = build_validators(tools, load_api(spec, Config(), None).api, tmp_path / "ts")
    (folder / "responses.mjs").write_text(RESPONSES, encoding="utf-8")
    done = subprocess.run([node, str(folder / "responses.mjs")], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-3000:]


CORPUS = Path("/work/shared/specs/corpus")
CORPUS_SAMPLE = 40


@pytest.mark.parametrize("name", ["resend.yaml", "typesense.yml", "qdrant.json"])
def test_corpus_sample_verdicts_equal_pythons(node: str, tools: Path, name: str, tmp_path: Path) -> None:
    """Other APIs' schemas (JSON bodies, open objects, other patterns): a fixed-seed sample of operations."""
    spec = CORPUS / name
    if not spec.is_file():
        pytest.skip(f"{spec} is absent (the shared corpus, see its README)")
    api = load_api(spec, Config(strict=False), None).api
    comparison = Comparison()
    found = candidates(spec, api, load_python(api), responses=False, depth=2)
    cases, _ = collect(api, sample(found, CORPUS_SAMPLE, SEED), 3, MUTATIONS, comparison)
    compare(node, build_validators(tools, api, tmp_path / "ts"), cases, comparison)
    print(f"\nTypeScript validators, {name} sample: {comparison.summary()}")
    assert comparison.cases >= 100
    assert not comparison.disagreements, _report(comparison)


@pytest.mark.parametrize("name", ["resend.yaml", "typesense.yml", "qdrant.json"])
def test_corpus_sample_response_verdicts_equal_pythons(node: str, tools: Path, name: str, tmp_path: Path) -> None:
    """Other APIs' answers (open objects, nullable fields, `oneOf`s): a fixed-seed sample of operations."""
    spec = CORPUS / name
    if not spec.is_file():
        pytest.skip(f"{spec} is absent (the shared corpus, see its README)")
    api = load_api(spec, Config(strict=False), None).api
    comparison = Comparison()
    found = candidates(spec, api, load_python(api), params=False, responses=True, depth=2)
    cases, _ = collect(api, sample(found, CORPUS_SAMPLE, SEED), 3, MUTATIONS, comparison, kind="response")
    compare(node, build_validators(tools, api, tmp_path / "ts"), cases, comparison)
    print(f"\nTypeScript response validators, {name} sample: {comparison.summary()}")
    assert comparison.cases >= 100
    assert not comparison.disagreements, _report(comparison)


STRICT = """
import assert from "node:assert/strict";
import { createServer } from "node:http";
import Stripe, { StripeError, StripeResponseValidationError } from "./dist/esm/index.js";

const customer = (id, extra = {}) => ({ id, object: "customer", created: 1700000000, livemode: false, ...extra });
const page = (data, hasMore) => ({ object: "list", url: "/v1/customers", has_more: hasMore, data });
const answer = (url) => {
  if (url.startsWith("/v1/customers/cus_good")) return customer("cus_good", { email: null, address: null });
  if (url.startsWith("/v1/customers/cus_bad")) return customer("cus_bad", { created: "yesterday" });
  if (url.includes("starting_after=cus_1")) return page([customer("cus_2", { livemode: "no" })], false);
  if (url.startsWith("/v1/customers")) return page([customer("cus_1")], true);
  return undefined;
};
const server = createServer((request, response) => {
  const body = answer(request.url ?? "");
  response.writeHead(body === undefined ? 404 : 200, { "content-type": "application/json" });
  response.end(JSON.stringify(body ?? { error: { message: "no such thing" } }));
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const baseUrl = `http://127.0.0.1:${server.address().port}`;
const strict = new Stripe("sk_test_1", { baseUrl, maxRetries: 0, strict: true });
const lenient = new Stripe("sk_test_1", { baseUrl, maxRetries: 0 });
const ids = async (client) => {
  const found = [];
  for await (const item of client.customers.list({ limit: 1 })) found.push(item.id);
  return found;
};

try {
  assert.equal((await strict.customers.retrieve("cus_good")).id, "cus_good");
  const error = await strict.customers.retrieve("cus_bad").then(() => undefined, (caught) => caught);
  assert.ok(error instanceof StripeResponseValidationError && error instanceof StripeError, String(error));
  assert.equal(error.name, "StripeResponseValidationError");
  assert.equal(error.status, 200);
  assert.deepEqual(error.issues.map((issue) => [issue.path, issue.rule]), [[["created"], "type"]]);
  assert.equal(error.json.created, "yesterday");
  assert.match(error.message, /created: expected an integer, got "yesterday"/);
  assert.equal((await lenient.customers.retrieve("cus_bad")).id, "cus_bad");

  // the first page matches; the following one does not
  const paging = await ids(strict).then(() => undefined, (caught) => caught);
  assert.ok(paging instanceof StripeResponseValidationError, String(paging));
  assert.deepEqual(paging.issues[0].path, ["data", 0, "livemode"]);
  assert.deepEqual(await ids(lenient), ["cus_1", "cus_2"]);
  console.log("ok");
} finally {
  server.close();
}
"""


def test_a_strict_client_rejects_an_answer_the_schema_refuses(
    node: str, tools: Path, default_api: Api, tmp_path: Path
) -> None:
    """`strict: true`: a 2xx JSON answer (an object; a page, the following one too) not matching its
    schema rejects with the API's ResponseValidationError, its issues and parsed body; a
    client without `strict` takes the same answers."""
    from .test_ts_client import OPTIONS, build, write_package

    package = write_package(Job(default_api, {"typescript": OPTIONS}, DEFAULT_SPEC.name), tmp_path / "stripe-api")
    build(tools, package)
    (package / "strict.mjs").write_text(STRICT, encoding="utf-8")
    done = subprocess.run([node, str(package / "strict.mjs")], capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", (done.stdout + done.stderr)[-3000:]


def test_a_long_pattern_constant_stays_one_line_and_a_long_set_is_laid_out() -> None:
    """Asana's `([allocations|forms|...])(,\\1)*` pattern once crashed the layout of long constants,
    which took any `([` for the start of a set's list."""
    from generator.targets.typescript.validation import _constant

    alternatives = "|".join(f"field_{n}" for n in range(30))
    source = f'pattern("([{alternatives}])(,\\\\1)*")'
    assert _constant("PATTERN", source) == [f"const PATTERN = {source};"]
    items = ", ".join(f'"value_{n}"' for n in range(30))
    lines = _constant("VALUES", f"new Set<string>([{items}])")
    assert lines[0] == "const VALUES = new Set<string>([" and lines[-1] == "]);"
    assert lines[1:-1] == [f'  "value_{n}",' for n in range(30)]
