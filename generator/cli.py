"""The `codegen` command line.

Exit codes: 0 ok; 1 stale output (`check`), conflicts between the user's edits and the
regenerated code (`generate`, `check`, `release`), a breaking change (`diff
--fail-on-breaking`) or a release that is due (`release --check`); 2 invalid input, bad
usage, or output that could not be written (the output folder is then left as it was).
"""

from __future__ import annotations

import argparse
import difflib
import gc
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from . import __version__
from . import targets as registry
from .config import Config, check_templates, load_config, with_overrides
from .errors import Issue, SpecError, UsageError
from .output.ignore import IGNORE_FILE
from .output.write import Plan, WriteError

if TYPE_CHECKING:
    from .mock.checks import Validators

EXIT_OK, EXIT_STALE, EXIT_INVALID = 0, 1, 2
EXIT_CONFLICT = 1  # (as `git merge`: the edits that conflict are marked in the files)
_LIST_FILES = 20
_DIFF_LINES_PER_FILE = 20
_DIFF_FILES = 5
_MAX_PORT = 65535
#: After "N problems found", what did not happen: only `generate` ever writes (`diff` says its own).
_NOT_DONE = {
    "generate": "; nothing was written",
    "check": "; the output was not compared",
    "validate": "",
    "mock": "; not serving",
    "diff": "; nothing compared",
    "release": "; nothing was written",
}


class _Console:
    """Messages to stderr; progress only on a terminal; -q and -v honoured."""

    def __init__(self, verbosity: int, stream: TextIO | None = None) -> None:
        self.verbosity = verbosity
        self.stream = stream or sys.stderr
        self.interactive = self.stream.isatty()

    def progress(self, message: str) -> None:
        if self.verbosity >= 2:
            print(f"codegen: {message}", file=self.stream)
        elif self.verbosity >= 1 and self.interactive:
            print(f"\r\033[Kcodegen: {message}...", end="", file=self.stream, flush=True)

    def done(self) -> None:
        if self.verbosity == 1 and self.interactive:
            print("\r\033[K", end="", file=self.stream, flush=True)

    def info(self, message: str) -> None:
        if self.verbosity >= 1:
            print(message, file=sys.stdout)

    def error(self, message: str) -> None:
        print(message, file=self.stream)

    def issues(self, issues: Sequence[Issue]) -> None:
        for issue in issues:
            self.error(issue.format())

    def warnings(self, issues: Sequence[Issue]) -> None:
        if self.verbosity >= 1:
            self.issues(issues)


class _Parser(argparse.ArgumentParser):
    """argparse, with a hint after "unrecognized arguments" (most often a second spec)."""

    def error(self, message: str) -> NoReturn:
        if message.startswith("unrecognized arguments"):
            message += " (a command reads one spec: give it once, as SPEC or --spec SPEC; see codegen COMMAND -h)"
        super().error(message)


