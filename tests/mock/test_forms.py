"""Bracket form decoding and type coercion, in-process."""

from __future__ import annotations

from typing import Any

import pytest

from generator.ir.convert import convert
from generator.ir.model import Api
from generator.load.loader import load
from generator.mock.coerce import Coercer
from generator.mock.forms import FormError, bracket, decode_body, decode_query, split_key

SPEC = """
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /v1/things:
    post:
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              additionalProperties: false
              properties:
                count: {type: integer}
                ratio: {type: number}
                enabled: {type: boolean}
                tags: {type: array, items: {type: string}}
                sizes: {type: array, items: {type: integer}}
                metadata:
                  anyOf:
                    - {type: object, additionalProperties: {type: string}}
                    - {type: string, enum: [""]}
                nested:
                  type: object
                  properties:
                    deep: {type: object, properties: {flag: {type: boolean}}}
                    items: {type: array, items: {type: object, properties: {n: {type: integer}}}}
                when:
                  anyOf:
                    - {type: object, properties: {gte: {type: integer}}}
                    - {type: integer}
                mode: {type: string, enum: [a, b]}
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: object}}}}
"""


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Api:
    path = tmp_path_factory.mktemp("forms") / "spec.yaml"
    path.write_text(SPEC)
    converted, _ = convert(load(path))
    return converted


def coerce(api: Api, query: str) -> tuple[dict[str, Any], list[tuple[str, str | None]]]:
    op = next(iter(api.operations))
    params, problems = Coercer(api).params(op.params, decode_query(query))
    return params, [(p.message, p.param) for p in problems]


def test_split_key_and_bracket() -> None:
    assert split_key("a[b][c]") == ["a", "b", "c"]
    assert split_key("a[]") == ["a", ""]
    assert split_key("a") == ["a"]
    assert split_key("a[b") == ["a[b"]
    assert split_key("[b]") == ["[b]"]
    assert bracket(("a", "b", 0)) == "a[b][0]"


def test_decode_nests_brackets_and_collects_lists() -> None:
    assert decode_query("a[b][c]=1&a[b][d]=2&e=3") == {"a": {"b": {"c": "1", "d": "2"}}, "e": "3"}
    assert decode_query("x[]=1&x[]=2") == {"x": ["1", "2"]}
    assert decode_query("x[0]=1&x[1]=2") == {"x": {"0": "1", "1": "2"}}
    assert decode_query("x=1&x=2") == {"x": ["1", "2"]}
    assert decode_query("x[][n]=1&x[][m]=2&x[][n]=3") == {"x": [{"n": "1", "m": "2"}, {"n": "3"}]}
    assert decode_query("a=&b=%20c") == {"a": "", "b": " c"}


def test_decode_refuses_a_value_that_is_also_a_hash() -> None:
    with pytest.raises(FormError) as caught:
        decode_query("a[b]=1&a=2")
    assert caught.value.param == "a"
    with pytest.raises(FormError):
        decode_query("a=2&a[b]=1")


def test_bodies_by_content_type() -> None:
    assert decode_body("application/x-www-form-urlencoded", b"a[b]=1") == {"a": {"b": "1"}}
    assert decode_body("application/json; charset=utf-8", b'{"a": {"b": 1}}') == {"a": {"b": 1}}
    assert decode_body("", b"") == {}
    multipart = (
        b'--XX\r\nContent-Disposition: form-data; name="purpose"\r\n\r\ndispute_evidence\r\n'
        b'--XX\r\nContent-Disposition: form-data; name="file_link_data[create]"\r\n\r\ntrue\r\n'
        b'--XX\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n'
        b"Content-Type: application/pdf\r\n\r\n%PDF\r\n--XX--\r\n"
    )
    assert decode_body("multipart/form-data; boundary=XX", multipart) == {
        "purpose": "dispute_evidence",
        "file_link_data": {"create": "true"},
        "file": "a.pdf",
    }
    with pytest.raises(FormError, match="Unsupported Content-Type text/plain"):
        decode_body("text/plain", b"x")
    with pytest.raises(FormError, match="Invalid JSON body"):
        decode_body("application/json", b"{")


