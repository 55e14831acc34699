"""The docs' view model: IR -> pages the templates only loop over.

One page per resource (`customers`, `customers.payment_methods`...). A
resource's object is documented on the page of the shortest resource returning
it (`payment_method` on `payment_methods`); other pages link there. Page slugs
and anchors come from `naming.snake_case`, so they only hold `[a-z0-9_.-]`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

from ...surface import Api, Operation, Resource, TypeKind, TypeRef
from ...surface.examples import example, example_for, example_for_schema, objects_by_name
from ...surface.naming import module_name, snake_case, unique
from .. import Job
from . import samples
from .fields import FieldBuilder, FieldView, Link, Shapes, Shown, TypeView, humanize
from .graph import GraphView, layout, object_references
from .languages import Language, SampleView, client_languages
from .text import Text

#: Page names our own files use; a resource with one of these names gets a `_` suffix.
RESERVED_PAGES = frozenset({"index", "assets", "graphs", "search"})
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ErrorView:
    status: str
    type: TypeView | None
    description: Text


@dataclass(frozen=True, slots=True)
class OperationView:
    anchor: str
    name: str
    title: str
    method: str  # upper case
    path: str
    call: str  # client.customer_sessions.create: the first client language's call path
    description: Text
    deprecated: bool
    path_params: tuple[FieldView, ...]
    params: tuple[FieldView, ...]  # query, header and body
    returns: TypeView | None
    returns_list: bool
    status: str
    response_fields: tuple[FieldView, ...]  # when the response object has no page of its own
    errors: tuple[ErrorView, ...]
    curl: str
    samples: tuple[SampleView, ...]  # one per client language, in the registry's order
    response_example: str  # JSON text; "" when there is no body, or it is `example_of`'s example
    example_of: Link | None  # the documented object whose example is the response (not repeated)
    items_of: Link | None  # a list of a documented object: its example leaves `data` empty


@dataclass(frozen=True, slots=True)
class ObjectView:
    anchor: str
    title: str
    description: Text
    fields: tuple[FieldView, ...]
    example: str  # JSON text


@dataclass(frozen=True, slots=True)
class NavOperation:
    anchor: str
    name: str
    method: str


@dataclass(frozen=True, slots=True)
class NavResource:
    slug: str
    id: str
    title: str
    operations: tuple[NavOperation, ...]


@dataclass(frozen=True, slots=True)
class ResourcePage:
    slug: str
    id: str
    title: str
    description: Text
    object: ObjectView | None
    object_link: Link | None  # the object's page, when documented elsewhere
    operations: tuple[OperationView, ...]
    graph: GraphView
    nav: NavResource

    @property
    def summary(self) -> Text:
        """What the index says about this resource: its object's description, else its own."""
        return self.object.description if self.object is not None else self.description


@dataclass(frozen=True, slots=True)
class PageSummary:
    """A page as the index lists it."""

    slug: str
    id: str
    title: str
    operations: tuple[NavOperation, ...]
    summary: Text  # as `ResourcePage.summary`


@dataclass(frozen=True, slots=True)
class AuthView:
    name: str
    label: str
    description: Text


@dataclass(frozen=True, slots=True)
class Site:
    """What every page shows of the API; the index also lists `pages`."""

    title: str
    version: str
    description: Text
    servers: tuple[str, ...]
    auth: tuple[AuthView, ...]
    clients: tuple[SampleView, ...]  # how each client language imports the client
    spec_name: str
    nav: tuple[NavResource, ...]


@dataclass(frozen=True, slots=True)
class SiteParts:
    """What every page is built from. Pages are built in `api.resources` order, each
    with `build_page`: a page may point at fields an earlier one shows (`shown`)."""

    api: Api
    job: Job
    languages: tuple[Language, ...]  # the client targets whose samples the docs show
    site: Site
    owners: Mapping[str, Link]  # schema id -> where that object is documented
    references: Mapping[str, set[str]]  # documented schema id -> the documented ones it refers to
    navs: Mapping[str, NavResource]  # resource id -> its page's navigation entry
    named: Mapping[str, tuple[str, ...]]  # object name -> schema ids (`samples.objects_by_name`)
    shapes: Shapes
    shown: Shown  # object shape -> the first field showing it (filled page by page)

    def summaries(self) -> tuple[PageSummary, ...]:
        """The index's list of pages; each summary as its page's `summary`."""
        result = []
        for resource in self.api.resources:
            nav, here = self.navs[resource.id], self.object_here(resource)
            text = self.api.schemas[here.schema].description if here is not None else resource.description
            result.append(PageSummary(nav.slug, nav.id, nav.title, nav.operations, Text(text)))
        return tuple(result)

    def object_here(self, resource: Resource) -> Link | None:
        """Where `resource`'s object is documented, when that is on `resource`'s own page."""
        owner = self.owners.get(resource.schema or "")
        return owner if owner is not None and owner.page == self.navs[resource.id].slug else None

    def graph(self, resource: Resource) -> GraphView:
        return _graph(resource, self.navs[resource.id].slug, self.owners, self.references)


