"""Everything codegen keeps between runs: a small content-addressed cache on disk.

Every kind of entry is named here (`Kind`), with what it holds and who reads it; each one
is keyed by content (or by the output folder, for the stamp), so a stale entry is never used:

| kind | holds | written by |
| --- | --- | --- |
| `stamp` | the last run's inputs and each output's size, mtime and sha256 | `cache.stamp` |
| `yaml` | each top-level entry of a YAML spec, parsed | `load.yamlchunks` |
| `valid` | "valid", per spec content | `load.validate` |
| `valid-record` | a valid spec's entries with their prose blanked, for kept verdicts | `load.verdicts` |
| `ir` | the IR of a spec, for the mock's fast start | `mock.speccache` |
| `render` | each rendered unit with what it read | `cache.incremental` |
| `black` | black's output for a file | `targets.python.formatting` |
| `templates` | Jinja's compiled templates (a folder Jinja manages) | `targets.jinja` |
| `validators` | the mock's rendered validators | `mock.checks` |

Location: `$CODEGEN_CACHE_DIR`, else `$XDG_CACHE_HOME/codegen`, else
`~/.cache/codegen`. `CODEGEN_NO_CACHE=1` turns it off. Entries
are written atomically; a corrupt or unreadable cache is treated as empty.
"""

from __future__ import annotations

import enum
import marshal
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


class Kind(enum.StrEnum):
    """The kinds of entries (each a folder of the cache)."""

    STAMP = "stamp"
    YAML = "yaml"
    VALID = "valid"
    VALID_RECORD = "valid-record"
    IR = "ir"
    RENDER = "render"
    BLACK = "black"
    TEMPLATES = "templates"
    VALIDATORS = "validators"


class Cache:
    def __init__(self, root: Path) -> None:
        self.root = root

    @classmethod
    def default(cls) -> Cache | None:
        if os.environ.get("CODEGEN_NO_CACHE"):
            return None
        explicit = os.environ.get("CODEGEN_CACHE_DIR")
        if explicit:
            return cls(Path(explicit))
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        return cls(Path(base) / "codegen")

    def folder(self, kind: str) -> Path:
        """The folder of entries of `kind`, for a library that keeps its own files there."""
        return self.root / kind

    def _path(self, kind: str, key: str) -> Path:
        return self.root / kind / key

    def has(self, kind: str, key: str) -> bool:
        return self._path(kind, key).is_file()

    def get(self, kind: str, key: str) -> bytes | None:
        try:
            return self._path(kind, key).read_bytes()
        except OSError:
            return None

    def put(self, kind: str, key: str, data: bytes) -> None:
        folder = self.root / kind
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-")
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, folder / key)
        except OSError:
            pass  # a cache that cannot be written is only slower


def unmarshal(raw: bytes | None, valid: Callable[[Any], bool]) -> Any:
    """The value `marshal` stored in `raw`, or None when there is none, it does not load
    (a truncated file, another Python's format) or it is not `valid`: cached bytes are
    never trusted."""
    if raw is None:
        return None
    try:
        value = marshal.loads(raw)
    except (EOFError, ValueError, TypeError):
        return None
    return value if valid(value) else None
