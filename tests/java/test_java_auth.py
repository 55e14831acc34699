"""The Java client's auth, uploads, raw bodies and per-operation servers, over real sockets.

One small spec declares HTTP basic (the default), API keys in a header, the query and a
cookie, an operation without security, a multipart upload on its own server and a raw binary
body. A generated client calls each from a Java program against a recording server
(tests/runtime/rt_server.py), and each request is checked here.
"""

from __future__ import annotations

import base64
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import Config
from generator.ir.model import AuthScheme
from generator.pipeline import generate
from generator.surface.auth import applied
from generator.targets.java.client import scheme_expression

from ..runtime.rt_server import LocalServer, Recorded, Reply, Script
from .test_java_client import GSON, _javac, _require

OK = {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}
NO_CONTENT = {"description": "done"}


def _op(operation_id: str, security: list[dict[str, list[str]]] | None = None, **extra: Any) -> dict[str, Any]:
    op: dict[str, Any] = {"operationId": operation_id, "responses": {"200": OK}, **extra}
    if security is not None:
        op["security"] = security
    return op


SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Auth", "version": "1"},
    "servers": [{"url": "https://api.example.com"}],
    "components": {
        "securitySchemes": {
            "basic": {"type": "http", "scheme": "basic"},
            "header": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
            "query": {"type": "apiKey", "in": "query", "name": "api_key"},
            "cookie": {"type": "apiKey", "in": "cookie", "name": "session"},
        }
    },
    "security": [{"basic": []}],
    "paths": {
        "/things": {
            "get": _op(
                "listThings",
                parameters=[{"name": "tags", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}}],
            )
        },
        "/health": {"get": _op("health", [])},
        "/by_header": {"get": _op("byHeader", [{"header": []}])},
        "/by_query": {"get": _op("byQuery", [{"query": []}])},
        "/by_cookie": {"get": _op("byCookie", [{"cookie": []}])},
        "/files": {
            "post": _op(
                "uploadFile",
                servers=[{"url": "https://files.example.com"}],
                requestBody={
                    "required": True,
                    "content": {
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "required": ["file"],
                                "properties": {
                                    "file": {"type": "string", "format": "binary"},
                                    "purpose": {"type": "string"},
                                },
                            }
                        }
                    },
                },
            )
        },
        "/events": {
            "get": {
                "operationId": "events",
                "responses": {
                    "200": {"description": "events", "content": {"text/event-stream": {"schema": {"type": "string"}}}}
                },
            }
        },
        "/blobs/{id}": {
            "put": {
                "operationId": "putBlob",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "requestBody": {
                    "required": True,
                    "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
                },
                "responses": {"204": NO_CONTENT},
            }
        },
    },
}
PROGRAM = """
import com.example.auth.AuthClient;
import com.example.auth.net.ApiRequest;
import com.example.auth.net.ApiRequestor;
import com.example.auth.net.FileUpload;
import com.example.auth.net.ServerSentEvents;
import com.example.auth.param.BlobUpdateParams;
import com.example.auth.param.FileCreateParams;
import com.example.auth.param.ThingRetrieveParams;
import java.nio.charset.StandardCharsets;

public class AuthCalls {
  public static void main(String[] args) throws Exception {
    AuthClient client = AuthClient.builder()
        .setApiKey("k_123").setUsername("AC123").setPassword("tok3n").setBaseUrl(args[0]).build();
    client.things().retrieve(ThingRetrieveParams.builder().addTag("a b").addTag("c").build());
    client.health().retrieve();
    client.byHeader().retrieve();
    client.byQuery().retrieve();
    client.byCookie().retrieve();
    client.files().create(FileCreateParams.builder()
        .setFile(FileUpload.of("a.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)))
        .setPurpose("dispute_evidence")
        .build());
    client.blobs().update("b1", BlobUpdateParams.builder()
        .setBody(FileUpload.of("b.bin", "application/octet-stream", new byte[] {0, 1, 2, (byte) 255}))
        .build());
    try (java.io.InputStream events = client.events().retrieve()) {
      String text = new String(events.readAllBytes(), StandardCharsets.UTF_8);
      if (!text.equals("data: {\\"n\\": 1}\\n\\ndata: [DONE]\\n\\n")) {
        throw new AssertionError("stream read " + text);
      }
    }
    int seen = 0;
    try (ServerSentEvents events = ServerSentEvents.of(client.events().retrieve())) {
      for (ServerSentEvents.Event event : events) {
        if (!event.getName().equals("message") || event.getJson().getAsJsonObject().get("n").getAsInt() != 1) {
          throw new AssertionError("event " + event.getData());
        }
        seen++;
      }
    }
    if (seen != 1) {
      throw new AssertionError(seen + " events before [DONE]");
    }
    ApiRequestor direct = ApiRequestor.builder().setDefaultBaseUrl(args[0]).build();
    direct.requestNothing(ApiRequest.of("GET", "/own").server(args[1]));
    if (client.toString().contains("tok3n") || direct.toString().contains("k_123")) {
      throw new AssertionError("a credential is shown");
    }
    try {
      AuthClient.builder().setBaseUrl(args[0]).build().things().retrieve();
      throw new AssertionError("no credentials, yet a request was sent");
    } catch (IllegalStateException expected) {
      System.out.println("missing: " + expected.getMessage());
    }
  }
}
"""


