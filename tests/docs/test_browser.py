"""The HTML site in a real browser: Debian's Chromium, headless, driven by Playwright.

Skipped, with the reason, when Chromium or Playwright is missing (`scripts/test.sh`
installs Chromium when run as root). Screenshots go to `test-artifacts/`.
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.ir.model import Api
from generator.targets.docs.site import render_site

from .conftest import docs_job, load_api, small_spec, write_files
from .test_site import HOSTILE

VIEWPORT = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


class Console:
    """Console errors, uncaught exceptions, failed requests and dialogs of one page."""

    def __init__(self, page: Any) -> None:
        self.problems: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"uncaught: {error}"))
        page.on("requestfailed", lambda request: self.problems.append(f"failed: {request.url}"))
        page.on("dialog", self._dialog)

    def _console(self, message: Any) -> None:
        if message.type == "error":
            self.problems.append(message.text)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport=VIEWPORT)
    opened = context.new_page()
    try:
        yield opened
    finally:
        context.close()


def url(site: Path, path: str) -> str:
    return (
        (site / path).as_uri() if "#" not in path else (site / path.split("#")[0]).as_uri() + "#" + path.split("#")[1]
    )


def in_view(page: Any, element_id: str) -> bool:
    return bool(
        page.evaluate(
            """id => { const r = document.getElementById(id).getBoundingClientRect();
                       return r.height > 0 && r.top >= 0 && r.top < innerHeight; }""",
            element_id,
        )
    )


def test_every_page_loads_without_console_errors(page: Any, default_site: Path, default_api: Api) -> None:
    console = Console(page)
    pages = sorted(p.name for p in default_site.glob("*.html"))
    assert "customer_sessions.html" in pages
    for name in pages:
        page.goto(url(default_site, name))
        page.wait_for_load_state("load")
        assert page.locator("h1[data-ready]").is_visible()
        # The resource list comes from nav.js (built after the first frame): every resource, on every page.
        page.locator("#nav a[href='payment_methods.html']").wait_for()
        assert page.locator("#nav a[href='customer_sessions.html']").count() == 1
        assert page.locator("#nav > li").count() == 1 + len(default_api.resources)  # + "All resources"
    page.locator("#q").fill("customer")  # loads the search index too
    page.wait_for_selector("#results li")
    assert console.problems == [] and console.dialogs == []


def test_search_finds_customer_session(page: Any, default_site: Path) -> None:
    console = Console(page)
    page.goto(url(default_site, "index.html"))
    page.locator("#q").fill("customer_session")
    first = page.locator("#results a").first
    first.wait_for()
    assert first.locator("code").inner_text() == "customer_session"
    assert first.get_attribute("href") == "customer_sessions.html#customer_session"
    labels = page.locator("#results a code").all_inner_texts()
    assert "customer_session.client_secret" in labels and "customer_sessions.create" in labels
    page.keyboard.press("Enter")
    page.wait_for_url("**/customer_sessions.html#customer_session")
    assert in_view(page, "customer_session")
    page.locator("#q").fill("single-use client secret")  # words from a description
    page.wait_for_selector("#results a")
    assert "customer_sessions.create" in page.locator("#results a code").all_inner_texts()
    assert console.problems == []


def test_deep_links_scroll_to_fields(page: Any, default_site: Path, artifacts: Path) -> None:
    console = Console(page)
    page.goto(url(default_site, "customer_sessions.html#customer_session-client_secret"))
    page.wait_for_load_state("load")
    assert page.evaluate("scrollY") > 0 and in_view(page, "customer_session-client_secret")
    top = page.evaluate("document.getElementById('customer_session-client_secret').getBoundingClientRect().top")
    assert 0 <= top < 120, top  # scrolled to the top of the window, below the sticky header
    page.screenshot(path=str(artifacts / "docs-customer_sessions.png"))

    nested = "customer_session-components-payment_element-features-payment_method_save"
    page.goto(url(default_site, "customer_sessions.html#" + nested))
    page.wait_for_function("id => document.getElementById(id).closest('details').open", arg=nested)
    assert in_view(page, nested)

    page.goto(url(default_site, "customer_sessions.html#customer_sessions.create-components-buy_button-enabled"))
    page.wait_for_function("() => document.querySelector('.hit') !== null")
    assert in_view(page, "customer_sessions.create-components-buy_button-enabled")

    page.locator("#customer_session-created .fn").click()  # a field's name is its own link
    page.wait_for_url("**#customer_session-created")
    assert console.problems == []


def test_copy_buttons_and_theme(page: Any, default_site: Path) -> None:
    page.goto(url(default_site, "customer_sessions.html"))
    light = page.evaluate("getComputedStyle(document.body).backgroundColor")
    page.locator("#theme").click()
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    dark = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert light != dark
    page.reload()  # the choice is remembered
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    button = page.locator("#customer_sessions\\.create button.copy").first
    button.click()
    page.wait_for_function("b => b.textContent === 'Copied'", arg=button.element_handle())


def test_phone_width(browser: Any, default_site: Path, artifacts: Path) -> None:
    context = browser.new_context(viewport=PHONE, color_scheme="dark", is_mobile=True, has_touch=True)
    phone = context.new_page()
    try:
        console = Console(phone)
        phone.goto(url(default_site, "customer_sessions.html#customer_sessions.create"))
        phone.wait_for_load_state("load")
        assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        assert not phone.locator("#side").is_visible()
        phone.screenshot(path=str(artifacts / "docs-customer_sessions-phone.png"))
        phone.locator("#menu").click()
        assert phone.locator("#side").is_visible()
        phone.locator("#nav a[href='customers.html']").click()
        phone.wait_for_url("**/customers.html")
        assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        assert console.problems == []
    finally:
        context.close()


@pytest.fixture()
def served(default_site: Path) -> Iterator[str]:
    """The site on a static HTTP server on 127.0.0.1 (any static host must work, not only file://)."""
    handler = functools.partial(_QuietHandler, directory=str(default_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_site_works_from_a_static_host(page: Any, served: str) -> None:
    console = Console(page)
    page.goto(served + "/customer_sessions.html#customer_session-client_secret")
    page.wait_for_load_state("load")
    assert in_view(page, "customer_session-client_secret")
    page.locator("#q").fill("customer_session")
    page.wait_for_selector("#results a")
    assert console.problems == []


def test_hostile_spec_runs_no_script(page: Any, tmp_path: Path, artifacts: Path) -> None:
    _, api = load_api(small_spec(tmp_path, HOSTILE))
    site = write_files(render_site(docs_job(api)), tmp_path / "site")
    console = Console(page)
    page.add_init_script("window.__pwned = 0; window.alert = () => { window.__pwned += 1; };")
    for name in sorted(p.name for p in site.glob("*.html")):
        page.goto(url(site, name))
        page.wait_for_load_state("load")
        for term in ("script", "alert", "img", "name"):
            page.locator("#q").fill(term)
            page.wait_for_timeout(50)
        for link in page.locator("main a").all():
            link.hover()
        page.locator("details summary").evaluate_all("all => all.forEach(s => s.click())")
    page.screenshot(path=str(artifacts / "docs-hostile.png"))
    assert page.evaluate("window.__pwned") == 0
    assert console.dialogs == []
    assert console.problems == []  # not even a CSP refusal: nothing from the spec tried to run
