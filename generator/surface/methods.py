"""Each operation as a method: what it sends, how, and what it gives back, decided once."""

from __future__ import annotations

import re

from ..ir.model import Api, BodyEncoding, Field, Operation, Pagination, Resource, SchemaOrigin, TypeKind
from .auth import ordered
from .model import BodyKind, ErrorModels, Method, Returns, Segment

_PATH_PARAM = re.compile(r"\{([^{}]+)\}")
_STREAM_MEDIA = ("text/event-stream",)
_BINARY_MEDIA = ("application/octet-stream", "application/pdf", "image/", "audio/", "video/", "application/zip")
#: The body param that asks an operation answering JSON for events instead (OpenAI's `stream: true`).
STREAM_PARAM = "stream"


def method(
    api: Api, resource: Resource, op: Operation, default_security: tuple[str, ...], default_errors: ErrorModels
) -> Method:
    """`op` as a method of `resource`'s service; a method whose security or error models are the
    client's defaults says so with None."""
    security = tuple(scheme.name for scheme in ordered(api, op.security))
    errors = error_models(api, op)
    own = op.servers[0].url if op.servers and op.servers != api.servers else ""
    return Method(
        operation=op,
        resource_id=resource.id,
        name=op.name,
        http_method=op.http_method.upper(),
        path=op.path,
        segments=segments(op.path, op.path_params),
        path_params=url_order(op.path, op.path_params),
        query_params=op.query_params,
        header_params=op.header_params,
        body_params=op.body_params,
        body=body_kind(op),
        body_media_type=op.body_media_type,
        body_required=op.body_required,
        repeated=repeated(op),
        returns=returns(op),
        response=op.response,
        stream_event=op.stream_event,
        streams_on_request=streams_on_request(op),
        paging=op.paging,
        page_item=op.page_item,
        auth=ordered(api, op.security),
        security=None if security == default_security else security,
        error_models=None if errors == default_errors else errors,
        servers=op.servers or api.servers,
        own_server=own.rstrip("/") if "://" in own else "",
        expandable=_expandable(api, op),
        idempotent=op.idempotent,
        summary=op.summary,
        description=op.description,
        deprecated=op.deprecated,
    )


def url_order(path: str, params: tuple[Field, ...]) -> tuple[Field, ...]:
    """Path parameters in the order their `{name}` appears in `path`; any not in it keep theirs, last."""
    order = {name: index for index, name in enumerate(_PATH_PARAM.findall(path))}
    return tuple(sorted(params, key=lambda param: order.get(param.name, len(order))))


def segments(path: str, params: tuple[Field, ...]) -> tuple[Segment, ...]:
    """`path` as literal text and path params, in order (`/v1/customers/` + `{customer}`)."""
    by_name = {param.name: param for param in params}
    found: list[Segment] = []
    position = 0
    for match in _PATH_PARAM.finditer(path):
        if match.start() > position:
            found.append(Segment(path[position : match.start()]))
        param = by_name.get(match.group(1))
        found.append(Segment(match.group(0), param))
        position = match.end()
    if position < len(path) or not found:
        found.append(Segment(path[position:]))
    return tuple(found)


def returns(op: Operation) -> Returns:
    """What `op` gives back, from its pages, media type and response type."""
    if op.pagination is Pagination.LIST:
        return Returns.LIST_PAGE
    if op.pagination is Pagination.SEARCH:
        return Returns.SEARCH_PAGE
    if op.paging is not None and op.page_item is not None:
        return Returns.AUTO_PAGE
    media = (op.response_media_type or "").split(";")[0].strip().lower()
    if media.startswith(_STREAM_MEDIA):
        return Returns.STREAM
    if op.response is None:
        if media and (media.startswith(_BINARY_MEDIA) or not _is_json(media)):
            return Returns.BYTES
        return Returns.NOTHING
    if op.response.format == "binary":
        return Returns.BYTES
    if op.response.kind is TypeKind.OBJECT:
        return Returns.OBJECT
    return Returns.VALUE


def body_kind(op: Operation) -> BodyKind | None:
    """How `op`'s body params are sent: Stripe's form, the params as a JSON object, the `body` param
    alone as JSON (a request body that is an array, a string...), multipart, or the `body` param's
    bytes or text; None when it takes no body."""
    if op.body_encoding is None:
        return None
    if op.body_encoding is BodyEncoding.JSON:
        only = op.body_params[0] if len(op.body_params) == 1 else None
        if only is not None and only.name == "body" and only.type.kind is not TypeKind.OBJECT:
            return BodyKind.JSON_VALUE
        return BodyKind.JSON
    return BodyKind(op.body_encoding.value)


def repeated(op: Operation) -> tuple[str, ...]:
    """Wire names of `op`'s array params sent as `key=a&key=b` (OpenAPI's default `style: form`,
    `explode: true`, for query params and form bodies) rather than `key[0]=a` (`deepObject`)."""
    form_body = op.body_encoding is BodyEncoding.FORM
    candidates = op.query_params + (op.body_params if form_body else ())
    return tuple(
        param.name
        for param in candidates
        if param.type.kind is TypeKind.ARRAY and param.style in (None, "form") and param.explode is not False
    )


def streams_on_request(op: Operation) -> bool:
    """`op` answers JSON, or events when asked (a `stream` body param): it gets a `_stream` twin."""
    return (
        op.stream_event is not None
        and op.response is not None
        and any(param.name == STREAM_PARAM for param in op.body_params)
    )


def error_models(api: Api, op: Operation) -> ErrorModels:
    """The statuses of `op` whose error body is a model (an object schema of its own)."""
    table = []
    for error in op.errors:
        found = error.type
        if found is None or found.kind is not TypeKind.OBJECT or found.ref is None:
            continue
        schema = api.schemas.get(found.ref)
        if schema is not None and schema.origin is not SchemaOrigin.PARAMS and schema.alias is None:
            table.append((error.status, found.ref))
    return tuple(table)


def _is_json(media: str) -> bool:
    return media == "application/json" or media.endswith("+json")


def _expandable(api: Api, op: Operation) -> tuple[str, ...]:
    """Fields of the returned object (or of a page's items) that can be expanded."""
    shown = op.page_item if op.page_item is not None else op.response
    if shown is None or shown.kind is not TypeKind.OBJECT or shown.ref not in api.schemas:
        return ()
    return tuple(f.name for f in api.schemas[str(shown.ref)].fields if f.expandable)
