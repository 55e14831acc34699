"""Language-free naming helpers every target builds its naming policy on (re-exported from the IR).

They only ever emit `[A-Za-z0-9_]`: casing (`snake_case`, `pascal_case`, `words`), keeping names
apart (`unique`, `dedupe`) and safe file names (`module_name`). Each language's reserved words and
identifier rules live in its target.
"""

from __future__ import annotations

from ..ir.naming import (
    PYTHON_BUILTINS,
    dedupe,
    is_python_identifier,
    module_name,
    pascal_case,
    py_class_name,
    py_name,
    snake_case,
    unique,
    words,
)

__all__ = [
    "PYTHON_BUILTINS",
    "dedupe",
    "is_python_identifier",
    "module_name",
    "pascal_case",
    "py_class_name",
    "py_name",
    "snake_case",
    "unique",
    "words",
]
