"""The Java target on Stripe's whole spec, in one run:

1. generation (`--target java`) cold (empty cache), again with nothing changed, and again
   after one schema's description changed (same cache and output folder: each target's
   incremental reuse counts), each as a ratio to the Python target's in the same run;
2. `javac -Xlint:all -Werror` over the generated project;
3. parsing 10,000 customers (Stripe's fixture, JSON text to models) with the generated
   models, in one JVM (after 2,000 warm-up parses).

Run: `python benchmarks/bench_java.py`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "specs"
SPEC = SHARED / "stripe-spec3-2023-09-12.yaml"
FIXTURES = SHARED / "stripe-fixtures3-2023-09-12.json"
GSON = Path.home() / ".m2/repository/com/google/code/gson/gson/2.10.1/gson-2.10.1.jar"
_GENERATE = """
import sys
from pathlib import Path
from generator.config import Config
from generator.pipeline import generate
generate(Config(spec=Path(sys.argv[1]), out=Path(sys.argv[2]), targets=(sys.argv[3],)))
"""
_PARSE = """
import com.example.stripeapi.model.Customer;
import com.example.stripeapi.net.ModelReader;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;

public class ParseBench {
  public static void main(String[] args) throws Exception {
    JsonObject all = JsonParser.parseString(Files.readString(Path.of(args[0]))).getAsJsonObject();
    String text = all.getAsJsonObject("resources").getAsJsonObject("customer").toString();
    for (int i = 0; i < 2000; i++) {
      ModelReader.readObject(JsonParser.parseString(text).getAsJsonObject(), Customer.class);
    }
    long start = System.nanoTime();
    int ids = 0;
    for (int i = 0; i < 10000; i++) {
      ids += ModelReader.readObject(JsonParser.parseString(text).getAsJsonObject(), Customer.class).getId().length();
    }
    System.out.println((System.nanoTime() - start) / 1e9 + " " + ids);
  }
}
"""


_CUSTOMER = "    customer:\n      description: >-\n        "


def _generate(target: str, out: Path, cache: Path, spec: Path) -> float:
    env = {**os.environ, "CODEGEN_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", _GENERATE, str(spec), str(out), target], check=True, env=env, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        times: dict[tuple[str, str], float] = {}
        spec = work / SPEC.name
        original = SPEC.read_text()
        assert _CUSTOMER in original, "the customer schema's description moved: update _CUSTOMER"
        for target in ("python", "java"):
            spec.write_text(original)
            cache = work / f"cache-{target}"
            times[(target, "cold")] = _generate(target, work / f"cold-{target}", cache, spec)
            times[(target, "no change")] = _generate(target, work / f"cold-{target}", cache, spec)
            spec.write_text(original.replace(_CUSTOMER, _CUSTOMER + "Edited. ", 1))
            times[(target, "one schema")] = _generate(target, work / f"cold-{target}", cache, spec)
        for run in ("cold", "no change", "one schema"):
            java, python = times[("java", run)], times[("python", run)]
            print(f"generate {run}: java {java:.2f} s, python {python:.2f} s, ratio java/python {java / python:.2f}")
        project = work / "cold-java" / "java"
        sources = work / "sources.txt"
        sources.write_text("\n".join(str(p) for p in (project / "src/main/java").rglob("*.java")))
        classes = work / "classes"
        start = time.perf_counter()
        subprocess.run(
            [
                "javac",
                "-J-Xmx1500m",
                "-Xlint:all",
                "-Werror",
                "-encoding",
                "UTF-8",
                "-d",
                str(classes),
                "-cp",
                str(GSON),
                f"@{sources}",
            ],
            check=True,
        )
        count = len(sources.read_text().splitlines())
        print(f"javac -Xlint:all -Werror: {time.perf_counter() - start:.1f} s for {count} files")
        bench = work / "ParseBench.java"
        bench.write_text(_PARSE)
        classpath = f"{classes}{os.pathsep}{GSON}"
        subprocess.run(["javac", "-cp", classpath, "-d", str(work), str(bench)], check=True)
        out = subprocess.run(
            ["java", "-cp", f"{work}{os.pathsep}{classpath}", "ParseBench", str(FIXTURES)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        print(f"parse 10,000 customers (JSON text -> Customer): {float(out[0]) * 1000:.0f} ms")
        shutil.rmtree(work / "classes", ignore_errors=True)


if __name__ == "__main__":
    main()
