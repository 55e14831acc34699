"""Validators of the TypeScript package: each operation's params, and what it answers, compiled
to straight-line code.

`render_validators(api, names)` writes `src/validators.ts`: one exported function per operation
(`customersCreate(params: unknown): ValidationIssue[]`, the issues found; none: valid), one
`customersCreateResponse(value: unknown)` per operation answering a body, one
`checkX(value, path, issues)` per object schema they reach and `anyOfX(...)` per union (in
each mode its own: `checkXResponse`), on the helpers of the runtime's `validation.ts`. The
verdicts are the Python client's two modes (the Ruby gem's `validation.py` is the same
compiler for Ruby). Params: `null`/`undefined` is an absent key, enums are closed, a value
matching two branches of a `oneOf` is refused, what the encoder takes besides JSON (a `Date`,
a `bigint`, a file) is valid. A response: `null` is a value (an absent key is `undefined`),
enums are open, a `oneOf` may match several branches, formats are plain JSON types, and a
write-only field that comes back is an issue.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ...surface import Api, Discriminator, Field, Operation, Schema, TypeKind, TypeRef
from ...surface.bodies import body_schema
from ...surface.naming import snake_case, unique
from .words import KEYWORDS, camel_case

_INTEGER_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_SAFE = 2**53
_SHAPES = {
    TypeKind.STRING: 'typeof V === "string"',
    TypeKind.INTEGER: "isInteger(V)",
    TypeKind.NUMBER: "isNumber(V)",
    TypeKind.BOOLEAN: 'typeof V === "boolean"',
    TypeKind.OBJECT: "isRecord(V)",
    TypeKind.MAP: "isRecord(V)",
    TypeKind.ARRAY: "Array.isArray(V)",
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
#: The runtime helpers `validators.ts` imports: no validator, check or local may take one's name.
HELPERS = (
    "bestBranch",
    "boundIssue",
    "chars",
    "enumIssue",
    "hasDuplicates",
    "isInteger",
    "isMember",
    "isMultiple",
    "isNumber",
    "isRecord",
    "isUnixTime",
    "isUpload",
    "missingIssue",
    "oneOfIssue",
    "own",
    "pattern",
    "patternIssue",
    "readOnlyIssue",
    "writeOnlyIssue",
    "typeIssue",
    "uniqueIssue",
    "unknownKeys",
)
RESERVED = frozenset({*HELPERS, *KEYWORDS, "IssuePath", "ValidationIssue", "value", "path", "issues", "params"})
_LOCALS = frozenset({"branch", "branches", "matched", "kind", "Array", "Object", "Number", "Symbol", "String"})
MAX_NAME = 80


def ts_literal(text: str) -> str:
    """A string literal (ASCII: a lone surrogate is written as its escape)."""
    return json.dumps(text)


def _short(name: str) -> str:
    if len(name) <= MAX_NAME:
        return name
    return f"{name[: MAX_NAME - 9]}_{hashlib.sha256(name.encode()).hexdigest()[:8]}"


def _identifier(name: str, fallback: str) -> str:
    found = camel_case(name)
    return found if found and found.isascii() and found.isidentifier() else fallback


def validator_names(api: Api) -> dict[str, str]:
    """Operation id -> the name of its params validator (`validators.customersCreate`)."""
    taken: set[str] = set(RESERVED)
    found = {}
    for op in api.operations:
        wanted = _short(_identifier(f"{op.resource}_{op.name}", "operation"))
        found[op.id] = unique(wanted, taken, separator="")
    return found


def response_validator_names(api: Api, params: dict[str, str]) -> dict[str, str]:
    """Operation id -> the name of its response validator (`validators.customersCreateResponse`),
    for each operation that answers a body; none takes a params validator's name."""
    taken: set[str] = set(RESERVED) | set(params.values())
    return {
        op.id: unique(_short(f"{params[op.id]}Response"), taken, separator="")
        for op in api.operations
        if op.response is not None
    }


