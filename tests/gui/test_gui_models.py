"""Every Qt model passes pytest-qt's model tester, before and after the issue under it changes."""

from __future__ import annotations

from gui_helpers import body_block, force_doubts, inner_block
from PySide6.QtCore import Qt

from editor_app.core import commands
from editor_app.gui.document import remaining_doubtful
from editor_app.gui.models import ARTICLE_ID_ROLE, DOUBTFUL_ROLE, ArchiveResultsModel, ArticleListModel


def test_article_list_model(qtmodeltester, sample_issue):
    model = ArticleListModel()
    qtmodeltester.check(model)  # empty
    model.set_issue(sample_issue, remaining_doubtful(sample_issue))
    qtmodeltester.check(model)
    assert model.rowCount() == len(sample_issue.article_ids())
    assert model.columnCount() == ArticleListModel.COLUMNS
    assert [model.data(model.index(r, 0), ARTICLE_ID_ROLE) for r in range(model.rowCount())] \
        == sample_issue.article_ids()
    # a split adds a row (reset), a role change keeps the rows (dataChanged)
    commands.split_article(sample_issue, inner_block(sample_issue)).apply(sample_issue)
    model.set_issue(sample_issue, remaining_doubtful(sample_issue))
    qtmodeltester.check(model)
    assert model.rowCount() == len(sample_issue.article_ids())
    commands.set_role(sample_issue, [body_block(sample_issue)], "caption").apply(sample_issue)
    model.set_issue(sample_issue, remaining_doubtful(sample_issue))
    qtmodeltester.check(model)
    model.set_issue(None)
    assert model.rowCount() == 0


def test_article_list_marks_doubtful_and_status(sample_issue):
    doubtful = force_doubts(sample_issue)
    model = ArticleListModel()
    model.set_issue(sample_issue, remaining_doubtful(sample_issue))
    per_article = {}
    for i in remaining_doubtful(sample_issue):
        aid = sample_issue.blocks[i].article
        per_article[aid] = per_article.get(aid, 0) + 1
    assert per_article and set(doubtful) <= set(remaining_doubtful(sample_issue))
    for row in range(model.rowCount()):
        index = model.index(row, ArticleListModel.NUMBER)
        aid = model.data(index, ARTICLE_ID_ROLE)
        assert model.data(index, DOUBTFUL_ROLE) == per_article.get(aid, 0)
        assert (model.data(index, Qt.ItemDataRole.DecorationRole) is not None) == (aid in per_article)
        if aid in per_article:
            assert str(per_article[aid]) in model.data(index, Qt.ItemDataRole.ToolTipRole)
    view = sample_issue.views()[0]
    assert model.data(model.index(0, ArticleListModel.BYLINES)) == "、".join(b.name for b in view.bylines)
    assert model.data(model.index(0, ArticleListModel.CAMPAIGNS)) == " · ".join(view.campaigns)
    # reviewing an article settles its doubts
    aid = sample_issue.blocks[doubtful[0]].article
    commands.set_status(sample_issue, aid, "reviewed").apply(sample_issue)
    model.set_issue(sample_issue, remaining_doubtful(sample_issue))
    row = model.row_of(aid)
    assert model.data(model.index(row, 0), DOUBTFUL_ROLE) == 0
    assert model.data(model.index(row, ArticleListModel.STATUS)) == "Reviewed"


def test_archive_results_model(qtmodeltester):
    model = ArchiveResultsModel()
    qtmodeltester.check(model)
    model.set_rows([{"issue_id": 1, "date": "2026-03-02", "paper": "滨河报", "title": "sample", "detail": "13"},
                    {"issue_id": 2, "date": None, "paper": "", "title": "另一期", "detail": ""}])
    qtmodeltester.check(model)
    assert model.issue_id(1) == 2
    assert model.data(model.index(1, ArchiveResultsModel.DATE)) == ""
