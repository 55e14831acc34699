"""The gem's README and the minitest suite it ships (`test/<gem>_test.rb`), written from the
spec's own operations: the calls they show are the surface's example calls (`surface.examples`),
spelled by the gem's naming, so every snippet calls a method the gem has."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...surface import Method, Returns, Sdk
from ...surface.examples import example
from .names import RubyNames
from .options import RubyOptions
from .resource_methods import resource_methods
from .sample import call_path, ruby_literal


@dataclass(frozen=True, slots=True)
class CallView:
    """One call of an operation with its example values: `client.customers.retrieve("cus_123")`."""

    test: str  # the test method's name
    call: str  # the call, without the receiver's `client.` and with its arguments
    check: str  # the assertion on `result`, "" for none
    doc: str  # `POST /v1/customers`


@dataclass(frozen=True, slots=True)
class ReadmeView:
    create: str  # a call creating something, or the first call
    retrieve: str  # a call taking an id, or ""
    list: str  # a list's call, or ""
    resource: str  # the same call in the resource classes' style, or ""
    calls: tuple[CallView, ...]  # every operation, for the shipped suite


def readme_view(names: RubyNames, options: RubyOptions) -> ReadmeView:
    sdk = names.sdk
    calls = tuple(_call(names, options, method) for method in sdk.methods())
    by_id = {m.id: c for m, c in zip(sdk.methods(), calls, strict=True)}
    create = _first(sdk, lambda m: m.http_method == "POST" and not m.path_params and m.returns is Returns.OBJECT)
    retrieve = _first(sdk, lambda m: m.http_method == "GET" and len(m.path_params) == 1 and m.returns is Returns.OBJECT)
    listing = _first(sdk, lambda m: m.returns.pages and not m.path_params)
    first = create or next(iter(sdk.methods()), None)
    return ReadmeView(
        create=f"client.{by_id[first.id].call}" if first else "",
        retrieve=f"client.{by_id[retrieve.id].call}" if retrieve else "",
        list=f"client.{by_id[listing.id].call}" if listing else "",
        resource=_resource_call(names, options, retrieve) if retrieve and options.resource_methods else "",
        calls=calls,
    )


def _first(sdk: Sdk, wanted: Callable[[Method], bool]) -> Method | None:
    return next((m for m in sdk.methods() if wanted(m)), None)


def _arguments(names: RubyNames, method: Method) -> str:
    found = example(names.sdk, method)
    args = [ruby_literal(value, 0) for _, value in found.path_values]
    params = {field.name: value for field, value in found.params}
    if params:
        args.append(ruby_literal(params, 0))
    return f"({', '.join(args)})" if args else ""


def _call(names: RubyNames, options: RubyOptions, method: Method) -> CallView:
    target = call_path(names, method).removeprefix("client.")
    test = "test_" + target.replace(".", "_")
    return CallView(test, target + _arguments(names, method), _check(names, options, method), _doc(method))


def _check(names: RubyNames, options: RubyOptions, method: Method) -> str:
    if method.returns in (Returns.LIST_PAGE, Returns.SEARCH_PAGE):
        return "assert_kind_of ListObject, result"
    if method.returns is Returns.AUTO_PAGE:
        return "assert_kind_of AutoPage, result"
    if method.returns is Returns.NOTHING:
        return "assert_nil result"
    if method.returns is Returns.STREAM:
        return "assert_kind_of Enumerator, result"
    response = method.response
    if method.returns is Returns.OBJECT and response is not None and str(response.ref) in names.models:
        found = names.model(str(response.ref))
        return f"assert_kind_of {found.path}, result" if len(found.qualname) == 1 else "refute_nil result"
    return ""


def _doc(method: Method) -> str:
    return f"{method.http_method} {method.path}"


def _resource_call(names: RubyNames, options: RubyOptions, method: Method) -> str:
    """The call in the resource classes' style, "" where the class has no such method."""
    node = names.sdk.node(method.resource_id)
    schema = node.schema or ""
    name = names.method_name(method)
    sent = f".{names.call_path(method.resource_id)}.{name}("
    if not any(
        m.signature.startswith(f"def self.{name}(") and sent in m.call for m in resource_methods(names).get(schema, ())
    ):
        return ""
    return f"{options.module}::{names.model(schema).path}.{name}{_arguments(names, method)}"


__all__ = ["CallView", "ReadmeView", "readme_view"]
