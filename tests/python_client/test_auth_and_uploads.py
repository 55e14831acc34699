"""Auth from the spec's `securitySchemes`, file uploads, raw bodies and per-operation servers.

Each client here is generated from a small spec that declares one way in (HTTP basic, API keys
in a header, the query or a cookie, OAuth2 client credentials, none at all), and every request
it sends is recorded with httpx's MockTransport. Stripe's own `files.create` is checked on the
client of Stripe's whole spec: multipart, to `files.stripe.com`.
"""

from __future__ import annotations

import base64
import email.parser
import email.policy
import importlib
import inspect
import io
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

from generator.cli import main

OK = {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}
LIST = {
    "description": "ok",
    "content": {"application/json": {"schema": {"type": "array", "items": {"type": "object"}}}},
}
ID = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]


def _spec(schemes: dict[str, Any], security: list[dict[str, list[str]]], **extra_paths: Any) -> dict[str, Any]:
    paths: dict[str, Any] = {
        "/things": {"get": {"operationId": "listThings", "responses": {"200": LIST}}},
        "/health": {"get": {"operationId": "health", "security": [], "responses": {"200": OK}}},
        **extra_paths,
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": "Auth", "version": "1"},
        "servers": [{"url": "https://api.example.com"}],
        "components": {"securitySchemes": schemes},
        "security": security,
        "paths": paths,
    }


def _package(spec: dict[str, Any], folder: Path, name: str) -> ModuleType:
    path = folder / "spec.yaml"
    path.write_text(yaml.safe_dump(spec))
    out = folder / "out"
    args = ["generate", "--spec", str(path), "--out", str(out), "--target", "python", "-q"]
    assert main([*args, "--package", name, "--client-class", "AuthClient"]) == 0
    sys.path.insert(0, str(out / "python"))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(out / "python"))


