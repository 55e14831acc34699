"""Events: which schema is the API's event, where it holds the object it is about, and
which schema each `object` value names (language-free; read by the clients' webhooks).

Stripe's events are `{object: "event", data: {object: {...}}}`: the event is the component
schema whose `object` is `"event"`, its `data` field holds the resource under `object`, and
the resource's own `object` value (`"customer"`) names its schema.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..ir.model import Api, SchemaOrigin, TypeKind


@dataclass(frozen=True, slots=True)
class EventShape:
    """Where an event keeps the object it is about: `<schema>.<data_field>.<object_field>`."""

    schema: str  # the event's schema id
    data_field: str  # the event's field holding the data (`data`)
    data_schema: str  # that field's schema id
    object_field: str  # the data's field holding the resource (`object`)


def event_shape(api: Api) -> EventShape | None:
    """The API's event (the component schema whose `object` is `"event"`), if it has one."""
    for schema in api.component_schemas():
        if schema.object_name != "event" or schema.deleted:
            continue
        data = schema.field("data")
        if data is None or data.type.kind is not TypeKind.OBJECT or data.type.ref is None:
            return None
        holder = api.schemas.get(data.type.ref)
        if holder is None or holder.field("object") is None:
            return None
        return EventShape(schema.id, "data", holder.id, "object")
    return None


def object_types(api: Api) -> dict[str, str]:
    """Each `object` value to the component schema carrying it (deleted shapes left out), sorted.

    When several schemas carry one value, the one named like it wins, else the first by id.
    """
    found: dict[str, str] = {}
    for schema in sorted(api.schemas.values(), key=lambda s: s.id):
        name = schema.object_name
        if not name or schema.deleted or schema.origin is not SchemaOrigin.COMPONENT or schema.alias is not None:
            continue
        if name not in found or schema.id == name:
            found[name] = schema.id
    return dict(sorted(found.items()))
