"""Code layout the way black writes it, for the shapes our templates produce.

Black is the reference for every generated file, but running it over a big
package costs far more than rendering it (45 s for Stripe's spec). So the
Python target lays out its bracketed constructs itself: on one line when it
fits in `WIDTH`, otherwise one item per line with a trailing comma (which black
keeps as a "magic trailing comma"). Files that still have a line over the
width go through black (see `formatting.py`); tests check that black leaves
the whole output unchanged.
"""

from __future__ import annotations

import ast
from collections.abc import Sequence

from .formatting import LINE_LENGTH as WIDTH
from .formatting import width

INDENT = "    "


def fits(line: str, indent: int) -> bool:
    """Whether `line`, at `indent` levels, stays within the width."""
    return len(INDENT * indent) + width(line) <= WIDTH


def explode(head: str, items: Sequence[str], tail: str) -> str:
    """`head` + one item per line with a trailing comma + `tail`.

    Continuation lines are indented relative to the statement; the caller
    indents the statement as a whole.
    """
    body = "".join(f"\n{INDENT}{item.replace(chr(10), chr(10) + INDENT)}," for item in items)
    return f"{head}{body}\n{tail}"


def bracket(head: str, items: Sequence[str], tail: str, indent: int) -> str:
    """`head` + items + `tail` on one line if it fits at `indent` levels, else exploded.

    `head` ends with the opening bracket and `tail` starts with the closing one.
    """
    one_line = f"{head}{', '.join(items)}{tail}"
    if fits(one_line, indent) or not items:
        return one_line
    if len(items) == 1 and head.endswith("["):
        return one_line  # `X[a,]` would mean a tuple: a lone subscript is left to black
    return explode(head, items, tail)


def import_from(module: str, names: Sequence[str], indent: int = 0) -> str:
    """`from module import a, b`, or parenthesised with one name per line when too long."""
    line = f"from {module} import {', '.join(names)}"
    return line if fits(line, indent) else explode(f"from {module} import (", names, ")")


def tuple_display(items: Sequence[str], head: str, indent: int) -> str:
    """`head(a, b)`: a tuple display, `(a,)` for one item, exploded when too long."""
    if len(items) == 1 and fits(f"{head}{items[0]},)", indent):
        return f"{head}{items[0]},)"
    return bracket(head, items, ")", indent)


def annotated(prefix: str, annotation: str, indent: int) -> str:
    """`prefix` + `annotation` (e.g. `code: Literal[...] | str`), split as black splits it.

    Unions too long for one line go in parentheses with one operand per line;
    a subscript too long for one line puts its arguments on their own line, or
    one per line with a trailing comma when they do not fit together.
    """
    line = prefix + annotation
    if fits(line, indent):
        return line
    tree = ast.parse(annotation, mode="eval").body
    if _is_union(tree):
        whole = _source(tree)
        inner = [whole] if fits(whole, indent + 1) else _union_lines(tree, indent + 1)
        return prefix + "(\n" + "\n".join(INDENT + x for x in inner) + "\n)"
    if isinstance(tree, ast.Subscript):
        return "\n".join(_node_lines(tree, indent, prefix))
    if fits(annotation, indent + 1):  # a long bare name: black puts it in parentheses
        return f"{prefix}(\n{INDENT}{annotation}\n)"
    return line  # longer than a whole line: black leaves it


def signature(head: str, params: Sequence[str], annotation: str, indent: int) -> str:
    """`def f(params) -> annotation:`, split as black splits it when too long.

    Black puts the parameters one per line; the return annotation stays on the
    closing line when it fits there, else goes in parentheses, on one line when it
    fits, else (a union) one operand per line.
    """
    line = f"{head}({', '.join(params)}) -> {annotation}:"
    if fits(line, indent):
        return line
    params_part = explode(f"{head}(", params, ")")
    if fits(f") -> {annotation}:", indent):
        return f"{params_part} -> {annotation}:"
    if fits(annotation, indent + 1):
        return f"{params_part} -> (\n{INDENT}{annotation}\n):"
    tree = ast.parse(annotation, mode="eval").body
    if not _is_union(tree):
        return line  # for black
    union = _union_lines(tree, indent + 1)
    return f"{params_part} -> (\n" + "\n".join(INDENT + x for x in union) + "\n):"


