"""The `java` target: a Maven project in stripe-java's shape, rendered from the SDK surface.

Layout of `OUT/java/`:

    pom.xml, README.md
    src/main/java/<package>/<Client>.java    the client: one accessor per top-level service
    src/main/java/<package>/model/           one class per component schema (inline ones nested)
    src/main/java/<package>/param/           one params class (with its builder) per operation
    src/main/java/<package>/service/         one service per resource
    src/main/java/<package>/net/, exception/ the hand-written runtime (templates/java/runtime/)
    src/test/java/<package>/<Client>Test.java

This module is the plug-in (`TARGET`); rendering lives in `package.py`, naming in `names.py`
(Java's words in `words.py`), types in `types.py`, view objects in `views.py`, the settings
table in `options.py`, the docs' sample in `sample.py`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...surface import Api, Example, Method
from .. import Files, Job, NamingPlan, plan_of
from . import options as _options

if TYPE_CHECKING:
    from ...cache import Cache
    from .names import JavaNames


class JavaTarget:
    name = "java"
    templates = "java"
    shows_samples = True
    label = "Java"
    language = "java"
    top_level_keys: frozenset[str] = frozenset()
    version_key: str | None = "version"

    def check_options(self, table: Mapping[str, Any], where: str) -> None:
        _options.check(table, where)

    def options(self, table: Mapping[str, Any], api: Api) -> _options.JavaOptions:
        return _options.resolve(table, api)

    def named(self, package: str | None, client_class: str | None) -> dict[str, str]:
        return _options.named(package, client_class)

    def naming(self, job: Job) -> JavaNames:
        from .names import JavaNames

        options = job.options_of(self.name, _options.JavaOptions)
        return JavaNames(job.api, options.client_class, options.global_class if options.resource_methods else "")

    def render(self, job: Job) -> Files:
        from .package import render_package

        return render_package(job)

    def format(self, files: Files, *, trust_layout: bool, cache: Cache | None) -> Files:
        """Nothing to do: the templates write the layout google-java-format would (2 spaces)."""
        return dict(files)

    def sample(self, job: Job, names: NamingPlan, method: Method, example: Example) -> str:
        from .names import JavaNames
        from .sample import java_sample

        return java_sample(job, plan_of(names, JavaNames), method, example)

    def call(self, job: Job, names: NamingPlan, method: Method) -> str:
        from .names import JavaNames

        plan = plan_of(names, JavaNames)
        return f"client.{plan.call_path(method.resource_id)}.{plan.method(method.operation)}"

    def returns(self, job: Job, names: NamingPlan, method: Method) -> str:
        from .names import JavaNames
        from .views import return_type

        options = job.options_of(self.name, _options.JavaOptions)
        return return_type(job.sdk, plan_of(names, JavaNames), options.package, method)

    def client_line(self, job: Job) -> str:
        options = job.options_of(self.name, _options.JavaOptions)
        return f"import {options.package}.{options.client_class};"


TARGET = JavaTarget()
