"""Lenient loading: a usable spec from one with broken `$ref`s or maps kept in other files.

`--lenient` promises an SDK wherever one can be made. Two shapes of real specs stop a
strict load before the model is built, and are repaired here, each repair a warning at
file:line:pointer:

* a `$ref` where a map belongs, at the top of a multi-file spec
  (`components: {schemas: {$ref: ./schemas/_index.yaml}}`, `paths: {$ref: paths.yaml}`):
  openapi-spec-validator refuses it, bundlers (`redocly bundle`) follow it. Each entry of the
  map it points at becomes a `$ref` to that entry, so `#/components/schemas/Pet` resolves and
  the entries' own relative `$ref`s still resolve from their file;
* a `$ref` that does not resolve (or was refused: remote, absolute, outside the spec's folder,
  to a missing file): typed as an untyped value (a schema, a media type's schema, any other
  object: `{}` with its siblings); a response keeps its place with an empty description; a
  parameter is left out; a path item or an operation behind it is left out, said so in the warning.

Nothing is changed in place: documents are copied along the way to each repair.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from ..errors import Issue, Level, escape_pointer_token, join_pointer, unescape_pointer_token
from .loader import Document, LoadedSpec, LoadError

#: The top-level maps whose value may be a `$ref` to a map in another file (as bundlers allow).
_MAPS = ("paths", "webhooks", "components")
_COMPONENT_KINDS = (
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "pathItems",
)


@dataclasses.dataclass(frozen=True, slots=True)
class Repaired:
    spec: LoadedSpec
    warnings: tuple[Issue, ...]
    changed: bool  # the spec differs from its files: no verdict about it may be cached


def repaired(spec: LoadedSpec) -> Repaired:
    """`spec` with its top-level `$ref`-for-a-map sections followed (see the module)."""
    warnings: list[Issue] = []
    data = _with_maps_followed(spec, warnings)
    if data is None:
        return Repaired(spec, (), False)
    return Repaired(_with_root_data(spec, data), tuple(warnings), True)


def repaired_after(error: LoadError) -> Repaired | None:
    """The spec of a load that failed only on `$ref`s, repaired (None: something else failed).

    The loader's issues become warnings; each broken `$ref` is replaced as the module says,
    and its warning says with what.
    """
    if error.spec is None:
        return None
    maps = repaired(error.spec)
    spec = maps.spec
    broken = [(doc, pointer) for doc, pointer in error.broken if not _resolves_now(spec, doc, pointer)]
    consequences = _stand_ins(spec, broken)
    spec = _with_documents(spec, consequences.datas)
    warnings = list(maps.warnings)
    settled = {(doc.display, pointer) for doc, pointer in error.broken} - {(d.display, p) for d, p in broken}
    for issue in error.issues:
        if (issue.file, issue.pointer) in settled:
            continue  # the `$ref` resolves through a map followed above
        consequence = consequences.said.get((issue.file or "", issue.pointer or ""))
        message = f"{issue.message}; {consequence}" if consequence else issue.message
        warnings.append(dataclasses.replace(issue, message=message, level=Level.WARNING))
    return Repaired(spec, tuple(sorted(warnings, key=Issue.sort_key)), True)


def _with_maps_followed(spec: LoadedSpec, warnings: list[Issue]) -> dict[Any, Any] | None:
    """A copy of the root's data with each `$ref` standing for a map expanded, or None if there is none."""
    root = spec.root
    data: dict[Any, Any] = dict(root.data)
    changed = False
    for section in _MAPS:
        value = _expanded(spec, root, f"/{section}", data.get(section), warnings)
        if value is not None:
            data[section] = value
            changed = True
        components = data.get("components")
        if section == "components" and isinstance(components, dict):
            kinds = dict(components)
            for kind in _COMPONENT_KINDS:
                value = _expanded(spec, root, f"/components/{kind}", kinds.get(kind), warnings)
                if value is not None:
                    kinds[kind] = value
                    changed = True
            data["components"] = kinds
    return data if changed else None


def _expanded(spec: LoadedSpec, root: Document, pointer: str, value: Any, warnings: list[Issue]) -> Any:
    """For `{$ref: X}` where a map belongs: `{key: {$ref: X/key}}` for each key of the map at X; else None."""
    if not isinstance(value, dict) or not isinstance(value.get("$ref"), str):
        return None
    ref: str = value["$ref"]
    try:
        target = spec.resolve(ref, root)
    except (KeyError, ValueError):
        return None  # dangling: reported (and stood in for) with the other broken `$ref`s
    if not isinstance(target.node, dict):
        return None
    base = _ref_to(spec, root, target.document, target.pointer)
    expanded = {key: {"$ref": f"{base}/{escape_pointer_token(str(key))}"} for key in target.node}
    at = join_pointer(pointer, "$ref")
    message = (
        f"$ref {ref!r} stands where a map belongs (openapi-spec-validator refuses it); "
        f"followed as bundlers do: {len(expanded)} entr{'y' if len(expanded) == 1 else 'ies'}"
    )
    warnings.append(Issue(message, root.display, at, root.line_of(at), Level.WARNING))
    return expanded


