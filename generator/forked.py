"""Run a function in a forked child process while the parent goes on.

A cold run has CPU work that does not depend on the rest (validating the spec,
rendering another target, the validators' code): in a forked child it runs on the
second core, sharing the parent's memory (the parsed spec, the IR) copy-on-write.
The child sends its result back pickled through a pipe. Where fork is unavailable,
or the child dies or raises, `result()` simply calls the function in the parent:
the same value, or the same exception with its real traceback.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Forked(Generic[T]):
    """`function()` under way in a child process; `result()` waits for it."""

    def __init__(self, function: Callable[[], T], *, background: bool = True) -> None:
        self._function = function
        self._process: Any = None
        self._connection: Any = None
        if background and _can_fork():
            context = multiprocessing.get_context("fork")
            receiver, sender = context.Pipe(duplex=False)
            self._process = context.Process(target=_run_in_child, args=(function, sender), daemon=True)
            self._process.start()
            sender.close()
            self._connection = receiver

    def result(self) -> T:
        """The function's value: from the child if it succeeded, else computed here."""
        if self._process is not None:
            process, self._process = self._process, None
            try:
                succeeded, value = self._connection.recv()
            except (EOFError, OSError):
                succeeded, value = False, None  # the child died: compute it here instead
            finally:
                self._connection.close()
                process.join()
            if succeeded:
                result: T = value
                return result
        return self._function()

    def done(self) -> bool:
        """Whether `result()` would not wait: the child has answered (or died), or none was started."""
        if self._process is None:
            return True
        return bool(self._connection.poll()) or not self._process.is_alive()

    def cancel(self) -> None:
        """Stop the child, if it is still at work (its result is no longer wanted)."""
        if self._process is not None:
            if self._process.is_alive():
                self._process.kill()
            self._process.join()
            self._connection.close()
            self._process = None


def _can_fork() -> bool:
    if "fork" not in multiprocessing.get_all_start_methods() or multiprocessing.current_process().daemon:
        return False  # (a daemonic child, itself forked here, may not have children)
    return os.environ.get("CODEGEN_NO_FORK", "") in ("", "0")


def _run_in_child(function: Callable[[], Any], connection: Any) -> None:
    try:
        try:
            message = (True, function())
        except BaseException:
            message = (False, None)  # the parent runs it again, for the real exception and traceback
        connection.send(message)
    finally:
        connection.close()
