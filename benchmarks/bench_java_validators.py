"""Benchmark the Java client's request validators against its form encoder, in one JVM.

Validating 10,000 `customers.create` params (`Validators.customersCreate`, the check every call
runs before sending) and encoding the same params 10,000 times alone (`FormEncoder.encode`, what
every call does anyway), best of `--runs` interleaved runs each after a warm-up of as many calls;
the ratio is validation's time over the encoder's. The params are the Ruby benchmark's full
customer (`bench_ruby_validators.PARAMS`) as a `Map` of `String`, `Long`, `List` and `Map` values.

By default the committed project of the default spec (`generated/java`); `--spec PATH` renders
the project of another spec (Stripe's full spec) into a temporary folder first.

Run: `python benchmarks/bench_java_validators.py [--spec PATH] [--count 10000] [--runs 5]`.
Needs Java 17 and Gson 2.10.1 in ~/.m2.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ruby_validators import PARAMS

ROOT = Path(__file__).resolve().parents[1]
COMMITTED = ROOT / "generated" / "java"
GSON = Path.home() / ".m2" / "repository" / "com" / "google" / "code" / "gson" / "gson" / "2.10.1" / "gson-2.10.1.jar"
PACKAGE = "com.example.stripe"

_BENCH = """
import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import PACKAGE.net.FormEncoder;
import PACKAGE.validation.Validation;
import PACKAGE.validation.Validators;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public final class Bench {
  private Bench() {}

  static Object whole(Object value) {  // Gson reads every number as a Double: the params' are whole
    if (value instanceof Double) {
      return ((Double) value).longValue();
    }
    if (value instanceof List) {
      List<Object> items = new ArrayList<>();
      for (Object item : (List<?>) value) {
        items.add(whole(item));
      }
      return items;
    }
    if (value instanceof Map) {
      Map<String, Object> map = new java.util.LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((key, item) -> map.put(String.valueOf(key), whole(item)));
      return map;
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws Exception {
    Map<String, Object> params = (Map<String, Object>) whole(new Gson().fromJson(
        Files.readString(Path.of(args[0])), new TypeToken<Map<String, Object>>() {}.getType()));
    int count = Integer.parseInt(args[1]);
    int runs = Integer.parseInt(args[2]);
    List<Validation.Issue> issues = Validators.customersCreate(params);
    if (!issues.isEmpty()) {
      throw new IllegalStateException("the benchmark's params are invalid: " + issues);
    }
    long sink = 0;
    double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
    for (int run = -1; run < runs; run++) {  // run -1 warms the JIT up
      long started = System.nanoTime();
      for (int i = 0; i < count; i++) {
        sink += FormEncoder.encode(params).length();
      }
      long encoded = System.nanoTime();
      for (int i = 0; i < count; i++) {
        sink += Validators.customersCreate(params).size();
      }
      long validated = System.nanoTime();
      for (int i = 0; i < count; i++) {
        sink += Validators.customersCreate(params).size() + FormEncoder.encode(params).length();
      }
      long both = System.nanoTime();
      if (run >= 0) {
        best[0] = Math.min(best[0], (encoded - started) / 1e9);
        best[1] = Math.min(best[1], (validated - encoded) / 1e9);
        best[2] = Math.min(best[2], (both - validated) / 1e9);
      }
    }
    System.out.println("{\\"encode\\": " + best[0] + ", \\"validate\\": " + best[1] + ", \\"both\\": " + best[2]
        + ", \\"sink\\": " + sink + "}");
  }
}
"""


def _project(spec: Path | None, work: Path) -> Path:
    if spec is None:
        return COMMITTED
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CODEGEN_CACHE_DIR": str(work / "cache")}
    command = [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--target", "java"]
    subprocess.run([*command, "--out", str(work / "out"), "-q"], cwd=ROOT, env=env, check=True)
    return work / "out" / "java"


def measure(project: Path, count: int, runs: int, work: Path) -> dict[str, float]:
    javac, java = shutil.which("javac"), shutil.which("java")
    if javac is None or java is None or not GSON.is_file():
        raise SystemExit(f"Java 17 (javac, java) and {GSON} are needed")
    sources = sorted(str(p) for p in (project / "src" / "main" / "java").rglob("*.java"))
    (work / "Bench.java").write_text(_BENCH.replace("PACKAGE", PACKAGE), encoding="utf-8")
    (work / "sources.txt").write_text("\n".join([*sources, str(work / "Bench.java")]), encoding="utf-8")
    classes = work / "classes"
    subprocess.run([javac, "-cp", str(GSON), "-d", str(classes), f"@{work / 'sources.txt'}"], check=True)
    (work / "params.json").write_text(json.dumps(PARAMS), encoding="utf-8")
    done = subprocess.run(
        [java, "-cp", f"{classes}:{GSON}", "Bench", str(work / "params.json"), str(count), str(runs)],
        capture_output=True,
        text=True,
        check=True,
    )
    found: dict[str, float] = json.loads(done.stdout)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", type=Path, help="render this spec's project (default: the committed default one)")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-java-validators-") as folder:
        work = Path(folder)
        result = measure(_project(args.spec, work), args.count, args.runs, work)
    per = {key: value / args.count * 1e6 for key, value in result.items() if key != "sink"}
    print(f"customers.create params x {args.count} ({args.spec or 'default spec'}), best of {args.runs}, one JVM:")
    print(f"  encode alone (FormEncoder.encode)    {result['encode']:.4f}s  {per['encode']:.2f} us/call")
    print(f"  validate alone (Validators)          {result['validate']:.4f}s  {per['validate']:.2f} us/call")
    print(f"  validate + encode                    {result['both']:.4f}s  {per['both']:.2f} us/call")
    print(f"  validation / encoding: {result['validate'] / result['encode']:.2f}x")


if __name__ == "__main__":
    main()
