"""Does the mock answer with the spec's own examples, and are its bodies valid against their schemas?

    python benchmarks/mock_examples.py [SPEC ...]     (default: every spec of ../shared/specs/corpus)

For each operation whose first 2xx answer has a JSON body, the mock's body for a request
with no parameters (`generator.mock.synth.Synthesizer.respond`, as the server calls it) is
compared with the examples the spec gives for that answer, in the order the mock must use
them: the media type's `example`, its `examples` (each `value`, `$ref`s followed), then the
response schema's own `example`. Columns:

* ops: operations with a JSON success body; with ex.: those the spec gives an example for;
  ex. valid: those whose first example is itself valid against the response schema (the
  mock may only send those as they are);
* = example: the mock's body is the first example valid against the schema (of `ex. valid`);
* body valid: the mock's bodies valid against the response schema (all `ops`), checked by
  openapi-schema-validator (OAS 3.0 or 3.1 rules, formats not checked);
* 500s: operations whose body could not be built (the server would answer 500).

Specs are loaded leniently (as `codegen mock --lenient`), so invalid ones are measured too.
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.config import Config  # noqa: E402
from generator.ir.model import Operation  # noqa: E402
from generator.load.loader import Document, LoadedSpec  # noqa: E402
from generator.mock.examples import SpecJudge  # noqa: E402
from generator.mock.synth import Call, Synthesizer  # noqa: E402
from generator.pipeline import load_api  # noqa: E402

CORPUS = ROOT.parent / "shared" / "specs" / "corpus"


def corpus_specs() -> list[Path]:
    found = sorted(p for p in CORPUS.iterdir() if p.suffix in (".yaml", ".yml", ".json"))
    found += sorted((CORPUS / "oai").glob("*.yaml"))
    digitalocean = CORPUS / "digitalocean" / "specification" / "DigitalOcean-public.v2.yaml"
    return found + ([digitalocean] if digitalocean.is_file() else [])


@dataclass
class Row:
    spec: str
    ops: int = 0
    with_examples: int = 0
    valid_examples: int = 0
    returned: int = 0
    bodies_valid: int = 0
    crashes: int = 0
    note: str = ""


def plain(value: Any) -> Any:
    """A YAML value as JSON has it (dates as ISO text)."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value


class Spec:
    """The loaded spec's nodes, `$ref`s followed, and a schema validator for any of its schemas."""

    def __init__(self, spec: LoadedSpec) -> None:
        import referencing
        from referencing.jsonschema import DRAFT4, DRAFT202012

        self.spec = spec
        self.v31 = str(spec.root.data.get("openapi", "")).startswith("3.1")
        default = DRAFT202012 if self.v31 else DRAFT4
        resources = [
            (doc.path.as_uri(), referencing.Resource.from_contents(doc.data, default_specification=default))
            for doc in spec.documents.values()
        ]
        self.registry: Any = referencing.Registry().with_resources(resources)

    def node(self, source: str) -> tuple[Document, str, Any]:
        file_part, _, pointer = source.partition("#")
        path = (self.spec.base_dir / file_part).resolve()
        document = self.spec.documents[path]
        target = self.spec.resolve(f"#{pointer}", document)
        return self.deref(target.document, target.pointer, target.node)

    def deref(self, document: Document, pointer: str, node: Any) -> tuple[Document, str, Any]:
        for _ in range(50):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                break
            target = self.spec.resolve(node["$ref"], document)
            document, pointer, node = target.document, target.pointer, target.node
        return document, pointer, node

    def validator(self, document: Document, pointer: str) -> Any:
        from openapi_schema_validator import OAS30Validator, OAS31Validator

        cls = OAS31Validator if self.v31 else OAS30Validator
        return cls({"$ref": f"{document.path.as_uri()}#{pointer}"}, registry=self.registry)


