"""The `codegen` command: configuration, generate/check round trips, exit codes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cli import main

from .conftest import DEFAULT_SPEC, ROOT, run_codegen

TINY = """\
openapi: 3.0.3
info: {title: Tiny Shop, version: '1'}
paths:
  /v1/widgets/{widget}:
    get:
      parameters: [{name: widget, in: path, required: true, schema: {type: string}}]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties: {id: {type: string}, name: {type: string}}
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "api.yaml").write_text(TINY)
    (tmp_path / "codegen.toml").write_text('spec = "api.yaml"\nout = "out"\ntargets = ["ir", "python"]\n')
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_generate_then_check(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate"]) == 0
    summary = capsys.readouterr().out
    assert "codegen: ir, python -> out:" in summary and "0 changed, 0 removed, 0 unchanged" in summary
    assert (project / "out" / "python" / "tiny_shop" / "_client.py").read_text().count("class TinyShopClient") == 1
    assert main(["check"]) == 0
    assert "out is up to date" in capsys.readouterr().out

    # Drift: the spec changed and the output was not regenerated (an edit by hand is a
    # customisation, not drift: tests/test_customise.py)
    (project / "api.yaml").write_text(TINY.replace("version: '1'", "version: '2'"))
    (project / "out" / "python" / "tiny_shop" / "_version.py").unlink()
    assert main(["check"]) == 1
    err = capsys.readouterr().err
    assert "added:   python/tiny_shop/_version.py" in err
    assert "changed: ir/ir.json" in err
    assert '-  "version": "1",' in err and '+  "version": "2",' in err
    assert err.rstrip().endswith("1 to add, 2 to change, 0 to remove; run `codegen generate`")


def test_second_run_rewrites_nothing(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate", "-q"]) == 0
    assert capsys.readouterr().out == ""
    files = sorted(p for p in (project / "out").rglob("*") if p.is_file())
    before = {p: p.stat().st_mtime_ns for p in files}
    generated = [p for p in files if p.name != ".codegen-manifest.json" and ".codegen" not in p.parts]
    assert main(["generate"]) == 0
    assert f"0 added, 0 changed, 0 removed, {len(generated)} unchanged" in capsys.readouterr().out
    assert {p: p.stat().st_mtime_ns for p in files} == before


def test_flags_override_configuration(project: Path) -> None:
    assert main(["generate", "--target", "python", "--package", "shop", "--client-class", "Shop", "--out", "o2"]) == 0
    assert (project / "o2" / "python" / "shop" / "_client.py").read_text().count("class Shop:") == 1
    assert not (project / "o2" / "ir").exists()


def test_pyproject_table_and_bad_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "api.yaml").write_text(TINY)
    (tmp_path / "pyproject.toml").write_text('[tool.codegen]\nspec = "api.yaml"\ntargets = ["ir"]\n')
    monkeypatch.chdir(tmp_path)
    assert main(["generate", "-q"]) == 0
    assert (tmp_path / "generated" / "ir" / "ir.json").is_file()
    (tmp_path / "codegen.toml").write_text('spec = "api.yaml"\nfrobnicate = true\n')
    assert main(["generate"]) == 2


def test_bad_package_name_is_a_usage_error(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate", "--package", "not-valid"]) == 2
    assert "is not a valid lower-case Python package name" in capsys.readouterr().err


def test_operation_name_override(project: Path) -> None:
    spec = TINY.replace("    get:\n", "    get:\n      operationId: GetWidget\n")
    (project / "api.yaml").write_text(spec)
    toml = 'spec = "api.yaml"\nout = "out"\ntargets = ["python"]\n[operation_names]\nGetWidget = "fetch"\n'
    (project / "codegen.toml").write_text(toml)
    assert main(["generate", "-q"]) == 0
    service = (project / "out" / "python" / "tiny_shop" / "services" / "widgets.py").read_text()
    assert "def fetch(self, widget: str, /)" in service


def test_module_entry_point_and_version(tmp_path: Path) -> None:
    result = run_codegen("--version", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("codegen ")
    shutil.copy(DEFAULT_SPEC, tmp_path / "spec.yaml")
    shutil.copytree(ROOT / "specs" / "customer_sessions", tmp_path / "customer_sessions")
    result = run_codegen("validate", "spec.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "23 operations in" in result.stdout


def test_unchanged_run_skips_everything(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.pipeline as pipeline

    def must_not_load(*args: object, **kwargs: object) -> None:
        raise AssertionError("an unchanged run parsed the spec")

    assert main(["generate", "-q"]) == 0
    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "load_api", must_not_load)
        assert main(["generate", "-q"]) == 0
        assert main(["check", "-q"]) == 0
        # Any change to an output means a full run again...
        client = project / "out" / "python" / "tiny_shop" / "_client.py"
        client.write_text(client.read_text() + "# edited\n")
        with pytest.raises(AssertionError, match="parsed the spec"):
            main(["check", "-q"])
    assert main(["check", "-q"]) == 0  # (an edit of the user's is kept: no drift)
    with monkeypatch.context() as patch:  # the customised output is as the last run left it: fast again
        patch.setattr(pipeline, "load_api", must_not_load)
        assert main(["generate", "-q"]) == 0
    # ... and so does any change to an input.
    (project / "api.yaml").write_text(TINY.replace("Tiny Shop", "Tiny Store"))
    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "load_api", must_not_load)
        with pytest.raises(AssertionError, match="parsed the spec"):
            main(["generate", "-q"])


@pytest.mark.parametrize("port", ["99999", "65536", "-5", "http"])
def test_mock_port_out_of_range_is_a_usage_error(
    port: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exc:
        main(["mock", "--spec", "api.yaml", f"--port={port}"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "argument --port:" in err and "is not a port number" in err and "0-65535" in err


def test_missing_templates_folder_is_an_error(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("generate", "check"):
        assert main([command, "--templates", "nope"]) == 2
        assert "codegen: error: --templates: templates folder nope does not exist" in capsys.readouterr().err
    (project / "a_file").write_text("")
    assert main(["generate", "--templates", "a_file"]) == 2
    assert "--templates: templates folder a_file is not a folder" in capsys.readouterr().err
    (project / "codegen.toml").write_text('spec = "api.yaml"\nout = "out"\ntemplates = "my_templates"\n')
    assert main(["generate"]) == 2
    err = capsys.readouterr().err
    expected = f"codegen: error: {project / 'codegen.toml'}: 'templates': templates folder my_templates does not exist"
    assert expected in err
    assert not (project / "out").exists()
    (project / "my_templates").mkdir()
    assert main(["generate", "-q"]) == 0


@pytest.mark.parametrize(
    ("command", "summary"),
    [
        ("generate", "codegen: 1 problem found; nothing was written"),
        ("check", "codegen: 1 problem found; the output was not compared"),
        ("validate", "codegen: 1 problem found"),
        ("mock", "codegen: 1 problem found; not serving"),
    ],
)
def test_only_generate_says_nothing_was_written(
    command: str, summary: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """validate, check and mock never write, so they do not say they did not."""
    if command == "mock":
        pytest.importorskip("uvicorn")
    monkeypatch.chdir(tmp_path)
    argv = [command, "nope.yaml"] if command == "validate" else [command, "--spec", "nope.yaml"]
    assert main(argv) == 2
    assert capsys.readouterr().err.splitlines()[-1] == summary


@pytest.mark.parametrize("command", ["generate", "check", "validate", "mock"])
def test_the_spec_as_an_argument_or_with_spec(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every command that reads one spec takes it as SPEC or --spec SPEC; two different ones are a usage error."""
    if command == "mock":
        pytest.importorskip("uvicorn")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "api.yaml").write_text(TINY)
    for argv in (
        [command, "nope.yaml"],
        [command, "--spec", "nope.yaml"],
        [command, "nope.yaml", "--spec", "nope.yaml"],
    ):
        assert main(argv) == 2  # read, and not found: the spec was taken either way
        assert "nope.yaml: file not found" in capsys.readouterr().err
    assert main([command, "api.yaml", "--spec", "other.yaml"]) == 2
    err = capsys.readouterr().err
    assert "codegen: error: two specs given: api.yaml and --spec other.yaml; give the spec once" in err


def test_generate_with_the_spec_as_an_argument(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "api.yaml").write_text(TINY)
    assert main(["generate", "api.yaml", "--out", "out", "--target", "ir", "-q"]) == 0
    assert (tmp_path / "out" / "ir" / "ir.json").is_file()
    assert main(["check", "--out", "out", "--target", "ir", "api.yaml", "-q"]) == 0


def test_a_second_spec_gets_a_hint(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["generate", "a.yaml", "b.yaml"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "unrecognized arguments: b.yaml (a command reads one spec: give it once, as SPEC or --spec SPEC" in err
