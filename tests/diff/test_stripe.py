"""Stripe's 2023-06-21 spec against its 2023-09-12 spec: changes checked by hand in the YAML.

Each expectation below was confirmed by reading both files (paths, component
properties and enums compared directly), independent of the IR.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import Config
from generator.diff import Change, Diff, diff_specs

ADDED_OPERATIONS = {
    "GET /v1/payment_method_domains",
    "GET /v1/payment_method_domains/{payment_method_domain}",
    "GET /v1/tax/settings",
    "POST /v1/account_sessions",
    "POST /v1/payment_method_domains",
    "POST /v1/payment_method_domains/{payment_method_domain}",
    "POST /v1/payment_method_domains/{payment_method_domain}/validate",
    "POST /v1/tax/settings",
    "POST /v1/test_helpers/issuing/authorizations",
    "POST /v1/test_helpers/issuing/authorizations/{authorization}/capture",
    "POST /v1/test_helpers/issuing/authorizations/{authorization}/expire",
    "POST /v1/test_helpers/issuing/authorizations/{authorization}/increment",
    "POST /v1/test_helpers/issuing/authorizations/{authorization}/reverse",
    "POST /v1/test_helpers/issuing/transactions/create_force_capture",
    "POST /v1/test_helpers/issuing/transactions/create_unlinked_refund",
    "POST /v1/test_helpers/issuing/transactions/{transaction}/refund",
}
REMOVED_SCHEMAS = {
    "invoice_setting_phase_setting",
    "mandate_blik",
    "mandate_options_off_session_details_blik",
    "payment_intent_payment_method_options_mandate_options_blik",
    "setup_attempt_payment_method_details_blik",
    "setup_intent_payment_method_options_blik",
    "setup_intent_payment_method_options_mandate_options_blik",
}
# Component properties removed between the two versions (all response objects).
REMOVED_FIELDS = {
    ("mandate_payment_method_details", "blik"),
    ("payment_intent_payment_method_options_blik", "mandate_options"),
    ("payment_intent_payment_method_options_link", "persistent_token"),
    ("payment_method_link", "persistent_token"),
    ("setup_attempt_payment_method_details", "blik"),
    ("setup_intent_payment_method_options", "blik"),
    ("setup_intent_payment_method_options_link", "persistent_token"),
}


@pytest.fixture(scope="module")
def diff(stripe_spec: Path, stripe_spec_old: Path) -> Diff:
    return diff_specs(str(stripe_spec_old), str(stripe_spec), Config())


def _find(diff: Diff, rule: str, dotted: str | None = None, **where: str) -> list[Change]:
    return [
        c
        for c in diff.changes
        if c.rule.id == rule
        and (dotted is None or c.location.dotted == dotted)
        and all(getattr(c.location, key) == value for key, value in where.items())
    ]


def test_operations(diff: Diff) -> None:
    assert {c.location.endpoint for c in _find(diff, "operation-added")} == ADDED_OPERATIONS
    assert _find(diff, "operation-removed") == []
    assert _find(diff, "operation-method-renamed") == []


def test_component_schemas_and_fields(diff: Diff) -> None:
    assert {c.location.schema for c in _find(diff, "schema-removed")} == REMOVED_SCHEMAS
    assert all(c.breaking for c in _find(diff, "schema-removed"))
    assert len(_find(diff, "schema-added")) == 26
    removed = {(c.location.schema, c.location.dotted) for c in _find(diff, "response-field-removed")}
    assert removed == REMOVED_FIELDS
    (features,) = _find(diff, "response-field-added", "features", schema="product")
    assert not features.breaking


def test_blik_mandate_options_param_removed(diff: Diff) -> None:
    """payment_method_options[blik][mandate_options] is gone from PaymentIntent create, update and confirm."""
    found = _find(diff, "request-param-removed", dotted="payment_method_options.blik.mandate_options")
    assert {c.location.operation for c in found} == {
        "payment_intents.create",
        "payment_intents.update",
        "payment_intents.confirm",
    }
    assert all(c.breaking for c in found)


def test_webhook_event_removed_from_request_enum(diff: Diff) -> None:
    """`invoiceitem.updated` can no longer be subscribed to: breaking for clients that send it."""
    found = _find(diff, "request-enum-value-removed", dotted="enabled_events[]")
    assert {c.location.endpoint for c in found} == {
        "POST /v1/webhook_endpoints",
        "POST /v1/webhook_endpoints/{webhook_endpoint}",
    }
    assert {c.before for c in found} == {"invoiceitem.updated"}
    versions = _find(diff, "request-enum-value-added", endpoint="POST /v1/webhook_endpoints", dotted="api_version")
    assert "2023-08-16" in {c.after for c in versions}


def test_response_enum_changes_do_not_break(diff: Diff) -> None:
    (refunded,) = _find(diff, "response-enum-value-removed", schema="dispute", dotted="status")
    assert refunded.before == "charge_refunded" and not refunded.breaking
    bics = _find(diff, "response-enum-value-added", schema="payment_method_ideal", dotted="bic")
    assert "NTSBDEB1" in {c.after for c in bics} and not any(c.breaking for c in bics)


def test_expansion_target_added(diff: Diff) -> None:
    (source,) = _find(diff, "response-union-variant-added", schema="balance_transaction", dotted="source")
    assert source.after == "object customer_cash_balance_transaction" and not source.breaking
    assert source.location.resource == "balance_transactions"


def test_summary_is_consistent(diff: Diff) -> None:
    assert len(diff.breaking) + len(diff.other) == len(diff.changes)
    # Checked in the YAML: no required, nullable, type or operation changes in this window; only these break.
    assert {c.rule.id for c in diff.breaking} == {
        "request-param-removed",
        "request-enum-value-removed",
        "response-field-removed",
        "schema-removed",
    }
    assert len(diff.changes) == len({(c.sort_key()) for c in diff.changes}), "a change is reported twice"