@dataclass(frozen=True, slots=True)
class Chain:
    """`if`/`else if` links tried in order and a tail (the `else`, or plain statements)."""

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
            return Chain.of((f"{proceed} && {_grouped(condition)}", body))
        return Chain.of((proceed, self.lines()))

    def lines(self) -> list[str]:
        if not self.links:
            return list(self.tail)
        out: list[str] = []
        for index, (condition, body) in enumerate(self.links):
            out.append(f"{'if' if index == 0 else '} else if'} ({condition}) {{")
            out.extend(_indent(body))
        if self.tail:
            out.append("} else {")
            out.extend(_indent(self.tail))
        out.append("}")
        return out


def _grouped(condition: str) -> str:
    return f"({condition})" if "||" in condition or "?" in condition else condition


def _indent(lines: Iterable[str]) -> list[str]:
    return ["  " + line if line else line for line in lines]


@dataclass(frozen=True, slots=True)
class Target:
    value: str
    path: tuple[str, ...]  # TypeScript expressions; `...path` spreads the function's own
    stem: str

    def report(self, call: str) -> tuple[str]:
        return (f"issues.push({call});",)

    def at(self, value: str, part: str, stem: str) -> Target:
        return Target(value, (*self.path, part), stem)

    @property
    def where(self) -> str:
        if self.path == ("...path",):
            return "path"
        return "[" + ", ".join(self.path) + "]"


def ts_pattern(pattern: str) -> str:
    """The spec's pattern as a JavaScript RegExp source: `$` also before a final newline (as
    Python's `re`, which wrote the spec's patterns and checks them in the Python client);
    Python's `\\Z`, `\\A` and `(?P<name>` in JavaScript's spelling."""
    out, in_class, index = [], False, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            pair = pattern[index : index + 2]
            out.append({"\\Z": "$", "\\A": "^"}.get(pair, pair) if not in_class else pair)
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
        elif char == "$":
            char = "(?=\\n?$)"
        elif pattern.startswith("(?P<", index):
            char, index = "(?<", index + 3
        out.append(char)
        index += 1
    return "".join(out)


def _number(value: float) -> str:
    if isinstance(value, int) and abs(value) > _SAFE:
        return f"{value}n"  # exact: a bigint compares with a number
    text = repr(value)
    return {"inf": "Infinity", "-inf": "-Infinity"}.get(text, text)


