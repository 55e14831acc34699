"""The `docs` target: reference documentation as Markdown and a static HTML site (`site.py`).

Each client target's samples and call paths come from that target (`languages.py`), so the
docs and every client agree on names. It has no settings table and no formatter: the
templates write the final text.
"""

from __future__ import annotations

from .. import Files, Job, PlainTarget


class DocsTarget(PlainTarget):
    name = "docs"
    templates = "docs"

    def render(self, job: Job) -> Files:
        from .site import render_site

        return render_site(job)


TARGET = DocsTarget()
