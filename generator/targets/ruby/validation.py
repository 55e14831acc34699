"""Request validators of the Ruby gem: each operation's params compiled to straight-line Ruby.

`render_validators(api, module)` writes the body of `lib/<gem>/validators.rb`: a module
`Validators` (extending the runtime's `Validation` helpers) with one `def self.<op>(params)`
per operation, answering the list of `Validation::Issue`s found, and one `check_<schema>`
per object schema the params reach, plus `any_of_...` functions for unions. The verdicts
are the Python client's (request mode): nil is an absent key, enums are closed, a value
matching two branches of a `oneOf` is refused. Keys are looked up as Symbols, then Strings.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ...surface import Api, Discriminator, Field, Operation, Schema, TypeKind, TypeRef
from ...surface.bodies import body_schema
from ...surface.naming import snake_case
from .names import response_validator_names, validator_names
from .types import ruby_str

_INTEGER_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_SHAPES = {
    TypeKind.STRING: "(V.is_a?(::String) || V.is_a?(::Symbol))",
    TypeKind.INTEGER: "V.is_a?(::Integer)",
    TypeKind.NUMBER: "number?(V)",
    TypeKind.BOOLEAN: "(V == true || V == false)",
    TypeKind.OBJECT: "V.is_a?(::Hash)",
    TypeKind.MAP: "V.is_a?(::Hash)",
    TypeKind.ARRAY: "V.is_a?(::Array)",
}
_DESCRIPTIONS = {
    TypeKind.STRING: "a string",
    TypeKind.INTEGER: "an integer",
    TypeKind.NUMBER: "a number",
    TypeKind.BOOLEAN: "a boolean",
    TypeKind.OBJECT: "an object",
    TypeKind.MAP: "an object",
    TypeKind.ARRAY: "an array",
    TypeKind.ANY: "any value",
    TypeKind.EXPANDABLE: "an id or an object",
}
MAX_NAME = 80


def _short(name: str) -> str:
    if len(name) <= MAX_NAME:
        return name
    return f"{name[: MAX_NAME - 9].rstrip('_')}_{hashlib.sha256(name.encode()).hexdigest()[:8]}"


class _Names:
    def __init__(self) -> None:
        self._taken: set[str] = set()

    def take(self, wanted: str) -> str:
        wanted = _short(wanted)
        candidate, counter = wanted, 2
        while candidate in self._taken:
            candidate = f"{wanted}_{counter}"
            counter += 1
        self._taken.add(candidate)
        return candidate


@dataclass(frozen=True, slots=True)
class Chain:
    """`if`/`elsif` links tried in order and a tail (the `else`, or plain statements)."""

    links: tuple[tuple[str, tuple[str, ...]], ...] = ()
    tail: tuple[str, ...] = ()

    @staticmethod
    def of(*links: tuple[str, Sequence[str]], tail: Sequence[str] = ()) -> Chain:
        return Chain(tuple((c, tuple(b)) for c, b in links), tuple(tail))

    def then(self, condition: str, body: Sequence[str]) -> Chain:
        return Chain(((condition, tuple(body)), *self.links), self.tail)

    def only_if(self, proceed: str) -> Chain:
        if not self.links and not self.tail:
            return self
        if not self.links:
            return Chain.of((proceed, self.tail))
        if len(self.links) == 1 and not self.tail:
            condition, body = self.links[0]
            return Chain.of((f"{proceed} && ({condition})", body))
        return Chain.of((proceed, self.lines()))

    def lines(self) -> list[str]:
        if not self.links:
            return list(self.tail)
        out: list[str] = []
        for index, (condition, body) in enumerate(self.links):
            out.append(f"{'if' if index == 0 else 'elsif'} {condition}")
            out.extend(_indent(body))
        if self.tail:
            out.append("else")
            out.extend(_indent(self.tail))
        out.append("end")
        return out


def _indent(lines: Iterable[str]) -> list[str]:
    return ["  " + line if line else line for line in lines]


def _path(parts: tuple[str, ...]) -> str:
    if parts == ("*path",):
        return "path"
    return "[" + ", ".join(parts) + "]"


@dataclass(frozen=True, slots=True)
class Target:
    value: str
    path: tuple[str, ...]
    stem: str

    def report(self, call: str) -> tuple[str]:
        return (f"issues << {call}",)

    def at(self, value: str, part: str, stem: str) -> Target:
        return Target(value, (*self.path, part), stem)

    @property
    def where(self) -> str:
        return _path(self.path)


def ruby_pattern(pattern: str) -> str:
    """An ECMA-262/Python pattern as Ruby source: `^` and `$` anchor the string (not a line)."""
    out, in_class, index = [], False, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            pair = pattern[index : index + 2]
            out.append("\\z" if pair == "\\Z" and not in_class else pair)
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[index + 1 : index + 2] == "]":  # a `]` first in a class is a literal
                out.append("[\\]")
                index += 2
                continue
        elif char == "^":
            char = "\\A"
        elif char == "$":
            char = "(?=\\n?\\z)"
        elif pattern.startswith("(?P<", index):
            char, index = "(?<", index + 3
        out.append(char)
        index += 1
    return "".join(out)


class Module:
    """Constants, check functions and union functions of the generated `Validators`."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.names = _Names()
        self.constants: dict[str, str] = {}
        self._constant_names: dict[str, str] = {}
        self.functions: list[list[str]] = []
        self.object_checks: dict[tuple[str, bool], str] = {}  # (schema id, response mode) -> check
        self.unions: dict[object, str] = {}
        self._constant_taken = _Names()

    def constant(self, stem: str, source: str) -> str:
        if source not in self._constant_names:
            name = self._constant_taken.take((snake_case(stem) or "values").upper())
            self._constant_names[source] = name
            self.constants[name] = source
        return self._constant_names[source]

    def strings(self, stem: str, values: Iterable[str]) -> str:
        """A frozen Hash holding each value as a String and a Symbol (`KEYS.key?(key)`)."""
        items = ", ".join(ruby_str(v) for v in sorted(set(values)))
        return self.constant(stem, f"keys({items})")

    def object_check(self, schema_id: str, response: bool = False) -> str:
        """The check of an object of `schema_id` in request params (or, `response`, in a response)."""
        name = self.object_checks.get((schema_id, response))
        if name is None:
            name = self.names.take(f"check_{snake_case(schema_id)}{'_response' if response else ''}")
            self.object_checks[(schema_id, response)] = name
            schema = self.api.schema(schema_id)
            self.functions.append(Checks(self, response).object_function(name, schema))
        return name

    def union_check(self, type_ref: TypeRef, stem: str, response: bool = False) -> str:
        key = (_hashable(type_ref), response)
        name = self.unions.get(key)
        if name is None:
            name = self.names.take(f"any_of_{snake_case(stem) or 'value'}{'_response' if response else ''}")
            self.unions[key] = name
            self.functions.append(union_function(self, name, type_ref, stem, response))
        return name


