"""Spec prose with HTML in it -> the Markdown it stands for, once, for every target.

OpenAPI descriptions are CommonMark, but many specs write HTML in them (Stripe's
`<p>`, `<code>`, `<a href>`; `<b>Required scope:</b>` elsewhere). Every target
and the docs would otherwise show those tags as literal text, or strip them each
in its own way. The tags below are rewritten here, in the IR, to Markdown:

    b strong -> **x**     i em -> *x*      code -> `x`     pre -> a ``` fence
    a href   -> [x](url)  p -> paragraph   br -> new line  ul ol li -> - x / 1. x
    h1..h6   -> ### x     entities (&amp; &lt; &#39;...) -> their characters

Everything else is left as it was: the Markdown around the tags (blank lines,
lists, indentation: what an HTML-to-Markdown library such as markdownify collapses,
since it reads the whole text as HTML), text in Markdown code spans and fences, and
any other tag (`<script>`, `<img>`), which each target escapes for its syntax as
before. Safety never depends on this rewrite: the docs still render in safe mode,
Javadoc still escapes `<` and `*/`. An entity that spells a tag (`&lt;b&gt;`)
becomes that text, never a tag.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

_KNOWN = r"b|strong|i|em|code|pre|a|p|br|ul|ol|li|h[1-6]"
#: A tag we rewrite; its attributes are read only for `a`'s href.
_TAG = re.compile(rf"<(/?)({_KNOWN})((?:\s[^<>]*)?)/?>", re.IGNORECASE)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>]+))""", re.IGNORECASE)
#: Markdown code (a fence to its closing fence, or a code span) is left as written.
_MARKDOWN_CODE = re.compile(
    r"^ {0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^ {0,3}\1[^\n]*$|\Z)"  # a fence
    r"|(`+)(?!`)[^\n]+?(?<!`)\2(?!`)",  # a code span (on one line)
    re.M | re.S,
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_TRAILING = re.compile(r"[ \t]+\n")
_LIMIT = 200_000  # longer prose is left alone (the targets bound what they print anyway)


@lru_cache(maxsize=65536)
def html_to_markdown(text: str) -> str:
    """`text` with its simple HTML (and entities) as Markdown; text without `<` or `&` as it was."""
    if ("<" not in text and "&" not in text) or len(text) > _LIMIT:
        return text
    out: list[str] = []
    start = 0
    for match in _MARKDOWN_CODE.finditer(text):
        out.append(_convert(text[start : match.start()]))
        out.append(match.group(0))
        start = match.end()
    out.append(_convert(text[start:]))
    joined = "".join(out)
    if joined == text:
        return text
    return _BLANK_LINES.sub("\n\n", _TRAILING.sub("\n", joined)).strip()


def _convert(text: str) -> str:
    if not _TAG.search(text):
        return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    writer = _Writer()
    start = 0
    for match in _TAG.finditer(text):
        writer.text(text[start : match.start()])
        writer.tag(match.group(2).lower(), closing=bool(match.group(1)), attrs=match.group(3) or "")
        start = match.end()
    writer.text(text[start:])
    return writer.result()


class _Writer:
    """Markdown out of a run of text and known tags; unbalanced tags are forgiven."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.lists: list[list[int]] = []  # one [counter] per open list; counter -1: bullets
        self.links: list[tuple[int, str]] = []  # (index in parts, href) of each open <a>
        self.code: list[int] = []  # index in parts where an open <code> starts
        self.emphasis: list[tuple[int, str]] = []  # (index in parts, `**` or `*`) of each open <b>/<i>
        self.pre = 0

    def text(self, chunk: str) -> None:
        if chunk:
            self.parts.append(_ENTITY.sub(lambda m: html.unescape(m.group(0)), chunk))

    def tag(self, name: str, *, closing: bool, attrs: str) -> None:
        if self.pre and name not in ("pre",):
            return  # inside <pre> only its own end counts; the rest is its text's markup
        if name in ("b", "strong", "i", "em"):
            self._emphasis("**" if name in ("b", "strong") else "*", closing)
        elif name == "code":
            self._code(closing)
        elif name == "a":
            self._anchor(closing, attrs)
        elif name in ("p", "br"):
            self.parts.append("\n\n" if name == "p" else "\n")
        elif name in ("ul", "ol"):
            self._list(name, closing)
        elif name == "li":
            self._item(closing)
        elif name == "pre":
            self._pre(closing)
        else:  # h1..h6
            self.parts.append("\n\n" if closing else "\n\n" + "#" * int(name[1]) + " ")

    def _emphasis(self, marker: str, closing: bool) -> None:
        """`**x**`: the spaces just inside the tags go outside the markers, where Markdown wants them."""
        if not closing:
            self.emphasis.append((len(self.parts), marker))
        elif self.emphasis:
            at, opened = self.emphasis.pop()
            content = "".join(self.parts[at:])
            inner = content.strip()
            if inner:
                lead, trail = content[: len(content) - len(content.lstrip())], content[len(content.rstrip()) :]
                content = f"{lead}{opened}{inner}{opened}{trail}"
            self.parts[at:] = [content]

    def _code(self, closing: bool) -> None:
        if not closing:
            self.code.append(len(self.parts))
        elif self.code:
            at = self.code.pop()
            content = "".join(self.parts[at:])
            self.parts[at:] = [_code_span(content)]

    def _anchor(self, closing: bool, attrs: str) -> None:
        if not closing:
            found = _HREF.search(attrs)
            href = html.unescape(next((g for g in found.groups() if g is not None), "")) if found else ""
            self.links.append((len(self.parts), href.strip()))
        elif self.links:
            at, href = self.links.pop()
            label = "".join(self.parts[at:]).strip()
            if href and label and not re.search(r"[\s()<>\[\]]", href) and "]" not in label:
                self.parts[at:] = [f"[{label}]({href})"]

    def _list(self, name: str, closing: bool) -> None:
        if closing:
            if self.lists:
                self.lists.pop()
            if not self.lists:
                self.parts.append("\n\n")
        else:
            if not self.lists:
                self.parts.append("\n\n")
            self.lists.append([0 if name == "ol" else -1])

    def _item(self, closing: bool) -> None:
        if closing:
            return
        depth = max(len(self.lists), 1)
        counter = self.lists[-1] if self.lists else [-1]
        if counter[0] >= 0:
            counter[0] += 1
            marker = f"{counter[0]}. "
        else:
            marker = "- "
        self.parts.append("\n" + "   " * (depth - 1) + marker)

    def _pre(self, closing: bool) -> None:
        if not closing:
            self.pre += 1
            self.parts.append("\n\n```\n")
        elif self.pre:
            self.pre -= 1
            self.parts.append("\n```\n\n")

    def result(self) -> str:
        text = "".join(self.parts)
        # a list item's text starts right after its marker, whatever whitespace the HTML had
        return re.sub(r"^( *(?:- |\d+\. ))[ \t\n]+", r"\1", text, flags=re.M)


def _code_span(content: str) -> str:
    """`content` as a Markdown code span that its own backticks cannot end."""
    content = " ".join(content.split("\n"))
    if not content.strip():
        return content
    longest = max((len(run) for run in re.findall(r"`+", content)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if content.startswith("`") or content.endswith("`") else ""
    return f"{fence}{pad}{content}{pad}{fence}"
