"""`generator.surface.events`: the event schema and the schema of each `object` value."""

from __future__ import annotations

from generator.ir.convert import convert
from generator.load.loader import load
from generator.surface.events import EventShape, event_shape, object_types

from ..conftest import DEFAULT_SPEC


def test_default_spec() -> None:
    api, _ = convert(load(DEFAULT_SPEC))
    assert event_shape(api) == EventShape("event", "data", "notification_event_data", "object")
    types = object_types(api)
    assert types["customer"] == "customer"
    assert types["customer_session"] == "customer_session"
    assert "deleted_customer" not in types.values()  # a deleted shape is never an event's object
