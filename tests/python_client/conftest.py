"""Fixtures: the default spec's client generated into a temp folder and importable."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from generator.config import Config
from generator.pipeline import generate

from ..conftest import DEFAULT_SPEC


def generate_package(spec: Path, out: Path, package: str = "stripe_api", client_class: str = "StripeClient") -> Path:
    """Generate the python target for `spec` into `out`; returns the folder to put on sys.path."""
    config = Config(
        spec=spec, out=out, tables={"python": {"package": package, "client_class": client_class}}, targets=("python",)
    )
    generate(config)
    return out / "python"


@pytest.fixture(scope="session")
def package_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_package(DEFAULT_SPEC, tmp_path_factory.mktemp("client"))


@pytest.fixture(scope="session")
def sdk(package_root: Path) -> Iterator[ModuleType]:
    """The generated `stripe_api` package, imported from the temp folder."""
    sys.path.insert(0, str(package_root))
    for name in [m for m in sys.modules if m == "stripe_api" or m.startswith("stripe_api.")]:
        del sys.modules[name]
    try:
        yield importlib.import_module("stripe_api")
    finally:
        sys.path.remove(str(package_root))


@pytest.fixture(scope="session")
def stripe_package_root(stripe_spec: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The client generated from Stripe's whole spec, as package `stripe_full`."""
    return generate_package(stripe_spec, tmp_path_factory.mktemp("stripe-client"), package="stripe_full")
