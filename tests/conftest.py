"""Shared fixtures: paths to the project, the shipped spec and Stripe's third-party spec (and its model,
loaded and converted once per session)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.errors import Issue
from generator.ir.convert import convert
from generator.ir.model import Api
from generator.load.loader import LoadedSpec, load
from generator.targets.python.validation import ValidatorSet, load_validators

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT / "specs" / "customer_sessions.yaml"
SHARED = ROOT.parent / "shared" / "specs"
STRIPE_SPEC = SHARED / "stripe-spec3-2023-09-12.yaml"
STRIPE_SPEC_OLD = SHARED / "stripe-spec3-2023-06-21.yaml"


def _require(path: Path) -> Path:
    if not path.is_file():
        pytest.skip(f"{path} is not here: Stripe's spec is third-party data kept in ../shared, not in this repo")
    return path


@pytest.fixture(scope="session")
def stripe_spec() -> Path:
    return _require(STRIPE_SPEC)


@pytest.fixture(scope="session")
def stripe_spec_old() -> Path:
    return _require(STRIPE_SPEC_OLD)


# Stripe's spec takes about 10 s to parse and convert, and a dozen modules read its model: they
# share one (every IR class is a frozen dataclass). A test of loading itself loads it again.


@pytest.fixture(scope="session")
def stripe_loaded_spec(stripe_spec: Path) -> LoadedSpec:
    """`load(stripe_spec)`, once per session."""
    return load(stripe_spec)


@pytest.fixture(scope="session")
def stripe_model(stripe_loaded_spec: LoadedSpec) -> tuple[Api, list[Issue]]:
    """`convert(load(stripe_spec))`, once per session: the model and the converter's issues."""
    return convert(stripe_loaded_spec)


@pytest.fixture(scope="session")
def stripe_api(stripe_model: tuple[Api, list[Issue]]) -> Api:
    """Stripe's model (equal to `load_api(stripe_spec, Config(), None).api`)."""
    return stripe_model[0]


@pytest.fixture(scope="session")
def stripe_validators(stripe_api: Api) -> ValidatorSet:
    """The Python client's validators of Stripe's model, compiled in memory once per session."""
    return load_validators(stripe_api)


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test session gets its own cache folder, so tests never see a user's cache."""
    monkeypatch.setenv("CODEGEN_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
    yield


def run_codegen(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real command in a child process (`python -m generator`)."""
    full_env = {**os.environ, **(env or {})}
    full_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), full_env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd or ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=600,
    )
