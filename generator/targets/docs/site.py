"""Rendering the `docs` target: reference documentation as Markdown and as a static HTML site.

Output (relative to `generated/docs/`):

* `index.md`, `<resource>.md`: Markdown, one page per resource;
* `index.html`, `<resource>.html`, `assets/`: a static site that works from
  `file://` and any static host: no CDN, no framework, our own small CSS and JS,
  a search index as a script;
* `graphs/<resource>.svg`: the resource graph the Markdown pages show (the HTML
  pages inline it).

Templates live in `templates/docs/`; a user's folder (`Job.templates`,
its `docs/` subfolder) is searched first, so single templates can be replaced.
Templates see only the view model built in `view.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from jinja2 import Environment

from ...cache.incremental import Memo, tracked
from ...surface import Resource
from .. import Job
from ..jinja import environment as render_environment
from .fields import FieldRef, Shown
from .graph import GraphView
from .search import Item, nav_script, page_items, search_index
from .text import md_code, md_code_block, md_escape, md_span, tab_indent, text_content
from .view import SiteParts, build_page, site_parts

ASSETS = ("assets/docs.css", "assets/docs.js", "assets/theme.js")
_HTML_TEMPLATES = (".html.j2", ".svg.j2")


@dataclass(frozen=True, slots=True)
class PageFiles:
    """What rendering one page makes (one incremental unit): its files, its search
    items, and the shapes it showed first (for the pages after it)."""

    files: dict[str, str]
    items: tuple[Item, ...]
    shown: dict[str, FieldRef]


def render_site(job: Job) -> dict[str, str | bytes]:
    """Every file of the site. Pages whose inputs are unchanged since the last run
    (`job.memo`) are reused; the index, search index and navigation are rebuilt."""
    memo = job.memo or Memo()
    api = tracked(job.api)
    parts = site_parts(api, job)
    memo.begin(
        api,
        (sorted((name, repr(options)) for name, options in job.options.items()), job.spec_name),
        str(job.templates),
        (api.title, api.version, api.openapi, api.description, api.source, api.servers, api.auth, api.resources),
        sorted(parts.owners.items()),
        sorted(parts.named.items()),
        parts.site,
    )
    memo.live(Shown.KIND, parts.shown.digest)
    env = environment(job.templates, job.compiled_templates)
    files: dict[str, str | bytes] = {}
    items: list[Item] = []
    for number, resource in enumerate(api.resources):
        graph = parts.graph(resource)
        parts.shown.start_page()  # before the unit is checked: what the previous page showed counts as shown
        page = memo.unit(
            f"page/{resource.id}",
            (),
            partial(_render_page, parts, env, resource, graph, number),
            inputs=(number, graph),
        )
        parts.shown.replay(page.shown)
        files.update(page.files)
        items.extend(page.items)
    site, pages = parts.site, parts.summaries()
    files["index.md"] = env.get_template("index.md.j2").render(site=site, pages=pages)
    files["index.html"] = env.get_template("index.html.j2").render(site=site, pages=pages, page=None)
    files["assets/search-index.js"] = search_index([page.slug for page in pages], items)
    files["assets/nav.js"] = nav_script(site)
    loader = env.loader
    assert loader is not None
    for asset in ASSETS:
        files[asset] = loader.get_source(env, asset)[0]
    return files


def _render_page(parts: SiteParts, env: Environment, resource: Resource, graph: GraphView, number: int) -> PageFiles:
    page = build_page(parts, resource, graph)
    site, slug = parts.site, page.slug
    files = {
        f"{slug}.md": env.get_template("resource.md.j2").render(site=site, page=page),
        f"{slug}.html": env.get_template("resource.html.j2").render(site=site, page=page),
        f"graphs/{slug}.svg": env.get_template("graph.svg.j2").render(graph=graph, ext="md"),
    }
    return PageFiles(files, page_items(page, number), dict(parts.shown.added))


def environment(overrides: Path | None = None, compiled: Path | None = None) -> Environment:
    """Jinja for the docs' templates: a user's `<overrides>/docs/` first, then ours; HTML and
    SVG templates autoescaped."""
    return render_environment("docs", overrides, autoescape=_autoescape, filters=_FILTERS, compiled=compiled)


_FILTERS = (
    ("md_code", md_code),
    ("md_span", md_span),
    ("md_escape", md_escape),
    ("md_code_block", md_code_block),
    ("text_content", text_content),
    ("tab_indent", tab_indent),
)


def _autoescape(name: str | None) -> bool:
    return name is not None and name.endswith(_HTML_TEMPLATES)
