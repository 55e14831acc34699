"""Parsed spec -> intermediate model, in one pass, returning `(Api, issues)`.

Two converters share the work: `convert_schemas.SchemaConverter` turns every schema into
the IR's types (components from a queue, each node once), `convert_operations.
OperationConverter` turns paths into resources and operations, asking the first for types.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from ..errors import Issue
from ..load.loader import LoadedSpec
from .model import Api
from .operations import OperationConverter, server_of
from .schemas import Node, SchemaConverter, _prose


@dataclass(frozen=True, slots=True)
class ConvertOptions:
    #: operationId -> "method" or "resource.path.method"
    operation_names: Mapping[str, str] = dataclasses.field(default_factory=dict)


def convert(spec: LoadedSpec, options: ConvertOptions | None = None) -> tuple[Api, list[Issue]]:
    """Build the IR. Issues of level ERROR mean the IR must not be rendered."""
    types = SchemaConverter(spec)
    operations = OperationConverter(types, (options or ConvertOptions()).operation_names)
    root = Node(spec.root, "", spec.root.data)
    types.register_components(root)
    resources = operations.resources(root)
    types.drain()
    info = root.data.get("info") or {}
    api = Api(
        title=str(info.get("title", "")),
        version=str(info.get("version", "")),
        openapi=str(root.data.get("openapi", "")),
        description=_prose(info.get("description")),
        source=spec.root.path.name,
        servers=tuple(server_of(s) for s in root.data.get("servers") or () if isinstance(s, dict)),
        auth=operations.auth(root),
        resources=resources,
        schemas=MappingProxyType(dict(sorted(types.schemas.items()))),
        enums=MappingProxyType(dict(sorted(types.enums.items()))),
    )
    return api, types.issues
