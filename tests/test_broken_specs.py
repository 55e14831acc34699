"""A corpus of broken specs: each gives its own message, exit code 2, and no output change."""

from __future__ import annotations

import os
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from generator.cli import main

VALID_HEAD = """\
openapi: 3.0.3
info: {title: Broken, version: '1'}
"""


def _op(schema: str) -> str:
    return VALID_HEAD + textwrap.dedent(f"""\
        paths:
          /v1/things:
            get:
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {schema}
        """)


@dataclass(frozen=True)
class Case:
    name: str
    spec: str | bytes
    expected: tuple[str, ...]  # substrings of the error output, in order of appearance
    spec_name: str = "spec.yaml"
    extra: dict[str, str] = field(default_factory=dict)  # other files beside the spec
    outside: dict[str, str] = field(default_factory=dict)  # files in the parent folder
    symlinks: dict[str, str] = field(default_factory=dict)  # link name -> target (relative)


CASES = [
    Case("not_yaml", "openapi: 3.0.3\ninfo: [unclosed\n", ("spec.yaml:3: /: invalid YAML",)),
    Case("not_json", '{"openapi": "3.0.3",}', ("spec.json:1: /: invalid JSON",), spec_name="spec.json"),
    Case(
        "top_level_list", "- a\n- b\n", ("spec.yaml:1: /: expected a YAML/JSON mapping at the top level, found a list",)
    ),
    Case("empty_file", "", ("expected a YAML/JSON mapping at the top level, found empty",)),
    Case("not_utf8", b"openapi: \xff\xfe\n", ("spec.yaml: /: not UTF-8 text",)),
    Case("not_openapi", "title: hello\n", ("spec.yaml:1: /: not an OpenAPI document: no 'openapi' version field",)),
    Case(
        "swagger_2",
        "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n",
        ("spec.yaml:1: /swagger: Swagger 2.0 is not supported; convert the spec to OpenAPI 3.0 or 3.1",),
    ),
    Case(
        "unsupported_version",
        "openapi: 4.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n",
        ("spec.yaml:1: /openapi: unsupported OpenAPI version '4.0.0'; supported: 3.0.x and 3.1.x",),
    ),
    Case("missing_info", "openapi: 3.0.3\npaths: {}\n", ("'info' is a required property",)),
    Case(
        "dangling_local_ref",
        _op("{$ref: '#/components/schemas/Missing'}"),
        (
            "spec.yaml:11: /paths/~1v1~1things/get/responses/200/content/application~1json/schema/$ref: "
            "$ref '#/components/schemas/Missing' does not resolve (dangling reference)",
        ),
    ),
    Case(
        "dangling_file_ref",
        _op("{$ref: './missing.yaml'}"),
        (
            "spec.yaml:11: /paths/~1v1~1things/get/responses/200/content/application~1json/schema/$ref: "
            "$ref './missing.yaml': file api/missing.yaml does not exist",
        ),
    ),
    Case(
        "dangling_pointer_in_other_file",
        _op("{$ref: './other.yaml#/Nope'}"),
        ("$ref './other.yaml#/Nope' does not resolve (dangling reference)",),
        extra={"other.yaml": "Thing: {type: string}\n"},
    ),
    Case(
        "remote_ref",
        _op("{$ref: 'https://example.com/schemas.yaml#/Thing'}"),
        ("points at a remote or non-file URL; only local and relative file refs are allowed",),
    ),
    Case(
        "unparsable_url_ref",
        _op("{$ref: 'http://[bad/schemas.yaml'}"),
        ("$ref 'http://[bad/schemas.yaml' is not a valid reference",),
    ),
    Case(
        "file_url_ref",
        _op("{$ref: 'file:///etc/passwd'}"),
        ("points at a remote or non-file URL",),
    ),
    Case(
        "absolute_path_ref",
        _op("{$ref: '/etc/passwd'}"),
        ("$ref '/etc/passwd' is an absolute path; use a path relative to the spec",),
    ),
    Case(
        "ref_outside_folder",
        _op("{$ref: '../outside.yaml'}"),
        ("$ref '../outside.yaml' leaves the spec's folder",),
        outside={"outside.yaml": "type: string\n"},
    ),
    Case(
        "symlink_outside_folder",
        _op("{$ref: './link.yaml'}"),
        ("$ref './link.yaml' leaves the spec's folder",),
        outside={"outside.yaml": "type: string\n"},
        symlinks={"link.yaml": "../outside.yaml"},
    ),
    Case(
        "ref_not_a_string",
        _op("{$ref: 42}"),
        ("/paths/~1v1~1things/get/responses/200/content/application~1json/schema/$ref: $ref must be a string",),
    ),
    Case(
        "duplicate_operation_ids",
        VALID_HEAD + textwrap.dedent("""\
            paths:
              /v1/a:
                get: {operationId: Same, responses: {'200': {description: ok}}}
              /v1/b:
                get: {operationId: Same, responses: {'200': {description: ok}}}
            """),
        ("Operation ID 'Same'", "is not unique"),
    ),
    Case(
        "unmappable_schema_type",
        _op("{type: file}").replace("3.0.3", "3.1.0"),
        (
            "spec.yaml:11: /paths/~1v1~1things/get/responses/200/content/application~1json/schema/type: "
            "'file' is not one of ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string']",
        ),
    ),
    Case(
        "wrong_field_in_a_oneOf",  # each names the field, not "is not valid under any of the given schemas"
        VALID_HEAD + textwrap.dedent("""\
            paths:
              /pets/{id}:
                get:
                  parameters:
                    - {name: limit, in: querystring, schema: {type: integer}}
                    - {name: id, in: path, schema: {type: string}}
                    - {name: q, in: query, style: weird, schema: {type: string}}
                    - {name: r, in: query}
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
            components:
              schemas:
                Pet:
                  type: object
                  properties: {id: {type: integr}}
                Five: 5
            """),
        (
            "spec.yaml:7: /paths/~1pets~1{id}/get/parameters/0/in: "
            "'querystring' is not one of ['path', 'query', 'header', 'cookie']",
            "spec.yaml:8: /paths/~1pets~1{id}/get/parameters/1: 'required' is a required property",
            "spec.yaml:9: /paths/~1pets~1{id}/get/parameters/2/style: "
            "'weird' is not one of ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject']",
            "spec.yaml:10: /paths/~1pets~1{id}/get/parameters/3: 'schema' or 'content' is a required property",
            # once, where it is (not also where the validator reached it, through the $ref)
            "spec.yaml:17: /components/schemas/Pet/properties/id/type: "
            "'integr' is not one of ['array', 'boolean', 'integer', 'number', 'object', 'string']",
            "spec.yaml:18: /components/schemas/Five: 5 is not of type 'object'",
            "codegen: 6 problems found; nothing was written",
        ),
    ),
    Case(
        "a_dangling_ref_hides_nothing",  # every problem in one run, the dangling $ref too, each once
        VALID_HEAD + textwrap.dedent("""\
            paths:
              /pets/{id}:
                parameters: [{$ref: '#/components/parameters/Id'}]
                get:
                  parameters:
                    - {name: limit, in: querystring, schema: {type: integer}}
                    - {$ref: 42}
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Nope'}}}}
                    '404': {$ref: './other.yaml#/NotFound'}
                    '500': {$ref: 'https://evil.test/errors.yaml'}
            components:
              schemas:
                Pet:
                  type: object
                  properties: {id: {type: integr}}
            """),
        (
            "api/other.yaml:5: /NotFound/content/application~1json/schema/minLength: -1 is less than the minimum of 0",
            "api/other.yaml:5: /NotFound/content/application~1json/schema/properties/x/$ref: "
            "$ref '#/Gone' does not resolve (dangling reference)",
            "api/spec.yaml:5: /paths/~1pets~1{id}/parameters/0/$ref: "
            "$ref '#/components/parameters/Id' does not resolve (dangling reference)",
            "api/spec.yaml:8: /paths/~1pets~1{id}/get/parameters/0/in: "
            "'querystring' is not one of ['path', 'query', 'header', 'cookie']",
            "api/spec.yaml:9: /paths/~1pets~1{id}/get/parameters/1/$ref: $ref must be a string",
            "api/spec.yaml:11: /paths/~1pets~1{id}/get/responses/200/content/application~1json/schema/$ref: "
            "$ref '#/components/schemas/Nope' does not resolve (dangling reference)",
            "api/spec.yaml:13: /paths/~1pets~1{id}/get/responses/500/$ref: "
            "$ref 'https://evil.test/errors.yaml' points at",
            "api/spec.yaml:18: /components/schemas/Pet/properties/id/type: "
            "'integr' is not one of ['array', 'boolean', 'integer', 'number', 'object', 'string']",
            # (no "Path parameter 'id' ... was not resolved": it is behind the dangling parameter $ref)
            "codegen: 8 problems found; nothing was written",
        ),
        extra={
            "other.yaml": "NotFound:\n  description: gone\n  content:\n    application/json:\n"
            "      schema: {minLength: -1, properties: {x: {$ref: '#/Gone'}}}\n"
        },
    ),
    Case(
        "schema_errors_in_another_file",  # where they are, every one, not where the $ref to them is
        _op("{$ref: './other.yaml#/Thing'}").replace("3.0.3", "3.1.0"),
        (
            "api/other.yaml:3: /Thing/properties/id/type: "
            "'integr' is not one of ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string']",
            "api/other.yaml:4: /Thing/properties/name/minLength: -1 is less than the minimum of 0",
            "codegen: 2 problems found; nothing was written",
        ),
        extra={"other.yaml": "Thing:\n  properties:\n    id: {type: integr}\n    name: {minLength: -1}\n"},
    ),
    Case(
        "yaml_alias_bomb",
        VALID_HEAD
        + "paths: {}\n"
        + "x-bomb:\n"
        + "  a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        + "".join(f"  {chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(8)),
        ("YAML aliases are recursive or expand to more than 5,000,000 nodes (raise limits.max_nodes)",),
    ),
    Case(
        "recursive_yaml_alias",
        VALID_HEAD + "paths: {}\nx-loop: &loop {self: *loop}\n",
        ("YAML aliases are recursive",),
    ),
    Case(
        "several_problems_at_once",
        VALID_HEAD + textwrap.dedent("""\
            paths:
              /v1/a:
                get:
                  responses:
                    '200':
                      description: ok
                      content: {application/json: {schema: {$ref: '#/components/schemas/A'}}}
              /v1/b:
                get:
                  responses:
                    '200':
                      description: ok
                      content: {application/json: {schema: {$ref: 'http://evil.test/b.yaml'}}}
            components:
              schemas:
                C: {$ref: '#/components/schemas/D'}
            """),
        (
            "spec.yaml:9: /paths/~1v1~1a/get/responses/200/content/application~1json/schema/$ref: "
            "$ref '#/components/schemas/A' does not resolve",
            "spec.yaml:15: /paths/~1v1~1b/get/responses/200/content/application~1json/schema/$ref: "
            "$ref 'http://evil.test/b.yaml' points at a remote",
            "spec.yaml:18: /components/schemas/C/$ref: $ref '#/components/schemas/D' does not resolve",
            "3 problems found; nothing was written",
        ),
    ),
    Case(
        # A discriminator's mapping is no `$ref` key: the loader does not follow it, so the
        # conversion checks it (a dereferenced spec whose components were dropped).
        "discriminator_mapping_dangles",
        _op(
            "{oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}], "
            "discriminator: {propertyName: kind, "
            "mapping: {cat: Cat, bird: '#/components/schemas/Bird'}}}"
        )
        + "components:\n  schemas:\n    Cat: {type: object, properties: {kind: {type: string}}}\n"
        + "    Dog: {type: object, properties: {kind: {type: string}}}\n",
        (
            "spec.yaml:11: /paths/~1v1~1things/get/responses/200/content/application~1json/schema/discriminator/"
            "mapping/bird: discriminator mapping 'bird': '#/components/schemas/Bird' names no schema",
            "1 problem found; nothing was written",
        ),
    ),
]


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(path.relative_to(folder)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_broken_spec_is_reported_and_output_untouched(
    case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "project"
    spec_dir = project / "api"
    spec_dir.mkdir(parents=True)
    spec = spec_dir / case.spec_name
    spec.write_bytes(case.spec if isinstance(case.spec, bytes) else case.spec.encode())
    for name, text in case.extra.items():
        (spec_dir / name).write_text(text)
    for name, text in case.outside.items():
        (project / name).write_text(text)
    for name, target in case.symlinks.items():
        os.symlink(target, spec_dir / name)
    out = project / "generated"
    (out / "ir").mkdir(parents=True)
    (out / "ir" / "ir.json").write_text('{"old": true}\n')
    (out / "mine.txt").write_text("a file codegen does not own\n")
    before = _snapshot(out)
    monkeypatch.chdir(project)

    code = main(["generate", "--spec", f"api/{case.spec_name}", "--out", "generated", "--target", "ir"])

    err = capsys.readouterr().err
    assert code == 2, err
    position = 0
    for expected in case.expected:
        found = err.find(expected, position)
        assert found >= 0, f"expected {expected!r} in:\n{err}"
        position = found
    assert _snapshot(out) == before
    assert not [p for p in project.iterdir() if ".codegen-" in p.name], "staging folders left behind"


def test_missing_spec_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Named with its path, and no JSON pointer: the problem is not inside any document."""
    monkeypatch.chdir(tmp_path)
    assert main(["validate", "specs/nope.yaml"]) == 2
    assert capsys.readouterr().err.splitlines()[0] == "specs/nope.yaml: file not found"
    (tmp_path / "folder.yaml").mkdir()
    assert main(["generate", "--spec", "folder.yaml"]) == 2
    assert capsys.readouterr().err.splitlines()[0] == "folder.yaml: not a file"


def test_no_spec_configured(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["generate"]) == 2
    assert "no spec given: pass --spec PATH or set 'spec' in [tool.codegen]" in capsys.readouterr().err


def test_usage_errors_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exc:
        main(["generate", "--target", "cobol"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["frobnicate"])
    assert exc.value.code == 2


def test_a_limit_stops_before_validation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Past a limit the document was not read through: only that is reported, nothing is validated."""
    monkeypatch.chdir(tmp_path)
    spec = _op("{$ref: '#/components/schemas/Nope'}").replace(
        "responses:", "parameters: [{name: a, in: nowhere}]\n      responses:"
    )
    (tmp_path / "spec.yaml").write_text(spec + "x-loop: &loop {self: *loop}\n")
    assert main(["validate", "spec.yaml"]) == 2
    err = capsys.readouterr().err
    assert "YAML aliases are recursive" in err and "nowhere" not in err, err


BRIEF = VALID_HEAD + textwrap.dedent("""\
    paths:
      /pets:
        get:
          parameters: [{name: limit, in: querystring, schema: {type: integer}}]
          responses:
            '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Missing'}}}}
    components:
      schemas:
        Pet: {type: object, properties: {id: {type: integr}}}
    """)


@pytest.mark.parametrize("command", ["validate", "check", "diff", "mock"])
def test_every_command_reports_everything_despite_a_dangling_ref(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    if command == "mock":
        pytest.importorskip("uvicorn")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "spec.yaml").write_text(BRIEF)
    argv = {
        "validate": ["validate", "spec.yaml"],
        "check": ["check", "--spec", "spec.yaml", "--out", "out"],
        "diff": ["diff", "spec.yaml", "spec.yaml"],
        "mock": ["mock", "--spec", "spec.yaml", "--port", "0"],
    }[command]
    assert main(argv) == 2
    lines = capsys.readouterr().err.splitlines()
    problems = [
        "spec.yaml:6: /paths/~1pets/get/parameters/0/in: "
        "'querystring' is not one of ['path', 'query', 'header', 'cookie']",
        "spec.yaml:8: /paths/~1pets/get/responses/200/content/application~1json/schema/$ref: "
        "$ref '#/components/schemas/Missing' does not resolve (dangling reference)",
        "spec.yaml:11: /components/schemas/Pet/properties/id/type: "
        "'integr' is not one of ['array', 'boolean', 'integer', 'number', 'object', 'string']",
    ]
    assert lines[:-1] == (problems * 2 if command == "diff" else problems)  # (diff: OLD and NEW)


def test_colliding_method_names_are_resolved_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two operations with one REST name never refuse a valid spec: the later one (in the spec's
    order) takes its operationId's name, else `<name>_2`, and a warning names both, with the line."""
    spec = tmp_path / "spec.yaml"
    spec.write_text(VALID_HEAD + textwrap.dedent("""\
            paths:
              /v1/things/{id}:
                get:
                  parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                  responses: {'200': {description: ok}}
              /v1/things/{thing}:
                get:
                  parameters: [{name: thing, in: path, required: true, schema: {type: string}}]
                  responses: {'200': {description: ok}}
              /v1/things/{thing}/x:
                get:
                  operationId: GetThingX
                  parameters: [{name: thing, in: path, required: true, schema: {type: string}}]
                  responses: {'200': {description: ok}}
            """))
    monkeypatch.chdir(tmp_path)
    assert main(["generate", "--spec", str(spec), "--out", "out", "--target", "python", "--target", "ir"]) == 0
    err = capsys.readouterr().err
    assert (
        "spec.yaml:9: /paths/~1v1~1things~1{thing}/get: warning: duplicate operation name: GET /v1/things/{thing} "
        "and GET /v1/things/{id} both map to things.retrieve; this one is things.retrieve_2" in err
    ), err
    ir = (tmp_path / "out" / "ir" / "ir.json").read_text()
    assert '"name": "retrieve"' in ir and '"name": "retrieve_2"' in ir
