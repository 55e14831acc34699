"""The naming plan's invariants, checked before anything is rendered or written.

A client target decides every identifier of its client up front (its naming plan). Each
name lives in a scope of the target's language: a package or namespace (classes, exported
types), a class (methods, members), the client (its service readers). Two definitions of
one name in one scope do not compile (javac), silently replace each other (Ruby, Python),
or shadow each other (TypeScript). The plans are built to avoid that; this is the check
that they did, for every target alike: a target lists what it defines as `Claim`s, and a
clash stops the run with an error naming both spec locations, before any file is written
(`codegen` exits non-zero; the output folder is untouched).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from ..errors import Issue, SpecError
from ..surface import Api, Method

_VARIABLE = re.compile(r"\{[^{}/]+\}")


@dataclass(frozen=True, slots=True)
class Claim:
    """`name` is defined in `scope` (`package models`, `class CustomersService`) for what the
    spec says at `source` (`spec.yaml#/paths/~1customers/post`; "" when generated)."""

    scope: str
    name: str
    source: str = ""
    what: str = ""  # what the name is given to: "the params of customers.create"
    fold_case: bool = False  # names alike but for case clash too (one file per class on a case-blind disk)

    @property
    def key(self) -> tuple[str, str]:
        return self.scope, self.name.lower() if self.fold_case else self.name


def clashes(target: str, claims: Iterable[Claim]) -> list[Issue]:
    """An error for every name claimed twice in one scope (case-sensitive, as the languages are)."""
    first: dict[tuple[str, str], Claim] = {}
    issues: list[Issue] = []
    for claim in claims:
        earlier = first.setdefault(claim.key, claim)
        if earlier is claim:
            continue
        file, _, pointer = claim.source.partition("#")
        named = claim.name if claim.name == earlier.name else f"{claim.name}` and `{earlier.name}"
        message = (
            f"{target}: two definitions of `{named}` in {claim.scope}: {_given(claim)} and"
            f" {_given(earlier)}{_at(earlier)}; the generated code would not compile or one would"
            " replace the other (rename one: [tool.codegen.operation_names] for operations)"
        )
        issues.append(Issue(message, file or None, pointer if file else None))
    return issues


def unbound_path_variables(target: str, methods: Iterable[Method]) -> list[Issue]:
    """An error for every `{name}` of a method's path that no path parameter fills (the client
    would request the literal `{name}`)."""
    issues = []
    for method in methods:
        for segment in method.segments:
            if segment.param is None and _VARIABLE.fullmatch(segment.text):
                file, _, pointer = method.operation.source.partition("#")
                message = (
                    f"{target}: {method.http_method.upper()} {method.path}: no path parameter fills {segment.text}"
                )
                issues.append(Issue(message, file or None, pointer if file else None))
    return issues


def check(target: str, claims: Iterable[Claim], methods: Iterable[Method] = ()) -> None:
    """Raise `SpecError` with every clash among `claims`, and every path variable of `methods`
    that no parameter fills."""
    found = clashes(target, claims) + unbound_path_variables(target, methods)
    if found:
        raise SpecError(found)


def _given(claim: Claim) -> str:
    return claim.what or "a generated definition"


def _at(claim: Claim) -> str:
    return f" (from {claim.source})" if claim.source else ""


def class_claim(
    qualname: tuple[str, ...], top_scope: str, source: str, what: str, *, separator: str = ".", files: bool = False
) -> Claim:
    """A class (or type) named `qualname[-1]`: in `top_scope` at the top level, else in its holder.
    `files`: each top-level class is a file named after it (Java), so case does not tell two apart."""
    scope = top_scope if len(qualname) == 1 else f"class {separator.join(qualname[:-1])}"
    return Claim(scope, qualname[-1], source, what, fold_case=files and len(qualname) == 1)


def member_claims(ops: Mapping[str, tuple[str, str]], owner: str, members: Mapping[str, str]) -> Iterator[Claim]:
    """A service class's members (`op:<id>` -> method, `stream:<id>` -> its streaming twin, child
    service id -> reader) in `class <owner>`; `ops` is `operation_sources(api)`."""
    for key, member in members.items():
        kind, _, op_id = key.partition(":")
        if op_id in ops:
            source, name = ops[op_id]
            what = f"the streaming method of {name}" if kind == "stream" else f"the method of {name}"
            yield Claim(f"class {owner}", member, source, what)
        else:
            yield Claim(f"class {owner}", member, "", f"the reader of service {key}")


def schema_source(api: Api, schema_id: str) -> str:
    schema = api.schemas.get(schema_id)
    return schema.source if schema is not None else ""


def operation_sources(api: Api) -> dict[str, tuple[str, str]]:
    """Operation id -> (its spec location, `resource.method` as the IR names it)."""
    return {op.id: (op.source, f"{op.resource}.{op.name}") for op in api.operations}
