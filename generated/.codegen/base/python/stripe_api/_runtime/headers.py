"""Case-insensitive header lookup for both ``httpx.Headers`` and plain mappings."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["get_header"]


def get_header(headers: Mapping[str, str], name: str) -> str | None:
    """The value of header ``name`` in ``headers`` (any case), or ``None``."""
    value = headers.get(name)
    if value is None:
        lowered = name.lower()
        for key, candidate in headers.items():
            if key.lower() == lowered:
                return candidate
    return value
