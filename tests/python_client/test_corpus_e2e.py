"""Clients of real public specs, end to end over real HTTP against `codegen mock`.

Each client is generated from a document of `../shared/specs/corpus/` and talks to the mock
of the same document, which routes, checks the declared auth scheme and the body against the
spec, and answers. Every request is recorded as it went on the wire (httpx's request hook on
the real transport), and checked byte for byte: method, path, Content-Type, body, auth header.

- the OAI petstore (expanded): JSON bodies, no auth, a JSON array as a list;
- Twilio's 2010 API: form bodies, HTTP basic, `/2010-04-01/Accounts/{Sid}/Messages.json`
  named `accounts.messages`, pages by `next_page_uri`;
- OpenAI: JSON, a bearer key, a streamed answer (server-sent events, closed early), a
  multipart upload, cursor pages (`after` / `last_id`).
"""

from __future__ import annotations

import base64
import email.parser
import email.policy
import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.cli import main

from ..mock.conftest import MockProcess

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "specs" / "corpus"


def _generate(spec: Path, folder: Path, package: str, client: str, *flags: str) -> ModuleType:
    if not spec.is_file():
        pytest.skip(f"{spec} is absent (../shared/specs/corpus is third-party data, not in this repository)")
    out = folder / "out"
    args = ["generate", "--spec", str(spec), "--out", str(out), "--target", "python", "-q", *flags]
    assert main([*args, "--package", package, "--client-class", client]) == 0
    sys.path.insert(0, str(out / "python"))
    try:
        return importlib.import_module(package)
    finally:
        sys.path.remove(str(out / "python"))


def _recording() -> tuple[httpx.Client, list[httpx.Request]]:
    sent: list[httpx.Request] = []
    return httpx.Client(event_hooks={"request": [sent.append]}), sent


def _mock(spec: Path, tmp: pytest.TempPathFactory) -> Iterator[MockProcess]:
    mock = MockProcess(spec, tmp.mktemp("mock-cache"))
    yield mock
    assert mock.stop() == 0, "".join(mock.stderr)


# -- the OAI petstore: JSON, no auth ----------------------------------------------------

PETSTORE = CORPUS / "oai" / "petstore-expanded.yaml"


