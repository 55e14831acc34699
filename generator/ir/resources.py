"""Grouping operations into resources and naming their methods, REST-style.

Stripe-like APIs are regular enough that paths and verbs say what an operation
is, with no vendor extension needed:

=========================================  =================================
`GET /v1/customers` (returns a list)       customers.list
`POST /v1/customers`                       customers.create
`GET /v1/customers/{customer}`             customers.retrieve
`POST /v1/customers/{customer}`            customers.update
`DELETE /v1/customers/{customer}`          customers.delete
`GET /v1/customers/search`                 customers.search
`POST /v1/payment_intents/{intent}/confirm`  payment_intents.confirm
`GET /v1/customers/{customer}/payment_methods`  customers.payment_methods.list
`DELETE /v1/customers/{customer}/discount`  customers.delete_discount
`GET`/`POST /v1/customers/{c}/cash_balance`  customers.cash_balance.retrieve/update
=========================================  =================================

A path that ends in literal segments is an *action* on the nearest resource
above it when it has a single operation, nothing below it, and is not a list;
otherwise it is a resource (a collection, or a singleton when it has a GET that
returns one object). Names can be overridden per operationId.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .naming import snake_case

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
#: A leading segment that is the API's version, not a resource: `v1`, `v2beta`, `2010-04-01`, `1.0`.
_VERSION = re.compile(r"^(v\d+[a-z0-9]*|\d{4}-\d{2}-\d{2}|\d+(\.\d+)+)$", re.IGNORECASE)
#: A format suffix that names the representation, not the resource (`/Accounts/{Sid}.json`).
FORMAT_SUFFIX = re.compile(r"\.(json|xml|csv|txt|yaml|html)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Endpoint:
    """What naming needs to know about one operation."""

    path: str
    http_method: str
    returns_list: bool  # a paginated list (or a JSON array) comes back


@dataclass(frozen=True, slots=True)
class Placement:
    resource: tuple[str, ...]
    method: str


def _segments(path: str) -> list[str]:
    """The path's segments that name things: no version prefix, no format suffix."""
    segments = [FORMAT_SUFFIX.sub("", segment) or segment for segment in path.split("/") if segment]
    if len(segments) > 1 and _VERSION.match(segments[0]):
        segments = segments[1:]
    return segments


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def _shape(segments: Iterable[str]) -> tuple[str, ...]:
    """Path shape with parameter names erased: customers/{}/sources."""
    return tuple("{}" if _is_param(segment) else segment for segment in segments)


def _resource_names(segments: Iterable[str]) -> tuple[str, ...]:
    names = tuple(snake_case(segment) for segment in segments if not _is_param(segment))
    return names or ("api",)


def place(endpoints: Iterable[Endpoint]) -> dict[tuple[str, str], Placement]:
    """Resource and method name for every (path, http method)."""
    endpoints = list(endpoints)
    methods_at: dict[tuple[str, ...], set[str]] = {}
    lists_at: set[tuple[tuple[str, ...], str]] = set()
    for endpoint in endpoints:
        shape = _shape(_segments(endpoint.path))
        methods_at.setdefault(shape, set()).add(endpoint.http_method)
        if endpoint.returns_list:
            lists_at.add((shape, endpoint.http_method))
    shapes = set(methods_at)

    def extended(shape: tuple[str, ...]) -> bool:
        return any(len(other) > len(shape) and other[: len(shape)] == shape for other in shapes)

    def has_members(shape: tuple[str, ...]) -> bool:
        size = len(shape)
        return any(len(o) > size and o[:size] == shape and o[size] == "{}" for o in shapes)

    def is_resource(shape: tuple[str, ...]) -> bool:
        return bool(shape) and (shape[-1] == "{}" or shape in methods_at or has_members(shape))

    result: dict[tuple[str, str], Placement] = {}
    for endpoint in endpoints:
        segments = _segments(endpoint.path)
        shape = _shape(segments)
        verb = endpoint.http_method
        key = (endpoint.path, verb)
        if not segments:
            result[key] = Placement(("api",), verb)
            continue
        if shape[-1] == "{}":
            result[key] = Placement(_resource_names(segments), _member_method(verb, methods_at[shape]))
            continue
        is_list = (shape, verb) in lists_at
        if len(methods_at[shape]) == 1 and not extended(shape) and not is_list:
            parent = next(
                (size for size in range(len(shape) - 1, 0, -1) if is_resource(shape[:size])),
                None,
            )
            if parent is not None and "{}" not in shape[parent:]:
                action = "_".join(snake_case(segment) for segment in segments[parent:])
                name = f"delete_{action}" if verb == "delete" else action
                result[key] = Placement(_resource_names(segments[:parent]), name)
                continue
        # A singleton (`/v1/balance`: a GET of one object, a POST updating it) has no members:
        # beside `/things/{id}`, `POST /things` creates one, whatever `GET /things` returns.
        singleton = "get" in methods_at[shape] and (shape, "get") not in lists_at and not has_members(shape)
        result[key] = Placement(
            _resource_names(segments), _collection_method(verb, is_list, singleton, methods_at[shape])
        )
    return result


def _member_method(verb: str, verbs: set[str]) -> str:
    if verb == "get":
        return "retrieve"
    if verb == "delete":
        return "delete"
    return _write_method(verb, verbs)


def _collection_method(verb: str, is_list: bool, singleton: bool, verbs: set[str]) -> str:
    if verb == "get":
        return "list" if is_list else "retrieve"
    if verb == "post" and not singleton:
        return "create"
    if verb == "delete":
        return "delete"
    return _write_method(verb, verbs if singleton else verbs - {"post"})


def _write_method(verb: str, verbs: set[str]) -> str:
    if verb == "post":
        return "update"
    if verb == "put":
        return "replace" if {"post", "patch"} & verbs else "update"
    if verb == "patch":
        return "patch" if "post" in verbs else "update"
    return verb


def apply_override(placement: Placement, override: str) -> Placement:
    """`"name"` renames the method; `"a.b.name"` also moves it to resource a.b."""
    parts = [snake_case(part) for part in override.split(".") if part]
    if len(parts) == 1:
        return Placement(placement.resource, parts[0])
    return Placement(tuple(parts[:-1]), parts[-1])
