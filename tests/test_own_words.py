"""Issue 25: an SDK of another API than Stripe's speaks in that API's own words.

Every file every target writes for it (code, comments, READMEs, package metadata, the runtime
copied into it) and every header its mock answers with name no "stripe", in any case; and
`--package` / `--client-class` name the SDK in every target, each in its language's casing.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.config import Config
from generator.mock.app import MockApp, Request
from generator.mock.checks import ParamChecker
from generator.pipeline import load_api
from generator.targets.python import validation

from .conftest import SHARED

CLIENTS = ("python", "ruby", "java", "typescript")
TARGETS = (*CLIENTS, "docs")
RESEND = SHARED / "corpus" / "resend.yaml"
VENDOR = re.compile(rb"stripe", re.IGNORECASE)

#: A small API of another vendor: bearer auth, a JSON body, a cursor-paged list, an error model.
TRAIN_TRAVEL = {
    "openapi": "3.0.3",
    "info": {"title": "Train Travel", "version": "1.2.0"},
    "servers": [{"url": "https://api.example.com"}],
    "security": [{"bearerAuth": []}],
    "components": {
        "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Station": {
                "type": "object",
                "required": ["id", "name"],
                "properties": {"id": {"type": "string", "example": "efdbb9d1"}, "name": {"type": "string"}},
            },
            "Stations": {
                "type": "object",
                "properties": {
                    "data": {"type": "array", "items": {"$ref": "#/components/schemas/Station"}},
                    "next_cursor": {"type": "string", "nullable": True},
                },
            },
            "Problem": {"type": "object", "properties": {"title": {"type": "string"}, "status": {"type": "integer"}}},
        },
    },
    "paths": {
        "/stations": {
            "get": {
                "operationId": "getStations",
                "parameters": [{"name": "cursor", "in": "query", "schema": {"type": "string"}}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Stations"}}},
                    },
                    "400": {
                        "description": "bad",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
                    },
                },
            },
            "post": {
                "operationId": "createStation",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["name"],
                                "properties": {"name": {"type": "string", "example": "Berlin Hbf"}},
                            }
                        }
                    },
                },
                "responses": {
                    "201": {
                        "description": "made",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Station"}}},
                    }
                },
            },
        },
        "/stations/{station_id}": {
            "get": {
                "operationId": "getStation",
                "parameters": [{"name": "station_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Station"}}},
                    }
                },
            }
        },
    },
}


def vendor_mentions(root: Path) -> list[str]:
    """Every file under `root` whose path or bytes say "stripe" (any case), with the first line that does."""
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        relative = path.relative_to(root).as_posix()
        data = path.read_bytes()
        match = VENDOR.search(data)
        if VENDOR.search(relative.encode()):
            found.append(relative)
        elif match is not None:
            start = data.rfind(b"\n", 0, match.start()) + 1
            end = data.find(b"\n", match.end())
            found.append(f"{relative}: {data[start : end if end >= 0 else None].decode(errors='replace').strip()}")
    return found


def _generate(spec: Path, out: Path, *flags: str) -> Path:
    (out.parent / "codegen.toml").write_text("")  # no configuration: every name comes from the spec
    targets = [arg for name in TARGETS for arg in ("--target", name)]
    config = ["--config", str(out.parent / "codegen.toml")]
    assert main(["generate", str(spec), "--out", str(out), *targets, *config, "--lenient", "-q", *flags]) == 0
    return out


def _mentions(out: Path, target: str) -> list[str]:
    """What a target wrote that says "stripe": its folder, and the copy kept for three-way merges."""
    return vendor_mentions(out / target) + vendor_mentions(out / ".codegen" / "base" / target)


@pytest.fixture(scope="module")
def train_travel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec = tmp_path_factory.mktemp("train") / "train-travel.yaml"
    spec.write_text(yaml.safe_dump(TRAIN_TRAVEL, sort_keys=False))
    return spec


@pytest.fixture(scope="module")
def train_travel_sdk(train_travel: Path) -> Path:
    return _generate(train_travel, train_travel.parent / "out")


@pytest.fixture(scope="module")
def resend_sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not RESEND.is_file():
        pytest.skip(f"{RESEND} is not here: the corpus is third-party data kept in ../shared")
    return _generate(RESEND, tmp_path_factory.mktemp("resend") / "out")


def test_the_check_finds_a_mention(tmp_path: Path) -> None:
    """The negative control: a word in a file, or a file's name, is found."""
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "client.rb").write_text('headers["X-Version"] = v\n')
    assert vendor_mentions(tmp_path) == []
    (tmp_path / "lib" / "requestor.rb").write_text('# sends\nheaders["STRIPE-Version"] = v\n')
    (tmp_path / "lib" / "stripe_object.rb").write_text("class Base; end\n")
    assert vendor_mentions(tmp_path) == ['lib/requestor.rb: headers["STRIPE-Version"] = v', "lib/stripe_object.rb"]


