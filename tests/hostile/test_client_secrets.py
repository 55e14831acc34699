"""The generated client keeps secrets: the API key never reaches a `repr`, a log line or an
exception (not even when the server echoes it back), secret fields are masked in `repr`,
and TLS verification cannot be switched off by an argument or an environment variable.

Runs the real generated package against a real HTTP server on 127.0.0.1, with every
logger (ours, httpx, httpcore) at DEBUG.
"""

from __future__ import annotations

import http.server
import importlib
import inspect
import json
import logging
import ssl
import subprocess
import sys
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.config import Config
from generator.pipeline import generate

from .conftest import CLIENT, PACKAGE, run_python
from .corpus import spec_for, write_spec

KEY = "sk_test_HOSTILEkey0123456789abcdef"
SECRETS = {
    "client_secret": "cs_SECRET_client_0001",
    "webhook_secret": "whsec_SECRET_0002",
    "db_password": "pw_SECRET_0003",
    "access_token": "tok_SECRET_0004",
}


class _Handler(http.server.BaseHTTPRequestHandler):
    """Answers like a careless server: errors echo the Authorization header back."""

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self._answer()

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        auth = self.headers.get("Authorization", "")
        if "fail" in self.path or self.command == "POST":
            body: dict[str, Any] = {
                "error": {"message": f"Invalid API Key provided: {auth}", "type": "invalid_request_error"}
            }
            status = 401
        else:
            body = {
                "id": "w_1",
                "object": "widget",
                **SECRETS,
                "details": {"label": "x", "client_secret": "cs_SECRET_nested_0005"},
            }
            status = 200
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        if "echo" in self.path:
            self.send_header("X-Echo", auth)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="module")
def package_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("secrets")
    entries = [("model_field", name) for name in SECRETS] + [("nested_field", "client_secret")]
    entries += [("body_param", name) for name in SECRETS]
    document = spec_for(entries)
    # A secret API key the client sends as a bearer token on every call (Stripe's way).
    document["components"].setdefault("securitySchemes", {})["bearerAuth"] = {"type": "http", "scheme": "bearer"}
    document["security"] = [{"bearerAuth": []}]
    body = document["paths"]["/v1/widgets"]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"]
    for name in SECRETS:
        body["schema"]["properties"][name]["maxLength"] = 3
    spec = write_spec(folder, document)
    generate(
        Config(
            spec=spec,
            out=folder / "out",
            tables={"python": {"package": PACKAGE, "client_class": CLIENT}},
            targets=("python",),
        )
    )
    return folder / "out" / "python"


@pytest.fixture(scope="module")
def sdk(package_root: Path) -> Iterator[ModuleType]:
    sys.path.insert(0, str(package_root))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(package_root))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


@pytest.fixture()
def all_logs() -> Iterator[list[str]]:
    """Every record of every logger at DEBUG, formatted with its arguments."""
    lines: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(f"{record.name}: {record.getMessage()} {record.args!r}")

    handler = Keep(logging.DEBUG)
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    names = ("httpx", "httpcore", PACKAGE)
    levels = {name: logging.getLogger(name).level for name in names}
    for name in names:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        yield lines
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        for name, previous in levels.items():  # later tests must not inherit DEBUG transport logs
            logging.getLogger(name).setLevel(previous)


def _exception_texts(exc: BaseException) -> list[str]:
    return [str(exc), repr(exc), *map(str, exc.args), "".join(traceback.format_exception(exc))]


def test_key_never_in_repr_logs_or_errors(sdk: ModuleType, server: str, all_logs: list[str]) -> None:
    client = getattr(sdk, CLIENT)(KEY, base_url=server, max_retries=0)
    shown = [repr(client), str(client), repr(client.widgets), repr(client.widgets.with_options(timeout=3))]
    shown += [repr(vars(client)) if hasattr(client, "__dict__") else ""]
    widget = client.widgets.retrieve("w_1")
    shown.append(repr(widget))
    with pytest.raises(sdk.AuthenticationError) as raised:
        client.widgets.create(name="x")
    shown += _exception_texts(raised.value)
    shown += [raised.value.body, raised.value.message]
    dead = getattr(sdk, CLIENT)(KEY, base_url="http://127.0.0.1:9", max_retries=0)
    with pytest.raises(sdk.APIConnectionError) as refused:
        dead.widgets.retrieve("w_1")
    shown += _exception_texts(refused.value)
    assert any("HTTP Request" in line or "send_request" in line for line in all_logs), "httpx/httpcore logged nothing"
    leaks = [text for text in shown + all_logs if KEY in text]
    assert leaks == [], "\n".join(text[:300] for text in leaks)
    client.close()
    dead.close()


