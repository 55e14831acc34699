"""Which operation a request is for: a segment trie over the spec's path templates.

Literal segments win over parameters (`/v1/customers/search` is the search, not
customer "search"), with backtracking when the literal branch leads nowhere.
A segment that mixes text and parameters (`{file}.json`) is matched with a
regular expression. Segments are percent-decoded after splitting, so `%2F`
inside an id stays inside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import unquote

from ..ir.model import Operation

_PARAM = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True, slots=True)
class Match:
    operation: Operation
    path_params: dict[str, str]


@dataclass(slots=True)
class _Node:
    literals: dict[str, _Node] = field(default_factory=dict)
    param: _Node | None = None  # a whole-segment `{name}`
    patterns: list[tuple[re.Pattern[str], _Node]] = field(default_factory=list)
    # http method -> (operation, names of the parameters captured on the way, in order)
    methods: dict[str, tuple[Operation, tuple[str, ...]]] = field(default_factory=dict)


class Router:
    def __init__(self, operations: Iterable[Operation]) -> None:
        self._root = _Node()
        self.count = 0
        for op in operations:
            self._add(op)

    def _add(self, op: Operation) -> None:
        node = self._root
        names: list[str] = []
        for segment in _segments(op.path):
            whole = _PARAM.fullmatch(segment)
            if whole:
                names.append(whole.group(1))
                node.param = node.param or _Node()
                node = node.param
            elif _PARAM.search(segment):
                regex = _segment_regex(segment)
                names.extend(_PARAM.findall(segment))
                found = next((child for pattern, child in node.patterns if pattern.pattern == regex.pattern), None)
                if found is None:
                    found = _Node()
                    node.patterns.append((regex, found))
                node = found
            else:
                node = node.literals.setdefault(segment, _Node())
        if op.http_method not in node.methods:
            node.methods[op.http_method] = (op, tuple(names))
            self.count += 1

    def match(self, method: str, path: str) -> Match | None:
        """The operation for `method` (any case) on the raw, still percent-encoded `path`."""
        segments = _segments(path.split("?", 1)[0])
        return _walk(self._root, [unquote(s) for s in segments], 0, [], method.lower())


def _walk(node: _Node, segments: list[str], index: int, values: list[str], method: str) -> Match | None:
    if index == len(segments):
        found = node.methods.get(method)
        if found is None:
            return None
        op, names = found
        return Match(op, dict(zip(names, values, strict=True)))
    segment = segments[index]
    child = node.literals.get(segment)
    if child is not None:
        result = _walk(child, segments, index + 1, values, method)
        if result is not None:
            return result
    for pattern, pattern_child in node.patterns:
        matched = pattern.fullmatch(segment)
        if matched:
            result = _walk(pattern_child, segments, index + 1, [*values, *matched.groups()], method)
            if result is not None:
                return result
    if node.param is not None and segment:
        return _walk(node.param, segments, index + 1, [*values, segment], method)
    return None


def _segments(path: str) -> list[str]:
    parts = path.split("/")
    return parts[1:] if path.startswith("/") else parts


def _segment_regex(segment: str) -> re.Pattern[str]:
    parts: list[str] = []
    position = 0
    for found in _PARAM.finditer(segment):
        parts.append(re.escape(segment[position : found.start()]))
        parts.append("(.+?)")
        position = found.end()
    parts.append(re.escape(segment[position:]))
    return re.compile("".join(parts))
