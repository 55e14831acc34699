"""The converted IR of a spec, cached on disk by content hash, so big specs load in a blink.

Parsing Stripe's 4 MB YAML takes about 2 s and validating it 3-4 s more; the IR
unpickles in about 0.15 s. An entry is keyed by the root file's name and bytes,
the options that change conversion (`operation_names`, `limits`) and a digest of
the code that builds the IR (`loader`, `yamlchunks`, `convert`, `resources`, `model` and this
module), so an edited spec or a new codegen never sees a stale IR. The entry
also lists every other file the spec's `$ref`s reached with its own hash; a
change to any of them is a miss too.

An entry remembers whether openapi-spec-validator passed the spec
(`validated`, and `problems` when it did not). `load_api_cached` only accepts a
validated entry; `codegen mock` also accepts an unvalidated one (it validates in
the background after start-up, see `generator.mock.loading`).

The cache is a folder of the user's own (`generator.cache.Cache`), trusted like
any other local build cache: entries are pickles.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import io
import os
import pickle
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .. import __version__
from ..cache import Cache, Kind
from ..config import Config
from ..errors import Issue
from ..gcpause import gc_paused
from ..ir import model
from ..ir.model import Api
from ..load.loader import LoadedSpec

KIND = Kind.IR
_FORMAT = 1
_CODE = (
    "load/loader.py",
    "load/yamlchunks.py",
    "ir/convert.py",
    "ir/schemas.py",
    "ir/operations.py",
    "ir/resources.py",
    "ir/model.py",
    "mock/speccache.py",
)


@dataclass(frozen=True, slots=True)
class CachedSpec:
    """What a cache entry holds."""

    api: Api
    warnings: tuple[Issue, ...]  # conversion warnings
    validated: bool  # openapi-spec-validator ran on exactly these files
    problems: tuple[Issue, ...] = ()  # what it found (empty: valid)
    content_key: str = ""  # names this IR: every file of the spec, the options, the IR code

    @property
    def valid(self) -> bool:
        return self.validated and not self.problems


class _Default(enum.Enum):
    CACHE = "the user's cache"


#: `cache=DEFAULT`: `Cache.default()`, the user's cache folder (None when `CODEGEN_NO_CACHE` is set).
DEFAULT = _Default.CACHE


def load_api_cached(spec_path: Path, config: Config, cache: Cache | _Default | None = DEFAULT) -> Api:
    """The validated IR of `spec_path`: from the cache when its files are unchanged.

    On a miss this is `frontend.load_api` (parse, validate, convert; raises
    `SpecError`), and the result is stored for next time. `cache=None` turns
    caching off.
    """
    return load_cached(spec_path, config, cache).api


def load_cached(spec_path: Path, config: Config, cache: Cache | _Default | None = DEFAULT) -> CachedSpec:
    """Like `load_api_cached`, with the conversion warnings."""
    from ..frontend import load_api

    if cache is DEFAULT:
        cache = Cache.default()
    found = lookup(spec_path, config, cache)
    if found is not None and found.valid:
        return found
    loaded = load_api(spec_path, config, cache)
    entry = CachedSpec(loaded.api, loaded.warnings, validated=True, content_key=content_key(loaded.spec, config))
    store(loaded.spec, config, cache, entry)
    return entry


def lookup(spec_path: Path, config: Config, cache: Cache | None) -> CachedSpec | None:
    """The cached entry for `spec_path` as it is on disk now, or None."""
    if cache is None:
        return None
    try:
        root = Path(spec_path).resolve(strict=True)
        key = _key(root, root.read_bytes(), config)
    except OSError:
        return None
    raw = cache.get(KIND, key)
    if raw is None:
        return None
    try:
        with gc_paused():
            payload = pickle.loads(raw)
        if payload["format"] != _FORMAT:
            return None
        files = payload["files"]
        for relative, digest in files:
            if _digest((root.parent / relative).read_bytes()) != digest:
                return None
        api: Api = payload["api"]
        api = dataclasses.replace(api, schemas=MappingProxyType(api.schemas), enums=MappingProxyType(api.enums))
        return CachedSpec(api, payload["warnings"], payload["validated"], payload["problems"], _content_key(key, files))
    except Exception:  # a corrupt, truncated or foreign entry is a miss
        return None


def store(spec: LoadedSpec, config: Config, cache: Cache | None, entry: CachedSpec) -> None:
    """Remember `entry` as the IR of the files of `spec` (their text as parsed)."""
    if cache is None:
        return
    key, data = encode(spec, config, entry)
    cache.put(KIND, key, data)


def content_key(spec: LoadedSpec, config: Config) -> str:
    """What `CachedSpec.content_key` of `spec`'s entry is (or will be): for caches of things built from the IR."""
    return _content_key(_key(spec.root.path, _raw_bytes(spec.root.path, spec.root.text), config), _files(spec))