def _ref_to(spec: LoadedSpec, source: Document, document: Document, pointer: str) -> str:
    """A `$ref` (without the final token) from `source` to `pointer` in `document`."""
    if document.path == source.path:
        return f"#{pointer}"
    relative = document.path.relative_to(spec.base_dir).as_posix()
    depth = len(source.path.parent.relative_to(spec.base_dir).parts)
    return f"{'../' * depth}{relative}#{pointer}"


def _resolves_now(spec: LoadedSpec, document: Document, pointer: str) -> bool:
    current = spec.documents.get(document.path, document)
    try:
        parent = _node_at(current.data, _tokens(pointer)[:-1])
        ref = parent["$ref"] if isinstance(parent, dict) else None
        if not isinstance(ref, str):
            return False
        spec.resolve(ref, current)
    except (KeyError, IndexError, ValueError, TypeError):
        return False
    return True


@dataclasses.dataclass(slots=True)
class _Consequences:
    datas: dict[Any, Any] = dataclasses.field(default_factory=dict)  # path -> the document's repaired data
    said: dict[tuple[str, str], str] = dataclasses.field(default_factory=dict)  # (file, pointer) -> what was done


def _stand_ins(spec: LoadedSpec, broken: Iterable[tuple[Document, str]]) -> _Consequences:
    """Each broken `$ref` (its document, the pointer of its `$ref` key) replaced by a stand-in.

    Parameters are removed last, from the highest index down, so the other pointers stay right.
    """
    done = _Consequences()
    removals: list[tuple[Document, list[str]]] = []
    for document, pointer in broken:
        tokens = _tokens(pointer)
        if not tokens or tokens[-1] != "$ref":
            continue
        place = tokens[:-1]
        current = spec.documents.get(document.path, document)
        data = done.datas.setdefault(document.path, current.data)
        if len(place) >= 2 and place[-2] == "parameters" and place[-1].isdigit():
            removals.append((document, place))
            done.said[(document.display, pointer)] = "this parameter is left out"
            continue
        data, said = _replaced(data, place)
        if said:
            done.datas[document.path] = data
            done.said[(document.display, pointer)] = said
    for document, place in sorted(removals, key=lambda item: int(item[1][-1]), reverse=True):
        done.datas[document.path] = _removed(done.datas[document.path], place)
    return done


def _replaced(data: Any, place: list[str]) -> tuple[Any, str]:
    """A copy of `data` with the object at `place` (holding the broken `$ref`) replaced; what was done."""
    try:
        copy, node = _copied_along(data, place)
    except (KeyError, IndexError, ValueError, TypeError):
        return data, ""
    if not isinstance(node, dict):
        return data, ""
    del node["$ref"]
    parent = place[-2] if len(place) >= 2 else ""
    if parent == "responses":
        node.setdefault("description", "")
        return copy, "this response is left without a body"
    if place[:1] == ["paths"] and len(place) <= 3:
        return copy, "the operations behind it are left out"
    return copy, "typed as an untyped value"


def _removed(data: Any, place: list[str]) -> Any:
    try:
        copy, node = _copied_along(data, place[:-1])
        del node[int(place[-1])]
    except (KeyError, IndexError, ValueError, TypeError):
        return data
    return copy


def _copied_along(data: Any, place: list[str]) -> tuple[Any, Any]:
    """(a copy of `data` with every container on the way to `place` copied, the copy of the node at `place`)."""
    copy = _shallow(data)
    node = copy
    for token in place:
        key: Any = int(token) if isinstance(node, list) else token
        child = _shallow(node[key])
        node[key] = child
        node = child
    return copy, node


def _shallow(value: Any) -> Any:
    if isinstance(value, dict):
        return dict(value)
    if isinstance(value, list):
        return list(value)
    raise TypeError(type(value).__name__)


def _node_at(data: Any, tokens: list[str]) -> Any:
    node = data
    for token in tokens:
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def _tokens(pointer: str) -> list[str]:
    return [unescape_pointer_token(token) for token in pointer.split("/")[1:]] if pointer else []


def _with_root_data(spec: LoadedSpec, data: dict[Any, Any]) -> LoadedSpec:
    return _with_documents(spec, {spec.root.path: data})


def _with_documents(spec: LoadedSpec, datas: dict[Any, Any]) -> LoadedSpec:
    if not datas:
        return spec
    documents = {
        path: dataclasses.replace(document, data=datas[path], chunks=None) if path in datas else document
        for path, document in spec.documents.items()
    }
    return LoadedSpec(documents[spec.root.path], documents, spec.base_dir)
