"""Tiny hand-written specs for diff tests: one template, with the parts a test changes as YAML snippets."""

from __future__ import annotations

from pathlib import Path
from string import Template

from generator.config import Config
from generator.diff import Change, compare
from generator.ir.model import Api
from generator.pipeline import load_api

_TEMPLATE = Template("""\
openapi: 3.0.3
info: {title: Tiny, version: "$version"}
paths:
  /v1/things:
    get:
      operationId: $list_id
      parameters: $list_params
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: $list_response
    post:
      operationId: PostThings$post_extra
      requestBody:
        required: $body_required
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties: $body
              required: $body_required_fields
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$$ref: '#/components/schemas/thing'}
  /v1/things/{$thing_param}:
    get:
      operationId: GetThingsThing
      parameters:
        - {name: $thing_param, in: path, required: true, schema: {type: string, maxLength: 5000}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$$ref: '#/components/schemas/thing'}
$paths
components:
  schemas:
    thing:
      type: object
      properties: $thing
      required: $thing_required
$schemas
""")

LIST_RESPONSE = """
                type: object
                properties:
                  object: {type: string, enum: [list]}
                  data: {type: array, items: {$ref: '#/components/schemas/thing'}}
                  has_more: {type: boolean}
                  url: {type: string}
                required: [object, data, has_more, url]"""

DEFAULTS = {
    "version": "1",
    "list_id": "GetThings",
    "list_params": "[{name: limit, in: query, schema: {type: integer}}]",
    "list_response": LIST_RESPONSE,
    "post_extra": "",
    "body_required": "false",
    "body": "{amount: {type: integer}, currency: {type: string}}",
    "body_required_fields": "[amount]",
    "thing_param": "thing",
    "thing": "{id: {type: string}, object: {type: string, enum: [thing]}, amount: {type: integer}}",
    "thing_required": "[id, object]",
    "paths": "",
    "schemas": "",
}


def spec_text(**parts: str) -> str:
    unknown = set(parts) - set(DEFAULTS)
    assert not unknown, f"unknown template parts: {unknown}"
    return _TEMPLATE.substitute({**DEFAULTS, **parts})


def write_spec(folder: Path, name: str, **parts: str) -> Path:
    path = folder / name
    path.write_text(spec_text(**parts), "utf-8")
    return path


def load(folder: Path, name: str, **parts: str) -> Api:
    return load_api(write_spec(folder, name, **parts), Config(), None).api


def changes(folder: Path, old: dict[str, str], new: dict[str, str]) -> list[Change]:
    return compare(load(folder, "old.yaml", **old), load(folder, "new.yaml", **new))
