"""Re-render only what a spec change reaches: output units cached with the IR they read.

A target renders its files in *units* (a model module, a service module, a
validators module, a docs page...). What each unit made is remembered in the
user's cache with what it was made from:

* the target's *context*: a digest of everything every unit may read (codegen's
  code and templates, the settings, the API's top-level fields and resources, the
  names the target chose for everything), which the target computes each run;
* the unit's *inputs*: what the target hands that unit alone (compared by digest);
* the schemas and enums the unit looked up while it rendered: during a run,
  `Api.schemas` and `Api.enums` are `Tracked` mappings that note each lookup into
  the units being rendered (iterating over one notes "all of them"; `facet` reads
  one attribute of one, such as a schema's example id, and depends on that alone);
* reads of *live* state, which units build up in turn (the docs' object shapes
  already shown on earlier pages): noted with `note(kind, key)`, their digest is
  taken when the unit is checked, from the state as the earlier units left it.

On the next run a unit whose context, inputs and every recorded read are
unchanged (same digest: sha1 of the frozen IR object's repr) reuses what it made;
any other unit renders again, recording afresh. A unit cannot read IR content
except through those mappings, its own arguments (named as its `own` schemas and
enums, or its `inputs`) or the context, so a reused unit is exactly what
rendering it again would give; the tests check it against cold runs over random
edits.
"""

from __future__ import annotations

import dataclasses
import hashlib
import pickle
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import Field, dataclass, field
from typing import Any, ClassVar, Protocol, TypeVar

from . import Cache, Kind

KIND = Kind.RENDER
#: Bump when the stored format or the meaning of a digest changes.
_FORMAT = "codegen-incremental-2"
ALL = "*"
V = TypeVar("V")


class Tables(Protocol):
    """What the memo tracks and digests: a frozen dataclass with `schemas` and `enums` mappings
    (the IR's `Api`; the store knows no more of it than that)."""

    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]

    @property
    def schemas(self) -> Mapping[str, Any]: ...
    @property
    def enums(self) -> Mapping[str, Any]: ...


A = TypeVar("A", bound=Tables)

#: The dependency sets of the units being rendered right now (innermost last).
_recording: list[set[tuple[str, str]]] = []


def note(kind: str, key: str) -> None:
    """Note a read of `kind`/`key` into the units being rendered (see `Memo.live`)."""
    for deps in _recording:
        deps.add((kind, key))


@contextmanager
def recording() -> Iterator[set[tuple[str, str]]]:
    """Collect the reads noted inside the block (they are noted to any enclosing unit too)."""
    deps: set[tuple[str, str]] = set()
    _recording.append(deps)
    try:
        yield deps
    finally:
        _recording.pop()


