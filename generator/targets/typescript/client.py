"""The client class (`client.ts`): its constructor's credentials and options, the schemes its
`Auth` applies, and the services it reaches; and `errors.ts`, the runtime's error classes
under the API's own names."""

from __future__ import annotations

from dataclasses import dataclass

from ...surface import Api, Sdk
from ...surface.auth import Applied, ClientScheme, groups_of
from .docs import tsdoc
from .names import TsNames, error_prefix
from .words import camel_case, property_key, ts_str


@dataclass(frozen=True, slots=True)
class ClientView:
    name: str
    doc: tuple[str, ...]
    base_url: str  # a string literal
    schemes: tuple[str, ...]  # `bearerAuth: { kind: "bearer" },` lines
    security: str  # the default security array literal
    required: tuple[str, ...]  # positional credentials: `apiKey`
    optional: tuple[tuple[str, str], ...]  # (option, its doc) of credentials in the options
    credential_docs: tuple[str, ...]
    signature: str  # the constructor's parameters
    auth_args: str  # `{ apiKey, username: options.username }`
    stripe: bool
    user_agent: str
    services: tuple[tuple[str, str, str], ...]  # (member, class, module specifier)
    validation_error: str  # the exported name of the error of params failing their check
    response_validation_error: str  # ... of an answer failing its check (`strict: true`)


def scheme_literal(scheme: ClientScheme) -> str:
    if scheme.kind is Applied.API_KEY:
        return f'{{ kind: "apiKey", in: {ts_str(scheme.location)}, name: {ts_str(scheme.param_name)} }}'
    if scheme.kind is Applied.OAUTH2 and scheme.token_url:
        return f'{{ kind: "oauth2", tokenUrl: {ts_str(scheme.token_url)} }}'
    return f"{{ kind: {ts_str(scheme.kind.value)} }}"


def client_view(names: TsNames, package: str, version: str) -> ClientView:
    sdk = names.sdk
    required = tuple(camel_case(c.name) for c in sdk.credentials if c.required)
    optional = tuple((camel_case(c.name), c.description) for c in sdk.credentials if not c.required)
    signature = [f"{name}: string" for name in required] + ["options: ClientOptions = {}"]
    auth = [name for name in required] + [f"{name}: options.{name}" for name, _ in optional]
    auth.append("tokenProvider: options.tokenProvider")
    docs = tuple(f"@param {camel_case(c.name)} - {c.description}" for c in sdk.credentials if c.required)
    services = tuple(
        (member, names.service(root).name, "./" + names.service(root).module + ".js")
        for root, member in names.client_attrs.items()
    )
    title = sdk.api.title or "API"
    return ClientView(
        name=names.client_class,
        doc=tuple(tsdoc(f"Client for the {title}: one property per resource, each a service of its endpoints.")),
        base_url=ts_str(base_url(sdk.api)),
        schemes=tuple(f"{property_key(s.name)}: {scheme_literal(s)}," for s in sdk.schemes),
        security="[" + ", ".join(ts_str(name) for name in sdk.default_security) + "]",
        required=required,
        optional=optional,
        credential_docs=tuple(tsdoc("", 2, (*docs, "@param options - The client's settings."))),
        signature=", ".join(signature),
        auth_args="{ " + ", ".join(auth) + " }",
        stripe=sdk.stripe,
        user_agent=ts_str(f"{package}/{version}"),
        services=services,
        validation_error="StripeValidationError" if sdk.stripe else "ValidationError",
        response_validation_error="StripeResponseValidationError" if sdk.stripe else "ResponseValidationError",
    )


def construction(sdk: Sdk, client_class: str) -> str:
    """`new Client(...)` with the credentials a first program passes."""
    credentials = [c for c in sdk.credentials if c.required]
    if not credentials and sdk.credentials:  # those of the scheme most calls use
        schemes = {scheme.name: scheme for scheme in sdk.api.auth}
        usual = [schemes[name] for name in sdk.default_security if name in schemes]
        wanted = groups_of(usual[0])[0] if usual else (sdk.credentials[0].name,)
        credentials = [c for c in sdk.credentials if c.name in wanted]
    positional = [_env(c.name) for c in credentials if c.required]
    named = [f"{camel_case(c.name)}: {_env(c.name)}" for c in credentials if not c.required]
    args = [*positional, *(["{ " + ", ".join(named) + " }"] if named else [])]
    return f"new {client_class}({', '.join(args)})"


def _env(name: str) -> str:
    return f'process.env[{ts_str(name.upper())}] ?? ""'


def base_url(api: Api) -> str:
    url = api.servers[0].url if api.servers else "http://localhost"
    return url.rstrip("/") or url


#: (runtime class, error kind, Stripe's name) of every error class the package exports.
ERRORS = (
    ("APIError", "base", "StripeError"),
    ("APIConnectionError", "connection", "StripeConnectionError"),
    ("APIConnectionTimeoutError", "connectionTimeout", "StripeConnectionTimeoutError"),
    ("APIUserAbortError", "userAbort", "StripeUserAbortError"),
    ("AuthenticationError", "authentication", "StripeAuthenticationError"),
    ("CardError", "card", "StripeCardError"),
    ("ConflictError", "conflict", "StripeConflictError"),
    ("IdempotencyError", "idempotency", "StripeIdempotencyError"),
    ("InternalServerError", "internalServer", "StripeAPIError"),
    ("InvalidRequestError", "invalidRequest", "StripeInvalidRequestError"),
    ("BadRequestError", "badRequest", ""),
    ("NotFoundError", "notFound", ""),
    ("UnprocessableEntityError", "unprocessableEntity", ""),
    ("PermissionDeniedError", "permissionDenied", "StripePermissionError"),
    ("RateLimitError", "rateLimit", "StripeRateLimitError"),
    ("ValidationError", "validation", "StripeValidationError"),
    ("ResponseValidationError", "responseValidation", "StripeResponseValidationError"),
)


@dataclass(frozen=True, slots=True)
class ErrorsView:
    exports: tuple[str, ...]  # `APIError as StripeError`
    names: tuple[str, ...]  # `base: "StripeError",`
    base: str  # the base class's exported name


def errors_view(names: TsNames) -> ErrorsView:
    """Stripe's names for a Stripe-dialect API; otherwise `<Title>Error` for the base class and
    the runtime's own names for the others (openai-node's way)."""
    prefix = error_prefix(names.sdk, names.client_class)
    exports, entries = [], []
    for runtime, kind, stripe_name in ERRORS:
        if names.sdk.stripe and not stripe_name:
            continue
        exported = stripe_name if names.sdk.stripe else (f"{prefix}Error" if kind == "base" else runtime)
        exports.append(runtime if runtime == exported else f"{runtime} as {exported}")
        if runtime != exported:
            entries.append(f"{kind}: {ts_str(exported)},")
    signature = "SignatureVerificationError"
    exports.append(f"{signature} as StripeSignatureVerificationError" if names.sdk.stripe else signature)
    return ErrorsView(tuple(exports), tuple(entries), "StripeError" if names.sdk.stripe else f"{prefix}Error")
