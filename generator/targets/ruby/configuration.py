"""The gem's global settings (`Stripe.api_key = ...`), rendered when `resource_methods` is on:
one setting per credential of the client, then the transport's, and the construction of the
client the resource classes' calls go through (`Stripe.client`)."""

from __future__ import annotations

from dataclasses import dataclass

from .auth import client_auth
from .names import RubyNames
from .views import ClassMethodView


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: str  # a Ruby expression
    type: str  # YARD
    rbs: str
    doc: str


@dataclass(frozen=True, slots=True)
class ConfigView:
    settings: tuple[Setting, ...]
    required: tuple[str, ...]  # settings the client cannot be made without
    first: str  # the first setting (a credential) the docs show
    example: str  # a resource class's call the docs show
    construction: str  # the client's `new(...)`, laid out


def config_view(names: RubyNames, client_class: str, methods: dict[str, tuple[ClassMethodView, ...]]) -> ConfigView:
    auth = client_auth(names.sdk)
    credentials = [*auth.required, *auth.optional]
    settings = [Setting(name, "nil", "String, nil", "String?", "a credential of the client") for name in credentials]
    settings.append(Setting("api_base", f"{client_class}::DEFAULT_BASE_URL", "String", "String", "the API's URL"))
    if names.sdk.stripe:
        settings.append(Setting("api_version", "nil", "String, nil", "String?", "the `Stripe-Version` of every call"))
    settings += [
        Setting("max_network_retries", "Requestor::DEFAULT_MAX_RETRIES", "Integer", "Integer", "retries of a call"),
        Setting("open_timeout", "Requestor::DEFAULT_OPEN_TIMEOUT", "Numeric", "Numeric", "seconds to connect"),
        Setting("read_timeout", "Requestor::DEFAULT_TIMEOUT", "Numeric", "Numeric", "seconds to wait for an answer"),
        Setting("proxy", "nil", "String, nil", "String?", "`http://user:password@host:port`"),
        Setting("logger", "nil", "Logger, nil", "untyped", "where calls are logged"),
        Setting(
            "app_info", "nil", "Hash, nil", "Hash[Symbol, String?]?", "`{name:, version:, url:}`: see set_app_info"
        ),
        Setting("http_client", "nil", "Object, nil", "untyped", "an HTTP client (see NetHTTPClient)"),
        Setting("validate", "true", "Boolean", "bool", "whether params are checked before sending (ParamsError)"),
        Setting(
            "strict", "false", "Boolean", "bool", "whether answers are checked against the spec (InvalidResponseError)"
        ),
    ]
    keywords = [f"{name}: @settings[:{name}]" for name in auth.optional]
    keywords += ["base_url: @settings[:api_base]"]
    keywords += ["stripe_version: @settings[:api_version]"] if names.sdk.stripe else []
    keywords += [
        "max_retries: @settings[:max_network_retries]",
        "timeout: @settings[:read_timeout]",
        "open_timeout: @settings[:open_timeout]",
        "logger: @settings[:logger]",
        "app_info: @settings[:app_info]",
        "http_client: @settings[:http_client] || @http_client",
        "validate: @settings[:validate]",
        "strict: @settings[:strict]",
    ]
    args = [f"@settings[:{name}]" for name in auth.required] + keywords
    construction = f"{client_class}.new(\n" + ",\n".join(f"  {arg}" for arg in args) + "\n)"
    return ConfigView(
        settings=tuple(settings),
        required=auth.required,
        first=credentials[0] if credentials else "api_base",
        example=_example(names, methods),
        construction=construction,
    )


def _example(names: RubyNames, methods: dict[str, tuple[ClassMethodView, ...]]) -> str:
    for schema_id, found in sorted(methods.items()):
        for method in found:
            if method.signature.startswith("def self.list("):
                cls = names.model(schema_id).path
                return f"{names.module}::{cls}.list({{ limit: 3 }}).auto_paging_each {{ |item| puts item.id }}"
    return f"client = {names.module}.client"


__all__ = ["ConfigView", "config_view"]
