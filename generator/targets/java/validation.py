"""Request validators of the Java client: each operation's params compiled to straight-line Java.

`render_validators(api, package)` writes the classes of `<package>.validation`: `Validators`,
with one `public static List<Validation.Issue> <operation>(Map<?, ?> params)` per operation
(`customersCreate`), answering the issues found, and one `check<Schema>` per object schema the
params reach, plus `anyOf...` methods for unions. The verdicts are the Python client's (request
mode): null is an absent key, enums are closed, a value matching two branches of a `oneOf` is
refused. When the methods would not fit one class (Java's 64 KB limits, on Stripe's full spec),
they are spread over `Validators2`, `Validators3`... and each `Validators.<operation>` calls
its own. The runtime's `validation/Validation.java` holds the tests and the issues.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ...surface import Api, Discriminator, Field, Operation, Schema, TypeKind, TypeRef
from ...surface.bodies import body_schema
from ...surface.naming import snake_case
from .words import KEYWORDS, camel, java_str

V = "Validation"
_INTEGER_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_SHAPES = {
    TypeKind.STRING: f"{V}.isString(value)",
    TypeKind.INTEGER: f"{V}.isInteger(value)",
    TypeKind.NUMBER: f"{V}.isNumber(value)",
    TypeKind.BOOLEAN: "value instanceof Boolean",
    TypeKind.OBJECT: f"{V}.object(value) != null",
    TypeKind.MAP: f"{V}.object(value) != null",
    TypeKind.ARRAY: f"{V}.list(value) != null",
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
_LONG = (-(2**63), 2**63 - 1)
_INFINITE = {math.inf: "Double.POSITIVE_INFINITY", -math.inf: "Double.NEGATIVE_INFINITY"}
#: Characters of Java source per class: well under the constant pool's 65,535 entries and the
#: static initializer's 64 KB of bytecode.
CLASS_BUDGET = 250_000
ISSUES = "List<Validation.Issue>"
#: `⟦name⟧`: a call of a generated method, qualified once its class is known; `⟪NAME⟫`: a constant.
_CALL = re.compile("⟦([A-Za-z0-9_]+)⟧")
_CONSTANT = re.compile("⟪([A-Za-z0-9_]+)⟫")


def _short(name: str) -> str:
    if len(name) <= MAX_NAME:
        return name
    return f"{name[: MAX_NAME - 9]}{hashlib.sha256(name.encode()).hexdigest()[:8]}"


class _Names:
    def __init__(self, taken: Iterable[str] = ()) -> None:
        self._taken: set[str] = set(taken)

    def take(self, wanted: str) -> str:
        wanted = _short(wanted)
        candidate, counter = wanted, 2
        while candidate in self._taken:
            candidate = f"{wanted}{counter}"
            counter += 1
        self._taken.add(candidate)
        return candidate


def _constant_name(stem: str) -> str:
    """`payment_method_types` -> `PAYMENT_METHOD_TYPES`: ASCII, never starting with a digit."""
    name = re.sub(r"[^A-Za-z0-9_]", "_", snake_case(stem)).upper().strip("_") or "VALUES"
    return f"V_{name}" if name[0].isdigit() else name


def _method_name(wanted: str) -> str:
    name = re.sub(r"[^A-Za-z0-9_]", "", camel(snake_case(wanted)))
    return name if name and not name[0].isdigit() and name not in KEYWORDS else f"validate{name[:1].upper()}{name[1:]}"


def validator_names(api: Api) -> dict[str, str]:
    """Operation id -> its method of `Validators` (`customersCreate`)."""
    names = _Names({"check", "of", "validate"})
    return {op.id: names.take(_method_name(f"{op.resource}_{op.name}")) for op in api.operations}


def response_validator_names(api: Api, params: dict[str, str] | None = None) -> dict[str, str]:
    """Operation id -> its response's method of `Validators` (`customersCreateResponse`), for each
    operation that answers a body; none takes a params validator's name."""
    params = params if params is not None else validator_names(api)
    names = _Names({"check", "of", "validate", *params.values()})
    return {op.id: names.take(f"{params[op.id]}Response") for op in api.operations if op.response is not None}


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
    return f"({condition})" if "||" in condition or "&&" in condition else condition


