"""The docs target's output: files, links, samples, safety, overrides, and the full Stripe spec."""

from __future__ import annotations

import ast
import re
import shlex
from html.parser import HTMLParser
from pathlib import Path

import black
import pytest

from generator.ir.model import Api
from generator.load.loader import LoadedSpec
from generator.output.write import check_relative_path
from generator.targets.docs.site import render_site
from generator.targets.docs.text import Text, is_safe_url
from generator.targets.docs.view import OperationView, build_pages, page_slugs

from ..conftest import DEFAULT_SPEC, run_codegen
from .conftest import docs_job, load_api, small_spec, stripe_job

_HREF = re.compile(r'(?:href|src)="([^"]*)"')
_ID = re.compile(r'\sid="([^"]*)"')
_MD_LINK = re.compile(r"(?<!\\)\]\(([^)\s]+)\)")  # `\]` is a literal bracket, not a link
_MD_ANCHOR = re.compile(r'<a id="([^"]*)"></a>')


def spec_links(api: Api) -> set[str]:
    """Links written in the spec's own descriptions: they point at the vendor's docs, not at ours."""
    texts = [api.description, *(scheme.description for scheme in api.auth)]
    for schema in api.schemas.values():
        texts += [schema.description, *(f.description for f in schema.fields)]
    for enum in api.enums.values():
        texts += [value.description for value in enum.values]
    for op in api.operations:
        texts += [op.description, *(p.description for p in op.path_params + op.params)]
        texts += [error.description for error in op.errors]
    found: set[str] = set()
    for text in filter(None, texts):
        found.update(_HREF.findall(str(Text(text).html)))
        found.update(_MD_LINK.findall(Text(text).md))
    return found


def broken_links(files: dict[str, str | bytes], api: Api) -> list[str]:
    """Every link we generate in the HTML and Markdown pages points at a file and an id that exist."""
    theirs = spec_links(api)
    ids: dict[str, set[str]] = {}
    for path, content in files.items():
        if path.endswith(".html"):
            ids[path] = set(_ID.findall(str(content)))
        elif path.endswith(".md"):
            ids[path] = set(_MD_ANCHOR.findall(str(content)))
    broken = []
    for path, content in files.items():
        if path.endswith(".html"):
            links = _HREF.findall(str(content))
        elif path.endswith(".md"):
            links = _MD_LINK.findall(str(content))
        else:
            continue
        for link in links:
            if link.startswith(("http://", "https://", "mailto:", "data:")) or link in theirs:
                continue
            target, _, anchor = link.partition("#")
            target = target or path
            if target not in files:
                broken.append(f"{path}: {link} (no file)")
            elif anchor and target in ids and anchor not in ids[target]:
                broken.append(f"{path}: {link} (no such id)")
    return broken


def test_files(default_docs: dict[str, str | bytes], default_api: Api) -> None:
    slugs = page_slugs(default_api.resources)
    expected = {"index.md", "index.html", "assets/docs.css", "assets/docs.js", "assets/theme.js"}
    expected |= {"assets/nav.js", "assets/search-index.js"}
    for slug in slugs.values():
        expected |= {f"{slug}.md", f"{slug}.html", f"graphs/{slug}.svg"}
    assert set(default_docs) == expected
    for path in default_docs:
        check_relative_path(f"docs/{path}")


def test_output_is_deterministic(default_api: Api, default_docs: dict[str, str | bytes]) -> None:
    again = render_site(docs_job(default_api, DEFAULT_SPEC.name))
    assert again == default_docs


def test_links_resolve(default_docs: dict[str, str | bytes], default_api: Api) -> None:
    assert broken_links(default_docs, default_api) == []


def test_pages_are_self_contained(default_docs: dict[str, str | bytes]) -> None:
    """No CDN, no remote script or style, and a policy that forbids inline script."""
    for path, content in default_docs.items():
        if path.endswith(".html"):
            text = str(content)
            assert "Content-Security-Policy" in text and "script-src 'self'" in text
            assert re.findall(r"<script[^>]*>", text) == [
                '<script src="assets/theme.js">',
                '<script src="assets/nav.js" defer>',
                '<script src="assets/docs.js" defer>',
            ]
            assert re.search(r'(?:src|href)="(?:https?:)?//', text.split("<main")[0]) is None
    assert len(str(default_docs["assets/docs.js"])) < 12_000
    assert len(str(default_docs["assets/docs.css"])) < 12_000


