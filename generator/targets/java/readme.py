"""The generated README's examples, from the spec's own operations: auto-paging through its first
list, the resource-class style, webhooks and a raw request."""

from __future__ import annotations

from dataclasses import dataclass

from ...surface import Method, Returns, TypeKind, TypeRef
from ...surface.examples import example
from ...surface.resource_methods import resource_methods
from .. import Job
from .client import stripe_event
from .names import JavaNames
from .options import JavaOptions
from .sample import Builders
from .types import JavaTypes
from .words import identifier, java_str


@dataclass(frozen=True, slots=True)
class ReadmeView:
    pages: str  # `for (Customer customer : client.customers().list().autoPagingIterable()) {`, or ""
    resource: str  # the resource style's first call, or ""
    global_class: str
    event: str  # Stripe's `Event` class, else "" (Standard Webhooks)
    raw: str  # `client.rawRequest("GET", "/v1/customers/cus_123", null, null)`
    client: str
    stripe: bool  # Stripe's API: its error classes, `Stripe-Version` and `Stripe-Should-Retry`


def readme_view(job: Job, names: JavaNames) -> ReadmeView:
    options = job.options_of("java", JavaOptions)
    types = JavaTypes(job.api, names, options.package)
    builders = Builders(job.api, names, options.package)
    pages = ""
    for method in job.sdk.methods():
        if method.returns.pages and not method.required_params:
            item = types.model(method.page_item or TypeRef(TypeKind.ANY)).java
            target = f"client.{names.call_path(method.resource_id)}.{names.method(method.operation)}"
            call = f"{target}({_args(job, builders, method)})"
            simple = item.split("<")[0].split(".")[-1]
            variable = identifier(simple[:1].lower() + simple[1:])
            pages = f"for ({item} {variable} : {call}.autoPagingIterable()) {{"
            break
    resource = ""
    if options.resource_methods:
        for schema_id, methods in resource_methods(job.sdk).items():
            java = names.models.get(schema_id)
            found = next((m for m in methods if not m.instance and not m.method.required_params), None)
            if java is not None and found is not None and not found.method.returns.pages:
                name = names.method(found.method.operation)
                result = identifier(schema_id)
                resource = f"{java.qualname} {result} = {java.qualname}.{name}({_args(job, builders, found.method)});"
                break
    raw = ""
    for method in job.sdk.methods():
        if method.http_method == "GET" and method.returns is not Returns.NOTHING:
            raw = f'client.rawRequest("GET", {java_str(_filled(job, method))}, null, null)'
            break
    event = stripe_event(job.sdk, names)
    return ReadmeView(pages, resource, options.global_class, event, raw, options.client_class, job.sdk.stripe)


def _args(job: Job, builders: Builders, method: Method) -> str:
    return ", ".join(builders.literal(value) for _, value in example(job.sdk, method).path_values)


def _filled(job: Job, method: Method) -> str:
    """`method`'s path with the example's values in place of its params."""
    values = {f.name: value for f, value in example(job.sdk, method).path_values}
    return "".join(
        str(values.get(segment.param.name, segment.text)) if segment.param is not None else segment.text
        for segment in method.segments
    )
