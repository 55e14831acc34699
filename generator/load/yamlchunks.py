"""Parse a YAML spec in chunks, reusing the value of every unchanged chunk from a cache.

Parsing Stripe's 4 MB spec takes ~0.8 s even with the cyclic GC paused; after a
one-schema edit, everything but one schema is parsed again for nothing. Here the
text is cut, at line boundaries, into

* one **chunk** per entry of the top-level `paths:` and `webhooks:` mappings (a
  line indented by exactly 2 spaces starts an entry) and of each `components:`
  sub-map such as `components: schemas:` (exactly 4 spaces);
* a **skeleton**: everything else (top-level keys, `info`, the section headers and
  the `components:` sub-map headers), small.

Each piece is parsed on its own with libyaml (a block mapping indented by 2 or 4
spaces is a YAML document of its own) or taken from the cache, and the pieces are
assembled into exactly the value `yaml.load(text, Loader)` gives: same values, same
types, same dict order at every level, same duplicate-key behaviour (the last value
at the first key's position). Whenever that is not certain, `load` returns None and
the caller parses the whole text as before (and reports its errors, with their
whole-file line numbers): when a piece fails to parse, when a chunk is not a block
mapping with exactly one string key starting on its first line at its indentation,
when the skeleton does not hold each chunked section as a unique key with an empty
value on the header's line, when the text uses anchors, aliases, tags or merge keys
(a cheap regex picks the pieces that might; libyaml's scanner decides), tabs in
indentation, YAML 1.1's other line breaks (lone CR, NEL, LS, PS), directives or
document markers (other than one leading `---`), a flow collection at the top, or
lines at indentations that could make a cut ambiguous (column 1 in a section, column 3
in a chunked sub-map, content between a header and its first entry).

**Digests** (`Parsed.digests`, exposed as `loader.Document.chunks`): JSON pointer
of a chunk's value (`/paths/~1v1~1customers`, `/components/schemas/customer`) ->
`sha256` hex of the UTF-8 bytes of the chunk's text, exactly as in the file (BOM
removed): from the first space of its key line up to and including the line break
before the next chunk, sub-map header or top-level key, so trailing blank and comment
lines belong to it. The pointer "" maps to the sha256 of the skeleton's text (the
file's text with every chunk's text removed). A digest covers its text only: the same
text under another pointer has the same digest, and reordering chunks changes no
digest (only the dict order). When a key occurs twice in a section, the pointer names
the last chunk, whose value wins.

**Cache** (`generator.cache.Cache`, kind `yaml`): one entry per document (keyed by
its name, normally its resolved path, and by `FORMAT`, the loader class and PyYAML's
version), holding every piece's value `marshal`-ed, keyed by the piece's digest. One
file per document loads faster than one per chunk (measured on Stripe's 1139 chunks,
see benchmarks/PROFILE.md, proposal 3) and is rewritten only when its set of pieces
changed. A piece whose value `marshal` refuses (a YAML timestamp becomes a `date`) is
parsed every time. A corrupt, unreadable or mis-shaped entry is ignored.
"""

from __future__ import annotations

import bisect
import hashlib
import marshal
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import yaml

from ..cache import Cache, Kind, unmarshal
from ..errors import join_pointer

try:  # the same choice as generator/load/loader.py
    DEFAULT_LOADER: type[Any] = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    DEFAULT_LOADER = yaml.SafeLoader

#: Bump when the cached values or the way pieces are cut change.
FORMAT = "codegen-yamlchunks-1"
KIND = Kind.YAML

_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_MAGIC = b"codegen-yamlchunks\n"

#: Top-level keys whose entries (at 2 spaces) become chunks; `components:` has sub-maps.
_ENTRY_SECTIONS = ("paths", "webhooks")
_SECTION_HEADER = re.compile(r"(paths|webhooks|components):(?:[ \t]+(?:#.*)?)?\r?")
_SUB_HEADER = re.compile(r"  [^ \t\r\n#].*?:(?:[ \t]+(?:#.*)?)?\r?")
_LEADING_MARKER = re.compile(r"---(?:[ \t]+(?:#.*)?)?\r?")
#: A block scalar's header line (`key: |`, `- key: >-`, `- |`), without an indentation digit.
_BLOCK_SCALAR_HEADER = re.compile(
    r"(?P<indent> *)(?P<dash>-[ ]+)?"
    r"(?:(?P<key>\"[^\"\\\r\n]*\"|'[^'\r\n]*'|[^ \t\r\n#'\"&*!|>{}\[\],?%@`-][^#\r\n]*?):[ ]+)?"
    r"[|>][+-]?[ ]*(?:#.*)?\r?"
)

