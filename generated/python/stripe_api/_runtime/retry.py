"""When to retry a request, and how long to wait before doing so.

Retried: connection failures and timeouts (see :data:`RETRYABLE_EXCEPTIONS`),
and responses with status 409, 429 or 5xx.
A ``Stripe-Should-Retry`` response header (``true``/``false``) overrides the status.
The wait is the server's
``Retry-After`` (capped at :attr:`RetryPolicy.max_retry_after`) when given,
otherwise exponential backoff with full jitter:
``uniform(0, min(max_delay, initial_delay * 2 ** (retry - 1)))``.

Every number, and the random source, can be overridden by passing a
:class:`RetryPolicy` to the requestor (tests use ``initial_delay=0``).
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import httpx

from .headers import get_header

__all__ = ["RETRYABLE_EXCEPTIONS", "RetryPolicy"]

#: httpx exceptions after which a request is retried. A POST may have reached
#: the server before a read failed; its Idempotency-Key makes the retry safe.
RETRYABLE_EXCEPTIONS: tuple[type[Exception], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,  # ConnectError, ReadError, WriteError, CloseError
    httpx.RemoteProtocolError,
)


@dataclass(frozen=True)
class RetryPolicy:
    """Retry decisions and delays; immutable, shared by a requestor's calls.

    Attributes:
        initial_delay: Base backoff in seconds before the first retry.
        max_delay: Upper bound of the backoff (before jitter) in seconds.
        max_retry_after: Longest ``Retry-After`` honoured, in seconds.
        random: Returns a float in ``[0, 1)``; used for the jitter.
    """

    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    random: Callable[[], float] = field(default=random.random, repr=False)

    def __post_init__(self) -> None:
        if self.initial_delay < 0 or self.max_delay < 0 or self.max_retry_after < 0:
            raise ValueError("RetryPolicy delays must not be negative")

    def should_retry_response(self, status: int, headers: Mapping[str, str]) -> bool:
        """Whether a response with ``status`` and ``headers`` may be retried."""
        advice = get_header(headers, "Stripe-Should-Retry")
        if advice is not None:
            advice = advice.strip().lower()
            if advice == "true":
                return True
            if advice == "false":
                return False
        return status == 409 or status == 429 or status >= 500

    def retry_after(self, headers: Mapping[str, str] | None) -> float | None:
        """The server's ``Retry-After`` in seconds (capped), or ``None`` if absent/invalid."""
        if headers is None:
            return None
        value = get_header(headers, "Retry-After")
        if value is None:
            return None
        value = value.strip()
        try:
            seconds = float(value)
        except ValueError:
            try:
                when = email.utils.parsedate_to_datetime(value)
            except (TypeError, ValueError, IndexError):
                return None
            seconds = when.timestamp() - time.time()
        if seconds != seconds or seconds < 0:  # NaN or in the past
            return 0.0 if seconds == seconds else None
        return min(seconds, self.max_retry_after)

    def backoff(self, retry: int) -> float:
        """Full-jitter exponential backoff before retry number ``retry`` (1-based)."""
        ceiling = min(self.max_delay, self.initial_delay * (2.0 ** min(max(retry - 1, 0), 32)))
        return ceiling * self.random()

    def delay(self, retry: int, headers: Mapping[str, str] | None = None) -> float:
        """Seconds to wait before retry number ``retry``: ``Retry-After`` or backoff."""
        after = self.retry_after(headers)
        if after is not None:
            return after
        return self.backoff(retry)
