"""The `ir` target: the intermediate model as one JSON document, for other tools.

The format is documented in `docs/ir.md`. It mirrors `generator/ir/model.py`:
every dataclass becomes an object of its fields, enums become their string
value, tuples become lists. Fields equal to their default are left out, so
readers must treat an absent key as that default. `format_version` changes
only when a key changes meaning or disappears.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import json
import math
from collections.abc import Mapping
from typing import Any

from ..cache.incremental import Memo, tracked
from ..ir.model import Api
from . import Files, Job, PlainTarget

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
    if isinstance(value, datetime.date):  # a YAML date or timestamp in an example or default
        return value.isoformat()
    return value


def _same(a: Any, b: Any) -> bool:
    return type(a) is type(b) and a == b


def render(api: Api, memo: Memo | None = None) -> dict[str, str]:
    """`ir.json`: `json.dumps(document, indent=1)` of the whole model, written piece by piece
    so that, with a `memo`, the text of each schema and enum unchanged since the last run
    is reused (the tests compare it with one `json.dumps` of the whole)."""
    memo = memo or Memo()
    api = tracked(api)
    memo.begin(api)
    schemas = [(key, _member(memo, "schema", api.schemas, key)) for key in api.schemas]
    enums = [(key, _member(memo, "enum", api.enums, key)) for key in api.enums]
    top = [
        ("format", _dumps("codegen-ir")),
        ("format_version", _dumps(FORMAT_VERSION)),
        ("api", _dumps(to_jsonable(dataclasses.replace(api, resources=(), schemas={}, enums={})))),
        ("resources", memo.unit("resources", (), lambda: _dumps(to_jsonable(api.resources)), inputs=api.resources)),
        ("schemas", _object(schemas)),
        ("enums", _object(enums)),
    ]
    return {"ir.json": _object(top) + "\n"}


def _member(memo: Memo, kind: str, mapping: Mapping[str, Any], key: str) -> str:
    """One schema's or enum's text: its unit reads nothing else."""
    return memo.unit(f"{kind}/{key}", [(kind, key)], lambda: _dumps(to_jsonable(mapping[key])))


def _dumps(value: Any) -> str:
    return json.dumps(value, indent=1, ensure_ascii=False, allow_nan=False)


def _object(members: list[tuple[str, str]]) -> str:
    """A JSON object of members already dumped, as `_dumps` writes it (one space per level)."""
    if not members:
        return "{}"
    body = ",\n".join(f" {_dumps(key)}: {_indented(text)}" for key, text in members)
    return "{\n" + body + "\n}"


def _indented(text: str) -> str:
    """`text` one level deeper: every line but the first gets one more space (JSON strings hold no newline)."""
    return text.replace("\n", "\n ")


class IrTarget(PlainTarget):
    """The IR as JSON (`docs/ir.md`): no settings, no formatter."""

    name = "ir"
    templates = "ir"

    def render(self, job: Job) -> Files:
        return dict(render(job.api, job.memo))


TARGET = IrTarget()
