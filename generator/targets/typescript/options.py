"""`[tool.codegen.typescript]`: the npm package's name and version, and the client's class.

| key            | meaning                                            | default                        |
|----------------|----------------------------------------------------|--------------------------------|
| `package`      | the npm package's name (`stripe-api`, `@acme/api`) | the spec's title in kebab-case |
| `version`      | the package's version                              | `0.1.0`                        |
| `client_class` | the client's class, the package's default export   | the title in PascalCase        |
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ...errors import UsageError
from ...surface import Api
from ...surface.naming import pascal_case, snake_case
from .. import reject_unknown_keys
from .words import GLOBAL_TYPES, KEYWORDS

KEYS = frozenset({"package", "version", "client_class"})
DEFAULT_VERSION = "0.1.0"
_PACKAGE = re.compile(r"(@[a-z0-9][a-z0-9._-]*/)?[a-z0-9][a-z0-9._-]*")
_CLASS = re.compile(r"[A-Z][A-Za-z0-9]*")
_VERSION = re.compile(r"[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?")


@dataclass(frozen=True, slots=True)
class TypeScriptOptions:
    package: str
    client_class: str
    version: str = DEFAULT_VERSION


def check(table: Mapping[str, Any], where: str) -> None:
    reject_unknown_keys(table, set(KEYS), where, "typescript")
    for key, value in table.items():
        if not isinstance(value, str):
            raise UsageError(f"{where}: [tool.codegen.typescript]: '{key}' must be a string")
    rules = (
        ("package", _PACKAGE, "an npm package name (`stripe-api`, `@acme/payments`)"),
        ("client_class", _CLASS, "a TypeScript class name (`Stripe`)"),
        ("version", _VERSION, "a semantic version (`1.2.0`)"),
    )
    for key, pattern, what in rules:
        value = table.get(key)
        if value is not None and (not pattern.fullmatch(value) or len(value) > 214):
            raise UsageError(f"{where}: [tool.codegen.typescript]: {key} {value!r} is not {what}")
    name = table.get("client_class")
    if name is not None and (name in KEYWORDS or name in GLOBAL_TYPES):
        raise UsageError(f"{where}: [tool.codegen.typescript]: client_class {name!r} is a TypeScript global")


def resolve(table: Mapping[str, Any], api: Api) -> TypeScriptOptions:
    title = api.title or "api"
    name = pascal_case(title)
    if name in GLOBAL_TYPES:
        name += "Client"
    return TypeScriptOptions(
        package=table.get("package") or snake_case(title).replace("_", "-"),
        client_class=table.get("client_class") or name,
        version=table.get("version") or DEFAULT_VERSION,
    )


def named(package: str | None, client_class: str | None) -> dict[str, str]:
    """The npm package in kebab-case after `package` (`acme-pay`), and the client's class."""
    found = {"client_class": client_class} if client_class else {}
    if package:
        found["package"] = snake_case(package).replace("_", "-")
    return found
