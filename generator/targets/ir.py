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
    plan = _plan(type(value))
    if plan is not None:
        result: dict[str, Any] = {}
        for name, default in plan:
            item = getattr(value, name)
            if default is not _NO_DEFAULT and type(item) is type(default) and item == default:
                continue
            result[name] = to_jsonable(item)
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


_NO_DEFAULT = object()
_PLANS: dict[type, tuple[tuple[str, Any], ...] | None] = {}


def _plan(kind: type) -> tuple[tuple[str, Any], ...] | None:
    """A dataclass's fields with the default each is left out at (`_NO_DEFAULT`: none); None
    for any other type. Worked out once per class (a default factory's value included)."""
    try:
        return _PLANS[kind]
    except KeyError:
        pass
    plan: tuple[tuple[str, Any], ...] | None = None
    if dataclasses.is_dataclass(kind):
        fields = []
        for field in dataclasses.fields(kind):
            if field.default is not dataclasses.MISSING:
                fields.append((field.name, field.default))
            elif field.default_factory is not dataclasses.MISSING:
                fields.append((field.name, field.default_factory()))
            else:
                fields.append((field.name, _NO_DEFAULT))
        plan = tuple(fields)
    _PLANS[kind] = plan
    return plan


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
    """`json.dumps(value, indent=1, ensure_ascii=False, allow_nan=False)` of a `to_jsonable`
    value, written without json's pure-Python encoder (which `indent` brings in): 3x faster."""
    parts: list[str] = []
    _write(value, "\n", parts)
    return "".join(parts)


def _write(value: Any, newline: str, parts: list[str]) -> None:
    """`value` as JSON into `parts`; `newline` is a line break and the current indentation."""
    if isinstance(value, str):
        parts.append(_string(value))
    elif isinstance(value, dict):
        if not value:
            parts.append("{}")
            return
        inner = newline + " "
        separator = "{" + inner
        for key, item in value.items():
            parts.append(separator + _string(key) + ": ")
            _write(item, inner, parts)
            separator = "," + inner
        parts.append(newline + "}")
    elif isinstance(value, list):
        if not value:
            parts.append("[]")
            return
        inner = newline + " "
        separator = "[" + inner
        for item in value:
            parts.append(separator)
            _write(item, inner, parts)
            separator = "," + inner
        parts.append(newline + "]")
    elif value is None:
        parts.append("null")
    elif value is True or value is False:
        parts.append("true" if value else "false")
    elif isinstance(value, int):
        parts.append(int.__repr__(value))
    elif isinstance(value, float):
        parts.append(json.dumps(value, allow_nan=False))
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


_string = json.encoder.encode_basestring  # (the C function json.dumps uses with ensure_ascii=False)


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
