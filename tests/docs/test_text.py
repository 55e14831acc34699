"""Descriptions: safe HTML (raw HTML escaped, only harmless links), safe Markdown, plain text."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from generator.ir.markup import html_to_markdown
from generator.targets.docs.text import (
    escape_raw_html,
    is_safe_url,
    md_code,
    md_code_block,
    md_escape,
    normalize,
    tab_indent,
    text_content,
    to_cell,
    to_html,
    to_markdown,
    to_plain,
)

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](java\tscript:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[x](vbscript:msgbox(1))",
    "![x](https://tracker.example/pixel.png)",
    '<a href="javascript:alert(1)">x</a>',
    "<svg onload=alert(1)>",
    "<iframe src=//evil>",
    # what the IR's HTML-to-Markdown rewrite (ir/markup.py) reads: entities, tags it knows around others
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "<b><script>alert(1)</script></b>",
    '<a href="https://ok.example" onclick="alert(1)">x</a>',
    '<a href="java&#x09;script:alert(1)">x</a>',
    "<pre><img src=x onerror=alert(1)></pre>",
    "<code>a&lt;b</code><img src=x onerror=alert(1)>",
    "<ul><li><iframe src=//evil></li></ul>",
]


ALLOWED_TAGS = {"p", "a", "code", "strong", "em", "ul", "ol", "li", "pre", "blockquote", "hr", "br", "h1", "h2", "h3"}
ALLOWED_TAGS |= {"h4", "h5", "h6"}


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, attrs))


def elements(html: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    parser = _Elements()
    parser.feed(html)
    return parser.found


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("rewrite", [False, True], ids=["raw", "ir"])
def test_nothing_hostile_survives_into_html(text: str, rewrite: bool) -> None:
    for tag, attrs in elements(to_html(html_to_markdown(text) if rewrite else text)):
        assert tag in ALLOWED_TAGS, (tag, text)
        for name, value in attrs:
            assert (tag, name) in {("a", "href"), ("code", "class")}, (tag, name, text)
            if name == "href":
                assert value is not None and is_safe_url(value), value


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("rewrite", [False, True], ids=["raw", "ir"])
def test_nothing_hostile_survives_into_markdown(text: str, rewrite: bool) -> None:
    markdown = to_markdown(html_to_markdown(text) if rewrite else text)
    markdown = re.sub(r"```.*?```", "", markdown, flags=re.S)  # code shows as text: it may say `<img`
    for needle in ("<script", "<img", "<svg", "<iframe", "<a "):
        assert needle not in markdown.lower()


def test_raw_html_is_shown_as_text() -> None:
    assert to_html("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;"


def test_links_are_kept_when_harmless() -> None:
    assert to_html("[docs](https://stripe.com/docs)") == '<a href="https://stripe.com/docs">docs</a>'
    assert to_html("[mail](mailto:a@b.c)") == '<a href="mailto:a@b.c">mail</a>'
    assert to_html("[there](#customer-id)") == '<a href="#customer-id">there</a>'
    assert to_html("[js](javascript:alert(1))") == "[js](javascript:alert(1))"


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://a.b", True),
        ("HTTP://a.b", True),
        ("/docs/api", True),
        ("#x", True),
        ("mailto:x@y.z", True),
        ("javascript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("jav&#x09;ascript:alert(1)", False),
        ("java%0ascript:alert(1)", False),
        ("data:text/html,x", False),
        ("vbscript:x", False),
        ("file:///etc/passwd", False),
    ],
)
def test_is_safe_url(url: str, safe: bool) -> None:
    assert is_safe_url(url) is safe


def test_stripe_simple_tags_render_as_html_once_the_ir_made_them_markdown() -> None:
    text = html_to_markdown(
        '<p>Creates a <code>Customer</code> with <strong>care</strong>. See <a href="https://stripe.com/docs">docs</a>.</p>'
    )
    assert normalize(text) == "Creates a `Customer` with **care**. See [docs](https://stripe.com/docs)."
    assert (
        to_html(text)
        == 'Creates a <code>Customer</code> with <strong>care</strong>. See <a href="https://stripe.com/docs">docs</a>.'
    )


def test_unknown_tags_stay_escaped_after_the_ir_rewrite() -> None:
    assert "&lt;currency&gt;" in to_html(html_to_markdown("<p>Amount in <currency> units</p>"))
    assert to_markdown(html_to_markdown("<p>Amount in <currency></p>")) == "Amount in &lt;currency>"
    assert "&lt;p&gt;" in to_html("<p>raw</p>")  # the docs rewrite nothing themselves: the IR did


def test_escape_raw_html_skips_code() -> None:
    text = "Use `<b>` and <b>bold</b>\n```\n<script>x</script>\n```\nand ``a ` <i>``"
    assert escape_raw_html(text) == "Use `<b>` and &lt;b>bold&lt;/b>\n```\n<script>x</script>\n```\nand ``a ` <i>``"
    assert escape_raw_html("see <https://stripe.com>") == "see <https://stripe.com>"


def test_table_cells_are_one_line() -> None:
    cell = to_cell("First | line\nwraps.\n\nSecond paragraph.")
    assert "\n" not in cell
    assert cell == "First \\| line wraps.<br><br>Second paragraph."


def test_plain_text_for_search() -> None:
    assert to_plain(html_to_markdown("<p>The **ID** of the [customer](https://x.y).</p>")) == "The ID of the customer."
    assert to_plain("word " * 100, limit=20) == "word word word word…"


def test_markdown_helpers() -> None:
    assert md_code("a`b|c") == "``a`b\\|c``"
    assert md_escape("a_b <x> [y]") == "a\\_b \\<x\\> \\[y\\]"
    assert md_code_block("x ``` y", "sh") == "````sh\nx ``` y\n````"
    assert text_content('<a href="x">&') == '&lt;a href="x"&gt;&amp;'
    assert tab_indent('{\n  "a": {\n    "b": 1\n  }\n}') == '{\n\t"a": {\n\t\t"b": 1\n\t}\n}'


def test_unsafe_markdown_links_are_defused() -> None:
    assert to_markdown("[x](javascript:alert(1)) [y](https://a.b)") == "[x]\\(javascript:alert(1)) [y](https://a.b)"
    assert to_markdown("[z](<vbscript:x>)") == "[z]\\(&lt;vbscript:x>)"
