"""Rendering the `python` target: a typed SDK package from the IR.

Layout of `generated/python/`:

    pyproject.toml, README.md
    <package>/__init__.py       lazy exports (PEP 562)
    <package>/_client.py        <Client> and Async<Client>
    <package>/_version.py
    <package>/_runtime/         hand-written runtime, copied verbatim
    <package>/_validators/      generated params/response validators
    <package>/models/           one module per component schema
    <package>/params/           TypedDicts of request params
    <package>/services/         one module per top-level resource
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from ...forked import Forked
from ...incremental import Memo, tracked
from ...model import Api, Schema
from ...render import environment, render, template_root
from .. import Job
from .layout import import_from
from .literals import comment_text, docstring, import_order, natural_key, py_str, toml_str
from .names import PythonNames
from .options import PythonOptions
from .views import (
    client_services,
    model_exports,
    model_groups,
    model_module,
    params_exports,
    params_modules,
    service_groups,
    service_module,
)

_FILTERS = (("py_str", py_str), ("comment_text", comment_text), ("toml_str", toml_str), ("import_order", import_order))
_ERRORS = (
    "APIConnectionError",
    "APIError",
    "AuthenticationError",
    "CardError",
    "IdempotencyError",
    "InternalServerError",
    "InvalidRequestError",
    "PermissionDeniedError",
    "RateLimitError",
)

_ROOT_NAMES = (
    "AsyncPage",
    "AsyncSearchPage",
    "Page",
    "SearchPage",
    "ParamsValidationError",
    "ResponseValidationError",
    "ValidationIssue",
)


def render_package(job: Job) -> dict[str, str | bytes]:
    # Imported here: the validators' code generator shares this target's layout helpers.
    from ...validation import layout_of
    from ...validation.plan import fingerprint

    settings: PythonOptions = job.options_of("python")
    memo = job.memo or Memo()
    api = tracked(job.api)
    names = PythonNames(api)
    memo.begin(
        api,
        (
            settings.package,
            settings.client_class,
            settings.package_version,
            job.spec_name,
            str(job.templates),
        ),
        (api.title, api.version, api.openapi, api.description, api.source, api.servers, api.auth, api.resources),
        (names.models, names.params, names.operation_params, names.services, names.members),
        fingerprint(layout_of(api)),
    )
    validators = Forked(partial(_render_validators, api, memo.branch()))  # on the other core meanwhile
    try:
        files = _render_package(api, job, settings, names, memo)
        validator_files, outcome = validators.result()
    finally:
        validators.cancel()  # (still running only after an error)
    memo.merge(outcome)
    files.update((f"{settings.package}/{path}", source) for path, source in validator_files.items())
    return files


def _render_validators(api: Api, memo: Memo) -> tuple[dict[str, str], Memo]:
    from ...validation import render_validators

    return render_validators(api, memo), memo.outcome()


def _render_package(
    api: Api, job: Job, settings: PythonOptions, names: PythonNames, memo: Memo
) -> dict[str, str | bytes]:
    """Every file but the validators'."""
    from ...validation import params_validator, response_validator

    env = environment("python", job.templates, filters=_FILTERS, compiled=job.compiled_templates)
    package = settings.package
    common = {"spec_name": job.spec_name, "package": package, "client_class": settings.client_class}
    files: dict[str, str | bytes] = {}

    def text(template: str, **context: object) -> str:
        return render(env, template, {**common, **context}).rstrip("\n") + "\n"  # exactly one newline at the end

    def emit(path: str, template: str, **context: object) -> None:
        """A file made from `context` alone: reused while the context is the same."""
        made = memo.unit(f"emit/{path}", (), partial(text, template, **context), inputs=(template, context))
        files[f"{package}/{path}"] = made

    def unit(key: str, own: list[tuple[str, str]], produce: Callable[[], dict[str, str]]) -> None:
        files.update((f"{package}/{path}", source) for path, source in memo.unit(key, own, produce).items())

    for path, data in runtime_files().items():
        files[f"{package}/_runtime/{path}"] = data  # bytes: copied verbatim, never reformatted
    files[f"{package}/py.typed"] = ""
    reserved = {*_ERRORS, *_ROOT_NAMES, settings.client_class, "Async" + settings.client_class}
    models = sorted((name for name, _ in model_exports(api, names) if name not in reserved), key=natural_key)
    emit(
        "__init__.py",
        "package_init.py.jinja",
        package_doc=docstring(
            f"{api.title or 'API'} SDK: `from {package} import {settings.client_class}`.\n\n"
            f"Names are imported on first use (PEP 562), so `import {package}` stays cheap\n"
            "however large the API is."
        ),
        errors=_ERRORS,
        models=models,
        model_imports=[import_from(".models", [f"{name} as {name}"], 1) for name in models],
    )
    emit("_version.py", "version.py.jinja", version=settings.package_version)
    emit(
        "_client.py",
        "client.py.jinja",
        services=client_services(api, names),
        base_url=_base_url(api),
        client_doc=docstring(f"Client for the {api.title or 'API'}: one attribute per resource.", 4),
    )
    for module, schemas in model_groups(api, names):

        def model(module: str = module, schemas: list[Schema] = schemas) -> dict[str, str]:
            view = model_module(api, names, module, schemas)
            return {f"models/{module}.py": text("model_module.py.jinja", view=view)}

        unit(f"models/{module}", [("schema", schema.id) for schema in schemas], model)
    exports = model_exports(api, names)
    emit(
        "models/__init__.py",
        "registry_init.py.jinja",
        doc="Response models, one class per schema.",
        kind="models",
        exports=exports,
        imports=[import_from(f".{module}", [f"{name} as {name}"], 1) for name, module in exports],
    )

    def params() -> dict[str, str]:  # one unit: its `_components` module gathers what the others use
        return {
            f"params/{view.module}.py": text("params_module.py.jinja", view=view) for view in params_modules(api, names)
        }

    unit("params", [], params)
    exports = params_exports(api, names)
    emit(
        "params/__init__.py",
        "registry_init.py.jinja",
        doc="Request parameters, as TypedDicts.",
        kind="parameter types",
        exports=exports,
        imports=[import_from(f".{module}", [f"{name} as {name}"], 1) for name, module in exports],
    )
    params_checks = {op.id: params_validator(api, op) for op in api.operations if op.params}
    response_checks = {op.id: check for op in api.operations if (check := response_validator(api, op))}
    for module, ids in service_groups(names):

        def service(module: str = module, ids: list[str] = ids) -> dict[str, str]:
            view = service_module(api, names, module, ids, params_checks, response_checks)
            return {f"services/{module}.py": text("service_module.py.jinja", view=view)}

        unit(f"services/{module}", [], service)
    emit("services/__init__.py", "version.py.jinja", version=settings.package_version)
    files["pyproject.toml"] = render(
        env,
        "pyproject.toml.jinja",
        {**common, "distribution": package.replace("_", "-"), "version": settings.package_version, "title": api.title},
    )
    files["README.md"] = render(
        env,
        "README.md.jinja",
        {
            **common,
            "distribution": package.replace("_", "-"),
            "title": api.title or "API",
            "api_version": api.version,
            "example": _example(api, names),
        },
    )
    return files


def runtime_files() -> dict[str, bytes]:
    folder = template_root() / "python" / "runtime"
    return {path.name: path.read_bytes() for path in sorted(folder.glob("*.py"))}


def _base_url(api: Api) -> str:
    url = api.servers[0].url if api.servers else "http://localhost"
    return url.rstrip("/") or url


def _example(api: Api, names: PythonNames) -> str:
    for resource in api.resources:
        for op in resource.operations:
            if op.name == "list" and not op.path_params:
                call = f"client.{names.call_path(resource)}.list(limit=3)"
                return f"for item in {call}.auto_paging_iter():\n    print(item)"
    return ""


__all__ = ["render_package", "runtime_files"]
