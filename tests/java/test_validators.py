"""The Java client's request validators give the Python client's verdicts, case by case.

The cases are the Python differential test's corpus (see `tests/validation/differential.py`):
valid params generated from the spec and targeted mutations of them, for every operation of
the default spec and a fixed-seed sample of Stripe's. All of them run in one JVM
(`validators_differential.py`); the verdicts, and the first failing parameter's path, must be
Python's on every case.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from generator.config import Config
from generator.ir.model import Api
from generator.pipeline import load_api
from generator.targets.java.validation import java_pattern, validator_names
from generator.targets.python.validation import ValidatorSet

from ..conftest import DEFAULT_SPEC, SHARED
from ..ruby.validators_differential import Case, Comparison, collect, load_python
from ..validation.differential import candidates, sample
from .validators_differential import GSON, collect_responses, compare, compile_sources, run_cases, write_sources

DEFAULT_EXAMPLES = 10
STRIPE_SAMPLE = 120
SEED = 20230912
MUTATIONS = 6


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None or not GSON.is_file():
        pytest.skip(f"{name} (Java 17) and Gson {GSON.name} in ~/.m2 are needed to run the Java validators")
    return found


@pytest.fixture(scope="module")
def default_api() -> Api:
    return load_api(DEFAULT_SPEC, Config(), None).api


@pytest.fixture(scope="module")
def default_classes(default_api: Api, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_sources(_tool("javac"), write_sources(default_api, tmp_path_factory.mktemp("javadiff")))


def _report(comparison: Comparison) -> str:
    return "\n".join([comparison.summary(), *comparison.disagreements[:10]])


def test_default_spec_verdicts_equal_pythons(default_api: Api, default_classes: Path) -> None:
    comparison = Comparison()
    found = candidates(DEFAULT_SPEC, default_api, load_python(default_api), responses=False)
    names = validator_names(default_api)
    cases, _ = collect(default_api, found, DEFAULT_EXAMPLES, MUTATIONS, comparison, names=names)
    compare(_tool("java"), default_classes, cases, comparison)
    print(f"\nJava validators, default spec: {comparison.summary()}")
    assert comparison.cases >= 1000
    assert 0 < comparison.valid < comparison.cases
    assert not comparison.disagreements, _report(comparison)


def test_stripe_sample_verdicts_equal_pythons(
    stripe_spec: Path, stripe_api: Api, stripe_validators: ValidatorSet, tmp_path: Path
) -> None:
    api = stripe_api
    comparison = Comparison()
    found = candidates(stripe_spec, api, stripe_validators, responses=False, depth=2)
    names = validator_names(api)
    cases, _ = collect(api, sample(found, STRIPE_SAMPLE, SEED), 1, MUTATIONS, comparison, names=names)
    classes = compile_sources(_tool("javac"), write_sources(api, tmp_path))
    compare(_tool("java"), classes, cases, comparison)
    print(f"\nJava validators, Stripe sample: {comparison.summary()}")
    assert comparison.cases >= 500
    assert not comparison.disagreements, _report(comparison)


def test_default_spec_response_verdicts_equal_pythons(default_api: Api, default_classes: Path) -> None:
    """`Validators.<op>Response` (what a `setStrict(true)` client checks) judges responses as the
    Python client's `strict=True` does: null a value, enums open, `oneOf` not exclusive, formats
    plain JSON types, write-only fields refused. The cases reach Java as the client hands them:
    Gson's `JsonElement`."""
    comparison = Comparison()
    found = candidates(DEFAULT_SPEC, default_api, load_python(default_api), params=False, responses=True)
    cases = collect_responses(default_api, found, DEFAULT_EXAMPLES, MUTATIONS, comparison)
    compare(_tool("java"), default_classes, cases, comparison, response=True)
    print(f"\nJava response validators, default spec: {comparison.summary()}")
    assert comparison.cases >= 500
    assert 0 < comparison.valid < comparison.cases
    assert not comparison.disagreements, _report(comparison)


def test_stripe_sample_response_verdicts_equal_pythons(
    stripe_spec: Path, stripe_api: Api, stripe_validators: ValidatorSet, tmp_path: Path
) -> None:
    api = stripe_api
    comparison = Comparison()
    found = candidates(stripe_spec, api, stripe_validators, params=False, responses=True, depth=2)
    cases = collect_responses(api, sample(found, STRIPE_SAMPLE, SEED), 1, MUTATIONS, comparison)
    classes = compile_sources(_tool("javac"), write_sources(api, tmp_path))
    compare(_tool("java"), classes, cases, comparison, response=True)
    print(f"\nJava response validators, Stripe sample: {comparison.summary()}")
    assert comparison.cases >= 300
    assert not comparison.disagreements, _report(comparison)


