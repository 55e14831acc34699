"""The validator's verdict on typed request params, as Stripe-style problems.

The checks themselves (required, unknown keys, enums, lengths, bounds, types)
are compiled from the IR by the `Validators` the mock is handed: the command line hands it
the Python client's generated validators (`generator.targets.python.validation`, imported
on first use, off the start-up path), so the mock and the client agree on every check,
while the mock imports no target. This module loads them and words what they find the way
Stripe does:

    Received unknown parameter: components[foo]
    Missing required param: components.
    Invalid components[payment_element][features][payment_method_save]: must be one of disabled or enabled

Problems are ordered as Stripe reports them: unknown params first, then
missing ones, then bad values; the mock answers with the first.

Rendering the validators' source takes about 1 s on Stripe's spec, so the
source is cached (by the IR's content key and the validation code) and, on a
cold start, rendered in the background once the server listens
(`ParamChecker.warm`); a request that arrives first waits for it.
"""

from __future__ import annotations

import difflib
import hashlib
import marshal
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from .. import __version__
from ..cache import Cache, Kind, unmarshal
from ..ir.model import Api, Operation
from .errors import MISSING, UNKNOWN, Problem, rank

KIND = Kind.VALIDATORS


class Compiled(Protocol):
    """An API's validators, ready to run."""

    def params(self, op: Operation) -> Callable[[Mapping[str, object]], Sequence[Any]]:
        """The check of `op`'s typed params: its issues (`problem` words each one)."""


class Validators(Protocol):
    """What compiles an API's params checks (the module `generator.targets.python.validation` is one)."""

    def code_digest(self) -> str:
        """A digest of the code that renders and runs them (rendered sources are cached by it)."""

    def render_validators(self, api: Api) -> dict[str, str]:
        """Their sources, `{relative path: text}` (slow on a big API: cached)."""

    def load_validators(self, api: Api, files: Mapping[str, str] | None = None) -> Compiled:
        """Them, compiled from `files`."""


class ParamChecker:
    """`checker(op, params)`: the problems with typed `params`, Stripe's first first."""

    def __init__(
        self, api: Api, validators: Callable[[], Validators], cache: Cache | None = None, content_key: str = ""
    ) -> None:
        self.api = api
        self._validators = validators  # called once, when the checks are first needed
        self.cache = cache if content_key else None
        self._compiled: Compiled | None = None
        self._key_source = content_key
        self._lock = threading.Lock()

    def warm(self) -> Compiled:
        """Load (or render and cache) the validators now, if not done yet."""
        with self._lock:
            if self._compiled is None:
                compiler = self._validators()
                key = _key(self._key_source, compiler) if self.cache is not None else ""
                files = self._cached_files(key)
                if files is None:
                    files = compiler.render_validators(self.api)
                    if self.cache is not None:
                        self.cache.put(KIND, key, marshal.dumps(files))
                validators = compiler.load_validators(self.api, files)
                first = next(iter(self.api.operations), None)
                if first is not None:
                    validators.params(first)  # plans the package's layout now, not on a request
                self._compiled = validators
            return self._compiled

    def __call__(self, op: Operation, params: Mapping[str, Any]) -> list[Problem]:
        validators = self._compiled or self.warm()
        issues = validators.params(op)(dict(params))
        return sorted((problem(issue) for issue in issues), key=rank)

    def _cached_files(self, key: str) -> dict[str, str] | None:
        raw = self.cache.get(KIND, key) if self.cache is not None else None
        files: dict[str, str] | None = unmarshal(raw, lambda value: isinstance(value, dict))
        return files


def problem(issue: Any) -> Problem:
    """A `ValidationIssue` of the generated validators, in Stripe's words."""
    param = str(issue.bracket_path) or None
    rule = str(issue.rule)
    if rule == "unknown":
        key = str(issue.path[-1]) if issue.path else ""
        allowed = [str(name) for name in issue.expected] if isinstance(issue.expected, (list, tuple)) else []
        close = difflib.get_close_matches(key, allowed, n=1)
        hint = f". Did you mean {close[0]}?" if close else ""
        return Problem(f"Received unknown parameter: {param}{hint}", param, UNKNOWN)
    if rule == "required":
        return Problem(f"Missing required param: {param}.", param, MISSING)
    if rule == "enum":
        return Problem(f"Invalid {param}: must be one of {_choices(issue.expected)}", param)
    return Problem(f"Invalid {param}: {issue.message}", param)


def _choices(expected: Any) -> str:
    values = [str(value) for value in expected] if isinstance(expected, (list, tuple)) else [str(expected)]
    if len(values) <= 1:
        return "".join(values)
    return ", ".join(values[:-1]) + " or " + values[-1]


def _key(content_key: str, compiler: Validators) -> str:
    """The IR, and the code that renders validators from it."""
    return hashlib.sha256(f"{__version__}\0{content_key}\0{compiler.code_digest()}".encode()).hexdigest()
