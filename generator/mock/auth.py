"""Is the request authenticated the way its operation's `security` asks? Any key is accepted.

Stripe's spec allows HTTP Basic (the key as user name) or Bearer. A request
with no credentials at all gets Stripe's 401; a malformed `Authorization`
header gets "Invalid API Key provided". apiKey schemes (header, query, cookie)
are checked by name, oauth2 and OpenID Connect as Bearer tokens.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping

from ..ir.model import Api, AuthScheme, Operation
from ..surface.tree import speaks_stripe
from .errors import MockError, Problem

NO_KEY = (
    "You did not provide an API key. You need to provide your API key in the Authorization header, "
    "using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY')."
)
BAD_KEY = "Invalid API Key provided: {key}"


class Auth:
    def __init__(self, api: Api) -> None:
        self.schemes = {scheme.name: scheme for scheme in api.auth}
        self.realm = _realm(api)

    def query_keys(self, op: Operation) -> tuple[str, ...]:
        """Names of the query params that carry `op`'s API keys (taken out before params are checked)."""
        return _query_key_names(self.schemes, op)

    def check(self, op: Operation, headers: Mapping[str, str], query: Mapping[str, object]) -> None:
        """Raise a 401 `MockError` unless one of `op`'s schemes is satisfied."""
        schemes = [self.schemes[name] for name in op.security if name in self.schemes]
        if not schemes:
            return
        verdicts = []
        for scheme in schemes:
            verdict = _verdict(scheme, headers, query)
            if verdict is None:
                return
            verdicts.append(verdict)
        raise MockError(
            401,
            Problem(next((v for v in verdicts if v != NO_KEY), NO_KEY)),
            headers=(("www-authenticate", f'Basic realm="{self.realm}"'),),
        )


def _realm(api: Api) -> str:
    """The realm a 401 names: Stripe's for Stripe's API, else the API's title (quoted-string safe)."""
    if speaks_stripe(api):
        return "Stripe"
    title = "".join(c for c in api.title if c.isprintable() and c not in '"\\').strip()
    return title or "API"


def _query_key_names(schemes: Mapping[str, AuthScheme], op: Operation) -> tuple[str, ...]:
    return tuple(
        scheme.param_name
        for name in op.security
        if (scheme := schemes.get(name)) is not None and scheme.kind == "apiKey" and scheme.location == "query"
    )


def _verdict(scheme: AuthScheme, headers: Mapping[str, str], query: Mapping[str, object]) -> str | None:
    """None when `scheme` is satisfied, else what to say about it."""
    if scheme.kind == "apiKey":
        if scheme.location == "header":
            present = bool(headers.get(scheme.param_name.lower(), "").strip())
        elif scheme.location == "query":
            present = bool(query.get(scheme.param_name))
        else:
            present = bool(_cookie(headers.get("cookie", ""), scheme.param_name))
        return None if present else NO_KEY
    value = headers.get("authorization", "").strip()
    if not value:
        return NO_KEY
    kind, _, credentials = value.partition(" ")
    credentials = credentials.strip()
    wanted = scheme.scheme if scheme.kind == "http" else "bearer"
    if kind.lower() != wanted:
        return BAD_KEY.format(key=_mask(value))
    if wanted == "basic":
        try:
            user = base64.b64decode(credentials, validate=True).decode("utf-8").partition(":")[0]
        except (binascii.Error, UnicodeDecodeError):
            return BAD_KEY.format(key=_mask(credentials))
        return None if user else BAD_KEY.format(key="(empty)")
    return None if credentials else BAD_KEY.format(key="(empty)")


def _cookie(header: str, name: str) -> str:
    from http.cookies import CookieError, SimpleCookie

    try:
        cookie = SimpleCookie(header)
    except CookieError:
        return ""
    morsel = cookie.get(name)
    return morsel.value if morsel is not None else ""


def _mask(key: str) -> str:
    return key if len(key) <= 8 else f"{key[:3]}{'*' * 8}{key[-4:]}"
