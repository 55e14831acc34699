"""The SDK surface's data: what a client offers, decided once for every target.

Frozen dataclasses only; `build` (in `__init__`) makes them from the IR. Names are still the
spec's (language-free): each target maps them to identifiers with its own naming policy.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from ..ir.model import (
    JSON,
    Api,
    AuthScheme,
    Field,
    Operation,
    Paging,
    Resource,
    Server,
    TypeRef,
)
from .auth import ClientScheme, Credential

#: (status, schema id) of the error bodies a method parses into models, in the spec's order.
ErrorModels = tuple[tuple[str, str], ...]


class Returns(enum.StrEnum):
    """What a method gives its caller."""

    OBJECT = "object"  # one object (a model)
    LIST_PAGE = "list_page"  # a page of Stripe's `{object: list}`, with auto-paging (`Method.page_item`)
    SEARCH_PAGE = "search_page"  # a page of Stripe's search results, with auto-paging
    AUTO_PAGE = "auto_page"  # pages of another API's style (`Method.paging`): the items, auto-paging
    VALUE = "value"  # a JSON value that is not an object: an array, a string, a number...
    BYTES = "bytes"  # a binary body (a file download)
    STREAM = "stream"  # server-sent events
    NOTHING = "nothing"  # no content

    @property
    def pages(self) -> bool:
        """A list the caller can iterate across pages."""
        return self in (Returns.LIST_PAGE, Returns.SEARCH_PAGE, Returns.AUTO_PAGE)


class BodyKind(enum.StrEnum):
    """How the params left for the request body are sent."""

    FORM = "form"  # Stripe's form encoding (nested brackets), or a plain urlencoded form
    JSON = "json"  # the params as one JSON object
    JSON_VALUE = "json_value"  # the single `body` param alone as JSON (an array, a string...)
    MULTIPART = "multipart"  # multipart/form-data (files and fields)
    BINARY = "binary"  # the `body` param's bytes, as `Method.body_media_type`
    TEXT = "text"  # the `body` param's text, as `Method.body_media_type`


#: The media type a runtime sends for each body kind unless the method names another.
DEFAULT_MEDIA = {
    BodyKind.FORM: "application/x-www-form-urlencoded",
    BodyKind.JSON: "application/json",
    BodyKind.JSON_VALUE: "application/json",
    BodyKind.MULTIPART: "multipart/form-data",
    BodyKind.BINARY: "application/octet-stream",
    BodyKind.TEXT: "text/plain",
}


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of a path template: literal `text`, or (`param` set) a path parameter's value."""

    text: str  # the literal, or the `{name}` placeholder of `param`
    param: Field | None = None


@dataclass(frozen=True, slots=True)
class Example:
    """A call to show in the docs, language-free: path values in URL order, then named params."""

    path_values: tuple[tuple[Field, JSON], ...]  # in URL order
    params: tuple[tuple[Field, JSON], ...]  # in the method's param order
    result: str = ""  # what the sample calls the result (`customer_session`, `page`); "": nothing comes back


@dataclass(frozen=True, slots=True)
class Method:
    """One operation, as a method of its service."""

    operation: Operation  # the IR's operation: naming plans key their names by it
    resource_id: str
    name: str  # the language-free name (`create`, `close`); targets map it through their naming policy
    http_method: str  # upper case: GET, POST...
    path: str  # the template: `/v1/customers/{customer}`
    segments: tuple[Segment, ...]  # `path` cut at its params (a `{name}` no param declares stays text)
    path_params: tuple[Field, ...]  # in the order they appear in `path`
    query_params: tuple[Field, ...]
    header_params: tuple[Field, ...]
    body_params: tuple[Field, ...]
    body: BodyKind | None  # how the body params are sent; None: the operation takes no body
    body_media_type: str  # the request body's media type as the spec names it (`image/png`), "" without a body
    body_required: bool
    repeated: tuple[str, ...]  # wire names of array params sent `key=a&key=b` (form style), not `key[0]=a`
    returns: Returns
    response: TypeRef | None
    stream_event: TypeRef | None  # each event of a `text/event-stream` answer (STREAM, or beside a JSON one)
    streams_on_request: bool  # answers JSON, or events when sent `stream: true`: a `_stream` twin
    paging: Paging | None  # AUTO_PAGE: how the next page is reached (style, items field, cursor...)
    page_item: TypeRef | None  # LIST_PAGE, SEARCH_PAGE, AUTO_PAGE: the items' type
    auth: tuple[AuthScheme, ...]  # the schemes it accepts that a client can use, in the order a client tries them
    security: tuple[str, ...] | None  # names of `auth`; None: the client's default (`Sdk.default_security`)
    error_models: ErrorModels | None  # its error bodies' models; None: the client's (`Sdk.default_error_models`)
    servers: tuple[Server, ...]  # where it is served: its own servers, else the API's
    own_server: str  # the URL of its own server (no trailing `/`) when it has one, else ""
    expandable: tuple[str, ...]  # fields of the returned object that `expand` turns into objects
    idempotent: bool  # False: a retry needs an idempotency key
    summary: str
    description: str
    deprecated: bool

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

    @property
    def doc(self) -> str:
        """The method's description, its summary, or "" (the spec's words, still Markdown/HTML)."""
        return self.description or self.summary


@dataclass(frozen=True, slots=True)
class ServiceNode:
    """A service: a resource's methods and the services below it (`customers` -> `customers.payment_methods`).

    Every prefix of a resource's names is a service, also one with no operations of its own
    (`/v1/test_helpers/...` gives `test_helpers`, which only holds services)."""

    id: str  # dotted `names`
    names: tuple[str, ...]
    methods: tuple[Method, ...]  # () for a service that only holds others
    children: tuple[str, ...]  # ids of the services directly below, sorted
    description: str = ""
    schema: str | None = None  # the object schema its operations return, when one does
    resource: Resource | None = None  # the IR's resource, None for a service with no operations


@dataclass(frozen=True, slots=True)
class Sdk:
    """The whole surface. `api` stays reachable for schemas and enums (models are the IR's own)."""

    api: Api
    services: Mapping[str, ServiceNode]  # every service by id, sorted by id
    roots: tuple[str, ...]  # ids of the services a client reaches directly, sorted
    credentials: tuple[Credential, ...]  # what a client's constructor takes (`auth.plan`)
    schemes: tuple[ClientScheme, ...]  # the security schemes a client applies, in the spec's order
    default_security: tuple[str, ...]  # the schemes most methods accept: the client's default
    default_error_models: ErrorModels  # the error models most methods share: the client's default
    stripe: bool  # Stripe's own API: clients offer its conventions (Stripe-Version...), others never
    _by_id: Mapping[str, Method] = field(repr=False, compare=False)

    def methods(self) -> Iterator[Method]:
        for node in self.services.values():
            yield from node.methods

    def method(self, operation_id: str) -> Method:
        return self._by_id[operation_id]

    def node(self, service_id: str) -> ServiceNode:
        return self.services[service_id]

    def method_of(self, operation: Operation) -> Method:
        """The method of an IR operation (by its operationId)."""
        return self._by_id[operation.id]

    def children(self, service_id: str) -> tuple[ServiceNode, ...]:
        return tuple(self.services[child] for child in self.services[service_id].children)
