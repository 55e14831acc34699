"""The generated package's README and its own tests (`tests/`), written from the spec's operations:
the client as its credentials make it, a real first call with the spec's example values, a list,
the error models, webhooks, and which of these a user can run against `codegen mock`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ...surface import Method, Returns, Sdk
from ...surface.examples import example
from ...surface.resource_classes import resource_classes
from .names import PythonNames
from .options import PythonOptions
from .sample import sample_statement
from .webhooks import webhooks_view
from .words import py_name

#: Stripe's own placeholders (its test keys); another API's credential reads `"api_key..."`.
_STRIPE_PLACEHOLDERS = {"api_key": '"sk_test_..."'}


@dataclass(frozen=True, slots=True)
class ReadmeView:
    construct: str  # `StripeClient("sk_test_...")`
    first_call: str  # a call with the spec's example values, or ""
    first_service: str  # `client.customer_sessions`
    first_method: str  # `create`
    first_result: str  # the variable `first_call` assigns, or ""
    first_takes_params: bool  # the first call takes keyword params
    list_call: str  # `client.customers.list`, or ""
    list_item: str  # the list's item class, or ""
    error_models: tuple[str, ...]  # the error bodies' model classes
    stripe: bool
    webhooks: str  # "stripe", "standard" or ""
    resource_classes: str  # a model class whose resource methods list (`Customer`), or ""
    mock_credentials: str  # the constructor's arguments for the tests against the mock


def readme_view(sdk: Sdk, names: PythonNames, options: PythonOptions, mixins: Mapping[str, str]) -> ReadmeView:
    """`mixins`: the models with resource methods (none when resource classes are off)."""
    first = _first_call(sdk)
    listing = next((m for m in sdk.methods() if m.returns.pages and not m.path_params and not m.required_params), None)
    hooks = webhooks_view(sdk, names)
    kind = "" if hooks is None else "stripe" if hooks.event is not None else "standard"
    item = listing.page_item if listing is not None else None
    return ReadmeView(
        construct=f"{options.client_class}({_arguments(sdk, placeholder=True)})",
        first_call=sample_statement(names, first, example(sdk, first)) if first is not None else "",
        first_service=f"client.{names.call_path(first.resource_id)}" if first is not None else "",
        first_method=names.method(first.operation) if first is not None else "",
        first_result=(
            py_name(example(sdk, first).result, ("client", "os")) if first and example(sdk, first).result else ""
        ),
        first_takes_params=first is not None and bool(first.params),
        list_call=_call(names, listing) if listing is not None else "",
        list_item=names.models[item.ref].top if item is not None and item.ref in names.models else "",
        error_models=tuple(
            sorted({names.models[schema].top for _, schema in sdk.default_error_models if schema in names.models})
        ),
        stripe=sdk.stripe,
        webhooks=kind,
        resource_classes=_listing_class(sdk, names, mixins),
        mock_credentials=_arguments(sdk, placeholder=False),
    )


def _listing_class(sdk: Sdk, names: PythonNames, mixins: Mapping[str, str]) -> str:
    classes = resource_classes(sdk)
    for schema_id in mixins:
        if any(name == "list" for name, _ in classes[schema_id].methods):
            return names.models[schema_id].top
    return ""


def _first_call(sdk: Sdk) -> Method | None:
    """The call a README shows first: a create with params, else any call answering an object."""
    methods = [m for m in sdk.methods() if m.returns in (Returns.OBJECT, Returns.VALUE)]
    creates = [m for m in methods if m.name == "create" and m.required_params]
    found = creates or [m for m in methods if m.name == "create"] or methods
    return found[0] if found else None


def _call(names: PythonNames, method: Method) -> str:
    return f"client.{names.call_path(method.resource_id)}.{names.method(method.operation)}"


def _arguments(sdk: Sdk, *, placeholder: bool) -> str:
    """The constructor's required credentials: placeholders for the README, any value for the mock."""
    values = [
        (
            (_STRIPE_PLACEHOLDERS if sdk.stripe else {}).get(c.name, f'"{c.name}..."')
            if placeholder
            else f'"test_{c.name}"'
        )
        for c in sdk.credentials
        if c.required
    ]
    return ", ".join(values)
