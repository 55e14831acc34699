"""Configuration: `[tool.codegen]` in pyproject.toml or a `codegen.toml`, then CLI flags.

Lookup: `--config FILE` if given, else `codegen.toml` in the current folder, else
`pyproject.toml` in the current folder (its `[tool.codegen]` table). Relative
paths in a file are relative to that file's folder. Command-line flags override
the file. See README "Configuration" for every key.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import UsageError
from .loader import Limits
from .naming import is_python_identifier, pascal_case, snake_case

KNOWN_TARGETS = ("python", "docs", "ir")


@dataclass(frozen=True, slots=True)
class Config:
    spec: Path | None = None
    out: Path = Path("generated")
    package: str | None = None  # default: from the spec's title
    client_class: str | None = None  # default: from the spec's title
    package_version: str = "0.1.0"
    targets: tuple[str, ...] = KNOWN_TARGETS
    templates: Path | None = None
    operation_names: Mapping[str, str] = field(default_factory=dict)
    limits: Limits = field(default_factory=Limits)
    source: Path | None = None  # the file this configuration came from

    def package_name(self, title: str) -> str:
        return self.package or snake_case(title or "api_client")

    def client_class_name(self, title: str) -> str:
        return self.client_class or pascal_case(title or "api") + "Client"


_PATH_KEYS = {"spec", "out", "templates"}
_KEYS = {
    "spec",
    "out",
    "package",
    "client_class",
    "package_version",
    "targets",
    "templates",
    "operation_names",
    "limits",
}


def find_config_file(explicit: Path | None, cwd: Path) -> Path | None:
    if explicit is not None:
        if not explicit.is_file():
            raise UsageError(f"config file {explicit} does not exist")
        return explicit
    for name in ("codegen.toml", "pyproject.toml"):
        candidate = cwd / name
        if candidate.is_file():
            return candidate
    return None


def load_config(explicit: Path | None = None, cwd: Path | None = None) -> Config:
    cwd = cwd or Path.cwd()
    path = find_config_file(explicit, cwd)
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"{path}: cannot read configuration: {exc}") from None
    table = data if path.name != "pyproject.toml" else data.get("tool", {}).get("codegen")
    if table is None:
        return Config()
    if path.name != "pyproject.toml" and "tool" in data and "codegen" in data["tool"]:
        table = data["tool"]["codegen"]
    return _from_table(table, path)


def _from_table(table: Any, path: Path) -> Config:
    if not isinstance(table, dict):
        raise UsageError(f"{path}: [tool.codegen] must be a table")
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise UsageError(f"{path}: unknown configuration key(s): {', '.join(unknown)}")
    base = path.parent
    values: dict[str, Any] = {"source": path}
    for key, value in table.items():
        if key in _PATH_KEYS:
            if not isinstance(value, str):
                raise UsageError(f"{path}: '{key}' must be a string path")
            values[key] = _near(base, value)
        elif key == "targets":
            values[key] = _targets(value, str(path))
        elif key == "operation_names":
            if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
                raise UsageError(f"{path}: 'operation_names' must map operationIds to names")
            values[key] = dict(value)
        elif key == "limits":
            values[key] = _limits(value, path)
        else:
            if not isinstance(value, str):
                raise UsageError(f"{path}: '{key}' must be a string")
            values[key] = value
    config = Config(**values)
    check(config, str(path))
    return config


def _near(base: Path, value: str) -> Path:
    """`value` relative to the config file's folder, shown relative to the current one if inside it."""
    path = base / value
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def _limits(value: Any, path: Path) -> Limits:
    names = {f.name for f in fields(Limits)}
    if not isinstance(value, dict) or not set(value) <= names:
        raise UsageError(f"{path}: 'limits' accepts only: {', '.join(sorted(names))}")
    if not all(isinstance(v, int) and v > 0 for v in value.values()):
        raise UsageError(f"{path}: limits must be positive integers")
    return Limits(**value)


def _targets(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise UsageError(f"{where}: 'targets' must be a non-empty list")
    bad = [t for t in value if t not in KNOWN_TARGETS]
    if bad:
        raise UsageError(f"{where}: unknown target(s) {', '.join(map(str, bad))}; known: {', '.join(KNOWN_TARGETS)}")
    return tuple(dict.fromkeys(value))


def check(config: Config, where: str) -> None:
    if config.package is not None and not (is_python_identifier(config.package) and config.package.islower()):
        raise UsageError(f"{where}: package {config.package!r} is not a valid lower-case Python package name")
    if config.client_class is not None and not is_python_identifier(config.client_class):
        raise UsageError(f"{where}: client class {config.client_class!r} is not a valid Python identifier")


def check_templates(config: Config, *, from_flag: bool) -> None:
    """The templates folder, when one is set, must be a folder: a typo is an error, not "no overrides".

    `from_flag`: it was given as `--templates` (else it came from the configuration file).
    Only `generate` and `check` use templates, so only they check.
    """
    folder = config.templates
    if folder is None or folder.is_dir():
        return
    where = "--templates" if from_flag else f"{config.source}: 'templates'"
    what = "is not a folder" if folder.exists() else "does not exist"
    raise UsageError(f"{where}: templates folder {folder} {what}")


def with_overrides(config: Config, **overrides: Any) -> Config:
    """Apply command-line values (None means "not given")."""
    given = {key: value for key, value in overrides.items() if value is not None}
    if "targets" in given:
        given["targets"] = _targets(list(given["targets"]), "--target")
    updated = replace(config, **given)
    check(updated, "command line")
    return updated
