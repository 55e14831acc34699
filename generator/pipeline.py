"""The whole run, one way: load -> validate -> IR -> (SDK surface) -> each target renders and formats -> write."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Literal

from . import targets as target_registry
from .cache import Cache, Kind, incremental, stamp
from .config import Config
from .errors import Issue, Level, SpecError, UsageError
from .forked import Forked
from .gcpause import gc_paused
from .ir.convert import ConvertOptions, convert
from .ir.model import Api
from .load import lenient
from .load.loader import LoadedSpec, LoadError, load
from .load.validate import Validation, check_version, despite_broken_refs
from .output.write import Output, Plan, Staging, plan, write

Report = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class Loaded:
    spec: LoadedSpec
    api: Api
    warnings: tuple[Issue, ...]
    validation: Validation | None = None
    strict: bool = True

    def confirm(self) -> tuple[Issue, ...]:
        """Wait for the spec's validation; raise SpecError if it found problems (strict), else
        return them as warnings (lenient: the model was built despite them)."""
        if self.validation is None:
            return ()
        if self.strict:
            _raise_if_invalid(self.validation)
            return ()
        return tuple(dataclasses.replace(issue, level=Level.WARNING) for issue in self.validation.result())


#: When `load_api` runs openapi-spec-validator: before it returns ("now"), in a forked child
#: while the caller renders ("background": call `Loaded.confirm()` before writing anything),
#: or not at all ("later": only the version check; the caller validates, as the mock does once
#: it is serving).
ValidationTiming = Literal["now", "background", "later"]


def load_api(
    spec_path: Path,
    config: Config,
    cache: Cache | None,
    progress: Report | None = None,
    *,
    validation: ValidationTiming = "now",
) -> Loaded:
    """The one way from a spec file to the IR (generate, check, validate, diff and mock).

    Parse (every broken `$ref` reported with the spec's other problems), validate when
    `validation` says, and convert. Raises SpecError listing every problem found.
    """
    say = progress or (lambda _message: None)
    say(f"loading {spec_path}")
    with gc_paused():
        spec, repairs, changed = _spec_of(spec_path, config, cache)
        if changed:
            cache = None  # (no verdict about a repaired spec is remembered for its files)
        if validation == "later":
            checked = None
            version_issues = check_version(spec)
            if version_issues:
                raise SpecError(version_issues)
        else:
            version_issues = check_version(spec)
            if version_issues:  # (never a warning: not even --lenient generates from Swagger 2.0)
                raise SpecError(version_issues)
            say("validating")
            checked = Validation(spec, cache, background=validation == "background")
        say("building the model")
        try:
            api, issues = convert(spec, ConvertOptions(operation_names=config.operation_names))
        except RecursionError:
            _raise_if_invalid(checked)
            raise SpecError([Issue("schemas are nested too deeply to convert", spec.root.display)]) from None
        except Exception:
            _raise_if_invalid(checked)  # an invalid spec explains a converter failure best
            raise
    errors = [issue for issue in issues if issue.level is Level.ERROR]
    if errors and config.strict:
        _raise_if_invalid(checked)
        raise SpecError(errors)
    warnings = repairs + tuple(_lenient_warning(issue) for issue in issues)
    loaded = Loaded(spec, api, warnings, checked, config.strict)
    if validation == "now":
        loaded = dataclasses.replace(loaded, warnings=loaded.warnings + loaded.confirm())
    return loaded


def _spec_of(spec_path: Path, config: Config, cache: Cache | None) -> tuple[LoadedSpec, tuple[Issue, ...], bool]:
    """The spec loaded; when lenient, repaired where it can be (`generator.load.lenient`): with the
    repairs' warnings, and whether it was changed."""
    try:
        spec = load(spec_path, config.limits, cache=cache)
    except LoadError as exc:
        fixed = None if config.strict else lenient.repaired_after(exc)
        if fixed is None:
            raise despite_broken_refs(exc) from None  # every problem at once, not only the broken $refs
        return fixed.spec, fixed.warnings, fixed.changed
    if config.strict:
        return spec, (), False
    fixed = lenient.repaired(spec)
    return fixed.spec, fixed.warnings, fixed.changed


def _lenient_warning(issue: Issue) -> Issue:
    """A converter's issue as a warning: its errors (a schema it cannot map) leave an untyped value
    there, which lenient mode generates, saying so."""
    if issue.level is Level.WARNING:
        return issue
    return dataclasses.replace(issue, message=f"{issue.message}; generated as an untyped value", level=Level.WARNING)


def _raise_if_invalid(validation: Validation | None) -> None:
    issues = validation.result() if validation is not None else []
    if issues:
        raise SpecError(issues)


def require_spec(config: Config) -> Path:
    if config.spec is None:
        raise UsageError("no spec given: pass --spec PATH or set 'spec' in [tool.codegen]")
    return config.spec


def render(
    loaded: Loaded,
    config: Config,
    progress: Report | None = None,
    cache: Cache | None = None,
    code_digest: str | None = None,
) -> Output:
    """Every file of every configured target, formatted by that target, in memory.

    `code_digest` is `stamp.code_digest(config)` when the caller has it already.
    """
    api = loaded.api
    job = target_registry.job_for(
        api,
        loaded.spec.root.path.name,
        config.tables,
        templates=config.templates,
        compiled_templates=cache.folder(Kind.TEMPLATES) if cache is not None else None,
    )
    base = code_digest if code_digest is not None else stamp.code_digest(config)
    out = str(config.out.resolve())
    digests = incremental.all_digests(api)  # once, before forking: every process uses them
    renders = {
        target: partial(_render_target, target, job, cache, digests, base, out, str(loaded.spec.root.path))
        for target in config.targets
    }
    # Every target but the first renders in a forked child meanwhile, on the other core.
    jobs = {target: Forked(renders[target]) for target in config.targets[1:]}
    output = Output()
    try:
        for target in config.targets:
            if progress:
                progress(f"rendering {target}")
            job_of = jobs.get(target)
            files, reused, rendered = job_of.result() if job_of is not None else renders[target]()
            if progress and reused + rendered:
                progress(f"{target}: {reused} of {reused + rendered} units reused from the last run")
            formatted = target_registry.get(target).format(files, trust_layout=config.templates is None, cache=cache)
            for relative, content in sorted(formatted.items()):
                output.add(target, relative, content)
    finally:
        for pending in jobs.values():
            pending.cancel()  # (only those left by an error are still running)
    return output


def _render_target(
    target: str,
    job: target_registry.Job,
    cache: Cache | None,
    digests: Mapping[tuple[str, str], str],
    base: str,
    *where: str,
) -> tuple[dict[str, str | bytes], int, int]:
    """`target`'s files, reusing what it can of its last run on the same output folder
    and spec (`where`); returns them with the number of units reused and rendered."""
    key = incremental.memo_key(target, *where)
    memo = incremental.Memo(incremental.load(cache, key), base)
    memo.know(digests)
    files = target_registry.get(target).render(dataclasses.replace(job, memo=memo))
    incremental.save(cache, key, memo)
    return files, memo.reused, memo.rendered


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
    # The next output tree is begun now, in a forked child, while this process parses and renders.
    staging = None if dry_run else Staging.start(config.out)
    try:
        with gc_paused():  # to the end: re-enabled, the collector would sweep everything built so far
            loaded = load_api(require_spec(config), config, cache, progress, validation="background")
            try:
                output = render(loaded, config, progress, cache, digest)
            finally:
                invalid = loaded.confirm()  # nothing is written for an invalid spec (unless lenient)
            if progress:
                progress("comparing with " + str(config.out))
            result = plan(config.out, output, stamp.known_outputs(cache, config), staging)
            if not dry_run:
                if progress and not result.is_current:
                    progress("writing " + str(config.out))
                write(config.out, output, result, staging)
            if not dry_run or result.is_current:
                hashes = {path: output.digest(path) for path in output.files}
                stamp.record(cache, config, digest, (doc.path for doc in loaded.spec.files()), hashes)
    finally:
        if staging is not None:
            staging.discard()  # (after a write: the old tree, if anything is left of it)
    return Result(result, output, time.perf_counter() - started, loaded.warnings + invalid)
