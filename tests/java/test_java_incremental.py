"""The Java target renders incrementally: after each random edit of the default spec, a run
with the memo of the previous runs writes exactly what a cold run writes, having reused units."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from ..conftest import DEFAULT_SPEC
from ..test_incremental import _edit, _generate, _reuse_counter, _tree


def test_java_incremental_runs_equal_cold_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec_dir = tmp_path / "spec"
    shutil.copytree(DEFAULT_SPEC.parent, spec_dir)
    spec = spec_dir / DEFAULT_SPEC.name
    out, warm_cache = tmp_path / "out", tmp_path / "warm-cache"
    _generate(spec, out, warm_cache, monkeypatch, "java")
    rng = random.Random(20261202)
    done = []
    for step in range(8):
        done.append(_edit(spec_dir, rng, step))
        reused = _reuse_counter(monkeypatch)
        _generate(spec, out, warm_cache, monkeypatch, "java")
        cold = tmp_path / f"cold-{step}"
        _generate(spec, cold, tmp_path / f"cold-cache-{step}", monkeypatch, "java")
        assert _tree(out) == _tree(cold), f"incremental output differs after: {done}"
        assert reused() or step % 5 == 4, f"nothing was reused after: {done[-1]}"