@pytest.mark.parametrize("target", TARGETS)
def test_inline_api_names_no_other_vendor(train_travel_sdk: Path, target: str) -> None:
    assert (train_travel_sdk / target).is_dir()
    assert _mentions(train_travel_sdk, target) == []


@pytest.mark.parametrize("target", TARGETS)
def test_corpus_api_names_no_other_vendor(resend_sdk: Path, target: str) -> None:
    assert (resend_sdk / target).is_dir()
    assert _mentions(resend_sdk, target) == []


def test_names_come_from_the_title(train_travel_sdk: Path, resend_sdk: Path) -> None:
    out = train_travel_sdk
    readme = (out / "ruby" / "README.md").read_text()
    assert "rescue TrainTravel::TrainTravelError => e" in readme
    assert "class TrainTravelError < StandardError" in (out / "ruby/lib/train_travel/runtime/errors.rb").read_text()
    assert "TrainTravelError" in (out / "typescript" / "src" / "errors.ts").read_text()
    assert 'TrainTravelClient("api_key...")' in (out / "python" / "README.md").read_text()
    assert (resend_sdk / "ruby" / "lib" / "resend" / "runtime" / "resend_object.rb").is_file()
    manifest = (resend_sdk / ".codegen-manifest.json").read_bytes()
    assert not VENDOR.search(manifest)


def test_stripe_keeps_its_own_words(tmp_path: Path) -> None:
    """The same check on Stripe's own API finds Stripe's conventions: they stay there."""
    from .conftest import DEFAULT_SPEC

    out = _generate(DEFAULT_SPEC, tmp_path / "out")
    assert vendor_mentions(out)
    for target in CLIENTS:
        text = b"".join(p.read_bytes() for p in (out / target).rglob("*") if p.is_file())
        for expected in (b"Stripe-Version", b"Stripe-Signature", b"Stripe-Should-Retry"):
            assert expected in text, (target, expected)
    assert (out / "ruby" / "lib" / "stripe_api_customer_sessions_subset" / "runtime").is_dir()


def _mock(spec: Path) -> MockApp:
    loaded = load_api(spec, Config(spec=spec), None, validation="later")
    return MockApp(loaded.api, ParamChecker(loaded.api, lambda: validation))


def test_mock_headers_name_no_other_vendor(train_travel: Path) -> None:
    app = _mock(train_travel)
    auth = {"authorization": "Bearer token_123"}
    answers = [
        app.handle(Request("GET", "/stations/efdbb9d1", headers=auth)),
        app.handle(Request("GET", "/stations", headers={**auth, "stripe-version": "2020-08-27"})),
        app.handle(Request("GET", "/stations")),  # no credentials: a 401 with its realm
    ]
    assert [answer.status for answer in answers] == [200, 200, 401]
    for answer in answers:
        assert not VENDOR.search(json.dumps(answer.headers).encode()), answer.headers
    assert dict(answers[2].headers)["www-authenticate"] == 'Basic realm="Train Travel"'


def test_stripe_mock_still_echoes_its_version() -> None:
    from .conftest import DEFAULT_SPEC

    answer = _mock(DEFAULT_SPEC).handle(Request("GET", "/v1/customers/cus_1", headers={"stripe-version": "v9"}))
    assert ("stripe-version", "v9") in answer.headers
