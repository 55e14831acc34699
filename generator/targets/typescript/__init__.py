"""The `typescript` target: an npm package in stripe-node's shape, rendered from the SDK surface.

Layout of `OUT/typescript/`:

    package.json, tsconfig.json, tsconfig.cjs.json, README.md, test/smoke.test.mjs
    src/index.ts                the client (also the default export), errors, types, runtime helpers
    src/client.ts               the client class: credentials, options, one property per service
    src/errors.ts               the runtime's error classes under the API's names
    src/resources/*.ts          one class per service (`client.customerSessions`)
    src/types/*.ts              one module per response object (`CustomerSession`)
    src/types/params/*.ts       each service's params interfaces (`CustomerSessionCreateParams`)
    src/runtime/                the hand-written runtime (templates/typescript/runtime/), copied verbatim

`npm run build` compiles it twice with tsc: ES modules to `dist/esm/`, CommonJS to `dist/cjs/`,
each with its declarations (`.d.ts`); `package.json`'s `exports` serves both. No runtime
dependency: the global `fetch` (Node 18+, Deno, Bun, browsers).

This module is the plug-in (`TARGET`); rendering lives in `package.py`, naming in `names.py`
(TypeScript's words in `words.py`), types in `types.py`, the code in `views.py` and
`client.py`, the settings table in `options.py`, the docs' sample in `sample.py`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...surface import Api, Example, Method
from .. import Files, Job, NamingPlan, plan_of, reject_unknown_keys
from . import options as _options

if TYPE_CHECKING:
    from ...cache import Cache
    from .names import TsNames


class TypeScriptTarget:
    name = "typescript"
    templates = "typescript"
    shows_samples = True
    label = "TypeScript"
    language = "typescript"
    top_level_keys: frozenset[str] = frozenset()
    version_key: str | None = "version"

    def check_options(self, table: Mapping[str, Any], where: str) -> None:
        reject_unknown_keys(table, set(_options.KEYS), where, self.name)
        _options.check(table, where)

    def options(self, table: Mapping[str, Any], api: Api) -> _options.TypeScriptOptions:
        return _options.resolve(table, api)

    def named(self, package: str | None, client_class: str | None) -> dict[str, str]:
        return _options.named(package, client_class)

    def naming(self, job: Job) -> TsNames:
        from .names import TsNames

        options = job.options_of(self.name, _options.TypeScriptOptions)
        return TsNames(job.sdk, options.client_class)

    def render(self, job: Job) -> Files:
        from .package import render_package

        return render_package(job)

    def format(self, files: Files, *, trust_layout: bool, cache: Cache | None) -> Files:
        """The templates lay TypeScript out as written; there is no formatter to run."""
        return dict(files)

    def sample(self, job: Job, names: NamingPlan, method: Method, example: Example) -> str:
        from .names import TsNames
        from .sample import ts_sample

        options = job.options_of(self.name, _options.TypeScriptOptions)
        return ts_sample(plan_of(names, TsNames), options, method, example)

    def call(self, job: Job, names: NamingPlan, method: Method) -> str:
        from .names import TsNames
        from .sample import call_path

        return call_path(plan_of(names, TsNames), method)

    def returns(self, job: Job, names: NamingPlan, method: Method) -> str:
        from .names import TsNames
        from .views import return_type

        return return_type(plan_of(names, TsNames), method)

    def client_line(self, job: Job) -> str:
        options = job.options_of(self.name, _options.TypeScriptOptions)
        return f'import {options.client_class} from "{options.package}";'


TARGET = TypeScriptTarget()
