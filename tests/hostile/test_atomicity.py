"""Atomicity: `codegen generate` killed at any moment (SIGKILL) leaves the output folder
exactly as it was or exactly as the new run makes it, never a mix; a full disk leaves the
old output intact and says so.

The old and new trees are built first (from two versions of one spec) and kept as bytes;
then the output folder is reset to the old tree, `python -m generator generate` starts on
the new spec, and is killed after a random delay (fixed seed) spread over its whole run.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.cli import main

from ..conftest import ROOT
from .corpus import spec_for, write_spec

KILLS = 12
SEED = 20240607


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.is_symlink()
    }


def _medium_spec(folder: Path, version: int) -> Path:
    """~20 resources; version 2 changes descriptions, adds and removes resources."""
    names = [f"resource_{n}" for n in range(20)] if version == 1 else [f"resource_{n}" for n in range(3, 24)]
    document = spec_for([("resource", name) for name in names] + [("model_field", f"field_{version}")])
    document["info"]["description"] = f"Version {version} of the medium spec."
    for path in document["paths"].values():
        for operation in path.values():
            operation["description"] = f"Described in version {version}."
    return write_spec(folder, document, f"spec_v{version}.json")


def _command(spec: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out), "-q"]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "CODEGEN_NO_CACHE": "1"}


def _run(spec: Path, out: Path) -> float:
    started = time.perf_counter()
    result = subprocess.run(_command(spec, out), env=_env(), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return time.perf_counter() - started


def test_sigkill_leaves_old_or_new_tree(tmp_path: Path) -> None:
    old_spec, new_spec = _medium_spec(tmp_path / "specs", 1), _medium_spec(tmp_path / "specs", 2)
    old_out, new_out = tmp_path / "expected_old", tmp_path / "expected_new"
    _run(old_spec, old_out)
    _run(old_spec, new_out)
    duration = _run(new_spec, new_out)  # an update run, as the killed runs will be
    _kill_runs(tmp_path, old_out, new_out, new_spec, duration, KILLS)


def test_sigkill_keeps_the_users_edits_and_the_bases_consistent(tmp_path: Path) -> None:
    """The same with a file the user edited (merged by the new run): old tree with the edit, or
    new tree with the edit merged in, and the stored bases agreeing with the manifest in both."""
    old_spec, new_spec = _medium_spec(tmp_path / "specs", 1), _medium_spec(tmp_path / "specs", 2)
    old_out, new_out = tmp_path / "expected_old", tmp_path / "expected_new"
    _run(old_spec, old_out)
    edited = [p for p in sorted(old_out.rglob("*.py")) if "services" in p.parts and ".codegen" not in p.parts][5]
    edited.write_text(edited.read_text() + "# the user's line\n")
    shutil.copytree(old_out, new_out)
    duration = _run(new_spec, new_out)
    merged = edited.relative_to(old_out)
    assert "# the user's line" in (new_out / merged).read_text(), "the edit was merged"
    assert (new_out / merged).read_text() != edited.read_text(), "the new run changed the edited file"
    _kill_runs(tmp_path, old_out, new_out, new_spec, duration, KILLS // 2)


def _bases_agree(out: Path) -> None:
    files = json.loads((out / ".codegen-manifest.json").read_text())["files"]
    for path, sha in files.items():
        assert hashlib.sha256((out / ".codegen" / "base" / path).read_bytes()).hexdigest() == sha, path


def _kill_runs(tmp_path: Path, old_out: Path, new_out: Path, new_spec: Path, duration: float, kills: int) -> None:
    """Start from `old_out`, run on `new_spec` and kill it after a random delay, `kills` times: each
    time the output is `old_out` or `new_out`, never a mix; then a full run gets to `new_out`."""
    old, new = _tree(old_out), _tree(new_out)
    assert old != new and len(new) > 50
    rng = random.Random(SEED)
    out = tmp_path / "work" / "generated"
    outcomes = {"old": 0, "new": 0}
    for _ in range(kills):
        shutil.rmtree(out.parent, ignore_errors=True)
        shutil.copytree(old_out, out)
        process = subprocess.Popen(
            _command(new_spec, out),
            env=_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(rng.uniform(0, duration * 1.1))
        process.send_signal(signal.SIGKILL)
        process.wait()
        with contextlib.suppress(ProcessLookupError):  # a forked validator child: end it too
            os.killpg(process.pid, signal.SIGKILL)
        now = _tree(out)
        assert now in (old, new), "a mix of old and new files: " + ", ".join(
            sorted(p for p in set(now) | set(old) | set(new) if now.get(p) not in (old.get(p), new.get(p)))[:10]
        )
        _bases_agree(out)
        outcomes["old" if now == old else "new"] += 1
        # The next run completes whatever was left behind (staging folders) and gets to `new`.
    _run(new_spec, out)
    assert _tree(out) == new
    assert not [p for p in out.parent.iterdir() if p != out], "staging folders left after a full run"
    print(f"{kills} kills over {duration:.2f} s runs: {outcomes}")
    assert outcomes["old"] >= 1  # the kills really landed before the swap sometimes


@pytest.fixture()
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MiB tmpfs: room for the old output, not for the old and the new side by side."""
    mount = tmp_path / "disk"
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], capture_output=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs to fill (needs root): {result.stderr.decode()[:200]}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_full_disk_leaves_old_output_and_says_so(
    tiny_disk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    small = write_spec(tmp_path / "specs", spec_for([]), "small.json")
    document = spec_for([("model_field", f"field_{n}") for n in range(30)])
    document["components"]["schemas"]["widget"]["description"] = "big " * 300_000  # ~1.2 MB in several files
    big = write_spec(tmp_path / "specs", document, "big.json")
    out = tiny_disk / "generated"
    monkeypatch.setenv("CODEGEN_NO_CACHE", "1")
    assert main(["generate", "--spec", str(small), "--out", str(out), "-q"]) == 0
    before = _tree(out)
    capsys.readouterr()
    code = main(["generate", "--spec", str(big), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "no space left on the device; its previous contents are intact" in err
    assert _tree(out) == before
    assert [p.name for p in tiny_disk.iterdir()] == ["generated"], "staging folder left on the full disk"
