"""The Notes screen: the session's notes with their state, one editor, sign and sign-all.

Keyboard: Ctrl+PgDown / Ctrl+PgUp next and previous note, Ctrl+Shift+S sign.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.ids import NoteId, SessionId
from iop_facilitator.errors import UserFacingError
from iop_facilitator.services.notes import MemberNote
from iop_facilitator.ui import formatting, theme
from iop_facilitator.ui.a11y import describe_shortcut
from iop_facilitator.ui.autosave import Autosaver
from iop_facilitator.ui.controller import Controller
from iop_facilitator.ui.exports.note_bar import NoteExportBar
from iop_facilitator.ui.messages import explain, localized, show_error
from iop_facilitator.ui.notes.note_editor import NoteEditor
from iop_facilitator.ui.notes.sign_dialog import SignDialog
from iop_facilitator.ui.pages import Page, heading

# Theme tints (ui/theme.py); the words in each entry say the same thing.
STATE_COLOURS = {"signed": "signed", "ready": "ready", "draft": "draft", "empty": "empty"}


class NotesPage(Page):
    title = "Notes"

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.clinic = controller.clinic
        self.notes_service = self.clinic.notes
        self.session_id: SessionId | None = None
        self.notes: list[MemberNote] = []
        self.sessions = QComboBox()
        self.sessions.setAccessibleName(self.tr("Session to document"))
        self.progress = QLabel("")
        self.progress.setAccessibleName(self.tr("Notes signed"))
        self.save_status = QLabel("")
        self.save_status.setAccessibleName(self.tr("Save status"))
        self.search_button = QPushButton(self.tr("Search notes..."))
        self.search_button.setAccessibleName(self.tr("Search all notes"))
        self.search_button.setToolTip(self.tr("Find notes by their words (Ctrl+F)"))
        self.sign_all = QPushButton(self.tr("Sign all ready..."))
        self.sign_all.setAccessibleName(self.tr("Sign all notes that are ready"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Member notes"))
        self.list.setAccessibleDescription(self.tr("Ctrl+PgDown and Ctrl+PgUp move between notes."))
        self.clones = QLabel("")
        self.clones.setWordWrap(True)
        self.clones.setAccessibleName(self.tr("Notes that look cloned"))
        self.apply_section = QComboBox()
        self.apply_section.setAccessibleName(self.tr("Section to apply to all present"))
        self.apply_text = QPlainTextEdit()
        self.apply_text.setAccessibleName(self.tr("Shared text for all present members"))
        self.apply_text.setPlaceholderText(
            self.tr("e.g. the interventions used. Member-specific sections stay individual.")
        )
        self.apply_text.setMaximumHeight(80)
        self.apply_button = QPushButton(self.tr("Apply to all present"))
        self.apply_button.setAccessibleName(self.tr("Apply the shared text to all present members"))
        apply_box = QGroupBox(self.tr("Write once for everyone present"))
        apply_layout = QVBoxLayout(apply_box)
        apply_layout.addWidget(self.apply_section)
        apply_layout.addWidget(self.apply_text)
        apply_layout.addWidget(self.apply_button)
        self.editor = NoteEditor(self._save_fields, self._make_saver)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.clones)
        left_layout.addWidget(apply_box)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)
        top = QHBoxLayout()
        top.addWidget(heading("Notes"))
        top.addWidget(self.sessions, 1)
        top.addWidget(self.progress)
        top.addWidget(self.save_status)
        top.addWidget(self.search_button)
        top.addWidget(self.sign_all)
        self.empty = QLabel(
            self.tr("No notes to write yet. After a session ends, its notes appear here.")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self.export_bar = NoteExportBar(
            controller, self._note_for_export, lambda: self.session_id, self
        )
        layout.addWidget(self.export_bar)
        self.splitter = splitter
        self.sessions.currentIndexChanged.connect(self._session_chosen)
        self.list.currentRowChanged.connect(self._note_chosen)
        self.editor.sign_requested.connect(self.sign_note)
        self.editor.replace_button.clicked.connect(self._replace_names)
        self.editor.dismiss_button.clicked.connect(self._dismiss_flag)
        self.editor.addendum_button.clicked.connect(self._add_addendum)
        self.apply_button.clicked.connect(self._apply_to_all)
        self.sign_all.clicked.connect(self.sign_all_ready)
        self.search_button.clicked.connect(self.search)
        for keys, slot, text in (
            ("Ctrl+F", self.search, self.tr("Search notes")),
            ("Ctrl+PgDown", lambda: self._step(1), self.tr("Next member's note")),
            ("Ctrl+PgUp", lambda: self._step(-1), self.tr("Previous member's note")),
            (
                "Ctrl+Shift+S",
                self._sign_current,
                self.tr("Sign this note"),
            ),
        ):
            shortcut = describe_shortcut(QShortcut(QKeySequence(keys), self), text)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.reload_sessions()

    # -- loading ---------------------------------------------------------------------------
    def reload_sessions(self, select: SessionId | None = None) -> None:
        current = select if select is not None else self.session_id
        self.sessions.blockSignals(True)
        self.sessions.clear()
        for info, signed, total in self.notes_service.sessions_to_document():
            label = f"{info.group_name}, {formatting.day_and_date(info.date)}: " + (
                self.tr("{signed} of {total} signed").format(signed=signed, total=total)
                if total
                else self.tr("notes not started")
            )
            self.sessions.addItem(label, int(info.id))
        self.sessions.blockSignals(False)
        has = self.sessions.count() > 0
        self.empty.setVisible(not has)
        self.splitter.setVisible(has)
        self.export_bar.setVisible(has)
        self.sign_all.setEnabled(has)
        if not has:
            return
        index = self.sessions.findData(int(current)) if current is not None else 0
        self.sessions.setCurrentIndex(max(0, index))
        self._session_chosen(self.sessions.currentIndex())

    def open_session(self, session_id: int) -> None:
        """Show a session's notes (after it ended), creating them if needed."""
        self._run(lambda: self.notes_service.prepare(SessionId(session_id)))
        self.reload_sessions(SessionId(session_id))

    def _note_for_export(self) -> NoteId | None:
        """The note on screen, its typing saved first (a draft export shows what is on screen)."""
        self.editor.flush()
        return self.editor.note.id if self.editor.note is not None else None

    def search(self) -> None:
        from iop_facilitator.ui.notes.search_dialog import NoteSearchDialog

        dialog = NoteSearchDialog(self.notes_service, self)
        self.search_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.select_note(int(dialog.chosen.session_id), int(dialog.chosen.note_id))

    def select_note(self, session_id: int, note_id: int) -> None:
        """Show one note (e.g. from a search result)."""
        self.reload_sessions(SessionId(session_id))
        row = next((i for i, n in enumerate(self.notes) if n.id == note_id), 0)
        self.list.setCurrentRow(row)

    def _session_chosen(self, index: int) -> None:
        if index < 0:
            return
        self.editor.flush()
        self.session_id = SessionId(self.sessions.itemData(index))
        self._run(lambda: self.notes_service.prepare(self.session_id))
        self._reload_notes(select_row=0)

    def _reload_notes(self, select_row: int | None = None) -> None:
        if self.session_id is None:
            return
        row = self.list.currentRow() if select_row is None else select_row
        self.notes = self.notes_service.for_session(self.session_id)
        self.list.blockSignals(True)
        self.list.clear()
        for note in self.notes:
            missing = [] if note.signed else self.notes_service.missing(note)
            state = "signed" if note.signed else ("ready" if not missing else "draft")
            word = {
                "signed": self.tr("Signed"),
                "ready": self.tr("Ready to sign"),
                "draft": self.tr("Draft: {n} to do").format(n=len(missing)),
            }[state]
            item = QListWidgetItem(f"{note.preferred_name}  -  {word}")
            item.setBackground(QBrush(theme.current().tint(STATE_COLOURS[state])))
            item.setForeground(QBrush(QColor(theme.current().tint_text)))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{note.preferred_name}, {word}")
            self.list.addItem(item)
        self.list.blockSignals(False)
        signed, total = self.notes_service.progress(self.session_id)
        self.progress.setText(
            self.tr("{signed} of {total} signed").format(signed=signed, total=total)
        )
        warnings = self.notes_service.clone_warnings(self.session_id)
        self.clones.setText(
            ""
            if not warnings
            else self.tr("Look again, these read alike (individual notes must differ): ")
            + "; ".join(
                self.tr("{a} and {b} ({section})").format(
                    a=a.preferred_name, b=b.preferred_name, section=s
                )
                for a, b, s in warnings[:5]
            )
        )
        if self.notes:
            sections = self.notes[0].format.sections
            self.apply_section.clear()
            for section in sections:
                shared = " " + self.tr("(shared)") if section.shared else ""
                self.apply_section.addItem(section.title + shared, section.key)
        row = max(0, min(row, len(self.notes) - 1))
        if self.notes:
            self.list.setCurrentRow(row)
            self._note_chosen(row)

    def _note_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.notes):
            self.editor.show_note(None, [], [], "", "")
            return
        self.editor.flush()
        note = self.notes_service.get(self.notes[row].id)
        self._show(note)

    def _show(self, note: MemberNote) -> None:
        missing = [] if note.signed else self.notes_service.missing(note)
        flags = (
            []
            if note.signed
            else [
                (f.key, field, f.text)
                for field, found in self.notes_service.flags(note).items()
                for f in found
            ]
        )
        signature, addenda = "", ""
        if note.signed:
            signer = self.clinic.facilitators.get(note.signed_by).display if note.signed_by else "?"
            signature = self.tr("Signed by {name} on {when}  (content hash {hash}...)").format(
                name=signer, when=note.signed_at, hash=(note.content_hash or "")[:12]
            )
            addenda = "\n\n".join(
                (self.tr("LATE ENTRY") + " " if a.late else "")
                + self.tr("Addendum {when} by {author}:").format(when=a.at, author=a.author)
                + f"\n{a.text}"
                for a in self.notes_service.addenda(note.id)
            )
        self.editor.show_note(note, missing, flags, signature, addenda)

    def _refresh_current(self) -> None:
        if self.editor.note is not None:
            self._show(self.notes_service.get(self.editor.note.id))
            row = self.list.currentRow()
            self._reload_notes(select_row=row)

    # -- saving ----------------------------------------------------------------------------
    def _make_saver(self) -> Autosaver:
        saver = Autosaver(
            lambda _t: None,
            lambda: formatting.time(self.clinic.ctx.clock.now(), seconds=True),
            self,
        )
        saver.saved.connect(self._saved)
        saver.failed.connect(lambda message: self._status(message, ok=False))
        return saver

    def _saved(self, when: str) -> None:
        self._status(self.tr("Saved {time}").format(time=when), ok=True)

    def _status(self, text: str, ok: bool) -> None:
        self.save_status.setText(text)
        theme.tone(self.save_status, "ok" if ok else "error", bold=not ok)

    def _save_fields(self, note_id: int, values: dict[str, Any]) -> bool:
        try:
            self.notes_service.update(NoteId(note_id), **values)
        except UserFacingError as exc:
            self._status(
                self.tr("Not saved: {reason}").format(reason=localized(exc.message)), ok=False
            )
            return False
        self._saved(formatting.time(self.clinic.ctx.clock.now(), seconds=True))
        if "sections" not in values:
            self._refresh_current()
        return True

    def flush(self) -> bool:
        return self.editor.flush()

    def _run(self, op: Any) -> Any:
        return self.controller.run(self, op)

    # -- actions ---------------------------------------------------------------------------
    def _step(self, delta: int) -> None:
        row = self.list.currentRow() + delta
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)

    def _confirm(self, what: str) -> bool:
        active = self.clinic.facilitators.active
        if active is None:
            show_error(self, UserFacingError(self.tr("Choose who you are before signing.")))
            return False
        dialog = SignDialog(active.display, what, self.clinic.confirm_identity, self)
        self.sign_dialog = dialog
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _sign_current(self) -> None:
        if self.editor.note:
            self.sign_note(int(self.editor.note.id))

    def sign_note(self, note_id: int) -> None:
        self.editor.flush()
        note = self.notes_service.get(NoteId(note_id))
        if not self._confirm(self.tr("the note for {name}").format(name=note.preferred_name)):
            return
        self._run(lambda: self.notes_service.sign(NoteId(note_id)))
        self._refresh_current()

    def sign_all_ready(self) -> None:
        if self.session_id is None:
            return
        self.editor.flush()
        if not self._confirm(self.tr("every ready note of this session")):
            return
        session_id = self.session_id
        result = self._run(lambda: self.notes_service.sign_all_ready(session_id))
        if result:
            signed, skipped, _changes = result
            text = QCoreApplication.translate("NotesPage", "Signed %n note(s).", "", signed)
            if skipped:
                text += (
                    "\n\n"
                    + self.tr("Not signed yet:")
                    + "\n"
                    + "\n".join(localized(s) for s in skipped)
                )
            if signed:
                try:
                    backup = self.clinic.backups.after_sign_all()
                    text += "\n\n" + self.tr("A verified backup was made ({time}).").format(
                        time=formatting.time(backup.created_at)
                    )
                except UserFacingError as exc:
                    text += "\n\n" + self.tr(
                        "The signatures are saved, but the backup failed: {reason}"
                    ).format(reason=explain(exc))
            QMessageBox.information(self, self.tr("Sign all ready"), text)
        self._reload_notes()

    def _replace_names(self) -> None:
        if self.editor.note is not None:
            self.editor.flush()
            note_id = self.editor.note.id
            self._run(lambda: self.notes_service.replace_names_with_peer(note_id))
            self.editor.note = None  # reload section text from the database
            self._reload_notes()

    def _dismiss_flag(self) -> None:
        key = self.editor.selected_flag_key()
        if self.editor.note is not None and key:
            note_id = self.editor.note.id
            self._run(lambda: self.notes_service.dismiss_flag(note_id, key))
            self._refresh_current()

    def _add_addendum(self) -> None:
        if self.editor.note is None:
            return
        note_id, text = self.editor.note.id, self.editor.addendum_text.toPlainText()
        if self._run(lambda: self.notes_service.add_addendum(note_id, text)) is not None:
            self.editor.addendum_text.clear()
            self._refresh_current()

    def _apply_to_all(self) -> None:
        if self.session_id is None:
            return
        self.editor.flush()
        session_id, key, text = (
            self.session_id,
            self.apply_section.currentData(),
            self.apply_text.toPlainText(),
        )
        if (
            self._run(lambda: self.notes_service.apply_to_all_present(session_id, key, text))
            is not None
        ):
            self.editor.note = None
            self._reload_notes()

    def on_changes(self, changes: Changes) -> None:
        if changes.sessions and not changes.notes:
            self.reload_sessions()
