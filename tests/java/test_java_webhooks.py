"""Java webhooks: `Webhook.constructEvent` (and the client's) accepts a `Stripe-Signature` made by
the Python `stripe` package (`stripe.WebhookSignature`) and refuses a tampered payload, a wrong
secret, an old timestamp and a header without `v1`; the event's `data.object` reads as its
model class. Standard Webhooks' `Webhooks.unwrap` checks `webhook-signature` the same way."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import subprocess
import time
from pathlib import Path

import pytest

from ..conftest import DEFAULT_SPEC
from .test_java_client import GSON, TABLE, _generate, _javac, _require

SECRET = "whsec_test_secret"
PAYLOAD = json.dumps(
    {
        "id": "evt_1",
        "object": "event",
        "type": "customer.created",
        "data": {"object": {"id": "cus_1", "object": "customer", "email": "jenny@example.com"}},
    }
)

PROGRAM = """
import com.example.stripe.StripeClient;
import com.example.stripe.Webhook;
import com.example.stripe.exception.SignatureVerificationException;
import com.example.stripe.model.Event;
import com.example.stripe.net.Webhooks;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

public class WebhookCheck {
  public static void main(String[] args) throws Exception {
    JsonArray cases = JsonParser.parseString(Files.readString(Path.of(args[0]))).getAsJsonArray();
    StripeClient client = new StripeClient("sk_test_unused");
    for (JsonElement item : cases) {
      JsonObject c = item.getAsJsonObject();
      String payload = c.get("payload").getAsString();
      String secret = c.get("secret").getAsString();
      try {
        if (c.has("headers")) {
          Map<String, String> headers = new LinkedHashMap<>();
          c.getAsJsonObject("headers").entrySet().forEach(e -> headers.put(e.getKey(), e.getValue().getAsString()));
          JsonElement json = new Webhooks().unwrap(payload, headers, secret);
          System.out.println("ok " + json.getAsJsonObject().get("type").getAsString());
        } else {
          String header = c.get("header").getAsString();
          Event event = c.get("client").getAsBoolean()
              ? client.constructEvent(payload, header, secret)
              : Webhook.constructEvent(payload, header, secret);
          Object object = event.getData().getObject();
          System.out.println("ok " + object.getClass().getSimpleName() + " " + event.getId());
        }
      } catch (SignatureVerificationException refused) {
        System.out.println("refused " + refused.getMessage());
      }
    }
  }
}
"""


def _stripe_cases() -> list[tuple[dict[str, object], str]]:
    stripe = pytest.importorskip("stripe")
    sign = stripe.WebhookSignature.generate_signature_header
    now = int(time.time())
    good = sign(PAYLOAD, SECRET, now)
    other = stripe.WebhookSignature._compute_signature(f"{now}.{PAYLOAD}", "whsec_other")
    return [
        ({"payload": PAYLOAD, "header": good, "secret": SECRET, "client": False}, "ok Customer evt_1"),
        ({"payload": PAYLOAD, "header": good, "secret": SECRET, "client": True}, "ok Customer evt_1"),
        (
            {
                "payload": PAYLOAD,
                "header": f"t={now},v1={other},{good.split(',')[1]}",
                "secret": SECRET,
                "client": False,
            },
            "ok Customer evt_1",
        ),
        ({"payload": PAYLOAD.replace("jenny", "jenni"), "header": good, "secret": SECRET, "client": False}, "refused"),
        ({"payload": PAYLOAD, "header": good, "secret": "whsec_wrong", "client": True}, "refused"),
        (
            {"payload": PAYLOAD, "header": sign(PAYLOAD, SECRET, now - 400), "secret": SECRET, "client": False},
            "refused",
        ),
        (
            {"payload": PAYLOAD, "header": f"t={now},v0={good.split('=')[-1]}", "secret": SECRET, "client": False},
            "refused",
        ),
        ({"payload": PAYLOAD, "header": "garbage", "secret": SECRET, "client": False}, "refused"),
    ]


def _standard_cases() -> list[tuple[dict[str, object], str]]:
    key = b"standard-webhooks-key"
    secret = "whsec_" + base64.b64encode(key).decode()
    now = int(time.time())

    def signed(payload: str, at: int, with_key: bytes = key) -> dict[str, str]:
        mac = hmac.new(with_key, f"msg_1.{at}.{payload}".encode(), hashlib.sha256).digest()
        return {
            "Webhook-Id": "msg_1",
            "Webhook-Timestamp": str(at),
            "Webhook-Signature": "v1," + base64.b64encode(mac).decode(),
        }

    return [
        ({"payload": PAYLOAD, "headers": signed(PAYLOAD, now), "secret": secret}, "ok customer.created"),
        ({"payload": PAYLOAD + " ", "headers": signed(PAYLOAD, now), "secret": secret}, "refused"),
        ({"payload": PAYLOAD, "headers": signed(PAYLOAD, now, b"other"), "secret": secret}, "refused"),
        ({"payload": PAYLOAD, "headers": signed(PAYLOAD, now - 400), "secret": secret}, "refused"),
    ]


def test_webhook_signatures(tmp_path: Path) -> None:
    javac = _require("javac")
    java = _require("java")
    if not GSON.is_file():
        pytest.skip(f"{GSON} is not in the local Maven repository")
    project = _generate(DEFAULT_SPEC, tmp_path / "out")
    assert TABLE["package"] == "com.example.stripe"
    cases = _stripe_cases() + _standard_cases()
    (tmp_path / "cases.json").write_text(json.dumps([case for case, _ in cases]))
    program = tmp_path / "check" / "WebhookCheck.java"
    program.parent.mkdir()
    program.write_text(PROGRAM)
    sources = sorted(str(p) for p in (project / "src" / "main" / "java").rglob("*.java"))
    _javac(javac, tmp_path / "classes", [*sources, str(program)], tmp_path / "sources.txt")
    classpath = os.pathsep.join([str(tmp_path / "classes"), str(GSON)])
    run = subprocess.run(
        [java, "-cp", classpath, "WebhookCheck", str(tmp_path / "cases.json")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    lines = run.stdout.strip().splitlines()
    assert len(lines) == len(cases)
    for (case, expected), line in zip(cases, lines, strict=True):
        assert line.startswith(expected), (case, line)
