"""The Notes screen's export buttons: this note as PDF or text, copy its text, the whole session."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QWidget

from iop_facilitator.domain.ids import NoteId, SessionId
from iop_facilitator.ui.controller import Controller
from iop_facilitator.ui.exports import common


class NoteExportBar(QWidget):
    def __init__(
        self,
        controller: Controller,
        current_note: Callable[[], NoteId | None],
        current_session: Callable[[], SessionId | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.exports = controller.clinic.exports
        self.current_note = current_note
        self.current_session = current_session
        self.pdf_button = QPushButton(self.tr("Export note PDF..."))
        self.pdf_button.setAccessibleName(self.tr("Export this note as PDF"))
        self.text_button = QPushButton(self.tr("Export note text..."))
        self.text_button.setAccessibleName(self.tr("Export this note as plain text"))
        self.copy_button = QPushButton(self.tr("Copy text"))
        self.copy_button.setAccessibleName(
            self.tr("Copy this note's text to the clipboard for the EHR")
        )
        self.session_button = QPushButton(self.tr("Export session..."))
        self.session_button.setAccessibleName(self.tr("Export every signed note of this session"))
        self.status = QLabel("")
        self.status.setAccessibleName(self.tr("Export status"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Export:")))
        for button in (self.pdf_button, self.text_button, self.copy_button, self.session_button):
            layout.addWidget(button)
        layout.addWidget(self.status, 1)
        self.pdf_button.clicked.connect(lambda: self.export_note("pdf"))
        self.text_button.clicked.connect(lambda: self.export_note("txt"))
        self.copy_button.clicked.connect(self.copy_text)
        self.session_button.clicked.connect(self.export_session)

    def _draft_allowed(self, note_id: NoteId) -> bool | None:
        """True/False for draft permission; None when the user declined."""
        if self.controller.clinic.notes.get(note_id).signed:
            return False
        if common.ask(
            self,
            self.tr("Export a draft?"),
            self.tr(
                "This note is not signed. "
                "Export it as a DRAFT (marked on every page, not for the chart)?"
            ),
        ):
            return True
        return None

    def export_note(self, fmt: str) -> None:
        note_id = self.current_note()
        if note_id is None:
            return
        draft = self._draft_allowed(note_id)
        if draft is None:
            return
        folder = common.choose_folder(self, self.tr("Export the note into which folder?"))
        if folder is None:
            return
        result = self.controller.run(
            self, lambda: self.exports.export_note(note_id, folder, fmt, allow_draft=draft)
        )
        if result is not None:
            self.status.setText(common.saved_text(result[0]))

    def copy_text(self) -> None:
        note_id = self.current_note()
        if note_id is None:
            return
        draft = self._draft_allowed(note_id)
        if draft is None:
            return
        result = self.controller.run(
            self, lambda: self.exports.copy_note_text(note_id, allow_draft=draft)
        )
        if result is not None:
            QApplication.clipboard().setText(result[0])
            self.status.setText(self.tr("Copied: paste it into the EHR's note field."))

    def export_session(self) -> None:
        session_id = self.current_session()
        if session_id is None:
            return
        notes = self.exports.notes_in(session_id=session_id)
        folder = common.choose_folder(
            self, self.tr("Export the session's signed notes into which folder?")
        )
        if folder is None:
            return
        result = common.run_batch(self, self.controller, notes, folder, "pdf", drafts=False)
        if result is not None:
            self.status.setText(
                QCoreApplication.translate(
                    "NoteBar", "Wrote %n note(s) in {folder}.", "", len(result.written)
                ).format(folder=folder)
            )