# The patterns below run over "\n" + text and start with "\n", which `re` finds fast (a
# MULTILINE `^` is tried at every character: 5-10x slower on a 4 MB text).

#: A line with content (not blank, not only a comment) indented by at most 4 spaces.
_SHALLOW = re.compile(r"\n {0,4}+[^ \r\n#]")
_CONTENT = re.compile(r"\n[ ]*[^ \r\n#]")
_FIRST_CONTENT = re.compile(r"\n[ ]*([^ \r\n#])")
_MARKER = re.compile(r"(?:---|\.\.\.)(?=[ \t\r\n]|\Z)")  # at column 0
_TAB_INDENT = re.compile(r"\n[ ]*\t")
_LONE_CR = re.compile(r"\r(?!\n)")


@dataclass(frozen=True, slots=True)
class Parsed:
    """The assembled document, its pieces' digests, and how each piece was obtained."""

    data: dict[Any, Any]
    digests: dict[str, str]  # JSON pointer -> sha256 hex of the piece's text ("" = skeleton)
    parsed: int  # pieces parsed from text in this call (the skeleton counts as one)
    reused: int  # pieces taken from the cache


@dataclass(frozen=True, slots=True)
class _Section:
    """A chunked mapping: the lines of its header (and of `components:` for a sub-map)."""

    header_lines: tuple[int, ...]  # 0-based lines in the skeleton, outermost first
    indent: int  # column of its entries


@dataclass(frozen=True, slots=True)
class _Split:
    text: str  # "\n" + the text
    skeleton: str
    sections: tuple[_Section, ...]
    chunks: tuple[tuple[int, int, int], ...]  # (section index, a, b): the chunk is text[a + 1 : b + 1]
    suspects: frozenset[int]  # pieces (chunk index, -1: the skeleton) libyaml's scanner must vet

    def chunk(self, number: int) -> str:
        _, a, b = self.chunks[number]
        return self.text[a + 1 : b + 1]

    def digests(self) -> list[str]:
        """`_digest` of every chunk (hashing slices of the encoded text when it is ASCII)."""
        if not self.text.isascii():
            return [_digest(self.chunk(number)) for number in range(len(self.chunks))]
        view = memoryview(self.text.encode("ascii"))
        return [hashlib.sha256(view[a + 1 : b + 1]).hexdigest() for _, a, b in self.chunks]


class _Unusual(Exception):
    """A piece, or the whole text, is not what the chunked parse can vouch for."""


def load(text: str, cache: Cache | None = None, *, name: str = "", loader: type[Any] = DEFAULT_LOADER) -> Parsed | None:
    """`yaml.load(text, loader)` assembled from chunks, or None: then parse the whole text.

    `name` (the document's resolved path) names the cache entry.
    """
    split = _split(text)
    if split is None:
        return None
    digests = split.digests()
    skeleton_digest = _digest(split.skeleton)
    # The skeleton's value is checked against the sections found in the text: its key names them.
    skeleton_key = _digest(f"{skeleton_digest}\0{[(s.header_lines, s.indent) for s in split.sections]!r}")
    index = _Index(cache, name, loader)
    parsed = reused = 0
    fresh: dict[str, Any] = {}
    try:
        cached = index.get(skeleton_key, lambda value: _is_skeleton_value(value, len(split.sections)))
        if cached is None:
            root, names = _parse_skeleton(split, loader)
            fresh[skeleton_key] = (root, names)
            parsed += 1
        else:
            root, names = cached
            reused += 1
        root = _copy_root(root, names)  # the stored value stays as parsed
        sections = [_open_section(root, path) for path in names]
        pointers = {"": skeleton_digest}
        for number, ((section, _, _), digest) in enumerate(zip(split.chunks, digests, strict=True)):
            value = index.get(digest, _is_chunk_value)
            if value is None:
                indent = split.sections[section].indent
                value = _parse_chunk(split.chunk(number), indent, loader, number in split.suspects)
                fresh[digest] = value
                parsed += 1
            else:
                reused += 1
            sections[section].update(value)
            pointers[join_pointer("", *names[section], next(iter(value)))] = digest
    except _Unusual:
        return None
    index.save(fresh, keep={skeleton_key, *digests})
    return Parsed(root, pointers, parsed, reused)


