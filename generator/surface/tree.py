"""The service tree: every resource and every prefix of its names, with the services below each."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from urllib.parse import urlsplit

from ..ir.model import Api
from .model import Method, ServiceNode


def service_ids(api: Api) -> list[str]:
    """Every service's id, sorted: each resource's, and every prefix of its names."""
    return sorted({".".join(r.names[:size]) for r in api.resources for size in range(1, len(r.names) + 1)})


def children_of(ids: list[str]) -> dict[str, list[str]]:
    """Service id -> the ids directly below it, in the order of `ids` (sorted ids: sorted children)."""
    children: dict[str, list[str]] = {service_id: [] for service_id in ids}
    for service_id in ids:
        parent, _, _ = service_id.rpartition(".")
        if parent:
            children[parent].append(service_id)
    return children


def tree(api: Api, methods: Mapping[str, tuple[Method, ...]]) -> tuple[Mapping[str, ServiceNode], tuple[str, ...]]:
    """(every service by id, sorted; the root ids, sorted). `methods` are each resource's, by its id."""
    ids = service_ids(api)
    children = children_of(ids)
    resources = {resource.id: resource for resource in api.resources}
    nodes = {}
    for service_id in ids:
        resource = resources.get(service_id)
        nodes[service_id] = ServiceNode(
            id=service_id,
            names=tuple(service_id.split(".")),
            methods=methods.get(service_id, ()),
            children=tuple(children[service_id]),
            description=resource.description if resource is not None else "",
            schema=resource.schema if resource is not None else None,
            resource=resource,
        )
    roots = tuple(service_id for service_id in ids if "." not in service_id)
    return MappingProxyType(nodes), roots


def speaks_stripe(api: Api) -> bool:
    """The API is Stripe's own (served from stripe.com): only then do clients offer Stripe's
    conventions (`Stripe-Version`, `Stripe-Account`, Stripe's error classes)."""
    hosts = set()
    for server in api.servers:
        try:
            hosts.add(urlsplit(server.url).hostname or "")
        except ValueError:  # not a URL at all (a hostile or broken spec)
            continue
    return any(host == "stripe.com" or host.endswith(".stripe.com") for host in hosts)
