"""The example call of each method: the values every sample (curl and each language) sends.

Values come from `generator.ir.examples` (the spec's examples, else synthesized). Every
sample sends the same parameters: path parameters, the required ones, and `limit=3` on
Stripe's lists. Each target quotes them for its language, so nothing from a spec can break
out of a sample.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..cache.incremental import facet
from ..ir.examples import example_for, example_for_schema, example_params
from ..ir.model import Api, Field, TypeKind
from .model import Example, Method, Returns, Sdk

__all__ = ["example", "example_for", "example_for_schema", "example_params", "objects_by_name", "result_name"]


def example(sdk: Sdk, method: Method, named: Mapping[str, Sequence[str]] | None = None) -> Example:
    """The call the docs show for `method`; `named` is `objects_by_name(api)` when the caller has it."""
    api = sdk.api
    named = objects_by_name(api) if named is None else named
    schema = sdk.services[method.resource_id].schema
    path_values = tuple((param, _path_value(api, method, schema, param, named)) for param in method.path_params)
    values = example_params(api, method.params)
    params = [(param, values[param.name]) for param in method.params if param.name in values]
    limit = next((p for p in method.query_params if p.name == "limit"), None)
    if method.returns in (Returns.LIST_PAGE, Returns.SEARCH_PAGE) and limit is not None and "limit" not in values:
        params.append((limit, 3))
    return Example(path_values, tuple(params), result_name(api, method))


def objects_by_name(api: Api) -> dict[str, tuple[str, ...]]:
    """Object name (`customer`) -> the ids of the schemas with that `object_name`, in spec order.

    Remembered for the last `api` asked about: every method's example asks (Stripe's spec: 819
    schemas scanned for each of 468 methods, in each target)."""
    global _LAST_NAMED
    if _LAST_NAMED is not None and _LAST_NAMED[0] is api:
        return dict(_LAST_NAMED[1])
    found: dict[str, list[str]] = {}
    for schema in api.schemas.values():
        if schema.object_name:
            found.setdefault(schema.object_name, []).append(schema.id)
    named = {name: tuple(ids) for name, ids in found.items()}
    _LAST_NAMED = (api, named)
    return dict(named)


_LAST_NAMED: tuple[Api, dict[str, tuple[str, ...]]] | None = None


def result_name(api: Api, method: Method) -> str:
    """What the samples call the response, language-free (each language spells it its way):
    the object's name (`customer_session`), `page` for Stripe's lists, else `result`."""
    if method.response is None:
        return ""
    if method.returns in (Returns.LIST_PAGE, Returns.SEARCH_PAGE):
        return "page"
    for found in method.response.walk():
        schema = api.schemas.get(found.ref or "") if found.kind is TypeKind.OBJECT else None
        if schema is not None and schema.object_name:
            return schema.object_name.split(".")[-1]
    return "result"


def _path_value(api: Api, method: Method, schema: str | None, param: Field, named: Mapping[str, Sequence[str]]) -> str:
    """An id for a path parameter: from the object it names, when the spec has an example of it;
    a number (as the path's text) for an integer or number parameter."""
    if isinstance(param.example, str) and param.example:
        return param.example
    if param.type.kind in (TypeKind.INTEGER, TypeKind.NUMBER):
        example = param.example
        return str(example) if isinstance(example, (int, float)) and not isinstance(example, bool) else "123"
    candidates = list(named.get(param.name, ()))
    if method.path.endswith("{" + param.name + "}") and schema:
        candidates.insert(0, schema)
    for schema_id in candidates:
        found: str | None = facet(api.schemas, schema_id, "example_id")
        if found is not None:
            return found
    return f"{param.name}_123"
