"""The Java client's request validators against the Python client's, case by case.

The corpus is the Python differential test's (`tests/validation/differential.py`), collected as
the Ruby comparison collects it (`tests/ruby/validators_differential.py`: each case keeps the
Python validators' verdict and the path of their first issue). The cases go to ONE JVM as JSON:
`Driver.java` reads them with Gson into what a Java caller passes (`Long`, `BigInteger`,
`Double`, `String`, `Boolean`, `List`, `Map`), runs each through the compiled `Validators`
(with the runtime's `Validation`, all in a throwaway package) and writes each verdict and first
issue path as JSON. Used by `tests/java/test_validators.py` and the benchmark.

Response cases (`collect_responses`: the Python corpus's RESPONSE subjects, judged by the Python
validators' response mode) go to `Validators.<op>Response` as the strict client hands them: the
Gson `JsonElement` the body was parsed into, unconverted (the validator reads it through the
runtime's `Validation.plain`).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from generator.ir.model import Api
from generator.targets.java.validation import render_validators, response_validator_names
from generator.targets.jinja import template_root

from ..ruby.validators_differential import Case, Comparison, recording
from ..validation.differential import Candidate, Tally, run

PACKAGE = "javadiff"
GSON = Path.home() / ".m2" / "repository" / "com" / "google" / "code" / "gson" / "gson" / "2.10.1" / "gson-2.10.1.jar"
#: The runtime classes `Validation` needs, besides itself.
RUNTIME = ("net/ApiParams.java", "net/FileUpload.java", "net/WireEnum.java", "validation/Validation.java")

DRIVER = """
package javadiff;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import java.io.Reader;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javadiff.validation.Validation;
import javadiff.validation.Validators;

public final class Driver {
  private Driver() {}

