"""Base classes of the generated services: options, validation switches, helpers.

A service holds the requestor of its client plus per-call defaults. Nothing
here knows any particular API; generated services add one method per operation.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, MutableMapping
from typing import Any, Generic, Self, TypeVar, Unpack

from .encoding import urlencode_params
from .requestor import AsyncRequestor, RequestOptions, SyncRequestor
from .responses import AsyncRawResponseMethods, SyncRawResponseMethods

__all__ = ["AsyncService", "SyncService"]

R = TypeVar("R", SyncRequestor, AsyncRequestor)
#: A generated validator: every problem found in the value, empty when it is valid.
Validator = Callable[[Any], list[Any]]


class _Service(Generic[R]):
    """What every service shares: the requestor, default options, validation switches."""

    def __init__(
        self,
        requestor: R,
        options: RequestOptions | None = None,
        validate: bool = True,
        strict: bool = False,
    ) -> None:
        self._requestor: R = requestor
        self._options: RequestOptions = options or {}
        self._validate = validate
        self._strict = strict

    def with_options(
        self,
        *,
        validate: bool | None = None,
        strict: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Self:
        """A copy of this service with other request options.

        Example: ``client.customers.with_options(idempotency_key="k", max_retries=0).create(...)``.
        ``validate=False`` skips the checking of params before a request;
        ``strict=True`` checks responses against the spec.
        """
        merged: RequestOptions = {**self._options, **options}
        return type(self)(
            self._requestor,
            merged,
            self._validate if validate is None else validate,
            self._strict if strict is None else strict,
        )

    def _check_params(self, validator: Validator, params: Mapping[str, Any]) -> None:
        from .validation import ParamsValidationError

        issues = validator(params)
        if issues:
            raise ParamsValidationError(issues)

    def _check_response(self, validator: Validator, raw: Any) -> None:
        if not self._strict:
            return
        from .validation import ResponseValidationError

        issues = validator(raw)
        if issues:
            raise ResponseValidationError(issues)

    def _options_with_headers(
        self,
        payload: MutableMapping[str, Any],
        names: tuple[str, ...],
        wire: Mapping[str, str] | None = None,
    ) -> RequestOptions:
        """Move header parameters out of ``payload`` into the request's headers.

        ``wire`` maps a key of ``payload`` to the header it is sent as, when the two differ
        (a header param renamed because a body param has its name).
        """
        wire = wire or {}
        headers = {wire.get(name, name): str(payload[name]) for name in names if payload.get(name) is not None}
        for name in names:
            payload.pop(name, None)
        if not headers:
            return self._options
        merged: RequestOptions = {**self._options}
        merged["headers"] = {**self._options.get("headers", {}), **headers}
        return merged

    def _query_string(
        self,
        payload: MutableMapping[str, Any],
        names: tuple[str, ...],
        wire: Mapping[str, str] | None = None,
    ) -> str:
        """Move query parameters out of ``payload``: ``"?a=1&b=2"`` to append to the path, or ``""``.

        For an operation that sends a body (its other params), or whose query params share
        a name with another param; ``wire`` maps a key of ``payload`` to its query name.
        """
        wire = wire or {}
        query = {wire.get(name, name): payload.pop(name) for name in names if name in payload}
        encoded = urlencode_params(query)
        return f"?{encoded}" if encoded else ""

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class SyncService(_Service[SyncRequestor]):
    """Base of the generated synchronous services."""

    @property
    def with_raw_response(self) -> SyncRawResponseMethods:
        """This service's methods returning a `RawResponse` (status, headers, request id; `.parse()`).

        Example: ``client.customers.with_raw_response.create(email="x").request_id``.
        """
        return SyncRawResponseMethods(self)


class AsyncService(_Service[AsyncRequestor]):
    """Base of the generated asynchronous services."""

    @property
    def with_raw_response(self) -> AsyncRawResponseMethods:
        """This service's methods returning a `RawResponse` (status, headers, request id; `.parse()`).

        Example: ``await client.customers.with_raw_response.create(email="x")``.
        """
        return AsyncRawResponseMethods(self)
