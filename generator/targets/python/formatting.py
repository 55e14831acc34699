"""Formatting generated Python with black, only where it has work to do.

Our templates lay code out as black does (see `targets/python/layout.py`), so a
rendered file whose lines all fit the width is already black-formatted; tests
prove it by running black over whole generated packages. Files with a longer
line (a long annotation, a deep expression) go through black, in-process, in a
pool of worker processes when there are many, and results are cached by
content hash, so an unchanged file is never formatted twice.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import importlib.util
import os
import re
import sys
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor

from ...cache import Cache, Kind

LINE_LENGTH = 120
#: Lines black cannot shorten, so they do not call for it: a dict item of two plain strings
#: (the value maybe in single quotes: a functional TypedDict's annotation), an `X as X,`
#: import item, the head of a parenthesised import, a one-line docstring, the head of a call
#: that is already split (`return _models.VeryLongName.from_dict(`), a string item of an
#: exploded tuple or list (black never splits a string).
_UNSPLITTABLE = re.compile(
    r"""^\s*("[^"\\]*": "[^"\\]*",|"[^"\\]*": '[^'\\]*',|\w+ as \w+,|from \S+ import \(|\"\"\"[^"\\]*\"\"\"|"""
    r"""(return )?[\w.]+\(|"[^"\\]*",)$"""
)
#: Lines that could take more than LINE_LENGTH columns: any longer than half of it (a wide
#: character takes two columns); found by the regex engine, not a Python loop over lines.
_MAYBE_LONG = re.compile(rf"^.{{{LINE_LENGTH // 2 + 1},}}$", re.MULTILINE)
#: Below this many files to format, a process pool costs more than it saves.
_POOL_THRESHOLD = 8


def format_python(source: str) -> str:
    import black
    from black.mode import TargetVersion

    mode = black.Mode(target_versions={TargetVersion.PY311}, line_length=LINE_LENGTH)
    return black.format_str(source, mode=mode)


def width(text: str) -> int:
    """Columns `text` takes, counted as black counts them (wide characters take two)."""
    if text.isascii():
        return len(text)
    return sum(map(_char_width, text))


def _char_width(char: str) -> int:
    """`black.strings.char_width`, on black's own table, without importing black (0.1 s)."""
    table = _width_table()
    index = bisect.bisect_right(table, (ord(char), sys.maxunicode + 1, 0)) - 1
    if index >= 0:
        start, end, columns = table[index]
        if start <= ord(char) <= end:
            return 0 if columns < 0 else columns
    return 1


@functools.cache
def _width_table() -> list[tuple[int, int, int]]:
    """black's `WIDTH_TABLE` (ranges of code points and their columns), from its source file."""
    try:
        found = importlib.util.find_spec("black")
        assert found is not None and found.origin is not None
        path = os.path.join(os.path.dirname(found.origin), "_width_table.py")
        spec = importlib.util.spec_from_file_location("_codegen_black_width_table", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        table = [(int(a), int(b), int(c)) for a, b, c in module.WIDTH_TABLE]
    except Exception:  # another layout of black's package: ask black itself
        from black._width_table import WIDTH_TABLE

        table = [(int(a), int(b), int(c)) for a, b, c in WIDTH_TABLE]
    return sorted(table)


def needs_black(source: str) -> bool:
    """True unless every line fits: our layout is black's for everything that fits.

    A long line that is a single word (a URL in a docstring) is one black cannot
    split either, so it does not count.
    """
    return any(
        _wider_than_the_line(line) and " " in line.strip() and not _UNSPLITTABLE.match(line)
        for line in _MAYBE_LONG.findall(source)
    )


def _wider_than_the_line(line: str) -> bool:
    # No character takes more columns than its UTF-8 bytes, so a line of at most LINE_LENGTH
    # bytes fits without counting its characters' widths one by one.
    return len(line.encode("utf-8", "surrogatepass")) > LINE_LENGTH and width(line) > LINE_LENGTH


def format_files(
    files: Mapping[str, str | bytes], *, trust_layout: bool = True, cache: Cache | None = None
) -> dict[str, str | bytes]:
    """Format every `.py` file given as text; bytes (verbatim files) pass through.

    With `trust_layout` off (user template overrides), every file goes through black.
    """
    result: dict[str, str | bytes] = dict(files)
    todo: dict[str, str] = {}
    for path, content in files.items():
        is_python = isinstance(content, str) and path.endswith((".py", ".pyi"))
        if is_python and isinstance(content, str) and (not trust_layout or needs_black(content)):
            todo[path] = content
    if not todo:
        return result
    keys = {path: _key(source) for path, source in todo.items()}
    missing = []
    for path in todo:
        cached = cache.get(Kind.BLACK, keys[path]) if cache is not None else None
        if cached is not None:
            result[path] = cached.decode("utf-8")
        else:
            missing.append(path)
    for path, formatted in zip(missing, _format_many([todo[p] for p in missing]), strict=True):
        result[path] = formatted
        if cache is not None:
            cache.put(Kind.BLACK, keys[path], formatted.encode("utf-8"))
    return result


def _format_many(sources: list[str]) -> list[str]:
    workers = min(os.cpu_count() or 1, 8)
    if len(sources) < _POOL_THRESHOLD or workers < 2:
        return [format_python(source) for source in sources]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(format_python, sources, chunksize=max(1, len(sources) // (workers * 4))))


@functools.cache
def _black_version() -> str:
    from importlib import metadata

    return metadata.version("black")


def _key(source: str) -> str:
    digest = hashlib.sha256()
    digest.update(f"black {_black_version()} {LINE_LENGTH}\0".encode())
    digest.update(source.encode("utf-8"))
    return digest.hexdigest()