class Tracked(dict[str, V]):
    """A dict of IR objects that notes every read into the units being rendered."""

    __slots__ = ("kind",)

    def __init__(self, kind: str, items: Mapping[str, V]) -> None:
        super().__init__(items)
        self.kind = kind

    def __reduce__(self) -> Any:  # pickles as the plain dict it wraps
        return (dict, (dict(self.raw_items()),))

    def raw_items(self) -> Iterator[tuple[str, V]]:
        """Items, without noting anything (for digests)."""
        return iter(dict.items(self))

    def __getitem__(self, key: str) -> V:
        if _recording:
            note(self.kind, key)
        return dict.__getitem__(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        if _recording:
            note(self.kind, key)
        return dict.get(self, key, default)

    def __contains__(self, key: object) -> bool:
        if _recording:
            note(self.kind, str(key))
        return dict.__contains__(self, key)

    def __iter__(self) -> Iterator[str]:
        if _recording:
            note(self.kind, ALL)
        return dict.__iter__(self)

    def keys(self) -> Any:
        if _recording:
            note(self.kind, ALL)
        return dict.keys(self)

    def values(self) -> Any:
        if _recording:
            note(self.kind, ALL)
        return dict.values(self)

    def items(self) -> Any:
        if _recording:
            note(self.kind, ALL)
        return dict.items(self)

    def __len__(self) -> int:
        if _recording:
            note(self.kind, ALL)
        return dict.__len__(self)

    def facet(self, key: str, attribute: str) -> Any:
        """`self[key].<attribute>` (None when `key` is missing), noted as a read of that
        attribute alone: a unit that only needs, say, a schema's example id does not
        depend on the rest of the schema. (The IR asks for it by this name, knowing
        nothing of the memo: `ir.examples`.)"""
        if _recording:
            note(f"{self.kind}.{attribute}", key)
        value = dict.get(self, key)
        return None if value is None else getattr(value, attribute)


def facet(mapping: Mapping[str, Any], key: str, attribute: str) -> Any:
    """`mapping[key].<attribute>` (None when `key` is missing), noted as a read of that
    attribute alone when `mapping` is `Tracked` (see `Tracked.facet`)."""
    if isinstance(mapping, Tracked):
        return mapping.facet(key, attribute)
    value = mapping.get(key)
    return None if value is None else getattr(value, attribute)


def tracked(api: A) -> A:
    """`api` with its schemas and enums in `Tracked` mappings (same content)."""
    if isinstance(api.schemas, Tracked):
        return api
    return dataclasses.replace(api, schemas=Tracked("schema", api.schemas), enums=Tracked("enum", api.enums))


def digest_of(*values: object) -> str:
    """sha1 of the values' `repr`: the IR is frozen dataclasses (every field in their repr),
    tuples, dicts, strings, numbers and enums, whose reprs are exact and the same in every
    process. (Twice as fast as pickling them: slotted dataclasses pickle field by field.)"""
    return hashlib.sha1(repr(values).encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class Entry:
    """One rendered unit: its context and inputs, what it read (kind, key, digest), what it made."""

    context: str
    inputs: str  # digest of what the caller handed the unit besides the API (`Memo.unit`'s `inputs`)
    deps: tuple[tuple[str, str, str], ...]
    value: Any  # what `produce` returned: the unit's files, and whatever else the target keeps


@dataclass(slots=True)
class Memo:
    """The units of one target: last run's (`previous`) and this run's (`entries`)."""

    previous: Mapping[str, Entry] = field(default_factory=dict)
    base: str = ""  # what the caller knows every unit depends on (codegen's code, the configuration)
    entries: dict[str, Entry] = field(default_factory=dict)
    context: str = ""
    reused: int = 0
    rendered: int = 0
    _api: Tables | None = None
    _digests: dict[tuple[str, str], str] = field(default_factory=dict)
    _live: dict[str, Callable[[str], str]] = field(default_factory=dict)

    def begin(self, api: Tables, *context: object) -> None:
        """Start rendering `api` (whose mappings must be `Tracked`); `context` is what every unit may read."""
        self._api = api
        self.context = digest_of(self.base, *context)

    def know(self, digests: Mapping[tuple[str, str], str]) -> None:
        """Take digests computed already for this API (`all_digests`, before forking, say)."""
        self._digests.update(digests)

    def live(self, kind: str, digest: Callable[[str], str]) -> None:
        """Reads of `kind` (noted with `note`) are of state that changes during the run:
        `digest(key)` tells its value now, never cached (the docs' shapes already shown)."""
        self._live[kind] = digest

    def branch(self) -> Memo:
        """A memo for part of the units, rendered elsewhere (in a forked child); `merge` it back."""
        other = Memo(self.previous, self.base, context=self.context, _api=self._api)
        other._digests = self._digests
        return other

    def outcome(self) -> Memo:
        """This memo's rendered units and counts only: small enough to send back from a child."""
        return Memo(entries=self.entries, context=self.context, reused=self.reused, rendered=self.rendered)

    def unit(self, key: str, own: Iterable[tuple[str, str]], produce: Callable[[], V], inputs: object = None) -> V:
        """What unit `key` makes: last run's when nothing it read changed, else `produce()`'s.

        `own` names the schemas and enums (kind, id) handed to `produce` directly
        rather than looked up through the API; `inputs` is anything else handed to it
        (compared by digest). The value must pickle, and is shared: do not change it.
        """
        entry = self.previous.get(key)
        handed = digest_of(inputs) if inputs is not None else ""
        same = entry is not None and (entry.context, entry.inputs) == (self.context, handed)
        if entry is not None and same and self._unchanged(entry.deps):
            self.reused += 1
        else:
            with recording() as deps:
                value = produce()
            deps.update(own)
            entry = Entry(self.context, handed, tuple((k, i, self._digest(k, i)) for k, i in sorted(deps)), value)
            self.rendered += 1
        self.entries[key] = entry
        result: V = entry.value
        return result

    def merge(self, other: Memo) -> None:
        """Take the units another process rendered (a forked child's memo)."""
        self.entries.update(other.entries)
        self.reused += other.reused
        self.rendered += other.rendered

    def _unchanged(self, deps: Iterable[tuple[str, str, str]]) -> bool:
        return all(self._digest(kind, key) == digest for kind, key, digest in deps)

    def _digest(self, kind: str, key: str) -> str:
        live = self._live.get(kind)
        if live is not None:
            return live(key)
        found = self._digests.get((kind, key))
        if found is None:
            found = self._digests[(kind, key)] = self._compute(kind, key)
        return found

    def _compute(self, kind: str, key: str) -> str:
        assert self._api is not None, "Memo.begin() first"
        kind, _, attribute = kind.partition(".")  # "schema.example_id": one attribute (`facet`)
        mapping = _mapping(self._api, kind)
        if key == ALL:
            return _digest_of_all((k, self._digest(kind, k)) for k in _raw_keys(mapping))
        value = dict.get(mapping, key) if isinstance(mapping, dict) else mapping.get(key)
        if value is None:
            return "-"
        return digest_of(getattr(value, attribute)) if attribute else digest_of(value)


def all_digests(api: Tables) -> dict[tuple[str, str], str]:
    """The digest of every schema and enum of `api`, and of each whole mapping, as a
    `Memo` computes them one by one: computed once before forking, every target's
    processes share them (`Memo.know`)."""
    found: dict[tuple[str, str], str] = {}
    for kind in ("schema", "enum"):
        mapping = _mapping(api, kind)
        items = list(dict.items(mapping) if isinstance(mapping, dict) else mapping.items())
        for key, value in items:
            found[(kind, key)] = digest_of(value)
        found[(kind, ALL)] = _digest_of_all((key, found[(kind, key)]) for key, _ in items)
    return found


def _mapping(api: Tables, kind: str) -> Mapping[str, Any]:
    return api.schemas if kind == "schema" else api.enums


def _raw_keys(mapping: Mapping[str, Any]) -> list[str]:
    return list(dict.keys(mapping) if isinstance(mapping, dict) else mapping.keys())


def _digest_of_all(digests: Iterable[tuple[str, str]]) -> str:
    return digest_of(list(digests))


def memo_key(*parts: str) -> str:
    return hashlib.sha256("\0".join((_FORMAT, *parts)).encode()).hexdigest()


def load(cache: Cache | None, key: str) -> dict[str, Entry]:
    """Last run's units for `key`, or none (no cache, no entry, unreadable entry)."""
    raw = cache.get(KIND, key) if cache is not None else None
    if raw is None:
        return {}
    try:
        value = pickle.loads(raw)
    except Exception:  # a corrupt or outdated entry is a cache miss
        return {}
    if not isinstance(value, dict) or not all(isinstance(entry, Entry) for entry in value.values()):
        return {}
    return value


def save(cache: Cache | None, key: str, memo: Memo) -> None:
    if cache is not None and (memo.rendered or memo.entries.keys() != memo.previous.keys()):
        cache.put(KIND, key, pickle.dumps(memo.entries, protocol=5))
