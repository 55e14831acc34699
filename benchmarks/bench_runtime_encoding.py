"""Benchmark the generated client's runtime against the official ``stripe`` package.

1. Form-encoding 100,000 realistic nested param dicts (customer sessions,
   customers with addresses and metadata, list filters with expand arrays...):
   ours (``urlencode_params``) vs stripe's ``_encode._api_encode`` +
   ``urllib.parse.urlencode`` (stripe's own requestor also rewrites ``%5B``/``%5D``
   back to brackets afterwards, which is not counted: the ratio is conservative).
2. Parsing 10,000 customer-shaped JSON dicts: a ``Model`` subclass written the way
   the generator renders them vs ``stripe.Customer.construct_from(d, "sk_test")``.

Run: ``python benchmarks/bench_runtime_encoding.py [--n 100000] [--models 10000]``.
The stripe side is skipped with a message when ``stripe`` is not installed.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar
from urllib.parse import urlencode

RUNTIME_DIR = Path(__file__).resolve().parents[1] / "templates" / "python" / "runtime"


def load_runtime() -> ModuleType:
    """Import templates/python/runtime as a package (it uses relative imports)."""
    spec = importlib.util.spec_from_file_location(
        "codegen_runtime", RUNTIME_DIR / "__init__.py", submodule_search_locations=[str(RUNTIME_DIR)]
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["codegen_runtime"] = module
    spec.loader.exec_module(module)
    return module


def load_stripe() -> ModuleType | None:
    try:
        import stripe
    except ImportError:
        return None
    return stripe


# --- inputs ----------------------------------------------------------------------------


def make_params(rng: random.Random, i: int) -> dict[str, Any]:
    """One realistic request: the kind is picked at random, values vary."""
    kind = rng.randrange(5)
    if kind == 0:  # customer session with components
        return {
            "customer": f"cus_{i:014d}",
            "components": {
                "pricing_table": {"enabled": rng.random() < 0.5},
                "buy_button": {"enabled": False},
                "payment_element": {
                    "enabled": True,
                    "features": {
                        "payment_method_redisplay": "enabled",
                        "payment_method_save": rng.choice(["enabled", "disabled"]),
                        "payment_method_allow_redisplay_filters": ["always", "limited"],
                        "payment_method_remove": None,
                    },
                },
            },
            "expand": ["customer"],
        }
    if kind == 1:  # customer create with address, shipping and metadata
        return {
            "email": f"jenny.rosen+{i}@example.com",
            "name": rng.choice(["Jenny Rosen", "Zoë Müller", "李小龙", "O'Brien & Sons"]),
            "description": None,
            "address": {
                "line1": f"{rng.randrange(1, 999)} Townsend St",
                "line2": "",
                "city": "San Francisco",
                "state": "CA",
                "postal_code": "94103",
                "country": "US",
            },
            "shipping": {
                "name": "Jenny Rosen",
                "phone": "+1 555-0100",
                "address": {"line1": "1 Main St", "city": "Paris", "postal_code": "75001", "country": "FR"},
            },
            "metadata": {"order_id": str(i), "source": "web", "campaign": "spring sale"},
            "preferred_locales": ["en", "fr"],
            "tax_exempt": "none",
        }
    if kind == 2:  # list filters
        return {
            "limit": rng.randrange(1, 100),
            "created": {"gte": 1_700_000_000 + i, "lt": 1_800_000_000},
            "expand": ["data.customer", "data.invoice.subscription"],
            "starting_after": f"pi_{i:014d}" if rng.random() < 0.5 else None,
        }
    if kind == 3:  # checkout session with line items
        return {
            "mode": "payment",
            "success_url": "https://example.com/success?session_id={CHECKOUT_SESSION_ID}",
            "line_items": [
                {"price": f"price_{j}", "quantity": rng.randrange(1, 5), "adjustable_quantity": {"enabled": True}}
                for j in range(rng.randrange(1, 4))
            ],
            "metadata": {"cart": str(i)},
            "automatic_tax": {"enabled": True},
        }
    return {  # small update
        "metadata": {"k": "v", "empty": ""},
        "invoice_settings": {"default_payment_method": f"pm_{i}", "footer": "Thanks!"},
        "balance": -rng.randrange(10_000),
    }


def make_customer(rng: random.Random, i: int) -> dict[str, Any]:
    """A customer object as the API returns it."""
    return {
        "id": f"cus_{i:014d}",
        "object": "customer",
        "address": {
            "city": "San Francisco",
            "country": "US",
            "line1": "510 Townsend St",
            "line2": None,
            "postal_code": "94103",
            "state": "CA",
        },
        "balance": rng.randrange(-5000, 5000),
        "created": 1_700_000_000 + i,
        "currency": "usd",
        "default_source": None,
        "delinquent": False,
        "description": "A customer",
        "discount": None,
        "email": f"jenny+{i}@example.com",
        "invoice_prefix": f"ABC{i % 1000:03d}",
        "invoice_settings": {
            "custom_fields": None,
            "default_payment_method": None,
            "footer": None,
            "rendering_options": None,
        },
        "livemode": False,
        "metadata": {"order_id": str(i)},
        "name": "Jenny Rosen",
        "next_invoice_sequence": 1,
        "phone": None,
        "preferred_locales": ["en"],
        "shipping": None,
        "tax_exempt": "none",
        "test_clock": None,
    }


# --- generated-style models --------------------------------------------------------------


def define_models(model: type) -> type:
    """The models as the generator renders them (hand-written here)."""

    class Address(model):  # type: ignore[misc,valid-type]
        __slots__ = ("city", "country", "line1", "line2", "postal_code", "state")
        _secret_fields: ClassVar[frozenset[str]] = frozenset()
        city: str | None
        country: str | None
        line1: str | None
        line2: str | None
        postal_code: str | None
        state: str | None

        @classmethod
        def from_dict(cls, data: Mapping[str, Any]) -> Address:
            self = cls.__new__(cls)
            self._data = data
            self.city = data.get("city")
            self.country = data.get("country")
            self.line1 = data.get("line1")
            self.line2 = data.get("line2")
            self.postal_code = data.get("postal_code")
            self.state = data.get("state")
            return self

    class InvoiceSettings(model):  # type: ignore[misc,valid-type]
        __slots__ = ("custom_fields", "default_payment_method", "footer", "rendering_options")
        _secret_fields: ClassVar[frozenset[str]] = frozenset()
        custom_fields: list[Any] | None
        default_payment_method: str | None
        footer: str | None
        rendering_options: Any | None

        @classmethod
        def from_dict(cls, data: Mapping[str, Any]) -> InvoiceSettings:
            self = cls.__new__(cls)
            self._data = data
            self.custom_fields = data.get("custom_fields")
            self.default_payment_method = data.get("default_payment_method")
            self.footer = data.get("footer")
            self.rendering_options = data.get("rendering_options")
            return self

    class Customer(model):  # type: ignore[misc,valid-type]
        __slots__ = (
            "address",
            "balance",
            "created",
            "currency",
            "default_source",
            "delinquent",
            "description",
            "discount",
            "email",
            "id",
            "invoice_prefix",
            "invoice_settings",
            "livemode",
            "metadata",
            "name",
            "next_invoice_sequence",
            "object",
            "phone",
            "preferred_locales",
            "shipping",
            "tax_exempt",
            "test_clock",
        )
        _secret_fields: ClassVar[frozenset[str]] = frozenset()

        @classmethod
        def from_dict(cls, data: Mapping[str, Any]) -> Customer:
            self = cls.__new__(cls)
            self._data = data
            self.id = data.get("id")
            self.object = data.get("object")
            v = data.get("address")
            self.address = None if v is None else Address.from_dict(v)
            self.balance = data.get("balance")
            self.created = data.get("created")
            self.currency = data.get("currency")
            self.default_source = data.get("default_source")
            self.delinquent = data.get("delinquent")
            self.description = data.get("description")
            self.discount = data.get("discount")
            self.email = data.get("email")
            self.invoice_prefix = data.get("invoice_prefix")
            v = data.get("invoice_settings")
            self.invoice_settings = None if v is None else InvoiceSettings.from_dict(v)
            self.livemode = data.get("livemode")
            self.metadata = data.get("metadata")
            self.name = data.get("name")
            self.next_invoice_sequence = data.get("next_invoice_sequence")
            self.phone = data.get("phone")
            self.preferred_locales = data.get("preferred_locales")
            v = data.get("shipping")
            self.shipping = None if v is None else v
            self.tax_exempt = data.get("tax_exempt")
            self.test_clock = data.get("test_clock")
            return self

    return Customer


# --- timing ---------------------------------------------------------------------------------


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    """Best wall time of ``repeat`` runs of ``fn`` (seconds)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def report(label: str, ours: float, theirs: float | None, count: int) -> None:
    print(f"  ours:   {ours:8.3f} s  ({ours / count * 1e6:7.2f} µs each)")
    if theirs is None:
        print("  stripe: skipped (the stripe package is not installed: pip install stripe)")
        return
    print(f"  stripe: {theirs:8.3f} s  ({theirs / count * 1e6:7.2f} µs each)")
    print(f"  ratio:  ours is {theirs / ours:.1f}x faster ({label})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="param dicts to encode")
    parser.add_argument("--models", type=int, default=10_000, help="customer dicts to parse")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (best is kept)")
    args = parser.parse_args()

    runtime = load_runtime()
    stripe = load_stripe()
    rng = random.Random(42)
    print(f"python {sys.version.split()[0]}, stripe {getattr(stripe, 'VERSION', 'not installed')}")

    params = [make_params(rng, i) for i in range(args.n)]
    urlencode_params = runtime.urlencode_params
    ours = best_of(args.repeat, lambda: [urlencode_params(p) for p in params])
    theirs = None
    if stripe is not None:
        from stripe._encode import _api_encode

        mismatches = sum(urlencode_params(p) != urlencode(list(_api_encode(p))) for p in params[:2000])
        print(f"\nencoding check: {mismatches} of 2000 bodies differ from stripe's")
        theirs = best_of(args.repeat, lambda: [urlencode(list(_api_encode(p))) for p in params])
    print(f"\nencode {args.n:,} nested param dicts:")
    report("encoding", ours, theirs, args.n)

    customers = [make_customer(rng, i) for i in range(args.models)]
    customer_model = define_models(runtime.Model)
    parse = customer_model.from_dict
    ours = best_of(args.repeat, lambda: [parse(d) for d in customers])
    theirs = None
    if stripe is not None:
        construct = stripe.Customer.construct_from
        theirs = best_of(args.repeat, lambda: [construct(d, "sk_test") for d in customers])
    print(f"\nparse {args.models:,} customer dicts into models:")
    report("model parsing", ours, theirs, args.models)
    sample = parse(customers[0])
    assert sample.to_dict() == customers[0] and sample.address.city == "San Francisco"


if __name__ == "__main__":
    main()
