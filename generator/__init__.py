"""codegen: an OpenAPI-driven SDK and reference-docs generator."""

__version__ = "0.1.0"
