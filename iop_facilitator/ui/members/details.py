"""The Members page's detail form: the member's history so far and their editable details.

Shows groups and dates, sessions attended, hours this week against the target and days in program;
the page saves the edited details through MemberService (`draft()`). Texts keep the "MembersPage"
translation context they had before the page was split.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator.domain.dates import parse_date, parse_optional_date
from iop_facilitator.domain.enums import MemberStatus, Phase, Track
from iop_facilitator.domain.members import Episode, MemberDraft, format_minutes
from iop_facilitator.services.members import MemberHistory
from iop_facilitator.ui import formatting, theme
from iop_facilitator.ui.dialog_parts import message_label
from iop_facilitator.ui.member_dialogs import (
    WARNING_STYLE,
    button,
    enum_combo,
    line_edit,
    table_view,
)
from iop_facilitator.ui.member_models import STATUS_COLOURS, EnrollmentHistoryModel
from iop_facilitator.ui.pages import heading
from iop_facilitator.ui.translated import choices, label


class MemberDetails(QWidget):
    """Facts about the member, the Move, Discharge and Hold buttons, their groups and the form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded_values: tuple[object, ...] = ()
        self.setAccessibleName(QCoreApplication.translate("MembersPage", "Member details"))
        layout = QVBoxLayout(self)
        self.detail_title = heading(QCoreApplication.translate("MembersPage", "No member selected"))
        self.status_label = QLabel()
        self.status_label.setAccessibleName(QCoreApplication.translate("MembersPage", "Status"))
        self.hours_label = QLabel()
        self.hours_label.setAccessibleName(
            QCoreApplication.translate("MembersPage", "Hours this week")
        )
        self.hours_label.setWordWrap(True)
        self.days_label = QLabel()
        self.days_label.setAccessibleName(
            QCoreApplication.translate("MembersPage", "Days in program")
        )
        self.days_label.setWordWrap(True)
        self.sessions_label = QLabel()
        self.sessions_label.setAccessibleName(
            QCoreApplication.translate("MembersPage", "Sessions attended")
        )
        facts = QFormLayout()
        facts.addRow(QCoreApplication.translate("MembersPage", "Status:"), self.status_label)
        facts.addRow(QCoreApplication.translate("MembersPage", "This week:"), self.hours_label)
        facts.addRow(QCoreApplication.translate("MembersPage", "In program:"), self.days_label)
        facts.addRow(
            QCoreApplication.translate("MembersPage", "Sessions attended:"), self.sessions_label
        )
        self.episodes_label = QLabel()
        self.episodes_label.setAccessibleName(
            QCoreApplication.translate("MembersPage", "Earlier episodes")
        )
        self.episodes_label.setWordWrap(True)
        facts.addRow(
            QCoreApplication.translate("MembersPage", "Earlier episodes:"), self.episodes_label
        )

        self.move_button = button(
            QCoreApplication.translate("MembersPage", "&Move…"),
            QCoreApplication.translate("MembersPage", "Move to another group"),
        )
        self.discharge_button = button(
            QCoreApplication.translate("MembersPage", "&Discharge…"),
            QCoreApplication.translate("MembersPage", "Discharge member"),
        )
        self.hold_button = button(
            QCoreApplication.translate("MembersPage", "Put on &hold"),
            QCoreApplication.translate("MembersPage", "Put on hold or make active again"),
        )
        actions = QHBoxLayout()
        for b in (self.move_button, self.discharge_button, self.hold_button):
            actions.addWidget(b)
        actions.addStretch(1)

        self.history_model = EnrollmentHistoryModel(self)
        self.history = table_view(QCoreApplication.translate("MembersPage", "Groups and dates"))
        self.history.setModel(self.history_model)
        self.history.setMinimumHeight(110)
        history_box = QGroupBox(QCoreApplication.translate("MembersPage", "Groups and dates"))
        QVBoxLayout(history_box).addWidget(self.history)

        layout.addWidget(self.detail_title)
        layout.addLayout(facts)
        layout.addLayout(actions)
        layout.addWidget(history_box)
        layout.addWidget(self._build_form())
        layout.addStretch(1)

    def _build_form(self) -> QGroupBox:
        edit_box = QGroupBox(QCoreApplication.translate("MembersPage", "Details"))
        form = QFormLayout(edit_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.f_preferred = line_edit(
            QCoreApplication.translate("MembersPage", "Preferred name"), "", 120
        )
        self.f_full = line_edit(QCoreApplication.translate("MembersPage", "Full name"), "", 120)
        self.f_chart = line_edit(QCoreApplication.translate("MembersPage", "Chart id"), "", 64)
        self.f_dob = line_edit(
            QCoreApplication.translate("MembersPage", "Date of birth"),
            QCoreApplication.translate("MembersPage", "YYYY-MM-DD (optional)"),
            40,
        )
        self.f_track = enum_combo(
            QCoreApplication.translate("MembersPage", "Track"), choices(Track)
        )
        self.f_phase = enum_combo(
            QCoreApplication.translate("MembersPage", "Phase"), choices(Phase)
        )
        self.f_admitted = line_edit(
            QCoreApplication.translate("MembersPage", "Admitted on"),
            QCoreApplication.translate("MembersPage", "YYYY-MM-DD"),
            40,
        )
        self.f_expected = line_edit(
            QCoreApplication.translate("MembersPage", "Expected discharge"),
            QCoreApplication.translate("MembersPage", "YYYY-MM-DD (optional)"),
            40,
        )
        self.f_note = QPlainTextEdit()
        self.f_note.setAccessibleName(
            QCoreApplication.translate("MembersPage", "Facilitator-only note")
        )
        self.f_note.setTabChangesFocus(True)
        self.f_note.setFixedHeight(56)
        self.discharge_label = QLabel()
        self.discharge_label.setAccessibleName(
            QCoreApplication.translate("MembersPage", "Discharge")
        )
        for text, widget in (
            (QCoreApplication.translate("MembersPage", "Preferred name:"), self.f_preferred),
            (QCoreApplication.translate("MembersPage", "Full name:"), self.f_full),
            (QCoreApplication.translate("MembersPage", "Chart id:"), self.f_chart),
            (QCoreApplication.translate("MembersPage", "Date of birth:"), self.f_dob),
            (QCoreApplication.translate("MembersPage", "Track:"), self.f_track),
            (QCoreApplication.translate("MembersPage", "Phase:"), self.f_phase),
            (QCoreApplication.translate("MembersPage", "Admitted on:"), self.f_admitted),
            (QCoreApplication.translate("MembersPage", "Expected discharge:"), self.f_expected),
            (QCoreApplication.translate("MembersPage", "Discharged:"), self.discharge_label),
            (QCoreApplication.translate("MembersPage", "Facilitator note:"), self.f_note),
        ):
            form.addRow(text, widget)
        self.save_button = button(
            QCoreApplication.translate("MembersPage", "&Save details"),
            QCoreApplication.translate("MembersPage", "Save member details"),
        )
        self.detail_message = message_label(
            QCoreApplication.translate("MembersPage", "Details message")
        )
        form.addRow("", self.save_button)
        form.addRow(self.detail_message)
        return edit_box

    # -- showing a member -------------------------------------------------------------------
    def set_actions_enabled(self, enabled: bool) -> None:
        for w in (self.move_button, self.discharge_button, self.hold_button, self.save_button):
            w.setEnabled(enabled)

    def clear(self) -> None:
        """No member selected: every fact and field empty."""
        self.detail_title.setText(QCoreApplication.translate("MembersPage", "No member selected"))
        for shown in (
            self.status_label,
            self.hours_label,
            self.days_label,
            self.sessions_label,
            self.discharge_label,
            self.episodes_label,
        ):
            shown.clear()
        self.history_model.set_rows([])
        for edit in (
            self.f_preferred,
            self.f_full,
            self.f_chart,
            self.f_dob,
            self.f_admitted,
            self.f_expected,
        ):
            edit.clear()
        self.f_note.clear()
        self._loaded_values = self.form_values()

    def show_history(self, h: MemberHistory) -> None:
        """The member's facts, groups and details as saved."""
        m = h.member
        self.detail_title.setText(m.preferred_name)
        self.status_label.setText(label(m.status))
        theme.tone(self.status_label, STATUS_COLOURS[m.status], bold=True)
        hours = (
            QCoreApplication.translate("MembersPage", "{done} of {target} target (below target)")
            if h.below_target
            else QCoreApplication.translate("MembersPage", "{done} of {target} target")
        )
        self.hours_label.setText(
            hours.format(
                done=format_minutes(h.minutes_this_week), target=format_minutes(h.target_minutes)
            )
        )
        theme.tone(self.hours_label, WARNING_STYLE if h.below_target else None)
        self.days_label.setText(
            (
                QCoreApplication.translate("MembersPage", "1 day (admitted {date})")
                if h.days_in_program == 1
                else QCoreApplication.translate("MembersPage", "{days} days (admitted {date})")
            ).format(days=h.days_in_program, date=formatting.date(m.admitted_on))
        )
        self.sessions_label.setText(str(h.sessions_attended))
        self.episodes_label.setText(self._earlier_episodes(h.episodes))
        self.history_model.set_rows(h.enrollments)
        discharged = m.status is MemberStatus.DISCHARGED
        self.move_button.setEnabled(not discharged)
        self.discharge_button.setEnabled(not discharged)
        self.hold_button.setEnabled(not discharged)
        self.hold_button.setText(
            QCoreApplication.translate("MembersPage", "Make &active")
            if m.status is MemberStatus.ON_HOLD
            else QCoreApplication.translate("MembersPage", "Put on &hold")
        )
        self.discharge_label.setText(
            QCoreApplication.translate("MembersPage", "{date}: {reason}").format(
                date=formatting.date(m.discharged_on),
                reason=label(m.discharge_reason) if m.discharge_reason else "",
            )
            if m.discharged_on
            else QCoreApplication.translate("MembersPage", "Not discharged")
        )
        self.f_preferred.setText(m.preferred_name)
        self.f_full.setText(m.full_name)
        self.f_chart.setText(m.chart_id)
        self.f_dob.setText(m.date_of_birth.isoformat() if m.date_of_birth else "")
        self.f_track.setCurrentIndex(self.f_track.findData(m.track.value))
        self.f_phase.setCurrentIndex(self.f_phase.findData(m.phase.value))
        self.f_admitted.setText(m.admitted_on.isoformat())
        self.f_expected.setText(m.expected_discharge.isoformat() if m.expected_discharge else "")
        self.f_note.setPlainText(m.facilitator_note)
        self._loaded_values = self.form_values()

    def _earlier_episodes(self, episodes: Iterable[Episode]) -> str:
        """Earlier admission episodes of a re-admitted member, oldest first; 'None' otherwise."""
        lines = [
            QCoreApplication.translate("MembersPage", "{start} to {end} ({reason})").format(
                start=formatting.date(e.admitted_on),
                end=formatting.date(e.discharged_on) if e.discharged_on else "?",
                reason=label(e.discharge_reason) if e.discharge_reason else "",
            )
            for e in list(episodes)[:-1]
        ]
        return "\n".join(lines) if lines else QCoreApplication.translate("MembersPage", "None")

    # -- the form ---------------------------------------------------------------------------
    def form_values(self) -> tuple[object, ...]:
        return (
            self.f_preferred.text(),
            self.f_full.text(),
            self.f_chart.text(),
            self.f_dob.text(),
            self.f_track.currentData(),
            self.f_phase.currentData(),
            self.f_admitted.text(),
            self.f_expected.text(),
            self.f_note.toPlainText(),
        )

    def changed(self) -> bool:
        """The form holds typed changes to what was last shown."""
        return self.form_values() != self._loaded_values

    def restore_form(self, values: tuple[object, ...]) -> None:
        """Put back what was typed (after a reload of the same member) and say it is not saved."""
        preferred, full, chart, dob, track, phase, admitted, expected, note = values
        for edit, text in (
            (self.f_preferred, preferred),
            (self.f_full, full),
            (self.f_chart, chart),
            (self.f_dob, dob),
            (self.f_admitted, admitted),
            (self.f_expected, expected),
        ):
            edit.setText(str(text))
        self.f_track.setCurrentIndex(self.f_track.findData(track))
        self.f_phase.setCurrentIndex(self.f_phase.findData(phase))
        self.f_note.setPlainText(str(note))
        theme.tone(self.detail_message, WARNING_STYLE)
        self.detail_message.setText(
            QCoreApplication.translate(
                "MembersPage", "Your changes to the details are not saved yet: press Save details."
            )
        )

    def draft(self) -> MemberDraft:
        """The details as typed; ValidationError names a date that cannot be read."""
        return MemberDraft(
            self.f_preferred.text(),
            self.f_full.text(),
            self.f_chart.text(),
            Track(self.f_track.currentData()),
            Phase(self.f_phase.currentData()),
            parse_date(self.f_admitted.text(), "Admitted on"),
            parse_optional_date(self.f_dob.text(), "Date of birth"),
            parse_optional_date(self.f_expected.text(), "Expected discharge"),
            self.f_note.toPlainText(),
        )
