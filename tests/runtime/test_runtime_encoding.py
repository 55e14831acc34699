"""Wire format of request params: exact bodies, stripe parity, and a round-trip property."""

from __future__ import annotations

import datetime
import enum
import re
import string
from decimal import Decimal
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl, urlencode

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


@pytest.mark.parametrize(("params", "expected"), [c[1:3] for c in CASES], ids=[c[0] for c in CASES])
def test_wire_format(rt: ModuleType, params: dict[str, Any], expected: str) -> None:
    assert rt.urlencode_params(params) == expected


@pytest.mark.parametrize(("params", "expected"), [c[1:3] for c in CASES], ids=[c[0] for c in CASES])
def test_pairs_match_wire_format(rt: ModuleType, params: dict[str, Any], expected: str) -> None:
    """encode_params gives the unencoded pairs of the same body."""
    assert urlencode(rt.encode_params(params)) == expected


def test_encode_params_pairs(rt: ModuleType) -> None:
    params = {"expand": ["customer"], "metadata": {"k": "v"}, "x": None, "on": True}
    assert rt.encode_params(params) == [("expand[0]", "customer"), ("metadata[k]", "v"), ("on", "true")]


@pytest.mark.parametrize(
    ("params", "expected"),
    [c[1:3] for c in CASES if c[3]],
    ids=[c[0] for c in CASES if c[3]],
)
def test_same_as_stripe_encoder(params: dict[str, Any], expected: str) -> None:
    encode = pytest.importorskip("stripe._encode", reason="the stripe package is not installed: no cross-check")
    assert urlencode(list(encode._api_encode(params))) == expected


class Color(enum.Enum):
    RED = "red"


class Level(enum.IntEnum):
    HIGH = 3


class Mode(enum.StrEnum):
    AUTO = "automatic"


class HasId:
    id = "cus_42"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Color.RED, "red"),
        (Level.HIGH, "3"),
        (Mode.AUTO, "automatic"),
        (datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC), "1704067200"),
        (datetime.datetime(2024, 1, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=1))), "1704067200"),
        (Decimal("0.00001"), "0.00001"),
        (Decimal("1E+3"), "1000"),
        (1e-7, "0.0000001"),
        (100.0, "100.0"),
        (HasId(), "cus_42"),
    ],
)
def test_special_values(rt: ModuleType, value: Any, expected: str) -> None:
    assert rt.encode_params({"v": value}) == [("v", expected)]
    assert rt.urlencode_params({"v": value}) == f"v={expected}"


def test_naive_datetime_is_local_time_like_stripe(rt: ModuleType) -> None:
    naive = datetime.datetime(2024, 5, 17, 12, 30)
    assert rt.encode_params({"t": naive}) == [("t", str(int(naive.timestamp())))]


def test_enum_in_list_and_mapping_types(rt: ModuleType) -> None:
    from types import MappingProxyType

    params = {"colors": [Color.RED], "m": MappingProxyType({"a": 1}), 7: "int-key"}
    assert rt.urlencode_params(params) == "colors%5B0%5D=red&m%5Ba%5D=1&7=int-key"


def test_long_list_indexes(rt: ModuleType) -> None:
    body = rt.urlencode_params({"ids": [str(i) for i in range(70)]})
    assert body.split("&")[69] == "ids%5B69%5D=69"
    assert rt.encode_params({"ids": list(range(70))})[65] == ("ids[65]", "65")


# --- round trip property -----------------------------------------------------------


def _decode(body: str) -> dict[str, Any]:
    """Rebuild nested params from a body: ``a[b][0]=v`` -> {"a": {"b": ["v"]}}."""
    root: dict[str, Any] = {}
    for key, value in parse_qsl(body, keep_blank_values=True, strict_parsing=bool(body)):
        head = key.split("[", 1)[0]
        path = [head, *re.findall(r"\[([^\]]*)\]", key[len(head) :])]
        node = root
        for segment in path[:-1]:
            node = node.setdefault(segment, {})
        node[path[-1]] = value
    return _listify(root)


def _listify(node: Any) -> Any:
    if not isinstance(node, dict):
        return node
    if node and all(k.isdigit() for k in node):
        return [_listify(node[k]) for k in sorted(node, key=int)]
    return {k: _listify(v) for k, v in node.items()}


def _expected(value: Any) -> Any:
    """What decoding gives back: None and empty containers dropped, leaves as strings."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dict):
        kept = {k: e for k, v in value.items() if (e := _expected(v)) is not None}
        return kept or None
    if isinstance(value, list):
        items = [e for v in value if (e := _expected(v)) is not None]
        return items or None
    return value


_keys = st.text(alphabet=string.ascii_letters + "_", min_size=1, max_size=8)
_leaves = st.none() | st.booleans() | st.integers() | st.text(max_size=12)
_values = st.recursive(
    _leaves,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(_keys, children, max_size=4),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(params=st.dictionaries(_keys, _values, max_size=6))
def test_round_trip_property(rt: ModuleType, params: dict[str, Any]) -> None:
    body = rt.urlencode_params(params)
    assert _decode(body) == (_expected(params) or {})
