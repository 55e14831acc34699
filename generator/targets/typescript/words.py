"""TypeScript's words: its reserved words, and the camelCase identifiers spec names become.

Everything that depends only on TypeScript's rules (not on a spec or on the runtime's classes)
lives here; the naming policy (`names.py`) adds the names the runtime and the client take.
"""

from __future__ import annotations

import json
import re

from ...surface.naming import pascal_case, words

#: Reserved words of JavaScript and TypeScript (strict mode, modules): no local, parameter or
#: class may be one. Members may (`client.customers.delete`), but not these locals.
KEYWORDS = frozenset(
    [
        "break",
        "case",
        "catch",
        "class",
        "const",
        "continue",
        "debugger",
        "default",
        "delete",
        "do",
        "else",
        "enum",
        "export",
        "extends",
        "false",
        "finally",
        "for",
        "function",
        "if",
        "import",
        "in",
        "instanceof",
        "new",
        "null",
        "return",
        "super",
        "switch",
        "this",
        "throw",
        "true",
        "try",
        "typeof",
        "var",
        "void",
        "while",
        "with",
        "implements",
        "interface",
        "let",
        "package",
        "private",
        "protected",
        "public",
        "static",
        "yield",
        "await",
        "async",
        "any",
        "boolean",
        "number",
        "string",
        "symbol",
        "unknown",
        "never",
        "object",
        "undefined",
        "declare",
        "abstract",
        "as",
        "asserts",
        "from",
        "get",
        "set",
        "is",
        "keyof",
        "module",
        "namespace",
        "readonly",
        "require",
        "type",
        "infer",
        "arguments",
        "eval",
        "of",
        "global",
        "bigint",
        "satisfies",
        "accessor",
        "out",
        "override",
        "constructor",
    ]
)
#: Global types and values the generated layer names: no generated type may hide one in its
#: module (other globals, `Error`, `Event` or `File`, are fine as names of the API's own types).
GLOBAL_TYPES = frozenset(
    [
        *("Object", "Function", "Array", "String", "Number", "Boolean", "Symbol", "BigInt", "Promise"),
        *("PromiseLike", "Record", "Partial", "Readonly", "ReadonlyArray", "ArrayBuffer"),
    ]
)
_IDENTIFIER = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")


def camel_case(name: str) -> str:
    """`customer_sessions` -> `customerSessions`; `3d_secure` -> `n3dSecure` (like `pascal_case`)."""
    found = pascal_case(name)
    return found[:1].lower() + found[1:]


def local_name(name: str, reserved: frozenset[str] = frozenset()) -> str:
    """A camelCase local or parameter name; a reserved word (or a `reserved` one) gets a trailing `_`."""
    found = camel_case(name) if words(name) else "value"
    while found in KEYWORDS or found in reserved:
        found += "_"
    return found


def member_name(name: str, reserved: frozenset[str] = frozenset()) -> str:
    """A camelCase member name (reserved words are fine as members); `reserved` ones get a `_`."""
    found = camel_case(name)
    while found in reserved:
        found += "_"
    return found


def is_identifier(name: str) -> bool:
    return bool(_IDENTIFIER.fullmatch(name))


def property_key(name: str) -> str:
    """A property's key in an interface or object literal: `name`, or `"odd-name"` quoted."""
    return name if is_identifier(name) else ts_str(name)


def ts_str(text: str) -> str:
    """A double-quoted TypeScript string literal of `text` (JSON's escapes, and `</` kept apart)."""
    return json.dumps(text, ensure_ascii=False).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