def _hashable(type_ref: TypeRef) -> object:
    plain = dataclasses.replace(type_ref, default=None, has_default=False)
    try:
        hash(plain)
    except TypeError:
        return id(type_ref)
    return plain


def accepts_null(type_ref: TypeRef) -> bool:
    if type_ref.nullable or type_ref.kind is TypeKind.ANY:
        return True
    if type_ref.kind in (TypeKind.UNION, TypeKind.EXPANDABLE):
        return any(accepts_null(v) for v in type_ref.variants)
    return False


Groups = list[list[tuple[str, tuple[str]]]]


class Checks:
    """Ruby checks of one value of each kind of type, in request params or (`response`) in a
    response, as the Python client's two modes: a response's nil is a value (absent is
    `MISSING`), its enums are open, its `oneOf`s may match more than one branch, and what the
    encoder accepts besides JSON (times, decimals, files) is no longer accepted."""

    def __init__(self, module: Module, response: bool = False) -> None:
        self.module = module
        self.response = response
        self._counter = 0

    def fresh(self, stem: str) -> str:
        self._counter += 1
        return f"{stem}{self._counter}"

    def value(self, type_ref: TypeRef, target: Target) -> Chain:
        chain = self.kind(type_ref, target)
        return chain.only_if(f"!{target.value}.nil?") if accepts_null(type_ref) else chain

    def kind(self, type_ref: TypeRef, target: Target) -> Chain:
        kind = type_ref.kind
        if kind is TypeKind.ANY:
            return Chain()
        if kind in (TypeKind.UNION, TypeKind.EXPANDABLE):
            check = self.module.union_check(type_ref, target.stem, self.response)
            return Chain.of(tail=[f"{check}({target.value}, {target.where}, issues)"])
        if kind is TypeKind.OBJECT:
            check = self.module.object_check(str(type_ref.ref), self.response)
            return Chain.of(tail=[f"{check}({target.value}, {target.where}, issues)"])
        method = {
            TypeKind.STRING: self._string,
            TypeKind.INTEGER: self._integer,
            TypeKind.NUMBER: self._number,
            TypeKind.BOOLEAN: self._boolean,
            TypeKind.ENUM: self._enum,
            TypeKind.ARRAY: self._array,
            TypeKind.MAP: self._map,
        }[kind]
        return method(type_ref, target)

    def _type(self, target: Target, json_type: str) -> tuple[str]:
        return target.report(f'type_issue({target.where}, "{json_type}", {target.value})')

    def _bound(self, target: Target, rule: str, limit: float, exclusive: bool = False) -> tuple[str]:
        flag = ", true" if exclusive else ""
        return target.report(f'bound_issue({target.where}, "{rule}", {limit!r}, {target.value}{flag})')

    @staticmethod
    def _typed(test: tuple[str, tuple[str]], groups: Groups) -> Chain:
        groups = [g for g in groups if g]
        if len(groups) <= 1:
            return Chain.of(test, *(groups[0] if groups else ()))
        return Chain.of(test, tail=[line for g in groups for line in Chain.of(*g).lines()])

    def _string(self, type_ref: TypeRef, target: Target) -> Chain:
        v = target.value
        if type_ref.format == "binary":  # a file to upload: an IO, a path, or the content
            upload = f"!{v}.is_a?(::String)" if self.response else f"!upload?({v})"
            return Chain.of((upload, self._type(target, "string")))
        if type_ref.format == "decimal" and not self.response:  # a BigDecimal is sent as written
            return Chain.of((f"!({v}.is_a?(::String) || decimal?({v}))", self._type(target, "string")))
        limits, lengths, patterns = type_ref.constraints, [], []
        if limits.min_length:
            lengths.append((f"{v}.length < {limits.min_length}", self._bound(target, "min_length", limits.min_length)))
        if limits.max_length is not None:
            lengths.append((f"{v}.length > {limits.max_length}", self._bound(target, "max_length", limits.max_length)))
        if limits.pattern is not None:
            regexp = self.module.constant("pattern", f"pattern({ruby_str(ruby_pattern(limits.pattern))})")
            report = target.report(f"pattern_issue({target.where}, {ruby_str(limits.pattern)}, {v})")
            patterns.append((f"{regexp} && !{regexp}.match?({v})", report))
        shape = f"!{v}.is_a?(::String)" if self.response else f"!({v}.is_a?(::String) || {v}.is_a?(::Symbol))"
        return self._typed((shape, self._type(target, "string")), [lengths, patterns])

    def _integer(self, type_ref: TypeRef, target: Target) -> Chain:
        v = target.value
        if type_ref.format == "unix-time" and not self.response:  # a Time (or Date) is sent as its timestamp
            return Chain.of((f"!unix_time?({v})", self._type(target, "integer")))
        test = (f"!{v}.is_a?(::Integer)", self._type(target, "integer"))
        return self._typed(test, self._numbers(type_ref, target))

    def _number(self, type_ref: TypeRef, target: Target) -> Chain:
        v = target.value
        shape = f"({v}.is_a?(::Integer) || {v}.is_a?(::Float))" if self.response else f"number?({v})"
        test = (f"!{shape}", self._type(target, "number"))
        return self._typed(test, self._numbers(type_ref, target))

    def _numbers(self, type_ref: TypeRef, target: Target) -> Groups:
        limits, v = type_ref.constraints, target.value
        width = _INTEGER_RANGES.get(type_ref.format or "") if type_ref.kind is TypeKind.INTEGER else None
        if width is not None:
            low, high = width
            minimum = low if limits.minimum is None or limits.minimum < low else limits.minimum
            maximum = high if limits.maximum is None or limits.maximum > high else limits.maximum
            limits = dataclasses.replace(limits, minimum=minimum, maximum=maximum)
        bounds = []
        for rule, value, exclusive, failing in (
            ("minimum", limits.minimum, limits.exclusive_minimum, ("<=", "<")),
            ("maximum", limits.maximum, limits.exclusive_maximum, (">=", ">")),
        ):
            if value is not None:
                operator = failing[0] if exclusive else failing[1]
                bounds.append((f"{v} {operator} {value!r}", self._bound(target, rule, value, exclusive)))
        multiples = []
        if limits.multiple_of is not None:
            test = f"!multiple?({v}, {limits.multiple_of!r})"
            multiples.append((test, self._bound(target, "multiple_of", limits.multiple_of)))
        return [bounds, multiples]

    def _boolean(self, type_ref: TypeRef, target: Target) -> Chain:
        v = target.value
        return Chain.of((f"{v} != true && {v} != false", self._type(target, "boolean")))

    def _enum(self, type_ref: TypeRef, target: Target) -> Chain:
        enum = self.module.api.enum(str(type_ref.ref))
        if self.response:  # open: any value of the base type
            return self.kind(dataclasses.replace(type_ref, kind=enum.base, ref=None), target)
        v, values = target.value, [item.value for item in enum.values]
        stem = enum.path[-1] if enum.path else enum.id
        if enum.base is TypeKind.STRING:
            allowed = self.module.strings(stem, (str(value) for value in values))
            test = f"!{allowed}.key?({v})"  # its keys are Strings and Symbols: nothing else is one
            return Chain.of((test, target.report(f"enum_issue({target.where}, {allowed}.keys, {v})")))
        base = dataclasses.replace(type_ref, kind=enum.base, ref=None)
        allowed = self.module.constant(stem, "[" + ", ".join(_literal(value) for value in values) + "].freeze")
        type_test = self.kind(base, target).links[0]
        test = f"!member?({v}, {allowed})"
        return Chain.of(type_test, (test, target.report(f"enum_issue({target.where}, {allowed}, {v})")))

    def _array(self, type_ref: TypeRef, target: Target) -> Chain:
        v, limits = target.value, type_ref.constraints
        counts, unique = [], []
        if limits.min_items:
            counts.append((f"{v}.length < {limits.min_items}", self._bound(target, "min_items", limits.min_items)))
        if limits.max_items is not None:
            counts.append((f"{v}.length > {limits.max_items}", self._bound(target, "max_items", limits.max_items)))
        if limits.unique_items:
            unique.append((f"duplicates?({v})", target.report(f"unique_issue({target.where}, {v})")))
        loop: list[str] = []
        if type_ref.items is not None:
            index, element = self.fresh("index"), self.fresh("element")
            body = self.value(type_ref.items, target.at(element, index, f"{target.stem}_item")).lines()
            if body:
                loop = [f"{v}.each_with_index do |{element}, {index}|", *_indent(body), "end"]
        test = (f"!{v}.is_a?(::Array)", self._type(target, "array"))
        if not loop:
            return self._typed(test, [counts, unique])
        tail = [line for group in (counts, unique) if group for line in Chain.of(*group).lines()]
        return Chain.of(test, tail=[*tail, *loop])

    def _map(self, type_ref: TypeRef, target: Target) -> Chain:
        v, limits = target.value, type_ref.constraints
        counts = []
        if limits.min_properties:
            report = self._bound(target, "min_properties", limits.min_properties)
            counts.append((f"{v}.length < {limits.min_properties}", report))
        if limits.max_properties is not None:
            report = self._bound(target, "max_properties", limits.max_properties)
            counts.append((f"{v}.length > {limits.max_properties}", report))
        loop: list[str] = []
        if type_ref.items is not None:
            key, entry = self.fresh("key"), self.fresh("entry")
            chain = self.value(type_ref.items, target.at(entry, f"{key}.to_s", f"{target.stem}_value"))
            body = (chain if self.response else chain.only_if(f"!{entry}.nil?")).lines()
            if body:
                loop = [f"{v}.each do |{key}, {entry}|", *_indent(body), "end"]
        test = (f"!{v}.is_a?(::Hash)", self._type(target, "object"))
        if not loop:
            return self._typed(test, [counts])
        return Chain.of(test, tail=[*Chain.of(*counts).lines(), *loop])

    def object_body(
        self, fields: Sequence[Field], closed: bool, additional: TypeRef | None, target: Target
    ) -> list[str]:
        """Checks of an object's keys (the value is known to be a Hash)."""
        lines: list[str] = []
        v = target.value
        if closed or additional is not None:
            keys = self.module.strings(f"{target.stem}_keys", (f.name for f in fields))
        if closed:
            lines += [f"unknown_keys({v}, {target.where}, {keys}, issues{', false' if self.response else ''})"]
        elif additional is not None:
            key, entry = self.fresh("key"), self.fresh("entry")
            chain = self.value(additional, target.at(entry, f"{key}.to_s", f"{target.stem}_value"))
            chain = chain if self.response else chain.only_if(f"!{entry}.nil?")
            body = chain.only_if(f"!{keys}.key?({key})").lines()
            if body:
                lines += [f"{v}.each do |{key}, {entry}|", *_indent(body), "end"]
        for field in fields:
            lines += self._field(field, target)
        return lines

    def _field(self, field: Field, parent: Target) -> list[str]:
        key = ruby_str(field.name)
        target = parent.at("item", key, f"{parent.stem}_{field.name}")
        lookup = "fetch_present" if self.response else "fetch"  # (a response's nil is a value: MISSING is absent)
        fetch = f"item = {lookup}({parent.value}, {key}, :{_symbol(field.name)})"
        absent = "item.equal?(Validation::MISSING)" if self.response else "item.nil?"
        if field.write_only if self.response else field.read_only:
            rule = "write_only" if self.response else "read_only"
            report = target.report(f'access_issue({target.where}, "{rule}", item)')
            return [fetch, *Chain.of((f"!{absent}", report)).lines()]
        chain = self.kind(field.type, target)
        if self.response and accepts_null(field.type):
            chain = chain.only_if("!item.nil?")
        if field.required:
            chain = chain.then(absent, parent.report(f"missing_issue({parent.where}, {key})"))
        else:
            chain = chain.only_if(f"!{absent}")
        body = chain.lines()
        return [fetch, *body] if body else []

    def object_function(self, name: str, schema: Schema) -> list[str]:
        target = Target("value", ("*path",), "_".join(schema.path[-2:]) if schema.path else schema.id)
        where = "a response" if self.response else "request params"
        head = [
            f"# Checks an object of schema `{_comment(schema.id)}` in {where}.",
            f"def self.{name}(value, path, issues)",
        ]
        if schema.alias is not None:
            return [*head, *_indent(self.value(schema.alias, target).lines()), "end"]
        body = [
            "unless value.is_a?(::Hash)",
            *_indent(self._type(target, "object")),
            "  return",
            "end",
            *self.object_body(schema.fields, not schema.open, schema.additional, target),
        ]
        return [*head, *_indent(body), "end"]


