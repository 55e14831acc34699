"""Render a list of changes as terminal text, Markdown (PR comments, changelogs) or JSON.

All three list changes in the same stable order (`Change.sort_key`): grouped by
resource (or by schema for shared schemas), then by endpoint or schema, then by
field path. The JSON format is documented in docs/diff.md; bump `JSON_VERSION`
on any incompatible change to it.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .change import Change

JSON_FORMAT = "codegen-diff"
JSON_VERSION = 1
MARKDOWN_LIMIT = 300  # changes listed per Markdown section; GitHub comments stop at 65,536 characters


@dataclass(frozen=True, slots=True)
class SpecInfo:
    label: str  # as given on the command line: a path or git:REV:path
    title: str
    version: str

    def to_json(self) -> dict[str, str]:
        return {"spec": self.label, "title": self.title, "version": self.version}


@dataclass(frozen=True, slots=True)
class Diff:
    old: SpecInfo
    new: SpecInfo
    changes: tuple[Change, ...]

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]

    @property
    def other(self) -> list[Change]:
        return [c for c in self.changes if not c.breaking]

    def headline(self) -> str:
        breaking, other = len(self.breaking), len(self.other)
        if not self.changes:
            return "no changes"
        return f"{_count(breaking, 'breaking change')}, {_count(other, 'other change')}"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def heading_of(change: Change) -> str:
    """The second-level heading: the endpoint, else the schema, else the resource."""
    where = change.location
    if where.endpoint:
        return f"{where.endpoint} ({where.operation})" if where.operation else where.endpoint
    if where.schema:
        return f"schema {where.schema}"
    return where.group


def grouped(changes: Iterable[Change]) -> Iterator[tuple[str, list[tuple[str, list[Change]]]]]:
    groups: dict[str, dict[str, list[Change]]] = {}
    for change in changes:
        groups.setdefault(change.location.group, {}).setdefault(heading_of(change), []).append(change)
    for group, headings in groups.items():
        yield group, list(headings.items())


# -- text ----------------------------------------------------------------------


def render_text(diff: Diff, *, breaking_only: bool = False) -> str:
    lines = [f"codegen diff: {diff.old.label} -> {diff.new.label}", diff.headline()]
    shown = diff.breaking if breaking_only else list(diff.changes)
    for group, headings in grouped(shown):
        lines += ["", group]
        for heading, changes in headings:
            if heading != group:
                lines.append(f"  {heading}")
            for change in changes:
                marker = "BREAKING" if change.breaking else "        "
                lines.append(f"    {marker}  {change.message}  [{change.rule.id}]")
    return "\n".join(lines) + "\n"


# -- markdown ------------------------------------------------------------------


def render_markdown(diff: Diff, *, limit: int = MARKDOWN_LIMIT) -> str:
    lines = [f"### API changes: `{diff.old.label}` → `{diff.new.label}`", ""]
    breaking, other = diff.breaking, diff.other
    if not diff.changes:
        return "\n".join([*lines, "No changes to the API.", ""])
    verdict = f"**{_count(len(breaking), 'breaking change')}**" if breaking else "No breaking changes"
    lines += [f"{verdict}, {_count(len(other), 'other change')}.", ""]
    if breaking:
        lines += ["#### Breaking changes", "", *_markdown_list(breaking, limit), ""]
    if other:
        lines += [
            "<details>",
            f"<summary>{_count(len(other), 'other change')}</summary>",
            "",
            *_markdown_list(other, limit),
            "",
            "</details>",
            "",
        ]
    lines += [_markdown_rules(diff.changes), ""]
    return "\n".join(lines)


def _markdown_list(changes: list[Change], limit: int) -> list[str]:
    lines: list[str] = []
    for group, headings in grouped(changes[:limit]):
        lines.append(f"**{_md(group)}**")
        for heading, items in headings:
            prefix = f"`{heading}`: " if heading != group else ""
            lines += [f"- {prefix}{_md(change.message)} (`{change.rule.id}`)" for change in items]
        lines.append("")
    if len(changes) > limit:
        lines.append(f"… and {len(changes) - limit} more (run `codegen diff --format json` for all of them)")
    return lines


def _markdown_rules(changes: Iterable[Change]) -> str:
    counts = Counter(change.rule.id for change in changes)
    listed = ", ".join(f"`{rule}` {count}" for rule, count in sorted(counts.items()))
    return f"<sub>Rules: {listed}. See docs/diff.md for what each rule means.</sub>"


def _md(text: str) -> str:
    """Keep HTML out of Markdown text (outside code spans backticks already protect)."""
    return text.replace("<", "&lt;").replace(">", "&gt;")


# -- json ----------------------------------------------------------------------


def to_json(diff: Diff) -> dict[str, Any]:
    counts = Counter(change.rule.id for change in diff.changes)
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "old": diff.old.to_json(),
        "new": diff.new.to_json(),
        "summary": {
            "breaking": len(diff.breaking),
            "non_breaking": len(diff.other),
            "total": len(diff.changes),
            "by_rule": dict(sorted(counts.items())),
        },
        "changes": [change.to_json() for change in diff.changes],
    }


def render_json(diff: Diff) -> str:
    return json.dumps(to_json(diff), indent=2, ensure_ascii=False, default=str) + "\n"


def render(diff: Diff, fmt: str, *, breaking_only: bool = False) -> str:
    if fmt == "json":
        return render_json(diff)
    if fmt == "markdown":
        return render_markdown(diff)
    return render_text(diff, breaking_only=breaking_only)
