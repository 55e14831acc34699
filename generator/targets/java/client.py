"""The client class's view, and how requests authenticate: the spec's security schemes as the
runtime's `AuthScheme`s, the schemes a request tries by default, the credentials the client's
builder takes (`Sdk.credentials`: an API key, a user name and password, an OAuth2 client ID and
secret)."""

from __future__ import annotations

from dataclasses import dataclass

from ...surface import Method, Returns, Sdk
from ...surface.auth import API_KEY, CLIENT_ID, CLIENT_SECRET, PASSWORD, USERNAME, Applied, ClientScheme
from ...surface.examples import example
from .names import JavaNames
from .words import doc_lines, java_str

#: The credentials a Java client's builder takes, by the surface's name: (setter, what it is).
SETTERS = {
    API_KEY: ("setApiKey", "apiKey"),
    USERNAME: ("setUsername", "username"),
    PASSWORD: ("setPassword", "password"),
    CLIENT_ID: ("setClientId", "clientId"),
    CLIENT_SECRET: ("setClientSecret", "clientSecret"),
}


@dataclass(frozen=True, slots=True)
class CredentialView:
    setter: str
    argument: str
    doc: list[str]


@dataclass(frozen=True, slots=True)
class ClientView:
    name: str
    doc: list[str]
    base_url: str
    auth: str  # `List.of(AuthScheme.bearer("bearerAuth"), ...), "bearerAuth"`
    user_agent: str
    services: list[tuple[str, str]]  # (service class, accessor)
    credentials: list[CredentialView]
    api_key: bool  # the client takes an API key: `new Client(apiKey)`
    imports: list[str]
    event: str = ""  # Stripe's events: the `Event` class `constructEvent` returns
    webhooks: bool = False  # Standard Webhooks: `client.webhooks().unwrap(...)`
    raw_encoding: str = "JSON"  # how `rawRequest` sends its params: FORM for Stripe's API
    mock_calls: tuple[str, ...] = ()  # the generated tests' calls against `codegen mock`
    stripe: bool = False  # Stripe's API: `setApiVersion` (the `Stripe-Version` header)


def scheme_expression(scheme: ClientScheme) -> str:
    """The runtime's `AuthScheme` for a scheme a client applies (OAuth2 without a token URL: a bearer token)."""
    name = java_str(scheme.name)
    if scheme.kind is Applied.BASIC:
        return f"AuthScheme.basic({name})"
    if scheme.kind is Applied.API_KEY:
        return f"AuthScheme.apiKey({name}, {java_str(scheme.location)}, {java_str(scheme.param_name)})"
    if scheme.kind is Applied.OAUTH2 and scheme.token_url:
        return f"AuthScheme.oauth2({name}, {java_str(scheme.token_url)})"
    return f"AuthScheme.bearer({name})"


def method_auth(method: Method) -> str:
    """`auth("a", "b")` when `method` accepts other schemes than most requests, else ""."""
    if method.security is None:
        return ""
    return "auth(" + ", ".join(java_str(name) for name in method.security) + ")"


def client_view(sdk: Sdk, names: JavaNames, package: str, client_class: str, user_agent: str) -> ClientView:
    api = sdk.api
    base_url = (api.servers[0].url if api.servers else "http://localhost").rstrip("/")
    services = [(names.services[root], names.accessors[root]) for root in names.roots]
    schemes = [scheme_expression(scheme) for scheme in sdk.schemes]
    defaults = "".join(f", {java_str(name)}" for name in sdk.default_security)
    auth = "List.of(" + ", ".join(schemes) + ")" + defaults
    credentials = [
        CredentialView(*SETTERS[credential.name], doc_lines(credential.description + "."))
        for credential in sdk.credentials
        if credential.name in SETTERS
    ]
    imports = [f"{package}.service.{service}" for service, _ in services]
    runtime = ["ApiParams", "ApiRequest", "ApiRequestor", "ApiResponse", "AuthScheme", "RequestEvent"]
    runtime += ["RequestOptions", "RetryPolicy"]
    imports += [f"{package}.net.{n}" for n in runtime] + [f"{package}.exception.ApiException"]
    imports += ["java.net.http.HttpClient", "java.time.Duration", "java.util.List", "java.util.Locale", "java.util.Map"]
    imports.append("java.util.function.Consumer")
    doc = doc_lines(f"The client of {api.title}: one service per resource.")
    has_key = any(credential.name == API_KEY for credential in sdk.credentials)
    event = stripe_event(sdk, names)
    webhooks = not event and "webhooks" not in names.accessors.values()
    if event:
        imports += [f"{package}.model.{event}", f"{package}.exception.SignatureVerificationException"]
    elif webhooks:
        imports.append(f"{package}.net.Webhooks")
    return ClientView(
        client_class,
        doc,
        java_str(base_url),
        auth,
        java_str(user_agent),
        services,
        credentials,
        has_key,
        sorted(imports),
        event,
        webhooks,
        "FORM" if sdk.stripe else "JSON",
        mock_calls(sdk, names),
        sdk.stripe,
    )


