"""The Campaigns view: the registry with colours; add, edit, merge, delete; suggestions to accept or dismiss."""

from __future__ import annotations

import pytest
from gui_helpers import archive_sample_days, open_archive_view
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialogButtonBox

from editor_app.gui import campaigns_view
from editor_app.gui.archive_access import archive_module
from editor_app.gui.campaigns_view import (
    CampaignEditDialog,
    CampaignsModel,
    CampaignsView,
    SuggestionsModel,
    parse_aliases,
)

pytestmark = pytest.mark.skipif(archive_module() is None, reason="the archive is not in this build")


@pytest.fixture()
def editor(monkeypatch):
    """The campaign editor and the delete question answered by the test."""
    given = {"values": None, "delete": True, "shown": []}

    def edit_campaign(parent, values, title):
        given["shown"].append(dict(values))
        return given["values"]

    def confirm_delete(parent, name, articles):
        given["shown"].append({"delete": name, "articles": articles})
        return given["delete"]

    monkeypatch.setattr(campaigns_view, "edit_campaign", edit_campaign)
    monkeypatch.setattr(campaigns_view, "confirm_delete", confirm_delete)
    return given


@pytest.fixture()
def archived(window):
    """The sample on screen, saved; two more days of it in the archive."""
    return archive_sample_days(window, ("2026-03-09", "2026-03-16"))


def open_campaigns(window) -> CampaignsView:
    return open_archive_view(window, "campaigns")


def tags_on_screen(window) -> dict[int, list[str]]:
    return {v.id: list(v.campaigns) for v in window.issue.views()}


def test_models_pass_the_model_tester(qtmodeltester, archived):
    archive = archived.archive.archive()
    model = CampaignsModel()
    qtmodeltester.check(model)
    model.set_campaigns(archive.campaigns())
    qtmodeltester.check(model)
    assert model.rowCount() == len(archive.campaigns())
    assert isinstance(model.data(model.index(0, CampaignsModel.NAME), Qt.ItemDataRole.DecorationRole), QIcon)
    suggestions = SuggestionsModel()
    qtmodeltester.check(suggestions)
    suggestions.set_suggestions(archive.campaign_suggestions())
    qtmodeltester.check(suggestions)
    assert suggestions.rowCount() > 0
    suggestions.remove(suggestions.suggestion(0).phrase)
    qtmodeltester.check(suggestions)


def test_the_list_shows_the_registry_with_counts(archived):
    view = open_campaigns(archived)
    archive = archived.archive.archive()
    assert view.model.names() == [c.name for c in archive.campaigns()]
    row = view.model.row_of("清河行动")
    assert view.model.index(row, CampaignsModel.ARTICLES).data() == str(archive.campaign("清河行动").articles)
    assert view.model.index(row, CampaignsModel.ALIASES).data() == "清河专项行动"


def test_why_an_article_is_tagged(archived, qtbot):
    view = open_campaigns(archived)
    view.select_names(["清河行动"])
    qtbot.waitUntil(lambda: not view.busy, timeout=10000)
    texts = [view.articles.item(k).text() for k in range(view.articles.count())]
    assert len(texts) == archived.archive.archive().campaign("清河行动").articles
    assert all("清河行动" in t for t in texts)  # the term found is the reason


def test_add_a_campaign_tags_the_archive_and_the_issue_on_screen(archived, editor, alerts):
    window = archived
    archive = window.archive.archive()
    view = open_campaigns(window)
    editor["values"] = {"name": "小院议事", "aliases": ["小院议事会"], "active_from": None, "active_to": None,
                        "color": "#123456"}
    assert view.add_campaign()
    assert alerts.errors == []
    assert editor["shown"][-1]["color"]  # a colour is offered for a new campaign
    info = archive.campaign("小院议事")
    assert info.articles > 0 and info.color == "#123456" and info.aliases == ["小院议事会"]
    assert [c.name for c in view.selected_campaigns()] == ["小院议事"]
    # the issue on screen is tagged by the new registry at once, and is still as saved
    assert any("小院议事" in tags for tags in tags_on_screen(window).values())
    assert not window.document.modified
    assert "小院议事" in window.registry.names()
    # a clash is refused with a message of its own
    editor["values"] = {"name": "另一个", "aliases": ["小院议事会"], "active_from": None, "active_to": None,
                        "color": None}
    assert not view.add_campaign()
    assert "小院议事会" in alerts.errors[-1] and "小院议事" in alerts.errors[-1]


