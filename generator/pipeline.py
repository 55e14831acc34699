"""The whole run, one way: load -> validate -> IR -> (SDK surface) -> each target renders and formats -> write.

The first half (spec -> IR) is `generator.frontend`, shared with `validate`, `diff` and `mock`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from . import targets as target_registry
from .cache import Cache, Kind, incremental, stamp
from .config import Config
from .errors import Issue, UsageError
from .forked import Forked
from .frontend import Loaded, Report, load_api, require_spec
from .gcpause import gc_paused
from .output import ignore
from .output import version as release_record
from .output.write import Output, Plan, Staging, plan, read_manifest, write
from .targets.jinja import template_root

#: A target's files, with the number of units reused from its last run and rendered anew.
Rendered = tuple[dict[str, str | bytes], int, int]


def render(
    loaded: Loaded,
    config: Config,
    progress: Report | None = None,
    cache: Cache | None = None,
    code_digest: str | None = None,
) -> Output:
    """Every file of every configured target, formatted by that target, in memory.

    `code_digest` is `run_digest(config)` when the caller has it already.
    """
    api = loaded.api
    job = target_registry.job_for(
        api,
        loaded.spec.root.path.name,
        config.tables,
        templates=config.templates,
        compiled_templates=cache.folder(Kind.TEMPLATES) if cache is not None else None,
    )
    base = code_digest if code_digest is not None else run_digest(config)
    out = str(config.out.resolve())
    digests = incremental.all_digests(api)  # once, before forking: every process uses them
    job.sdk  # noqa: B018 (the surface, built once before forking: every target reads it, about 40 ms on Stripe's spec)
    chosen = target_registry.chosen(config.targets)
    renders = {
        target: partial(_render_target, target, job, cache, digests, base, out, str(loaded.spec.root.path))
        for target in chosen
    }
    formatted: dict[str, target_registry.Files] = {}
    for target, (files, reused, rendered) in _rendered(chosen, renders, progress):
        if progress and reused + rendered:
            progress(f"{target}: {reused} of {reused + rendered} units reused from the last run")
        formatted[target] = target_registry.get(target).format(
            files, trust_layout=config.templates is None, cache=cache
        )
    output = Output()
    for target in chosen:
        for relative, content in sorted(formatted[target].items()):
            output.add(target, relative, content)
    return output


def _rendered(
    chosen: Sequence[str], renders: Mapping[str, Callable[[], Rendered]], progress: Report | None
) -> Iterator[tuple[str, Rendered]]:
    """Each target's render, as each is done: this process takes the targets from the front
    while forked children take them from the back, one child per other core at a time (more
    would share the same cores and each hold its own copy of what it renders: memory, no speed)."""
    pending = list(chosen)
    running: dict[str, Forked[Rendered]] = {}
    width = max(1, (os.cpu_count() or 1) - 1)
    try:
        while pending or running:
            for target in [t for t, child in running.items() if child.done()]:
                yield target, running.pop(target).result()
            while len(pending) > 1 and len(running) < width:
                target = pending.pop()
                if progress:
                    progress(f"rendering {target} (in a child process)")
                running[target] = Forked(renders[target])
            if pending:
                target = pending.pop(0)
                if progress:
                    progress(f"rendering {target}")
                yield target, renders[target]()
            elif running:
                target = next(iter(running))
                yield target, running.pop(target).result()
    finally:
        for child in running.values():
            child.cancel()  # (only those left by an error are still running)


def _render_target(
    target: str,
    job: target_registry.Job,
    cache: Cache | None,
    digests: Mapping[tuple[str, str], str],
    base: str,
    *where: str,
) -> Rendered:
    """`target`'s files, reusing what it can of its last run on the same output folder
    and spec (`where`); returns them with the number of units reused and rendered."""
    key = incremental.memo_key(target, *where)
    memo = incremental.Memo(incremental.load(cache, key), base)
    memo.know(digests)
    files = target_registry.get(target).render(dataclasses.replace(job, memo=memo))
    incremental.save(cache, key, memo)
    return files, memo.reused, memo.rendered


def run_digest(config: Config) -> str:
    """What a run's output depends on besides the spec: the configuration, codegen's version,
    code and templates, and the user's template overrides (the stamp's and the render memo's key)."""
    settings = {
        "spec": str(Path(config.spec).resolve()) if config.spec else "",
        "tables": {name: dict(sorted(table.items())) for name, table in sorted(config.tables.items())},
        "targets": list(config.targets),
        "templates": str(config.templates) if config.templates else "",
        "operation_names": dict(sorted(config.operation_names.items())),
        "limits": repr(config.limits),
        "strict": config.strict,  # (a lenient run's output is no strict run's: that one must refuse the spec)
    }
    return stamp.code_digest(settings, [template_root(), *([config.templates] if config.templates else [])])


