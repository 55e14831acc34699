"""Webhooks of the generated package: Stripe's `Webhook.construct_event` / `client.construct_event`
(headers signed by the `stripe` package's own code), and `client.webhooks.unwrap` for other APIs
(Standard Webhooks signatures computed by hand from its spec)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import importlib
import json
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import generate_package

stripe = pytest.importorskip("stripe", reason="the oracle is the stripe package's own signer")

SECRET = "whsec_generated_package_test"
CUSTOMER = {"id": "cus_1", "object": "customer", "email": "a@example.com", "livemode": False}
EVENT = {
    "id": "evt_1",
    "object": "event",
    "type": "customer.created",
    "created": 1700000000,
    "livemode": False,
    "pending_webhooks": 1,
    "data": {"object": CUSTOMER},
}


def _signed(payload: str, secret: str = SECRET, age: int = 0) -> str:
    stamp = int(time.time()) - age
    return f"t={stamp},v1={stripe.WebhookSignature._compute_signature(f'{stamp}.{payload}', secret)}"


def test_construct_event_types_the_object(sdk: ModuleType) -> None:
    payload = json.dumps(EVENT)
    event = sdk.Webhook.construct_event(payload.encode(), _signed(payload), SECRET)
    assert isinstance(event, sdk.Event)
    assert event.type == "customer.created"
    assert isinstance(event.data.object, sdk.Customer)
    assert event.data.object.email == "a@example.com"
    client = sdk.StripeClient("sk_test_123")
    assert client.construct_event(payload, _signed(payload), SECRET).data.object.id == "cus_1"


def test_an_unknown_object_stays_json(sdk: ModuleType) -> None:
    payload = json.dumps({**EVENT, "data": {"object": {"id": "x_1", "object": "brand_new_thing"}}})
    event = sdk.Webhook.construct_event(payload, _signed(payload), SECRET)
    assert event.data.object == {"id": "x_1", "object": "brand_new_thing"}


@pytest.mark.parametrize(
    ("tamper", "secret", "age"),
    [(True, SECRET, 0), (False, "whsec_wrong", 0), (False, SECRET, 400)],
    ids=["tampered", "wrong-secret", "old"],
)
def test_refused(sdk: ModuleType, tamper: bool, secret: str, age: int) -> None:
    payload = json.dumps(EVENT)
    header = _signed(payload, SECRET, age)
    sent = payload.replace("a@example.com", "b@example.com") if tamper else payload
    with pytest.raises(sdk.SignatureVerificationError):
        sdk.StripeClient("sk_test_123").construct_event(sent, header, secret)


SPEC = """
openapi: 3.1.0
info: {title: Hooks, version: "1"}
servers: [{url: "https://api.hooks.example"}]
paths:
  /things:
    get:
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: object}}}}
"""


@pytest.fixture(scope="module")
def hooks(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    folder = tmp_path_factory.mktemp("hooks")
    spec = folder / "hooks.yaml"
    spec.write_text(SPEC)
    root = generate_package(spec, folder / "out", package="hooks_api", client_class="HooksClient")
    sys.path.insert(0, str(root))
    try:
        return importlib.import_module("hooks_api")
    finally:
        sys.path.remove(str(root))


def test_standard_webhooks_unwrap(hooks: ModuleType) -> None:
    key = b"0123456789abcdef0123456789abcdef"
    secret = "whsec_" + base64.b64encode(key).decode()
    payload = json.dumps({"type": "thing.created", "data": {"id": "t_1"}})
    stamp = str(int(time.time()))
    digest = hmac.new(key, f"msg_1.{stamp}.{payload}".encode(), hashlib.sha256).digest()
    headers = {
        "webhook-id": "msg_1",
        "webhook-timestamp": stamp,
        "webhook-signature": "v1," + base64.b64encode(digest).decode(),
    }
    client = hooks.HooksClient()
    assert client.webhooks.unwrap(payload, headers, secret) == {"type": "thing.created", "data": {"id": "t_1"}}
    with pytest.raises(hooks.SignatureVerificationError):
        client.webhooks.unwrap(payload + " ", headers, secret)
    with pytest.raises(hooks.SignatureVerificationError):
        client.webhooks.unwrap(payload, {**headers, "webhook-timestamp": str(int(stamp) - 600)}, secret)
    assert not hasattr(hooks, "Webhook")


def test_the_default_spec_has_its_webhooks_module(package_root: Path) -> None:
    assert (package_root / "stripe_api" / "_webhooks.py").is_file()


def test_resource_classes_are_off_for_other_apis_unless_asked(hooks: ModuleType, tmp_path: Path) -> None:
    assert not hasattr(hooks, "api_key")
    from generator.config import Config
    from generator.pipeline import generate

    spec = tmp_path / "keyed.yaml"
    spec.write_text(KEYED_SPEC)
    config = Config(
        spec=spec,
        out=tmp_path / "out",
        tables={"python": {"package": "keyed_api", "client_class": "KeyedClient", "resource_classes": True}},
        targets=("python",),
    )
    generate(config)
    package = tmp_path / "out" / "python" / "keyed_api"
    assert "class ThingMethods" in (package / "_resources.py").read_text()
    assert "class Thing(_resources.ThingMethods, Model)" in (package / "models" / "thing.py").read_text()


KEYED_SPEC = """
openapi: 3.1.0
info: {title: Keyed, version: "1"}
servers: [{url: "https://api.keyed.example"}]
security: [{bearer: []}]
components:
  securitySchemes: {bearer: {type: http, scheme: bearer}}
  schemas:
    Thing: {type: object, properties: {id: {type: string}, object: {type: string, enum: [thing]}}}
paths:
  /things/{id}:
    get:
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}}
"""


def test_stripe_account_is_refused_for_other_apis(hooks: ModuleType) -> None:
    client = hooks.HooksClient(base_url="http://127.0.0.1:9")
    service = client.things.with_options(stripe_account="acct_1", max_retries=0)
    # Another API's client has no Stripe options: one is refused, not sent, nor silently dropped.
    with pytest.raises(ValueError, match=r"unknown request option\(s\) stripe_account; accepted: api_key, headers"):
        service.retrieve()