def _indent(lines: Iterable[str]) -> list[str]:
    return ["  " + line if line else line for line in lines]


@dataclass(frozen=True, slots=True)
class Target:
    """A value checked: its Java expression, its path's parts after `path`, a stem for names."""

    value: str
    path: tuple[str, ...]
    stem: str

    def report(self, call: str) -> tuple[str]:
        return (f"issues.add({call});",)

    def at(self, value: str, part: str, stem: str) -> Target:
        return Target(value, (*self.path, part), stem)

    @property
    def where(self) -> str:
        return f"{V}.at(path, {', '.join(self.path)})" if self.path else "path"


def java_pattern(pattern: str) -> str:
    """An ECMA-262/Python pattern for java.util.regex (compiled with UNIX_LINES: `$` and `.`
    as theirs): `[` and `&` literal in a class, `{` literal unless a quantifier, `\\Z` the end."""
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
            char = "\\" + char if char in "[&" else char
        elif char == "[":
            in_class, start = True, pattern[index + 1 : index + 3]
            if start[:1] == "]" or start == "^]":  # a `]` first in a class is a literal
                out.append("[\\]" if start[:1] == "]" else "[^\\]")
                index += 2 if start[:1] == "]" else 3
                continue
        elif char == "{":
            quantifier = re.match(r"\{(\d*)(,\d*)?\}", pattern[index:])
            if quantifier and (quantifier.group(1) or (quantifier.group(2) or ",")[1:]):
                out.append("{" + (quantifier.group(1) or "0") + (quantifier.group(2) or "") + "}")
                index += len(quantifier.group(0))
                continue
            char = "\\{"
        elif char == "}":
            char = "\\}"
        elif pattern.startswith("(?P<", index):
            char, index = "(?<", index + 3
        elif pattern.startswith("(?P=", index):
            end = pattern.find(")", index)
            if end > 0:
                out.append(f"\\k<{pattern[index + 4 : end]}>")
                index = end + 1
                continue
        out.append(char)
        index += 1
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Function:
    """A generated method: its name, its lines (with `⟦calls⟧` and `⟪CONSTANTS⟫`), its size."""

    name: str
    lines: tuple[str, ...]
    operation: bool = False

    @property
    def size(self) -> int:
        return sum(map(len, self.lines)) + len(self.lines)


class Module:
    """Constants, check methods and union methods of the generated validators."""

    def __init__(self, api: Api, taken: Iterable[str]) -> None:
        self.api = api
        self.names = _Names(taken)
        self.constants: dict[str, tuple[str, str]] = {}  # name -> (Java type, initializer)
        self._constant_names: dict[tuple[str, str], str] = {}
        self._constant_taken = _Names()
        self.functions: list[Function] = []
        self.object_checks: dict[tuple[str, bool], str] = {}  # (schema id, response mode) -> check
        self.unions: dict[object, str] = {}

    def constant(self, stem: str, java_type: str, source: str) -> str:
        """`⟪NAME⟫`, a `private static final` of each class that uses it."""
        key = (java_type, source)
        if key not in self._constant_names:
            name = self._constant_taken.take(_constant_name(stem))
            self._constant_names[key] = name
            self.constants[name] = key
        return f"⟪{self._constant_names[key]}⟫"

    def strings(self, stem: str, values: Iterable[str]) -> str:
        items = ", ".join(java_str(v) for v in sorted(set(values)))
        return self.constant(stem, "Set<String>", f"{V}.keys({items})")

    def object_check(self, schema_id: str, response: bool = False) -> str:
        """The check of an object of `schema_id` in request params (or, `response`, in a response)."""
        name = self.object_checks.get((schema_id, response))
        if name is None:
            name = self.names.take(_method_name(f"check_{schema_id}{'_response' if response else ''}"))
            self.object_checks[(schema_id, response)] = name
            schema = self.api.schema(schema_id)
            self.functions.append(Function(name, tuple(Checks(self, response).object_function(name, schema))))
        return f"⟦{name}⟧"

    def union_check(self, type_ref: TypeRef, stem: str, response: bool = False) -> str:
        key = (_hashable(type_ref), response)
        name = self.unions.get(key)
        if name is None:
            name = self.names.take(_method_name(f"any_of_{stem or 'value'}{'_response' if response else ''}"))
            self.unions[key] = name
            lines = union_function(self, name, type_ref, stem, response)
            self.functions.append(Function(name, tuple(lines)))
        return f"⟦{name}⟧"


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