def _content_key(key: str, files: list[tuple[str, str]]) -> str:
    return _digest(f"{key}\0{sorted(files)!r}".encode())


def _files(spec: LoadedSpec) -> list[tuple[str, str]]:
    """(path relative to the root's folder, hash) of every file but the root."""
    root = spec.root.path
    files = []
    for document in spec.documents.values():
        if document.path != root:
            relative = os.path.relpath(document.path, root.parent)
            files.append((relative, _digest(_raw_bytes(document.path, document.text))))
    return sorted(files)


def encode(spec: LoadedSpec, config: Config, entry: CachedSpec) -> tuple[str, bytes]:
    """The cache key and bytes of `entry` (the slow half of `store`, apart from the write)."""
    root = spec.root.path
    files = _files(spec)
    api = entry.api
    plain = dataclasses.replace(api, schemas=dict(api.schemas), enums=dict(api.enums))
    payload = {
        "format": _FORMAT,
        "files": files,
        "api": _Interner().intern(plain),
        "warnings": entry.warnings,
        "validated": entry.validated,
        "problems": entry.problems,
    }
    key = _key(root, _raw_bytes(root, spec.root.text), config)
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(payload)
    return key, buffer.getvalue()


def _raw_bytes(path: Path, text: str) -> bytes:
    """The file's bytes on disk, when they still decode to the text that was parsed."""
    try:
        raw = path.read_bytes()
        if raw.decode("utf-8-sig") == text:
            return raw
    except (OSError, UnicodeDecodeError):
        pass
    return b"\0changed\0" + text.encode()  # never equal to a file's bytes: the entry will not match


def _key(root: Path, content: bytes, config: Config) -> str:
    digest = hashlib.sha256()
    digest.update(f"{_FORMAT}\0{_code_digest()}\0{root.name}\0".encode())
    digest.update(repr(sorted(config.operation_names.items())).encode())
    digest.update(repr(dataclasses.astuple(config.limits)).encode())
    digest.update(b"strict" if config.strict else b"lenient")  # (lenient repairs what strict refuses)
    digest.update(b"\0")
    digest.update(content)
    return digest.hexdigest()


_code_digest_memo: list[str] = []


def _code_digest() -> str:
    """What makes an IR built by an older codegen unusable: our version and IR code."""
    if not _code_digest_memo:
        digest = hashlib.sha256(f"{__version__}\0{sys.version_info[:2]}\0".encode())
        here = Path(__file__).resolve().parent.parent  # generator/
        for name in _CODE:
            try:
                digest.update((here / name).read_bytes())
            except OSError:
                digest.update(b"?")
        _code_digest_memo.append(digest.hexdigest())
    return _code_digest_memo[0]


def _digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


class _Pickler(pickle.Pickler):
    """Pickles IR objects as `Class(*field values)`.

    The default for slotted dataclasses restores each object through a Python
    `__setstate__` that looks up the class's fields every time: three times slower
    to unpickle than calling the generated `__init__` directly.
    """

    def reducer_override(self, obj: Any) -> Any:
        names = _MODEL_FIELDS.get(type(obj))
        if names is None:
            return NotImplemented
        return type(obj), tuple(getattr(obj, name) for name in names)


_MODEL_FIELDS = {
    cls: tuple(item.name for item in dataclasses.fields(cls))
    for cls in vars(model).values()
    if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == model.__name__
}


class _Interner:
    """Share equal frozen IR values (`TypeRef(STRING)` occurs thousands of times).

    A smaller pickle with fewer objects unpickles about twice as fast. Values are
    frozen, so sharing them changes nothing, as long as "equal" is strict: values
    are interned bottom-up and keyed by their children's identity and by the exact
    type of every scalar, so `1`, `1.0` and `True` are never merged.
    """

    def __init__(self) -> None:
        self.seen: dict[tuple[Any, ...], Any] = {}

    def intern(self, value: Any) -> Any:
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            changes = {}
            children = []
            for item in dataclasses.fields(value):
                old = getattr(value, item.name)
                new = self.intern(old)
                if new is not old:
                    changes[item.name] = new
                children.append(new)
            if changes:
                value = dataclasses.replace(value, **changes)
            return self.seen.setdefault((type(value), *map(_token, children)), value)
        if isinstance(value, tuple):
            items = tuple(self.intern(item) for item in value)
            if any(a is not b for a, b in zip(items, value, strict=True)):
                value = items
            return self.seen.setdefault((tuple, *map(_token, items)), value)
        if isinstance(value, Mapping):
            return {key: self.intern(item) for key, item in value.items()}
        return value


def _token(value: Any) -> Any:
    """A scalar by type and value; anything else by identity (interned children are shared)."""
    if value is None or isinstance(value, (str, int, float, enum.Enum)):
        return (type(value), value)
    return id(value)
