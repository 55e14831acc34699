"""The runtime's sync twins are scripts/unasync_runtime.py's output from its async source.

Edit the async code (between `# unasync: async source` and `# unasync: sync twin`), then run
`python3 scripts/unasync_runtime.py`; these tests fail while a committed twin is stale.
"""

from __future__ import annotations

import difflib
import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

pytest.importorskip("unasync", reason="unasync is a test extra: pip install -e '.[test]'")

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("unasync_runtime", ROOT / "scripts" / "unasync_runtime.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses and friends look their module up
    spec.loader.exec_module(module)
    return module


script = _script()

TINY = f'''"""A module with one twin."""

import asyncio


def shared() -> int:
    return 1


{script.ASYNC_MARK} (hand-written)
class AsyncPinger:
    """Pings over ``httpx.AsyncClient``; see :class:`AsyncPage`."""

    def __init__(self, sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self._sleep = sleep

    async def ping(self, client: httpx.AsyncClient) -> AsyncPage[int]:
        await self._sleep(0)
        response = await client.get("/")
        await response.aread()
        return AsyncPage(response)

    async def items(self, pages: list[int]) -> AsyncIterator[int]:
        for item in pages:
            yield item

    aping = ping  {script.ASYNC_ONLY} (an alias the sync class does without)

    async def __aenter__(self) -> Self:
        return self


{script.SYNC_MARK}
{script.END_MARK}


def after() -> int:
    return 2
'''

TINY_SYNC_TWIN = '''class SyncPinger:
    """Pings over ``httpx.Client``; see :class:`Page`."""

    def __init__(self, sleep: Callable[[float], None] = time.sleep) -> None:
        self._sleep = sleep

    def ping(self, client: httpx.Client) -> Page[int]:
        self._sleep(0)
        response = client.get("/")
        response.read()
        return Page(response)

    def items(self, pages: list[int]) -> Iterator[int]:
        yield from pages

    def __enter__(self) -> Self:
        return self
'''


def _twin(text: str) -> str:
    """The code between the sync twin's marker and the end marker."""
    start = text.index(script.SYNC_MARK)
    return text[text.index("\n", start) + 1 : text.index(script.END_MARK)].strip("\n") + "\n"


def test_committed_sync_twins_are_the_scripts_output() -> None:
    stale = script.stale()
    diffs = [
        "".join(
            difflib.unified_diff(
                path.read_text("utf-8").splitlines(keepends=True),
                script.regenerate(path.read_text("utf-8")).splitlines(keepends=True),
                f"{path.name} (committed)",
                f"{path.name} (scripts/unasync_runtime.py)",
            )
        )
        for path in stale
    ]
    assert not stale, "run python3 scripts/unasync_runtime.py:\n" + "\n".join(diffs)[:5000]


def test_every_runtime_module_with_async_code_has_its_twin_made() -> None:
    """An async class or function outside a marked source would be a hand-written twin again."""
    runtime = ROOT / "templates" / "python" / "runtime"
    for path in sorted(runtime.glob("*.py")):
        text = path.read_text("utf-8")
        if "async def" in text:
            assert path.name in script.MODULES, f"{path.name} has async code but no sync twin made from it"
            head = text[: text.index(script.ASYNC_MARK)]
            assert "async def" not in head, f"{path.name}: async code before its `# unasync: async source` marker"


def test_the_transform_of_a_tiny_module() -> None:
    made = script.regenerate(TINY)
    assert _twin(made) == TINY_SYNC_TWIN
    assert made.startswith(TINY[: TINY.index(script.SYNC_MARK)])  # the source is kept as it is
    assert made.endswith("def after() -> int:\n    return 2\n")
    assert script.regenerate(made) == made  # the script's output is its fixed point


def test_an_edit_of_the_async_source_makes_the_twin_stale() -> None:
    made = script.regenerate(TINY)
    edited = made.replace("await self._sleep(0)", "await self._sleep(0.5)", 1)
    assert script.regenerate(edited) != edited
    diff = [
        line
        for line in difflib.unified_diff(edited.splitlines(), script.regenerate(edited).splitlines(), lineterm="")
        if line[:1] in "+-" and line[:3] not in ("+++", "---")
    ]
    assert diff == ["-        self._sleep(0)", "+        self._sleep(0.5)"]


def test_a_stale_module_is_named(tmp_path: Path) -> None:
    """`stale` (what the drift test and `--check` use) names the module whose twin is out of date."""
    runtime = ROOT / "templates" / "python" / "runtime"
    for name in script.MODULES:
        shutil.copy(runtime / name, tmp_path / name)
    assert script.stale(tmp_path) == []
    source = tmp_path / "streaming.py"
    text = source.read_text("utf-8")
    source.write_text(text.replace("if event.data == DONE:", "if event.data in (DONE, ''):", 1), "utf-8")
    assert script.stale(tmp_path) == [source]  # the async source moved on, its twin did not
    twin = tmp_path / "styled_pages.py"
    text = twin.read_text("utf-8")
    hand_edit = text.replace("def next_page(self) -> AutoPage[T] | None:", "def next_page(self) -> AutoPage[T]:", 1)
    assert hand_edit != text
    twin.write_text(hand_edit, "utf-8")
    assert script.stale(tmp_path) == [source, twin]  # a hand edit of a twin is caught too


@pytest.mark.parametrize(
    "text",
    [
        "x = 1\n",
        f"{script.SYNC_MARK}\n{script.ASYNC_MARK}\n{script.END_MARK}\n",
        f"{script.ASYNC_MARK}\nclass AsyncA:\n    pass\n{script.SYNC_MARK}\n",
    ],
    ids=["no markers", "out of order", "no end"],
)
def test_markers_missing_or_out_of_order(text: str) -> None:
    with pytest.raises(script.MarkerError):
        script.regenerate(text)
