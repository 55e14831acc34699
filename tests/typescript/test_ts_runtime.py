"""The TypeScript runtime (templates/typescript/runtime/): `tsc --strict` on its own (web
globals only, no Node types), then its node:test files, compiled (tests/typescript/node/).

Each Python test runs one node test file and fails with its failures; the wire table and the
webhook signatures made by the Python `stripe` package are handed over as JSON files.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ..wire_table import CASES, WIRE_CASES
from .conftest import HERE, RUNTIME, run_node_test, tsc


def test_runtime_compiles_strict_without_node_types(tools: Path) -> None:
    done = tsc(tools, "-p", str(HERE / "tsconfig.runtime.json"))
    assert done.returncode == 0, done.stdout + done.stderr


def test_runtime_has_no_dependency() -> None:
    for path in sorted(RUNTIME.glob("*.ts")):
        text = path.read_text(encoding="utf-8")
        imports = [line for line in text.splitlines() if line.startswith("import ") or " from \"" in line]
        for line in imports:
            assert '"./' in line, f"{path.name} imports something outside the runtime: {line}"
        found = re.search(r"\bBuffer\.|\bprocess\.|\brequire\(|from \"node:", text)
        assert found is None, f"{path.name} uses {found.group(0) if found else ''} (Node only)"


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    if isinstance(value, Decimal):
        return {"$decimal": format(value, "f")}
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 2**53:
        return {"$bigint": str(value)}
    return value


def test_wire_table(node: str, compiled: Path, tmp_path: Path) -> None:
    table = {
        "cases": [
            {"id": case_id, "params": _jsonable(params), "body": body, "stripeSame": same}
            for case_id, params, body, same in CASES
        ],
        "wire": [{"params": params, "body": body} for params, body in WIRE_CASES],
    }
    path = tmp_path / "wire.json"
    path.write_text(json.dumps(table), encoding="utf-8")
    passed, _, _ = run_node_test(node, compiled, "wire", {"WIRE_TABLE": str(path)})
    assert passed >= 6


def test_http(node: str, compiled: Path) -> None:
    passed, _, _ = run_node_test(node, compiled, "http")
    assert passed >= 20
