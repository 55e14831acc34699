"""Code injection: no name or text from a spec reaches generated Python outside a string
literal or a sanitised identifier, every file compiles, and `mypy --strict` passes.

The corpus (`corpus.py`) puts each payload in every position it fits; one spec per
payload keeps a failure readable. The "mega" spec holds every payload at once, so names
also collide after normalising (`corpus.COLLISIONS`): it must import, run and pass
`mypy --strict` all the same.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from generator.config import Config
from generator.errors import Issue
from generator.pipeline import generate

from .conftest import (
    CLIENT,
    PACKAGE,
    Rendered,
    exercise,
    inert_problems,
    mypy_strict,
    render_spec,
    run_python,
    write_tree,
)
from .corpus import (
    COLLISIONS,
    Case,
    case_spec,
    cases,
    collision_spec,
    corpus_size,
    known_bug_cases,
    mega_spec,
    spec_for,
    write_spec,
)

CASES = cases()
#: Positions where the payload is a wire value the client must send or read back unchanged.
WIRE_POSITIONS = {"model_field", "nested_field", "body_param", "query_param", "header_param", "enum_value"}


def _string_constants(rendered: Rendered) -> set[str]:
    found: set[str] = set()
    for path, source in rendered.python().items():
        for node in ast.walk(ast.parse(source, path)):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return found


def test_corpus_is_large() -> None:
    assert len(CASES) >= 90
    assert corpus_size() >= 700  # (payload, position) pairs


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_payload_stays_data(case: Case, tmp_path: Path) -> None:
    rendered = render_spec(write_spec(tmp_path, case_spec(case)))
    problems = [p for path, source in rendered.python().items() for p in inert_problems(path, source)]
    assert problems == []
    # Nothing lost: wire names and enum values reach the client verbatim, as literals.
    if WIRE_POSITIONS & set(case.positions):
        assert case.payload in _string_constants(rendered)
    # ...and the IR keeps every payload exactly (it is JSON: any string survives).
    ir_text = json.dumps(json.loads(rendered.files["ir/ir.json"]))
    assert json.dumps(case.payload)[1:-1] in ir_text


@pytest.fixture(scope="module")
def mega_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("mega")
    rendered = render_spec(write_spec(folder, mega_spec()))
    problems = [p for path, source in rendered.python().items() for p in inert_problems(path, source)]
    assert problems == []
    write_tree(rendered.files, folder / "out")
    return folder / "out" / "python"


def test_every_payload_at_once_imports_and_runs(mega_package: Path) -> None:
    result = exercise(mega_package)
    assert result.returncode == 0, result.stderr[-3000:]
    assert int(result.stdout.split()[-1]) > 20  # modules imported


def test_every_payload_at_once_passes_mypy_strict(mega_package: Path) -> None:
    result = mypy_strict(mega_package / PACKAGE)
    assert result.returncode == 0, result.stdout[-4000:]


def test_colliding_names_pass_mypy_strict(tmp_path: Path) -> None:
    """Every collision of `corpus.COLLISIONS` at once."""
    rendered = render_spec(write_spec(tmp_path, collision_spec()))
    write_tree(rendered.files, tmp_path / "out")
    result = mypy_strict(tmp_path / "out" / "python" / PACKAGE)
    assert result.returncode == 0, result.stdout[-4000:]


def test_colliding_fields_keep_every_value(tmp_path: Path) -> None:
    """Model fields whose names collide once normalised still read their own wire keys."""
    names = [
        "a-b",
        "a_b",
        "A B",
        "a.b",
        "paypal",
        "\uff50\uff41\uff59\uff50\uff41\uff4c",
        "\u0440\u0430\u0443\u0440\u0430l",
    ]
    names += ["class", "class_"]
    rendered = render_spec(write_spec(tmp_path, spec_for(("model_field", n) for n in names)))
    write_tree(rendered.files, tmp_path / "out")
    payload = {"id": "w_1", "object": "widget", **{name: f"value of {name}" for name in names}}
    code = f"""
import json
from {PACKAGE} import Widget
raw = json.loads({json.dumps(json.dumps(payload))})
widget = Widget.from_dict(raw)
assert widget.to_dict() == raw
print(json.dumps([getattr(widget, slot, None) for slot in type(widget).__slots__]))
"""
    result = run_python(code, tmp_path / "out" / "python")
    assert result.returncode == 0, result.stderr[-2000:]
    values = set(json.loads(result.stdout))
    missing = {f"value of {n}" for n in names} - values
    assert not missing, f"values lost: {sorted(missing)} ({COLLISIONS})"


def test_colliding_params_keep_their_wire_names(tmp_path: Path) -> None:
    """A query, a header and a body param of one name (and a param called `self`) in one call:
    the body keeps the name in `**params`, the others are `<name>_query` / `<name>_header`,
    and each is sent under its own wire name in its own place."""
    document = spec_for([("body_param", "paypal"), ("body_param", "self"), ("header_param", "paypal")])
    create = document["paths"]["/v1/widgets"]["post"]
    create["parameters"] += [
        {"name": "paypal", "in": "query", "schema": {"type": "string"}},
        {"name": "self", "in": "query", "schema": {"type": "string"}},
        {"name": "paypal_query", "in": "query", "schema": {"type": "string"}},  # a real param of that name
    ]
    rendered = render_spec(write_spec(tmp_path, document))
    write_tree(rendered.files, tmp_path / "out")
    code = f"""
