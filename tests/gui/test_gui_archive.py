"""Save to the archive and open from it: the same issue comes back; errors change nothing that was saved."""

from __future__ import annotations

import json

import pytest
from gui_helpers import body_block, inner_block
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from editor_app.core.commands import issue_state as _issue_state
from editor_app.gui.archive_access import ArchiveAccess, archive_module

pytestmark = pytest.mark.skipif(archive_module() is None, reason="the archive is not in this build")


def issue_state(issue) -> tuple:
    """`commands.issue_state` with the overrides compared as values: the archive stores JSON with sorted keys,
    and issue_state compares reprs, where {"role", "name"} and {"name", "role"} differ."""
    blocks, records = _issue_state(issue)
    return blocks, tuple((aid, json.dumps(sorted(issue.records[aid].overrides.items()), sort_keys=True,
                                          ensure_ascii=False), status) for aid, _r, status in records)


def correct(window):
    issue = window.issue
    window.source.select_block(inner_block(issue))
    window.actions["split_article"].trigger()
    window.source.select_block(body_block(issue))
    window.actions["role_caption"].trigger()
    aid = issue.article_ids()[0]
    window.edit_field(aid, "headline", "改过的标题")
    window.edit_field(aid, "bylines", [{"role": "reporter", "name": "陈施君"}])
    window.add_campaign(aid, "全新的活动")
    window.select_article(issue.article_ids()[2])
    window.set_status("reviewed")


def test_save_then_reopen_gives_the_same_issue(window, make_window, qtbot):
    correct(window)
    state, data = issue_state(window.issue), window.issue.to_json()
    window.source.setFocus()
    QTest.keyClick(window.source, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    doc = window.document
    assert doc.archive_id is not None
    assert not doc.modified and not window.isWindowModified()
    assert window.status_saved.text() == "Saved"
    assert window.archive.path.exists()
    assert not window.journal.path.exists()
    # another window (a later session) opens it from the archive
    other = make_window()
    assert other.open_archived(doc.archive_id)
    assert issue_state(other.issue) == state
    reopened = other.issue.to_json()
    assert reopened["articles"] == data["articles"]
    assert reopened["blocks"] == data["blocks"]
    assert other.document.archive_id == doc.archive_id and not other.document.modified
    # more corrections, saved again over the same archived issue
    other.source.select_block(body_block(other.issue))
    other.actions["role_kicker"].trigger()
    assert other.save()
    third = make_window()
    assert third.open_archived(doc.archive_id)
    assert issue_state(third.issue) == issue_state(other.issue)
    # and undo in the reopened issue still goes back to what detection said
    idx = body_block(window.issue)
    assert third.issue.blocks[idx].detected_role == "body" and third.issue.blocks[idx].role == "kicker"


def test_open_from_archive_action_selects_the_found_article(window, make_window, alerts):
    assert window.save()
    issue_id = window.document.archive_id
    target = window.issue.article_ids()[5]
    other = make_window()
    alerts.archive_choice = (issue_id, target)
    other.actions["open_archive"].trigger()
    assert other.document.archive_id == issue_id
    assert other.current_article == target


def test_archive_dialog_searches(window, qtbot):
    from editor_app.gui.archive_dialog import ArchiveDialog

    assert window.save()
    dialog = ArchiveDialog(window.archive, window.registry.names())
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1  # no criteria: the stored issues
    assert dialog.selected() == (window.document.archive_id, None)
    dialog.text.setText("电梯")
    dialog.search()
    assert dialog.model.rowCount() >= 1
    issue_id, article = dialog.selected()
    assert issue_id == window.document.archive_id and article in window.issue.article_ids()
    dialog.text.setText("")
    reporter = next(b.name for v in window.issue.views() for b in v.bylines)
    dialog.reporter.setText(reporter)
    dialog.search()
    assert 1 <= dialog.model.rowCount() <= sum(1 for v in window.issue.views() for b in v.bylines
                                               if b.name == reporter)
    dialog.reporter.setText("")
    campaign = next(c for v in window.issue.views() for c in v.campaigns)
    dialog.campaign.setText(campaign)
    dialog.search()
    assert dialog.model.rowCount() == sum(1 for v in window.issue.views() if campaign in v.campaigns)
    dialog.campaign.setText("")
    dialog.date_from.setDate(dialog.date_from.date().fromString("2026-03-03", "yyyy-MM-dd"))
    dialog.search()
    assert dialog.model.rowCount() == 0
    assert "0" in dialog.message.text()


def test_save_failure_shows_one_error_and_changes_nothing(window, alerts, tmp_path):
    bad = tmp_path / "not-an-archive.sqlite3"
    bad.write_text("this is not a database", encoding="utf-8")
    before = bad.read_bytes()
    window.archive = ArchiveAccess(bad)
    window.source.select_block(body_block(window.issue))
    window.actions["role_caption"].trigger()
    assert not window.save()
    assert len(alerts.errors) == 1 and "\n" not in alerts.errors[0]
    assert bad.read_bytes() == before
    assert window.document.modified and window.document.archive_id is None


def test_opening_a_raw_file_already_archived_offers_the_saved_version(window, make_window, qtbot, alerts,
                                                                       sample_path):
    idx = body_block(window.issue)
    window.source.select_block(idx)
    window.actions["role_caption"].trigger()
    assert window.save()
    issue_id = window.document.archive_id
    other = make_window()
    alerts.open_archived = True
    other.open_path(str(sample_path), ask=False)
    qtbot.waitUntil(lambda: other.document is not None, timeout=20000)
    assert alerts.archived_questions == ["sample-issue.txt"]
    assert other.document.archive_id == issue_id
    assert other.issue.blocks[idx].role == "caption"  # the saved correction
    third = make_window()
    alerts.open_archived = False
    third.open_path(str(sample_path), ask=False)
    qtbot.waitUntil(lambda: third.document is not None, timeout=20000)
    assert third.issue.blocks[idx].role == "body"  # a fresh detection ...
    assert third.document.archive_id == issue_id  # ... that would save over the archived one


def test_archive_people_and_sections_reach_the_inspector(window, make_window):
    aid = window.current_article
    window.edit_field(aid, "bylines", [{"role": "reporter", "name": "欧阳明月"}])
    window.edit_field(aid, "section", "专版")
    assert window.save()
    other = make_window()
    assert other.open_archived(window.document.archive_id)
    roster = other.inspector.bylines._roster.stringList()
    assert "欧阳明月" in roster
    sections = [other.inspector.section_combo.itemText(i) for i in range(other.inspector.section_combo.count())]
    assert "专版" in sections
