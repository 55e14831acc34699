"""A fast path for "nothing changed": skip the whole run when inputs and outputs are as left.

After a run, a stamp in the user's cache (not in the output folder, so nothing
machine-specific is committed) records a digest of the configuration and of
codegen's own code and templates, the hash of every spec file read, and the
size, mtime and sha256 of every file written. The next run recomputes the first two
and stats the outputs; if all match, the output is current and nothing is
parsed, rendered or written. Any difference (an edited spec, a touched output,
a fresh clone with new mtimes) means a full run, which is always correct.
That run still uses the recorded hashes (`known_outputs`): a file whose size and
mtime are as recorded is compared with the new content by hash, without reading it.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .. import __version__
from ..config import Config
from ..targets.jinja import template_root
from . import Cache, Kind

KIND = Kind.STAMP
_CODE_ROOT = Path(__file__).resolve().parent.parent  # generator/


def _hash_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def code_digest(config: Config) -> str:
    """Configuration + codegen version + the bytes of codegen's code and templates."""
    digest = hashlib.sha256(__version__.encode())
    settings = {
        "spec": str(Path(config.spec).resolve()) if config.spec else "",
        "tables": {name: dict(sorted(table.items())) for name, table in sorted(config.tables.items())},
        "targets": list(config.targets),
        "templates": str(config.templates) if config.templates else "",
        "operation_names": dict(sorted(config.operation_names.items())),
        "limits": repr(config.limits),
        "strict": config.strict,  # (a lenient run's output is no strict run's: that one must refuse the spec)
    }
    digest.update(json.dumps(settings, sort_keys=True, default=str).encode())
    digest.update(code_fingerprint(config.templates).encode())
    return digest.hexdigest()


def code_fingerprint(templates: Path | None = None) -> str:
    """A digest of the bytes of codegen's code and templates (and the user's template overrides)."""
    digest = hashlib.sha256(__version__.encode())
    folders = [_CODE_ROOT, template_root()] + ([templates] if templates else [])
    for folder in folders:
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _key(out_dir: Path) -> str:
    return hashlib.sha256(str(out_dir.resolve()).encode()).hexdigest()


def _stats(out_dir: Path, paths: Iterable[str]) -> dict[str, list[int]] | None:
    result: dict[str, list[int]] = {}
    for relative in paths:
        try:
            info = os.stat(out_dir / relative)
        except OSError:
            return None
        result[relative] = [info.st_size, info.st_mtime_ns]
    return result


def _load(cache: Cache | None, config: Config) -> dict[str, Any] | None:
    if cache is None:
        return None
    raw = cache.get(KIND, _key(config.out))
    try:
        stamp = json.loads(raw) if raw is not None else None
    except ValueError:
        return None
    return stamp if isinstance(stamp, dict) else None


def known_outputs(cache: Cache | None, config: Config) -> dict[str, tuple[int, int, str]]:
    """{output file: (size, mtime_ns, sha256)} as the last run left them (see `write.plan`)."""
    stamp = _load(cache, config)
    try:
        outputs = stamp["outputs"] if stamp is not None else {}
        return {str(path): (int(size), int(mtime), str(sha)) for path, (size, mtime, sha) in outputs.items()}
    except (AttributeError, KeyError, TypeError, ValueError):
        return {}


def is_current(cache: Cache | None, config: Config, digest: str) -> list[str] | None:
    """The output files, when the last run's stamp shows nothing changed; else None."""
    stamp = _load(cache, config)
    if stamp is None:
        return None
    try:
        if stamp["digest"] != digest:
            return None
        for path, sha in stamp["inputs"].items():
            if _hash_file(Path(path)) != sha:
                return None
        outputs = {path: [size, mtime] for path, (size, mtime, _sha) in stamp["outputs"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if _stats(config.out, outputs) != outputs:
        return None
    return sorted(outputs)


def record(
    cache: Cache | None, config: Config, digest: str, inputs: Iterable[Path], outputs: Mapping[str, str]
) -> None:
    """Remember this run (after its output was written or found current); `outputs` maps files to sha256."""
    if cache is None:
        return
    stats = _stats(config.out, outputs)
    if stats is None:
        return
    stamp = {
        "digest": digest,
        "inputs": {str(path.resolve()): _hash_file(path) for path in inputs},
        "outputs": {path: [*stat, outputs[path]] for path, stat in stats.items()},
    }
    cache.put(KIND, _key(config.out), json.dumps(stamp, sort_keys=True).encode())
