"""Admit, move and discharge dialogs. They validate nothing themselves: the services do, and a
refusal is shown in plain words inside the dialog, with nothing saved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
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
from iop_facilitator.ui import theme
from iop_facilitator.ui.a11y import children_last
from iop_facilitator.ui.controller import Controller

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


def message_label(name: str = "Message") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def show_problem(label: QLabel, error: UserFacingError) -> None:
    theme.tone(label, ERROR_STYLE, bold=True)
    label.setText(f"Not saved: {error.message} {error.what_next}".strip())


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
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setAccessibleName(title)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
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
        return "Saved."

    @property
    def warning(self) -> str:
        """A size-cap warning from the service (never a block), '' if none."""
        if (
            isinstance(self.outcome, tuple)
            and len(self.outcome) >= 2
            and isinstance(self.outcome[-2], str)
        ):
            return self.outcome[-2]
        return ""


def group_combo(controller: Controller, name: str, none_label: str = "") -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    if none_label:
        combo.addItem(none_label, None)
    for g in controller.clinic.groups.list(include_inactive=False):
        combo.addItem(f"{g.name} ({g.schedule})", int(g.id))
    return combo


class AdmitDialog(ServiceDialog):
    """Admit a new member, optionally straight into a group."""

    def __init__(
        self, controller: Controller, parent: QWidget | None = None, group_id: GroupId | None = None
    ) -> None:
        super().__init__(controller, "Admit member", parent)
        self.ok_button.setText("Admit")
        self.intro.setText(
            "Admit a member to the program. The chart id is the number from the EHR."
        )
        self.preferred = line_edit("Preferred name", "what the group calls them", 120)
        self.full_name = line_edit("Full name", "as in the chart", 120)
        self.chart_id = line_edit("Chart id", "e.g. MRN-20417", 64)
        self.dob = line_edit("Date of birth (optional)", "YYYY-MM-DD or MM/DD/YYYY", 40)
        self.track = enum_combo("Track", Track.choices())
        self.phase = enum_combo("Phase", Phase.choices())
        self.admitted = date_edit("Admitted on", self.today, self.today)
        self.expected = line_edit("Expected discharge (optional)", "YYYY-MM-DD", 40)
        self.group = group_combo(controller, "Group", "No group yet")
        if group_id is not None:
            self.group.setCurrentIndex(max(0, self.group.findData(int(group_id))))
        self.capacity = message_label("Group size")
        theme.tone(self.capacity, WARNING_STYLE)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName("Facilitator-only note")
        self.note.setPlaceholderText("Accommodations, pronouns. Not exported.")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        for label, widget in (
            ("&Preferred name:", self.preferred),
            ("F&ull name:", self.full_name),
            ("&Chart id:", self.chart_id),
            ("Date of &birth:", self.dob),
            ("&Track:", self.track),
            ("P&hase:", self.phase),
            ("&Admitted on:", self.admitted),
            ("E&xpected discharge:", self.expected),
            ("&Group:", self.group),
            ("", self.capacity),
            ("Facilitator &note:", self.note),
        ):
            self.form.addRow(label, widget)
        self.group.currentIndexChanged.connect(self._show_capacity)
        self._show_capacity()

    def _show_capacity(self) -> None:
        group_id = self.group.currentData()
        text = ""
        if group_id is not None:
            text = self.clinic.groups.capacity_warning(GroupId(group_id), self.today, adding=1)
        self.capacity.setText(f"Warning: {text}" if text else "")
        self.capacity.setVisible(bool(text))

    def save(self) -> None:
        def op() -> Any:
            draft = MemberDraft(
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
            group = self.group.currentData()
            return self.clinic.members.admit(draft, GroupId(group) if group is not None else None)

        self.submit(op)


class MoveDialog(ServiceDialog):
    """Move a member from one group to another on a date."""

    def __init__(
        self, controller: Controller, member_id: MemberId, parent: QWidget | None = None
    ) -> None:
        super().__init__(controller, "Move member", parent)
        self.ok_button.setText("Move")
        self.member_id = member_id
        member = self.clinic.members.get(member_id)
        self.intro.setText(
            f"Move <b>{member.preferred_name}</b> ({member.chart_id}) to another group. From the "
            "move date they are on the new group's roster; their last day in the old group is the "
            "day before. Past rosters do not change."
        )
        self.from_group = QComboBox()
        self.from_group.setAccessibleName("From group")
        for gid, name in self.clinic.members.open_groups(member_id):
            self.from_group.addItem(name, int(gid))
        self.to_group = group_combo(controller, "To group", "Choose a group…")
        self.day = date_edit("Move date", self.today, self.today)
        self.capacity = message_label("Group size")
        theme.tone(self.capacity, WARNING_STYLE)
        self.form.addRow("&From group:", self.from_group)
        self.form.addRow("&To group:", self.to_group)
        self.form.addRow("Move &date:", self.day)
        self.form.addRow("", self.capacity)
        self.to_group.currentIndexChanged.connect(self._show_capacity)
        if self.from_group.count() == 0:
            self.message.setText(
                "This member is not in any group now: admit them to one by "
                "editing, or discharge them."
            )

    def _show_capacity(self) -> None:
        gid = self.to_group.currentData()
        text = self.clinic.groups.capacity_warning(GroupId(gid), self.today, 1) if gid else ""
        self.capacity.setText(f"Warning: {text}" if text else "")

    def save(self) -> None:
        def op() -> Any:
            source, target = self.from_group.currentData(), self.to_group.currentData()
            if source is None:
                raise ValidationError("The member is not in a group to move from.")
            if target is None:
                raise ValidationError("Choose the group to move to.")
            return self.clinic.members.move(
                self.member_id, GroupId(source), GroupId(target), date_of(self.day)
            )

        self.submit(op)


class DischargeDialog(ServiceDialog):
    """Discharge with a date and a reason; every open enrollment ends that day."""

    def __init__(
        self, controller: Controller, member_id: MemberId, parent: QWidget | None = None
    ) -> None:
        super().__init__(controller, "Discharge member", parent)
        self.ok_button.setText("Discharge")
        self.member_id = member_id
        member = self.clinic.members.get(member_id)
        self.intro.setText(
            f"Discharge <b>{member.preferred_name}</b> ({member.chart_id}), admitted "
            f"{member.admitted_on.isoformat()}. The discharge date is their last day in every "
            "group; their notes and past rosters are kept."
        )
        self.day = date_edit("Discharge date", self.today, self.today)
        self.reason = enum_combo("Discharge reason", DischargeReason.choices(), "Choose a reason…")
        self.form.addRow("Discharge &date:", self.day)
        self.form.addRow("&Reason:", self.reason)

    def save(self) -> None:
        def op() -> Any:
            reason = self.reason.currentData()
            if reason is None:
                raise ValidationError(
                    "Choose a discharge reason.",
                    "reason",
                    "It goes into the record and the program's reports.",
                )
            return self.clinic.members.discharge(
                self.member_id, date_of(self.day), DischargeReason(reason)
            )

        self.submit(op)