def _number(value: float) -> str:
    """A bound as the text of a `BigDecimal` (Python's repr: `5`, `0.01`, `1e+20`)."""
    return repr(value)


class Checks:
    """Java checks of one value of each kind of type, in request params or (`response`) in a
    response, as the Python client's two modes: a response's null is a value (an absent key is
    missing), its enums are open, its `oneOf`s may match more than one branch, and what the
    encoder takes besides JSON (Instants, BigDecimals, files) is no longer taken."""

    def __init__(self, module: Module, response: bool = False) -> None:
        self.module = module
        self.response = response
        self._counter = 0
        self.item_declared = False

    def fresh(self, stem: str) -> str:
        self._counter += 1
        return f"{stem}{self._counter}"

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
        return target.report(f'{V}.typeIssue({target.where}, "{json_type}", {target.value})')

    def _bound(self, target: Target, rule: str, limit: float, exclusive: bool = False) -> tuple[str]:
        flag = "true" if exclusive else "false"
        shown = java_str(_number(limit))
        return target.report(f'{V}.boundIssue({target.where}, "{rule}", {shown}, {target.value}, {flag})')

    @staticmethod
    def _typed(test: tuple[str, tuple[str]], groups: Groups) -> Chain:
        groups = [g for g in groups if g]
        if len(groups) <= 1:
            return Chain.of(test, *(groups[0] if groups else ()))
        return Chain.of(test, tail=[line for g in groups for line in Chain.of(*g).lines()])

    def _string(self, type_ref: TypeRef, target: Target) -> Chain:
        v = target.value
        if type_ref.format == "binary":  # a file to upload: a FileUpload, bytes or the content
            upload = f"!({v} instanceof String)" if self.response else f"!{V}.isUpload({v})"
            return Chain.of((upload, self._type(target, "string")))
        if type_ref.format == "decimal" and not self.response:  # a BigDecimal is sent as written
            return Chain.of((f"!{V}.isDecimal({v})", self._type(target, "string")))
        limits, lengths, patterns = type_ref.constraints, [], []
        if limits.min_length:
            lengths.append(
                (f"{V}.length({v}) < {limits.min_length}", self._bound(target, "min_length", limits.min_length))
            )
        if limits.max_length is not None:
            lengths.append(
                (f"{V}.length({v}) > {limits.max_length}", self._bound(target, "max_length", limits.max_length))
            )
        if limits.pattern is not None:
            source = f"{V}.pattern({java_str(java_pattern(limits.pattern))})"
            regexp = self.module.constant("pattern", "Pattern", source)
            report = target.report(f"{V}.patternIssue({target.where}, {java_str(limits.pattern)}, {v})")
            patterns.append((f"!{V}.matches({regexp}, {v})", report))
        shape = f"!({v} instanceof String)" if self.response else f"!{V}.isString({v})"
        return self._typed((shape, self._type(target, "string")), [lengths, patterns])

    def _integer(self, type_ref: TypeRef, target: Target) -> Chain:
        v = target.value
        if type_ref.format == "unix-time" and not self.response:  # an Instant is sent as its timestamp
            return Chain.of((f"!{V}.isUnixTime({v})", self._type(target, "integer")))
        test = (f"!{V}.isInteger({v})", self._type(target, "integer"))
        return self._typed(test, self._numbers(type_ref, target))

    def _number(self, type_ref: TypeRef, target: Target) -> Chain:
        test = (f"!{V}.isNumber({target.value})", self._type(target, "number"))
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
            if value is not None and math.isfinite(value):
                operator = failing[0] if exclusive else failing[1]
                bound = self.module.constant(rule, "BigDecimal", f"new BigDecimal({java_str(_number(value))})")
                test = f"{V}.compare({v}, {bound}) {operator} 0"
                bounds.append((test, self._bound(target, rule, value, bool(exclusive))))
        multiples = []
        if limits.multiple_of is not None:
            divisor = limits.multiple_of
            whole = isinstance(divisor, int) and _LONG[0] <= divisor <= _LONG[1]
            literal = f"{divisor}L" if whole else repr(float(divisor))
            test = f"!{V}.isMultiple({v}, {literal})"
            multiples.append((test, self._bound(target, "multiple_of", divisor)))
        return [bounds, multiples]

    def _boolean(self, type_ref: TypeRef, target: Target) -> Chain:
        return Chain.of((f"!({target.value} instanceof Boolean)", self._type(target, "boolean")))

    def _enum(self, type_ref: TypeRef, target: Target) -> Chain:
        enum = self.module.api.enum(str(type_ref.ref))
        if self.response:  # open: any value of the base type
            return self.kind(dataclasses.replace(type_ref, kind=enum.base, ref=None), target)
        v, values = target.value, [item.value for item in enum.values]
        stem = enum.path[-1] if enum.path else enum.id
        if enum.base is TypeKind.STRING:
            allowed = self.module.strings(stem, (str(value) for value in values))
            report = target.report(f"{V}.enumIssue({target.where}, {allowed}, {v})")
            return Chain.of((f"!{V}.isOneOf({v}, {allowed})", report))
        base = dataclasses.replace(type_ref, kind=enum.base, ref=None)
        items = ", ".join(_literal(value) for value in values)
        allowed = self.module.constant(stem, "List<Object>", f"Arrays.<Object>asList({items})")
        type_test = self.kind(base, target).links[0]
        report = target.report(f"{V}.enumIssue({target.where}, {allowed}, {v})")
        return Chain.of(type_test, (f"!{V}.isMember({v}, {allowed})", report))

    def _array(self, type_ref: TypeRef, target: Target) -> Chain:
        v, limits = target.value, type_ref.constraints
        counts, unique = [], []
        if limits.min_items:
            counts.append((f"{V}.length({v}) < {limits.min_items}", self._bound(target, "min_items", limits.min_items)))
        if limits.max_items is not None:
            counts.append((f"{V}.length({v}) > {limits.max_items}", self._bound(target, "max_items", limits.max_items)))
        if limits.unique_items:
            unique.append((f"{V}.hasDuplicates({v})", target.report(f"{V}.uniqueIssue({target.where})")))
        loop: list[str] = []
        if type_ref.items is not None:
            items, index, element = self.fresh("items"), self.fresh("index"), self.fresh("element")
            body = self.value(type_ref.items, target.at(element, index, f"{target.stem}_item")).lines()
            if body:
                loop = [
                    f"List<?> {items} = {V}.list({v});",
                    f"for (int {index} = 0; {index} < {items}.size(); {index}++) {{",
                    f"  Object {element} = {items}.get({index});",
                    *_indent(body),
                    "}",
                ]
        test = (f"{V}.list({v}) == null", self._type(target, "array"))
        if not loop:
            return self._typed(test, [counts, unique])
        tail = [line for group in (counts, unique) if group for line in Chain.of(*group).lines()]
        return Chain.of(test, tail=[*tail, *loop])

    def _entries(self, source: str, type_ref: TypeRef, target: Target, skip: str | None = None) -> list[str]:
        """A loop over the entries of the map `source`, checking each value as `type_ref`."""
        entry, item = self.fresh("entry"), self.fresh("value")
        at = target.at(item, f"String.valueOf({entry}.getKey())", f"{target.stem}_value")
        chain = self.value(type_ref, at)
        if not self.response:  # a response's null entry is a value (a request's is absent)
            chain = chain.only_if(f"{item} != null")
        if skip is not None:
            chain = chain.only_if(f"!{skip}.contains({entry}.getKey())")
        body = chain.lines()
        if not body:
            return []
        head = [f"for (Map.Entry<?, ?> {entry} : {source}.entrySet()) {{", f"  Object {item} = {entry}.getValue();"]
        return [*head, *_indent(body), "}"]

    def _map(self, type_ref: TypeRef, target: Target) -> Chain:
        v, limits = target.value, type_ref.constraints
        counts = []
        if limits.min_properties:
            report = self._bound(target, "min_properties", limits.min_properties)
            counts.append((f"{V}.length({v}) < {limits.min_properties}", report))
        if limits.max_properties is not None:
            report = self._bound(target, "max_properties", limits.max_properties)
            counts.append((f"{V}.length({v}) > {limits.max_properties}", report))
        loop = self._entries(f"{V}.object({v})", type_ref.items, target) if type_ref.items is not None else []
        test = (f"{V}.object({v}) == null", self._type(target, "object"))
        if not loop:
            return self._typed(test, [counts])
        return Chain.of(test, tail=[*Chain.of(*counts).lines(), *loop])

    def object_body(
        self, fields: Sequence[Field], closed: bool, additional: TypeRef | None, target: Target
    ) -> list[str]:
        """Checks of an object's keys (`target.value` is known to be a `Map<?, ?>`)."""
        lines: list[str] = []
        v = target.value
        if closed:
            keys = self.module.strings(f"{target.stem}_keys", (f.name for f in fields))
            nulls = ", false" if self.response else ""  # a response's null values are keys too
            lines += [f"{V}.unknownKeys({v}, {target.where}, {keys}, issues{nulls});"]
        elif additional is not None:
            keys = self.module.strings(f"{target.stem}_keys", (f.name for f in fields))
            lines += self._entries(v, additional, target, skip=keys)
        for field in fields:
            lines += self._field(field, target)
        return lines

    def _field(self, field: Field, parent: Target) -> list[str]:
        key = java_str(field.name)
        target = parent.at("item", key, f"{parent.stem}_{field.name}")
        fetch = f"{'' if self.item_declared else 'Object '}item = {parent.value}.get({key});"
        # A request's null is an absent key; a response's is a value, absent only when the key is.
        present = f"{parent.value}.containsKey({key})" if self.response else "item != null"
        if field.write_only if self.response else field.read_only:
            issue = "writeOnlyIssue" if self.response else "readOnlyIssue"
            body = Chain.of((present, target.report(f"{V}.{issue}({target.where})"))).lines()
        else:
            chain = self.kind(field.type, target)
            if self.response and accepts_null(field.type):
                chain = chain.only_if("item != null")
            if field.required:
                absent = f"!{present}" if self.response else "item == null"
                chain = chain.then(absent, parent.report(f"{V}.missingIssue({parent.where}, {key})"))
            else:
                chain = chain.only_if(present)
            body = chain.lines()
        if not body:
            return []
        self.item_declared = True
        return [fetch, *body]

    def object_function(self, name: str, schema: Schema) -> list[str]:
        target = Target("value", (), "_".join(schema.path[-2:]) if schema.path else schema.id)
        where = "a response" if self.response else "request params"
        head = [
            f"/** Checks an object of schema {{@code {_comment(schema.id)}}} in {where}. */",
            f"static void {name}(Object value, List<Object> path, {ISSUES} issues) {{",
        ]
        if schema.alias is not None:
            return [*head, *_indent(self.value(schema.alias, target).lines()), "}"]
        body = [
            f"Map<?, ?> object = {V}.object(value);",
            "if (object == null) {",
            *_indent(self._type(target, "object")),
            "  return;",
            "}",
            *self.object_body(
                schema.fields, not schema.open, schema.additional, dataclasses.replace(target, value="object")
            ),
        ]
        return [*head, *_indent(body), "}"]