def digest_of(text: str) -> str:
    """The digest `load` reports for a piece of text (sha256 hex of its UTF-8 bytes)."""
    return _digest(text)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# --- cutting the text -------------------------------------------------------------------------
#
# Offsets below are into s = "\n" + text: a line starts after a "\n" of s, and a range (a, b)
# of two such "\n" offsets holds the lines s[a + 1 : b + 1].


def _split(text: str) -> _Split | None:
    """Cut `text` into a skeleton and chunks, or None when it is unusual (see the module doc)."""
    s = "\n" + text
    first = _first_content(text, s)
    if first is None:
        return None
    found = _chunk_ranges(s, first)
    if found is None:
        return None
    headers, ranges = found
    cuts, skeleton = _skeleton(s, ranges)

    def skeleton_line(offset: int) -> int:
        removed = sum(b - a for a, b in cuts if b <= offset)
        return skeleton.count("\n", 0, offset - removed)

    return _Split(
        s,
        skeleton,
        tuple(_Section(tuple(skeleton_line(offset) for offset in lines), indent) for lines, indent in headers),
        tuple(ranges),
        _suspect_chunks(s, ranges),
    )


def _first_content(text: str, s: str) -> re.Match[str] | None:
    """The first line with content of a text the cut can handle, or None (unusual characters,
    lone CRs, tab indents, a flow collection at the top)."""
    if any(char in text for char in "\x85\u2028\u2029\ufeff"):
        return None
    if ("\r" in text and _LONE_CR.search(text)) or ("\t" in text and _TAB_INDENT.search(s)):
        return None
    first = _FIRST_CONTENT.search(s)
    if first is None or first.group(1) in "{[":
        return None
    return first


def _chunk_ranges(
    s: str, first: re.Match[str]
) -> tuple[list[tuple[tuple[int, ...], int]], list[tuple[int, int, int]]] | None:
    """(each section's header lines and its entries' indent, each chunk's (section, a, b)), or None."""
    headers: list[tuple[tuple[int, ...], int]] = []  # ("\n" offsets of a section's header lines, indent)
    ranges: list[tuple[int, int, int]] = []  # (section, a, b): a chunk, s[a + 1 : b + 1]
    # One pass over the lines indented by 0-4 spaces. `mode`: the top-level key's kind ("entries"
    # for paths/webhooks, "components", "" for others); `chunked`: a sub-map of components whose
    # entries become chunks; `start`: the current chunk's first line, -1 if none; `gap`: where
    # the lines that must be blank or comments (before a section's first entry) begin.
    mode, top, sub, chunked, start, gap = "", 0, -1, False, -1, 0
    for match in _SHALLOW.finditer(s):
        line = match.start()
        column = match.end() - line - 2
        if column == 0 or (mode == "components" and column == 2):
            if start >= 0:
                ranges.append((len(headers) - 1, start, line))
                start = -1
            eol = _eol(s, line)
            if column == 0:
                if _refused_top_line(s, line, eol, first):
                    return None  # a directive, or a document marker other than one leading `---`
                header = _SECTION_HEADER.fullmatch(s, line + 1, eol)
                mode = "" if header is None else "entries" if header.group(1) in _ENTRY_SECTIONS else "components"
                top, sub, chunked, gap = line, -1, False, eol
            else:
                if sub < 0 and _CONTENT.search(s, gap, line):
                    return None  # components has content before its first sub-map
                sub, chunked, gap = line, bool(_SUB_HEADER.fullmatch(s, line + 1, eol)), eol
            continue
        if not mode:
            continue
        indent = 2 if mode == "entries" else 4
        if column == 1 or (mode == "components" and (sub < 0 or (chunked and column == 3))):
            return None  # a column that could make the cut doubtful
        if mode == "components" and not chunked:
            continue
        # `- item` (a sequence under the entry's key) or `: value` (after a `? key`) go on an entry.
        item = s[match.end() - 1] in "-:" and s[match.end() : match.end() + 1] in ("", " ", "\t", "\r", "\n")
        if column != indent or item:
            if start < 0:
                return None  # content before the first entry
            continue
        if start < 0:  # the first entry of this section
            if _CONTENT.search(s, gap, line):
                return None
            headers.append(((top,) if mode == "entries" else (top, sub), indent))
        else:
            ranges.append((len(headers) - 1, start, line))
        start = line
    if start >= 0:
        ranges.append((len(headers) - 1, start, len(s)))
    return headers, ranges


