"""Reading a spec: files -> parsed documents, `$ref` resolution, line numbers.

A spec is one YAML/JSON file, or several joined by relative `$ref`s. Loading is
defensive, since a spec is untrusted input:

* `$ref`s to remote URLs, absolute paths, or files outside the spec's folder
  (also through symlinks) are refused;
* files over `Limits.max_file_bytes`, documents nested deeper than
  `Limits.max_depth`, and YAML aliases that expand past `Limits.max_nodes` are
  refused with a clear message instead of exhausting memory or the stack.

Every problem is reported as an `Issue` naming the file, the JSON pointer and,
when the file can be re-read for it, the line.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

from ..cache import Cache
from ..errors import Issue, SpecError, escape_pointer_token, join_pointer, unescape_pointer_token
from . import yamlchunks

try:  # PyYAML's libyaml bindings are ~10x faster; fall back when not compiled in.
    _YamlLoader: type[Any] = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _YamlLoader = yaml.SafeLoader


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds that keep hostile input from exhausting the machine.

    Raise them in `[tool.codegen.limits]` (same names) when a legitimate spec
    needs more.
    """

    max_file_bytes: int = 32 * 1024 * 1024
    max_files: int = 10_000
    max_depth: int = 500
    max_nodes: int = 5_000_000


@dataclass(slots=True)
class Document:
    """One parsed file of a spec."""

    path: Path  # resolved, absolute
    display: str  # how we name it in messages
    data: Any
    text: str = field(repr=False, default="")
    #: After a chunked parse of a YAML file (`generator.load.yamlchunks`): the JSON pointer of each
    #: chunk's value (`/paths/~1v1~1customers`, `/components/schemas/customer`) -> the sha256 hex
    #: of the chunk's text, and "" -> the skeleton's. A chunk whose digest is unchanged has the
    #: same value. None after a whole-text parse (JSON, or a YAML text the chunker declined).
    chunks: dict[str, str] | None = field(repr=False, default=None)
    _lines: Any = field(repr=False, default=None)

    def line_of(self, pointer: str) -> int | None:
        """1-based line of the node at `pointer`, or of its nearest existing parent."""
        if self._lines is None:
            try:
                self._lines = yaml.compose(self.text, Loader=_YamlLoader)
            except yaml.YAMLError:
                self._lines = False
        node = self._lines
        if not node:
            return None
        line: int = node.start_mark.line + 1
        for token in _pointer_tokens(pointer):
            child = None
            if isinstance(node, yaml.MappingNode):
                for key_node, value_node in node.value:
                    if getattr(key_node, "value", None) == token:
                        child = value_node
                        line = key_node.start_mark.line + 1
                        break
            elif isinstance(node, yaml.SequenceNode) and token.isdigit():
                index = int(token)
                if index < len(node.value):
                    child = node.value[index]
                    line = child.start_mark.line + 1
            if child is None:
                return line
            node = child
        return line


@dataclass(frozen=True, slots=True)
class Target:
    """What a `$ref` points at."""

    document: Document
    pointer: str
    node: Any


class LoadedSpec:
    """The root document plus every file its `$ref`s reach, with a resolver."""

    def __init__(self, root: Document, documents: dict[Path, Document], base_dir: Path) -> None:
        self.root = root
        self.documents = documents
        self.base_dir = base_dir
        #: The document a file `$ref` from a document's folder names: `realpath` once per pair
        #: (DigitalOcean's tree resolves 13,000 file refs while converting: 8 s of `lstat`s).
        self._paths: dict[tuple[Path, str], Path] = {}

    def files(self) -> list[Document]:
        return sorted(self.documents.values(), key=lambda doc: doc.display)

    def issue(self, message: str, document: Document, pointer: str) -> Issue:
        return Issue(message, document.display, pointer, document.line_of(pointer))

    def ref_path(self, document: Document, file_part: str) -> Path:
        """The file a `$ref`'s file part names, from `document`."""
        return _cached_ref_path(self._paths, document.path, file_part)

    def resolve(self, ref: str, document: Document) -> Target:
        """Resolve `ref` found in `document`. Raises `KeyError` if it dangles."""
        file_part, _, fragment = ref.partition("#")
        target_doc = document
        if file_part:
            target_doc = self.documents[self.ref_path(document, file_part)]
        pointer = unquote(fragment)
        return Target(target_doc, pointer, resolve_pointer(target_doc.data, pointer))


