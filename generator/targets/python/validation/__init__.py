"""Generated request and response validators: plain Python checks compiled from the IR.

`render_validators` writes the `_validators` package of a generated client;
`params_validator`, `response_validator` and `schema_validator` say where each generated
function lives; `load_validators` compiles them in memory (for the mock server and tests).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ....cache.incremental import Memo
from ....surface import Api
from .codegen import render_validators as _render
from .compiled import RUNTIME_SOURCE, ValidatorSet, load_validators
from .plan import Layout, params_validator, plan, response_validator, schema_validator

__all__ = [
    "ValidatorSet",
    "code_digest",
    "layout_of",
    "load_validators",
    "params_validator",
    "render_validators",
    "response_validator",
    "schema_validator",
]


def code_digest() -> str:
    """A digest of the code that renders and runs the validators (this package and the runtime's
    `validation.py`): validators rendered by other code must not be reused (the mock's cache)."""
    digest = hashlib.sha256()
    for path in [*sorted(Path(__file__).resolve().parent.glob("*.py")), RUNTIME_SOURCE]:
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"?")
    return digest.hexdigest()


def layout_of(api: Api) -> Layout:
    """Where each of `api`'s validators lives (modules and function names), planned from the IR
    alone; plan once and pass the layout around (planning Stripe's spec takes a while)."""
    return plan(api)


def render_validators(api: Api, memo: Memo | None = None) -> dict[str, str]:
    """`{path relative to the generated package: source}` for the whole `_validators` package.

    The layout is read, never changed: each module's helpers take their names from a fresh
    set beside the plan's (`plan.SchemaModule.taken`), so the function names come from the
    plan alone and agree with `params_validator` and friends.
    """
    return _render(api, plan(api), memo)
