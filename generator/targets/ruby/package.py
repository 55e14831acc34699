"""Rendering the `ruby` target's gem (its layout: see the target's `__init__.py`).

Every Ruby file is a header (`# frozen_string_literal: true`, where it came from) and a body
nested in the gem's module; the templates write bodies at the module's level and `in_module`
nests them, so a module of any depth (`Acme::Payments`) needs no template of its own. The
runtime's files are hand-written bodies, nested the same way and otherwise copied verbatim.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from jinja2 import Environment

from ...surface import Api
from .. import Job
from ..dialect import for_dialect_text
from ..invariants import check as check_names
from ..jinja import environment, render, template_root
from .configuration import config_view
from .names import RubyNames, claims
from .options import RubyOptions
from .readme import readme_view
from .resource_methods import resource_methods
from .types import ruby_str
from .views import (
    client_view,
    construction,
    nested_params,
    object_types,
    params_groups,
    params_view,
    resource_groups,
    resource_view,
    service_view,
)

#: The runtime's files, in the order the gem requires them (`stripe_object` is named after the
#: gem's module, as its class is: `RuntimeBases.object_file`).
RUNTIME = (
    "errors",
    "validation",
    "auth",
    "util",
    "request_params",
    "stripe_object",
    "list_object",
    "paging",
    "http_client",
    "requestor",
    "service",
    "webhook",
)
#: Standard libraries the runtime uses.
STDLIB = ("json", "logger", "net/http", "openssl", "securerandom", "time", "uri")
GENERATED = "# File generated from {spec} by codegen. Do not edit: regenerate instead."


def render_package(job: Job) -> dict[str, str | bytes]:
    options = job.options_of("ruby", RubyOptions)
    names = RubyNames(job.sdk, options.module, options.client_class)
    # Two definitions of one name, a path variable nothing fills: an error, not broken code.
    check_names("ruby", claims(names), job.sdk.methods())
    env = environment("ruby", job.templates, compiled=job.compiled_templates)
    gem = _Gem(job.api, options, names, env, job.spec_name)
    for step in _UNITS:
        step(gem)
    return gem.files


@dataclass
class _Gem:
    api: Api
    options: RubyOptions
    names: RubyNames
    env: Environment
    spec_name: str
    files: dict[str, str | bytes] = field(default_factory=dict)

    @property
    def lib(self) -> str:
        return f"lib/{self.options.gem}"

    def text(self, template: str, **context: object) -> str:
        common = {
            "options": self.options,
            "title": self.api.title or "API",
            "spec_name": self.spec_name,
            "bases": self.names.bases,
        }
        return render(self.env, template, {**common, **context}).strip("\n") + "\n"

    def runtime_text(self, text: str) -> str:
        return self.names.bases.rename(for_dialect_text(text, self.names.sdk.stripe, "#"))

    def runtime_stem(self, name: str) -> str:
        return self.names.bases.object_file if name == "stripe_object" else name

    def ruby(self, path: str, template: str, **context: object) -> None:
        """A Ruby file: the header, and the template's body nested in the module."""
        header = f"# frozen_string_literal: true\n\n{GENERATED.format(spec=self.spec_name)}\n\n"
        self.files[path] = header + in_module(self.text(template, **context), self.options.module)

    def signature(self, path: str, template: str, **context: object) -> None:
        header = f"{GENERATED.format(spec=self.spec_name)}\n\n"
        self.files[path] = header + in_module(self.text(template, **context), self.options.module)


def in_module(body: str, module: str) -> str:
    """`body` nested in `module` (`Acme::Payments`: two modules), indented two spaces a level."""
    parts = module.split("::")
    lines = body.rstrip("\n").split("\n")
    pad = "  " * len(parts)
    opening = [f"{'  ' * level}module {part}" for level, part in enumerate(parts)]
    closing = [f"{'  ' * level}end" for level in range(len(parts) - 1, -1, -1)]
    inner = [pad + line if line.strip() else "" for line in lines]
    return "\n".join(opening + inner + closing) + "\n"


def _runtime(g: _Gem) -> None:
    """The hand-written runtime, nested in the module, its base classes named after it and, for
    another API than Stripe's, without its Stripe-only lines (`targets/dialect.py`)."""
    folder = template_root() / "ruby" / "runtime"
    for name in RUNTIME:
        body = g.runtime_text((folder / f"{name}.rb").read_text(encoding="utf-8"))
        path = f"{g.lib}/runtime/{g.runtime_stem(name)}.rb"
        g.files[path] = "# frozen_string_literal: true\n\n" + in_module(body, g.options.module)
    sig = g.runtime_text((folder / "runtime.rbs").read_text(encoding="utf-8"))
    g.files[f"sig/{g.options.gem}/runtime.rbs"] = in_module(sig, g.options.module)


def _resources(g: _Gem) -> None:
    methods = resource_methods(g.names) if g.options.resource_methods else {}
    for stem, schema_ids in resource_groups(g.names):
        view = resource_view(g.names, schema_ids, methods)
        g.ruby(f"{g.lib}/resources/{stem}.rb", "resource.rb.jinja", cls=view)
        g.signature(f"sig/{g.options.gem}/resources/{stem}.rbs", "resource.rbs.jinja", cls=view)


def _params(g: _Gem) -> None:
    nested = nested_params(g.names)
    for found, method in params_groups(g.names):
        view = params_view(g.names, found, method, nested)
        g.ruby(f"{g.lib}/params/{found.file}.rb", "params.rb.jinja", cls=view)
        g.signature(f"sig/{g.options.gem}/params/{found.file}.rbs", "params.rbs.jinja", cls=view)


