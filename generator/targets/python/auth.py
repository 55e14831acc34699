"""The client's authentication, as the `_client.py` template shows it.

The surface decides which credentials the constructor takes (`surface.auth.plan`); here they
become Python: the `SCHEMES` table of the runtime's `Scheme`s, the `SECURITY` most methods
use, the constructor's arguments and docs, and the `Auth(...)` call. A method whose schemes
differ from `SECURITY` passes its own `security=` (`method_security`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ...ir.model import Api, AuthScheme, Operation
from ...surface.auth import API_KEY, default_security, ordered, plan
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


def scheme_literal(scheme: AuthScheme) -> str | None:
    """The runtime's `Scheme(...)` for `scheme`, None for one a client cannot apply itself."""
    if scheme.kind == "http" and scheme.scheme == "basic":
        return 'Scheme("basic")'
    if scheme.kind == "http" and scheme.scheme == "bearer":
        return 'Scheme("bearer")'
    if scheme.kind == "apiKey" and scheme.location in ("header", "query", "cookie") and scheme.param_name:
        return f'Scheme("api_key", {py_str(scheme.location)}, {py_str(scheme.param_name)})'
    if scheme.kind in ("oauth2", "openIdConnect"):
        return f'Scheme("oauth2", token_url={py_str(scheme.token_url)})' if scheme.token_url else 'Scheme("oauth2")'
    return None


def client_auth(api: Api) -> AuthView:
    credentials = plan(api, (op.security for op in api.operations))
    applicable = [scheme for scheme in api.auth if scheme_literal(scheme) is not None]
    bearer_like = any(
        (s.kind == "http" and s.scheme == "bearer") or s.kind in ("oauth2", "openIdConnect") for s in applicable
    )
    required = tuple(f"{c.name}: str" for c in credentials if c.required)
    optional = [f"{c.name}: str | None = None" for c in credentials if not c.required]
    docs = [f"{c.name}: {c.description}{' (never logged, never in `repr`)' if c.secret else ''}." for c in credentials]
    keywords = [f"{c.name}={c.name}" for c in credentials]
    if bearer_like and any(c.name == API_KEY for c in credentials):
        optional.append("token_provider: Callable[[], str] | None = None")
        docs.append("token_provider: Called for a fresh bearer token before each request (wins over `api_key`).")
        keywords.append("token_provider=token_provider")
    return AuthView(
        schemes=_dict([f"{py_str(s.name)}: {scheme_literal(s)}" for s in applicable]),
        security=_tuple(default_security(api), 0),
        required=required,
        optional=tuple(optional),
        docs=tuple(docs),
        auth_call=f"Auth({', '.join(['SCHEMES', 'SECURITY', *keywords])})",
        uses_callable=bearer_like and any(c.name == API_KEY for c in credentials),
    )


def method_security(api: Api, op: Operation, default: tuple[str, ...]) -> str | None:
    """`op`'s `security=` argument, None when it uses the client's `SECURITY`."""
    own = tuple(scheme.name for scheme in ordered(api, op.security))
    return None if own == default else _tuple(own, 3)


def _dict(entries: list[str]) -> str:
    """A dict display, one entry a line (black's layout of a dict that has a trailing comma)."""
    return explode("{", entries, "}") if entries else "{}"


def _tuple(names: tuple[str, ...], indent: int) -> str:
    return tuple_display([py_str(name) for name in names], "(", indent)
