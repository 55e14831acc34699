"""Other APIs than Stripe's: every document of the corpus in ../shared/specs/corpus (petstores,
Twilio, OpenAI, DigitalOcean...) gives a Java project that compiles with `javac -Xlint:all -Werror`
(lenient: OpenAI's and DigitalOcean's documents break a few validity rules)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main

from ..conftest import SHARED
from .test_java_client import GSON, _javac, _require

CORPUS = SHARED / "corpus"
DOCUMENTS = [
    *(f"oai/{name}" for name in ("petstore.yaml", "petstore-expanded.yaml", "api-with-examples.yaml", "uspto.yaml")),
    *(f"oai/{name}" for name in ("link-example.yaml", "callback-example.yaml", "non-oauth-scopes.yaml")),
    "twilio_api_v2010.yaml",
    "openai.yaml",
    "digitalocean/specification/DigitalOcean-public.v2.yaml",
]


@pytest.mark.slow
@pytest.mark.parametrize("document", DOCUMENTS)
def test_corpus_document_compiles(document: str, tmp_path: Path) -> None:
    spec = CORPUS / document
    if not spec.is_file():
        pytest.skip(f"{spec} is not here: the corpus is third-party data kept in ../shared")
    javac = _require("javac")
    if not GSON.is_file():
        pytest.skip(f"{GSON} is not in the local Maven repository")
    out = tmp_path / "out"
    assert main(["generate", "--spec", str(spec), "--out", str(out), "--target", "java", "--lenient", "-q"]) == 0
    sources = sorted(str(p) for p in (tmp_path / "out" / "java" / "src" / "main" / "java").rglob("*.java"))
    assert len(sources) > 25
    _javac(javac, tmp_path / "classes", sources, tmp_path / "sources.txt")
