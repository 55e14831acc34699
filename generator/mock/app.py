"""The mock as an ASGI application: route, authenticate, decode, check, answer.

Every request goes through the same steps, and the first that fails answers:

1. route and method -> 404 `Unrecognized request URL (GET: /v1/nope).`
2. credentials -> 401 (`auth.py`)
3. decode the query string and body (`forms.py`), convert strings to the
   params' types (`coerce.py`) -> 400 `Invalid integer: abc`
4. the validator (`checks.py`): unknown, missing, enums, lengths, bounds -> 400
5. `expand[]` paths -> 400 `This property cannot be expanded (foo).`
6. a response synthesized from the spec (`synth.py`) -> 200; server-sent events (two, then
   `data: [DONE]`) when the operation answers only `text/event-stream`, or offers it and the
   request asks for it (`stream: true`)

`MockApp.handle` does all of it synchronously on a plain `Request`, so it can
be used (and tested) without a server; `__call__` adapts it to ASGI.
"""

from __future__ import annotations

import json
import sys
import traceback
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from ..ir.model import Api, Operation
from ..surface.methods import body_kind
from ..surface.model import BodyKind
from ..surface.tree import speaks_stripe
from .auth import Auth
from .checks import ParamChecker
from .coerce import Coercer
from .errors import API_ERROR, MockError, Problem, rank
from .examples import Judge
from .fixtures import Fixtures
from .forms import FormError, decode_body, decode_query, is_json
from .ids import suffix
from .routes import Router
from .synth import Call, Synthesizer

