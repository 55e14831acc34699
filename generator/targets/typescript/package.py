"""Rendering the `typescript` target's npm package (its layout: see the target's `__init__.py`).

A table of units, each adding files: the runtime copied verbatim, the models, the params, the
services, the client with its errors, and the package's files (package.json, tsconfigs, README).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from jinja2 import Environment

from ...surface import Api, Returns
from ...surface.examples import example
from .. import Job
from ..dialect import for_dialect
from ..invariants import check as check_names
from ..jinja import environment, render, template_root
from .client import client_view, construction, errors_view
from .names import TsNames, claims
from .options import TypeScriptOptions
from .sample import call_args, call_path
from .validation import render_validators
from .views import ModuleView, model_modules, params_modules, service_view

GENERATED = "// File generated from {spec} by codegen. Do not edit: regenerate instead."


def render_package(job: Job) -> dict[str, str | bytes]:
    options = job.options_of("typescript", TypeScriptOptions)
    names = TsNames(job.sdk, options.client_class)
    # Two definitions of one name, a path variable nothing fills: an error, not broken code.
    check_names("typescript", claims(names), job.sdk.methods())
    env = environment("typescript", job.templates, compiled=job.compiled_templates)
    package = _Package(job.api, options, names, env, job.spec_name)
    for step in _UNITS:
        step(package)
    return package.files


@dataclass
class _Package:
    api: Api
    options: TypeScriptOptions
    names: TsNames
    env: Environment
    spec_name: str
    files: dict[str, str | bytes] = field(default_factory=dict)

    def text(self, template: str, **context: object) -> str:
        common = {
            "options": self.options,
            "title": self.api.title or "API",
            "spec_name": self.spec_name,
            "stripe": self.names.sdk.stripe,
        }
        return render(self.env, template, {**common, **context}).strip("\n") + "\n"

    def source(self, path: str, template: str, **context: object) -> None:
        """A TypeScript file under src/: the header, then the template's text."""
        header = GENERATED.format(spec=self.spec_name) + "\n\n"
        self.files[f"src/{path}.ts"] = header + self.text(template, **context)

    def module(self, view: ModuleView) -> None:
        self.source(view.path, "module.ts.jinja", module=view)


def _runtime(p: _Package) -> None:
    """The hand-written runtime; for another API than Stripe's without its Stripe-only lines
    (`dialect`, `Stripe-Version`, `verifyStripeSignature`: `targets/dialect.py`)."""
    folder = template_root() / "typescript" / "runtime"
    for path in sorted(folder.glob("*.ts")):
        p.files[f"src/runtime/{path.name}"] = for_dialect(path.read_bytes(), p.names.sdk.stripe)


def _types(p: _Package) -> None:
    modules = [*model_modules(p.names), *params_modules(p.names)]
    for view in modules:
        p.module(view)
    lines = [f'export type * from "./{view.path.removeprefix("types/")}.js";' for view in modules]
    p.files["src/types/index.ts"] = GENERATED.format(spec=p.spec_name) + "\n\n" + "\n".join(sorted(lines)) + "\n"


def _services(p: _Package) -> None:
    exports = []
    for service_id, found in p.names.services.items():
        p.source(found.module, "service.ts.jinja", service=service_view(p.names, service_id))
        exports.append(f'export {{ {found.name} }} from "./{found.module.removeprefix("resources/")}.js";')
    header = GENERATED.format(spec=p.spec_name) + "\n\n"
    p.files["src/resources/index.ts"] = header + "\n".join(sorted(exports)) + "\n"


def _client(p: _Package) -> None:
    p.source("client", "client.ts.jinja", client=client_view(p.names, p.options.package, p.options.version))
    p.source("errors", "errors.ts.jinja", errors=errors_view(p.names))
    p.source("version", "version.ts.jinja")
    header = GENERATED.format(spec=p.spec_name) + "\n\n"
    p.files["src/validators.ts"] = header + render_validators(p.api, p.names.validators, p.names.response_validators)
    if any(method.header_params for method in p.names.sdk.methods()):  # (`withHeaders`: their only use)
        p.source("core", "core.ts.jinja")
    p.source("index", "index.ts.jinja")


def _distribution(p: _Package) -> None:
    p.files["package.json"] = p.text("package.json.jinja")
    p.files["tsconfig.json"] = p.text("tsconfig.json.jinja")
    p.files["tsconfig.cjs.json"] = p.text("tsconfig.cjs.json.jinja")
    p.files[".gitignore"] = p.text("gitignore.jinja")
    p.files["test/smoke.test.mjs"] = p.text("smoke.test.mjs.jinja")
    errors = errors_view(p.names)
    p.files["README.md"] = p.text(
        "README.md.jinja",
        construction=construction(p.names.sdk, p.options.client_class),
        example=_example(p),
        stripe=p.names.sdk.stripe,
        error_base=errors.base,
        invalid_request="StripeInvalidRequestError" if p.names.sdk.stripe else "BadRequestError",
        error_call=_error_call(p),
    )


def _example(p: _Package) -> str:
    for method in p.names.sdk.methods():
        if method.returns.pages and not method.path_params and not method.required_params:
            call = f"client.{p.names.call_path(method.resource_id)}.{p.names.method_name(method)}"
            arg = "{ limit: 3 }" if method.returns is Returns.LIST_PAGE else ""
            return f"for await (const item of {call}({arg})) {{\n  console.log(item);\n}}"
    return ""


def _error_call(p: _Package) -> str:
    """A call that may fail for the README's errors section: a retrieval by id when there is one."""
    methods = list(p.names.sdk.methods())
    if not methods:
        return "await Promise.resolve()"
    method = next((m for m in methods if m.http_method == "GET" and m.path_params), methods[0])
    args = ", ".join(call_args(example(p.names.sdk, method)))
    return f"await {call_path(p.names, method)}({args})"


_UNITS: tuple[Callable[[_Package], None], ...] = (_runtime, _types, _services, _client, _distribution)

__all__ = ["render_package"]
