"""Turning any spec name into words, cased identifiers and file stems, for every language.

Spec names are untrusted: they may hold keywords, dashes, dots, leading digits,
unicode look-alikes or code. Everything that becomes an identifier in generated
source passes through `snake_case`/`pascal_case` here, which only ever emit
`[A-Za-z0-9_]` and never start with a digit. Each language's reserved words are its
target's (`targets/<language>/words.py`): it passes them as `reserved`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Set
from functools import lru_cache

_WORD_SPLIT = re.compile(r"[^0-9A-Za-z]+")
_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def ascii_fold(text: str) -> str:
    """Fold unicode to ASCII (`é` -> `e`); characters with no ASCII form are dropped."""
    normalized = unicodedata.normalize("NFKD", text)
    return normalized.encode("ascii", "ignore").decode("ascii")


def words(name: str) -> list[str]:
    """Split a spec name into lower-case words: `getHTTPResponse-v2` -> get http response v2."""
    result: list[str] = []
    for chunk in _WORD_SPLIT.split(ascii_fold(name)):
        if chunk:
            result.extend(part.lower() for part in _CAMEL_BOUNDARY.split(chunk) if part)
    return result


def _fallback(name: str) -> list[str]:
    """Words for a name with no ASCII letters or digits at all (e.g. `日本`)."""
    if not name:
        return ["unnamed"]
    return ["u" + "_".join(f"{ord(ch):x}" for ch in name[:8])]


@lru_cache(maxsize=65536)  # names recur (field names across schemas, params across operations)
def snake_case(name: str) -> str:
    """`PaymentMethod-Options.2` -> `payment_method_options_2` (not yet keyword-safe)."""
    parts = words(name) or _fallback(name)
    result = "_".join(parts)
    return f"n{result}" if result[0].isdigit() else result


@lru_cache(maxsize=65536)
def pascal_case(name: str) -> str:
    """`customer_session` -> `CustomerSession`; `3d_secure` -> `N3dSecure`."""
    parts = words(name) or _fallback(name)
    result = "".join(part[:1].upper() + part[1:] for part in parts)
    return f"N{result}" if result[0].isdigit() else result


def suffixed(name: str, reserved: Set[str]) -> str:
    """`name`, with `_` appended until it is not in `reserved` (a language's keywords...)."""
    while name in reserved:
        name += "_"
    return name


#: File names Windows reserves whatever the extension (`con.py` cannot be created there).
WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"} | {f"com{n}" for n in range(10)} | {f"lpt{n}" for n in range(10)}
)
#: Longest module (file) name we produce: well under the 255 bytes file systems allow.
MAX_MODULE_NAME = 100


def module_name(name: str, reserved: Iterable[str] = ()) -> str:
    """A snake_case module or file stem for any spec name: an identifier not in `reserved` (a
    language's keywords), never a name Windows reserves (`con`, `aux`...), at most
    `MAX_MODULE_NAME` characters (a long name keeps its start plus a short hash of the whole,
    so names stay distinct)."""
    stem = snake_case(name)
    if len(stem) > MAX_MODULE_NAME:
        digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        stem = f"{stem[: MAX_MODULE_NAME - 9].rstrip('_')}_{digest}"
    return suffixed(stem, WINDOWS_RESERVED.union(reserved))


def unique(wanted: str, taken: set[str], separator: str = "_") -> str:
    """`wanted`, or `wanted_2`, `wanted_3`... whichever is not in `taken`; it is then taken."""
    candidate, counter = wanted, 2
    while candidate in taken:
        candidate = f"{wanted}{separator}{counter}"
        counter += 1
    taken.add(candidate)
    return candidate


def dedupe(names: Iterable[str]) -> list[str]:
    """Make names unique in order: a second `foo` becomes `foo_2`, and so on."""
    seen: set[str] = set()
    return [unique(name, seen) for name in names]