def test_customer_session_page(default_docs: dict[str, str | bytes]) -> None:
    html = str(default_docs["customer_sessions.html"])
    assert 'id="customer_session"' in html and 'id="customer_session-client_secret"' in html
    assert 'id="customer_sessions.create"' in html
    assert 'id="customer_sessions.create-components-buy_button-enabled"' in html
    assert "client.customer_sessions.create(" in html
    assert "<svg" in html
    markdown = str(default_docs["customer_sessions.md"])
    assert '| <a id="customer_session-client_secret"></a>`client_secret` | string | required |' in markdown
    assert "```python\nimport os\n\nfrom stripe_api import StripeClient\n" in markdown


def python_of(op: OperationView) -> str:
    """The Python sample of an operation (the docs show one per client language)."""
    return next(sample.code for sample in op.samples if sample.language == "python")


def test_python_samples_are_valid_and_black_clean(default_api: Api) -> None:
    pages = build_pages(docs_job(default_api))
    mode = black.Mode(line_length=88)
    for page in pages:
        for op in page.operations:
            ast.parse(python_of(op))
            assert black.format_str(python_of(op), mode=mode) == python_of(op) + "\n", python_of(op)
            assert f"{op.call}(" in python_of(op)


def test_python_sample_shapes(default_api: Api) -> None:
    pages = build_pages(docs_job(default_api))
    samples = {op.call: python_of(op) for page in pages for op in page.operations}
    create = samples["client.customer_sessions.create"]
    assert "customer_session = client.customer_sessions.create(" in create
    assert 'components={"active_entitlements": {"enabled": True}}' in create
    assert "page = client.customers.payment_methods.list(" in samples["client.customers.payment_methods.list"]
    retrieve = samples["client.customers.retrieve"].splitlines()[-1]
    assert re.fullmatch(r'customer = client\.customers\.retrieve\("[^"]+"\)', retrieve), retrieve


def test_curl_samples_parse(default_api: Api) -> None:
    pages = build_pages(docs_job(default_api))
    for page in pages:
        for op in page.operations:
            words = shlex.split(op.curl.replace("\\\n", " "))
            assert words[0] == "curl" and words[1].startswith("https://api.stripe.com/v1/")
            assert words[2:4] == ["-u", "$API_KEY:"]
            if op.method == "GET" and "-d" in words:
                assert "-G" in words
    create = next(op for page in pages for op in page.operations if op.call == "client.customer_sessions.create")
    assert "-d 'components[active_entitlements][enabled]=true'" in create.curl


HOSTILE = """
openapi: 3.0.3
info:
  title: "Evil </title><script>alert(1)</script>"
  version: "1<img src=x onerror=alert(1)>"
  description: "<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>"
servers: [{url: "https://api.example.com/'\\"><script>alert(1)</script>"}]
paths:
  /v1/widgets:
    post:
      operationId: PostWidgets
      summary: "<img src=x onerror=alert(1)>"
      description: "[click](javascript:alert(1)) <script>alert(1)</script>"
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: ["name<script>"]
              properties:
                "name<script>":
                  type: string
                  example: "'; alert(1); '\\"</script><script>alert(1)</script>"
                  description: "<img src=x onerror=alert(1)>"
      responses:
        '200':
          description: "<script>alert(1)</script>"
          content:
            application/json:
              schema: {$ref: '#/components/schemas/widget'}
components:
  schemas:
    widget:
      type: object
      description: "<script>alert(1)</script><img src=x onerror=alert(1)>[x](javascript:alert(1))"
      required: [id, object]
      properties:
        id: {type: string, description: "<svg onload=alert(1)>"}
        object: {type: string, enum: [widget]}
        "kind\\"><script>alert(1)</script>":
          type: string
          enum: ["<script>alert(1)</script>", "a"]
          description: "</script><script>alert(1)</script>"
"""


@pytest.fixture(scope="module")
def hostile_api(tmp_path_factory: pytest.TempPathFactory) -> Api:
    return load_api(small_spec(tmp_path_factory.mktemp("hostile"), HOSTILE))[1]


@pytest.fixture(scope="module")
def hostile_docs(hostile_api: Api) -> dict[str, str | bytes]:
    return render_site(docs_job(hostile_api))


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def test_hostile_spec_is_escaped(hostile_docs: dict[str, str | bytes]) -> None:
    for path, content in hostile_docs.items():
        text = str(content)
        if path.endswith((".html", ".svg")):
            parser = _Tags()
            parser.feed(text)
            scripts = [dict(attrs).get("src") for tag, attrs in parser.tags if tag == "script"]
            assert all(src and src.startswith("assets/") for src in scripts), (path, scripts)
            assert not any(tag in ("img", "iframe", "object", "embed") for tag, _ in parser.tags), path
            for tag, attrs in parser.tags:
                for name, value in attrs:
                    assert not name.startswith("on"), (path, tag, name)
                    if name in ("href", "src"):
                        assert value is not None and (is_safe_url(value) or value == "data:,"), (path, value)
        if path.endswith(".js") and path not in ("assets/docs.js", "assets/theme.js"):
            assert "<" not in text, path