def _comment(text: str) -> str:
    return "".join(c if " " <= c <= "~" and c not in "*/@{}" else "?" for c in text)[:120]


def _literal(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, str):
        return java_str(value)
    if isinstance(value, int):
        return f"{value}L" if _LONG[0] <= value <= _LONG[1] else f'new BigDecimal("{value}")'
    number = float(value)  # type: ignore[arg-type]
    return repr(number) if math.isfinite(number) else _INFINITE.get(number, "Double.NaN")


def describe(api: Api, type_ref: TypeRef, response: bool = False) -> str:
    if type_ref.kind is TypeKind.ENUM:
        enum = api.enum(str(type_ref.ref))
        values = [item.value for item in enum.values]
        if values == [""]:
            return '"" (to unset)'
        if response:  # a response's enums are open: any value of their type
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
    if kind is TypeKind.INTEGER and type_ref.format == "unix-time":
        shape = f"{V}.isUnixTime(value)"
    if shape is None:
        return None
    return f"value == null || {shape}" if type_ref.nullable else shape


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
    expected_source = module.constant(
        f"{stem}_expected", "List<String>", f"List.of({', '.join(map(java_str, expected))})"
    )
    exclusive = type_ref.exclusive and len(branches) > 1 and not response
    checks = Checks(module, response)
    body = [f"List<{ISSUES}> branches = new ArrayList<>();", *(["int matched = 0;"] if exclusive else [])]
    for index, variant in enumerate(branches):
        branch = f"branch{index + 1}"
        target = Target("value", (), f"{stem}_{index}")
        passed = [f"if ({branch}.isEmpty()) {{", "  matched++;", "} else {", f"  branches.add({branch});", "}"]
        failed = [f"if ({branch}.isEmpty()) {{", "  return;", "}", f"branches.add({branch});"]
        lines = _swap(checks.value(variant, target).lines(), branch)
        attempt = [f"{ISSUES} {branch} = new ArrayList<>();", *lines, *(passed if exclusive else failed)]
        shape = _shape(module.api, variant)
        body += [f"if ({shape}) {{", *_indent(attempt), "}"] if shape else attempt
    if exclusive:
        body += [
            "if (matched == 1) {",
            "  return;",
            "}",
            "if (matched > 1) {",
            f"  issues.add({V}.oneOfIssue(path, value, matched, {expected_source}));",
            "  return;",
            "}",
        ]
    body.append(f"issues.addAll({V}.bestBranch(path, value, branches, {expected_source}));")
    kind = "Exactly one" if exclusive else "Any"
    return [
        f"/** {kind} of: {_comment(' or '.join(expected))}. */",
        f"static void {name}(Object value, List<Object> path, {ISSUES} issues) {{",
        *_indent(body),
        "}",
    ]


