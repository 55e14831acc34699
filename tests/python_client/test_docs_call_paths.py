"""The docs' Python sample of every operation calls what the generated client has.

Over Stripe's whole spec: each sample's call path (`client.charges.dispute.close`) resolves
on a real client instance; its positional arguments bind to the method's path parameters;
every keyword it passes is a key of the method's params TypedDict; and it passes every key
that TypedDict requires.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.config import Config
from generator.ir.model import Api
from generator.pipeline import load_api
from generator.targets import job_for
from generator.targets.docs.view import build_pages
from generator.targets.python.names import param_keys

from ..conftest import DEFAULT_SPEC

_UNPACK = re.compile(r"Unpack\[(\w+)\]")


def _samples(spec: Path, package: str, api: Api | None = None) -> list[tuple[str, str, list[str]]]:
    """(call path, sample, keys of the required params) of every operation the docs show (`api`:
    the spec's model, when the caller has it already).

    The required keys come from the spec (TypedDicts written with `from __future__ import
    annotations` cannot tell `Required[...]` keys at run time).
    """
    api = api if api is not None else load_api(spec, Config(), None).api
    job = job_for(api, spec.name, {"python": {"package": package, "client_class": "StripeClient"}})
    operations = {(op.resource, op.name): op for op in api.operations}
    found = []
    for page, resource in zip(build_pages(job), api.resources, strict=True):
        for view in page.operations:
            op = operations[(resource.id, view.name)]
            keys = param_keys(op)
            required = [key for field, key in zip(op.params, keys, strict=True) if field.required]
            python = next(sample.code for sample in view.samples if sample.language == "python")
            found.append((view.call, python, required))
    return found


def _check(root: Path, package: str, samples: list[tuple[str, str, list[str]]]) -> list[str]:
    """Problems with the samples against the package under `root` (imported in this process)."""
    sys.path.insert(0, str(root))
    try:
        client = importlib.import_module(package).StripeClient("sk_test_123")
        params_module = importlib.import_module(f"{package}.params")
        problems = []
        for call_path, code, required in samples:
            call = _the_call(code)
            if ast.unparse(call.func) != call_path:
                problems.append(f"{call_path}: the sample calls {ast.unparse(call.func)}")
                continue
            target: Any = client
            try:
                for attr in call_path.split(".")[1:]:
                    target = getattr(target, attr)
            except AttributeError as exc:
                problems.append(f"{call_path}: not on the client ({exc})")
                continue
            problems += _check_arguments(call_path, target, call, params_module, required)
        return problems
    finally:
        sys.path.remove(str(root))


def _the_call(code: str) -> ast.Call:
    statement = ast.parse(code).body[-1]
    value = statement.value if isinstance(statement, (ast.Assign, ast.Expr)) else None
    assert isinstance(value, ast.Call), code
    return value


def _check_arguments(call_path: str, method: Any, call: ast.Call, params_module: Any, required: list[str]) -> list[str]:
    args = [object() for _ in call.args]
    keywords = [kw.arg for kw in call.keywords if kw.arg is not None]
    for kw in call.keywords:  # `**{"not-an-identifier": value}`
        if kw.arg is None and isinstance(kw.value, ast.Dict):
            keywords += [key.value for key in kw.value.keys if isinstance(key, ast.Constant)]
    signature = inspect.signature(method)
    try:
        signature.bind(*args, **{key: None for key in keywords})
    except TypeError as exc:
        return [f"{call_path}: {len(args)} positional argument(s) and {keywords} do not bind: {exc}"]
    var_keyword = next((p for p in signature.parameters.values() if p.kind is p.VAR_KEYWORD), None)
    if var_keyword is None:
        return [f"{call_path}: passes {keywords}, takes none"] if keywords else []
    found = _UNPACK.search(str(var_keyword.annotation))
    assert found is not None, (call_path, var_keyword.annotation)
    params = getattr(params_module, found.group(1))
    allowed = params.__required_keys__ | params.__optional_keys__
    problems = [f"{call_path}: {key!r} is not a key of {found.group(1)}" for key in keywords if key not in allowed]
    missing = sorted(set(required) - set(keywords))
    if missing:
        problems.append(f"{call_path}: the sample leaves out required {missing}")
    return problems


def test_default_spec_samples_call_the_client(package_root: Path) -> None:
    samples = _samples(DEFAULT_SPEC, "stripe_api")
    assert len(samples) >= 10
    problems = _run_check(package_root, "stripe_api", samples)
    assert not problems, "\n".join(problems)


@pytest.mark.slow
def test_every_stripe_sample_calls_the_client(stripe_spec: Path, stripe_api: Api, stripe_package_root: Path) -> None:
    samples = _samples(stripe_spec, "stripe_full", stripe_api)
    assert len(samples) == 468
    assert {"client.disputes.close", "client.charges.dispute.close"} <= {call for call, _, _ in samples}
    problems = _run_check(stripe_package_root, "stripe_full", samples)
    assert not problems, "\n".join(problems[:30])


def _run_check(root: Path, package: str, samples: list[tuple[str, str, list[str]]]) -> list[str]:
    """`_check` in a child process: the package's modules never leak into this one's `sys.modules`."""
    code = (
        "import json, sys\n"
        "from tests.python_client.test_docs_call_paths import _check\n"
        "from pathlib import Path\n"
        "root, package, samples = json.load(sys.stdin)\n"
        "print(json.dumps(_check(Path(root), package, [(c, s, r) for c, s, r in samples])))\n"
    )
    here = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps([str(root), package, samples]),
        capture_output=True,
        text=True,
        cwd=here,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    problems: list[str] = json.loads(result.stdout)
    return problems
