"""The TypeScript runtime (templates/typescript/runtime/): `tsc --strict` on its own (web
globals only, no Node types), then its node:test files, compiled (tests/typescript/node/).

Each Python test runs one node test file and fails with its failures; the wire table and the
webhook signatures made by the Python `stripe` package are handed over as JSON files.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import shutil
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ..wire_table import CASES, WIRE_CASES
from .browser import BrowserSite
from .conftest import HERE, RUNTIME, run_node_test, tsc


@pytest.mark.parametrize("resolution", ["Bundler", "NodeNext"])
def test_runtime_compiles_strict_without_node_types(tools: Path, resolution: str, tmp_path: Path) -> None:
    """Strict, on ES2022 and the DOM's types alone, as a bundler's or Node's ES modules resolve it;
    its declarations (.d.ts, what a generated package ships) emitted too."""
    flags = ["--noEmit", "false", "--emitDeclarationOnly", "--outDir", str(tmp_path)]
    if resolution == "NodeNext":
        flags += ["--module", resolution, "--moduleResolution", resolution, "--verbatimModuleSyntax", "false"]
    done = tsc(tools, "-p", str(HERE / "tsconfig.runtime.json"), *flags)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / "index.d.ts").is_file()


def test_runtime_has_no_dependency() -> None:
    for path in sorted(RUNTIME.glob("*.ts")):
        text = path.read_text(encoding="utf-8")
        for specifier in re.findall(r'\bfrom "([^"]+)"', text):
            assert specifier.startswith("./") and specifier.endswith(".js"), f"{path.name} imports {specifier}"
        found = re.search(r"\bBuffer\.|\bprocess\.|\brequire\(|from \"node:", text)
        assert found is None, f"{path.name} uses {found.group(0) if found else ''} (Node only)"


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    if isinstance(value, Decimal):
        return {"$decimal": format(value, "f")}
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 2**53:
        return {"$bigint": str(value)}
    return value


def test_wire_table(node: str, compiled: Path, tmp_path: Path) -> None:
    table = {
        "cases": [
            {"id": case_id, "params": _jsonable(params), "body": body, "stripeSame": same}
            for case_id, params, body, same in CASES
        ],
        "wire": [{"params": params, "body": body} for params, body in WIRE_CASES],
    }
    path = tmp_path / "wire.json"
    path.write_text(json.dumps(table), encoding="utf-8")
    passed, _, _ = run_node_test(node, compiled, "wire", {"WIRE_TABLE": str(path)})
    assert passed >= 6


def test_http(node: str, compiled: Path) -> None:
    passed, _, _ = run_node_test(node, compiled, "http")
    assert passed >= 40


def test_server_sent_events_decoder(node: str, compiled: Path) -> None:
    run_node_test(node, compiled, "streaming")


def test_under_a_generated_layer(node: str, compiled: Path) -> None:
    """A stand-in for the generated layer (tests/typescript/node/example/) in stripe-node's shape."""
    run_node_test(node, compiled, "shape")


def _standard(msg_id: str, timestamp: int, payload: str, secret: str) -> dict[str, str]:
    """Standard Webhooks headers computed by hand, per its specification."""
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{msg_id}.{timestamp}.{payload}".encode()
    signature = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    return {"webhook-id": msg_id, "webhook-timestamp": str(timestamp), "webhook-signature": f"v1,{signature}"}


