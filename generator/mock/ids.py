"""Object ids: the resource's own prefix (`cus_`) and a suffix derived from the request.

The prefix comes from, in order: the fixture for the resource (`--fixtures`),
the schema's own `example`, its `id` field's example, or else the object name
(`customer` -> `cus_`, `payment_intent` -> `pi_`: the first three letters of a
one-word name, the initials of a longer one, as Stripe mostly does). The suffix
is a hash of a seed, so the same request always gets the same id.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from ..ir.model import Api, Schema
from .fixtures import Fixtures

_PREFIX = re.compile(r"^([A-Za-z][A-Za-z0-9]*_)")
_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
SUFFIX_LENGTH = 14


class Ids:
    def __init__(self, api: Api, fixtures: Fixtures) -> None:
        self.api = api
        self.fixtures = fixtures
        self._prefixes: dict[str, str] = {}

    def prefix(self, schema: Schema) -> str:
        found = self._prefixes.get(schema.id)
        if found is None:
            found = self._prefixes[schema.id] = self._find_prefix(schema)
        return found

    def make(self, schema: Schema | None, seed: str) -> str:
        prefix = self.prefix(schema) if schema is not None else "obj_"
        return prefix + suffix(seed)

    def _find_prefix(self, schema: Schema) -> str:
        candidates: list[Any] = []
        fixture = self.fixtures.for_schema(schema)
        if fixture is not None:
            candidates.append(fixture.get("id"))
        if schema.has_example and isinstance(schema.example, dict):
            candidates.append(schema.example.get("id"))
        id_field = schema.field("id")
        if id_field is not None:
            candidates.append(id_field.example)
        for candidate in candidates:
            if isinstance(candidate, str):
                matched = _PREFIX.match(candidate)
                if matched:
                    return matched.group(1)
        return guess_prefix(schema.object_name or schema.resource_id or schema.path[-1])


def guess_prefix(name: str) -> str:
    """`customer` -> `cus_`, `payment_intent` -> `pi_`, `checkout.session` -> `cs_`."""
    words = [word for word in re.split(r"[^A-Za-z0-9]+", name.lower()) if word]
    if not words:
        return "obj_"
    if len(words) == 1:
        return words[0][:3] + "_"
    return "".join(word[0] for word in words) + "_"


def suffix(seed: str) -> str:
    number = int.from_bytes(hashlib.sha256(seed.encode()).digest()[:12], "big")
    chars = []
    for _ in range(SUFFIX_LENGTH):
        number, digit = divmod(number, len(_ALPHABET))
        chars.append(_ALPHABET[digit])
    return "".join(chars)
