"""The whole run, one way: load -> validate -> IR -> render -> format -> write."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import stamp
from . import targets as target_registry
from .cache import Cache
from .config import Config
from .convert import ConvertOptions, convert
from .errors import Issue, Level, SpecError, UsageError
from .loader import LoadedSpec, load
from .model import Api
from .validate import validate
from .write import Output, Plan, plan, write

Report = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class Loaded:
    spec: LoadedSpec
    api: Api
    warnings: tuple[Issue, ...]


def load_api(spec_path: Path, config: Config, cache: Cache | None, progress: Report | None = None) -> Loaded:
    """Parse, validate and convert. Raises SpecError listing every problem found."""
    say = progress or (lambda _message: None)
    say(f"loading {spec_path}")
    spec = load(spec_path, config.limits)
    say("validating")
    issues = validate(spec, cache)
    if issues:
        raise SpecError(issues)
    say("building the model")
    try:
        api, issues = convert(spec, ConvertOptions(operation_names=config.operation_names))
    except RecursionError:
        raise SpecError([Issue("schemas are nested too deeply to convert", spec.root.display)]) from None
    errors = [issue for issue in issues if issue.level is Level.ERROR]
    if errors:
        raise SpecError(errors)
    return Loaded(spec, api, tuple(issue for issue in issues if issue.level is Level.WARNING))


def require_spec(config: Config) -> Path:
    if config.spec is None:
        raise UsageError("no spec given: pass --spec PATH or set 'spec' in [tool.codegen]")
    return config.spec


def render(loaded: Loaded, config: Config, progress: Report | None = None, cache: Cache | None = None) -> Output:
    """Every file of every configured target, formatted, in memory."""
    from .formatting import format_files

    api = loaded.api
    settings = target_registry.Settings(
        package=config.package_name(api.title),
        client_class=config.client_class_name(api.title),
        package_version=config.package_version,
        spec_name=loaded.spec.root.path.name,
        templates=config.templates,
    )
    output = Output()
    for target in config.targets:
        if progress:
            progress(f"rendering {target}")
        files = target_registry.render(target, api, settings)
        formatted = format_files(files, trust_layout=config.templates is None, cache=cache)
        for relative, content in sorted(formatted.items()):
            output.add(target, relative, content)
    return output


@dataclass(frozen=True, slots=True)
class Result:
    plan: Plan
    output: Output
    seconds: float
    warnings: tuple[Issue, ...]


def generate(config: Config, *, dry_run: bool = False, progress: Report | None = None) -> Result:
    """Generate every target into `config.out`. With `dry_run`, only report (check mode)."""
    started = time.perf_counter()
    cache = Cache.default()
    digest = stamp.code_digest(config)
    unchanged = stamp.is_current(cache, config, digest)
    if unchanged is not None:  # nothing changed since the last run: nothing to parse or write
        return Result(Plan(unchanged=tuple(unchanged)), Output(), time.perf_counter() - started, ())
    loaded = load_api(require_spec(config), config, cache, progress)
    output = render(loaded, config, progress, cache)
    if progress:
        progress("comparing with " + str(config.out))
    result = plan(config.out, output)
    if not dry_run:
        if progress and not result.is_current:
            progress("writing " + str(config.out))
        write(config.out, output, result)
    if not dry_run or result.is_current:
        stamp.record(cache, config, digest, (doc.path for doc in loaded.spec.files()), output.files)
    return Result(result, output, time.perf_counter() - started, loaded.warnings)
