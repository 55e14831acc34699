"""The `docs` target: reference documentation as Markdown and a static HTML site (`site.py`).

Each client target's samples and call paths come from that target (`languages.py`), so the
docs and every client agree on names. It has no settings table and no formatter: the
templates write the final text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...ir.model import Api
from .. import Files, Job, NoSamples, reject_unknown_keys, unformatted

if TYPE_CHECKING:
    from ...cache import Cache


class DocsTarget(NoSamples):
    name = "docs"
    templates = "docs"
    top_level_keys: frozenset[str] = frozenset()

    def check_options(self, table: Mapping[str, Any], where: str) -> None:
        reject_unknown_keys(table, set(), where, self.name)

    def options(self, table: Mapping[str, Any], api: Api) -> None:
        return None

    def render(self, job: Job) -> Files:
        from .site import render_site

        return render_site(job)

    def format(self, files: Files, *, trust_layout: bool, cache: Cache | None) -> Files:
        return unformatted(files)


TARGET = DocsTarget()