class Module:
    """Constants, check functions and union functions of the generated `validators.ts`."""

    def __init__(self, api: Api, taken: Iterable[str]) -> None:
        self.api = api
        self.taken: set[str] = {*RESERVED, *taken}
        self.constants: dict[str, str] = {}
        self._constant_names: dict[str, str] = {}
        self.functions: list[list[str]] = []
        self.object_checks: dict[tuple[str, bool], str] = {}  # (schema id, response mode) -> check
        self.unions: dict[object, str] = {}

    def name(self, wanted: str, fallback: str) -> str:
        return unique(_short(_identifier(wanted, fallback)), self.taken, separator="")

    def constant(self, stem: str, source: str) -> str:
        if source not in self._constant_names:
            wanted = (snake_case(stem) or "values").upper()
            wanted = wanted if wanted[0].isalpha() and wanted.isascii() and wanted.isidentifier() else "VALUES"
            name = unique(_short(wanted), self.taken, separator="_")
            self._constant_names[source] = name
            self.constants[name] = source
        return self._constant_names[source]

    def strings(self, stem: str, values: Iterable[str]) -> str:
        """A `ReadonlySet<string>` of `values` (`KEYS.has(key)`)."""
        items = ", ".join(ts_literal(v) for v in sorted(set(values)))
        return self.constant(stem, f"new Set<string>([{items}])")

    def object_check(self, schema_id: str, response: bool = False) -> str:
        """The check of an object of `schema_id` in request params (or, `response`, in a response)."""
        name = self.object_checks.get((schema_id, response))
        if name is None:
            suffix = "_response" if response else ""
            name = self.name(f"check_{snake_case(schema_id)}{suffix}", f"checkObject{suffix[1:].title()}")
            self.object_checks[(schema_id, response)] = name
            self.functions.append(Checks(self, response).object_function(name, self.api.schema(schema_id)))
        return name

    def union_check(self, type_ref: TypeRef, stem: str, response: bool = False) -> str:
        key = (_hashable(type_ref), response)
        name = self.unions.get(key)
        if name is None:
            suffix = "_response" if response else ""
            name = self.name(f"any_of_{snake_case(stem) or 'value'}{suffix}", f"anyOfValue{suffix[1:].title()}")
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
    """TypeScript checks of one value of each kind of type, in request params or (`response`) in
    a response, as the Python client's two modes: a response's `null` is a value (absent is
    `undefined`), its enums are open, its `oneOf`s may match more than one branch, and what the
    encoder takes besides JSON (dates, bigints, files) is no longer taken for a format."""

    def __init__(self, module: Module, response: bool = False) -> None:
        self.module = module
        self.response = response
        self._counter = 0
        self._locals: set[str] = set(_LOCALS)

    def fresh(self, stem: str) -> str:
        self._counter += 1
        return f"{stem}{self._counter}"

    def local(self, name: str) -> str:
        wanted = _identifier(name, "item")
        if wanted in self.module.taken or wanted in RESERVED:
            wanted += "_"
        return unique(_short(wanted), self._locals, separator="")

    def value(self, type_ref: TypeRef, target: Target) -> Chain:
        chain = self.kind(type_ref, target)
        return chain.only_if(f"{target.value} != null") if accepts_null(type_ref) else chain

    def kind(self, type_ref: TypeRef, target: Target) -> Chain:
        kind = type_ref.kind
        if kind is TypeKind.ANY:
            return Chain()
        if kind in (TypeKind.UNION, TypeKind.EXPANDABLE):
            check = self.module.union_check(type_ref, target.stem, self.response)
            return Chain.of(tail=[f"{check}({target.value}, {target.where}, issues);"])
        if kind is TypeKind.OBJECT:
            check = self.module.object_check(str(type_ref.ref), self.response)
            return Chain.of(tail=[f"{check}({target.value}, {target.where}, issues);"])
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
        return target.report(f'typeIssue({target.where}, "{json_type}", {target.value})')

    def _bound(self, target: Target, rule: str, limit: float, exclusive: bool = False) -> tuple[str]:
        flag = ", true" if exclusive else ""
        return target.report(f'boundIssue({target.where}, "{rule}", {_number(limit)}, {target.value}{flag})')

    @staticmethod
    def _typed(test: tuple[str, tuple[str]], groups: Groups) -> Chain:
        groups = [g for g in groups if g]
        if len(groups) <= 1:
            return Chain.of(test, *(groups[0] if groups else ()))
        return Chain.of(test, tail=[line for g in groups for line in Chain.of(*g).lines()])

    def _string(self, type_ref: TypeRef, target: Target) -> Chain:
        v = target.value
        test = (f'typeof {v} !== "string"', self._type(target, "string"))
        if type_ref.format == "binary":  # a file to upload: bytes, a Blob, a stream, a FilePath, or the content
            return Chain.of(test if self.response else (f"!isUpload({v})", self._type(target, "string")))
        if type_ref.format == "decimal" and not self.response:  # a decimal string is sent as written
            return Chain.of(test)
        limits: list[tuple[str, tuple[str]]] = []
        patterns: list[tuple[str, tuple[str]]] = []
        c = type_ref.constraints
        if c.min_length:
            limits.append((f"chars({v}) < {c.min_length}", self._bound(target, "min_length", c.min_length)))
        if c.max_length is not None:
            limits.append((f"chars({v}) > {c.max_length}", self._bound(target, "max_length", c.max_length)))
        if c.pattern is not None:
            regexp = self.module.constant("pattern", f"pattern({ts_literal(ts_pattern(c.pattern))})")
            report = target.report(f"patternIssue({target.where}, {ts_literal(c.pattern)}, {v})")
            patterns.append((f"{regexp} !== undefined && !{regexp}.test({v})", report))
        return self._typed(test, [limits, patterns])

    def _integer(self, type_ref: TypeRef, target: Target) -> Chain:
        v = target.value
        if type_ref.format == "unix-time" and not self.response:  # a Date is sent as its unix seconds
            return Chain.of((f"!isUnixTime({v})", self._type(target, "integer")))
        test = (f"!isInteger({v})", self._type(target, "integer"))
        return self._typed(test, self._numbers(type_ref, target))

    def _number(self, type_ref: TypeRef, target: Target) -> Chain:
        test = (f"!isNumber({target.value})", self._type(target, "number"))
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
                bounds.append((f"{v} {operator} {_number(value)}", self._bound(target, rule, value, exclusive)))
        multiples = []
        if limits.multiple_of is not None:
            test = f"!isMultiple({v}, {_number(limits.multiple_of)})"
            multiples.append((test, self._bound(target, "multiple_of", limits.multiple_of)))
        return [bounds, multiples]

    def _boolean(self, type_ref: TypeRef, target: Target) -> Chain:
        return Chain.of((f'typeof {target.value} !== "boolean"', self._type(target, "boolean")))

    def _enum(self, type_ref: TypeRef, target: Target) -> Chain:
        enum = self.module.api.enum(str(type_ref.ref))
        if self.response:  # open: any value of the base type
            return self.kind(dataclasses.replace(type_ref, kind=enum.base, ref=None), target)
        v, values = target.value, [item.value for item in enum.values]
        stem = enum.path[-1] if enum.path else enum.id
        if enum.base is TypeKind.STRING:
            if len(values) == 1:
                only = ts_literal(str(values[0]))
                return Chain.of((f"{v} !== {only}", target.report(f"enumIssue({target.where}, [{only}], {v})")))
            allowed = self.module.strings(stem, (str(value) for value in values))
            test = f'typeof {v} !== "string" || !{allowed}.has({v})'
            return Chain.of((test, target.report(f"enumIssue({target.where}, {allowed}, {v})")))
        base = dataclasses.replace(type_ref, kind=enum.base, ref=None)
        items = ", ".join(_literal(value) for value in values)
        allowed = self.module.constant(stem, f"[{items}] as readonly unknown[]")
        type_test = self.kind(base, target).links[0]
        test = f"!isMember({v}, {allowed})"
        return Chain.of(type_test, (test, target.report(f"enumIssue({target.where}, {allowed}, {v})")))

    def _array(self, type_ref: TypeRef, target: Target) -> Chain:
        v, limits = target.value, type_ref.constraints
        counts, unique_ = [], []
        if limits.min_items:
            counts.append((f"{v}.length < {limits.min_items}", self._bound(target, "min_items", limits.min_items)))
        if limits.max_items is not None:
            counts.append((f"{v}.length > {limits.max_items}", self._bound(target, "max_items", limits.max_items)))
        if limits.unique_items:
            unique_.append((f"hasDuplicates({v})", target.report(f"uniqueIssue({target.where})")))
        loop: list[str] = []
        if type_ref.items is not None:
            index, element = self.fresh("index"), self.fresh("element")
            body = self.value(type_ref.items, target.at(element, index, f"{target.stem}_item")).lines()
            if body:
                head = f"for (let {index} = 0; {index} < {v}.length; {index}++) {{"
                loop = [head, f"  const {element}: unknown = {v}[{index}];", *_indent(body), "}"]
        test = (f"!Array.isArray({v})", self._type(target, "array"))
        if not loop:
            return self._typed(test, [counts, unique_])
        tail = [line for group in (counts, unique_) if group for line in Chain.of(*group).lines()]
        return Chain.of(test, tail=[*tail, *loop])

    def _map(self, type_ref: TypeRef, target: Target) -> Chain:
        v, limits = target.value, type_ref.constraints
        counts = []
        if limits.min_properties:
            report = self._bound(target, "min_properties", limits.min_properties)
            counts.append((f"Object.keys({v}).length < {limits.min_properties}", report))
        if limits.max_properties is not None:
            report = self._bound(target, "max_properties", limits.max_properties)
            counts.append((f"Object.keys({v}).length > {limits.max_properties}", report))
        loop: list[str] = []
        if type_ref.items is not None:
            key, entry = self.fresh("key"), self.fresh("entry")
            chain = self.value(type_ref.items, target.at(entry, key, f"{target.stem}_value"))
            body = (chain if self.response else chain.only_if(f"{entry} != null")).lines()
            if body:
                loop = [f"for (const [{key}, {entry}] of Object.entries({v})) {{", *_indent(body), "}"]
        test = (f"!isRecord({v})", self._type(target, "object"))
        if not loop:
            return self._typed(test, [counts])
        return Chain.of(test, tail=[*Chain.of(*counts).lines(), *loop])

    def object_body(
        self, fields: Sequence[Field], closed: bool, additional: TypeRef | None, target: Target
    ) -> list[str]:
        """Checks of an object's keys (the value is known to be a record)."""
        lines: list[str] = []
        v = target.value
        if closed or additional is not None:
            keys = self.module.strings(f"{target.stem}_keys", (f.name for f in fields))
        if closed:
            lines += [f"unknownKeys({v}, {target.where}, {keys}, issues{', false' if self.response else ''});"]
        elif additional is not None:
            key, entry = self.fresh("key"), self.fresh("entry")
            chain = self.value(additional, target.at(entry, key, f"{target.stem}_value"))
            chain = chain if self.response else chain.only_if(f"{entry} != null")
            body = chain.only_if(f"!{keys}.has({key})").lines()
            if body:
                lines += [f"for (const [{key}, {entry}] of Object.entries({v})) {{", *_indent(body), "}"]
        seen: set[str] = set()
        for field in fields:
            if field.name not in seen:
                seen.add(field.name)
                lines += self._field(field, target)
        return lines

    def _field(self, field: Field, parent: Target) -> list[str]:
        key = ts_literal(field.name)
        item = self.local(field.name)
        target = parent.at(item, key, f"{parent.stem}_{field.name}")
        fetch = f"const {item} = own({parent.value}, {key});"
        if self.response:  # a response's null is a value: only `undefined` is an absent key
            absent, present = f"{item} === undefined", f"{item} !== undefined"
        else:
            absent, present = f"{item} == null", f"{item} != null"
        if field.write_only if self.response else field.read_only:
            issue = "writeOnlyIssue" if self.response else "readOnlyIssue"
            return [fetch, *Chain.of((present, target.report(f"{issue}({target.where})"))).lines()]
        chain = self.kind(field.type, target)
        if self.response and accepts_null(field.type):
            if not field.required:  # absent or null: nothing to check
                return [fetch, *chain.only_if(f"{item} != null").lines()]
            chain = chain.only_if(f"{item} !== null")
        if field.required:
            chain = chain.then(absent, parent.report(f"missingIssue({parent.where}, {key})"))
        else:
            chain = chain.only_if(present)
        body = chain.lines()
        return [fetch, *body] if body else []

    def object_function(self, name: str, schema: Schema) -> list[str]:
        target = Target("value", ("...path",), "_".join(schema.path[-2:]) if schema.path else schema.id)
        where = "a response" if self.response else "request params"
        head = [
            f"/** Checks an object of schema `{_comment(schema.id)}` in {where}. */",
            f"function {name}(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {{",
        ]
        if schema.alias is not None:
            return [*head, *_indent(self.value(schema.alias, target).lines()), "}"]
        body = [
            "if (!isRecord(value)) {",
            *_indent(self._type(target, "object")),
            "  return;",
            "}",
            *self.object_body(schema.fields, not schema.open, schema.additional, target),
        ]
        return [*head, *_indent(body), "}"]


