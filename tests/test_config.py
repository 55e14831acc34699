"""Each target's own table, `[tool.codegen.<target>]`, checked by that target's rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import load_config, with_overrides
from generator.errors import UsageError
from generator.ir.model import Api
from generator.targets import chosen, get, job_for, named, names, rules
from generator.targets.java.options import JavaOptions
from generator.targets.python.options import PythonOptions


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "codegen.toml"
    path.write_text(text)
    return path


def test_registry_lists_every_target_once() -> None:
    assert names() == ("python", "ruby", "java", "typescript", "docs", "ir")
    for name in names():
        assert get(name).name == name


def test_python_table_and_its_precedence(tmp_path: Path) -> None:
    path = _config(tmp_path, 'spec = "s.yaml"\npackage = "top"\n[python]\npackage = "own"\nclient_class = "Own"\n')
    config = load_config(path, rules())
    assert config.table("python") == {"package": "own", "client_class": "Own"}  # the table wins over the top level
    flagged = with_overrides(config, rules(), tables={"python": {"package": "flag", "client_class": None}})
    assert flagged.table("python") == {"package": "flag", "client_class": "Own"}  # a flag wins; None is "not given"
    options = get("python").options(flagged.table("python"), Api(title="Pets API", version="1", openapi="3.0.3"))
    assert isinstance(options, PythonOptions)
    assert (options.package, options.client_class, options.package_version) == ("flag", "Own", "0.1.0")


def test_package_flags_name_every_target_in_its_casing(tmp_path: Path) -> None:
    path = _config(tmp_path, 'spec = "s.yaml"\n[python]\npackage = "own"\n[java]\npackage = "com.acme.own"\n')
    config = load_config(path, rules())
    flagged = with_overrides(
        config,
        rules(),
        tables={"python": {"package": "acme_pay", "client_class": "AcmePay"}},
        unset=named("acme_pay", "AcmePay"),
    )
    api = Api(title="Pets API", version="1", openapi="3.0.3")
    found = {name: get(name).options(flagged.table(name), api) for name in ("python", "ruby", "java", "typescript")}
    assert [getattr(found["python"], key) for key in ("package", "client_class")] == ["acme_pay", "AcmePay"]
    ruby = [getattr(found["ruby"], key) for key in ("gem", "module", "client_class")]
    assert ruby == ["acme_pay", "AcmePay", "AcmePay"]
    # Java's own table names its package: it wins over the flag; the rest follows the flags
    java = [getattr(found["java"], key) for key in ("package", "artifact_id", "client_class")]
    assert java == ["com.acme.own", "acme-pay-java", "AcmePay"]
    assert [getattr(found["typescript"], key) for key in ("package", "client_class")] == ["acme-pay", "AcmePay"]
    unflagged = {name: get(name).options(config.table(name), api) for name in ("ruby", "typescript")}
    assert [getattr(unflagged[name], key) for name, key in (("ruby", "module"), ("typescript", "package"))] == [
        "PetsApi",
        "pets-api",
    ]
    assert named(None, None) == {}


def test_defaults_come_from_the_title() -> None:
    job = job_for(Api(title="Pet Store", version="1", openapi="3.0.3"), "spec.yaml")
    python = job.options_of("python", PythonOptions)
    assert (python.package, python.client_class) == ("pet_store", "PetStoreClient")
    assert job.options["docs"] is None and job.options["ir"] is None
    with pytest.raises(TypeError, match="python options are PythonOptions, not JavaOptions"):
        job.options_of("python", JavaOptions)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[python]\npackage = "Not-Valid"\n', "package 'Not-Valid' is not a valid lower-case Python package name"),
        ('[python]\nclient_class = "1x"\n', "client class '1x' is not a valid Python identifier"),
        ('[python]\nflavour = "x"\n', "[tool.codegen.python]: unknown key(s) flavour"),
        ("[python]\npackage = 3\n", "'package' must be a string"),
        ('[docs]\ntheme = "dark"\n', "[tool.codegen.docs]: unknown key(s) theme (accepted: none)"),
        ("python = 3\n", "[tool.codegen.python] must be a table"),
        ('package = "Bad Name"\n', "is not a valid lower-case Python package name"),
    ],
)
def test_a_table_a_target_cannot_use_is_an_error(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(UsageError) as caught:
        load_config(_config(tmp_path, 'spec = "s.yaml"\n' + text), rules())
    assert message in str(caught.value)


def test_pyproject_tables(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.codegen]\nspec = "s.yaml"\n[tool.codegen.python]\npackage = "pets"\n')
    assert load_config(path, rules()).table("python") == {"package": "pets"}


def test_the_configuration_knows_only_what_the_registry_tells_it(tmp_path: Path) -> None:
    """`generator.config` imports no target: the names, the claimed top-level keys and each
    table's check come from `rules()`, and a bare `Config` means every target."""
    path = _config(tmp_path, 'spec = "s.yaml"\npackage = "pets"\ntargets = ["ruby", "python"]\n')
    config = load_config(path, rules())
    assert (config.targets, config.table("python")) == (("ruby", "python"), {"package": "pets"})
    with pytest.raises(UsageError, match="unknown target"):
        with_overrides(config, rules(), targets=["cobol"])
    unconfigured = load_config(None, rules(), cwd=tmp_path / "no-configuration-here").targets
    assert (unconfigured, chosen(unconfigured)) == ((), names())
