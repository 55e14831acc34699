"""Which of the spec's response examples the mock may send as they are: those valid against their schema.

Real specs' examples often break their own schema (a required field missing, a value outside
an enum), and the IR cannot always tell (an `allOf` it models as any value), so each example
of an operation's success body (`Operation.response_examples`) is checked against the
response schema in the spec itself with openapi-schema-validator (OpenAPI 3.0 or 3.1 rules;
formats are not checked), `$ref`s resolved in the loaded files. Checked once per operation,
when first asked; the IR kept in the mock's cache holds only the valid ones (`judged`), so
later starts, which have no spec, need no check.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from ..errors import escape_pointer_token
from ..ir.model import JSON, Api, Operation, TypeKind
from ..load.loader import Document, LoadedSpec

#: (an operation, one of its examples as JSON) -> may the mock send it?
Judge = Callable[[Operation, JSON], bool]
_MAX_HOPS = 50


class SpecJudge:
    """Checks examples against the response schemas of one loaded spec."""

    def __init__(self, spec: LoadedSpec) -> None:
        self.spec = spec
        self._validators: dict[str, Any] = {}  # operation id -> validator, or None (no schema found)
        self._registry: Any = None

    def __call__(self, op: Operation, example: JSON) -> bool:
        if op.id not in self._validators:
            try:
                self._validators[op.id] = self._validator(op)
            except (KeyError, ValueError, TypeError, IndexError):
                self._validators[op.id] = None
        validator = self._validators[op.id]
        if validator is None:
            return False
        try:
            return next(iter(validator.iter_errors(example)), None) is None
        except Exception:
            return False

    def schema_of(self, op: Operation) -> tuple[Document, str] | None:
        """Where the schema of `op`'s success body is: its document and pointer."""
        if op.response_media_type is None:
            return None
        file_part, _, pointer = op.source.partition("#")
        document = self.spec.documents[(self.spec.base_dir / file_part).resolve()]
        document, pointer, node = self._deref(document, pointer, self.spec.resolve(f"#{pointer}", document).node)
        responses = node.get("responses") if isinstance(node, dict) else None
        if not isinstance(responses, dict) or op.response_status not in responses:
            return None
        pointer = f"{pointer}/responses/{escape_pointer_token(op.response_status)}"
        document, pointer, response = self._deref(document, pointer, responses[op.response_status])
        content = response.get("content") if isinstance(response, dict) else None
        media = content.get(op.response_media_type) if isinstance(content, dict) else None
        if not isinstance(media, dict) or "schema" not in media:
            return None
        pointer = f"{pointer}/content/{escape_pointer_token(op.response_media_type)}/schema"
        document, pointer, _node = self._deref(document, pointer, media["schema"])
        return document, pointer

    def _validator(self, op: Operation) -> Any:
        place = self.schema_of(op)
        if place is None:
            return None
        from openapi_schema_validator import OAS30Validator, OAS31Validator

        document, pointer = place
        v31 = str(self.spec.root.data.get("openapi", "")).startswith("3.1")
        validator_class = OAS31Validator if v31 else OAS30Validator
        return validator_class({"$ref": f"{document.path.as_uri()}#{pointer}"}, registry=self._registry_for(v31))

    def _registry_for(self, v31: bool) -> Any:
        if self._registry is None:
            import referencing
            from referencing.jsonschema import DRAFT4, DRAFT202012

            default = DRAFT202012 if v31 else DRAFT4
            resources = [
                (doc.path.as_uri(), referencing.Resource.from_contents(doc.data, default_specification=default))
                for doc in self.spec.documents.values()
            ]
            self._registry = referencing.Registry().with_resources(resources)
        return self._registry

    def _deref(self, document: Document, pointer: str, node: Any) -> tuple[Document, str, Any]:
        for _ in range(_MAX_HOPS):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                return document, pointer, node
            target = self.spec.resolve(node["$ref"], document)
            document, pointer, node = target.document, target.pointer, target.node
        raise ValueError("too many $refs in a row")


def trusted(op: Operation, example: JSON) -> bool:
    """The judge of an IR whose examples were judged before it was cached (`judged`): those it kept stand."""
    return example in op.response_examples


def judged(api: Api, judge: Judge, as_json: Callable[[Any], JSON]) -> Api:
    """`api` with each operation's `response_examples` cut to those `judge` accepts (as JSON)."""
    resources = []
    for resource in api.resources:
        operations = []
        for op in resource.operations:
            examples = [*op.response_examples, *own_example(api, op)]
            if examples:
                kept = tuple(e for e in map(as_json, examples) if e is not None and judge(op, e))
                op = dataclasses.replace(op, response_examples=kept)
            operations.append(op)
        resources.append(dataclasses.replace(resource, operations=tuple(operations)))
    return dataclasses.replace(api, resources=tuple(resources))


def own_example(api: Api, op: Operation) -> list[JSON]:
    """The example of the object schema `op` answers with, if it has one (the IR keeps it on the Schema)."""
    response = op.response
    if response is None or response.kind is not TypeKind.OBJECT:
        return []
    schema = api.schemas.get(response.ref or "")
    return [schema.example] if schema is not None and schema.has_example else []