def test_auth_uploads_raw_bodies_and_servers(tmp_path: Path) -> None:
    javac, java = _require("javac"), _require("java")
    if not GSON.is_file():
        pytest.skip(f"{GSON} is not in the local Maven repository")
    spec = tmp_path / "auth.yaml"
    spec.write_text(yaml.safe_dump(SPEC))
    table = {"package": "com.example.auth", "client_class": "AuthClient"}
    generate(Config(spec=spec, out=tmp_path / "out", tables={"java": table}, targets=("java",)))
    project = tmp_path / "out" / "java"
    sources = sorted(str(p) for p in (project / "src" / "main" / "java").rglob("*.java"))
    classes = tmp_path / "classes"
    _javac(javac, classes, sources, tmp_path / "sources.txt")
    program = tmp_path / "calls" / "AuthCalls.java"
    program.parent.mkdir()
    program.write_text(PROGRAM)
    _javac(javac, tmp_path / "calls-classes", [str(program)], tmp_path / "calls.txt", str(classes))
    main = LocalServer(_answer)
    own = LocalServer(lambda request: Reply(200, {}))
    try:
        classpath = os.pathsep.join([str(tmp_path / "calls-classes"), str(classes), str(GSON)])
        run = subprocess.run(
            [java, "-cp", classpath, "AuthCalls", main.url, own.url], capture_output=True, text=True, timeout=120
        )
    finally:
        main.close()
        own.close()
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert "needs credentials" in run.stdout
    things, health, header, query, cookie, upload, blob, events, events_again = main.requests
    assert events.path == events_again.path == "/events"
    assert things.headers["authorization"] == "Basic " + base64.b64encode(b"AC123:tok3n").decode()
    assert things.query == "tags=a+b&tags=c"  # style: form (OpenAPI's default) repeats the key
    assert "authorization" not in health.headers  # `security: []`
    assert header.headers["x-api-key"] == "k_123" and "authorization" not in header.headers
    assert query.query_params == {"api_key": "k_123"}
    assert cookie.headers["cookie"] == "session=k_123"
    _check_upload(upload)
    assert blob.method == "PUT" and blob.path == "/blobs/b1"
    assert blob.headers["content-type"] == "application/octet-stream"
    assert blob.body == bytes([0, 1, 2, 255])
    assert [request.path for request in own.requests] == ["/own"]  # the operation's own server


def _answer(request: Recorded) -> Reply:
    if request.method == "PUT":
        return Reply(204, b"")
    if request.path == "/events":
        return Reply(200, b'data: {"n": 1}\n\ndata: [DONE]\n\n', {"Content-Type": "text/event-stream"})
    return Reply(200, {})


