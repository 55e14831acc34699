"""Response bodies: a schema-valid object for every operation, the same for the same request.

Values are merged from *candidates*, highest priority first:

1. the request: path ids (the id of the object a path names becomes `id`), path
   params and request params whose names match response fields (`""`, Stripe's
   "unset", reads as null);
2. the fixture for the resource (`--fixtures`);
3. the spec's first example of the response (`Operation.response_examples`: the media type's
   `example`, its `examples`, the schema's `example`) that is valid against its schema
   (`examples.py`). A request without params (and no fixture) is answered with it as it is,
   path ids echoed; otherwise it is merged like the others, saying which optional fields the
   object has, its keys that are no field of the schema kept where the schema allows them;
4. the spec's `example` of the schema, then of the field;
5. synthesis from the type: `generator.ir.examples` for scalars (first enum value,
   unix-time ints, strings that meet their constraints, and a string made from its
   `pattern` when those do not: `patterns.py`), fresh ids with the resource's prefix
   (`cus_...`, hashed from the request), `null` for nullable fields, nothing for optional
   ones.

A candidate is only used where it fits the schema (`conform.py`), so the result
stays valid whatever the request or fixture held. Expandable fields are ids
unless `expand[]` names them; then they are objects (with that id). List
operations answer `{"object": "list", "data": [one item], "has_more": false,
"url": <request path>}`; request filters (`customer=...`) are echoed into the
item; a list of another API's own envelope (`Operation.paging`) holds one item too, unless the
spec's example says what the page holds. Loops in recursive schemas are cut: an optional field is left out, a
nullable one is `null`, an array is empty.
"""

from __future__ import annotations

import copy
import datetime
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..ir.examples import example_for
from ..ir.model import JSON, Api, Field, Operation, Schema, TypeKind, TypeRef
from ..ir.naming import snake_case
from .conform import Conformance, null_allowed
from .errors import Problem
from .examples import Judge, own_example
from .fixtures import Fixtures
from .ids import Ids
from .patterns import matching

#: Past this depth no new object is opened (a safety net; Stripe's objects are < 10 deep).
MAX_DEPTH = 16
#: Request params about the page, not the objects on it.
PAGE_PARAMS = frozenset({"limit", "starting_after", "ending_before", "page", "expand"})
EXPAND = "expand"


class _Skip:
    """No finite value here (a schema loop)."""


_SKIP = _Skip()
_SCALARS = frozenset({TypeKind.STRING, TypeKind.INTEGER, TypeKind.NUMBER, TypeKind.BOOLEAN, TypeKind.ENUM})

#: An `expand[]` tree: `["customer", "data.customer.default_source"]` ->
#: `{"customer": {}, "data": {"customer": {"default_source": {}}}}`.
ExpandTree = Mapping[str, "ExpandTree"]


@dataclass(frozen=True, slots=True)
class Call:
    """What the synthesizer knows of a request: already routed, decoded and checked."""

    operation: Operation
    path: str  # as requested, e.g. /v1/customers/cus_123
    path_params: Mapping[str, Any]
    params: Mapping[str, Any]  # query and body params, typed