def test_a_wrong_response_verdict_is_caught(default_classes: Path) -> None:
    """The response comparison can fail too; and a response's rules are not the params' (an
    enum is open, null is a value of a nullable field, a required key's absence is reported)."""
    session = {
        "id": "cuss_1",
        "object": "customer_session",
        "client_secret": "s",
        "customer": "cus_1",
        "livemode": False,
        "expires_at": 1,
        "created": 1,
    }
    comparison = Comparison()
    cases = [
        Case("response", "customerSessionsCreateResponse", session, True, None),
        Case("response", "customerSessionsCreateResponse", {**session, "client_secret": 5}, True, None),
        Case("response", "customerSessionsCreateResponse", {**session, "livemode": "no"}, False, ["client_secret"]),
        Case("response", "customerSessionsCreateResponse", {**session, "object": "other"}, True, None),
        Case("response", "customerSessionsCreateResponse", {**session, "created": None}, False, ["created"]),
    ]
    compare(_tool("java"), default_classes, cases, comparison, response=True)
    assert comparison.cases == 5 and len(comparison.disagreements) == 2, comparison.disagreements
    assert "python valid, java" in comparison.disagreements[0]
    assert "python fails at ['client_secret'], java at ['livemode']" in comparison.disagreements[1]


CORPUS_SAMPLE = 40
#: The shared corpus's documents the Python differential can judge (OpenAI's 3.1 `type: null`
#: schemas crash its reference validator, openapi-schema-validator's OAS 3.0 dialect).
CORPUS = [
    "oai/petstore.yaml",
    "oai/petstore-expanded.yaml",
    "twilio_api_v2010.yaml",
    pytest.param("digitalocean/specification/DigitalOcean-public.v2.yaml", marks=pytest.mark.slow),
]


@pytest.mark.parametrize("document", CORPUS)
def test_corpus_verdicts_equal_pythons(document: str, tmp_path: Path) -> None:
    spec = SHARED / "corpus" / document
    if not spec.is_file():
        pytest.skip(f"{spec} is absent (the shared corpus: ../shared/specs/corpus)")
    api = load_api(spec, Config(strict=False), None).api
    comparison = Comparison()
    found = candidates(spec, api, load_python(api), responses=False, depth=2)
    names = validator_names(api)
    cases, _ = collect(api, sample(found, CORPUS_SAMPLE, SEED), 2, MUTATIONS, comparison, names=names)
    classes = compile_sources(_tool("javac"), write_sources(api, tmp_path))
    compare(_tool("java"), classes, cases, comparison)
    print(f"\nJava validators, {document}: {comparison.summary()}")
    assert comparison.cases >= 30
    assert not comparison.disagreements, _report(comparison)


#: DigitalOcean's left out: the Python differential builds none of its 546 response subjects
#: (`Candidate.build()` answers None for each), so there is nothing to compare.
@pytest.mark.parametrize("document", CORPUS[:3])
def test_corpus_response_verdicts_equal_pythons(document: str, tmp_path: Path) -> None:
    spec = SHARED / "corpus" / document
    if not spec.is_file():
        pytest.skip(f"{spec} is absent (the shared corpus: ../shared/specs/corpus)")
    api = load_api(spec, Config(strict=False), None).api
    comparison = Comparison()
    found = candidates(spec, api, load_python(api), params=False, responses=True, depth=2)
    cases = collect_responses(api, sample(found, CORPUS_SAMPLE, SEED), 2, MUTATIONS, comparison)
    classes = compile_sources(_tool("javac"), write_sources(api, tmp_path))
    compare(_tool("java"), classes, cases, comparison, response=True)
    print(f"\nJava response validators, {document}: {comparison.summary()}")
    assert comparison.cases >= 20  # petstore's: 28
    assert not comparison.disagreements, _report(comparison)


def test_a_wrong_verdict_is_caught(default_classes: Path) -> None:
    """The comparison can fail: a case whose recorded verdict (or path) is wrong disagrees."""
    comparison = Comparison()
    cases = [
        Case("params customers.create", "customersCreate", {"email": 5}, True, None),
        Case("params customers.create", "customersCreate", {"email": 5}, False, ["name"]),
        Case("params customers.create", "customersCreate", {"email": 5}, False, ["email"]),
        Case("params customers.create", "customersCreate", {"email": "a"}, True, None),
    ]
    compare(_tool("java"), default_classes, cases, comparison)
    assert comparison.cases == 4 and len(comparison.disagreements) == 2, comparison.disagreements


def test_issues_name_the_path_and_the_expectation(default_classes: Path) -> None:
    cases = [
        Case("", "customersCreate", {"address": {"city": 7}}, False, None),
        Case("", "customersCreate", {"invoice_settings": {"custom_fields": [{"name": "a", "value": 1}]}}, False, None),
        Case("", "customersCreate", {"tax_exempt": "sometimes"}, False, None),
        Case("", "customersCreate", {"balance": 1.5, "address": ""}, False, None),
    ]
    verdicts = run_cases(_tool("java"), default_classes, cases)
    messages = [verdict.get("message", "") for verdict in verdicts]
    assert messages[0] == "address.city: expected a string, got 7", messages
    assert messages[1] == "invoice_settings.custom_fields[0].value: expected a string, got 1", messages
    assert messages[2].startswith('tax_exempt: expected one of "", "exempt", "none", "reverse", got "sometimes"')
    assert messages[3] == "balance: expected an integer, got 1.5", messages  # "" unsets the address


