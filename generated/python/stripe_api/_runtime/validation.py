"""Runtime support of the generated validators: issues, their texts, and the errors carrying them.

The generated modules in ``<package>/_validators/`` hold plain Python checks (no schema is
interpreted at run time); everything they report is a :class:`ValidationIssue` built by the
small constructors below, so every message text lives in this one file. The constructors run
only when a check fails, so they cost nothing on valid input.

Values shown in messages are shortened, and the value of any field named like a secret
(``client_secret``, ``api_key``, ``password``, ``secret``, ``token``) is never shown.
Depends on the standard library only.
"""

from __future__ import annotations

import datetime
import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Final

__all__ = [
    "MISSING",
    "Decimal",
    "IssuePath",
    "ParamsValidationError",
    "ResponseValidationError",
    "ValidationIssue",
    "access_issue",
    "best_branch",
    "bound_issue",
    "enum_issue",
    "has_duplicates",
    "is_decimal",
    "is_int",
    "is_member",
    "is_multiple",
    "is_number",
    "is_unix_time",
    "is_upload",
    "missing_issue",
    "one_of_issue",
    "pattern_issue",
    "show_value",
    "type_issue",
    "unique_issue",
    "unknown_keys",
]

#: Where an issue is: keys of objects and indexes of lists, from the root.
IssuePath = tuple[str | int, ...]

#: Fields whose values are never shown in messages.
SENSITIVE_NAMES: Final = frozenset(
    {"client_secret", "api_key", "password", "secret", "secret_key", "token", "access_token", "refresh_token"}
)
#: Also hidden: any name ending like these (`webhook_secret`, `db_password`...), as in model reprs.
SENSITIVE_SUFFIXES: Final = ("_secret", "_password", "_token")

_MAX_STRING = 40
_MAX_ITEMS = 4
_MAX_DEPTH = 2
_MAX_LISTED = 12


class _Missing:
    """The type of :data:`MISSING`: a key absent from a response object."""

    def __repr__(self) -> str:
        return "MISSING"


#: Default of ``dict.get`` in response checks, where a key present with ``null`` is not absent.
MISSING: Final = _Missing()


@dataclass(frozen=True, slots=True)
class ValidationIssue:
    """One broken rule: where, which rule, a readable message, what was allowed, what was given.

    ``rule`` is one of: required, unknown, type, enum, min_length, max_length, pattern,
    minimum, maximum, multiple_of, min_items, max_items, unique_items, min_properties,
    max_properties, any_of, read_only, write_only. ``expected`` holds the allowed values
    (a tuple) or the bound; ``value`` is what was given (not shown by ``repr``).
    """

    path: IssuePath
    rule: str
    message: str
    expected: object = None
    value: object = field(default=None, repr=False)

    @property
    def dotted_path(self) -> str:
        """``components.payment_element.features``; list indexes as ``items.0``."""
        return ".".join(str(part) for part in self.path)

    @property
    def bracket_path(self) -> str:
        """``components[payment_element][features]``: the bracket form-encoding style."""
        if not self.path:
            return ""
        head, *rest = self.path
        return str(head) + "".join(f"[{part}]" for part in rest)

    @property
    def shown_value(self) -> str:
        """The value as messages show it: shortened, secrets hidden."""
        return show_value(self.value, self.path)

    def __str__(self) -> str:
        return f"{self.dotted_path or '<root>'}: {self.message}"


class _IssuesError(ValueError):
    """A ``ValueError`` listing every issue, one per line."""

    headline = "invalid value"

    def __init__(self, issues: Iterable[ValidationIssue], operation: str = "") -> None:
        self.issues: tuple[ValidationIssue, ...] = tuple(issues)
        self.operation = operation
        super().__init__(self._text())

    def _text(self) -> str:
        where = f" for {self.operation}" if self.operation else ""
        count = len(self.issues)
        noun = "issue" if count == 1 else "issues"
        lines = [f"{self.headline}{where} ({count} {noun}):"]
        lines.extend(f"  {issue}" for issue in self.issues)
        return "\n".join(lines)


class ParamsValidationError(_IssuesError):
    """Request params that do not match the spec; raised before anything is sent."""

    headline = "invalid params"


class ResponseValidationError(_IssuesError):
    """A response that does not match the spec (only checked with ``strict=True``)."""

    headline = "response does not match the spec"


# -- showing values -------------------------------------------------------------------------


def _is_sensitive(path: Iterable[str | int]) -> bool:
    return any(
        isinstance(part, str) and (part.lower() in SENSITIVE_NAMES or part.lower().endswith(SENSITIVE_SUFFIXES))
        for part in path
    )


