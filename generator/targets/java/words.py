"""Java's words: reserved identifiers, casing, and literal text for Java source.

Everything that depends only on Java's rules (not on a spec) lives here, so the naming
policy (`names.py`) and the views agree on what an identifier or a literal may be.
"""

from __future__ import annotations

import functools
import re

from ...surface.naming import pascal_case, snake_case, words
from ...surface.prose import wrap

#: Java's keywords and literals: no identifier may be one.
KEYWORDS = frozenset(
    [
        "abstract",
        "assert",
        "boolean",
        "break",
        "byte",
        "case",
        "catch",
        "char",
        "class",
        "const",
        "continue",
        "default",
        "do",
        "double",
        "else",
        "enum",
        "extends",
        "final",
        "finally",
        "float",
        "for",
        "goto",
        "if",
        "implements",
        "import",
        "instanceof",
        "int",
        "interface",
        "long",
        "native",
        "new",
        "package",
        "private",
        "protected",
        "public",
        "return",
        "short",
        "static",
        "strictfp",
        "super",
        "switch",
        "synchronized",
        "this",
        "throw",
        "throws",
        "transient",
        "try",
        "void",
        "volatile",
        "while",
        "true",
        "false",
        "null",
        "var",
        "yield",
        "record",
        "sealed",
        "permits",
        "_",
    ]
)
#: java.lang's types (implicitly imported): a generated class taking one would shadow it.
JAVA_LANG = frozenset(
    [
        "Appendable",
        "AutoCloseable",
        "Boolean",
        "Byte",
        "Character",
        "CharSequence",
        "Class",
        "ClassLoader",
        "Cloneable",
        "Comparable",
        "Deprecated",
        "Double",
        "Enum",
        "Error",
        "Exception",
        "Float",
        "FunctionalInterface",
        "Integer",
        "Iterable",
        "Long",
        "Math",
        "Module",
        "Number",
        "Object",
        "Override",
        "Package",
        "Process",
        "Record",
        "Runnable",
        "Runtime",
        "RuntimeException",
        "SafeVarargs",
        "Short",
        "StackWalker",
        "StrictMath",
        "String",
        "StringBuffer",
        "StringBuilder",
        "SuppressWarnings",
        "System",
        "Thread",
        "ThreadLocal",
        "Throwable",
        "Void",
    ]
)
#: Methods every object has (or the runtime's models and builders define): no getter or setter takes one.
OBJECT_METHODS = frozenset(
    {"getClass", "hashCode", "equals", "toString", "clone", "finalize", "notify", "notifyAll", "wait"}
    | {"getRawJsonObject", "setRawJsonObject", "toJson", "toMap", "get", "self", "build", "values"}
    | {"putExtraParam", "putAllExtraParam", "set", "add", "addAll", "put", "putAll", "requestor"}
)


def camel(name: str) -> str:
    """`payment_method_types` -> `paymentMethodTypes` (not yet keyword-safe)."""
    pascal = pascal_case(name)
    return pascal[:1].lower() + pascal[1:]


def identifier(name: str, reserved: frozenset[str] | set[str] = frozenset()) -> str:
    """A camelCase identifier that is no keyword and not in `reserved` (`default` -> `defaultValue`)."""
    result = camel(name)
    while result in KEYWORDS or result in reserved:
        result += "Value"
    return result


def constant(value: object) -> str:
    """An enum constant for a wire value: `off_session` -> `OFF_SESSION`, `""` -> `EMPTY`."""
    text = str(value).lower() if isinstance(value, bool) else str(value)
    if text == "":
        return "EMPTY"
    parts = words(text)
    if not parts:
        return snake_case(text).upper()
    result = "_".join(parts).upper()
    return f"N{result}" if result[0].isdigit() else result


def java_str(text: str) -> str:
    """A Java string literal (UTF-8 source: only quotes, backslashes and controls are escaped)."""
    return '"' + _JAVA_ESCAPES.sub(_java_escape, text) + '"'


