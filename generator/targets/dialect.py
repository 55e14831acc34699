"""The parts of a hand-written runtime that only Stripe's API gets (`Sdk.stripe`).

A runtime file marks them with comment lines in its own language:

    // codegen:stripe
    ...kept for Stripe's API (`Stripe-Version`, `Stripe-Account`, `Stripe-Signature`)...
    // codegen:else
    ...kept for every other API (optional)...
    // codegen:end

The marker lines themselves are never copied, so an SDK of another API names no vendor but
its own, comments included.
"""

from __future__ import annotations

import re
from functools import cache

_MARKED = rb"^[ \t]*{c} codegen:stripe\n(.*?)(?:^[ \t]*{c} codegen:else\n(.*?))?^[ \t]*{c} codegen:end\n"


@cache
def _pattern(comment: bytes) -> re.Pattern[bytes]:
    return re.compile(_MARKED.replace(b"{c}", re.escape(comment)), re.M | re.S)


def for_dialect(source: bytes, stripe: bool, comment: bytes = b"//") -> bytes:
    """`source` with each marked part for Stripe's API kept when `stripe`, else its `codegen:else` part."""
    return _pattern(comment).sub(lambda m: m.group(1) if stripe else m.group(2) or b"", source)


def for_dialect_text(source: str, stripe: bool, comment: str = "//") -> str:
    """`for_dialect` of a text (a runtime file read as str)."""
    return for_dialect(source.encode("utf-8"), stripe, comment.encode("ascii")).decode("utf-8")
