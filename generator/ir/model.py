"""The intermediate model (IR): what an API is, independent of any target language.

Frozen dataclasses built in one pass by `convert.py` and never mutated afterwards.
Names here are the spec's own (wire) names; targets turn them into identifiers with
`naming.py`. No Python type strings or import lines live here.

Schemas and enums are referenced by id (`TypeRef.ref`) rather than nested, so
recursive specs (Stripe's has cycles) need no special handling.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

#: JSON value as found in the spec (defaults, examples, enum values).
JSON = Any


class TypeKind(enum.StrEnum):
    STRING = "string"
    INTEGER = "integer"
    NUMBER = "number"
    BOOLEAN = "boolean"
    OBJECT = "object"  # a named Schema (`TypeRef.ref`)
    ARRAY = "array"  # `TypeRef.items`
    MAP = "map"  # string keys to `TypeRef.items`
    ENUM = "enum"  # a named Enum (`TypeRef.ref`)
    UNION = "union"  # anyOf/oneOf over `TypeRef.variants`
    EXPANDABLE = "expandable"  # an id (`TypeRef.items`, a string), or one of `TypeRef.variants` when expanded
    ANY = "any"  # any JSON value


PRIMITIVE_KINDS = frozenset({TypeKind.STRING, TypeKind.INTEGER, TypeKind.NUMBER, TypeKind.BOOLEAN})


@dataclass(frozen=True, slots=True)
class Constraints:
    """Validation facts from the spec; `None` means unconstrained."""

    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    minimum: float | int | None = None
    maximum: float | int | None = None
    exclusive_minimum: bool = False
    exclusive_maximum: bool = False
    multiple_of: float | int | None = None
    min_items: int | None = None
    max_items: int | None = None
    unique_items: bool = False
    min_properties: int | None = None
    max_properties: int | None = None

    def is_empty(self) -> bool:
        return self == _NO_CONSTRAINTS


_NO_CONSTRAINTS = Constraints()


@dataclass(frozen=True, slots=True)
class Discriminator:
    """How to pick a union variant: the value of `property` names the schema."""

    property: str
    mapping: tuple[tuple[str, str], ...]  # (property value, schema id)
    declared: bool = False  # written in the spec (it alone then decides the variant), not inferred


@dataclass(frozen=True, slots=True)
class TypeRef:
    """A type use. Only the attributes relevant to `kind` are set."""

    kind: TypeKind
    nullable: bool = False
    format: str | None = None  # e.g. unix-time, date-time, binary, decimal, email
    ref: str | None = None  # OBJECT: schema id; ENUM: enum id
    items: TypeRef | None = None  # ARRAY: item type; MAP: value type; EXPANDABLE: the id type
    variants: tuple[TypeRef, ...] = ()  # UNION: alternatives; EXPANDABLE: expanded forms
    discriminator: Discriminator | None = None  # UNION only
    exclusive: bool = False  # UNION: `oneOf`, exactly one variant may match (`anyOf`: at least one)
    constraints: Constraints = _NO_CONSTRAINTS
    default: JSON = None
    has_default: bool = False

    def walk(self) -> Iterator[TypeRef]:
        """This type and every type nested in it (not following schema refs)."""
        yield self
        if self.items is not None:
            yield from self.items.walk()
        for variant in self.variants:
            yield from variant.walk()


@dataclass(frozen=True, slots=True)
class EnumValue:
    value: JSON
    description: str = ""


@dataclass(frozen=True, slots=True)
class Enum:
    """A set of allowed values. `open` enums accept unknown values (responses)."""

    id: str
    path: tuple[str, ...]  # naming path, e.g. ("customer", "tax_exempt")
    base: TypeKind  # STRING, INTEGER, NUMBER or BOOLEAN
    values: tuple[EnumValue, ...]
    open: bool
    description: str = ""


@dataclass(frozen=True, slots=True)
class Field:
    """A property of an object schema, or a request parameter (`location` set)."""

    name: str  # the wire name
    type: TypeRef
    required: bool = False
    description: str = ""
    deprecated: bool = False
    read_only: bool = False
    write_only: bool = False
    example: JSON = None
    location: str = ""  # "", or path/query/header/cookie/body for params
    style: str | None = None
    explode: bool | None = None

    @property
    def expandable(self) -> bool:
        return self.type.kind is TypeKind.EXPANDABLE


class SchemaOrigin(enum.StrEnum):
    COMPONENT = "component"  # components/schemas/<name>
    INLINE = "inline"  # a nested object inside another schema or a response
    PARAMS = "params"  # a nested object inside an operation's request params


@dataclass(frozen=True, slots=True)
class Schema:
    """A named object shape, or (`alias` set) a named non-object component.

    `path` is the naming path: ("customer",) for a component, ("customer",
    "invoice_settings") for an object nested in it, ("customers", "create",
    "params", "address") for a nested request param object.
    """

    id: str
    path: tuple[str, ...]
    origin: SchemaOrigin
    fields: tuple[Field, ...] = ()
    alias: TypeRef | None = None  # non-object component: enum, union, primitive...
    additional: TypeRef | None = None  # type of extra properties when `open`
    open: bool = True  # unknown properties allowed (additionalProperties not false)
    description: str = ""
    title: str = ""
    resource_id: str | None = None  # x-resourceId
    object_name: str | None = None  # the constant value of the `object` field
    deleted: bool = False  # a deleted-object shape: {id, object, deleted: true}
    deprecated: bool = False
    example: JSON = None
    has_example: bool = False
    source: str = ""  # file#/json/pointer it was read from

    def field(self, name: str) -> Field | None:
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        return None

    @property
    def request_fields(self) -> tuple[Field, ...]:
        """The fields a request may send: `fields` without the `readOnly` ones."""
        return tuple(f for f in self.fields if not f.read_only)

    @property
    def response_fields(self) -> tuple[Field, ...]:
        """The fields a response may hold: `fields` without the `writeOnly` ones."""
        return tuple(f for f in self.fields if not f.write_only)

    @property
    def example_id(self) -> str | None:
        """The `id` of the spec's example of this object, if it has one (a string)."""
        if self.has_example and isinstance(self.example, dict):
            found = self.example.get("id")
            return found if isinstance(found, str) else None
        return None


