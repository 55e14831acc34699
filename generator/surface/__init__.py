"""The SDK surface: what every client target and the docs present, computed once from the IR.

The IR (`model.py`) says what the API *is*; the surface says what an SDK of it *offers*: the
tree of resources a client reaches from its root, and each method with everything a target
needs to render or document a call, in a form no target has to re-derive:

- the HTTP method and path template, and the path parameters **in the order they appear in
  the URL** (a spec may list them in another order: Stripe's
  `/v1/transfers/{id}/reversals/{transfer}` lists `transfer` first, the URL has `id` first);
- query, header and body parameters, the body's encoding, and whether a body is required;
- what comes back (`Returns`): one object, a page of a list or of search results (with the
  item type), raw bytes, a stream of events, a JSON value, or nothing;
- the auth schemes that the operation accepts, the servers (its own, or the API's), and the
  fields of the returned object that `expand` can turn into objects.

`Sdk.credentials` (`auth.py`) says which credentials a client's constructor takes.

Names here are still the spec's (language-free): each target maps them to identifiers with
its own naming policy (`targets.Naming`), and the docs ask that policy, so docs and client
agree on every name. Frozen, like the IR: built by `build`, never changed afterwards.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from ..ir.model import (
    Api,
    AuthScheme,
    BodyEncoding,
    Field,
    Operation,
    Pagination,
    Resource,
    Server,
    TypeKind,
    TypeRef,
)
from .auth import Credential, ordered, plan

_PATH_PARAM = re.compile(r"\{([^{}]+)\}")
_STREAM_MEDIA = ("text/event-stream",)
_BINARY_MEDIA = ("application/octet-stream", "application/pdf", "image/", "audio/", "video/", "application/zip")


class Returns(enum.StrEnum):
    """What a method gives its caller."""

    OBJECT = "object"  # one object (a model)
    LIST_PAGE = "list_page"  # a page of a list, with auto-paging (`Method.pagination`, `Method.page_item`)
    SEARCH_PAGE = "search_page"  # a page of search results, with auto-paging
    VALUE = "value"  # a JSON value that is not an object: an array, a string, a number...
    BYTES = "bytes"  # a binary body (a file download)
    STREAM = "stream"  # server-sent events
    NOTHING = "nothing"  # no content


@dataclass(frozen=True, slots=True)
class Method:
    """One operation, as a method of its resource."""

    operation: Operation
    resource_id: str
    name: str  # the language-free name (`create`, `close`); targets map it through their naming policy
    http_method: str  # upper case: GET, POST...
    path: str  # the template: `/v1/customers/{customer}`
    path_params: tuple[Field, ...]  # in the order they appear in `path`
    query_params: tuple[Field, ...]
    header_params: tuple[Field, ...]
    body_params: tuple[Field, ...]
    body_encoding: BodyEncoding | None
    body_required: bool
    returns: Returns
    response: TypeRef | None
    stream_event: TypeRef | None  # each event of a `text/event-stream` answer (STREAM, or beside a JSON one)
    pagination: Pagination | None
    page_item: TypeRef | None
    auth: tuple[AuthScheme, ...]  # the schemes it accepts that a client can use, in the order a client tries them
    servers: tuple[Server, ...]  # where it is served: its own servers, else the API's
    own_server: bool  # True: `servers` are the operation's (or its path's), not the API's
    expandable: tuple[str, ...]  # fields of the returned object that `expand` turns into objects
    idempotent: bool  # False: a retry needs an idempotency key

    @property
    def id(self) -> str:
        return self.operation.id

    @property
    def params(self) -> tuple[Field, ...]:
        """Every parameter but the path's: query, header, body."""
        return self.query_params + self.header_params + self.body_params

    @property
    def required_params(self) -> tuple[Field, ...]:
        return tuple(param for param in self.params if param.required)


@dataclass(frozen=True, slots=True)
class ResourceNode:
    """A resource: its methods and the resources below it (`customers` -> `customers.payment_methods`)."""

    resource: Resource
    methods: tuple[Method, ...]
    children: tuple[str, ...]  # ids of the resources directly below, sorted

    @property
    def id(self) -> str:
        return self.resource.id

    @property
    def names(self) -> tuple[str, ...]:
        return self.resource.names


