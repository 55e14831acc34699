"""Resource exhaustion: a hostile spec gets a clear error or a bounded run, never a hang,
a crash or a memory blow-up.

Limits (`[tool.codegen.limits]` in pyproject.toml or codegen.toml raises them):

==========================  =========  =====================================================
what                        limit      what happens past it
==========================  =========  =====================================================
file size                   32 MiB     `max_file_bytes`: refused before reading (a 50 MB
                                       description is refused here)
files reached by `$ref`     10,000     `max_files` (DigitalOcean's tree has 2,850)
nesting depth               500        `max_depth`: YAML is refused before it is built (a
                                       10,000-deep or 400,000-deep document takes ms, not
                                       minutes or a segfault); never above 1,000 for YAML,
                                       on every PyYAML release the range admits
YAML alias expansion        5,000,000  `max_nodes`: billion laughs refused in ms
==========================  =========  =====================================================

Within the limits runs are bounded: the numbers measured here (time, peak memory of the
`codegen` process) are asserted with a wide margin and printed for the report.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .. import dependency_builds
from ..conftest import ROOT
from .corpus import spec_for, write_spec

HEAD = "openapi: 3.0.3\ninfo: {title: Bomb, version: '1'}\npaths: {}\n"


#: Runs `codegen` as `python -m generator` does, then reports the process's peak memory.
_MEASURED = """
import atexit, runpy, sys
def peak():  # VmHWM: this process image's high-water mark (ru_maxrss would include the parent's, pre-exec)
    status = open("/proc/self/status").read()
    kib = next((line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")), "0")
    sys.stderr.write(f"\\nPEAK_RSS_KIB={kib}\\n")
atexit.register(peak)
sys.argv = ["codegen", *sys.argv[1:]]
runpy.run_module("generator", run_name="__main__")
"""


def run_measured(
    args: list[str], cwd: Path, timeout: float = 300, first_on_path: Path | None = None
) -> tuple[int, str, float, float]:
    """Run `codegen` in a child: (exit code, stderr, seconds, peak RSS in MiB).

    `first_on_path`: a folder put before everything else on the child's `sys.path` (another
    release of a dependency, from `tests.dependency_builds`).
    """
    path = [str(first_on_path)] if first_on_path is not None else []
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([*path, str(ROOT)]), "CODEGEN_NO_CACHE": "1"}
    started = time.perf_counter()
    try:
        result = subprocess.run(
            [sys.executable, "-c", _MEASURED, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"codegen {' '.join(args)} still running after {timeout} s: a hang")
    seconds = time.perf_counter() - started
    err, _, peak = result.stderr.rpartition("PEAK_RSS_KIB=")
    if not err:  # killed before exiting normally: no measurement
        return result.returncode, result.stderr, seconds, 0.0
    return result.returncode, err, seconds, int(peak.strip() or 0) / 1024


def _refused(
    tmp_path: Path, name: str, text: str | bytes, expected: str, limit_s: float = 10, first_on_path: Path | None = None
) -> str:
    """Run `generate` on the text; assert it is refused with `expected` quickly; return stderr."""
    spec = tmp_path / name
    spec.write_bytes(text if isinstance(text, bytes) else text.encode())
    code, err, seconds, peak = run_measured(
        ["generate", "--spec", str(spec), "--out", "out"], tmp_path, first_on_path=first_on_path
    )
    print(f"{name}: exit {code} in {seconds:.2f} s, peak {peak:.0f} MiB: {err.strip().splitlines()[0][:150]}")
    assert code == 2, err  # a clear error: not a crash (negative: killed by a signal) nor a traceback (1)
    assert expected in err
    assert "Traceback" not in err
    assert seconds < limit_s
    assert not (tmp_path / "out").exists()
    return err


def test_billion_laughs(tmp_path: Path) -> None:
    lines = ['  a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 10):
        prev, name = chr(96 + level), chr(97 + level)
        lines.append(f"  {name}: &{name} [{', '.join(['*' + prev] * 10)}]")
    _refused(tmp_path, "bomb.yaml", HEAD + "x-lol:\n" + "\n".join(lines) + "\n", "raise limits.max_nodes")


def test_billion_laughs_through_merge_keys(tmp_path: Path) -> None:
    lines = ["  k0: &k0 {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10}"]
    for level in range(1, 9):
        members = ", ".join(f"m{n}: *k{level - 1}" for n in range(10))
        lines.append(f"  k{level}: &k{level} {{<<: *k{level - 1}, {members}}}")
    _refused(tmp_path, "merge.yaml", HEAD + "x-merge:\n" + "\n".join(lines) + "\n", "raise limits.max_nodes")


def test_recursive_alias(tmp_path: Path) -> None:
    _refused(tmp_path, "loop.yaml", HEAD + "x-loop: &loop [*loop]\n", "YAML aliases are recursive")


#: The PyYAML releases `pyyaml>=6.0` admits that differ in how deep YAML may nest: 6.0 to 6.0.3
#: bundle libyaml 0.2.5 (no bound; its composer recurses on the C stack), 6.0.4 and later 0.2.6
#: (refuses more than 1,000 levels itself, and its scanner looks 1,024 characters ahead, so it
#: can stop before our count of its events reaches the limit). Each depth test runs on each.
YAML_RELEASES = ["installed", "lowest", "newest"]


@pytest.fixture(params=YAML_RELEASES)
def yaml_release(request: pytest.FixtureRequest) -> Path | None:
    """None for the installed PyYAML, else a folder holding another release to put first on sys.path."""
    which = request.param
    if which == "installed":
        return None
    version = "6.0" if which == "lowest" else dependency_builds.newest("pyyaml>=6.0")
    if version is None:
        pytest.skip("the package index is not reachable: cannot fetch the newest PyYAML to test it")
    if version == dependency_builds.installed_version("pyyaml"):
        pytest.skip(f"PyYAML {version} is the installed release, tested as such")
    return dependency_builds.release_path("pyyaml", version)


DEEP_YAML = [
    ("flow_maps.yaml", "x: " + "{a: " * 10_000 + "1" + "}" * 10_000 + "\n"),
    ("flow_lists.yaml", "x: " + "[" * 400_000 + "]" * 400_000 + "\n"),
    ("block_lists.yaml", "x:\n  " + "- " * 400_000 + "1\n"),  # crashed PyYAML's C parser (segfault)
    # deeper than libyaml 0.2.6's own bound, within `_depth_bound`'s "safe" 5,000: parsed directly
    ("flow_lists_1500.yaml", "x: " + "[" * 1_500 + "]" * 1_500 + "\n"),
    # 600 levels, each on its own line: the line past the limit is the same on every release
    ("block_maps_600.yaml", "x:\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(600)) + "  " * 601 + "v\n"),
]


@pytest.mark.parametrize("name,body", DEEP_YAML, ids=[name.removesuffix(".yaml") for name, _ in DEEP_YAML])
def test_deep_yaml_is_refused_before_parsing(tmp_path: Path, name: str, body: str, yaml_release: Path | None) -> None:
    err = _refused(
        tmp_path,
        name,
        HEAD + body,
        "nested deeper than 500 levels (raise limits.max_depth",
        limit_s=5,
        first_on_path=yaml_release,
    )
    if name == "block_maps_600.yaml":  # level 0 is the top mapping, `x` level 1: `k499:` (line 503) opens 501
        assert "block_maps_600.yaml:504:" in err, err


def test_yaml_is_never_parsed_deeper_than_1000_levels(tmp_path: Path, yaml_release: Path | None) -> None:
    """Raising max_depth past YAML's bound does not change what is refused, whichever libyaml is underneath."""
    (tmp_path / "codegen.toml").write_text('spec = "deep.yaml"\n[limits]\nmax_depth = 5000\n')
    for levels, refused in ((990, False), (1_200, True), (400_000, True)):
        (tmp_path / "deep.yaml").write_text(HEAD + "x: " + "[" * levels + "]" * levels + "\n")
        code, err, seconds, _ = run_measured(["validate"], tmp_path, first_on_path=yaml_release)
        assert seconds < 10
        if refused:
            assert code == 2 and "nested deeper than 1,000 levels (YAML is never parsed deeper" in err, err
            assert "deep.yaml:4:" in err, err
        else:
            assert "nested deeper" not in err and "Traceback" not in err, err


def test_deep_json_is_refused(tmp_path: Path) -> None:
    text = '{"openapi": "3.0.3", "info": {"title": "x", "version": "1"}, "paths": {}, "x": '
    _refused(tmp_path, "deep.json", text + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply", limit_s=5)


def test_ten_thousand_nested_schemas_are_refused(tmp_path: Path) -> None:
    """10,000 nested schemas in JSON: refused by the parser's own bound (~1,000 levels), in well under a second."""
    inner = '{"type": "object", "properties": {"a": ' * 10_000 + '{"type": "string"}' + "}}" * 10_000
    document = spec_for([])
    document["components"]["schemas"]["widget"]["properties"]["deep"] = "DEEP"
    text = json.dumps(document).replace('"DEEP"', inner)
    _refused(tmp_path, "deep_schemas.json", text, "nested too deeply", limit_s=10)


def test_fifty_megabyte_description_is_refused_unread(tmp_path: Path) -> None:
    document = spec_for([])
    document["info"]["description"] = "x" * (50 * 1024 * 1024)
    _refused(tmp_path, "huge.json", json.dumps(document), "over the limit of 32.0 MiB (raise limits.max_file_bytes)")


def test_too_many_files(tmp_path: Path) -> None:
    document = spec_for([])
    props = document["components"]["schemas"]["widget"]["properties"]
    for number in range(10_005):
        (tmp_path / f"part{number}.json").write_text('{"type": "string"}')
        props[f"p{number}"] = {"$ref": f"part{number}.json"}
    # (reading the 10,000 files the limit allows is itself the work: 4-14 s on 2 shared cores, so the
    # bound here only tells "refused at the limit" from "hung", not a speed target)
    text = json.dumps(document)
    _refused(tmp_path, "many.json", text, "more than 10000 files referenced (limit max_files)", limit_s=60)


def test_limits_are_raised_and_lowered_in_the_configuration(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, spec_for([]))
    (tmp_path / "codegen.toml").write_text(f'spec = "{spec.name}"\n[limits]\nmax_file_bytes = 1000\n')
    code, err, _, _ = run_measured(["validate"], tmp_path)
    assert code == 2 and "raise limits.max_file_bytes" in err
    deep = "x: " + "[" * 700 + "]" * 700 + "\n"
    (tmp_path / "deep.yaml").write_text(HEAD + deep)
    (tmp_path / "codegen.toml").write_text('spec = "deep.yaml"\n[limits]\nmax_depth = 1000\n')
    code, err, _, _ = run_measured(["validate"], tmp_path)
    assert "nested deeper" not in err and "paths" not in err, err  # 700 levels now allowed
    (tmp_path / "codegen.toml").write_text('spec = "deep.yaml"\n')
    code, err, _, _ = run_measured(["validate"], tmp_path)
    assert code == 2 and "nested deeper than 500 levels" in err


@pytest.mark.parametrize("megabytes", [20])
def test_large_description_within_limits_is_a_bounded_run(tmp_path: Path, megabytes: int) -> None:
    document = spec_for([])
    text = ("lorem ipsum dolor sit amet " * (megabytes * 40_000))[: megabytes * 1_000_000]
    document["components"]["schemas"]["widget"]["description"] = text
    spec = write_spec(tmp_path, document)
    code, err, seconds, peak = run_measured(["generate", "--spec", str(spec), "--out", "out"], tmp_path)
    print(f"{megabytes} MB description: exit {code}, {seconds:.1f} s, peak {peak:.0f} MiB")
    assert code == 0, err
    assert seconds < 120 and peak < 3000
    model = (tmp_path / "out" / "python").rglob("widget.py")
    assert any(len(path.read_text()) < 100_000 for path in model)  # docstrings are bounded


def test_hundred_thousand_enum_values_is_a_bounded_run(tmp_path: Path) -> None:
    values = [f"value_{n}" for n in range(100_000)]
    document = spec_for([])
    document["components"]["schemas"]["widget"]["properties"]["status"]["enum"] = values
    spec = write_spec(tmp_path, document)
    code, err, seconds, peak = run_measured(["generate", "--spec", str(spec), "--out", "out"], tmp_path)
    print(f"100,000 enum values: exit {code}, {seconds:.1f} s, peak {peak:.0f} MiB")
    assert code == 0, err
    assert seconds < 120 and peak < 3000
    widget = next((tmp_path / "out" / "python").rglob("models/widget.py")).read_text()
    assert "value_99999" not in widget  # typed as `str`, not a 100,000-member Literal
