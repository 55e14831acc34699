"""List and search pagination (sync and async) against a real local server."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from rt_server import LocalServer, Recorded, Reply, Responder

ServerFactory = Callable[[Responder], LocalServer]
UA = "rtpkg/1.0.0"
ITEMS = [{"id": f"cus_{i:02d}", "object": "customer"} for i in range(9)]  # newest first, like the API


def list_endpoint(request: Recorded) -> Reply:
    """A list endpoint over ITEMS supporting limit, starting_after and ending_before."""
    q = request.query_params
    ids = [item["id"] for item in ITEMS]
    limit = int(q.get("limit", "3"))
    if "starting_after" in q:
        start = ids.index(q["starting_after"]) + 1
        data, has_more = ITEMS[start : start + limit], start + limit < len(ITEMS)
    elif "ending_before" in q:
        end = ids.index(q["ending_before"])
        start = max(0, end - limit)
        data, has_more = ITEMS[start:end], start > 0
    else:
        data, has_more = ITEMS[:limit], limit < len(ITEMS)
    return Reply(200, {"object": "list", "url": "/v1/customers", "has_more": has_more, "data": data})


SEARCH_PAGES = {
    "": (ITEMS[0:3], "tok_2"),
    "tok_2": (ITEMS[3:6], "tok_3"),
    "tok_3": (ITEMS[6:8], None),
}


def search_endpoint(request: Recorded) -> Reply:
    data, token = SEARCH_PAGES[request.query_params.get("page", "")]
    body = {
        "object": "search_result",
        "url": "/v1/customers/search",
        "has_more": token is not None,
        "next_page": token,
        "total_count": 8,
        "data": data,
    }
    return Reply(200, body)


def requestor(rt: ModuleType, api_key: str, srv: LocalServer) -> Any:
    return rt.SyncRequestor(api_key, base_url=srv.url, user_agent=UA, max_retries=0)


def async_requestor(rt: ModuleType, api_key: str, srv: LocalServer) -> Any:
    return rt.AsyncRequestor(api_key, base_url=srv.url, user_agent=UA, max_retries=0)


def test_auto_paging_forward(rt: ModuleType, api_key: str, server: ServerFactory) -> None:
    srv = server(list_endpoint)
    with requestor(rt, api_key, srv) as req:
        page = req.request_page("get", "/v1/customers", {"limit": 3}, rt.Model.from_dict)
        assert isinstance(page, rt.Page)
        assert [item["id"] for item in page] == ["cus_00", "cus_01", "cus_02"]
        assert len(page) == 3 and page.has_more and page.url == "/v1/customers"
        assert page.to_dict()["data"] == ITEMS[:3]
        ids = [item["id"] for item in page.auto_paging_iter()]
    assert ids == [item["id"] for item in ITEMS]
    assert [r.query_params for r in srv.requests] == [
        {"limit": "3"},
        {"limit": "3", "starting_after": "cus_02"},
        {"limit": "3", "starting_after": "cus_05"},
    ]


def test_auto_paging_backwards_with_ending_before(rt: ModuleType, api_key: str, server: ServerFactory) -> None:
    srv = server(list_endpoint)
    with requestor(rt, api_key, srv) as req:
        page = req.request_page("get", "/v1/customers", {"limit": 3, "ending_before": "cus_08"}, dict)
        ids = [item["id"] for item in page.auto_paging_iter()]
    assert ids == [f"cus_{i:02d}" for i in range(7, -1, -1)]
    assert [r.query_params.get("ending_before") for r in srv.requests] == ["cus_08", "cus_05", "cus_02"]


def test_page_helpers(rt: ModuleType, api_key: str, server: ServerFactory) -> None:
    srv = server(list_endpoint)
    with requestor(rt, api_key, srv) as req:
        page = req.request_page("get", "/v1/customers", {"limit": 9}, dict)
        assert not page.has_more
        assert page.next_page() is None
        assert repr(page) == "Page(url='/v1/customers', has_more=False, data=<9 items>)"
        first = req.request_page("get", "/v1/customers", {"limit": 4}, dict, {"idempotency_key": "k1"})
        second = first.next_page()
        assert [item["id"] for item in second.data] == ["cus_04", "cus_05", "cus_06", "cus_07"]
    assert srv.requests[1].headers["idempotency-key"] == "k1"
    assert "idempotency-key" not in srv.requests[2].headers  # a key is for one request only


def test_malformed_list_response(rt: ModuleType, api_key: str, server: ServerFactory) -> None:
    srv = server(lambda request: Reply(200, {"object": "customer", "id": "cus_1"}))
    with requestor(rt, api_key, srv) as req, pytest.raises(rt.InternalServerError, match="'data' list"):
        req.request_page("get", "/v1/customers", None, dict)


def test_items_without_id_cannot_paginate(rt: ModuleType) -> None:
    page = rt.Page.from_json({"data": [{"x": 1}], "has_more": True}, dict, {}, lambda params: None)
    with pytest.raises(ValueError, match="no id"):
        list(page.auto_paging_iter())


def test_search_paging(rt: ModuleType, api_key: str, server: ServerFactory) -> None:
    srv = server(search_endpoint)
    with requestor(rt, api_key, srv) as req:
        page = req.request_search_page("get", "/v1/customers/search", {"query": "email:'a@b.c'"}, rt.Model.from_dict)
        assert isinstance(page, rt.SearchPage)
        assert (page.next_page, page.total_count, page.has_more) == ("tok_2", 8, True)
        ids = [item["id"] for item in page.auto_paging_iter()]
    assert ids == [item["id"] for item in ITEMS[:8]]
    assert [r.query_params for r in srv.requests] == [
        {"query": "email:'a@b.c'"},
        {"query": "email:'a@b.c'", "page": "tok_2"},
        {"query": "email:'a@b.c'", "page": "tok_3"},
    ]


def test_async_auto_paging(rt: ModuleType, api_key: str, server: ServerFactory) -> None:
    srv = server(list_endpoint)

    async def run() -> tuple[list[str], list[str]]:
        async with async_requestor(rt, api_key, srv) as req:
            page = await req.request_page("get", "/v1/customers", {"limit": 3}, rt.Model.from_dict)
            assert isinstance(page, rt.AsyncPage)
            forward = [item["id"] async for item in page.auto_paging_iter()]
            back = await req.request_page("get", "/v1/customers", {"limit": 3, "ending_before": "cus_08"}, dict)
            backward = [item["id"] async for item in back.auto_paging_iter()]
            return forward, backward

    forward, backward = asyncio.run(run())
    assert forward == [item["id"] for item in ITEMS]
    assert backward == [f"cus_{i:02d}" for i in range(7, -1, -1)]
    assert [r.query_params.get("starting_after") for r in srv.requests[:3]] == [None, "cus_02", "cus_05"]


def test_async_search_paging(rt: ModuleType, api_key: str, server: ServerFactory) -> None:
    srv = server(search_endpoint)

    async def run() -> list[str]:
        async with async_requestor(rt, api_key, srv) as req:
            page = await req.request_search_page("get", "/v1/customers/search", {"query": "x"}, dict)
            assert isinstance(page, rt.AsyncSearchPage)
            return [item["id"] async for item in page.auto_paging_iter()]

    assert asyncio.run(run()) == [item["id"] for item in ITEMS[:8]]
    assert [r.query_params.get("page") for r in srv.requests] == [None, "tok_2", "tok_3"]
