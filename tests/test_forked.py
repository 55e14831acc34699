"""`generator.forked.Forked`: work in a child process, with the parent as the fallback."""

from __future__ import annotations

import os
import time

import pytest

from generator.forked import Forked


def _pid_and_value() -> tuple[int, list[str]]:
    return os.getpid(), ["a" * 100_000] * 50  # several MB through the pipe


def test_the_value_comes_from_a_child() -> None:
    pid, value = Forked(_pid_and_value).result()
    assert pid != os.getpid()
    assert value == ["a" * 100_000] * 50


def test_without_fork_it_runs_in_the_parent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CODEGEN_NO_FORK", "1")
    pid, _ = Forked(_pid_and_value).result()
    assert pid == os.getpid()
    pid, _ = Forked(_pid_and_value, background=False).result()
    assert pid == os.getpid()


def test_an_exception_is_raised_in_the_parent_with_its_real_traceback() -> None:
    calls: list[int] = []

    def fail() -> None:
        calls.append(os.getpid())
        raise ValueError("broken spec")

    with pytest.raises(ValueError, match="broken spec") as caught:
        Forked(fail).result()
    assert calls == [os.getpid()]  # the child's call does not show here; the parent's does
    assert caught.traceback[-1].name == "fail"


def test_a_child_that_dies_is_replaced_by_the_parent() -> None:
    parent = os.getpid()

    def die_in_child() -> str:
        if os.getpid() != parent:
            os._exit(3)
        return "computed by the parent"

    assert Forked(die_in_child).result() == "computed by the parent"


def test_cancel_stops_a_child_at_work() -> None:
    job = Forked(lambda: time.sleep(60))
    started = time.monotonic()
    job.cancel()
    assert time.monotonic() - started < 10
    job.cancel()  # twice is harmless
