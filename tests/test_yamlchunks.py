"""The chunked YAML parse (`generator.load.yamlchunks`) gives exactly what a whole-text parse gives."""

from __future__ import annotations

import hashlib
import marshal
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.cache import Cache
from generator.errors import SpecError
from generator.load import loader, yamlchunks

from .budget import examples
from .conftest import DEFAULT_SPEC

LOADER: type[Any] = yamlchunks.DEFAULT_LOADER


def whole(text: str) -> Any:
    return yaml.load(text, Loader=LOADER)


def shape(value: Any) -> Any:
    """`value` as nested tuples naming every type and keeping every order: equal shapes are
    equal values with equal types (bool is not int, 1.0 is not 1) and equal dict orders."""
    if isinstance(value, dict):
        return ("dict", tuple((shape(key), shape(item)) for key, item in value.items()))
    if isinstance(value, list):
        return ("list", tuple(shape(item) for item in value))
    return (type(value).__name__, repr(value))


def assert_same(text: str, parsed: yamlchunks.Parsed | None) -> None:
    assert parsed is not None, "the chunked parse declined an ordinary document"
    assert shape(parsed.data) == shape(whole(text))


def chunked(text: str, cache: Cache | None = None, name: str = "doc") -> yamlchunks.Parsed | None:
    return yamlchunks.load(text, cache, name=name, loader=LOADER)


@pytest.fixture
def count_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every piece yamlchunks parses (chunks and skeletons), in order."""
    seen: list[str] = []
    original = yamlchunks._parse_piece

    def counting(piece: str, *args: Any) -> Any:
        seen.append(piece)
        return original(piece, *args)

    monkeypatch.setattr(yamlchunks, "_parse_piece", counting)
    return seen


SPEC = """\
openapi: 3.0.3
info:
  title: Test
  version: '1'
  description: >-
    Text with * stars, & ampersands, !bangs and << chevrons in a block scalar.
paths:
  /v1/customers:
    get:
      operationId: ListCustomers
      description: |
        * a markdown list
        * with &anchors-looking and *alias-looking text
      responses:
        '200':
          description: OK
  # a comment between entries
  /v1/customers/{customer}:
    get:
      operationId: GetCustomer
      parameters:
      - in: path
        name: customer
        required: true
      responses:
        '200':
          description: OK
components:
  schemas:
    customer:
      type: object
      properties:
        id: {type: string, example: "cus_123"}
        balance: {type: integer, example: 0x1F}
        rate: {type: number, example: 1.5e3}
        active: {type: boolean, example: yes}
        nothing: {example: ~}
    card:
      type: object
  securitySchemes:
    basicAuth:
      type: http
      scheme: basic
