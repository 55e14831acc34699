"""`python -m generator` is the `codegen` command."""

from .cli import run

run()