def mock_calls(sdk: Sdk, names: JavaNames) -> tuple[str, ...]:
    """A call of each method that needs no param but its path's (the example's values), for the
    generated JUnit suite a user runs against `codegen mock`."""
    calls = []
    for method in sdk.methods():
        if method.required_params or method.returns in (Returns.STREAM, Returns.BYTES) or method.streams_on_request:
            continue
        values = example(sdk, method).path_values
        if any(not isinstance(value, str) for _, value in values):
            continue
        args = ", ".join(java_str(str(value)) for _, value in values)
        call = f"client.{names.call_path(method.resource_id)}.{names.method(method.operation)}({args})"
        calls.append(f"{call};" if method.returns is Returns.NOTHING else f"assertNotNull({call});")
    return tuple(calls)


def stripe_event(sdk: Sdk, names: JavaNames) -> str:
    """Stripe's `Event` class (top-level), which `Webhook.constructEvent` returns, or ""."""
    found = names.models.get("event")
    return found.qualname if sdk.stripe and found is not None and found.qualname == found.top else ""


def client_setup(sdk: Sdk, client_class: str, key_variable: str) -> str:
    """How a program makes the client, with its credentials from the environment."""
    credentials = {credential.name for credential in sdk.credentials}
    if API_KEY in credentials:
        return f'{client_class} client = new {client_class}(System.getenv("{key_variable}"));'
    calls = [
        f'{SETTERS[name][0]}(System.getenv("{name.upper()}"))'
        for name in (USERNAME, PASSWORD, CLIENT_ID, CLIENT_SECRET)
        if name in credentials
    ]
    return f"{client_class} client = {client_class}.builder()" + "".join(f".{c}" for c in calls) + ".build();"


@dataclass(frozen=True, slots=True)
class GlobalView:
    """The global configuration of resource-class methods (`Stripe.apiKey = ...`)."""

    name: str
    client: str
    example: str  # `Stripe.apiKey = "sk_test_..."`
    setup_doc: list[str]
    base_url: str
    credentials: list[CredentialView]
    version_header: str  # `Stripe-Version`, or "": the API has no version setting
    auth: str
    user_agent: str
    imports: list[str]


def global_view(sdk: Sdk, client: ClientView, global_class: str, package: str) -> GlobalView:
    """The view of `global_class`, sharing the client's base URL, auth schemes and user agent."""
    first = client.credentials[0].argument if client.credentials else "apiKey"
    example = f"{global_class}.{first} = ..."
    setup = "".join(f"{{@code {global_class}.{c.argument}}}, " for c in client.credentials)
    version = "{@code apiVersion} and " if sdk.stripe else "and "
    setup_doc = doc_lines(
        "The global configuration of the resource classes' methods (such as"
        f" {{@code CustomerSession.create(params)}}): set {setup}{version}the rest once,"
        f" before the first call ({{@link #overrideApiBase}} for a mock or a proxy). A program that needs"
        f" several configurations uses a {{@link {client.name}}} instead, each holding its own.",
        escaped=True,
    )
    imports = [f"{package}.net.{n}" for n in ("ApiRequestor", "AuthScheme")]
    imports += ["java.net.http.HttpClient", "java.time.Duration", "java.util.Arrays", "java.util.List"]
    return GlobalView(
        global_class,
        client.name,
        example,
        setup_doc,
        client.base_url,
        client.credentials,
        "Stripe-Version" if sdk.stripe else "",
        client.auth,
        client.user_agent,
        sorted(imports),
    )
