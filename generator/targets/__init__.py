"""Output targets as plug-ins: one protocol, one registry. The pipeline knows no language.

A target turns the IR and the SDK surface (`generator.surface`) into `{relative path: text}`
under `OUT/<name>/`. Each one brings, besides `render`:

- its settings table, `[tool.codegen.<name>]` (package or module names, versions, client
  class), which it checks by its language's rules (`check_options`) and completes from the
  spec's title (`options`);
- its own `format` step (black belongs to the Python target; the docs need none);
- its templates folder (`templates/<templates>/`, where a user's override folder is searched
  first);
- for a client target, `sample(...)`: the code that calls one method, which the docs show for
  every client language, so docs and client agree on every name.

Target modules are imported lazily, so `codegen generate --target ir` never pays for the
Python client's templates. Add a language: a module in this package exposing `TARGET`, and
a line in `_REGISTRY` (see docs/targets.md).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from ..config import TargetRules
from ..surface import Api, Example, Method, Sdk, build

if TYPE_CHECKING:
    from ..cache import Cache
    from ..cache.incremental import Memo

#: Target name -> the module that defines it (its `TARGET`). The order is the default
#: order of `targets` in the configuration.
_REGISTRY: dict[str, str] = {
    "python": "python",
    "ruby": "ruby",
    "java": "java",
    "typescript": "typescript",
    "docs": "docs",
    "ir": "ir",
}

Files = dict[str, str | bytes]
#: A client target's naming plan: every identifier of its client, decided before rendering.
#: Each target knows its own plan's type and narrows to it (`plan_of`).
NamingPlan = object
_T = TypeVar("_T")


def names() -> tuple[str, ...]:
    """Every target there is, in the default order."""
    return tuple(_REGISTRY)


def get(name: str) -> Target:
    """The target called `name` (a KeyError for an unknown one: names are checked at configuration)."""
    module = importlib.import_module(f"{__name__}.{_REGISTRY[name]}")
    target: Target = module.TARGET
    return target


def chosen(configured: tuple[str, ...]) -> tuple[str, ...]:
    """The targets a configuration's `targets` names (none named: every target)."""
    return configured or names()


def rules() -> TargetRules:
    """What the configuration needs to know of the targets: their names, the top-level keys each
    claims as shorthand for its table (`package` -> `python`), and each one's check of its table."""
    return TargetRules(names(), _claimed_keys, _check_options)


def _claimed_keys() -> dict[str, str]:
    return {key: name for name in names() for key in sorted(get(name).top_level_keys)}


def _check_options(name: str, table: Mapping[str, Any], where: str) -> None:
    get(name).check_options(table, where)


def pinned_versions(tables: Mapping[str, Mapping[str, Any]]) -> dict[str, str]:
    """{target: the package version its table sets}, for the targets whose table sets one."""
    found = {}
    for name in names():
        key = get(name).version_key
        value = tables.get(name, {}).get(key) if key else None
        if isinstance(value, str):
            found[name] = value
    return found


def with_version(tables: Mapping[str, Mapping[str, Any]], version: str) -> dict[str, dict[str, Any]]:
    """`tables` with `version` as the package version of every target that makes a package."""
    updated = {name: dict(table) for name, table in tables.items()}
    for name in names():
        key = get(name).version_key
        if key:
            updated.setdefault(name, {})[key] = version
    return updated


def named(package: str | None, client_class: str | None) -> dict[str, dict[str, str]]:
    """Every target's table keys for an SDK named `package` with the client `client_class`
    (`--package` / `--client-class`), each in its language's casing: `{"ruby": {"gem": ...}}`."""
    if package is None and client_class is None:
        return {}  # (and no target is imported)
    return {name: get(name).named(package, client_class) for name in names()}


@dataclass(frozen=True)
class Job:
    """Everything a target renders from. Frozen; `sdk` is computed once, on first use."""

    api: Api
    #: Every registered target's resolved options (not only the configured ones: the docs show
    #: each client language's sample even when only the docs are generated).
    options: Mapping[str, object]
    spec_name: str  # the spec file's name, for "generated from" headers
    templates: Path | None = None  # user overrides, searched before ours
    memo: Memo | None = None  # last run's rendered units, for targets that render incrementally
    compiled_templates: Path | None = None  # where Jinja keeps compiled templates between runs

    @cached_property
    def sdk(self) -> Sdk:
        return build(self.api)

    def options_of(self, target: str, kind: type[_T]) -> _T:
        """`target`'s resolved options, checked to be its options class `kind`."""
        found = self.options[target]
        if not isinstance(found, kind):
            raise TypeError(f"{target} options are {type(found).__name__}, not {kind.__name__}")
        return found