def _check_upload(upload: Recorded) -> None:
    assert upload.path == "/files"
    content_type = upload.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=", 1)[1].encode()
    parts = [part for part in upload.body.split(b"--" + boundary) if part.strip(b"-\r\n")]
    assert len(parts) == 2
    assert b'name="file"; filename="a.txt"' in parts[0] and parts[0].endswith(b"\r\n\r\nhello\r\n")
    assert b'name="purpose"' in parts[1] and b"dispute_evidence" in parts[1]
    assert "idempotency-key" in upload.headers


def _oauth_spec(token_url: str) -> dict[str, Any]:
    """An API whose only scheme is OAuth2 with a client-credentials flow (its token URL given)."""
    flows = {"clientCredentials": {"tokenUrl": token_url, "scopes": {}}}
    form = {"schema": {"type": "object", "properties": {"name": {"type": "string"}}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "OAuth", "version": "1"},
        "servers": [{"url": "https://api.example.com"}],
        "components": {"securitySchemes": {"oauth": {"type": "oauth2", "flows": flows}}},
        "security": [{"oauth": []}],
        "paths": {
            "/things": {
                "get": _op("listThings"),
                "post": _op("createThing", requestBody={"content": {"application/x-www-form-urlencoded": form}}),
            }
        },
    }


OAUTH_PROGRAM = """
import com.example.oauth.OAuthClient;
import com.example.oauth.exception.ApiException;
import com.example.oauth.param.ThingUpdateParams;

public class OAuthCalls {
  public static void main(String[] args) throws Exception {
    OAuthClient client = OAuthClient.builder()
        .setClientId("cid_1").setClientSecret("s3cret").setBaseUrl(args[0]).setMaxNetworkRetries(0).build();
    client.things().retrieve();
    client.things().retrieve();
    client.things().update(ThingUpdateParams.builder().setName("n1").build());
    client.things().retrieve();
    try {
      client.things().retrieve();
      throw new AssertionError("a refused token was renewed more than once");
    } catch (ApiException refused) {
      if (refused.getStatusCode() != 401 || refused.getMessage().contains("s3cret")
          || refused.getMessage().contains("tok_")) {
        throw new AssertionError("401 read as " + refused.getStatusCode() + ": " + refused.getMessage());
      }
    }
    if (client.toString().contains("s3cret") || client.toString().contains("cid_1")) {
      throw new AssertionError("a credential is shown: " + client);
    }
    OAuthClient.builder().setApiKey("k_live").setClientId("cid_1").setClientSecret("s3cret").setBaseUrl(args[0])
        .build().things().retrieve();
    try {
      OAuthClient.builder().setClientId("cid_1").setClientSecret("s3cret").setBaseUrl(args[0]).build()
          .things().retrieve();
      throw new AssertionError("a refused grant gave a token");
    } catch (ApiException refused) {
      if (refused.getStatusCode() != 400 || refused.getMessage().contains("s3cret")) {
        throw new AssertionError("refused grant read as " + refused.getStatusCode() + ": " + refused.getMessage());
      }
      System.out.println("grant refused: " + refused.getMessage());
    }
    for (OAuthClient missing : new OAuthClient[] {
        OAuthClient.builder().setBaseUrl(args[0]).build(),
        OAuthClient.builder().setClientId("cid_1").setBaseUrl(args[0]).build()}) {
      try {
        missing.things().retrieve();
        throw new AssertionError("no usable credentials, yet a request was sent");
      } catch (IllegalStateException expected) {
        if (expected.getMessage().contains("cid_1")) {
          throw new AssertionError("a credential is shown: " + expected.getMessage());
        }
        System.out.println("missing: " + expected.getMessage());
      }
    }
  }
}
"""


