"""Shared helpers for the generation benchmarks: measured child processes, statistics, tables, machine facts.

Every measurement runs a command in a fresh child process and records:

* `wall`: elapsed seconds, from start to exit;
* `cpu`: user + system seconds of the child and every descendant it waited for (`wait4`);
* `max_rss`: the largest peak resident set (`VmHWM`) of any single process of the tree, sampled
  from /proc every 50 ms (not `wait4`'s `ru_maxrss`: Linux carries the parent's peak RSS into
  a child through vfork and exec, so a big benchmark process would inflate every child's);
* `tree_mem`: the peak of the memory of the whole tree (the child and every descendant alive
  at that moment), sampled from /proc every 50 ms: the sum of each process's proportional set
  size (PSS: a page shared by n forked processes counts 1/n in each, so forked workers are not
  counted twice), or of their RSS where PSS cannot be read. This is what a pool of worker
  processes really costs. Never below `max_rss`.
"""

from __future__ import annotations

import functools
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SPECS = ROOT.parent / "shared" / "specs"
STRIPE_SPEC = SPECS / "stripe-spec3-2023-09-12.yaml"
VENVS = Path(__file__).resolve().parent / ".venvs"
RESULTS = Path(__file__).resolve().parent / "results"
_SAMPLE_EVERY = 0.05
MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Sample:
    """One measured run of a command."""

    wall: float
    cpu: float
    max_rss: int  # bytes
    tree_mem: int  # bytes
    returncode: int
    stdout: str = field(repr=False, default="")
    stderr: str = field(repr=False, default="")

    @property
    def ok(self) -> bool:
        return self.returncode == 0


class CommandFailed(Exception):
    def __init__(self, command: Sequence[str], sample: Sample) -> None:
        tail = "\n".join((sample.stderr or sample.stdout).strip().splitlines()[-15:])
        super().__init__(f"{' '.join(map(str, command))} exited {sample.returncode}:\n{tail}")
        self.sample = sample


def measure(
    command: Sequence[str | Path],
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 1800.0,
    check: bool = True,
) -> Sample:
    """Run `command` to completion in a fresh process and measure it (see the module docstring)."""
    args = [str(part) for part in command]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(args, stdout=out, stderr=err, env=dict(env) if env else None, cwd=cwd)
        sampler = _TreeSampler(process.pid)
        sampler.start()
        deadline = started + timeout
        status, usage = _wait(process, deadline)
        wall = time.perf_counter() - started
        sampler.stop()
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    max_rss = sampler.largest
    cpu = usage.ru_utime + usage.ru_stime if usage is not None else 0.0
    sample = Sample(wall, cpu, max_rss, max(max_rss, sampler.peak), status, stdout, stderr)
    if check and not sample.ok:
        raise CommandFailed(args, sample)
    return sample


def _wait(process: subprocess.Popen[bytes], deadline: float) -> tuple[int, Any]:
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid == process.pid:
            process.returncode = os.waitstatus_to_exitcode(status)
            return process.returncode, usage
        if time.perf_counter() > deadline:
            process.kill()
            _pid, status, usage = os.wait4(process.pid, 0)
            process.returncode = -9
            return -9, usage
        time.sleep(0.005)


class _TreeSampler(threading.Thread):
    """Peaks of a process tree's memory, from /proc: summed PSS, and the largest single VmHWM."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = 0
        self.high_water: dict[int, int] = {}
        self._done = threading.Event()

    @property
    def largest(self) -> int:
        return max(self.high_water.values(), default=0)

    def stop(self) -> None:
        self._done.set()
        self.join()

    def run(self) -> None:
        while True:
            total, high_water = tree_mem(self.pid)
            self.peak = max(self.peak, total)
            for pid, size in high_water.items():
                self.high_water[pid] = max(self.high_water.get(pid, 0), size)
            if self._done.wait(_SAMPLE_EVERY):
                return


def tree_mem(root: int) -> tuple[int, dict[int, int]]:
    """Summed PSS (else RSS) of `root` and its live descendants, and each one's VmHWM, in bytes."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue
        fields = stat[stat.rfind(b")") + 2 :].split()
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    total, high_water, todo = 0, {}, [root]
    while todo:
        pid = todo.pop()
        peak = _status_kb(pid, b"VmHWM:")
        size = _pss(pid)
        if size is None:
            size = _status_kb(pid, b"VmRSS:")
        if size is None:
            continue
        total += size
        if peak is not None:
            high_water[pid] = peak
        todo.extend(children.get(pid, ()))
    return total, high_water


def _status_kb(pid: int, key: bytes) -> int | None:
    try:
        with open(f"/proc/{pid}/status", "rb") as handle:
            for line in handle:
                if line.startswith(key):
                    return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    return None


