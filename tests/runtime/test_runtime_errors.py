"""Mapping of HTTP error responses to exception classes, and their str/repr."""

from __future__ import annotations

import json
import pickle
from types import ModuleType
from typing import Any

import pytest


def _body(**error: Any) -> bytes:
    return json.dumps({"error": error}).encode()


@pytest.mark.parametrize(
    ("status", "error", "cls"),
    [
        (400, {"type": "invalid_request_error", "message": "Missing", "param": "email"}, "InvalidRequestError"),
        (404, {"type": "invalid_request_error", "code": "resource_missing"}, "InvalidRequestError"),
        (409, {"type": "invalid_request_error", "code": "lock_timeout"}, "InvalidRequestError"),
        (401, {"type": "invalid_request_error", "message": "Invalid API Key"}, "AuthenticationError"),
        (402, {"type": "card_error", "code": "card_declined", "decline_code": "insufficient_funds"}, "CardError"),
        (400, {"type": "card_error", "code": "incorrect_cvc"}, "CardError"),
        (403, {"type": "invalid_request_error"}, "PermissionDeniedError"),
        (400, {"type": "idempotency_error", "message": "Keys reused"}, "IdempotencyError"),
        (409, {"type": "idempotency_error"}, "IdempotencyError"),
        (429, {"type": "invalid_request_error", "code": "rate_limit"}, "RateLimitError"),
        (400, {"type": "invalid_request_error", "code": "rate_limit"}, "RateLimitError"),
        (500, {"type": "api_error", "message": "Boom"}, "InternalServerError"),
        (503, {}, "InternalServerError"),
        (418, {"type": "api_error"}, "InternalServerError"),
        (409, {"type": "api_error"}, "InternalServerError"),
    ],
)
def test_error_class_from_response(rt: ModuleType, status: int, error: dict[str, Any], cls: str) -> None:
    err = rt.error_from_response(status, _body(**error), {"Request-Id": "req_123"})
    assert type(err).__name__ == cls
    assert isinstance(err, rt.APIError)
    assert err.http_status == status
    assert err.code == error.get("code")
    assert err.param == error.get("param")
    assert err.type == error.get("type")
    assert err.request_id == "req_123"
    assert err.json_body == {"error": error}


def test_error_fields_and_str(rt: ModuleType) -> None:
    body = _body(
        type="card_error",
        code="card_declined",
        decline_code="generic_decline",
        message="Your card was declined.",
        param="payment_method",
        doc_url="https://docs.example/error-codes/card-declined",
    )
    err = rt.error_from_response(402, body, {"request-id": "req_abc", "X-Other": "1"})
    assert isinstance(err, rt.CardError)
    assert err.decline_code == "generic_decline"
    assert err.doc_url.endswith("card-declined")
    assert err.body == body.decode()
    assert err.headers["X-Other"] == "1"
    assert str(err) == "(Request req_abc) Your card was declined."
    assert err.user_message == "Your card was declined."
    assert repr(err) == (
        "CardError(message='Your card was declined.', http_status=402, code='card_declined', "
        "param='payment_method', request_id='req_abc')"
    )


def test_str_without_request_id(rt: ModuleType) -> None:
    err = rt.error_from_response(400, _body(message="Bad"), {})
    assert str(err) == "Bad"
    assert err.request_id is None


@pytest.mark.parametrize("body", [b"<html>502 Bad Gateway</html>", b"", b"[1, 2]", b'{"error": 5}', b"\xff\xfe"])
def test_non_json_or_unexpected_bodies(rt: ModuleType, body: bytes) -> None:
    err = rt.error_from_response(502, body, {})
    assert isinstance(err, rt.InternalServerError)
    assert err.http_status == 502
    assert "HTTP 502" in err.message
    assert err.json_body is None or isinstance(err.json_body, dict)


def test_oauth_style_error(rt: ModuleType) -> None:
    body = json.dumps({"error": "invalid_grant", "error_description": "Code expired"}).encode()
    err = rt.error_from_response(400, body, {})
    assert isinstance(err, rt.InvalidRequestError)
    assert err.code == "invalid_grant"
    assert err.message == "Code expired"


def test_repr_never_has_headers_or_body(rt: ModuleType) -> None:
    err = rt.error_from_response(401, _body(message="nope"), {"Authorization": "Bearer sk_live_x"})
    assert "sk_live_x" not in repr(err)
    assert "sk_live_x" not in str(err)


def test_connection_error(rt: ModuleType) -> None:
    err = rt.APIConnectionError("Network down", should_retry=True)
    assert err.http_status is None
    assert err.should_retry is True
    assert str(err) == "Network down"
    assert isinstance(err, rt.APIError)


def test_errors_pickle(rt: ModuleType) -> None:
    err = rt.error_from_response(402, _body(message="Declined", decline_code="x"), {"Request-Id": "req_1"})
    clone = pickle.loads(pickle.dumps(err))
    assert type(clone) is type(err)
    assert str(clone) == str(err)
    assert clone.decline_code == "x"
