"""Differential runs: generated validators vs `openapi-schema-validator` on the same instances.

A *subject* is one thing we validate (an operation's params, an operation's response, a
component schema), with our generated function and a reference validator built from the
spec document (see `reference.py`). `hypothesis-jsonschema` generates valid instances, which
`mutate` breaks in targeted ways (drop a required key, add an unknown key, swap a value's
type, step over a bound or length, leave an enum...). Each instance is judged by both sides;
the verdicts (valid or not) must agree. Used by the tests and by `benchmarks/bench_validators.py`.
"""

from __future__ import annotations

import copy
import random
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st
from hypothesis.errors import HypothesisException
from hypothesis_jsonschema import from_schema
from openapi_schema_validator import OAS30ReadValidator, OAS30WriteValidator

from generator.ir.model import Api
from generator.load.loader import LoadedSpec, load
from generator.targets.python.validation import ValidatorSet

from .reference import Reference, operations

INLINE_DEPTH = 3
UNKNOWN_KEY = "zz_not_in_the_spec"


@dataclass
class Subject:
    name: str  # "params customers.create", "response customers.retrieve", "schema customer"
    request: bool
    ours: Callable[[Any], Sequence[object]]
    reference: Any  # a prepared OAS30 validator
    generate: dict[str, Any]  # JSON-dialect schema for hypothesis-jsonschema


@dataclass
class Disagreement:
    subject: str
    instance: Any
    ours: str  # "valid", "invalid: <first issue>", or "crash: <error>"
    reference: bool


@dataclass
class Tally:
    instances: int = 0
    reference_valid: int = 0
    subjects: int = 0
    skipped: list[str] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"{self.instances} instances over {self.subjects} subjects "
            f"({self.reference_valid} valid per the reference), "
            f"{len(self.disagreements)} disagreements, {len(self.skipped)} subjects skipped, "
            f"{self.seconds:.1f}s"
        )


# -- subjects --------------------------------------------------------------------------------


def _reference(
    spec: LoadedSpec, response: bool, build: Callable[[Reference], Any], depth: int
) -> tuple[Any, Any] | None:
    oas = build(Reference(spec, response=response, dialect="oas"))
    generate = build(Reference(spec, response=response, dialect="json", inline_depth=depth))
    if oas is None or generate is None:
        return None
    validator = (OAS30ReadValidator if response else OAS30WriteValidator)(oas)
    return validator, generate


@dataclass(frozen=True)
class Candidate:
    """A subject not built yet (building means translating schemas and importing validators)."""

    name: str
    build: Callable[[], Subject | None]


def candidates(
    spec_path: Path,
    api: Api,
    validators: ValidatorSet,
    *,
    params: bool = True,
    responses: bool = True,
    components: bool = False,
    depth: int = INLINE_DEPTH,
) -> list[Candidate]:
    """Every request-params subject, response subject and (optionally) component subject, unbuilt."""
    spec = load(spec_path)
    by_location = {(op.path, op.http_method): op for op in api.operations}

    def subject(
        name: str, response: bool, build: Callable[[Reference], Any], ours: Callable[[], Any]
    ) -> Subject | None:
        built = _reference(spec, response, build, depth)
        check = ours()
        return Subject(name, not response, check, *built) if built and check else None

    found: list[Candidate] = []
    for path, method in operations(spec):
        op = by_location.get((path, method))
        if op is None:
            continue
        name = f"{op.resource}.{op.name}"
        if params:
            found.append(
                Candidate(
                    f"params {name}",
                    partial(
                        subject,
                        f"params {name}",
                        False,
                        partial(_params_of, path, method),
                        partial(validators.params, op),
                    ),
                )
            )
        if responses and op.response is not None:
            found.append(
                Candidate(
                    f"response {name}",
                    partial(
                        subject,
                        f"response {name}",
                        True,
                        partial(_response_of, path, method),
                        partial(validators.response, op),
                    ),
                )
            )
    if components:
        for name in (spec.root.data.get("components") or {}).get("schemas") or {}:
            if name in api.schemas and api.schemas[name].origin.value == "component":
                found.append(
                    Candidate(
                        f"schema {name}",
                        partial(
                            subject, f"schema {name}", True, partial(_component, name), partial(validators.schema, name)
                        ),
                    )
                )
    return found


def _params_of(path: str, method: str, reference: Reference) -> Any:
    return reference.params_of(path, method)


def _response_of(path: str, method: str, reference: Reference) -> Any:
    return reference.response_of(path, method)


def _component(name: str, reference: Reference) -> Any:
    return reference.component(name)


def build(found: Sequence[Candidate]) -> list[Subject]:
    return [subject for candidate in found if (subject := candidate.build()) is not None]


def subjects(spec_path: Path, api: Api, validators: ValidatorSet, **options: Any) -> list[Subject]:
    """Every subject (see `candidates`), built."""
    return build(candidates(spec_path, api, validators, **options))


def sample(found: Sequence[Candidate], count: int, seed: int) -> list[Candidate]:
    """A fixed-seed sample of `count` subjects (all of them when there are fewer)."""
    if len(found) <= count:
        return list(found)
    return random.Random(seed).sample(list(found), count)


# -- judging -----------------------------------------------------------------------------------


