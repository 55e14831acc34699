"""Java sources the tests write from the surface: a call of each operation, its required params
built with the generated builders (`Builders`, the docs' own), its result checked by type."""

from __future__ import annotations

from dataclasses import dataclass

from generator.ir.model import Api, TypeKind, TypeRef
from generator.surface import Method, Returns
from generator.targets.java.names import JavaNames
from generator.targets.java.sample import Builders
from generator.targets.java.types import JavaTypes
from generator.targets.java.words import camel, java_str

from ..mock.request_params import minimal_params


@dataclass(frozen=True, slots=True)
class Call:
    op_id: str
    lines: list[str]  # statements, `result` holding what came back


def calls(api: Api, package: str, client_class: str, methods: list[Method]) -> tuple[set[str], list[Call]]:
    names = JavaNames(api, client_class)
    imports = {f"import {package}.{client_class};", f"import {package}.net.ApiObject;", f"import {package}.net.Page;"}
    found = []
    for method in methods:
        op = method.operation
        args = [java_str(f"{p.name}_123") for p in method.path_params]
        params = names.params_class(op)
        lines = []
        if params is not None:
            builders = Builders(api, names, package)
            built = builders.builder(params.qualname, op.params, minimal_params(api, op), 2)
            imports |= {f"import {name};" for name in builders.imports} | {f"import {package}.param.{params.top};"}
            lines.append(f"{params.qualname} params = {built};")
            args.append("params")
        call = f"client.{names.call_path(method.resource_id)}.{names.method(op)}({', '.join(args)})"
        types = JavaTypes(api, names, package)
        if method.returns is Returns.NOTHING or (method.response is None and method.returns is not Returns.BYTES):
            lines.append(f"{call};")
        elif method.returns in (Returns.LIST_PAGE, Returns.SEARCH_PAGE) or op.paging is not None:
            item = types.model(method.page_item or TypeRef(TypeKind.ANY)).java
            lines.append(f"Page<{item}> result = {call};")
            every = f"result.getData().stream().allMatch(item -> item instanceof {_raw(item)})"
            lines.append(f"check({java_str(op.id)}, {every});")
        elif method.returns is Returns.BYTES:
            lines.append(f"byte[] result = {call};")
            lines.append(f"check({java_str(op.id)}, result != null);")
        else:
            java = types.model(method.response or TypeRef(TypeKind.ANY)).java
            lines.append(f"{java} result = {call};")
            lines.append(f"check({java_str(op.id)}, result instanceof {_raw(java)});")
        imports |= {f"import {name};" for name in types.imports}
        found.append(Call(op.id, lines))
    return imports, found


def _raw(java: str) -> str:
    """The class to check with `instanceof` (`List<X>` -> `List`)."""
    return java.split("<", 1)[0]


_CHECK = [
    "  static void check(String op, boolean ok) {",
    "    if (!ok) {",
    '      throw new AssertionError(op + ": unexpected result");',
    "    }",
    "  }",
]


def smoke_program(api: Api, package: str, client_class: str, methods: list[Method]) -> str:
    """`Smoke.main(url)`: every call in turn; prints `called N`."""
    imports, found = calls(api, package, client_class, methods)
    body = []
    for call in found:
        body += ["    {", *(f"      {line}" for line in call.lines), "      called++;", "    }"]
    return "\n".join(
        [
            *sorted(imports),
            "",
            "public class Smoke {",
            *_CHECK,
            "",
            "  public static void main(String[] args) throws Exception {",
            f'    {client_class} client = {client_class}.builder().setApiKey("sk_test_smoke").setBaseUrl(args[0])'
            + ".setMaxNetworkRetries(0).build();",
            "    int called = 0;",
            *body,
            '    System.out.println("called " + called);',
            "  }",
            "}",
            "",
        ]
    )


def operations_test(api: Api, package: str, client_class: str, methods: list[Method]) -> str:
    """`EveryOperationTest`: one JUnit test per operation against `-Dmock.url`."""
    imports, found = calls(api, package, client_class, methods)
    imports |= {"import org.junit.jupiter.api.Test;"}
    tests = []
    for index, call in enumerate(found):
        tests += [
            "",
            "  @Test",
            f"  void {camel(call.op_id)}{index}() throws Exception {{",
            f"    {client_class} client = client();",
            *(f"    {line}" for line in call.lines),
            "  }",
        ]
    return "\n".join(
        [
            f"package {package};",
            "",
            *sorted(imports),
            "",
            "class EveryOperationTest {",
            *_CHECK,
            "",
            f"  private static {client_class} client() {{",
            '    String url = System.getProperty("mock.url");',
            "    if (url == null) {",
            '      throw new IllegalStateException("pass -Dmock.url");',
            "    }",
            f'    return {client_class}.builder().setApiKey("sk_test_e2e").setBaseUrl(url)',
            "        .setMaxNetworkRetries(0).build();",
            "  }",
            *tests,
            "}",
            "",
        ]
    )