def _recorder(
    answers: Callable[[httpx.Request], httpx.Response] | None = None,
) -> tuple[httpx.Client, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answers(request) if answers else httpx.Response(200, json=[] if request.method == "GET" else {})

    return httpx.Client(transport=httpx.MockTransport(handler)), sent


@pytest.fixture(scope="module")
def basic(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    spec = _spec({"accountSid_authToken": {"type": "http", "scheme": "basic"}}, [{"accountSid_authToken": []}])
    return _package(spec, tmp_path_factory.mktemp("basic"), "auth_basic")


def test_basic_auth_takes_a_user_name_and_password(basic: ModuleType) -> None:
    parameters = inspect.signature(basic.AuthClient).parameters
    assert [p for p in parameters if parameters[p].default is inspect.Parameter.empty] == ["username", "password"]
    http, sent = _recorder()
    client = basic.AuthClient("AC123", "tok3n", http_client=http)
    client.things.list()
    client.health.retrieve()
    expected = "Basic " + base64.b64encode(b"AC123:tok3n").decode()
    assert sent[0].headers["authorization"] == expected
    assert "authorization" not in sent[1].headers  # `security: []`: no credentials at all
    assert "tok3n" not in repr(client) and "tok3n" not in repr(client._requestor)


@pytest.mark.parametrize(
    ("location", "check"),
    [
        ("header", lambda r: r.headers["x-api-key"] == "k_123"),
        ("query", lambda r: r.url.params["api_key"] == "k_123" and "x-api-key" not in r.headers),
        ("cookie", lambda r: r.headers["cookie"] == "session=k_123"),
    ],
)
def test_api_keys_go_where_the_scheme_says(
    location: str, check: Callable[[httpx.Request], bool], tmp_path: Path
) -> None:
    name = {"header": "X-API-Key", "query": "api_key", "cookie": "session"}[location]
    spec = _spec({"key": {"type": "apiKey", "in": location, "name": name}}, [{"key": []}])
    sdk = _package(spec, tmp_path, f"auth_key_{location}")
    http, sent = _recorder()
    sdk.AuthClient("k_123", http_client=http).things.list()
    assert check(sent[0]), sent[0]
    assert "authorization" not in sent[0].headers


def test_stripe_headers_only_for_stripe(basic: ModuleType) -> None:
    """`stripe_version` (sent as `Stripe-Version`) is offered by the clients of Stripe's API only."""
    assert "stripe_version" not in inspect.signature(basic.AuthClient).parameters
    http, sent = _recorder()
    basic.AuthClient("AC1", "t", http_client=http).things.list()
    assert not [name for name in sent[0].headers if name.lower().startswith("stripe-")]


def test_a_spec_without_security_takes_no_credentials(tmp_path: Path) -> None:
    spec = _spec({}, [])
    del spec["components"]
    sdk = _package(spec, tmp_path, "auth_none")
    parameters = inspect.signature(sdk.AuthClient).parameters
    assert not [p for p in parameters if parameters[p].default is inspect.Parameter.empty]
    http, sent = _recorder()
    sdk.AuthClient(http_client=http).things.list()
    assert "authorization" not in sent[0].headers


@pytest.fixture(scope="module")
def oauth(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    flows = {"clientCredentials": {"tokenUrl": "https://auth.example.com/token", "scopes": {}}}
    spec = _spec({"oauth": {"type": "oauth2", "flows": flows}}, [{"oauth": []}])
    return _package(spec, tmp_path_factory.mktemp("oauth"), "auth_oauth")


def test_oauth2_client_credentials_fetched_cached_and_renewed_once(oauth: ModuleType) -> None:
    tokens = iter(["tok_1", "tok_2", "tok_3"])
    uses: dict[str, int] = {}

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.host == "auth.example.com":
            return httpx.Response(200, json={"access_token": next(tokens), "expires_in": 3600})
        token = request.headers["authorization"].removeprefix("Bearer ")
        uses[token] = uses.get(token, 0) + 1
        if token == "tok_1" and uses[token] == 3:  # the API stops taking tok_1 at its third use
            return httpx.Response(401, json={"error": {"message": "expired"}})
        return httpx.Response(200, json=[])

    http, sent = _recorder(answer)
    client = oauth.AuthClient(client_id="cid", client_secret="csecret", http_client=http)
    client.things.list()
    client.things.list()  # the cached token
    client.things.list()  # 401: fetched anew once, then sent again
    hosts = [(r.url.host, r.headers.get("authorization")) for r in sent]
    grant = "Basic " + base64.b64encode(b"cid:csecret").decode()
    assert hosts == [
        ("auth.example.com", grant),
        ("api.example.com", "Bearer tok_1"),
        ("api.example.com", "Bearer tok_1"),
        ("api.example.com", "Bearer tok_1"),
        ("auth.example.com", grant),
        ("api.example.com", "Bearer tok_2"),
    ]
    assert sent[0].content == b"grant_type=client_credentials"


def test_token_provider_and_missing_credentials(oauth: ModuleType) -> None:
    http, sent = _recorder()
    calls = iter(["a1", "a2"])
    client = oauth.AuthClient(token_provider=lambda: next(calls), http_client=http)
    client.things.list()
    client.things.list()
    assert [r.headers["authorization"] for r in sent] == ["Bearer a1", "Bearer a2"]
    bare = oauth.AuthClient(http_client=http)
    with pytest.raises(oauth._runtime.MissingCredentialsError, match="client_id and client_secret"):
        bare.things.list()
    assert len(sent) == 2  # refused before anything was sent


@pytest.fixture(scope="module")
def uploads(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    upload = {
        "type": "object",
        "required": ["file"],
        "properties": {
            "file": {"type": "string", "format": "binary"},
            "purpose": {"type": "string"},
            "meta": {"type": "object", "properties": {"k": {"type": "string"}, "on": {"type": "boolean"}}},
        },
    }
    paths = {
        "/uploads": {
            "post": {
                "operationId": "createUpload",
                "servers": [{"url": "https://uploads.example.com/v1"}],
                "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": upload}}},
                "responses": {"200": OK},
            }
        },
        "/images/{id}": {
            "put": {
                "operationId": "putImage",
                "parameters": ID,
                "requestBody": {"content": {"image/png": {"schema": {"type": "string", "format": "binary"}}}},
                "responses": {"200": OK},
            }
        },
        "/notes/{id}": {
            "put": {
                "operationId": "putNote",
                "parameters": ID,
                "requestBody": {"content": {"text/plain": {"schema": {"type": "string"}}}},
                "responses": {"200": OK},
            }
        },
    }
    spec = _spec({"bearer": {"type": "http", "scheme": "bearer"}}, [{"bearer": []}], **paths)
    return _package(spec, tmp_path_factory.mktemp("uploads"), "auth_uploads")


def _parts(request: httpx.Request) -> list[tuple[str, str | None, str, bytes]]:
    """(name, filename, content type, content) of each part of a multipart request."""
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.content)
    assert message.is_multipart()
    return [
        (
            str(part.get_param("name", header="content-disposition")),
            part.get_filename(),
            part.get_content_type(),
            part.get_payload(decode=True),
        )
        for part in message.iter_parts()
    ]


