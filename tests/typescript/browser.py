"""A page that loads the compiled runtime as ES modules in Chromium, and the API it calls.

Served by one threaded HTTP server on 127.0.0.1 (so everything is same-origin): `/runtime/*.js`
(the compiled runtime), `/` (an empty page), and a small API: `/api/flaky` (500 once per
idempotency key, then 200), `/api/list` (Stripe's list pages), `/api/events` (server-sent
events that never end; `/api/events-closed` tells whether the browser closed the stream),
`/api/upload` (echoes a multipart body's parts).
"""

from __future__ import annotations

import json
import threading
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

ITEMS = [{"id": f"obj_{i}"} for i in range(5)]


class _State:
    def __init__(self, runtime: Path) -> None:
        self.runtime = runtime
        self.lock = threading.Lock()
        self.flaky: dict[str, int] = {}
        self.events_closed = threading.Event()


def _handler(state: _State) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def _json(self, status: int, value: Any, headers: dict[str, str] | None = None) -> None:
            self._send(status, json.dumps(value).encode(), "application/json", headers)

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            query = parse_qs(url.query)
            if url.path == "/":
                self._send(200, b"<!doctype html><title>runtime</title>", "text/html")
            elif url.path.startswith("/runtime/"):
                path = (state.runtime / url.path.removeprefix("/runtime/")).resolve()
                if path.parent != state.runtime.resolve() or not path.is_file():
                    self._send(404, b"", "text/plain")
                else:
                    self._send(200, path.read_bytes(), "text/javascript")
            elif url.path == "/api/list":
                after = query.get("starting_after", [""])[0]
                start = next((i + 1 for i, item in enumerate(ITEMS) if item["id"] == after), 0)
                page = {"object": "list", "data": ITEMS[start : start + 2], "has_more": start + 2 < len(ITEMS)}
                self._json(200, page, {"Request-Id": "req_list"})
            elif url.path == "/api/events":
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.end_headers()
                try:
                    for n in range(1000):
                        self.wfile.write(f'data: {{"n": {n}}}\n\n'.encode())
                        self.wfile.flush()
                        threading.Event().wait(0.02)
                except (BrokenPipeError, ConnectionResetError):
                    state.events_closed.set()
                self.close_connection = True
            elif url.path == "/api/events-closed":
                self._json(200, {"closed": state.events_closed.wait(5)})
            else:
                self._json(404, {"error": {"message": "no such route", "type": "invalid_request_error"}})

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            url = urlsplit(self.path)
            if url.path == "/api/flaky":
                key = self.headers.get("Idempotency-Key", "")
                with state.lock:
                    state.flaky[key] = state.flaky.get(key, 0) + 1
                    count = state.flaky[key]
                if count == 1:
                    self._json(500, {"error": {"message": "try again", "type": "api_error"}})
                else:
                    seen = {
                        "attempts": count,
                        "key": key,
                        "body": body.decode(),
                        "auth": self.headers.get("Authorization"),
                    }
                    self._json(200, seen)
            elif url.path == "/api/upload":
                head = f"Content-Type: {self.headers.get('Content-Type')}\r\n\r\n".encode()
                message = BytesParser(policy=HTTP).parsebytes(head + body)
                parts = [
                    {
                        "name": part.get_param("name", header="content-disposition"),
                        "filename": part.get_filename(),
                        "type": part.get_content_type(),
                        "bytes": list(part.get_payload(decode=True) or b""),
                    }
                    for part in message.iter_parts()
                ]
                self._json(200, {"parts": parts})
            else:
                self._json(404, {"error": {"message": "no such route"}})

    return Handler


class BrowserSite:
    """The server, started on a free port of 127.0.0.1; `stop()` ends it."""

    def __init__(self, runtime: Path) -> None:
        self.state = _State(runtime)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self.state))
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