@pytest.mark.parametrize(
    ("pattern", "java_source"),
    [
        ("^a$", "^a$"),
        ("[[]x", "[\\[]x"),
        ("[a&&b]", "[a\\&\\&b]"),
        ("[]a]", "[\\]a]"),
        ("a{2}b{,3}c{", "a{2}b{0,3}c\\{"),
        ("(?P<n>a)(?P=n)\\Z", "(?<n>a)\\k<n>\\z"),
    ],
)
def test_patterns_keep_their_ecma_meaning(pattern: str, java_source: str) -> None:
    assert java_pattern(pattern) == java_source


COERCIONS_SPEC = """
openapi: 3.0.3
info: {title: Things, version: "1"}
paths:
  /v1/things:
    post:
      operationId: PostThings
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                when: {type: integer, format: unix-time}
                price: {type: string, format: decimal}
                file: {type: string, format: binary}
                amount: {type: number, maximum: 10, multipleOf: 0.5}
                mode: {type: string, enum: [fast, slow]}
                shipping:
                  anyOf:
                    - {type: object, properties: {name: {type: string}}, required: [name]}
                    - {type: string, enum: [""]}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}}}
"""

COERCIONS_PROGRAM = """
package javadiff;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javadiff.net.FileUpload;
import javadiff.net.WireEnum;
import javadiff.validation.Validators;

public final class Coercions {
  private Coercions() {}

  enum Mode implements WireEnum {
    FAST;

    @Override
    public String getValue() {
      return "fast";
    }
  }

  enum Empty implements WireEnum {
    EMPTY;

    @Override
    public String getValue() {
      return "";
    }
  }

  static void show(String label, Map<String, Object> params) {
    System.out.println(label + " " + Validators.thingsCreate(params));
  }

  public static void main(String[] args) {
    show("instant", Map.of("when", Instant.ofEpochSecond(1700000000L)));
    show("long", Map.of("when", 1700000000L));
    show("date-string", Map.of("when", "2023-11-14"));
    show("big-decimal", Map.of("price", new BigDecimal("12.50")));
    show("double-price", Map.of("price", 12.5));
    show("upload", Map.of("file", FileUpload.of("a.txt", "text/plain", new byte[] {1})));
    show("bytes", Map.of("file", new byte[] {1, 2}));
    show("number-file", Map.of("file", 7));
    show("amounts", Map.of("amount", new BigDecimal("9.5")));
    show("big-amount", Map.of("amount", BigInteger.valueOf(12)));
    show("odd-amount", Map.of("amount", 9.25f));
    show("wire-enum", Map.of("mode", Mode.FAST));
    show("unset", Map.of("shipping", Empty.EMPTY));
    show("shipping", Map.of("shipping", Map.of("name", "Jenny")));
    show("no-name", Map.of("shipping", List.of()));
  }
}
"""


def test_values_a_java_caller_passes(tmp_path: Path) -> None:
    """What the encoder accepts is valid: an `Instant` for a Unix time, a `BigDecimal` for a
    decimal string or a number, a `FileUpload` or `byte[]` for a file, request enums (`WireEnum`)
    for their wire value, `EmptyParam`-like enums for "" to unset; other types are refused."""
    spec = tmp_path / "things.yaml"
    spec.write_text(COERCIONS_SPEC, encoding="utf-8")
    api = load_api(spec, Config(), None).api
    assert validator_names(api) == {"PostThings": "thingsCreate"}
    folder = write_sources(api, tmp_path / "java")
    (folder / "src" / "javadiff" / "Coercions.java").write_text(COERCIONS_PROGRAM, encoding="utf-8")
    classes = compile_sources(_tool("javac"), folder)
    done = subprocess.run(
        [_tool("java"), "-cp", f"{classes}:{GSON}", "javadiff.Coercions"], capture_output=True, text=True, check=True
    )
    shown = dict(line.split(" ", 1) for line in done.stdout.splitlines())
    valid = {"instant", "long", "big-decimal", "upload", "bytes", "amounts", "wire-enum", "unset", "shipping"}
    assert {label for label, issues in shown.items() if issues == "[]"} == valid, shown
    assert shown["date-string"] == '[when: expected an integer, got "2023-11-14"]'
    assert shown["double-price"] == "[price: expected a string, got 12.5]"
    assert shown["number-file"] == "[file: expected a string, got 7]"
    assert shown["big-amount"] == "[amount: must be at most 10, got 12]"
    assert shown["odd-amount"] == "[amount: must be a multiple of 0.5, got 9.25]"
    assert shown["no-name"].startswith("[shipping: expected an object or")