class LoadError(SpecError):
    """What `load` found wrong. When only `$ref`s are at fault (dangling, refused, to a missing
    or unreadable file), `spec` is the spec as loaded and `broken` names each such `$ref`
    (its document and the pointer of its `$ref` key), so the rest can still be validated."""

    def __init__(
        self, issues: Iterable[Issue], spec: LoadedSpec | None = None, broken: Iterable[tuple[Document, str]] = ()
    ) -> None:
        super().__init__(issues)
        self.spec = spec
        self.broken = tuple(broken)


def load(path: str | Path, limits: Limits = Limits(), *, cache: Cache | None = None) -> LoadedSpec:
    """Parse `path` and every file it references. Raises `LoadError` with all issues.

    With a `cache`, YAML files are parsed in chunks and each unchanged chunk's value is
    reused (`generator.load.yamlchunks`): after a one-schema edit of Stripe's spec, 0.04 s instead
    of 0.6 s.
    """
    path = Path(path)
    real = _spec_file(path)
    issues: list[Issue] = []
    root = _read_document(real, str(path), limits, issues, cache)
    if root is None:
        raise SpecError(issues)
    walk = _Walk(root, real.parent, limits, issues, cache)
    walk.run()
    spec = LoadedSpec(root, walk.documents, walk.base_dir)
    spec._paths.update(walk.paths)  # (the same files: the walk's answers hold for the spec)
    issues.extend(_dangling_refs(spec, walk.refs))
    if issues:
        broken = walk.refused + [(d, pointer) for d, pointer, ref in walk.refs if not _resolves(spec, ref, d)]
        raise LoadError(sorted(issues, key=Issue.sort_key), spec if walk.whole else None, broken if walk.whole else [])
    return spec


def _spec_file(path: Path) -> Path:
    """The spec's real path; raises SpecError when it is missing, unreadable or not a file."""
    try:
        real = path.resolve(strict=True)
    except FileNotFoundError:
        raise SpecError([Issue("file not found", str(path), None)]) from None
    except (OSError, RuntimeError) as exc:
        raise SpecError([Issue(f"cannot read spec: {_os_reason(exc)}", str(path), None)]) from None
    if not real.is_file():
        raise SpecError([Issue("not a file", str(path), None)])
    return real


class _Walk:
    """Every file the root's `$ref`s reach, read once, and every `$ref` found on the way."""

    def __init__(
        self, root: Document, base_dir: Path, limits: Limits, issues: list[Issue], cache: Cache | None
    ) -> None:
        self.root = root
        self.base_dir = base_dir
        self.limits = limits
        self.issues = issues
        self.cache = cache
        self.documents: dict[Path, Document] = {root.path: root}
        self.refs: list[tuple[Document, str, str]] = []
        self.refused: list[tuple[Document, str]] = []  # besides those of `refs` that do not resolve
        self.whole = True  # every document was read through (no limit stopped `_iter_refs`)
        self.queue = [root]
        self.paths: dict[tuple[Path, str], Path] = {}  # (`_cached_ref_path`)

    def run(self) -> None:
        while self.queue:
            document = self.queue.pop()
            found: list[Issue] = []
            for pointer, ref in _iter_refs(document, self.limits, found):
                self._follow(document, pointer, ref)
            for issue in found:  # a `$ref` that is no string, or a limit that stopped the walk
                if issue.message == _NOT_A_STRING and issue.pointer is not None:
                    self.refused.append((document, issue.pointer))
                    issue = replace(issue, line=document.line_of(issue.pointer))
                else:
                    self.whole = False
                self.issues.append(issue)

    def _follow(self, document: Document, pointer: str, ref: str) -> None:
        """Check `ref` (at `pointer` in `document`) and read the file it names, if new."""
        problem = _check_ref(ref)
        if problem:
            self._issue(problem, document, pointer)
            self.refused.append((document, pointer))
            return
        self.refs.append((document, pointer, ref))
        file_part = ref.partition("#")[0]
        if not file_part:
            return
        target = _cached_ref_path(self.paths, document.path, file_part)
        if not _is_within(target, self.base_dir):
            self._issue(f"$ref {ref!r} leaves the spec's folder {self.base_dir}; refused", document, pointer)
            return
        if target in self.documents:
            return
        if len(self.documents) >= self.limits.max_files:
            limit = self.limits.max_files
            self.issues.append(
                Issue(f"more than {limit} files referenced (limit max_files)", document.display, pointer)
            )
            raise SpecError(self.issues)
        display = _display_name(self.root, self.base_dir, target)
        if not target.is_file():
            self._issue(f"$ref {ref!r}: file {display} does not exist", document, pointer)
            return
        child = _read_document(target, display, self.limits, self.issues, self.cache)
        if child is not None:
            self.documents[target] = child
            self.queue.append(child)

    def _issue(self, message: str, document: Document, pointer: str) -> None:
        self.issues.append(Issue(message, document.display, pointer, document.line_of(pointer)))


