"""The Ruby client of another API than Stripe's (tests/ruby/any_api.py), over real sockets.

- credentials per operation: HTTP basic (the default), API keys in a header, the query and a
  cookie, either of two schemes, OAuth2 (an `api_key` as bearer token, or one fetched with
  client credentials), and `security: []`; a call needing credentials the client was
  not given raises before anything is sent; checked on the wire against a recording server
  (tests/runtime/rt_server.py) and against `codegen mock`, which answers 401 to a wrong scheme;
- pages of other styles than Stripe's, auto-paged: a cursor field sent back as a query param,
  offsets, a next URL in the body, RFC 8288 Link headers (never followed to another host);
- an operation with its own server, sent where the client's `server_urls` maps it;
- raw bodies: an IO's bytes as `image/png`, a String as `text/plain`; a query array of
  `style: form` sent as its key once per item.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from generator.errors import UsageError
from generator.ir.convert import convert
from generator.load.loader import load
from generator.targets import Job
from generator.targets.ruby import TARGET

from ..mock.conftest import MockProcess
from ..runtime.rt_server import LocalServer, Recorded, Reply
from .any_api import OPTIONS, SPEC
from .checks import rbs_problems
from .conftest import SUITE, run_ruby

BASIC = "Basic " + base64.b64encode(b"AC123:tok3n").decode()
THING = {"ok": True}


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("any-api") / "any_api.yaml"
    path.write_text(yaml.safe_dump(SPEC))
    return path


@pytest.fixture(scope="module")
def gem(spec: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    api, issues = convert(load(spec))
    assert not issues
    out = tmp_path_factory.mktemp("any-api-gem")
    for relative, text in TARGET.render(Job(api, {"ruby": OPTIONS}, spec.name)).items():
        (out / relative).parent.mkdir(parents=True, exist_ok=True)
        (out / relative).write_text(str(text), encoding="utf-8")
    return out


def _items(*ids: str) -> list[dict[str, str]]:
    return [{"id": i} for i in ids]


def _answer(url: str) -> object:
    tokens = iter(["tok_refused", "tok_fetched"])

    def answer(request: Recorded) -> Reply:
        query = request.query_params
        if request.path == "/cursored":
            if "after" not in query:
                return Reply(200, {"data": _items("a", "b"), "last_id": "b", "has_more": True})
            return Reply(200, {"data": _items("c"), "last_id": "c", "has_more": False})
        if request.path == "/offsets":
            return Reply(200, {"results": _items("a", "b") if "offset" not in query else _items("c")})
        if request.path == "/urled":
            if "Page" not in query:
                return Reply(200, {"items": _items("a", "b"), "next_page_uri": "/urled?Page=1"})
            return Reply(200, {"items": _items("c"), "next_page_uri": None})
        if request.path == "/linked":
            if "page" not in query:
                link = f'<{url}/linked?page=2>; rel="next", <{url}/linked>; rel="first"'
                return Reply(200, _items("a", "b"), {"Link": link})
            return Reply(200, _items("c"), {"Link": '<http://elsewhere.example/linked?page=3>; rel="next"'})
        if request.path == "/oauth/token":
            return Reply(200, {"access_token": next(tokens), "token_type": "bearer", "expires_in": 3600})
        if request.headers.get("authorization") == "Bearer tok_refused":
            return Reply(401, {"error": {"message": "expired token"}})
        if request.path == "/events":
            stream = b'event: tick\ndata: {"n": 1}\n\ndata: [DONE]\n\ndata: {"n": 2}\n\n'
            return Reply(200, stream, {"Content-Type": "text/event-stream"})
        if request.path.startswith("/blobs/"):
            return Reply(204, b"")
        return Reply(200, THING)

    return answer


def test_credentials_and_pages_on_the_wire(ruby: str, gem: Path) -> None:
    server = LocalServer(lambda request: Reply(500, {}))
    server.respond = _answer(server.url)  # type: ignore[assignment]
    try:
        out = run_ruby(ruby, gem, str(SUITE / "any_api_calls.rb"), "wire", server.url, timeout=120)
    finally:
        server.close()
    assert out.splitlines()[-1] == "ok", out
    assert sorted(out.split()[:-1]) == ["cursored:a,b,c", "linked:a,b,c", "offsets:a,b,c", "urled:a,b,c"]
    by_path: dict[str, list[Recorded]] = {}
    for request in server.requests:
        by_path.setdefault(request.path, []).append(request)
    things, tagged = by_path["/things"]  # the key-only client's call was never sent
    assert things.headers["authorization"] == BASIC and things.query == ""
    assert tagged.query == "tags=a+b&tags=c"  # style: form (OpenAPI's default) repeats the key
    assert not any("stripe-version" in request.headers for request in server.requests)
    for health in by_path["/health"]:  # `security: []`: nothing, with or without credentials
        assert "authorization" not in health.headers and "cookie" not in health.headers and health.query == ""
    [header] = by_path["/by_header"]
    assert header.headers["x-api-key"] == "k_123" and "authorization" not in header.headers
    [query] = by_path["/by_query"]
    assert query.query_params == {"api_key": "k_123"} and "authorization" not in query.headers
    [cookie] = by_path["/by_cookie"]
    assert cookie.headers["cookie"] == "session=k_123" and "authorization" not in cookie.headers
    for either in by_path["/either"]:  # basic or the query key: the key is preferred (surface.auth)
        assert either.query_params == {"api_key": "k_123"} and "authorization" not in either.headers
    assert len(by_path["/either"]) == 2
    # A token fetched, refused (401), fetched anew once, then kept for the second call.
    assert len(by_path["/oauth/token"]) == 2
    for token in by_path["/oauth/token"]:
        assert token.method == "POST" and token.body == b"grant_type=client_credentials"
        assert token.headers["authorization"] == "Basic " + base64.b64encode(b"cid:csecret").decode()
    sent = [r.headers["authorization"] for r in by_path["/oauthed"]]
    assert sent == ["Bearer k_123", "Bearer tok_refused"] + ["Bearer tok_fetched"] * 2
    [upload] = by_path["/uploads"]  # sent to where server_urls maps files.example.com
    assert upload.headers["authorization"] == BASIC
    [blob] = by_path["/blobs/b%201"]
    assert blob.method == "PUT" and blob.body == b"\x89PNG\x00\xff" and blob.headers["content-type"] == "image/png"
    [note] = by_path["/notes"]
    assert note.body == "café\nline two".encode() and note.headers["content-type"] == "text/plain"
    paged = ("/cursored", "/offsets", "/urled", "/linked")
    assert {request.target for request in server.requests if request.path in paged} == {
        "/cursored?limit=2",
        "/cursored?limit=2&after=b",
        "/offsets?limit=2",
        "/offsets?limit=2&offset=2",
        "/urled",
        "/urled?Page=1",
        "/linked?per_page=2",
        "/linked?page=2",
    }  # the Link to elsewhere.example was not followed
    for path in paged:
        assert all(request.headers["authorization"] == BASIC for request in by_path[path])


@pytest.fixture(scope="module")
def mock(spec: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockProcess]:
    process = MockProcess(spec, tmp_path_factory.mktemp("mock-cache"))
    yield process
    assert process.stop() == 0, "".join(process.stderr)


def test_credentials_against_the_mock(ruby: str, gem: Path, mock: MockProcess) -> None:
    out = run_ruby(ruby, gem, str(SUITE / "any_api_calls.rb"), "mock", mock.url, timeout=120)
    assert out.splitlines()[-1] == "ok", out


def test_a_wrong_scheme_is_refused_by_the_mock(ruby: str, gem: Path, mock: MockProcess) -> None:
    """The mock's check is real: the header key sent to an operation wanting basic is a 401."""
    # A basic client whose Authorization is replaced by a bearer header through `opts`.
    script = (
        'require "any_api"; client = AnyApi::Client.new(base_url: ARGV[0], username: "u", password: "p", '
        'max_retries: 0); begin; client.things.retrieve({}, { headers: { "Authorization" => "Bearer k" } }); '
        "rescue AnyApi::AuthenticationError => e; puts e.http_status; end"
    )
    assert run_ruby(ruby, gem, "-e", script, mock.url).strip() == "401"