@dataclass(frozen=True, slots=True)
class Result:
    plan: Plan
    output: Output
    seconds: float
    warnings: tuple[Issue, ...]


def generate(
    config: Config, *, dry_run: bool = False, progress: Report | None = None, version: str | None = None
) -> Result:
    """Generate every target into `config.out`. With `dry_run`, only report (check mode).

    `version`: every package's version (`codegen release`); None: the output folder's release
    record's, if it has one (`output/version.py`), else each target's configured one."""
    started = time.perf_counter()
    config = released(config, version)
    cache = Cache.default()
    digest = run_digest(config)
    digest_with_ignores = hashlib.sha256(f"{digest} {ignore.digest(config.out)}".encode()).hexdigest()
    fast = _unchanged(cache, config.out, digest_with_ignores)
    if fast is not None:  # nothing changed since the last run: nothing to parse or write
        return Result(fast, Output(), time.perf_counter() - started, ())
    # The next output tree is begun now, in a forked child, while this process parses and renders.
    staging = None if dry_run else Staging.start(config.out)
    try:
        with gc_paused():  # to the end: re-enabled, the collector would sweep everything built so far
            loaded = load_api(require_spec(config), config, cache, progress, validation="background")
            try:
                output = render(loaded, config, progress, cache, digest)
            finally:
                invalid = loaded.confirm()  # nothing is written for an invalid spec (unless lenient)
            if progress:
                progress("comparing with " + str(config.out))
            result = plan(config.out, output, stamp.known_outputs(cache, config.out), staging)
            if not dry_run:
                if progress and not result.is_current:
                    progress("writing " + str(config.out))
                write(config.out, output, result, staging)
            if (not dry_run or result.is_current) and not result.conflicts:  # (a conflict is reported every run)
                inputs = (doc.path for doc in loaded.spec.files())
                stamp.record(cache, config.out, digest_with_ignores, inputs, _written(result, output))
    finally:
        if staging is not None:
            staging.discard()  # (after a write: the old tree, if anything is left of it)
    return Result(result, output, time.perf_counter() - started, loaded.warnings + invalid)


def released(config: Config, version: str | None = None) -> Config:
    """`config` with `version`, else the release record's version, as every package's version.

    A target's table that sets another version is a UsageError: the record decides."""
    where = "codegen release"
    if version is None:
        record = release_record.read(config.out)
        if record is None:
            return config
        version, where = str(record.version), str(config.out / release_record.RECORD)
    pinned = {t: v for t, v in target_registry.pinned_versions(config.tables).items() if v != version}
    if pinned:
        settings = ", ".join(
            f"[tool.codegen.{t}] {target_registry.get(t).version_key} = {v!r}" for t, v in pinned.items()
        )
        raise UsageError(
            f"{settings}: the version is {version}, from {where}; remove the setting (codegen release keeps "
            "every package's version)"
        )
    return dataclasses.replace(config, tables=target_registry.with_version(config.tables, version))


def _unchanged(cache: Cache | None, out: Path, digest: str) -> Plan | None:
    """The plan of a run with nothing to do, when the stamp shows nothing changed; else None."""
    unchanged = stamp.is_current(cache, out, digest)
    if unchanged is None:
        return None
    known = stamp.known_outputs(cache, out)
    generated = read_manifest(out)  # (each file's last generated text, by its hash)
    customised = tuple(path for path in unchanged if path in known and known[path][2] != generated.get(path))
    return Plan(unchanged=tuple(unchanged), customised=customised)


def _written(result: Plan, output: Output) -> dict[str, str]:
    """sha256 of each file the run leaves in the output folder, for the stamp."""
    ignored = set(result.ignored)
    return {path: result.disk_digest(path, output) for path in output.files if path not in ignored}
