"""The Jinja environment shared by every target.

Templates are searched in the user's override folder first, then ours
(`templates/<target>/`). `StrictUndefined` turns a typo into an error instead
of an empty string. Spec text only ever reaches templates as *data*; it never
becomes template source, so `{{ ... }}` inside a description is printed, not run.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def template_root() -> Path:
    """Our templates: the repository's `templates/`, or the installed copy."""
    if TEMPLATES.is_dir():
        return TEMPLATES
    from importlib.resources import files  # installed from a wheel: templates/ is `codegen_templates`

    return Path(str(files("codegen_templates")))


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Jinja's cache of compiled templates in a folder (keyed by each template's source
    checksum, Jinja's and Python's versions); a folder that cannot be read or written,
    or a damaged entry, only means compiling again."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # unreadable or damaged: compile
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            os.makedirs(self.directory, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError:
            pass


def compiled_templates(folder: Path | None) -> jinja2.BytecodeCache | None:
    """Where compiled templates are kept between runs (`Job.compiled_templates`), if anywhere."""
    return _CompiledTemplates(str(folder)) if folder is not None else None


@functools.lru_cache(maxsize=8)
def environment(
    target: str,
    overrides: Path | None = None,
    *,
    autoescape: bool | Callable[[str | None], bool] = False,
    filters: tuple[tuple[str, Callable[..., Any]], ...] = (),
    compiled: Path | None = None,
) -> jinja2.Environment:
    """The one Jinja environment builder: `target`'s templates (a user's `<overrides>/<target>/`
    searched first), cached per process (templates compiled once, and kept in `compiled`
    between runs). `autoescape`: for every template, or a function of the template's name."""
    folders = [str(template_root() / target)]
    if overrides is not None:
        folders.insert(0, str(overrides / target))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folders),
        undefined=jinja2.StrictUndefined,
        autoescape=autoescape,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=compiled_templates(compiled),
    )
    env.filters.update(dict(filters))
    return env


def render(env: jinja2.Environment, template: str, context: Mapping[str, Any]) -> str:
    return env.get_template(template).render(context)
