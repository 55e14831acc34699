"""`[tool.codegen.ruby]`: the gem's names and version, checked by Ruby's rules.

| key            | meaning                                      | default                             |
|----------------|----------------------------------------------|-------------------------------------|
| `gem`          | the gem's name, `lib/<gem>.rb` (snake_case)  | the spec's title in snake_case      |
| `module`       | the module every class lives in              | the title in PascalCase             |
| `version`      | the gem's version                            | `0.1.0`                             |
| `client_class` | the client's class, in `module`              | the title in PascalCase + `Client`  |

`resource_methods` (true for Stripe's API, else false): methods on the resource classes, with
global settings, as stripe-ruby has them (`Stripe.api_key = ...`, `Customer.retrieve(id)`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ...errors import UsageError
from ...surface import Api
from ...surface.naming import pascal_case, snake_case
from ...surface.tree import speaks_stripe
from .. import reject_unknown_keys

KEYS = frozenset({"gem", "module", "version", "client_class", "resource_methods"})
_BOOLEAN_KEYS = frozenset({"resource_methods"})
DEFAULT_VERSION = "0.1.0"
_GEM = re.compile(r"[a-z][a-z0-9_]*")
_CONSTANT = re.compile(r"[A-Z][A-Za-z0-9]*")
_MODULE = re.compile(r"[A-Z][A-Za-z0-9]*(::[A-Z][A-Za-z0-9]*)*")
_VERSION = re.compile(r"[0-9]+(\.[0-9A-Za-z]+)*")


@dataclass(frozen=True, slots=True)
class RubyOptions:
    gem: str
    module: str
    client_class: str
    version: str = DEFAULT_VERSION
    resource_methods: bool = False


def check(table: Mapping[str, Any], where: str) -> None:
    reject_unknown_keys(table, set(KEYS), where, "ruby")
    for key, value in table.items():
        if key in _BOOLEAN_KEYS:
            if not isinstance(value, bool):
                raise UsageError(f"{where}: [tool.codegen.ruby]: '{key}' must be true or false")
        elif not isinstance(value, str):
            raise UsageError(f"{where}: [tool.codegen.ruby]: '{key}' must be a string")
    rules = (
        ("gem", _GEM, "a gem name (lower case letters, digits and underscores, starting with a letter)"),
        ("module", _MODULE, "a Ruby module name (`Stripe`, `Acme::Payments`)"),
        ("client_class", _CONSTANT, "a Ruby class name (`StripeClient`)"),
        ("version", _VERSION, "a gem version (`1.2.0`)"),
    )
    for key, pattern, what in rules:
        value = table.get(key)
        if value is not None and not pattern.fullmatch(value):
            raise UsageError(f"{where}: [tool.codegen.ruby]: {key} {value!r} is not {what}")


def resolve(table: Mapping[str, Any], api: Api) -> RubyOptions:
    title = api.title or "api"
    return RubyOptions(
        gem=table.get("gem") or snake_case(title),
        module=table.get("module") or pascal_case(title),
        client_class=table.get("client_class") or pascal_case(title) + "Client",
        version=table.get("version") or DEFAULT_VERSION,
        resource_methods=bool(table.get("resource_methods", speaks_stripe(api))),
    )


def named(package: str | None, client_class: str | None) -> dict[str, str]:
    """The gem (`acme_pay`) and its module (`AcmePay`) after `package`, and the client's class."""
    found = {"client_class": client_class} if client_class else {}
    if package:
        found |= {"gem": snake_case(package), "module": pascal_case(package)}
    return found
