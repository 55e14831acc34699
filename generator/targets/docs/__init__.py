"""The `docs` target: reference documentation as Markdown and as a static HTML site.

Output (relative to `generated/docs/`):

* `index.md`, `<resource>.md`: Markdown, one page per resource;
* `index.html`, `<resource>.html`, `assets/`: a static site that works from
  `file://` and any static host: no CDN, no framework, our own small CSS and JS,
  a search index as a script;
* `graphs/<resource>.svg`: the resource graph the Markdown pages show (the HTML
  pages inline it).

Templates live in `templates/docs/`; a user's folder (`Settings.templates`,
its `docs/` subfolder) is searched first, so single templates can be replaced.
Templates see only the view model built in `view.py`.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import BaseLoader, ChoiceLoader, Environment, FileSystemLoader, PackageLoader, StrictUndefined

from ...model import Api
from .. import Settings
from .search import nav_script, search_index
from .text import md_code, md_code_block, md_escape, tab_indent, text_content
from .view import Site, build_site

ASSETS = ("assets/docs.css", "assets/docs.js", "assets/theme.js")
_HTML_TEMPLATES = (".html.j2", ".svg.j2")


def render_target(api: Api, settings: Settings) -> dict[str, str | bytes]:
    site = build_site(api, settings)
    env = environment(settings.templates)
    return render_site(site, env)


def render_site(site: Site, env: Environment) -> dict[str, str | bytes]:
    files: dict[str, str | bytes] = {
        "index.md": env.get_template("index.md.j2").render(site=site),
        "index.html": env.get_template("index.html.j2").render(site=site, page=None),
        "assets/search-index.js": search_index(site),
        "assets/nav.js": nav_script(site),
    }
    resource_md = env.get_template("resource.md.j2")
    resource_html = env.get_template("resource.html.j2")
    graph_svg = env.get_template("graph.svg.j2")
    for page in site.pages:
        files[f"{page.slug}.md"] = resource_md.render(site=site, page=page)
        files[f"{page.slug}.html"] = resource_html.render(site=site, page=page)
        files[f"graphs/{page.slug}.svg"] = graph_svg.render(graph=page.graph, ext="md")
    loader = env.loader
    assert loader is not None
    for asset in ASSETS:
        files[asset] = loader.get_source(env, asset)[0]
    return files


def environment(overrides: Path | None = None) -> Environment:
    """Jinja for our templates: a user's `<overrides>/docs/` first, then ours."""
    loaders: list[BaseLoader] = []
    if overrides is not None:
        loaders.append(FileSystemLoader(str(overrides / "docs")))
    loaders.append(_our_templates())
    env = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=_autoescape,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md_code"] = md_code
    env.filters["md_escape"] = md_escape
    env.filters["md_code_block"] = md_code_block
    env.filters["text_content"] = text_content
    env.filters["tab_indent"] = tab_indent
    return env


def _autoescape(name: str | None) -> bool:
    return name is not None and name.endswith(_HTML_TEMPLATES)


def _our_templates() -> BaseLoader:
    """`templates/docs` of a source checkout, else the installed `codegen_templates` package."""
    checkout = Path(__file__).resolve().parents[3] / "templates" / "docs"
    if checkout.is_dir():
        return FileSystemLoader(str(checkout))
    return PackageLoader("codegen_templates", "docs")
