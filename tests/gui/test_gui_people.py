"""The People view: the roster from the archive, sorted and filtered; rename, merge, staff, add; the issue follows."""

from __future__ import annotations

import pytest
from gui_helpers import archive_sample_days, open_archive_view
from PySide6.QtCore import Qt

from editor_app.gui import people_view
from editor_app.gui.archive_access import archive_module
from editor_app.gui.people_view import PeopleModel, PeopleView

pytestmark = pytest.mark.skipif(archive_module() is None, reason="the archive is not in this build")


@pytest.fixture()
def answers(monkeypatch):
    """The view's questions answered by the test: `text` for names, `confirm` for yes/no."""
    given = {"text": None, "confirm": True, "asked": []}

    def ask_text(parent, title, label, text=""):
        given["asked"].append(label)
        return given["text"]

    def confirm(parent, title, question, detail=""):
        given["asked"].append(question)
        return given["confirm"]

    monkeypatch.setattr(people_view, "ask_text", ask_text)
    monkeypatch.setattr(people_view, "confirm", confirm)
    return given


@pytest.fixture()
def archived(window):
    """The sample on screen, saved; two more days of it in the archive."""
    return archive_sample_days(window, ("2026-03-09", "2026-03-16"))


def open_people(window) -> PeopleView:
    return open_archive_view(window, "people")


def names_on_screen(window) -> set[str]:
    return {b.name for v in window.issue.views() for b in v.bylines}


def test_people_model_passes_the_model_tester(qtmodeltester, archived):
    model = PeopleModel()
    qtmodeltester.check(model)
    model.set_people(archived.archive.archive().people())
    qtmodeltester.check(model)
    assert model.rowCount() == len(archived.archive.archive().people())
    staff_index = model.index(0, PeopleModel.STAFF)
    assert model.flags(staff_index) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.data(staff_index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_roster_sorts_by_pinyin_count_and_recent(archived):
    from editor_app.core.learning.names import sort_names

    view = open_people(archived)
    people = archived.archive.archive().people()
    assert view.model.rowCount() == len(people) > 5
    view.set_sort("pinyin")
    assert view.visible_names() == sort_names([p.name for p in people])
    view.set_sort("count")
    counts = [view.model.person(view.model.row_of(p.id)).article_count for p in people]
    shown = [view.proxy.index(r, PeopleModel.ARTICLES).data() for r in range(view.proxy.rowCount())]
    assert [int(x) for x in shown] == sorted(counts, reverse=True)
    view.set_sort("recent")
    last = [view.proxy.index(r, PeopleModel.LAST).data() for r in range(view.proxy.rowCount())]
    assert last == sorted(last, reverse=True)


def test_filter_by_characters_and_pinyin(archived):
    view = open_people(archived)
    view.filter.setText("林书")
    assert view.visible_names() == ["林书瑶"]
    view.filter.setText("linshuyao")
    assert view.visible_names() == ["林书瑶"]
    view.filter.setText("lsy")
    assert "林书瑶" in view.visible_names()
    view.filter.setText("")
    assert len(view.visible_names()) == view.model.rowCount()


def test_rename_goes_to_the_archive_and_to_the_issue_on_screen(archived, answers, alerts):
    window = archived
    archive = window.archive.archive()
    view = open_people(window)
    view.select_names(["林书瑶"])
    assert view.rename_button.isEnabled()
    answers["text"] = "林淑瑶"
    assert view.rename_selected()
    assert alerts.errors == []
    names = {p.name for p in archive.people()}
    assert "林淑瑶" in names and "林书瑶" not in names
    assert archive.person("林书瑶").name == "林淑瑶"  # the old spelling is an alias now
    assert "林书瑶" not in archive.people_names()
    # every stored issue spells it the new way, the one on screen too, which stays saved
    for s in archive.list_issues():
        assert "林书瑶" not in {b.name for v in archive.load_issue(s.id).views() for b in v.bylines}
    assert "林淑瑶" in names_on_screen(window) and "林书瑶" not in names_on_screen(window)
    assert not window.document.modified
    assert "林淑瑶" in window.issue.roster and "林书瑶" not in window.issue.roster
    assert [p.name for p in view.selected_people()] == ["林淑瑶"]
    # one undo step brings the old spelling back on screen (and the issue then differs from the archive)
    window.undo()
    assert "林书瑶" in names_on_screen(window)
    assert window.document.modified


def test_rename_onto_an_existing_name_offers_a_merge(archived, answers):
    archive = archived.archive.archive()
    view = open_people(archived)
    view.select_names(["邵子航"])
    answers["text"] = "林书瑶"
    answers["confirm"] = False
    assert not view.rename_selected()
    assert "邵子航" in {p.name for p in archive.people()}
    answers["confirm"] = True
    assert view.rename_selected()
    assert "邵子航" not in {p.name for p in archive.people()}
    assert archive.person("邵子航").name == "林书瑶"


def test_merge_two_spellings(archived, alerts):
    window = archived
    archive = window.archive.archive()
    view = open_people(window)
    before = {p.name: p.article_count for p in archive.people()}
    view.select_names(["林书瑶", "程冠宇"])
    assert view.merge_button.isEnabled() and not view.rename_button.isEnabled()
    alerts.chosen_item = None  # cancelled
    assert not view.merge_selected()
    alerts.chosen_item = "程冠宇"
    assert view.merge_selected()
    people = {p.name: p for p in archive.people()}
    assert "林书瑶" not in people
    assert people["程冠宇"].article_count >= max(before["林书瑶"], before["程冠宇"])
    assert "林书瑶" in people["程冠宇"].aliases
    assert "林书瑶" not in names_on_screen(window)


def test_mark_staff_by_checkbox_and_button(archived, qtbot):
    archive = archived.archive.archive()
    view = open_people(archived)
    row = view.model.row_of(archive.person("林书瑶").id)
    index = view.model.index(row, PeopleModel.STAFF)
    assert view.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: archive.person("林书瑶").staff)
    assert view.model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    view.select_names(["林书瑶"])
    assert view.staff_button.text() == view.tr("Not Staff")
    view.staff_button.click()
    assert not archive.person("林书瑶").staff
    assert view.staff_button.text() == view.tr("Mark as Staff")


