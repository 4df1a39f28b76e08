"""Learning benchmark: does detection make fewer errors as editors correct issue after issue?

Run: python benchmarks/bench_learning.py [--keep DIR] [--scale 100] [--test 3]

It prints figures; it is not a test. The dev set (../shared/devset, or ISSUE_EDITOR_SHARED/devset) is imported
day by day into a fresh archive. After each day the gold answers are applied as an editor would (the blocks'
roles and articles, every article's bylines, section and campaigns, and every article marked reviewed) and
saved. Then the days not imported yet are detected with what the archive has learned, two ways:

  (a) the plain text, with the archive's roster (people_names) and campaign registry;
  (b) the same text with its page-header lines blanked out, so no header gives the section: an article's section
      is then the archive classifier's suggestion (section_model), as an editor would see it.

Errors counted against gold on those remaining days: bylines (names missed + names spurious), sections
(gold articles whose section is wrong or missing) and campaigns (tags missed + spurious; the dev set's gold
annotates no campaigns, so every tag is spurious). Rates are per 100 gold articles of the remaining days.
The same section curve is then printed for a fixed test set (the last days), and the classifier's training
and update times are measured on a larger archive (the reviewed issues stored again under new identities,
about 19,000 articles). About two minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from editor_app.core import evaluation  # noqa: E402
from editor_app.core.detect.patterns import match_page_header  # noqa: E402
from editor_app.core.detect.pipeline import detect_issue  # noqa: E402
from editor_app.core.issue import Issue, IssueMeta  # noqa: E402
from editor_app.core.model import ArticleRecord  # noqa: E402
from editor_app.core.storage import Archive  # noqa: E402
from editor_app.core.storage.rows import prepare_issue  # noqa: E402


@dataclass
class Day:
    name: str
    date: str
    text: str
    gold: dict
    gold_issue: evaluation.GoldIssue


@dataclass
class Errors:
    articles: int = 0
    byline_missed: int = 0
    byline_spurious: int = 0
    section: int = 0
    campaign: int = 0

    @property
    def bylines(self) -> int:
        return self.byline_missed + self.byline_spurious

    def add(self, other: Errors) -> None:
        for name in ("articles", "byline_missed", "byline_spurious", "section", "campaign"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def rate(self, count: int) -> float:
        return 100.0 * count / self.articles if self.articles else 0.0


def cells(e: Errors) -> str:
    """Byline, section and campaign errors with their rates per 100 articles, for one row of the curve."""
    return (f"{e.bylines:4d} {e.rate(e.bylines):5.1f}%  {e.section:3d} {e.rate(e.section):5.1f}%  "
            f"{e.campaign:3d} {e.rate(e.campaign):4.1f}%")


def load_days(devset: Path) -> list[Day]:
    days = []
    for gold_path in evaluation.gold_files(devset):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = evaluation.text_path_for(gold_path)
        m = re.search(r"(\d{4})(\d{2})(\d{2})", gold_path.name)
        date = f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else gold.get("source", {}).get("date")
        days.append(Day(gold_path.name[:-len(evaluation.GOLD_SUFFIX)], date, text_path.read_text(encoding="utf-8"),
                        gold, evaluation.load_gold(gold_path)))
    return sorted(days, key=lambda d: d.date or d.name)


def without_page_headers(text: str) -> str:
    """The text with every page-header line blanked (same length, so offsets still match the gold)."""
    out = []
    for line in text.split("\n"):
        out.append(" " * len(line) if line.strip() and match_page_header(line.strip()) else line)
    return "\n".join(out)


def apply_gold(issue: Issue, day: Day) -> None:
    """Make the issue what the gold says, as an editor fixing everything would: structure, fields, reviewed."""
    blocks = day.gold["blocks"]
    assert len(blocks) == len(issue.blocks), f"{day.name}: the blocks differ from the gold's"
    for b, g in zip(issue.blocks, blocks):
        b.role = g["role"]
        b.article = g["article"]
        b.continues_previous = bool(g.get("continues_previous"))
    issue.records.clear()
    for k, article in enumerate(day.gold["articles"]):
        issue.records[k] = ArticleRecord(k, {
            "bylines": [{"role": b["role"], "name": b["name"]} for b in article.get("bylines") or []],
            "section": article.get("section"),
            "campaigns": list(article.get("campaigns") or []),
        }, "reviewed")
    issue.invalidate(everything=True)


def score(day: Day, issue: Issue, use_suggestions: bool) -> Errors:
    """Errors of one detected issue against its gold (see the module docstring)."""
    views = issue.views()
    gold = day.gold_issue
    starts = gold.block_starts
    matched: dict[int, int] = {}
    for p, view in sorted(enumerate(views), key=lambda pv: pv[1].start):
        block = evaluation.block_index_at(view.start, gold, starts)
        if block is None:
            continue
        for g, article in enumerate(gold.articles):
            if g not in matched and article.first_block <= block <= article.headline_block:
                matched[g] = p
                break
    errors = Errors(articles=len(gold.articles))
    for g, article in enumerate(gold.articles):
        view = views[matched[g]] if g in matched else None
        gold_names = {evaluation.strip_whitespace(b.get("name")) for b in article.bylines} - {""}
        names = {evaluation.strip_whitespace(b.name) for b in view.bylines} if view else set()
        errors.byline_missed += len(gold_names - names)
        errors.byline_spurious += len(names - gold_names)
        section = None
        if view is not None:
            section = view.section
            if section is None and use_suggestions and view.section_suggestion:
                section = view.section_suggestion[0]
        if evaluation.comparable_field_value("section", section) != evaluation.comparable_field_value(
                "section", article.fields.get("section")):
            errors.section += 1
        gold_tags = set(article.campaigns or [])
        tags = set(view.campaigns) if view else set()
        errors.campaign += len(gold_tags ^ tags)
    for p, view in enumerate(views):
        if p not in matched.values():
            errors.byline_spurious += len({b.name for b in view.bylines})
    return errors


def evaluate(archive: Archive, days: list[Day], plain: bool = True) -> tuple[Errors, Errors, float]:
    """Errors of (a) plain detection and (b) detection without page headers on `days`, and the seconds taken."""
    started = time.perf_counter()
    roster, registry, model = archive.people_names(), archive.registry(), archive.section_model()
    totals, headless = Errors(), Errors()
    for day in days:
        ways = [(without_page_headers(day.text), headless, True)]
        if plain:
            ways.insert(0, (day.text, totals, False))
        for text, total, suggest in ways:
            issue = detect_issue(text, registry=registry, roster=roster, meta=IssueMeta(date=day.date))
            issue.section_model = model
            total.add(score(day, issue, suggest))
    return totals, headless, time.perf_counter() - started


def scale_figures(archive: Archive, copies: int) -> list[str]:
    """Training, update and report times on the archive's reviewed issues stored `copies` more times."""
    lines = []
    prepared = [prepare_issue(archive.load_issue(s.id, suggest=False)) for s in archive.list_issues()]
    started = time.perf_counter()
    for k in range(copies):
        for n, p in enumerate(prepared):
            archive.store_prepared(p.with_identity(f"{p.sha256[:48]}{k:08d}{n:08d}", date=f"{2001 + k}-{p.date[5:]}"))
    stored = time.perf_counter() - started
    confirmed = sum(s.articles for s in archive.list_issues())
    lines.append(f"scale: the {len(prepared)} reviewed issues stored {copies} more times in {stored:.1f} s: "
                 f"{confirmed} confirmed articles")
    with Archive.open(archive.path) as fresh:  # a new process's first call: nothing cached
        started = time.perf_counter()
        model = fresh.section_model()
        train = time.perf_counter() - started
        started = time.perf_counter()
        fresh.section_model()
        cached = time.perf_counter() - started
        issue_id = fresh.list_issues()[-1].id
        issue = fresh.load_issue(issue_id)
        view = issue.views()[0]
        issue.records[view.id].overrides["section"] = "特别报道" if view.section != "特别报道" else "要闻"
        issue.invalidate()
        started = time.perf_counter()
        fresh.save_issue(issue_id, issue, who="bench")
        saved = time.perf_counter() - started
        started = time.perf_counter()
        updated = fresh.section_model()
        update = time.perf_counter() - started
    lines.append(f"  section classifier trained from scratch in {train * 1000:.0f} ms ({model.documents} articles, "
                 f"{len(model.vocabulary)} words); cached call {cached * 1000:.2f} ms")
    lines.append(f"  one article's section corrected: save {saved * 1000:.0f} ms, then the model is up to date in "
                 f"{update * 1000:.1f} ms ({updated.documents} articles)")
    started = time.perf_counter()
    archive.report("reporters", "month")
    report = time.perf_counter() - started
    started = time.perf_counter()
    people = archive.people(sort="pinyin")
    roster = time.perf_counter() - started
    lines.append(f"  report reporters by month {report * 1000:.0f} ms; roster of {len(people)} sorted by pinyin "
                 f"{roster * 1000:.0f} ms")
    return lines