def test_webhooks(node: str, compiled: Path, tmp_path: Path) -> None:
    stripe = pytest.importorskip("stripe")
    secret = "whsec_python_signed"
    payload = json.dumps({"id": "evt_py", "object": "event", "data": {"object": {"name": "Zoë ✓"}}}, ensure_ascii=False)
    now = int(time.time())
    header = stripe.WebhookSignature.generate_signature_header(payload, secret, timestamp=now)
    standard_secret = "whsec_" + base64.b64encode(b"0123456789abcdef0123456789abcdef").decode()
    headers = _standard("msg_py", now, payload, standard_secret)
    other_standard = "whsec_" + base64.b64encode(b"another key, 32 bytes long......").decode()
    stripe_signed = {"scheme": "stripe", "payload": payload, "header": header, "secret": secret, "now": now}
    standard_signed = {
        "scheme": "standard",
        "payload": payload,
        "headers": headers,
        "secret": standard_secret,
        "now": now,
    }
    fixtures = [
        {**stripe_signed, "name": "signed", "ok": True},
        {**stripe_signed, "name": "tampered", "payload": payload.replace("evt_py", "evt_px"), "ok": False},
        {**stripe_signed, "name": "wrong secret", "secret": "whsec_other", "ok": False},
        {**stripe_signed, "name": "old", "now": now + 301, "ok": False},
        {**standard_signed, "name": "signed", "ok": True},
        {**standard_signed, "name": "tampered", "payload": payload + "\n", "ok": False},
        {**standard_signed, "name": "wrong secret", "secret": other_standard, "ok": False},
        {**standard_signed, "name": "old", "now": now + 301, "ok": False},
    ]
    path = tmp_path / "webhooks.json"
    path.write_text(json.dumps(fixtures, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "signed-by-ts.json"
    passed, _, _ = run_node_test(node, compiled, "webhooks", {"WEBHOOK_FIXTURES": str(path), "WEBHOOK_OUT": str(out)})
    assert passed >= 6
    signed = json.loads(out.read_text(encoding="utf-8"))  # the runtime's own header, checked by the Python package
    assert stripe.WebhookSignature.verify_header(signed["payload"], signed["header"], signed["secret"], tolerance=300)
    with pytest.raises(stripe.SignatureVerificationError):
        stripe.WebhookSignature.verify_header(signed["payload"] + " ", signed["header"], signed["secret"], 300)


CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def test_in_a_browser(compiled: Path) -> None:
    """The compiled runtime as ES modules in Chromium: encoding, a retry, pages, events closed
    early, a multipart upload, an error, webhook signatures by Web Crypto; no Node module loaded."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Chromium is not installed: apt-get install chromium")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed: pip install playwright")
    runtime = compiled.parent.parent.parent / "templates" / "typescript" / "runtime"
    site = BrowserSite(runtime)
    check = (HERE / "browser_check.js").read_text(encoding="utf-8")
    wire = [{"params": params, "body": body} for params, body in WIRE_CASES]
    try:
        with sync_api.sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            try:
                page = browser.new_page()
                errors: list[str] = []
                page.on("pageerror", lambda error: errors.append(str(error)))
                page.goto(site.url + "/")
                seen = page.evaluate(check, wire)
            finally:
                browser.close()
    finally:
        site.stop()
    assert not errors
    assert seen["wire"] == [True] * len(WIRE_CASES)
    assert seen["flaky"]["attempts"] == 2 and seen["flaky"]["status"] == 200
    assert seen["flaky"]["body"] == "a%5Bb%5D%5B0%5D=1&a%5Bb%5D%5B1%5D=true"
    assert seen["flaky"]["auth"] == "Bearer sk_test_browser"
    assert seen["ids"] == [f"obj_{i}" for i in range(5)]
    assert seen["events"] == [0, 1, 2] and seen["closed"] is True
    assert seen["error"] == {"isInvalid": True, "status": 404, "message": "no such route"}
    assert [(part["name"], part["filename"], part["type"]) for part in seen["parts"]] == [
        ("purpose", None, "text/plain"),
        ("meta[k]", None, "text/plain"),
        ("file", "a.png", "image/png"),
    ]
    assert seen["parts"][2]["bytes"] == [1, 2, 255]
    assert seen["webhook"] == "evt_1" and seen["tampered"] == "SignatureVerificationError"
    assert seen["fromPath"] == "TypeError"
