"""Generated validators compiled in memory, as a throwaway package imported lazily per module.

For the mock server and tests: `load_validators(api)` renders the `_validators` package and
serves it (with a copy of the runtime's `validation` module) through an import hook under a
package name derived from the sources' hash, so nothing is written to disk and a module is
compiled only when first used.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import linecache
import sys
from collections.abc import Callable, Mapping, Sequence
from importlib.resources import files
from pathlib import Path
from types import ModuleType
from typing import Protocol, cast

from ....surface import Api, Operation
from .plan import Layout, params_validator, plan, response_validator, schema_validator


def _runtime_source() -> Path:
    """The runtime's `validation.py`: in the repository's `templates/`, or the installed `codegen_templates`.

    (`targets.jinja.template_root` says the same, but importing it would pull in Jinja.)
    """
    repository = Path(__file__).resolve().parents[4] / "templates"
    root = repository if repository.is_dir() else Path(str(files("codegen_templates")))
    return root / "python" / "runtime" / "validation.py"


RUNTIME_SOURCE = _runtime_source()


class Issue(Protocol):
    """What the generated validators return (`ValidationIssue` of the runtime)."""

    @property
    def path(self) -> tuple[str | int, ...]: ...
    @property
    def rule(self) -> str: ...
    @property
    def message(self) -> str: ...
    @property
    def expected(self) -> object: ...
    @property
    def value(self) -> object: ...
    @property
    def dotted_path(self) -> str: ...
    @property
    def bracket_path(self) -> str: ...


ParamsCheck = Callable[[Mapping[str, object]], Sequence[Issue]]
ValueCheck = Callable[[object], Sequence[Issue]]


class _SourceFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds and loads the modules of one in-memory package."""

    def __init__(self, package: str, files: Mapping[str, str]) -> None:
        self.package = package
        self.sources: dict[str, tuple[str, str, bool]] = {}  # module -> (file name, source, is package)
        for relative, source in files.items():
            parts = relative.removesuffix(".py").split("/")
            is_package = parts[-1] == "__init__"
            if is_package:
                parts = parts[:-1]
            name = ".".join([package, *parts])
            self.sources[name] = (f"<generated {package}>/{relative}", source, is_package)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        found = self.sources.get(fullname)
        if found is None:
            return None
        return importlib.util.spec_from_loader(fullname, self, origin=found[0], is_package=found[2])

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return None

    def exec_module(self, module: ModuleType) -> None:
        filename, source, _ = self.sources[module.__name__]
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        module.__file__ = filename
        exec(compile(source, filename, "exec"), module.__dict__)


class ValidatorSet:
    """The generated validators of one API, compiled on first use of each module."""

    def __init__(self, api: Api, package: str, finder: _SourceFinder) -> None:
        self.api = api
        self.package = package
        self._finder = finder
        self._cache: dict[tuple[str, str], Callable[..., Sequence[Issue]]] = {}
        self._layout: Layout | None = None

    @property
    def layout(self) -> Layout:
        """Where each validator lives: planned on first use, once for this set."""
        if self._layout is None:
            self._layout = plan(self.api)
        return self._layout

    def _function(self, module: str, name: str) -> Callable[..., Sequence[Issue]]:
        key = (module, name)
        if key not in self._cache:
            loaded = importlib.import_module(f"{self.package}.{module}")
            self._cache[key] = cast(Callable[..., Sequence[Issue]], getattr(loaded, name))
        return self._cache[key]

    def params(self, op: Operation) -> ParamsCheck:
        """`validate_<resource>_<method>_params` of `op`."""
        return self._function(*params_validator(self.layout, op))

    def response(self, op: Operation) -> ValueCheck | None:
        """`validate_<resource>_<method>_response` of `op` (None when it has no response body)."""
        found = response_validator(self.layout, op)
        return self._function(*found) if found else None

    def schema(self, schema_id: str) -> ValueCheck:
        """`validate_<schema>` of a response schema."""
        return self._function(*schema_validator(self.layout, schema_id))

    def modules(self) -> list[str]:
        """Every module of the package (dotted, relative to it)."""
        return sorted(name.removeprefix(self.package + ".") for name in self._finder.sources if name != self.package)

    def close(self) -> None:
        """Forget the package: unregister the import hook and drop its modules."""
        if self._finder in sys.meta_path:
            sys.meta_path.remove(self._finder)
        for name in [name for name in sys.modules if name == self.package or name.startswith(self.package + ".")]:
            del sys.modules[name]
        _loaded.pop(self.package, None)


_loaded: dict[str, ValidatorSet] = {}


def load_validators(api: Api, files: Mapping[str, str] | None = None) -> ValidatorSet:
    """The validators of `api`, importable under a throwaway package named by their hash.

    `files` are the rendered `_validators` files (rendered here when not given).
    """
    from .codegen import render_validators  # the renderer, only when nothing was rendered yet

    rendered = dict(files) if files is not None else render_validators(api, plan(api))
    rendered["__init__.py"] = ""
    rendered["_runtime/__init__.py"] = ""
    rendered["_runtime/validation.py"] = RUNTIME_SOURCE.read_text("utf-8")
    digest = hashlib.sha256()
    for relative in sorted(rendered):
        digest.update(relative.encode() + b"\0" + rendered[relative].encode() + b"\0")
    package = f"_codegen_validators_{digest.hexdigest()[:16]}"
    if package not in _loaded:
        finder = _SourceFinder(package, rendered)
        sys.meta_path.append(finder)
        _loaded[package] = ValidatorSet(api, package, finder)
    return _loaded[package]
