"""The spec's IR for the mock, fast: from the IR cache, or parsed and converted without waiting
for openapi-spec-validator.

Cold (no cache entry), the mock parses and converts the spec, which reports
anything it cannot model, and starts serving; the slow structural validation
(3-4 s on Stripe's spec) runs afterwards in a background process
(`background.py`), which then stores the IR in the cache with the verdict
(`generator.mock.speccache`). Problems it finds are printed as warnings, then and on
every later start from the cache: a mock is a development tool, so a spec that
converts is served even when it is not quite valid OpenAPI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..cache import Cache
from ..config import Config
from ..errors import Issue, Level
from ..ir.model import Api
from . import speccache
from .background import signals_held
from .examples import Judge, SpecJudge, judged, trusted
from .synth import as_json

#: A job to run once the server is up; returns the problems found.
Job = Callable[[], list[Issue]]


@dataclass(frozen=True, slots=True)
class Prepared:
    api: Api
    warnings: tuple[Issue, ...]  # to print now
    job: Job | None  # validation and caching, still to do (cold start)
    cached: bool
    content_key: str  # names this IR in caches (`speccache.CachedSpec.content_key`)
    judge: Judge | None = None  # which response examples may be sent (cold start: the IR's are not judged yet)


def prepare(config: Config, cache: Cache | None) -> Prepared:
    """The IR of `config.spec`. Raises `SpecError` when it cannot be parsed or converted."""
    spec_path = config.spec
    if spec_path is None:
        from ..frontend import require_spec

        spec_path = require_spec(config)  # raises UsageError
    entry = speccache.lookup(spec_path, config, cache)
    if entry is not None:
        warnings = entry.warnings + _as_warnings(entry.problems)
        return Prepared(entry.api, warnings, None, True, entry.content_key, trusted)  # (examples judged: `judged`)
    from ..frontend import load_api  # the cold path only
    from ..load.validate import validate

    loaded = load_api(spec_path, config, None, validation="later")  # validated once serving
    spec, api, warnings = loaded.spec, loaded.api, loaded.warnings

    judge = SpecJudge(spec)

    def validate_and_cache() -> list[Issue]:
        problems = validate(spec, cache)
        kept = judged(api, judge, as_json)  # later starts have no spec to judge the examples with
        entry = speccache.CachedSpec(kept, warnings, validated=True, problems=tuple(problems))
        if cache is not None:
            key, data = speccache.encode(spec, config, entry)
            with signals_held():
                cache.put(speccache.KIND, key, data)
        return list(_as_warnings(problems))

    return Prepared(api, warnings, validate_and_cache, False, speccache.content_key(spec, config), judge)


def _as_warnings(problems: tuple[Issue, ...] | list[Issue]) -> tuple[Issue, ...]:
    return tuple(
        Issue(f"openapi-spec-validator: {p.message}", p.file, p.pointer, p.line, Level.WARNING) for p in problems
    )
