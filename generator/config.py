"""Configuration: `[tool.codegen]` in pyproject.toml or a `codegen.toml`, then CLI flags.

Lookup: `--config FILE` if given, else `codegen.toml` in the current folder, else
`pyproject.toml` in the current folder (its `[tool.codegen]` table). Relative
paths in a file are relative to that file's folder. Command-line flags override
the file. See README "Configuration" for every key.

The configuration reads and checks its own keys; each target's table is that target's
business. What it needs to know of the targets (their names, the top-level keys each claims,
each one's check of its table) it is told by the caller, as `TargetRules` from the target
registry (`generator.targets.rules()`): the configuration sits below the targets.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import UsageError
from .load.loader import Limits


@dataclass(frozen=True, slots=True)
class TargetRules:
    """What the configuration is told of the targets (`generator.targets.rules()` gives it)."""

    names: tuple[str, ...]  # every target, in the default order
    #: {top-level key: the target whose table it is shorthand for} (asked only when a file is read:
    #: it imports every target)
    claimed_keys: Callable[[], Mapping[str, str]]
    check: Callable[[str, Mapping[str, Any], str], None]  # (target, its table, where): raises UsageError


@dataclass(frozen=True, slots=True)
class Config:
    spec: Path | None = None
    out: Path = Path("generated")
    targets: tuple[str, ...] = ()  # (): every target there is, in the registry's order
    templates: Path | None = None
    operation_names: Mapping[str, str] = field(default_factory=dict)
    limits: Limits = field(default_factory=Limits)
    source: Path | None = None  # the file this configuration came from
    #: False (`--lenient`, `strict = false`): the spec-validity errors openapi-spec-validator
    #: finds are warnings, and generation goes on wherever the model can still be built.
    strict: bool = True
    #: Each target's own table, `[tool.codegen.<target>]` (checked by that target), with the
    #: top-level keys a target claims (`package` for python) and command-line values folded in.
    tables: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def table(self, target: str) -> Mapping[str, Any]:
        return self.tables.get(target, {})


_PATH_KEYS = {"spec", "out", "templates"}
_KEYS = {"spec", "out", "targets", "templates", "operation_names", "limits", "strict"}


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


def load_config(explicit: Path | None, rules: TargetRules, cwd: Path | None = None) -> Config:
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
    return _from_table(table, path, rules)


def _from_table(table: Any, path: Path, rules: TargetRules) -> Config:
    if not isinstance(table, dict):
        raise UsageError(f"{path}: [tool.codegen] must be a table")
    claimed = rules.claimed_keys()
    target_names = set(rules.names)
    unknown = sorted(set(table) - _KEYS - set(claimed) - target_names)
    if unknown:
        raise UsageError(f"{path}: unknown configuration key(s): {', '.join(unknown)}")
    base = path.parent
    values: dict[str, Any] = {"source": path}
    tables: dict[str, dict[str, Any]] = {}
    for key, value in table.items():
        if key in target_names:
            if not isinstance(value, dict):
                raise UsageError(f"{path}: [tool.codegen.{key}] must be a table")
            tables.setdefault(key, {}).update(value)  # the target's own table wins over top-level keys
        elif key in claimed:
            tables.setdefault(claimed[key], {}).setdefault(key, value)
        elif key in _PATH_KEYS:
            if not isinstance(value, str):
                raise UsageError(f"{path}: '{key}' must be a string path")
            values[key] = _near(base, value)
        elif key == "targets":
            values[key] = _targets(value, str(path), rules)
        elif key == "operation_names":
            if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
                raise UsageError(f"{path}: 'operation_names' must map operationIds to names")
            values[key] = dict(value)
        elif key == "limits":
            values[key] = _limits(value, path)
        elif key == "strict":
            if not isinstance(value, bool):
                raise UsageError(f"{path}: 'strict' must be true or false")
            values[key] = value
    config = Config(**values, tables=tables)
    check(config, str(path), rules)
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


def _targets(value: Any, where: str, rules: TargetRules) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise UsageError(f"{where}: 'targets' must be a non-empty list")
    known = rules.names
    bad = [t for t in value if t not in known]
    if bad:
        raise UsageError(f"{where}: unknown target(s) {', '.join(map(str, bad))}; known: {', '.join(known)}")
    return tuple(dict.fromkeys(value))


def check(config: Config, where: str, rules: TargetRules) -> None:
    """Each target checks its own table, by its language's rules."""
    for name, table in config.tables.items():
        rules.check(name, table, where)


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


def with_overrides(
    config: Config,
    rules: TargetRules,
    *,
    tables: Mapping[str, Mapping[str, Any]] | None = None,
    unset: Mapping[str, Mapping[str, Any]] | None = None,
    **overrides: Any,
) -> Config:
    """Apply command-line values (None means "not given"); `tables` holds target settings
    from flags (`{"python": {"package": ...}}`), which win over the configuration file;
    `unset`, settings from flags that fill only the keys a target's table leaves unset
    (`--package` in Ruby's casing: `{"ruby": {"gem": ...}}`)."""
    given = {key: value for key, value in overrides.items() if value is not None}
    if "targets" in given:
        given["targets"] = _targets(list(given["targets"]), "--target", rules)
    merged = {name: dict(table) for name, table in config.tables.items()}
    for name, table in (tables or {}).items():
        flags = {key: value for key, value in table.items() if value is not None}
        if flags:
            merged.setdefault(name, {}).update(flags)
    for name, table in (unset or {}).items():
        for key, value in table.items():
            if value is not None:
                merged.setdefault(name, {}).setdefault(key, value)
    updated = replace(config, **given, tables=merged)
    check(updated, "command line", rules)
    return updated
