"""What the mock answers when a request is wrong, in Stripe's error shape.

{"error": {"type": "invalid_request_error", "message": "...", "param": "a[b]", "code": "..."}}
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

INVALID_REQUEST = "invalid_request_error"
API_ERROR = "api_error"
UNKNOWN = "parameter_unknown"
MISSING = "parameter_missing"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a request. `param` is in bracket form: `components[buy_button][enabled]`."""

    message: str
    param: str | None = None
    code: str | None = None


def rank(problem: Problem) -> int:
    """Stripe reports unknown params first, then missing ones, then bad values."""
    return {UNKNOWN: 0, MISSING: 1}.get(problem.code or "", 2)


class MockError(Exception):
    """Stops a request with an error response."""

    def __init__(
        self,
        status: int,
        problem: Problem,
        error_type: str = INVALID_REQUEST,
        headers: tuple[tuple[str, str], ...] = (),
    ) -> None:
        super().__init__(problem.message)
        self.status = status
        self.problem = problem
        self.error_type = error_type
        self.headers = headers

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {"type": self.error_type, "message": self.problem.message}
        if self.problem.param is not None:
            error["param"] = self.problem.param
        if self.problem.code is not None:
            error["code"] = self.problem.code
        return {"error": error}