def test_key_echoed_by_the_server_stays_hidden(sdk: ModuleType, server: str, all_logs: list[str]) -> None:
    """A server that echoes the key (in its error body and in a header): the message, the body,
    the parsed `json_body` and httpcore's DEBUG header dump all show it masked."""
    client = getattr(sdk, CLIENT)(KEY, base_url=server, max_retries=0)
    with pytest.raises(sdk.AuthenticationError) as raised:
        client.widgets.retrieve("echo-fail")
    error = raised.value
    assert KEY not in repr(error) and KEY not in str(error) and KEY not in error.body and KEY not in error.message
    client.close()
    assert KEY not in json.dumps(error.json_body)
    assert any("X-Echo" in line for line in all_logs), "httpcore did not log the response headers"
    leaks = [line for line in all_logs if KEY in line]
    assert leaks == [], "\n".join(line[:300] for line in leaks)
    assert any("b'X-Echo', b'Bearer ***'" in line for line in all_logs)  # masked, not dropped


def test_bad_key_is_refused_without_echoing_it(sdk: ModuleType) -> None:
    for bad in (f"{KEY}\n", f" {KEY}", f"{KEY}\u00e9"):
        with pytest.raises(ValueError) as raised:
            getattr(sdk, CLIENT)(bad)
        assert KEY not in str(raised.value)


def test_secret_fields_are_masked_in_repr(sdk: ModuleType, server: str) -> None:
    client = getattr(sdk, CLIENT)(KEY, base_url=server, max_retries=0)
    widget = client.widgets.retrieve("w_1")
    text = repr(widget) + str(widget) + repr(widget.details)
    assert "SECRET" not in text, text
    assert "'***'" in text
    assert widget.client_secret == SECRETS["client_secret"]  # still readable on purpose
    client.close()


def test_secret_params_are_hidden_in_validation_errors(sdk: ModuleType, server: str) -> None:
    client = getattr(sdk, CLIENT)(KEY, base_url=server, max_retries=0)
    leaked = {}
    for name, value in SECRETS.items():
        with pytest.raises(sdk.ParamsValidationError) as raised:
            client.widgets.create(**{name: value})
        texts = _exception_texts(raised.value) + [repr(issue) for issue in raised.value.issues]
        if any(value in text for text in texts):
            leaked[name] = str(raised.value)
    client.close()
    assert leaked == {}, f"secret values shown: {leaked}"


def test_tls_verification_is_on_and_cannot_be_turned_off(sdk: ModuleType, tmp_path: Path) -> None:
    klass = getattr(sdk, CLIENT)
    parameters = set(inspect.signature(klass).parameters)
    assert not parameters & {"verify", "verify_ssl", "insecure", "ssl_context", "cert_reqs"}
    with pytest.raises(ValueError, match="plain http://"):
        klass(KEY, base_url="http://api.example.com")
    # The default transport verifies certificates and host names, even with the environment
    # variables that switch verification off elsewhere (urllib, requests, curl).
    code = f"""
import ssl
from {PACKAGE} import {CLIENT}
client = {CLIENT}("{KEY}")
pool = client._requestor._client._transport._pool
context = pool._ssl_context
assert context.verify_mode == ssl.CERT_REQUIRED, context.verify_mode
assert context.check_hostname
print("verified")
"""
    env = {"PYTHONHTTPSVERIFY": "0", "CURL_CA_BUNDLE": "", "REQUESTS_CA_BUNDLE": ""}
    result = _run_with_env(code, tmp_path, env)
    assert "verified" in result.stdout, result.stderr[-2000:]


def test_self_signed_server_is_refused(sdk: ModuleType, tmp_path: Path) -> None:
    """A real TLS handshake with an untrusted certificate fails: nothing was sent."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    made = subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"),
            *("-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)),
        ],
        capture_output=True,
    )
    if made.returncode != 0:
        pytest.skip(f"openssl could not make a certificate: {made.stderr[-300:]!r}")
    seen: list[str] = []

    class Handler(_Handler):
        def _answer(self) -> None:
            seen.append(self.headers.get("Authorization", ""))
            super()._answer()

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        client = getattr(sdk, CLIENT)(KEY, base_url=f"https://127.0.0.1:{httpd.server_address[1]}", max_retries=0)
        with pytest.raises(sdk.APIConnectionError) as raised:
            client.widgets.retrieve("w_1")
        assert "CERTIFICATE_VERIFY_FAILED" in str(raised.value) or "certificate" in str(raised.value).lower()
        assert KEY not in str(raised.value)
        client.close()
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert seen == [], "the request (and the key) reached a server that failed verification"


def _run_with_env(code: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    import os

    saved = {name: os.environ.get(name) for name in env}
    os.environ.update(env)
    try:
        return run_python(code, _package_root_of(cwd))
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _package_root_of(_: Path) -> Path:
    module = sys.modules[PACKAGE]
    return Path(str(module.__file__)).parent.parent
