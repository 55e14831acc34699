"""`surface.resource_methods`: which methods a resource class offers, static or on an object."""

from __future__ import annotations

from generator.ir.convert import convert
from generator.load.loader import load
from generator.surface import build
from generator.surface.resource_methods import resource_methods

from .conftest import DEFAULT_SPEC


def test_default_spec_resource_methods() -> None:
    api, _ = convert(load(DEFAULT_SPEC))
    found = {
        schema: [(m.method.resource_id, m.method.name, m.instance) for m in methods]
        for schema, methods in resource_methods(build(api)).items()
    }
    assert found["customer_session"] == [("customer_sessions", "create", False)]
    assert ("customers", "retrieve", False) in found["customer"]
    assert ("customers", "update", True) in found["customer"]
    assert ("customers", "delete", True) in found["customer"]
    assert ("payment_intents", "confirm", True) in found["payment_intent"]
    # a nested service's list stays static (it takes the customer's id), after the top-level ones
    assert found["payment_method"][-1] == ("customers.payment_methods", "list", False)
    assert "deleted_customer" not in found
