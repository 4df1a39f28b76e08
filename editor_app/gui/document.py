"""The open issue as the GUI holds it: the core Issue, its QUndoStack of core commands, and where it came from."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.commands import Command, issue_state
from ..core.issue import Issue
from . import i18n


def detected_state(issue: Issue) -> tuple:
    """`issue_state` of the issue as detection left it (what undo-all must return to)."""
    return (tuple((b.detected_role, b.detected_article, b.detected_continues) for b in issue.blocks), ())


def remaining_doubtful(issue: Issue) -> list[int]:
    """Doubtful blocks the editor has not dealt with: not edited, and not in an article marked reviewed.

    (A candidate for the core: the rule for "decisions left" belongs beside `Issue.doubtful_blocks`.)
    """
    reviewed = {aid for aid, rec in issue.records.items() if rec.status == "reviewed"}
    return [i for i in issue.doubtful_blocks() if issue.blocks[i].article not in reviewed]


class IssueUndoCommand(QUndoCommand):
    """A core command on the undo stack: redo applies it, undo reverts it, the document tells the views."""

    def __init__(self, document: IssueDocument, command: Command):
        super().__init__(i18n.command_text(command.text))
        self._document = document
        self.command = command

    def redo(self) -> None:
        self.command.apply(self._document.issue)
        self._document.changed.emit(self.command.focus_article)

    def undo(self) -> None:
        self.command.revert(self._document.issue)
        self._document.changed.emit(self.command.focus_article)


class IssueDocument(QObject):
    """One open issue. Every change goes through `push()`, so undo, the modified flag and autosave see it."""

    changed = Signal(object)  # the article to focus (id) or None; after every do, undo and redo
    modified_changed = Signal(bool)

    def __init__(self, issue: Issue, source_name: str, *, path: str | None = None, archive_id=None,
                 unsaved: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.issue = issue
        self.source_name = source_name
        self.path = path  # the raw file it was read from, if any
        self.archive_id = archive_id  # its id in the archive once saved (or opened from there)
        self._unsaved_base = unsaved  # e.g. recovered work: unsaved although the undo stack is clean
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def push(self, command: Command) -> bool:
        """Apply a core command through the undo stack; False (and nothing pushed) when it changes nothing."""
        if command.empty:
            return False
        self.undo_stack.push(IssueUndoCommand(self, command))
        return True

    @property
    def modified(self) -> bool:
        return self._unsaved_base or not self.undo_stack.isClean()

    def mark_saved(self, archive_id=None) -> None:
        if archive_id is not None:
            self.archive_id = archive_id
        was = self.modified
        self._unsaved_base = False
        self.undo_stack.setClean()
        if was:
            self.modified_changed.emit(False)

    def retranslate(self) -> None:
        """Name the commands on the stack in the current UI language (after a language switch)."""
        for k in range(self.undo_stack.count()):
            entry = self.undo_stack.command(k)
            if isinstance(entry, IssueUndoCommand):
                entry.setText(i18n.command_text(entry.command.text))

    def undo_all(self) -> None:
        while self.undo_stack.canUndo():
            self.undo_stack.undo()

    def _on_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(self.modified)

    def state(self) -> tuple:
        return issue_state(self.issue)
