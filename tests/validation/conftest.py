"""Fixtures: the default spec's IR and its generated validators compiled in memory (Stripe's: tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import Config
from generator.ir.model import Api, Operation
from generator.pipeline import load_api
from generator.targets.python.validation import ValidatorSet, load_validators

from ..conftest import DEFAULT_SPEC


def operation(api: Api, resource: str, name: str) -> Operation:
    return next(op for op in api.operations if op.resource == resource and op.name == name)


@pytest.fixture(scope="session")
def default_spec() -> Path:
    if not DEFAULT_SPEC.is_file():
        pytest.skip(f"{DEFAULT_SPEC} is not here yet")
    return DEFAULT_SPEC


@pytest.fixture(scope="session")
def default_api(default_spec: Path) -> Api:
    return load_api(default_spec, Config(), None).api


@pytest.fixture(scope="session")
def default_validators(default_api: Api) -> ValidatorSet:
    return load_validators(default_api)


# (`stripe_api` and `stripe_validators`: tests/conftest.py, shared with the other targets' differential tests)
