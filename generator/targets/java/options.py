"""`[tool.codegen.java]`: the Maven project's coordinates, Java release, package and client class.

| key            | meaning                                     | default                                   |
|----------------|---------------------------------------------|-------------------------------------------|
| `group_id`     | Maven groupId                               | `com.example`                             |
| `artifact_id`  | Maven artifactId                            | the spec's title in kebab-case + `-java`  |
| `version`      | the project's version                       | `0.1.0`                                   |
| `java_release` | `maven.compiler.release` (17 or later)      | `17`                                      |
| `package`      | the Java package (`com.example.stripe`)     | `com.example.` + the title in lower case  |
| `client_class` | the client's class                          | the title in PascalCase + `Client`        |
| `resource_methods` | methods on resource classes too (`CustomerSession.create(params)`) | on for Stripe's API |
| `global_class` | their global configuration (`Stripe.apiKey`) | `client_class` less `Client` (`Stripe`)  |
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ...errors import UsageError
from ...surface import Api
from ...surface.naming import pascal_case, words
from ...surface.tree import speaks_stripe
from .. import reject_unknown_keys
from .words import JAVA_LANG, KEYWORDS

KEYS = frozenset(
    {"group_id", "artifact_id", "version", "java_release", "package", "client_class"}
    | {"resource_methods", "global_class"}
)
_SEGMENT = re.compile(r"[a-z_][a-z0-9_]*\Z")
_IDENTIFIER = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*\Z")
_MAVEN_ID = re.compile(r"[A-Za-z0-9_.\-]+\Z")


@dataclass(frozen=True, slots=True)
class JavaOptions:
    group_id: str
    artifact_id: str
    version: str
    java_release: int
    package: str
    client_class: str
    resource_methods: bool
    global_class: str

    @property
    def package_path(self) -> str:
        return self.package.replace(".", "/")


def check(table: Mapping[str, Any], where: str) -> None:
    reject_unknown_keys(table, set(KEYS), where, "java")
    for key, value in table.items():
        if key == "resource_methods":
            if not isinstance(value, bool):
                raise UsageError(f"{where}: [tool.codegen.java]: resource_methods must be true or false, got {value!r}")
        elif key == "java_release":
            if not isinstance(value, int) or isinstance(value, bool) or value < 17:
                raise UsageError(f"{where}: [tool.codegen.java]: java_release must be an integer >= 17, got {value!r}")
        elif not isinstance(value, str) or not value.strip():
            raise UsageError(f"{where}: [tool.codegen.java]: '{key}' must be a non-empty string")
    package = table.get("package")
    if package is not None and not is_java_package(package):
        raise UsageError(
            f"{where}: [tool.codegen.java]: package {package!r} is not a Java package name"
            " (lower-case dot-separated identifiers, no keyword: com.example.api)"
        )
    for key in ("client_class", "global_class"):
        name = table.get(key)
        if name is not None and (not _IDENTIFIER.match(name) or name in KEYWORDS or name in JAVA_LANG):
            raise UsageError(f"{where}: [tool.codegen.java]: {key} {name!r} is not a usable Java class name")
    for key in ("group_id", "artifact_id"):
        value = table.get(key)
        if value is not None and not _MAVEN_ID.match(value):
            raise UsageError(
                f"{where}: [tool.codegen.java]: {key} {value!r} may hold only letters, digits, '.', '-', '_'"
            )


def is_java_package(name: str) -> bool:
    parts = name.split(".")
    return all(_SEGMENT.match(part) and part not in KEYWORDS for part in parts)


def _words(name: str) -> list[str]:
    return [w for w in words(name) if w.isalnum()] or ["api"]


def _segment(title_words: list[str]) -> str:
    """The last segment of the default package: the words run together (`stripeapi`)."""
    segment = "".join(title_words)
    return segment if _SEGMENT.match(segment) and segment not in KEYWORDS else "api"


def named(package: str | None, client_class: str | None) -> dict[str, str]:
    """`com.example.acmepay` and the artifact `acme-pay-java` after `package`, and the client's class."""
    found = {"client_class": client_class} if client_class else {}
    if package:
        package_words = _words(package)
        found |= {"package": f"com.example.{_segment(package_words)}", "artifact_id": "-".join(package_words) + "-java"}
    return found


def resolve(table: Mapping[str, Any], api: Api) -> JavaOptions:
    title_words = _words(api.title or "api")
    segment = _segment(title_words)
    client_class = table.get("client_class") or pascal_case(api.title or "api") + "Client"
    global_class = table.get("global_class") or client_class.removesuffix("Client")
    if global_class in ("", client_class) or global_class in JAVA_LANG or global_class in KEYWORDS:
        global_class = client_class + "Config"
    return JavaOptions(
        group_id=table.get("group_id") or "com.example",
        artifact_id=table.get("artifact_id") or "-".join(title_words) + "-java",
        version=table.get("version") or "0.1.0",
        java_release=int(table.get("java_release") or 17),
        package=table.get("package") or f"com.example.{segment}",
        client_class=client_class,
        resource_methods=bool(table.get("resource_methods", speaks_stripe(api))),
        global_class=global_class,
    )
