"""IR types -> Python checks, one small function per code shape.

Every check is emitted as a `Chain` (see `chain.py`) over a value held in a variable, at an
issue path given as a Python expression, appending `ValidationIssue`s to a list variable.
Objects and unions become functions of their own (`check_...`, `_any_of_...`); strings,
numbers, enums, arrays and maps are checked inline.

Two modes (see `plan.Mode`): request params, where a key set to `None` is absent and enums
are closed, and responses, where `null` is checked against `nullable` and enums are open.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from ....surface import Api, Constraints, Discriminator, Field, Schema, TypeKind, TypeRef
from ....surface.naming import snake_case
from .chain import Chain, docstring, indent, text
from .layout import literal, tuple_literal, value_literal
from .plan import Layout, Mode, Names

ISSUE_TYPE = "list[ValidationIssue]"
CHECK_SIGNATURE = f"(value: object, path: IssuePath, issues: {ISSUE_TYPE}) -> None"


@dataclass(frozen=True, slots=True)
class PathExpr:
    """An issue path as Python source: `path` (the function's), `()`, or `(*path, "key", index)`."""

    parts: tuple[str, ...]

    def child(self, part: str) -> PathExpr:
        return PathExpr((*self.parts, part))

    def __str__(self) -> str:
        if self.parts == ("*path",):
            return "path"
        if len(self.parts) == 1:
            return f"({self.parts[0]},)"
        return "(" + ", ".join(self.parts) + ")"


FUNCTION_PATH = PathExpr(("*path",))
ROOT_PATH = PathExpr(())


class Scope:
    """Local variable names of one generated function."""

    def __init__(self) -> None:
        self._names = Names()

    def fresh(self, stem: str) -> str:
        return self._names.take(stem)


class ModuleContext:
    """What one generated module defines and needs: constants, helper functions, imports."""

    def __init__(self, api: Api, layout: Layout, module: str, names: Names, request_checks: Mapping[str, str]) -> None:
        self.api = api
        self.layout = layout
        self.module = module
        self.names = names
        self.request_checks = request_checks
        self.helpers: set[str] = {"ValidationIssue"}
        self.constants: dict[str, str] = {}  # name -> source
        self._constant_names: dict[str, str] = {}  # source -> name
        self.functions: list[list[str]] = []  # union functions, in order of first use
        self._unions: dict[object, str] = {}
        self.uses_re = False
        self.uses_schemas = False

    def helper(self, name: str) -> str:
        """A name imported from the runtime's `validation` module."""
        self.helpers.add(name)
        return name

    def constant(self, stem: str, source: str) -> str:
        """A module-level constant holding `source`; equal constants are shared."""
        if source not in self._constant_names:
            name = self.names.take("_" + (snake_case(stem) or "values").upper())
            self._constant_names[source] = name
            self.constants[name] = source
        return self._constant_names[source]

    def strings_constant(self, stem: str, values: Iterable[str]) -> str:
        items = ", ".join(literal(value) for value in sorted(set(values)))
        return self.constant(stem, f"frozenset({{{items}}})" if items else "frozenset[str]()")

    def pattern_constant(self, pattern: str) -> str:
        self.uses_re = True
        return self.constant("pattern", f"re.compile({literal(pattern)})")

    def object_check(self, schema_id: str, mode: Mode) -> str:
        """The callable checking an object of schema `schema_id`, as an expression."""
        if mode is Mode.REQUEST:
            return self.request_checks[schema_id]
        target = self.layout.checks[schema_id]
        if target.module == self.module:
            return target.name
        self.uses_schemas = True
        return f"_schemas.{target.module.rsplit('.', 1)[1]}.{target.name}"

    def union_check(self, type_ref: TypeRef, mode: Mode, stem: str) -> str:
        """The name of the function checking union `type_ref`, written on first use."""
        key = (_hashable(type_ref), mode)
        name = self._unions.get(key)
        if name is None:
            name = self.names.take(f"_any_of_{snake_case(stem) or 'value'}")
            self._unions[key] = name
            self.functions.append(union_function(self, name, type_ref, mode, stem))
        return name


def _hashable(type_ref: TypeRef) -> object:
    """`type_ref` without its default (which may be an unhashable JSON value)."""
    plain = dataclasses.replace(type_ref, default=None, has_default=False)
    try:
        hash(plain)
    except TypeError:
        return id(type_ref)
    return plain


@dataclass(frozen=True, slots=True)
class Target:
    """Where a check runs: the value's variable, its issue path, the issue list, and naming."""

    value: str
    path: PathExpr
    issues: str
    stem: str  # for names of helper functions and constants (`customer_address`)

    def report(self, expression: str) -> tuple[str]:
        return (f"{self.issues}.append({expression})",)

    def at(self, value: str, path: PathExpr, stem: str) -> Target:
        return Target(value, path, self.issues, stem)


class Checks:
    """Builds the checks of one module in one mode."""

    def __init__(self, context: ModuleContext, mode: Mode) -> None:
        self.context = context
        self.mode = mode
        self._kinds: dict[TypeKind, Callable[[TypeRef, Target, Scope], Chain]] = {
            TypeKind.STRING: self._string,
            TypeKind.INTEGER: self._integer,
            TypeKind.NUMBER: self._number,
            TypeKind.BOOLEAN: self._boolean,
            TypeKind.ENUM: self._enum,
            TypeKind.ARRAY: self._array,
            TypeKind.MAP: self._map,
            TypeKind.OBJECT: self._object,
            TypeKind.UNION: self._union,
            TypeKind.EXPANDABLE: self._union,
            TypeKind.ANY: lambda _type, _target, _scope: Chain(),
        }

    @property
    def request(self) -> bool:
        return self.mode is Mode.REQUEST

    # -- values --------------------------------------------------------------------------

    def value(self, type_ref: TypeRef, target: Target, scope: Scope) -> Chain:
        """Check a value that may be `None` (allowed when the type is nullable)."""
        chain = self._kinds[type_ref.kind](type_ref, target, scope)
        if accepts_null(type_ref):
            return chain.only_if(f"{target.value} is not None")
        return chain

    def _type_issue(self, target: Target, json_type: str) -> tuple[str]:
        issue = self.context.helper("type_issue")
        return target.report(f'{issue}({target.path}, "{json_type}", {target.value})')

    def _bound(self, target: Target, rule: str, limit: float, exclusive: bool = False) -> tuple[str]:
        """Report a broken bound: a number, length, item count or key count."""
        flag = ", exclusive=True" if exclusive else ""
        issue = self.context.helper("bound_issue")
        return target.report(f'{issue}({target.path}, "{rule}", {limit!r}, {target.value}{flag})')

    def _typed(self, type_test: tuple[str, Sequence[str]], groups: list[list[tuple[str, tuple[str]]]]) -> Chain:
        """A type test, then constraint groups (links within a group exclude each other)."""
        groups = [group for group in groups if group]
        if len(groups) <= 1:
            return Chain.of(type_test, *(groups[0] if groups else ()))
        tail = [line for group in groups for line in Chain.of(*group).lines()]
        return Chain.of(type_test, tail=tail)

    def _string(self, type_ref: TypeRef, target: Target, scope: Scope) -> Chain:
        v = target.value
        if type_ref.format == "binary":
            test = f"not isinstance({v}, (str, bytes, bytearray))"
            if self.request:  # a file to upload: a file object, a path, (filename, content[, type])
                test = f"not {self.context.helper('is_upload')}({v})"
            return Chain.of((test, self._type_issue(target, "string")))
        if type_ref.format == "decimal" and self.request:  # a Decimal is sent as written
            test = f"not isinstance({v}, str) and not {self.context.helper('is_decimal')}({v})"
            return Chain.of((test, self._type_issue(target, "string")))
        return self._typed(
            (f"not isinstance({v}, str)", self._type_issue(target, "string")),
            self._string_constraints(type_ref.constraints, target),
        )

    def _string_constraints(self, limits: Constraints, target: Target) -> list[list[tuple[str, tuple[str]]]]:
        v = target.value
        lengths = []
        if limits.min_length is not None and limits.min_length > 0:
            report = self._bound(target, "min_length", limits.min_length)
            lengths.append((f"len({v}) < {limits.min_length}", report))
        if limits.max_length is not None:
            report = self._bound(target, "max_length", limits.max_length)
            lengths.append((f"len({v}) > {limits.max_length}", report))
        patterns = []
        if limits.pattern is not None:
            compiled = self.context.pattern_constant(limits.pattern)
            report = target.report(
                f"{self.context.helper('pattern_issue')}({target.path}, {literal(limits.pattern)}, {v})"
            )
            patterns.append((f"not {compiled}.search({v})", report))
        return [lengths, patterns]

    def _integer(self, type_ref: TypeRef, target: Target, scope: Scope) -> Chain:
        v = target.value
        if type_ref.format == "unix-time" and self.request:  # a datetime is sent as its timestamp
            test = f"not {self.context.helper('is_unix_time')}({v})"
            return Chain.of((test, self._type_issue(target, "integer")))
        test = f"not isinstance({v}, int) or isinstance({v}, bool)"
        return self._typed((test, self._type_issue(target, "integer")), self._number_constraints(type_ref, target))

    def _number(self, type_ref: TypeRef, target: Target, scope: Scope) -> Chain:
        v = target.value
        test = f"not isinstance({v}, (int, float)) or isinstance({v}, bool)"
        if self.request:  # a Decimal is sent as written (a NaN is no number)
            decimal = self.context.helper("Decimal")
            test = f"not isinstance({v}, (int, float, {decimal})) or isinstance({v}, bool) or {v} != {v}"
        return self._typed((test, self._type_issue(target, "number")), self._number_constraints(type_ref, target))

    def _number_constraints(self, type_ref: TypeRef, target: Target) -> list[list[tuple[str, tuple[str]]]]:
        limits, v = type_ref.constraints, target.value
        width = _INTEGER_RANGES.get(type_ref.format or "") if type_ref.kind is TypeKind.INTEGER else None
        if width is not None:  # int32/int64: the format's range where the spec sets no tighter bound
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
                report = self._bound(target, rule, value, exclusive)
                bounds.append((f"{v} {operator} {value!r}", report))
        multiples = []
        if limits.multiple_of is not None:
            test = f"not {self.context.helper('is_multiple')}({v}, {limits.multiple_of!r})"
            report = self._bound(target, "multiple_of", limits.multiple_of)
            multiples.append((test, report))
        return [bounds, multiples]

    def _boolean(self, type_ref: TypeRef, target: Target, scope: Scope) -> Chain:
        v = target.value
        return Chain.of((f"{v} is not True and {v} is not False", self._type_issue(target, "boolean")))

    def _enum(self, type_ref: TypeRef, target: Target, scope: Scope) -> Chain:
        enum = self.context.api.enum(str(type_ref.ref))
        base = dataclasses.replace(type_ref, kind=enum.base, ref=None)
        if not self.request:  # open: any value of the base type
            return self._kinds[enum.base](base, target, scope)
        v, values = target.value, [item.value for item in enum.values]
        issue = self.context.helper("enum_issue")
        if enum.base is TypeKind.STRING and len(values) == 1:
            only = value_literal(values[0])
            return Chain.of((f"{v} != {only}", target.report(f"{issue}({target.path}, ({only},), {v})")))
        stem = enum.path[-1] if enum.path else enum.id
        if enum.base is TypeKind.STRING:
            allowed = self.context.strings_constant(stem, values)
            test = f"not isinstance({v}, str) or {v} not in {allowed}"
            return Chain.of((test, target.report(f"{issue}({target.path}, {allowed}, {v})")))
        allowed = self.context.constant(stem, tuple_literal(values))
        type_test = self._kinds[enum.base](base, target, scope).links[0]
        test = f"not {self.context.helper('is_member')}({v}, {allowed})"
        return Chain.of(type_test, (test, target.report(f"{issue}({target.path}, {allowed}, {v})")))

    def _array(self, type_ref: TypeRef, target: Target, scope: Scope) -> Chain:
        v, limits = target.value, type_ref.constraints
        kinds = "(list, tuple)" if self.request else "list"
        counts = []
        if limits.min_items is not None and limits.min_items > 0:
            report = self._bound(target, "min_items", limits.min_items)
            counts.append((f"len({v}) < {limits.min_items}", report))
        if limits.max_items is not None:
            report = self._bound(target, "max_items", limits.max_items)
            counts.append((f"len({v}) > {limits.max_items}", report))
        unique = []
        if limits.unique_items:
            report = target.report(f"{self.context.helper('unique_issue')}({target.path}, {v})")
            unique.append((f"{self.context.helper('has_duplicates')}({v})", report))
        loop: list[str] = []
        if type_ref.items is not None:
            index, element = scope.fresh("index"), scope.fresh("element")
            items = target.at(element, target.path.child(index), f"{target.stem}_item")
            body = self.value(type_ref.items, items, scope).lines()
            if body:
                loop = [f"for {index}, {element} in enumerate({v}):", *indent(body)]
        type_test = (f"not isinstance({v}, {kinds})", self._type_issue(target, "array"))
        if not loop:
            return self._typed(type_test, [counts, unique])
        tail = [line for group in (counts, unique) if group for line in Chain.of(*group).lines()]
        return Chain.of(type_test, tail=[*tail, *loop])

    def _map(self, type_ref: TypeRef, target: Target, scope: Scope) -> Chain:
        v, limits = target.value, type_ref.constraints
        counts = []
        if limits.min_properties is not None and limits.min_properties > 0:
            report = self._bound(target, "min_properties", limits.min_properties)
            counts.append((f"len({v}) < {limits.min_properties}", report))
        if limits.max_properties is not None:
            report = self._bound(target, "max_properties", limits.max_properties)
            counts.append((f"len({v}) > {limits.max_properties}", report))
        loop: list[str] = []
        if type_ref.items is not None:
            key, entry = scope.fresh("key"), scope.fresh("entry")
            entries = target.at(entry, target.path.child(key), f"{target.stem}_value")
            chain = self.value(type_ref.items, entries, scope)
            if self.request:
                chain = chain.only_if(f"{entry} is not None")
            body = chain.lines()
            if body:
                loop = [f"for {key}, {entry} in {v}.items():", *indent(body)]
        type_test = (f"not isinstance({v}, dict)", self._type_issue(target, "object"))
        if not loop:
            return self._typed(type_test, [counts])
        return Chain.of(type_test, tail=[*Chain.of(*counts).lines(), *loop])

    def _object(self, type_ref: TypeRef, target: Target, scope: Scope) -> Chain:
        check = self.context.object_check(str(type_ref.ref), self.mode)
        return Chain.of(tail=[f"{check}({target.value}, {target.path}, {target.issues})"])

    def _union(self, type_ref: TypeRef, target: Target, scope: Scope) -> Chain:
        check = self.context.union_check(type_ref, self.mode, target.stem)
        return Chain.of(tail=[f"{check}({target.value}, {target.path}, {target.issues})"])

    # -- objects -------------------------------------------------------------------------

    def object_body(
        self,
        fields: Sequence[Field],
        closed: bool,
        additional: TypeRef | None,
        target: Target,
        scope: Scope,
    ) -> list[str]:
        """Checks of an object's keys (the value is known to be a mapping)."""
        lines: list[str] = []
        v = target.value
        if closed or additional is not None:
            keys = self.context.strings_constant(f"{target.stem}_keys", (f.name for f in fields))
        if closed:
            unknown = self.context.helper("unknown_keys")
            lines += [
                f"if not {v}.keys() <= {keys}:",
                f"    {unknown}({v}, {target.path}, {keys}, {target.issues}, skip_none={self.request})",
            ]
        elif additional is not None:
            key, entry = scope.fresh("key"), scope.fresh("entry")
            entries = target.at(entry, target.path.child(key), f"{target.stem}_value")
            chain = self.value(additional, entries, scope)
            if self.request:
                chain = chain.only_if(f"{entry} is not None")
            body = chain.only_if(f"{key} not in {keys}").lines()
            if body:
                lines += [f"for {key}, {entry} in {v}.items():", *indent(body)]
        for field in fields:
            lines += self._field(field, target, scope)
        return lines

    def _field(self, field: Field, parent: Target, scope: Scope) -> list[str]:
        item = "item"
        absent = "None" if self.request else self.context.helper("MISSING")
        key = literal(field.name)
        target = parent.at(item, parent.path.child(key), f"{parent.stem}_{field.name}")
        fetch = (
            f"{item} = {parent.value}.get({key})" if self.request else f"{item} = {parent.value}.get({key}, {absent})"
        )
        forbidden = field.read_only if self.request else field.write_only
        if forbidden:
            rule = "read_only" if self.request else "write_only"
            report = target.report(f'{self.context.helper("access_issue")}({target.path}, "{rule}", {item})')
            return [fetch, *Chain.of((f"{item} is not {absent}", report)).lines()]
        chain = self._kinds[field.type.kind](field.type, target, scope)
        if not self.request and accepts_null(field.type):
            chain = chain.only_if(f"{item} is not None")
        if field.required:
            missing = parent.report(f"{self.context.helper('missing_issue')}({parent.path}, {key})")
            chain = chain.then(f"{item} is {absent}", missing)
        else:
            chain = chain.only_if(f"{item} is not {absent}")
        body = chain.lines()
        return [fetch, *body] if body else []

    def object_function(self, name: str, schema: Schema, summary: str) -> list[str]:
        """`def check_x(value, path, issues)` for an object schema (or a named non-object one)."""
        scope = Scope()
        target = Target("value", FUNCTION_PATH, "issues", _stem(schema))
        self.context.helper("IssuePath")
        lines = [f"def {name}{CHECK_SIGNATURE}:", *indent(docstring(summary))]
        if schema.alias is not None:
            return lines + indent(self.value(schema.alias, target, scope).lines())
        body = [
            "if not isinstance(value, dict):",
            *indent(self._type_issue(target, "object")),
            "    return",
            *self.object_body(schema.fields, not schema.open, schema.additional, target, scope),
        ]
        return lines + indent(body)


def _stem(schema: Schema) -> str:
    return "_".join(schema.path[-2:]) if schema.path else schema.id


def accepts_null(type_ref: TypeRef) -> bool:
    """`None`/`null` is a valid value of this type."""
    if type_ref.nullable or type_ref.kind is TypeKind.ANY:
        return True
    if type_ref.kind in (TypeKind.UNION, TypeKind.EXPANDABLE):
        return any(accepts_null(variant) for variant in type_ref.variants)
    return False


# -- unions ------------------------------------------------------------------------------

#: The range of an integer of each format (JSON Schema's formats; others are not bounded).
_INTEGER_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}

