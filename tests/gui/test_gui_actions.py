"""Every correction through the window's own actions and keys: models, tints and the inspector follow; undo/redo."""

from __future__ import annotations

import pytest
from gui_helpers import blocks_of, body_block, body_pair, first_article, headline_block, inner_block, joined_block
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from editor_app.core.commands import check_invariants, issue_state
from editor_app.gui import style
from editor_app.gui.document import detected_state
from editor_app.gui.models import ArticleListModel


def select(window, block_index: int) -> None:
    window.source.select_block(block_index)
    assert window.source.selected_blocks == [block_index]


def key(window, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where an editor would: in the source text."""
    window.source.setFocus()
    QTest.keyClick(window.source, k, modifier)


def painted_tint(window, block_index: int) -> QColor:
    """The colour actually painted behind the block, at its right edge (no glyph reaches there).

    The selection outline is moved to a neighbour first, so only the tint is left at the edge.
    """
    src = window.source
    src.select_block(block_index)
    src.select_block(block_index - 1 if block_index > 0 else block_index + 1)
    rect = src.block_rect(block_index)
    image = src.viewport().grab().toImage()
    y = rect.center().y()
    assert 0 <= y < image.height(), "block not visible"
    return image.pixelColor(src.viewport().width() - 2, y)


def test_window_shows_the_issue(window):
    issue = window.issue
    n = len(issue.article_ids())
    assert window.article_model.rowCount() == n
    assert window.current_article == issue.article_ids()[0]
    assert window.inspector.editors["headline"].text() == (issue.views()[0].headline or "")
    assert str(n) in window.status_articles.text()
    assert window.windowTitle().startswith("sample-issue.txt")


def test_role_keys_change_role_tint_and_undo(window):
    issue = window.issue
    idx = body_block(issue)
    before = issue_state(issue)
    for role in style.ROLE_ORDER:
        if role == "body":
            continue
        select(window, idx)
        key(window, getattr(Qt.Key, f"Key_{style.ROLE_KEYS[role]}"))
        assert issue.blocks[idx].role == role, role
        assert window.source.block_tint(idx) == style.role_tint(role)
        assert painted_tint(window, idx) == style.role_tint(role), role
        assert not check_invariants(issue)
        key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert issue_state(issue) == before
        assert issue.blocks[idx].role == "body"
        assert painted_tint(window, idx) == QColor("#ffffff")
    # redo brings the last one back
    key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert issue.blocks[idx].role == style.ROLE_ORDER[-1]


def test_role_of_several_selected_blocks(window):
    issue = window.issue
    a, b = body_pair(issue)
    src = window.source
    first = src.document().findBlockByNumber(src._first_line[a])
    last = src.document().findBlockByNumber(src._last_line[b])
    cursor = src.textCursor()
    cursor.setPosition(first.position())
    cursor.setPosition(last.position() + 2, cursor.MoveMode.KeepAnchor)
    src.setTextCursor(cursor)
    assert src.selected_blocks == [a, b]
    window.actions["role_caption"].trigger()
    assert issue.blocks[a].role == issue.blocks[b].role == "caption"
    window.actions["undo"].trigger()
    assert issue.blocks[a].role == issue.blocks[b].role == "body"


def test_split_and_merge_articles(window):
    issue = window.issue
    model = window.article_model
    n = model.rowCount()
    idx = inner_block(issue)
    old_article = issue.blocks[idx].article
    select(window, idx)
    assert window.actions["split_article"].isEnabled()
    key(window, Qt.Key.Key_S)
    assert model.rowCount() == n + 1
    new_id = issue.blocks[idx].article
    assert new_id != old_article
    assert window.current_article == new_id
    assert window.source.article_number_at(idx) == issue.article_ids().index(new_id) + 1
    assert issue.blocks[idx].role == "headline"
    assert window.inspector.editors["headline"].text() == issue.blocks[idx].content
    assert painted_tint(window, idx) == style.role_tint("headline")
    select(window, idx)
    # merge it back with the previous article: M
    key(window, Qt.Key.Key_M)
    assert model.rowCount() == n
    assert issue.blocks[idx].article == old_article
    assert issue.blocks[idx].role == "subhead"
    # merge the first article with the next: Shift+M
    window.select_article(issue.article_ids()[0])
    key(window, Qt.Key.Key_M, Qt.KeyboardModifier.ShiftModifier)
    assert model.rowCount() == n - 1
    window.undo()
    window.undo()
    window.undo()
    assert issue_state(issue) == detected_state(issue)
    assert model.rowCount() == n
    window.redo()
    assert model.rowCount() == n + 1


def test_move_block_between_articles(window):
    issue = window.issue
    a1, a2 = issue.article_ids()[1:3]
    last = blocks_of(issue, a1)[-1]
    select(window, last)
    assert window.actions["move_block_next"].isEnabled()
    key(window, Qt.Key.Key_BracketRight)
    assert issue.blocks[last].article == a2
    assert window.current_article == a2
    assert window.source.article_number_at(last) == 3
    select(window, last)
    assert window.actions["move_block_previous"].isEnabled()
    key(window, Qt.Key.Key_BracketLeft)
    assert issue.blocks[last].article == a1
    window.undo()
    window.undo()
    assert issue_state(issue) == detected_state(issue)


def test_join_and_split_paragraph(window):
    issue = window.issue
    idx = joined_block(issue)
    gap_line = window.source._first_line[idx] - 1
    select(window, idx)
    assert window.source.is_join_gap(gap_line)
    key(window, Qt.Key.Key_J, Qt.KeyboardModifier.ShiftModifier)
    assert not issue.blocks[idx].continues_previous
    assert not window.source.is_join_gap(gap_line)
    assert not window.actions["split_paragraph"].isEnabled()
    key(window, Qt.Key.Key_J)
    assert issue.blocks[idx].continues_previous
    assert window.source.is_join_gap(gap_line)
    window.undo()
    window.undo()
    assert issue_state(issue) == detected_state(issue)


def test_field_edits_mark_and_revert(window):
    issue = window.issue
    ins = window.inspector
    aid = window.current_article
    detected = issue.view(aid).headline
    key(window, Qt.Key.Key_F2)
    ins.editors["headline"].setText("新的标题")
    ins.editors["headline"].editingFinished.emit()
    view = issue.view(aid)
    assert view.headline == "新的标题"
    assert "headline" in view.edited_fields
    assert ins.labels["headline"].text().startswith("●")
    assert ins.revert_buttons["headline"].isEnabled()
    model = window.article_model
    assert model.data(model.index(0, ArticleListModel.HEADLINE)) == "新的标题"
    assert view.status == "edited"
    ins.revert_buttons["headline"].click()
    assert issue.view(aid).headline == detected
    assert not ins.revert_buttons["headline"].isEnabled()
    for name in ("kicker", "subtitle", "banner", "dateline", "page"):
        ins.editors[name].setText(f"改{name}")
        ins.editors[name].editingFinished.emit()
        assert getattr(issue.view(aid), name) == f"改{name}"
    while window.document.undo_stack.canUndo():
        window.undo()
    assert issue_state(issue) == detected_state(issue)


def test_section_bylines_campaigns_status(window):
    issue = window.issue
    ins = window.inspector
    aid = window.current_article
    # section: a new one typed in
    ins.section_combo.setEditText("经济")
    ins.section_combo.lineEdit().editingFinished.emit()
    assert issue.view(aid).section == "经济"
    # bylines: add two rows, change a role, remove a row
    for name in ("陈施君", "林书瑶"):
        edit = ins.bylines.add_row()
        edit.setText(name)
        edit.editingFinished.emit()
    assert [b.name for b in issue.view(aid).bylines][-2:] == ["陈施君", "林书瑶"]
    rows = ins.bylines._rows
    n = len(rows)
    combo = rows[0][1]
    combo.setCurrentIndex(combo.findData("correspondent"))
    combo.activated.emit(combo.currentIndex())
    assert issue.view(aid).bylines[0].role == "correspondent"
    ins.bylines._rows[-1][0].findChildren(type(ins.bylines.add_button))[0].click()
    assert len(issue.view(aid).bylines) == n - 1
    # campaigns: a known one, a new one, remove by chip
    before = list(issue.view(aid).campaigns)
    known = next(c for c in window.registry.names() if c not in before)
    window.add_campaign(aid, known)
    ins.campaigns.entry.setText("新的专项行动")
    ins.campaigns.entry.returnPressed.emit()
    assert issue.view(aid).campaigns == before + [known, "新的专项行动"]
    assert "新的专项行动" in window._session_campaigns
    ins.campaigns._chips[0].click()
    assert issue.view(aid).campaigns == (before + [known, "新的专项行动"])[1:]
    # status through the combo
    ins.status_combo.setCurrentIndex(ins.status_combo.findData("reviewed"))
    ins.status_combo.activated.emit(ins.status_combo.currentIndex())
    assert issue.view(aid).status == "reviewed"
    # revert the whole article
    ins.revert_article_button.click()
    assert issue.view(aid).edited_fields == ()
    assert issue.view(aid).status == "auto"
    window.document.undo_all()
    assert issue_state(issue) == detected_state(issue)


def test_remove_campaign_action_asks_which(window, alerts):
    issue = window.issue
    aid = window.current_article
    for name in window.registry.names()[:2]:
        if name not in issue.view(aid).campaigns:
            window.add_campaign(aid, name)
    tags = issue.view(aid).campaigns
    alerts.chosen_item = tags[1]
    key(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert tags[1] not in issue.view(aid).campaigns
    alerts.chosen_item = None  # the editor cancelled
    assert not window.remove_campaign_tag()


def test_mark_reviewed_and_next(window):
    issue = window.issue
    ids = issue.article_ids()
    key(window, Qt.Key.Key_R)
    assert issue.view(ids[0]).status == "reviewed"
    assert window.current_article == ids[1]
    model = window.article_model
    assert model.data(model.index(0, ArticleListModel.STATUS)) == "Reviewed"
    key(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert issue.view(ids[1]).status == "reviewed"
    assert window.current_article == ids[2]
    key(window, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert window.current_article == ids[1]
    key(window, Qt.Key.Key_N)
    assert window.current_article == ids[2]


def test_doubtful_navigation_f8(window):
    doubtful = list(window._doubtful)
    assert len(doubtful) >= 3
    select(window, 0)
    seen = []
    for _ in doubtful:
        key(window, Qt.Key.Key_F8)
        seen.append(window.source.selected_blocks[0])
    assert seen == doubtful
    key(window, Qt.Key.Key_F8)  # wraps around
    assert window.source.selected_blocks == [doubtful[0]]
    key(window, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.source.selected_blocks == [doubtful[-1]]
    last = window.issue.blocks[doubtful[-1]]
    assert window.current_article == last.article
    assert "Doubtful" in window.statusBar().currentMessage()
    # marking that article reviewed settles its doubtful decisions
    window.set_status("reviewed")
    assert doubtful[-1] not in window._doubtful
    assert str(len(window._doubtful)) in window.status_doubtful.text()


def test_clicking_a_block_selects_its_article_and_list_selects_source(window):
    issue = window.issue
    src = window.source
    aid = issue.article_ids()[4]
    target = blocks_of(issue, aid)[0]
    src.select_block(blocks_of(issue, issue.article_ids()[3])[-1], top=True)  # the block just above
    assert window.current_article == issue.article_ids()[3]
    rect = src.block_rect(target)
    QTest.mouseClick(src.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_article == aid
    assert window.article_table.currentIndex().row() == 4
    # and the other way: choosing a row scrolls the source to the article
    window.article_table.setCurrentIndex(window.article_model.index(8, 1))
    aid = issue.article_ids()[8]
    assert window.current_article == aid
    assert src.selected_blocks == [blocks_of(issue, aid)[0]]
    assert src.block_rect(blocks_of(issue, aid)[0]).top() >= 0


def test_undo_redo_keys_and_labels(window):
    idx = body_block(window.issue)
    select(window, idx)
    key(window, Qt.Key.Key_6)
    assert window.actions["undo"].isEnabled()
    assert "Subhead" in window.actions["undo"].text()
    assert window.isWindowModified()
    assert window.status_saved.text() == "Unsaved changes"
    key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    key(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.issue.blocks[idx].role == "subhead"


def test_impossible_correction_shows_one_error(window, alerts):
    issue = window.issue
    before = issue_state(issue)
    select(window, headline_block(issue))  # a headline cannot be joined to a paragraph
    assert window.set_join(True) is False
    assert len(alerts.errors) == 1 and "\n" not in alerts.errors[0]
    assert issue_state(issue) == before
    assert not window.document.undo_stack.canUndo()


def test_cheat_sheet_lists_every_key(window):
    key(window, Qt.Key.Key_F1)
    sheet = window._cheat_sheet
    assert sheet is not None and sheet.isVisible()
    text = sheet.browser.toPlainText()
    for action in window.actions.values():
        for seq in action.shortcuts():
            assert seq.toString(seq.SequenceFormat.NativeText) in text
    assert "F8" in text and "Ctrl+Z" in text


@pytest.mark.parametrize("name", ["split_article", "merge_previous", "move_block_previous", "join_paragraph"])
def test_disabled_actions_do_nothing(window, name):
    select(window, blocks_of(window.issue, first_article(window.issue))[0])  # none of these apply here
    before = issue_state(window.issue)
    assert not window.actions[name].isEnabled()
    window.actions[name].trigger()
    assert issue_state(window.issue) == before
