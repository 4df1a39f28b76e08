"""Archive benchmark: import throughput, search latency on 100,000+ articles, archive size per MB of source.

Run: python benchmarks/bench_archive.py [--issues 2000] [--articles 100000] [--jobs N] [--keep DIR]

It prints figures; it is not a test. Input: the dev set (../shared/devset, or ISSUE_EDITOR_SHARED/devset) with
each issue repeated under new dates (the page headers are rewritten, so every copy is a distinct file with its
own sha256); without the dev set, resources/sample-issue.txt the same way. Takes about 10 minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from editor_app.core import wordseg  # noqa: E402
from editor_app.core.detect.pipeline import detect_file  # noqa: E402
from editor_app.core.storage import Archive  # noqa: E402
from editor_app.core.storage.importer import import_files  # noqa: E402
from editor_app.core.storage.rows import prepare_issue  # noqa: E402

_HEADER_DATE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?=\s*星期)", re.M)


def source_issues() -> tuple[str, list[Path]]:
    shared = Path(os.environ.get("ISSUE_EDITOR_SHARED") or REPO.parent / "shared")
    devset = sorted((shared / "devset").glob("issue-*.txt"))
    if devset:
        return f"dev set ({len(devset)} issues, {shared / 'devset'})", devset
    return "resources/sample-issue.txt", [REPO / "resources" / "sample-issue.txt"]


def write_copies(sources: list[Path], count: int, folder: Path) -> list[Path]:
    """`count` files: the sources in turn, each dated one day later than the last (header and file name)."""
    texts = [p.read_text(encoding="utf-8") for p in sources]
    day = dt.date(2001, 1, 1)
    out = []
    for k in range(count):
        text = texts[k % len(texts)]
        stamp = f"{day.year}年{day.month}月{day.day}日"
        path = folder / f"issue-{day:%Y%m%d}.txt"
        path.write_text(_HEADER_DATE.sub(stamp, text), encoding="utf-8")
        out.append(path)
        day += dt.timedelta(days=1)
    return out


def file_size(path: Path) -> int:
    return sum(os.path.getsize(f"{path}{s}") for s in ("", "-wal") if os.path.exists(f"{path}{s}"))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def bench_import(db: Path, files: list[Path], jobs: int) -> dict:
    with Archive.open(db) as archive:
        started = time.perf_counter()
        results = import_files(archive, files, jobs=jobs)
        wall = time.perf_counter() - started
    failed = [r for r in results if r.error]
    if failed:
        raise SystemExit(f"import failed: {failed[0].error}")
    return {
        "issues": len(results), "wall": wall, "articles": sum(r.articles for r in results),
        "detect": sum(r.detect_seconds for r in results), "segment": sum(r.segment_seconds for r in results),
        "store": sum(r.store_seconds for r in results),
    }


def grow(db: Path, sources: list[Path], target_articles: int) -> tuple[int, float]:
    """Store prepared copies of the source issues (new sha256 and date each) until the archive is big enough."""
    prepared = [prepare_issue(detect_file(p), source_name=p.name) for p in sources]
    with Archive.open(db) as archive:
        have = archive.conn.execute("SELECT count(*) FROM articles WHERE position IS NOT NULL").fetchone()[0]
        day = dt.date(2020, 1, 1)
        stored = 0
        started = time.perf_counter()
        while have < target_articles:
            p = prepared[stored % len(prepared)]
            archive.store_prepared(p.with_identity(f"bulk-{stored:08d}-{p.sha256[:40]}", day.isoformat(),
                                                   f"bulk-{day:%Y%m%d}.txt"))
            have += sum(1 for a in p.articles if a.position is not None)
            stored += 1
            day += dt.timedelta(days=1)
        return stored, time.perf_counter() - started


def make_queries(archive: Archive, sources: list[Path], n: int = 50) -> list[tuple[str, dict]]:
    """A fixed mix: headline words, body words, two-word queries, byline names, and searches with filters."""
    rng = random.Random(20260302)
    issue = detect_file(sources[0])
    words: list[str] = []
    for v in issue.views():
        for text in [v.headline or "", *v.paragraphs[:3]]:
            words += [w for w in wordseg.cut(text) if len(w) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in w)]
    words = sorted(set(words))
    people = [p.name for p in archive.people()[:40]]
    sections = sorted({s for _paper, s in archive.sections()})
    queries: list[tuple[str, dict]] = []
    for k in range(n):
        kind = k % 5
        if kind in (0, 1):
            queries.append((rng.choice(words), {}))
        elif kind == 2:
            queries.append((f"{rng.choice(words)} {rng.choice(words)}", {}))
        elif kind == 3:
            queries.append((rng.choice(people), {}))
        else:
            filters = rng.choice([{"reporter": rng.choice(people)}, {"section": rng.choice(sections)},
                                  {"date_from": "2001-06-01", "date_to": "2002-06-30"}])
            queries.append((rng.choice(words), filters))
    return queries


def bench_search(db: Path, sources: list[Path]) -> dict:
    started = time.perf_counter()
    archive = Archive.open(db, readonly=True)
    open_time = time.perf_counter() - started
    with archive:
        queries = make_queries(archive, sources)
        archive.search("预热")  # jieba's dictionary and the first pages of the index
        first: list[float] = []
        second: list[float] = []
        hits: list[int] = []
        for rounds in (first, second):
            for q, filters in queries:
                t = time.perf_counter()
                found = archive.search(q, **filters)
                rounds.append(time.perf_counter() - t)
                if rounds is second:
                    hits.append(len(found))
        articles = archive.conn.execute("SELECT count(*) FROM articles WHERE position IS NOT NULL").fetchone()[0]
        t = time.perf_counter()
        archive.conn.execute("PRAGMA quick_check").fetchall()
        quick_check = time.perf_counter() - t
    slowest = sorted(zip(second, queries), key=lambda x: -x[0])[:3]
    return {"articles": articles, "first": first, "second": second, "hits": hits, "open": open_time,
            "quick_check": quick_check, "slowest": slowest}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--issues", type=int, default=2000, help="issues to import (default 2000)")
    parser.add_argument("--articles", type=int, default=100_000, help="articles in the search archive")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes for detection")
    parser.add_argument("--single", type=int, default=100, help="issues for the one-process import figure")
    parser.add_argument("--keep", help="keep the archives in this folder")
    args = parser.parse_args()

    label, sources = source_issues()
    work = Path(args.keep or tempfile.mkdtemp(prefix="bench-archive-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"input: {label}; machine: {os.cpu_count()} cores; work folder {work}")
    try:
        (work / "files").mkdir(exist_ok=True)
        files = write_copies(sources, args.issues, work / "files")
        source_mb = sum(p.stat().st_size for p in files) / 1e6

        # 1. one process: where the time goes
        single_db = work / "single.sqlite3"
        s = bench_import(single_db, files[:args.single], jobs=1)
        per = s["issues"]
        print(f"\n1. import, one process, {per} issues ({s['articles']} articles):")
        print(f"   {per / s['wall']:.1f} issues/s; per issue: detection {1000 * s['detect'] / per:.0f} ms, "
              f"segmentation (jieba, for the index) {1000 * s['segment'] / per:.0f} ms, "
              f"storage (SQLite, one transaction) {1000 * s['store'] / per:.0f} ms")
        chars = sum(len(f.read_text(encoding="utf-8")) for f in files[:args.single]) / per
        print(f"   storage alone (rows already prepared): {per / s['store']:.0f} issues/s; an issue here averages "
              f"{chars / 1000:.0f}k characters (resources/sample-issue.txt: 6k)")

        # 2. the real command's way: workers detect and segment, this process writes
        db = work / "archive.sqlite3"
        r = bench_import(db, files, jobs=args.jobs)
        n = r["issues"]
        print(f"\n2. import, {args.jobs} worker processes, {n} issues ({r['articles']} articles, {source_mb:.0f} MB):")
        print(f"   {n / r['wall']:.1f} issues/s wall clock ({r['wall']:.0f} s); in the workers: detection "
              f"{r['detect']:.0f} s, segmentation {r['segment']:.0f} s; storage in the main process {r['store']:.0f} s "
              f"({n / r['store']:.0f} issues/s)")
        Archive.open(db).close()  # closing checkpoints the WAL, so the file size is the whole archive
        size_mb = file_size(db) / 1e6
        print(f"\n3. archive size: {size_mb:.0f} MB for {source_mb:.0f} MB of source text = "
              f"{size_mb / source_mb:.2f} MB per MB of source")

        # 4. search on a big archive
        stored, grow_time = grow(db, sources, args.articles)
        Archive.open(db).close()
        big_mb = file_size(db) / 1e6
        print(f"\n4. grew the archive by {stored} more issues (prepared rows stored again) in {grow_time:.0f} s "
              f"({stored / grow_time:.0f} issues/s); now {big_mb:.0f} MB")
        sr = bench_search(db, sources)
        hits = sr["hits"]
        print(f"   search over {sr['articles']} articles, 50 queries (words, two-word, names, with filters):")
        print(f"   first pass: median {1000 * statistics.median(sr['first']):.1f} ms, "
              f"p95 {1000 * percentile(sr['first'], 0.95):.1f} ms")
        print(f"   second pass: median {1000 * statistics.median(sr['second']):.1f} ms, "
              f"p95 {1000 * percentile(sr['second'], 0.95):.1f} ms, max {1000 * max(sr['second']):.1f} ms")
        print(f"   hits per query: median {statistics.median(hits):.0f} (limit 50), {sum(h == 0 for h in hits)} "
              "queries without hits")
        print("   slowest: " + "; ".join(f"{q!r} {f or ''} {1000 * t:.0f} ms" for t, (q, f) in sr["slowest"]))
        print(f"   opening it read-only: {1000 * sr['open']:.0f} ms; PRAGMA quick_check: {sr['quick_check']:.1f} s "
              f"({big_mb:.0f} MB)")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