def _pss(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as handle:
            for line in handle:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    return None


@dataclass(frozen=True, slots=True)
class Stat:
    """Median, min and max of one metric over repetitions."""

    median: float
    low: float
    high: float
    count: int

    @classmethod
    def of(cls, values: Iterable[float]) -> Stat:
        items = sorted(values)
        if not items:
            return cls(float("nan"), float("nan"), float("nan"), 0)
        return cls(statistics.median(items), items[0], items[-1], len(items))

    def seconds(self) -> str:
        if self.count == 0:
            return "n/a"
        if self.count == 1:
            return f"{self.median:.2f} s"
        return f"{self.median:.2f} s ({self.low:.2f}-{self.high:.2f})"

    def megabytes(self) -> str:
        if self.count == 0:
            return "n/a"
        if self.count == 1 or round(self.low / MB) == round(self.high / MB):
            return f"{self.median / MB:.0f} MB"
        return f"{self.median / MB:.0f} MB ({self.low / MB:.0f}-{self.high / MB:.0f})"


@dataclass(frozen=True, slots=True)
class Summary:
    """Statistics of repeated samples of one benchmark row."""

    wall: Stat
    cpu: Stat
    max_rss: Stat
    tree_mem: Stat

    @classmethod
    def of(cls, samples: Sequence[Sample]) -> Summary:
        return cls(
            Stat.of(s.wall for s in samples),
            Stat.of(s.cpu for s in samples),
            Stat.of(float(s.max_rss) for s in samples),
            Stat.of(float(s.tree_mem) for s in samples),
        )

    def as_dict(self) -> dict[str, float | int]:
        return {
            "wall_median": self.wall.median,
            "wall_min": self.wall.low,
            "wall_max": self.wall.high,
            "cpu_median": self.cpu.median,
            "max_rss_median_mb": self.max_rss.median / MB,
            "tree_mem_median_mb": self.tree_mem.median / MB,
            "tree_mem_max_mb": self.tree_mem.high / MB,
            "runs": self.wall.count,
        }


def repeat(times: int, run: Callable[[int], Sample], label: str = "") -> list[Sample]:
    """`run(i)` for i in range(times), printing progress to stderr."""
    samples = []
    for index in range(times):
        sample = run(index)
        samples.append(sample)
        if label:
            note(f"{label} [{index + 1}/{times}]: {sample.wall:.2f} s wall, {sample.tree_mem / MB:.0f} MB")
    return samples


def note(message: str) -> None:
    print(f"  .. {message}", file=sys.stderr, flush=True)


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A Markdown table (readable as plain text too), columns padded."""
    text_rows = [[str(cell) for cell in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in text_rows)) if text_rows else len(h) for i, h in enumerate(headers)]
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |"]
    lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in text_rows:
        lines.append("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
    return "\n".join(lines)


def ratio(ours: float, other: float) -> str:
    if not ours or ours != ours or other != other:
        return "n/a"
    return f"{other / ours:.1f}x"


def codegen_command() -> list[str]:
    """How to start `codegen` from the repository's code, without a pyenv shim in between."""
    _byte_compiled()
    script = Path(sys.executable).parent / "codegen"
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "generator"]


@functools.cache
def _byte_compiled() -> None:
    """Byte-compile the repository's `generator` package, as `pip install` does for an installed one.

    Measured runs start from the checkout (`PYTHONPATH`), where Python writes a module's
    `.pyc` on first import, unless `PYTHONDONTWRITEBYTECODE` is set (as on the machine
    these benchmarks were first run on): then every module changed since its last `.pyc`
    is compiled from source again in every measured process (0.05-0.09 s seen).
    """
    import compileall

    compileall.compile_dir(ROOT / "generator", quiet=1)


def codegen_env(cache_dir: Path | None, **extra: str) -> dict[str, str]:
    """The environment of a measured codegen run: the repository's code first, its own cache folder."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CODEGEN_")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])
    if cache_dir is None:
        env["CODEGEN_NO_CACHE"] = "1"
    else:
        env["CODEGEN_CACHE_DIR"] = str(cache_dir)
    env.update(extra)
    return env


def machine() -> dict[str, str]:
    """Date and machine facts for RESULTS.md."""
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "ram": ram,
        "python": platform.python_version(),
        "os": f"{platform.system()} {platform.release()}",
        "load average (1, 5, 15 min)": load,
    }


def load_average() -> str:
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def snapshot(folder: Path) -> dict[str, tuple[int, int, int]]:
    """Every file under `folder`: (inode, mtime in ns, size), by relative path."""
    result = {}
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(dirpath, name)
            info = os.stat(path)
            result[os.path.relpath(path, folder)] = (info.st_ino, info.st_mtime_ns, info.st_size)
    return result


def rewritten(before: Mapping[str, tuple[int, int, int]], after: Mapping[str, tuple[int, int, int]]) -> list[str]:
    """Paths added, removed, or written again (new inode or mtime) between two snapshots."""
    return sorted(path for path in set(before) | set(after) if before.get(path) != after.get(path))