def _show(value: object, depth: int) -> str:
    if isinstance(value, str):
        if len(value) <= _MAX_STRING:
            return repr(value)
        return repr(value[:_MAX_STRING]) + f"... ({len(value)} characters)"
    if isinstance(value, Mapping):
        if depth >= _MAX_DEPTH:
            return "{...}" if value else "{}"
        shown = []
        for key, item in list(value.items())[:_MAX_ITEMS]:
            text = "<hidden>" if _is_sensitive([str(key)]) else _show(item, depth + 1)
            shown.append(f"{_show(key, depth + 1)}: {text}")
        more = ", ..." if len(value) > _MAX_ITEMS else ""
        return "{" + ", ".join(shown) + more + "}"
    if isinstance(value, (list, tuple)):
        if depth >= _MAX_DEPTH:
            return "[...]" if value else "[]"
        shown = [_show(item, depth + 1) for item in value[:_MAX_ITEMS]]
        more = ", ..." if len(value) > _MAX_ITEMS else ""
        return "[" + ", ".join(shown) + more + "]"
    text = repr(value)
    return text if len(text) <= _MAX_STRING else text[:_MAX_STRING] + "..."


def show_value(value: object, path: IssuePath = ()) -> str:
    """A short, safe text for ``value`` found at ``path``."""
    if _is_sensitive(path) and value is not None:
        return f"<hidden {type(value).__name__}>"
    return _show(value, 0)


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, (list, tuple)):
        return "array"
    return type(value).__name__


def _given(value: object, path: IssuePath) -> str:
    return f"{show_value(value, path)} ({_type_name(value)})"


def _listing(values: Iterable[object]) -> str:
    shown = [repr(value) for value in values]
    if len(shown) > _MAX_LISTED:
        shown = [*shown[:_MAX_LISTED], f"... ({len(shown)} in all)"]
    return ", ".join(shown)


# -- issue constructors (called only when a check fails) -------------------------------------

_ARTICLES = {"integer": "an integer", "array": "an array", "object": "an object"}


def type_issue(path: IssuePath, expected: str, value: object) -> ValidationIssue:
    """``value`` is not of JSON type ``expected`` (string, integer, number, boolean, array, object)."""
    wanted = _ARTICLES.get(expected, f"a {expected}")
    return ValidationIssue(path, "type", f"expected {wanted}, got {_given(value, path)}", expected, value)


def missing_issue(path: IssuePath, key: str) -> ValidationIssue:
    """The required ``key`` of the object at ``path`` is absent."""
    return ValidationIssue((*path, key), "required", "is required", None, None)


