"""Issue 26's features of the Ruby client, over real sockets (tests/ruby/suite/test_sdk_features.rb):
webhook signatures made by the Python `stripe` package's own code (`stripe.WebhookSignature`)
and Standard Webhooks signatures computed here by the specification; keep-alive counted on
the server side; a proxy; a pluggable HTTP client; backward pages; `last_response`; every
per-request option; hooks and the app's User-Agent."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from pathlib import Path

import pytest

from .conftest import SUITE, run_ruby

SECRET = "whsec_test_secret"
EVENT = {
    "id": "evt_1",
    "object": "event",
    "type": "customer.created",
    "created": 1,
    "livemode": False,
    "pending_webhooks": 0,
    "data": {"object": {"id": "cus_1", "object": "customer", "created": 1, "livemode": False}},
}


def _stripe_header(payload: str, timestamp: int) -> str:
    stripe = pytest.importorskip("stripe")
    return str(stripe.WebhookSignature.generate_signature_header(payload, SECRET, timestamp=timestamp))


def _standard_headers(payload: str, secret: str, timestamp: int) -> dict[str, str]:
    """Standard Webhooks: `v1,` + base64 HMAC-SHA256 of `id.timestamp.payload`, keyed by the
    base64-decoded secret after `whsec_`."""
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"msg_1.{timestamp}.{payload}".encode()
    signature = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    return {"webhook-id": "msg_1", "webhook-timestamp": str(timestamp), "webhook-signature": f"v1,{signature}"}


def vectors() -> dict[str, object]:
    payload = json.dumps(EVENT, indent=2)
    now = int(time.time())
    standard_secret = "whsec_" + base64.b64encode(b"standard webhooks key").decode()
    return {
        "stripe": {
            "payload": payload,
            "secret": SECRET,
            "header": _stripe_header(payload, now),
            "old_header": _stripe_header(payload, now - 600),
        },
        "standard": {
            "payload": payload,
            "secret": standard_secret,
            "headers": _standard_headers(payload, standard_secret, now),
            "old_headers": _standard_headers(payload, standard_secret, now - 600),
        },
    }


def test_the_python_package_signs_as_the_spec_says() -> None:
    payload = "{}"
    expected = hmac.new(SECRET.encode(), f"5.{payload}".encode(), hashlib.sha256).hexdigest()
    assert _stripe_header(payload, 5) == f"t=5,v1={expected}"
    stripe = pytest.importorskip("stripe")
    now = int(time.time())
    assert stripe.WebhookSignature.verify_header(payload, _stripe_header(payload, now), SECRET, tolerance=300)


def test_sdk_features(ruby: str, default_gem: Path, tmp_path: Path) -> None:
    (tmp_path / "webhooks.json").write_text(json.dumps(vectors()))
    env = {"WEBHOOKS": str(tmp_path / "webhooks.json")}
    out = run_ruby(ruby, default_gem, str(SUITE / "test_sdk_features.rb"), env=env, timeout=120)
    assert "0 failures, 0 errors" in out, out