def _comment(text: str) -> str:
    return "".join(c if " " <= c <= "~" else "?" for c in text).replace("*/", "*?/")[:120]


def _literal(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, str):
        return ts_literal(value)
    if isinstance(value, (int, float)):
        return _number(value)
    return json.dumps(value)


def describe(api: Api, type_ref: TypeRef, response: bool = False) -> str:
    if type_ref.kind is TypeKind.ENUM:
        enum = api.enum(str(type_ref.ref))
        values = [item.value for item in enum.values]
        if values == [""]:
            return '"" (to unset)'
        if response:
            return _DESCRIPTIONS[enum.base]
        shown = ", ".join(json.dumps(v) for v in values[:6]) + (", ..." if len(values) > 6 else "")
        return f"one of {shown}"
    if type_ref.kind is TypeKind.UNION:
        return " or ".join(dict.fromkeys(describe(api, v, response) for v in type_ref.variants))
    return _DESCRIPTIONS[type_ref.kind]


def _shape(api: Api, type_ref: TypeRef, response: bool = False) -> str | None:
    kind = api.enum(str(type_ref.ref)).base if type_ref.kind is TypeKind.ENUM else type_ref.kind
    if kind is TypeKind.STRING and type_ref.format == "binary":
        return None
    shape = _SHAPES.get(kind)
    if shape is None:
        return None
    if kind is TypeKind.INTEGER and type_ref.format == "unix-time" and not response:
        shape = "isUnixTime(V)"
    test = shape.replace("V", "value")
    return f"value == null || {test}" if type_ref.nullable else test