import json, httpx
from urllib.parse import parse_qs
from {PACKAGE} import {CLIENT}
seen = []
def answer(request):
    seen.append({{
        "query": parse_qs(request.url.query.decode()),
        "body": parse_qs(request.content.decode()),
        "header": request.headers.get("paypal"),
    }})
    return httpx.Response(200, json={{"id": "w_1", "object": "widget"}})
transport = httpx.MockTransport(answer)
client = {CLIENT}(base_url="http://127.0.0.1", http_client=httpx.Client(transport=transport))  # no auth declared
params = {{"paypal": "b", "self": "s", "paypal_query_2": "q", "paypal_header": "h", "self_query": "sq"}}
params["paypal_query"] = "pq"
client.widgets.create(**params)
client.widgets.create(paypal="only the body")
print(json.dumps(seen))
"""
    result = run_python(code, tmp_path / "out" / "python")
    assert result.returncode == 0, result.stderr[-3000:]
    first, second = json.loads(result.stdout)
    assert first == {
        "query": {"paypal": ["q"], "self": ["sq"], "paypal_query": ["pq"]},
        "body": {"paypal": ["b"], "self": ["s"]},
        "header": "h",
    }
    assert second == {"query": {}, "body": {"paypal": ["only the body"]}, "header": None}
    assert mypy_strict(tmp_path / "out" / "python" / PACKAGE).returncode == 0


def test_resources_colliding_after_normalising_are_resolved_with_a_warning(tmp_path: Path) -> None:
    document = spec_for([("resource", "a-b"), ("resource", "a_b")])
    document["paths"]["/v1/a_b"] = document["paths"].pop("/v1/a-b")
    document["paths"]["/v1/a-b"] = {"get": {**document["paths"]["/v1/a_b"]["get"], "operationId": "Other"}}
    spec = write_spec(tmp_path, document)
    rendered = render_spec(spec)
    warnings = [issue.message for issue in rendered.loaded.warnings]
    assert any("duplicate operation name" in m and "a_b.retrieve" in m and "a_b.other" in m for m in warnings)
    assert any("operation_names" in m for m in warnings)  # says how to choose
    methods = {(op.resource, op.name) for op in rendered.loaded.api.operations}
    assert {("a_b", "retrieve"), ("a_b", "other")} <= methods


def test_error_messages_cannot_drive_the_terminal() -> None:
    issue = Issue("bad name 'a\x1b[2J\nb\u202e'", "spec\x07.json", "/paths/~1v1~1a\rb", 3)
    line = issue.format()
    assert "\n" not in line and "\r" not in line and "\x1b" not in line and "\u202e" not in line
    assert "\\x1b[2J\\nb\\u202e" in line and "spec\\x07.json:3" in line


KNOWN = known_bug_cases()


@pytest.mark.parametrize("case,reason", KNOWN, ids=[f"{c.positions[0]}-{c.id}" for c, _ in KNOWN])
def test_known_bug_reproduction(case: Case, reason: str, tmp_path: Path) -> None:
    """One reproduction per reported bug: full `generate`, compile, mypy. Fails today."""
    spec = write_spec(tmp_path, case_spec(case))
    out = tmp_path / "out"
    config = Config(
        spec=spec,
        out=out,
        tables={"python": {"package": PACKAGE, "client_class": CLIENT}},
        targets=("python", "ir", "docs"),
    )
    try:
        generate(config)
    except Exception as exc:
        pytest.xfail(f"{reason}: {type(exc).__name__}: {str(exc)[:300]}")
    package = out / "python" / PACKAGE
    problems = [
        p
        for path in sorted(package.rglob("*.py"))
        if "_runtime" not in path.parts
        for p in inert_problems(str(path), path.read_text("utf-8"))
    ]
    if problems:
        pytest.xfail(f"{reason}: {problems[0]}")
    result = mypy_strict(package)
    if result.returncode != 0:
        pytest.xfail(f"{reason}: {result.stdout[:300]}")
    pytest.fail(f"fixed? remove it from corpus.KNOWN_BUGS: {reason}")