def _swap(lines: list[str], branch: str) -> list[str]:
    """A branch's checks report into `branch`, not `issues`."""
    return [line.replace("issues.add(", f"{branch}.add(").replace(", issues);", f", {branch});") for line in lines]


def _discriminated(module: Module, name: str, discriminator: Discriminator, response: bool) -> list[str]:
    prop = java_str(discriminator.property)
    body = [
        f"Map<?, ?> object = {V}.object(value);",
        "if (object == null) {",
        f'  issues.add({V}.typeIssue(path, "object", value));',
        "  return;",
        "}",
        f"Object kind = object.get({prop});",
        f"String text = {V}.text(kind);",
    ]
    for index, (value, schema_id) in enumerate(discriminator.mapping):
        check = module.object_check(schema_id, response)
        body += [
            f"{'if' if index == 0 else '} else if'} ({java_str(value)}.equals(text)) {{",
            f"  {check}(value, path, issues);",
        ]
    allowed = module.strings(f"{discriminator.property}_values", (v for v, _ in discriminator.mapping))
    body += [
        f"{'} else if' if discriminator.mapping else 'if'} (kind == null) {{",
        f"  issues.add({V}.missingIssue(path, {prop}));",
        "} else {",
        f"  issues.add({V}.enumIssue({V}.at(path, {prop}), {allowed}, kind));",
        "}",
    ]
    return [f"static void {name}(Object value, List<Object> path, {ISSUES} issues) {{", *_indent(body), "}"]