def resolve_pointer(data: Any, pointer: str) -> Any:
    """The node at JSON pointer `pointer`; raises `KeyError` when absent."""
    node = data
    for token in _pointer_tokens(pointer):
        if isinstance(node, dict):
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(token)
    return node


def _pointer_tokens(pointer: str) -> list[str]:
    if not pointer or pointer == "/":
        return [] if not pointer else [""]
    return [unescape_pointer_token(token) for token in pointer.lstrip("/").split("/")]


def _read_document(
    path: Path, display: str, limits: Limits, issues: list[Issue], cache: Cache | None = None
) -> Document | None:
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            issues.append(
                Issue(
                    f"file is {size / 1048576:.1f} MiB, over the limit of "
                    f"{limits.max_file_bytes / 1048576:.1f} MiB (raise limits.max_file_bytes)",
                    display,
                )
            )
            return None
        raw = path.read_bytes()
    except OSError as exc:
        issues.append(Issue(f"cannot read file: {_os_reason(exc)}", display))
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        issues.append(Issue(f"not UTF-8 text (byte {exc.start})", display))
        return None
    chunks: dict[str, str] | None = None
    if _too_deep(text, path, display, limits, issues):
        data = _FAILED
    else:
        data, chunks = _parse(text, path, display, limits, issues, cache)
    if data is _FAILED:
        return None
    if not isinstance(data, dict):
        kind = "empty" if data is None else f"a {_json_type(data)}"
        issues.append(Issue(f"expected a YAML/JSON mapping at the top level, found {kind}", display, "", 1))
        return None
    _status_codes_as_strings(data)
    return Document(path, display, data, text, chunks)


_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _status_codes_as_strings(data: dict[Any, Any]) -> None:
    """`responses: {200: ...}`: YAML reads an unquoted status code as an integer, which
    OpenAPI means as the string "200" (and openapi-spec-validator cannot check). Rewritten in
    place, keeping the order, in every operation of `paths`, `webhooks` and
    `components.pathItems`, and in a file that is itself a path item or an operation."""
    items: list[Any] = [data]
    for section in (data.get("paths"), data.get("webhooks"), (data.get("components") or {}).get("pathItems")):
        if isinstance(section, dict):
            items.extend(section.values())
    for item in items:
        if not isinstance(item, dict):
            continue
        for operation in [item, *(item.get(method) for method in _HTTP_METHODS)]:
            responses = operation.get("responses") if isinstance(operation, dict) else None
            if isinstance(responses, dict) and any(isinstance(key, int) for key in responses):
                entries = [(str(key) if isinstance(key, int) else key, value) for key, value in responses.items()]
                responses.clear()
                responses.update(entries)