@pytest.mark.parametrize(
    ("value", "filename", "content_type"),
    [
        (b"\x89PNG...", "file", "application/octet-stream"),
        (io.BytesIO(b"\x89PNG..."), "file", "application/octet-stream"),
        (("scan.png", b"\x89PNG..."), "scan.png", "image/png"),
        (("data.bin", io.BytesIO(b"\x89PNG..."), "application/x-thing"), "data.bin", "application/x-thing"),
    ],
)
def test_multipart_uploads_every_kind_of_file(
    uploads: ModuleType, value: Any, filename: str, content_type: str
) -> None:
    http, sent = _recorder()
    client = uploads.AuthClient("sk_1", http_client=http)
    client.uploads.create(file=value, purpose="avatar", meta={"k": "v", "on": True})
    request = sent[0]
    assert str(request.url) == "https://uploads.example.com/v1/uploads"  # the operation's own server
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert request.headers["authorization"] == "Bearer sk_1"
    assert _parts(request) == [
        ("purpose", None, "text/plain", b"avatar"),
        ("meta[k]", None, "text/plain", b"v"),
        ("meta[on]", None, "text/plain", b"true"),
        ("file", filename, content_type, b"\x89PNG..."),
    ]


def test_a_path_is_uploaded_by_its_name(uploads: ModuleType, tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"JFIF")
    http, sent = _recorder()
    uploads.AuthClient("sk_1", http_client=http).uploads.create(file=photo)
    assert _parts(sent[0]) == [("file", "photo.jpg", "image/jpeg", b"JFIF")]


def test_server_urls_redirect_an_operations_own_server(uploads: ModuleType) -> None:
    http, sent = _recorder()
    client = uploads.AuthClient(
        "sk_1",
        base_url="http://127.0.0.1:9",
        server_urls={"https://uploads.example.com/v1": "http://127.0.0.1:8"},
        http_client=http,
    )
    client.uploads.create(file=b"x")
    client.things.list()
    assert [str(r.url) for r in sent] == ["http://127.0.0.1:8/uploads", "http://127.0.0.1:9/things"]


def test_binary_and_text_bodies_are_sent_as_they_are(uploads: ModuleType) -> None:
    http, sent = _recorder()
    client = uploads.AuthClient("sk_1", http_client=http)
    client.images.update("i1", body=b"\x89PNG\x00")
    client.notes.update("n1", body="héllo")
    assert (sent[0].headers["content-type"], sent[0].content) == ("image/png", b"\x89PNG\x00")
    assert (sent[1].headers["content-type"], sent[1].content) == ("text/plain", "héllo".encode())


@pytest.fixture(scope="module")
def stripe_full(stripe_package_root: Path) -> Iterator[ModuleType]:
    sys.path.insert(0, str(stripe_package_root))
    try:
        yield importlib.import_module("stripe_full")
    finally:
        sys.path.remove(str(stripe_package_root))