class Pagination(enum.StrEnum):
    LIST = "list"  # {object: list, data, has_more, url}: cursor via starting_after
    SEARCH = "search"  # {object: search_result, data, has_more, next_page}: page token


class PageStyle(enum.StrEnum):
    """How the pages of a list other than Stripe's are reached (`Paging`)."""

    CURSOR = "cursor"  # a cursor or token field in the body, sent back as a query param
    OFFSET = "offset"  # offset (and limit) query params
    PAGE = "page"  # a page-number query param
    NEXT_URL = "next_url"  # the next page's URL in the body (absolute, or relative to the server)
    LINK = "link"  # an RFC 8288 `Link: <...>; rel="next"` response header


@dataclass(frozen=True, slots=True)
class Paging:
    """A list answered in pages that are not Stripe's `{object: list}` (`Operation.paging`)."""

    style: PageStyle
    items: str  # the body's field holding the page's items ("": the body is the array)
    next: str = ""  # CURSOR, NEXT_URL: the dotted path of the field holding the cursor or URL
    param: str = ""  # CURSOR, OFFSET, PAGE: the query param that asks for a page
    size_param: str = ""  # OFFSET, PAGE: the query param giving the page's size, if any


class BodyEncoding(enum.StrEnum):
    FORM = "form"  # application/x-www-form-urlencoded with bracket nesting
    JSON = "json"
    MULTIPART = "multipart"  # multipart/form-data: files as file parts, other params as form fields
    BINARY = "binary"  # the `body` param's bytes, sent as they are (application/octet-stream, image/png...)
    TEXT = "text"  # the `body` param, a string (text/plain, text/csv...)


