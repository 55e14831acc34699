"""Bracket form-encoding: ``application/x-www-form-urlencoded`` encoding of request params.

Nested mappings become bracketed keys (``a[b][c]=v``) and sequences become
indexed keys (``expand[0]=customer``):

>>> urlencode_params({"components": {"pricing_table": {"enabled": True}}})
'components%5Bpricing_table%5D%5Benabled%5D=true'
>>> encode_params({"expand": ["customer"], "metadata": {"k": "v"}, "x": None})
[('expand[0]', 'customer'), ('metadata[k]', 'v')]

Value rules: ``None`` is omitted at any depth (use ``""`` to unset a field);
booleans are ``true``/``false``; ints are decimal; floats and ``Decimal`` are
written without an exponent (``1e-05`` -> ``0.00001``); ``enum.Enum`` members
are encoded by ``.value``; ``datetime.datetime`` becomes a unix timestamp
(naive datetimes are local time, as in Python);
objects with a string ``id`` attribute (response models) are sent by id; an
empty mapping or sequence produces nothing.

Percent-encoding matches :func:`urllib.parse.urlencode` (and so httpx): space is ``+``,
only ``A-Z a-z 0-9 _ . - ~`` are left as is, and brackets are encoded as ``%5B``/``%5D``.

Both functions walk the params once with a type-dispatching recursion and build
the percent-encoded keys segment by segment (with a cache for segment names),
so no regex or per-pair re-quoting of whole keys is needed.
"""

from __future__ import annotations

import calendar
import datetime
import enum
import json
import mimetypes
import os
import re
import secrets
import time
from collections.abc import Collection, Mapping, Sequence
from decimal import Decimal
from typing import IO, Any, TypeAlias
from urllib.parse import quote_plus

__all__ = ["FileInput", "encode_params", "is_file", "json_body", "multipart_body", "urlencode_params"]

_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~"

# Encoded form of (possibly non-ASCII) key segments; bounded so arbitrary
# user-provided metadata keys cannot grow it without limit.
_SEGMENT_CACHE: dict[str, str] = {}
_SEGMENT_CACHE_MAX = 4096

_RAW_INDEX = tuple(f"[{i}]" for i in range(64))
_QUOTED_INDEX = tuple(f"%5B{i}%5D" for i in range(64))


def _quote(text: str) -> str:
    """Percent-encode ``text`` like ``urllib.parse.quote_plus(text, safe="")``."""
    # rstrip removes trailing safe characters; an empty result means every
    # character is safe (the same fast path urllib uses internally).
    if not text.rstrip(_SAFE):
        return text
    return quote_plus(text, safe="")


def _quote_segment(segment: Any) -> str:
    """Percent-encode one key segment, caching string segments."""
    if type(segment) is not str:
        return _quote(str(segment))
    cached = _SEGMENT_CACHE.get(segment)
    if cached is None:
        cached = _quote(segment)
        if len(_SEGMENT_CACHE) < _SEGMENT_CACHE_MAX:
            _SEGMENT_CACHE[segment] = cached
    return cached


def _format_float(value: float) -> str:
    """``repr(value)`` unless it uses an exponent, then the plain decimal form."""
    text = repr(value)
    if "e" in text:
        return format(Decimal(text), "f")
    return text


def _encode_datetime(value: datetime.datetime) -> str:
    """Unix timestamp of ``value`` (naive values are local time)."""
    if value.tzinfo is not None and value.tzinfo.utcoffset(value) is not None:
        return str(calendar.timegm(value.utctimetuple()))
    return str(int(time.mktime(value.timetuple())))


def _scalar(value: Any) -> str | None:
    """Encode a leaf of an uncommon type; ``None`` if ``value`` is not a leaf.

    Mappings and non-string sequences are not leaves (the caller recurses).
    """
    if isinstance(value, enum.Enum):
        value = value.value
        if value is None:
            return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return str(value)
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, float):
        return _format_float(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime.datetime):
        return _encode_datetime(value)
    if isinstance(value, (Mapping, list, tuple)):
        return None
    ident = getattr(value, "id", None)
    if isinstance(ident, str):
        return ident
    return str(value)


# --- unencoded pairs --------------------------------------------------------


def _pairs_mapping(out: list[tuple[str, str]], mapping: Mapping[Any, Any], open_: str, close: str) -> None:
    """Append the pairs of ``mapping``; keys are ``open_ + key + close``."""
    for key, value in mapping.items():
        if value is None:
            continue
        full = open_ + (key if type(key) is str else str(key)) + close
        kind = type(value)
        if kind is str:
            out.append((full, value))
        elif kind is dict:
            _pairs_mapping(out, value, full + "[", "]")
        elif kind is bool:
            out.append((full, "true" if value else "false"))
        elif kind is int:
            out.append((full, str(value)))
        elif kind is list or kind is tuple:
            _pairs_sequence(out, value, full)
        else:
            _pairs_other(out, full, value)


