"""Authentication: the API's security schemes, and the credentials the client was given.

An :class:`Auth` knows every scheme the API declares (by the spec's name) and the credentials
of this client. Each call names the schemes its operation accepts (``security``; ``None``: the
API's usual ones, ``()``: none), and :meth:`Auth.apply` uses the first of them, in the order
given, whose credentials the client has:

* ``bearer``: ``Authorization: Bearer <api_key>`` (or the token ``token_provider`` returns);
* ``basic``: ``Authorization: Basic base64(username:password)``;
* ``api_key``: the key in the header, query parameter or cookie the scheme names;
* ``oauth2``: a bearer token: ``api_key`` or ``token_provider`` when given, else one fetched
  from the scheme's token URL with ``client_id`` and ``client_secret`` (the client-credentials
  grant), kept until it expires, fetched anew once when the API answers 401.

Credentials are held in :class:`Secret` (its ``repr`` is ``'***'``) and listed by
:attr:`Auth.secrets`, so the requestor masks them in messages and logs.
"""

from __future__ import annotations

import base64
import copy
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["Auth", "MissingCredentialsError", "Scheme", "Secret", "Token"]

SchemeKind = Literal["bearer", "basic", "api_key", "oauth2"]
#: Seconds before a fetched token's expiry at which it is no longer used.
TOKEN_MARGIN = 30.0


class MissingCredentialsError(ValueError):
    """The call needs credentials this client was not given (raised before anything is sent)."""


class Secret:
    """Holds a credential; its ``repr`` never shows it."""

    __slots__ = ("value",)

    def __init__(self, value: str) -> None:
        self.value = value

    def __repr__(self) -> str:
        return "'***'"


@dataclass(frozen=True, slots=True)
class Scheme:
    """One security scheme of the API, as the client applies it."""

    kind: SchemeKind
    location: Literal["header", "query", "cookie"] = "header"  # api_key only
    param: str = ""  # api_key: the header, query parameter or cookie name
    token_url: str = ""  # oauth2: where the client-credentials grant is sent ("" when none)


@dataclass(slots=True)
class Token:
    """An access token fetched for an OAuth2 scheme, and when it stops being usable."""

    value: str
    expires_at: float  # time.monotonic(); inf when the server gave no expiry


@dataclass(frozen=True, slots=True)
class Applied:
    """What one request carries for authentication."""

    headers: Mapping[str, str] = field(default_factory=dict)
    query: Sequence[tuple[str, str]] = ()
    cookies: Sequence[tuple[str, str]] = ()
    fetch: str = ""  # the name of an oauth2 scheme whose token must be fetched first
    refreshable: str = ""  # the oauth2 scheme whose fetched token a 401 renews