class Synthesizer:
    """Builds response bodies for one API; keeps per-schema lookups, so build it once."""

    def __init__(self, api: Api, fixtures: Fixtures | None = None, judge: Judge | None = None) -> None:
        """`judge`: which of the spec's examples are valid against their schema (`examples.SpecJudge`);
        None: every one that fits the IR's types (the IR's examples were judged before it was cached)."""
        self.api = api
        self.judge = judge
        self.fixtures = fixtures or Fixtures()
        self.ids = Ids(api, self.fixtures)
        self.conform = Conformance(api)
        self._id_params: dict[str, str | None] = {}
        self._examples: dict[str, list[JSON]] = {}
        self._resources = {resource.id: resource for resource in api.resources}

    # -- entry points ------------------------------------------------------------

    def respond(self, call: Call) -> JSON:
        """The body of a successful answer to `call` (None when the operation returns none)."""
        op = call.operation
        if op.response is None:
            return None
        seed = op.id + json.dumps([call.path_params, call.params], sort_keys=True, default=str)
        examples = self.examples(op)[:1]  # the first valid one, whole: examples are not mixed
        hint = self._hint(call, bool(examples))
        schema = self.api.schemas.get(op.response.ref or "") if op.response.kind is TypeKind.OBJECT else None
        fixture = self.fixtures.for_schema(schema) if schema is not None else None
        if examples and fixture is None and not call.params:  # (params to echo or expand: merged below)
            return self._from_example(examples[0], hint, schema)
        first = [hint] if fixture is None else [hint, fixture]  # the request, then the user's fixture
        candidates = [*examples, *first] if op.response.kind is TypeKind.ANY else [*first, *examples]
        run = _Run(self, examples)
        value = run.build(op.response, candidates, expand_tree(call.params.get(EXPAND)), seed, "", 0)
        return {} if isinstance(value, _Skip) else value

    def _from_example(self, example: JSON, hint: Any, schema: Schema | None) -> JSON:
        """The spec's example as it is, with the request's path ids and scalar params echoed where
        the example has that field and the value fits it (`GET /pets/{id}` answers that id)."""
        body = copy.deepcopy(example)
        if isinstance(body, dict) and isinstance(hint, dict) and schema is not None:
            for key, value in hint.items():
                item = schema.field(key)
                if key not in body or item is None or value is None or isinstance(value, (dict, list)):
                    continue  # (an object or a list sent is not what the example's answer holds)
                if self.conform.fits(item.type, value):
                    body[key] = value
        return body

    def examples(self, op: Operation) -> list[JSON]:
        """The spec's examples of `op`'s success body that fit its type, as JSON (`Operation.response_examples`)."""
        found = self._examples.get(op.id)
        if found is None:
            response = op.response
            raw = [*op.response_examples, *own_example(self.api, op)]  # (the schema's own is on its Schema)
            plain = [as_json(example) for example in raw]
            # Judged against the spec's schema when there is a judge (the IR's types are not always
            # the schema's: an `allOf` it could not merge...); else they fit the IR's types.
            found = [
                e
                for e in plain
                if e is not None
                and response is not None
                and (self.judge(op, e) if self.judge is not None else self.conform.fits(response, e))
            ]
            self._examples[op.id] = found
        return found

    def events(self, call: Call, count: int = 2) -> list[JSON]:
        """`count` events of a `text/event-stream` answer to `call`, each a value of the event type."""
        op = call.operation
        if op.stream_event is None:
            return []
        seed = op.id + json.dumps([call.path_params, call.params], sort_keys=True, default=str)
        built = (_Run(self).build(op.stream_event, [], None, f"{seed}#{number}", "", 0) for number in range(count))
        return [{} if isinstance(value, _Skip) else value for value in built]

    def expand_problem(self, op: Operation, params: Mapping[str, Any]) -> Problem | None:
        """Stripe's complaint about the first `expand[]` path the response has no field for."""
        paths = params.get(EXPAND)
        if op.response is None or not isinstance(paths, list):
            return None
        for path in paths:
            if isinstance(path, str) and not self._expandable(op.response, path.split("."), 0):
                return Problem(f"This property cannot be expanded ({path}).", EXPAND)
        return None

    # -- the request as candidate values -------------------------------------------

    def _hint(self, call: Call, examples: bool) -> Any:
        """The request as a candidate body: its params and path ids echoed; a list's envelope
        with one item (unless the spec's example says what the page holds)."""
        op = call.operation
        echo = {key: _unset_as_null(value) for key, value in call.params.items() if key != EXPAND}
        for name, value in call.path_params.items():
            echo.setdefault(name, value)
        if op.pagination is not None:
            item = {key: value for key, value in echo.items() if key not in PAGE_PARAMS}
            if examples and not item:
                return {"url": call.path.split("?", 1)[0]}
            return {"url": call.path.split("?", 1)[0], "data": [item]}
        if op.paging is not None and not examples:
            return _page_hint(op.paging.items)
        id_param = self._id_param(op)
        if id_param is not None and id_param in call.path_params:
            echo["id"] = call.path_params[id_param]
        return echo

    def _id_param(self, op: Operation) -> str | None:
        """The path param naming the object this operation returns: `{customer}` in `/v1/customers/{customer}`."""
        if op.id not in self._id_params:
            self._id_params[op.id] = self._find_id_param(op)
        return self._id_params[op.id]

    def _find_id_param(self, op: Operation) -> str | None:
        resource = self._resources.get(op.resource)
        if resource is None or resource.schema is None or op.response is None:
            return None
        segments = [segment for segment in op.path.split("/") if segment]
        found = None
        for index, segment in enumerate(segments[:-1]):
            after = segments[index + 1]
            if snake_case(segment) == resource.names[-1] and after.startswith("{") and after.endswith("}"):
                found = after[1:-1]
        if found is None:
            return None
        own = self.api.schemas.get(resource.schema)
        for type_ref in op.response.walk():
            schema = self.api.schemas.get(type_ref.ref or "") if type_ref.kind is TypeKind.OBJECT else None
            if schema is None:
                continue
            if schema.id == resource.schema or (
                schema.deleted and own is not None and schema.object_name == own.object_name
            ):
                return found
        return None

    # -- expand checks ---------------------------------------------------------------

    def _expandable(self, type_ref: TypeRef, parts: Sequence[str], depth: int) -> bool:
        if not parts:
            return True
        if depth > MAX_DEPTH:
            return False
        for schema in self._schemas_in(type_ref):
            item = schema.field(parts[0])
            if item is not None and self._expandable(item.type, parts[1:], depth + 1):
                return True
        return False

    def _schemas_in(self, type_ref: TypeRef) -> list[Schema]:
        kind = type_ref.kind
        if kind is TypeKind.OBJECT:
            schema = self.api.schemas.get(type_ref.ref or "")
            if schema is None:
                return []
            return self._schemas_in(schema.alias) if schema.alias is not None else [schema]
        if kind in (TypeKind.UNION, TypeKind.EXPANDABLE):
            return [found for variant in type_ref.variants for found in self._schemas_in(variant)]
        if kind is TypeKind.ARRAY and type_ref.items is not None:
            return self._schemas_in(type_ref.items)
        return []