def _parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--config", type=Path, help="configuration file (default: codegen.toml or pyproject.toml)")
    common.add_argument(
        "--lenient",
        action="store_true",
        help="report spec-validity errors as warnings and generate anyway ([tool.codegen] strict = false)",
    )
    loudness = common.add_mutually_exclusive_group()
    loudness.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    loudness.add_argument("-v", "--verbose", action="store_true", help="print each step")

    output = _Parser(add_help=False, parents=[common])
    _spec_arguments(output)
    output.add_argument("--out", type=Path, help="output folder (default: generated)")
    output.add_argument(
        "--target",
        action="append",
        choices=registry.names(),
        dest="targets",
        help="what to generate; repeat for several (default: all configured)",
    )
    output.add_argument(
        "--package",
        help="the SDK's name, a lower-case Python package name (acme_pay): in every target, in its casing"
        " (Ruby's gem and module, Java's package, the npm package) unless its table sets that key",
    )
    output.add_argument(
        "--client-class",
        help="the client's class name (AcmePay), in every target unless its table sets client_class",
    )
    output.add_argument("--templates", type=Path, help="folder of templates overriding ours")

    parser = _Parser(prog="codegen", description="OpenAPI SDK and reference-docs generator.")
    parser.add_argument("--version", action="version", version=f"codegen {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("generate", parents=[output], help="generate the configured targets")
    commands.add_parser("check", parents=[output], help="exit 1 if generated output is stale")
    validate = commands.add_parser("validate", parents=[common], help="validate a spec")
    _spec_arguments(validate)

    _diff_arguments(
        commands.add_parser("diff", parents=[common], help="what changed between two specs, and what breaks")
    )
    _release_arguments(
        commands.add_parser(
            "release",
            parents=[output],
            help="bump the packages' version and write CHANGELOG.md from the spec's changes",
        )
    )
    mock = commands.add_parser("mock", parents=[common], help="serve a mock of the API described by a spec")
    _spec_arguments(mock)
    mock.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    mock.add_argument("--port", type=_port, default=12111, help="port to listen on (default: 12111; 0 picks one)")
    mock.add_argument("--fixtures", type=Path, help="JSON file of example objects keyed by resource id")
    return parser


def _diff_arguments(diff: argparse.ArgumentParser) -> None:
    diff.add_argument("old", help="old spec: a file, or git:REV:path")
    diff.add_argument("new", help="new spec: a file, or git:REV:path")
    diff.add_argument("--format", choices=("text", "markdown", "json"), default="text", help="report format")
    diff.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when a breaking change is found")


def _release_arguments(release: argparse.ArgumentParser) -> None:
    release.add_argument(
        "--from",
        dest="previous",
        required=True,
        metavar="PREVIOUS",
        help="the spec as last released: a file, git:REV:path, or git:REV (the spec's own path at REV)",
    )
    doing = release.add_mutually_exclusive_group()
    doing.add_argument("--dry-run", action="store_true", help="print the new version and changelog; write nothing")
    doing.add_argument("--check", action="store_true", help="exit 1 when a release is due; write nothing")


def _spec_arguments(parser: argparse.ArgumentParser) -> None:
    """The spec, as `SPEC` or `--spec SPEC` (`_spec_of` reconciles them)."""
    parser.add_argument(
        "spec_positional", nargs="?", type=Path, metavar="SPEC", help="the OpenAPI spec (default: from configuration)"
    )
    parser.add_argument("--spec", type=Path, help="the same as SPEC")


def _spec_of(args: argparse.Namespace) -> Path | None:
    """The spec named on the command line, either way; both and different is a usage error."""
    positional: Path | None = getattr(args, "spec_positional", None)
    flag: Path | None = getattr(args, "spec", None)
    if positional is not None and flag is not None and positional.resolve() != flag.resolve():
        raise UsageError(
            f"two specs given: {positional} and --spec {flag}; give the spec once, as SPEC or as --spec SPEC"
        )
    return positional if positional is not None else flag


def _port(text: str) -> int:
    """A TCP port, 0-65535 (0: any free one); anything else is a usage error (exit 2)."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (0-65535)") from None
    if not 0 <= port <= _MAX_PORT:
        raise argparse.ArgumentTypeError(f"{port} is not a port number: ports are 0-65535 (0 picks a free one)")
    return port


def run() -> NoReturn:
    """The `codegen` command: `main()`, then exit at once.

    A run builds millions of small objects (the parsed spec, the IR, the files);
    letting the interpreter free them one by one at exit takes a third of a second
    on Stripe's spec, for nothing. Output streams are flushed first; nothing else
    needs cleaning up (worker processes are joined before `main` returns).
    """
    code = main(exiting=True)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            code = code or 1  # e.g. stdout was a closed pipe
    os._exit(code)


def main(argv: Sequence[str] | None = None, *, exiting: bool = False) -> int:
    """Run one command. `exiting`: the process ends right after (`run`), without cleaning up."""
    args = _parser().parse_args(argv)
    if exiting and args.command != "mock":
        # The cyclic collector, paused while a run builds its millions of objects, would
        # otherwise sweep them all once re-enabled (0.1 s on Stripe's spec) just before the
        # exit discards them. The mock server is long-lived: it keeps the collector.
        gc.disable()
    console = _Console(0 if args.quiet else 2 if args.verbose else 1)
    try:
        if args.command != "diff":
            args.spec = _spec_of(args)
        rules = registry.rules()
        config = load_config(args.config, rules)
        if args.command == "validate":
            return _validate(with_overrides(config, rules, spec=args.spec, strict=_strict(args)), console)
        if args.command == "diff":
            from .diff import run as run_diff

            return run_diff(args, config)
        if args.command == "mock":
            from .mock import run as run_mock

            return run_mock(args, with_overrides(config, rules, spec=args.spec, strict=_strict(args)), _validators)
        config = with_overrides(
            config,
            rules,
            spec=args.spec,
            out=args.out,
            targets=args.targets,
            templates=args.templates,
            strict=_strict(args),
            tables={"python": {"package": args.package, "client_class": args.client_class}},
            unset=registry.named(args.package, args.client_class),
        )
        check_templates(config, from_flag=args.templates is not None)
        if args.command == "release":
            return _release(args, config, console)
        return _generate(config, console, check=args.command == "check")
    except UsageError as exc:
        console.error(f"codegen: error: {exc}")
        return EXIT_INVALID
    except SpecError as exc:
        console.done()
        console.issues(exc.issues)
        count = len(exc.issues)
        console.error(f"codegen: {count} problem{'s' if count != 1 else ''} found{_NOT_DONE[args.command]}")
        return EXIT_INVALID
    except WriteError as exc:
        console.done()
        console.error(f"codegen: error: {exc}")
        return EXIT_INVALID
    except KeyboardInterrupt:
        console.error("codegen: interrupted" + ("; output left as it was" if args.command == "generate" else ""))
        return 130


def _strict(args: argparse.Namespace) -> bool | None:
    """False for `--lenient`; None (the configuration decides) otherwise."""
    return False if getattr(args, "lenient", False) else None


def _validators() -> Validators:
    """What the mock checks params with: the Python client's validators, so both agree."""
    from .targets.python import validation

    return validation


def _validate(config: Config, console: _Console) -> int:
    from .cache import Cache
    from .frontend import load_api, require_spec

    spec_path = require_spec(config)
    loaded = load_api(spec_path, config, Cache.default(), console.progress)
    console.done()
    console.warnings(loaded.warnings)
    api = loaded.api
    operations = sum(len(r.operations) for r in api.resources)
    console.info(
        f"{spec_path}: valid OpenAPI {api.openapi}: {operations} operations in "
        f"{len(api.resources)} resources, {len(api.component_schemas())} component schemas"
    )
    return EXIT_OK


def _release(args: argparse.Namespace, config: Config, console: _Console) -> int:
    """`codegen release`: decide the version, regenerate with it, then record it and the changelog."""
    from .release import apply, prepare

    console.progress("comparing the specs")
    plan = prepare(args.previous, config, verbose=console.verbosity >= 2)
    console.done()
    console.info(plan.summary())
    if args.dry_run:
        if plan.changelog:
            sys.stdout.write(plan.changelog)
        return EXIT_OK
    if args.check:
        if plan.due:
            console.error(f"codegen: a {plan.bump.value} release is due; run `codegen release --from {args.previous}`")
        return EXIT_STALE if plan.due else EXIT_OK
    if not plan.due:
        return EXIT_OK
    code = _generate(config, console, check=False, version=str(plan.next))
    apply(plan)
    console.info(f"codegen: {_relative(config.out)}/CHANGELOG.md: {plan.next} added")
    return code


def _generate(config: Config, console: _Console, *, check: bool, version: str | None = None) -> int:
    from .pipeline import generate

    result = generate(config, dry_run=check, progress=console.progress, version=version)
    console.done()
    console.warnings(result.warnings)
    the_plan = result.plan
    shown = _relative(config.out)
    if console.verbosity >= 2:
        for path in the_plan.ignored:
            console.progress(f"skipped {path}: listed in {shown}/{IGNORE_FILE}")
    customised = f"; customised: {_files(len(the_plan.customised))}" if the_plan.customised else ""
    if check:
        if the_plan.is_current and not the_plan.conflicts:
            console.info(f"{shown} is up to date ({_files(len(the_plan.unchanged))}{customised})")
            return EXIT_OK
        if not the_plan.is_current:
            console.error(f"{shown} is stale:")
            _print_stale(config.out, the_plan, {**result.output.files, **the_plan.contents}, console)
        return _conflicts(the_plan, shown, console, check=True) or EXIT_STALE
    targets = ", ".join(registry.chosen(config.targets))
    console.info(
        f"codegen: {targets} -> {shown}: {len(the_plan.added)} added, "
        f"{len(the_plan.changed)} changed, {len(the_plan.removed)} removed, "
        f"{len(the_plan.unchanged)} unchanged{customised} ({result.seconds:.2f} s)"
    )
    return _conflicts(the_plan, shown, console, check=False)


def _files(count: int) -> str:
    return f"{count} file{'s' if count != 1 else ''}"


def _conflicts(the_plan: Plan, shown: str, console: _Console, *, check: bool) -> int:
    """Each conflict by file and line, then a summary; EXIT_CONFLICT when there is one."""
    if not the_plan.conflicts:
        return EXIT_OK
    for conflict in the_plan.conflicts:
        console.error(conflict.describe(shown))
    count = len(the_plan.conflicts)
    plural = "s" if count != 1 else ""
    what = "`codegen generate` would leave" if check else "left"
    console.error(
        f"codegen: {count} conflict{plural} between your edits and the regenerated code ({what} in {shown}); "
        "resolve them (remove the <<<<<<< yours / ======= / >>>>>>> codegen markers) and run `codegen generate` again"
    )
    return EXIT_CONFLICT


def _print_stale(out: Path, the_plan: Plan, files: Mapping[str, bytes], console: _Console) -> None:
    """What is stale: up to 20 paths, then a few short diffs, then one summary line."""
    shown = _relative(out)
    listing = [f"  added:   {p}" for p in the_plan.added]
    listing += [f"  removed: {p}" for p in the_plan.removed]
    merged = set(the_plan.contents)
    listing += [f"  changed: {p}" + (" (merged with your edits)" if p in merged else "") for p in the_plan.changed]
    touched = {*the_plan.added, *the_plan.changed, *the_plan.removed}
    records = [p for p in the_plan.state if p.split("/", 2)[-1] not in touched]  # (in .codegen/, on their own)
    listing += [f"  record:  {p}" for p in records]
    for line in listing[:_LIST_FILES]:
        console.error(line)
    if len(listing) > _LIST_FILES:
        console.error(f"  ... and {len(listing) - _LIST_FILES} more")
    for path in the_plan.changed[:_DIFF_FILES]:
        try:
            old = (out / path).read_text("utf-8").splitlines(keepends=True)
            new = files[path].decode("utf-8").splitlines(keepends=True)
        except (OSError, UnicodeDecodeError):
            continue
        diff = list(difflib.unified_diff(old, new, f"{shown}/{path} (on disk)", f"{shown}/{path} (expected)", n=1))
        for line in diff[:_DIFF_LINES_PER_FILE]:
            console.error(line.rstrip("\n"))
        if len(diff) > _DIFF_LINES_PER_FILE:
            console.error(f"... {len(diff) - _DIFF_LINES_PER_FILE} more diff lines")
    console.error(
        f"codegen: {shown} is stale: {len(the_plan.added)} to add, {len(the_plan.changed)} to change, "
        f"{len(the_plan.removed)} to remove"
        + (f", {len(records)} of codegen's records in .codegen/ to update" if records else "")
        + "; run `codegen generate`"
    )


def _relative(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