def _services(g: _Gem) -> None:
    for resource_id, found in sorted(g.names.services.items(), key=lambda item: item[1].file):
        view = service_view(g.names, resource_id)
        g.ruby(f"{g.lib}/services/{found.file}.rb", "service.rb.jinja", service=view)
        g.signature(f"sig/{g.options.gem}/services/{found.file}.rbs", "service.rbs.jinja", service=view)


def _validators(g: _Gem) -> None:
    """The request validators (`Validators`), compiled from the operations' params."""
    from .validation import render_validators

    header = f"# frozen_string_literal: true\n\n{GENERATED.format(spec=g.spec_name)}\n\n"
    source, signature = render_validators(g.api, g.names.validators, g.names.response_validators)
    g.files[f"{g.lib}/validators.rb"] = header + in_module(source, g.options.module)
    rbs_header = f"{GENERATED.format(spec=g.spec_name)}\n\n"
    g.files[f"sig/{g.options.gem}/validators.rbs"] = rbs_header + in_module(signature, g.options.module)


def _client(g: _Gem) -> None:
    view = client_view(g.names, g.options.client_class, g.api.title or "API")
    g.ruby(f"{g.lib}/client.rb", "client.rb.jinja", client=view)
    g.signature(f"sig/{g.options.gem}/client.rbs", "client.rbs.jinja", client=view)
    g.ruby(f"{g.lib}/version.rb", "version.rb.jinja")


def _configuration(g: _Gem) -> None:
    """The global settings of the resource classes' calls (`resource_methods`)."""
    if not g.options.resource_methods:
        return
    config = config_view(g.names, g.options.client_class, resource_methods(g.names))
    g.ruby(f"{g.lib}/configuration.rb", "configuration.rb.jinja", config=config)
    g.signature(f"sig/{g.options.gem}/configuration.rbs", "configuration.rbs.jinja", config=config)


def _object_types(g: _Gem) -> None:
    entries = object_types(g.names)
    g.ruby(f"{g.lib}/object_types.rb", "object_types.rb.jinja", entries=entries)
    g.signature(f"sig/{g.options.gem}/object_types.rbs", "object_types.rbs.jinja")


def _entry(g: _Gem) -> None:
    autoloads = sorted(
        [(c.name, f"{g.options.gem}/resources/{c.file}") for c in g.names.models.values() if len(c.qualname) == 1]
        + [(c.name, f"{g.options.gem}/params/{c.file}") for c in g.names.params.values()]
        + [(c.name, f"{g.options.gem}/services/{c.file}") for c in g.names.services.values()]
        + [("Validators", f"{g.options.gem}/validators")]
    )
    requires = [f"{g.options.gem}/version", *(f"{g.options.gem}/runtime/{g.runtime_stem(name)}" for name in RUNTIME)]
    requires += [f"{g.options.gem}/object_types", f"{g.options.gem}/client"]
    if g.options.resource_methods:
        requires.append(f"{g.options.gem}/configuration")
    body = g.text("entry.rb.jinja", autoloads=autoloads)
    head = "# frozen_string_literal: true\n\n" + "".join(f'require "{lib}"\n' for lib in STDLIB) + "\n"
    head += "".join(f'require_relative "{path}"\n' for path in requires) + "\n"
    g.files[f"lib/{g.options.gem}.rb"] = head + in_module(body, g.options.module)


def _distribution(g: _Gem) -> None:
    g.files[f"{g.options.gem}.gemspec"] = g.text("gemspec.jinja")
    params = sorted(c.name for c in g.names.params.values())
    readme = readme_view(g.names, g.options)
    credentials = [c.name for c in g.names.sdk.credentials]
    g.files["README.md"] = g.text(
        "README.md.jinja",
        readme=readme,
        stripe=g.names.sdk.stripe,
        config_first=credentials[0] if credentials else "api_base",
        params_example=(params or ["Params"])[0],
        construction=construction(g.names.sdk, g.options.client_class),
    )
    mock = _mock_construction(g)
    g.files[f"test/{g.options.gem}_test.rb"] = g.text(
        "test.rb.jinja",
        readme=readme,
        stripe=g.names.sdk.stripe,
        construction=mock,
        config_first=credentials[0] if credentials else "api_base",
    )


def _mock_construction(g: _Gem) -> str:
    """The shipped suite's client: every credential given (any value passes the mock), on MOCK_URL."""
    args = [f'"{c.name}_test"' for c in g.names.sdk.credentials if c.required]
    args += ["base_url: MOCK_URL"]
    args += [f'{c.name}: "{c.name}_test"' for c in g.names.sdk.credentials if not c.required]
    args.append("max_retries: 0")
    servers = sorted({m.own_server for m in g.names.sdk.methods() if m.own_server})
    if servers:  # the operations of their own server are served by the mock too
        args.append("server_urls: { " + ", ".join(f"{ruby_str(url)} => MOCK_URL" for url in servers) + " }")
    flat = f"{g.options.client_class}.new({', '.join(args)})"
    if len(flat) <= 90:
        return flat
    return f"{g.options.client_class}.new(\n" + ",\n".join(f"  {arg}" for arg in args) + "\n)"


_UNITS: tuple[Callable[[_Gem], None], ...] = (
    _runtime,
    _resources,
    _params,
    _services,
    _validators,
    _client,
    _configuration,
    _object_types,
    _entry,
    _distribution,
)

__all__ = ["in_module", "render_package"]
