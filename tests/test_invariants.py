"""The naming plan's invariants (generator/targets/invariants.py): a name defined twice in one
scope stops the run before anything is written, with both spec locations, in every client target.

The plans are built never to do that, so to see the check work each test breaks a plan's
"next free name" rule (monkeypatched to keep the wanted name) and generates a spec whose two
component schemas, `Rule` and `rule`, want one class name.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main
from generator.config import Config
from generator.errors import SpecError
from generator.pipeline import load_api
from generator.surface import Segment, build
from generator.targets.invariants import Claim, check, clashes, unbound_path_variables
from generator.targets.java.names import JavaNames

_OBJECT = {"type": "object", "properties": {"name": {"type": "string"}}}
_SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Rules", "version": "1"},
    "paths": {
        "/rules": {
            "get": {
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Rule"}}},
                    }
                }
            }
        },
        "/others": {
            "get": {
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/rule"}}},
                    }
                }
            }
        },
    },
    "components": {"schemas": {"Rule": _OBJECT, "rule": {**_OBJECT, "properties": {"id": {"type": "string"}}}}},
}


def _keep_the_wanted_name(name: str, taken: Any = None, separator: str = "_") -> str:
    return name


def test_a_clash_names_both_definitions_and_where_the_spec_says_them() -> None:
    found = clashes(
        "python",
        [
            Claim(
                "the params package",
                "RuleCreateParams",
                "spec.yaml#/components/schemas/RuleCreate",
                "schema RuleCreate",
            ),
            Claim("the params package", "RuleListParams", "spec.yaml#/paths/~1rules/get", "rules.list"),
            Claim(
                "the params package", "RuleCreateParams", "spec.yaml#/paths/~1rules/post", "the params of rules.create"
            ),
            Claim("class RulesService", "RuleCreateParams", "", "a method"),  # another scope: no clash
        ],
    )
    assert len(found) == 1
    issue = found[0]
    assert (issue.file, issue.pointer) == ("spec.yaml", "/paths/~1rules/post")
    assert "two definitions of `RuleCreateParams` in the params package" in issue.message
    assert (
        "the params of rules.create and schema RuleCreate (from spec.yaml#/components/schemas/RuleCreate)"
        in issue.message
    )


def test_top_level_classes_of_a_source_tree_clash_ignoring_case() -> None:
    files = [Claim("tree", "RuleSet", "", "a", fold_case=True), Claim("tree", "Ruleset", "", "b", fold_case=True)]
    with pytest.raises(SpecError, match="two definitions of `Ruleset` and `RuleSet` in tree"):
        check("java", files)
    check("python", [Claim("pkg", "RuleSet"), Claim("pkg", "Ruleset")])  # no files per class: two names


@pytest.mark.parametrize(
    ("target", "module", "function", "name"),
    [
        ("python", "generator.targets.python.names", "_unique_name", "Rule"),
        ("ruby", "generator.targets.ruby.names", "unique", "Rule"),
        ("typescript", "generator.targets.typescript.names", "unique", "Rule"),
        ("java", "", "_top", "Rule"),
    ],
)
def test_a_plan_defining_a_name_twice_stops_the_run_and_writes_nothing(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    target: str,
    module: str,
    function: str,
    name: str,
) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(_SPEC, sort_keys=False))
    out = tmp_path / "out"
    assert main(["generate", str(spec), "--out", str(out), "--target", target]) == 0  # the plan as built: fine
    before = sorted(p.relative_to(out) for p in out.rglob("*"))
    if function == "_top":
        monkeypatch.setattr(JavaNames, function, lambda self, wanted: wanted)
    else:
        monkeypatch.setattr(f"{module}.{function}", _keep_the_wanted_name)
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump({**_SPEC, "info": {"title": "Rules", "version": "2"}}))
    code = main(["generate", str(spec), "--out", str(out), "--target", target])
    err = capsys.readouterr().err
    assert code != 0
    assert f"{target}: two definitions of `{name}`" in err and "#/components/schemas/" in err, err[-2000:]
    assert sorted(p.relative_to(out) for p in out.rglob("*")) == before  # nothing written or removed


def test_a_path_variable_no_parameter_fills_is_an_error(tmp_path: Path) -> None:
    """The IR gives an undeclared `{id}` a path param (issue 25); were a method ever left with
    the literal `{id}` in its path, the check says so instead of a client requesting it."""
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(_SPEC, sort_keys=False))
    sdk = build(load_api(spec, Config(), None).api)
    method = next(m for m in sdk.methods() if m.path == "/rules")
    assert unbound_path_variables("ruby", [method]) == []
    broken = dataclasses.replace(method, segments=(Segment("/rules/"), Segment("{rule_id}")))
    (issue,) = unbound_path_variables("ruby", [broken])
    assert issue.message == "ruby: GET /rules: no path parameter fills {rule_id}"
    assert issue.file == "spec.yaml" and issue.pointer == "/paths/~1rules/get"
