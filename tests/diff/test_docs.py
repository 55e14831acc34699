"""README documents every rule with its verdict; docs/diff.md's JSON example has the real layout."""

from __future__ import annotations

import json
import re

from generator.diff import RULES

from ..conftest import ROOT

DOC = (ROOT / "docs" / "diff.md").read_text("utf-8")
README = (ROOT / "README.md").read_text("utf-8")


def test_every_rule_is_in_the_table_with_its_verdict() -> None:
    rows = dict(re.findall(r"^\| `([a-z-]+)` \| (\*\*yes\*\*|no) \|", README, re.MULTILINE))
    assert set(rows) == set(RULES)
    for rule_id, verdict in rows.items():
        assert (verdict == "**yes**") is RULES[rule_id].breaking, rule_id


def test_json_example_has_the_real_layout() -> None:
    block = DOC.split("```json\n", 1)[1].split("\n```", 1)[0]
    example = json.loads(block)
    assert list(example) == ["format", "version", "old", "new", "summary", "changes"]
    assert list(example["summary"]) == ["breaking", "non_breaking", "total", "by_rule"]
    change_keys = ["kind", "subject", "breaking", "rule", "location", "before", "after", "message"]
    location_keys = ["resource", "operation", "endpoint", "schema", "path"]
    for change in example["changes"]:
        assert list(change) == change_keys
        assert list(change["location"]) == location_keys
        assert change["breaking"] is RULES[change["rule"]].breaking
