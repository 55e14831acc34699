"""A delete answering a union of unions (Stripe's `customers.sources.delete`: live sources or
their deleted shapes, which share the live ones' `object` values) returns the right typed object."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .conftest import generate_package

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "runtime"))
from rt_server import LocalServer, Recorded, Reply


def _object(name: str, deleted: bool = False) -> dict[str, Any]:
    properties: dict[str, Any] = {"id": {"type": "string"}, "object": {"type": "string", "enum": [name]}}
    if deleted:
        properties["deleted"] = {"type": "boolean", "enum": [True]}
    return {"type": "object", "required": list(properties), "properties": properties}


SPEC = {
    "openapi": "3.0.0",
    "info": {"title": "Sources", "version": "1"},
    "servers": [{"url": "https://api.stripe.com"}],
    "components": {
        "schemas": {
            "card": _object("card"),
            "bank_account": _object("bank_account"),
            "deleted_card": _object("card", deleted=True),
            "deleted_bank_account": _object("bank_account", deleted=True),
        }
    },
    "paths": {
        "/v1/customers/{customer}/sources/{id}": {
            "delete": {
                "operationId": "DeleteCustomersCustomerSourcesId",
                "parameters": [
                    {"name": "customer", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "anyOf": [
                                        {
                                            "anyOf": [
                                                {"$ref": f"#/components/schemas/{n}"} for n in ("card", "bank_account")
                                            ]
                                        },
                                        {
                                            "anyOf": [
                                                {"$ref": f"#/components/schemas/deleted_{n}"}
                                                for n in ("card", "bank_account")
                                            ]
                                        },
                                    ]
                                }
                            }
                        },
                    }
                },
            }
        }
    },
}


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    import json

    folder = tmp_path_factory.mktemp("sources")
    spec = folder / "sources.json"
    spec.write_text(json.dumps(SPEC))
    root = generate_package(spec, folder / "out", package="sources_api", client_class="SourcesClient")
    sys.path.insert(0, str(root))
    try:
        return importlib.import_module("sources_api")
    finally:
        sys.path.remove(str(root))


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ({"id": "card_1", "object": "card", "deleted": True}, "DeletedCard"),
        ({"id": "ba_1", "object": "bank_account", "deleted": True}, "DeletedBankAccount"),
        ({"id": "card_1", "object": "card"}, "Card"),
    ],
)
def test_the_deleted_shape_is_typed(sources: ModuleType, answer: dict[str, Any], expected: str) -> None:
    def respond(request: Recorded) -> Reply:
        return Reply(body=answer)

    server = LocalServer(respond)
    try:
        client = sources.SourcesClient(base_url=server.url)
        result = client.customers.sources.delete("cus_1", "card_1")
    finally:
        server.close()
    assert type(result).__name__ == expected
    assert result.id == answer["id"]