_FAILED = object()
#: YAML is never built deeper than this, whatever `limits.max_depth` says. libyaml 0.2.6
#: (bundled with PyYAML 6.0.4) refuses deeper documents itself, and older libyaml (whose
#: composer recurses on the C stack: ~30,000 levels of `- - - ...` segfault, and whose scanner
#: takes quadratic time on deep flow collections) is held to the same bound here, so a document
#: is accepted or refused, with the same message, whichever libyaml PyYAML bundles.
_YAML_MAX_DEPTH = 1_000
#: A YAML text that cannot nest deeper than this (see `_depth_bound`) is parsed directly:
#: quick and safe on every libyaml (a deeper one is refused by libyaml >= 0.2.6 while parsing,
#: which `_nesting_issue` reports like `_too_deep`), and `_iter_refs` enforces the limit on the result.
_YAML_SAFE_BOUND = 5_000
#: How much text before libyaml's own nesting error is read again with PyYAML's pure-Python
#: parser to find the first line past the limit (libyaml looks up to 1,024 characters ahead,
#: so it can stop at 1,000 levels before our count of its events reaches the limit).
_RECOUNT_CHARS = 4_000_000


def _yaml_depth_limit(limits: Limits) -> int:
    """How deep a YAML document may nest: `limits.max_depth`, never above `_YAML_MAX_DEPTH`."""
    return min(limits.max_depth, _YAML_MAX_DEPTH)


def _depth_message(limit: int, limits: Limits) -> str:
    """The message for a document nested deeper than `limit` levels: always names what to raise, if anything."""
    if limit < limits.max_depth:  # the YAML bound, not the configured one, is what stopped it
        return (
            f"nested deeper than {limit:,} levels (YAML is never parsed deeper than {_YAML_MAX_DEPTH:,} levels, "
            "whatever limits.max_depth says; write this part as JSON to nest deeper)"
        )
    return (
        f"nested deeper than {limit:,} levels (raise limits.max_depth; "
        f"YAML deeper than {_YAML_MAX_DEPTH:,} levels is never parsed)"
    )


def _too_deep(text: str, path: Path, display: str, limits: Limits, issues: list[Issue]) -> bool:
    """Refuse YAML nested deeper than `max_depth` *before* building it.

    Parsing such a text is not merely slow: a few hundred KB of `[[[[...` or
    `- - - ...` take minutes or crash the interpreter. When a cheap bound says the
    text could be that deep, its events (libyaml's parser is not recursive) are
    counted, stopping at the first one past the limit.
    """
    limit = _yaml_depth_limit(limits)
    if path.suffix.lower() == ".json" or _depth_bound(text) <= max(limit + 1, _YAML_SAFE_BOUND):
        return False
    try:
        line = _first_line_too_deep(yaml.parse(text, Loader=_YamlLoader), limit)
    except yaml.YAMLError as exc:
        nesting = _nesting_issue(exc, text, display, limits)
        if nesting is None:
            return False  # the real parse reports it, with its position
        issues.append(nesting)
        return True
    if line is _SHALLOW:
        return False
    issues.append(Issue(_depth_message(limit, limits), display, "", line))
    return True


_SHALLOW = -1


def _first_line_too_deep(events: Iterator[Any], limit: int) -> int | None:
    """The line of the first collection nested deeper than `limit` levels (None: unknown), or `_SHALLOW`.

    The top-level collection is level 0, as in `_iter_refs`.
    """
    depth = 0
    for event in events:
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > limit + 1:
                return event.start_mark.line + 1 if event.start_mark is not None else None
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return _SHALLOW


def _nesting_issue(exc: yaml.YAMLError, text: str, display: str, limits: Limits) -> Issue | None:
    """libyaml's own "exceeded maximum nesting depth" (libyaml >= 0.2.6), reported as `_too_deep` would.

    The document is then deeper than `_YAML_MAX_DEPTH`, so past the limit; the line is the one
    where it first goes past the limit, found by PyYAML's pure-Python parser (which has no
    nesting bound, and is stopped there) in the text up to where libyaml stopped.
    None: `exc` is some other YAML error.
    """
    if not isinstance(exc, yaml.MarkedYAMLError) or "maximum nesting depth" not in (exc.problem or ""):
        return None
    limit = _yaml_depth_limit(limits)
    mark = exc.problem_mark
    line = mark.line + 1 if mark is not None else None
    end = mark.index + 1 if mark is not None else len(text)
    if end <= _RECOUNT_CHARS:
        try:
            found = _first_line_too_deep(yaml.parse(text[:end], Loader=yaml.SafeLoader), limit)
        except yaml.YAMLError:  # the cut text ends inside a token: nothing past the limit before it
            found = _SHALLOW
        if found != _SHALLOW:
            line = found
    return Issue(_depth_message(limit, limits), display, "", line)