def _wrapped(line: str, width: int = 116) -> list[str]:
    """A constant's line, its call's arguments over several lines when it is too long."""
    if len(line) <= width or not line.endswith(")") or "(" not in line:
        return [line]
    head, _, rest = line.partition("(")
    rows: list[str] = []
    for item in _items(rest[:-1]):
        if rows and len(rows[-1]) + len(item) + 2 <= width - 2:
            rows[-1] += f" {item},"
        else:
            rows.append(f"{item},")
    return [f"{head}(", *(f"  {row}" for row in rows[:-1]), f"  {rows[-1].rstrip(',')}", ")"]


def _items(arguments: str) -> list[str]:
    """`arguments` split at the commas outside string literals."""
    items, current, quoted, escaped = [], "", False, False
    for char in arguments:
        if char == "," and not quoted:
            items.append(current.strip())
            current = ""
            continue
        current += char
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
    return [*items, current.strip()] if current.strip() else items


def _symbol(name: str) -> str:
    """`name` as the body of a Symbol literal (`:name`, or `:"a-b"`)."""
    return name if name.isidentifier() and name.isascii() and not name[0].isupper() else ruby_str(name)


def _comment(text: str) -> str:
    return "".join(c if " " <= c <= "~" else "?" for c in text)[:120]


def _literal(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "nil"
    if isinstance(value, str):
        return ruby_str(value)
    return repr(value)


def describe(api: Api, type_ref: TypeRef, response: bool = False) -> str:
    if type_ref.kind is TypeKind.ENUM:
        enum = api.enum(str(type_ref.ref))
        values = [item.value for item in enum.values]
        if values == [""]:
            return '"" (to unset)'
        if response:
            return _DESCRIPTIONS[enum.base]
        shown = ", ".join(repr(v) for v in values[:6]) + (", ..." if len(values) > 6 else "")
        return f"one of {shown}"
    if type_ref.kind is TypeKind.UNION:
        return " or ".join(dict.fromkeys(describe(api, v, response) for v in type_ref.variants))
    return _DESCRIPTIONS[type_ref.kind]


def _shape(api: Api, type_ref: TypeRef) -> str | None:
    kind = api.enum(str(type_ref.ref)).base if type_ref.kind is TypeKind.ENUM else type_ref.kind
    if kind is TypeKind.STRING and type_ref.format == "binary":
        return None
    shape = _SHAPES.get(kind)
    if shape is None:
        return None
    test = shape.replace("V", "value")
    return f"value.nil? || {test}" if type_ref.nullable else test


def _branches(type_ref: TypeRef) -> tuple[TypeRef, ...]:
    if type_ref.kind is TypeKind.EXPANDABLE:
        return (type_ref.items or TypeRef(TypeKind.STRING), *type_ref.variants)
    return type_ref.variants


def union_function(module: Module, name: str, type_ref: TypeRef, stem: str, response: bool = False) -> list[str]:
    """`any_of_x(value, path, issues)`: valid when one branch is (exactly one for a `oneOf` in
    request params; a response's may match more: a newer server's object can)."""
    found = type_ref.discriminator
    if found is not None and getattr(found, "declared", False):
        return _discriminated(module, name, found, response)
    branches = _branches(type_ref)
    expected = tuple(dict.fromkeys(describe(module.api, v, response) for v in branches))
    expected_source = module.constant(f"{stem}_expected", "[" + ", ".join(ruby_str(e) for e in expected) + "].freeze")
    exclusive = type_ref.exclusive and len(branches) > 1 and not response
    checks = Checks(module, response)
    body = ["branches = []", *(["matched = 0"] if exclusive else [])]
    for index, variant in enumerate(branches):
        target = Target("value", ("*path",), f"{stem}_{index}")
        passed = ["if branch.empty?", "  matched += 1", "else", "  branches << branch", "end"]
        failed = ["return if branch.empty?", "", "branches << branch"]
        attempt = ["branch = []", *_swap(checks.value(variant, target).lines()), *(passed if exclusive else failed)]
        shape = _shape(module.api, variant)
        body += [f"if {shape}", *_indent(attempt), "end"] if shape else attempt
    if exclusive:
        body += [
            "return if matched == 1",
            "",
            f"return issues << one_of_issue(path, value, matched, {expected_source}) if matched > 1",
            "",
        ]
    body.append(f"issues.concat(best_branch(path, value, branches, {expected_source}))")
    kind = "Exactly one" if exclusive else "Any"
    return [
        f"# {kind} of: {_comment(' or '.join(expected))}.",
        f"def self.{name}(value, path, issues)",
        *_indent(body),
        "end",
    ]


def _swap(lines: list[str]) -> list[str]:
    """A branch's checks report into `branch`, not `issues`."""
    return [line.replace("issues << ", "branch << ").replace(", issues)", ", branch)") for line in lines]


def _discriminated(module: Module, name: str, discriminator: Discriminator, response: bool) -> list[str]:
    prop = ruby_str(discriminator.property)
    body = [
        "unless value.is_a?(::Hash)",
        '  issues << type_issue(path, "object", value)',
        "  return",
        "end",
        f"kind = fetch(value, {prop}, :{_symbol(discriminator.property)})",
    ]
    for index, (value, schema_id) in enumerate(discriminator.mapping):
        check = module.object_check(schema_id, response)
        body += [f"{'if' if index == 0 else 'elsif'} kind == {ruby_str(value)}", f"  {check}(value, path, issues)"]
    allowed = module.strings(f"{discriminator.property}_values", (v for v, _ in discriminator.mapping))
    body += [
        f"{'elsif' if discriminator.mapping else 'if'} kind.nil?",
        f"  issues << missing_issue(path, {prop})",
        "else",
        f"  issues << enum_issue([*path, {prop}], {allowed}.keys, kind)",
        "end",
    ]
    return [f"def self.{name}(value, path, issues)", *_indent(body), "end"]


def render_validators(
    api: Api, names: dict[str, str] | None = None, responses: dict[str, str] | None = None
) -> tuple[str, str]:
    """The `Validators` module's source and its RBS signature (at the gem module's level:
    `package.in_module` nests them): `names` (operation id -> method) check params, `responses`
    (likewise) check what an operation answers."""
    names = names or validator_names(api)
    responses = responses if responses is not None else response_validator_names(api, names)
    module = Module(api)
    for taken in [*names.values(), *responses.values()]:
        module.names.take(taken)
    functions: list[list[str]] = []
    for op in api.operations:
        body = body_schema(api, op)
        closed = body is None or not body.open
        target = Target("params", (), f"{op.resource}_{op.name}")
        lines = Checks(module).object_body(op.params, closed, body.additional if body else None, target)
        functions.append(
            [
                f"# The params of `{_comment(op.id)}`: every issue found (none: valid).",
                f"def self.{names[op.id]}(params)",
                "  issues = []",
                *_indent(lines),
                "  issues",
                "end",
            ]
        )
    functions += [_response_function(module, op, responses[op.id]) for op in api.operations if op.id in responses]
    constants = [line for name, source in module.constants.items() for line in _wrapped(f"{name} = {source}")]
    parts = [*_HEAD, "module Validators", "  extend Validation", *_indent(constants)]
    for function in [*functions, *module.functions]:
        parts += ["", *_indent(function)]
    return "\n".join([*parts, "end"]) + "\n", _signature(names, responses, module)


def _response_function(module: Module, op: Operation, name: str) -> list[str]:
    """`def self.<op>_response(value)`: the issues of a parsed response body (none: it matches)."""
    assert op.response is not None
    target = Target("value", (), f"{op.resource}_{op.name}_response")
    return [
        f"# What `{_comment(op.id)}` answers (the parsed JSON body): every issue found (none: valid).",
        f"def self.{name}(value)",
        "  issues = []",
        *_indent(Checks(module, response=True).value(op.response, target).lines()),
        "  issues",
        "end",
    ]


_HEAD = (
    "# Validators compiled from the spec: `Validators.<operation>(params)` answers the issues of",
    "# the params (Validation::Issue); a client checks each request with them before sending it",
    "# (`validate: false` turns this off). `Validators.<operation>_response(body)` checks what an",
    "# operation answered (a client made with `strict: true` does, raising InvalidResponseError).",
)
_CHECK_RBS = "(untyped value, Array[String | Integer] path, Array[Validation::Issue] issues) -> void"


def _signature(names: dict[str, str], responses: dict[str, str], module: Module) -> str:
    lines = ["module Validators"]
    params = "(Hash[untyped, untyped] params) -> Array[Validation::Issue]"
    lines += [f"  def self.{name}: {params}" for name in names.values()]
    lines += [f"  def self.{name}: (untyped value) -> Array[Validation::Issue]" for name in responses.values()]
    helpers = [*module.object_checks.values(), *module.unions.values()]
    lines += [f"  def self.{name}: {_CHECK_RBS}" for name in helpers]
    return "\n".join([*lines, "end"]) + "\n"