def _refused_top_line(s: str, line: int, eol: int, first: re.Match[str]) -> bool:
    """A top-level line that is a directive, or a document marker other than one leading `---`."""
    return s[line + 1] == "%" or bool(
        _MARKER.match(s, line + 1) and (line != first.start() or not _LEADING_MARKER.fullmatch(s, line + 1, eol))
    )


def _skeleton(s: str, ranges: list[tuple[int, int, int]]) -> tuple[list[list[int]], str]:
    """(the cuts: the chunks' ranges, contiguous ones joined; the text without them)."""
    cuts: list[list[int]] = []
    for _, a, b in ranges:
        if cuts and cuts[-1][1] == a:
            cuts[-1][1] = b
        else:
            cuts.append([a, b])
    kept = [0, *(offset for cut in cuts for offset in cut), len(s)]
    return cuts, "".join(s[a + 1 : b + 1] for a, b in zip(kept[::2], kept[1::2], strict=True))


def _suspect_chunks(s: str, ranges: list[tuple[int, int, int]]) -> frozenset[int]:
    """The chunks (by number; -1: the skeleton) holding a suspect offset (`_suspect_offsets`)."""
    starts = [a for _, a, _ in ranges]
    suspects = set()
    for offset in _suspect_offsets(s):
        number = bisect.bisect_right(starts, offset) - 1
        suspects.add(number if number >= 0 and offset <= ranges[number][2] else -1)
    return frozenset(suspects)


def _eol(s: str, line: int) -> int:
    """The "\n" ending the line that starts after `line` (a "\n" offset), or len(s)."""
    end = s.find("\n", line + 1)
    return len(s) if end < 0 else end


#: How many characters `_in_block_scalar` may walk back over in all, per text: bounds its cost
#: on hostile input (Stripe's spec needs ~5,000); past it, offsets are simply not exempted.
_WALK_BUDGET = 2_000_000


def _suspect_offsets(s: str) -> list[int]:
    """Offsets where an anchor, alias or tag (`&`, `*`, `!` where a node can start) or a merge
    key (`<<`) could be, except inside block scalars: the pieces holding them are scanned."""
    found = []
    budget = [_WALK_BUDGET]
    for char in "&*!<":
        offset = s.find(char)
        while offset >= 0:
            if char == "<":
                suspect = s.startswith("<<", offset)
            else:
                before = offset - 1
                while s[before] in " \t":
                    before -= 1
                suspect = s[before] in "\n[{,:?-"
            if suspect and not _in_block_scalar(s, offset, budget):
                found.append(offset)
            offset = s.find(char, offset + 1)
    return found


def _in_block_scalar(s: str, offset: int, budget: list[int]) -> bool:
    """Is the line holding `offset` certainly the content of a `|` or `>` block scalar?

    PyYAML's rule: the content is indented by at least the parent collection's indentation + 1
    and by the most spaces on its first lines up to the first non-blank one; it ends at the
    first non-blank line indented less. So look for the nearest line above indented less than
    this one (comment lines count) and check it is a block scalar's header, `key: |` or `- |`.
    """
    start = s.rfind("\n", 0, offset) + 1
    indent = _spaces(s, start)
    end = start - 1  # the "\n" ending the line above
    while True:
        if end <= 0 or budget[0] <= 0:
            return False
        above = s.rfind("\n", 0, end) + 1
        budget[0] -= end - above + 1
        spaces = _spaces(s, above)
        if s[above + spaces : end] not in ("", "\r") and spaces < indent:
            break
        end = above - 1
    header = _BLOCK_SCALAR_HEADER.fullmatch(s, above, end)
    if header is None:
        return False
    key = header.group("key")
    if key is not None:
        if key[0] not in "'\"" and ": " in key:
            return False
        parent = header.start("key") - above
    elif header.group("dash") is not None:
        parent = len(header.group("indent"))
    else:
        return False
    content = parent + 1
    line = end + 1
    while line < len(s):
        line_end = _eol(s, line - 1)
        spaces = _spaces(s, line)
        content = max(content, spaces)
        if s[line + spaces : line_end] not in ("", "\r"):
            break
        line = line_end + 1
    return indent >= content


_SPACES = re.compile(" *")


def _spaces(s: str, start: int) -> int:
    match = _SPACES.match(s, start)
    return match.end() - start if match else 0


# --- parsing the pieces -----------------------------------------------------------------------


