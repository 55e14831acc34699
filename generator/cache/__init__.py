"""A small content-addressed cache on disk (validation verdicts, parsed specs).

Location: `$CODEGEN_CACHE_DIR`, else `$XDG_CACHE_HOME/codegen`, else
`~/.cache/codegen`. `CODEGEN_NO_CACHE=1` turns it off. Entries
are written atomically; a corrupt or unreadable cache is treated as empty.
"""

from __future__ import annotations

import marshal
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


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