#: Bodies larger than this are refused (Stripe's own limit is far lower).
MAX_BODY = 16 * 1024 * 1024

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class Request:
    method: str
    path: str  # still percent-encoded, without the query string
    query: str = ""
    headers: Mapping[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes = b""


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()


class MockApp:
    def __init__(
        self, api: Api, check: ParamChecker, fixtures: Fixtures | None = None, judge: Judge | None = None
    ) -> None:
        self.api = api
        self.router = Router(api.operations)
        self.auth = Auth(api)
        self.coercer = Coercer(api)
        self.typed = Coercer(api, strings=False)
        self.synth = Synthesizer(api, fixtures, judge)
        self.check = check
        self.checks_off = False  # the validators could not be built: requests are answered unchecked

    @property
    def operation_count(self) -> int:
        return self.router.count

    # -- one request -----------------------------------------------------------------

    def handle(self, request: Request) -> Response:
        extra = _echo_headers(request, self.api)
        try:
            op, status, body, events = self._answer(request)
        except MockError as exc:
            return _json(exc.status, exc.body(), extra + exc.headers)
        except Exception as exc:  # a bug in the mock: say so, like Stripe's 500s
            traceback.print_exc(file=sys.stderr)
            failure = MockError(500, Problem(f"The mock failed on this request: {exc!r}"), API_ERROR)
            return _json(500, failure.body(), extra)
        if events is not None:
            return Response(status, _event_stream(events), (("content-type", "text/event-stream"), *extra))
        if op.response is None:  # no JSON body in the spec (e.g. a PDF): an empty one of that type
            media = op.response_media_type
            return Response(status, b"", ((("content-type", media),) if media else ()) + extra)
        return _json(status, body, extra)

    def _answer(self, request: Request) -> tuple[Operation, int, Any, list[Any] | None]:
        match = self.router.match(request.method, request.path)
        if match is None:
            raise MockError(404, Problem(f"Unrecognized request URL ({request.method.upper()}: {request.path})."))
        op = match.operation
        try:
            query = decode_query(request.query)
        except FormError as exc:
            raise MockError(400, Problem(exc.message, exc.param)) from None
        self.auth.check(op, request.headers, query)
        for name in self.auth.query_keys(op):  # an API key in the query is a credential, not a param
            query.pop(name, None)
        params = self._params(op, request, query)
        path_params = self._path_params(op, match.path_params)
        problem = self.synth.expand_problem(op, params)
        if problem is not None:
            raise MockError(400, problem)
        call = Call(op, request.path, path_params, params)
        status = int(op.response_status) if op.response_status.isdigit() else 200
        if op.stream_event is not None and (op.response is None or params.get("stream") is True):
            return op, status, None, self.synth.events(call)
        return op, status, self.synth.respond(call), None

    def _params(self, op: Operation, request: Request, query: dict[str, Any]) -> dict[str, Any]:
        content_type = request.headers.get("content-type", "")
        body = self._body(op, content_type, request.body)
        if not isinstance(body, dict):
            raise MockError(400, Problem("Invalid request body: expected an object of parameters"))
        for item in op.header_params:
            value = request.headers.get(item.name.lower())
            if value is not None:
                query[item.name] = value
        params, problems = self.coercer.params(op.params, query)
        typed, body_problems = (self.typed if is_json(content_type) else self.coercer).params(op.params, body)
        params.update(typed)
        problems = sorted(problems + body_problems, key=rank) or self._checked(op, params)
        if problems:
            raise MockError(400, problems[0])
        return params

    @staticmethod
    def _body(op: Operation, content_type: str, raw: bytes) -> Any:
        """The body's params; a body that is the `body` param alone (JSON value, bytes, text) as `body`."""
        kind = body_kind(op)
        if kind in (BodyKind.BINARY, BodyKind.TEXT):  # taken as it came, whatever its media type
            return {"body": raw.decode("utf-8", "replace")} if raw else {}
        try:
            body = decode_body(content_type, raw)
        except FormError as exc:
            raise MockError(400, Problem(exc.message, exc.param)) from None
        if kind is BodyKind.JSON_VALUE and is_json(content_type):
            return {} if body is None else {"body": body}
        return body

    def _checked(self, op: Operation, params: dict[str, Any]) -> list[Problem]:
        """The validators' problems with `params`; none when the validators cannot be built.

        They are rendered from the spec by the Python target; a spec it cannot render them for
        (a bug there) must not make every request fail: the mock says so once and goes on.
        """
        if self.checks_off:
            return []
        try:
            return self.check(op, params)
        except Exception as exc:  # a bug in rendering or running the validators, not in the request
            self.checks_off = True
            print(
                f"codegen mock: warning: request parameters are not checked: their validators failed ({exc!r})",
                file=sys.stderr,
                flush=True,
            )
            return []

    def _path_params(self, op: Operation, raw: Mapping[str, str]) -> dict[str, Any]:
        typed, problems = self.coercer.params(op.path_params, raw)
        if problems:
            raise MockError(400, problems[0])
        return typed

    # -- ASGI ------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if len(body) > MAX_BODY:
                failure = MockError(413, Problem(f"Request body larger than {MAX_BODY // 1048576} MiB"))
                await _send(send, _json(413, failure.body(), ()))
                return
            if not message.get("more_body", False):
                break
        headers: dict[str, str] = {}
        for name, value in scope.get("headers", ()):
            key = name.decode("latin-1").lower()
            text = value.decode("latin-1")
            headers[key] = f"{headers[key]}, {text}" if key in headers else text
        raw_path = scope.get("raw_path") or scope["path"].encode()
        request = Request(
            method=scope["method"],
            path=raw_path.decode("latin-1").split("?", 1)[0],
            query=scope.get("query_string", b"").decode("latin-1"),
            headers=headers,
            body=bytes(body),
        )
        await _send(send, self.handle(request))


def _echo_headers(request: Request, api: Api) -> tuple[tuple[str, str], ...]:
    seed = f"{request.method} {request.path}?{request.query}\0".encode() + request.body
    headers = [("request-id", "req_" + suffix(seed.decode("latin-1")))]
    if speaks_stripe(api):  # Stripe's API answers the version it spoke; another API's mock names no vendor
        headers.append(("stripe-version", request.headers.get("stripe-version", api.version)))
    key = request.headers.get("idempotency-key")
    if key is not None:
        headers.append(("idempotency-key", key))
    return tuple(headers)


def _event_stream(events: list[Any]) -> bytes:
    """Server-sent events, one `data:` line of JSON each, then OpenAI's `data: [DONE]`."""
    lines = [f"data: {json.dumps(event, separators=(',', ':'), ensure_ascii=False)}\n\n" for event in events]
    return ("".join(lines) + "data: [DONE]\n\n").encode("utf-8")


def _json(status: int, body: Any, headers: tuple[tuple[str, str], ...]) -> Response:
    if body is None:
        return Response(status, b"", headers)
    encoded = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return Response(status, encoded, (("content-type", "application/json"), *headers))


async def _send(send: Send, response: Response) -> None:
    headers = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in response.headers]
    headers.append((b"content-length", str(len(response.body)).encode()))
    await send({"type": "http.response.start", "status": response.status, "headers": headers})
    await send({"type": "http.response.body", "body": response.body})


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
