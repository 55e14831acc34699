"""Our layout of generated code is black's: proven on random inputs and on Stripe's package.

The Python target skips black for files whose lines all fit the width (see
`generator/targets/python/formatting.py`), so these tests are what makes that safe.
"""

from __future__ import annotations

import keyword
import random
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.config import Config
from generator.ir.model import Api
from generator.load.loader import LoadedSpec
from generator.pipeline import Loaded, render
from generator.targets.python.formatting import format_long_statements, format_python, needs_black, width
from generator.targets.python.layout import annotated, bracket, import_from, signature
from generator.targets.python.views import _fit_call
from generator.targets.python.words import docstring, py_str

NAMES = st.from_regex(r"[A-Z][A-Za-z0-9]{0,70}", fullmatch=True)
WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)


def _annotation(depth: int = 0) -> st.SearchStrategy[str]:
    literal = st.lists(WORDS, min_size=1, max_size=12).map(lambda xs: f"Literal[{', '.join(map(py_str, xs))}]")
    leaves = st.one_of(NAMES, literal, st.sampled_from(["str", "int", "bool", "None", "Any", "dict[str, Any]"]))
    if depth >= 2:
        return leaves
    inner = _annotation(depth + 1)
    return st.one_of(
        leaves,
        inner.map(lambda x: f"list[{x}]"),
        inner.map(lambda x: f"NotRequired[{x}]"),
        st.tuples(NAMES, inner).map(lambda pair: f"dict[{pair[0]}, {pair[1]}]"),
        st.lists(st.one_of(leaves, inner.map(lambda x: f"list[{x}]")), min_size=2, max_size=4).map(" | ".join),
    )


def _black_is_noop(statement: str, indent: int) -> tuple[bool, str]:
    body = "\n".join(("    " * indent + line) if line else line for line in statement.split("\n"))
    source = "".join(f"{'    ' * level}class C{level}:\n" for level in range(indent)) + body + "\n"
    formatted = format_python(source)
    return formatted == source, formatted


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    annotation=_annotation(),
    name=st.from_regex(r"[a-z][a-z_]{0,40}", fullmatch=True).filter(lambda n: not keyword.iskeyword(n)),
    indent=st.integers(1, 4),
)
def test_annotations_are_laid_out_like_black(annotation: str, name: str, indent: int) -> None:
    statement = annotated(f"{name}: ", annotation, indent)
    same, formatted = _black_is_noop(statement, indent)
    assert same, formatted


@settings(max_examples=200, deadline=None)
@given(items=st.lists(WORDS.map(py_str), max_size=30), indent=st.integers(0, 3))
def test_brackets_and_imports_like_black(items: list[str], indent: int) -> None:
    statement = bracket("value = call(", items, ")", indent)
    assert _black_is_noop(statement, indent)[0]
    names = [f"Name{i}{'x' * (i * 7 % 40)}" for i in range(len(items))] or ["A"]
    assert _black_is_noop(import_from(".module", names, indent), indent)[0]


@settings(max_examples=200, deadline=None)
@given(names=st.lists(NAMES, min_size=1, max_size=12), helper=st.from_regex(r"_parse_union_[0-9]{1,3}", fullmatch=True))
def test_parse_helper_signatures_like_black(names: list[str], helper: str) -> None:
    source = signature(f"def {helper}", ["value: Any"], " | ".join([*names, "Any"]), 0) + "\n    return value"
    assert not needs_black(source)
    assert _black_is_noop(source, 0)[0], source


@settings(max_examples=200, deadline=None)
@given(
    target=st.from_regex(r"(self\.)?[a-z][a-z_]{0,50}", fullmatch=True).filter(
        lambda n: not keyword.iskeyword(n.removeprefix("self."))  # `self.if` is no Python either
    ),
    callee=NAMES,
    method=st.sampled_from(["from_dict", "parse"]),
    argument=st.sampled_from(["value", 'data["key"]', "i0"]),
    indent=st.integers(1, 4),
)
def test_long_calls_and_comprehensions_like_black(
    target: str, callee: str, method: str, argument: str, indent: int
) -> None:
    for statement in (
        f"{target} = _models.{callee}.{method}({argument})",
        f"{target} = [_models.{callee}.{method}(i0) for i0 in value]",
    ):
        laid_out = _fit_call(statement, indent)
        if not needs_black(laid_out):
            assert _black_is_noop(laid_out, indent)[0], laid_out


