"""Fixtures for the docs tests: the rendered default-spec docs, small specs, a headless Chromium."""

from __future__ import annotations

import os
import shutil
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.errors import Issue, Level
from generator.ir.convert import convert
from generator.ir.model import Api
from generator.load.loader import LoadedSpec, load
from generator.targets import Job, job_for
from generator.targets.docs.site import render_site

from ..conftest import DEFAULT_SPEC, ROOT

ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path(os.environ.get("CODEGEN_CHROMIUM", "/usr/bin/chromium"))
#: How CI (root, no network) must start Chromium: see /work/.library/env/machines/python.md.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def docs_job(
    api: Api,
    spec_name: str = "spec.yaml",
    package: str = "stripe_api",
    client_class: str = "StripeClient",
    **fields: Any,
) -> Job:
    """What the docs target renders from, with the Python client named as in the tests."""
    return job_for(api, spec_name, {"python": {"package": package, "client_class": client_class}}, **fields)


def stripe_job(api: Api) -> Job:
    return docs_job(api, "stripe-spec3-2023-09-12.yaml", package="stripe")


def load_api(path: Path) -> tuple[LoadedSpec, Api]:
    spec = load(path)
    api, issues = convert(spec)
    assert [issue for issue in issues if issue.level is Level.ERROR] == []
    return spec, api


def write_files(files: dict[str, str | bytes], out: Path) -> Path:
    for relative, content in files.items():
        target = out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return out


def small_spec(tmp_path: Path, text: str, name: str = "spec.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), "utf-8")
    return path


@pytest.fixture(scope="session")
def default_loaded() -> tuple[LoadedSpec, Api]:
    if not DEFAULT_SPEC.is_file():
        pytest.skip(f"{DEFAULT_SPEC} is not here yet")
    return load_api(DEFAULT_SPEC)


@pytest.fixture(scope="session")
def default_api(default_loaded: tuple[LoadedSpec, Api]) -> Api:
    return default_loaded[1]


@pytest.fixture(scope="session")
def default_docs(default_api: Api) -> dict[str, str | bytes]:
    return render_site(docs_job(default_api, DEFAULT_SPEC.name))


@pytest.fixture(scope="session")
def default_site(default_docs: dict[str, str | bytes], tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_files(default_docs, tmp_path_factory.mktemp("docs"))


@pytest.fixture(scope="session")
def stripe_loaded(stripe_loaded_spec: LoadedSpec, stripe_model: tuple[Api, list[Issue]]) -> tuple[LoadedSpec, Api]:
    """`load_api(stripe_spec)` of the shared load and model (tests/conftest.py)."""
    api, issues = stripe_model
    assert [issue for issue in issues if issue.level is Level.ERROR] == []
    return stripe_loaded_spec, api


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium driven by Playwright (never Playwright's own browser download).

    Module-scoped: Playwright's sync API runs an event loop while it is open, which
    would break `asyncio.run()` in tests that run after it.
    """
    if not CHROMIUM.is_file() and shutil.which("chromium") is None:
        pytest.skip("Chromium is not installed: apt-get update && apt-get install -y chromium")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed: pip install playwright")
    executable = str(CHROMIUM) if CHROMIUM.is_file() else str(shutil.which("chromium"))
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture()
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
