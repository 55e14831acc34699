"""A scripted HTTP/1.1 server over raw sockets on 127.0.0.1, for the runtime tests.

Every request is answered with what a ``respond`` callable returns: a ``Reply``,
or ``Reset`` to abort the connection with a TCP RST. Requests are recorded.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit


@dataclass
class Reply:
    """An HTTP response to send; ``body`` is JSON-encoded unless it is bytes."""

    status: int = 200
    body: Any = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)


class Reset:
    """Abort the connection (TCP RST) after reading the request, without answering."""


@dataclass
class Recorded:
    """A request the server received."""

    method: str
    target: str
    headers: dict[str, str]  # lower-cased names
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> str:
        return urlsplit(self.target).query

    @property
    def query_params(self) -> dict[str, str]:
        return dict(parse_qsl(self.query, keep_blank_values=True))

    @property
    def form(self) -> dict[str, str]:
        return dict(parse_qsl(self.body.decode(), keep_blank_values=True))


Responder = Callable[[Recorded], "Reply | Reset"]

_REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 402: "Payment Required", 500: "Server Error"}


class LocalServer:
    """One listening socket on 127.0.0.1 served by a thread, one connection at a time."""

    def __init__(self, respond: Responder) -> None:
        self.respond = respond
        self.requests: list[Recorded] = []
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self._sock.settimeout(0.1)
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="rt-test-server", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._sock.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(5)
                with contextlib.suppress(OSError):
                    self._handle(conn)

    def _handle(self, conn: socket.socket) -> None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _version = lines[0].split(" ", 2)
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        while len(body) < length:
            chunk = conn.recv(65536)
            if not chunk:
                break
            body += chunk
        request = Recorded(method, target, headers, body)
        self.requests.append(request)
        action = self.respond(request)
        if isinstance(action, Reset):
            # SO_LINGER with a zero timeout makes close() send a RST.
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return
        payload = action.body if isinstance(action.body, bytes) else json.dumps(action.body).encode()
        out_headers = {"Content-Type": "application/json", **action.headers}
        out_headers["Content-Length"] = str(len(payload))
        out_headers["Connection"] = "close"
        reason = _REASONS.get(action.status, "Status")
        response = f"HTTP/1.1 {action.status} {reason}\r\n"
        response += "".join(f"{k}: {v}\r\n" for k, v in out_headers.items())
        conn.sendall(response.encode("latin-1") + b"\r\n" + payload)


class Script:
    """A responder answering with the given actions in order (then a 500)."""

    def __init__(self, *actions: Reply | Reset) -> None:
        self.actions = list(actions)

    def __call__(self, request: Recorded) -> Reply | Reset:
        if self.actions:
            return self.actions.pop(0)
        return Reply(599, {"error": {"type": "api_error", "message": "test script exhausted"}})
