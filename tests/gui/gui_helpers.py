"""Picking blocks by what they are, not by number: detection is tuned while these tests stay the same."""

from __future__ import annotations

DOUBT = 0.3  # a confidence below the core's doubt threshold


def first_article(issue) -> int:
    return issue.article_ids()[0]


def blocks_of(issue, aid) -> list[int]:
    return [b.index for b in issue.blocks if b.article == aid]


def body_block(issue) -> int:
    """A body paragraph inside an article (not its first block, not joined, not followed by a joined block)."""
    for b in issue.blocks:
        if b.role != "body" or b.article is None or b.continues_previous:
            continue
        own = blocks_of(issue, b.article)
        nxt = issue.blocks[b.index + 1] if b.index + 1 < len(issue.blocks) else None
        if own[0] != b.index and not (nxt is not None and nxt.continues_previous):
            return b.index
    raise AssertionError("the sample has no plain body paragraph")


def body_pair(issue) -> tuple[int, int]:
    """Two adjacent body blocks of one article."""
    for a, b in zip(issue.blocks, issue.blocks[1:]):
        if a.role == b.role == "body" and a.article == b.article is not None and not b.continues_previous:
            return a.index, b.index
    raise AssertionError("the sample has no two adjacent body paragraphs")


def inner_block(issue) -> int:
    """A short block inside an article (preferably a subhead): where an editor would split it."""
    for role in ("subhead", "body"):
        for b in issue.blocks:
            if b.role == role and b.article is not None and blocks_of(issue, b.article)[0] != b.index \
                    and len(b.content) <= 60 and not b.continues_previous:
                return b.index
    raise AssertionError("the sample has no block to split at")


def joined_block(issue) -> int:
    return next(b.index for b in issue.blocks if b.continues_previous)


def headline_block(issue) -> int:
    return next(b.index for b in issue.blocks if b.role == "headline")


def force_doubts(issue) -> list[int]:
    """Make three decisions doubtful (besides detection's own), spread over the issue; their indices."""
    ids = issue.article_ids()
    picks = [inner_block(issue), blocks_of(issue, ids[len(ids) // 2])[-1], blocks_of(issue, ids[-1])[0]]
    for i in picks:
        issue.blocks[i].confidence = DOUBT
    issue.invalidate()
    return sorted(picks)


def archive_sample_days(window, dates):
    """Save the sample on screen, then store the sample again for each of `dates` (each copy a blank line
    longer, so it is a new source); returns the window."""
    from editor_app.core.detect.pipeline import detect_issue
    from editor_app.core.issue import IssueMeta
    from editor_app.core.paths import resource_path

    assert window.save()
    text = resource_path("sample-issue.txt").read_text(encoding="utf-8")
    for k, date in enumerate(dates, start=1):
        window.archive.save(detect_issue(text + "\n" * k, meta=IssueMeta(date=date)), issue_id=None,
                            source_name=f"day{k}.txt", who="test")
    return window


def open_archive_view(window, name: str):
    """Open one of the archive views (people, campaigns, sections, reports) through its action."""
    window.actions[name].trigger()
    view = window.archive_views[name]
    assert view.isVisible()
    return view
