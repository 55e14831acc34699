"""The Model base: generated-style subclasses, raw access, to_dict, eq, repr with secrets."""

from __future__ import annotations

import copy
import pickle
from collections.abc import Mapping
from types import ModuleType, SimpleNamespace
from typing import Any, ClassVar

import pytest


@pytest.fixture(scope="module")
def models(rt: ModuleType) -> SimpleNamespace:
    """Model subclasses written the way the generator renders them."""
    model = rt.Model

    class Address(model):  # type: ignore[misc,valid-type]
        __slots__ = ("city", "country")
        city: str | None
        country: str | None

        @classmethod
        def from_dict(cls, data: Mapping[str, Any]) -> Address:
            self = cls.__new__(cls)
            self._data = data
            self.city = data.get("city")
            self.country = data.get("country")
            return self

    class Customer(model):  # type: ignore[misc,valid-type]
        __slots__ = ("address", "email", "id")  # sorted; repr follows the annotations
        _secret_fields: ClassVar[frozenset[str]] = frozenset()
        id: str
        email: str | None
        address: Address | None

        @classmethod
        def from_dict(cls, data: Mapping[str, Any]) -> Customer:
            self = cls.__new__(cls)
            self._data = data
            self.id = data.get("id")
            self.email = data.get("email")
            v = data.get("address")
            self.address = None if v is None else Address.from_dict(v)
            return self

    class CustomerSession(model):  # type: ignore[misc,valid-type]
        __slots__ = ("client_secret", "customer")
        _secret_fields: ClassVar[frozenset[str]] = frozenset({"client_secret"})
        client_secret: str
        customer: str

        @classmethod
        def from_dict(cls, data: Mapping[str, Any]) -> CustomerSession:
            self = cls.__new__(cls)
            self._data = data
            self.client_secret = data.get("client_secret")
            self.customer = data.get("customer")
            return self

    class SpecialCustomer(Customer):
        __slots__ = ("vip",)
        vip: bool

        @classmethod
        def from_dict(cls, data: Mapping[str, Any]) -> SpecialCustomer:
            self = super().from_dict(data)
            self.vip = data.get("vip")
            return self

    return SimpleNamespace(Address=Address, Customer=Customer, CustomerSession=CustomerSession, Special=SpecialCustomer)


DATA = {
    "id": "cus_123",
    "object": "customer",
    "email": "a@b.c",
    "address": {"city": "Paris", "country": "FR", "line9": "new field"},
    "brand_new_field": {"nested": [1, {"x": 2}]},
}


def test_fields_and_raw_access(models: SimpleNamespace) -> None:
    customer = models.Customer.from_dict(DATA)
    assert customer.id == "cus_123"
    assert customer.email == "a@b.c"
    assert customer.address.city == "Paris"
    assert customer["object"] == "customer"
    assert customer["brand_new_field"] == {"nested": [1, {"x": 2}]}
    assert customer.get("missing") is None
    assert customer.get("missing", 5) == 5
    assert "brand_new_field" in customer
    assert "missing" not in customer
    assert customer.address["line9"] == "new field"
    with pytest.raises(KeyError):
        customer["missing"]


def test_slots_only(models: SimpleNamespace) -> None:
    customer = models.Customer.from_dict(DATA)
    assert not hasattr(customer, "__dict__")


def test_to_dict_is_a_deep_copy_with_unknown_fields(models: SimpleNamespace) -> None:
    customer = models.Customer.from_dict(DATA)
    out = customer.to_dict()
    assert out == DATA
    out["brand_new_field"]["nested"][1]["x"] = 99
    out["address"]["city"] = "Lyon"
    assert DATA["brand_new_field"]["nested"][1]["x"] == 2
    assert customer.address.city == "Paris"
    assert customer.to_dict() == DATA


def test_eq_and_hash(models: SimpleNamespace) -> None:
    a = models.Customer.from_dict(DATA)
    b = models.Customer.from_dict(copy.deepcopy(DATA))
    assert a == b
    assert a != models.Customer.from_dict({**DATA, "email": "x@y.z"})
    assert a != models.Special.from_dict(DATA)  # same data, other class
    assert a != DATA
    with pytest.raises(TypeError):
        hash(a)


def test_repr_lists_fields_of_hierarchy(models: SimpleNamespace) -> None:
    special = models.Special.from_dict({**DATA, "vip": True})
    assert repr(special) == (
        "SpecialCustomer(id='cus_123', email='a@b.c', address=Address(city='Paris', country='FR'), vip=True)"
    )


def test_repr_masks_secret_fields(models: SimpleNamespace) -> None:
    session = models.CustomerSession.from_dict({"client_secret": "cuss_secret_ABCDEF", "customer": "cus_1"})
    text = repr(session)
    assert "cuss_secret_ABCDEF" not in text
    assert text == "CustomerSession(client_secret='***', customer='cus_1')"
    assert "cuss_secret_ABCDEF" not in str(session)


def test_long_repr_is_shortened(models: SimpleNamespace) -> None:
    customer = models.Customer.from_dict({"id": "cus_1", "email": "x" * 500, "address": None})
    text = repr(customer)
    assert len(text) < 150
    assert " ... " in text
    assert text.startswith("Customer(id='cus_1', email='xxx")


def test_unset_slots_are_skipped_in_repr(rt: ModuleType, models: SimpleNamespace) -> None:
    bare = models.Customer.__new__(models.Customer)
    bare._data = {}
    bare.id = "cus_9"
    assert repr(bare) == "Customer(id='cus_9')"
    assert repr(rt.Model.from_dict({"a": 1})) == "Model()"


def test_pickle_and_copy(models: SimpleNamespace) -> None:
    customer = models.Customer.from_dict(DATA)
    assert copy.copy(customer) == customer
    assert copy.deepcopy(customer) == customer


def test_pickle_module_level(rt: ModuleType) -> None:
    # Classes local to a fixture cannot be pickled by reference; the base can.
    model = rt.Model.from_dict({"a": [1]})
    assert pickle.loads(pickle.dumps(model)) == model
