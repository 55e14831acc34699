"""Resource classes (`<package>.Customer.retrieve(id)` on the package's global settings, as
stripe-python's): `_resources.py` holds one mixin of class methods per object with methods
(`surface.resource_classes`), which the model class inherits from."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ...surface import Method, Returns, Sdk
from ...surface.resource_classes import ResourceClass, resource_classes
from .layout import import_from
from .names import PythonNames
from .types import ModuleTypes
from .views import method_returns
from .words import docstring, import_order, natural_key

_PAGES = {Returns.LIST_PAGE: "list_pages", Returns.SEARCH_PAGE: "list_pages", Returns.AUTO_PAGE: "styled_pages"}


@dataclass(frozen=True, slots=True)
class MixinView:
    name: str  # `CustomerMethods`
    model: str  # `Customer`
    doc: str
    methods: tuple[str, ...]  # each method's code, indented as in the class


@dataclass(frozen=True, slots=True)
class ResourcesView:
    mixins: tuple[MixinView, ...]
    type_imports: tuple[str, ...]
    has_version: bool  # Stripe's API: the package's `api_version` is sent as `Stripe-Version`


def mixin_names(sdk: Sdk, names: PythonNames) -> dict[str, str]:
    """Schema id -> its mixin in `_resources` (only schemas rendered as top-level model classes)."""
    return {
        schema_id: names.models[schema_id].top + "Methods"
        for schema_id in resource_classes(sdk)
        if schema_id in names.models and names.models[schema_id].qualname == names.models[schema_id].top
    }


def resources_view(sdk: Sdk, names: PythonNames) -> ResourcesView:
    types = ModuleTypes(sdk.api, names, "")
    params: dict[str, set[str]] = defaultdict(set)
    pages: dict[str, set[str]] = defaultdict(set)
    mixins = []
    classes = resource_classes(sdk)
    for schema_id, mixin in mixin_names(sdk, names).items():
        resource = classes[schema_id]
        model = names.models[schema_id].top
        blocks = []
        for name, method in resource.methods:
            returns = method_returns(types, method)
            if method.returns in _PAGES:
                pages[_PAGES[method.returns]].add(returns.split("[", 1)[0])
            if method.params:
                module, typed = names.op_params(method.operation)
                params[module].add(typed)
            blocks.append(_method(names, resource, name, method, returns))
        doc = docstring(f"`{model}`'s API calls, made with the package's settings (`api_key`, `api_base`).", 4)
        mixins.append(MixinView(mixin, model, doc, tuple(blocks)))
    imports = [
        *(import_from(f"._runtime.{m}", import_order(n), 1) for m, n in sorted(pages.items())),
        *types.import_lines(".models."),
        *(
            import_from(f".params.{m}", import_order(n), 1)
            for m, n in sorted(params.items(), key=lambda i: natural_key(i[0]))
        ),
    ]
    return ResourcesView(tuple(mixins), tuple(imports), sdk.stripe)


def _method(names: PythonNames, resource: ResourceClass, name: str, method: Method, returns: str) -> str:
    call = f"_client().{names.call_path(resource.service.id)}.{names.method(method.operation)}"
    params = f"**params: Unpack[{names.op_params(method.operation)[1]}]" if method.params else ""
    forward = "**params" if method.params else ""
    doc = f'"""`{method.http_method} {method.path}` with the package\'s settings."""'
    if name == "delete":  # on the class with an id, or on an instance: `customer.delete()`
        args = ", ".join(filter(None, [f"self_or_id: {resource_mixin(names, resource)} | str", "/", params]))
        sent = ", ".join(filter(None, ["object_id(self_or_id)", forward]))
        return f"    def delete({args}) -> {returns}:\n        {doc}\n        return {call}({sent})"
    args = ", ".join(filter(None, ["cls", *(["id: str", "/"] if method.path_params else []), params]))
    sent = ", ".join(filter(None, [*(["id"] if method.path_params else []), forward]))
    return f"    @classmethod\n    def {name}({args}) -> {returns}:\n        {doc}\n        return {call}({sent})"


def resource_mixin(names: PythonNames, resource: ResourceClass) -> str:
    return names.models[resource.schema].top + "Methods"