def test_hostile_markdown_has_no_raw_html_outside_code(hostile_docs: dict[str, str | bytes]) -> None:
    for path, content in hostile_docs.items():
        if not path.endswith(".md"):
            continue
        prose = re.sub(r"```.*?```", "", str(content), flags=re.DOTALL)
        prose = re.sub(r"(`+).*?\1", "", prose)
        tags = set(re.findall(r"(?<!\\)<([A-Za-z]+)", prose))  # `\<` is a literal `<` in Markdown
        assert tags <= {"a", "br"}, (path, tags)
        assert re.search(r"<a (?!id=\"[a-z0-9_.-]+\"></a>)", prose) is None, path


def test_hostile_links_resolve(hostile_docs: dict[str, str | bytes], hostile_api: Api) -> None:
    assert broken_links(hostile_docs, hostile_api) == []


def test_slugs_are_safe_file_names() -> None:
    _, api = load_api_for_paths(["/v1/con", "/v1/index", "/v1/assets", "/v1/..", "/v1/a b/{id}", "/v1/aux/{x}/nul"])
    slugs = page_slugs(api.resources)
    for slug in slugs.values():
        check_relative_path(f"docs/{slug}.html")
        assert re.fullmatch(r"[a-z0-9_.]+", slug), slug
    assert len(set(slugs.values())) == len(slugs)
    assert {"con_", "index_", "assets_"} <= set(slugs.values())


def load_api_for_paths(paths: list[str]) -> tuple[LoadedSpec, Api]:
    import tempfile

    items = "\n".join(
        f"  '{path}':\n    get:\n      operationId: Get{index}\n      responses:\n        '200': {{description: ok}}"
        for index, path in enumerate(paths)
    )
    text = f"openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n{items}\n"
    return load_api(small_spec(Path(tempfile.mkdtemp()), text))


def test_user_templates_override_ours(default_api: Api, tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md.j2").write_text("# {{ site.title }} (ours)\n", "utf-8")
    files = render_site(docs_job(default_api, templates=tmp_path))
    assert files["index.md"] == f"# {default_api.title} (ours)\n"
    assert "resource.md.j2" not in str(files["customers.md"])  # the others are still ours
    assert str(files["customers.md"]).startswith("# Customers\n")


def test_codegen_generate_writes_docs(tmp_path: Path) -> None:
    if not DEFAULT_SPEC.is_file():
        pytest.skip("the default spec is not here")
    result = run_codegen("generate", "--spec", str(DEFAULT_SPEC), "--out", str(tmp_path / "out"), "--target", "docs")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "docs" / "customer_sessions.html").is_file()
    assert (tmp_path / "out" / "docs" / "index.md").is_file()


@pytest.mark.slow
def test_full_stripe_spec(stripe_loaded: tuple[LoadedSpec, Api]) -> None:
    _, api = stripe_loaded
    files = render_site(stripe_job(api))
    pages = [path for path in files if path.endswith(".html") and path != "index.html"]
    assert len(pages) == len(api.resources) == 137
    for path in files:
        check_relative_path(f"docs/{path}")
    assert broken_links(files, api) == []
    customers = str(files["customers.html"])
    assert 'id="customer-invoice_settings-default_payment_method"' in customers
    assert "client.customers.payment_methods.list(" in str(files["customers.payment_methods.html"])
    site_bytes = sum(len(str(c).encode()) for p, c in files.items() if p.endswith((".html", ".js", ".css")))
    # Redoc's page of this spec (~5.4 MB) has no code samples (the spec has no x-codeSamples);
    # ours has one per client language and curl for each of the 468 operations: the rest of the
    # site stays under Redoc's page, and the samples under 1.3 kB an operation.
    sample = re.compile(
        r'<div class="code"><div class="ch">(?:curl|Python|Ruby|Java)</div>.*?</code></pre></div>', re.S
    )
    samples = sum(len(m.group().encode()) for c in files.values() for m in sample.finditer(str(c)))
    operations = sum(len(r.operations) for r in api.resources)
    assert site_bytes - samples < 5_400_000, f"the HTML site grew to {site_bytes - samples} bytes without samples"
    assert samples / operations < 1_300, f"{samples / operations:.0f} bytes of samples an operation"
