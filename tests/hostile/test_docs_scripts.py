"""Script injection into the HTML docs: markup, `javascript:` links, SVG and event handlers in
descriptions, names, enum values and examples are escaped or dropped, never run.

Checked statically (every tag and attribute of every page and graph) and in a real browser
(Debian's Chromium through Playwright, as `tests/docs` does): every page is loaded, searched,
hovered and clicked with `alert`/`confirm`/`prompt`/`print` trapped and dialogs recorded,
once as generated and once with the page's Content-Security-Policy removed, so the escaping
itself is proved and not only the CSP that backs it up.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from ..docs.conftest import browser  # noqa: F401 - the shared Chromium fixture
from .conftest import find_in_tree, render_spec, write_tree
from .corpus import spec_for, write_spec

PAYLOADS = (
    "<script>alert('script')</script>",
    "<img src=x onerror=alert('img')>",
    "<svg onload=alert('svg')><script>alert('svg-script')</script></svg>",
    "<svg><a xlink:href='javascript:alert(\"svg-link\")'><text y='20'>x</text></a></svg>",
    "[md link](javascript:alert('md'))",
    "[md link 2](JaVaScRiPt:alert('md2'))",
    "[md data](data:text/html,<script>alert('data')</script>)",
    "<a href='javascript:alert(\"a\")'>a link</a>",
    "\"><script>alert('attr')</script>",
    "'-alert('quote')-'",
    "</textarea></title></style></script><script>alert('close')</script>",
    "<iframe src=javascript:alert('iframe')></iframe><object data=javascript:alert('object')></object>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert('mxss')>",
    "<base href='javascript:alert(1)//'><meta http-equiv=refresh content='0;url=javascript:alert(1)'>",
    "<form action=javascript:alert('form')><button>go</button></form>",
    "{{constructor.constructor('alert(1)')()}} ${alert('tpl')}",
    "\u2028alert('ls')\u2029",
    "<details open ontoggle=alert('toggle')>",
    "javascript:alert('bare')",
)
POSITIONS = ("descriptions", "title", "examples", "enum_value", "model_field", "body_param", "query_param", "resource")
_EXECUTABLE_URL = re.compile(r"^\s*(javascript|vbscript|data)\s*:", re.IGNORECASE)
_FORBIDDEN_TAGS = {"iframe", "object", "embed", "base", "form", "img", "math", "foreignobject", "frame"}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.inline_scripts = 0
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.inline_scripts += 1


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("xss")
    entries = [(position, payload) for payload in PAYLOADS for position in POSITIONS if position != "resource"]
    entries += [("resource", payload) for payload in PAYLOADS[:4]]  # a page each: a few are enough
    rendered = render_spec(write_spec(folder, spec_for(entries, title="XSS")), targets=("docs",))
    assert find_in_tree(rendered.files, b"alert"), "the payloads did not reach the docs at all"
    return write_tree(rendered.files, folder / "out") / "docs"


def _markup_problems(path: Path) -> list[str]:
    parser = _Tags()
    parser.feed(path.read_text("utf-8"))
    problems = [f"{path.name}: {parser.inline_scripts} inline script(s)"] if parser.inline_scripts else []
    for tag, attrs in parser.tags:
        if tag in _FORBIDDEN_TAGS:
            problems.append(f"{path.name}: <{tag}>")
        if tag == "script" and not (attrs.get("src") or "").startswith("assets/"):
            problems.append(f"{path.name}: <script src={attrs.get('src')!r}>")
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh":
            problems.append(f"{path.name}: <meta refresh>")
        for name, value in attrs.items():
            if name.startswith("on"):
                problems.append(f"{path.name}: <{tag} {name}=...>")
            urlish = name in ("href", "src", "xlink:href", "action", "formaction", "data")
            if urlish and value and _EXECUTABLE_URL.match(value) and value != "data:,":
                problems.append(f"{path.name}: <{tag} {name}={value[:40]!r}>")
    return problems


def test_pages_and_graphs_hold_no_active_markup(site: Path) -> None:
    pages = sorted(site.rglob("*.html")) + sorted(site.rglob("*.svg"))
    assert len(pages) >= 3
    problems = [p for page in pages for p in _markup_problems(page)]
    assert problems == []


def test_markdown_has_no_executable_links_or_raw_scripts(site: Path) -> None:
    for path in sorted(site.rglob("*.md")):
        text = path.read_text("utf-8")
        prose = re.sub(r"```.*?```", "", text, flags=re.DOTALL)
        prose = re.sub(r"(`+).*?\1", "", prose)
        assert not re.search(r"(?<!\\)\]\(\s*(javascript|vbscript|data):", prose, re.IGNORECASE), path.name
        assert not re.search(r"(?<!\\)<(script|img|svg|iframe|a\s+href\s*=\s*['\"]?javascript)", prose, re.I), path.name


def test_search_index_and_scripts_cannot_break_out(site: Path) -> None:
    for path in sorted((site / "assets").glob("*.js")):
        text = path.read_text("utf-8")
        if path.name in ("docs.js", "theme.js", "nav.js") and "alert(" not in text:
            continue
        assert "</script" not in text.lower(), path.name
        assert "\u2028" not in text and "\u2029" not in text, path.name


_TRAP = """
window.__pwned = [];
for (const name of ["alert", "confirm", "prompt", "print"]) {
  window[name] = (...args) => { window.__pwned.push(name + ":" + args.join(",")); };
}
"""


def _visit_all(page: Any, folder: Path) -> tuple[list[str], list[str], list[str]]:
    dialogs: list[str] = []
    errors: list[str] = []

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda error: errors.append(str(error)))
    pwned: list[str] = []
    for target in sorted(folder.rglob("*.html")) + sorted(folder.rglob("*.svg")):
        page.goto(target.as_uri())
        page.wait_for_load_state("load")
        if target.suffix == ".html" and page.locator("#q").count():
            for term in ("script", "alert", "onerror"):
                page.locator("#q").fill(term)
                page.wait_for_timeout(30)
        # Every link hovered and every in-page link followed, every <details> opened, in one go.
        page.evaluate("""() => {
                 for (const a of document.querySelectorAll('a')) {
                   a.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
                   a.dispatchEvent(new FocusEvent('focus'));
                   if ((a.getAttribute('href') || '').startsWith('#')) a.click();
                 }
                 for (const s of document.querySelectorAll('details summary')) s.click();
               }""")
        page.wait_for_timeout(50)
        pwned += page.evaluate("window.__pwned || []")
        pwned += page.evaluate("""() => [...document.querySelectorAll('*')].flatMap(el =>
                 [...el.attributes].filter(a => a.name.startsWith('on')
                   || /^\\s*javascript:/i.test(a.value)).map(a => el.tagName + ' ' + a.name))""")
    return dialogs, errors, pwned


def test_nothing_runs_in_a_real_browser(browser: Any, site: Path) -> None:  # noqa: F811
    context = browser.new_context()
    context.add_init_script(_TRAP)
    page = context.new_page()
    try:
        dialogs, errors, pwned = _visit_all(page, site)
    finally:
        context.close()
    assert dialogs == [] and pwned == [] and errors == []


def test_nothing_runs_even_without_the_csp(browser: Any, site: Path, tmp_path: Path) -> None:  # noqa: F811
    """Escaping, not the Content-Security-Policy, is what keeps the payloads inert."""
    import shutil

    bare = tmp_path / "bare"
    shutil.copytree(site, bare)
    stripped = 0
    for path in bare.rglob("*.html"):
        text = path.read_text("utf-8")
        without = re.sub(r"<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "", text)
        stripped += without != text
        path.write_text(without, "utf-8")
    assert stripped, "no CSP found to remove: the test would prove nothing new"
    context = browser.new_context()
    context.add_init_script(_TRAP)
    page = context.new_page()
    try:
        dialogs, errors, pwned = _visit_all(page, bare)
    finally:
        context.close()
    assert dialogs == [] and pwned == [] and errors == []
