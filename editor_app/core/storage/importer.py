"""Importing raw issue files: detection and segmentation in worker processes, every write in the caller's."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from ..detect.campaigns import Campaign, CampaignRegistry
from ..detect.pipeline import detect_issue, guess_date
from ..errors import report_unexpected
from ..issue import IssueMeta
from ..model import SourceInfo
from ..textio import InputError, read_issue_file
from .archive import Archive
from .rows import PreparedIssue, prepare_issue

# A worker process costs about a second to start (imports, jieba); below this many files one process is faster.
PARALLEL_FROM = 16


@dataclass
class ImportResult:
    """What happened to one file."""

    path: str
    issue_id: int | None = None
    created: bool = False  # False with an issue_id: the same source was already in the archive
    articles: int = 0
    date: str | None = None
    error: str | None = None  # one line, naming the file
    detect_seconds: float = 0.0
    segment_seconds: float = 0.0
    store_seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class _Job:
    path: str
    paper: str | None
    date: str | None


# Set in each worker process by _init_worker (and used directly when importing in-process).
_registry: CampaignRegistry | None = None
_roster: frozenset[str] = frozenset()


def _init_worker(campaigns: list[dict], roster: list[str]) -> None:
    global _registry, _roster
    _registry = CampaignRegistry([Campaign(**c) for c in campaigns])
    _roster = frozenset(roster)


def _prepare_file(job: _Job) -> PreparedIssue | str:
    """Read, detect and segment one file: the rows to store, or a one-line error."""
    try:
        started = time.perf_counter()
        decoded = read_issue_file(job.path)
        source = SourceInfo(job.path, decoded.encoding, decoded.sha256, len(decoded.text))
        meta = IssueMeta(paper=job.paper, date=job.date or guess_date(decoded.text, job.path))
        issue = detect_issue(decoded.text, registry=_registry, source=source, meta=meta, roster=_roster)
        detected = time.perf_counter()
        prepared = prepare_issue(issue, source_name=os.path.basename(job.path))
        prepared.timings["detect"] = detected - started
        return prepared
    except InputError as exc:
        return str(exc)
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the others; the log has the details
        return f"{job.path}: {report_unexpected(exc)}"


def _file_sha256(path: str) -> str | None:
    try:
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None  # the worker reports the problem in its own words


def default_jobs(files: int) -> int:
    if files < PARALLEL_FROM:
        return 1
    return max(1, min(os.cpu_count() or 1, 4))


def import_files(archive: Archive, paths: Sequence[str | os.PathLike[str]], *, paper: str | None = None,
                 date: str | None = None, jobs: int | None = None, who: str = "import",
                 on_result: Callable[[ImportResult, int, int], None] | None = None) -> list[ImportResult]:
    """Detect and store each file (one transaction per file); a bad file is reported and the others go on.

    A file whose bytes are already in the archive (same sha256) is not even detected again. `jobs` worker
    processes detect and segment (default: one per core for many files); only this process writes.
    `on_result(result, done, total)` is called after each file. ArchiveError stops the import.
    """
    paths = [os.fspath(p) for p in paths]
    results: list[ImportResult | None] = [None] * len(paths)
    done = 0

    def finish(k: int, result: ImportResult) -> None:
        nonlocal done
        results[k] = result
        done += 1
        if on_result:
            on_result(result, done, len(paths))

    todo: list[tuple[int, _Job]] = []
    for k, path in enumerate(paths):
        sha = _file_sha256(path)
        known = archive.issue_id_for(sha) if sha else None
        if known is not None:
            finish(k, ImportResult(path, issue_id=known, created=False))
        else:
            todo.append((k, _Job(path, paper, date)))
    registry = archive.registry()
    campaigns = [c.to_dict() for c in registry.campaigns]
    roster = archive.people_names()
    jobs_list = [job for _k, job in todo]
    for (k, job), outcome in zip(todo, _prepared(jobs_list, campaigns, roster, jobs or default_jobs(len(todo)))):
        result = ImportResult(job.path)
        if isinstance(outcome, str):
            result.error = outcome
        else:
            result.detect_seconds = outcome.timings.get("detect", 0.0)
            result.segment_seconds = outcome.timings.get("segment", 0.0)
            started = time.perf_counter()
            result.issue_id, result.created = archive.store_prepared(outcome, registry=registry, who=who)
            result.store_seconds = time.perf_counter() - started
            result.articles = outcome.article_count
            result.date = outcome.date
        finish(k, result)
    return [r for r in results if r is not None]


def _prepared(jobs: list[_Job], campaigns: list[dict], roster: list[str], workers: int,
              ) -> Iterator[PreparedIssue | str]:
    if workers <= 1 or len(jobs) <= 1:
        _init_worker(campaigns, roster)
        for job in jobs:
            yield _prepare_file(job)
        return
    # spawn, not fork: a forked child would share the archive's open SQLite file and any GUI threads
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=min(workers, len(jobs)), mp_context=context, initializer=_init_worker,
                             initargs=(campaigns, roster)) as pool:
        yield from pool.map(_prepare_file, jobs, chunksize=1)
