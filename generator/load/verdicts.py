"""A spec that differs from a valid one only in its prose is valid: no need to validate it again.

Editing descriptions is the most common change to a spec, and openapi-spec-validator
takes a second of CPU on a big one. Its verdict cannot depend on the text of an
*annotation* (a `description`, `summary` or `title` whose value is a string): the
OpenAPI and JSON Schema meta-schemas only require such a value to be a string, and
none of the validator's own checks (references, parameters, defaults against their
schemas, discriminators...) reads one. So when a spec's files differ from those of
the last spec found valid only in annotation strings, it is valid too.

What is compared, per file (a `Record`, kept in the user's cache after each valid
verdict, one per spec root and validator version):

* a YAML file parsed in chunks (`loader.Document.chunks`): each chunk's text digest,
  and a digest of its value with every annotation string replaced by one marker
  (`normalized_digest`); the same for the skeleton (the file's value without the chunks);
* any other file: its text digest and the normalized digest of its whole value.

The same pointers in the same order and, where a text digest changed, the same
normalized digest: then only annotation strings changed. Conservatively, nothing is
normalized below keys whose values are data rather than spec objects (`default`,
`example`, `examples`, `enum`, `const`, discriminator `mapping`, `links`, and `x-`
extensions): an edit there is validated again, and so is any edit that turns an
annotation into something other than a string.
"""

from __future__ import annotations

import hashlib
import marshal
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..cache import Cache, Kind, unmarshal
from ..errors import unescape_pointer_token
from .loader import Document, LoadedSpec, resolve_pointer

KIND = Kind.VALID_RECORD
_FORMAT = "codegen-verdicts-1"
ANNOTATIONS = frozenset({"description", "summary", "title"})
#: Below these keys values are data (or unknown to the validator): compared exactly.
DATA_KEYS = frozenset({"default", "example", "examples", "enum", "const", "mapping", "links"})

#: file (relative to the spec's folder) -> pointer -> (text digest, normalized digest); a file
#: parsed whole has the one pointer "" (a chunked file's skeleton has it too).
Record = dict[str, dict[str, tuple[str, str]]]


class _Marker:
    """Stands for any annotation string; its repr is no YAML or JSON value's."""

    def __repr__(self) -> str:
        return "<annotation>"


_MARKER = _Marker()


def normalized(value: Any) -> Any:
    """`value` with every annotation string replaced by one marker (see the module's rules)."""
    if isinstance(value, dict):
        result: dict[Any, Any] = {}
        for key, item in value.items():
            if key in ANNOTATIONS and isinstance(item, str):
                result[key] = _MARKER
            elif key in DATA_KEYS or (isinstance(key, str) and key.startswith("x-")):
                result[key] = item
            else:
                result[key] = normalized(item)
        return result
    if isinstance(value, list):
        return [normalized(item) for item in value]
    return value


def normalized_digest(value: Any) -> str:
    return hashlib.sha256(repr(normalized(value)).encode("utf-8", "surrogatepass")).hexdigest()


def record_of(spec: LoadedSpec) -> Record:
    """The record of `spec` (after a valid verdict): every file, every chunk."""
    record: Record = {}
    for doc in spec.files():
        texts = _texts(doc)
        record[_name(spec, doc)] = {
            pointer: (digest, _normalized(doc, texts, pointer)) for pointer, digest in texts.items()
        }
    return record


def unchanged_but_annotations(spec: LoadedSpec, last: Record) -> Record | None:
    """`spec`'s record when it differs from the one `last` describes only in annotation
    strings (so it is valid if that one was); None when anything else may differ."""
    documents = {_name(spec, doc): doc for doc in spec.files()}
    if list(documents) != list(last):
        return None
    result: Record = {}
    for name, doc in documents.items():
        before = last[name]
        texts = _texts(doc)
        if list(texts) != list(before):
            return None
        for pointer, digest in texts.items():
            if digest != before[pointer][0] and _normalized(doc, texts, pointer) != before[pointer][1]:
                return None
        result[name] = {pointer: (digest, before[pointer][1]) for pointer, digest in texts.items()}
    return result


def record_key(spec: LoadedSpec, validator: str) -> str:
    """Where the record of the last valid version of this spec (by its root's path) is kept."""
    return hashlib.sha256(f"{_FORMAT}\0{validator}\0{spec.root.path}".encode()).hexdigest()


def load_record(cache: Cache, key: str) -> Record | None:
    record: Record | None = unmarshal(cache.get(KIND, key), _is_record)
    return record


def save_record(cache: Cache, key: str, record: Record) -> None:
    cache.put(KIND, key, marshal.dumps(record))


def _name(spec: LoadedSpec, doc: Document) -> str:
    return str(Path(doc.path).relative_to(spec.base_dir))


def _texts(doc: Document) -> dict[str, str]:
    """pointer -> text digest: the chunks', or the whole file's under ""."""
    if doc.chunks is not None:
        return dict(doc.chunks)
    return {"": hashlib.sha256(doc.text.encode("utf-8", "surrogatepass")).hexdigest()}


def _normalized(doc: Document, texts: Mapping[str, str], pointer: str) -> str:
    """The normalized digest of the value at `pointer` (one of `texts`, the file's pieces)."""
    if pointer:
        return normalized_digest(resolve_pointer(doc.data, pointer))
    return normalized_digest(_without(doc.data, _tree(texts)))  # the whole file, or a chunked one's skeleton


def _tree(pointers: Iterable[str]) -> dict[str, Any]:
    """The chunks' pointers as a tree of tokens; a chunk is a leaf (None)."""
    tree: dict[str, Any] = {}
    for pointer in pointers:
        if not pointer:
            continue
        *parents, last = [unescape_pointer_token(token) for token in pointer[1:].split("/")]
        node = tree
        for token in parents:
            node = node.setdefault(token, {})
        node[last] = None
    return tree


def _without(value: Any, tree: dict[str, Any]) -> Any:
    """`value` (the file's) without the chunks in `tree`: the skeleton's value."""
    if not tree or not isinstance(value, dict):
        return value
    result: dict[Any, Any] = {}
    for key, item in value.items():
        if key not in tree:
            result[key] = item
        elif tree[key] is not None:
            result[key] = _without(item, tree[key])
    return result


def _is_record(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(name, str)
        and isinstance(pointers, dict)
        and all(
            isinstance(pointer, str)
            and isinstance(pair, tuple)
            and len(pair) == 2
            and all(isinstance(part, str) for part in pair)
            for pointer, pair in pointers.items()
        )
        for name, pointers in value.items()
    )
