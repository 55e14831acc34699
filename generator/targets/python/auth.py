"""The client's authentication, as the `_client.py` template shows it.

The surface decides which credentials the constructor takes (`Sdk.credentials`), how each
scheme is applied (`Sdk.schemes`) and which schemes a method accepts when they are not the
client's (`Method.security`); here they become Python: the `SCHEMES` table of the runtime's
`Scheme`s, the `SECURITY` most methods use, the constructor's arguments and docs, the
`Auth(...)` call, and a method's own `security=` (`security_tuple`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ...surface import Sdk
from ...surface.auth import API_KEY, Applied, ClientScheme
from .layout import explode, tuple_display
from .words import py_str


@dataclass(frozen=True, slots=True)
class AuthView:
    schemes: str  # the SCHEMES dict's display: `{"name": Scheme(...), ...}`
    security: str  # the SECURITY tuple's display
    required: tuple[str, ...]  # `api_key: str`, positional
    optional: tuple[str, ...]  # `username: str | None = None`, keyword-only
    docs: tuple[str, ...]  # `api_key: ...` lines of the constructor's docstring
    auth_call: str  # `Auth(SCHEMES, SECURITY, api_key=api_key)`
    uses_callable: bool  # token_provider is offered (imports Callable)


def scheme_literal(scheme: ClientScheme) -> str:
    """The runtime's `Scheme(...)` for `scheme`."""
    if scheme.kind is Applied.API_KEY:
        return f'Scheme("api_key", {py_str(scheme.location)}, {py_str(scheme.param_name)})'
    if scheme.kind is Applied.OAUTH2 and scheme.token_url:
        return f'Scheme("oauth2", token_url={py_str(scheme.token_url)})'
    return f"Scheme({py_str(scheme.kind.value)})"


def client_auth(sdk: Sdk) -> AuthView:
    credentials = sdk.credentials
    bearer_like = any(s.kind in (Applied.BEARER, Applied.OAUTH2) for s in sdk.schemes)
    required = tuple(f"{c.name}: str" for c in credentials if c.required)
    optional = [f"{c.name}: str | None = None" for c in credentials if not c.required]
    docs = [f"{c.name}: {c.description}{' (never logged, never in `repr`)' if c.secret else ''}." for c in credentials]
    keywords = [f"{c.name}={c.name}" for c in credentials]
    if bearer_like and any(c.name == API_KEY for c in credentials):
        optional.append("token_provider: Callable[[], str] | None = None")
        docs.append("token_provider: Called for a fresh bearer token before each request (wins over `api_key`).")
        keywords.append("token_provider=token_provider")
    return AuthView(
        schemes=_dict([f"{py_str(s.name)}: {scheme_literal(s)}" for s in sdk.schemes]),
        security=_tuple(sdk.default_security, 0),
        required=required,
        optional=tuple(optional),
        docs=tuple(docs),
        auth_call=f"Auth({', '.join(['SCHEMES', 'SECURITY', *keywords])})",
        uses_callable=bearer_like and any(c.name == API_KEY for c in credentials),
    )


def security_tuple(security: tuple[str, ...]) -> str:
    """A method's own `security=` argument (one that differs from the client's `SECURITY`)."""
    return _tuple(security, 3)


def _dict(entries: list[str]) -> str:
    """A dict display, one entry a line (black's layout of a dict that has a trailing comma)."""
    return explode("{", entries, "}") if entries else "{}"


def _tuple(names: tuple[str, ...], indent: int) -> str:
    return tuple_display([py_str(name) for name in names], "(", indent)
