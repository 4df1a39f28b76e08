"""Long work off the GUI thread: a worker thread runs it, a main-thread relay delivers the result or the error."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot


class TaskRunner(QObject):
    """Runs callables in daemon threads; callbacks run in the GUI thread (queued through this object).

    A task can be cancelled: its result is then dropped when it arrives (Python threads cannot be stopped).
    """

    _relay = Signal(int, bool, object)  # token, succeeded, result or exception
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._tokens = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[BaseException], None]]] = {}
        self._relay.connect(self._deliver)

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None]) -> int:
        token = next(self._tokens)
        was_busy = bool(self._callbacks)
        self._callbacks[token] = (on_done, on_error)

        def target() -> None:
            try:
                result = work()
            except BaseException as exc:  # noqa: BLE001 - delivered to on_error in the GUI thread
                outcome = (token, False, exc)
            else:
                outcome = (token, True, result)
            try:
                self._relay.emit(*outcome)
            except RuntimeError:
                pass  # the window closed (and this runner with it) while the work ran: nobody is waiting

        threading.Thread(target=target, name=f"issue-editor-task-{token}", daemon=True).start()
        if not was_busy:
            self.busy_changed.emit(True)
        return token

    def cancel(self, token: int) -> None:
        if self._callbacks.pop(token, None) is not None and not self._callbacks:
            self.busy_changed.emit(False)

    def pending(self, token: int) -> bool:
        return token in self._callbacks

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    @Slot(int, bool, object)
    def _deliver(self, token: int, ok: bool, payload: object) -> None:
        callbacks = self._callbacks.pop(token, None)
        if not self._callbacks and callbacks is not None:
            self.busy_changed.emit(False)
        if callbacks is None:
            return  # cancelled
        on_done, on_error = callbacks
        if ok:
            on_done(payload)
        else:
            on_error(payload)  # type: ignore[arg-type]
