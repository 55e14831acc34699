"""Example objects to answer with, keyed by resource id (`--fixtures FILE`).

The file is Stripe's fixture format, `{"resources": {"customer": {...}, ...}}`
(a bare `{"customer": {...}}` mapping is accepted too). Keys are the schemas'
`x-resourceId`s, or their `object` names. A fixture is a starting point only:
the synthesizer keeps the parts that fit the current spec's schema and fills or
replaces the rest, so fixtures from another API version do no harm.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..ir.model import Schema


@dataclass(frozen=True, slots=True)
class Fixtures:
    objects: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Fixtures:
        try:
            data = json.loads(path.read_bytes())
        except OSError as exc:
            raise UsageError(f"cannot read fixtures {path}: {exc.strerror or exc}") from None
        except ValueError as exc:
            raise UsageError(f"fixtures {path} are not valid JSON: {exc}") from None
        if isinstance(data, dict) and isinstance(data.get("resources"), dict):
            data = data["resources"]
        if not isinstance(data, dict) or not all(isinstance(value, dict) for value in data.values()):
            raise UsageError(f'fixtures {path}: expected {{"resources": {{resource id: object, ...}}}}')
        return cls({str(key): value for key, value in data.items()})

    def __len__(self) -> int:
        return len(self.objects)

    def for_schema(self, schema: Schema) -> Mapping[str, Any] | None:
        for key in (schema.resource_id, schema.object_name):
            if key and key in self.objects:
                return self.objects[key]
        return None
