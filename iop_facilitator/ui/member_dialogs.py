"""Admit, move and discharge dialogs. They validate nothing themselves: the services do, and a
refusal is shown in plain words inside the dialog, with nothing saved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator.domain.dates import parse_optional_date
from iop_facilitator.domain.enums import DischargeReason, Phase, Track
from iop_facilitator.domain.ids import GroupId, MemberId
from iop_facilitator.domain.members import MemberDraft
from iop_facilitator.errors import UserFacingError, ValidationError
from iop_facilitator.services.members import ReadmissionOffer
from iop_facilitator.ui import formatting, theme
from iop_facilitator.ui.a11y import children_last
from iop_facilitator.ui.controller import Controller
from iop_facilitator.ui.dialog_parts import message_label, ok_cancel_buttons
from iop_facilitator.ui.messages import localized
from iop_facilitator.ui.translated import choices

ERROR_STYLE = "error"  # theme tones (ui/theme.py), readable in light, dark and high contrast
WARNING_STYLE = "warning"


def button(text: str, name: str, tip: str = "") -> QPushButton:
    b = QPushButton(text)
    b.setAccessibleName(name)
    if tip:
        b.setToolTip(tip)
        b.setAccessibleDescription(tip)
    return b


def table_view(name: str) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def date_edit(name: str, value: dt.date, maximum: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setAccessibleName(name)
    if maximum is not None:
        edit.setMaximumDate(QDate(maximum.year, maximum.month, maximum.day))
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


def enum_combo(name: str, choices: list[tuple[str, str]], placeholder: str = "") -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    if placeholder:
        combo.addItem(placeholder, None)
    for value, label in choices:
        combo.addItem(label, value)
    return combo


def line_edit(name: str, placeholder: str = "", max_length: int = 200) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(max_length)
    return edit


def show_problem(label: QLabel, error: UserFacingError) -> None:
    theme.tone(label, ERROR_STYLE, bold=True)
    text = QCoreApplication.translate("MemberDialogs", "Not saved: {problem} {what_next}")
    label.setText(
        text.format(problem=localized(error.message), what_next=localized(error.what_next)).strip()
    )


class ServiceDialog(QDialog):
    """A form whose OK runs one service call; a refusal stays in the dialog in plain words."""

    def __init__(self, controller: Controller, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.clinic = controller.clinic
        self.outcome: Any = None
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.message = message_label()
        self.buttons, self.ok_button = ok_cancel_buttons(ok_name=title)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    @property
    def today(self) -> dt.date:
        return self.clinic.ctx.clock.now().date()

    def showEvent(self, event: QShowEvent) -> None:
        # Subclasses add their form rows after the buttons exist: Tab still ends on OK, Cancel.
        children_last(self, self.buttons)
        super().showEvent(event)

    def submit(self, op: Callable[[], Any]) -> bool:
        result, error = self.controller.attempt(op)
        if error is not None:
            show_problem(self.message, error)
            return False
        self.outcome = result
        self.accept()
        return True

    def save(self) -> None:  # pragma: no cover - every dialog overrides
        raise NotImplementedError

    def done_text(self) -> str:
        """What the page says once the dialog has saved."""
        return self.tr("Saved.")

    @property
    def warning(self) -> str:
        """A size-cap warning from the service (never a block), '' if none."""
        if (
            isinstance(self.outcome, tuple)
            and len(self.outcome) >= 2
            and isinstance(self.outcome[-2], str)
        ):
            return localized(self.outcome[-2])
        return ""


def group_combo(controller: Controller, name: str, none_label: str = "") -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    if none_label:
        combo.addItem(none_label, None)
    for g in controller.clinic.groups.list(include_inactive=False):
        text = QCoreApplication.translate("MemberDialogs", "{name} ({schedule})")
        combo.addItem(text.format(name=g.name, schedule=g.schedule), int(g.id))
    return combo


class AdmitDialog(ServiceDialog):
    """Admit a new member, optionally straight into a group."""

    def __init__(
        self, controller: Controller, parent: QWidget | None = None, group_id: GroupId | None = None
    ) -> None:
        super().__init__(
            controller, QCoreApplication.translate("AdmitDialog", "Admit member"), parent
        )
        self.ok_button.setText(self.tr("Admit"))
        self.intro.setText(
            self.tr("Admit a member to the program. The chart id is the number from the EHR.")
        )
        self.preferred = line_edit(
            self.tr("Preferred name"), self.tr("what the group calls them"), 120
        )
        self.full_name = line_edit(self.tr("Full name"), self.tr("as in the chart"), 120)
        self.chart_id = line_edit(self.tr("Chart id"), self.tr("e.g. MRN-20417"), 64)
        self.dob = line_edit(
            self.tr("Date of birth (optional)"), self.tr("YYYY-MM-DD or MM/DD/YYYY"), 40
        )
        self.track = enum_combo(self.tr("Track"), choices(Track))
        self.phase = enum_combo(self.tr("Phase"), choices(Phase))
        self.admitted = date_edit(self.tr("Admitted on"), self.today, self.today)
        self.expected = line_edit(
            self.tr("Expected discharge (optional)"), self.tr("YYYY-MM-DD"), 40
        )
        self.group = group_combo(controller, self.tr("Group"), self.tr("No group yet"))
        if group_id is not None:
            self.group.setCurrentIndex(max(0, self.group.findData(int(group_id))))
        self.capacity = message_label(self.tr("Group size"))
        theme.tone(self.capacity, WARNING_STYLE)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Facilitator-only note"))
        self.note.setPlaceholderText(self.tr("Accommodations, pronouns. Not exported."))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        for label, widget in (
            (self.tr("&Preferred name:"), self.preferred),
            (self.tr("F&ull name:"), self.full_name),
            (self.tr("&Chart id:"), self.chart_id),
            (self.tr("Date of &birth:"), self.dob),
            (self.tr("&Track:"), self.track),
            (self.tr("P&hase:"), self.phase),
            (self.tr("&Admitted on:"), self.admitted),
            (self.tr("E&xpected discharge:"), self.expected),
            (self.tr("&Group:"), self.group),
            ("", self.capacity),
            (self.tr("Facilitator &note:"), self.note),
        ):
            self.form.addRow(label, widget)
        self.group.currentIndexChanged.connect(self._show_capacity)
        self._show_capacity()
        # A chart id that belongs to a discharged member: Admit turns into "Re-admit" after a
        # plain question; editing who the person is takes the offer back.
        self.offer: ReadmissionOffer | None = None
        for edit in (self.chart_id, self.full_name, self.dob):
            edit.textEdited.connect(self._forget_offer)

    def _show_capacity(self) -> None:
        group_id = self.group.currentData()
        text = ""
        if group_id is not None:
            text = self.clinic.groups.capacity_warning(GroupId(group_id), self.today, adding=1)
        self.capacity.setText(
            self.tr("Warning: {warning}").format(warning=localized(text)) if text else ""
        )
        self.capacity.setVisible(bool(text))

    def draft(self) -> MemberDraft:
        return MemberDraft(
            self.preferred.text(),
            self.full_name.text(),
            self.chart_id.text(),
            Track(self.track.currentData()),
            Phase(self.phase.currentData()),
            date_of(self.admitted),
            parse_optional_date(self.dob.text(), "Date of birth"),
            parse_optional_date(self.expected.text(), "Expected discharge"),
            self.note.toPlainText(),
        )

    def save(self) -> None:
        group = self.group.currentData()
        group_id = GroupId(group) if group is not None else None
        offer = self.offer
        if offer is not None:
            self.submit(
                lambda: self.clinic.members.readmit(offer.member_id, self.draft(), group_id)
            )
            return
        result, error = self.controller.attempt(
            lambda: self.clinic.members.admit(self.draft(), group_id)
        )
        if isinstance(error, ReadmissionOffer):
            self._offer_readmission(error)
        elif error is not None:
            show_problem(self.message, error)
        else:
            self.outcome = result
            self.accept()

    def _offer_readmission(self, offer: ReadmissionOffer) -> None:
        self.offer = offer
        lines = [
            self.tr("Re-admit {name} (chart {chart}, discharged {date})?").format(
                name=offer.name, chart=offer.chart_id, date=offer.discharged_on.isoformat()
            ),
            self.tr(
                "They come back as the same member: a new episode starts on the admission date; "
                "their earlier groups, attendance and notes stay with their record."
            ),
        ]
        if offer.differences:
            lines.append(
                self.tr(
                    "Check first: {differences}. Their name and date of birth stay as recorded."
                ).format(differences="; ".join(localized(d) for d in offer.differences))
            )
        lines.append(self.tr("Press Re-admit to continue, or correct the chart id."))
        theme.tone(self.message, WARNING_STYLE)
        self.message.setText("\n".join(lines))
        self.ok_button.setText(self.tr("Re-admit"))
        self.ok_button.setAccessibleName(self.tr("Re-admit member"))

    def _forget_offer(self, *_args: object) -> None:
        if self.offer is None:
            return
        self.offer = None
        self.message.clear()
        self.ok_button.setText(self.tr("Admit"))
        self.ok_button.setAccessibleName(self.tr("Admit member"))

    def done_text(self) -> str:
        if self.offer is not None:
            return self.tr("{name} was re-admitted: a new episode has started.").format(
                name=self.offer.name
            )
        return super().done_text()


class MoveDialog(ServiceDialog):
    """Move a member from one group to another on a date."""

    def __init__(
        self, controller: Controller, member_id: MemberId, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            controller, QCoreApplication.translate("MoveDialog", "Move member"), parent
        )
        self.ok_button.setText(self.tr("Move"))
        self.member_id = member_id
        member = self.clinic.members.get(member_id)
        self.intro.setText(
            self.tr(
                "Move <b>{name}</b> ({chart_id}) to another group. From the move date they are "
                "on the new group's roster; their last day in the old group is the day before. "
                "Past rosters do not change."
            ).format(name=member.preferred_name, chart_id=member.chart_id)
        )
        self.from_group = QComboBox()
        self.from_group.setAccessibleName(self.tr("From group"))
        for gid, name in self.clinic.members.open_groups(member_id):
            self.from_group.addItem(name, int(gid))
        self.to_group = group_combo(controller, self.tr("To group"), self.tr("Choose a group…"))
        self.day = date_edit(self.tr("Move date"), self.today, self.today)
        self.capacity = message_label(self.tr("Group size"))
        theme.tone(self.capacity, WARNING_STYLE)
        self.form.addRow(self.tr("&From group:"), self.from_group)
        self.form.addRow(self.tr("&To group:"), self.to_group)
        self.form.addRow(self.tr("Move &date:"), self.day)
        self.form.addRow("", self.capacity)
        self.to_group.currentIndexChanged.connect(self._show_capacity)
        if self.from_group.count() == 0:
            self.message.setText(
                self.tr(
                    "This member is not in any group now: admit them to one by "
                    "editing, or discharge them."
                )
            )

    def _show_capacity(self) -> None:
        gid = self.to_group.currentData()
        text = self.clinic.groups.capacity_warning(GroupId(gid), self.today, 1) if gid else ""
        self.capacity.setText(
            self.tr("Warning: {warning}").format(warning=localized(text)) if text else ""
        )

    def save(self) -> None:
        def op() -> Any:
            source, target = self.from_group.currentData(), self.to_group.currentData()
            if source is None:
                raise ValidationError(self.tr("The member is not in a group to move from."))
            if target is None:
                raise ValidationError(self.tr("Choose the group to move to."))
            return self.clinic.members.move(
                self.member_id, GroupId(source), GroupId(target), date_of(self.day)
            )

        self.submit(op)


class DischargeDialog(ServiceDialog):
    """Discharge with a date and a reason; every open enrollment ends that day."""

    def __init__(
        self, controller: Controller, member_id: MemberId, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            controller, QCoreApplication.translate("DischargeDialog", "Discharge member"), parent
        )
        self.ok_button.setText(self.tr("Discharge"))
        self.member_id = member_id
        member = self.clinic.members.get(member_id)
        self.intro.setText(
            self.tr(
                "Discharge <b>{name}</b> ({chart_id}), admitted {admitted}. The discharge date is "
                "their last day in every group; their notes and past rosters are kept."
            ).format(
                name=member.preferred_name,
                chart_id=member.chart_id,
                admitted=formatting.date(member.admitted_on),
            )
        )
        self.day = date_edit(self.tr("Discharge date"), self.today, self.today)
        self.reason = enum_combo(
            self.tr("Discharge reason"), choices(DischargeReason), self.tr("Choose a reason…")
        )
        self.form.addRow(self.tr("Discharge &date:"), self.day)
        self.form.addRow(self.tr("&Reason:"), self.reason)

    def save(self) -> None:
        def op() -> Any:
            reason = self.reason.currentData()
            if reason is None:
                raise ValidationError(
                    self.tr("Choose a discharge reason."),
                    "reason",
                    self.tr("It goes into the record and the program's reports."),
                )
            return self.clinic.members.discharge(
                self.member_id, date_of(self.day), DischargeReason(reason)
            )

        self.submit(op)