def test_signatures_cover_auth_and_pages(gem: Path) -> None:
    assert not rbs_problems(gem)


def test_hostile_scheme_and_field_names_stay_data(ruby: str, tmp_path: Path) -> None:
    """Scheme names and API key names from a spec are Ruby string literals: nothing in them can
    run, and the client holds them as written."""
    evil = 'k"#{`touch pwned`}\\'
    spec = yaml.safe_load(yaml.safe_dump(SPEC))
    schemes = spec["components"]["securitySchemes"]
    schemes[evil] = {"type": "apiKey", "in": "header", "name": evil.replace("\\", "")}
    spec["paths"]["/by_header"]["get"]["security"] = [{evil: []}]
    path = tmp_path / "evil.yaml"
    path.write_text(yaml.safe_dump(spec))
    api, _ = convert(load(path))
    gem = tmp_path / "gem"
    for relative, text in TARGET.render(Job(api, {"ruby": OPTIONS}, path.name)).items():
        (gem / relative).parent.mkdir(parents=True, exist_ok=True)
        (gem / relative).write_text(str(text), encoding="utf-8")
    script = 'require "any_api"; puts JSON.generate(AnyApi::Client::SCHEMES.transform_values { |s| s[:name] })'
    schemes_seen = json.loads(run_ruby(ruby, gem, "-e", script))
    assert schemes_seen[evil] == evil.replace("\\", "")
    assert not (tmp_path / "pwned").exists() and not Path("pwned").exists()


