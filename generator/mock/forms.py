"""Request parameters as sent on the wire -> a tree of dicts, lists and strings.

Stripe's form encoding (`application/x-www-form-urlencoded`, and the query
string) nests with brackets: `a[b][c]=1` is `{"a": {"b": {"c": "1"}}}`,
`a[]=x&a[]=y` is `{"a": ["x", "y"]}`, and `a[0]=x` is `{"a": {"0": "x"}}`,
since only the spec can tell an array index from a map key (`metadata[0]`);
`coerce.py` makes the final call. Values stay strings here. A JSON body is
taken as it is; a multipart body's parts are decoded like form fields.

`bracket(("a", "b", 0))` writes a parameter path back as `a[b][0]`, the form
used in error messages.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import parse_qsl

#: Enough for any real request; more is refused rather than parsed.
MAX_FIELDS = 10_000
MAX_DEPTH = 32

FORM = "application/x-www-form-urlencoded"
JSON_TYPE = "application/json"
MULTIPART = "multipart/form-data"


class FormError(Exception):
    """A body or query string that cannot be decoded; `param` is in bracket form."""

    def __init__(self, message: str, param: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.param = param


def bracket(path: Sequence[str | int]) -> str:
    """`("components", "payment_element", "enabled")` -> `components[payment_element][enabled]`."""
    if not path:
        return ""
    return str(path[0]) + "".join(f"[{part}]" for part in path[1:])


def split_key(key: str) -> list[str]:
    """`a[b][]` -> `["a", "b", ""]`. A key whose brackets do not pair up is one plain name."""
    start = key.find("[")
    if start <= 0 or not key.endswith("]"):
        return [key]
    parts = [key[:start]]
    rest = key[start:]
    while rest:
        end = rest.find("]")
        if not rest.startswith("[") or end < 0 or "[" in rest[1:end]:
            return [key]
        parts.append(rest[1:end])
        rest = rest[end + 1 :]
    return parts


def decode_pairs(pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """Bracket-encoded `(key, value)` pairs -> nested dicts and lists of strings."""
    tree: dict[str, Any] = {}
    for count, (key, value) in enumerate(pairs):
        if count >= MAX_FIELDS:
            raise FormError(f"Too many parameters (more than {MAX_FIELDS:,})")
        parts = split_key(key)
        if len(parts) > MAX_DEPTH:
            raise FormError(f"Parameter nested too deeply (more than {MAX_DEPTH} levels)", key)
        _insert(tree, parts, value, [])
    return tree


def _insert(node: dict[str, Any], parts: list[str], value: str, done: list[str]) -> None:
    name, rest = parts[0], parts[1:]
    here = [*done, name]
    current = node.get(name)
    if not rest:  # a leaf: a repeated key collects its values
        if current is None:
            node[name] = value
        elif isinstance(current, str):
            node[name] = [current, value]
        elif isinstance(current, list) and all(isinstance(item, str) for item in current):
            current.append(value)
        else:
            raise _conflict(here)
        return
    if rest[0] == "":  # `name[]...`: append to a list
        if current is None:
            current = node[name] = []
        elif not isinstance(current, list):
            raise _conflict(here)
        after = rest[1:]
        if not after:
            if any(not isinstance(item, str) for item in current):
                raise _conflict(here)
            current.append(value)
            return
        # `a[][b]=1&a[][c]=2&a[][b]=3` -> [{b: 1, c: 2}, {b: 3}]: a key seen again starts a new item
        if not current or not isinstance(current[-1], dict) or after[0] in current[-1]:
            if current and not isinstance(current[-1], dict):
                raise _conflict(here)
            current.append({})
        _insert(current[-1], after, value, [*here, str(len(current) - 1)])
        return
    if current is None:
        current = node[name] = {}
    elif not isinstance(current, dict):
        raise _conflict(here)
    _insert(current, rest, value, here)


def _conflict(path: list[str]) -> FormError:
    param = bracket(path)
    return FormError(f"Invalid {param}: given both as a value and as a hash or array", param)


def decode_query(query: str) -> dict[str, Any]:
    return decode_pairs(_pairs(query))


def _pairs(text: str) -> list[tuple[str, str]]:
    try:
        return parse_qsl(text, keep_blank_values=True, max_num_fields=MAX_FIELDS, errors="strict")
    except ValueError as exc:  # too many fields, or bytes that are not UTF-8
        raise FormError(f"Invalid form encoding: {exc}") from None


def is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == JSON_TYPE or media.endswith("+json")


def decode_body(content_type: str, body: bytes) -> Any:
    """The body's parameters: a tree of strings for form and multipart bodies, any JSON value for JSON."""
    if not body:
        return {}
    media = content_type.split(";", 1)[0].strip().lower()
    if media in ("", FORM):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise FormError("Invalid form encoding: the body is not UTF-8") from None
        return decode_pairs(_pairs(text))
    if is_json(content_type):
        try:
            return json.loads(body)
        except (ValueError, RecursionError):
            raise FormError("Invalid JSON body") from None
    if media == MULTIPART:
        return decode_pairs(_multipart(content_type, body))
    raise FormError(f"Unsupported Content-Type {media}: send {FORM}")


def _multipart(content_type: str, body: bytes) -> list[tuple[str, str]]:
    """Form fields of a multipart body; a file part stands for its file name."""
    import email.parser  # only for multipart bodies: keeps start-up lean
    import email.policy

    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1", "replace")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise FormError("Invalid multipart body")
    pairs: list[tuple[str, str]] = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            raise FormError("Invalid multipart body: a part has no name")
        filename = part.get_filename()
        if filename is not None:
            pairs.append((name, filename))
            continue
        payload = part.get_payload(decode=True)
        raw = payload if isinstance(payload, bytes) else b""
        try:
            pairs.append((name, raw.decode(part.get_content_charset() or "utf-8")))
        except (LookupError, UnicodeDecodeError):
            raise FormError(f"Invalid multipart body: part {name} is not text", name) from None
    return pairs