def examples_of(spec: Spec, op: Operation) -> tuple[list[Any], Any]:
    """(the examples of the operation's success body, in the mock's order; a validator of its schema)."""
    document, pointer, node = spec.node(op.source)
    responses = node.get("responses") if isinstance(node, dict) else None
    if not isinstance(responses, dict) or op.response_media_type is None:
        return [], None
    status = op.response_status if op.response_status in responses else int(op.response_status)
    rdoc, rptr, response = spec.deref(document, f"{pointer}/responses/{op.response_status}", responses.get(status))
    media = (response.get("content") or {}).get(op.response_media_type) if isinstance(response, dict) else None
    if not isinstance(media, dict) or "schema" not in media:
        return [], None
    media_ptr = f"{rptr}/content/{op.response_media_type.replace('~', '~0').replace('/', '~1')}"
    found: list[Any] = []
    if "example" in media:
        found.append(media["example"])
    for entry in (media.get("examples") or {}).values() if isinstance(media.get("examples"), dict) else ():
        _d, _p, example = spec.deref(rdoc, "", entry)
        if isinstance(example, dict) and "value" in example:
            found.append(example["value"])
    sdoc, sptr, schema = spec.deref(rdoc, f"{media_ptr}/schema", media["schema"])
    if isinstance(schema, dict) and "example" in schema:
        found.append(schema["example"])
    return [plain(example) for example in found], spec.validator(sdoc, sptr)


SHOW_FAILURES = False


def first_error(validator: Any, value: Any) -> str:
    try:
        error = next(iter(validator.iter_errors(value)), None)
    except Exception as exc:
        return f"validator failed: {exc}"
    return "" if error is None else f"/{'/'.join(map(str, error.absolute_path))}: {error.message[:200]}"


def is_valid(validator: Any, value: Any) -> bool:
    try:
        return not any(True for _ in validator.iter_errors(value))
    except Exception:
        return False


def measure(path: Path) -> Row:
    row = Row(path.relative_to(CORPUS).as_posix() if path.is_relative_to(CORPUS) else str(path))
    try:
        loaded = load_api(path, Config(spec=path, strict=False), None, validation="later")
    except Exception as exc:
        row.note = f"not served: {str(exc).splitlines()[0][:80]}"
        return row
    spec = Spec(loaded.spec)
    try:
        synth = Synthesizer(loaded.api, judge=SpecJudge(loaded.spec))  # as `codegen mock` on a cold start
    except TypeError:  # (a version of the mock before examples were judged: to measure before/after)
        synth = Synthesizer(loaded.api)
    for op in operations(loaded.api):
        examples, validator = examples_of(spec, op)
        if validator is None or op.response is None:
            continue  # no JSON body (the mock answers an empty one)
        row.ops += 1
        try:
            body = plain(synth.respond(Call(op, op.path, {}, {})))
        except Exception:
            row.crashes += 1
            continue
        valid = is_valid(validator, body)
        row.bodies_valid += valid
        if not valid and SHOW_FAILURES:
            print(
                f"  invalid body: {op.http_method.upper()} {op.path}: {first_error(validator, body)}", file=sys.stderr
            )
        if not examples:
            continue
        row.with_examples += 1
        first_valid = next((example for example in examples if is_valid(validator, example)), None)
        if first_valid is None:
            continue
        row.valid_examples += 1
        row.returned += body == first_valid
        if body != first_valid and SHOW_FAILURES:
            print(f"  not the example: {op.http_method.upper()} {op.path}", file=sys.stderr)
    return row


def operations(api: Any) -> Iterator[Operation]:
    for resource in api.resources:
        yield from resource.operations


def share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("specs", nargs="*", type=Path)
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    parser.add_argument("--failures", action="store_true", help="name each invalid body and missed example (stderr)")
    args = parser.parse_args()
    global SHOW_FAILURES
    SHOW_FAILURES = args.failures
    rows = []
    started = time.perf_counter()
    for path in args.specs or corpus_specs():
        rows.append(measure(path))
        print(f"measured {rows[-1].spec}", file=sys.stderr)
    if args.json:
        print(json.dumps([row.__dict__ for row in rows], indent=1))
        return
    print("| spec | ops | with ex. | ex. valid | = example | body valid | 500s |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    total = Row("all")
    for row in rows:
        for name in ("ops", "with_examples", "valid_examples", "returned", "bodies_valid", "crashes"):
            setattr(total, name, getattr(total, name) + getattr(row, name))
        print(
            f"| {row.spec} | {row.ops} | {row.with_examples} | {row.valid_examples} | "
            f"{share(row.returned, row.valid_examples)} | {share(row.bodies_valid, row.ops)} | {row.crashes} |"
            + (f" {row.note}" if row.note else "")
        )
    print(
        f"| **all** | {total.ops} | {total.with_examples} | {total.valid_examples} | "
        f"{share(total.returned, total.valid_examples)} | {share(total.bodies_valid, total.ops)} | {total.crashes} |"
    )
    print(f"\n({time.perf_counter() - started:.0f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