def _operation(module: Module, api: Api, op: Operation) -> list[str]:
    """The checks of one operation's params (`params`, a `Map<?, ?>`), reporting to `issues`."""
    body = body_schema(api, op)
    closed = body is None or not body.open
    target = Target("params", (), f"{op.resource}_{op.name}")
    return Checks(module).object_body(op.params, closed, body.additional if body else None, target)


def _public(op_id: str, name: str, body: Sequence[str]) -> list[str]:
    return [
        f"/** The params of {{@code {_comment(op_id)}}}: every issue found (none: valid). */",
        f"public static {ISSUES} {name}(Map<?, ?> params) {{",
        f"  {ISSUES} issues = new ArrayList<>();",
        *_indent(body),
        "  return issues;",
        "}",
    ]


def _private(name: str, body: Sequence[str]) -> list[str]:
    return [f"static void {name}(Map<?, ?> params, List<Object> path, {ISSUES} issues) {{", *_indent(body), "}"]


def _response_public(module: Module, op: Operation, name: str) -> Function:
    """`<operation>Response(body)`: the issues of what the operation answered (none: valid)."""
    assert op.response is not None
    target = Target("value", (), f"{op.resource}_{op.name}_response")
    checks = Checks(module, response=True).value(op.response, target).lines()
    lines = [
        f"/** What {{@code {_comment(op.id)}}} answers (its parsed JSON): every issue found (none: valid). */",
        f"public static {ISSUES} {name}(Object body) {{",
        f"  {ISSUES} issues = new ArrayList<>();",
        *(["  Object value = Validation.plain(body);", "  List<Object> path = List.of();"] if checks else []),
        *_indent(checks),
        "  return issues;",
        "}",
    ]
    return Function(name, tuple(lines), True)


