"""The SDK surface: what every client target and the docs present, computed once from the IR.

The IR (`generator.ir`) says what the API *is*; the surface says what an SDK of it *offers*,
in a form no target has to re-derive (`model.py`):

- the service tree (`Sdk.services`): every resource and every prefix of its names (a service
  that only holds others included), each with its methods and the services below it;
- each method (`Method`): the HTTP method, the path as text and params (`segments`) and the
  path params **in URL order**; query, header and body params, which array params repeat
  their key (`repeated`), how the body is sent (`BodyKind`: form, JSON object, JSON value,
  multipart, bytes, text) and its media type; what comes back (`Returns`: one object, a page of
  Stripe's lists or search results, another API's auto-paging pages with their `paging` spec,
  a value, bytes, an event stream, nothing) and the item type of pages; whether a `_stream`
  twin asks for events; the auth schemes it accepts and its `security` (None: the client's
  default, `Sdk.default_security`); its error models (None: `Sdk.default_error_models`); its
  own server; idempotency; expandable fields;
- the credentials a client's constructor takes (`auth.plan`), and each scheme's kind
  (`auth.applied`), so no target classifies a security scheme itself;
- the example call the docs and samples show (`examples.example_call`).

The IR's types that targets need are re-exported here (`Api`, `Schema`, `Field`, `TypeRef`...),
with the language-free naming helpers in `surface.naming`: a target imports nothing from
`generator.ir`. Names are still the spec's: each target maps them to identifiers with its own
naming policy, and the docs ask that policy, so docs and client agree on every name. Frozen,
like the IR: built by `build`, never changed afterwards.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from types import MappingProxyType
from typing import TypeVar

from ..ir.model import (
    JSON,
    Api,
    AuthScheme,
    Constraints,
    Discriminator,
    Enum,
    ErrorResponse,
    Field,
    Operation,
    PageStyle,
    Paging,
    Resource,
    Schema,
    SchemaOrigin,
    Server,
    TypeKind,
    TypeRef,
)
from .auth import Applied, ClientScheme, Credential, client_schemes, ordered, plan
from .methods import error_models, method, url_order
from .model import DEFAULT_MEDIA, BodyKind, ErrorModels, Example, Method, Returns, Sdk, Segment, ServiceNode
from .tree import speaks_stripe, tree

__all__ = [
    "DEFAULT_MEDIA",
    "JSON",
    "Api",
    "Applied",
    "AuthScheme",
    "BodyKind",
    "ClientScheme",
    "Constraints",
    "Credential",
    "Discriminator",
    "Enum",
    "ErrorModels",
    "ErrorResponse",
    "Example",
    "Field",
    "Method",
    "Operation",
    "PageStyle",
    "Paging",
    "Resource",
    "Returns",
    "Schema",
    "SchemaOrigin",
    "Sdk",
    "Segment",
    "Server",
    "ServiceNode",
    "TypeKind",
    "TypeRef",
    "build",
    "url_order",
]

_T = TypeVar("_T", bound=Hashable)


def build(api: Api) -> Sdk:
    """The surface of `api`."""
    security = most_common(tuple(scheme.name for scheme in ordered(api, op.security)) for op in api.operations)
    errors = most_common(error_models(api, op) for op in api.operations)
    methods = {
        resource.id: tuple(method(api, resource, op, security or (), errors or ()) for op in resource.operations)
        for resource in api.resources
    }
    services, roots = tree(api, methods)
    by_id = {found.id: found for found in (m for ms in methods.values() for m in ms)}
    credentials = plan(api, (op.security for resource in api.resources for op in resource.operations))
    return Sdk(
        api=api,
        services=services,
        roots=roots,
        credentials=credentials,
        schemes=client_schemes(api),
        default_security=security or (),
        default_error_models=errors or (),
        stripe=speaks_stripe(api),
        _by_id=MappingProxyType(by_id),
    )


def most_common(values: Iterable[_T]) -> _T | None:
    """The value seen most often, the first seen on a tie; None for none."""
    counts = Counter(values)
    return max(counts, key=lambda value: counts[value]) if counts else None
