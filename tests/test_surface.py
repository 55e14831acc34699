"""The SDK surface (`generator/surface.py`): what every client target and the docs share."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.config import Config
from generator.ir.model import Field, TypeKind, TypeRef
from generator.pipeline import load_api
from generator.surface import Returns, Sdk, build, url_order
from generator.targets.python.names import PythonNames

from .conftest import DEFAULT_SPEC

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def _sdk(spec: Path) -> Sdk:
    return build(load_api(spec, Config(), None).api)


def test_url_order() -> None:
    string = TypeRef(TypeKind.STRING)
    spec_order = (Field("id", string, True, location="path"), Field("transfer", string, True, location="path"))
    ordered = url_order("/v1/transfers/{transfer}/reversals/{id}", spec_order)
    assert [p.name for p in ordered] == ["transfer", "id"]
    assert url_order("/v1/x/{a}", ()) == ()


def test_default_spec_surface() -> None:
    sdk = _sdk(DEFAULT_SPEC)
    assert "customer_sessions" in sdk.roots
    create = sdk.method(next(m.id for m in sdk.methods() if m.path == "/v1/customer_sessions"))
    assert (create.http_method, create.returns, create.idempotent) == ("POST", Returns.OBJECT, False)
    assert "customer" in create.expandable
    assert {p.name for p in create.required_params} == {"components"}
    listing = next(m for m in sdk.methods() if m.path == "/v1/customers" and m.http_method == "GET")
    assert listing.returns is Returns.LIST_PAGE and listing.page_item is not None
    for node in sdk.resources.values():  # every resource is a root or the child of its parent
        parents = [other.id for other in sdk.resources.values() if node.id in other.children]
        assert (node.id in sdk.roots) != bool(parents), node.id


def test_stripe_surface(stripe_spec: Path) -> None:
    sdk = _sdk(stripe_spec)
    methods = list(sdk.methods())
    assert len(methods) == 468
    for method in methods:  # path params in URL order, whatever order the spec lists them in
        assert [p.name for p in method.path_params] == _PLACEHOLDER.findall(method.path), method.id
    reorderd = [m for m in methods if [p.name for p in m.path_params] != [p.name for p in m.operation.path_params]]
    assert {m.path for m in reorderd} >= {"/v1/transfers/{transfer}/reversals/{id}"}
    kinds = {method.returns for method in methods}
    assert {Returns.OBJECT, Returns.LIST_PAGE, Returns.SEARCH_PAGE} <= kinds
    pdf = next(m for m in methods if m.path == "/v1/quotes/{quote}/pdf")
    assert pdf.returns is Returns.BYTES
    assert all(m.auth for m in methods), "every Stripe operation declares basic or bearer auth"
    names = PythonNames(sdk.api)
    for method in methods:  # the Python client's positional arguments follow the URL too
        args = names.path_args(method.operation)
        assert len(args) == len(method.path_params), method.id


@pytest.mark.parametrize("path", ["/v1/a/{x}/b/{y}", "/v1/{y}/{x}"])
def test_url_order_is_a_permutation(path: str) -> None:
    string = TypeRef(TypeKind.STRING)
    params = (Field("x", string, True, location="path"), Field("y", string, True, location="path"))
    assert sorted(p.name for p in url_order(path, params)) == ["x", "y"]
    assert [p.name for p in url_order(path, params)] == _PLACEHOLDER.findall(path)
