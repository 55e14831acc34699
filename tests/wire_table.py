"""The wire-format table: what the Python client sends for given params, byte for byte.

One table for every client target. The Python tests check the Python runtime and client
against it (`tests/runtime/test_runtime_encoding.py`, `tests/python_client/test_wire_and_faults.py`);
the Java and Ruby tests reproduce it from `portable_cases()`, the cases any language can
express (JSON values only: no Decimal, tuple or datetime).
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

PAYMENT_ELEMENT = {
    "components": {
        "payment_element": {
            "enabled": True,
            "features": {
                "payment_method_redisplay": "enabled",
                "payment_method_allow_redisplay_filters": ["always", "limited"],
            },
        }
    }
}

# (id, params, exact expected body, same as stripe's encoder?)
#: Encoding of params alone (the form encoder).
CASES: list[tuple[str, dict[str, Any], str, bool]] = [
    (
        "nested-bool",
        {"components": {"pricing_table": {"enabled": True}}},
        "components%5Bpricing_table%5D%5Benabled%5D=true",
        True,
    ),
    (
        "expand-list",
        {"expand": ["customer", "invoice.subscription"]},
        "expand%5B0%5D=customer&expand%5B1%5D=invoice.subscription",
        True,
    ),
    (
        "metadata-empty-string-kept",
        {"metadata": {"k": "v", "empty": ""}},
        "metadata%5Bk%5D=v&metadata%5Bempty%5D=",
        True,
    ),
    ("none-omitted-top", {"a": None, "b": "x"}, "b=x", True),
    ("none-omitted-nested", {"a": {"b": None, "c": 1}}, "a%5Bc%5D=1", True),
    ("false-top", {"livemode": False}, "livemode=false", True),
    ("ints", {"amount": 2000, "currency": "usd", "neg": -5}, "amount=2000&currency=usd&neg=-5", True),
    ("big-int", {"big": 10**20}, "big=100000000000000000000", True),
    (
        "list-of-dicts",
        {"items": [{"price": "price_1", "quantity": 2}, {"price": "price_2", "quantity": 1}]},
        "items%5B0%5D%5Bprice%5D=price_1&items%5B0%5D%5Bquantity%5D=2"
        "&items%5B1%5D%5Bprice%5D=price_2&items%5B1%5D%5Bquantity%5D=1",
        True,
    ),
    ("unicode", {"name": "Zoë Ünïcode ✓"}, "name=Zo%C3%AB+%C3%9Cn%C3%AFcode+%E2%9C%93", True),
    ("reserved-chars", {"description": "a&b=c+d e"}, "description=a%26b%3Dc%2Bd+e", True),
    ("email-plus", {"email": "jenny+test@example.com"}, "email=jenny%2Btest%40example.com", True),
    ("path-chars", {"path": "/v1/x?y#z~_.-"}, "path=%2Fv1%2Fx%3Fy%23z~_.-", True),
    ("decimal", {"unit_amount_decimal": Decimal("12.505")}, "unit_amount_decimal=12.505", True),
    ("float-plain", {"ratio": 1.5}, "ratio=1.5", True),
    ("empty-dict", {"metadata": {}}, "", True),
    ("empty-list", {"expand": []}, "", True),
    ("deep", {"a": {"b": {"c": {"d": "deep"}}}}, "a%5Bb%5D%5Bc%5D%5Bd%5D=deep", True),
    (
        "nested-lists",
        {"nested": [["a", "b"], ["c"]]},
        "nested%5B0%5D%5B0%5D=a&nested%5B0%5D%5B1%5D=b&nested%5B1%5D%5B0%5D=c",
        True,
    ),
    (
        "range-filter",
        {"created": {"gte": 1700000000, "lt": 1800000000}},
        "created%5Bgte%5D=1700000000&created%5Blt%5D=1800000000",
        True,
    ),
    ("tuple", {"expand": ("a", "b")}, "expand%5B0%5D=a&expand%5B1%5D=b", True),
    ("key-with-space", {"key with space": "v"}, "key+with+space=v", True),
    ("key-with-brackets", {"metadata": {"order[id]": "1"}}, "metadata%5Border%5Bid%5D%5D=1", True),
    (
        "customer-session",
        {"customer": "cus_123", **PAYMENT_ELEMENT},
        "customer=cus_123&components%5Bpayment_element%5D%5Benabled%5D=true"
        "&components%5Bpayment_element%5D%5Bfeatures%5D%5Bpayment_method_redisplay%5D=enabled"
        "&components%5Bpayment_element%5D%5Bfeatures%5D%5Bpayment_method_allow_redisplay_filters%5D%5B0%5D=always"
        "&components%5Bpayment_element%5D%5Bfeatures%5D%5Bpayment_method_allow_redisplay_filters%5D%5B1%5D=limited",
        True,
    ),
    (
        "address",
        {"address": {"line1": "510 Townsend St", "city": "San Francisco", "postal_code": "94103", "country": "US"}},
        "address%5Bline1%5D=510+Townsend+St&address%5Bcity%5D=San+Francisco"
        "&address%5Bpostal_code%5D=94103&address%5Bcountry%5D=US",
        True,
    ),
    ("bool-in-list-of-dicts", {"x": [{"on": False}]}, "x%5B0%5D%5Bon%5D=false", True),
    # Deliberate differences from stripe's encoder (it sends True, None, 1e-05):
    ("bool-in-list", {"flags": [True, False]}, "flags%5B0%5D=true&flags%5B1%5D=false", False),
    ("none-in-list", {"list": ["a", None, "c"]}, "list%5B0%5D=a&list%5B2%5D=c", False),
    ("float-small", {"percent": 0.00001}, "percent=0.00001", False),
    ("float-large", {"f": 1e20}, "f=100000000000000000000", False),
]

#: Whole requests: `customer_sessions.create(**params)` sends exactly `body`.
WIRE_CASES = [
    (
        {"customer": "cus_123", "components": {"pricing_table": {"enabled": True}}},
        "customer=cus_123&components%5Bpricing_table%5D%5Benabled%5D=true",
    ),
    (
        {
            "customer": "cus_123",
            "components": {
                "payment_element": {
                    "enabled": True,
                    "features": {
                        "payment_method_redisplay": "enabled",
                        "payment_method_allow_redisplay_filters": ["always", "limited"],
                        "payment_method_redisplay_limit": 3,
                    },
                },
                "buy_button": {"enabled": False},
            },
            "expand": ["customer"],
        },
        "customer=cus_123"
        "&components%5Bpayment_element%5D%5Benabled%5D=true"
        "&components%5Bpayment_element%5D%5Bfeatures%5D%5Bpayment_method_redisplay%5D=enabled"
        "&components%5Bpayment_element%5D%5Bfeatures%5D%5Bpayment_method_allow_redisplay_filters%5D%5B0%5D=always"
        "&components%5Bpayment_element%5D%5Bfeatures%5D%5Bpayment_method_allow_redisplay_filters%5D%5B1%5D=limited"
        "&components%5Bpayment_element%5D%5Bfeatures%5D%5Bpayment_method_redisplay_limit%5D=3"
        "&components%5Bbuy_button%5D%5Benabled%5D=false"
        "&expand%5B0%5D=customer",
    ),
    (
        {"customer": "cus_1", "customer_account": None, "components": {"customer_sheet": {"enabled": True}}},
        "customer=cus_1&components%5Bcustomer_sheet%5D%5Benabled%5D=true",
    ),
]


def _portable(value: Any) -> bool:
    if isinstance(value, dict):
        return all(isinstance(key, str) and _portable(item) for key, item in value.items())
    if isinstance(value, list):
        return all(_portable(item) for item in value)
    if isinstance(value, float):
        return False  # float spelling differs by language by design; tested per runtime
    return value is None or isinstance(value, (str, int, bool))


def portable_cases() -> dict[str, Any]:
    """The cases every language's tests reproduce, as JSON-able data."""
    return {
        "encoding": [
            {"id": case_id, "params": params, "body": body}
            for case_id, params, body, _ in CASES
            if _portable(params) and not any(isinstance(v, int) and abs(v) > 2**63 for v in _ints(params))
        ],
        "customer_sessions_create": [{"params": params, "body": body} for params, body in WIRE_CASES],
    }


def _ints(value: Any) -> list[int]:
    if isinstance(value, dict):
        return [n for item in value.values() for n in _ints(item)]
    if isinstance(value, list):
        return [n for item in value for n in _ints(item)]
    return [value] if isinstance(value, int) and not isinstance(value, bool) else []


if __name__ == "__main__":
    print(json.dumps(portable_cases(), indent=2, ensure_ascii=False))
