"""Work that must not delay start-up: run it beside the server once it listens.

On POSIX the job runs in a forked child at low priority (the parent's IR is
already in memory, shared copy-on-write), so it uses the second core instead of
stealing the server's; elsewhere in a daemon thread. The child reports, writes,
and leaves with `os._exit`; the server stops it when it stops.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from ..errors import Issue

Report = Callable[[list[Issue]], None]
_STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


@contextmanager
def signals_held() -> Iterator[None]:
    """Delay SIGTERM/SIGINT until the block is done (a cache write is never cut short)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


class Background:
    """One job started with `start`; `stop` ends it if it is still running."""

    def __init__(self) -> None:
        self.pid: int | None = None
        self.thread: threading.Thread | None = None

    def start(self, job: Callable[[], list[Issue]], report: Report, close: Callable[[], None]) -> None:
        """Run `job`, then `report` what it returns. In a child, `close` first drops the server's sockets."""
        if not hasattr(os, "fork"):
            self.thread = threading.Thread(target=lambda: report(job()), name="codegen-mock-cache", daemon=True)
            self.thread.start()
            return
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid:
            self.pid = pid
            return
        code = 0
        try:  # the child: never return into the parent's event loop
            signal.set_wakeup_fd(-1)
            for number in _STOP_SIGNALS:
                signal.signal(number, signal.SIG_DFL)
            close()
            os.nice(10)
            report(job())
        except BaseException:  # a child must always reach os._exit
            traceback.print_exc(file=sys.stderr)
            code = 1
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)

    def stop(self) -> None:
        if self.pid is None:
            return
        try:
            finished, _ = os.waitpid(self.pid, os.WNOHANG)
            if not finished:
                os.kill(self.pid, signal.SIGTERM)
                os.waitpid(self.pid, 0)
        except (ChildProcessError, ProcessLookupError):
            pass
        self.pid = None