def _pairs_sequence(out: list[tuple[str, str]], items: Sequence[Any], key: str) -> None:
    """Append the pairs of ``items`` as ``key[0]``, ``key[1]``..."""
    for index, value in enumerate(items):
        if value is None:
            continue
        full = key + (_RAW_INDEX[index] if index < 64 else f"[{index}]")
        kind = type(value)
        if kind is str:
            out.append((full, value))
        elif kind is dict:
            _pairs_mapping(out, value, full + "[", "]")
        else:
            _pairs_other(out, full, value)


def _pairs_other(out: list[tuple[str, str]], key: str, value: Any) -> None:
    """Append the pairs of a value that is not a plain str or dict."""
    text = _scalar(value)
    if text is not None:
        out.append((key, text))
    elif isinstance(value, Mapping):
        _pairs_mapping(out, value, key + "[", "]")
    elif isinstance(value, (list, tuple)):
        _pairs_sequence(out, value, key)


def encode_params(params: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Flatten ``params`` into ``(key, value)`` pairs with bracketed keys.

    The pairs are not percent-encoded; see :func:`urlencode_params` for the
    wire form.
    """
    out: list[tuple[str, str]] = []
    _pairs_mapping(out, params, "", "")
    return out


# --- percent-encoded body ---------------------------------------------------


def _wire_mapping(out: list[str], mapping: Mapping[Any, Any], open_: str, close: str) -> None:
    """Append ``key=value`` strings of ``mapping`` (keys already encoded)."""
    for key, value in mapping.items():
        if value is None:
            continue
        full = open_ + _quote_segment(key) + close
        kind = type(value)
        if kind is str:
            out.append(full + "=" + _quote(value))
        elif kind is dict:
            _wire_mapping(out, value, full + "%5B", "%5D")
        elif kind is bool:
            out.append(full + ("=true" if value else "=false"))
        elif kind is int:
            out.append(f"{full}={value}")
        elif kind is list or kind is tuple:
            _wire_sequence(out, value, full)
        else:
            _wire_other(out, full, value)


def _wire_sequence(out: list[str], items: Sequence[Any], key: str) -> None:
    """Append ``key%5B0%5D=value`` strings of ``items``."""
    for index, value in enumerate(items):
        if value is None:
            continue
        full = key + (_QUOTED_INDEX[index] if index < 64 else f"%5B{index}%5D")
        kind = type(value)
        if kind is str:
            out.append(full + "=" + _quote(value))
        elif kind is dict:
            _wire_mapping(out, value, full + "%5B", "%5D")
        else:
            _wire_other(out, full, value)


def _wire_other(out: list[str], key: str, value: Any) -> None:
    """Append the strings of a value that is not a plain str or dict."""
    text = _scalar(value)
    if text is not None:
        out.append(key + "=" + _quote(text))
    elif isinstance(value, Mapping):
        _wire_mapping(out, value, key + "%5B", "%5D")
    elif isinstance(value, (list, tuple)):
        _wire_sequence(out, value, key)


def urlencode_params(params: Mapping[str, Any], repeated: Collection[str] = ()) -> str:
    """Encode ``params`` as an ``application/x-www-form-urlencoded`` string.

    Usable both as a POST body and as a query string (without the ``?``). A list under a
    key of ``repeated`` is sent as that key once per item (``tags=a&tags=b``: OpenAPI's
    ``style: form`` with ``explode``), not with indexes (``tags[0]=a``: ``deepObject``).
    """
    out: list[str] = []
    if not repeated:
        _wire_mapping(out, params, "", "")
        return "&".join(out)
    for key, value in params.items():
        if key in repeated and isinstance(value, list | tuple):
            name = _quote_segment(key)
            out.extend(f"{name}={_quote(text)}" for item in value if (text := _scalar(item)) is not None)
        else:
            _wire_mapping(out, {key: value}, "", "")
    return "&".join(out)


def json_body(params: Mapping[str, Any] | None, *, whole: bool = True) -> bytes:
    """A JSON request body (``application/json``), UTF-8, compact.

    ``whole``: the params are the body's object; else the ``body`` param alone is the body
    (an array, a string, a number... that the spec's request body is). ``None`` is omitted
    from mappings at any depth, as in the form encoding (a ``body`` of ``None`` is ``null``);
    ``Decimal`` becomes a JSON number written as is, ``datetime``/``date`` ISO 8601 strings,
    ``enum.Enum`` members their ``.value``, response models their ``id``.
    """
    value: Any = dict(params or {}) if whole else (params or {}).get("body")
    tag = secrets.token_hex(8)  # a Decimal travels as a string tagged with it, then unwrapped
    text = json.dumps(_jsonable(value, tag), ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    if tag in text:
        text = re.sub(f'"{tag}([-+0-9.eE]+)"', lambda match: match.group(1), text)
    return text.encode("utf-8")


def _jsonable(value: Any, tag: str) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, enum.Enum):
        return _jsonable(value.value, tag)
    if isinstance(value, Decimal):
        return tag + format(value, "f")
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(key): _jsonable(item, tag) for key, item in value.items() if item is not None}
    if isinstance(value, (list, tuple)):
        return [_jsonable(item, tag) for item in value]
    identifier = getattr(value, "id", None)
    if isinstance(identifier, str):
        return identifier
    raise TypeError(f"cannot send a {type(value).__name__} as JSON")


# -- multipart/form-data ------------------------------------------------------

#: A file's content: its bytes, or a binary file object.
FileContent: TypeAlias = bytes | bytearray | memoryview | IO[bytes]
#: A file to upload: its content, a path, or ``(filename, content)`` /
#: ``(filename, content, content_type)``.
FileInput: TypeAlias = (
    FileContent | os.PathLike[str] | tuple[str | None, FileContent] | tuple[str | None, FileContent, str]
)
_FILE_TYPES = (bytes, bytearray, memoryview, os.PathLike)


def is_file(value: Any) -> bool:
    """Is `value` a file to upload (see `multipart_body`)?"""
    if isinstance(value, _FILE_TYPES) or callable(getattr(value, "read", None)):
        return True
    return isinstance(value, tuple) and len(value) in (2, 3) and isinstance(value[0], str | None) and is_file(value[1])


def multipart_body(params: Mapping[str, Any] | None, boundary: str | None = None) -> tuple[bytes, str]:
    """A ``multipart/form-data`` body and its Content-Type.

    Files (see `is_file`) at the top level become file parts, with a file name (the path's or
    the file object's name, else the param's) and a content type (given, else guessed from the
    file name, else ``application/octet-stream``); every other param becomes form fields named
    as the form encoding names them (``file_link_data[create]``), with the same value rules.
    """
    boundary = boundary or secrets.token_hex(16)
    fields: dict[str, Any] = {}
    files: list[tuple[str, Any]] = []
    for key, value in (params or {}).items():
        if is_file(value):
            files.append((str(key), value))
        elif isinstance(value, list | tuple) and value and all(is_file(item) for item in value):
            files.extend((str(key), item) for item in value)
        else:
            fields[key] = value
    out = bytearray()
    for name, text in encode_params(fields):
        out += _part_head(boundary, name, None, None)
        out += text.encode("utf-8") + b"\r\n"
    for name, value in files:
        filename, content, content_type = _file_of(name, value)
        out += _part_head(boundary, name, filename, content_type)
        out += content + b"\r\n"
    out += f"--{boundary}--\r\n".encode("ascii")
    return bytes(out), f"multipart/form-data; boundary={boundary}"


def _file_of(name: str, value: Any) -> tuple[str, bytes, str]:
    filename: str | None = None
    content_type: str | None = None
    if isinstance(value, tuple):
        filename, content_type = value[0], value[2] if len(value) == 3 else None
        value = value[1]
    if isinstance(value, os.PathLike):
        path = os.fspath(value)
        filename = filename or os.path.basename(str(path))
        with open(path, "rb") as handle:
            content = handle.read()
    elif isinstance(value, bytes | bytearray | memoryview):
        content = bytes(value)
    else:
        data = value.read()
        content = data.encode("utf-8") if isinstance(data, str) else bytes(data)
        own = getattr(value, "name", None)
        if not filename and isinstance(own, str) and own and not own.startswith("<"):
            filename = os.path.basename(own)
    filename = filename or name
    guessed = mimetypes.guess_type(filename)[0]
    return filename, content, content_type or guessed or "application/octet-stream"


def _part_head(boundary: str, name: str, filename: str | None, content_type: str | None) -> bytes:
    head = f'--{boundary}\r\nContent-Disposition: form-data; name="{_quote_header(name)}"'
    if filename is not None:
        head += f'; filename="{_quote_header(filename)}"\r\nContent-Type: {content_type}'
    return (head + "\r\n\r\n").encode("utf-8")


def _quote_header(text: str) -> str:
    """A name or file name inside a quoted header parameter (as browsers and httpx write it)."""
    return text.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")