def test_coercion_follows_the_schema(api: Api) -> None:
    params, problems = coerce(
        api,
        "count=3&ratio=1.5&enabled=false&tags[0]=x&tags[1]=y&sizes[]=1&sizes[]=2&metadata[k]=v"
        "&nested[deep][flag]=true&nested[items][0][n]=7&when[gte]=5&mode=b",
    )
    assert problems == []
    assert params == {
        "count": 3,
        "ratio": 1.5,
        "enabled": False,
        "tags": ["x", "y"],
        "sizes": [1, 2],
        "metadata": {"k": "v"},
        "nested": {"deep": {"flag": True}, "items": [{"n": 7}]},
        "when": {"gte": 5},
        "mode": "b",
    }
    assert coerce(api, "when=9&metadata=")[0] == {"when": 9, "metadata": ""}  # "" is Stripe's "unset"


def test_array_indexes_are_ordered_numerically(api: Api) -> None:
    assert coerce(api, "sizes[10]=3&sizes[2]=2&sizes[0]=1")[0] == {"sizes": [1, 2, 3]}


def test_a_form_style_array_takes_one_value_or_repeated_keys(api: Api) -> None:
    """OpenAPI's default `style: form` for a body field: `tags=x` is a list of one, `tags=x&tags=y` of two."""
    assert coerce(api, "tags=x") == ({"tags": ["x"]}, [])
    assert coerce(api, "tags=x&tags=y") == ({"tags": ["x", "y"]}, [])


@pytest.mark.parametrize(
    ("query", "problem"),
    [
        ("count=abc", ("Invalid integer: abc", "count")),
        ("count=1.5", ("Invalid integer: 1.5", "count")),
        ("ratio=fast", ("Invalid number: fast", "ratio")),
        ("ratio=nan", ("Invalid number: nan", "ratio")),
        ("enabled=yes", ("Invalid boolean: yes", "enabled")),
        ("sizes[0]=1&sizes[1]=x", ("Invalid integer: x", "sizes[1]")),
        ("tags[a]=x", ('Invalid array: {"a":"x"}', "tags")),
        ("nested[deep]=1", ("Invalid hash: 1", "nested[deep]")),
        ("nested[deep][flag]=maybe", ("Invalid boolean: maybe", "nested[deep][flag]")),
        ("nested[items][0][n]=z", ("Invalid integer: z", "nested[items][0][n]")),
        (
            "nested[deep][flagg]=true",
            ("Received unknown parameter: nested[deep][flagg]. Did you mean flag?", "nested[deep][flagg]"),
        ),
        ("when=soon", ("Invalid integer: soon", "when")),
        ("when[gte]=soon", ("Invalid integer: soon", "when[gte]")),
        ("count[x]=1", ('Invalid integer: {"x":"1"}', "count")),
    ],
)
def test_coercion_problems_name_the_param(api: Api, query: str, problem: tuple[str, str]) -> None:
    assert coerce(api, query)[1] == [problem]


def test_unknown_problems_come_first(api: Api) -> None:
    problems = coerce(api, "count=x&nested[nope]=1")[1]
    assert problems[0][0].startswith("Received unknown parameter: nested[nope]")


def test_json_values_are_not_converted_from_text(api: Api) -> None:
    op = next(iter(api.operations))
    typed = Coercer(api, strings=False)
    params, problems = typed.params(op.params, {"count": 3, "enabled": True, "tags": ["a"]})
    assert (params, problems) == ({"count": 3, "enabled": True, "tags": ["a"]}, [])
    _, problems = typed.params(op.params, {"count": "3"})
    assert [(p.message, p.param) for p in problems] == [("Invalid integer: 3", "count")]
    _, problems = typed.params(op.params, {"tags": {"0": "a"}})
    assert [p.param for p in problems] == ["tags"]