@dataclass(frozen=True, slots=True)
class ErrorResponse:
    status: str  # "default", "400", "4XX"...
    type: TypeRef | None
    description: str = ""


@dataclass(frozen=True, slots=True)
class Operation:
    id: str  # operationId (or one derived from method + path)
    name: str  # method name: create, retrieve, update, delete, list, search, confirm...
    resource: str  # Resource.id
    http_method: str  # lower case
    path: str
    summary: str = ""
    description: str = ""
    deprecated: bool = False
    path_params: tuple[Field, ...] = ()
    query_params: tuple[Field, ...] = ()
    header_params: tuple[Field, ...] = ()
    body_params: tuple[Field, ...] = ()
    body_encoding: BodyEncoding | None = None
    body_media_type: str = ""  # the request body's media type (`image/png`), "" without a body
    body_required: bool = False
    response: TypeRef | None = None
    response_status: str = "200"
    response_media_type: str | None = "application/json"
    stream_event: TypeRef | None = None  # the events of a `text/event-stream` answer, when it offers one
    #: The success body's examples, as the spec gives them: the media type's `example`, each of its
    #: `examples`' `value`, then the response schema's own `example` unless it is an object schema's
    #: (that one is `Schema.example`). What a mock answers with.
    response_examples: tuple[JSON, ...] = ()
    errors: tuple[ErrorResponse, ...] = ()
    pagination: Pagination | None = None
    page_item: TypeRef | None = None  # item type of a paginated response (`pagination` or `paging`)
    paging: Paging | None = None  # pages of another style than Stripe's (then `pagination` is None)
    idempotent: bool = True  # False for POST: retries need an Idempotency-Key
    security: tuple[str, ...] = ()  # names of the auth schemes accepted
    servers: tuple[Server, ...] = ()  # the operation's (or its path's) own servers; () = the API's
    source: str = ""

    @property
    def params(self) -> tuple[Field, ...]:
        """Every non-path parameter, in order: query, header, body."""
        return self.query_params + self.header_params + self.body_params


@dataclass(frozen=True, slots=True)
class Resource:
    """A group of operations on one kind of thing (`customers`, `customers.payment_methods`)."""

    id: str  # dotted path of `names`
    names: tuple[str, ...]  # ("customers", "payment_methods")
    operations: tuple[Operation, ...]
    schema: str | None = None  # id of the object schema this resource returns
    description: str = ""


@dataclass(frozen=True, slots=True)
class Server:
    url: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class AuthScheme:
    name: str
    kind: str  # http, apiKey, oauth2, openIdConnect, mutualTLS
    scheme: str = ""  # http: bearer, basic
    location: str = ""  # apiKey: header, query, cookie
    param_name: str = ""  # apiKey: header/query/cookie name
    description: str = ""
    token_url: str = ""  # oauth2: the client-credentials flow's tokenUrl ("" when it has none)


@dataclass(frozen=True, slots=True)
class Api:
    title: str
    version: str
    openapi: str
    description: str = ""
    source: str = ""  # the spec file name, as given
    servers: tuple[Server, ...] = ()
    auth: tuple[AuthScheme, ...] = ()
    resources: tuple[Resource, ...] = ()
    schemas: Mapping[str, Schema] = field(default_factory=dict)
    enums: Mapping[str, Enum] = field(default_factory=dict)

    @property
    def operations(self) -> Iterator[Operation]:
        for resource in self.resources:
            yield from resource.operations

    def schema(self, schema_id: str) -> Schema:
        return self.schemas[schema_id]

    def enum(self, enum_id: str) -> Enum:
        return self.enums[enum_id]

    def component_schemas(self) -> list[Schema]:
        return [s for s in self.schemas.values() if s.origin is SchemaOrigin.COMPONENT]