def site_parts(api: Api, job: Job) -> SiteParts:
    """`api` is `job.api`, tracked for incremental rendering."""
    languages = client_languages(job)
    slugs = page_slugs(api.resources)
    owners = object_owners(api, slugs)
    references = object_references(api, {schema_id: link.page for schema_id, link in owners.items()})
    navs = {resource.id: _nav(resource, slugs[resource.id]) for resource in api.resources}
    site = Site(
        title=api.title or "API reference",
        version=api.version,
        description=Text(api.description),
        servers=tuple(server.url for server in api.servers),
        auth=tuple(
            AuthView(scheme.name, _auth_label(scheme.kind, scheme.scheme), Text(scheme.description))
            for scheme in api.auth
        ),
        clients=tuple(SampleView(lang.target.label, lang.target.language, lang.client_line) for lang in languages),
        spec_name=job.spec_name,
        nav=tuple(navs[resource.id] for resource in api.resources),
    )
    named = objects_by_name(api)
    return SiteParts(api, job, languages, site, owners, references, navs, named, Shapes(api, owners), Shown())


def build_pages(job: Job) -> tuple[ResourcePage, ...]:
    """Every page, in order (what the docs target renders, unit by unit)."""
    parts = site_parts(job.api, job)
    return tuple(build_page(parts, resource, parts.graph(resource)) for resource in job.api.resources)


def page_slugs(resources: tuple[Resource, ...]) -> dict[str, str]:
    """Resource id -> a file-name-safe, unique slug (`customers.payment_methods`)."""
    result: dict[str, str] = {}
    taken: set[str] = set(RESERVED_PAGES)
    for resource in sorted(resources, key=lambda r: r.id):
        wanted = ".".join(module_name(name) for name in resource.names) or "api"
        if wanted in RESERVED_PAGES or any(_WINDOWS_RESERVED.match(part) for part in wanted.split(".")):
            wanted += "_"
        result[resource.id] = unique(wanted, taken)
    return result


def object_owners(api: Api, slugs: Mapping[str, str]) -> dict[str, Link]:
    """Schema id -> where it is documented: the page of the shortest resource returning it."""
    owners: dict[str, Link] = {}
    for resource in sorted(api.resources, key=lambda r: (len(r.names), r.id)):
        if resource.schema and resource.schema not in owners and resource.schema in api.schemas:
            schema = api.schemas[resource.schema]
            anchor = _anchor_word(schema.object_name or schema.id)
            owners[resource.schema] = Link(
                slugs[resource.id], anchor, humanize(schema.object_name or schema.id), resource.schema
            )
    return owners


def _anchor_word(name: str) -> str:
    return "_".join(snake_case(part) for part in name.split(".")) or "object"


def _nav(resource: Resource, slug: str) -> NavResource:
    anchors = [_operation_anchor(slug, op) for op in resource.operations]
    return NavResource(
        slug=slug,
        id=resource.id,
        title=_resource_title(resource),
        operations=tuple(
            NavOperation(anchor, op.name, op.http_method.upper())
            for anchor, op in zip(anchors, resource.operations, strict=True)
        ),
    )


def _operation_anchor(slug: str, op: Operation) -> str:
    return f"{slug}.{snake_case(op.name)}"


def _resource_title(resource: Resource) -> str:
    return " / ".join(humanize(name) for name in resource.names)


def _auth_label(kind: str, scheme: str) -> str:
    if kind == "http" and scheme:
        return f"HTTP {scheme}"
    return kind


