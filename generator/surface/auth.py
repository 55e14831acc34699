"""Which credentials a client asks for, from the spec's `securitySchemes` and `security`.

Language-free: every client target's constructor takes these, under its own casing.

- HTTP bearer and API keys (in a header, the query or a cookie) take `api_key`; OAuth2 and
  OpenID Connect take `api_key` too (a token the caller already has), and an OAuth2 scheme
  with a client-credentials flow also takes `client_id` and `client_secret` (the client
  fetches the token itself);
- HTTP basic takes `username` and `password`.

A scheme is asked for only when some operation needs it: where every operation that accepts
HTTP basic also accepts a scheme `api_key` serves (Stripe: basic or bearer), `username` and
`password` are not asked for. A credential is `required` when every secured operation needs
it (the only way in); otherwise it is optional and a call that needs a missing one fails
before anything is sent, naming what to pass.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from ..ir.model import Api, AuthScheme

API_KEY = "api_key"
USERNAME = "username"
PASSWORD = "password"
CLIENT_ID = "client_id"
CLIENT_SECRET = "client_secret"


@dataclass(frozen=True, slots=True)
class Credential:
    """One constructor argument: a secret (or user name) the client sends as `schemes` ask."""

    name: str  # api_key, username, password, client_id, client_secret
    required: bool
    schemes: tuple[str, ...]  # names of the schemes it serves
    secret: bool  # never logged or shown (everything but a user name)
    description: str


def credentials_of(scheme: AuthScheme) -> tuple[str, ...]:
    """The credentials that satisfy `scheme` (any one group is enough: see `groups_of`)."""
    return tuple(name for group in groups_of(scheme) for name in group)


def groups_of(scheme: AuthScheme) -> tuple[tuple[str, ...], ...]:
    """Alternative sets of credentials, each enough on its own to use `scheme`."""
    if scheme.kind == "http" and scheme.scheme == "basic":
        return ((USERNAME, PASSWORD),)
    if scheme.kind == "oauth2" and scheme.token_url:
        return ((API_KEY,), (CLIENT_ID, CLIENT_SECRET))
    if (scheme.kind == "http" and scheme.scheme == "bearer") or scheme.kind in ("apiKey", "oauth2", "openIdConnect"):
        return ((API_KEY,),)
    return ()  # mutualTLS (the caller's own HTTP client carries the certificate), HTTP digest...


def ordered(api: Api, security: tuple[str, ...]) -> tuple[AuthScheme, ...]:
    """The declared schemes of `security` a client can use, in the order a client tries them."""
    schemes = {scheme.name: scheme for scheme in api.auth}
    usable = (schemes[name] for name in security if name in schemes and groups_of(schemes[name]))
    return tuple(sorted(usable, key=_preference))


class Applied(enum.StrEnum):
    """How a client applies a scheme: every target's runtime knows these four."""

    BASIC = "basic"  # HTTP basic: `username` and `password`
    BEARER = "bearer"  # `Authorization: Bearer <api_key>`
    API_KEY = "api_key"  # the key in a header, the query or a cookie (`ClientScheme.location`)
    OAUTH2 = "oauth2"  # a bearer token; with `token_url`, fetched by client credentials when no key is given


@dataclass(frozen=True, slots=True)
class ClientScheme:
    """A security scheme as a client applies it."""

    name: str  # the scheme's name in `securitySchemes`
    kind: Applied
    location: str = ""  # API_KEY: header, query or cookie
    param_name: str = ""  # API_KEY: the header, query param or cookie name
    token_url: str = ""  # OAUTH2: the client-credentials token URL, "" without one


def applied(scheme: AuthScheme) -> ClientScheme | None:
    """`scheme` as a client applies it; None for one it cannot apply itself (mutual TLS, digest,
    an API key with no name or an unknown location)."""
    http = scheme.scheme.lower() if scheme.kind == "http" else ""
    if http == "basic":
        return ClientScheme(scheme.name, Applied.BASIC)
    if http == "bearer":
        return ClientScheme(scheme.name, Applied.BEARER)
    if scheme.kind == "apiKey" and scheme.location in ("header", "query", "cookie") and scheme.param_name:
        return ClientScheme(scheme.name, Applied.API_KEY, scheme.location, scheme.param_name)
    if scheme.kind in ("oauth2", "openIdConnect"):
        return ClientScheme(scheme.name, Applied.OAUTH2, token_url=scheme.token_url or "")
    return None


def client_schemes(api: Api) -> tuple[ClientScheme, ...]:
    """Every scheme of `api` a client can apply, in the spec's order."""
    return tuple(found for found in map(applied, api.auth) if found is not None)


def plan(api: Api, securities: Iterable[tuple[str, ...]]) -> tuple[Credential, ...]:
    """The credentials a client of `api` takes, given each operation's accepted schemes."""
    schemes = {scheme.name: scheme for scheme in api.auth}
    needed: list[tuple[AuthScheme, ...]] = []
    for security in securities:
        accepted = tuple(schemes[name] for name in security if name in schemes and groups_of(schemes[name]))
        if accepted:
            needed.append(accepted)
    # The simplest alternative of each operation: a scheme served by `api_key` when there is one.
    chosen = [min(accepted, key=_preference) for accepted in needed]
    found: dict[str, list[str]] = {}
    for scheme in chosen:
        for name in credentials_of(scheme):
            served = found.setdefault(name, [])
            if scheme.name not in served:
                served.append(scheme.name)
    # Schemes an operation accepts beside its chosen one, when they take credentials already asked for.
    for accepted in needed:
        for scheme in accepted:
            for name in credentials_of(scheme):
                if name in found and scheme.name not in found[name]:
                    found[name].append(scheme.name)
    result = []
    for name in _ORDER:
        if name not in found:
            continue
        required = bool(chosen) and all(all(name in group for group in groups_of(s)) for s in chosen)
        result.append(
            Credential(
                name=name,
                required=required,
                schemes=tuple(sorted(found[name])),
                secret=name != USERNAME,
                description=_DESCRIPTIONS[name],
            )
        )
    return tuple(result)


_ORDER = (API_KEY, USERNAME, PASSWORD, CLIENT_ID, CLIENT_SECRET)
_DESCRIPTIONS = {
    API_KEY: "Your secret API key or access token",
    USERNAME: "The user name for HTTP basic authentication",
    PASSWORD: "The password for HTTP basic authentication",
    CLIENT_ID: "The OAuth2 client id (the client fetches and refreshes its access token)",
    CLIENT_SECRET: "The OAuth2 client secret",
}


def _preference(scheme: AuthScheme) -> tuple[int, str]:
    """Bearer first, then API keys in a header, the query, a cookie, then OAuth2, then basic."""
    if scheme.kind == "http" and scheme.scheme == "bearer":
        rank = 0
    elif scheme.kind == "apiKey":
        rank = {"header": 1, "query": 2}.get(scheme.location, 3)
    elif scheme.kind in ("oauth2", "openIdConnect"):
        rank = 4
    elif scheme.kind == "http" and scheme.scheme == "basic":
        rank = 6
    else:
        rank = 5
    return (rank, scheme.name)
