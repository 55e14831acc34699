"""A release's section of CHANGELOG.md, from a diff: what `codegen release` prepends.

    ## 1.4.2 → 2.0.0 (2023-09-12; API 2023-06-21 → 2023-09-12)

    A major release: 3 breaking changes, 41 additions, 2 other changes (`git:v1:spec.yaml` → `spec.yaml`).

    ### Breaking changes

    #### customers
    - `POST /v1/customers (customers.create)`: param `tax` removed (rule `param-removed`)

    ### Additions
    ...
    ### Other changes
    ...

Breaking changes come first, then additions (a change whose kind is `added` that breaks
nothing), then everything else; within each, changes are grouped by resource (or by schema
for shared schemas) in the order `codegen diff` lists them. Each names the rule that judged it.
A release with no judged change (the IR differs in descriptions or examples only) says so.
"""

from __future__ import annotations

import enum

from .change import Change, Kind
from .report import Diff, grouped

TITLE = "# Changelog"
PREAMBLE = (
    f"{TITLE}\n\nThe generated SDKs' releases, newest first. Each section is written by `codegen release`\n"
    "from the changes between two versions of the API's spec (rules: docs/diff.md).\n"
)


class Bump(enum.StrEnum):
    """Which part of the version a release raises (NONE: nothing to release)."""

    MAJOR = "major"
    MINOR = "minor"
    PATCH = "patch"
    NONE = "none"


def is_addition(change: Change) -> bool:
    return not change.breaking and change.kind is Kind.ADDED


def bump_for(diff: Diff, same_api: bool) -> Bump:
    """Breaking -> major, an addition -> minor, anything else -> patch; nothing at all -> none.

    `same_api`: the two specs hold the same data (a change no rule judges, such as a new
    description, still makes a patch release: the generated code's docs change)."""
    if diff.breaking:
        return Bump.MAJOR
    if any(is_addition(change) for change in diff.changes):
        return Bump.MINOR
    return Bump.NONE if same_api and not diff.changes else Bump.PATCH


def kinds(diff: Diff) -> tuple[list[Change], list[Change], list[Change]]:
    """The changes as (breaking, additions, other), each in `codegen diff`'s order."""
    additions = [c for c in diff.changes if is_addition(c)]
    other = [c for c in diff.changes if not c.breaking and not is_addition(c)]
    return diff.breaking, additions, other


def counts(diff: Diff) -> str:
    """`2 breaking changes, 1 addition, 0 other changes`."""
    nouns = ("breaking change", "addition", "other change")
    listed = zip(kinds(diff), nouns, strict=True)
    return ", ".join(f"{len(items)} {noun}{'' if len(items) == 1 else 's'}" for items, noun in listed)


def section(diff: Diff, old_version: str, new_version: str, date: str, bump: Bump) -> str:
    """The Markdown section for the release from `old_version` to `new_version`."""
    old_api, new_api = diff.old.version, diff.new.version
    api = f"API {new_api}" if old_api == new_api else f"API {old_api} → {new_api}"
    breaking, additions, other = kinds(diff)
    lines = [
        f"## {old_version} → {new_version} ({date}; {api})",
        "",
        f"A {bump.value} release: {counts(diff)} (`{diff.old.label}` → `{diff.new.label}`).",
        "",
    ]
    for title, items in (("Breaking changes", breaking), ("Additions", additions), ("Other changes", other)):
        if items:
            lines += [f"### {title}", "", *_listed(items)]
    if not diff.changes:
        lines += ["### Other changes", "", "- Descriptions or examples only: no change that a rule judges.", ""]
    return "\n".join(lines)


def _listed(changes: list[Change]) -> list[str]:
    lines: list[str] = []
    for group, headings in grouped(changes):
        lines += [f"#### {_md(group)}", ""]
        for heading, items in headings:
            prefix = f"`{heading}`: " if heading != group else ""
            lines += [f"- {prefix}{_md(change.message)} (rule `{change.rule.id}`)" for change in items]
        lines.append("")
    return lines


def prepend(existing: str | None, new_section: str) -> str:
    """CHANGELOG.md's text with `new_section` as its first (newest) release."""
    if not existing or not existing.strip():
        return f"{PREAMBLE}\n{new_section}"
    at = existing.find("\n## ")
    if existing.startswith("## "):
        return f"{new_section}\n{existing}"
    if at < 0:
        return f"{existing.rstrip()}\n\n{new_section}"
    return f"{existing[: at + 1]}{new_section}\n{existing[at + 1 :]}"


def _md(text: str) -> str:
    return text.replace("<", "&lt;").replace(">", "&gt;")
