"""`[tool.codegen.python]`: the Python package's names and version, checked by Python's rules.

| key               | meaning                                  | default                             |
|-------------------|------------------------------------------|-------------------------------------|
| `package`         | import name (lower-case identifier)      | the spec's title in snake_case      |
| `client_class`    | the client's class (an identifier)       | the title in PascalCase + `Client`  |
| `package_version` | the distribution's version               | `0.1.0`                             |
| `resource_classes`| `Customer.retrieve(id)` on global settings (a boolean) | on for Stripe's API only |

The same keys at the top level of `[tool.codegen]`, and `--package` / `--client-class` on the
command line, set them too (the command line wins, then this table, then the top level).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ...errors import UsageError
from ...surface import Api
from ...surface.naming import pascal_case, snake_case
from .. import reject_unknown_keys
from .words import is_python_identifier

KEYS = frozenset({"package", "client_class", "package_version"})
#: Keys of `[tool.codegen.python]` alone (not at the top level of `[tool.codegen]`).
TABLE_KEYS = KEYS | {"resource_classes"}
DEFAULT_VERSION = "0.1.0"


@dataclass(frozen=True, slots=True)
class PythonOptions:
    package: str
    client_class: str
    package_version: str = DEFAULT_VERSION
    resource_classes: bool | None = None  # None: on for Stripe's API (`Sdk.stripe`)


def check(table: Mapping[str, Any], where: str) -> None:
    reject_unknown_keys(table, set(TABLE_KEYS), where, "python")
    for key, value in table.items():
        if key == "resource_classes":
            if not isinstance(value, bool):
                raise UsageError(f"{where}: [tool.codegen.python]: 'resource_classes' must be true or false")
        elif not isinstance(value, str):
            raise UsageError(f"{where}: [tool.codegen.python]: '{key}' must be a string")
    package, client_class = table.get("package"), table.get("client_class")
    if package is not None and not (is_python_identifier(package) and package.islower()):
        raise UsageError(f"{where}: package {package!r} is not a valid lower-case Python package name")
    if client_class is not None and not is_python_identifier(client_class):
        raise UsageError(f"{where}: client class {client_class!r} is not a valid Python identifier")
    version = table.get("package_version")
    if version is not None and not version.strip():
        raise UsageError(f"{where}: package_version must not be empty")


def resolve(table: Mapping[str, Any], api: Api) -> PythonOptions:
    return PythonOptions(
        package=table.get("package") or snake_case(api.title or "api_client"),
        client_class=table.get("client_class") or pascal_case(api.title or "api") + "Client",
        package_version=table.get("package_version") or DEFAULT_VERSION,
        resource_classes=table.get("resource_classes"),
    )


def named(package: str | None, client_class: str | None) -> dict[str, str]:
    """`--package` / `--client-class` are Python's spelling of the names: taken as they are."""
    found = {"package": package, "client_class": client_class}
    return {key: value for key, value in found.items() if value is not None}