def _functions(api: Api) -> tuple[list[Function], list[Function], Module]:
    """The public methods (one per operation, one per operation's response) and the rest; a
    single class holds the operations' checks itself, else each public method of params calls
    its `check<Operation>`."""
    names = validator_names(api)
    responses = response_validator_names(api, names)
    module = Module(api, [*names.values(), *responses.values(), "Validators", "Validation"])
    bodies = {op.id: ["List<Object> path = List.of();", *_operation(module, api, op)] for op in api.operations}
    answers = [_response_public(module, op, responses[op.id]) for op in api.operations if op.id in responses]
    whole = sum(len(line) + 1 for body in bodies.values() for line in body) + sum(f.size for f in module.functions)
    if whole + sum(f.size for f in answers) <= CLASS_BUDGET:
        public = [
            Function(names[op_id], tuple(_public(op_id, names[op_id], body)), True) for op_id, body in bodies.items()
        ]
        return [*public, *answers], module.functions, module
    public, checks = [], []
    for op_id, body in bodies.items():
        check = module.names.take(_method_name(f"check_{snake_case(names[op_id])}"))
        checks.append(Function(check, tuple(_private(check, body[1:]))))
        call = [f"⟦{check}⟧(params, List.of(), issues);"]
        public.append(Function(names[op_id], tuple(_public(op_id, names[op_id], call)), True))
    return [*public, *answers], [*checks, *module.functions], module


def render_validators(api: Api, package: str) -> dict[str, str]:
    """Class name -> the Java source of each class of `<package>.validation` but the runtime's."""
    public, rest, module = _functions(api)
    classes: list[list[Function]] = [[*public, *rest]]
    if sum(f.size for f in classes[0]) > CLASS_BUDGET:
        classes, size = [list(public), []], 0
        for function in rest:
            if classes[-1] and size + function.size > CLASS_BUDGET:
                classes.append([])
                size = 0
            classes[-1].append(function)
            size += function.size
    names = ["Validators", *(f"Validators{index}" for index in range(2, len(classes) + 1))]
    home = {f.name: name for name, functions in zip(names, classes, strict=True) for f in functions}
    return {
        name: _class_source(package, name, functions, home, module)
        for name, functions in zip(names, classes, strict=True)
    }


