"""One difference between two specs, as data: what changed, where, and whether it breaks clients."""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from typing import Any

from .rules import Rule


class Kind(enum.StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    RENAMED = "renamed"
    DEPRECATED = "deprecated"


class Subject(enum.StrEnum):
    OPERATION = "operation"
    OPERATION_ID = "operation id"
    METHOD = "method"
    PAGINATION = "pagination"
    REQUEST_BODY = "request body"
    PARAM = "param"
    FIELD = "field"
    SCHEMA = "schema"
    TYPE = "type"
    FORMAT = "format"
    NULLABILITY = "nullability"
    REQUIRED = "required"
    DEFAULT = "default"
    CONSTRAINT = "constraint"
    ENUM_VALUE = "enum value"
    UNION_VARIANT = "union variant"


@dataclass(frozen=True, slots=True)
class Location:
    """Where a change is. `path` is the dotted field path inside the operation or schema.

    Operation changes carry `resource`, `operation` (`customers.create`) and
    `endpoint` (`POST /v1/customers`); changes inside a shared component schema
    carry `schema` (and `resource` when that schema is a resource's main object).
    """

    resource: str | None = None
    operation: str | None = None
    endpoint: str | None = None
    schema: str | None = None
    path: tuple[str, ...] = ()

    def at(self, *names: str) -> Location:
        return Location(self.resource, self.operation, self.endpoint, self.schema, (*self.path, *names))

    @property
    def dotted(self) -> str:
        return ".".join(self.path)

    @property
    def group(self) -> str:
        """The heading a change is listed under: its resource, else its schema."""
        if self.resource:
            return self.resource
        return f"schema {self.schema}" if self.schema else "api"

    def to_json(self) -> dict[str, Any]:
        return {
            "resource": self.resource,
            "operation": self.operation,
            "endpoint": self.endpoint,
            "schema": self.schema,
            "path": self.dotted or None,
        }


@dataclass(frozen=True, slots=True)
class Change:
    kind: Kind
    subject: Subject
    location: Location
    rule: Rule
    message: str
    before: Any = None  # JSON values: names, type descriptions, enum values, bounds
    after: Any = None

    @property
    def breaking(self) -> bool:
        return self.rule.breaking

    def sort_key(self) -> tuple[str, ...]:
        where = self.location
        return (
            ("0 " if where.resource else "1 ") + where.group,  # resources first, then schemas of no resource
            where.schema or "",
            where.endpoint or "",
            where.dotted,
            self.rule.id,
            json.dumps(self.before, sort_keys=True, default=str),
            json.dumps(self.after, sort_keys=True, default=str),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "subject": self.subject.value,
            "breaking": self.breaking,
            "rule": self.rule.id,
            "location": self.location.to_json(),
            "before": self.before,
            "after": self.after,
            "message": self.message,
        }
