"""Formatting generated Python with black, only where it has work to do.

Our templates lay code out as black does (see `targets/python/layout.py`), so a
rendered file whose lines all fit the width is already black-formatted; tests
prove it by running black over whole generated packages. In a file with a longer
line (a long annotation, a deep expression), only the statements holding one go
through black (`format_long_statements`), in a pool of worker processes when there
are many files, and results are cached by content hash, so an unchanged file is
never formatted twice.
"""

from __future__ import annotations

import ast
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
    """black's formatting of `source` (a whole module)."""
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


def format_long_statements(source: str) -> str:
    """black's output for a file of ours whose only departures from black's layout are long lines.

    black splits each logical line on its own, from its text and depth alone, so only the
    statements holding a line too long are given to black, each at its own depth (under
    `if x:` lines, as deep as it was); everything else is already black's layout (the
    premise of `needs_black`). On a dereferenced spec's models, a 4 MB module with 200
    long lines, that is a second instead of minutes. Where a long line is not inside a
    simple statement found this way (a `def` header, a module-level line, a block that does
    not parse alone), the whole file goes through black.
    """
    lines = source.split("\n")
    statements = _long_statements(source, lines)
    if statements is None:
        return format_python(source)
    if not statements:
        return source
    module: list[str] = []
    for number, (first, last, is_head) in enumerate(statements):
        depth = _indent(lines[first]) // 4
        module.append(f"{_CHUNK} = {number}")
        module += _heads(depth)
        module += lines[first : last + 1]
        if is_head:
            module.append(" " * (4 * depth + 4) + "pass")
    formatted = format_python("\n".join(module) + "\n").split("\n")
    chunks = _chunks(formatted, len(statements))
    if chunks is None:
        return format_python(source)
    result: list[str] = []
    done = 0
    for (first, last, is_head), chunk in zip(statements, chunks, strict=True):
        depth = _indent(lines[first]) // 4
        if chunk[:depth] != _heads(depth):
            return format_python(source)
        if is_head:
            if chunk[-1:] != [" " * (4 * depth + 4) + "pass"]:
                return format_python(source)
            chunk = chunk[:-1]
        statement = chunk[depth:]
        while statement and not statement[0].strip():  # (blank lines black puts before a `def`)
            statement = statement[1:]
        result += lines[done:first]
        result += statement
        done = last + 1
    result += lines[done:]
    return "\n".join(result)


#: The line that starts each statement's chunk in the module given to black.
_CHUNK = "__codegen_chunk__"
#: The head of a block: its statements are parsed to find the one a long line belongs to.
_SCOPE = re.compile(r"^( *)(?:async def|def|class) ")


def _heads(depth: int) -> list[str]:
    """The `if x:` lines that put a statement `depth` blocks deep, as black then sees it."""
    return [" " * (4 * level) + "if x:" for level in range(depth)]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _long_statements(source: str, lines: list[str]) -> list[tuple[int, int, bool]] | None:
    """Each statement holding a line black must split, in order: its first and last line
    indexes, and whether only a block's head is meant (black is then given it with a `pass`
    body); None when some long line is in no statement found this way."""
    found: set[tuple[int, int, bool]] = set()
    line = 0
    offset = 0
    for match in _MAYBE_LONG.finditer(source):
        line += source.count("\n", offset, match.start())
        offset = match.start()
        text = match.group(0)
        if not (_wider_than_the_line(text) and " " in text.strip() and not _UNSPLITTABLE.match(text)):
            continue
        if any(first <= line <= last for first, last, _head in found):
            continue
        statement = _statement_at(lines, line)
        if statement is None:
            return None
        found.add(statement)
    return sorted(found)


def _statement_at(lines: list[str], line: int) -> tuple[int, int, bool] | None:
    """The statement, or block head, around `lines[line]`, found by parsing the innermost `def`
    or `class` above it (at its depth, under `if x:` lines), else the whole module."""
    indent = _indent(lines[line])
    head = line - 1
    while head >= 0:
        match = _SCOPE.match(lines[head])
        if match is not None and len(match.group(1)) < indent:
            break
        head -= 1
    if head < 0:
        head, end, depth = 0, len(lines), 0
    else:
        depth = _indent(lines[head])
        end = head + 1
        while end < len(lines) and (
            not lines[end].strip() or _indent(lines[end]) > depth or lines[end].lstrip().startswith((")", "]", "}"))
        ):
            end += 1
    if depth % 4:
        return None
    wrapper = _heads(depth // 4)
    try:
        tree = ast.parse("\n".join(wrapper + lines[head:end]))
    except SyntaxError:
        return None
    target = line - head + len(wrapper) + 1  # (ast's line numbers start at 1)
    innermost: ast.stmt | None = None
    for node in ast.walk(tree):
        inside = isinstance(node, ast.stmt) and node.lineno <= target <= (node.end_lineno or node.lineno)
        if inside and isinstance(node, ast.stmt) and (innermost is None or node.lineno >= innermost.lineno):
            innermost = node
    if innermost is None:
        return None
    shift = head - len(wrapper) - 1
    first, last = innermost.lineno + shift, (innermost.end_lineno or innermost.lineno) + shift
    body: list[ast.stmt] | None = getattr(innermost, "body", None)
    is_head = body is not None
    if body is not None:  # a long line in a block's head (`def`, `if`, `for`...): the head alone
        last = body[0].lineno + shift - 1
        while last > first and not lines[last].strip():
            last -= 1
        if line > last or lines[first].lstrip().startswith(("elif", "else", "except", "finally", "case")):
            return None
    start = _indent(lines[first])
    if start % 4 or lines[first][:start] != " " * start:
        return None
    return first, last, is_head


def _chunks(formatted: list[str], count: int) -> list[list[str]] | None:
    """black's output split back into each statement's lines (its `if x:` heads included)."""
    chunks: list[list[str]] = []
    for text in formatted:
        if text.startswith(_CHUNK + " = "):
            chunks.append([])
        elif chunks:
            chunks[-1].append(text)
        elif text.strip():
            return None
    for chunk in chunks:  # (the blank lines black puts between chunks)
        while chunk and not chunk[-1].strip():
            chunk.pop()
    return chunks if len(chunks) == count else None


def _format_many(sources: list[str]) -> list[str]:
    workers = min(os.cpu_count() or 1, 8)
    if len(sources) < _POOL_THRESHOLD or workers < 2:
        return [format_long_statements(source) for source in sources]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(format_long_statements, sources, chunksize=max(1, len(sources) // (workers * 4))))


@functools.cache
def _black_version() -> str:
    from importlib import metadata

    return metadata.version("black")


def _key(source: str) -> str:
    digest = hashlib.sha256()
    digest.update(f"black {_black_version()} {LINE_LENGTH}\0".encode())
    digest.update(source.encode("utf-8"))
    return digest.hexdigest()
