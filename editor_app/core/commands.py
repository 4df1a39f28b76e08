"""Editor corrections as commands with apply/revert: every change the GUI makes goes through here."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from typing import Any

from .issue import Issue
from .model import EDITABLE_FIELDS, HEAD_ROLES, REVIEW_STATES, ROLES, ArticleRecord

BlockState = tuple[str, int | None, bool]  # role, article id, continues_previous
RecordState = tuple[dict[str, Any], str] | None  # overrides, status; None: no record


class CommandError(ValueError):
    """A correction that cannot be made here (one line, fit to show the editor)."""


@dataclass
class Command:
    """A recorded change: the touched blocks and article records before and after it."""

    text: str
    blocks_before: dict[int, BlockState] = field(default_factory=dict)
    blocks_after: dict[int, BlockState] = field(default_factory=dict)
    records_before: dict[int, RecordState] = field(default_factory=dict)
    records_after: dict[int, RecordState] = field(default_factory=dict)
    focus_article: int | None = None  # the article the editor should see after the change

    def apply(self, issue: Issue) -> None:
        _write(issue, self.blocks_after, self.records_after)

    def revert(self, issue: Issue) -> None:
        _write(issue, self.blocks_before, self.records_before)

    @property
    def empty(self) -> bool:
        return self.blocks_before == self.blocks_after and self.records_before == self.records_after


def _write(issue: Issue, blocks: dict[int, BlockState], records: dict[int, RecordState]) -> None:
    for idx, (role, article, cont) in blocks.items():
        b = issue.blocks[idx]
        b.role, b.article, b.continues_previous = role, article, cont
    for aid, state in records.items():
        if state is None:
            issue.records.pop(aid, None)
        else:
            overrides, status = state
            issue.records[aid] = ArticleRecord(aid, copy.deepcopy(overrides), status)
    issue.invalidate()


class _Recorder:
    """Collects a change on a working copy of the touched state, then turns it into a Command."""

    def __init__(self, issue: Issue, text: str):
        self.issue = issue
        self.text = text
        self.blocks: dict[int, list] = {}
        self.records: dict[int, list | None] = {}
        self._before_blocks: dict[int, BlockState] = {}
        self._before_records: dict[int, RecordState] = {}
        self.touched_articles: set[int] = set()

    def block(self, idx: int) -> list:
        if idx not in self.blocks:
            b = self.issue.blocks[idx]
            self._before_blocks[idx] = (b.role, b.article, b.continues_previous)
            self.blocks[idx] = [b.role, b.article, b.continues_previous]
        return self.blocks[idx]

    def set_block(self, idx: int, *, role: str | None = None, article: int | None | str = "keep",
                  cont: bool | None = None) -> None:
        st = self.block(idx)
        if st[1] is not None:
            self.touched_articles.add(st[1])
        if role is not None:
            st[0] = role
        if article != "keep":
            st[1] = article
        if cont is not None:
            st[2] = cont
        if st[1] is not None:
            self.touched_articles.add(st[1])

    def record(self, aid: int) -> list | None:
        if aid not in self.records:
            rec = self.issue.records.get(aid)
            self._before_records[aid] = (copy.deepcopy(rec.overrides), rec.status) if rec else None
            self.records[aid] = [copy.deepcopy(rec.overrides), rec.status] if rec else None
        return self.records[aid]

    def ensure_record(self, aid: int) -> list:
        rec = self.record(aid)
        if rec is None:
            rec = self.records[aid] = [{}, "auto"]
        return rec

    def drop_record(self, aid: int) -> None:
        self.record(aid)
        self.records[aid] = None

    def finish(self, focus: int | None = None, mark_edited: bool = True) -> Command:
        if mark_edited:
            for aid in self.touched_articles:
                rec = self.record(aid)
                if rec is not None and rec[1] == "auto":
                    rec[1] = "edited"
                elif rec is None and any(st[1] == aid for st in self.blocks.values()):
                    self.records[aid] = [{}, "edited"]
        cmd = Command(
            text=self.text,
            blocks_before=dict(self._before_blocks),
            blocks_after={k: (v[0], v[1], v[2]) for k, v in self.blocks.items()},
            records_before=dict(self._before_records),
            records_after={k: ((copy.deepcopy(v[0]), v[1]) if v is not None else None)
                           for k, v in self.records.items()},
            focus_article=focus,
        )
        return cmd


# --- helpers -----------------------------------------------------------------------------------------------

def _article_of(issue: Issue, block_index: int) -> int:
    _check_block(issue, block_index)
    aid = issue.blocks[block_index].article
    if aid is None:
        raise CommandError("this block is page furniture and belongs to no article")
    return aid


def _check_block(issue: Issue, block_index: int) -> None:
    if not 0 <= block_index < len(issue.blocks):
        raise CommandError(f"there is no block {block_index}")


def _check_article(issue: Issue, article_id: int) -> None:
    if article_id not in issue.article_ids():
        raise CommandError(f"there is no article {article_id}")


def _neighbour(issue: Issue, article_id: int, step: int) -> int | None:
    ids = issue.article_ids()
    k = ids.index(article_id) + step
    return ids[k] if 0 <= k < len(ids) else None


# --- structure ---------------------------------------------------------------------------------------------

def split_article(issue: Issue, block_index: int) -> Command:
    """Start a new article at this block; it and the blocks after it (in its article) move to the new one."""
    aid = _article_of(issue, block_index)
    blocks = issue.blocks_of(aid)
    if blocks[0].index == block_index:
        raise CommandError("the article already starts at this block")
    rec = _Recorder(issue, "Split article")
    new_id = issue.next_article_id()
    rec.ensure_record(new_id)
    for b in blocks:
        if b.index >= block_index:
            rec.set_block(b.index, article=new_id)
    first = issue.blocks[block_index]
    if first.role in ("subhead", "body") and len(first.content) <= 60:
        rec.set_block(block_index, role="headline", cont=False)
    elif first.continues_previous:
        rec.set_block(block_index, cont=False)
    return rec.finish(focus=new_id)


def merge_articles(issue: Issue, article_id: int, direction: int) -> Command:
    """Merge an article with the previous (-1) or next (+1) one; the later article's head becomes subheads."""
    _check_article(issue, article_id)
    other = _neighbour(issue, article_id, direction)
    if other is None:
        raise CommandError("there is no article on that side to merge with")
    keep, gone = (other, article_id) if direction < 0 else (article_id, other)
    rec = _Recorder(issue, "Merge articles")
    for b in issue.blocks_of(gone):
        rec.set_block(b.index, article=keep)
        if b.role in HEAD_ROLES:
            rec.set_block(b.index, role="subhead")
    # furniture between the two stays furniture; the kept record absorbs nothing from the other
    rec.drop_record(gone)
    rec.touched_articles.discard(gone)
    return rec.finish(focus=keep)


