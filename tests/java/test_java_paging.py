"""Pages of other APIs than Stripe's, auto-paged by the Java client over real sockets: a cursor
field sent back as a query param, offsets, a next URL in the body, RFC 8288 Link headers (never
followed to another host)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import Config
from generator.ir.convert import convert
from generator.load.loader import load
from generator.pipeline import generate
from generator.surface import build
from generator.targets.java.names import JavaNames

from ..runtime.rt_server import LocalServer, Recorded, Reply
from .test_java_client import GSON, _javac, _require

_ITEM = {"$ref": "#/components/schemas/Item"}


def _list(properties: dict[str, Any]) -> dict[str, Any]:
    schema = {"type": "object", "properties": properties}
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def _query(*names: str) -> list[dict[str, Any]]:
    types = {"after": "string"}
    return [{"name": n, "in": "query", "schema": {"type": types.get(n, "integer")}} for n in names]


SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Pages", "version": "1"},
    "servers": [{"url": "https://api.example.com"}],
    "components": {"schemas": {"Item": {"type": "object", "properties": {"id": {"type": "string"}}}}},
    "paths": {
        "/cursored": {
            "get": {
                "operationId": "cursored",
                "parameters": _query("after", "limit"),
                "responses": _list(
                    {
                        "data": {"type": "array", "items": _ITEM},
                        "last_id": {"type": "string"},
                        "has_more": {"type": "boolean"},
                    }
                ),
            }
        },
        "/offsets": {
            "get": {
                "operationId": "offsets",
                "parameters": _query("offset", "limit"),
                "responses": _list({"results": {"type": "array", "items": _ITEM}}),
            }
        },
        "/urled": {
            "get": {
                "operationId": "urled",
                "responses": _list(
                    {"items": {"type": "array", "items": _ITEM}, "next_page_uri": {"type": "string", "nullable": True}}
                ),
            }
        },
        "/linked": {
            "get": {
                "operationId": "linked",
                "parameters": _query("per_page"),
                "responses": {
                    "200": {
                        "description": "ok",
                        "headers": {"Link": {"schema": {"type": "string"}}},
                        "content": {"application/json": {"schema": {"type": "array", "items": _ITEM}}},
                    }
                },
            }
        },
    },
}


def _items(*ids: str) -> list[dict[str, str]]:
    return [{"id": i} for i in ids]


def _answer(url: str) -> Any:
    def answer(request: Recorded) -> Reply:
        query = request.query_params
        if request.path == "/cursored":
            if "after" not in query:
                return Reply(200, {"data": _items("a", "b"), "last_id": "b", "has_more": True})
            return Reply(200, {"data": _items("c"), "last_id": "c", "has_more": False})
        if request.path == "/offsets":
            return Reply(200, {"results": _items("a", "b") if "offset" not in query else _items("c")})
        if request.path == "/urled":
            if "Page" not in query:
                return Reply(200, {"items": _items("a", "b"), "next_page_uri": "/urled?Page=1"})
            return Reply(200, {"items": _items("c"), "next_page_uri": None})
        if "page" not in query:
            return Reply(
                200, _items("a", "b"), {"Link": f'<{url}/linked?page=2>; rel="next", <{url}/linked>; rel="first"'}
            )
        return Reply(200, _items("c"), {"Link": '<http://elsewhere.example/linked?page=3>; rel="next"'})

    return answer


def test_other_apis_pages_are_auto_paged(tmp_path: Path) -> None:
    javac, java = _require("javac"), _require("java")
    if not GSON.is_file():
        pytest.skip(f"{GSON} is not in the local Maven repository")
    spec = tmp_path / "pages.yaml"
    spec.write_text(yaml.safe_dump(SPEC))
    table = {"package": "com.example.pages", "client_class": "PagesClient"}
    generate(Config(spec=spec, out=tmp_path / "out", tables={"java": table}, targets=("java",)))
    sources = sorted(str(p) for p in (tmp_path / "out" / "java" / "src" / "main" / "java").rglob("*.java"))
    classes = tmp_path / "classes"
    _javac(javac, classes, sources, tmp_path / "sources.txt")
    program = tmp_path / "calls" / "Pages.java"
    program.parent.mkdir()
    program.write_text(_program(spec))
    _javac(javac, tmp_path / "calls-classes", [str(program)], tmp_path / "calls.txt", str(classes))
    server = LocalServer(lambda request: Reply(500, {}))
    server.respond = _answer(server.url)
    try:
        classpath = os.pathsep.join([str(tmp_path / "calls-classes"), str(classes), str(GSON)])
        run = subprocess.run([java, "-cp", classpath, "Pages", server.url], capture_output=True, text=True, timeout=120)
    finally:
        server.close()
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert sorted(run.stdout.split()) == sorted(["cursored:a,b,c", "offsets:a,b,c", "urled:a,b,c", "linked:a,b,c"])
    targets = sorted(request.target for request in server.requests)  # (the services' order is the IR's)
    assert targets == sorted(
        [
            "/cursored?limit=2",
            "/cursored?limit=2&after=b",
            "/offsets?limit=2",
            "/offsets?limit=2&offset=2",
            "/urled",
            "/urled?Page=1",
            "/linked?per_page=2",
            "/linked?page=2",
        ]
    )


def _program(spec: Path) -> str:
    api, issues = convert(load(spec))
    assert not issues
    names = JavaNames(api, "PagesClient")
    calls = []
    imports = {"import com.example.pages.PagesClient;", "import com.example.pages.model.Item;"}
    for method in build(api).methods():
        op = method.operation
        params = names.params_class(op)
        args = ""
        if params is not None:
            imports.add(f"import com.example.pages.param.{params.top};")
            size = "setLimit" if "limit" in {p.name for p in op.params} else "setPerPage"
            args = f"{params.qualname}.builder().{size}(2L).build()"
        call = f"client.{names.call_path(method.resource_id)}.{names.method(op)}({args})"
        calls += [
            "    {",
            "      StringBuilder ids = new StringBuilder();",
            f"      for (Item item : {call}.autoPagingIterable()) {{",
            '        ids.append(ids.length() == 0 ? "" : ",").append(item.getId());',
            "      }",
            f'      System.out.println("{op.id}:" + ids);',
            "    }",
        ]
    return "\n".join(
        [
            *sorted(imports),
            "",
            "public class Pages {",
            "  public static void main(String[] args) throws Exception {",
            "    PagesClient client = PagesClient.builder().setBaseUrl(args[0]).build();",
            *calls,
            "  }",
            "}",
            "",
        ]
    )
