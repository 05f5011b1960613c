"""Shown at start when the database is damaged: what happened, and the way back (a backup).

Nothing is written to the damaged file. Restoring keeps it aside (renamed), so IT can still look
at it; the app then opens the restored records.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from iop_facilitator.errors import DatabaseCorrupt, UserFacingError
from iop_facilitator.services.backups import RestoreResult, read_backup
from iop_facilitator.ui import formatting
from iop_facilitator.ui.messages import explain, localized


class DamagedDialog(QDialog):
    """Accepted after a successful restore; rejected when the facilitator chooses to quit."""

    def __init__(
        self,
        error: DatabaseCorrupt,
        restore: Callable[[Path], RestoreResult],
        parent: QWidget | None = None,
        *,
        while_open: bool = False,
    ) -> None:
        """`while_open`: the damage was found by the background check after the window opened
        (ui/startup_work.py): the text then says what typed since opening may need re-entering."""
        super().__init__(parent)
        self._restore = restore
        self.result_: RestoreResult | None = None
        self.backup = error.newest_backup if isinstance(error.newest_backup, Path) else None
        title = localized(error.title)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        heading = QLabel(f"<b>{title}</b>")
        heading.setAccessibleName(title)
        explanation = QLabel(
            localized(error.message)
            + "<br><br>"
            + self.tr("The app has not changed the file and will not write to it.")
        )
        explanation.setWordWrap(True)
        explanation.setAccessibleName(self.tr("What happened"))
        self.offer = QLabel()
        self.offer.setWordWrap(True)
        self.offer.setAccessibleName(self.tr("Newest good backup"))
        self.offer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        info = read_backup(self.backup) if self.backup else None
        if info is not None:
            counts = (
                " "
                + self.tr(
                    "It holds {members} members, {sessions} sessions and {notes} notes."
                ).format(members=info.members, sessions=info.sessions, notes=info.notes)
                if info.notes is not None
                else ""
            )
            when = (
                f"{formatting.long_date(info.created_at.date())} {formatting.time(info.created_at)}"
            )
            self.offer.setText(
                self.tr("The newest good backup is from <b>{when}</b>.").format(when=when)
                + counts
                + "<br>"
                + self.tr(
                    "Restoring it keeps the damaged file aside (renamed, not deleted). "
                    "Anything entered after that backup is not in it."
                )
                + f"<br><small>{info.path}</small>"
            )
        else:
            self.offer.setText(localized(error.what_next))
        self.since_opening = QLabel()
        self.since_opening.setWordWrap(True)
        self.since_opening.setAccessibleName(self.tr("What you typed since opening"))
        self.since_opening.setVisible(while_open)
        if while_open:
            self.since_opening.setText(
                self.tr(
                    "This was found by the check that runs after the app opens. From now on "
                    "nothing is saved: text you type stays on screen but is not stored. What was "
                    "saved since the app opened went into the damaged file, which is kept aside: "
                    "after restoring, look over today's notes and re-enter anything missing. "
                    "The app closes after the restore; open it again to continue."
                )
            )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(
            self.tr("Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setAccessibleName(self.tr("Restore this backup"))
        self.restore_button.setEnabled(info is not None)
        self.restore_button.setVisible(info is not None)
        self.quit_button = buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.setAccessibleName(self.tr("Quit"))
        self.restore_button.clicked.connect(self._do_restore)
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(self.offer)
        layout.addWidget(self.since_opening)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _do_restore(self) -> None:
        if self.backup is None:
            return
        try:
            self.result_ = self._restore(self.backup)
        except UserFacingError as exc:
            self.message.setText(explain(exc))
            return
        self.accept()
