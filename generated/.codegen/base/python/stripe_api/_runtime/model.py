"""Base class of the generated response models.

A generated model declares its fields in ``__slots__`` (typed, documented class
annotations) and a ``from_dict`` classmethod that fills them from the parsed
JSON in one pass, keeping the JSON itself in ``_data``::

    class Customer(Model):
        __slots__ = ("id", "email")
        _secret_fields: ClassVar[frozenset[str]] = frozenset()
        id: str
        email: str | None

        @classmethod
        def from_dict(cls, data: Mapping[str, Any]) -> "Customer":
            self = cls.__new__(cls)
            self._data = data
            self.id = data.get("id")
            self.email = data.get("email")
            return self

Models are read-only by convention. Fields a newer server sends that the model
does not know are still reachable with ``model["field"]`` / ``model.get(...)``
and round-trip through :meth:`Model.to_dict`.
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

if TYPE_CHECKING:
    from .responses import ResponseInfo

__all__ = ["Model", "copy_json"]

_M = TypeVar("_M", bound="Model")

_REPR_VALUE_MAX = 80  # longest repr of one field value before it is shortened
_SECRET = "'***'"
_UNSET = object()


def copy_json(value: Any) -> Any:
    """Deep copy of a JSON-like value (dicts and lists are copied, leaves shared)."""
    if type(value) is dict:
        return {key: copy_json(item) for key, item in value.items()}
    if type(value) is list:
        return [copy_json(item) for item in value]
    if isinstance(value, Mapping):
        return {key: copy_json(item) for key, item in value.items()}
    return value


def _collect_field_names(cls: type) -> tuple[str, ...]:
    """Public slot names of ``cls`` and its bases, base classes first.

    Within a class, fields follow the order of its annotations (the spec's
    order), so ``__slots__`` itself may be sorted (as ruff's RUF023 wants).
    """
    names: list[str] = []
    for klass in reversed(cls.__mro__):
        slots = klass.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        annotated = [name for name in inspect.get_annotations(klass) if name in slots]
        for name in [*annotated, *slots]:
            if not name.startswith("_") and name not in names:
                names.append(name)
    return tuple(names)


def _short_repr(value: Any) -> str:
    """``repr(value)``, shortened in the middle when it is very long."""
    text = repr(value)
    if len(text) > _REPR_VALUE_MAX:
        half = (_REPR_VALUE_MAX - 5) // 2
        text = f"{text[:half]} ... {text[-half:]}"
    return text


class Model:
    """A response object: typed attributes over the exact JSON that was received.

    Subclasses list their fields in ``__slots__`` and name the fields whose
    values must never be shown (e.g. ``client_secret``) in ``_secret_fields``.
    """

    __slots__ = ("_data",)

    _data: Mapping[str, Any]
    _secret_fields: ClassVar[frozenset[str]] = frozenset()
    _field_names: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._field_names = _collect_field_names(cls)

    @classmethod
    def from_dict(cls: type[_M], data: Mapping[str, Any]) -> _M:
        """Build a model from parsed JSON (generated subclasses also fill fields)."""
        self = cls.__new__(cls)
        self._data = data
        return self

    @property
    def last_response(self) -> ResponseInfo | None:
        """Status, headers and request id of the response this object came from (None when built by hand)."""
        found: ResponseInfo | None = getattr(self._data, "last_response", None)
        return found

    def to_dict(self) -> dict[str, Any]:
        """A deep copy of the JSON this model was built from, unknown fields included."""
        result: dict[str, Any] = copy_json(self._data)
        return result

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def get(self, key: str, default: Any = None) -> Any:
        """The raw JSON value of ``key`` (known or not to this model), or ``default``."""
        return self._data.get(key, default)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Model):
            return NotImplemented
        return type(self) is type(other) and self._data == other._data

    __hash__ = None  # type: ignore[assignment]  # holds mutable JSON: unhashable

    def __repr__(self) -> str:
        secret = type(self)._secret_fields
        parts: list[str] = []
        for name in type(self)._field_names:
            value = getattr(self, name, _UNSET)
            if value is _UNSET:
                continue
            if name in secret:
                parts.append(f"{name}={_SECRET}")
            else:
                parts.append(f"{name}={_short_repr(value)}")
        return f"{type(self).__name__}({', '.join(parts)})"
