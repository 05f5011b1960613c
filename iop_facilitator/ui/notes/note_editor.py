"""One member's note: the format's sections, the chartable fields, checks, sign, addenda.

Text is autosaved like the session screen; switching note saves the previous note's words to
the previous note first, and loads the next with signals blocked.

Signals:
    sign_requested(int): the facilitator pressed Sign on this note id.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator.domain.enums import Risk, StageOfChange
from iop_facilitator.services.notes import PARTICIPATION_LEVELS, PARTICIPATION_QUALITIES, MemberNote
from iop_facilitator.ui import labels
from iop_facilitator.ui.a11y import tab_order
from iop_facilitator.ui.autosave import Autosaver
from iop_facilitator.ui.i18n import QT_TRANSLATE_NOOP
from iop_facilitator.ui.messages import localized

NOT_SET = QT_TRANSLATE_NOOP("NoteEditor", "Choose...")
# The core stores these English words; the combo boxes show their translations.
PARTICIPATION_WORDS = {
    "active": QT_TRANSLATE_NOOP("NoteEditor", "Active"),
    "variable": QT_TRANSLATE_NOOP("NoteEditor", "Variable"),
    "responsive only": QT_TRANSLATE_NOOP("NoteEditor", "Responsive only"),
    "minimal": QT_TRANSLATE_NOOP("NoteEditor", "Minimal"),
    "withdrawn": QT_TRANSLATE_NOOP("NoteEditor", "Withdrawn"),
    "none": QT_TRANSLATE_NOOP("NoteEditor", "None"),
    "supportive": QT_TRANSLATE_NOOP("NoteEditor", "Supportive"),
    "sharing": QT_TRANSLATE_NOOP("NoteEditor", "Sharing"),
    "attentive": QT_TRANSLATE_NOOP("NoteEditor", "Attentive"),
    "intrusive": QT_TRANSLATE_NOOP("NoteEditor", "Intrusive"),
    "monopolising": QT_TRANSLATE_NOOP("NoteEditor", "Monopolising"),
    "resistant": QT_TRANSLATE_NOOP("NoteEditor", "Resistant"),
}


def _word(value: str) -> str:
    english = PARTICIPATION_WORDS.get(value)
    return QCoreApplication.translate("NoteEditor", english) if english else value.capitalize()


def _combo(name: str, choices: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.addItem(QCoreApplication.translate("NoteEditor", NOT_SET), None)
    for value, label in choices:
        combo.addItem(label, value)
    return combo


def _score(name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(-1, 10)
    spin.setSpecialValueText(QCoreApplication.translate("NoteEditor", "Not rated"))
    spin.setAccessibleName(name)
    return spin


class NoteEditor(QScrollArea):
    sign_requested = Signal(int)

    def __init__(
        self,
        save: Callable[[int, dict[str, Any]], bool],
        make_saver: Callable[[], Autosaver],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._make_saver = make_saver
        self.note: MemberNote | None = None
        self.section_edits: dict[str, QPlainTextEdit] = {}
        self.section_savers: dict[str, Autosaver] = {}
        body = QWidget()
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.title = QLabel("")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.facts = QLabel("")
        self.facts.setWordWrap(True)
        self.facts.setAccessibleName(self.tr("Attendance facts"))
        self.sections_box = QGroupBox(self.tr("Note"))
        self.sections_layout = QVBoxLayout(self.sections_box)
        self.level = _combo(
            self.tr("Participation level"), [(v, _word(v)) for v in PARTICIPATION_LEVELS]
        )
        self.quality = _combo(
            self.tr("Participation quality"), [(v, _word(v)) for v in PARTICIPATION_QUALITIES]
        )
        self.affect = QLineEdit()
        self.affect.setAccessibleName(self.tr("Affect"))
        self.risk = _combo(self.tr("Risk"), labels.choices(Risk))
        self.follow_up = QLineEdit()
        self.follow_up.setAccessibleName(self.tr("Risk follow-up"))
        self.follow_up.setPlaceholderText(
            self.tr("What you did: safety plan, supervisor told, referral...")
        )
        self.stage = _combo(self.tr("Stage of change"), labels.choices(StageOfChange))
        self.importance = _score(self.tr("Importance, 0 to 10"))
        self.confidence = _score(self.tr("Confidence, 0 to 10"))
        self.goal = QLineEdit()
        self.goal.setAccessibleName(self.tr("Treatment-plan goal addressed"))
        fields = QFormLayout()
        fields.addRow(self.tr("Participation:"), self._pair(self.level, self.quality))
        fields.addRow(self.tr("Affect:"), self.affect)
        fields.addRow(self.tr("Risk:"), self.risk)
        fields.addRow(self.tr("Follow-up:"), self.follow_up)
        fields.addRow(self.tr("Stage of change:"), self.stage)
        fields.addRow(
            self.tr("Importance / confidence:"), self._pair(self.importance, self.confidence)
        )
        fields.addRow(self.tr("Goal addressed:"), self.goal)
        self.fields_box = QGroupBox(self.tr("Chartable details"))
        self.fields_box.setLayout(fields)
        self.missing = QLabel("")
        self.missing.setWordWrap(True)
        self.missing.setAccessibleName(self.tr("What the note still needs"))
        self.flags = QListWidget()
        self.flags.setAccessibleName(self.tr("Other members' names found in this note"))
        self.flags.setMaximumHeight(90)
        self.replace_button = QPushButton(self.tr("Replace names with 'a peer'"))
        self.replace_button.setAccessibleName(self.tr("Replace other members' names with a peer"))
        self.dismiss_button = QPushButton(self.tr("Not a person: dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the selected flag"))
        self.flags_box = QGroupBox(self.tr("Confidentiality check"))
        flags_layout = QVBoxLayout(self.flags_box)
        flags_layout.addWidget(self.flags)
        flags_layout.addWidget(self._pair(self.replace_button, self.dismiss_button))
        self.sign_button = QPushButton(self.tr("Sign note..."))
        self.sign_button.setAccessibleName(self.tr("Sign this note"))
        self.sign_button.setToolTip(self.tr("Lock the note under your name (Ctrl+Shift+S)"))
        self.signature = QLabel("")
        self.signature.setWordWrap(True)
        self.signature.setAccessibleName(self.tr("Signature"))
        self.addenda = QLabel("")
        self.addenda.setWordWrap(True)
        self.addenda.setAccessibleName(self.tr("Addenda"))
        self.addendum_text = QPlainTextEdit()
        self.addendum_text.setAccessibleName(self.tr("New addendum"))
        self.addendum_text.setPlaceholderText(
            self.tr("A dated addendum (the signed note itself cannot change).")
        )
        self.addendum_text.setMaximumHeight(80)
        self.addendum_button = QPushButton(self.tr("Add addendum"))
        self.addendum_button.setAccessibleName(self.tr("Add addendum"))
        self.addenda_box = QGroupBox(self.tr("Addenda"))
        addenda_layout = QVBoxLayout(self.addenda_box)
        addenda_layout.addWidget(self.addenda)
        addenda_layout.addWidget(self.addendum_text)
        addenda_layout.addWidget(self.addendum_button)
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.signature)
        layout.addWidget(self.missing)
        layout.addWidget(self.sections_box)
        layout.addWidget(self.fields_box)
        layout.addWidget(self.flags_box)
        layout.addWidget(self.sign_button)
        layout.addWidget(self.addenda_box)
        layout.addStretch(1)
        self._wire()
        self.setEnabled(False)

    @staticmethod
    def _pair(a: QWidget, b: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(a)
        row.addWidget(b)
        return box

    def _wire(self) -> None:
        def field(name: str, value: Any) -> None:
            if self.note is not None:
                self._save(self.note.id, {name: value})

        self.level.currentIndexChanged.connect(
            lambda _i: field("participation_level", self.level.currentData())
        )
        self.quality.currentIndexChanged.connect(
            lambda _i: field("participation_quality", self.quality.currentData())
        )
        self.risk.currentIndexChanged.connect(lambda _i: field("risk", self.risk.currentData()))
        self.stage.currentIndexChanged.connect(
            lambda _i: field("stage_of_change", self.stage.currentData())
        )
        self.importance.valueChanged.connect(lambda v: field("importance", None if v < 0 else v))
        self.confidence.valueChanged.connect(lambda v: field("confidence", None if v < 0 else v))
        self.affect.editingFinished.connect(lambda: field("affect", self.affect.text()))
        self.follow_up.editingFinished.connect(
            lambda: field("risk_follow_up", self.follow_up.text())
        )
        self.goal.editingFinished.connect(lambda: field("goal", self.goal.text()))
        self.sign_button.clicked.connect(self._sign_clicked)

    def _sign_clicked(self) -> None:
        if self.note:
            self.sign_requested.emit(int(self.note.id))

    def _line_edits(self) -> tuple[QLineEdit, ...]:
        return (self.affect, self.follow_up, self.goal)

    def flush(self) -> bool:
        ok = all(saver.flush() for saver in self.section_savers.values())
        if self.note is not None and not self.note.signed:
            for edit, name in zip(
                self._line_edits(), ("affect", "risk_follow_up", "goal"), strict=True
            ):
                if edit.isModified():
                    edit.setModified(False)
                    ok = self._save(self.note.id, {name: edit.text()}) and ok
        return ok

    def show_note(
        self,
        note: MemberNote | None,
        missing: list[str],
        flags: list[tuple[str, str, str]],
        signature: str,
        addenda: str,
    ) -> None:
        """Load a note.

        `flags` are (key, field, name text); `signature` and `addenda` are display text.
        """
        same_note = self.note is not None and note is not None and self.note.id == note.id
        if not same_note:
            self.flush()
        self.note = note
        self.setEnabled(note is not None)
        if note is None:
            self.title.setText(self.tr("No note selected"))
            return
        self.title.setText(f"{note.preferred_name} ({note.chart_id})")
        attendance = labels.label(note.attendance, self.tr("Not marked"))
        self.facts.setText(
            self.tr("{attendance}, {minutes} minutes. Format: {format}.").format(
                attendance=attendance, minutes=note.minutes, format=note.format.name
            )
        )
        if not same_note:
            self._build_sections(note)
        self._load_fields(note)
        self.missing.setText(
            self.tr("Ready to sign.")
            if not missing and not note.signed
            else (
                ""
                if note.signed
                else self.tr("Still needed: {items}.").format(
                    items="; ".join(localized(m) for m in missing)
                )
            )
        )
        self.flags.clear()
        for key, field, text in flags:
            self.flags.addItem(self.tr("'{name}' in {field}").format(name=text, field=field))
            self.flags.item(self.flags.count() - 1).setData(256, key)
        self.flags_box.setTitle(
            self.tr("Confidentiality check: no other member named")
            if not flags
            else QCoreApplication.translate(
                "NoteEditor", "Confidentiality check: %n other member name(s) found", "", len(flags)
            )
        )
        self.replace_button.setEnabled(bool(flags) and not note.signed)
        self.dismiss_button.setEnabled(bool(flags) and not note.signed)
        self.signature.setText(signature)
        self.sign_button.setVisible(not note.signed)
        self.sign_button.setEnabled(not missing and not flags)
        self.addenda_box.setVisible(note.signed)
        self.addenda.setText(addenda or self.tr("No addenda."))
        read_only = note.signed
        for edit in self.section_edits.values():
            edit.setReadOnly(read_only)
        for widget in self._field_widgets():
            widget.setEnabled(not read_only)

    def _field_widgets(self) -> tuple[QWidget, ...]:
        """The note's fields besides its format's sections, top to bottom."""
        return (
            self.level,
            self.quality,
            self.risk,
            self.stage,
            self.importance,
            self.confidence,
            self.affect,
            self.follow_up,
            self.goal,
        )

    def _build_sections(self, note: MemberNote) -> None:
        while self.sections_layout.count():
            item = self.sections_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        for saver in self.section_savers.values():
            saver.deleteLater()
        self.section_edits, self.section_savers = {}, {}
        note_id = note.id
        for section in note.format.sections:
            label = QLabel(
                f"<b>{section.title}</b>" + (f": {section.hint}" if section.hint else "")
            )
            label.setWordWrap(True)
            edit = QPlainTextEdit()
            edit.setAccessibleName(self.tr("{section} section").format(section=section.title))
            edit.setMinimumHeight(70)
            edit.setMaximumHeight(150)
            edit.setPlainText(note.sections.get(section.key, ""))
            saver = self._make_saver()
            key = section.key
            saver.retarget(self._section_target(note_id, key))
            edit.textChanged.connect(lambda e=edit, s=saver: s.changed(e.toPlainText()))
            self.sections_layout.addWidget(label)
            self.sections_layout.addWidget(edit)
            self.section_edits[key] = edit
            self.section_savers[key] = saver
        # The sections are built after the fields below them: Tab still goes top to bottom.
        anchor = self.level.previousInFocusChain()
        while (
            anchor is not None
            and anchor is not self
            and anchor.focusPolicy() == Qt.FocusPolicy.NoFocus
        ):
            anchor = anchor.previousInFocusChain()
        if anchor is not None:
            tab_order(anchor, *self.section_edits.values())

    def _section_target(self, note_id: int, key: str) -> Callable[[str], object]:
        """Where a section's autosaver sends its text: that section of that note."""
        return lambda text: self._save(note_id, {"sections": {key: text}})

    def _load_fields(self, note: MemberNote) -> None:
        widgets = (*self._field_widgets(), *self.section_edits.values())
        for w in widgets:
            w.blockSignals(True)
        try:
            for combo, value in (
                (self.level, note.participation_level),
                (self.quality, note.participation_quality),
                (self.risk, note.risk),
                (self.stage, note.stage_of_change),
            ):
                index = combo.findData(value)
                combo.setCurrentIndex(index if index >= 0 else 0)
            self.importance.setValue(-1 if note.importance is None else note.importance)
            self.confidence.setValue(-1 if note.confidence is None else note.confidence)
            for edit, value in (
                (self.affect, note.affect or ""),
                (self.follow_up, note.risk_follow_up),
                (self.goal, note.goal),
            ):
                if not edit.isModified():
                    edit.setText(value)
            for key, section_edit in self.section_edits.items():
                saver = self.section_savers[key]
                if not saver.dirty and section_edit.toPlainText() != note.sections.get(key, ""):
                    section_edit.setPlainText(note.sections.get(key, ""))
        finally:
            for w in widgets:
                w.blockSignals(False)

    def selected_flag_key(self) -> str | None:
        item = self.flags.currentItem() or (self.flags.item(0) if self.flags.count() else None)
        return None if item is None else str(item.data(256))