def _class_source(package: str, name: str, functions: list[Function], home: dict[str, str], module: Module) -> str:
    def call(match: re.Match[str]) -> str:
        found = home[match.group(1)]
        return match.group(1) if found == name else f"{found}.{match.group(1)}"

    text = "\n\n".join("\n".join(_indent(f.lines)) for f in functions)
    text = _CALL.sub(call, text)
    order = {constant: position for position, constant in enumerate(module.constants)}
    used = sorted(set(_CONSTANT.findall(text)), key=order.__getitem__)
    text = _CONSTANT.sub(lambda match: match.group(1), text)
    text = "\n".join(row for line in text.split("\n") for row in _fold(line))
    constants = [
        _wrapped(f"  private static final {module.constants[c][0]} {c} = {module.constants[c][1]};") for c in used
    ]
    head = [*_HEAD, f"public final class {name} {{", *[line for rows in constants for line in rows]]
    body = [*head, *([""] if constants else []), f"  private {name}() {{}}", "", text, "}"]
    imports = _imports(package, "\n".join(body))
    return "\n".join([f"package {package}.validation;", "", *imports, "", *body]) + "\n"


_HEAD = (
    "/**",
    " * Validators compiled from the spec: {@code Validators.<operation>(params)} answers the issues",
    " * of the params ({@link Validation.Issue}); the client checks each request with them before",
    " * sending it ({@code setValidateRequests(false)} turns this off). {@code",
    " * Validators.<operation>Response(body)} checks what an operation answered (a client built with",
    " * {@code setStrict(true)} does, throwing {@code ResponseValidationException}).",
    " */",
)
_IMPORTS = (
    ("java.math.BigDecimal", "BigDecimal"),
    ("java.util.ArrayList", "ArrayList<"),
    ("java.util.Arrays", "Arrays."),
    ("java.util.List", "List<"),
    ("java.util.Map", "Map<"),
    ("java.util.Set", "Set<"),
    ("java.util.regex.Pattern", " Pattern "),
)


_SIGNATURE = re.compile(r"^( *)((?:public )?static [^(]+\()(.+\) \{)$")
_STATEMENT = re.compile(r"^( *)([\w.]+\()(.+\);)$")
_DOC = re.compile(r"^( *)/\*\* (.+) \*/$")


def _fold(line: str, width: int = 100, depth: int = 2) -> list[str]:
    """A long line as google-java-format folds it: a signature's parameters, a call's
    arguments on a continuation line (+4), a Javadoc over three lines."""
    if len(line) <= width or not depth:
        return [line]
    for pattern in (_SIGNATURE, _STATEMENT):
        found = pattern.match(line)
        if found:
            indent, head, rest = found.groups()
            return [f"{indent}{head}", *_fold(f"{indent}    {rest}", width, depth - 1)]
    doc = _DOC.match(line)
    if doc:
        return [f"{doc.group(1)}/**", f"{doc.group(1)} * {doc.group(2)}", f"{doc.group(1)} */"]
    return [line]


def _imports(package: str, text: str) -> list[str]:
    return [f"import {name};" for name, used in _IMPORTS if used in text]


def _wrapped(line: str, width: int = 100) -> list[str]:
    """A constant's line, its call's arguments over several lines when it is too long."""
    if len(line) <= width or not line.endswith(");") or "(" not in line:
        return [line]
    head, _, rest = line.partition("(")
    rows: list[str] = []
    for item in _items(rest[:-2]):
        if rows and len(rows[-1]) + len(item) + 2 <= width - 6:
            rows[-1] += f" {item},"
        else:
            rows.append(f"{item},")
    return [f"{head}(", *(f"      {row}" for row in rows[:-1]), f"      {rows[-1].rstrip(',')});"]


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
