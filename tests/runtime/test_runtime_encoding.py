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

from tests.wire_table import CASES


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