def _branches(type_ref: TypeRef) -> tuple[TypeRef, ...]:
    if type_ref.kind is TypeKind.EXPANDABLE:
        return (type_ref.items or TypeRef(TypeKind.STRING), *type_ref.variants)
    return type_ref.variants


def union_function(module: Module, name: str, type_ref: TypeRef, stem: str, response: bool = False) -> list[str]:
    """`anyOfX(value, path, issues)`: valid when one branch is (exactly one for a `oneOf` in
    request params; a response's may match more: a newer server's object can)."""
    found = type_ref.discriminator
    if found is not None and getattr(found, "declared", False):
        return _discriminated(module, name, found, response)
    branches = _branches(type_ref)
    expected = tuple(dict.fromkeys(describe(module.api, v, response) for v in branches))
    listed = ", ".join(ts_literal(e) for e in expected)
    expected_source = module.constant(f"{stem}_expected", f"[{listed}] as readonly string[]")
    exclusive = type_ref.exclusive and len(branches) > 1 and not response
    checks = Checks(module, response)
    body = ["const branches: ValidationIssue[][] = [];", *(["let matched = 0;"] if exclusive else [])]
    for index, variant in enumerate(branches):
        target = Target("value", ("...path",), f"{stem}_{index}")
        passed = ["if (branch.length === 0) matched++;", "else branches.push(branch);"]
        failed = ["if (branch.length === 0) return;", "branches.push(branch);"]
        attempt = [
            "const branch: ValidationIssue[] = [];",
            *_swap(checks.value(variant, target).lines()),
            *(passed if exclusive else failed),
        ]
        shape = _shape(module.api, variant, response)
        body += [f"if ({shape}) {{", *_indent(attempt), "}"] if shape else ["{", *_indent(attempt), "}"]
    if exclusive:
        body += [
            "if (matched === 1) return;",
            "if (matched > 1) {",
            f"  issues.push(oneOfIssue(path, value, matched, {expected_source}));",
            "  return;",
            "}",
        ]
    body.append(f"issues.push(...bestBranch(path, value, branches, {expected_source}));")
    kind = "Exactly one" if exclusive else "Any"
    return [
        f"/** {kind} of: {_comment(' or '.join(expected))}. */",
        f"function {name}(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {{",
        *_indent(body),
        "}",
    ]


