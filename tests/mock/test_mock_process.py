"""`codegen mock` as a process: fixtures, the start-up cache, signals, bad input."""

from __future__ import annotations

import json
import shutil
import signal
import socket
import time
from pathlib import Path

import pytest

from ..conftest import SHARED, run_codegen
from .conftest import MockProcess, ResponseChecker


def _wait_for(predicate: object, seconds: float = 90.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


def _cached(cache: Path) -> bool:
    return all(any((cache / kind).glob("[0-9a-f]*")) for kind in ("ir", "validators"))


def test_fixtures_are_the_base_of_responses(default_spec: Path, tmp_path: Path) -> None:
    fixtures = tmp_path / "fixtures.json"
    customer = {
        "id": "cus_FIXTURE1",
        "object": "customer",
        "email": "fixture@example.com",
        "balance": 42,
        "created": "yesterday",  # does not fit the schema: replaced
        "no_such_field": 1,  # not in the schema: dropped
    }
    fixtures.write_text(json.dumps({"resources": {"customer": customer}}))
    mock = MockProcess(default_spec, tmp_path / "cache", "--fixtures", str(fixtures))
    try:
        with mock.client() as client:
            got = client.get("/v1/customers/cus_1").json()
            assert (got["id"], got["email"], got["balance"]) == ("cus_1", "fixture@example.com", 42)
            assert isinstance(got["created"], int)
            assert "no_such_field" not in got
            created = client.post("/v1/customers", data={"name": "Ann"}).json()
            assert (created["id"], created["name"], created["email"]) == ("cus_FIXTURE1", "Ann", "fixture@example.com")
    finally:
        assert mock.stop() == 0


def test_stripe_fixture_file_fits_the_default_spec(default_spec: Path, default_loaded: object, tmp_path: Path) -> None:
    fixtures = SHARED / "stripe-fixtures3-2023-09-12.json"
    if not fixtures.is_file():
        pytest.skip(f"{fixtures} is not here (third-party data in ../shared)")
    expected = json.loads(fixtures.read_text())["resources"]["customer"]
    mock = MockProcess(default_spec, tmp_path / "cache", "--fixtures", str(fixtures))
    try:
        with mock.client() as client:
            got = client.get("/v1/customers/cus_1").json()
            assert got["invoice_prefix"] == expected["invoice_prefix"]
            assert got["id"] == "cus_1"
            checker = ResponseChecker(default_loaded)  # type: ignore[arg-type]
            from generator.ir.convert import convert

            api, _ = convert(default_loaded)  # type: ignore[arg-type]
            op = next(op for op in api.operations if op.id == "GetCustomersCustomer")
            assert checker.errors(op, got) == []
    finally:
        assert mock.stop() == 0


def test_second_start_comes_from_the_cache_until_a_file_changes(default_spec: Path, tmp_path: Path) -> None:
    spec_dir = tmp_path / "spec"
    shutil.copytree(default_spec.parent / "customer_sessions", spec_dir / "customer_sessions")
    spec = spec_dir / default_spec.name
    shutil.copy(default_spec, spec)
    cache = tmp_path / "cache"
    first = MockProcess(spec, cache, "-v")
    try:
        assert _wait_for(lambda: _cached(cache)), "".join(first.stderr)
    finally:
        assert first.stop() == 0
    assert any("parsed" in line for line in first.stderr), first.stderr
    second = MockProcess(spec, cache, "-v")
    assert second.stop() == 0
    assert any("loaded from the cache" in line for line in second.stderr), second.stderr
    schema = spec_dir / "customer_sessions" / "schemas" / "customer.yaml"
    schema.write_text(schema.read_text().replace("Time at which the object was created", "When it was created"))
    third = MockProcess(spec, cache, "-v")
    assert third.stop() == 0
    assert any("parsed" in line for line in third.stderr), third.stderr


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT])
def test_signals_stop_it_cleanly(default_spec: Path, tmp_path: Path, how: int) -> None:
    mock = MockProcess(default_spec, tmp_path / "cache")
    with mock.client() as client:
        assert client.get("/v1/customers/cus_1").status_code == 200
    assert mock.stop(how) == 0
    assert "Traceback" not in "".join(mock.stderr)


def test_it_binds_to_loopback_by_default(default_spec: Path, tmp_path: Path) -> None:
    mock = MockProcess(default_spec, tmp_path / "cache")
    try:
        assert mock.url.startswith("http://127.0.0.1:")
    finally:
        assert mock.stop() == 0


def test_bad_input_is_a_usage_error(default_spec: Path, tmp_path: Path) -> None:
    missing = run_codegen("mock", "--spec", str(tmp_path / "nope.yaml"), "--port", "0")
    assert missing.returncode == 2
    assert f"{tmp_path / 'nope.yaml'}: file not found" in missing.stderr
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]")
    fixtures = run_codegen("mock", "--spec", str(default_spec), "--port", "0", "--fixtures", str(bad))
    assert fixtures.returncode == 2
    assert "fixtures" in fixtures.stderr
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        busy = run_codegen(
            "mock", "--spec", str(default_spec), "--port", str(port), env={"CODEGEN_CACHE_DIR": str(tmp_path / "c")}
        )
    assert busy.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in busy.stderr
