"""Reference JSON Schemas built from the spec document itself, not from our IR.

The differential tests compare the generated validators with `openapi-schema-validator`
on these, so a bug in the converter shows up as a disagreement too. `$ref`s are followed
with the loader's resolver (so multi-file specs work) and collected under `definitions`.

How the spec's OpenAPI 3.0 meaning is mapped (the generated validators' documented rules):

- `nullable: true` makes `null` valid wherever it appears, also next to `enum`, `anyOf` or a
  `$ref` (OpenAPI 3.0.3 only honours it next to `type`; Stripe relies on the wider meaning),
  and so does `null` listed in an `enum`;
- response enums are open: in response mode `enum` is dropped, its type kept;
- request params are one object: every non-path parameter plus the body's properties, closed
  unless the body schema allows more properties. A key set to `None` is absent: the
  differential runner removes such keys before asking either side.

Two dialects: "oas" for `OAS30Validator` (keeps `nullable`, `discriminator`), and "json"
(plain JSON Schema draft 4/7 for `hypothesis-jsonschema`, `fastjsonschema`, `jsonschema`),
where `null` is spelled `{"type": "null"}` and a declared discriminator becomes an `anyOf` of
branches pinned to their mapping value. With `inline_depth`, the "json" dialect inlines
`$ref`s instead (hypothesis-jsonschema cannot generate recursive schemas) and replaces the
ones nested deeper than that by an unsatisfiable schema, which prunes optional parts.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from generator.load.loader import Document, LoadedSpec

JSON = dict[str, Any]
NULL_OAS: JSON = {"type": "string", "nullable": True, "enum": [None]}
NULL_JSON: JSON = {"type": "null"}
NOTHING: JSON = {"not": {}}

_KEEP = (
    "type",
    "enum",
    "required",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
)
_COMPOSITES = ("anyOf", "oneOf", "allOf")
_MEDIA = ("application/x-www-form-urlencoded", "multipart/form-data", "application/json")
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True, slots=True)
class Node:
    doc: Document
    pointer: str
    data: Any

    def child(self, *tokens: str | int) -> Node:
        data = self.data
        pointer = self.pointer
        for token in tokens:
            data = data[token]
            pointer += "/" + str(token).replace("~", "~0").replace("/", "~1")
        return Node(self.doc, pointer, data)

    @property
    def key(self) -> str:
        return f"{self.doc.path}#{self.pointer}"


class Reference:
    """Builds reference schemas for request params, responses and components of one spec."""

    def __init__(self, spec: LoadedSpec, *, response: bool, dialect: str, inline_depth: int | None = None) -> None:
        assert dialect in ("oas", "json")
        self.spec = spec
        self.response = response
        self.dialect = dialect
        self.inline_depth = inline_depth
        self.definitions: dict[str, Any] = {}
        self._names: dict[str, str] = {}

    # -- subjects -------------------------------------------------------------------------

    def root(self) -> Node:
        return Node(self.spec.root, "", self.spec.root.data)

    def component(self, name: str) -> JSON:
        return self._finish(self._ref_to(self.root().child("components", "schemas", name), 0))

    def response_of(self, path: str, method: str) -> JSON | None:
        op = self.root().child("paths", path, method)
        responses = op.data.get("responses") or {}
        for status in sorted(map(str, responses), key=lambda s: (not s.isdigit(), s)):
            if not status.startswith("2"):
                continue
            response = self.deref(op.child("responses", status))
            content = response.data.get("content") or {}
            media = next((m for m in content if m.split(";")[0].strip().endswith("json")), None)
            if media is None or "schema" not in (content[media] or {}):
                return None
            return self._finish(self.translate(response.child("content", media, "schema"), 0))
        return None

    def params_of(self, path: str, method: str) -> JSON:
        """Every non-path param as one object (see the module docstring)."""
        item = self.deref(self.root().child("paths", path))
        op = item.child(method)
        merged: dict[tuple[str, str], Node] = {}
        for owner in (item, op):
            for index in range(len(owner.data.get("parameters") or [])):
                param = self.deref(owner.child("parameters", index))
                merged[(str(param.data.get("name")), str(param.data.get("in")))] = param
        properties: JSON = {}
        required: list[str] = []
        for (name, location), param in merged.items():
            if location == "path":
                continue
            schema = param.child("schema") if "schema" in param.data else None
            properties[name] = self.translate(schema, 0) if schema is not None else {}
            if param.data.get("required") is True:
                required.append(name)
        additional: Any = False
        body = self._body(op)
        if body is not None:
            target = self.deref(body)
            if isinstance(target.data, dict) and "properties" in target.data:
                for name in target.data["properties"]:
                    properties[name] = self.translate(target.child("properties", name), 0)
                required += [str(name) for name in target.data.get("required") or []]
                extra = target.data.get("additionalProperties", True)
                additional = (
                    self.translate(target.child("additionalProperties"), 0) if isinstance(extra, dict) else extra
                )
            else:
                properties["body"] = self.translate(body, 0)
                if self.deref(op.child("requestBody")).data.get("required") is True:
                    required.append("body")
        schema: JSON = {"type": "object", "properties": properties, "additionalProperties": additional}
        if required:
            schema["required"] = sorted(set(required))
        return self._finish(schema)

    def _body(self, op: Node) -> Node | None:
        if "requestBody" not in op.data:
            return None
        body = self.deref(op.child("requestBody"))
        content = body.data.get("content") or {}
        media = next((m for m in _MEDIA if m in content), None)
        media = media or next((m for m in content if m.split(";")[0].strip().endswith("json")), None)
        media = media or next(iter(content), None)
        if media is None or "schema" not in (content[media] or {}):
            return None
        return body.child("content", media, "schema")

    def _finish(self, schema: Any) -> JSON:
        result = dict(schema) if isinstance(schema, dict) else {"not": {}} if schema is False else {}
        if self.definitions and self.inline_depth is None:
            result["definitions"] = self.definitions
        return result

    # -- translation ------------------------------------------------------------------------

    def deref(self, node: Node) -> Node:
        seen = set()
        while isinstance(node.data, dict) and isinstance(node.data.get("$ref"), str) and node.key not in seen:
            seen.add(node.key)
            target = self.spec.resolve(node.data["$ref"], node.doc)
            node = Node(target.document, target.pointer, target.node)
        return node

    def _ref_to(self, node: Node, depth: int) -> Any:
        target = self.deref(node)
        if self.inline_depth is not None:
            return NOTHING if depth >= self.inline_depth else self.translate(target, depth + 1)
        name = self._names.get(target.key)
        if name is None:
            name = f"s{len(self._names)}"
            self._names[target.key] = name
            self.definitions[name] = {}
            self.definitions[name] = self.translate(target, depth)
        return {"$ref": f"#/definitions/{name}"}

    def translate(self, node: Node, depth: int) -> Any:
        data = node.data
        if isinstance(data, bool):
            return data
        if not isinstance(data, dict):
            return {}
        if isinstance(data.get("$ref"), str):
            return self._ref_to(node, depth)
        out: JSON = {key: copy.deepcopy(data[key]) for key in _KEEP if key in data}
        nullable = data.get("nullable") is True
        if "enum" in out:
            values = [value for value in out["enum"] if value is not None]
            nullable = nullable or len(values) < len(out["enum"])
            out["enum"] = values
            if self.response:
                del out["enum"]
                if "type" not in out:
                    kinds = {_json_type(value) for value in values}
                    if len(kinds) == 1:
                        out["type"] = kinds.pop()
        if "properties" in data:
            out["properties"] = {
                name: self.translate(node.child("properties", name), depth) for name in data["properties"]
            }
        if isinstance(data.get("additionalProperties"), dict):
            out["additionalProperties"] = self.translate(node.child("additionalProperties"), depth)
        elif isinstance(data.get("additionalProperties"), bool):
            out["additionalProperties"] = data["additionalProperties"]
        if "items" in data:
            out["items"] = self.translate(node.child("items"), depth)
        for keyword in _COMPOSITES:
            if isinstance(data.get(keyword), list):
                members = [node.child(keyword, i) for i in range(len(data[keyword]))]
                out[keyword] = [self.translate(member, depth) for member in members]
        if self.dialect == "oas":
            if isinstance(data.get("discriminator"), dict):
                out["discriminator"] = self._discriminator(node, depth)
            if "format" in data:
                out["format"] = data["format"]
        elif isinstance(data.get("discriminator"), dict):
            out = self._pinned_branches(node, out, depth)
        elif "oneOf" in out:  # Stripe's unions are anyOf; plain oneOf generates poorly
            out["anyOf"] = out.pop("oneOf")
        if not nullable:
            return out
        if self.dialect == "json":
            return {"anyOf": [NULL_JSON, out]}
        if "type" in out and not any(key in out for key in ("enum", *_COMPOSITES)):
            return {**out, "nullable": True}
        return {"anyOf": [NULL_OAS, out]}

    def _discriminator(self, node: Node, depth: int) -> JSON:
        declared = node.data["discriminator"]
        result: JSON = {"propertyName": declared["propertyName"]}
        mapping = declared.get("mapping")
        if isinstance(mapping, dict):
            result["mapping"] = {
                value: self._ref_to(Node(node.doc, node.pointer, {"$ref": ref}), depth)["$ref"]
                for value, ref in mapping.items()
            }
        return result

    def _pinned_branches(self, node: Node, out: JSON, depth: int) -> JSON:
        """JSON dialect of a declared discriminator: each mapped schema with its value pinned."""
        declared = node.data["discriminator"]
        prop = declared["propertyName"]
        branches = []
        for value, ref in (declared.get("mapping") or {}).items():
            target = self._ref_to(Node(node.doc, node.pointer, {"$ref": ref}), depth)
            pin = {"type": "object", "properties": {prop: {"enum": [value]}}, "required": [prop]}
            if "$ref" in target or "properties" not in target:
                branches.append({"allOf": [target, pin]})
            else:  # inlined: pin in place (hypothesis-jsonschema merges allOf slowly)
                required = sorted({*target.get("required", ()), prop})
                branches.append(
                    {**target, "properties": {**target["properties"], **pin["properties"]}, "required": required}
                )
        rest = {key: value for key, value in out.items() if key not in _COMPOSITES}
        return {**rest, "anyOf": branches}


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "object" if isinstance(value, dict) else "array"


def operations(spec: LoadedSpec) -> list[tuple[str, str]]:
    """(path, method) of every operation of the spec, in document order."""
    found = []
    for path in spec.root.data.get("paths") or {}:
        node = Node(spec.root, "", spec.root.data).child("paths", path)
        resolved = Reference(spec, response=False, dialect="json").deref(node).data
        found += [(str(path), method) for method in _METHODS if isinstance(resolved.get(method), dict)]
    return found
