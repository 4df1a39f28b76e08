"""200 random corrections through the window's actions, then undo-all: back exactly to the detected state."""

from __future__ import annotations

import random

import pytest

from editor_app.core.commands import check_invariants, issue_state
from editor_app.gui import style
from editor_app.gui.document import detected_state

STRUCTURE = ["split_article", "merge_previous", "merge_next", "move_block_previous", "move_block_next",
             "join_paragraph", "split_paragraph", "mark_reviewed_next", "revert_article", "next_doubtful",
             "previous_doubtful", "next_article", "previous_article"]
ROLES = [f"role_{r}" for r in style.ROLE_ORDER]
NAMES = ["陈施君", "林书瑶", "周雨桐", "韩立新"]


def random_field_edit(window, rng: random.Random) -> None:
    ins = window.inspector
    if window.current_article is None:
        return
    what = rng.choice(["text", "section", "byline_add", "byline_remove", "campaign_add", "campaign_remove",
                       "status", "revert_field"])
    if what == "text":
        name = rng.choice(list(ins.editors))
        ins.editors[name].setText(rng.choice(["", "改过的" + name, "标题" + str(rng.randint(0, 9))]))
        ins.editors[name].editingFinished.emit()
    elif what == "section":
        ins.section_combo.setEditText(rng.choice(["要闻", "民生", "新栏目", ""]))
        ins.section_combo.lineEdit().editingFinished.emit()
    elif what == "byline_add":
        edit = ins.bylines.add_row()
        edit.setText(rng.choice(NAMES))
        edit.editingFinished.emit()
    elif what == "byline_remove" and ins.bylines._rows:
        row = rng.choice(ins.bylines._rows)[0]
        ins.bylines._remove_and_commit(row)
    elif what == "campaign_add":
        ins.campaigns.entry.setText(rng.choice(["接诉即办", "三大三强", "新活动" + str(rng.randint(0, 3))]))
        ins.campaigns.entry.returnPressed.emit()
    elif what == "campaign_remove" and ins.campaigns._chips:
        rng.choice(ins.campaigns._chips).click()
    elif what == "status":
        combo = ins.status_combo
        combo.setCurrentIndex(rng.randrange(combo.count()))
        combo.activated.emit(combo.currentIndex())
    elif what == "revert_field":
        enabled = [b for b in ins.revert_buttons.values() if b.isEnabled()]
        if enabled:
            rng.choice(enabled).click()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_200_random_operations_then_undo_all(window, alerts, seed):
    rng = random.Random(seed)
    issue = window.issue
    doc = window.document
    n_blocks = len(issue.blocks)
    for _ in range(200):
        window.source.select_block(rng.randrange(n_blocks))
        kind = rng.random()
        if kind < 0.35:
            window.actions[rng.choice(STRUCTURE)].trigger()
        elif kind < 0.65:
            window.actions[rng.choice(ROLES)].trigger()
        elif kind < 0.85:
            random_field_edit(window, rng)
        elif kind < 0.93:
            window.actions["undo"].trigger()
        else:
            window.actions["redo"].trigger()
        assert check_invariants(issue) == []
        assert window.article_model.rowCount() == len(issue.article_ids())
        assert window.current_article in issue.article_ids() + [None]
    assert doc.undo_stack.count() > 50
    final = issue_state(issue)
    doc.undo_all()
    assert issue_state(issue) == detected_state(issue)
    assert not doc.modified
    assert window.article_model.rowCount() == len(issue.article_ids())
    while doc.undo_stack.canRedo():
        doc.undo_stack.redo()
    assert issue_state(issue) == final
    # actions are enabled only where they apply, so errors stay rare (a few stale field edits at most)
    assert len(alerts.errors) <= 5, alerts.errors