security:
- basicAuth: []
"""


def test_small_spec_is_chunked_and_equal() -> None:
    parsed = chunked(SPEC)
    assert_same(SPEC, parsed)
    assert parsed is not None
    assert set(parsed.digests) == {
        "",
        "/paths/~1v1~1customers",
        "/paths/~1v1~1customers~1{customer}",
        "/components/schemas/customer",
        "/components/schemas/card",
        "/components/securitySchemes/basicAuth",
    }
    # A chunk's digest is the sha256 of its text, from its key line to the next entry.
    start = SPEC.index("    customer:\n")
    end = SPEC.index("    card:\n")
    assert parsed.digests["/components/schemas/customer"] == hashlib.sha256(SPEC[start:end].encode()).hexdigest()
    first = SPEC.index("  /v1/customers:\n")
    second = SPEC.index("  /v1/customers/{customer}:\n")
    text = SPEC[first:second]
    assert text.endswith("  # a comment between entries\n")  # trailing comments belong to the chunk above
    assert parsed.digests["/paths/~1v1~1customers"] == yamlchunks.digest_of(text)


def test_default_spec_files_are_chunked_and_equal() -> None:
    files = [DEFAULT_SPEC, *sorted((DEFAULT_SPEC.parent / "customer_sessions" / "schemas").glob("*.yaml"))]
    assert len(files) > 2
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert_same(text, chunked(text))
    parsed = chunked(DEFAULT_SPEC.read_text(encoding="utf-8"))
    assert parsed is not None and len(parsed.digests) > 10  # the paths were cut into chunks


@pytest.mark.slow
def test_stripe_spec_is_chunked_and_equal(stripe_spec: Path, tmp_path: Path) -> None:
    text = stripe_spec.read_text(encoding="utf-8")
    cache = Cache(tmp_path)
    cold = chunked(text, cache)
    assert_same(text, cold)
    assert cold is not None and cold.parsed == len(cold.digests) > 1000 and cold.reused == 0
    warm = chunked(text, cache)
    assert warm is not None and warm.parsed == 0 and warm.reused == len(cold.digests)
    assert shape(warm.data) == shape(cold.data)
    assert warm.digests == cold.digests
    assert "/components/schemas/customer" in cold.digests and "/paths/~1v1~1customers" in cold.digests


def test_warm_parse_parses_nothing_and_an_edit_parses_one_chunk(tmp_path: Path, count_parses: list[str]) -> None:
    cache = Cache(tmp_path)
    cold = chunked(SPEC, cache)
    assert cold is not None and len(count_parses) == len(cold.digests) == cold.parsed
    count_parses.clear()
    warm = chunked(SPEC, cache)
    assert warm is not None and count_parses == [] and warm.parsed == 0
    assert shape(warm.data) == shape(cold.data) and warm.digests == cold.digests
    edited = SPEC.replace("    card:\n      type: object\n", "    card:\n      type: object\n      title: Card\n")
    again = chunked(edited, cache)
    assert_same(edited, again)
    assert again is not None
    assert count_parses == ["    card:\n      type: object\n      title: Card\n"]
    changed = {pointer for pointer, digest in again.digests.items() if cold.digests.get(pointer) != digest}
    assert changed == {"/components/schemas/card"}
    # Back to the first text: its chunk is not stored any more (the cache keeps the last text's).
    count_parses.clear()
    assert_same(SPEC, chunked(SPEC, cache))
    assert count_parses == ["    card:\n      type: object\n"]


def test_an_edited_skeleton_is_parsed_alone(tmp_path: Path, count_parses: list[str]) -> None:
    cache = Cache(tmp_path)
    chunked(SPEC, cache)
    count_parses.clear()
    edited = SPEC.replace("title: Test", "title: Tested")
    assert_same(edited, chunked(edited, cache))
    assert len(count_parses) == 1 and count_parses[0].startswith("openapi: 3.0.3\n")
    assert "/v1/customers" not in count_parses[0]


def test_loader_uses_the_cache_and_reports_chunks(tmp_path: Path, count_parses: list[str]) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(DEFAULT_SPEC.parent, spec)
    path = spec / DEFAULT_SPEC.name
    cache = Cache(tmp_path / "cache")
    plain = loader.load(path)
    cold = loader.load(path, cache=cache)
    assert count_parses
    assert {p: shape(d.data) for p, d in cold.documents.items()} == {
        p: shape(d.data) for p, d in plain.documents.items()
    }
    assert cold.root.chunks is not None and "/paths/~1v1~1customers" in cold.root.chunks
    for document in cold.documents.values():
        assert shape(document.data) == shape(whole(document.text))
        assert document.chunks is not None and "" in document.chunks
    count_parses.clear()
    warm = loader.load(path, cache=cache)
    assert count_parses == []
    assert {p: d.chunks for p, d in warm.documents.items()} == {p: d.chunks for p, d in cold.documents.items()}
    # Line numbers come from the whole text, as before.
    assert warm.root.line_of("/paths/~1v1~1customers") == plain.root.line_of("/paths/~1v1~1customers")
    text = path.read_text(encoding="utf-8")
    assert text.count("operationId: GetCustomers\n") == 1
    path.write_text(text.replace("operationId: GetCustomers\n", "operationId: ListAllCustomers\n"), encoding="utf-8")
    count_parses.clear()
    edited = loader.load(path, cache=cache)
    assert len(count_parses) == 1 and count_parses[0].startswith("  /v1/customers:\n")
    assert edited.root.data["paths"]["/v1/customers"]["get"]["operationId"] == "ListAllCustomers"
    assert edited.root.chunks is not None and cold.root.chunks is not None
    assert {p for p, d in edited.root.chunks.items() if cold.root.chunks.get(p) != d} == {"/paths/~1v1~1customers"}


def test_json_files_are_not_chunked(tmp_path: Path) -> None:
    path = tmp_path / "spec.json"
    path.write_text('{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}', encoding="utf-8")
    assert loader.load(path, cache=Cache(tmp_path / "cache")).root.chunks is None


# --- documents the chunked parse must decline -----------------------------------------------

DECLINED = {
    "alias across chunks": "paths:\n  /a: &x {a: 1}\n  /b: *x\n",
    "anchor and alias in one chunk": "paths:\n  /a:\n    x: &x 1\n    y: *x\n",
    "alias in a flow sequence": "paths:\n  /a:\n    x: [1,*x]\n",
    "tag": "paths:\n  /a:\n    x: !!str 1\n",
    "local tag": "components:\n  schemas:\n    a: !custom {}\n",
    "merge key": "paths:\n  /a:\n    <<: {x: 1}\n    y: 2\n",
    "merge key at the top of a section": "paths:\n  /a: {x: 1}\n  <<: {/b: 2}\n",
    "tab indentation": "paths:\n  /a:\n\tx: 1\n",
    "chunk that is a flow mapping": "paths:\n  {/a: 1}\n",
    "complex key on the next line": "paths:\n  ?\n    /a\n  : 1\n",
    "stray item after an entry": "paths:\n  /a: 1\n  - x\n",
    "second document": "paths:\n  /a: 1\n---\nother: 2\n",
    "end marker": "paths:\n  /a: 1\n...\n",
    "directive": "%YAML 1.1\n---\npaths:\n  /a: 1\n",
    "flow document": '{"paths": {"/a": 1}}\n',
    "content before the first entry": "paths:\n      x: 1\n  /a: 1\n",
    "column 1": "paths:\n  /a: 1\n x: 2\n",
    "column 3 in a sub-map": "components:\n  schemas:\n    a: 1\n   b: 2\n",
    "duplicate section": "paths:\n  /a: 1\npaths:\n  /b: 2\n",
    "duplicate section, written otherwise": 'paths:\n  /a: 1\n"paths":\n',
    "duplicate sub-map": "components:\n  schemas:\n    a: 1\n  schemas:\n    b: 2\n",
    "section header in a quoted scalar": 'info: "x\npaths:\n  /a: b"\n',
    "lone carriage return": "paths:\n  /a: 1\r  /b: 2\n",
    "next line character": "paths:\n  /a: 1\x85  /b: 2\n",
    "quoted scalar cut by an entry": "paths:\n  /a: 'x\n  /b: y'\n",
    "flow sequence cut by an entry": "paths:\n  /a: [1,\n  2]\n",
    "key that is not a string": "paths:\n  1: one\n  /b: 2\n",
    "'=' as a value (PyYAML has no constructor for it)": "paths:\n  /a:\n    x: =\n",
    "a sequence as a key": "paths:\n  /a:\n    ? [1, 2]\n    : x\n",
}


@pytest.mark.parametrize("text", DECLINED.values(), ids=DECLINED.keys())
def test_unusual_documents_are_declined(text: str) -> None:
    assert chunked(text) is None


def test_anchors_outside_block_scalars_are_found_by_the_scanner(monkeypatch: pytest.MonkeyPatch) -> None:
    scanned: list[str] = []
    original = yamlchunks._uses_properties

    def spy(piece: str, loader_class: type[Any]) -> bool:
        scanned.append(piece)
        return original(piece, loader_class)

    monkeypatch.setattr(yamlchunks, "_uses_properties", spy)
    assert chunked(SPEC) is not None
    assert scanned == []  # the stars and ampersands of SPEC are inside block scalars
    text = "paths:\n  /a:\n    x: 1\n  /b:\n    x: [a, *b]\n"
    assert chunked(text) is None
    assert scanned == ["  /b:\n    x: [a, *b]\n"]
    scanned.clear()
    harmless = "paths:\n  /a:\n    x: a*b&c!d\n  /b:\n    y: '- *not an alias, [&nor an anchor'\n"
    assert_same(harmless, chunked(harmless))
    assert scanned == ["  /b:\n    y: '- *not an alias, [&nor an anchor'\n"]  # scanned, found nothing


ACCEPTED = {
    "leading document marker": "---\npaths:\n  /a: 1\n",
    "windows line breaks": SPEC.replace("\n", "\r\n"),
    "duplicate entry (last value, first position)": "paths:\n  /a: 1\n  /b: 2\n  /a: 3\n",
    "indentless sequence in a chunk": "paths:\n  /a:\n  - x\n  - y\n  /b: 1\n",
    "complex keys": "paths:\n  ? /a\n  : 1\n  ? ''\n  : 2\n  ? |\n    long\n  : 3\n",
    "quoted keys": "paths:\n  '/a': 1\n  \"/b\\u00e9\": 2\n  '/c '' d': 3\n",
    "block scalar keeping trailing lines": "paths:\n  /a: |+\n    text\n\n  # comment\n\n  /b: >-\n    folded\n    x\n",
    "a section without entries": "paths:\n# nothing\ncomponents:\n  schemas: {}\n  responses:\n    r: {}\n",
    "no newline at the end": "paths:\n  /a:\n    x: 1",
    "empty entry value": "paths:\n  /a:\n  /b:\n",
    "webhooks": "webhooks:\n  created:\n    post: {}\n  deleted: {}\n",
    "unicode": "info:\n  title: Zürich €\npaths:\n  /ü: ☃\n",
    "YAML 1.1 scalars": (
        "paths:\n  /a:\n    b: [yes, Off, ~, null, '']\n    i: [0x1F, 0o17, 017, 1_000, 1:20, -0b101]\n"
        "    f: [.inf, -.Inf, .NaN, 1.5e3, 6.8523015e+5, 190:20:30.15]\n"
        "    t: [2001-12-14, 2001-12-14t21:59:43.10-05:00]\n"
    ),
    "'=' as a key (PyYAML reads it as a string there)": "paths:\n  /a:\n    =: x\n    y: {=: 1}\n",
    "a mapping as a value of a key in a sequence": "paths:\n  /a:\n  - {x: [1, {y: 2}]}\n  - - z\n",
    "block scalar with markdown": "paths:\n  /a:\n    description: |\n      * item *one*\n      - &two\n\n      ! 3\n",
}


@pytest.mark.parametrize("text", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_ordinary_documents_are_chunked_and_equal(text: str) -> None:
    assert_same(text, chunked(text))


def test_a_broken_chunk_reports_the_whole_file_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "spec.yaml"
    broken = SPEC.replace("    card:\n      type: object\n", "    card:\n      type: object\n     oops: [\n")
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(SpecError) as chunked_error:
        loader.load(path, cache=Cache(tmp_path / "cache"))
    monkeypatch.setattr(yamlchunks, "load", lambda *args, **kwargs: None)
    with pytest.raises(SpecError) as whole_error:
        loader.load(path)
    assert chunked_error.value.issues == whole_error.value.issues
    (issue,) = chunked_error.value.issues
    assert issue.message.startswith("invalid YAML") and issue.line is not None
    assert issue.line > broken[: broken.index("     oops")].count("\n")  # a whole-file line number


def test_a_second_document_reports_the_same_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text(SPEC + "---\nmore: 1\n", encoding="utf-8")
    with pytest.raises(SpecError) as chunked_error:
        loader.load(path, cache=Cache(tmp_path / "cache"))
    monkeypatch.setattr(yamlchunks, "load", lambda *args, **kwargs: None)
    with pytest.raises(SpecError) as whole_error:
        loader.load(path)
    assert chunked_error.value.issues == whole_error.value.issues


def test_unmarshallable_values_are_parsed_every_time(tmp_path: Path, count_parses: list[str]) -> None:
    text = "paths:\n  /a:\n    example: 2023-09-12\n  /b:\n    example: 1\n"
    cache = Cache(tmp_path)
    assert_same(text, chunked(text, cache))
    count_parses.clear()
    again = chunked(text, cache)
    assert_same(text, again)
    assert count_parses == ["  /a:\n    example: 2023-09-12\n"]


def _entry_file(cache_root: Path) -> Path:
    (entry,) = (cache_root / yamlchunks.KIND).iterdir()
    return entry


@pytest.mark.parametrize(
    "corrupt",
    [
        lambda raw: raw[:-10],  # truncated
        lambda raw: raw[:-5] + bytes([raw[-5] ^ 0xFF]) + raw[-4:],  # one byte flipped
        lambda raw: b"",
        lambda raw: b"garbage" * 100,
        lambda raw: raw.replace(b"codegen-yamlchunks", b"something-else-xx", 1),
    ],
    ids=["truncated", "flipped", "empty", "garbage", "magic"],
)
def test_a_corrupt_cache_entry_is_ignored(
    tmp_path: Path, count_parses: list[str], corrupt: Callable[[bytes], bytes]
) -> None:
    cache = Cache(tmp_path)
    cold = chunked(SPEC, cache)
    assert cold is not None
    entry = _entry_file(tmp_path)
    entry.write_bytes(corrupt(entry.read_bytes()))
    count_parses.clear()
    again = chunked(SPEC, cache)
    assert_same(SPEC, again)
    assert again is not None and again.reused == 0 and len(count_parses) == len(cold.digests)
    count_parses.clear()
    assert chunked(SPEC, cache) is not None and count_parses == []  # rewritten


def test_a_well_formed_entry_with_wrong_values_is_ignored(tmp_path: Path, count_parses: list[str]) -> None:
    cache = Cache(tmp_path)
    cold = chunked(SPEC, cache)
    assert cold is not None
    entry = _entry_file(tmp_path)
    raw = entry.read_bytes()
    header = len(b"codegen-yamlchunks\n") + 32
    entries = marshal.loads(raw[header:])
    card = cold.digests["/components/schemas/card"]
    entries[card] = marshal.dumps(["not", "a", "chunk"])
    entries[cold.digests["/paths/~1v1~1customers"]] = b"\x00not marshal"
    payload = marshal.dumps(entries)
    entry.write_bytes(raw[: header - 32] + hashlib.sha256(payload).digest() + payload)
    count_parses.clear()
    assert_same(SPEC, chunked(SPEC, cache))
    assert len(count_parses) == 2


def test_cache_entries_are_per_document(tmp_path: Path, count_parses: list[str]) -> None:
    cache = Cache(tmp_path)
    chunked(SPEC, cache, name="one")
    count_parses.clear()
    chunked(SPEC, cache, name="two")
    assert count_parses  # another document: its own entry
    assert len(list((tmp_path / yamlchunks.KIND).iterdir())) == 2


def test_walking_back_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every line holds a `*` inside one long block scalar: without a budget, finding each line's
    # block scalar header walks back over all the lines above it (quadratic).
    text = "paths:\n  /a:\n    description: |\n" + "      * item\n" * 3000
    assert_same(text, chunked(text))
    monkeypatch.setattr(yamlchunks, "_WALK_BUDGET", 1000)
    assert len(yamlchunks._suspect_offsets("\n" + text)) > 2900  # past the budget: not exempted
    assert_same(text, chunked(text))  # scanned by libyaml instead, which finds no alias


# --- random documents -----------------------------------------------------------------------

TRICKY = [
    "yes", "no", "on", "off", "null", "~", "true", "1e3", "1.0", "0x1F", "0o17", "+1", ".inf", "-.nan",
    "2023-09-12", "12:30:00", "a: b", "a #b", "#c", "- d", "? e", "'q'", '"q"', " lead", "trail ", "",
    "<<", "&a", "*a", "!t", "%p", "@", "`", "|", ">", "{x}", "[y]", "a,b", "---", "...", "\u00e9\u00e8", "\u2603",
    "line\nbreak", "tab\there", "\\", "c:\\path", "/v1/x/{id}", "=",
]  # fmt: skip
KEYS = st.one_of(
    st.sampled_from(TRICKY),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=8),
    st.builds(lambda tail: "/v1/" + tail, st.text(alphabet="abc_{}/.-", max_size=10)),
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    KEYS,
    st.text(max_size=60),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(KEYS, st.integers(), st.booleans()), inner, max_size=4),
    ),
    max_leaves=12,
)
SECTION = st.dictionaries(KEYS, VALUES, max_size=5)


@st.composite
def documents(draw: st.DrawFn) -> dict[Any, Any]:
    parts: list[tuple[str, Any]] = [
        ("openapi", "3.0.3"),
        ("info", draw(st.dictionaries(KEYS, VALUES, max_size=2))),
        ("paths", draw(SECTION)),
        (
            "components",
            draw(
                st.dictionaries(
                    st.sampled_from(["schemas", "responses", "parameters", "securitySchemes", "x-odd"]),
                    SECTION,
                    max_size=3,
                )
            ),
        ),
        ("webhooks", draw(SECTION)),
        ("x-extra", draw(VALUES)),
    ]
    order = draw(st.permutations(range(len(parts))))
    return dict(parts[i] for i in order if i < 4 or draw(st.booleans()))


def dump(document: Any, width: int, flow: bool | None, unicode: bool, indent: int) -> str:
    return yaml.safe_dump(
        document, sort_keys=False, width=width, default_flow_style=flow, allow_unicode=unicode, indent=indent
    )


def check_against_whole(text: str) -> yamlchunks.Parsed | None:
    """The chunked parse equals the whole parse, or declines; and declines when the whole fails."""
    try:
        expected = whole(text)
    except Exception:
        assert chunked(text) is None
        return None
    parsed = chunked(text)
    if parsed is not None:
        assert shape(parsed.data) == shape(expected)
    return parsed


@settings(max_examples=examples(300, 120), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    documents(),
    st.sampled_from([20, 40, 80, 1000]),
    st.sampled_from([False, None, True]),
    st.booleans(),
    st.sampled_from([2, 2, 3, 4]),
)
def test_random_documents_parse_as_a_whole(
    document: dict[Any, Any], width: int, flow: bool | None, unicode: bool, indent: int
) -> None:
    text = dump(document, width, flow, unicode, indent)
    parsed = check_against_whole(text)
    if flow is False and indent == 2 and ordinary(text):
        assert parsed is not None, "an ordinary block-style document should take the fast path"


def ordinary(text: str) -> bool:
    """No tabs or YAML 1.1 line breaks (NEL, LS, PS), which the emitter writes raw with allow_unicode."""
    return re.search("[\t\x85\u2028\u2029\ufeff]", text) is None


ODD_LINES = [
    "", "#", "# comment", "  # comment", "    # comment", " x: 1", "  x: 1", "   x: 1", "    x: 1", "  - x",
    "    - x", "---", "...", "--- # start", "paths:", "components:", "  schemas:", "  /dup: 1", "    dup: 2",
    "  &a x: 1", "  x: *a", "  x: !!str 1", "  <<: {a: 1}", "%YAML 1.1", "\t", "  x: |", "  x: >-", "      deeper",
    "  'quoted: key': 1", '  "open', "  [1,", "  ]", "  ? x", "  : y", "  x: {a: 1,", "  b: 2}", "z: 'open",
    "  close'", "paths: {}", "  x:\ty", "  x: \u00e9",
]  # fmt: skip


@settings(max_examples=examples(300, 120), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    documents(),
    st.sampled_from([40, 1000]),
    st.lists(st.tuples(st.integers(min_value=0), st.sampled_from(ODD_LINES)), min_size=1, max_size=4),
    st.booleans(),
)
def test_edited_documents_parse_as_a_whole_or_are_declined(
    document: dict[Any, Any], width: int, edits: list[tuple[int, str]], crlf: bool
) -> None:
    lines = dump(document, width, False, True, 2).split("\n")
    for position, line in edits:
        lines.insert(position % (len(lines) + 1), line)
    text = "\n".join(lines)
    check_against_whole(text.replace("\n", "\r\n") if crlf else text)


@settings(max_examples=examples(100, 40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(), documents())
def test_random_documents_through_a_cache(first: dict[Any, Any], second: dict[Any, Any]) -> None:
    with tempfile.TemporaryDirectory(prefix="yamlchunks-") as folder:
        cache = Cache(Path(folder))
        for document in (first, second, first):
            text = dump(document, 80, False, True, 2)
            parsed = chunked(text, cache)
            assert parsed is not None or not ordinary(text)
            if parsed is not None:
                assert shape(parsed.data) == shape(whole(text))
