"""Webhook signatures, HMAC-SHA256 over the exact bytes received, compared in constant time
(:func:`hmac.compare_digest`), with a timestamp that must be within ``tolerance``
seconds of now, so a captured delivery cannot be replayed later.

* Stripe (``Stripe-Signature: t=1492774577,v1=5257a8...,v1=...``): the signed text is
  ``"{t}.{payload}"``, the key the endpoint's secret (``whsec_...``) as it is; any ``v1``
  value may match (several are sent while a secret is being rolled).
* Standard Webhooks (https://www.standardwebhooks.com, headers ``webhook-id``,
  ``webhook-timestamp``, ``webhook-signature: v1,<base64> v1,<base64>``): the signed text
  is ``"{id}.{timestamp}.{payload}"``, the key the base64 decoding of the secret after its
  ``whsec_`` prefix; the timestamp may be neither too old nor too far in the future.

Nothing here parses the payload: the generated package turns a verified payload into
its event model.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import time
from collections.abc import Callable, Mapping
from typing import Any

from .errors import APIError

__all__ = [
    "DEFAULT_TOLERANCE",
    "SignatureVerificationError",
    "resolve_object",
    "sign_standard_webhook",
    "stripe_signature_header",
    "verify_standard_webhook",
    "verify_stripe_signature",
]

#: Seconds a signature's timestamp may be away from now (the usual default).
DEFAULT_TOLERANCE = 300
_STRIPE_SCHEME = "v1"
_SECRET_PREFIX = "whsec_"


class SignatureVerificationError(APIError):
    """A webhook payload whose signature does not verify (never parse or act on it).

    Attributes:
        sig_header: The signature header as received.
    """

    def __init__(self, message: str, sig_header: str | None = None, http_body: str = "") -> None:
        super().__init__(message, body=http_body)
        self.sig_header = sig_header


def _text(payload: bytes | str) -> str:
    return payload.decode("utf-8") if isinstance(payload, bytes | bytearray) else payload


def _hmac_sha256(key: bytes, message: str) -> bytes:
    return hmac.new(key, message.encode("utf-8"), hashlib.sha256).digest()


def stripe_signature_header(payload: bytes | str, secret: str, timestamp: int | None = None) -> str:
    """A ``Stripe-Signature`` header for ``payload`` (for tests of your webhook handler)."""
    stamp = int(time.time()) if timestamp is None else timestamp
    signature = _hmac_sha256(secret.encode("utf-8"), f"{stamp}.{_text(payload)}").hex()
    return f"t={stamp},{_STRIPE_SCHEME}={signature}"


def verify_stripe_signature(
    payload: bytes | str,
    sig_header: str,
    secret: str,
    tolerance: int | None = DEFAULT_TOLERANCE,
    *,
    now: float | None = None,
) -> None:
    """Raise :class:`SignatureVerificationError` unless ``sig_header`` signs ``payload`` with ``secret``.

    ``tolerance``: the oldest timestamp accepted, in seconds before now (None: any age).
    """
    text = _text(payload)
    if not sig_header:
        raise SignatureVerificationError("No Stripe-Signature header value was provided", sig_header, text)
    if not secret or not secret.strip():
        raise SignatureVerificationError("No webhook secret was provided (it starts with whsec_)", sig_header, text)
    timestamp: int | None = None
    signatures: list[str] = []
    for item in sig_header.split(","):
        key, _, value = item.strip().partition("=")
        if key == "t":
            try:
                timestamp = int(value)
            except ValueError:
                timestamp = None
        elif key == _STRIPE_SCHEME:
            signatures.append(value)
    if timestamp is None:
        raise SignatureVerificationError("Unable to extract timestamp and signatures from header", sig_header, text)
    if not signatures:
        raise SignatureVerificationError("No signatures found with expected scheme", sig_header, text)
    expected = _hmac_sha256(secret.encode("utf-8"), f"{timestamp}.{text}").hex()
    if not any(hmac.compare_digest(expected, signature) for signature in signatures):
        raise SignatureVerificationError(
            "No signatures found matching the expected signature for payload", sig_header, text
        )
    current = time.time() if now is None else now
    if tolerance is not None and timestamp < current - tolerance:
        raise SignatureVerificationError(f"Timestamp outside the tolerance zone ({timestamp})", sig_header, text)


def _standard_key(secret: str) -> bytes:
    encoded = secret[len(_SECRET_PREFIX) :] if secret.startswith(_SECRET_PREFIX) else secret
    try:
        return base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("a Standard Webhooks secret is 'whsec_' followed by base64") from None


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is not None:
        return value
    for key, found in headers.items():
        if key.lower() == name:
            return found
    return None


def sign_standard_webhook(msg_id: str, timestamp: int, payload: bytes | str, secret: str) -> str:
    """The ``webhook-signature`` value (``v1,<base64>``) for a message (for tests)."""
    digest = _hmac_sha256(_standard_key(secret), f"{msg_id}.{timestamp}.{_text(payload)}")
    return "v1," + base64.b64encode(digest).decode("ascii")


def verify_standard_webhook(
    payload: bytes | str,
    headers: Mapping[str, str],
    secret: str,
    tolerance: int = DEFAULT_TOLERANCE,
    *,
    now: float | None = None,
) -> None:
    """Raise :class:`SignatureVerificationError` unless ``headers`` sign ``payload`` per Standard Webhooks."""
    text = _text(payload)
    msg_id = _header(headers, "webhook-id")
    stamp = _header(headers, "webhook-timestamp")
    signatures = _header(headers, "webhook-signature")
    if not msg_id or not stamp or not signatures:
        raise SignatureVerificationError("Missing webhook-id, webhook-timestamp or webhook-signature header")
    try:
        timestamp = int(stamp)
    except ValueError:
        raise SignatureVerificationError("Invalid webhook-timestamp header", signatures, text) from None
    current = time.time() if now is None else now
    if timestamp < current - tolerance:
        raise SignatureVerificationError("Message timestamp too old", signatures, text)
    if timestamp > current + tolerance:
        raise SignatureVerificationError("Message timestamp too new", signatures, text)
    expected = sign_standard_webhook(msg_id, timestamp, text, secret).partition(",")[2]
    for candidate in signatures.split():
        version, _, signature = candidate.partition(",")
        if version == "v1" and hmac.compare_digest(expected, signature):
            return
    raise SignatureVerificationError("No matching signature found", signatures, text)


def resolve_object(holder: Any, field: str, parser_of: Callable[[str], Callable[[Any], Any] | None]) -> None:
    """Replace ``holder.<field>``, a JSON object, by the model its ``object`` value names (if any)."""
    value = getattr(holder, field, None)
    if isinstance(value, dict):
        parser = parser_of(str(value.get("object")))
        if parser is not None:
            setattr(holder, field, parser(value))
