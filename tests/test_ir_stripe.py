"""The full Stripe spec goes through the loader and converter whole."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from generator.cache.incremental import Memo
from generator.errors import Issue
from generator.ir.convert import convert
from generator.ir.model import Api, Pagination, TypeKind
from generator.load.loader import load
from generator.targets.ir import FORMAT_VERSION, render, to_jsonable

from .conftest import run_codegen


@pytest.fixture(scope="module")
def stripe_api(stripe_model: tuple[Api, list[Issue]]) -> Api:
    api, issues = stripe_model  # convert(load(stripe_spec)), shared (tests/conftest.py)
    assert issues == []
    return api


def test_counts(stripe_api: Api) -> None:
    assert sum(len(r.operations) for r in stripe_api.resources) == 468
    assert len(stripe_api.component_schemas()) == 819
    ids = [op.id for op in stripe_api.operations]
    assert len(ids) == len(set(ids))


def test_rest_names(stripe_api: Api) -> None:
    methods = {r.id: [op.name for op in r.operations] for r in stripe_api.resources}
    assert methods["customers"] == ["list", "create", "search", "retrieve", "update", "delete", "funding_instructions"]
    assert methods["customers.payment_methods"] == ["list", "retrieve"]
    assert {"attach", "detach"} <= set(methods["payment_methods"])
    assert {"confirm", "cancel", "capture"} <= set(methods["payment_intents"])
    assert methods["invoices.upcoming.lines"] == ["list"]
    resources = {r.id: r for r in stripe_api.resources}
    assert resources["customers"].schema == "customer"
    assert resources["checkout.sessions"].schema == "checkout.session"


def test_customer_shape(stripe_api: Api) -> None:
    customer = stripe_api.schema("customer")
    assert customer.object_name == "customer"
    assert customer.resource_id == "customer"
    default_source = customer.field("default_source")
    assert default_source is not None
    assert default_source.type.kind is TypeKind.EXPANDABLE and default_source.type.nullable
    assert [v.ref for v in default_source.type.variants] == ["bank_account", "card", "source"]
    created = customer.field("created")
    assert created is not None and created.type.format == "unix-time" and created.required
    metadata = customer.field("metadata")
    assert metadata is not None and metadata.type.kind is TypeKind.MAP
    assert metadata.type.items is not None and metadata.type.items.constraints.max_length == 500
    assert stripe_api.schema("deleted_customer").deleted


def test_operations(stripe_api: Api) -> None:
    ops = {op.id: op for op in stripe_api.operations}
    listing = ops["GetCustomers"]
    assert listing.pagination is Pagination.LIST
    assert listing.page_item is not None and listing.page_item.ref == "customer"
    assert ops["GetCustomersSearch"].pagination is Pagination.SEARCH
    create = ops["PostCustomers"]
    assert not create.idempotent and create.body_encoding is not None
    assert {p.name for p in create.body_params} >= {"email", "metadata", "address", "expand"}
    address = next(p for p in create.body_params if p.name == "address")
    assert address.style == "deepObject" and address.explode is True
    # Stripe's "empty string unsets the field" pattern is a union with an enum of [""]
    assert address.type.kind is TypeKind.UNION
    assert {v.kind for v in address.type.variants} == {TypeKind.OBJECT, TypeKind.ENUM}
    assert ops["GetQuotesQuotePdf"].response_media_type == "application/pdf"
    assert [e.status for e in create.errors] == ["default"]


def test_polymorphic_unions_get_a_discriminator(stripe_api: Api) -> None:
    sources = stripe_api.schema("customer").field("sources")
    assert sources is not None
    data = stripe_api.schema(str(sources.type.ref)).field("data")
    assert data is not None and data.type.items is not None
    union = data.type.items
    assert union.kind is TypeKind.UNION and union.discriminator is not None
    assert union.discriminator.property == "object"
    assert dict(union.discriminator.mapping)["card"] == "card"


def test_ir_json_is_deterministic(stripe_api: Api, stripe_spec: Path) -> None:
    first = render(stripe_api)["ir.json"]
    again, _ = convert(load(stripe_spec))
    assert render(again)["ir.json"] == first
    document = json.loads(first)
    assert document["format"] == "codegen-ir" and document["format_version"] == 1
    assert sum(len(r["operations"]) for r in document["resources"]) == 468


def test_ir_json_written_piece_by_piece_is_one_json_dumps(stripe_api: Api) -> None:
    """`render` joins per-schema texts (reused across runs); the result is exactly one dump of the whole."""
    document = {
        "format": "codegen-ir",
        "format_version": FORMAT_VERSION,
        "api": to_jsonable(dataclasses.replace(stripe_api, resources=(), schemas={}, enums={})),
        "resources": to_jsonable(stripe_api.resources),
        "schemas": to_jsonable(stripe_api.schemas),
        "enums": to_jsonable(stripe_api.enums),
    }
    whole = json.dumps(document, indent=1, ensure_ascii=False, allow_nan=False) + "\n"
    memo = Memo()
    assert render(stripe_api, memo)["ir.json"] == whole
    edited = dict(stripe_api.schemas)
    edited["customer"] = dataclasses.replace(edited["customer"], description='Edited.\n"quoted" \u2028')
    document["schemas"] = to_jsonable(edited)
    again = Memo(previous=memo.entries)
    text = render(dataclasses.replace(stripe_api, schemas=edited), again)["ir.json"]
    assert (again.rendered, again.reused) == (1, memo.rendered - 1)
    assert text == json.dumps(document, indent=1, ensure_ascii=False, allow_nan=False) + "\n"


def test_cli_validate_and_generate_ir(stripe_spec: Path, tmp_path: Path) -> None:
    validated = run_codegen("validate", str(stripe_spec), cwd=tmp_path)
    assert validated.returncode == 0, validated.stderr
    assert "468 operations in 137 resources, 819 component schemas" in validated.stdout
    generated = run_codegen("generate", "--spec", str(stripe_spec), "--out", "out", "--target", "ir", cwd=tmp_path)
    assert generated.returncode == 0, generated.stderr
    document = json.loads((tmp_path / "out" / "ir" / "ir.json").read_text())
    schemas = document["schemas"].values()
    assert sum(1 for s in schemas if s.get("origin", "component") == "component") == 819
