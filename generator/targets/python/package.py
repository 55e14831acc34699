"""Rendering the `python` target's package (its layout: see the target's `__init__.py`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from jinja2 import Environment

from ...cache.incremental import Memo, tracked
from ...forked import Forked
from ...surface import Api, Schema, Sdk
from .. import Job
from ..dialect import for_dialect
from ..jinja import environment, render, template_root

if TYPE_CHECKING:
    from .validation.plan import Layout
from ..invariants import check as check_names
from .auth import client_auth
from .error_models import client_function
from .layout import import_from
from .names import PythonNames, claims
from .options import PythonOptions
from .readme import readme_view
from .resources import mixin_names, resources_view
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
from .webhooks import webhooks_view
from .words import comment_text, docstring, import_order, natural_key, py_str, toml_str

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

#: Exported beside the models: webhooks' error, the hooks' events, `set_app_info`.
_OBSERVABILITY = ("SignatureVerificationError", "RequestEvent", "ResponseEvent", "set_app_info")
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
    from .validation import layout_of
    from .validation.plan import fingerprint

    settings = job.options_of("python", PythonOptions)
    memo = job.memo or Memo()
    api = tracked(job.api)
    names = PythonNames(api)
    # Two definitions of one name, a path variable nothing fills: an error, not broken code.
    check_names("python", claims(names), job.sdk.methods())
    validators_layout = layout_of(api)  # planned once, before anything is rendered
    memo.begin(
        api,
        (
            settings.package,
            settings.client_class,
            settings.package_version,
            settings.resource_classes,
            job.spec_name,
            str(job.templates),
        ),
        (api.title, api.version, api.openapi, api.description, api.source, api.servers, api.auth, api.resources),
        (names.models, names.params, names.operation_params, names.services, names.members),
        fingerprint(validators_layout),
    )
    validators = Forked(partial(_render_validators, api, memo.branch()))  # on the other core meanwhile
    try:
        files = _render_package(api, job, settings, names, validators_layout, memo)
        validator_files, outcome = validators.result()
    finally:
        validators.cancel()  # (still running only after an error)
    memo.merge(outcome)
    files.update((f"{settings.package}/{path}", source) for path, source in validator_files.items())
    return files


def _render_validators(api: Api, memo: Memo) -> tuple[dict[str, str], Memo]:
    from .validation import render_validators

    return render_validators(api, memo), memo.outcome()


def _render_package(
    api: Api, job: Job, settings: PythonOptions, names: PythonNames, validators: Layout, memo: Memo
) -> dict[str, str | bytes]:
    """Every file but the validators': each step of `_UNITS` in turn."""
    env = environment("python", job.templates, filters=_FILTERS, compiled=job.compiled_templates)
    common: dict[str, object] = {
        "spec_name": job.spec_name,
        "package": settings.package,
        "client_class": settings.client_class,
    }
    package = _Package(api, job.sdk, settings, names, validators, memo, env, common, _mixins(job.sdk, settings, names))
    for step in _UNITS:
        step(package)
    return package.files


@dataclass
class _Package:
    """What the steps of `_UNITS` render from, and the files they add."""

    api: Api
    sdk: Sdk
    settings: PythonOptions
    names: PythonNames
    validators: Layout  # where each generated validator lives
    memo: Memo
    env: Environment
    common: dict[str, object]
    mixins: dict[str, str]  # schema id -> its resource methods' class in `_resources` (none: off)
    files: dict[str, str | bytes] = field(default_factory=dict)

    def text(self, template: str, **context: object) -> str:
        """A template rendered with exactly one newline at the end."""
        return render(self.env, template, {**self.common, **context}).rstrip("\n") + "\n"

    def emit(self, path: str, template: str, **context: object) -> None:
        """A file made from `context` alone: reused while the context is the same."""
        made = self.memo.unit(f"emit/{path}", (), partial(self.text, template, **context), inputs=(template, context))
        self.files[f"{self.settings.package}/{path}"] = made

    def unit(self, key: str, own: list[tuple[str, str]], produce: Callable[[], dict[str, str]]) -> None:
        """Files reused while the schemas `own` names (and what `produce` reads) are unchanged."""
        made = self.memo.unit(key, own, produce)
        self.files.update((f"{self.settings.package}/{path}", source) for path, source in made.items())

    def registry(self, folder: str, doc: str, kind: str, exports: list[tuple[str, str]]) -> None:
        """`<folder>/__init__.py`: each exported name imported from its module on first use."""
        self.emit(
            f"{folder}/__init__.py",
            "registry_init.py.jinja",
            doc=doc,
            kind=kind,
            exports=exports,
            imports=[import_from(f".{module}", [f"{name} as {name}"], 1) for name, module in exports],
        )

    def top(self, path: str, template: str, **context: object) -> None:
        """A file beside the package folder (`pyproject.toml`, `README.md`), rendered every run."""
        self.files[path] = render(self.env, template, {**self.common, **context})