def _depth_bound(text: str) -> int:
    """An upper bound on how deep the collections of a YAML text can nest, in linear time.

    A flow collection needs a `{` or `[`; a nested block collection starts to the
    right of its parent, except a sequence directly under a mapping key, so two
    levels of block nesting take at least one column. Lines are split on `\n` only,
    which can only make them longer than YAML's lines (so the bound stays a bound).
    """
    longest = max(map(len, text.split("\n")), default=0)
    return 2 * longest + 2 + text.count("{") + text.count("[")


def _parse(
    text: str, path: Path, display: str, limits: Limits, issues: list[Issue], cache: Cache | None = None
) -> tuple[Any, dict[str, str] | None]:
    """(the parsed value or `_FAILED`, the chunks' digests when parsed in chunks)."""
    if path.suffix.lower() == ".json":
        try:
            return json.loads(text), None
        except RecursionError:
            issues.append(Issue("JSON nested too deeply to parse", display))
            return _FAILED, None
        except json.JSONDecodeError as exc:
            issues.append(Issue(f"invalid JSON: {exc.msg} (column {exc.colno})", display, "", exc.lineno))
            return _FAILED, None
    # Chunked, even without a cache: libyaml builds small documents faster than one big one
    # (Stripe's spec: 0.51 s vs 0.63 s, GC off). None: unusual or invalid YAML, parse it whole.
    chunked = yamlchunks.load(text, cache, name=str(path), loader=_YamlLoader)
    if chunked is not None:
        return chunked.data, chunked.digests
    try:
        return yaml.load(text, Loader=_YamlLoader), None
    except yaml.MarkedYAMLError as exc:
        nesting = _nesting_issue(exc, text, display, limits)
        if nesting is not None:
            issues.append(nesting)
            return _FAILED, None
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        column = f" (column {mark.column + 1})" if mark is not None else ""
        message = " ".join(part for part in (exc.context, exc.problem) if part)
        issues.append(Issue(f"invalid YAML: {message}{column}", display, "", line))
    except yaml.YAMLError as exc:
        issues.append(Issue(f"invalid YAML: {exc}", display))
    except RecursionError:
        issues.append(Issue("YAML nested too deeply to parse", display))
    return _FAILED, None


def _iter_refs(document: Document, limits: Limits, issues: list[Issue]) -> Iterator[tuple[str, str]]:
    """Yield (pointer, ref) for every `$ref`; also enforce depth and alias limits.

    `$ref`s inside `x-` extensions are not followed (their values are the vendor's own).
    Iterative, so deep documents cannot overflow the stack. A container reached
    twice is a YAML alias: aliases are allowed, but the size they expand to is
    bounded, because every later stage walks the expanded tree.
    """
    limit = limits.max_depth if document.path.suffix.lower() == ".json" else _yaml_depth_limit(limits)
    stack: list[tuple[Any, str, int, bool]] = [(document.data, "", 0, False)]
    seen: set[int] = set()
    shared = False
    while stack:
        node, pointer, depth, extension = stack.pop()
        if depth > limit:
            line = document.line_of(pointer)
            issues.append(Issue(_depth_message(limit, limits), document.display, pointer[:200], line))
            return
        if isinstance(node, dict):
            if id(node) in seen:
                shared = True
                continue
            seen.add(id(node))
            ref = node.get("$ref")
            if extension:
                pass  # inside an `x-` extension: its values are the vendor's, never followed
            elif isinstance(ref, str):
                yield join_pointer(pointer, "$ref"), ref
            elif "$ref" in node:
                issues.append(Issue("$ref must be a string", document.display, join_pointer(pointer, "$ref")))
            for key, value in node.items():
                if isinstance(value, (dict, list)):
                    inside = extension or str(key).startswith("x-")
                    stack.append((value, f"{pointer}/{escape_pointer_token(str(key))}", depth + 1, inside))
        elif isinstance(node, list):
            if id(node) in seen:
                shared = True
                continue
            seen.add(id(node))
            for index, value in enumerate(node):
                if isinstance(value, (dict, list)):
                    stack.append((value, f"{pointer}/{index}", depth + 1, extension))
    if shared:
        size = _expanded_size(document.data, limits.max_nodes)
        if size is None:
            issues.append(
                Issue(
                    "YAML aliases are recursive or expand to more than "
                    f"{limits.max_nodes:,} nodes (raise limits.max_nodes)",
                    document.display,
                )
            )


