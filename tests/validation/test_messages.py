"""Exact issue texts of the generated validators, and the runtime's paths, errors and redaction."""

from __future__ import annotations

from typing import Any

import pytest

from generator.ir.model import Api
from generator.targets.python.validation import ValidatorSet

from .conftest import operation

ENABLED = {"pricing_table": {"enabled": True}}

# (params, [(dotted path, rule, message)])
CUSTOMER_SESSION_CASES: list[tuple[dict[str, Any], list[tuple[str, str, str]]]] = [
    ({"customer": "cus_123"}, [("components", "required", "is required")]),
    (
        {
            "customer": "cus_1",
            "components": {"payment_element": {"enabled": True, "features": {"payment_method_save": "maybe"}}},
        },
        [
            (
                "components.payment_element.features.payment_method_save",
                "enum",
                "expected one of 'disabled', 'enabled', got 'maybe' (string)",
            )
        ],
    ),
    (
        {
            "customer": "cus_1",
            "components": {"payment_element": {"enabled": True, "features": {"payment_method_redisplay_limit": 11}}},
        },
        [
            (
                "components.payment_element.features.payment_method_redisplay_limit",
                "maximum",
                "must be at most 10, got 11",
            )
        ],
    ),
    (
        {"customer": "cus_1", "components": {"pricing_table": {"enabled": "yes"}}},
        [("components.pricing_table.enabled", "type", "expected a boolean, got 'yes' (string)")],
    ),
    (
        {"customer": "cus_1", "components": ENABLED, "componets": {}},
        [("componets", "unknown", "unknown key (did you mean 'components'?)")],
    ),
    (
        {"customer": "cus_1", "components": ENABLED, "zzz": 1},
        [("zzz", "unknown", "unknown key; allowed: 'components', 'customer', 'customer_account', 'expand'")],
    ),
    (
        {
            "components": {"payment_element": {"enabled": 1, "features": {"payment_method_redisplay_limit": 0}}},
            "customer": 5,
            "expand": "customer",
        },
        [
            ("components.payment_element.enabled", "type", "expected a boolean, got 1 (integer)"),
            (
                "components.payment_element.features.payment_method_redisplay_limit",
                "minimum",
                "must be at least 1, got 0",
            ),
            ("customer", "type", "expected a string, got 5 (integer)"),
            ("expand", "type", "expected an array, got 'customer' (string)"),
        ],
    ),
    # None means absent (the client never sends it); a valid call has no issues
    ({"customer": "cus_1", "components": ENABLED, "expand": None, "bogus": None}, []),
    ({"components": {"payment_element": {"enabled": False}}, "expand": ["customer"]}, []),
]


@pytest.mark.parametrize(("params", "expected"), CUSTOMER_SESSION_CASES)
def test_customer_session_create_params(
    default_api: Api, default_validators: ValidatorSet, params: dict[str, Any], expected: list[tuple[str, str, str]]
) -> None:
    validate = default_validators.params(operation(default_api, "customer_sessions", "create"))
    issues = validate(params)
    assert [(i.dotted_path, i.rule, i.message) for i in issues] == expected


def test_issue_fields_and_paths(default_api: Api, default_validators: ValidatorSet) -> None:
    validate = default_validators.params(operation(default_api, "customer_sessions", "create"))
    params = {"components": {"payment_element": {"enabled": True, "features": {"payment_method_save": "maybe"}}}}
    (issue,) = validate(params)
    assert issue.path == ("components", "payment_element", "features", "payment_method_save")
    assert issue.expected == ("disabled", "enabled")
    assert issue.value == "maybe"
    assert issue.bracket_path == "components[payment_element][features][payment_method_save]"
    (limit,) = validate(
        {"components": {"payment_element": {"enabled": True, "features": {"payment_method_redisplay_limit": 11}}}}
    )
    assert (limit.rule, limit.expected, limit.value) == ("maximum", 10, 11)


def test_params_error_prints_every_issue(default_api: Api, default_validators: ValidatorSet) -> None:
    module = __import__(f"{default_validators.package}._runtime.validation", fromlist=["ParamsValidationError"])
    validate = default_validators.params(operation(default_api, "customer_sessions", "create"))
    issues = validate({"customer": 5, "components": {"pricing_table": {"enabled": "yes"}}})
    error = module.ParamsValidationError(issues, "customer_sessions.create")
    assert isinstance(error, ValueError)
    assert error.issues == tuple(issues)
    assert str(error) == (
        "invalid params for customer_sessions.create (2 issues):\n"
        "  components.pricing_table.enabled: expected a boolean, got 'yes' (string)\n"
        "  customer: expected a string, got 5 (integer)"
    )
    response_error = module.ResponseValidationError(issues[:1])
    assert str(response_error).splitlines()[0] == "response does not match the spec (1 issue):"


def test_list_indexes_in_paths(default_api: Api, default_validators: ValidatorSet) -> None:
    validate = default_validators.params(operation(default_api, "customer_sessions", "create"))
    (issue,) = validate({"components": ENABLED, "expand": ["customer", 7]})
    assert issue.path == ("expand", 1)
    assert issue.dotted_path == "expand.1"
    assert issue.bracket_path == "expand[1]"


def test_values_are_shortened_and_secrets_hidden(default_validators: ValidatorSet) -> None:
    runtime = __import__(f"{default_validators.package}._runtime.validation", fromlist=["type_issue"])
    long = runtime.type_issue(("description",), "integer", "x" * 5000)
    assert len(long.message) < 120 and "(5000 characters)" in long.message
    secret = "cs_test_a1b2c3d4e5f6_secret_SHOULDNOTLEAK"
    for name in ("client_secret", "api_key", "password", "secret", "token"):
        issue = runtime.bound_issue((name,), "max_length", 10, secret)
        assert "SHOULDNOTLEAK" not in issue.message and "SHOULDNOTLEAK" not in repr(issue)
        assert "SHOULDNOTLEAK" not in str(runtime.ParamsValidationError([issue]))
    nested = runtime.type_issue(("session",), "string", {"id": "x", "client_secret": secret})
    assert "SHOULDNOTLEAK" not in nested.message and "<hidden>" in nested.message


def test_response_validation_nullable_and_open_enums(default_validators: ValidatorSet) -> None:
    validate = default_validators.schema("customer_session")
    session: dict[str, Any] = {
        "client_secret": "secret",
        "created": 1,
        "customer": "cus_1",
        "expires_at": 2,
        "livemode": False,
        "object": "customer_session",
        "customer_account": None,
    }
    assert validate(session) == []
    assert validate({**session, "object": "a_future_value"}) == []  # response enums are open
    assert [i.rule for i in validate({**session, "object": 5})] == ["type"]
    assert [(i.dotted_path, i.rule) for i in validate({**session, "created": None})] == [("created", "type")]
    assert [(i.dotted_path, i.rule) for i in validate({**session, "created": True})] == [("created", "type")]
    missing = {k: v for k, v in session.items() if k != "livemode"}
    assert [(i.dotted_path, i.rule) for i in validate(missing)] == [("livemode", "required")]
