"""File system: a spec reads nothing outside its folder, and output never lands outside `--out`.

`$ref`s to parent folders, absolute paths, URLs (remote, `file:`, `data:`), encoded
traversal, symlinks leaving the folder and special files are refused with a message
naming the `$ref`, never followed, and nothing of the target's content is shown.
Output paths derived from spec names are checked by `write.check_relative_path`.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from generator.cli import main
from generator.config import Config
from generator.errors import SpecError
from generator.ir.naming import MAX_MODULE_NAME, WINDOWS_RESERVED, module_name
from generator.load.loader import load
from generator.output.write import WriteError, check_relative_path
from generator.pipeline import generate
from generator.targets.python.words import KEYWORDS, py_module

from .corpus import spec_for, write_spec

SECRET = "TOP-SECRET-CONTENT-OUTSIDE"

#: ($ref, what the error says)
REFS = [
    ("../../etc/passwd", "leaves the spec's folder"),
    ("../outside.yaml#/Thing", "leaves the spec's folder"),
    ("sub/../../outside.yaml", "leaves the spec's folder"),
    ("..%2Foutside.yaml", "leaves the spec's folder"),
    ("%2e%2e/%2e%2e/etc/passwd", "leaves the spec's folder"),
    ("./link.yaml", "leaves the spec's folder"),
    ("./linked_dir/inner.yaml", "leaves the spec's folder"),
    ("/etc/passwd", "is an absolute path"),
    ("/proc/self/environ", "is an absolute path"),
    ("\\..\\..\\etc\\passwd", "is an absolute path"),
    ("C:\\Windows\\win.ini", "points at a remote or non-file URL"),  # `C:` parses as a scheme
    ("c:/windows/win.ini", "points at a remote or non-file URL"),
    ("\\\\server\\share\\x.yaml", "is an absolute path"),
    ("file:///etc/passwd", "points at a remote or non-file URL"),
    ("file:../outside.yaml", "points at a remote or non-file URL"),
    ("https://evil.example/x.yaml", "points at a remote or non-file URL"),
    ("http://127.0.0.1:1/x.yaml", "points at a remote or non-file URL"),
    ("//evil.example/x.yaml", "points at a remote or non-file URL"),
    ("data:application/json,{}", "points at a remote or non-file URL"),
    ("jar:file:/x.jar!/x.yaml", "points at a remote or non-file URL"),
    ("./x.yaml\x00.txt", "contains a NUL character"),
    ("~/.ssh/id_rsa", "does not exist"),  # never expanded: a folder literally named `~`
    ("$HOME/.bashrc", "does not exist"),
    ("./fifo.yaml", "does not exist"),  # a named pipe is not a file: refused, not read (no hang)
    ("./folder", "does not exist"),
]


def _project(tmp_path: Path) -> Path:
    """spec folder `api/` with a symlink out, a linked folder, a FIFO; secrets one level up."""
    api = tmp_path / "api"
    (api / "sub").mkdir(parents=True)
    (api / "folder").mkdir()
    (tmp_path / "outside.yaml").write_text(f"Thing: {{type: string, description: {SECRET}}}\n")
    (tmp_path / "outside_dir").mkdir()
    (tmp_path / "outside_dir" / "inner.yaml").write_text(f"type: string\ndescription: {SECRET}\n")
    os.symlink("../outside.yaml", api / "link.yaml")
    os.symlink("../outside_dir", api / "linked_dir")
    os.mkfifo(api / "fifo.yaml")
    return api


@pytest.mark.parametrize("ref,expected", REFS, ids=[r for r, _ in REFS])
def test_ref_is_refused(ref: str, expected: str, tmp_path: Path) -> None:
    api = _project(tmp_path)
    document = spec_for([])
    document["components"]["schemas"]["widget"]["properties"]["evil"] = {"$ref": ref}
    spec = write_spec(api, document)
    started = time.perf_counter()
    with pytest.raises(SpecError) as raised:
        load(spec)
    assert time.perf_counter() - started < 5
    message = str(raised.value)
    assert expected in message
    assert "/components/schemas/widget/properties/evil/$ref" in message
    assert SECRET not in message and "root:" not in message


def test_symlinked_root_spec_is_confined_to_its_real_folder(tmp_path: Path) -> None:
    """A spec reached through a symlink resolves refs from where it really is."""
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "part.yaml").write_text("type: string\n")
    document = spec_for([])
    document["components"]["schemas"]["widget"]["properties"]["evil"] = {"$ref": "part.yaml"}
    write_spec(real, document)
    os.symlink(real / "spec.json", tmp_path / "elsewhere" / "spec.json")
    with pytest.raises(SpecError, match=r"part.yaml': file \S*/real/part.yaml does not exist"):
        load(tmp_path / "elsewhere" / "spec.json")


def test_refs_inside_the_folder_still_work(tmp_path: Path) -> None:
    api = tmp_path / "api"
    (api / "schemas").mkdir(parents=True)
    (api / "schemas" / "thing.yaml").write_text("Thing: {type: string, description: fine}\n")
    document = spec_for([])
    document["components"]["schemas"]["widget"]["properties"]["ok"] = {"$ref": "./schemas/thing.yaml#/Thing"}
    load(write_spec(api, document))


UNSAFE_OUTPUT_PATHS = [
    "../escape.py",
    "python/../../escape.py",
    "/etc/cron.d/x",
    "python/a\x00b.py",
    "python/a\\..\\b.py",
    "C:/x.py",
    "python/con.py",
    "python/CON",
    "python/aux.txt",
    "python/lpt1.py",
    "python/com9",
    "python/trailing.",
    "python/trailing ",
    "python/new\nline.py",
    "python/./x.py",
    "python//x.py",
    "python/" + "x" * 256 + ".py",
    "python/" + "/".join(["abcdefghij"] * 40),
    "",
]


@pytest.mark.parametrize("path", UNSAFE_OUTPUT_PATHS, ids=[repr(p)[:40] for p in UNSAFE_OUTPUT_PATHS])
def test_unsafe_output_path_is_refused(path: str) -> None:
    with pytest.raises(WriteError, match="refusing output path"):
        check_relative_path(path)


@pytest.mark.parametrize(
    "names",
    [["con", "aux", "nul", "prn", "com1", "lpt9"], ["..", ".", "...", "../../../etc"], ["/", "\\", "a/b", "C:"]],
    ids=["windows-reserved", "dots", "separators"],
)
def test_spec_names_never_write_outside_the_output_folder(names: list[str], tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "api", spec_for([(p, n) for n in names for p in ("schema_name", "resource")]))
    out = tmp_path / "deep" / "out"
    (out / "docs").mkdir(parents=True)
    (out / "docs" / "index.html").write_bytes(b"old")
    (out / ".codegen-manifest.json").write_text('{"generator": "codegen", "files": {"docs/index.html": ""}}')
    before = sorted(p for p in tmp_path.rglob("*"))
    try:
        generate(Config(spec=spec, out=out, tables={"python": {"package": "pkg", "client_class": "Client"}}))
    except WriteError as exc:  # a clear refusal is fine: then nothing changed at all
        assert "refusing output path" in str(exc)
        assert sorted(p for p in tmp_path.rglob("*")) == before
        assert (out / "docs" / "index.html").read_bytes() == b"old"
        return
    outside = [p for p in tmp_path.rglob("*") if p not in before and out not in p.parents and p != out]
    assert outside == [], "files written outside the output folder"
    for path in out.rglob("*"):
        assert out.resolve() in path.resolve().parents
        if path.is_file():
            check_relative_path(str(path.relative_to(out)))


def test_module_names_are_safe_file_names() -> None:
    """`naming.module_name` (every target's file stems) and the python target's `py_module`,
    which also keeps off Python's keywords."""
    for name in ["class", "con", "AUX", "com1", "x" * 300, "日本", "", "from", "__init__"]:
        for stem in (module_name(name), py_module(name)):
            assert stem.isidentifier() and stem.isascii() and not stem[0].isdigit()
            assert stem not in WINDOWS_RESERVED and len(stem) <= MAX_MODULE_NAME
            check_relative_path(f"python/pkg/models/{stem}.py")
        assert py_module(name) not in KEYWORDS
    assert module_name("x" * 300) != module_name("x" * 301)


def test_cli_refuses_a_package_name_that_is_a_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = write_spec(tmp_path, spec_for([]))
    code = main(["generate", "--spec", str(spec), "--out", str(tmp_path / "out"), "--package", "../../evil"])
    assert code == 2
    assert "is not a valid lower-case Python package name" in capsys.readouterr().err
    assert not (tmp_path / "out").exists() and not (tmp_path.parent / "evil").exists()