def move_block(issue: Issue, block_index: int, direction: int) -> Command:
    """Move the first block of an article to the previous article (-1), or its last block to the next (+1)."""
    aid = _article_of(issue, block_index)
    blocks = issue.blocks_of(aid)
    if direction < 0 and blocks[0].index != block_index:
        raise CommandError("only an article's first block can move to the previous article")
    if direction > 0 and blocks[-1].index != block_index:
        raise CommandError("only an article's last block can move to the next article")
    target = _neighbour(issue, aid, direction)
    if target is None:
        raise CommandError("there is no article on that side")
    rec = _Recorder(issue, "Move block to previous article" if direction < 0 else "Move block to next article")
    rec.set_block(block_index, article=target)
    if len(blocks) == 1:
        rec.drop_record(aid)
        rec.touched_articles.discard(aid)
    if direction > 0 and issue.blocks[block_index].continues_previous:
        rec.set_block(block_index, cont=False)
    return rec.finish(focus=target)


def set_role(issue: Issue, block_indices: list[int], role: str) -> Command:
    """Give these blocks a role. Furniture leaves its article; a block leaving furniture joins the article above."""
    if role not in ROLES:
        raise CommandError(f"unknown role {role!r}")
    if not block_indices:
        raise CommandError("no block selected")
    rec = _Recorder(issue, f"Set role: {role}")
    for idx in sorted(set(block_indices)):
        _check_block(issue, idx)
        b = issue.blocks[idx]
        if role == "furniture":
            rec.set_block(idx, role=role, article=None, cont=False)
        elif b.article is None:
            rec.set_block(idx, role=role, article=_article_for_loose_block(issue, rec, idx))
        else:
            rec.set_block(idx, role=role, cont=b.continues_previous if role == "body" else False)
    return rec.finish(focus=next((rec.block(i)[1] for i in block_indices if rec.block(i)[1] is not None), None))


def _article_for_loose_block(issue: Issue, rec: _Recorder, idx: int) -> int:
    for k in list(range(idx - 1, -1, -1)) + list(range(idx + 1, len(issue.blocks))):
        aid = rec.block(k)[1] if k in rec.blocks else issue.blocks[k].article
        if aid is not None:
            return aid
    new_id = issue.next_article_id()
    rec.ensure_record(new_id)
    return new_id


def set_join(issue: Issue, block_index: int, joined: bool) -> Command:
    """Join a body block to the paragraph before it (a column break), or split it off again."""
    aid = _article_of(issue, block_index)
    b = issue.blocks[block_index]
    if joined:
        prev = next((p for p in reversed(issue.blocks[:block_index]) if p.role != "furniture"), None)
        if b.role != "body" or prev is None or prev.article != aid or prev.role != "body":
            raise CommandError("only a body block right after a body block of the same article can be joined")
    rec = _Recorder(issue, "Join paragraph" if joined else "Split paragraph")
    rec.set_block(block_index, cont=joined)
    return rec.finish(focus=aid)


# --- fields ------------------------------------------------------------------------------------------------

