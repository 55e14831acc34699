"""Object shapes of schemas that loop through each other many ways stay cheap (Figma's nodes)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.ir.convert import convert
from generator.load.loader import load
from generator.targets.docs import fields


def _tangled(folder: Path, kinds: int) -> Path:
    """`kinds` node schemas, each with `children`: a list of any node: every path loops."""
    refs = [{"$ref": f"#/components/schemas/Node{n}"} for n in range(kinds)]
    schemas = {
        f"Node{n}": {
            "type": "object",
            "properties": {"id": {"type": "string"}, "children": {"type": "array", "items": {"oneOf": refs}}},
        }
        for n in range(kinds)
    }
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Tangled", "version": "1"},
        "paths": {
            "/nodes": {
                "get": {
                    "operationId": "getNode",
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": refs[0]}}}},
                }
            }
        },
        "components": {"schemas": schemas},
    }
    path = folder / "tangled.yaml"
    path.write_text(yaml.safe_dump(spec))
    return path


def test_a_tangled_schema_gets_a_shape_of_its_own_within_the_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    api, _ = convert(load(_tangled(tmp_path, 6)))
    monkeypatch.setattr(fields, "_SHAPE_BUDGET", 200)
    shapes = fields.Shapes(api, documented=())
    assert shapes.of("Node0") == "schema:Node0"
    assert shapes.of("Node1") == "schema:Node1"


def test_a_schema_within_the_budget_keeps_its_content_fingerprint(tmp_path: Path) -> None:
    api, _ = convert(load(_tangled(tmp_path, 2)))
    shapes = fields.Shapes(api, documented=())
    assert not shapes.of("Node0").startswith("schema:")