#: Strings made of what the quoting decides on: both quotes, backslashes, escapes.
QUOTES = st.text(alphabet=st.sampled_from(["'", '"', "\\", "a", " ", "\n", "\u00e9", "\x00"]), max_size=12)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(WORDS, QUOTES))
def test_string_literals_are_quoted_like_black(text: str) -> None:
    literal = py_str(text)
    assert eval(literal) == text
    assert _black_is_noop(f"x = {literal}", 0)[0]


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=600), indent=st.sampled_from([4, 8]))
def test_docstrings_hold_any_text_and_are_black_stable(text: str, indent: int) -> None:
    literal = docstring(text, indent)
    source = f"def f():\n{' ' * indent}{literal}\n{' ' * indent}return 1\n" if indent == 4 else None
    compiled = compile(f"x = {literal}", "<doc>", "exec")
    namespace: dict[str, object] = {}
    exec(compiled, namespace)
    assert isinstance(namespace["x"], str)
    if source is not None:
        assert format_python(source) == source


def test_stripe_package_sample_is_black_stable(
    stripe_spec: Path, stripe_loaded_spec: LoadedSpec, stripe_api: Api
) -> None:
    """Files we do not send through black must be exactly what black would write."""
    config = Config(
        spec=stripe_spec,
        tables={"python": {"package": "stripe_api", "client_class": "StripeClient"}},
        targets=("python",),
    )
    # `load_api(stripe_spec, config, None)` of the shared load and model (tests/conftest.py)
    output = render(Loaded(stripe_loaded_spec, stripe_api, ()), config)
    python_files = sorted(p for p in output.files if p.endswith(".py") and "/_runtime/" not in p)
    trusted = [p for p in python_files if not needs_black(output.files[p].decode())]
    assert len(trusted) > 0.9 * len(python_files)
    for path in random.Random(20231009).sample(trusted, 80):
        text = output.files[path].decode()
        assert format_python(text) == text, path


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=60))
def test_width_is_blacks_width(text: str) -> None:
    """`formatting.width` reads black's table itself (importing black takes 0.1 s): same numbers."""
    from black.strings import str_width

    assert width(text) == str_width(text)


_LONG_LINES = st.sampled_from(
    [
        "value = {a}.{b}.{c}.from_dict(data[{s}], strict=strict)",
        "{n}: {a}.{b}.{c} | {a}.{b} | None = None",
        "def {n}(self, {n}_a: {a}, {n}_b: {b} | None = None, /, **params: Unpack[{c}]) -> list[{a}.{b}]:",
        "if not isinstance({n}, ({a}, {b}, {c})) or isinstance({n}, bool) or {n} != {n}_other:",
        "return self._request({s}, {s}, errors={{{s}: _models.{a}.from_dict, {s}: _models.{b}.from_dict}})",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    layout=st.lists(st.tuples(_LONG_LINES, st.integers(0, 3), st.booleans()), min_size=1, max_size=6),
    a=NAMES,
    b=NAMES,
    c=NAMES,
    n=st.from_regex(r"[a-z][a-z_]{0,30}", fullmatch=True).filter(lambda n: not keyword.iskeyword(n)),
)
def test_black_over_long_statements_alone_is_black_over_the_file(
    layout: list[tuple[str, int, bool]], a: str, b: str, c: str, n: str
) -> None:
    """`format_long_statements` gives black only the statements holding a long line: the file
    must come out exactly as black gives it whole, whatever those statements and their depth."""
    blocks = []
    for number, (template, depth, decorated) in enumerate(layout):
        line = template.format(a=a, b=b, c=c, n=n, s=py_str(f"{n}{number}"))
        heads = [("    " * level) + f"class C{number}x{level}:" for level in range(depth)]
        indent = "    " * depth
        body = [indent + line]
        if line.startswith(("def ", "if ")):
            body = ([indent + "@cached_property"] if decorated and line.startswith("def ") else []) + body
            body.append(indent + "    return 1")
        elif line.startswith("return "):
            body = [indent + "def f(self):", indent + "    " + line]
        blocks.append("\n".join(heads + body))
    source = "\n\n\n".join(blocks) + "\n"
    assert format_long_statements(source) == format_python(source)


def test_black_over_long_statements_keeps_a_compound_head_whole() -> None:
    """A long `elif` head cannot be given to black alone: the whole file goes (same result)."""
    name = "x" * 60
    source = (
        "def f(a):\n    if a:\n        return 1\n"
        f"    elif isinstance(a, (int, str)) and {name} != {name} and a:\n        return 2\n"
    )
    assert needs_black(source)
    assert format_long_statements(source) == format_python(source)
