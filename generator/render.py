"""The Jinja environment shared by every target.

Templates are searched in the user's override folder first, then ours
(`templates/<target>/`). `StrictUndefined` turns a typo into an error instead
of an empty string. Spec text only ever reaches templates as *data*; it never
becomes template source, so `{{ ... }}` inside a description is printed, not run.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import jinja2

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def template_root() -> Path:
    """Our templates: the repository's `templates/`, or the installed copy."""
    if TEMPLATES.is_dir():
        return TEMPLATES
    from importlib.resources import files  # installed from a wheel: templates/ is `codegen_templates`

    return Path(str(files("codegen_templates")))


@functools.lru_cache(maxsize=8)
def environment(
    target: str,
    overrides: Path | None = None,
    *,
    autoescape: bool = False,
    filters: tuple[tuple[str, Callable[..., Any]], ...] = (),
) -> jinja2.Environment:
    """A cached environment for `target` (templates compiled once per process)."""
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
    )
    env.filters.update(dict(filters))
    return env


def render(env: jinja2.Environment, template: str, context: Mapping[str, Any]) -> str:
    return env.get_template(template).render(context)
