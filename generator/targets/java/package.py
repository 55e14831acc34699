"""Rendering the `java` target: a Maven project (layout: see the target's `__init__.py`)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from ...cache.incremental import Memo, tracked
from ...surface import Sdk
from .. import Job
from ..dialect import for_dialect
from ..invariants import check as check_names
from ..jinja import environment, render, template_root
from .client import ClientView, client_view, global_view, stripe_event
from .names import JavaNames, claims
from .options import JavaOptions
from .resources import resource_style
from .validation import render_validators
from .views import model_files, params_files, service_files

#: Versions held in the machines' local Maven repository (`mvn -o` builds from it), pinned.
GSON = "2.10.1"
JUNIT = "5.11.4"
PLUGINS = (
    ("maven-clean-plugin", "3.4.0"),
    ("maven-resources-plugin", "3.3.1"),
    ("maven-compiler-plugin", "3.13.0"),
    ("maven-surefire-plugin", "3.2.5"),
    ("maven-jar-plugin", "3.4.1"),
    ("maven-install-plugin", "3.1.2"),
    ("maven-deploy-plugin", "3.1.2"),
)
#: The package the hand-written runtime is written in; rewritten to the configured one.
RUNTIME_PACKAGE = b"codegen.runtime"


def render_package(job: Job) -> dict[str, str | bytes]:
    """Every file; each model, params and service file is a unit the memo reuses while what
    it read is unchanged (`generator.cache.incremental`)."""
    from .readme import readme_view
    from .sample import readme_sample

    options = job.options_of("java", JavaOptions)
    api = tracked(job.api)
    sdk = dataclasses.replace(job.sdk, api=api)
    names = JavaNames(api, options.client_class, options.global_class if options.resource_methods else "")
    # Two definitions of one name, a path variable nothing fills: an error, not broken code.
    check_names("java", claims(names), job.sdk.methods())
    memo = job.memo or Memo()
    memo.begin(
        api,
        (options, job.spec_name, str(job.templates), GSON, JUNIT, PLUGINS),
        (api.title, api.version, api.openapi, api.description, api.source, api.servers, api.auth, api.resources),
        (names.models, names.params, names.operation_params, names.enums, names.services, names.members),
        names.validators,
        (names.roots, names.accessors),
    )
    env = environment("java", job.templates, compiled=job.compiled_templates)
    common = {"spec_name": job.spec_name, "package": options.package}
    src = f"src/main/java/{options.package_path}"
    files: dict[str, str | bytes] = {}

    def text(template: str, **context: object) -> str:
        return render(env, template, {**common, **context}).rstrip("\n") + "\n"

    def unit(path: str, template: str, produce: Callable[[], tuple[object, list[str]]]) -> None:
        def made() -> dict[str, str]:
            view, imports = produce()
            return {path: text(template, view=view, imports=imports)}

        files.update(memo.unit(path, (), made))

    style = resource_style(sdk, options.global_class, options.package) if options.resource_methods else None
    for top, model in model_files(api, names, options.package, style):
        unit(f"{src}/model/{top}.java", "model.java.jinja", model)
    for top, params in params_files(api, names, options.package):
        unit(f"{src}/param/{top}.java", "params.java.jinja", params)
    for top, service in service_files(sdk, names, options.package):
        unit(f"{src}/service/{top}.java", "service.java.jinja", service)
    for name, source in render_validators(api, options.package).items():
        files[f"{src}/validation/{name}.java"] = source
    user_agent = f"{options.artifact_id}/{options.version}"
    client = client_view(sdk, names, options.package, options.client_class, user_agent)
    files[f"{src}/{options.client_class}.java"] = text("client.java.jinja", view=client)
    for name, (template, view) in _entry_points(sdk, names, options, client).items():
        files[f"{src}/{name}.java"] = text(template, view=view)
    test = f"src/test/java/{options.package_path}/{options.client_class}Test.java"
    files[test] = text("ClientTest.java.jinja", view=client)
    versions = {"gson": GSON, "junit": JUNIT, "plugins": PLUGINS}
    title = api.title or "API"
    files["pom.xml"] = text("pom.xml.jinja", options=options, versions=versions, title=title)
    readme = {"sample": readme_sample(job, names), "readme": readme_view(job, names)}
    files["README.md"] = text("README.md.jinja", options=options, title=title, **readme)
    files.update(runtime_files(options, job.templates, sdk.stripe))
    return files


def _entry_points(
    sdk: Sdk, names: JavaNames, options: JavaOptions, client: ClientView
) -> dict[str, tuple[str, object]]:
    """`Webhook` (Stripe's events) and the resource classes' global configuration (`Stripe`)."""
    found: dict[str, tuple[str, object]] = {}
    event = stripe_event(sdk, names)
    if event:
        found["Webhook"] = ("webhook.java.jinja", {"name": "Webhook", "event": event, "event_top": event})
    if options.resource_methods:
        found[options.global_class] = (
            "global.java.jinja",
            global_view(sdk, client, options.global_class, options.package),
        )
    return found


def runtime_files(options: JavaOptions, overrides: Path | None, stripe: bool = False) -> dict[str, str | bytes]:
    """The hand-written runtime, copied as it is but for its package name (and, for another API
    than Stripe's, without its Stripe-only lines)."""
    roots = [template_root() / "java" / "runtime"]
    if overrides is not None and (overrides / "java" / "runtime").is_dir():
        roots.insert(0, overrides / "java" / "runtime")
    found: dict[str, str | bytes] = {}
    package = options.package.encode("ascii")
    for root in reversed(roots):
        for path in sorted(root.rglob("*.java")):
            relative = path.relative_to(root).as_posix()
            source = for_dialect(path.read_bytes(), stripe)  # Stripe-only lines (`setStripeAccount`)
            found[f"src/main/java/{options.package_path}/{relative}"] = source.replace(RUNTIME_PACKAGE, package)
    return found
