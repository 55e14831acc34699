"""Methods on the resource classes, as stripe-ruby has them (seed 002): `Customer.create(params,
opts)`, `Customer.retrieve(id)`, `Customer.list(params).auto_paging_each`, and on an object
`customer.delete`, `payment_intent.confirm(params)`; calls go through the client of the global
settings (`Stripe.api_key = ...`), or for an object the client that returned it.

Which service's methods a class gets: the top-level services whose `ServiceNode.schema` is the
class's schema (`customers` -> Customer); where several share a schema, the one named after it
wins a name, then the first by id. A class that is the page its service answers gets none.
An object has the methods that take its id as their one path param and change it (not GET). A
name the class or its objects already answer (a reader, a Ruby or runtime method) is left out:
the client style still has it.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ...surface import Method
from ...surface.naming import singular, snake_case
from .names import OBJECT_METHODS, OBJECT_RESERVED, RubyNames
from .views import WIDTH, ClassMethodView, MethodView, method_view

#: Methods every class answers (Class, Module, and the runtime's class methods).
CLASS_RESERVED = OBJECT_METHODS | frozenset(
    {"new", "allocate", "superclass", "name", "ancestors", "constants", "const_get", "const_set"}
    | {"include?", "instance_method", "instance_methods", "class_eval", "module_eval", "define_method"}
    | {"construct_from", "field_types", "object_name", "plain"}
)
#: Methods of an object the runtime uses besides its readers.
INSTANCE_RESERVED = OBJECT_RESERVED | frozenset({"requestor", "requestor=", "[]"})


def resource_methods(names: RubyNames) -> dict[str, tuple[ClassMethodView, ...]]:
    """Schema id -> the methods of its class (class methods first), for the classes that have some."""
    by_schema: dict[str, list[str]] = defaultdict(list)
    for root in sorted(names.client_attrs):
        node = names.sdk.node(root)
        found = names.models.get(node.schema or "")
        if node.methods and found is not None and len(found.qualname) == 1:
            by_schema[str(node.schema)].append(root)
    out: dict[str, tuple[ClassMethodView, ...]] = {}
    for schema_id, found_roots in by_schema.items():
        # The service named after the class first, the plural (`accounts`: `Account.retrieve(id)`)
        # before the singular (`account`), then the others by id.
        roots = sorted(
            found_roots,
            key=lambda root: (snake_case(singular(root)) != snake_case(schema_id), singular(root) == root, root),
        )
        readers = set(names.readers(names.api.schema(schema_id).fields))
        cls = names.model(schema_id)
        statics: dict[str, ClassMethodView] = {}
        instances: dict[str, ClassMethodView] = {}
        for root in roots:
            for method in names.sdk.node(root).methods:
                if _page_of_itself(method, schema_id):
                    continue
                view = method_view(names, cls.qualname, method)
                if view.name not in CLASS_RESERVED:
                    statics.setdefault(view.name, _class_method(names, root, view))
                if _on_object(method) and view.name not in INSTANCE_RESERVED | readers:
                    instances.setdefault(view.name, _instance_method(names, root, view))
        out[schema_id] = (*statics.values(), *instances.values())
    return out


def _page_of_itself(method: Method, schema_id: str) -> bool:
    """The class is the page this method answers (`ThingListResponse`), not one of its items."""
    return method.returns.pages and method.response is not None and method.response.ref == schema_id


def _on_object(method: Method) -> bool:
    return len(method.path_params) == 1 and method.http_method != "GET"


def _class_method(names: RubyNames, root: str, view: MethodView) -> ClassMethodView:
    call = f"::{names.module}.client.{names.call_path(root)}.{view.name}({', '.join(_passed(view.args))})"
    return ClassMethodView(
        name=view.name,
        doc=view.doc,
        signature=_layout(f"def self.{view.name}", view.args),
        call=call,
        rbs=f"def self.{view.name}: {view.rbs}",
    )


def _instance_method(names: RubyNames, root: str, view: MethodView) -> ClassMethodView:
    args = view.args[1:]  # the object's id is the path param
    service = names.service(root).name
    call = f"{service}.new(requestor).{view.name}({', '.join(['self[:id]', *_passed(args)])})"
    id_param = f"# @param {view.args[0]} "
    doc = tuple(line for line in view.doc if not line.startswith(id_param))
    return ClassMethodView(
        name=view.name,
        doc=doc,
        signature=_layout(f"def {view.name}", args),
        call=call,
        rbs=f"def {view.name}: ({', '.join(view.rbs_args[1:])}) -> {view.rbs_result}",
    )


def _passed(args: tuple[str, ...]) -> list[str]:
    """How a body passes its parameters on: `params`, `io: io`."""
    out = []
    for arg in args:
        keyword = re.fullmatch(r"(\w+):.*", arg)
        out.append(f"{keyword.group(1)}: {keyword.group(1)}" if keyword else arg.split("=")[0].strip())
    return out


def _layout(head: str, args: tuple[str, ...]) -> str:
    flat = f"{head}({', '.join(args)})"
    if len(flat) + 4 <= WIDTH:
        return flat
    return head + "(\n" + ",\n".join(f"  {arg}" for arg in args) + "\n)"


__all__ = ["resource_methods"]