def test_stripe_files_create_is_multipart_to_the_files_server(stripe_full: ModuleType) -> None:
    file = {"id": "file_1", "object": "file", "created": 1, "purpose": "dispute_evidence", "size": 4}
    page = {"object": "list", "data": [], "has_more": False, "url": "/v1/files"}
    http, sent = _recorder(lambda r: httpx.Response(200, json=page if r.method == "GET" else file))
    client = stripe_full.StripeClient("sk_test_files", http_client=http)
    created = client.files.create(file=io.BytesIO(b"%PDF"), purpose="dispute_evidence", file_link_data={"create": True})
    assert created.id == "file_1"
    request = sent[0]
    assert (request.method, str(request.url)) == ("POST", "https://files.stripe.com/v1/files")
    assert request.headers["authorization"] == "Bearer sk_test_files"
    assert request.headers["idempotency-key"]
    assert _parts(request) == [
        ("purpose", None, "text/plain", b"dispute_evidence"),
        ("file_link_data[create]", None, "text/plain", b"true"),
        ("file", "file", "application/octet-stream", b"%PDF"),
    ]
    client.files.list()
    assert str(sent[1].url).startswith("https://api.stripe.com/v1/files")  # the rest stays on the API's server


def test_error_bodies_are_parsed_into_the_declared_error_models(tmp_path: Path) -> None:
    """`APIError.model`: the body as the operation's error schema for that status (exact, `4XX`, `default`)."""
    missing = {"type": "object", "properties": {"missing": {"type": "string"}}}
    problem = {"type": "object", "properties": {"title": {"type": "string"}, "status": {"type": "integer"}}}

    def body(name: str) -> dict[str, Any]:
        return {"content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}}}

    responses = {
        "200": LIST,
        "404": {"description": "gone", **body("Missing")},
        "default": {"description": "x", **body("Problem")},
    }
    spec = _spec(
        {},
        [],
        **{
            "/others": {
                "get": {
                    "operationId": "listOthers",
                    "responses": {"200": LIST, "4XX": {"description": "y", **body("Missing")}},
                }
            }
        },
    )
    spec["paths"]["/things"]["get"]["responses"] = responses
    spec["paths"]["/health"]["get"]["responses"]["default"] = {"description": "x", **body("Problem")}
    spec["components"] = {"schemas": {"Missing": missing, "Problem": problem}}
    del spec["security"]
    sdk = _package(spec, tmp_path, "auth_errors")
    answers = iter([(404, {"missing": "thing_1"}), (500, {"title": "boom", "status": 500}), (409, {"missing": "x"})])

    def answer(request: httpx.Request) -> httpx.Response:
        status, data = next(answers)
        return httpx.Response(status, json=data)

    http, _sent = _recorder(answer)
    client = sdk.AuthClient(http_client=http, max_retries=0)
    with pytest.raises(sdk.APIError) as gone:
        client.things.list()
    assert isinstance(gone.value.model, sdk.models.Missing) and gone.value.model.missing == "thing_1"
    with pytest.raises(sdk.APIError) as boom:
        client.things.list()
    assert isinstance(boom.value.model, sdk.models.Problem) and boom.value.model.title == "boom"
    with pytest.raises(sdk.APIError) as conflict:
        client.others.list()  # 409 matches this operation's 4XX
    assert isinstance(conflict.value.model, sdk.models.Missing)


def test_an_api_key_in_the_query_against_codegen_mock(tmp_path: Path) -> None:
    """The mock takes the key out of the query before checking params: it is a credential."""
    from ..mock.conftest import MockProcess

    spec = _spec({"key": {"type": "apiKey", "in": "query", "name": "api_key"}}, [{"key": []}])
    sdk = _package(spec, tmp_path, "auth_query_mock")
    (tmp_path / "mock.yaml").write_text(yaml.safe_dump(spec))
    mock = MockProcess(tmp_path / "mock.yaml", tmp_path / "mock-cache")
    try:
        assert sdk.AuthClient("k_1", base_url=mock.url).things.list() == []
        assert httpx.get(f"{mock.url}/things").status_code == 401
    finally:
        assert mock.stop() == 0, "".join(mock.stderr)