def _swap(lines: list[str]) -> list[str]:
    """A branch's checks report into `branch`, not `issues`."""
    return [
        line.replace("issues.push(", "branch.push(")
        .replace(", issues);", ", branch);")
        .replace(", issues, ", ", branch, ")
        for line in lines
    ]


def _discriminated(module: Module, name: str, discriminator: Discriminator, response: bool) -> list[str]:
    prop = ts_literal(discriminator.property)
    body = [
        "if (!isRecord(value)) {",
        '  issues.push(typeIssue(path, "object", value));',
        "  return;",
        "}",
        f"const kind = own(value, {prop});",
    ]
    for index, (value, schema_id) in enumerate(discriminator.mapping):
        check = module.object_check(schema_id, response)
        branch = f"{'if' if index == 0 else '} else if'} (kind === {ts_literal(value)}) {{"
        body += [branch, f"  {check}(value, path, issues);"]
    allowed = module.strings(f"{discriminator.property}_values", (v for v, _ in discriminator.mapping))
    body += [
        f"{'} else if' if discriminator.mapping else 'if'} (kind == null) {{",
        f"  issues.push(missingIssue(path, {prop}));",
        "} else {",
        f"  issues.push(enumIssue([...path, {prop}], {allowed}, kind));",
        "}",
    ]
    return [
        f"function {name}(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {{",
        *_indent(body),
        "}",
    ]