  static Object plain(JsonElement json) {
    if (json == null || json.isJsonNull()) {
      return null;
    }
    if (json.isJsonArray()) {
      List<Object> items = new ArrayList<>();
      for (JsonElement item : json.getAsJsonArray()) {
        items.add(plain(item));
      }
      return items;
    }
    if (json.isJsonObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Map.Entry<String, JsonElement> entry : json.getAsJsonObject().entrySet()) {
        map.put(entry.getKey(), plain(entry.getValue()));
      }
      return map;
    }
    JsonPrimitive value = json.getAsJsonPrimitive();
    if (value.isBoolean()) {
      return value.getAsBoolean();
    }
    if (value.isString()) {
      return value.getAsString();
    }
    String text = value.getAsString();
    if (text.contains(".") || text.contains("e") || text.contains("E") || text.contains("N") || text.contains("I")) {
      return Double.parseDouble(text);
    }
    BigInteger whole = new BigInteger(text);
    return whole.bitLength() < 64 ? (Object) whole.longValue() : whole;
  }

  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws Exception {
    JsonArray cases;
    try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      JsonReader reader = new JsonReader(in);
      reader.setLenient(true);
      cases = JsonParser.parseReader(reader).getAsJsonArray();
    }
    Map<String, Method> methods = new HashMap<>();
    JsonArray verdicts = new JsonArray();
    for (JsonElement one : cases) {
      JsonObject verdict = new JsonObject();
      try {
        String name = one.getAsJsonObject().get("validator").getAsString();
        boolean response = one.getAsJsonObject().get("response").getAsBoolean();
        Method method = methods.get(name);
        if (method == null) {
          method = Validators.class.getMethod(name, response ? Object.class : Map.class);
          methods.put(name, method);
        }
        JsonElement given = one.getAsJsonObject().get("params");
        Object params = response ? given : plain(given);
        List<Validation.Issue> issues = (List<Validation.Issue>) method.invoke(null, params);
        verdict.addProperty("valid", issues.isEmpty());
        if (!issues.isEmpty()) {
          verdict.add("path", new Gson().toJsonTree(issues.get(0).getPath()));
          verdict.addProperty("message", issues.get(0).toString());
        }
      } catch (InvocationTargetException error) {
        verdict.addProperty("crash", String.valueOf(error.getCause()));
      } catch (RuntimeException error) {
        verdict.addProperty("crash", String.valueOf(error));
      }
      verdicts.add(verdict);
    }
    try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      out.write(verdicts.toString());
    }
  }
}
"""


def write_sources(api: Api, folder: Path) -> Path:
    """The runtime's classes, `api`'s validators and the driver, in package `javadiff`."""
    source = folder / "src" / PACKAGE
    runtime = template_root() / "java" / "runtime"
    for relative in RUNTIME:
        path = source / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text((runtime / relative).read_text(encoding="utf-8").replace("codegen.runtime", PACKAGE))
    for name, text in render_validators(api, PACKAGE).items():
        (source / "validation" / f"{name}.java").write_text(text, encoding="utf-8")
    (source / "Driver.java").write_text(DRIVER, encoding="utf-8")
    return folder


#: Compiles of this session by the digest of their sources: the same sources compile once
#: (Stripe's validators serve the params and the responses test; javac takes a minute or more).
_COMPILED: dict[str, Path] = {}


def compile_sources(javac: str, folder: Path) -> Path:
    """`javac -Xlint:all -Werror` of every source; the classes' folder (a copy of the classes this
    session already compiled from the very same sources, when it did)."""
    classes = folder / "classes"
    sources = sorted(str(p) for p in (folder / "src").rglob("*.java"))
    digest = hashlib.sha256(javac.encode("utf-8"))
    for source in sources:
        digest.update(Path(source).relative_to(folder).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(Path(source).read_bytes()).digest())
    compiled = _COMPILED.get(digest.hexdigest())
    if compiled is not None and compiled.is_dir():
        shutil.copytree(compiled, classes)
        return classes
    done = subprocess.run(
        [javac, "-Xlint:all", "-Werror", "-encoding", "UTF-8", "-cp", str(GSON), "-d", str(classes), *sources],
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    _COMPILED[digest.hexdigest()] = classes
    return classes


def collect_responses(
    api: Api, found: Sequence[Candidate], examples: int, mutations: int, comparison: Comparison
) -> list[Case]:
    """The cases of every response subject in `found` (generated as the Python differential
    does), each naming its `Validators.<op>Response`."""
    names = response_validator_names(api)
    by_key = {f"{op.resource}.{op.name}": op.id for op in api.operations}
    cases: list[Case] = []
    for candidate in found:
        kind, _, key = candidate.name.partition(" ")
        subject = candidate.build() if kind == "response" and by_key.get(key) in names else None
        if subject is not None:
            run(recording(subject, names[by_key[key]], cases, comparison), examples, mutations, Tally(), None)
    return cases


def run_cases(java: str, classes: Path, cases: Sequence[Case], response: bool = False) -> list[dict[str, Any]]:
    """Every case through the Java validators in one JVM (the params validators, or with
    `response` the response ones): their verdicts, in order."""
    folder = classes.parent
    payload = [{"validator": case.validator, "params": case.params, "response": response} for case in cases]
    (folder / "cases.json").write_text(json.dumps(payload), encoding="utf-8")
    done = subprocess.run(
        [java, "-cp", f"{classes}:{GSON}", f"{PACKAGE}.Driver", str(folder / "cases.json"), str(folder / "out.json")],
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    verdicts: list[dict[str, Any]] = json.loads((folder / "out.json").read_text(encoding="utf-8"))
    assert len(verdicts) == len(cases)
    return verdicts


def compare(java: str, classes: Path, cases: Sequence[Case], comparison: Comparison, response: bool = False) -> None:
    """Run every case through the Java validators; record each disagreement with Python's verdict."""
    for case, verdict in zip(cases, run_cases(java, classes, cases, response), strict=True):
        comparison.cases += 1
        comparison.valid += case.valid
        problem = _disagreement(case, verdict)
        if problem is None and not case.valid:
            comparison.paths_compared += 1
        elif problem is not None:
            comparison.disagreements.append(f"{case.subject}: {problem}; params {json.dumps(case.params)[:300]}")


def _disagreement(case: Case, verdict: dict[str, Any]) -> str | None:
    if "crash" in verdict:
        return f"java crashed: {verdict['crash']}"
    if verdict["valid"] != case.valid:
        python = "valid" if case.valid else f"invalid at {case.path}"
        return f"python {python}, java {'valid' if verdict['valid'] else verdict['message']}"
    if not case.valid and verdict["path"] != case.path:
        return f"python fails at {case.path}, java at {verdict['path']} ({verdict['message']})"
    return None
