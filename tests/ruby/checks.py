"""Checks of a generated gem that need no Ruby: the RBS signatures' structure, and the calls
and objects the minitest files exercise (written as JSON from the spec)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from generator.ir.model import Api, TypeKind
from generator.surface import Returns, Sdk
from generator.targets.ruby.names import RubyNames

from ..mock.request_params import minimal_params

_RBS_LINE = re.compile(
    r"(?:(?:module|class) [A-Z]\w*(?: < [A-Z][\w:]*)?"
    r"|end"
    r"|include [A-Z][\w:]*(?:\[.*\])?"
    r"|[A-Z][A-Z0-9_]*: .+"
    r"|attr_(?:reader|writer|accessor) \w+: .+"
    r"|def (?:self\.)?(?:\w+[?!=]?|\[\]|==): (?:\?\{.*\} )?\(.*\) .*-> .+"
    r"|\| \(.*\) .*-> .+)"
)
_RB_CLASS = re.compile(r"^\s*(?:class|module) ([A-Z]\w*)", re.M)
_RB_DEF = re.compile(r"^\s*def (self\.)?(\w+[?!]?|\[\]|==)", re.M)


def rbs_problems(gem: Path) -> list[str]:
    """Lines of sig/ outside the RBS subset the target writes, unbalanced blocks, and public
    classes or methods of lib/ that no signature declares."""
    problems: list[str] = []
    declared_classes: set[str] = set()
    declared_defs: set[str] = set()
    for sig in sorted((gem / "sig").rglob("*.rbs")):
        depth = 0
        for number, raw in enumerate(sig.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if not _RBS_LINE.fullmatch(line) or _brackets(line) != 0:
                problems.append(f"{sig.name}:{number}: not RBS: {line}")
            if line.startswith(("module ", "class ")):
                depth += 1
                declared_classes.add(line.split()[1])
            elif line == "end":
                depth -= 1
            elif line.startswith("def "):
                declared_defs.add(line[4:].split(":")[0].removeprefix("self."))
            elif line.startswith("attr_"):
                name = line.split()[1].rstrip(":")
                declared_defs.update({name, f"{name}="})
            if depth < 0:
                problems.append(f"{sig.name}:{number}: 'end' without a block")
        if depth != 0:
            problems.append(f"{sig.name}: {depth} block(s) left open")
    for source in sorted((gem / "lib").rglob("*.rb")):
        text = source.read_text(encoding="utf-8")
        for name in _RB_CLASS.findall(text):
            if name not in declared_classes:
                problems.append(f"{source.name}: class {name} has no signature")
        for block in _public_parts(text):
            for _, name in _RB_DEF.findall(block):
                if name not in declared_defs and name != "initialize":
                    problems.append(f"{source.name}: method {name} has no signature")
    return problems


def _public_parts(text: str) -> list[str]:
    """The public lines of a file: those after a `private` are left out until the next class."""
    public: list[str] = []
    hidden = False
    for line in text.splitlines():
        stripped = line.strip()
        if _RB_CLASS.match(line):
            hidden = False
        elif stripped == "private":
            hidden = True
        if not hidden:
            public.append(line)
    return ["\n".join(public)]


def _brackets(line: str) -> int:
    return sum(line.count(o) - line.count(c) for o, c in ("()", "[]", "{}"))


def e2e_cases(api: Api, sdk: Sdk, names: RubyNames, module: str, limit: int | None = None) -> list[dict[str, Any]]:
    """One call per operation: the service path, method, path args, minimal params, what comes back."""
    cases = []
    for method in sdk.methods():
        shown = method.page_item if method.returns in (Returns.LIST_PAGE, Returns.SEARCH_PAGE) else method.response
        classes = []
        if shown is not None:
            refs = [shown] if shown.kind is TypeKind.OBJECT else list(shown.variants)
            classes = [
                f"{module}::{names.model(str(t.ref)).path}"
                for t in refs
                if t.kind is TypeKind.OBJECT and str(t.ref) in names.models
            ]
        cases.append(
            {
                "id": method.id,
                "service": names.call_path(method.resource_id),
                "method": names.method_name(method),
                "args": [f"{p.name}_123" for p in method.path_params],
                "params": minimal_params(api, method.operation),
                "returns": method.returns.value,
                "class": classes[0] if len(classes) == 1 else None,
                "classes": classes if len(classes) > 1 else [],
            }
        )
    return cases[:limit] if limit else cases