def _runtime(p: _Package) -> None:
    for path, data in runtime_files(p.sdk.stripe).items():
        p.files[f"{p.settings.package}/_runtime/{path}"] = data  # bytes: copied verbatim, never reformatted
    p.files[f"{p.settings.package}/py.typed"] = ""


def _package_init(p: _Package) -> None:
    package, client_class = p.settings.package, p.settings.client_class
    webhooks = webhooks_view(p.sdk, p.names)
    webhook = ["Webhook"] if webhooks is not None and webhooks.event is not None else []
    reserved = {*_ERRORS, *_ROOT_NAMES, *webhook, *_OBSERVABILITY, client_class, "Async" + client_class}
    models = sorted((name for name, _ in model_exports(p.api, p.names) if name not in reserved), key=natural_key)
    p.emit(
        "__init__.py",
        "package_init.py.jinja",
        package_doc=docstring(
            f"{p.api.title or 'API'} SDK: `from {package} import {client_class}`.\n\n"
            f"Names are imported on first use (PEP 562), so `import {package}` stays cheap\n"
            "however large the API is."
        ),
        errors=_ERRORS,
        webhook=webhook,
        resource_settings=bool(p.mixins),
        stripe=p.sdk.stripe,
        models=models,
        model_imports=[import_from(".models", [f"{name} as {name}"], 1) for name in models],
    )


def _webhooks(p: _Package) -> None:
    view = webhooks_view(p.sdk, p.names)
    if view is not None:
        p.emit("_webhooks.py", "webhooks.py.jinja", event=view.event)


def _mixins(sdk: Sdk, settings: PythonOptions, names: PythonNames) -> dict[str, str]:
    """The resource classes' mixins, when they are on (by default for Stripe's API) and the client takes an API key."""
    wanted = sdk.stripe if settings.resource_classes is None else settings.resource_classes
    if not wanted or not any(c.name == "api_key" for c in sdk.credentials):
        return {}
    return mixin_names(sdk, names)


def _resources(p: _Package) -> None:
    if p.mixins:
        p.emit("_resources.py", "resources.py.jinja", view=resources_view(p.sdk, p.names))


def _version(p: _Package) -> None:
    p.emit("_version.py", "version.py.jinja", version=p.settings.package_version)


def _client(p: _Package) -> None:
    services = client_services(p.api, p.names)
    auth = client_auth(p.sdk)
    stripe = p.sdk.stripe
    own_servers = sorted(
        {s.url.rstrip("/") for op in p.api.operations for s in op.servers[:1] if "://" in s.url} - {_base_url(p.api)}
    )
    webhooks = webhooks_view(p.sdk, p.names)
    event = webhooks.event if webhooks is not None else None
    webhooks_attr = webhooks.client_attr if webhooks is not None else None
    abc = ["Callable", *(["Mapping"] if own_servers else [])]
    stdlib_imports = [
        f"from collections.abc import {', '.join(abc)}",
        *(["from functools import cached_property"] if services or webhooks_attr else []),
        "from types import TracebackType",
        (
            "from typing import TYPE_CHECKING, Any, Self"
            if services or event or webhooks_attr
            else "from typing import Any, Self"
        ),
    ]
    p.emit(
        "_client.py",
        "client.py.jinja",
        services=services,
        event=event,
        webhooks_attr=webhooks_attr,
        auth=auth,
        stripe_headers=stripe,
        api_version_arg="stripe_version" if stripe else "None",
        own_servers=", ".join(own_servers),
        server_urls_doc=_wrapped_doc(
            f"server_urls: Where to send the operations served elsewhere ({', '.join(own_servers)}), by that URL.", 12
        ),
        stdlib_imports=stdlib_imports,
        error_models=client_function(p.sdk, p.names),
        base_url=_base_url(p.api),
        client_doc=docstring(f"Client for the {p.api.title or 'API'}: one attribute per resource.", 4),
    )