def build_page(parts: SiteParts, resource: Resource, graph: GraphView) -> ResourcePage:
    """The page of `resource` (pages are built in order: see `SiteParts`)."""
    api, nav = parts.api, parts.navs[resource.id]
    slug = nav.slug
    parts.shown.start_page()
    builder = FieldBuilder(api, parts.owners, parts.shapes, slug, parts.shown)
    builder.anchors.taken.update(op.anchor for op in nav.operations)
    owner, here = parts.owners.get(resource.schema or ""), parts.object_here(resource)
    object_view = None
    if here is not None:
        schema = api.schemas[here.schema]
        builder.anchors.taken.add(here.anchor)
        object_view = ObjectView(
            anchor=here.anchor,
            title=here.title,
            description=Text(schema.description),
            fields=builder.fields(schema.fields, here.anchor, here.anchor),
            example=_json(example_for_schema(api, schema.id)),
        )
    operations = tuple(
        _operation(parts, resource, op, nav_op.anchor, builder)
        for op, nav_op in zip(resource.operations, nav.operations, strict=True)
    )
    return ResourcePage(
        slug=slug,
        id=resource.id,
        title=nav.title,
        description=Text(resource.description if object_view is None else ""),
        object=object_view,
        object_link=owner if object_view is None else None,
        operations=operations,
        graph=graph,
        nav=nav,
    )


def _operation(
    parts: SiteParts, resource: Resource, op: Operation, anchor: str, builder: FieldBuilder
) -> OperationView:
    api, job = parts.api, parts.job
    method = job.sdk.method_of(op)
    call = example(job.sdk, method, parts.named)
    pages = method.returns.pages  # what each client returns: the items, page after page
    example_of = _documented(op.response, builder.owners)
    items_of = _documented(method.page_item, builder.owners) if pages else None
    response_type = method.page_item if pages and method.page_item is not None else method.response
    returns = builder.type_view(response_type, named=True) if response_type is not None else None
    response_fields: tuple[FieldView, ...] = ()
    if op.response is not None and not pages and builder.link(op.response) is None:
        schema = builder.child_schema(op.response)
        if schema is not None:
            response_fields = builder.fields(schema.fields, anchor + "-response", anchor)
    return OperationView(
        anchor=anchor,
        name=op.name,
        title=op.summary or humanize(op.name),
        method=op.http_method.upper(),
        path=op.path,
        call=parts.languages[0].call(method) if parts.languages else op.name,
        description=Text(op.description),
        deprecated=op.deprecated,
        path_params=builder.fields(op.path_params, anchor, anchor),
        params=builder.fields(op.params, anchor, anchor),
        returns=returns,
        returns_list=pages,
        status=op.response_status,
        response_fields=response_fields,
        errors=tuple(
            ErrorView(
                error.status, builder.type_view(error.type, named=True) if error.type else None, Text(error.description)
            )
            for error in op.errors
        ),
        curl=samples.curl(api, method, call),
        samples=tuple(
            SampleView(lang.target.label, lang.target.language, lang.sample(method, call), lang.returns(method))
            for lang in parts.languages
        ),
        response_example="" if example_of else _response_example(api, op.response, empty_list=items_of is not None),
        example_of=example_of,
        items_of=items_of,
    )


def _documented(type_ref: TypeRef | None, owners: Mapping[str, Link]) -> Link | None:
    """Where `type_ref`'s example is shown, when it is exactly a documented object."""
    if type_ref is None or type_ref.kind is not TypeKind.OBJECT:
        return None
    return owners.get(type_ref.ref or "")


def _response_example(api: Api, response: TypeRef | None, empty_list: bool) -> str:
    if response is None:
        return ""
    example = example_for(api, response)
    if empty_list and isinstance(example, dict) and isinstance(example.get("data"), list):
        example["data"] = []  # its items look like the object's own example, shown once
    return _json(example)


def _graph(resource: Resource, slug: str, owners: Mapping[str, Link], references: Mapping[str, set[str]]) -> GraphView:
    schema_id = resource.schema or ""
    outgoing = sorted({owners[ref].page for ref in references.get(schema_id, ()) if owners[ref].page != slug})
    incoming = sorted({owners[source].page for source, targets in references.items() if schema_id in targets} - {slug})
    return layout(resource.id, slug, [(page, page) for page in incoming], [(page, page) for page in outgoing])


def _json(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)