_SHAPES = {
    TypeKind.STRING: "str",
    TypeKind.INTEGER: "int",
    TypeKind.NUMBER: "(int, float)",
    TypeKind.BOOLEAN: "bool",
    TypeKind.OBJECT: "dict",
    TypeKind.MAP: "dict",
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


def _shape_test(api: Api, type_ref: TypeRef, value: str, mode: Mode) -> str | None:
    """A cheap test that `value` could match `type_ref` at all (None: it always could)."""
    kind = api.enum(str(type_ref.ref)).base if type_ref.kind is TypeKind.ENUM else type_ref.kind
    if kind is TypeKind.ARRAY:
        shape: str | None = "(list, tuple)" if mode is Mode.REQUEST else "list"
    elif kind is TypeKind.STRING and type_ref.format == "binary":
        return None
    else:
        shape = _SHAPES.get(kind)
    if shape is None:
        return None
    test = f"isinstance({value}, {shape})"
    return f"{value} is None or {test}" if type_ref.nullable else test


def describe(api: Api, type_ref: TypeRef, mode: Mode) -> str:
    """What a union branch accepts, for `any_of` messages."""
    if type_ref.kind is TypeKind.ENUM:
        enum = api.enum(str(type_ref.ref))
        values = [item.value for item in enum.values]
        if values == [""]:
            return '"" (to unset)'
        if mode is Mode.RESPONSE:
            return _DESCRIPTIONS[enum.base]
        shown = ", ".join(repr(value) for value in values[:6]) + (", ..." if len(values) > 6 else "")
        return f"one of {shown}"
    if type_ref.kind is TypeKind.UNION:
        return " or ".join(dict.fromkeys(describe(api, variant, mode) for variant in type_ref.variants))
    return _DESCRIPTIONS[type_ref.kind]


def _branches(type_ref: TypeRef) -> tuple[TypeRef, ...]:
    if type_ref.kind is TypeKind.EXPANDABLE:  # the id (its type in `items`), or an expanded object
        return (type_ref.items or TypeRef(TypeKind.STRING), *type_ref.variants)
    return type_ref.variants


def declared_discriminator(type_ref: TypeRef) -> Discriminator | None:
    """The union's discriminator when the spec declares one (it then decides the branch alone).

    Discriminators the converter infers (Stripe's distinct `object` constants) only help
    naming; validation treats those unions as plain `anyOf`.
    """
    found = type_ref.discriminator
    return found if found is not None and getattr(found, "declared", False) else None


def union_function(context: ModuleContext, name: str, type_ref: TypeRef, mode: Mode, stem: str) -> list[str]:
    """`def _any_of_x(value, path, issues)`: valid when one branch is; else the best branch's issues."""
    discriminator = declared_discriminator(type_ref)
    if discriminator is not None:
        return _discriminated_function(context, name, discriminator, mode, stem)
    checks, scope = Checks(context, mode), Scope()
    branches = _branches(type_ref)
    expected = tuple(dict.fromkeys(describe(context.api, variant, mode) for variant in branches))
    summary = text("Any of: " + " or ".join(expected) + ".")
    # `oneOf` in a request: exactly one branch (responses stay open: a newer server's object
    # may match more than one, as a new enum value may come back).
    exclusive = type_ref.exclusive and len(branches) > 1 and mode is Mode.REQUEST
    if exclusive:
        summary = text("Exactly one of: " + " or ".join(expected) + ".")
    body = ["branches: list[list[ValidationIssue]] = []", *(["matched = 0"] if exclusive else [])]
    for index, variant in enumerate(branches):
        target = Target("value", FUNCTION_PATH, "branch", f"{stem}_{index}")
        declare = "branch: list[ValidationIssue] = []" if index == 0 else "branch = []"
        passed = ["if not branch:", "    matched += 1", "else:", "    branches.append(branch)"]
        attempt = [
            declare,
            *checks.value(variant, target, scope).lines(),
            *(passed if exclusive else ["if not branch:", "    return", "branches.append(branch)"]),
        ]
        shape = _shape_test(context.api, variant, "value", mode)
        body += [f"if {shape}:", *indent(attempt)] if shape else attempt
    best = context.helper("best_branch")
    expected_source = tuple_literal(expected)
    if len(f"    issues.extend({best}(path, value, branches, {expected_source}))") > 120:
        exploded = "(\n" + "".join(f"    {literal(item)},\n" for item in expected) + ")"  # black's layout
        expected_source = context.constant(f"{stem}_expected", exploded)
    if exclusive:
        several = context.helper("one_of_issue")
        body += [
            "if matched == 1:",
            "    return",
            "if matched > 1:",
            f"    issues.append({several}(path, value, matched, {expected_source}))",
            "    return",
        ]
    body.append(f"issues.extend({best}(path, value, branches, {expected_source}))")
    context.helper("IssuePath")
    return [f"def {name}{CHECK_SIGNATURE}:", *indent(docstring(summary)), *indent(body)]


def _discriminated_function(
    context: ModuleContext, name: str, discriminator: Discriminator, mode: Mode, stem: str
) -> list[str]:
    """`def _one_of_x(value, path, issues)`: the value of the discriminator property picks the schema."""
    prop = literal(discriminator.property)
    values = [value for value, _ in discriminator.mapping]
    body = [
        "if not isinstance(value, dict):",
        f'    issues.append({context.helper("type_issue")}(path, "object", value))',
        "    return",
        f"kind = value.get({prop})",
    ]
    for index, (value, schema_id) in enumerate(discriminator.mapping):
        check = context.object_check(schema_id, mode)
        body += [f"{'if' if index == 0 else 'elif'} kind == {literal(value)}:", f"    {check}(value, path, issues)"]
    allowed = context.strings_constant(f"{discriminator.property}_values", values)
    body += [
        f"{'elif' if values else 'if'} kind is None:",
        f"    issues.append({context.helper('missing_issue')}(path, {prop}))",
        "else:",
        f"    issues.append({context.helper('enum_issue')}((*path, {prop}), {allowed}, kind))",
    ]
    context.helper("IssuePath")
    summary = text(f"One of {len(values)} schemas, chosen by the value of `{discriminator.property}`.")
    return [f"def {name}{CHECK_SIGNATURE}:", *indent(docstring(summary)), *indent(body)]
