"""Autosave for free text: every keystroke reaches disk within a second, typing never blocks.

The first unsaved change starts a short single-shot timer that is NOT restarted by further
typing, so continuous typing still saves every `delay_ms`. `flush()` saves at once (on leaving a
field, switching member, locking, closing). A failed save keeps the text on screen, says why,
and is retried on the next change.

Signals:
    saved(str): the time of the last successful save, "HH:MM:SS".
    failed(str): a plain-words reason the last save failed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from iop_facilitator.errors import UserFacingError
from iop_facilitator.ui.messages import explain

DELAY_MS = 500


class Autosaver(QObject):
    saved = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        save: Callable[[str], object],
        now_text: Callable[[], str],
        parent: QObject | None = None,
        delay_ms: int = DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._now_text = now_text
        self._pending: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def dirty(self) -> bool:
        return self._pending is not None

    def changed(self, text: str) -> None:
        self._pending = text
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> bool:
        """Save what is pending now. True when nothing is left unsaved."""
        self._timer.stop()
        if self._pending is None:
            return True
        text = self._pending
        try:
            self._save(text)
        except UserFacingError as exc:
            self.failed.emit(self.tr("Not saved: {reason}").format(reason=explain(exc)))
            return False
        if self._pending == text:
            self._pending = None
        self.saved.emit(self._now_text())
        return True

    def retarget(self, save: Callable[[str], object]) -> None:
        """Save what is pending to the old target, then send future text to `save`."""
        self.flush()
        self._save = save


def bind_plain_text(edit: QPlainTextEdit, saver: Autosaver) -> None:
    edit.textChanged.connect(lambda: saver.changed(edit.toPlainText()))


def bind_line_edit(edit: QLineEdit, saver: Autosaver) -> None:
    edit.textEdited.connect(saver.changed)
    edit.editingFinished.connect(saver.flush)
