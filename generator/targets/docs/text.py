"""Spec descriptions (Markdown, untrusted) -> safe HTML, safe Markdown, plain text.

HTML comes from markdown-it-py in CommonMark mode with raw HTML off: any HTML in
a spec is escaped and shown as text, never parsed. Links are kept when their
scheme is http, https or mailto (or they are relative); `javascript:`, `data:`,
`vbscript:`, `file:` and every other scheme are dropped (the text stays). Images
are off, so a spec cannot make a reader's browser fetch anything.

HTML the spec wrote in a description (Stripe's `<p>`, `<code>`, `<a href>`...) is
already Markdown here: the IR rewrote it once for every target (ir/markup.py).
Safety never depends on that rewrite: whatever HTML is left is escaped.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from markupsafe import Markup

_SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")


_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_BACKTICKS = re.compile(r"`+")
_TAG_START = re.compile(r"(?<!\]\()<(?=[A-Za-z/!?])")  # not the `<` of a `](<url>)` link
_LINK_TARGET = re.compile(r"\]\((\s*<?)([^)\s>]*)")
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^<>\s]+>", re.IGNORECASE)


class _SafeMarkdown(MarkdownIt):
    """CommonMark with raw HTML escaped, images off and only harmless link schemes."""

    def __init__(self) -> None:
        super().__init__("commonmark", {"html": False, "linkify": False, "typographer": False})
        self.disable("image")

    def validateLink(self, url: str) -> bool:
        return is_safe_url(url)


_MARKDOWN = _SafeMarkdown()


def is_safe_url(url: str) -> bool:
    """True for relative URLs and http(s)/mailto ones; browsers ignore control chars and spaces in schemes."""
    compact = _INVISIBLE.sub("", html.unescape(url)).lower()
    compact = re.sub(r"%(?:0[0-9a-f]|1[0-9a-f]|20|7f)", "", compact)
    match = _SCHEME.match(compact)
    return match is None or match.group(1) in _SAFE_SCHEMES


def normalize(text: str) -> str:
    """The description as the renderers take it (its HTML is already Markdown: ir/markup.py)."""
    return text.strip()


@lru_cache(maxsize=65536)
def to_html(text: str) -> Markup:
    """Block HTML for a description; safe to insert into a page as is."""
    if not text:
        return Markup("")
    rendered = _MARKDOWN.render(normalize(text)).strip()
    if rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
        rendered = rendered[3:-4]  # one paragraph: no wrapper needed
    return Markup(rendered)


@lru_cache(maxsize=65536)
def to_markdown(text: str) -> str:
    """The description as Markdown for our .md files, with any raw HTML escaped."""
    return escape_raw_html(normalize(text))


@lru_cache(maxsize=65536)
def to_cell(text: str) -> str:
    """One line of Markdown for a table cell: paragraphs joined by `<br><br>`, pipes escaped."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", to_markdown(text)):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if lines:
            paragraphs.append("<br>".join(lines) if lines[0].startswith(("- ", "* ", "1. ")) else " ".join(lines))
    return "<br><br>".join(paragraphs).replace("|", "\\|")


def to_plain(text: str, limit: int = 160) -> str:
    """Plain text (for search and titles), cut at `limit` characters on a word boundary."""
    plain = _plain(text)
    if len(plain) <= limit:
        return plain
    cut = plain[:limit].rsplit(" ", 1)[0]
    return cut + "…"


@lru_cache(maxsize=65536)
def _plain(text: str) -> str:
    """The whole of a description as plain text (parsed once for every `limit`)."""
    parts: list[str] = []
    for token in _MARKDOWN.parse(normalize(text)):
        for child in token.children or ():
            if child.type in ("text", "code_inline"):
                parts.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                parts.append(" ")
        if token.type == "paragraph_close":
            parts.append(" ")
    return " ".join("".join(parts).split())


def escape_raw_html(markdown: str) -> str:
    """Escape `<` that would open raw HTML, and defuse links with unsafe schemes, outside code."""
    out: list[str] = []
    fence: str | None = None
    for line in markdown.split("\n"):
        marker = _FENCE.match(line)
        if fence is not None:
            if marker and marker.group(1)[0] == fence[0] and len(marker.group(1)) >= len(fence):
                fence = None
            out.append(line)
        elif marker:
            fence = marker.group(1)
            out.append(line)
        else:
            out.append(_escape_line(line))
    return "\n".join(out)


