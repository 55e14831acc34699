"""Ruby's words: its keywords, and the snake_case identifiers spec names become.

Everything that depends only on Ruby's rules (not on a spec or on the runtime's classes)
lives here; the naming policy (`names.py`) adds the names the runtime takes.
"""

from __future__ import annotations

from ...surface.naming import snake_case

#: Ruby's keywords: no method, reader or local variable may be one.
KEYWORDS = frozenset(
    [
        "__ENCODING__",
        "__LINE__",
        "__FILE__",
        "BEGIN",
        "END",
        "alias",
        "and",
        "begin",
        "break",
        "case",
        "class",
        "def",
        "defined?",
        "do",
        "else",
        "elsif",
        "end",
        "ensure",
        "false",
        "for",
        "if",
        "in",
        "module",
        "next",
        "nil",
        "not",
        "or",
        "redo",
        "rescue",
        "retry",
        "return",
        "self",
        "super",
        "then",
        "true",
        "undef",
        "unless",
        "until",
        "when",
        "while",
        "yield",
    ]
)


def ruby_name(name: str, reserved: frozenset[str] = KEYWORDS) -> str:
    """A snake_case method or local name; a keyword or a `reserved` one gets a trailing `_`."""
    found = snake_case(name)
    while found in reserved or found in KEYWORDS:
        found += "_"
    return found