def test_add_a_colleague_and_refuse_bad_names(archived, answers, alerts):
    window = archived
    archive = window.archive.archive()
    view = open_people(window)
    answers["text"] = "新同事"
    assert view.add_person()
    assert archive.person("新同事").staff
    assert "新同事" in archive.people_names()
    assert [p.name for p in view.selected_people()] == ["新同事"]
    assert "新同事" in window.inspector.bylines.roster()
    answers["text"] = "林书瑶"
    assert not view.add_person()
    assert alerts.errors[-1] == view.tr("%1 is already in the roster.").replace("%1", "林书瑶")
    view.select_names(["邵子航"])
    answers["text"] = "名" * 41
    assert not view.rename_selected()
    assert "cannot be a name" in alerts.errors[-1]
    assert "邵子航" in {p.name for p in archive.people()}


def test_an_article_of_the_person_opens_in_the_window(archived, make_window):
    window = archived
    view = open_people(window)
    view.select_names(["林书瑶"])
    assert view.articles.count() >= 3
    own = window.document.archive_id
    k = next(i for i in range(view.articles.count())
             if view.articles.item(i).data(Qt.ItemDataRole.UserRole)[0] == own)
    issue_id, article = view.articles.item(k).data(Qt.ItemDataRole.UserRole)
    window.select_article(window.issue.article_ids()[-1])
    view.articles.itemActivated.emit(view.articles.item(k))
    assert window.current_article == article
    other = next(i for i in range(view.articles.count())
                 if view.articles.item(i).data(Qt.ItemDataRole.UserRole)[0] != own)
    view.articles.itemActivated.emit(view.articles.item(other))
    assert window.document.archive_id == view.articles.item(other).data(Qt.ItemDataRole.UserRole)[0]


def test_people_view_without_an_archive(make_window):
    window = make_window()
    window.actions["people"].trigger()
    view = window.archive_views["people"]
    assert view.model.rowCount() == 0
    assert not window.archive.exists  # looking does not create the archive