def _expanded_size(data: Any, budget: int) -> int | None:
    """Node count once aliases are expanded; None if recursive or over `budget`."""
    sizes: dict[int, int] = {}
    active: set[int] = set()
    stack: list[tuple[Any, bool]] = [(data, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        children = node.values() if isinstance(node, dict) else node
        if done:
            active.discard(key)
            total = 1
            for child in children:
                total += sizes.get(id(child), 1) if isinstance(child, (dict, list)) else 1
            if total > budget:
                return None
            sizes[key] = total
            continue
        if key in sizes:
            continue
        if key in active:
            return None
        active.add(key)
        stack.append((node, True))
        for child in children:
            if isinstance(child, (dict, list)):
                if id(child) in active:
                    return None
                if id(child) not in sizes:
                    stack.append((child, False))
    return sizes.get(id(data), 1)


def _check_ref(ref: str) -> str | None:
    """Why `ref` is refused, or None if it is a local or relative-file reference."""
    try:
        parts = urlsplit(ref)
    except ValueError:  # `http://[bad`: not even a URL
        return f"$ref {ref!r} is not a valid reference"
    if parts.scheme or parts.netloc:
        return f"$ref {ref!r} points at a remote or non-file URL; only local and relative file refs are allowed"
    file_part = ref.partition("#")[0]
    if file_part.startswith(("/", "\\")) or (len(file_part) > 1 and file_part[1] == ":"):
        return f"$ref {ref!r} is an absolute path; use a path relative to the spec"
    if "\x00" in ref:
        return "$ref contains a NUL character"
    return None


def _ref_path(current: Path, file_part: str) -> Path:
    return Path(os.path.realpath(current.parent / unquote(file_part)))


def _cached_ref_path(cache: dict[tuple[Path, str], Path], current: Path, file_part: str) -> Path:
    """`_ref_path`, once per folder and file part in `cache` (one load's or one spec's: `realpath`
    costs a `lstat` per path component, and DigitalOcean's tree follows 18,000 file refs)."""
    key = (current.parent, file_part)
    path = cache.get(key)
    if path is None:
        path = cache[key] = _ref_path(current, file_part)
    return path


def _is_within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _display_name(root: Document, base_dir: Path, target: Path) -> str:
    root_dir = os.path.dirname(root.display)
    if Path(root_dir or ".").resolve() != base_dir:  # the spec was reached through a symlink
        return str(target)  # name the folder refs really resolve in, not the link's
    return os.path.join(root_dir, os.path.relpath(target, base_dir))


#: `_iter_refs`'s message for a `$ref` that is not a string (its other messages are limits).
_NOT_A_STRING = "$ref must be a string"


def _resolves(spec: LoadedSpec, ref: str, document: Document) -> bool:
    try:
        spec.resolve(ref, document)
    except (KeyError, ValueError):
        return False
    return True


def _dangling_refs(spec: LoadedSpec, refs: list[tuple[Document, str, str]]) -> Iterator[Issue]:
    for document, pointer, ref in refs:
        file_part = ref.partition("#")[0]
        if file_part and spec.ref_path(document, file_part) not in spec.documents:
            continue  # refused, missing or unreadable: already reported
        try:
            spec.resolve(ref, document)
        except (KeyError, ValueError):
            yield spec.issue(f"$ref {ref!r} does not resolve (dangling reference)", document, pointer)


def _json_type(value: Any) -> str:
    return {list: "list", str: "string", int: "number", float: "number", bool: "boolean"}.get(
        type(value), type(value).__name__
    )


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)
