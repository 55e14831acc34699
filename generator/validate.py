"""Structural validation of a loaded spec with `openapi-spec-validator` (3.0 and 3.1).

Semantic checks that need the model (duplicate method names, unmappable types)
happen in `convert.py`; this module only answers "is this a valid OpenAPI
document of a version we support?". The validator is slow on big specs (about
3 s on Stripe's), so a verdict of "valid" is remembered per content hash in the
cache directory; any change to any file of the spec invalidates it.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import re
from importlib import metadata
from pathlib import Path
from typing import Any

from .cache import Cache
from .errors import Issue, join_pointer
from .loader import LoadedSpec

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
        self._process: Any = None
        self._connection: Any = None
        if self._issues:
            return
        self._key = _cache_key(spec)
        if cache is not None and cache.has("valid", self._key):
            return
        self._issues = None
        if background and "fork" in multiprocessing.get_all_start_methods():
            context = multiprocessing.get_context("fork")
            receiver, sender = context.Pipe(duplex=False)
            self._process = context.Process(target=_validate_in_child, args=(spec, sender), daemon=True)
            self._process.start()
            sender.close()
            self._connection = receiver

    def result(self) -> list[Issue]:
        """The problems found (waiting for the child if it is still at work)."""
        if self._issues is not None:
            return self._issues
        issues: list[Issue] | None = None
        if self._process is not None:
            try:
                issues = self._connection.recv()
            except (EOFError, OSError):
                issues = None  # the child died: validate here instead
            finally:
                self._connection.close()
                self._process.join()
        if issues is None:
            issues = _run_validator(self._spec)
        if not issues and self._cache is not None:
            self._cache.put("valid", self._key, b"")
        self._issues = issues
        return issues

    def cancel(self) -> None:
        if self._process is not None and self._process.is_alive():
            self._process.kill()
            self._process.join()


def _validate_in_child(spec: LoadedSpec, connection: Any) -> None:
    try:
        connection.send(_run_validator(spec))
    finally:
        connection.close()


class _IdSet(set[int]):
    """A set that also answers `append`, standing in for the validator's id lists.

    openapi-spec-validator keeps the ids of visited schemas in lists and tests
    membership with `in`, which is quadratic; on Stripe's spec this alone costs
    seconds. Same behaviour, constant-time lookups.
    """

    def append(self, item: int) -> None:
        self.add(item)


def _validator_class(version: str) -> Any:
    """The spec validator for `version`, tuned: fast id sets, located schema errors."""
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    base: Any = OpenAPIV31SpecValidator if version.startswith("3.1") else OpenAPIV30SpecValidator
    schema_base: Any = base.keyword_validators["schema"]

    class SchemaValidator(schema_base):  # type: ignore[misc]
        def __init__(self, registry: Any) -> None:
            super().__init__(registry)
            self.visited_schema_ids = _IdSet()
            self.meta_checked_schema_ids = _IdSet()

        def _validate_schema_meta(self, schema: Any, schema_value: Any) -> Any:
            error = super()._validate_schema_meta(schema, schema_value)
            if error is not None:  # its path is relative to the schema: remember where that is
                error.codegen_base = tuple(getattr(schema, "parts", ()))
            return error

    class SpecValidator(base):  # type: ignore[misc]
        keyword_validators = {**base.keyword_validators, "schema": SchemaValidator}

    return SpecValidator


def _run_validator(spec: LoadedSpec) -> list[Issue]:
    data = spec.root.data
    validator = _validator_class(str(data["openapi"]))(data, base_uri=spec.root.path.as_uri())
    issues: list[Issue] = []
    seen: set[tuple[str, str]] = set()
    try:
        for error in validator.iter_errors():
            path = (*getattr(error, "codegen_base", ()), *getattr(error, "absolute_path", ()))
            pointer = join_pointer("", *path)
            message = _short(getattr(error, "message", str(error)))
            if (pointer, message) in seen:
                continue
            seen.add((pointer, message))
            issues.append(spec.issue(message, spec.root, pointer))
    except RecursionError:
        issues.append(spec.issue("spec is nested too deeply to validate", spec.root, ""))
    except Exception as exc:  # the validator raises assorted errors on broken refs
        issues.append(spec.issue(f"validation failed: {_short(str(exc))}", spec.root, ""))
    return issues


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


def _validator_version() -> str:
    try:
        return metadata.version("openapi-spec-validator")
    except metadata.PackageNotFoundError:  # pragma: no cover
        return "unknown"
