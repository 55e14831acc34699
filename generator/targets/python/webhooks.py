"""The package's webhooks (`_webhooks.py`): Stripe's `Webhook.construct_event`, parsing the
API's event (`surface.events`), or for other APIs Standard Webhooks' `client.webhooks.unwrap`."""

from __future__ import annotations

from dataclasses import dataclass

from ...surface import Field, Sdk
from ...surface.events import event_shape, object_types
from .names import PythonNames


@dataclass(frozen=True, slots=True)
class EventView:
    cls: str  # the event's model class (`Event`)
    module: str  # its module under `models/`
    data_attr: str  # the event's attribute holding the data (`data`)
    object_attr: str  # the data's attribute holding the resource (`object`)
    object_types: tuple[tuple[str, str], ...]  # (`object` value, model class)


@dataclass(frozen=True, slots=True)
class WebhooksView:
    event: EventView | None  # Stripe's API: `Webhook.construct_event`; None: Standard Webhooks
    client_attr: str | None  # the client's `webhooks` attribute (None: a service has that name)


def webhooks_view(sdk: Sdk, names: PythonNames) -> WebhooksView | None:
    """What `_webhooks.py` offers, or None when the package has no webhooks."""
    if not sdk.stripe:
        taken = {names.client_attr(top) for top in names.top_level_services()}
        return WebhooksView(None, None if "webhooks" in taken else "webhooks")
    event = _event(sdk, names)
    return None if event is None else WebhooksView(event, None)


def _event(sdk: Sdk, names: PythonNames) -> EventView | None:
    api = sdk.api
    shape = event_shape(api)
    if shape is None or shape.schema not in names.models:
        return None
    event, holder = api.schema(shape.schema), api.schema(shape.data_schema)
    data_attr = _attr(names, event.fields, shape.data_field)
    object_attr = _attr(names, holder.fields, shape.object_field)
    kinds = tuple(
        (kind, names.models[schema_id].top)
        for kind, schema_id in object_types(api).items()
        if schema_id in names.models and names.models[schema_id].qualname == names.models[schema_id].top
    )
    cls = names.models[shape.schema]
    return EventView(cls.top, cls.module, data_attr, object_attr, kinds)


def _attr(names: PythonNames, fields: tuple[Field, ...], wire: str) -> str:
    """The attribute a model gives its field `wire`."""
    attrs = names.field_attrs(fields)
    return next(attr for f, attr in zip(fields, attrs, strict=True) if f.name == wire)
