"""A head start for the suite's `mypy --strict` runs over generated code.

Each run used to analyse the standard library's stubs, httpx and pytest from scratch
(`--no-incremental`) before it reached the package under test: about 10 s of CPU a run, most of
its time. `cache_dir(*flags)` gives each run a fresh copy of a cache that holds only those
modules, analysed once per session with the same flags. The package under test is never in the
copy, so mypy checks every file of it as before, and no run sees what another run wrote.
"""

from __future__ import annotations

import atexit
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

#: What generated packages, their shipped tests and the runtime import: analysed into the base cache.
WARM = """\
import asyncio, base64, binascii, calendar, contextlib, contextvars, copy, dataclasses, datetime
import decimal, difflib, email.utils, enum, fractions, functools, hashlib, hmac, importlib
import inspect, ipaddress, json, logging, math, mimetypes, os, pathlib, platform, random, re
import secrets, socket, struct, sys, threading, time, types, typing, urllib.parse, uuid, weakref
import collections.abc

import httpx
import pytest
"""

_lock = threading.Lock()
_bases: dict[tuple[str, ...], Path] = {}
_root: list[Path] = []


def _folder() -> Path:
    if not _root:
        _root.append(Path(tempfile.mkdtemp(prefix="codegen-mypy-")))
        atexit.register(shutil.rmtree, _root[0], True)
    return _root[0]


def _base(flags: tuple[str, ...]) -> Path:
    with _lock:
        if flags not in _bases:
            folder = _folder() / f"base-{len(_bases)}"
            program = folder / "_codegen_mypy_warm.py"
            folder.mkdir()
            program.write_text(WARM, encoding="utf-8")
            # Its verdict does not matter: whatever it could not analyse, a run analyses itself.
            subprocess.run(
                [sys.executable, "-m", "mypy", *flags, "--cache-dir", str(folder / "cache"), str(program)],
                cwd=folder,
                capture_output=True,
                text=True,
                timeout=600,
                check=False,
            )
            (folder / "cache").mkdir(exist_ok=True)
            _bases[flags] = folder / "cache"
        return _bases[flags]


_runs: list[Path] = []


def cache_dir(*flags: str) -> str:
    """A new cache folder for one `mypy *flags` run, holding the standard library, httpx and pytest
    already analysed with those flags (and nothing of the code under test).

    The folder lives until the next call (runs are one at a time), so the copies, some 20 MB
    each, do not pile up over the session."""
    base = _base(tuple(flags))
    with _lock:
        while _runs:
            shutil.rmtree(_runs.pop(), ignore_errors=True)
        run = Path(tempfile.mkdtemp(prefix="run-", dir=_folder()))
        _runs.append(run)
    shutil.copytree(base, run / "cache")
    return str(run / "cache")
