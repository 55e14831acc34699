"""Golden tests: the Markdown for the default spec, byte for byte.

After an intended change, refresh the goldens with `UPDATE_GOLDEN=1 pytest tests/docs/test_golden.py`
and review the diff in git.
"""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

GOLDEN = Path(__file__).resolve().parent / "golden"


def _markdown(files: dict[str, str | bytes]) -> dict[str, str]:
    return {path: str(content) for path, content in files.items() if path.endswith(".md")}


def test_markdown_matches_golden(default_docs: dict[str, str | bytes]) -> None:
    rendered = _markdown(default_docs)
    if os.environ.get("UPDATE_GOLDEN") == "1":
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for path, text in rendered.items():
            (GOLDEN / path).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / path).write_text(text, "utf-8")
    stored = {p.relative_to(GOLDEN).as_posix(): p.read_text("utf-8") for p in GOLDEN.rglob("*.md")}
    assert sorted(rendered) == sorted(stored), "pages added or removed: refresh with UPDATE_GOLDEN=1"
    for path, text in sorted(rendered.items()):
        if text != stored[path]:
            old, new = stored[path].splitlines(), text.splitlines()
            diff = difflib.unified_diff(old, new, f"golden/{path}", path, lineterm="")
            raise AssertionError("\n".join(list(diff)[:80]) + "\n(refresh with UPDATE_GOLDEN=1 if intended)")


def test_golden_pages_cover_every_resource(default_docs: dict[str, str | bytes]) -> None:
    index = str(default_docs["index.md"])
    for path in _markdown(default_docs):
        if path != "index.md":
            assert f"]({path})" in index, f"index.md does not link {path}"