def held_out_curve(days: list[Day], test: int) -> list[str]:
    """The section curve (b) on a fixed test set (the last `test` days) while the others are reviewed one by one."""
    train_days, test_days = days[:-test], days[-test:]
    lines = [f"fixed test set: the last {test} days ({sum(len(d.gold_issue.articles) for d in test_days)} "
             "articles), (b) section errors after each reviewed day:"]
    folder = Path(tempfile.mkdtemp(prefix="bench-learning-heldout-"))
    try:
        with Archive.open(folder / "heldout.sqlite3") as archive:
            points = []
            for k in range(len(train_days) + 1):
                if k:
                    review_day(archive, train_days[k - 1])
                _plain, headless, _s = evaluate(archive, test_days, plain=False)
                points.append(f"{k}:{headless.rate(headless.section):.0f}%")
            lines.append("  " + "  ".join(points))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return lines


def review_day(archive: Archive, day: Day) -> None:
    """Import one day as detection sees it with what the archive knows, then apply its gold and save."""
    issue = detect_issue(day.text, registry=archive.registry(), roster=archive.people_names(),
                         meta=IssueMeta(date=day.date))
    issue_id, _ = archive.import_issue(issue, source_name=f"{day.name}.txt")
    loaded = archive.load_issue(issue_id)
    apply_gold(loaded, day)
    archive.save_issue(issue_id, loaded, who="bench", action="gold")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", help="keep the archive in this folder (default: a temp folder, removed)")
    parser.add_argument("--scale", type=int, default=100, help="copies of the reviewed issues for the timing")
    parser.add_argument("--test", type=int, default=3, help="days in the fixed test set (default: 3)")
    args = parser.parse_args(argv)
    shared = Path(os.environ.get("ISSUE_EDITOR_SHARED") or REPO.parent / "shared")
    devset = shared / "devset"
    if not devset.is_dir() or not evaluation.gold_files(devset):
        print(f"skipped: no dev set at {devset} (set ISSUE_EDITOR_SHARED to the shared folder)")
        return 0
    days = load_days(devset)
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-learning-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "learning.sqlite3"
    if path.exists():
        path.unlink()
    began = time.perf_counter()
    print(f"dev set: {len(days)} issues, {sum(len(d.gold_issue.articles) for d in days)} articles ({devset})")
    header = ("after  imported    reviewed  roster  sections | remaining  articles | (a) bylines  sections  "
              "campaigns | (b) bylines  sections  campaigns")
    print()
    print(header)
    print("-" * len(header))
    curve = []
    try:
        with Archive.open(path) as archive:
            for k in range(len(days) + 1):
                if k:
                    review_day(archive, days[k - 1])
                rest = days[k:]
                if not rest:
                    break
                plain, headless, seconds = evaluate(archive, rest)
                reviewed = sum(s.articles for s in archive.list_issues())
                model = archive.section_model()
                row = (k, days[k - 1].date if k else "-", reviewed, len(archive.people_names()),
                       len(model.sections), len(rest), plain.articles, plain, headless)
                curve.append(row)
                print(f"{k:5d}  {row[1]:10s}  {reviewed:8d}  {row[3]:6d}  {row[4]:8d} | {len(rest):9d}  "
                      f"{plain.articles:8d} | {cells(plain)} | {cells(headless)}   ({seconds:.1f} s)")
            print()
            print("(a) plain detection with the archive's roster and registry; (b) page headers removed, the "
                  "section from the classifier's suggestion.")
            print("Each cell: errors on the remaining days, and per 100 of their gold articles. Byline errors = "
                  "names missed + names spurious.")
            first, last = curve[0], curve[-1]
            print(f"(b) section errors per 100 articles: {first[8].rate(first[8].section):.1f} before any "
                  f"correction -> {last[8].rate(last[8].section):.1f} after {last[0]} reviewed days")
            print()
            for line in held_out_curve(days, args.test):
                print(line)
            print()
            for line in scale_figures(archive, args.scale):
                print(line)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"\ntotal time {time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
