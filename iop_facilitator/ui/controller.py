"""The one place widgets run service calls: errors reported the same way, changes broadcast.

Signals:
    changed(Changes): a service call changed data; each view reloads what it names.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from iop_facilitator.domain.changes import Changes
from iop_facilitator.errors import UserFacingError
from iop_facilitator.services.clinic import Clinic
from iop_facilitator.ui.messages import show_error

T = TypeVar("T")


class Controller(QObject):
    changed = Signal(object)

    def __init__(self, clinic: Clinic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic

    def run(self, parent: QWidget | None, op: Callable[[], T]) -> T | None:
        """Run a service call. Returns its result, or None after telling the user why it failed."""
        result, error = self.attempt(op)
        if error is not None:
            show_error(parent, error)
        return result

    def attempt(self, op: Callable[[], T]) -> tuple[T | None, UserFacingError | None]:
        """Run a service call; on failure return the error for the caller to show inline
        (dialogs and forms show it next to the fields). Emits `changed` on success."""
        try:
            result = op()
        except UserFacingError as exc:
            return None, exc
        changes = result[-1] if isinstance(result, tuple) and result else result
        if isinstance(changes, Changes) and changes:
            self.changed.emit(changes)
        return result, None