def check_credential(name: str, value: str) -> str:
    """`value`, refused (without echoing it) when it is empty or holds whitespace."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError(
            f"{name} must be a non-empty string: pass your credential (for example read from an environment variable)"
        )
    if not value.isascii() or not value.isprintable() or any(c.isspace() for c in value):
        raise ValueError(f"{name} contains whitespace or non-printable characters (check for a stray newline or quote)")
    return value


class Auth:
    """The API's schemes and this client's credentials.

    Args:
        schemes: Every scheme of the API, by the spec's name.
        default: The schemes an operation accepts when it does not say (the spec's global ``security``).
        api_key: Bearer token or API key.
        username, password: HTTP basic credentials.
        client_id, client_secret: OAuth2 client credentials.
        token_provider: Called for a bearer token before each request (your own OAuth2 flow,
            a token that rotates...); wins over ``api_key`` for bearer and OAuth2 schemes.
    """

    def __init__(
        self,
        schemes: Mapping[str, Scheme],
        default: Sequence[str] = (),
        *,
        api_key: str | None = None,
        username: str | None = None,
        password: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        token_provider: Callable[[], str] | None = None,
    ) -> None:
        self.schemes = dict(schemes)
        self.default = tuple(default)
        given = {
            "api_key": api_key,
            "username": username,
            "password": password,
            "client_id": client_id,
            "client_secret": client_secret,
        }
        self._given = {
            name: Secret(check_credential(name, value)) for name, value in given.items() if value is not None
        }
        self.token_provider = token_provider
        self._tokens: dict[str, Token] = {}
        self._lock = threading.Lock()

    @classmethod
    def bearer(cls, api_key: str) -> Auth:
        """`Authorization: Bearer <api_key>` on every call."""
        return cls({"bearer": Scheme("bearer")}, ("bearer",), api_key=api_key)

    def with_api_key(self, api_key: str) -> Auth:
        """These schemes with another ``api_key`` (a per-request key: it wins over a token provider)."""
        clone = copy.copy(self)
        clone._given = {**self._given, "api_key": Secret(check_credential("api_key", api_key))}
        clone.token_provider = None
        return clone

    @property
    def secrets(self) -> tuple[str, ...]:
        """Every credential value to mask (the user name too: it is often an account id)."""
        values = [secret.value for secret in self._given.values()]
        values.extend(token.value for token in self._tokens.values())
        return tuple(values)

    def has(self, name: str) -> bool:
        return name in self._given

    def _value(self, name: str) -> str:
        return self._given[name].value

    def apply(self, security: Sequence[str] | None) -> Applied:
        """The headers, query params and cookies of the first usable scheme of `security`."""
        accepted = self.default if security is None else tuple(security)
        usable = [name for name in accepted if name in self.schemes]
        if not usable:
            return Applied()
        for name in usable:
            applied = self._apply(name, self.schemes[name])
            if applied is not None:
                return applied
        raise MissingCredentialsError(
            "this call needs credentials the client was not given: "
            + "; or ".join(_needs(self.schemes[name]) for name in usable)
        )

    def _apply(self, name: str, scheme: Scheme) -> Applied | None:
        if scheme.kind == "basic":
            if not (self.has("username") and self.has("password")):
                return None
            pair = f"{self._value('username')}:{self._value('password')}".encode()
            return Applied(headers={"Authorization": "Basic " + base64.b64encode(pair).decode("ascii")})
        if scheme.kind == "api_key":
            if not self.has("api_key"):
                return None
            key = self._value("api_key")
            if scheme.location == "query":
                return Applied(query=((scheme.param, key),))
            if scheme.location == "cookie":
                return Applied(cookies=((scheme.param, key),))
            return Applied(headers={scheme.param: key})
        if self.token_provider is not None:
            return Applied(headers={"Authorization": f"Bearer {check_credential('token', self.token_provider())}"})
        if self.has("api_key"):
            return Applied(headers={"Authorization": f"Bearer {self._value('api_key')}"})
        if scheme.kind == "oauth2" and scheme.token_url and self.has("client_id") and self.has("client_secret"):
            with self._lock:
                token = self._tokens.get(name)
            if token is None or token.expires_at <= time.monotonic():
                return Applied(fetch=name, refreshable=name)
            return Applied(headers={"Authorization": f"Bearer {token.value}"}, refreshable=name)
        return None

    # -- OAuth2 client credentials ------------------------------------------------

    def token_request(self, name: str) -> tuple[str, dict[str, str], bytes]:
        """The URL, headers and body of the client-credentials grant for scheme `name`."""
        pair = f"{self._value('client_id')}:{self._value('client_secret')}".encode()
        headers = {
            "Authorization": "Basic " + base64.b64encode(pair).decode("ascii"),
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/json",
        }
        return self.schemes[name].token_url, headers, b"grant_type=client_credentials"

    def store_token(self, name: str, answer: Any) -> None:
        """Keep the token of a grant's JSON `answer` (a ValueError when it has none)."""
        value = answer.get("access_token") if isinstance(answer, dict) else None
        if not isinstance(value, str) or not value:
            raise ValueError("the token endpoint's answer has no access_token")
        lifetime = answer.get("expires_in")
        expires = (
            time.monotonic() + float(lifetime) - TOKEN_MARGIN
            if isinstance(lifetime, int | float) and not isinstance(lifetime, bool)
            else float("inf")
        )
        with self._lock:
            self._tokens[name] = Token(value, expires)

    def token_of(self, name: str) -> str:
        """The token last fetched for scheme `name`."""
        with self._lock:
            return self._tokens[name].value

    def forget_token(self, name: str) -> None:
        """Drop scheme `name`'s fetched token (the API refused it)."""
        with self._lock:
            self._tokens.pop(name, None)


def _needs(scheme: Scheme) -> str:
    if scheme.kind == "basic":
        return "username and password"
    if scheme.kind == "oauth2" and scheme.token_url:
        return "api_key, token_provider, or client_id and client_secret"
    if scheme.kind in ("bearer", "oauth2"):
        return "api_key or token_provider"
    return "api_key"