def _parse_chunk(piece: str, indent: int, loader: type[Any], suspect: bool) -> dict[Any, Any]:
    """{key: value} of a chunk: a block mapping at `indent` with one string key on its first line."""

    def check(node: Any) -> None:
        if not (
            isinstance(node, yaml.MappingNode)
            and not node.flow_style
            and len(node.value) == 1
            and (node.start_mark.line, node.start_mark.column) == (0, indent)
        ):
            raise _Unusual
        key = node.value[0][0]  # on the first line, after `? ` when written as a complex key
        if not (isinstance(key, yaml.ScalarNode) and key.tag == _STR and key.start_mark.line == 0):
            raise _Unusual

    value = _parse_piece(piece, loader, check, suspect)
    if not _is_chunk_value(value):
        raise _Unusual
    return value  # type: ignore[no-any-return]


def _parse_skeleton(split: _Split, loader: type[Any]) -> tuple[dict[Any, Any], list[tuple[str, ...]]]:
    """The skeleton's value, and the key path of each chunked section (checked on the nodes)."""
    names: list[tuple[str, ...]] = []

    def check(root: Any) -> None:
        if not isinstance(root, yaml.MappingNode) or root.flow_style:
            raise _Unusual
        for section in split.sections:
            node = root
            path: list[str] = []
            for depth, line in enumerate(section.header_lines):
                key, node = _unique_key_at(node, line, 2 * depth)
                path.append(key)
                if depth == len(section.header_lines) - 1:
                    if not (isinstance(node, yaml.ScalarNode) and node.tag == _NULL and node.value == ""):
                        raise _Unusual  # a chunked section's header must have no value of its own
                elif not (isinstance(node, yaml.MappingNode) and not node.flow_style):
                    raise _Unusual
            names.append(tuple(path))

    value = _parse_piece(split.skeleton, loader, check, -1 in split.suspects)
    if not isinstance(value, dict):
        raise _Unusual
    return value, names


def _unique_key_at(mapping: Any, line: int, column: int) -> tuple[str, Any]:
    """The string key of `mapping` written at (line, column), which must occur only once."""
    found = [
        (key, value) for key, value in mapping.value if (key.start_mark.line, key.start_mark.column) == (line, column)
    ]
    if len(found) != 1 or not isinstance(found[0][0], yaml.ScalarNode) or found[0][0].tag != _STR:
        raise _Unusual
    name: str = found[0][0].value
    same = [key for key, _ in mapping.value if isinstance(key, yaml.ScalarNode) and key.tag == _STR]
    if sum(1 for key in same if key.value == name) != 1:
        raise _Unusual  # a duplicate key: the whole-text parse keeps the last value
    return name, found[0][1]


def _parse_piece(piece: str, loader: type[Any], check: Callable[[Any], None], suspect: bool) -> Any:
    """Compose `piece`, let `check` vet its node tree, construct it. Anything odd raises `_Unusual`."""
    try:
        if suspect and _uses_properties(piece, loader):
            raise _Unusual
        instance = loader(piece)
        try:
            node = instance.get_single_node()
            check(node)
            try:
                return _construct(node, instance)
            except _Generic:
                return instance.construct_document(node)
        finally:
            instance.dispose()
    except _Unusual:
        raise
    except Exception:  # a YAML error, RecursionError, ...: the whole-text parse reports it properly
        raise _Unusual from None


_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
#: The tags a plain scalar resolves to under the safe loaders, but `str` and `merge`/`value`.
_PLAIN_TAGS = tuple(f"tag:yaml.org,2002:{name}" for name in ("null", "bool", "int", "float", "timestamp"))


class _Generic(Exception):
    """A node `_construct` leaves to the loader's own constructor."""


def _construct(node: Any, constructor: Any) -> Any:
    """`constructor.construct_document(node)` for a tree without anchors, aliases, merge keys
    or explicit tags (what `load` lets through), 5x faster: PyYAML's constructor runs in Python
    with generators for recursive structures, 0.27 s of a cold load of Stripe's spec.

    Same values, same dict order, same duplicate-key rule (the last value at the first key's
    position); a scalar that is not a string goes to the constructor's own function for its
    tag; any other tag (`=`, `<<`, ...) raises `_Generic`, and the caller constructs the whole
    piece the usual way. An unhashable key raises TypeError as PyYAML raises an error there.
    """
    kind = type(node)
    if kind is yaml.MappingNode:
        if node.tag != _MAP:
            raise _Generic
        mapping = {}
        for key_node, value_node in node.value:
            key = (
                key_node.value
                if type(key_node) is yaml.ScalarNode and key_node.tag == _STR
                else _construct(key_node, constructor)
            )
            mapping[key] = (
                value_node.value
                if type(value_node) is yaml.ScalarNode and value_node.tag == _STR
                else _construct(value_node, constructor)
            )
        return mapping
    if kind is yaml.ScalarNode:
        if node.tag == _STR:
            return node.value
        if node.tag not in _PLAIN_TAGS:
            raise _Generic
        return constructor.yaml_constructors[node.tag](constructor, node)
    if kind is yaml.SequenceNode and node.tag == _SEQ:
        return [_construct(item, constructor) for item in node.value]
    raise _Generic


