"""End to end over real HTTP: the generated clients against `codegen mock` in a child process.

Every operation of the default spec is called with the sync and the async
client; then a client generated from Stripe's whole spec calls a fixed sample
of 50 of its operations. Parsed results are checked against the IR: the model
class the operation returns, pages of the right item class, bytes for files.
"""

from __future__ import annotations

import asyncio
import importlib
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.errors import Issue
from generator.ir.convert import convert
from generator.ir.model import Api, Operation, Pagination, Resource, TypeKind
from generator.load.loader import load
from generator.targets.python.names import PythonNames

from ..conftest import DEFAULT_SPEC
from ..mock.conftest import MockProcess
from ..mock.request_params import minimal_params

API_KEY = "sk_test_e2e"


@pytest.fixture(scope="module")
def default_api() -> Api:
    api, issues = convert(load(DEFAULT_SPEC))
    assert not issues
    return api


@pytest.fixture(scope="module")
def mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockProcess]:
    process = MockProcess(DEFAULT_SPEC, tmp_path_factory.mktemp("mock-cache"))
    yield process
    assert process.stop() == 0, "".join(process.stderr)


def _operations(api: Api) -> list[tuple[Resource, Operation]]:
    return [(resource, op) for resource in api.resources for op in resource.operations]


def _bound_method(client: Any, names: PythonNames, resource: Resource, op: Operation) -> Any:
    target = client
    for attr in names.call_path(resource.id).split("."):
        target = getattr(target, attr)
    return getattr(target, names.method(op))


def _arguments(api: Api, op: Operation) -> tuple[list[str], dict[str, Any]]:
    return [f"{p.name}_123" for p in op.path_params], minimal_params(api, op)


def _check_result(sdk: ModuleType, names: PythonNames, api: Api, op: Operation, result: Any) -> None:
    def model_class(schema_id: str) -> Any:
        cls = names.model(schema_id)
        module = importlib.import_module(f"{sdk.__name__}.models.{cls.module}")
        value: Any = module
        for part in cls.qualname.split("."):
            value = getattr(value, part)
        return value

    if op.pagination is not None and op.page_item is not None:
        page_cls = sdk.SearchPage if op.pagination is Pagination.SEARCH else sdk.Page
        async_cls = sdk.AsyncSearchPage if op.pagination is Pagination.SEARCH else sdk.AsyncPage
        assert isinstance(result, (page_cls, async_cls)), (op.id, result)
        assert isinstance(result.has_more, bool)
        if op.page_item.kind is TypeKind.OBJECT:
            assert all(isinstance(item, model_class(str(op.page_item.ref))) for item in result.data), op.id
        return
    response = op.response
    if response is None:
        assert isinstance(result, bytes) if op.response_media_type else result is None, op.id
    elif response.kind is TypeKind.OBJECT:
        expected = model_class(str(response.ref))
        assert isinstance(result, expected), (op.id, type(result))
        assert result.to_dict()  # the JSON received, kept whole
    elif response.kind in (TypeKind.UNION, TypeKind.EXPANDABLE):
        classes = tuple(model_class(str(v.ref)) for v in response.variants if v.kind is TypeKind.OBJECT)
        assert isinstance(result, classes), (op.id, type(result))


def test_every_default_operation_sync(sdk: ModuleType, default_api: Api, mock: MockProcess) -> None:
    names = PythonNames(default_api)
    with sdk.StripeClient(API_KEY, base_url=mock.url, strict=True) as client:
        for resource, op in _operations(default_api):
            args, kwargs = _arguments(default_api, op)
            result = _bound_method(client, names, resource, op)(*args, **kwargs)
            _check_result(sdk, names, default_api, op, result)


def test_every_default_operation_async(sdk: ModuleType, default_api: Api, mock: MockProcess) -> None:
    names = PythonNames(default_api)

    async def run() -> None:
        async with sdk.AsyncStripeClient(API_KEY, base_url=mock.url, strict=True) as client:
            for resource, op in _operations(default_api):
                args, kwargs = _arguments(default_api, op)
                result = await _bound_method(client, names, resource, op)(*args, **kwargs)
                _check_result(sdk, names, default_api, op, result)

    asyncio.run(run())


def test_results_carry_what_was_sent(sdk: ModuleType, mock: MockProcess) -> None:
    with sdk.StripeClient(API_KEY, base_url=mock.url) as client:
        session = client.customer_sessions.create(
            customer="cus_e2e", components={"pricing_table": {"enabled": True}}, expand=["customer"]
        )
        assert isinstance(session.customer, sdk.Customer) and session.customer.id == "cus_e2e"
        assert session.components.pricing_table.enabled is True
        customer = client.customers.retrieve("cus_abc")
        assert customer.id == "cus_abc" and customer.object == "customer"
        updated = client.customers.update("cus_abc", email="a@example.com", metadata={"k": "v"})
        assert updated.email == "a@example.com" and updated.metadata == {"k": "v"}
        deleted = client.customers.delete("cus_abc")
        assert isinstance(deleted, sdk.DeletedCustomer) and deleted.deleted is True
        items = list(client.customers.list(limit=3).auto_paging_iter())
        assert all(isinstance(item, sdk.Customer) for item in items)


def test_mock_rejections_surface_as_typed_errors(sdk: ModuleType, mock: MockProcess) -> None:
    with sdk.StripeClient(API_KEY, base_url=mock.url, validate=False) as client:
        with pytest.raises(sdk.InvalidRequestError) as caught:
            client.customer_sessions.create(customer="cus_1", components={"payment_element": {"enabled": "yes"}})
        assert caught.value.http_status == 400
        assert caught.value.param == "components[payment_element][enabled]"
    with (
        sdk.StripeClient(API_KEY, base_url=mock.url) as client,
        pytest.raises(sdk.InvalidRequestError) as missing,
    ):
        client.customers._requestor.request("get", "/v1/nothing_here")
    assert missing.value.http_status == 404


@pytest.mark.slow
def test_stripe_client_sample_against_mock(
    stripe_spec: Path,
    stripe_model: tuple[Api, list[Issue]],
    stripe_package_root: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """A client generated from Stripe's whole spec, 50 operations picked with a fixed seed."""
    api, issues = stripe_model  # convert(load(stripe_spec)), shared (tests/conftest.py)
    assert not issues
    root = stripe_package_root
    sys.path.insert(0, str(root))
    try:
        sdk = importlib.import_module("stripe_full")
        names = PythonNames(api)
        sample = random.Random(50).sample(_operations(api), 50)
        mock = MockProcess(stripe_spec, tmp_path_factory.mktemp("stripe-mock-cache"))
        try:
            with sdk.StripeClient(API_KEY, base_url=mock.url, max_retries=0, strict=True) as client:
                for resource, op in sample:
                    args, kwargs = _arguments(api, op)
                    result = _bound_method(client, names, resource, op)(*args, **kwargs)
                    _check_result(sdk, names, api, op, result)
        finally:
            assert mock.stop() == 0, "".join(mock.stderr)
    finally:
        sys.path.remove(str(root))