def _escape_line(line: str) -> str:
    """Escape tag starts in one line, skipping code spans and `<https://...>` autolinks."""
    result: list[str] = []
    position = 0
    while position < len(line):
        ticks = _BACKTICKS.search(line, position)
        end = ticks.start() if ticks else len(line)
        result.append(_escape_tags(line[position:end]))
        if ticks is None:
            break
        closing = line.find(ticks.group(0), ticks.end())
        while closing != -1 and line[closing : closing + len(ticks.group(0)) + 1] == ticks.group(0) + "`":
            closing = line.find(ticks.group(0), closing + len(ticks.group(0)) + 1)
        if closing == -1:  # an unmatched run of backticks is literal text
            result.append(ticks.group(0))
            position = ticks.end()
            continue
        result.append(line[ticks.start() : closing + len(ticks.group(0))])
        position = closing + len(ticks.group(0))
    return "".join(result)


def _escape_tags(text: str) -> str:
    text = _LINK_TARGET.sub(_defuse_link, text)
    pieces = []
    position = 0
    for link in _AUTOLINK.finditer(text):
        pieces.append(_TAG_START.sub("&lt;", text[position : link.start()]))
        pieces.append(link.group(0))
        position = link.end()
    pieces.append(_TAG_START.sub("&lt;", text[position:]))
    return "".join(pieces)


def _defuse_link(match: re.Match[str]) -> str:
    """`](javascript:...)` -> `]\\(javascript:...)`: no longer a link, shown as text."""
    return match.group(0) if is_safe_url(match.group(2)) else "]\\(" + match.group(1) + match.group(2)


def _code_span(text: str) -> str:
    """`text` as a Markdown code span, with a fence longer than any backtick run inside."""
    longest = max((len(run) for run in _BACKTICKS.findall(text)), default=0)
    fence = "`" * (longest + 1)
    padded = f" {text} " if text.startswith("`") or text.endswith("`") or not text.strip() else text
    return f"{fence}{padded}{fence}"


def md_code(text: str) -> str:
    """A Markdown code span for a name or value, safe inside a table cell."""
    return _code_span(text.replace("\n", " ")).replace("|", "\\|")


def md_span(text: str) -> str:
    """A Markdown code span for a name or type in running text (a table cell needs `md_code`)."""
    return _code_span(text.replace("\n", " "))


def md_escape(text: str) -> str:
    """Plain text (a title) for Markdown: specials backslash-escaped, raw HTML escaped."""
    escaped = re.sub(r"([\\`*_\[\]<>|~])", r"\\\1", " ".join(text.split()))
    return escaped.replace("&", "&amp;")


@dataclass(frozen=True, slots=True)
class Text:
    """A spec description, rendered on demand in the form a template asks for."""

    source: str

    def __bool__(self) -> bool:
        return bool(self.source.strip())

    @property
    def html(self) -> Markup:
        return to_html(self.source)

    @property
    def md(self) -> str:
        return to_markdown(self.source)

    @property
    def cell(self) -> str:
        return to_cell(self.source)

    @property
    def plain(self) -> str:
        return to_plain(self.source)

    @property
    def plain_short(self) -> str:
        """The first words, for search results."""
        return to_plain(self.source, 90)


def md_code_block(text: str, language: str = "") -> str:
    """A fenced code block whose fence is longer than any backtick run in `text`."""
    longest = max((len(run) for run in _BACKTICKS.findall(text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{language}\n{text}\n{fence}"


def text_content(text: str) -> Markup:
    """Escape for HTML element content only (`&`, `<`, `>`): code samples stay compact.

    Not for attribute values, where quotes matter; templates use it inside `<code>` only.
    """
    return Markup(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


_LEADING_PAIRS = re.compile(r"^((?:  )+)", re.MULTILINE)


def tab_indent(text: str) -> str:
    """Two-space indentation as tabs (the CSS shows a tab two columns wide): smaller pages."""
    return _LEADING_PAIRS.sub(lambda match: "\t" * (len(match.group(1)) // 2), text)
