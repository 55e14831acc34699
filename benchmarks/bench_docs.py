"""Benchmark the HTML reference docs against Redoc on the full Stripe spec, in the same run.

1. Redoc: `@redocly/cli` is installed with npm into a cache folder outside the repo
   (`~/.cache/codegen-bench/redoc`, or `--redoc-dir`), and `redocly build-docs
   --inlineBundle` builds its single page (inlined so that it works offline, as ours does).
2. Ours: the `docs` target renders the same spec (in-process), written to a temp folder.
3. Output size: Redoc's page vs our HTML site (pages + assets/), raw and gzipped; the
   whole docs folder (with the Markdown and SVG files) is printed too.
4. Render time in headless Chromium (Debian's `/usr/bin/chromium` through Playwright),
   `--runs` times each, interleaved, each in a fresh browser context warmed on a tiny
   page first (so browser and renderer start-up are not counted for either). From the
   page's own Performance API: first contentful paint (FCP), largest contentful paint
   (LCP) and the load event; "rendered" is the later of FCP and load: content painted
   and the page's scripts done (for Redoc, its hydration; before it, Redoc's
   server-rendered shell shows but its search says "Loading..."). Medians are printed.
   Ours is measured on the landing page (index.html) and on the largest resource page.
5. Screenshots of each page go to `test-artifacts/`.

Run: `python benchmarks/bench_docs.py [--spec PATH] [--runs 5]`. Needs node/npm,
Chromium (`apt-get install -y chromium`) and Playwright (`pip install playwright`).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.ir.convert import convert  # noqa: E402 - after the path setup
from generator.load.loader import load  # noqa: E402
from generator.targets import job_for  # noqa: E402
from generator.targets.docs.site import render_site  # noqa: E402

DEFAULT_SPEC = ROOT.parent / "shared" / "specs" / "stripe-spec3-2023-09-12.yaml"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1280, "height": 800}
WARM_PAGE = "<!doctype html><meta charset=utf-8><title>warm</title><p>warm <code>up</code></p>"
METRICS = """() => new Promise(resolve => {
  let lcp = 0;
  new PerformanceObserver(list => { for (const e of list.getEntries()) lcp = e.startTime; })
    .observe({type: 'largest-contentful-paint', buffered: true});
  setTimeout(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const nav = performance.getEntriesByType('navigation')[0];
    resolve({fcp: fcp ? fcp.startTime : null, lcp, load: nav.loadEventEnd});
  }, 50);
})"""


@dataclass(frozen=True, slots=True)
class Timing:
    fcp: float
    lcp: float
    load: float

    @property
    def rendered(self) -> float:
        return max(self.fcp, self.load)


def build_redoc(spec: Path, out: Path, redoc_dir: Path) -> tuple[Path, float, str]:
    cli = redoc_dir / "node_modules" / ".bin" / "redocly"
    if not cli.exists():
        redoc_dir.mkdir(parents=True, exist_ok=True)
        print(f"installing @redocly/cli into {redoc_dir} ...", flush=True)
        subprocess.run(["npm", "init", "-y"], cwd=redoc_dir, check=True, capture_output=True)
        install = ["npm", "install", "--no-audit", "--no-fund", "@redocly/cli"]
        subprocess.run(install, cwd=redoc_dir, check=True, capture_output=True)
    version = json.loads((redoc_dir / "node_modules" / "@redocly" / "cli" / "package.json").read_text())["version"]
    target = out / "redoc.html"
    started = time.perf_counter()
    subprocess.run(
        [str(cli), "build-docs", str(spec), "--inlineBundle", "-o", str(target)],
        check=True,
        capture_output=True,
        env={**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"},
    )
    return target, time.perf_counter() - started, version


def build_ours(spec: Path, out: Path) -> tuple[Path, float]:
    started = time.perf_counter()
    api, _ = convert(load(spec))
    files = render_site(job_for(api, spec.name, {"python": {"package": "stripe", "client_class": "StripeClient"}}))
    seconds = time.perf_counter() - started
    for relative, content in files.items():
        path = out / "ours" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return out / "ours", seconds


def sizes(paths: Iterable[Path]) -> tuple[int, int]:
    raw = gz = 0
    for path in paths:
        data = path.read_bytes()
        raw += len(data)
        gz += len(gzip.compress(data, compresslevel=6, mtime=0))
    return raw, gz


def measure(browser: Any, url: str, warm: str, screenshot: Path | None) -> Timing:
    context = browser.new_context(viewport=VIEWPORT)
    try:
        page = context.new_page()
        page.goto(warm)
        page.wait_for_load_state("load")
        page.goto(url, wait_until="load", timeout=120_000)
        deadline = time.monotonic() + 10
        while page.evaluate("performance.getEntriesByName('first-contentful-paint').length") == 0:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{url} painted nothing within 10 s")
            page.wait_for_timeout(20)
        page.wait_for_timeout(300)
        found = page.evaluate(METRICS)
        if screenshot is not None:
            page.screenshot(path=str(screenshot))
        return Timing(float(found["fcp"]), float(found["lcp"]), float(found["load"]))
    finally:
        context.close()


def median(timings: list[Timing], name: str) -> float:
    return float(statistics.median(float(getattr(timing, name)) for timing in timings))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--redoc-dir", type=Path, default=Path.home() / ".cache" / "codegen-bench" / "redoc")
    args = parser.parse_args()
    if not args.spec.is_file():
        print(f"{args.spec} is missing (Stripe's spec lives in ../shared/specs)", file=sys.stderr)
        return 2
    if shutil.which("npm") is None or not Path(CHROMIUM).is_file():
        print("needs npm and Debian's chromium (apt-get install -y chromium)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bench-docs-") as folder:
        out = Path(folder)
        redoc, redoc_build, version = build_redoc(args.spec, out, args.redoc_dir)
        ours, ours_build = build_ours(args.spec, out)
        (out / "warm.html").write_text(WARM_PAGE)
        pages = sorted(ours.glob("*.html"), key=lambda p: p.stat().st_size)
        largest = pages[-1]
        site = [*pages, *ours.joinpath("assets").iterdir()]
        everything = [p for p in ours.rglob("*") if p.is_file()]
        redoc_size, redoc_gz = sizes([redoc])
        site_size, site_gz = sizes(site)
        all_size, all_gz = sizes(everything)

        targets = {
            f"Redoc {version}": (redoc, "redoc"),
            "ours: index.html": (ours / "index.html", "ours-index"),
            f"ours: {largest.name} (largest page)": (largest, "ours-largest"),
        }
        results: dict[str, list[Timing]] = {name: [] for name in targets}
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                for run in range(args.runs + 1):  # run 0 warms the OS file cache and is dropped
                    for name, (path, shot) in targets.items():
                        screenshot = ARTIFACTS / f"bench-docs-{shot}.png" if run == args.runs else None
                        timing = measure(browser, path.as_uri(), (out / "warm.html").as_uri(), screenshot)
                        if run > 0:
                            results[name].append(timing)
            finally:
                browser.close()

    print(f"\nSpec: {args.spec.name}; {args.runs} runs each, medians; load average {os.getloadavg()[0]:.1f}")
    print(f"Build: Redoc {redoc_build:.1f} s, ours {ours_build:.1f} s (load + convert + render, in-process)\n")
    print(f"{'output':44} {'bytes':>12} {'gzip':>12}")
    print(f"{'Redoc (one page, bundle inlined)':44} {redoc_size:>12,} {redoc_gz:>12,}")
    print(f"{'ours: HTML site (pages + assets/)':44} {site_size:>12,} {site_gz:>12,}")
    print(f"{'ours: whole docs folder (+ Markdown, SVG)':44} {all_size:>12,} {all_gz:>12,}")
    print(f"{'size ratio Redoc / our HTML site':44} {redoc_size / site_size:>11.2f}x {redoc_gz / site_gz:>11.2f}x\n")
    print(f"{'page (ms)':44} {'FCP':>8} {'LCP':>8} {'load':>8} {'rendered':>9}")
    reference = results[next(iter(targets))]
    for name, timings in results.items():
        row = " ".join(f"{median(timings, m):>8.0f}" for m in ("fcp", "lcp", "load"))
        print(f"{name:44} {row} {median(timings, 'rendered'):>9.0f}")
    for name, timings in list(results.items())[1:]:
        ratios = " ".join(f"{median(reference, m) / median(timings, m):>7.1f}x" for m in ("fcp", "lcp", "load"))
        print(f"{'Redoc / ' + name:44} {ratios} {median(reference, 'rendered') / median(timings, 'rendered'):>8.1f}x")
    print(f"\nScreenshots: {ARTIFACTS}/bench-docs-{{redoc,ours-index,ours-largest}}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
