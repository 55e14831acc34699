"""The resource graph: which documented objects an object refers to, and which refer to it.

References are found through fields, lists, maps, unions and expandable fields,
and through nested objects that have no page of their own; they stop at the
first documented object. The layout is a fixed three-column picture (referrers,
the resource, referenced) that `graph.svg.j2` draws, so no layout library is
needed and the SVG is the same on every run.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ...surface import Api, TypeKind, TypeRef

MAX_PER_SIDE = 10
WIDTH = 720
NODE_WIDTH = 210
NODE_HEIGHT = 26
ROW = 34
MARGIN = 12
_CHAR_LIMIT = 27


@dataclass(frozen=True, slots=True)
class Node:
    label: str
    page: str  # page slug to link to; "" for none
    x: int
    y: int
    width: int = NODE_WIDTH
    center: bool = False

    @property
    def text_x(self) -> int:
        return self.x + self.width // 2

    @property
    def text_y(self) -> int:
        return self.y + NODE_HEIGHT // 2 + 5


@dataclass(frozen=True, slots=True)
class Edge:
    path: str  # SVG path data


@dataclass(frozen=True, slots=True)
class GraphView:
    title: str
    width: int
    height: int
    node_height: int
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    references: tuple[str, ...]  # page slugs, in label order
    referenced_by: tuple[str, ...]


def object_references(api: Api, documented: Mapping[str, str]) -> dict[str, set[str]]:
    """For every documented schema id, the documented schema ids it refers to (not itself)."""
    result: dict[str, set[str]] = {}
    for schema_id in documented:
        found: set[str] = set()
        seen = {schema_id}
        queue = [schema_id]
        while queue:
            schema = api.schemas.get(queue.pop())
            if schema is None:
                continue
            types = [f.type for f in schema.fields] + [t for t in (schema.alias, schema.additional) if t]
            for type_ref in types:
                for ref in _object_refs(type_ref):
                    if ref in documented and ref != schema_id:
                        found.add(ref)
                    elif ref not in seen and ref not in documented:
                        seen.add(ref)
                        queue.append(ref)
        result[schema_id] = found
    return result


def _object_refs(type_ref: TypeRef) -> list[str]:
    return [t.ref for t in type_ref.walk() if t.kind is TypeKind.OBJECT and t.ref]


def layout(title: str, page: str, incoming: list[tuple[str, str]], outgoing: list[tuple[str, str]]) -> GraphView:
    """Place `incoming` (label, page) left of the resource and `outgoing` right of it."""
    left = _column(incoming)
    right = _column(outgoing)
    rows = max(len(left), len(right), 1)
    height = rows * ROW + 2 * MARGIN
    center_width = WIDTH - 2 * (NODE_WIDTH + MARGIN + 48)
    center = Node(_short(title, 24), page, (WIDTH - center_width) // 2, (height - NODE_HEIGHT) // 2, center_width, True)
    nodes = [center]
    edges = []
    for index, (label, target) in enumerate(left):
        node = Node(label, target, MARGIN, _row_y(index, len(left), height))
        nodes.append(node)
        edges.append(_edge(node.x + NODE_WIDTH, node.y, center.x, center.y))
    for index, (label, target) in enumerate(right):
        node = Node(label, target, WIDTH - MARGIN - NODE_WIDTH, _row_y(index, len(right), height))
        nodes.append(node)
        edges.append(_edge(center.x + center.width, center.y, node.x, node.y))
    return GraphView(
        title=title,
        width=WIDTH,
        height=height,
        node_height=NODE_HEIGHT,
        nodes=tuple(nodes),
        edges=tuple(edges),
        references=tuple(target for _, target in outgoing),
        referenced_by=tuple(target for _, target in incoming),
    )


def _column(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    shown = [(_short(label, _CHAR_LIMIT), target) for label, target in items[:MAX_PER_SIDE]]
    if len(items) > MAX_PER_SIDE:
        shown.append((f"+{len(items) - MAX_PER_SIDE} more", ""))
    return shown


def _row_y(index: int, count: int, height: int) -> int:
    top = (height - count * ROW) // 2
    return top + index * ROW + (ROW - NODE_HEIGHT) // 2


def _edge(x1: int, y1: int, x2: int, y2: int) -> Edge:
    a = y1 + NODE_HEIGHT // 2
    b = y2 + NODE_HEIGHT // 2
    middle = (x1 + x2) // 2
    return Edge(f"M{x1} {a}C{middle} {a} {middle} {b} {x2 - 6} {b}")


def _short(label: str, limit: int) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
