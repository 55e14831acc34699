"""The client's authentication, as the `client.rb` template shows it.

The surface decides which credentials the constructor takes (`Sdk.credentials`); here they
become Ruby: the `SCHEMES` table the runtime's `Auth` applies, the `SECURITY` most methods
use, the constructor's arguments and docs, and the `Auth.new(...)` call. A method whose
schemes differ from `SECURITY` passes its own `security:` (`method_security`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ...surface import Method, Sdk
from ...surface.auth import Applied, ClientScheme
from .types import ruby_str


@dataclass(frozen=True, slots=True)
class AuthView:
    schemes: str  # the SCHEMES Hash literal, laid out
    security: str  # the SECURITY Array literal
    required: tuple[str, ...]  # positional credentials: `api_key`
    optional: tuple[str, ...]  # keyword credentials: `username`
    docs: tuple[str, ...]  # `@param` lines of the credentials
    arguments: tuple[str, ...]  # of `Auth.new`: `SCHEMES, SECURITY, required: %i[api_key], api_key: api_key`
    default: tuple[str, ...]  # the names in SECURITY


def scheme_literal(scheme: ClientScheme) -> str:
    """The runtime's scheme Hash for a scheme a client applies."""
    if scheme.kind is Applied.API_KEY:
        return f"{{ kind: :api_key, in: :{scheme.location}, name: {ruby_str(scheme.param_name)} }}.freeze"
    if scheme.kind is Applied.OAUTH2 and scheme.token_url:
        return f"{{ kind: :oauth2, token_url: {ruby_str(scheme.token_url)} }}.freeze"
    return f"{{ kind: :{scheme.kind.value} }}.freeze"


def client_auth(sdk: Sdk) -> AuthView:
    credentials = sdk.credentials
    default = sdk.default_security
    required = tuple(c.name for c in credentials if c.required)
    optional = tuple(c.name for c in credentials if not c.required)
    docs = tuple(
        f"@param {c.name} [String{'' if c.required else ', nil'}] {c.description}"
        + ("; never shown by `inspect`, logs or errors" if c.secret else "")
        for c in credentials
    )
    arguments = ["SCHEMES", "SECURITY"]
    if required:
        arguments.append(f"required: %i[{' '.join(required)}]")
    arguments += [f"{c.name}: {c.name}" for c in credentials]
    return AuthView(
        schemes=_hash(f"{ruby_str(s.name)} => {scheme_literal(s)}" for s in sdk.schemes),
        security=_array(default),
        required=required,
        optional=optional,
        docs=docs,
        arguments=tuple(arguments),
        default=default,
    )


def method_security(method: Method) -> str | None:
    """`method`'s `security:` argument, None when it uses the client's `SECURITY`."""
    return None if method.security is None else _array(method.security, frozen=False)


def _hash(entries: Iterable[str]) -> str:
    lines = [f"  {entry}," for entry in entries]
    if not lines:
        return "{}.freeze"
    lines[-1] = lines[-1].rstrip(",")
    return "{\n" + "\n".join(lines) + "\n}.freeze"


def _array(names: tuple[str, ...], frozen: bool = True) -> str:
    return "[" + ", ".join(ruby_str(name) for name in names) + "]" + (".freeze" if frozen else "")
