"""The IR target's JSON writer is exactly `json.dumps(value, indent=1, ensure_ascii=False)`."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.targets.ir import _dumps

_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
_VALUES = st.recursive(_SCALARS, lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=40)


@settings(max_examples=500, deadline=None)
@given(_VALUES)
def test_the_writer_is_json_dumps_with_indent_one(value: object) -> None:
    assert _dumps(value) == json.dumps(value, indent=1, ensure_ascii=False, allow_nan=False)


@pytest.mark.parametrize("value", [float("nan"), float("inf"), {1}, b"x"])
def test_what_json_refuses_the_writer_refuses(value: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        _dumps(value)
