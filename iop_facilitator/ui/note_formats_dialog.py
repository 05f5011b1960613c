"""Settings > Note formats: the built-in formats (read-only) and the clinic's own.

A format's sections are read whenever a note is shown or exported, so a format that notes use
can never change; a clinic format can be deleted only while nothing uses it.
"""

from __future__ import annotations

import html
import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.notes import FORMAT_MAX_SECTIONS, FORMAT_MIN_SECTIONS
from iop_facilitator.services.note_formats import FormatInfo
from iop_facilitator.ui import theme
from iop_facilitator.ui.controller import Controller
from iop_facilitator.ui.messages import explain

ERROR_STYLE = "error"  # a theme tone (ui/theme.py)
KEY_ROLE = Qt.ItemDataRole.UserRole


class NoteFormatsDialog(QDialog):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Note formats"))
        self.setAccessibleName(self.tr("Note formats"))
        self.infos: dict[str, FormatInfo] = {}
        intro = QLabel(
            self.tr(
                "Each group writes its notes in one format. The built-in formats cannot change; "
                "add your own when your county or payer asks for another (for example SIRP)."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Note formats"))
        self.list.setFixedWidth(190)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Sections of the chosen format"))
        self.details.setMinimumWidth(380)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("About the chosen format"))
        self.add_button = QPushButton(self.tr("&Add format…"))
        self.add_button.setAccessibleName(self.tr("Add format"))
        self.add_button.setToolTip(self.tr("Define a new note format: its name and sections"))
        self.delete_button = QPushButton(self.tr("&Delete format"))
        self.delete_button.setAccessibleName(self.tr("Delete format"))
        self.delete_button.setToolTip(self.tr("Only a clinic format that nothing uses"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        close.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(self.details, 1)
        right.addWidget(self.status)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.add_button.clicked.connect(self.add_format)
        self.delete_button.clicked.connect(self.delete_format)
        controller.changed.connect(self._on_changes)
        self.resize(760, 460)
        default = next((k for k, i in self._load().items() if i.is_default), None)
        self.reload(select=default)

    def reload(self, select: str | None = None) -> None:
        keep = select or self.current_key()
        self.infos = self._load()
        self.list.clear()
        for info in self.infos.values():
            kind = self.tr("built in") if info.builtin else self.tr("this clinic's")
            item = QListWidgetItem(self.tr("{key} ({kind})").format(key=info.format.key, kind=kind))
            item.setData(KEY_ROLE, info.format.key)
            self.list.addItem(item)
            if info.format.key == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_current()

    def _load(self) -> dict[str, FormatInfo]:
        return {i.format.key: i for i in self.controller.clinic.note_formats.list()}

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(KEY_ROLE)) if item is not None else None

    def _show_current(self) -> None:
        info = self.infos.get(self.current_key() or "")
        if info is None:
            self.details.clear()
            self.status.clear()
            self.delete_button.setEnabled(False)
            return
        parts = [f"<h3>{html.escape(info.format.name)}</h3><ol>"]
        for section in info.format.sections:
            hint = f"<br/><i>{html.escape(section.hint)}</i>" if section.hint else ""
            shared = (
                " " + html.escape(self.tr("(may be written once for everyone present)"))
                if section.shared
                else ""
            )
            parts.append(f"<li><b>{html.escape(section.title)}</b>{shared}{hint}</li>")
        parts.append("</ol>")
        self.details.setHtml("".join(parts))
        self.delete_button.setEnabled(info.deletable)
        self.status.setText(self._status(info))

    def _status(self, info: FormatInfo) -> str:
        if info.builtin:
            text = self.tr("Built in: it cannot be changed or deleted.")
        elif info.notes:
            text = self.tr(
                "Used by %n note(s): it stays as it is, so signed notes never change.",
                "",
                info.notes,
            )
        elif info.groups:
            text = self.tr("A group or session uses it, so it cannot be deleted.")
        elif info.is_default:
            text = self.tr("It is the default format for new groups, so it cannot be deleted.")
        else:
            text = self.tr("Not used yet: it can still be deleted.")
        if info.is_default and (info.builtin or info.notes or info.groups):
            text += " " + self.tr("It is the default format for new groups.")
        return text

    def add_format(self) -> None:
        dialog = AddFormatDialog(self.controller, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.added:
            self.reload(select=dialog.added)

    def delete_format(self) -> None:
        key = self.current_key()
        if key is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete format"),
            self.tr("Delete the note format {key}? No note uses it.").format(key=key),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.controller.run(self, lambda: self.controller.clinic.note_formats.delete(key))

    def _on_changes(self, changes: Changes) -> None:
        if changes.settings or changes.notes or changes.groups:
            self.reload()

    def done(self, result: int) -> None:
        self.controller.changed.disconnect(self._on_changes)
        super().done(result)


class AddFormatDialog(QDialog):
    """A new format: a short name and 2 to 8 sections, in order, each with a one-line hint."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.added: str | None = None
        self.setWindowTitle(self.tr("Add a note format"))
        self.setAccessibleName(self.tr("Add a note format"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Format name"))
        self.name.setPlaceholderText(self.tr("A short name, e.g. SIRP"))
        self.name.setMaxLength(12)
        self.name.setMaximumWidth(200)
        intro = QLabel(
            self.tr(
                "Write the sections in the order the note shows them, each with a one-line hint "
                "for whoever writes the note. Between {low} and {high} sections; one must be "
                "called Plan, because every chartable note shows the member's plan."
            ).format(low=FORMAT_MIN_SECTIONS, high=FORMAT_MAX_SECTIONS)
        )
        intro.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.addWidget(QLabel(self.tr("Section")), 0, 1)
        self.grid.addWidget(QLabel(self.tr("Hint (one line)")), 0, 2)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 3)
        self.rows: list[tuple[QLabel, QLineEdit, QLineEdit]] = []
        self.add_row_button = QPushButton(self.tr("Add a &section"))
        self.add_row_button.setAccessibleName(self.tr("Add a section"))
        self.add_row_button.clicked.connect(lambda: self.add_row())
        self.error = QLabel()
        self.error.setWordWrap(True)
        theme.tone(self.error, ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Problem with this format"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save format"))
        save.setAccessibleName(self.tr("Save format"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(intro)
        layout.addLayout(self.grid)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_row_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        for _ in range(3):
            self.add_row()
        self.add_row(self.tr("Plan"), self.tr("Next steps, homework, next session, referrals."))
        self.resize(640, 420)
        self._fix_tab_order()

    def add_row(self, title: str = "", hint: str = "") -> None:
        if len(self.rows) >= FORMAT_MAX_SECTIONS:
            return
        number = len(self.rows) + 1
        label = QLabel(self.tr("{n}.").format(n=number))
        title_edit = QLineEdit(title)
        title_edit.setAccessibleName(self.tr("Section {n} name").format(n=number))
        title_edit.setMaxLength(40)
        hint_edit = QLineEdit(hint)
        hint_edit.setAccessibleName(self.tr("Section {n} hint").format(n=number))
        hint_edit.setMaxLength(200)
        self.grid.addWidget(label, number, 0)
        self.grid.addWidget(title_edit, number, 1)
        self.grid.addWidget(hint_edit, number, 2)
        self.rows.append((label, title_edit, hint_edit))
        self.add_row_button.setEnabled(len(self.rows) < FORMAT_MAX_SECTIONS)
        if self.isVisible():
            self._fix_tab_order()
            title_edit.setFocus()

    def _fix_tab_order(self) -> None:
        """Name, then each row's section and hint in order, then the buttons below."""
        chain: list[QWidget] = [self.name]
        for _label, title, hint in self.rows:
            chain += [title, hint]
        chain += [
            self.add_row_button,
            self.buttons.button(QDialogButtonBox.StandardButton.Save),
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def sections(self) -> list[tuple[str, str]]:
        return [(title.text(), hint.text()) for _label, title, hint in self.rows]

    def save(self) -> None:
        formats = self.controller.clinic.note_formats
        name, sections = self.name.text(), self.sections()
        result, error = self.controller.attempt(lambda: formats.add(name, sections))
        if error is not None:
            self.error.setText(explain(error))
            (self.name if getattr(error, "field", "") == "name" else self.rows[0][1]).setFocus()
            return
        assert result is not None
        self.added = result[0]
        self.accept()
