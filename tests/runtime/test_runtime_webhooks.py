"""Webhook signatures: Stripe's checked against the `stripe` package's own signer, Standard Webhooks by its spec."""

from __future__ import annotations

import base64
import hashlib
import hmac
import importlib
import json
import time
from types import ModuleType

import pytest

stripe = pytest.importorskip("stripe", reason="the oracle is the stripe package's own signer")

SECRET = "whsec_test_secret_0123456789"
PAYLOAD = json.dumps({"id": "evt_1", "object": "event", "data": {"object": {"id": "cus_1", "object": "customer"}}})


def webhooks() -> ModuleType:
    return importlib.import_module("rtpkg._runtime.webhooks")


def _stripe_header(payload: str, secret: str, timestamp: int) -> str:
    signature = stripe.WebhookSignature._compute_signature(f"{timestamp}.{payload}", secret)
    return f"t={timestamp},v1={signature}"


def test_a_header_signed_by_stripe_verifies(rt: ModuleType) -> None:
    webhooks = importlib.import_module("rtpkg._runtime.webhooks")
    now = int(time.time())
    webhooks.verify_stripe_signature(PAYLOAD, _stripe_header(PAYLOAD, SECRET, now), SECRET)
    webhooks.verify_stripe_signature(PAYLOAD.encode(), _stripe_header(PAYLOAD, SECRET, now), SECRET)
    assert webhooks.stripe_signature_header(PAYLOAD, SECRET, now) == _stripe_header(PAYLOAD, SECRET, now)


def test_any_v1_signature_may_match(rt: ModuleType) -> None:
    now = int(time.time())
    good = _stripe_header(PAYLOAD, SECRET, now).split(",")[1]
    webhooks().verify_stripe_signature(PAYLOAD, f"t={now},v1=deadbeef,{good},v0=zz", SECRET)


@pytest.mark.parametrize(
    ("payload", "secret", "age", "message"),
    [
        (PAYLOAD.replace("cus_1", "cus_2"), SECRET, 0, "No signatures found matching"),
        (PAYLOAD, "whsec_wrong", 0, "No signatures found matching"),
        (PAYLOAD, SECRET, 301, "Timestamp outside the tolerance zone"),
    ],
)
def test_refused(rt: ModuleType, payload: str, secret: str, age: int, message: str) -> None:
    stamp = int(time.time()) - age
    header = _stripe_header(PAYLOAD, SECRET, stamp)
    with pytest.raises(webhooks().SignatureVerificationError, match=message) as caught:
        webhooks().verify_stripe_signature(payload, header, secret)
    assert caught.value.sig_header == header
    with pytest.raises(stripe.SignatureVerificationError):  # the oracle agrees
        stripe.WebhookSignature.verify_header(payload, header, secret, tolerance=300)


@pytest.mark.parametrize("header", ["", "garbage", "t=abc,v1=00", "t=1492774577", "v1=00"])
def test_malformed_headers_refused(rt: ModuleType, header: str) -> None:
    with pytest.raises(webhooks().SignatureVerificationError):
        webhooks().verify_stripe_signature(PAYLOAD, header, SECRET)


def test_no_tolerance_accepts_any_age(rt: ModuleType) -> None:
    webhooks().verify_stripe_signature(PAYLOAD, _stripe_header(PAYLOAD, SECRET, 1), SECRET, tolerance=None)


# -- Standard Webhooks, computed by hand from https://www.standardwebhooks.com's spec ----------

STANDARD_KEY = b"standard-webhooks-key-32-bytes!!"
STANDARD_SECRET = "whsec_" + base64.b64encode(STANDARD_KEY).decode()


def _standard_headers(payload: str, stamp: int, msg_id: str = "msg_1") -> dict[str, str]:
    digest = hmac.new(STANDARD_KEY, f"{msg_id}.{stamp}.{payload}".encode(), hashlib.sha256).digest()
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(stamp),
        "webhook-signature": "v1,bm9wZQ== v1," + base64.b64encode(digest).decode(),
    }


def test_standard_webhook_verifies(rt: ModuleType) -> None:
    now = int(time.time())
    headers = _standard_headers(PAYLOAD, now)
    webhooks().verify_standard_webhook(PAYLOAD, headers, STANDARD_SECRET)
    webhooks().verify_standard_webhook(PAYLOAD.encode(), {k.title(): v for k, v in headers.items()}, STANDARD_SECRET)
    assert headers["webhook-signature"].endswith(
        webhooks().sign_standard_webhook("msg_1", now, PAYLOAD, STANDARD_SECRET)
    )


@pytest.mark.parametrize(
    ("payload", "secret", "shift", "message"),
    [
        (PAYLOAD + " ", STANDARD_SECRET, 0, "No matching signature"),
        (PAYLOAD, "whsec_" + base64.b64encode(b"other").decode(), 0, "No matching signature"),
        (PAYLOAD, STANDARD_SECRET, -301, "too old"),
        (PAYLOAD, STANDARD_SECRET, 301, "too new"),
    ],
)
def test_standard_webhook_refused(rt: ModuleType, payload: str, secret: str, shift: int, message: str) -> None:
    headers = _standard_headers(PAYLOAD, int(time.time()) + shift)
    with pytest.raises(webhooks().SignatureVerificationError, match=message):
        webhooks().verify_standard_webhook(payload, headers, secret)


def test_standard_webhook_missing_headers(rt: ModuleType) -> None:
    with pytest.raises(webhooks().SignatureVerificationError, match="Missing"):
        webhooks().verify_standard_webhook(PAYLOAD, {}, STANDARD_SECRET)