@dataclass(frozen=True, slots=True)
class Sdk:
    """The whole surface. `api` stays reachable for schemas and enums (models are the IR's own)."""

    api: Api
    resources: Mapping[str, ResourceNode]  # by id, in the IR's order
    roots: tuple[str, ...]  # ids of the resources a client reaches directly
    credentials: tuple[Credential, ...]  # what a client's constructor takes (`auth.plan`)

    def methods(self) -> Iterator[Method]:
        for node in self.resources.values():
            yield from node.methods

    def method(self, operation_id: str) -> Method:
        for found in self.methods():
            if found.id == operation_id:
                return found
        raise KeyError(operation_id)

    def node(self, resource_id: str) -> ResourceNode:
        return self.resources[resource_id]

    def method_of(self, operation: Operation) -> Method:
        """The method of an IR operation (by its resource and operationId)."""
        for found in self.resources[operation.resource].methods:
            if found.operation.id == operation.id:
                return found
        raise KeyError(operation.id)


def build(api: Api) -> Sdk:
    """The surface of `api`."""
    ids = [resource.id for resource in api.resources]
    known = set(ids)
    children: dict[str, list[str]] = {resource_id: [] for resource_id in ids}
    roots: list[str] = []
    for resource in api.resources:
        parent = _parent(resource.names, known)
        if parent is None:
            roots.append(resource.id)
        else:
            children[parent].append(resource.id)
    nodes = {
        resource.id: ResourceNode(
            resource,
            tuple(_method(api, resource, op) for op in resource.operations),
            tuple(sorted(children[resource.id])),
        )
        for resource in api.resources
    }
    securities = (method.operation.security for node in nodes.values() for method in node.methods)
    return Sdk(api, MappingProxyType(nodes), tuple(roots), plan(api, securities))


def _parent(names: tuple[str, ...], known: set[str]) -> str | None:
    """The nearest resource above (`a.b.c` -> `a.b`, else `a`), or None for a root."""
    for cut in range(len(names) - 1, 0, -1):
        candidate = ".".join(names[:cut])
        if candidate in known:
            return candidate
    return None


def url_order(path: str, params: tuple[Field, ...]) -> tuple[Field, ...]:
    """Path parameters in the order their `{name}` appears in `path`; any not in it keep theirs, last."""
    order = {name: index for index, name in enumerate(_PATH_PARAM.findall(path))}
    return tuple(sorted(params, key=lambda param: order.get(param.name, len(order))))


def returns(op: Operation) -> Returns:
    """What `op` gives back, from its pagination, media type and response type."""
    if op.pagination is Pagination.LIST:
        return Returns.LIST_PAGE
    if op.pagination is Pagination.SEARCH:
        return Returns.SEARCH_PAGE
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


def _is_json(media: str) -> bool:
    return media == "application/json" or media.endswith("+json")


def _method(api: Api, resource: Resource, op: Operation) -> Method:
    return Method(
        operation=op,
        resource_id=resource.id,
        name=op.name,
        http_method=op.http_method.upper(),
        path=op.path,
        path_params=url_order(op.path, op.path_params),
        query_params=op.query_params,
        header_params=op.header_params,
        body_params=op.body_params,
        body_encoding=op.body_encoding,
        body_required=op.body_required,
        returns=returns(op),
        response=op.response,
        stream_event=op.stream_event,
        pagination=op.pagination,
        page_item=op.page_item,
        auth=ordered(api, op.security),
        servers=op.servers or api.servers,
        own_server=bool(op.servers) and op.servers != api.servers,
        expandable=_expandable(api, op),
        idempotent=op.idempotent,
    )


def _expandable(api: Api, op: Operation) -> tuple[str, ...]:
    """Fields of the returned object (or of a page's items) that can be expanded."""
    shown = op.page_item if op.page_item is not None else op.response
    if shown is None or shown.kind is not TypeKind.OBJECT or shown.ref not in api.schemas:
        return ()
    return tuple(f.name for f in api.schemas[str(shown.ref)].fields if f.expandable)