def test_rename_a_campaign_renames_editors_tags_on_screen(archived, editor):
    window = archived
    archive = window.archive.archive()
    aid = window.issue.article_ids()[-1]
    window.add_campaign(aid, "清河行动")  # an editor's own tag
    assert window.save()
    view = open_campaigns(window)
    view.select_names(["清河行动"])
    editor["values"] = {"name": "清河攻坚行动", "aliases": ["清河专项行动", "清河行动"], "active_from": "2025-03-01",
                        "active_to": None, "color": "#148f77"}
    assert view.edit_selected()
    assert "清河行动" not in archive.registry().names()
    assert "清河攻坚行动" in window.issue.view(aid).campaigns
    assert "清河行动" not in window.issue.view(aid).campaigns
    assert not window.document.modified  # the archive holds the same
    window.undo()
    assert "清河行动" in window.issue.view(aid).campaigns


def test_merge_and_delete(archived, editor, alerts):
    window = archived
    archive = window.archive.archive()
    view = open_campaigns(window)
    view.select_names(["三大三强", "二十年之约"])
    assert view.merge_button.isEnabled() and not view.edit_button.isEnabled()
    alerts.chosen_item = "三大三强"
    assert view.merge_selected()
    kept = archive.campaign("三大三强")
    assert "二十年之约" in kept.aliases
    assert "二十年之约" not in archive.registry().names()
    assert all("二十年之约" not in tags for tags in tags_on_screen(window).values())
    view.select_names(["三大三强"])
    editor["delete"] = False
    assert not view.delete_selected()
    editor["delete"] = True
    assert view.delete_selected()
    assert "三大三强" not in archive.registry().names()
    assert all("三大三强" not in tags for tags in tags_on_screen(window).values())
    assert "三大三强" not in view.model.names()


def test_suggestions_accept_alias_and_dismiss(archived, qtbot, alerts):
    window = archived
    archive = window.archive.archive()
    view = open_campaigns(window)
    view.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not view.busy and view.suggestions.rowCount() > 0, timeout=15000)
    phrases = [view.suggestions.suggestion(r).phrase for r in range(view.suggestions.rowCount())]
    assert "小院议事" in phrases
    first = view.suggestions.suggestion(view.suggestions.row_of("小院议事"))
    assert first.issues == 3 and first.examples
    # accept: a new campaign named by the phrase
    assert view.select_suggestion("小院议事")
    assert view.accept_selected()
    assert archive.campaign("小院议事").articles > 0
    assert view.suggestions.row_of("小院议事") == -1
    assert "小院议事" in view.model.names()
    # accept as an alias of an existing campaign
    assert view.select_suggestion("一业一证")
    alerts.chosen_item = "接诉即办"
    assert view.accept_selected(as_alias=True)
    assert "一业一证" in archive.campaign("接诉即办").aliases
    # dismiss: never suggested again
    assert view.select_suggestion("长制久清")
    assert view.dismiss_selected()
    assert "长制久清" in archive.dismissed_suggestions()
    view.load_suggestions()
    qtbot.waitUntil(lambda: not view.busy, timeout=15000)
    assert view.suggestions.row_of("长制久清") == -1


def test_the_campaign_editor_dialog(qtbot, monkeypatch):
    dialog = CampaignEditDialog({"name": "清河行动", "aliases": ["清河专项行动"], "active_from": "2025-03-01",
                                 "active_to": None, "color": "#148f77"}, "Edit")
    qtbot.addWidget(dialog)
    assert dialog.values() == {"name": "清河行动", "aliases": ["清河专项行动"], "active_from": "2025-03-01",
                               "active_to": None, "color": "#148f77"}
    dialog.aliases.setText("清河专项行动、清河攻坚；河长制")
    monkeypatch.setattr(campaigns_view, "choose_color", lambda parent, current: "#abcdef")
    dialog.color_button.click()
    dialog.active_to.setDate(QDate(2025, 1, 1))  # before the start: OK is off
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.active_to.setDate(QDate(2026, 12, 31))
    assert ok.isEnabled()
    values = dialog.values()
    assert values["aliases"] == ["清河专项行动", "清河攻坚", "河长制"]
    assert values["color"] == "#abcdef" and values["active_to"] == "2026-12-31"
    dialog.name.setText("  ")
    assert not ok.isEnabled()
    assert parse_aliases(" a ,b，c;; ") == ["a", "b", "c"]
