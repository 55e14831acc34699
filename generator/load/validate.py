"""Structural validation of a loaded spec with `openapi-spec-validator` (3.0 and 3.1).

Semantic checks that need the model (duplicate method names, unmappable types)
happen in `convert.py`; this module only answers "is this a valid OpenAPI
document of a version we support?". The answer is openapi-spec-validator's,
unchanged; getting it is made fast in three ways:

* a first pass gives only the verdict, with the same validator whose JSON Schema
  checks run on `jsonschema-rs` (Rust; the backend openapi-spec-validator itself
  offers): 0.6 s instead of 3.8 s on Stripe's spec. Only when it finds anything,
  or cannot judge (a document with YAML dates, integer keys...), does a pass for
  the messages run, and jsonschema's messages are the ones reported. jsonschema-rs
  must therefore never pass what jsonschema rejects; a differential test checks it;
* that pass (`_quick_issues`) runs jsonschema only where jsonschema-rs finds
  something: on the entries of the document holding its findings (`subtrees`) and on
  the Schema Objects it refuses (`metacheck`); openapi-spec-validator's own checks
  (operationIds, path parameters, defaults...) run as they are. Same issues as the
  all-Python pass (`_exact_issues`, which still runs where this one cannot be sure),
  in 2.2 s instead of 28 s on OpenAI's spec (on a loaded machine; tests/test_validate_fast.py);
* a verdict of "valid" is remembered per content hash in the cache directory; any
  change to any file of the spec invalidates it, except a change of descriptions,
  summaries and titles alone, which cannot change the verdict (`generator.load.verdicts`).
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cache, partial
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

from ..cache import Cache, Kind
from ..errors import Issue, SpecError, join_pointer, unescape_pointer_token
from ..forked import Forked
from . import metacheck, subtrees, verdicts
from .loader import Document, LoadedSpec, LoadError

SUPPORTED = re.compile(r"^3\.(0|1)\.\d+$")
_MAX_MESSAGE = 300


def check_version(spec: LoadedSpec) -> list[Issue]:
    data = spec.root.data
    version = data.get("openapi")
    if "swagger" in data:
        return [
            spec.issue(
                f"Swagger {data.get('swagger')} is not supported; convert the spec to OpenAPI 3.0 or 3.1",
                spec.root,
                "/swagger",
            )
        ]
    if version is None:
        return [spec.issue("not an OpenAPI document: no 'openapi' version field", spec.root, "")]
    if not isinstance(version, str) or not SUPPORTED.match(version):
        return [
            spec.issue(
                f"unsupported OpenAPI version {version!r}; supported: 3.0.x and 3.1.x",
                spec.root,
                "/openapi",
            )
        ]
    return []


def validate(spec: LoadedSpec, cache: Cache | None = None) -> list[Issue]:
    """Every structural problem in `spec`, each located by file, pointer and line."""
    return Validation(spec, cache, background=False).result()


class Validation:
    """A validation under way: in a forked child process when `background`.

    openapi-spec-validator takes seconds on a big spec; started right after
    parsing, it runs on the second core while the caller converts, renders and
    formats, and `result()` joins it before anything is written. Where fork is
    unavailable it simply runs inside `result()`.
    """

    def __init__(self, spec: LoadedSpec, cache: Cache | None, *, background: bool = True) -> None:
        self._spec = spec
        self._cache = cache
        self._issues: list[Issue] | None = check_version(spec)
        self._key = ""
        self._record_key = ""
        self._job: Forked[tuple[list[Issue], verdicts.Record | None]] | None = None
        if self._issues:
            return
        self._key = _cache_key(spec)
        if cache is not None and cache.has(Kind.VALID, self._key):
            return
        self._record_key = verdicts.record_key(spec, _validator_version())
        if cache is not None and self._only_prose_changed(cache):
            return
        self._issues = None
        self._job = Forked(partial(_run_validator, spec), background=background)

    def _only_prose_changed(self, cache: Cache) -> bool:
        """The spec differs from the last one found valid only in annotation strings (`verdicts`)."""
        last = verdicts.load_record(cache, self._record_key)
        try:
            record = verdicts.unchanged_but_annotations(self._spec, last) if last is not None else None
        except RecursionError:
            return False
        if record is None:
            return False
        cache.put(Kind.VALID, self._key, b"")
        verdicts.save_record(cache, self._record_key, record)
        return True

    def result(self) -> list[Issue]:
        """The problems found (waiting for the child if it is still at work)."""
        if self._issues is not None:
            return self._issues
        assert self._job is not None
        issues, record = self._job.result()
        if not issues and self._cache is not None:
            self._cache.put(Kind.VALID, self._key, b"")
            if record is not None:
                verdicts.save_record(self._cache, self._record_key, record)
        self._issues = issues
        return issues

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()


class _IdSet(set[int]):
    """A set that also answers `append`, standing in for the validator's id lists.

    openapi-spec-validator keeps the ids of visited schemas in lists and tests
    membership with `in`, which is quadratic; on Stripe's spec this alone costs
    seconds. Same behaviour, constant-time lookups.
    """

    def append(self, item: int) -> None:
        self.add(item)


def _validator_class(
    version: str, fast: Any = None, *, document: Any = None, schema_filter: metacheck.SchemaFilter | None = None
) -> Any:
    """The spec validator for `version`, tuned: fast id sets, located schema errors.

    With `fast` (a `_Fast`), the verdict pass: JSON Schema checks on jsonschema-rs first, on
    jsonschema only for what jsonschema-rs rejects. Otherwise a pass for the messages, every
    error located: the document checked by `document` (default: jsonschema, all of it), each
    Schema Object by `schema_filter` first where it applies, by jsonschema where that fails.
    """
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    v31 = version.startswith("3.1")
    base: Any = OpenAPIV31SpecValidator if v31 else OpenAPIV30SpecValidator
    schema_base: Any = base.keyword_validators["schema"]
    # Chosen here, not by openapi-spec-validator's "auto" (jsonschema-rs when installed):
    # the message pass must be jsonschema's, for its messages.
    whole = fast.document if fast is not None else document or _exact_document_validator(v31)

    class SchemaValidator(schema_base):  # type: ignore[misc]
        def __init__(self, registry: Any) -> None:
            super().__init__(registry)
            self.visited_schema_ids = _IdSet()
            self.meta_checked_schema_ids = _IdSet()

        @property
        def default_validator(self) -> Any:
            """The check of a schema's `default`, its errors placed at that `default`.

            (openapi-spec-validator wraps them in its own error class later, dropping any
            place we gave them: they are wrapped here, with their place.)"""
            inner = super().default_validator
            return inner if fast is not None else partial(_located_default, inner)

        def _get_schema_checker(self, schema: Any, schema_value: Any) -> Any:
            checker = super()._get_schema_checker(schema, schema_value)
            first = _first_check(checker, fast, schema_filter)
            return checker if first is None else partial(_checked_fast_first, first, checker)

        def _validate_schema_meta(self, schema: Any, schema_value: Any) -> Any:
            error = super()._validate_schema_meta(schema, schema_value)
            if error is not None and fast is None:  # the message pass: every error, not only the first
                try:
                    checker = schema_base._get_schema_checker(self, schema, schema_value)
                    every = _every_schema_error(checker, schema_value)
                except Exception:  # (openapi-schema-validator changed: the first error will do)
                    every = []
                if every:
                    error.codegen_every = every
            return error

        def __call__(self, schema: Any, require_properties: bool = True, meta_checked: bool = False) -> Any:
            errors = super().__call__(schema, require_properties, meta_checked)
            return errors if fast is not None else _located(errors, schema)  # (the fast pass needs no places)

    class SpecValidator(base):  # type: ignore[misc]
        keyword_validators = {**base.keyword_validators, "schema": SchemaValidator}
        schema_validator = whole

    return SpecValidator


def _first_check(checker: Any, fast: _Fast | None, schema_filter: metacheck.SchemaFilter | None) -> Any:
    """jsonschema-rs's validator to ask before `checker` (a Schema Object's check), or None."""
    if fast is not None:
        return fast.schema_object
    if schema_filter is not None and _same_checker(checker, schema_filter.mirrors):
        return schema_filter.validator
    return None


def _same_checker(checker: Any, other: Any) -> bool:
    """`checker` and `other` are the same check (a bound method, or a partial of one with the same arguments)."""
    if isinstance(checker, partial) and isinstance(other, partial):
        return (
            checker.func == other.func
            and checker.args == other.args
            and checker.keywords.keys() == other.keywords.keys()
            and all(checker.keywords[key] is other.keywords[key] for key in checker.keywords)
        )
    return not isinstance(checker, partial) and not isinstance(other, partial) and bool(checker == other)


def _located(errors: Iterator[Any], schema: Any) -> Iterator[Any]:
    """`errors`, found checking `schema`, each remembering the way to it (maybe through `$ref`s)."""
    for error in errors:
        if not hasattr(error, "codegen_base"):  # (not found in a schema inside this one)
            error.codegen_base = tuple(getattr(schema, "parts", ()))  # its path, if any, is relative to the schema
        yield error


def _located_default(check: Any, schema: Any, value: Any) -> Iterator[Any]:
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    for error in check(schema, value):
        located = error if isinstance(error, OpenAPIValidationError) else OpenAPIValidationError.create_from(error)
        located.codegen_base = (*getattr(schema, "parts", ()), "default")
        yield located


def _every_schema_error(checker: Any, schema_value: Any) -> list[Any]:
    """Every error `checker` finds in a Schema Object, where `check_schema` raises only the first.

    `checker` is openapi-schema-validator's `check_openapi_schema` bound to a validator
    class (maybe with a format checker), which this does again, keeping every error;
    for any other checker, [] (the first error will do).
    """
    from openapi_schema_validator import validators

    keywords: dict[str, Any] = dict(checker.keywords) if isinstance(checker, partial) else {}
    method = checker.func if isinstance(checker, partial) else checker
    owner = getattr(method, "__self__", None)
    if owner is None or getattr(method, "__func__", None) is not getattr(validators, "check_openapi_schema", ()):
        return []
    validator_class = _validator_for(owner.META_SCHEMA, owner)
    format_checker = keywords.get("format_checker", owner.FORMAT_CHECKER)
    registry = validators.OPENAPI_SPECIFICATIONS  # type: ignore[attr-defined]  # (what it uses too)
    meta = validator_class(owner.META_SCHEMA, format_checker=format_checker, registry=registry)
    return list(meta.iter_errors(schema_value))


def _validator_for(schema: Any, default: Any = None) -> Any:
    from jsonschema.validators import validator_for  # type: ignore[import-untyped]

    return validator_for(schema, default=default) if default is not None else validator_for(schema)


def _jsonschema_validator(schema: Any) -> Any:
    return _validator_for(schema)(schema)


def _exact_document_validator(v31: bool) -> Any:
    """jsonschema's check of the whole document, judging formats as openapi-spec-validator does.

    openapi-spec-validator checks the document on jsonschema-rs when it is installed (its
    "auto" backend), and jsonschema-rs checks the formats the OpenAPI 3.0 meta-schema names
    (`regex` for a Schema Object's `pattern`, `email`, `uri`, `uri-reference`) where
    jsonschema checks none. Its `regex` is ECMA-262's, so a `pattern` Python's `re`
    compiles but ECMA does not (`(?i)abc`, `\\Z`, `(?P<n>x)`) is refused. Every format
    of the meta-schema is therefore asked of jsonschema-rs here, with its defaults for that
    draft (3.1's 2020-12 meta-schema takes formats as annotations): same verdict, jsonschema's
    message and place. Without jsonschema-rs, openapi-spec-validator checks no format either.
    """
    schema = _document_schema(v31)
    validator_class = _validator_for(schema)
    checker = _format_mirror(dict(schema))
    return validator_class(schema) if checker is None else validator_class(schema, format_checker=checker)


def _format_mirror(schema: dict[str, Any]) -> Any:
    """A jsonschema FormatChecker whose every format in `schema` is jsonschema-rs's verdict, or None."""
    try:
        import jsonschema_rs
    except ImportError:  # pragma: no cover - a platform without its wheels
        return None
    from jsonschema import FormatChecker  # type: ignore[import-untyped]

    validator_class = jsonschema_rs.validator_cls_for(schema)
    checker = FormatChecker(formats=())
    for name in sorted(_formats_named(schema)):
        rs = validator_class({"$schema": schema.get("$schema", ""), "format": name})
        checker.checks(name)(rs.is_valid)
    return checker


def _formats_named(schema: Any) -> set[str]:
    """Every `format` value in a (meta-)schema."""
    found: set[str] = set()
    stack = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("format"), str):
                found.add(node["format"])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def _document_schema(v31: bool) -> Any:
    from openapi_spec_validator.schemas import schema_v30, schema_v31

    return schema_v31 if v31 else schema_v30


def _checked_fast_first(fast_check: Any, checker: Any, schema_value: Any) -> None:
    try:
        valid = fast_check.is_valid(schema_value)
    except ValueError:  # a value JSON has no type for (a YAML date, an integer key...): jsonschema judges
        valid = False
    if not valid:
        checker(schema_value)  # jsonschema decides, and gives the message


class _Rejected(Exception):
    """The fast pass found a problem, or could not judge: the exact pass must run."""


class _FastDocument:
    """The document-level check on jsonschema-rs, raising `_Rejected` instead of reporting."""

    def __init__(self, validator: Any) -> None:
        self._validator = validator

    def errors(self, instance: Any) -> Iterator[tuple[list[Any], str]]:
        """(path, message) of each error (raises ValueError where jsonschema-rs cannot judge)."""
        for error in self._validator.iter_errors(instance):
            yield list(error.instance_path), str(error.message)

    def iter_errors(self, instance: Any) -> Iterator[Any]:
        try:
            valid = self._validator.is_valid(instance)
        except ValueError:  # a value JSON has no type for (a YAML date, an integer key...)
            raise _Rejected() from None
        if not valid:
            raise _Rejected()
        return iter(())


@dataclass(frozen=True, slots=True)
class _Fast:
    document: _FastDocument
    schema_object: Any  # checks a Schema Object (OpenAPI 3.0); None: jsonschema checks them


@cache
def _fast(version: str) -> _Fast | None:
    """jsonschema-rs validators for `version`, or None where jsonschema-rs is not installed."""
    try:
        import jsonschema_rs
    except ImportError:  # pragma: no cover - a platform without its wheels
        return None
    v31 = version.startswith("3.1")
    document = _FastDocument(jsonschema_rs.validator_for(dict(_document_schema(v31))))
    if v31:  # 3.1 schemas are checked per dialect: the verdict is left to jsonschema
        return _Fast(document, None)
    schema_filter = metacheck.for_version(version)
    return _Fast(document, schema_filter.validator if schema_filter is not None else None)


def _run_validator(spec: LoadedSpec) -> tuple[list[Issue], verdicts.Record | None]:
    """The problems found and, when there are none, the spec's record (`verdicts`)."""
    with _requests_unavailable(), _direct_steps():
        issues = [] if _valid_by_fast_pass(spec) else _issues(spec)
    if issues:
        return issues, None
    try:
        return issues, verdicts.record_of(spec)
    except RecursionError:  # (a spec nested deeper than Python's stack, within our limits)
        return issues, None


@contextmanager
def _requests_unavailable() -> Iterator[None]:
    """Within: `import requests` fails, unless requests is loaded already.

    jsonschema_path, under openapi-spec-validator, picks requests (with urllib3 and
    charset_normalizer) for its http(s) ref handler when it can import it, else
    urllib's: 0.1 s of the 0.4 s that importing the validator takes. Our loader refuses
    remote refs before validation, so neither handler ever fetches anything.
    """
    if "requests" in sys.modules:
        yield
        return
    sys.modules["requests"] = None  # type: ignore[assignment]  # the documented way to block an import
    try:
        yield
    finally:
        if "requests" in sys.modules and sys.modules["requests"] is None:
            del sys.modules["requests"]


@contextmanager
def _direct_steps() -> Iterator[None]:
    """Within: a step into a dict or list of the spec skips pathable's Protocol check.

    openapi-spec-validator walks the spec through `jsonschema_path`, whose every step
    (`SubscriptableAccessor._get_subnode`) first asks `isinstance(node, Subscriptable)`, a
    runtime-checkable Protocol: ~7 us each on Python 3.11, 0.25-0.4 s of the 0.6-0.7 s the
    validator spends on Stripe's spec. dicts and lists pass that check by definition, so for
    them the step is taken directly, raising the same `KeyError`; anything else goes to the
    original. Restored on exit; left alone if pathable no longer has that classmethod.
    """
    try:
        from pathable.accessors import SubscriptableAccessor
    except ImportError:  # pragma: no cover - openapi-spec-validator changed its dependencies
        yield
        return
    original = SubscriptableAccessor.__dict__.get("_get_subnode")
    if not isinstance(original, classmethod):  # pragma: no cover - pathable changed
        yield
        return
    step = original.__func__

    def direct(cls: Any, node: Any, part: Any) -> Any:
        if type(node) is dict or type(node) is list:
            try:
                return node[part]
            except (KeyError, IndexError, TypeError) as exc:
                raise KeyError(part) from exc
        return step(cls, node, part)

    setattr(SubscriptableAccessor, "_get_subnode", classmethod(direct))  # noqa: B010 - typed as a method
    try:
        yield
    finally:
        setattr(SubscriptableAccessor, "_get_subnode", original)  # noqa: B010


def _valid_by_fast_pass(spec: LoadedSpec, *, served: bool = False) -> bool:
    data = spec.root.data
    version = str(data["openapi"])
    fast = _fast(version)
    if fast is None:
        return False
    validator = _served(_validator_class(version, fast), spec, served)(data, base_uri=spec.root.path.as_uri())
    try:
        for _error in validator.iter_errors():
            return False
    except _Rejected:
        return False
    except Exception:  # anything odd (a recursion, a broken ref): let the exact pass report it
        return False
    return True


def _issues(spec: LoadedSpec, *, served: bool = False) -> list[Issue]:
    """What the validator finds in `spec` (which the verdict pass refused): `_exact_issues`, found fast
    where that can be done (`_quick_issues`)."""
    return _quick_issues(spec, served=served) or _exact_issues(spec, served=served)


def _exact_issues(spec: LoadedSpec, *, served: bool = False) -> list[Issue]:
    """Every finding of openapi-spec-validator with every JSON Schema check on jsonschema (pure Python)."""
    validator = _served(_validator_class(str(spec.root.data["openapi"])), spec, served)
    issues, unfinished = _reported(spec, validator)
    if unfinished is not None:
        issues.append(unfinished)
    return sorted(issues or _fast_document_issues(spec), key=Issue.sort_key)


def _quick_issues(spec: LoadedSpec, *, served: bool = False) -> list[Issue]:
    """`_exact_issues`, with jsonschema run only where jsonschema-rs finds something; [] where this cannot
    tell: the exact pass must then run.

    The same walk of the spec, the same checks, errors and messages, but jsonschema checks only
    the parts of the document where jsonschema-rs finds errors (`_PrunedDocument`) and only the
    Schema Objects jsonschema-rs refuses (`metacheck`). Left to the exact pass: a spec nested
    deeper than `_QUICK_DEPTH` (jsonschema could run out of stack in a part not checked here),
    and one the validator stops on before anything is found or by running out of stack.
    """
    version = str(spec.root.data["openapi"])
    fast = _fast(version)
    if fast is None or not all(_nests_within(document.data, _QUICK_DEPTH) for document in spec.files()):
        return []
    document = _PrunedDocument(fast.document, _exact_document_validator(version.startswith("3.1")))
    validator = _validator_class(version, document=document, schema_filter=metacheck.for_version(version))
    issues, unfinished = _reported(spec, _served(validator, spec, served))
    return [] if unfinished is not None else sorted(issues, key=Issue.sort_key)  # (the exact pass says where)


#: jsonschema needs up to ~11 frames of Python's stack per level of the value it checks: with
#: the default limit of 1,000 frames it runs out on OpenAPI 3.1 Schema Objects nested 85 levels
#: deep (`not` in `not`...). Well below that, nothing the exact pass checks can stop it that way;
#: the corpus nests at most 21 levels (OpenAI's spec).
_QUICK_DEPTH = 48


def _nests_within(data: Any, levels: int) -> bool:
    """`data` has no dict or list more than `levels` levels deep (the root is level 1)."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        node, level = stack.pop()
        if level > levels:
            return False
        children = node.values() if type(node) is dict else node if type(node) is list else ()
        stack.extend((child, level + 1) for child in children if type(child) is dict or type(child) is list)
    return True


class _PrunedDocument:
    """The document's own check by jsonschema, only on the entries where jsonschema-rs finds errors (`subtrees`).

    Where jsonschema finds an error at a map some entries were taken from (its message could
    quote the map), or where jsonschema-rs cannot judge the document, the whole document is checked.
    """

    def __init__(self, fast: _FastDocument, exact: Any) -> None:
        self._fast = fast
        self._exact = exact

    def iter_errors(self, instance: Any) -> Iterator[Any]:
        whole: Iterator[Any] = self._exact.iter_errors(instance)
        try:
            findings = [path for path, _message in self._fast.errors(instance)]
        except ValueError:  # a value JSON has no type for (a YAML date, an integer key...)
            return whole
        if not isinstance(instance, dict):
            return whole
        pruned = subtrees.pruned(instance, findings)
        errors = list(self._exact.iter_errors(pruned.data))
        if any(pruned.sees_the_cut(error.absolute_path, error.validator) for error in errors):
            return whole
        return iter(errors)


def _reported(spec: LoadedSpec, validator_class: Any) -> tuple[list[Issue], Issue | None]:
    """The issues `validator_class` finds in `spec` (unsorted), and one saying where it stopped if it ran out
    of stack, or crashed before finding anything (after that, a crash is taken for a consequence of what it found)."""
    validator = validator_class(spec.root.data, base_uri=spec.root.path.as_uri())
    issues: list[Issue] = []
    seen: set[tuple[str, str, str]] = set()
    places: set[tuple[str, str]] = set()  # where the document's own JSON Schema check found something
    where = _Places(spec)
    errors = validator.iter_errors()
    while True:
        try:
            error = next(errors)
        except StopIteration:
            break
        except RecursionError as exc:
            return issues, _unfinished(spec, where, exc, too_deep=True)
        except Exception as exc:  # the validator raises assorted errors on broken refs, or missing fields
            # (after a finding, it tripped over what is reported, such as a parameter without a name)
            return issues, None if issues else _unfinished(spec, where, exc, too_deep=False)
        walked = getattr(error, "codegen_base", None)  # found checking a Schema Object, reached that way
        document, base, found = (spec.root, "", False) if walked is None else where.of(walked)
        for path, message in _explanations(error):
            pointer = join_pointer(base, *path)
            if walked is None:
                if path:  # (the document's check, or the validator's own, such as a duplicate operationId)
                    places.add((document.display, pointer))
            elif found and _within(document.display, pointer, places):
                continue  # the document's own check found this (OpenAPI 3.0 checks schemas too)
            if (document.display, pointer, message) in seen:
                continue
            seen.add((document.display, pointer, message))
            issues.append(spec.issue(message, document, pointer))
    return issues, None


_LENIENT_HINT = "run with --lenient to generate anyway (the validator's findings are then warnings)"


def _unfinished(spec: LoadedSpec, where: _Places, exc: BaseException, *, too_deep: bool) -> Issue:
    """The validator stopped (it crashed, or ran out of stack): said so, where it was, and what to do.

    Its verdict is then unknown, which strict mode cannot take as "valid". The place is the
    innermost Schema Object or spec node the validator was checking when it stopped (found in
    the traceback), else the root.
    """
    walked = _where_it_stopped(exc)
    document, pointer = spec.root, ""
    if walked is not None:
        document, pointer, _found = where.of(walked)
    if too_deep:
        message = (
            "openapi-spec-validator ran out of stack here: the spec nests too deeply for it to check "
            f"(its verdict is unknown); flatten this part with $refs, or {_LENIENT_HINT}"
        )
    else:
        reason = _short(f"{type(exc).__name__}: {exc}")
        message = (
            f"openapi-spec-validator crashed checking this part ({reason}), so whether the spec is valid "
            "is unknown; this is a limitation of the validator, often tripped by an unusual value here; "
            + _LENIENT_HINT
        )
    return spec.issue(message, document, pointer)


def _where_it_stopped(exc: BaseException) -> tuple[Any, ...] | None:
    """The path of the innermost spec node (a jsonschema-path `SchemaPath`) in `exc`'s traceback."""
    found: tuple[Any, ...] | None = None
    trace = exc.__traceback__
    frames = 0
    while trace is not None and frames < 10_000:  # (a RecursionError's traceback is deep: bounded)
        for value in trace.tb_frame.f_locals.values():
            parts = getattr(value, "parts", None)
            if isinstance(parts, tuple) and type(value).__name__ == "SchemaPath":
                found = parts
                break
        trace = trace.tb_next
        frames += 1
    return found


def _fast_document_issues(spec: LoadedSpec) -> list[Issue]:
    """What jsonschema-rs finds in the document when jsonschema found nothing.

    openapi-spec-validator checks the document on jsonschema-rs (when installed), so a
    document it refuses is refused here too, in its words, whatever jsonschema thinks
    (formats are already judged alike: `_exact_document_validator`).
    """
    fast = _fast(str(spec.root.data["openapi"]))
    if fast is None:
        return []
    try:
        found = list(fast.document.errors(spec.root.data))
    except ValueError:  # a value JSON has no type for: jsonschema-rs cannot judge it
        return []
    return [spec.issue(_short(message), spec.root, join_pointer("", *path)) for path, message in found]


def _message(error: Any) -> str:
    """The error's message, shortened (never its `str`, which prints the whole value, however deep)."""
    message = getattr(error, "message", None)
    if not isinstance(message, str):
        try:
            message = str(error)
        except RecursionError:
            message = "(a problem in a value nested too deeply to print)"
    return _short(message)


def _within(file: str, pointer: str, places: set[tuple[str, str]]) -> bool:
    """`pointer` is at or under one of `places` in `file` (the root itself does not count)."""
    while pointer:
        if (file, pointer) in places:
            return True
        pointer = pointer.rpartition("/")[0]
    return False


def _explanations(error: Any) -> list[tuple[tuple[Any, ...], str]]:
    """(path, message) for `error`, or for each error of the Schema Object it is about."""
    try:
        return [found for each in getattr(error, "codegen_every", None) or [error] for found in _explained(each)]
    except RecursionError:  # (errors nested deeper than the stack: as they are)
        return [(tuple(getattr(error, "absolute_path", ())), _message(error))]


_BRANCHING = frozenset({"anyOf", "oneOf"})
_CHOICES = frozenset({"enum", "const"})


def _explained(error: Any) -> list[tuple[tuple[Any, ...], str]]:
    """What is wrong, as (path, message): for an anyOf/oneOf failure, what is wrong in the branch meant.

    "X is not valid under any of the given schemas" names no field. The branch meant is
    found by elimination: not one for another kind of value (a `type` mismatch at the
    value itself, or only missing properties of which the value has none, nor any other
    of the branch's, such as a Reference's `$ref`); then one refusing the fewest fields by
    enum or const (those act as discriminators: `in: query` picks OpenAPI 3.0's
    query-parameter branch); then the one that got furthest into the value (its errors are
    the deepest). Its errors are explained in turn. When branches still tie and each
    refuses the value the same way (an unknown `in`), that is one message (`_merged`);
    otherwise the error is left as it is. jsonschema's `best_match` stops at such ties,
    and prefers the shallowest errors at the top level (such as a Reference's `$ref`).
    """
    path = tuple(getattr(error, "absolute_path", ()))
    message = _message(error)
    context = getattr(error, "context", None)
    if getattr(error, "validator", None) not in _BRANCHING or not context:
        return [(path, message)]
    branches: dict[Any, list[Any]] = {}
    for sub in context:
        branches.setdefault(sub.relative_schema_path[0] if sub.relative_schema_path else None, []).append(sub)
    candidates = [b for b in branches.values() if not _another_kind(b, path)] or list(branches.values())
    fewest = min(len(_choices_failed(b)) for b in candidates)  # (a discriminator such as `in` fails in the others)
    candidates = [b for b in candidates if len(_choices_failed(b)) == fewest]
    deepest = max(_depth(b) for b in candidates)
    tied = [b for b in candidates if _depth(b) == deepest]
    if len(tied) == 1:
        return [found for sub in tied[0] for found in _explained(sub)]
    merged = _merged(tied)
    return [merged] if merged is not None else [(path, message)]


def _depth(errors: list[Any]) -> int:
    """How deep into the value the deepest of `errors` (or of what explains them) is."""
    depth = 0
    stack = list(errors)
    while stack:
        error = stack.pop()
        depth = max(depth, len(error.absolute_path))
        stack.extend(error.context or ())
    return depth


def _choices_failed(errors: list[Any]) -> set[tuple[Any, ...]]:
    """Where `errors` refuse a value by enum or const."""
    return {tuple(e.absolute_path) for e in errors if e.validator in _CHOICES}


def _another_kind(errors: list[Any], path: tuple[Any, ...]) -> bool:
    """The branch is for another kind of value than this one."""
    here = [e for e in errors if tuple(e.absolute_path) == path]
    if any(e.validator == "type" for e in here):
        return True
    if not errors or len(here) != len(errors) or any(e.validator != "required" for e in errors):
        return False
    instance, required, schema = errors[0].instance, errors[0].validator_value, errors[0].schema
    if not isinstance(instance, dict) or not isinstance(required, list) or any(k in instance for k in required):
        return False
    known = schema.get("properties", {}) if isinstance(schema, dict) else {}
    return not any(key in known for key in instance)  # (OpenAPI 3.0's path parameters share `in` with the value)


def _merged(branches: list[list[Any]]) -> tuple[tuple[Any, ...], str] | None:
    """One message for branches that each refuse the same value the same way, or None.

    Each refuses it by enum or const (an unknown `in`): "X is not one of [all their values]";
    each only by its type: "X is not of type 'a', 'b'"; each only for a missing property
    (`schema` or `content`): "'a' or 'b' is a required property".
    """
    if all(len([e for e in b if e.validator in _CHOICES]) == 1 for b in branches):
        errors = [next(e for e in b if e.validator in _CHOICES) for b in branches]
        values: list[Any] = []
        for error in errors:
            allowed = error.validator_value if error.validator == "enum" else [error.validator_value]
            if not isinstance(allowed, list):
                return None
            values.extend(value for value in allowed if value not in values)
        return _one_place(errors, f"{errors[0].instance!r} is not one of {values!r}")
    errors = [e for b in branches for e in b]
    if all(e.validator == "type" for e in errors):
        types: list[Any] = []
        for error in errors:
            named = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
            types.extend(t for t in named if t not in types)
        return _one_place(errors, f"{errors[0].instance!r} is not of type {', '.join(map(repr, types))}")
    if all(e.validator == "required" and isinstance(e.validator_value, list) for e in errors):
        instance = errors[0].instance
        if not isinstance(instance, dict):
            return None
        missing: list[Any] = []
        for error in errors:
            missing.extend(k for k in error.validator_value if k not in instance and k not in missing)
        return _one_place(errors, f"{' or '.join(map(repr, missing))} is a required property")
    return None


def _one_place(errors: list[Any], message: str) -> tuple[tuple[Any, ...], str] | None:
    places = {tuple(e.absolute_path) for e in errors}
    return (places.pop(), _short(message)) if len(places) == 1 else None


class _Places:
    """Where a Schema Object the validator checked is: its file and pointer.

    The validator names a schema by the way it walked there, which may go through
    `$ref`s, into other files (`/paths/~1pets/get/.../schema` for
    `#/components/schemas/Pet`): the same walk, following the same `$ref`s in the
    loaded spec, ends where the schema is.
    """

    _MAX_HOPS = 100  # `$ref`s to `$ref`s in a row (a loop of them is a dangling reference to the loader)

    def __init__(self, spec: LoadedSpec) -> None:
        self._spec = spec

    def of(self, parts: tuple[Any, ...]) -> tuple[Document, str, bool]:
        """(document, pointer, whether that is where the schema is: else the root and the way there)."""
        document, pointer, node = self._spec.root, "", self._spec.root.data
        try:
            for part in parts:
                document, pointer, node = self._followed(document, pointer, node)
                node = node[int(part)] if isinstance(node, list) else node[part]
                pointer = join_pointer(pointer, part)
            document, pointer, node = self._followed(document, pointer, node)
        except (KeyError, IndexError, TypeError, ValueError):
            return self._spec.root, join_pointer("", *parts), False
        return document, pointer, True

    def _followed(self, document: Document, pointer: str, node: Any) -> tuple[Document, str, Any]:
        for _ in range(self._MAX_HOPS):
            ref = node.get("$ref") if isinstance(node, dict) else None
            if not isinstance(ref, str):
                return document, pointer, node
            target = self._spec.resolve(ref, document)
            document, pointer, node = target.document, target.pointer, target.node
        raise ValueError("too many $refs in a row")


def _served(validator_class: Any, spec: LoadedSpec, served: bool) -> Any:
    """`validator_class`, reading the spec's other files from `spec` when `served`, not from disk."""
    if not served:
        return validator_class

    def from_spec(uri: str) -> Any:
        parts = urlsplit(uri)
        if parts.scheme != "file":
            raise ValueError(f"{uri}: only the spec's own files are read")
        document = spec.documents.get(Path(os.path.realpath(url2pathname(parts.path))))
        if document is None:
            raise ValueError(f"{uri}: not a file of the spec")
        return document.data

    handlers = {"file": from_spec, "http": from_spec, "https": from_spec}
    return type("ServedSpecValidator", (validator_class,), {"resolver_handlers": handlers})


def despite_broken_refs(error: LoadError) -> SpecError:
    """The loader's problems and, when only `$ref`s were at fault, the validator's too, sorted.

    A dangling `$ref` (or one refused, or to a file that is not there) no longer hides the
    rest: each is pointed, in a copy of its document, at an empty stand-in (which is a
    valid schema, response, path item, and, having a `name` and an `in`, parameter), and
    the copy is validated, its files served from memory. Nothing is cached.
    """
    if error.spec is None or not error.broken:
        return error
    spec, skipped = _stand_ins(error.spec, error.broken)
    problems = check_version(spec)
    if not problems:
        with _requests_unavailable(), _direct_steps():
            problems = [] if _valid_by_fast_pass(spec, served=True) else _issues(spec, served=True)
    known = {(i.file, i.pointer, i.message) for i in error.issues}
    found = [p for p in problems if (p.file, p.pointer, p.message) not in known and not _caused_by(p, skipped)]
    return SpecError(sorted([*error.issues, *found], key=Issue.sort_key))


#: Where the validator cannot tell a missing path parameter from one behind a broken `$ref`.
_UNRESOLVED_PATH_PARAMETER = re.compile(r"^Path parameter '.*' for '.*' operation in '(?P<url>.*)' was not resolved$")
_STAND_INS = "x-codegen-unresolved"


def _caused_by(problem: Issue, skipped: set[str]) -> bool:
    """`problem` may come from a stand-in: a path without its path parameter, which was a broken `$ref`."""
    found = _UNRESOLVED_PATH_PARAMETER.match(problem.message)
    return found is not None and found["url"] in skipped


def _stand_ins(spec: LoadedSpec, broken: tuple[tuple[Document, str], ...]) -> tuple[LoadedSpec, set[str]]:
    """A copy of `spec` whose broken `$ref`s point at stand-ins; the paths with a broken parameter."""
    datas: dict[Path, Any] = {}
    paths: set[str] = set()
    for number, (document, pointer) in enumerate(broken):
        tokens = [unescape_pointer_token(t) for t in pointer.split("/")[1:]]
        if not tokens or tokens[-1] != "$ref":
            continue
        data = datas.setdefault(document.path, dict(document.data))
        existing = data.get(_STAND_INS, {})
        if not isinstance(existing, dict):
            continue
        stand_ins = data[_STAND_INS] = dict(existing)
        node = data
        try:
            for token in tokens[:-1]:
                child = node[int(token)] if isinstance(node, list) else node[token]
                child = list(child) if isinstance(child, list) else dict(child)
                if isinstance(node, list):
                    node[int(token)] = child
                else:
                    node[token] = child
                node = child
        except (KeyError, IndexError, ValueError, TypeError):
            continue
        if not isinstance(node, dict):
            continue
        name = f"ref{number}"
        stand_ins[name] = {"name": f"{_STAND_INS}-{number}", "in": "query"}
        node["$ref"] = f"#/{_STAND_INS}/{name}"
        if document is spec.root and len(tokens) > 2 and tokens[0] == "paths" and "parameters" in tokens:
            paths.add(tokens[1])
    documents = {
        path: replace(document, data=datas[path]) if path in datas else document
        for path, document in spec.documents.items()
    }
    return LoadedSpec(documents[spec.root.path], documents, spec.base_dir), paths


def _short(message: str) -> str:
    message = " ".join(message.split())
    if len(message) > _MAX_MESSAGE:
        message = message[: _MAX_MESSAGE - 3] + "..."
    return message


def _cache_key(spec: LoadedSpec) -> str:
    digest = hashlib.sha256()
    digest.update(_validator_version().encode())
    for document in spec.files():
        digest.update(str(Path(document.path).relative_to(spec.base_dir)).encode())
        digest.update(b"\0")
        digest.update(document.text.encode())
        digest.update(b"\0")
    return digest.hexdigest()


#: Changed whenever how we run the validator can change a verdict (so verdicts cached before are not reused):
#: 2, formats judged by jsonschema-rs as openapi-spec-validator does (a `pattern` of `(?i)abc` is refused).
_HOW = "codegen-validation-2"


def _validator_version() -> str:
    versions = [_HOW]
    for package in ("openapi-spec-validator", "jsonschema", "jsonschema-rs"):
        try:
            versions.append(f"{package}=={metadata.version(package)}")
        except metadata.PackageNotFoundError:  # pragma: no cover
            versions.append(f"{package} absent")
    return " ".join(versions)
