"""Template injection: `{{ ... }}` and `{% ... %}` in any spec string are printed, never run.

Spec text reaches Jinja only as data. Proved three ways: the expressions' results never
appear in any output, the expressions themselves do (nothing lost), and no template
Jinja compiles while rendering contains spec text.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jinja2
import pytest

from .conftest import render_spec
from .corpus import CANARY, spec_for, write_spec

#: Template payloads and what they would print if they were evaluated.
PAYLOADS = {
    "{{ 7*191 }}": "1337",
    "{% for x in range(3) %}loop{% endfor %}": "looplooploop",
    "{{ 'zq' ~ 'xj' ~ 'wv' }}": "zqxjwv",
    "{{ '%x' % 16435934 }}": "facade",
    f"{{{{ cycler.__init__.__globals__.os.system('touch {CANARY}') }}}}": "",
    "{{ self.__init__.__globals__ }}": "__builtins__",
    "{% set q = 'qq' %}{{ q * 4 }}": "qqqqqqqq",
    "{# hidden #}": "",
    "{% raw %}{{ 7*191 }}{% endraw %}": "",
    "{%- if true -%}yes{%- endif -%}": "yesno",  # `yes` alone could be prose; this never appears
}
POSITIONS = ("descriptions", "title", "examples", "model_field", "enum_value", "resource", "query_param")


@pytest.fixture()
def compiled_sources(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every template source Jinja parses while the test runs."""
    seen: list[str] = []
    original = jinja2.Environment._parse

    def spy(self: jinja2.Environment, source: str, name: str | None, filename: str | None) -> Any:
        seen.append(source)
        return original(self, source, name, filename)

    monkeypatch.setattr(jinja2.Environment, "_parse", spy)
    from generator.targets.jinja import environment

    environment.cache_clear()  # templates cached by an earlier test would not be parsed again
    yield seen
    environment.cache_clear()


def test_template_syntax_in_a_spec_is_printed_not_run(tmp_path: Path, compiled_sources: list[str]) -> None:
    entries = [(position, payload) for payload in PAYLOADS for position in POSITIONS]
    rendered = render_spec(write_spec(tmp_path, spec_for(entries, title="Templates")))
    texts = {path: content.decode("utf-8", "replace") for path, content in rendered.files.items()}
    for payload, result in PAYLOADS.items():
        if result:
            leaks = [path for path, text in texts.items() if result in text]
            assert leaks == [], f"{payload!r} was evaluated in {leaks}"
    for target in ("python/", "ir/", "docs/"):
        mine = [text for path, text in texts.items() if path.startswith(target)]
        assert any("{{ 7*191 }}" in text for text in mine), f"{target}: the payload itself was lost"
    assert compiled_sources, "the spy saw no template: it is not measuring anything"
    spec_text = [source for source in compiled_sources if "7*191" in source or "cycler" in source]
    assert spec_text == [], "spec text became template source"


def test_user_templates_folder_is_the_only_other_template_source(tmp_path: Path) -> None:
    """Overrides come from the folder the user names (`--templates`), never from the spec."""
    from generator.targets.jinja import environment

    env = environment("python", tmp_path)
    loader = env.loader
    assert isinstance(loader, jinja2.FileSystemLoader)
    assert loader.searchpath[0] == str(tmp_path / "python")
    assert isinstance(env.undefined, type) and issubclass(env.undefined, jinja2.StrictUndefined)
