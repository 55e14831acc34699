"""`codegen release --from PREVIOUS`: the packages' version and CHANGELOG.md follow the spec.

PREVIOUS is the spec as last released: a file, `git:REV:path`, or `git:REV` (the configured
spec's path at REV). The two specs are compared as `codegen diff` compares them; the verdict
decides the next version (`diff.changelog.bump_for`: breaking -> major, an addition -> minor,
anything else -> patch, the same data in both -> no release), counted from the output folder's
release record (`output/version.py`; 0.1.0 before the first release). Then, unless
`--dry-run` or `--check`: every target is regenerated with that version, the record is
written, and the release's section is prepended to `OUT/CHANGELOG.md` (one changelog for
every target: they share the version and the API).

Nothing is written when anything fails before the output is regenerated; the regeneration
itself is atomic (`output/write.py`). The record keeps the sha256 of the spec it was
released from, so a second run on the same spec changes nothing.
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import targets as target_registry
from .config import Config
from .diff import compare_loaded, load_both
from .diff.changelog import Bump, bump_for, counts, prepend, section
from .diff.report import Diff
from .diff.source import with_spec_path
from .errors import UsageError
from .frontend import Loaded, require_spec
from .output import version as record
from .output.version import Release, Version

CHANGELOG = "CHANGELOG.md"


@dataclass(frozen=True, slots=True)
class Plan:
    """What a release would do; `apply` writes the record and the changelog."""

    out: Path
    diff: Diff
    bump: Bump
    current: Version
    next: Version
    spec_digest: str
    changelog: str  # the new section ("" when there is nothing to release)
    released_already: bool  # the record names this very spec: nothing to do

    @property
    def due(self) -> bool:
        return self.bump is not Bump.NONE and not self.released_already

    def summary(self) -> str:
        if self.released_already:
            return f"codegen release: {self.current} was released from this spec already; nothing to do"
        if self.bump is Bump.NONE:
            return f"codegen release: no changes to the API; the version stays {self.current}"
        what = counts(self.diff) if self.diff.changes else "descriptions or examples only"
        return f"codegen release: {self.current} -> {self.next} ({self.bump.value}: {what})"


def prepare(previous: str, config: Config, *, verbose: bool = False) -> Plan:
    """Compare PREVIOUS with the configured spec and decide the release. Writes nothing.

    Raises UsageError (a bad revision, a bad record, a target's table that sets a version)
    or SpecError (a spec that does not load)."""
    spec = require_spec(config)
    pinned = target_registry.pinned_versions(config.tables)
    if pinned:
        settings = ", ".join(f"[tool.codegen.{t}] {target_registry.get(t).version_key}" for t in pinned)
        raise UsageError(f"{settings}: remove the setting; codegen release keeps every package's version")
    found = record.read(config.out)
    current = found.version if found is not None else Version.parse(record.INITIAL, "initial version")
    old, new = load_both(with_spec_path(previous, spec), str(spec), config, verbose=verbose)
    diff = compare_loaded(old, new)
    digest = spec_digest(new[0])
    bump = bump_for(diff, same_api=_same_spec(old[0], new[0]))
    following = current.bumped(bump.value)
    already = found is not None and found.spec == digest
    text = "" if already or bump is Bump.NONE else section(diff, str(current), str(following), release_date(), bump)
    return Plan(config.out, diff, bump, current, following, digest, text, already)


def apply(plan: Plan) -> None:
    """Write the release record and prepend the release's section to CHANGELOG.md."""
    if not plan.due:
        return
    path = plan.out / CHANGELOG
    try:
        existing: str | None = path.read_text("utf-8")
    except FileNotFoundError:
        existing = None
    plan.out.mkdir(parents=True, exist_ok=True)
    record.replace_text(path, prepend(existing, plan.changelog))
    record.write(plan.out, Release(plan.next, plan.spec_digest))


def spec_digest(loaded: Loaded) -> str:
    """sha256 of the spec's files (names and bytes): which spec a release was made from."""
    digest = hashlib.sha256()
    for document in loaded.spec.files():
        digest.update(f"{document.display}\0".encode())
        digest.update(document.path.read_bytes())
    return digest.hexdigest()


def _same_spec(old: Loaded, new: Loaded) -> bool:
    """The two specs hold the same data, file by file (YAML layout and comments aside)."""
    return _contents(old) == _contents(new)


def _contents(loaded: Loaded) -> dict[str, Any]:
    """Each file's parsed data, by its path relative to the root file's folder ("" for the root)."""
    root = loaded.spec.root.path
    return {
        "" if doc.path == root else str(doc.path.relative_to(root.parent)): doc.data
        for doc in loaded.spec.files()
        if doc.path == root or doc.path.is_relative_to(root.parent)
    }


def release_date() -> str:
    """Today (UTC), or the day of `SOURCE_DATE_EPOCH` when set (reproducible builds' convention)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    try:
        seconds = float(epoch) if epoch else time.time()
    except ValueError:
        raise UsageError(f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds") from None
    return time.strftime("%Y-%m-%d", time.gmtime(seconds))
