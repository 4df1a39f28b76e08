"""Benchmark: detection on a ~1 MB issue against one jieba pass over the same text, and peak memory.

Run: python benchmarks/bench_detect.py [--profile]
Targets: detection time / jieba time <= 1.5; peak RSS of jieba + detection < 300 MB.
The issue is the dev set issues (ISSUE_EDITOR_SHARED/devset, else ../shared/devset) concatenated to 1 MB;
without the dev set it repeats the built-in sample and the test fixtures, and says so.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
TARGET_BYTES = 1 << 20
TARGET_RATIO = 1.5
TARGET_RSS_MB = 300
REPEATS = 3


def _isolate_user_folders() -> None:
    """Keep the benchmark's jieba cache and logs out of the real user folders (unless already set)."""
    home = Path(tempfile.gettempdir()) / "issue-editor-bench"
    for variable, folder in (("ISSUE_EDITOR_DATA", "data"), ("ISSUE_EDITOR_CACHE", "cache"),
                             ("ISSUE_EDITOR_CONFIG", "config")):
        os.environ.setdefault(variable, str(home / folder))


def source_files() -> tuple[list[Path], str]:
    """The raw issues to concatenate, and a line saying where they came from."""
    shared = Path(os.environ.get("ISSUE_EDITOR_SHARED") or REPO_ROOT.parent / "shared")
    devset = sorted((shared / "devset").glob("issue-*.txt"))
    if devset:
        return devset, f"dev set: {len(devset)} issues from {shared / 'devset'}"
    fallback = [REPO_ROOT / "resources" / "sample-issue.txt", *sorted((REPO_ROOT / "tests" / "fixtures").glob("*.txt"))]
    return fallback, (f"NOTE: no dev set under {shared}; repeating the built-in sample and {len(fallback) - 1} "
                      "test fixtures instead (smaller, simpler issues: figures are not comparable)")


def build_issue(files: list[Path], target_bytes: int = TARGET_BYTES) -> str:
    """Whole issues, in order and then again, until the UTF-8 text reaches target_bytes."""
    texts = [p.read_text(encoding="utf-8").replace("\r\n", "\n") for p in files]
    parts: list[str] = []
    size = 0
    while size < target_bytes:
        for t in texts:
            parts.append(t.rstrip("\n") + "\n\n\n")
            size += len(parts[-1].encode("utf-8"))
            if size >= target_bytes:
                break
    return "".join(parts)


def best_of(repeats: int, func, *args) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeats):
        start = time.perf_counter()
        result = func(*args)
        best = min(best, time.perf_counter() - start)
    return best, result


def peak_rss_mb() -> float:
    """Peak resident set size of this process (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def measure_memory() -> int:
    """Child process: build the issue, load jieba, detect once, print the peak RSS as JSON."""
    from editor_app.core import wordseg
    from editor_app.core.detect.pipeline import detect_issue

    files, _where = source_files()
    text = build_issue(files)
    wordseg.ensure_loaded()
    after_jieba = peak_rss_mb()
    issue = detect_issue(text)
    issue.to_json()
    print(json.dumps({"after_jieba_mb": after_jieba, "peak_mb": peak_rss_mb(), "articles": len(issue.views())}))
    return 0


def profile_detection(text: str, top: int = 10) -> str:
    from editor_app.core.detect.pipeline import detect_issue

    profiler = cProfile.Profile()
    profiler.runcall(detect_issue, text)
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", action="store_true", help="also print the top 10 functions by cumulative time")
    parser.add_argument("--memory-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    _isolate_user_folders()
    if args.memory_child:
        return measure_memory()

    from editor_app.core import wordseg
    from editor_app.core.detect.pipeline import detect_issue

    files, where = source_files()
    text = build_issue(files)
    print("Issue Editor detection benchmark")
    print(f"  input     {where}")
    print(f"            {len(text.encode('utf-8')):,} bytes UTF-8, {len(text):,} characters")

    start = time.perf_counter()
    wordseg.ensure_loaded()
    print(f"  jieba     loaded in {time.perf_counter() - start:.2f} s (not counted below)")

    # one lcut pass of the same loaded jieba tokenizer detection uses (jieba.Tokenizer.lcut, HMM on)
    jieba_s, tokens = best_of(REPEATS, wordseg.cut, text)
    detect_s, issue = best_of(REPEATS, detect_issue, text)
    ratio = detect_s / jieba_s
    print(f"  jieba     lcut         {jieba_s:7.3f} s  ({len(tokens):,} tokens; best of {REPEATS})")
    print(f"  detect    detect_issue {detect_s:7.3f} s  ({len(issue.views()):,} articles, "
          f"{len(issue.blocks):,} blocks; best of {REPEATS})")
    print(f"  ratio     {ratio:.2f}  (target <= {TARGET_RATIO}: {'OK' if ratio <= TARGET_RATIO else 'ABOVE TARGET'})")

    child = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--memory-child"],
                           capture_output=True, text=True)
    if child.returncode == 0:
        memory = json.loads(child.stdout.strip().splitlines()[-1])
        peak, after_jieba = memory["peak_mb"], memory["after_jieba_mb"]
        print(f"  memory    peak RSS {peak:.0f} MB in a fresh process running jieba + detection "
              f"(after loading jieba: {after_jieba:.0f} MB)")
        print(f"            target < {TARGET_RSS_MB} MB: {'OK' if peak < TARGET_RSS_MB else 'ABOVE TARGET'}")
    else:
        print(f"  memory    the measuring process failed: {child.stderr.strip().splitlines()[-1:]}")

    if args.profile or ratio > TARGET_RATIO:
        print("\nTop 10 by cumulative time (detect_issue, one run):")
        print(profile_detection(text))
    return 0


if __name__ == "__main__":
    sys.exit(main())
