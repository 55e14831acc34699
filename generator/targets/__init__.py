"""Output targets. Each renders the IR into `{relative path: text}` for its folder.

Targets are imported lazily so `codegen generate --target ir` never pays for the
Python client's templates.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

from ..incremental import Memo
from ..model import Api


@dataclass(frozen=True, slots=True)
class Settings:
    """What targets need besides the IR."""

    package: str
    client_class: str
    package_version: str
    spec_name: str  # the spec file's name, for "generated from" headers
    templates: Path | None = None  # user overrides, searched before ours
    memo: Memo | None = None  # last run's rendered units, for targets that render incrementally
    compiled_templates: Path | None = None  # where Jinja keeps compiled templates between runs


_MODULES = {"python": "python", "docs": "docs", "ir": "ir"}


def render(target: str, api: Api, settings: Settings) -> dict[str, str | bytes]:
    module = importlib.import_module(f"{__name__}.{_MODULES[target]}")
    files: dict[str, str | bytes] = module.render_target(api, settings)
    return files
