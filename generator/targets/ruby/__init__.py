"""The `ruby` target: a gem in stripe-ruby's shape, rendered from the SDK surface.

Layout of `OUT/ruby/`:

    <gem>.gemspec, README.md
    lib/<gem>.rb                 requires the runtime and the client; autoloads every class
    lib/<gem>/version.rb, client.rb
    lib/<gem>/runtime/           hand-written runtime (templates/ruby/runtime/), nested in the module
    lib/<gem>/resources/         one file per top-level response class (nested classes inside)
    lib/<gem>/params/            one params class per method that takes params
    lib/<gem>/services/          one service per resource (`client.customer_sessions`)
    sig/<gem>/...                RBS signatures of every public class

This module is the plug-in (`TARGET`); rendering lives in `package.py`, naming in `names.py`
(Ruby's words in `words.py`), the settings table in `options.py`, the docs' sample in
`sample.py`. Heavy modules are imported only when the target renders.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...surface import Api, Example, Method
from .. import Files, Job, NamingPlan, plan_of, reject_unknown_keys
from . import options as _options

if TYPE_CHECKING:
    from ...cache import Cache
    from .names import RubyNames


class RubyTarget:
    name = "ruby"
    templates = "ruby"
    shows_samples = True
    label = "Ruby"
    language = "ruby"
    top_level_keys: frozenset[str] = frozenset()
    version_key: str | None = "version"

    def check_options(self, table: Mapping[str, Any], where: str) -> None:
        reject_unknown_keys(table, set(_options.KEYS), where, self.name)
        _options.check(table, where)

    def options(self, table: Mapping[str, Any], api: Api) -> _options.RubyOptions:
        return _options.resolve(table, api)

    def named(self, package: str | None, client_class: str | None) -> dict[str, str]:
        return _options.named(package, client_class)

    def naming(self, job: Job) -> RubyNames:
        from .names import RubyNames

        options = job.options_of(self.name, _options.RubyOptions)
        return RubyNames(job.sdk, options.module, options.client_class)

    def render(self, job: Job) -> Files:
        from .package import render_package

        return render_package(job)

    def format(self, files: Files, *, trust_layout: bool, cache: Cache | None) -> Files:
        """The templates lay Ruby out as written; there is no formatter to run."""
        return dict(files)

    def sample(self, job: Job, names: NamingPlan, method: Method, example: Example) -> str:
        from .names import RubyNames
        from .sample import ruby_sample

        return ruby_sample(plan_of(names, RubyNames), job.options_of(self.name, _options.RubyOptions), method, example)

    def call(self, job: Job, names: NamingPlan, method: Method) -> str:
        from .names import RubyNames
        from .sample import call_path

        return call_path(plan_of(names, RubyNames), method)

    def returns(self, job: Job, names: NamingPlan, method: Method) -> str:
        from .names import RubyNames
        from .views import return_type

        options = job.options_of(self.name, _options.RubyOptions)
        return return_type(plan_of(names, RubyNames), options.module, method)

    def client_line(self, job: Job) -> str:
        options = job.options_of(self.name, _options.RubyOptions)
        return f'require "{options.gem}"'


TARGET = RubyTarget()
