"""The validators accept what the encoder sends, and refuse what no server can take.

A `datetime` for a unix-time field (the encoder sends its timestamp), a `Decimal` for a number
or a decimal string (sent as written), a file for a binary field; an integer outside its
format's range (int32, int64) is refused before anything is sent.
"""

from __future__ import annotations

import datetime
import importlib
import io
import sys
from decimal import Decimal
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

from generator.cli import main

PROPS = {
    "when": {"type": "integer", "format": "unix-time"},
    "price": {"type": "number"},
    "rate": {"type": "string", "format": "decimal"},
    "count": {"type": "integer", "format": "int32"},
    "big": {"type": "integer", "format": "int64"},
    "file": {"type": "string", "format": "binary"},
}
SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Values", "version": "1"},
    "servers": [{"url": "https://api.example.com"}],
    "paths": {
        "/things": {
            "post": {
                "operationId": "createThing",
                "requestBody": {
                    "content": {"multipart/form-data": {"schema": {"type": "object", "properties": PROPS}}}
                },
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {}}}}},
            }
        }
    },
}


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    folder = tmp_path_factory.mktemp("values")
    (folder / "spec.yaml").write_text(yaml.safe_dump(SPEC))
    out = folder / "out"
    args = ["generate", "--spec", str(folder / "spec.yaml"), "--out", str(out), "--target", "python", "-q"]
    assert main([*args, "--package", "values_api", "--client-class", "ValuesClient"]) == 0
    sys.path.insert(0, str(out / "python"))
    try:
        return importlib.import_module("values_api")
    finally:
        sys.path.remove(str(out / "python"))


def _send(sdk: ModuleType, **params: Any) -> list[httpx.Request]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    client = sdk.ValuesClient(http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    client.things.create(**params)
    return sent


def test_what_the_encoder_sends_is_accepted(sdk: ModuleType) -> None:
    when = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    params = {"when": when, "price": Decimal("12.50"), "rate": Decimal("0.0125"), "file": io.BytesIO(b"x")}
    sent = _send(sdk, **params, big=2**63 - 1, count=-(2**31))
    body = sent[0].content
    assert b"\r\n\r\n1704164645\r\n" in body  # the datetime's unix timestamp
    assert b"\r\n\r\n12.50\r\n" in body and b"\r\n\r\n0.0125\r\n" in body  # Decimals as written
    assert b"\r\n\r\n9223372036854775807\r\n" in body


@pytest.mark.parametrize(
    ("params", "where"),
    [
        ({"big": 2**63}, "big"),
        ({"big": -(2**63) - 1}, "big"),
        ({"count": 2**31}, "count"),
        ({"when": "yesterday"}, "when"),
        ({"price": Decimal("NaN")}, "price"),
        ({"rate": 1.5}, "rate"),
        ({"file": 3}, "file"),
    ],
)
def test_what_no_server_takes_is_refused_before_sending(sdk: ModuleType, params: dict[str, Any], where: str) -> None:
    with pytest.raises(sdk.ParamsValidationError) as raised:
        _send(sdk, **params)
    assert where in str(raised.value)


ONE_OF = {
    "openapi": "3.0.3",
    "info": {"title": "OneOf", "version": "1"},
    "paths": {
        "/shapes": {
            "post": {
                "operationId": "createShape",
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "size": {"oneOf": [{"type": "integer"}, {"type": "number", "minimum": 0}]},
                                    "label": {"anyOf": [{"type": "integer"}, {"type": "number", "minimum": 0}]},
                                },
                            }
                        }
                    }
                },
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {}}}}},
            }
        }
    },
}


@pytest.mark.parametrize(
    ("params", "problems"),
    [
        ({"size": 2}, ["expected exactly one of an integer or a number, got 2 (integer), which is 2 of them"]),
        ({"size": 2.5}, []),  # a number, not an integer: one branch
        ({"size": -1.5}, ["must be at least 0, got -1.5"]),
        ({"label": 2}, []),  # anyOf: both branches may match
    ],
)
def test_one_of_takes_exactly_one_branch(
    tmp_path_factory: pytest.TempPathFactory, params: dict[str, Any], problems: list[str]
) -> None:
    folder = tmp_path_factory.getbasetemp() / "one-of"
    package = folder / "out" / "python"
    if not package.is_dir():
        folder.mkdir(exist_ok=True)
        (folder / "spec.yaml").write_text(yaml.safe_dump(ONE_OF))
        args = ["generate", "--spec", str(folder / "spec.yaml"), "--out", str(folder / "out"), "--target", "python"]
        assert main([*args, "-q", "--package", "one_of_api", "--client-class", "OneOfClient"]) == 0
    sys.path.insert(0, str(package))
    try:
        validators = importlib.import_module("one_of_api._validators.shapes")
    finally:
        sys.path.remove(str(package))
    check = validators.validate_shapes_create_params
    assert [issue.message for issue in check(params)] == problems
