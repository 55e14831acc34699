"""Operation conversion: paths -> the IR's `Resource`s and `Operation`s, and the auth schemes.

Each operation is placed in a resource and named by `resources.place` (REST-style names,
overridable per operationId); its params, body, responses, errors and list envelope are
read here, and every schema they use is converted by `convert_schemas.SchemaConverter`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import Any

from ..errors import Level
from .model import (
    JSON,
    AuthScheme,
    BodyEncoding,
    ErrorResponse,
    Field,
    Operation,
    PageStyle,
    Pagination,
    Paging,
    Resource,
    Server,
    TypeKind,
    TypeRef,
)
from .naming import snake_case
from .resources import FORMAT_SUFFIX, HTTP_METHODS, Endpoint, Placement, apply_override, place
from .schemas import Node, SchemaConverter, _is_object, _object_constant, _opt_str, _prose, json_value

#: When an operation offers several request media types, the first of these it offers is
#: used (then any other JSON type, then binary, then text): Stripe offers form encoding where
#: others offer JSON too, and a form body is what its servers read first.
_MEDIA_ENCODINGS = (
    ("application/x-www-form-urlencoded", BodyEncoding.FORM),
    ("multipart/form-data", BodyEncoding.MULTIPART),
    ("application/json", BodyEncoding.JSON),
)


class OperationConverter:
    """Resources, operations and auth; types through `types`."""

    def __init__(self, types: SchemaConverter, operation_names: Mapping[str, str]) -> None:
        self.types = types
        self.operation_names = operation_names
        self._pagings: dict[str, tuple[Paging | None, Node | None]] = {}  # by operation node

    def resources(self, root: Node) -> tuple[Resource, ...]:
        found = self._found(root)
        chosen = self._placements(found)
        resource_names = {placement.resource for placement in chosen}
        by_resource: dict[tuple[str, ...], list[Operation]] = {}
        owners: dict[tuple[tuple[str, ...], str], tuple[Node, str, str]] = {}
        # Names are claimed by the operations on one member (`DELETE /things/{id}` is `delete`)
        # before the others (`DELETE /things?filter=`), each group in the spec's order.
        for index in sorted(range(len(found)), key=lambda i: (not _on_member(found[i][2]), i)):
            op, _, path, verb = found[index]
            chosen[index] = self._free_placement(op, path, verb, chosen[index], owners, resource_names)
            owners[(chosen[index].resource, chosen[index].method)] = (op, path, verb)
        ids: dict[str, list[tuple[str, str]]] = {}  # operation id -> (verb, path) of each op holding it
        for (op, item, path, verb), placement in zip(found, chosen, strict=True):
            operation_id = self._unique_id(op, path, verb, ids)
            operation = self._operation(op, item, path, verb, placement, operation_id)
            by_resource.setdefault(placement.resource, []).append(operation)
        resources = []
        for names, operations in sorted(by_resource.items()):
            schema_id = _resource_schema(operations)
            schema = self.types.schemas.get(schema_id) if schema_id else None
            resources.append(
                Resource(
                    id=".".join(names),
                    names=names,
                    operations=tuple(operations),
                    schema=schema_id,
                    description=schema.description if schema else "",
                )
            )
        return tuple(resources)

    def _found(self, root: Node) -> list[tuple[Node, Node, str, str]]:
        """Every operation: (its node, its path item's, path, verb), in the spec's order."""
        found = []
        for path in root.data.get("paths") or {}:
            item = self.types.deref(root.child("paths", path))
            if not isinstance(item.data, dict):
                continue
            for verb in HTTP_METHODS:
                if isinstance(item.data.get(verb), dict):
                    op = self.types.deref(item.child(verb))  # a `$ref` to an operation object, as bundlers allow
                    found.append((op, item, str(path), verb))
        return found

    def _placements(self, found: list[tuple[Node, Node, str, str]]) -> list[Placement]:
        """Each operation's REST resource and method name, or the one the configuration gives."""
        placements = place(
            Endpoint(path, verb, self._returns_list(op, item, path, verb)) for op, item, path, verb in found
        )
        chosen = []
        for op, _, path, verb in found:
            operation_id = op.data.get("operationId")
            placement = placements[(path, verb)]
            override = self.operation_names.get(str(operation_id)) if operation_id else None
            chosen.append(apply_override(placement, override) if override else placement)
        return chosen

    def _free_placement(
        self,
        op: Node,
        path: str,
        verb: str,
        placement: Placement,
        owners: dict[tuple[tuple[str, ...], str], tuple[Node, str, str]],
        resource_names: set[tuple[str, ...]],
    ) -> Placement:
        """`placement`, or another name when an earlier operation has it (or a resource below
        has it: `threads.runs()` beside `threads.runs`): resolved, never refused, with a warning."""
        key = (placement.resource, placement.method)
        if key not in owners and (*placement.resource, placement.method) not in resource_names:
            return placement
        operation_id = op.data.get("operationId")
        taken = {method for resource, method in owners if resource == placement.resource}
        taken |= {names[-1] for names in resource_names if names[:-1] == placement.resource}
        renamed = Placement(placement.resource, _free_name(placement.method, operation_id, taken))
        other = (
            f"{owners[key][2].upper()} {owners[key][1]} both map to"
            if key in owners
            else "the resource of the same name: both are"
        )
        self.types.issue(
            op,
            f"duplicate operation name: {verb.upper()} {path} and {other} "
            f"{'.'.join(placement.resource)}.{placement.method}; this one is "
            f"{'.'.join(renamed.resource)}.{renamed.method} (choose in "
            '[tool.codegen.operation_names]: operationId = "new_name")',
            Level.WARNING,
        )
        return renamed

    def _unique_id(self, op: Node, path: str, verb: str, ids: dict[str, list[tuple[str, str]]]) -> str:
        """The operation's id: its operationId (or one made of verb and path), unique. A repeated
        operationId (GET and HEAD sharing one; one under two path prefixes) gets the HTTP method
        appended when that tells it apart (`getApp_head`), else `_2`, `_3`..., with a warning:
        the targets key params classes and validators by it."""
        wanted = str(op.data.get("operationId") or _derived_operation_id(verb, path))
        holders = ids.get(wanted)
        if holders is None:
            ids[wanted] = [(verb, path)]
            return wanted
        first_verb, first_path = holders[0]
        candidates = [f"{wanted}_{verb}"] if verb != first_verb else []
        candidates += [f"{wanted}_{n}" for n in range(2, len(holders) + len(ids) + 3)]
        chosen = next(c for c in candidates if c not in ids)
        ids[chosen] = [(verb, path)]
        holders.append((verb, path))
        self.types.issue(
            op,
            f"duplicate operationId {wanted}: {verb.upper()} {path} and {first_verb.upper()} {first_path} "
            f"both have it; this one's id is {chosen}",
            Level.WARNING,
        )
        return chosen

    def _operation(
        self, op: Node, item: Node, path: str, verb: str, placement: Placement, operation_id: str
    ) -> Operation:
        data = op.data
        prefix = (*placement.resource, placement.method)
        params = self._params(op, item, path, prefix)
        body, encoding, body_media, body_required = self._body(op, prefix)
        response, status, media = self._response(op, prefix)
        stream_event = self._stream_event(op, prefix)
        pagination, items = self._envelope(op)
        if pagination is Pagination.LIST and _other_cursor(self._query_names(op, item)):
            pagination = None  # Stripe's envelope, another API's cursor (OpenAI's `after` and `last_id`)
        paging = None
        if pagination is None:
            paging, items = self._paging(op, item)
        page_item = self.types.type(items, (*prefix, "response", "data"), False) if items is not None else None
        security = data.get("security", self.types.spec.root.data.get("security")) or []
        return Operation(
            id=operation_id,
            name=placement.method,
            resource=".".join(placement.resource),
            http_method=verb,
            path=path,
            summary=_prose(data.get("summary")),
            description=_prose(data.get("description")),
            deprecated=data.get("deprecated") is True,
            path_params=tuple(p for p in params if p.location == "path"),
            query_params=tuple(p for p in params if p.location == "query"),
            header_params=tuple(p for p in params if p.location == "header"),
            body_params=body,
            body_encoding=encoding,
            body_media_type=body_media,
            body_required=body_required,
            response=response,
            response_status=status,
            response_media_type=media,
            stream_event=stream_event,
            response_examples=self._response_examples(op, status, media),
            errors=self._errors(op, prefix),
            pagination=pagination,
            page_item=page_item,
            paging=paging,
            idempotent=verb != "post" and verb != "patch",
            security=tuple(sorted({str(n) for req in security if isinstance(req, dict) for n in req})),
            servers=_servers(data.get("servers")) or _servers(item.data.get("servers")),
            source=self.types.source(op),
        )

    def _params(self, op: Node, item: Node, path: str, prefix: tuple[str, ...]) -> list[Field]:
        merged: dict[tuple[str, str], Node] = {}
        for owner in (item, op):
            raw = owner.data.get("parameters") or []
            for index in range(len(raw) if isinstance(raw, list) else 0):
                param = self.types.deref(owner.child("parameters", index))
                if isinstance(param.data, dict):
                    merged[(str(param.data.get("name")), str(param.data.get("in")))] = param
        fields = []
        for (name, location), param in merged.items():
            data = param.data
            if "schema" in data:
                schema_node = param.child("schema")
            elif isinstance(data.get("content"), dict) and data["content"]:
                media = next(iter(data["content"]))
                schema_node = param.child("content", media, "schema")
            else:
                schema_node = Node(param.doc, param.pointer, {})
            field_type = self.types.type(schema_node, (*prefix, "params", name), request=True)
            fields.append(
                Field(
                    name=name,
                    type=field_type,
                    required=data.get("required") is True or location == "path",
                    description=_prose(data.get("description")),
                    deprecated=data.get("deprecated") is True,
                    example=json_value(data.get("example")),
                    location=location,
                    style=_opt_str(data.get("style")),
                    explode=data.get("explode") if isinstance(data.get("explode"), bool) else None,
                )
            )
        return self._undeclared_path_params(op, path, fields)

    def _undeclared_path_params(self, op: Node, path: str, fields: list[Field]) -> list[Field]:
        """`/apps/{app_id}` with no `app_id` parameter: a required string path param all the same
        (else the method would take no argument and request `/apps/{app_id}`), with a warning.
        The path params are then in the template's order."""
        template = list(dict.fromkeys(_TEMPLATE_VARIABLE.findall(path)))
        declared = {f.name for f in fields if f.location == "path"}
        missing = [name for name in template if name not in declared]
        if not missing:
            return fields
        several = len(missing) > 1
        self.types.issue(
            op,
            f"path parameter{'s' if several else ''} {', '.join(missing)} of {path} declared by no "
            f"parameter: taken as {'required strings' if several else 'a required string'}",
            Level.WARNING,
        )
        added = [Field(name, TypeRef(TypeKind.STRING), required=True, location="path") for name in missing]
        order = {name: index for index, name in enumerate(template)}
        path_params = sorted(
            [f for f in fields if f.location == "path"] + added, key=lambda f: order.get(f.name, len(order))
        )
        return path_params + [f for f in fields if f.location != "path"]

    def _body(self, op: Node, prefix: tuple[str, ...]) -> tuple[tuple[Field, ...], BodyEncoding | None, str, bool]:
        if "requestBody" not in op.data:
            return (), None, "", False
        body = self.types.deref(op.child("requestBody"))
        content = body.data.get("content") if isinstance(body.data, dict) else None
        if not isinstance(content, dict) or not content:
            return (), None, "", False
        media, encoding = _pick_media(content)
        required = body.data.get("required") is True
        schema_node = body.child("content", media, "schema") if "schema" in (content[media] or {}) else None
        if encoding in (BodyEncoding.BINARY, BodyEncoding.TEXT):  # the whole body is one value
            field_type = TypeRef(TypeKind.STRING, format="binary" if encoding is BodyEncoding.BINARY else None)
            return (Field("body", field_type, required=True, location="body"),), encoding, media, True
        if schema_node is None:
            return (), encoding, media, False
        target = self.types.deref(schema_node)
        if not _is_object(target.data):
            field_type = self.types.type(schema_node, (*prefix, "params", "body"), request=True)
            return (Field("body", field_type, required=required, location="body"),), encoding, media, required
        body_type = self.types.type(schema_node, (*prefix, "params"), request=True)
        if body_type.kind is not TypeKind.OBJECT or body_type.ref is None:  # an object only in part (a union...)
            return (Field("body", body_type, required=required, location="body"),), encoding, media, required
        schema = self.types.schemas.get(body_type.ref)
        if schema is None:  # a component not converted yet: convert it now
            self.types.drain()
            schema = self.types.schemas[body_type.ref]
        encodings = content[media].get("encoding") or {}
        fields = []
        for param in schema.request_fields:  # (a `readOnly` property is never sent)
            rules = encodings.get(param.name) if isinstance(encodings, dict) else None
            rules = rules if isinstance(rules, dict) else {}
            fields.append(
                dataclasses.replace(
                    param,
                    location="body",
                    style=_opt_str(rules.get("style")),
                    explode=rules.get("explode") if isinstance(rules.get("explode"), bool) else None,
                )
            )
        return tuple(fields), encoding, media, required

    def _response(self, op: Node, prefix: tuple[str, ...]) -> tuple[TypeRef | None, str, str | None]:
        responses = op.data.get("responses") or {}
        for status in sorted((str(s) for s in responses), key=_status_order):
            if not status.startswith("2"):
                continue
            response = self.types.deref(op.child("responses", status))
            content = response.data.get("content") if isinstance(response.data, dict) else None
            if not isinstance(content, dict) or not content:
                return None, status, None
            media = next((m for m in content if _is_json(m)), next(iter(content)))
            if not _is_json(media) or "schema" not in (content[media] or {}):
                return None, status, media
            return (
                self.types.type(response.child("content", media, "schema"), (*prefix, "response"), False),
                status,
                media,
            )
        return None, "200", None

    def _response_examples(self, op: Node, status: str, media: str | None) -> tuple[JSON, ...]:
        """The examples of the success body (`Operation.response_examples`)."""
        responses = op.data.get("responses")
        if media is None or not isinstance(responses, dict) or status not in responses:
            return ()
        content = self.types.deref(op.child("responses", status)).child("content", media)
        if not isinstance(content.data, dict):
            return ()
        found = [content.data["example"]] if "example" in content.data else []
        examples = content.data.get("examples")
        for name in examples if isinstance(examples, dict) else ():
            example = self.types.deref(content.child("examples", name)).data
            if isinstance(example, dict) and "value" in example:
                found.append(example["value"])
        if "schema" in content.data:  # (an object schema's own example is its Schema's: not repeated here)
            schema = self.types.deref(content.child("schema")).data
            if isinstance(schema, dict) and "example" in schema and not _is_object(schema):
                found.append(schema["example"])
        return tuple(found)

    def _stream_event(self, op: Node, prefix: tuple[str, ...]) -> TypeRef | None:
        """The type of each event of the first 2xx answer's `text/event-stream` content, if any."""
        responses = op.data.get("responses") or {}
        for status in sorted((str(s) for s in responses), key=_status_order):
            if not status.startswith("2"):
                continue
            response = self.types.deref(op.child("responses", status))
            content = response.data.get("content") if isinstance(response.data, dict) else None
            if not isinstance(content, dict):
                return None
            media = next((m for m in content if str(m).split(";")[0].strip().lower() == "text/event-stream"), None)
            if media is None or "schema" not in (content[media] or {}):
                return None
            return self.types.type(response.child("content", media, "schema"), (*prefix, "event"), False)
        return None

    def _errors(self, op: Node, prefix: tuple[str, ...]) -> tuple[ErrorResponse, ...]:
        responses = op.data.get("responses") or {}
        errors = []
        for status in sorted((str(s) for s in responses), key=_status_order):
            if status.startswith(("1", "2", "3")):
                continue
            response = self.types.deref(op.child("responses", status))
            data = response.data if isinstance(response.data, dict) else {}
            content = data.get("content") or {}
            error_type = None
            media = next((m for m in content if _is_json(m)), None)
            if media and "schema" in (content[media] or {}):
                error_type = self.types.type(response.child("content", media, "schema"), (*prefix, "error"), False)
            errors.append(ErrorResponse(status, error_type, _prose(data.get("description"))))
        return tuple(errors)

    def _returns_list(self, op: Node, item: Node, path: str, verb: str) -> bool:
        """A list comes back: Stripe's list envelope, another list envelope (`_paging`), a JSON
        array (`GET /pets` is `pets.list`), or for a GET an object holding one array of items
        (`{"data": [...]}` without page params) unless the path ends in a word such as `search`."""
        kind = self._envelope(op)[0]
        if kind is not None:
            return kind is Pagination.LIST  # (search results are `search`, an action)
        if self._paging(op, item)[0] is not None:
            return True
        response = self._success_schema(op)
        if response is None or not isinstance(response.data, dict):
            return False
        if response.data.get("type") == "array":
            return True
        last = path.rstrip("/").rsplit("/", 1)[-1]
        if verb != "get" or last.lower() in _ACTION_WORDS:
            return False
        return self._items_field(response, snake_case(FORMAT_SUFFIX.sub("", last))) is not None

    def _items_field(self, schema: Node, collection: str) -> str | None:
        """The array of an envelope that holds a list without paging it (`{"data": [...]}`): its
        only property that is an array, when that is its only property, is named like a list's
        items (`data`, `items`, `results`...) or like the collection (`GET /namespaces` answering
        `{namespaces: [...], next_page_token}`). None for any other object."""
        props = self._properties(schema)
        arrays = [name for name, node in props.items() if _is_array(self.types.unwrap(node).data)]
        if len(arrays) != 1:
            return None
        if len(props) == 1 or arrays[0] in _ITEM_FIELDS or snake_case(arrays[0]) == collection:
            return arrays[0]
        return None

    def _success_schema(self, op: Node) -> Node | None:
        """The JSON schema of the first 2xx response, dereferenced, if there is one."""
        responses = op.data.get("responses") or {}
        ok = next((key for key in sorted(responses, key=_status_order) if str(key).startswith("2")), None)
        if ok is None:
            return None
        response = self.types.deref(op.child("responses", ok))
        content = response.data.get("content") if isinstance(response.data, dict) else None
        media = next((m for m in content or {} if _is_json(m)), None)
        if not media or not isinstance(content, dict) or "schema" not in (content[media] or {}):
            return None
        return self.types.unwrap(response.child("content", media, "schema"))

    def _envelope(self, op: Node) -> tuple[Pagination | None, Node | None]:
        """Stripe list and search-result envelopes, by shape: (kind, items schema node)."""
        schema = self._success_schema(op)
        if schema is None:
            return None, None
        props = schema.data.get("properties") if isinstance(schema.data, dict) else None
        if not isinstance(props, dict) or "data" not in props or "has_more" not in props:
            return None, None
        kind = _object_constant(self.types, schema, "object")
        pagination = {"list": Pagination.LIST, "search_result": Pagination.SEARCH}.get(kind or "")
        data_node = self.types.unwrap(schema.child("properties", "data"))
        if pagination is None or not isinstance(data_node.data, dict) or "items" not in data_node.data:
            return None, None
        return pagination, data_node.child("items")

    def _paging(self, op: Node, item: Node) -> tuple[Paging | None, Node | None]:
        """Pages of another style than Stripe's, where the shapes say so unambiguously: (paging,
        items schema node). See `_NEXT_URL`, `_CURSORS` and the page params for what is read.
        Asked twice for each operation (naming, then converting): found once."""
        found = self._pagings.get(op.key)
        if found is None:
            found = self._pagings[op.key] = self._find_paging(op, item)
        return found

    def _find_paging(self, op: Node, item: Node) -> tuple[Paging | None, Node | None]:
        schema = self._success_schema(op)
        if schema is None or not isinstance(schema.data, dict):
            return None, None
        query = self._query_names(op, item)
        if schema.data.get("type") == "array":
            if "items" not in schema.data:
                return None, None
            style = _counted_style(query) or (PageStyle.LINK if self._link_header(op) else None)
            if style is None:
                return None, None
            return _paging_of(style, "", "", query), schema.child("items")
        props = self._properties(schema)
        arrays = [name for name, node in props.items() if _is_array_of_objects(self.types.unwrap(node).data)]
        if len(arrays) != 1:
            arrays = [name for name in arrays if name in _ITEM_FIELDS]
            if len(arrays) != 1:
                return None, None
        items = arrays[0]
        items_node = self.types.unwrap(props[items])
        next_url = self._find_field(schema, _NEXT_URL)
        cursor = self._find_field(schema, _CURSORS)
        cursor_param = next((name for name in _CURSOR_PARAMS if name in query), "")
        if cursor and cursor_param:
            paging = Paging(PageStyle.CURSOR, items, cursor, cursor_param, _size_param(query))
        elif next_url:
            paging = Paging(PageStyle.NEXT_URL, items, next_url)
        elif (style := _counted_style(query)) is not None:
            paging = _paging_of(style, items, "", query)
        elif self._link_header(op):
            paging = Paging(PageStyle.LINK, items)
        else:
            return None, None
        return paging, items_node.child("items")

    def _query_names(self, op: Node, item: Node) -> set[str]:
        names = set()
        for holder in (item, op):
            params = holder.data.get("parameters") if isinstance(holder.data, dict) else None
            for index in range(len(params) if isinstance(params, list) else 0):
                param = self.types.deref(holder.child("parameters", index)).data
                if isinstance(param, dict) and param.get("in") == "query" and isinstance(param.get("name"), str):
                    names.add(param["name"])
        return names

    def _properties(self, schema: Node) -> dict[str, Node]:
        """The properties of an object schema (its `allOf` parts' too), by name."""
        found: dict[str, Node] = {}
        for part in self.types.merged_parts([schema]):
            props = part.data.get("properties") if isinstance(part.data, dict) else None
            if isinstance(props, dict):
                holder = self.types.deref(part.child("properties"))
                for name in holder.data if isinstance(holder.data, dict) else ():
                    found.setdefault(str(name), holder.child(name))
        return found

    def _find_field(self, schema: Node, names: frozenset[str], depth: int = 0) -> str:
        """The dotted path of a string field named one of `names`, at most two objects down
        (`next_page_uri`, `links.pages.next`), "" when there is none."""
        props = self._properties(schema)
        for name, node in props.items():
            data = self.types.deref(node).data
            if name in names and isinstance(data, dict) and _allows_string(data):
                return name
        if depth < 2:
            for name, node in props.items():
                target = self.types.deref(node)
                if isinstance(target.data, dict) and "properties" in target.data:
                    inner = self._find_field(target, names, depth + 1)
                    if inner:
                        return f"{name}.{inner}"
        return ""

    def _link_header(self, op: Node) -> bool:
        """The first 2xx response declares a `Link` header (RFC 8288 pages)."""
        responses = op.data.get("responses") or {}
        ok = next((key for key in sorted(responses, key=_status_order) if str(key).startswith("2")), None)
        if ok is None:
            return False
        response = self.types.deref(op.child("responses", ok)).data
        headers = response.get("headers") if isinstance(response, dict) else None
        return isinstance(headers, dict) and any(str(name).lower() == "link" for name in headers)

    # -- auth ----------------------------------------------------------------

    def auth(self, root: Node) -> tuple[AuthScheme, ...]:
        schemes = (root.data.get("components") or {}).get("securitySchemes") or {}
        result = []
        for name in schemes:
            scheme = self.types.deref(root.child("components", "securitySchemes", name)).data
            if not isinstance(scheme, dict):
                continue
            result.append(
                AuthScheme(
                    name=str(name),
                    kind=str(scheme.get("type", "")),
                    scheme=str(scheme.get("scheme", "")).lower(),
                    location=str(scheme.get("in", "")),
                    param_name=str(scheme.get("name", "")),
                    description=_prose(scheme.get("description")),
                    token_url=_token_url(scheme.get("flows")),
                )
            )
        return tuple(result)


# -- helpers -------------------------------------------------------------------

#: A variable of a path template: `{app_id}` (`{deployment.series_name}`, `{name}.json`, `{id}:cancel`).
_TEMPLATE_VARIABLE = re.compile(r"\{([^{}/]+)\}")
#: Body fields holding the next page's URL, cursor fields, and the query params taking a cursor.
_NEXT_URL = frozenset({"next_page_uri", "next_page_url", "next_url", "next", "nextLink", "next_link", "nextPageUrl"})
_CURSORS = frozenset(
    {"next_cursor", "nextCursor", "next_page_token", "nextPageToken", "next_token", "nextToken", "cursor", "last_id"}
)
_CURSOR_PARAMS = ("cursor", "page_token", "pageToken", "next_token", "nextToken", "after", "token")
#: Last path segments that name an action even when it answers a list (`GET /tasks/search`).
_ACTION_WORDS = frozenset({"search", "typeahead", "autocomplete", "suggest", "suggestions", "lookup", "query"})
#: Names of the items field when an envelope has more than one array of objects.
_ITEM_FIELDS = frozenset({"data", "items", "results", "records", "entries", "values", "elements"})
_OFFSET_PARAMS = ("offset", "skip", "start")
_PAGE_PARAMS = ("page", "page_number", "pageNumber", "Page")
_SIZE_PARAMS = ("limit", "page_size", "pageSize", "per_page", "perPage", "size", "count", "PageSize", "max_results")


def _other_cursor(query: set[str]) -> bool:
    """The query takes another cursor than Stripe's `starting_after` (and not that one)."""
    return "starting_after" not in query and any(name in query for name in _CURSOR_PARAMS)


def _size_param(query: set[str]) -> str:
    return next((name for name in _SIZE_PARAMS if name in query), "")


def _counted_style(query: set[str]) -> PageStyle | None:
    """OFFSET when an offset param is taken with a size, PAGE for a page number, else None."""
    if any(name in query for name in _OFFSET_PARAMS) and _size_param(query):
        return PageStyle.OFFSET
    if any(name in query for name in _PAGE_PARAMS):
        return PageStyle.PAGE
    return None


def _paging_of(style: PageStyle, items: str, next_field: str, query: set[str]) -> Paging:
    names = _OFFSET_PARAMS if style is PageStyle.OFFSET else _PAGE_PARAMS
    param = next((name for name in names if name in query), "")
    return Paging(style, items, next_field, param, _size_param(query))


def _is_array_of_objects(data: Any) -> bool:
    return isinstance(data, dict) and data.get("type") == "array" and isinstance(data.get("items"), dict)


def _on_member(path: str) -> bool:
    """The path ends in a parameter: one member of a collection (`/things/{id}`, `/things/{id}.json`)."""
    last = FORMAT_SUFFIX.sub("", path.rstrip("/").rsplit("/", 1)[-1])
    return last.startswith("{") and last.endswith("}")


def _is_array(data: Any) -> bool:
    return isinstance(data, dict) and (data.get("type") == "array" or (data.get("type") is None and "items" in data))


def _allows_string(data: dict[str, Any]) -> bool:
    kind = data.get("type")
    return kind == "string" or (isinstance(kind, list) and "string" in kind) or (kind is None and "$ref" not in data)


def _token_url(flows: object) -> str:
    """The tokenUrl of an OAuth2 scheme's client-credentials flow, "" when it declares none."""
    flow = flows.get("clientCredentials") if isinstance(flows, dict) else None
    url = flow.get("tokenUrl") if isinstance(flow, dict) else None
    return url if isinstance(url, str) else ""


def _free_name(method: str, operation_id: object, taken: set[str]) -> str:
    """A name for a method whose REST name is taken: its operationId's, else `<method>_2`, `_3`..."""
    wanted = snake_case(str(operation_id)) if operation_id else ""
    if wanted and wanted not in taken:
        return wanted
    counter = 2
    while f"{method}_{counter}" in taken:
        counter += 1
    return f"{method}_{counter}"


def _resource_schema(operations: list[Operation]) -> str | None:
    ranked = sorted(
        operations,
        key=lambda op: (
            ["retrieve", "create", "update", "list"].index(op.name)
            if op.name in ("retrieve", "create", "update", "list")
            else 9
        ),
    )
    for op in ranked:
        candidate = op.page_item if op.pagination else op.response
        for type_ref in candidate.walk() if candidate else ():
            if type_ref.kind is TypeKind.OBJECT and type_ref.ref:
                return type_ref.ref
    return None


def _pick_media(content: dict[str, Any]) -> tuple[str, BodyEncoding | None]:
    """The request media type to send (see `_MEDIA_ENCODINGS`), and how to encode it."""
    for media, encoding in _MEDIA_ENCODINGS:
        if media in content:
            return media, encoding
    for media in content:
        if _is_json(media):
            return media, BodyEncoding.JSON
    for media in content:
        if not str(media).lower().startswith("text/"):
            return str(media), BodyEncoding.BINARY
    return str(next(iter(content))), BodyEncoding.TEXT


def _servers(value: object) -> tuple[Server, ...]:
    """A `servers` list (of an operation or a path item), with its variables' defaults filled in."""
    if not isinstance(value, list):
        return ()
    return tuple(server_of(s) for s in value if isinstance(s, dict) and isinstance(s.get("url"), str))


def server_of(data: dict[str, Any]) -> Server:
    """One server object: `{region}` in its URL replaced by the variable's default."""
    url = str(data["url"])
    variables = data.get("variables")
    if isinstance(variables, dict):
        for name, variable in variables.items():
            if isinstance(variable, dict) and isinstance(variable.get("default"), str | int):
                url = url.replace("{" + str(name) + "}", str(variable["default"]))
    return Server(url, _prose(data.get("description")))


def _is_json(media: str) -> bool:
    base = media.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def _status_order(status: object) -> tuple[bool, str]:
    """Exact codes first (`200` before `2XX`), then ranges, then `default`."""
    text = str(status)
    return (not text.isdigit(), text)


def _derived_operation_id(verb: str, path: str) -> str:
    parts = [verb] + [p.strip("{}") for p in path.split("/") if p]
    return "".join(part[:1].upper() + part[1:] for part in parts)
