"""Path ids are positional in URL order, whatever order the spec lists the path params in."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import httpx


def test_python_client_sends_path_ids_in_url_order(stripe_spec: Path, stripe_package_root: Path) -> None:
    """`transfers.reversals.retrieve(transfer, id)`: listed `id, transfer` in the spec, sent in URL order."""
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.path)
        body = {"id": "trr_2", "object": "transfer_reversal", "transfer": "tr_1"}
        return httpx.Response(200, json=body, headers={"request-id": "req_1"})

    sys.path.insert(0, str(stripe_package_root))
    try:
        package = importlib.import_module("stripe_full")
        client = package.StripeClient("sk_test_1", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
        client.transfers.reversals.retrieve("tr_1", "trr_2")
    finally:
        sys.path.remove(str(stripe_package_root))
        for name in [m for m in sys.modules if m == "stripe_full" or m.startswith("stripe_full.")]:
            del sys.modules[name]
    assert sent == ["/v1/transfers/tr_1/reversals/trr_2"]
