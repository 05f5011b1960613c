"""The selected member's check-in, quick note and private jottings, saved as they are typed.

Switching member first saves what was typed for the previous one to the previous one, then loads
the next with signals blocked, so one member's words can never be saved into another's record.

Signals:
    safety_flagged(int): the safety box was ticked for this member id (the page shows the protocol).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator.domain.enums import DrugScreen, UseSinceLast
from iop_facilitator.services.sessions import RosterEntry
from iop_facilitator.ui import formatting, labels
from iop_facilitator.ui.autosave import Autosaver
from iop_facilitator.ui.i18n import QT_TRANSLATE_NOOP

NOT_ASKED = QT_TRANSLATE_NOOP("MemberPanel", "Not asked")
SCREEN_REMINDER = QT_TRANSLATE_NOOP(
    "MemberPanel", "An unexpected result needs confirmation testing before it is acted on."
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MemberPanel", text)


def _combo(name: str, choices: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.addItem(_tr(NOT_ASKED), None)
    for value, label in choices:
        combo.addItem(label, value)
    return combo


class MemberPanel(QGroupBox):
    safety_flagged = Signal(int)

    def __init__(
        self,
        save_check_in: Callable[[int, dict[str, Any]], bool],
        save_time: Callable[[int, str, dt.time], bool],
        quick_note_saver: Autosaver,
        jotting_saver: Autosaver,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Member"))
        self._save_check_in = save_check_in
        self._save_time = save_time
        self._default_start = QTime(9, 0)
        self._default_end = QTime(12, 0)
        self.quick_saver = quick_note_saver
        self.jotting_saver = jotting_saver
        self.member_id: int | None = None
        self.craving = QSpinBox()
        self.craving.setRange(-1, 10)
        self.craving.setSpecialValueText(_tr(NOT_ASKED))
        self.craving.setAccessibleName(self.tr("Craving, 0 to 10"))
        self.use = _combo(self.tr("Use since last session"), labels.choices(UseSinceLast))
        self.drug_screen = _combo(self.tr("Drug screen"), labels.choices(DrugScreen))
        self.substances = QLineEdit()
        self.substances.setAccessibleName(self.tr("Substances the screen was positive for"))
        self.substances.setPlaceholderText(self.tr("Substances (if positive)"))
        self.screen_hint = QLabel(_tr(SCREEN_REMINDER))
        self.screen_hint.setWordWrap(True)
        self.mood = QLineEdit()
        self.mood.setAccessibleName(self.tr("Mood word"))
        self.mood.setPlaceholderText(self.tr("One word, e.g. calm, tired, anxious"))
        self.safety = QCheckBox(self.tr("Safety concern: follow up after group"))
        self.safety.setAccessibleName(self.tr("Safety concern"))
        self.arrived = QTimeEdit()
        self.arrived.setDisplayFormat(formatting.time_edit_format())
        self.arrived.setAccessibleName(self.tr("Arrival time"))
        self.left = QTimeEdit()
        self.left.setDisplayFormat(formatting.time_edit_format())
        self.left.setAccessibleName(self.tr("Departure time"))
        self.quick_note = QPlainTextEdit()
        self.quick_note.setAccessibleName(self.tr("Quick note for this member"))
        self.quick_note.setPlaceholderText(
            self.tr("What they shared, how they took part (feeds the note).")
        )
        self.jotting = QPlainTextEdit()
        self.jotting.setAccessibleName(self.tr("Private jottings, not part of the chart"))
        self.jotting.setPlaceholderText(self.tr("Private: never exported unless you ask."))
        self.jotting.setMaximumHeight(90)
        times = QHBoxLayout()
        times.addWidget(QLabel(self.tr("Arrived:")))
        times.addWidget(self.arrived)
        times.addWidget(QLabel(self.tr("Left:")))
        times.addWidget(self.left)
        times.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Times:"), times)
        form.addRow(self.tr("Craving (0-10):"), self.craving)
        form.addRow(self.tr("Use since last:"), self.use)
        form.addRow(self.tr("Drug screen:"), self.drug_screen)
        form.addRow("", self.substances)
        form.addRow("", self.screen_hint)
        form.addRow(self.tr("Mood:"), self.mood)
        form.addRow("", self.safety)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Quick note (goes into this member's note):")))
        layout.addWidget(self.quick_note, 2)
        private = QLabel(
            self.tr(
                "<b>Private jottings</b>: not part of the chart (42 CFR Part 2 counseling notes)."
            )
        )
        private.setWordWrap(True)
        layout.addWidget(private)
        layout.addWidget(self.jotting, 1)
        self._wire()
        self.setEnabled(False)

    def _wire(self) -> None:
        self.craving.valueChanged.connect(
            lambda v: self._check_in({"craving": None if v < 0 else v})
        )
        self.use.currentIndexChanged.connect(
            lambda _i: self._check_in({"use_since_last": self.use.currentData()})
        )
        self.drug_screen.currentIndexChanged.connect(self._screen_changed)
        self.substances.editingFinished.connect(
            lambda: self._check_in({"screen_substances": self.substances.text()})
        )
        self.mood.editingFinished.connect(lambda: self._check_in({"mood": self.mood.text()}))
        self.safety.toggled.connect(self._safety_toggled)
        self.arrived.editingFinished.connect(lambda: self._time_changed("arrived", self.arrived))
        self.left.editingFinished.connect(lambda: self._time_changed("left", self.left))
        self.quick_note.textChanged.connect(
            lambda: self.quick_saver.changed(self.quick_note.toPlainText())
        )
        self.jotting.textChanged.connect(
            lambda: self.jotting_saver.changed(self.jotting.toPlainText())
        )

    def _check_in(self, values: dict[str, Any]) -> None:
        if self.member_id is not None:
            self._save_check_in(self.member_id, values)

    def _screen_changed(self, _index: int) -> None:
        positive = self.drug_screen.currentData() == DrugScreen.POSITIVE.value
        self.substances.setEnabled(positive)
        self.screen_hint.setVisible(positive)
        self._check_in({"drug_screen": self.drug_screen.currentData()})

    def _safety_toggled(self, checked: bool) -> None:
        self._check_in({"safety_flag": checked})
        if checked and self.member_id is not None:
            self.safety_flagged.emit(self.member_id)

    def _time_changed(self, which: str, edit: QTimeEdit) -> None:
        if self.member_id is not None and edit.isEnabled():
            self._save_time(self.member_id, which, cast(dt.time, edit.time().toPython()))

    def set_session_times(self, start: dt.datetime, end: dt.datetime) -> None:
        """What the time fields show for a member with no recorded arrival or departure."""
        self._default_start = QTime(start.hour, start.minute)
        self._default_end = QTime(end.hour, end.minute)

    def flush(self) -> bool:
        """Save anything typed but not yet saved (quick note, jottings, a half-typed mood)."""
        ok = self.quick_saver.flush() and self.jotting_saver.flush()
        if self.member_id is not None and self.mood.isModified():
            self._check_in({"mood": self.mood.text()})
            self.mood.setModified(False)
        return ok

    def show_entry(
        self,
        entry: RosterEntry | None,
        quick_target: Callable[[str], object] | None,
        jotting_target: Callable[[str], object] | None,
    ) -> None:
        """Save the previous member's text to the previous member, then load this one."""
        self.flush()
        if quick_target is not None and jotting_target is not None:
            self.quick_saver.retarget(quick_target)
            self.jotting_saver.retarget(jotting_target)
        widgets = (
            self.craving,
            self.use,
            self.drug_screen,
            self.substances,
            self.mood,
            self.safety,
            self.arrived,
            self.left,
            self.quick_note,
            self.jotting,
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.member_id = entry.member_id if entry else None
            self.setEnabled(entry is not None)
            self.setTitle(
                self.tr("Member: {name}").format(name=entry.preferred_name)
                if entry
                else self.tr("Member")
            )
            self.setAccessibleName(
                self.tr("Member {name}").format(name=entry.preferred_name)
                if entry
                else self.tr("Member")
            )
            self.craving.setValue(-1 if entry is None or entry.craving is None else entry.craving)
            self._select(
                self.use, entry.use_since_last.value if entry and entry.use_since_last else None
            )
            self._select(
                self.drug_screen, entry.drug_screen.value if entry and entry.drug_screen else None
            )
            positive = bool(entry and entry.drug_screen is DrugScreen.POSITIVE)
            self.substances.setEnabled(positive)
            self.screen_hint.setVisible(positive)
            self.substances.setText(entry.screen_substances if entry else "")
            self.mood.setText(entry.mood if entry else "")
            self.mood.setModified(False)
            self.safety.setChecked(bool(entry and entry.safety_flag))
            attended = bool(entry and entry.status and entry.status.attended)
            self.arrived.setEnabled(attended)
            self.left.setEnabled(attended)
            if entry is not None:
                self._show_times(entry)
            if self.quick_note.toPlainText() != (entry.quick_note if entry else ""):
                self.quick_note.setPlainText(entry.quick_note if entry else "")
            if self.jotting.toPlainText() != (entry.jotting if entry else ""):
                self.jotting.setPlainText(entry.jotting if entry else "")
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def update_times(self, entry: RosterEntry) -> None:
        """Refresh the time fields and their enabled state after an attendance change."""
        for widget in (self.arrived, self.left):
            widget.blockSignals(True)
        attended = bool(entry.status and entry.status.attended)
        self.arrived.setEnabled(attended)
        self.left.setEnabled(attended)
        self._show_times(entry)
        for widget in (self.arrived, self.left):
            widget.blockSignals(False)

    def _show_times(self, entry: RosterEntry) -> None:
        arrived, left = entry.arrived_at, entry.left_at
        self.arrived.setTime(
            QTime(arrived.hour, arrived.minute) if arrived else self._default_start
        )
        self.left.setTime(QTime(left.hour, left.minute) if left else self._default_end)

    @staticmethod
    def _select(combo: QComboBox, value: str | None) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)
