"""The `python` target: a typed SDK package (sync and async, httpx) rendered from the IR.

Layout of `OUT/python/`:

    pyproject.toml, README.md
    <package>/__init__.py       lazy exports (PEP 562)
    <package>/_client.py        <Client> and Async<Client>
    <package>/_version.py
    <package>/_runtime/         hand-written runtime, copied verbatim
    <package>/_validators/      generated params/response validators
    <package>/models/           one module per component schema
    <package>/params/           TypedDicts of request params
    <package>/services/         one module per top-level resource

This module is the plug-in (`TARGET`); rendering lives in `package.py`, naming in `names.py`
(Python's words in `words.py`), the settings table in `options.py`, the docs' sample in
`sample.py`. Heavy modules are imported only when the target renders.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...surface import Api, Example, Method
from .. import Files, Job, NamingPlan, plan_of
from . import options as _options

if TYPE_CHECKING:
    from ...cache import Cache
    from .names import PythonNames


class PythonTarget:
    name = "python"
    templates = "python"
    shows_samples = True
    label = "Python"
    language = "python"
    top_level_keys = _options.KEYS
    version_key: str | None = "package_version"

    def check_options(self, table: Mapping[str, Any], where: str) -> None:
        _options.check(table, where)

    def options(self, table: Mapping[str, Any], api: Api) -> _options.PythonOptions:
        return _options.resolve(table, api)

    def named(self, package: str | None, client_class: str | None) -> dict[str, str]:
        return _options.named(package, client_class)

    def naming(self, job: Job) -> PythonNames:
        """Every identifier of the client, planned before anything is rendered."""
        from .names import PythonNames

        return PythonNames(job.api)

    def render(self, job: Job) -> Files:
        from .package import render_package

        return render_package(job)

    def format(self, files: Files, *, trust_layout: bool, cache: Cache | None) -> Files:
        """black, only over files whose lines do not all fit (every file with user templates)."""
        from .formatting import format_files

        return format_files(files, trust_layout=trust_layout, cache=cache)

    def sample(self, job: Job, names: NamingPlan, method: Method, example: Example) -> str:
        from .names import PythonNames
        from .sample import python_sample

        options = job.options_of(self.name, _options.PythonOptions)
        return python_sample(plan_of(names, PythonNames), options, method, example)

    def returns(self, job: Job, names: NamingPlan, method: Method) -> str:
        from .names import PythonNames
        from .views import return_annotation

        return return_annotation(job.sdk, plan_of(names, PythonNames), method)

    def client_line(self, job: Job) -> str:
        options = job.options_of(self.name, _options.PythonOptions)
        return f"from {options.package} import {options.client_class}"

    def call(self, job: Job, names: NamingPlan, method: Method) -> str:
        from .names import PythonNames
        from .sample import call_path

        return call_path(plan_of(names, PythonNames), method)


TARGET = PythonTarget()