def without_none(value: Any) -> Any:
    """Request params as the client sends them: keys set to None are absent, at every depth."""
    if isinstance(value, dict):
        return {key: without_none(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [without_none(item) for item in value]
    return value


def judge(subject: Subject, instance: Any, tally: Tally) -> None:
    if subject.request:
        instance = without_none(instance)
        if not isinstance(instance, dict):
            return
    reference = bool(subject.reference.is_valid(instance))
    tally.instances += 1
    tally.reference_valid += reference
    try:
        issues = subject.ours(instance)
    except Exception as error:  # a crash is a disagreement, whatever the reference says
        tally.disagreements.append(Disagreement(subject.name, instance, f"crash: {error!r}", reference))
        return
    if (not issues) != reference:
        ours = "valid" if not issues else f"invalid: {issues[0]}"
        tally.disagreements.append(Disagreement(subject.name, instance, ours, reference))


def run(subject: Subject, examples: int, mutations: int, tally: Tally, seed: int | None = None) -> None:
    """`examples` generated instances of `subject`, each judged as is and `mutations` times broken.

    Without `seed` the examples are the same on every run (derandomized).
    """
    try:
        strategy = from_schema(subject.generate)
    except (HypothesisException, ValueError, TypeError) as error:
        tally.skipped.append(f"{subject.name}: {error}")
        return

    @settings(
        max_examples=examples,
        database=None,
        deadline=None,
        derandomize=seed is None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(instance=strategy, rng=st.randoms(use_true_random=False))
    def check(instance: Any, rng: random.Random) -> None:
        judge(subject, instance, tally)
        for _ in range(mutations):
            judge(subject, mutate(instance, subject.generate, rng, subject.request), tally)

    if seed is not None:
        check = hypothesis_seed(seed)(check)
    started = time.perf_counter()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            check()
    except (HypothesisException, ValueError, TypeError, RecursionError) as error:
        tally.skipped.append(f"{subject.name}: {type(error).__name__}: {error}"[:300])
    tally.subjects += 1
    tally.seconds += time.perf_counter() - started


# -- mutations -------------------------------------------------------------------------------


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "object" if isinstance(value, dict) else "array"


def _accepts_type(schema: dict[str, Any], value: Any) -> bool:
    declared = schema.get("type")
    actual = _json_type(value)
    if declared is None:
        members = schema.get("anyOf") or schema.get("allOf")
        return any(_accepts_type(m, value) for m in members if isinstance(m, dict)) if members else True
    declared = declared if isinstance(declared, list) else [declared]
    return actual in declared or (actual == "integer" and "number" in declared)


def _pick(schema: Any, value: Any) -> dict[str, Any] | None:
    """The (sub)schema that most likely produced `value`: through anyOf/allOf, by type."""
    if not isinstance(schema, dict) or schema == {"not": {}}:
        return None
    if "anyOf" in schema:
        for member in schema["anyOf"]:
            if isinstance(member, dict) and _accepts_type(member, value):
                return _pick(member, value)
        return None
    if schema.get("allOf"):
        return _pick(schema["allOf"][0], value)
    return schema


def _spots(
    value: Any, schema: Any, path: tuple[Any, ...]
) -> Iterator[tuple[tuple[Any, ...], Any, dict[str, Any] | None]]:
    picked = _pick(schema, value)
    yield path, value, picked
    if isinstance(value, dict):
        properties = (picked or {}).get("properties") or {}
        extra = (picked or {}).get("additionalProperties")
        for key, item in value.items():
            child = properties.get(key, extra if isinstance(extra, dict) else None)
            yield from _spots(item, child, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _spots(item, (picked or {}).get("items"), (*path, index))


def _candidates(value: Any, schema: dict[str, Any] | None, request: bool, rng: random.Random) -> list[Any]:
    """Replacement values meant to break (or probe) the rules at one spot."""
    schema = schema or {}
    others: list[Any] = [True, 0, 1.5, "x", [], {}, -7, 2**40]
    if not request:
        others.append(None)
    found = [other for other in others if _json_type(other) != _json_type(value)]
    found += ["", "not_a_valid_enum_value", "a" * 5001]
    if isinstance(value, bool):
        found += [1, 0]
    elif isinstance(value, int):
        found += [True, float(value), value + 1, value - 1]
    if "maxLength" in schema:
        found.append("a" * (schema["maxLength"] + 1))
    if schema.get("minLength"):
        found.append("a" * (schema["minLength"] - 1))
    for key, step in (("maximum", 1), ("minimum", -1)):
        if isinstance(schema.get(key), (int, float)):
            found += [schema[key], schema[key] + step, schema[key] + step / 2]
    if isinstance(value, list):
        found += [[], [*value, *value], [*value, rng.choice(others)]]
        if "maxItems" in schema:
            found.append((value or ["x"]) * (schema["maxItems"] + 1))
    if isinstance(value, dict):
        found += [{}, {**value, UNKNOWN_KEY: "x"}]
        required = schema.get("required") or list(value)
        present = [key for key in required if key in value]
        if present:
            gone = rng.choice(present)
            found.append({k: v for k, v in value.items() if k != gone})
        if value:
            key = rng.choice(list(value))
            found.append({**value, key: rng.choice(others)})
    return found


def mutate(instance: Any, schema: dict[str, Any], rng: random.Random, request: bool) -> Any:
    """A copy of `instance` with one spot replaced by a value likely to break a rule."""
    spots = list(_spots(instance, schema, ()))
    spots = [spot for spot in spots if spot[0] or not request]  # params stay a mapping
    if not spots:
        return {**instance, UNKNOWN_KEY: "x"} if isinstance(instance, dict) else instance
    path, value, picked = rng.choice(spots)
    replacement = rng.choice(_candidates(value, picked, request, rng))
    if not path:
        return replacement
    result = copy.deepcopy(instance)
    holder = result
    for part in path[:-1]:
        holder = holder[part]
    holder[path[-1]] = replacement
    return result