def set_field(issue: Issue, article_id: int, name: str, value: Any) -> Command:
    """Set an article field; a value equal to the detected one clears the override."""
    _check_article(issue, article_id)
    if name not in EDITABLE_FIELDS:
        raise CommandError(f"{name} cannot be edited")
    value = _normalise_field(name, value)
    view = issue.view(article_id)
    detected = _normalise_field(name, view.detected.get(name))
    rec = _Recorder(issue, f"Edit {name}")
    r = rec.ensure_record(article_id)
    if value == detected:
        r[0].pop(name, None)
    else:
        r[0][name] = value
    rec.touched_articles.add(article_id)
    return rec.finish(focus=article_id)


def _normalise_field(name: str, value: Any) -> Any:
    if name == "bylines":
        out = []
        for b in value or []:
            role, nm = (b["role"], b["name"]) if isinstance(b, dict) else (b.role, b.name)
            nm = "".join(str(nm).split())
            if nm:
                out.append({"role": role, "name": nm})
        return out
    if name == "campaigns":
        seen: list[str] = []
        for c in value or []:
            c = str(c).strip()
            if c and c not in seen:
                seen.append(c)
        return seen
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def revert_field(issue: Issue, article_id: int, name: str) -> Command:
    """Go back to the detected value of one field."""
    _check_article(issue, article_id)
    rec = _Recorder(issue, f"Revert {name}")
    r = rec.ensure_record(article_id)
    r[0].pop(name, None)
    return rec.finish(focus=article_id, mark_edited=False)


def revert_article(issue: Issue, article_id: int) -> Command:
    """Every field and every block role/join of this article back to what detection said."""
    _check_article(issue, article_id)
    rec = _Recorder(issue, "Revert article to detected")
    r = rec.ensure_record(article_id)
    r[0].clear()
    r[1] = "auto"
    for b in issue.blocks_of(article_id):
        if b.detected_role == "furniture":
            rec.set_block(b.index, role="furniture", article=None, cont=False)
        else:
            rec.set_block(b.index, role=b.detected_role, cont=b.detected_continues)
    return rec.finish(focus=article_id, mark_edited=False)


def add_campaign(issue: Issue, article_id: int, campaign: str) -> Command:
    current = list(issue.view(article_id).campaigns)
    if campaign in current:
        raise CommandError(f"the article is already tagged {campaign}")
    cmd = set_field(issue, article_id, "campaigns", current + [campaign])
    cmd.text = f"Tag campaign: {campaign}"
    return cmd


def remove_campaign(issue: Issue, article_id: int, campaign: str) -> Command:
    current = list(issue.view(article_id).campaigns)
    if campaign not in current:
        raise CommandError(f"the article is not tagged {campaign}")
    cmd = set_field(issue, article_id, "campaigns", [c for c in current if c != campaign])
    cmd.text = f"Untag campaign: {campaign}"
    return cmd


def set_status(issue: Issue, article_id: int, status: str) -> Command:
    _check_article(issue, article_id)
    if status not in REVIEW_STATES:
        raise CommandError(f"unknown review status {status!r}")
    rec = _Recorder(issue, "Mark reviewed" if status == "reviewed" else f"Status: {status}")
    rec.ensure_record(article_id)[1] = status
    return rec.finish(focus=article_id, mark_edited=False)


# --- the undo history, without Qt (the GUI wraps the same commands in a QUndoStack) -------------------------

class History:
    """A linear undo/redo history of commands applied to one issue."""

    def __init__(self, issue: Issue):
        self.issue = issue
        self.done: list[Command] = []
        self.undone: list[Command] = []

    def push(self, cmd: Command) -> Command:
        cmd.apply(self.issue)
        self.done.append(cmd)
        self.undone.clear()
        return cmd

    def undo(self) -> Command | None:
        if not self.done:
            return None
        cmd = self.done.pop()
        cmd.revert(self.issue)
        self.undone.append(cmd)
        return cmd

    def redo(self) -> Command | None:
        if not self.undone:
            return None
        cmd = self.undone.pop()
        cmd.apply(self.issue)
        self.done.append(cmd)
        return cmd


def issue_state(issue: Issue) -> tuple:
    """Everything an edit can change, as a comparable value (for tests and the 'unchanged' check)."""
    return (tuple((b.role, b.article, b.continues_previous) for b in issue.blocks),
            tuple(sorted((aid, json.dumps(r.overrides, sort_keys=True, ensure_ascii=False), r.status)
                         for aid, r in issue.records.items() if r.overrides or r.status != "auto")))


def check_invariants(issue: Issue) -> list[str]:
    """Problems with the issue's structure (empty when it is sound)."""
    problems = []
    for b in issue.blocks:
        if b.role == "furniture" and b.article is not None:
            problems.append(f"furniture block {b.index} belongs to article {b.article}")
        if b.role != "furniture" and b.article is None:
            problems.append(f"block {b.index} ({b.role}) belongs to no article")
        if b.role not in ROLES:
            problems.append(f"block {b.index} has unknown role {b.role}")
    seen_closed: set[int] = set()
    current = None
    for b in issue.blocks:
        if b.article is None:
            continue
        if b.article != current:
            if b.article in seen_closed:
                problems.append(f"article {b.article} is not contiguous (block {b.index})")
            if current is not None:
                seen_closed.add(current)
            current = b.article
    return problems
