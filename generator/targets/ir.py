"""The `ir` target: the intermediate model as one JSON document, for other tools.

The format is documented in `docs/ir.md`. It mirrors `generator/model.py`:
every dataclass becomes an object of its fields, enums become their string
value, tuples become lists. Fields equal to their default are left out, so
readers must treat an absent key as that default. `format_version` changes
only when a key changes meaning or disappears.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import math
from collections.abc import Mapping
from typing import Any

from ..model import Api
from . import Settings

FORMAT_VERSION = 1


def to_jsonable(value: Any) -> Any:
    """Dataclass trees -> plain JSON values, dropping fields left at their default."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        result: dict[str, Any] = {}
        for field in dataclasses.fields(value):
            item = getattr(value, field.name)
            if field.default is not dataclasses.MISSING and _same(item, field.default):
                continue
            if field.default_factory is not dataclasses.MISSING and _same(item, field.default_factory()):
                continue
            result[field.name] = to_jsonable(item)
        return result
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(key): to_jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(item) for item in value]
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)  # JSON has no NaN or infinity
    return value


def _same(a: Any, b: Any) -> bool:
    return type(a) is type(b) and a == b


def render(api: Api) -> dict[str, str]:
    document = {
        "format": "codegen-ir",
        "format_version": FORMAT_VERSION,
        "api": to_jsonable(dataclasses.replace(api, resources=(), schemas={}, enums={})),
        "resources": to_jsonable(api.resources),
        "schemas": to_jsonable(api.schemas),
        "enums": to_jsonable(api.enums),
    }
    text = json.dumps(document, indent=1, ensure_ascii=False, allow_nan=False)
    return {"ir.json": text + "\n"}


def render_target(api: Api, settings: Settings) -> dict[str, str | bytes]:
    return dict(render(api))
