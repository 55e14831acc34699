"""Hand-written runtime of the generated client: encoding, HTTP, errors, models, pages.

This package is copied verbatim into every generated SDK as ``<package>/_runtime``;
it depends only on the standard library and httpx, and knows nothing about any
particular API.
"""

from .auth import Auth, MissingCredentialsError, Scheme
from .encoding import encode_params, urlencode_params
from .errors import (
    APIConnectionError,
    APIError,
    AuthenticationError,
    CardError,
    IdempotencyError,
    InternalServerError,
    InvalidRequestError,
    PermissionDeniedError,
    RateLimitError,
    error_from_response,
)
from .list_pages import AsyncPage, AsyncSearchPage, Page, SearchPage
from .model import Model
from .requestor import AsyncRequestor, RequestOptions, SyncRequestor, quote_path_param
from .retry import RetryPolicy
from .streaming import AsyncStream, Stream
from .styled_pages import AsyncAutoPage, AutoPage, PageSpec

__all__ = [
    "APIConnectionError",
    "APIError",
    "AsyncAutoPage",
    "AsyncPage",
    "AsyncRequestor",
    "AsyncSearchPage",
    "AsyncStream",
    "Auth",
    "AuthenticationError",
    "AutoPage",
    "CardError",
    "IdempotencyError",
    "InternalServerError",
    "InvalidRequestError",
    "MissingCredentialsError",
    "Model",
    "Page",
    "PageSpec",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestOptions",
    "RetryPolicy",
    "Scheme",
    "SearchPage",
    "Stream",
    "SyncRequestor",
    "encode_params",
    "error_from_response",
    "quote_path_param",
    "urlencode_params",
]