def wrapped_call(statement: str, indent: int) -> str | None:
    """`target = callee(argument)` too long even split at its call: black's form, or None.

    Black wraps the right-hand side in parentheses when the line that opens the
    call would still be too long.
    """
    target, sep, call = statement.partition(" = ")
    if not sep or not call.endswith(")") or call.count("(") != 1:
        return None
    head, _, rest = call.partition("(")
    if not fits(f"{head}(", indent + 1) or not fits(f"{rest[:-1]},", indent + 2):
        return None
    return f"{target} = (\n{INDENT}{head}(\n{INDENT * 2}{rest[:-1]},\n{INDENT})\n)"


def split_brackets(statement: str, indent: int) -> str | None:
    """`target = [item for item in items]` too long: the list on its own line, as black does."""
    target, sep, value = statement.partition(" = ")
    if not sep or not (value.startswith("[") and value.endswith("]")):
        return None
    inner = value[1:-1]
    if fits(inner, indent + 1):
        return f"{target} = [\n{INDENT}{inner}\n]"
    element, for_, loop = inner.rpartition(" for ")
    if not for_ or element.count("(") != element.count(")") or not fits(f"for {loop}", indent + 1):
        return None
    if not fits(element, indent + 1):  # black splits the element's call too: `f(\n    x\n)`
        call, paren, argument = element.partition("(")
        if not paren or not argument.endswith(")") or "(" in argument or "," in argument:
            return None
        element = f"{call}(\n{INDENT * 2}{argument[:-1]}\n{INDENT})"
    return f"{target} = [\n{INDENT}{element}\n{INDENT}for {loop}\n]"  # black splits at the `for`


def _is_union(node: ast.expr) -> bool:
    return isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr)


def _operands(node: ast.expr) -> list[ast.expr]:
    if _is_union(node):
        assert isinstance(node, ast.BinOp)
        return [*_operands(node.left), node.right]
    return [node]


def _union_lines(node: ast.expr, indent: int, suffix: str = "") -> list[str]:
    """One operand per line, `| ` before all but the first (inside brackets or parens)."""
    operands = _operands(node)
    lines: list[str] = []
    for number, operand in enumerate(operands):
        prefix = "" if number == 0 else "| "
        end = suffix if number == len(operands) - 1 else ""
        lines.extend(_node_lines(operand, indent, prefix, end))
    return lines


def _node_lines(node: ast.expr, indent: int, prefix: str = "", suffix: str = "") -> list[str]:
    """Lines (relative to `indent`) of `prefix` + `node` + `suffix`, split only where too long."""
    text = prefix + _source(node) + suffix
    if fits(text, indent):
        return [text]
    if _is_union(node) and not prefix:
        return _union_lines(node, indent, suffix)
    if not isinstance(node, ast.Subscript):
        return [text]
    head = prefix + _source(node.value) + "["
    items = list(node.slice.elts) if isinstance(node.slice, ast.Tuple) else [node.slice]
    joined = ", ".join(_source(item) for item in items)
    if fits(joined, indent + 1):
        body = [INDENT + joined]
    elif len(items) > 1:
        body = []
        for item in items:
            body.extend(INDENT + x for x in _node_lines(item, indent + 1, "", ","))
    elif _is_union(items[0]):
        body = [INDENT + x for x in _union_lines(items[0], indent + 1)]
    else:
        body = [INDENT + x for x in _node_lines(items[0], indent + 1)]
    return [head, *body, "]" + suffix]


def _source(node: ast.expr) -> str:
    """Annotation source as our templates write it (black's double quotes)."""
    from .words import py_str

    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_source(node.value)}.{node.attr}"
    if isinstance(node, ast.Constant):
        return py_str(node.value) if isinstance(node.value, str) else repr(node.value)
    if isinstance(node, ast.Subscript):
        inner = node.slice
        args = ", ".join(_source(e) for e in inner.elts) if isinstance(inner, ast.Tuple) else _source(inner)
        return f"{_source(node.value)}[{args}]"
    if _is_union(node):
        return " | ".join(_source(operand) for operand in _operands(node))
    return ast.unparse(node)
