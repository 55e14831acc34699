#!/usr/bin/env python3
"""Write the sync half of the Python client's runtime from its async half.

The runtime's async classes are written by hand; their sync twins are this script's output,
in the same modules (the generated package ships the same files as before). Each module of
`MODULES` holds, between three marker lines,

    # unasync: async source ...        the hand-written source (AsyncRequestor, AsyncPage...)
    # unasync: sync twin ...           this script's output (SyncRequestor, Page...)
    # unasync: end ...

and the twin is the source, transformed; the rest of the module is shared. The transform is the
`unasync` package's (`async` and `await` dropped; `__aenter__` -> `__enter__`, `AsyncIterator`
-> `Iterator`...; `AsyncX` -> `SyncX`) with the replacements of `RENAMES`, and then:

* `Awaitable[X]` -> `X`: what an async callback returns awaited is what a sync one returns;
* `for x in xs: yield x` -> `yield from xs` (an async generator cannot `yield from`);
* a line ending in `# unasync: async only (why)` (a one-line statement) is left out of the
  sync twin: what the async class has and its twin has not;
* the names in strings and comments (docstrings) are replaced as in code, so a docstring
  that says ``httpx.AsyncClient`` says ``httpx.Client`` in the twin;
* black, configured as for the rest of the runtime (pyproject's [tool.black]).

Usage:
    python3 scripts/unasync_runtime.py          # rewrite the sync twins
    python3 scripts/unasync_runtime.py --check  # exit 1 naming the modules whose twin is stale

tests/runtime/test_unasync.py fails when a committed twin is not this script's output.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

import black
import tokenize_rt  # type: ignore[import-untyped]  # unasync's own tokenizer
import unasync  # type: ignore[import-untyped]
from black.mode import TargetVersion

ROOT = Path(__file__).resolve().parents[1]
RUNTIME = ROOT / "templates" / "python" / "runtime"
#: The runtime modules that hold async code and its sync twin.
MODULES = ("requestor.py", "responses.py", "streaming.py", "list_pages.py", "styled_pages.py")

#: unasync's own replacements, plus the names of this runtime and of httpx whose sync twin is
#: not `Sync<rest>` (unasync's default for an `Async<Upper>` name: AsyncRequestor -> SyncRequestor).
RENAMES = {
    "AsyncAutoPage": "AutoPage",
    "AsyncClient": "Client",  # httpx
    "AsyncPage": "Page",
    "AsyncSearchPage": "SearchPage",
    "AsyncStream": "Stream",
    "aclose": "close",  # httpx's Response and AsyncClient
    "aiter_lines": "iter_lines",
    "aparse_events": "parse_events",
    "aread": "read",
    "asyncio": "time",  # asyncio.sleep -> time.sleep (the default wait between retries): the only use
}

ASYNC_MARK = "# unasync: async source"
SYNC_MARK = "# unasync: sync twin"
END_MARK = "# unasync: end"
ASYNC_ONLY = "# unasync: async only"

_SYNC_LINE = f"{SYNC_MARK}, made from the async source above by scripts/unasync_runtime.py: do not edit."
_END_LINE = f"{END_MARK} of the sync twin."
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
#: `for x in xs:` whose body is `yield x` alone (an async generator's only way to yield each item).
_YIELD_EACH = re.compile(r"^( *)for (\w+) in (.+):\n\1    yield \2\n", re.MULTILINE)
_BLACK = black.Mode(line_length=120, target_versions={TargetVersion.PY311})
_RULE = unasync.Rule("/_async/", "/_sync/", additional_replacements=RENAMES)


class MarkerError(ValueError):
    """The markers of a module are missing or out of order."""


def unasync_code(source: str) -> str:
    """The sync twin of the async code `source` (top-level statements), before black."""
    kept = "".join(line for line in source.splitlines(keepends=True) if ASYNC_ONLY not in line)
    with tempfile.TemporaryDirectory() as folder:  # unasync's public API works on files
        async_file = Path(folder, "_async", "twin.py")
        async_file.parent.mkdir()
        async_file.write_text(kept, "utf-8")
        unasync.unasync_files([str(async_file)], [_RULE])
        made = Path(folder, "_sync", "twin.py").read_text("utf-8")
    tokens = _unwrap_awaitable(tokenize_rt.src_to_tokens(made))
    return _YIELD_EACH.sub(r"\1yield from \3\n", tokenize_rt.tokens_to_src(_rename_in_text(tokens)))


def _unwrap_awaitable(tokens: list[tokenize_rt.Token]) -> list[tokenize_rt.Token]:
    """`Awaitable[X]` -> `X`."""
    dropped: set[int] = set()
    for i, token in enumerate(tokens):
        if token.name != "NAME" or token.src != "Awaitable" or i + 1 >= len(tokens) or tokens[i + 1].src != "[":
            continue
        depth = 0
        for j in range(i + 1, len(tokens)):
            if tokens[j].name == "OP" and tokens[j].src in "[]":
                depth += 1 if tokens[j].src == "[" else -1
                if depth == 0:
                    dropped.update((i, i + 1, j))
                    break
    return [token for i, token in enumerate(tokens) if i not in dropped]


def _rename_in_text(tokens: Iterable[tokenize_rt.Token]) -> list[tokenize_rt.Token]:
    """Strings and comments with their names replaced as unasync replaces them in code."""

    def rename(match: re.Match[str]) -> str:
        # The Rule's own naming (its replacements, then Async<Upper> -> Sync<Upper>): one rule
        # for code and prose. A private method of unasync, pinned to 0.6 in pyproject.
        return str(_RULE._unasync_name(match.group()))

    return [
        token._replace(src=_WORD.sub(rename, token.src)) if token.name in ("STRING", "COMMENT") else token
        for token in tokens
    ]


def regenerate(text: str) -> str:
    """The module `text` with each sync twin made anew from the async source above it (the rest
    of the module, the async source too, is kept as it is)."""
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    position = 0
    for start, middle, end in _regions(lines):
        source = "".join(lines[start + 1 : middle]).strip("\n") + "\n"
        twin = black.format_str(unasync_code(source), mode=_BLACK)
        out += [*lines[position : start + 1], source, "\n\n", _SYNC_LINE + "\n", twin, "\n\n", _END_LINE + "\n"]
        position = end + 1
    return "".join(out + lines[position:])


def _regions(lines: Sequence[str]) -> list[tuple[int, int, int]]:
    """(async marker, sync marker, end marker) line numbers of each region, in order."""
    kinds = (ASYNC_MARK, SYNC_MARK, END_MARK)
    marks = [(i, mark) for i, line in enumerate(lines) for mark in kinds if line.startswith(mark)]
    order = [mark for _, mark in marks]
    if not marks or order != [*kinds] * (len(marks) // 3):
        raise MarkerError(f"expected {ASYNC_MARK!r}, {SYNC_MARK!r}, {END_MARK!r} lines in turn, found {order}")
    return [(marks[k][0], marks[k + 1][0], marks[k + 2][0]) for k in range(0, len(marks), 3)]


def stale(folder: Path = RUNTIME) -> list[Path]:
    """The modules whose committed sync twin is not what `regenerate` makes."""
    paths = [folder / name for name in MODULES]
    return [path for path in paths if regenerate(path.read_text("utf-8")) != path.read_text("utf-8")]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a sync twin is stale")
    args = parser.parse_args(argv)
    if args.check:
        found = stale()
        for path in found:
            print(f"{path.relative_to(ROOT)}: the sync twin is stale: run scripts/unasync_runtime.py", file=sys.stderr)
        return 1 if found else 0
    for name in MODULES:
        path = RUNTIME / name
        text = path.read_text("utf-8")
        made = regenerate(text)
        if made != text:
            path.write_text(made, "utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