def _uses_properties(piece: str, loader: type[Any]) -> bool:
    """Does libyaml's scanner find an anchor, alias, tag or merge key (`<<`) in `piece`?"""
    instance = loader(piece)
    try:
        while instance.check_token():
            token = instance.get_token()
            if isinstance(token, (yaml.AnchorToken, yaml.AliasToken, yaml.TagToken)):
                return True
            if isinstance(token, yaml.ScalarToken) and token.plain and token.value == "<<":
                return True
        return False
    finally:
        instance.dispose()


def _is_chunk_value(value: Any) -> bool:
    return isinstance(value, dict) and len(value) == 1 and isinstance(next(iter(value)), str)


def _is_skeleton_value(value: Any, sections: int) -> bool:
    """(root, section key paths), as `load` stores a skeleton: each path leads to a None."""
    if not (isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], list) and len(value[1]) == sections):
        return False
    for path in value[1]:
        node = value[0]
        if not (isinstance(path, tuple) and path):
            return False
        for key in path:
            if not (isinstance(key, str) and isinstance(node, dict) and key in node):
                return False
            node = node[key]
        if node is not None:
            return False
    return isinstance(value[0], dict)


# --- assembling -------------------------------------------------------------------------------


def _copy_root(root: dict[Any, Any], names: list[tuple[str, ...]]) -> dict[Any, Any]:
    """`root` with fresh containers along the sections' paths (the parsed one goes to the cache)."""
    copy = dict(root)
    for path in names:
        node = copy
        for key in path[:-1]:
            node[key] = dict(node[key])
            node = node[key]
    return copy


def _open_section(root: dict[Any, Any], path: tuple[str, ...]) -> dict[Any, Any]:
    node = root
    for key in path[:-1]:
        node = node[key]
    if node.get(path[-1], "missing") is not None:
        raise _Unusual
    section: dict[Any, Any] = {}
    node[path[-1]] = section
    return section


# --- the cache --------------------------------------------------------------------------------


class _Index:
    """One cache entry per document: piece digest -> the piece's value, marshalled on its own.

    Values are marshalled one by one so that rewriting the entry after an edit only marshals
    the new pieces (0.4 ms instead of 10 ms on Stripe's spec); loading costs the same.
    """

    def __init__(self, cache: Cache | None, name: str, loader: type[Any]) -> None:
        self.cache = cache
        self.key = _digest(f"{FORMAT}\0{loader.__module__}.{loader.__qualname__}\0{yaml.__version__}\0{name}")
        self.entries: dict[str, bytes] = {}
        if cache is not None:
            self.entries = _decode(cache.get(KIND, self.key))

    def get(self, digest: str, valid: Callable[[Any], bool]) -> Any:
        """The stored value of a piece, or None when missing, unreadable or not `valid`."""
        return unmarshal(self.entries.get(digest), valid)

    def save(self, fresh: dict[str, Any], keep: set[str]) -> None:
        """Store the values parsed now and drop the pieces no longer in the document."""
        if self.cache is None:
            return
        entries = {digest: raw for digest, raw in self.entries.items() if digest in keep}
        for digest, value in fresh.items():
            try:
                entries[digest] = marshal.dumps(value)
            except ValueError:  # a timestamp (`date`), say: parsed again next time
                entries.pop(digest, None)
        if entries == self.entries:
            return
        payload = marshal.dumps(entries)
        self.cache.put(KIND, self.key, _MAGIC + hashlib.sha256(payload).digest() + payload)


def _decode(raw: bytes | None) -> dict[str, bytes]:
    """The entries of a cache file; {} when it is missing, corrupt or not ours."""
    if raw is None or not raw.startswith(_MAGIC):
        return {}
    checksum, payload = raw[len(_MAGIC) : len(_MAGIC) + 32], raw[len(_MAGIC) + 32 :]
    if hashlib.sha256(payload).digest() != checksum:
        return {}
    entries: dict[str, bytes] = unmarshal(payload, _is_entries) or {}
    return entries


def _is_entries(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(key, str) and isinstance(item, bytes) for key, item in value.items()
    )
