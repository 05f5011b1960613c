"""Settings > Program settings: a form generated from `services.settings.SPECS`.

A new SettingSpec shows up here without UI code: its type (and `kind`) chooses the editor. The
security panel edits its own keys, per-machine keys are not clinic settings. Values are checked
by the service; a refused value stays as typed, with the reason under its field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator.domain.changes import Changes
from iop_facilitator.services.settings import SPECS, SettingSpec
from iop_facilitator.ui import theme
from iop_facilitator.ui.controller import Controller
from iop_facilitator.ui.i18n import QT_TRANSLATE_NOOP
from iop_facilitator.ui.messages import explain

ERROR_STYLE = "error"  # a theme tone (ui/theme.py)
HINT_STYLE = "color: palette(placeholder-text);"


# The labels, hints and choice labels of services.settings.SPECS, for lupdate (the core is
# Qt-free, so its English texts are listed here; a test checks none is missing).
SPEC_TEXTS = (
    QT_TRANSLATE_NOOP("SettingSpec", "Clinic name"),
    QT_TRANSLATE_NOOP("SettingSpec", "Program name"),
    QT_TRANSLATE_NOOP("SettingSpec", "Default note format"),
    QT_TRANSLATE_NOOP(
        "SettingSpec", "The format new groups start with; each group can choose its own."
    ),
    QT_TRANSLATE_NOOP("SettingSpec", "Billing codes"),
    QT_TRANSLATE_NOOP("SettingSpec", "The codes offered for a group, separated by commas."),
    QT_TRANSLATE_NOOP("SettingSpec", "Lock after idle minutes"),
    QT_TRANSLATE_NOOP("SettingSpec", "Backup folder"),
    QT_TRANSLATE_NOOP(
        "SettingSpec",
        "An existing folder the app can write to. Empty: backups stay in the data folder.",
    ),
    QT_TRANSLATE_NOOP("SettingSpec", "42 CFR Part 2 notice on exports"),
    QT_TRANSLATE_NOOP("SettingSpec", "Safety protocol"),
    QT_TRANSLATE_NOOP("SettingSpec", "Shown when a member is flagged at risk during a session."),
    QT_TRANSLATE_NOOP("SettingSpec", "Notes due within (hours)"),
    QT_TRANSLATE_NOOP("SettingSpec", "Warn above this group size"),
    QT_TRANSLATE_NOOP("SettingSpec", "Include date of birth on exports"),
    QT_TRANSLATE_NOOP("SettingSpec", "Paper size"),
    QT_TRANSLATE_NOOP("SettingSpec", "US Letter"),
    QT_TRANSLATE_NOOP("SettingSpec", "A4"),
    QT_TRANSLATE_NOOP("SettingSpec", "Language"),
    QT_TRANSLATE_NOOP("SettingSpec", "System language"),
    QT_TRANSLATE_NOOP("SettingSpec", "English"),
    QT_TRANSLATE_NOOP("SettingSpec", "Español"),
    QT_TRANSLATE_NOOP("SettingSpec", "Appearance"),
    QT_TRANSLATE_NOOP("SettingSpec", "Follow the system"),
    QT_TRANSLATE_NOOP("SettingSpec", "Light"),
    QT_TRANSLATE_NOOP("SettingSpec", "Dark"),
    QT_TRANSLATE_NOOP("SettingSpec", "High contrast"),
    QT_TRANSLATE_NOOP(
        "SettingSpec", "Colours of the app; high contrast is easiest to read in a bright room."
    ),
)


def spec_text(text: str) -> str:
    """A label or choice label from a SettingSpec, translated (context "SettingSpec")."""
    return QCoreApplication.translate("SettingSpec", text) if text else text


def form_specs() -> list[SettingSpec]:
    """The settings this form edits: every program-wide one the security panel does not own."""
    return [s for s in SPECS if s.panel == "program"]


class FieldEditor:
    """One setting's editor: a widget (or row of widgets), read and written as the spec's type."""

    def __init__(
        self,
        spec: SettingSpec,
        widget: QWidget,
        focus: QWidget,
        get: Callable[[], Any],
        put: Callable[[Any], None],
        changed: Any,
    ) -> None:
        self.spec = spec
        self.widget = widget
        self.focus = focus
        self.get = get
        self.put = put
        self.changed = changed
        self.error = QLabel()
        self.error.setWordWrap(True)
        theme.tone(self.error, ERROR_STYLE)
        self.error.setVisible(False)


class ProgramSettings(QGroupBox):
    """Editable program settings with Save / Undo; emits `formats_requested` for the dialog."""

    formats_requested = Signal()

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Program settings"))
        self.setAccessibleName(self.tr("Program settings"))
        self.controller = controller
        self.saved: dict[str, Any] = {}
        self.editors: dict[str, FieldEditor] = {}
        self._loading = False
        outer = QVBoxLayout(self)
        # A grid, not a QFormLayout: the form's rows overlapped when a wrapped error appeared
        # inside the scroll area (QFormLayout's height-for-width is unreliable there).
        self.form = QGridLayout()
        self.form.setColumnStretch(1, 1)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        outer.addLayout(self.form)
        line_height = QLineEdit().sizeHint().height()
        for spec in form_specs():
            editor = self._editor(spec)
            self.editors[spec.key] = editor
            label = spec_text(spec.label)
            editor.focus.setAccessibleName(label)
            if spec.hint:
                editor.focus.setAccessibleDescription(spec_text(spec.hint))
                editor.focus.setToolTip(spec_text(spec.hint))
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(editor.widget)
            if spec.hint:
                hint = QLabel(spec_text(spec.hint))
                hint.setWordWrap(True)
                hint.setStyleSheet(HINT_STYLE)
                column.addWidget(hint)
            column.addWidget(editor.error)
            row = self.form.rowCount()
            if spec.type is not bool:
                row_label = QLabel(self.tr("{label}:").format(label=label))
                row_label.setBuddy(editor.focus)
                # level with the first line of the field, whatever its height
                row_label.setMinimumHeight(line_height)
                row_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.form.addWidget(row_label, row, 0, Qt.AlignmentFlag.AlignTop)
            self.form.addWidget(cell, row, 1)
            editor.changed.connect(self._on_edit)
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.setAccessibleName(self.tr("Save settings"))
        self.save_button.setToolTip(self.tr("Save the changed program settings"))
        self.undo_button = QPushButton(self.tr("&Undo changes"))
        self.undo_button.setAccessibleName(self.tr("Undo changes"))
        self.undo_button.setToolTip(self.tr("Put back the saved values"))
        self.formats_button = QPushButton(self.tr("Note &formats…"))
        self.formats_button.setAccessibleName(self.tr("Note formats"))
        self.formats_button.setToolTip(
            self.tr("See the built-in note formats and add your clinic's own")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.formats_button)
        outer.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Program settings message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.message)
        self.message.setVisible(False)
        self.save_button.clicked.connect(self.save)
        self.undo_button.clicked.connect(self.undo)
        self.formats_button.clicked.connect(self.formats_requested.emit)
        self.reload()

    # -- building ---------------------------------------------------------------------------
    def _editor(self, spec: SettingSpec) -> FieldEditor:
        if spec.kind == "note_format":
            return self._format_editor(spec)
        if spec.type is bool:
            check = QCheckBox(spec_text(spec.label))
            return FieldEditor(
                spec,
                check,
                check,
                check.isChecked,
                lambda v: check.setChecked(bool(v)),
                check.toggled,
            )
        if spec.type is int:
            spin = QSpinBox()
            spin.setRange(
                spec.minimum if spec.minimum is not None else -1_000_000,
                spec.maximum if spec.maximum is not None else 1_000_000,
            )
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            spin.setMinimumWidth(110)
            return FieldEditor(
                spec, spin, spin, spin.value, lambda v: spin.setValue(int(v)), spin.valueChanged
            )
        if spec.choices:
            combo = QComboBox()
            for value in spec.choices:
                combo.addItem(spec_text(spec.choice_label(value)), value)
            combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            return FieldEditor(
                spec,
                combo,
                combo,
                combo.currentData,
                lambda v: combo.setCurrentIndex(max(0, combo.findData(v))),
                combo.currentIndexChanged,
            )
        if spec.type is list:
            line = QLineEdit()
            line.setPlaceholderText(self.tr("Separate them with commas"))
            return FieldEditor(
                spec,
                line,
                line,
                lambda: [part.strip() for part in line.text().split(",") if part.strip()],
                lambda v: line.setText(", ".join(v)),
                line.textChanged,
            )
        if spec.kind == "multiline":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)  # Tab moves on, as everywhere else in the form
            text.setFixedHeight(text.fontMetrics().lineSpacing() * 5 + 12)
            return FieldEditor(
                spec,
                text,
                text,
                lambda: text.toPlainText(),
                lambda v: text.setPlainText(str(v)),
                text.textChanged,
            )
        line = QLineEdit()
        if spec.kind == "folder":
            return self._folder_editor(spec, line)
        return FieldEditor(
            spec, line, line, lambda: line.text(), lambda v: line.setText(str(v)), line.textChanged
        )

    def _folder_editor(self, spec: SettingSpec, line: QLineEdit) -> FieldEditor:
        line.setPlaceholderText(self.tr("Empty: inside the data folder"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.setAccessibleName(
            self.tr("Choose {label}").format(label=spec_text(spec.label).lower())
        )
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(line, 1)
        layout.addWidget(choose)

        def pick() -> None:
            chosen = QFileDialog.getExistingDirectory(
                self, spec_text(spec.label), line.text() or str(self.controller.clinic.paths.root)
            )
            if chosen:
                line.setText(chosen)

        choose.clicked.connect(pick)
        self.choose_folder_button = choose
        return FieldEditor(
            spec, row, line, lambda: line.text(), lambda v: line.setText(str(v)), line.textChanged
        )

    def _format_editor(self, spec: SettingSpec) -> FieldEditor:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.format_combo = combo
        self._fill_formats()
        return FieldEditor(
            spec,
            combo,
            combo,
            combo.currentData,
            lambda v: combo.setCurrentIndex(max(0, combo.findData(v))),
            combo.currentIndexChanged,
        )

    def _fill_formats(self) -> None:
        combo = self.format_combo
        keep = combo.currentData()
        was = self._loading
        self._loading = True
        combo.clear()
        # Names only: the formats' use counts (note_formats.list) are for the formats dialog.
        for key, name in self.controller.clinic.groups.note_formats():
            combo.addItem(name, key)
        if keep is not None:
            combo.setCurrentIndex(max(0, combo.findData(keep)))
        self._loading = was

    # -- state ------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {key: editor.get() for key, editor in self.editors.items()}

    def changed_values(self) -> dict[str, Any]:
        return {k: v for k, v in self.values().items() if v != self.saved.get(k)}

    def is_dirty(self) -> bool:
        return bool(self.changed_values())

    def _on_edit(self, *_args: object) -> None:
        if self._loading:
            return
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.undo_button.setEnabled(dirty)
        if dirty:
            self._say("")

    def reload(self) -> None:
        """Show the saved values; a field with unsaved typing keeps what was typed."""
        stored = self.controller.clinic.settings.all()
        typed = self.changed_values() if self.saved else {}
        self._loading = True
        self._fill_formats()
        for key, editor in self.editors.items():
            if key not in typed:
                editor.put(stored[key])
        self.saved = {key: stored[key] for key in self.editors}
        self._loading = False
        self._on_edit()

    def undo(self) -> None:
        self._clear_errors()
        self._loading = True
        for key, editor in self.editors.items():
            editor.put(self.saved[key])
        self._loading = False
        self._on_edit()
        self._say(self.tr("Changes undone: the saved settings are shown."))

    def _clear_errors(self) -> None:
        for editor in self.editors.values():
            editor.error.clear()
            editor.error.setVisible(False)

    def save(self) -> bool:
        changed = self.changed_values()
        if not changed:
            return True
        self._clear_errors()
        settings = self.controller.clinic.settings
        _result, error = self.controller.attempt(lambda: settings.update(changed))
        if error is not None:
            text = explain(error)
            editor = self.editors.get(getattr(error, "field", ""))
            if editor is not None:
                editor.error.setText(text)
                editor.error.setVisible(True)
                editor.focus.setFocus()
            if editor is not None:
                self._say(
                    self.tr("Nothing was saved: please check {label} above.").format(
                        label=spec_text(editor.spec.label)
                    ),
                    error=True,
                )
            else:
                self._say(self.tr("Nothing was saved: {reason}").format(reason=text), error=True)
            return False
        restart = [self.editors[k].spec for k in changed if self.editors[k].spec.applies_on_restart]
        if restart:
            self._say(
                self.tr(
                    "Settings saved. {what}: the change takes effect the next time the app opens."
                ).format(what=", ".join(spec_text(s.label) for s in restart))
            )
        else:
            self._say(self.tr("Settings saved."))
        return True

    def _say(self, text: str, *, error: bool = False) -> None:
        theme.tone(self.message, ERROR_STYLE if error else None)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def on_changes(self, changes: Changes) -> None:
        if changes.settings:
            self.reload()
