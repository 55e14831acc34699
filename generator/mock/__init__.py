"""`codegen mock`: a mock server for the API a spec describes.

    codegen mock [--spec PATH] [--host 127.0.0.1] [--port 12111] [--fixtures FILE]

Every operation of the spec is served; requests are checked against the spec
(route, auth, params with Stripe's bracket encoding) and answered with
schema-valid, deterministic objects. See `app.py` for the request steps,
`synth.py` for the responses, `loading.py` for the fast start-up.
Needs the `mock` extra (uvicorn): `pip install 'codegen[mock]'`.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..cache import Cache
from ..config import Config
from ..errors import Issue, UsageError

if TYPE_CHECKING:
    from .checks import ParamChecker, Validators

LISTENING = "codegen mock: listening on {url} ({count} operations)"


def run(args: argparse.Namespace, config: Config, validators: Callable[[], Validators]) -> int:
    """Serve until SIGTERM/SIGINT. Raises `UsageError` or `SpecError` (exit 2) on bad input.

    `validators()` gives what compiles the params checks (`checks.Validators`; the command line
    hands in the Python client's), called once they are first needed."""
    if importlib.util.find_spec("uvicorn") is None:
        raise UsageError("codegen mock needs its server: pip install 'codegen[mock]' (uvicorn)")
    from .app import MockApp
    from .background import Background
    from .checks import ParamChecker
    from .fixtures import Fixtures
    from .loading import prepare
    from .server import bind, serve, url

    quiet = bool(getattr(args, "quiet", False))
    verbose = bool(getattr(args, "verbose", False))
    fixtures = Fixtures.load(args.fixtures) if getattr(args, "fixtures", None) else Fixtures()
    cache = Cache.default()
    started = time.perf_counter()
    prepared = prepare(config, cache)
    if verbose:
        how = "loaded from the cache" if prepared.cached else "parsed (validated and cached in the background)"
        _say(f"{config.spec} {how} in {time.perf_counter() - started:.2f} s")
    if not quiet:
        _print_issues(prepared.warnings)
    checker = ParamChecker(prepared.api, validators, cache, prepared.content_key)
    app = MockApp(prepared.api, checker, fixtures, prepared.judge)
    sock = bind(args.host, args.port)
    gc.freeze()  # the IR lives as long as the server: keep it out of every later collection
    background = Background()

    def on_ready(listening: object) -> None:
        print(LISTENING.format(url=url(sock, args.host), count=app.operation_count), flush=True)
        if prepared.job is not None:
            background.start(prepared.job, lambda issues: _report(issues, quiet, verbose), sock.close)
        threading.Thread(target=_warm, args=(checker,), name="codegen-mock-validators", daemon=True).start()

    try:
        serve(app, sock, verbose=verbose, on_ready=on_ready)
    finally:
        background.stop()
        sock.close()
    return 0


def _warm(checker: ParamChecker) -> None:
    """Build the request validators before the first request; a failure is the first request's to report."""
    try:
        checker.warm()
    except Exception:  # (`MockApp` answers unchecked, and says so once)
        return


def _report(issues: list[Issue], quiet: bool, verbose: bool) -> None:
    """What the background validation found (it runs in a child process)."""
    if not quiet:
        _print_issues(issues)
    if verbose:
        _say(f"spec validated ({len(issues)} problem{'s' if len(issues) != 1 else ''}) and cached")


def _say(message: str) -> None:
    print(f"codegen mock: {message}", file=sys.stderr, flush=True)


def _print_issues(issues: tuple[Issue, ...] | list[Issue]) -> None:
    for issue in issues:
        print(issue.format(), file=sys.stderr)
    sys.stderr.flush()