def expand_tree(paths: Any) -> dict[str, Any]:
    tree: dict[str, Any] = {}
    if isinstance(paths, list):
        for path in paths:
            if isinstance(path, str):
                node = tree
                for part in path.split("."):
                    node = node.setdefault(part, {})
    return tree


def _page_hint(items: str) -> Any:
    """A page in the API's own envelope with one item: `data.items` -> `{"data": {"items": [{}]}}`."""
    hint: Any = [{}]
    for part in reversed(items.split(".") if items else []):
        hint = {part: hint}
    return hint


def as_json(value: Any) -> Any:
    """A value of the spec as JSON has it: YAML dates as ISO text, keys as strings; None if it has no JSON form."""
    if isinstance(value, dict):
        return {str(key): as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return None


def _ids_within(values: list[Any]) -> set[int]:
    """The ids of every dict in `values` (the spec's examples, kept whole where they fit)."""
    found: set[int] = set()
    stack = list(values)
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            found.add(id(value))
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return found


def _unset_as_null(value: Any) -> Any:
    if value == "":
        return None
    if isinstance(value, dict):
        return {key: _unset_as_null(item) for key, item in value.items()}
    return value


class _Run:
    """One response being built; `where` (the request's seed plus the path down to a value)
    seeds the ids made on the way, and `stack` holds the schemas open, to cut loops."""

    def __init__(self, synth: Synthesizer, examples: list[Any] | None = None) -> None:
        self.synth = synth
        self.api = synth.api
        self.fits = synth.conform.fits
        self.stack: list[str] = []
        self.verbatim = _ids_within(examples or [])  # objects of the spec's examples: their extra keys are kept

    def build(
        self,
        type_ref: TypeRef,
        candidates: list[Any],
        expand: ExpandTree | None,
        where: str,
        name: str,
        depth: int,
    ) -> JSON | _Skip:
        """A value of `type_ref` made from the first candidates that fit (never null)."""
        kind = type_ref.kind
        if kind is TypeKind.OBJECT:
            schema = self.api.schemas.get(type_ref.ref or "")
            if schema is None:
                return next((c for c in candidates if isinstance(c, dict)), {})
            if schema.alias is not None:
                return self.build(schema.alias, candidates, expand, where, name, depth)
            return self.object(schema, candidates, expand, where, depth)
        if kind is TypeKind.EXPANDABLE:
            return self.expandable(type_ref, candidates, expand, where, name, depth)
        if kind is TypeKind.UNION:
            return self.union(type_ref, candidates, expand, where, name, depth)
        if kind is TypeKind.ARRAY:
            return self.array(type_ref, candidates, expand, where, name, depth)
        if kind is TypeKind.MAP:
            return self.map(type_ref, candidates, where, depth)
        if kind is TypeKind.ANY:
            return next((c for c in candidates if c is not None), {})
        for candidate in candidates:
            if candidate is not None and self.fits(type_ref, candidate):
                return candidate
        return self.scalar(type_ref, name)

    def scalar(self, type_ref: TypeRef, name: str) -> JSON:
        """A synthesized scalar (`generator.ir.examples`), made to meet its pattern when it does not."""
        value = example_for(self.api, type_ref, name=name)
        limits = type_ref.constraints
        if type_ref.kind is TypeKind.STRING and limits.pattern and not self.fits(type_ref, value):
            made = matching(limits.pattern, limits.min_length or 0, limits.max_length)
            if made is not None:
                return made
        return value

    def field(self, item: Field, candidates: list[Any], expand: ExpandTree | None, where: str, depth: int) -> Any:
        """A field's value: like `build`, but null when that is what fits first (or nothing fits).

        Where the schema says `nullable` without a `type` (`anyOf: [$ref]`, Stripe's way),
        OpenAPI 3.0.3 does not actually allow null, and strict validators agree: such a
        field is left out instead (`_SKIP`) when it may be, and given a value when required.
        """
        type_ref = item.type
        if item.example is not None:
            candidates = [*candidates, item.example]
        fitting = [c for c in candidates if self.fits(type_ref, c)]
        if expand is None and fitting and fitting[0] is None:
            return None  # the first fitting candidate says null (e.g. a request's "" to unset)
        if expand is None and not fitting:
            if null_allowed(self.api, type_ref):
                return None
            if type_ref.nullable and not item.required:
                return _SKIP
        if type_ref.kind is TypeKind.EXPANDABLE:
            return self.expandable(type_ref, fitting, expand, where, item.name, depth)
        return self.build(type_ref, fitting, expand, where, item.name, depth)

    def object(self, schema: Schema, candidates: list[Any], expand: ExpandTree | None, where: str, depth: int) -> Any:
        if depth > MAX_DEPTH or self.stack.count(schema.id) >= 2:
            return _SKIP
        sources: list[Mapping[str, Any]] = [c for c in candidates if isinstance(c, dict)]
        # Where the spec's example of this very value is a source, it says which optional fields there are.
        given = [source for source in sources if id(source) in self.verbatim] or None
        fixture = self.synth.fixtures.for_schema(schema)
        if fixture is not None:
            sources.append(fixture)
        if schema.has_example and isinstance(schema.example, dict):
            sources.append(schema.example)
        self.stack.append(schema.id)
        try:
            result: dict[str, Any] = {}
            for item in schema.fields:
                sub = expand.get(item.name) if expand else None
                found = [source[item.name] for source in sources if item.name in source]
                if not (item.required or found or sub is not None):
                    continue
                if given is not None and not (item.required or sub is not None or any(item.name in g for g in given)):
                    continue
                here = f"{where}.{item.name}"
                if item.name == "id" and item.type.kind is TypeKind.STRING:
                    found.append(self.synth.ids.make(schema, here))
                value = self.field(item, found, sub, here, depth + 1)
                if isinstance(value, _Skip):
                    if not item.required:
                        continue
                    if not null_allowed(self.api, item.type):
                        return _SKIP
                    value = None
                result[item.name] = value
            self._extra_keys(schema, sources, result)
            return result
        finally:
            self.stack.pop()

    def _extra_keys(self, schema: Schema, sources: list[Mapping[str, Any]], result: dict[str, Any]) -> None:
        """The keys of the spec's examples that are no field of `schema`, where the schema allows them."""
        if not schema.open:
            return
        for source in sources:
            if id(source) not in self.verbatim:
                continue
            for key, value in source.items():
                if key in result or schema.field(key) is not None:
                    continue
                if schema.additional is None or self.fits(schema.additional, value):
                    result[key] = value

    def expandable(
        self,
        type_ref: TypeRef,
        candidates: list[Any],
        expand: ExpandTree | None,
        where: str,
        name: str,
        depth: int,
    ) -> Any:
        """An id string, or (when `expand[]` asks) the object it names, with that id."""
        first = next((c for c in candidates if c is None or isinstance(c, (str, dict))), _SKIP)
        objects = [c for c in candidates if isinstance(c, dict)]
        known = first.get("id") if isinstance(first, dict) else first
        if not (isinstance(known, str) and self.fits(type_ref, known)):
            known = None
        if expand is None and known is not None:
            return known
        variant = self._variant(type_ref.variants, objects)
        if known is None:
            known = self.synth.ids.make(self._target(variant), where)
        if expand is None or variant is None:
            return known
        return self.build(variant, [{"id": known}, *objects], expand, where, name, depth)

    def union(
        self,
        type_ref: TypeRef,
        candidates: list[Any],
        expand: ExpandTree | None,
        where: str,
        name: str,
        depth: int,
    ) -> JSON | _Skip:
        for candidate in candidates:
            for variant in type_ref.variants:
                if candidate is not None and self.fits(variant, candidate):
                    fitting = [c for c in candidates if c is not None and self.fits(variant, c)]
                    return self.build(variant, fitting, expand, where, name, depth)
        for variant in type_ref.variants:
            value = self.build(variant, [], expand, where, name, depth)
            if not isinstance(value, _Skip):
                return value
        return _SKIP

    def array(
        self,
        type_ref: TypeRef,
        candidates: list[Any],
        expand: ExpandTree | None,
        where: str,
        name: str,
        depth: int,
    ) -> JSON | _Skip:
        items = type_ref.items
        limits = type_ref.constraints
        given = next((c for c in candidates if isinstance(c, list)), None)
        if items is None:
            return given if given is not None else []
        wanted: list[Any] = [[item] for item in given] if given is not None else [[]] * (limits.min_items or 0)
        result = []
        for index, item_candidates in enumerate(wanted):
            value = self.build(items, item_candidates, expand, f"{where}[{index}]", name, depth)
            if isinstance(value, _Skip):
                return _SKIP if limits.min_items else []
            result.append(value)
        if limits.max_items is not None:
            result = result[: limits.max_items]
        return result

    def map(self, type_ref: TypeRef, candidates: list[Any], where: str, depth: int) -> JSON:
        given = next((c for c in candidates if isinstance(c, dict)), None)
        if given is None:
            return {}
        if type_ref.items is None:
            return dict(given)
        result = {}
        for key, value in given.items():
            if self.fits(type_ref.items, value):
                built = self.build(type_ref.items, [value], None, f"{where}.{key}", str(key), depth + 1)
                if not isinstance(built, _Skip):
                    result[key] = built
        return result

    def _variant(self, variants: Sequence[TypeRef], objects: list[dict[str, Any]]) -> TypeRef | None:
        """The expansion the candidates point at (by their `object`), else the first."""
        for candidate in objects:
            for variant in variants:
                if self.fits(variant, candidate):
                    return variant
        return variants[0] if variants else None

    def _target(self, variant: TypeRef | None) -> Schema | None:
        while variant is not None and variant.kind is TypeKind.OBJECT:
            schema = self.api.schemas.get(variant.ref or "")
            if schema is None or schema.alias is None:
                return schema
            variant = schema.alias
        return None
