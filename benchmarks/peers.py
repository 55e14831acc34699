"""The other generators we compare with, each installed with pip into its own venv under benchmarks/.venvs/.

* `openapi-python-client` with `literal_enums: true` (without it, it refuses Stripe's spec);
* `openapi-generator-cli` (the PyPI wrapper around openapi-generator's jar; needs Java 17),
  `-g python`, with `JAVA_OPTS=-DmaxYamlCodePoints=99999999` (without it, SnakeYAML refuses
  a document over 3 MB);
* `datamodel-code-generator`, models only, `--output DIR`.

Each peer knows how to run itself and how to count what it produced, so the tables can
say honestly what each one generates (or drops).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import venv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchlib import VENVS, Sample, note


@dataclass(frozen=True, slots=True)
class Peer:
    name: str  # the venv's folder, and the pip package
    packages: tuple[str, ...]  # what pip installs
    executable: str  # the console script in the venv's bin/
    arguments: Callable[[Path, Path, Path], list[str]]  # (spec, out, workdir) -> arguments
    environment: dict[str, str]
    inspect: Callable[[Path, Sample], dict[str, object]]  # (out, sample) -> what was produced

    @property
    def venv(self) -> Path:
        return VENVS / self.name

    @property
    def bin(self) -> Path:
        return self.venv / "bin" / self.executable

    def command(self, spec: Path, out: Path, workdir: Path) -> list[str]:
        return [str(self.bin), *self.arguments(spec, out, workdir)]

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
        env["PATH"] = os.pathsep.join([str(self.venv / "bin"), env.get("PATH", "")])
        env.update(self.environment)
        return env

    def version(self) -> str:
        result = subprocess.run(
            [str(self.venv / "bin" / "python"), "-m", "pip", "show", self.packages[0]],
            capture_output=True,
            text=True,
            check=False,
        )
        match = re.search(r"^Version: (\S+)", result.stdout, re.MULTILINE)
        return match.group(1) if match else "?"


def install(peer: Peer) -> None:
    """Create the peer's venv if needed, and install its packages (pip skips those already there)."""
    python = peer.venv / "bin" / "python"
    if not python.is_file():
        venv.create(peer.venv, with_pip=True, clear=True)
    note(f"installing {', '.join(peer.packages)} into {peer.venv}")
    pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    subprocess.run([*pip, *peer.packages], check=True)
    if not peer.bin.is_file():
        sys.exit(f"{peer.name}: installed, but {peer.bin} is missing")


def _opc_arguments(spec: Path, out: Path, workdir: Path) -> list[str]:
    config = workdir / "openapi-python-client.yaml"
    config.write_text("literal_enums: true\n")
    return ["generate", "--path", str(spec), "--output-path", str(out), "--config", str(config), "--meta", "none"]


def _py_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*.py") if p.name != "__init__.py"] if folder.is_dir() else []


def _opc_inspect(out: Path, sample: Sample) -> dict[str, object]:
    text = sample.stdout + sample.stderr
    dropped = set(re.findall(r"^WARNING parsing (\w+ \S+)", text, re.MULTILINE))
    # The package folder is the only one under out/ holding api/ and models/ (--meta none: out/ is the package).
    package = out if (out / "api").is_dir() else next((p.parent for p in out.rglob("api") if p.is_dir()), out)
    operations = len(_py_files(package / "api"))
    models = len(_py_files(package / "models"))
    return {
        "operations": operations,
        "models": models,
        "files": sum(1 for p in out.rglob("*") if p.is_file()),
        "note": f"{len(dropped)} endpoints dropped with a warning ('Endpoint will not be generated')",
        "dropped": sorted(dropped),
    }


def _oag_arguments(spec: Path, out: Path, workdir: Path) -> list[str]:
    return ["generate", "-i", str(spec), "-g", "python", "-o", str(out)]


def _oag_inspect(out: Path, sample: Sample) -> dict[str, object]:
    package = out / "openapi_client"
    operations = sum(
        len(re.findall(r"^    def \w+_with_http_info\(", p.read_text("utf-8"), re.MULTILINE))
        for p in _py_files(package / "api")
    )
    models = len(_py_files(package / "models"))
    return {
        "operations": operations,
        "models": models,
        "files": sum(1 for p in out.rglob("*") if p.is_file()),
        "note": "",
    }


def _dmc_arguments(spec: Path, out: Path, workdir: Path) -> list[str]:
    return ["--input", str(spec), "--input-file-type", "openapi", "--output", str(out)]


def _dmc_inspect(out: Path, sample: Sample) -> dict[str, object]:
    files = [out] if out.is_file() else [p for p in out.rglob("*.py")] if out.is_dir() else []
    classes = sum(len(re.findall(r"^class \w+", p.read_text("utf-8"), re.MULTILINE)) for p in files)
    return {
        "operations": 0,
        "models": classes,
        "files": len(files),
        "note": "models only (no client): classes generated",
    }


PEERS = (
    Peer(
        "openapi-python-client",
        ("openapi-python-client",),
        "openapi-python-client",
        _opc_arguments,
        {},
        _opc_inspect,
    ),
    Peer(
        "openapi-generator-cli",
        # With what its generated package needs, so that we can try to import it.
        ("openapi-generator-cli", "pydantic>=2", "python-dateutil", "urllib3", "typing-extensions"),
        "openapi-generator-cli",
        _oag_arguments,
        {"JAVA_OPTS": "-DmaxYamlCodePoints=99999999"},
        _oag_inspect,
    ),
    Peer(
        "datamodel-code-generator",
        ("datamodel-code-generator",),
        "datamodel-codegen",
        _dmc_arguments,
        {},
        _dmc_inspect,
    ),
)


def import_check(peer: Peer, out: Path) -> str:
    """Does openapi-generator's package import? ("ok" or the last line of the error)."""
    if peer.name != "openapi-generator-cli":
        return ""
    env = peer.env()
    env["PYTHONPATH"] = str(out)
    try:
        result = subprocess.run(
            [str(peer.venv / "bin" / "python"), "-c", "import openapi_client"],
            capture_output=True,
            text=True,
            env=env,
            timeout=600,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return "import timed out after 600 s"
    if result.returncode == 0:
        return "imports"
    lines = result.stderr.strip().splitlines()
    return f"import fails: {lines[-1][:160]}" if lines else f"import fails (exit {result.returncode})"
