"""Rendering the `java` target: a Maven project (layout: see the target's `__init__.py`)."""

from __future__ import annotations

from pathlib import Path

from .. import Job
from ..jinja import environment, render, template_root
from .client import client_view
from .names import JavaNames
from .options import JavaOptions
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


def render_project(job: Job) -> dict[str, str | bytes]:
    from .sample import readme_sample

    options: JavaOptions = job.options_of("java")
    names = JavaNames(job.api, options.client_class)
    env = environment("java", job.templates, compiled=job.compiled_templates)
    common = {"spec_name": job.spec_name, "package": options.package}
    src = f"src/main/java/{options.package_path}"
    files: dict[str, str | bytes] = {}

    def emit(path: str, template: str, **context: object) -> None:
        files[path] = render(env, template, {**common, **context}).rstrip("\n") + "\n"

    for top, model, imports in model_files(job.api, names, options.package):
        emit(f"{src}/model/{top}.java", "model.java.jinja", view=model, imports=imports)
    for top, params, imports in params_files(job.api, names, options.package):
        emit(f"{src}/param/{top}.java", "params.java.jinja", view=params, imports=imports)
    for top, service, imports in service_files(job.sdk, names, options.package):
        emit(f"{src}/service/{top}.java", "service.java.jinja", view=service, imports=imports)
    user_agent = f"{options.artifact_id}/{options.version}"
    client = client_view(job.sdk, names, options.package, options.client_class, user_agent)
    emit(f"{src}/{options.client_class}.java", "client.java.jinja", view=client)
    emit(f"src/test/java/{options.package_path}/{options.client_class}Test.java", "ClientTest.java.jinja", view=client)
    versions = {"gson": GSON, "junit": JUNIT, "plugins": PLUGINS}
    emit("pom.xml", "pom.xml.jinja", options=options, versions=versions, title=job.api.title or "API")
    emit(
        "README.md", "README.md.jinja", options=options, title=job.api.title or "API", sample=readme_sample(job, names)
    )
    files.update(runtime_files(options, job.templates))
    return files


def runtime_files(options: JavaOptions, overrides: Path | None) -> dict[str, str | bytes]:
    """The hand-written runtime, copied as it is but for its package name."""
    roots = [template_root() / "java" / "runtime"]
    if overrides is not None and (overrides / "java" / "runtime").is_dir():
        roots.insert(0, overrides / "java" / "runtime")
    found: dict[str, str | bytes] = {}
    package = options.package.encode("ascii")
    for root in reversed(roots):
        for path in sorted(root.rglob("*.java")):
            relative = path.relative_to(root).as_posix()
            found[f"src/main/java/{options.package_path}/{relative}"] = path.read_bytes().replace(
                RUNTIME_PACKAGE, package
            )
    return found
