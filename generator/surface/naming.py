"""Language-free naming helpers every target builds its naming policy on (re-exported from the IR).

They only ever emit `[A-Za-z0-9_]`: casing (`snake_case`, `pascal_case`, `words`), singulars
(`singular`, from one inflector for every language), keeping names apart (`unique`, `dedupe`)
and safe file names (`module_name`, given the language's keywords). Each language's reserved
words and identifier rules live in its target (`words.py`).
"""

from __future__ import annotations

from ..ir.inflection import singular
from ..ir.naming import dedupe, module_name, pascal_case, snake_case, suffixed, unique, words

__all__ = ["dedupe", "module_name", "pascal_case", "singular", "snake_case", "suffixed", "unique", "words"]
