"""A Schema Object's check against its dialect's meta-schema, on jsonschema-rs, as openapi-spec-validator does it.

openapi-spec-validator checks each Schema Object it reaches with openapi-schema-validator's
`check_schema`: jsonschema (pure Python) validating it against the meta-schema of its
dialect. On the 1,422 component schemas of OpenAI's spec (OpenAPI 3.1) that took 13.6 s on a
loaded machine; the same check on jsonschema-rs, 0.05 s, refusing the same 8. `for_version`
gives jsonschema-rs's validator for the dialect of a version's Schema Objects (3.0:
openapi-schema-validator's `OAS30Validator`, 3.1: its base dialect, `OAS31Validator`), with
that check's format checker: each format it knows is judged by the same Python function (so
`pattern` is compiled as jsonschema does).

jsonschema-rs is only asked first: where it finds nothing, jsonschema would find nothing
either (a property test checks this, tests/validation/test_fast_validation.py and
tests/test_validate_fast.py); where it finds something, jsonschema checks again and its
verdict and message stand. It may be stricter (it judges `uri-reference`, which jsonschema's
checker leaves alone): that only costs a check by jsonschema.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, partial
from typing import Any


@dataclass(frozen=True, slots=True)
class SchemaFilter:
    validator: Any  # jsonschema-rs's validator for the meta-schema (`is_valid`)
    mirrors: Any  # the check it stands for: openapi-spec-validator's checker for the version's default dialect


@cache
def for_version(version: str) -> SchemaFilter | None:
    """The filter for Schema Objects of `version`'s default dialect; None without jsonschema-rs."""
    try:
        import jsonschema_rs
    except ImportError:  # pragma: no cover - a platform without its wheels
        return None
    from openapi_schema_validator import OAS30Validator, OAS31Validator, oas31_format_checker

    if version.startswith("3.1"):
        owner: Any = OAS31Validator
        format_checker: Any = oas31_format_checker
        mirrors: Any = partial(OAS31Validator.check_schema, format_checker=oas31_format_checker)
    else:
        owner, format_checker, mirrors = OAS30Validator, OAS30Validator.FORMAT_CHECKER, OAS30Validator.check_schema
    try:
        validator = jsonschema_rs.validator_for(
            owner.META_SCHEMA,
            registry=_registry(owner.META_SCHEMA),
            validate_formats=True,
            formats={str(name): partial(format_checker.conforms, format=name) for name in format_checker.checkers},
            ignore_unknown_formats=True,
        )
    except Exception:  # pragma: no cover - a meta-schema jsonschema-rs cannot build: jsonschema alone
        return None
    return SchemaFilter(validator, mirrors)


def _registry(meta_schema: Any) -> Any:
    """The resources `meta_schema` refers to beyond the JSON Schema drafts (which jsonschema-rs knows), or None."""
    import jsonschema_rs
    from openapi_schema_validator import validators

    resources: dict[str, Any] = {}
    todo = [meta_schema]
    while todo:
        for uri in _external_refs(todo.pop()):
            if uri not in resources:
                resources[uri] = validators.OPENAPI_SPECIFICATIONS.contents(uri)  # type: ignore[attr-defined]
                todo.append(resources[uri])
    return jsonschema_rs.Registry(list(resources.items())) if resources else None


def _external_refs(schema: Any) -> Iterator[str]:
    """The absolute `$ref`s in `schema` (without their fragment) that are not to a JSON Schema draft."""
    stack = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and "://" in ref and "json-schema.org/" not in ref:
                yield ref.partition("#")[0]
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
