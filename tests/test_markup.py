"""HTML in spec descriptions becomes Markdown once, in the IR (generator/ir/markup.py), and every
target shows it in its own syntax: Markdown in docstrings, YARD and TSDoc, HTML in Javadoc, the docs."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.ir.markup import html_to_markdown

from .conftest import run_codegen


@pytest.mark.parametrize(
    ("html", "markdown"),
    [
        ("<b>Required scope:</b> <code>tasks:read</code>", "**Required scope:** `tasks:read`"),
        ("<b>Required scope: </b><code>tasks:read</code>", "**Required scope:** `tasks:read`"),  # asana's
        ("<b> a <i>b </i></b>c", "**a *b*** c"),
        ("<p>One.</p><p>Two <em>it</em> <i>i</i> <strong>s</strong>.</p>", "One.\n\nTwo *it* *i* **s**."),
        ('See <a href="https://x.example/a?b=1&amp;c=2">the docs</a>.', "See [the docs](https://x.example/a?b=1&c=2)."),
        ("<ul><li>one</li><li>two</li></ul>", "- one\n- two"),
        ("<ol><li>a<ul><li>b</li></ul></li><li>c</li></ol>", "1. a\n   - b\n2. c"),
        ("<h3>Title</h3>text<br>next", "### Title\n\ntext\nnext"),
        ("<pre><code>x = <b>1</b>\ny &lt; 2</code></pre>", "```\nx = 1\ny < 2\n```"),
        ("<code>a`b</code>", "``a`b``"),
        ("Fish &amp; chips &#8212; &lt;b&gt;", "Fish & chips \u2014 <b>"),
    ],
)
def test_html_becomes_markdown(html: str, markdown: str) -> None:
    assert html_to_markdown(html) == markdown


def test_markdown_around_the_tags_keeps_its_shape() -> None:
    text = "Lists tasks.\n\n- item one\n- item *two*\n\n<b>Scope:</b> x\n\n    indented code\n\nUse `<b>` here."
    assert html_to_markdown(text) == text.replace("<b>Scope:</b>", "**Scope:**", 1)
    fenced = "```html\n<b>kept</b>\n```\n<b>b</b>"
    assert html_to_markdown(fenced) == "```html\n<b>kept</b>\n```\n**b**"


def test_text_without_html_is_untouched_and_other_tags_stay() -> None:
    for text in ("plain  text\n\n  with spacing ", "a < b and c > d", "1 & 2"):
        assert html_to_markdown(text) == text
    assert html_to_markdown("<script>x</script> <b>y</b>") == "<script>x</script> **y**"
    assert html_to_markdown('<a href="javascript:alert(1)">x</a>') == "x"  # an unsafe-looking href: text only


def test_the_rewrite_can_be_seen_failing() -> None:
    """The negative: the check above would catch a rewrite that left a known tag alone."""
    assert html_to_markdown("<b>x</b>") != "<b>x</b>"
    assert "<" not in html_to_markdown("<p><b>a</b><i>b</i><code>c</code><ul><li>d</li></ul></p>")


_SPEC = """\
openapi: 3.0.3
info: {title: Scopes, version: "1"}
paths:
  /tasks:
    get:
      operationId: listTasks
      description: |-
        <p>Lists <b>every</b> task.</p><b>Required scope:</b> <code>tasks:read</code>
        <ul><li>first item</li><li>second item</li></ul>
      parameters:
        - {name: limit, in: query, schema: {type: integer}, description: "At <i>most</i> this many."}
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Task"}}
components:
  schemas:
    Task:
      type: object
      description: "A <strong>task</strong>: see <a href='https://x.example/tasks'>tasks</a>."
      properties:
        id: {type: string, description: "Its <code>id</code>."}
"""


def test_every_target_shows_the_markdown(tmp_path: Path) -> None:
    spec = tmp_path / "scopes.yaml"
    spec.write_text(_SPEC)
    out = tmp_path / "out"
    args = ["generate", str(spec), "--out", str(out), "-q"]
    result = run_codegen(*args, *(a for t in ("python", "ruby", "java", "typescript", "docs") for a in ("--target", t)))
    assert result.returncode == 0, result.stderr
    texts = {t: _read(out / t) for t in ("python", "ruby", "java", "typescript", "docs")}
    for target in ("python", "ruby", "typescript"):
        text = texts[target]
        assert "**Required scope:** `tasks:read`" in text, target
        assert "- first item" in text and "- second item" in text and "first item - second" not in text, target
        assert "A **task**: see [tasks](https://x.example/tasks)." in text, target
        assert "<b>" not in text and "<p>" not in text and "<code>" not in text, target
    java = texts["java"]
    assert "<b>Required scope:</b> {@code tasks:read}" in java
    assert "<li>first item" in java and "<li>second item" in java
    assert 'A <b>task</b>: see <a href="https://x.example/tasks">tasks</a>.' in java
    docs = texts["docs"]
    assert "<strong>Required scope:</strong> <code>tasks:read</code>" in docs
    assert "&lt;b&gt;" not in docs


def _read(folder: Path) -> str:
    return "\n".join(
        p.read_text(errors="replace") for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix != ".png"
    )


def test_javadoc_emphasis_never_reads_code_spans() -> None:
    from generator.targets.java.words import doc_lines

    lines = doc_lines("A `*` wildcard, as in `payment_intent.*`. **bold**, *it* and `**x**`.")
    assert lines == ["A {@code *} wildcard, as in {@code payment_intent.*}. <b>bold</b>, <i>it</i> and {@code **x**}."]