#: What a Java literal cannot hold as it is: quotes, backslashes, controls, line separators, surrogates.
_JAVA_ESCAPES = re.compile('["\\\\\x00-\x1f\u2028\u2029\ud800-\udfff]')
_JAVA_NAMED = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _java_escape(match: re.Match[str]) -> str:
    char = match.group(0)
    return _JAVA_NAMED.get(char) or f"\\u{ord(char):04x}"


_TAGS = re.compile(r"<[^>]*>")
_CODE = re.compile(r"`([^`{}]+)`")
_WIDTH = 96
#: A Markdown link, once escaped: `[text](https://...)` (its URL without a space nor a quote).
_LINK = re.compile(r"\[([^\[\]]+)\]\(((?:https?://|/)[^\s()\"]*)\)")
#: Markdown emphasis (ir/markup.py writes `<b>` as `**x**`, `<i>` as `*x*`), as Javadoc's HTML.
_STRONG = re.compile(r"\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*")
_EMPHASIS = re.compile(r"(?<![*\w])\*(?=[^\s*])([^*\n]+?)(?<=\S)\*(?![*\w])")
_ITEM = re.compile(r"^ *(?:[-*+]|\d{1,9}[.)]) +")
#: Text between code spans (group 1) or a code span (group 2): emphasis is never read inside code.
_BACKTICKED = re.compile(r"([^`]+)|(`[^`]*`|`+)")


def escape(text: str) -> str:
    """Spec text made safe for a Javadoc comment: no `*/`, no backslash (javac reads `\\u` even
    in comments), no tag (`@`), no HTML of the spec's own; `code` becomes {@code code}."""
    cleaned = _TAGS.sub("", text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    cleaned = cleaned.replace("\\", "&#92;").replace("*/", "*&#47;").replace("@", "&#64;")
    cleaned = _LINK.sub(_link, cleaned)
    cleaned = _BACKTICKED.sub(_emphasis_outside_code, cleaned)
    return _CODE.sub(lambda m: "{@code " + m.group(1) + "}", cleaned)


def _emphasis_outside_code(match: re.Match[str]) -> str:
    """`**x**` and `*x*` as `<b>`/`<i>` in a run of text; a code span (group 2) stays as it is."""
    if match.group(2):
        return match.group(2)
    return _EMPHASIS.sub(r"<i>\1</i>", _STRONG.sub(r"<b>\1</b>", match.group(1)))


def _link(match: re.Match[str]) -> str:
    """A Markdown link as HTML; a relative one (`/docs/...`) keeps its text alone."""
    text, url = match.group(1), match.group(2)
    if url.startswith("/"):
        return text
    return f'<a href="{url}">{text}</a>'


def doc_lines(text: str, *, escaped: bool = False) -> list[str]:
    """Javadoc lines for spec text: escaped, paragraphs split by `<p>`, wrapped at 96 columns."""
    return list(_doc_lines(text, escaped))


@functools.lru_cache(maxsize=8192)
def _doc_lines(text: str, escaped: bool) -> tuple[str, ...]:
    """`doc_lines`, remembered: a description repeats across the params, models and methods sharing it."""
    cleaned = text if escaped else escape(text)
    result: list[str] = []
    for paragraph in re.split(r"\n\s*\n", cleaned.strip()):
        flat = " ".join(paragraph.split())
        if not flat:
            continue
        if _ITEM.match(paragraph):
            result += _list_lines(paragraph)
            continue
        if result:
            result.append("<p>")
        result += wrap(flat, _WIDTH)
    return tuple(result)


def _list_lines(paragraph: str) -> list[str]:
    """A Markdown list (`- a` / `1. a` lines) as `<ul>`/`<ol>` of `<li>`s; nested items flattened."""
    tag = "ul" if paragraph.lstrip()[0] in "-*+" else "ol"
    items: list[str] = []
    for line in paragraph.split("\n"):
        if _ITEM.match(line) or not items:
            items.append(_ITEM.sub("", line, count=1))
        else:
            items[-1] += " " + line
    lines = [f"<{tag}>"]
    for item in items:
        lines += wrap("<li>" + " ".join(item.split()), _WIDTH)
    return [*lines, f"</{tag}>"]