def job_for(api: Api, spec_name: str, tables: Mapping[str, Mapping[str, Any]] | None = None, **fields: Any) -> Job:
    """A job for `api` with every registered target's options resolved from `tables`."""
    found = tables or {}
    options = {name: get(name).options(found.get(name, {}), api) for name in names()}
    return Job(api, options, spec_name, **fields)


class Target(Protocol):
    """What the pipeline (and the docs) ask of a target."""

    #: Its name: `--target <name>`, `OUT/<name>/`, `[tool.codegen.<name>]`.
    name: str
    #: The folder of its templates under `templates/` (and under a user's override folder).
    templates: str
    #: The docs show this target's samples of every method (client targets).
    shows_samples: bool
    #: How the docs label its samples (`Python`), and the language of their code blocks (`python`).
    label: str
    language: str
    #: Keys of its table also accepted at the top level of `[tool.codegen]` (shorthand).
    top_level_keys: frozenset[str]
    #: The key of its table holding its package's version (`codegen release` sets it), or None
    #: for a target that makes no package.
    version_key: str | None

    def check_options(self, table: Mapping[str, Any], where: str) -> None:
        """Raise `UsageError` (naming `where`) for a settings table its language cannot use."""

    def options(self, table: Mapping[str, Any], api: Api) -> object:
        """The settings to render with: `table` (checked) completed with defaults from the spec."""

    def named(self, package: str | None, client_class: str | None) -> dict[str, str]:
        """Its table's keys naming an SDK `package` whose client is `client_class` (either None:
        not given), in its language's casing: `--package` / `--client-class`."""

    def render(self, job: Job) -> Files:
        """Every file of the target, relative to `OUT/<name>/`."""

    def format(self, files: Files, *, trust_layout: bool, cache: Cache | None) -> Files:
        """The files formatted as the language's tools would (`trust_layout` False: user templates)."""

    # -- client targets only (`shows_samples`) --

    def naming(self, job: Job) -> NamingPlan | None:
        """Its naming plan for `job`: every identifier, decided before anything is rendered."""

    def sample(self, job: Job, names: NamingPlan, method: Method, example: Example) -> str:
        """Code that makes `example`'s call of `method`, with its setup, for the docs."""

    def call(self, job: Job, names: NamingPlan, method: Method) -> str:
        """The expression the sample calls: `client.customers.payment_methods.list`."""

    def returns(self, job: Job, names: NamingPlan, method: Method) -> str:
        """What the client's method returns, as its language writes the type: `Page[Customer]`."""

    def client_line(self, job: Job) -> str:
        """How a program gets the client: `from stripe_api import StripeClient`."""


class PlainTarget:
    """A target that renders no client, has no settings and no formatter: its templates write
    the final text (the docs, the IR). The docs never ask it for samples."""

    name = ""
    shows_samples = False
    label = ""
    language = ""
    top_level_keys: frozenset[str] = frozenset()
    version_key: str | None = None

    def check_options(self, table: Mapping[str, Any], where: str) -> None:
        reject_unknown_keys(table, set(), where, self.name)

    def options(self, table: Mapping[str, Any], api: Api) -> None:
        return None

    def named(self, package: str | None, client_class: str | None) -> dict[str, str]:
        return {}

    def format(self, files: Files, *, trust_layout: bool, cache: Cache | None) -> Files:
        return dict(files)

    def naming(self, job: Job) -> NamingPlan | None:
        return None

    def sample(self, job: Job, names: NamingPlan, method: Method, example: Example) -> str:
        raise NotImplementedError(f"{type(self).__name__} renders no client")

    def call(self, job: Job, names: NamingPlan, method: Method) -> str:
        raise NotImplementedError(f"{type(self).__name__} renders no client")

    def returns(self, job: Job, names: NamingPlan, method: Method) -> str:
        raise NotImplementedError(f"{type(self).__name__} renders no client")

    def client_line(self, job: Job) -> str:
        raise NotImplementedError(f"{type(self).__name__} renders no client")


def plan_of(names: NamingPlan, kind: type[_T]) -> _T:
    """`names` as the naming plan class `kind` a target made it with."""
    if not isinstance(names, kind):
        raise TypeError(f"a naming plan of {type(names).__name__}, not {kind.__name__}")
    return names


def reject_unknown_keys(table: Mapping[str, Any], known: set[str], where: str, target: str) -> None:
    """A `UsageError` naming the keys of `[tool.codegen.<target>]` that `target` does not read."""
    from ..errors import UsageError

    unknown = sorted(set(table) - known)
    if unknown:
        keys = ", ".join(unknown)
        accepted = ", ".join(sorted(known)) or "none"
        raise UsageError(f"{where}: [tool.codegen.{target}]: unknown key(s) {keys} (accepted: {accepted})")