def test_streams_and_options(ruby: str, gem: Path) -> None:
    out = run_ruby(ruby, gem, str(SUITE / "any_api_streaming.rb"), timeout=60)
    assert "0 failures, 0 errors" in out, out


def test_resource_methods_turned_on_for_another_api(ruby: str, spec: Path, tmp_path: Path) -> None:
    """`resource_methods = true` in `[tool.codegen.ruby]`: global settings and class methods for
    an API that is not Stripe's, its credentials as settings; the same request on the wire."""
    api, _ = convert(load(spec))
    options = TARGET.options({"gem": "any_api", "module": "AnyApi", "client_class": "Client"}, api)
    assert not options.resource_methods  # off by default for other APIs
    TARGET.check_options({"resource_methods": True}, "pyproject.toml")
    with pytest.raises(UsageError):
        TARGET.check_options({"resource_methods": "yes"}, "pyproject.toml")
    files = TARGET.render(Job(api, {"ruby": replace(OPTIONS, resource_methods=True)}, spec.name))
    for relative, text in files.items():
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text(str(text), encoding="utf-8")
    assert not rbs_problems(tmp_path)
    assert "def self.list" not in files["lib/any_api/resources/cursored_list_response.rb"]
    server = LocalServer(lambda request: Reply(200, THING))
    script = """
    AnyApi.username = "AC123"
    AnyApi.password = "tok3n"
    AnyApi.api_base = ARGV.fetch(0)
    thing = AnyApi::Thing.retrieve
    AnyApi::Client.new(base_url: ARGV.fetch(0), username: "AC123", password: "tok3n").things.retrieve
    puts thing.class.name
    """
    try:
        out = run_ruby(ruby, tmp_path, "-e", 'require "any_api"', "-e", script, server.url)
    finally:
        server.close()
    assert out.strip() == "AnyApi::Thing"
    first, second = server.requests[-2:]
    assert (first.method, first.path, first.headers.get("authorization")) == ("GET", "/things", BASIC)
    assert (first.method, first.path, first.headers.get("authorization")) == (
        second.method,
        second.path,
        second.headers.get("authorization"),
    )