@pytest.fixture(scope="module")
def petstore(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return _generate(PETSTORE, tmp_path_factory.mktemp("petstore"), "petstore_e2e", "PetstoreClient")


@pytest.fixture(scope="module")
def petstore_mock(petstore: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockProcess]:
    yield from _mock(PETSTORE, tmp_path_factory)


def test_petstore_json_end_to_end(petstore: ModuleType, petstore_mock: MockProcess) -> None:
    http, sent = _recording()
    client = petstore.PetstoreClient(base_url=petstore_mock.url, http_client=http)
    made = client.pets.create(name="Rex", tag="dog")
    assert made.name and isinstance(made.id, int)
    listed = client.pets.list(limit=2, tags=["dog", "cat"])
    assert isinstance(listed, list) and all(isinstance(pet, petstore.models.Pet) for pet in listed)
    found = client.pets.retrieve("7")
    assert isinstance(found, petstore.models.Pet)
    client.pets.delete("7")
    assert [(r.method, r.url.raw_path.decode()) for r in sent] == [
        ("POST", "/pets"),
        ("GET", "/pets?limit=2&tags=dog&tags=cat"),  # style: form, explode: repeated keys
        ("GET", "/pets/7"),
        ("DELETE", "/pets/7"),
    ]
    assert sent[0].headers["content-type"] == "application/json"
    assert sent[0].content == b'{"name":"Rex","tag":"dog"}'
    assert all("authorization" not in r.headers for r in sent)  # the spec declares no security


# -- Twilio: form bodies, HTTP basic --------------------------------------------------------

TWILIO = CORPUS / "twilio_api_v2010.yaml"


@pytest.fixture(scope="module")
def twilio(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return _generate(TWILIO, tmp_path_factory.mktemp("twilio"), "twilio_e2e", "TwilioClient")


@pytest.fixture(scope="module")
def twilio_mock(twilio: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockProcess]:
    yield from _mock(TWILIO, tmp_path_factory)


def test_twilio_form_and_basic_auth_end_to_end(twilio: ModuleType, twilio_mock: MockProcess) -> None:
    http, sent = _recording()
    client = twilio.TwilioClient("AC0123", "s3cret", base_url=twilio_mock.url, http_client=http)
    message = client.accounts.messages.create("AC0123", To="+15551230000", From="+15559870000", Body="Hi & bye")
    assert isinstance(message, twilio.models.ApiV2010AccountMessage)
    page = client.accounts.messages.list("AC0123", PageSize=20)
    assert all(isinstance(item, twilio.models.ApiV2010AccountMessage) for item in page.data)
    create, listing = sent
    assert (create.method, create.url.raw_path.decode()) == ("POST", "/2010-04-01/Accounts/AC0123/Messages.json")
    assert create.headers["content-type"] == "application/x-www-form-urlencoded"
    assert create.content == b"To=%2B15551230000&From=%2B15559870000&Body=Hi+%26+bye"
    assert create.headers["authorization"] == "Basic " + base64.b64encode(b"AC0123:s3cret").decode()
    assert listing.url.raw_path.decode() == "/2010-04-01/Accounts/AC0123/Messages.json?PageSize=20"
    unauthenticated = httpx.post(f"{twilio_mock.url}/2010-04-01/Accounts/AC0123/Messages.json", data={"To": "x"})
    assert unauthenticated.status_code == 401  # the mock checks the declared scheme


def test_twilio_pages_follow_next_page_uri(twilio: ModuleType) -> None:
    """Two pages over a recorded transport: the next one is `next_page_uri`, on the same host only."""
    item = {"sid": "SM1", "body": "hi"}
    answers = iter(
        [
            {"messages": [item], "next_page_uri": "/2010-04-01/Accounts/AC1/Messages.json?Page=1&PageToken=PA2"},
            {"messages": [{**item, "sid": "SM2"}], "next_page_uri": "https://evil.example/steal"},
        ]
    )
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=next(answers))

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = twilio.TwilioClient("AC1", "tok", http_client=http)
    sids = [message.sid for message in client.accounts.messages.list("AC1").auto_paging_iter()]
    assert sids == ["SM1", "SM2"]
    assert [str(r.url) for r in sent] == [
        "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json",
        "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json?Page=1&PageToken=PA2",
    ]  # and never evil.example: another host never gets the credentials


# -- OpenAI: JSON, bearer, a stream, a multipart upload ---------------------------------------

OPENAI = CORPUS / "openai.yaml"
CHAT = {"model": "gpt-4o", "messages": [{"role": "user", "content": "Hi"}]}


@pytest.fixture(scope="module")
def openai(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    # openapi-spec-validator rejects the document (duplicate `required` entries...): --lenient.
    return _generate(OPENAI, tmp_path_factory.mktemp("openai"), "openai_e2e", "OpenAIClient", "--lenient")


@pytest.fixture(scope="module")
def openai_mock(openai: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockProcess]:
    yield from _mock(OPENAI, tmp_path_factory)


def _client(openai: ModuleType, mock: MockProcess) -> tuple[Any, list[httpx.Request]]:
    http, sent = _recording()
    return openai.OpenAIClient("sk-test-e2e", base_url=mock.url, http_client=http), sent


def test_openai_json_and_bearer(openai: ModuleType, openai_mock: MockProcess) -> None:
    client, sent = _client(openai, openai_mock)
    completion = client.chat.completions.create(**CHAT)
    assert isinstance(completion, openai.models.CreateChatCompletionResponse)
    request = sent[0]
    assert (request.method, request.url.raw_path.decode()) == ("POST", "/chat/completions")
    assert request.headers["content-type"] == "application/json"
    assert request.headers["authorization"] == "Bearer sk-test-e2e"
    assert request.content == b'{"model":"gpt-4o","messages":[{"role":"user","content":"Hi"}]}'
    assert httpx.post(f"{openai_mock.url}/chat/completions", json=CHAT).status_code == 401


def test_openai_streamed_answer_is_typed_events(openai: ModuleType, openai_mock: MockProcess) -> None:
    client, sent = _client(openai, openai_mock)
    events = list(client.chat.completions.create_stream(**CHAT))
    assert len(events) == 2 and all(isinstance(e, openai.models.CreateChatCompletionStreamResponse) for e in events)
    assert json.loads(sent[0].content) == {**CHAT, "stream": True}
    assert sent[0].headers["accept"] == "text/event-stream"
    stream = client.chat.completions.create_stream(**CHAT)
    for _event in stream:
        break  # stopping early releases the connection
    assert stream.response.is_closed


def test_openai_async_stream(openai: ModuleType, openai_mock: MockProcess) -> None:
    import asyncio

    async def run() -> list[Any]:
        async with openai.AsyncOpenAIClient("sk-test-e2e", base_url=openai_mock.url) as client:
            stream = await client.chat.completions.create_stream(**CHAT)
            return [event async for event in stream]

    events = asyncio.run(run())
    assert len(events) == 2 and all(isinstance(e, openai.models.CreateChatCompletionStreamResponse) for e in events)


def test_openai_multipart_upload(openai: ModuleType, openai_mock: MockProcess) -> None:
    client, sent = _client(openai, openai_mock)
    uploaded = client.files.create(file=("train.jsonl", b'{"prompt": "x"}\n'), purpose="fine-tune")
    assert isinstance(uploaded, openai.models.OpenAiFile)
    request = sent[0]
    assert (request.method, request.url.raw_path.decode()) == ("POST", "/files")
    assert request.headers["authorization"] == "Bearer sk-test-e2e"
    boundary = request.headers["content-type"].removeprefix("multipart/form-data; boundary=")
    assert (
        request.content
        == (
            f'--{boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nfine-tune\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="train.jsonl"\r\n'
            f"Content-Type: application/octet-stream\r\n\r\n"
            '{"prompt": "x"}\n\r\n'
            f"--{boundary}--\r\n"
        ).encode()
    )
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.content)
    assert [part.get_filename() for part in message.iter_parts()] == [None, "train.jsonl"]


def test_openai_cursor_pages(openai: ModuleType, openai_mock: MockProcess) -> None:
    client, sent = _client(openai, openai_mock)
    page = client.files.list(limit=2)
    assert all(isinstance(item, openai.models.OpenAiFile) for item in page.data)
    assert sent[0].url.raw_path.decode() == "/files?limit=2"
