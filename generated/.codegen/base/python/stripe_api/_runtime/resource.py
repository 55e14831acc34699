"""Helpers of the generated resource classes (``Customer.delete(id)`` or ``customer.delete()``)."""

from __future__ import annotations

__all__ = ["object_id"]


def object_id(value: object) -> str:
    """``value`` itself when it is an id, else the ``id`` of the object it is."""
    if isinstance(value, str):
        return value
    found = getattr(value, "id", None)
    if not isinstance(found, str) or not found:
        raise ValueError(f"{type(value).__name__} has no id to call the API with")
    return found
