"""Validate example values against the spec's own schemas (not the IR): OAS 3.0 rules, `$ref`s across files."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from generator.errors import escape_pointer_token
from generator.ir.model import BodyEncoding, Operation
from generator.load.loader import Document, LoadedSpec

_MEDIA = {
    BodyEncoding.FORM: "application/x-www-form-urlencoded",
    BodyEncoding.JSON: "application/json",
    BodyEncoding.MULTIPART: "multipart/form-data",
}


class SchemaCheck:
    """`errors(value, *pointer tokens)`: what is wrong with `value` under the spec node there."""

    def __init__(self, spec: LoadedSpec) -> None:
        self.spec = spec
        resources = [
            (doc.path.as_uri(), Resource.from_contents(doc.data, default_specification=DRAFT4))
            for doc in spec.documents.values()
        ]
        self.registry: Registry[Any] = Registry().with_resources(resources)

    def locate(self, *tokens: str) -> str:
        """The absolute URI of the node at `tokens` from the root, following `$ref`s on the way."""
        document: Document = self.spec.root
        pointer = ""
        node: Any = document.data
        for token in tokens:
            document, pointer, node = self._deref(document, pointer, node)
            node = node[int(token)] if isinstance(node, list) else node[token]
            pointer = f"{pointer}/{escape_pointer_token(token)}"
        document, pointer, node = self._deref(document, pointer, node)
        return f"{document.path.as_uri()}#{pointer}"

    def _deref(self, document: Document, pointer: str, node: Any) -> tuple[Document, str, Any]:
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            target = self.spec.resolve(node["$ref"], document)
            document, pointer, node = target.document, target.pointer, target.node
        return document, pointer, node

    def errors(self, value: Any, *tokens: str) -> list[str]:
        validator = OAS30Validator({"$ref": self.locate(*tokens)}, registry=self.registry)
        return [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:300]}" for e in validator.iter_errors(value)]

    def response_errors(self, op: Operation, value: Any) -> list[str]:
        tokens = ("paths", op.path, op.http_method, "responses", op.response_status, "content")
        return self.errors(value, *tokens, str(op.response_media_type), "schema")

    def body_errors(self, op: Operation, value: Any) -> list[str]:
        assert op.body_encoding is not None
        tokens = ("paths", op.path, op.http_method, "requestBody", "content", _MEDIA[op.body_encoding], "schema")
        return self.errors(value, *tokens)

    def param_errors(self, op: Operation, name: str, location: str, value: Any) -> list[str]:
        """A query/header/path parameter's value against its schema, wherever it is declared."""
        for owner in (("paths", op.path, op.http_method), ("paths", op.path)):
            for index, param in self._params(*owner):
                if param.get("name") == name and param.get("in") == location and "schema" in param:
                    return self.errors(value, *owner, "parameters", str(index), "schema")
        raise AssertionError(f"parameter {name} not found for {op.id}")

    def _params(self, *owner: str) -> Iterator[tuple[int, dict[str, Any]]]:
        document, pointer, node = self._deref(self.spec.root, "", self.spec.root.data)
        for token in owner:
            document, pointer, node = self._deref(document, pointer, node[token])
        raw = node.get("parameters") or [] if isinstance(node, dict) else []
        for index, item in enumerate(raw):
            yield index, self._deref(document, pointer, item)[2]