def render_validators(api: Api, names: dict[str, str] | None = None, responses: dict[str, str] | None = None) -> str:
    """The source of `src/validators.ts` (after the generated-file header): `names` (operation id
    -> function) check params, `responses` (likewise) check what an operation answers."""
    names = names or validator_names(api)
    responses = responses if responses is not None else response_validator_names(api, names)
    module = Module(api, [*names.values(), *responses.values()])
    functions = [_params_function(module, op, names[op.id]) for op in api.operations]
    functions += [_response_function(module, op, responses[op.id]) for op in api.operations if op.id in responses]
    text = "\n".join([*(line for f in [*functions, *module.functions] for line in f), *module.constants.values()])
    used = sorted(h for h in HELPERS if f"{h}(" in text)
    if not functions:
        return "\n".join([*_HEAD, "export {};"]) + "\n"
    types = ["IssuePath", "ValidationIssue"] if module.functions else ["ValidationIssue"]
    parts = [*_HEAD, _import(used, types), ""]
    parts += [line for name, source in module.constants.items() for line in _constant(name, source)]
    for function in [*functions, *module.functions]:
        parts += ["", *function]
    return "\n".join(parts) + "\n"


def _params_function(module: Module, op: Operation, name: str) -> list[str]:
    """`export function <op>(params)`: the issues of an operation's params (none: valid)."""
    body = body_schema(module.api, op)
    closed = body is None or not body.open
    target = Target("params", (), f"{op.resource}_{op.name}")
    lines = Checks(module).object_body(op.params, closed, body.additional if body else None, target)
    checks = ["  const issues: ValidationIssue[] = [];", *_indent(lines), "  return issues;"]
    return [
        f"/** The params of `{_comment(op.id)}`: every issue found (none: valid). */",
        f"export function {name}(params: unknown): ValidationIssue[] {{",
        '  if (!isRecord(params)) return [typeIssue([], "object", params)];',
        *(checks if lines else ["  return [];"]),
        "}",
    ]


def _response_function(module: Module, op: Operation, name: str) -> list[str]:
    """`export function <op>Response(value)`: the issues of a parsed response body (none: it matches)."""
    assert op.response is not None
    target = Target("value", (), f"{op.resource}_{op.name}_response")
    lines = Checks(module, response=True).value(op.response, target).lines()
    checks = ["  const issues: ValidationIssue[] = [];", *_indent(lines), "  return issues;"]
    return [
        f"/** What `{_comment(op.id)}` answers (the parsed JSON body): every issue found (none: valid). */",
        f"export function {name}({'value' if lines else '_value'}: unknown): ValidationIssue[] {{",
        *(checks if lines else ["  return [];"]),
        "}",
    ]


def _constant(name: str, source: str, width: int = 120) -> list[str]:
    """`const NAME = source;`, a long list one item a line."""
    flat = f"const {name} = {source};"
    if len(flat) <= width or not (source.startswith(_SET_HEAD) and source.endswith("])")):
        return [flat]  # (a pattern's source may hold `([`: only a set's list is laid out)
    start, end = len(_SET_HEAD) - 2, len(source) - 2
    values = json.loads(f"[{source[start + 2 : end]}]")
    return [f"const {name} = {source[: start + 2]}", *(f"  {json.dumps(v)}," for v in values), f"{source[end:]};"]


_SET_HEAD = "new Set<string>(["


def _import(helpers: list[str], types: list[str]) -> str:
    names = [*helpers, *(f"type {name}" for name in types)]
    return "import {\n" + "".join(f"  {name},\n" for name in names) + '} from "./runtime/index.js";'


_HEAD = (
    "// Validators compiled from the spec: `<operation>(params)` answers the issues of the params",
    "// (ValidationIssue); the client checks each request with them before sending it",
    "// (`validateRequests: false` turns this off). `<operation>Response(body)` checks what an",
    "// operation answered (a client made with `strict: true` does, failing the call).",
)