def test_oauth2_client_credentials(tmp_path: Path) -> None:
    """The token is fetched by the client-credentials grant, kept until `expires_in` (less 30 s),
    sent as Bearer, fetched anew once on a 401 (the call resent with its Idempotency-Key); an
    API key wins; a refused grant or a missing credential fails before the API is called."""
    javac, java = _require("javac"), _require("java")
    if not GSON.is_file():
        pytest.skip(f"{GSON} is not in the local Maven repository")
    unauthorized = Reply(401, {"error": {"type": "invalid_request_error", "message": "expired token"}})
    tokens = LocalServer(
        Script(
            Reply(200, {"access_token": "tok_1", "token_type": "bearer", "expires_in": 3600}),
            Reply(200, {"access_token": "tok_2", "token_type": "bearer", "expires_in": 30}),  # spent at once
            Reply(200, {"access_token": "tok_3", "token_type": "bearer", "expires_in": 3600}),
            Reply(200, {"access_token": "tok_4", "token_type": "bearer"}),
            Reply(400, {"error": "invalid_client", "error_description": "unknown client"}),
        )
    )
    api = LocalServer(Script(Reply(), Reply(), unauthorized, Reply(), Reply(), unauthorized, unauthorized, Reply()))
    try:
        spec = tmp_path / "oauth.yaml"
        spec.write_text(yaml.safe_dump(_oauth_spec(tokens.url + "/oauth/token")))
        table = {"package": "com.example.oauth", "client_class": "OAuthClient"}
        generate(Config(spec=spec, out=tmp_path / "out", tables={"java": table}, targets=("java",)))
        sources = sorted(str(p) for p in (tmp_path / "out" / "java" / "src" / "main" / "java").rglob("*.java"))
        classes = tmp_path / "classes"
        _javac(javac, classes, sources, tmp_path / "sources.txt")
        program = tmp_path / "calls" / "OAuthCalls.java"
        program.parent.mkdir()
        program.write_text(OAUTH_PROGRAM)
        _javac(javac, tmp_path / "calls-classes", [str(program)], tmp_path / "calls.txt", str(classes))
        classpath = os.pathsep.join([str(tmp_path / "calls-classes"), str(classes), str(GSON)])
        run = subprocess.run(
            [java, "-cp", classpath, "OAuthCalls", api.url], capture_output=True, text=True, timeout=120
        )
    finally:
        tokens.close()
        api.close()
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert run.stdout.count("needs credentials") == 2
    basic = "Basic " + base64.b64encode(b"cid_1:s3cret").decode()
    assert "grant refused: unknown client" in run.stdout  # and no API request was sent
    assert len(tokens.requests) == 5
    for grant in tokens.requests:
        assert grant.method == "POST" and grant.path == "/oauth/token"
        assert grant.headers["authorization"] == basic
        assert grant.headers["content-type"] == "application/x-www-form-urlencoded"
        assert grant.body == b"grant_type=client_credentials"
    bearers = [request.headers.get("authorization") for request in api.requests]
    assert bearers == [
        "Bearer " + token for token in ("tok_1", "tok_1", "tok_1", "tok_2", "tok_3", "tok_3", "tok_4")
    ] + ["Bearer k_live"]
    refused, resent = api.requests[2], api.requests[3]
    assert refused.method == resent.method == "POST" and resent.form == {"name": "n1"}
    assert refused.headers["idempotency-key"] == resent.headers["idempotency-key"]


def test_oauth2_schemes_as_the_runtime_sends_them() -> None:
    """Only an OAuth2 scheme with a token URL fetches tokens; others send the API key as Bearer."""
    fetching = applied(AuthScheme("oauth", "oauth2", token_url="https://auth.example.com/token"))
    implicit, oidc = applied(AuthScheme("implicit", "oauth2")), applied(AuthScheme("oidc", "openIdConnect"))
    assert fetching is not None and implicit is not None and oidc is not None
    assert scheme_expression(fetching) == 'AuthScheme.oauth2("oauth", "https://auth.example.com/token")'
    assert scheme_expression(implicit) == 'AuthScheme.bearer("implicit")'
    assert scheme_expression(oidc) == 'AuthScheme.bearer("oidc")'
    assert applied(AuthScheme("tls", "mutualTLS")) is None  # nothing a client applies itself