def unknown_keys(
    value: Mapping[str, object],
    path: IssuePath,
    known: frozenset[str],
    issues: list[ValidationIssue],
    skip_none: bool,
) -> None:
    """Report each key of ``value`` not in ``known`` (with ``skip_none``, keys set to None are absent)."""
    extra = [key for key in value if key not in known and not (skip_none and value[key] is None)]
    allowed = tuple(sorted(known))
    for key in sorted(extra, key=str):
        close = difflib.get_close_matches(str(key), allowed, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else f"; allowed: {_listing(allowed)}" if allowed else ""
        issues.append(ValidationIssue((*path, key), "unknown", f"unknown key{hint}", allowed, value[key]))


def enum_issue(path: IssuePath, allowed: Iterable[object], value: object) -> ValidationIssue:
    """``value`` is not one of ``allowed``."""
    choices = tuple(sorted(allowed, key=repr))
    message = f"expected one of {_listing(choices)}, got {_given(value, path)}"
    return ValidationIssue(path, "enum", message, choices, value)


_BOUND_TEXTS = {
    "minimum": ("must be at least {bound}", "must be greater than {bound}"),
    "maximum": ("must be at most {bound}", "must be less than {bound}"),
    "min_length": ("must be at least {bound} characters long", ""),
    "max_length": ("must be at most {bound} characters long", ""),
    "min_items": ("must have at least {bound} items", ""),
    "max_items": ("must have at most {bound} items", ""),
    "min_properties": ("must have at least {bound} keys", ""),
    "max_properties": ("must have at most {bound} keys", ""),
    "multiple_of": ("must be a multiple of {bound}", ""),
}


def bound_issue(path: IssuePath, rule: str, bound: float, value: object, exclusive: bool = False) -> ValidationIssue:
    """A numeric bound, length, item count or key count broken (``rule`` names which)."""
    inclusive_text, exclusive_text = _BOUND_TEXTS[rule]
    text = (exclusive_text if exclusive else inclusive_text).format(bound=bound)
    if rule in ("minimum", "maximum", "multiple_of"):
        got = show_value(value, path)
    elif isinstance(value, str) and not _is_sensitive(path):
        got = f"{len(value)} ({show_value(value, path)})"
    else:
        got = str(len(value)) if isinstance(value, (str, list, tuple, Mapping)) else show_value(value, path)
    return ValidationIssue(path, rule, f"{text}, got {got}", bound, value)


def pattern_issue(path: IssuePath, pattern: str, value: str) -> ValidationIssue:
    """``value`` does not match the regular expression ``pattern``."""
    return ValidationIssue(path, "pattern", f"must match {pattern!r}, got {show_value(value, path)}", pattern, value)


def unique_issue(path: IssuePath, value: object) -> ValidationIssue:
    """An array that must hold distinct items has duplicates."""
    return ValidationIssue(path, "unique_items", "must not contain duplicate items", None, value)


def access_issue(path: IssuePath, rule: str, value: object) -> ValidationIssue:
    """A read-only field in a request (``read_only``) or a write-only one in a response (``write_only``)."""
    text = "is read-only and cannot be sent" if rule == "read_only" else "is write-only and cannot be received"
    return ValidationIssue(path, rule, text, None, value)


def best_branch(
    path: IssuePath,
    value: object,
    branches: Sequence[list[ValidationIssue]],
    expected: tuple[str, ...],
) -> list[ValidationIssue]:
    """The issues to report when ``value`` matches none of a union's branches.

    A branch whose only complaint is the value's type (or enum) at ``path`` itself is a
    wrong shape. When some branch has the right shape, its issues are reported (the one with
    fewest, first on ties); otherwise a single ``any_of`` issue lists what was expected.
    """
    shaped = [issues for issues in branches if not _wrong_shape(issues, path)]
    if shaped:
        return min(shaped, key=len)
    message = f"expected {' or '.join(expected)}, got {_given(value, path)}"
    return [ValidationIssue(path, "any_of", message, expected, value)]


def one_of_issue(path: IssuePath, value: object, matched: int, expected: tuple[str, ...]) -> ValidationIssue:
    """``value`` matches ``matched`` (more than one) branches of a ``oneOf``, which allows one."""
    message = f"expected exactly one of {' or '.join(expected)}, got {_given(value, path)}, which is {matched} of them"
    return ValidationIssue(path, "one_of", message, expected, value)


def _wrong_shape(issues: list[ValidationIssue], path: IssuePath) -> bool:
    return all(issue.path == path and issue.rule in ("type", "enum", "any_of") for issue in issues)


# -- value tests used by the generated checks --------------------------------------------------


def is_upload(value: object) -> bool:
    """A file the encoder can upload: text, bytes, a file object, a path, (filename, content[, type])."""
    if isinstance(value, str | bytes | bytearray | memoryview | tuple):
        return True
    return hasattr(value, "read") or hasattr(value, "__fspath__")


def is_unix_time(value: object) -> bool:
    """A unix time the encoder sends: an integer, or a ``datetime`` (sent as its timestamp)."""
    return is_int(value) or isinstance(value, datetime.datetime)


def is_decimal(value: object) -> bool:
    """A decimal the encoder sends as written: a finite ``Decimal`` (the spec's decimal strings)."""
    return isinstance(value, Decimal) and value.is_finite()


def is_int(value: object) -> bool:
    """A JSON integer: ``int`` but not ``bool`` (``1.0`` is a number, not an integer)."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: object) -> bool:
    """A JSON number: ``int`` or ``float``, not ``bool``."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def is_member(value: object, allowed: Iterable[object]) -> bool:
    """``value in allowed`` where ``True`` is not ``1`` (JSON equality)."""
    return any(_json_equal(value, candidate) for candidate in allowed)


def is_multiple(value: float, divisor: float) -> bool:
    """``value`` is a whole multiple of ``divisor`` (exact for floats, as JSON Schema validators do)."""
    if isinstance(divisor, float):
        quotient = value / divisor
        try:
            return int(quotient) == quotient
        except OverflowError:
            return (Fraction(value) / Fraction(divisor)).denominator == 1
    return not value % divisor


def has_duplicates(items: Sequence[object]) -> bool:
    """Two items of ``items`` are equal as JSON values."""
    return any(_json_equal(items[i], items[j]) for i in range(len(items)) for j in range(i + 1, len(items)))


def _json_equal(one: object, two: object) -> bool:
    if isinstance(one, bool) or isinstance(two, bool):
        return isinstance(one, bool) and isinstance(two, bool) and one is two
    if isinstance(one, (list, tuple)) and isinstance(two, (list, tuple)):
        return len(one) == len(two) and all(_json_equal(a, b) for a, b in zip(one, two, strict=True))
    if isinstance(one, Mapping) and isinstance(two, Mapping):
        return one.keys() == two.keys() and all(_json_equal(one[key], two[key]) for key in one)
    return one == two
