"""`codegen diff OLD NEW`: what changed between two specs, and what breaks client users.

Both specs go through the normal pipeline (load, validate, convert) and the two
IRs are compared (`compare.py`), each change judged by a named rule (`rules.py`),
then rendered (`report.py`). OLD and NEW are files or `git:REV:path` (`source.py`).

Exit codes: 0; 1 when `--fail-on-breaking` is given and a breaking change is found;
2 for invalid input (a spec that does not load, a bad revision or path).
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from ..cache import Cache
from ..config import Config
from ..errors import SpecError, UsageError
from ..frontend import Loaded, load_api
from .change import Change, Kind, Location, Subject
from .compare import compare
from .report import Diff, SpecInfo, render
from .rules import RULES, Rule, Side
from .source import materialise

__all__ = [
    "RULES",
    "Change",
    "Diff",
    "Kind",
    "Location",
    "Rule",
    "Side",
    "SpecInfo",
    "Subject",
    "compare",
    "compare_loaded",
    "diff_specs",
    "load_both",
    "run",
]

EXIT_OK, EXIT_BREAKING, EXIT_INVALID = 0, 1, 2


def _load(argument: str, config: Config, cache: Cache | None, say: _Say) -> tuple[Loaded, str]:
    with materialise(argument) as (path, label):
        say(f"loading {label}")
        return load_api(path, config, cache), label


class _Say:
    def __init__(self, verbose: bool, stream: TextIO) -> None:
        self.verbose, self.stream = verbose, stream

    def __call__(self, message: str) -> None:
        if self.verbose:
            print(f"codegen: {message}", file=self.stream)


def diff_specs(old: str, new: str, config: Config, *, verbose: bool = False, stream: TextIO | None = None) -> Diff:
    """Load both specs (files or `git:REV:path`) and compare them. Raises SpecError/UsageError."""
    return compare_loaded(*load_both(old, new, config, verbose=verbose, stream=stream))


def load_both(
    old: str, new: str, config: Config, *, verbose: bool = False, stream: TextIO | None = None
) -> tuple[tuple[Loaded, str], tuple[Loaded, str]]:
    """Both specs loaded, each with its label; every problem with either in one error."""
    say = _Say(verbose, stream or sys.stderr)
    cache = Cache.default()
    loaded: list[tuple[Loaded, str]] = []
    failures: list[SpecError | UsageError] = []
    for argument in (old, new):  # both, even when the first fails: every problem in one run
        try:
            loaded.append(_load(argument, config, cache, say))
        except (SpecError, UsageError) as exc:
            failures.append(exc)
    if failures:
        raise _together(failures)
    return loaded[0], loaded[1]


def compare_loaded(old: tuple[Loaded, str], new: tuple[Loaded, str]) -> Diff:
    """The changes between two loaded specs (`load_both`)."""
    (old_loaded, old_label), (new_loaded, new_label) = old, new
    changes = compare(old_loaded.api, new_loaded.api)
    return Diff(
        SpecInfo(old_label, old_loaded.api.title, old_loaded.api.version),
        SpecInfo(new_label, new_loaded.api.title, new_loaded.api.version),
        tuple(changes),
    )


def _together(failures: list[SpecError | UsageError]) -> SpecError | UsageError:
    """One error for what went wrong with OLD and NEW: a SpecError if both are problems in specs."""
    if len(failures) == 1:
        return failures[0]
    spec_errors = [f for f in failures if isinstance(f, SpecError)]
    if len(spec_errors) == len(failures):
        return SpecError(issue for error in spec_errors for issue in error.issues)
    lines = [issue.format() for f in spec_errors for issue in f.issues]
    return UsageError("\n".join([str(f) for f in failures if isinstance(f, UsageError)] + lines))


def run(args: argparse.Namespace, config: Config) -> int:
    """The `diff` subcommand: print the report on stdout; see the module docstring for exit codes."""
    quiet, verbose = bool(getattr(args, "quiet", False)), bool(getattr(args, "verbose", False))
    try:
        diff = diff_specs(args.old, args.new, config, verbose=verbose)
    except UsageError as exc:
        for line in str(exc).splitlines():
            print(f"codegen: error: {line}", file=sys.stderr)
        return EXIT_INVALID
    except SpecError as exc:
        for issue in exc.issues:
            print(issue.format(), file=sys.stderr)
        count = len(exc.issues)
        print(f"codegen: {count} problem{'s' if count != 1 else ''} found; nothing compared", file=sys.stderr)
        return EXIT_INVALID
    sys.stdout.write(render(diff, args.format, breaking_only=quiet))
    if args.fail_on_breaking and diff.breaking:
        if args.format != "text":  # the text report already ends with the count
            print(f"codegen: {diff.headline()}", file=sys.stderr)
        return EXIT_BREAKING
    return EXIT_OK