def _models(p: _Package) -> None:
    for module, schemas in model_groups(p.api, p.names):

        def model(module: str = module, schemas: list[Schema] = schemas) -> dict[str, str]:
            view = model_module(p.api, p.names, module, schemas, p.mixins)
            return {f"models/{module}.py": p.text("model_module.py.jinja", view=view)}

        p.unit(f"models/{module}", [("schema", schema.id) for schema in schemas], model)
    p.registry("models", "Response models, one class per schema.", "models", model_exports(p.api, p.names))


def _params(p: _Package) -> None:
    def params() -> dict[str, str]:  # one unit: its `_components` module gathers what the others use
        return {
            f"params/{view.module}.py": p.text("params_module.py.jinja", view=view)
            for view in params_modules(p.api, p.names)
        }

    p.unit("params", [], params)
    p.registry("params", "Request parameters, as TypedDicts.", "parameter types", params_exports(p.api, p.names))


def _services(p: _Package) -> None:
    from .validation import params_validator, response_validator

    api = p.api
    params_checks = {op.id: params_validator(p.validators, op) for op in api.operations if op.params}
    response_checks = {op.id: check for op in api.operations if (check := response_validator(p.validators, op))}
    # (`api.resources` is in the memo's key: a change to any operation renders the services
    # again, so no unit reuses a stale default of the client's security or error models.)
    for module, ids in service_groups(p.names):

        def service(module: str = module, ids: list[str] = ids) -> dict[str, str]:
            view = service_module(p.sdk, p.names, module, ids, params_checks, response_checks)
            return {f"services/{module}.py": p.text("service_module.py.jinja", view=view)}

        p.unit(f"services/{module}", [], service)
    p.emit("services/__init__.py", "version.py.jinja", version=p.settings.package_version)


def _distribution(p: _Package) -> None:
    distribution = p.settings.package.replace("_", "-")
    p.top(
        "pyproject.toml",
        "pyproject.toml.jinja",
        distribution=distribution,
        version=p.settings.package_version,
        title=p.api.title,
    )
    p.top(
        "README.md",
        "README.md.jinja",
        distribution=distribution,
        title=p.api.title or "API",
        api_version=p.api.version,
        view=readme_view(p.sdk, p.names, p.settings, p.mixins),
    )
    p.top(
        "tests/test_against_mock.py", "package_tests.py.jinja", view=readme_view(p.sdk, p.names, p.settings, p.mixins)
    )


#: The package, unit by unit, in the order the files were always made.
_UNITS: tuple[Callable[[_Package], None], ...] = (
    _runtime,
    _package_init,
    _version,
    _webhooks,
    _resources,
    _client,
    _models,
    _params,
    _services,
    _distribution,
)


def runtime_files(stripe: bool = True) -> dict[str, bytes]:
    """The hand-written runtime; for another API than Stripe's (`stripe` False) without its
    Stripe-only lines (`Stripe-Version`, `Stripe-Account`, `Stripe-Signature`: `targets/dialect.py`)."""
    folder = template_root() / "python" / "runtime"
    return {path.name: for_dialect(path.read_bytes(), stripe, b"#") for path in sorted(folder.glob("*.py"))}


def _wrapped_doc(text: str, indent: int) -> str:
    """One `Args:` entry of a docstring, wrapped to the width, continuation lines indented once more."""
    import textwrap

    lines = textwrap.wrap(text, width=120 - indent, subsequent_indent="    ", break_long_words=False)
    return ("\n" + " " * indent).join(lines)


def _base_url(api: Api) -> str:
    url = api.servers[0].url if api.servers else "http://localhost"
    return url.rstrip("/") or url


__all__ = ["render_package", "runtime_files"]
