"""The front half of every command, one way: spec file(s) -> load -> validate -> IR.

`generate`, `check`, `validate`, `diff` and `mock` all build their model here; the
pipeline (`generator.pipeline`) goes on to render and write, the mock and the diff
consume the IR. Nothing here knows of a target.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .cache import Cache
from .config import Config
from .errors import Issue, Level, SpecError, UsageError
from .gcpause import gc_paused
from .ir.convert import ConvertOptions, convert
from .ir.model import Api
from .load import lenient
from .load.loader import LoadedSpec, LoadError, load
from .load.validate import Validation, check_version, despite_broken_refs

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
