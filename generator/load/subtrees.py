"""The parts of an OpenAPI document where jsonschema-rs found something: the rest need not be checked again.

openapi-spec-validator checks the whole document against the OpenAPI meta-schema. On a
big document jsonschema (pure Python) takes seconds for it, jsonschema-rs a fraction; but
the messages reported are jsonschema's. So jsonschema-rs says where the errors are, and
jsonschema runs on a copy of the document keeping only those places (`pruned`): its errors
there are the ones it finds in the whole document, because the meta-schema judges each
entry of these maps on its own (no `minProperties`, `dependentRequired` or the like on them):

* `paths` and `webhooks`: one entry per path (or webhook);
* each map under `components` (`schemas`, `responses`...): one entry per component.

Everything else (the root's other keys: `info`, `servers`, `tags`, `security`...) is kept
whole. An error of jsonschema-rs at one of these maps keeps that map whole. An
error of jsonschema at a map some entries were taken from, or above it but by a keyword that
reads more than the keys there (`anyOf`, `unevaluatedProperties`...), may quote or depend on
what was taken: the caller checks the whole document instead (`Pruned.sees_the_cut`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

Path = tuple[Any, ...]

#: The maps whose entries are judged one by one, below the root (`components` adds its own maps).
_ENTRY_MAPS: tuple[Path, ...] = (("paths",), ("webhooks",))
#: JSON Schema keywords that judge an object by its keys alone: above the maps that were pruned
#: (the root, `components`), whose keys are all kept, they find the same errors, in the same words.
KEYS_ONLY = frozenset({"required", "additionalProperties", "propertyNames", "minProperties", "maxProperties"})


@dataclass(frozen=True, slots=True)
class Pruned:
    data: dict[Any, Any]  # the document with only the entries holding findings, in their order
    cut: frozenset[Path]  # the maps entries were taken from, and every object above them
    maps: frozenset[Path]  # the maps entries were taken from

    def sees_the_cut(self, path: Sequence[Any], keyword: Any) -> bool:
        """An error of `keyword` at `path` could differ in the whole document: it is at a map entries were
        taken from, or above one by a keyword that reads more than the keys there."""
        path = tuple(path)
        if path in self.cut:
            return path in self.maps or keyword not in KEYS_ONLY
        return False


def pruned(data: dict[Any, Any], findings: Iterable[Sequence[Any]]) -> Pruned:
    """`data` keeping, of each map of entries, only those in which an error was found (all, for one at the map)."""
    maps = _entry_maps(data)
    kept: dict[Path, set[Any] | None] = {place: set() for place in maps}  # None: the whole map
    for finding in findings:
        path = tuple(finding)
        for place in maps:
            if path[: len(place)] != place:
                continue  # (not in this map; above it, it keeps nothing: see `Pruned.sees_the_cut`)
            entries = kept[place]
            if len(path) == len(place):
                kept[place] = None  # at the map itself
            elif entries is not None:
                entries.add(path[len(place)])
    copy = dict(data)
    cut: set[Path] = set()
    emptied: set[Path] = set()
    for place, entries in kept.items():
        if entries is None:
            continue
        value = _at(data, place)
        if len(entries) == len(value):
            continue
        _set(copy, place, {key: item for key, item in value.items() if key in entries})
        cut.update(place[:depth] for depth in range(len(place) + 1))
        emptied.add(place)
    return Pruned(copy, frozenset(cut), frozenset(emptied))


def _entry_maps(data: dict[Any, Any]) -> list[Path]:
    """The maps of entries present in `data`, as paths from the root."""
    maps = [place for place in _ENTRY_MAPS if isinstance(data.get(place[0]), dict)]
    components = data.get("components")
    if isinstance(components, dict):
        maps += [("components", kind) for kind, value in components.items() if isinstance(value, dict)]
    return maps


def _at(data: dict[Any, Any], place: Path) -> dict[Any, Any]:
    node: Any = data
    for token in place:
        node = node[token]
    assert isinstance(node, dict)
    return node


def _set(copy: dict[Any, Any], place: Path, value: dict[Any, Any]) -> None:
    """Put `value` at `place` in `copy`, copying each container on the way (the original is untouched)."""
    node = copy
    for token in place[:-1]:
        child = dict(node[token])
        node[token] = child
        node = child
    node[place[-1]] = value
