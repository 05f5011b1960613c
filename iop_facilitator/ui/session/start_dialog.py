"""Start a session: group, date and times from the schedule, the suggested topic, who runs it."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator.domain.enums import Modality
from iop_facilitator.domain.ids import FacilitatorId, GroupId, SessionId, TopicId
from iop_facilitator.errors import UserFacingError
from iop_facilitator.services.clinic import Clinic
from iop_facilitator.ui import formatting, labels
from iop_facilitator.ui.dialog_parts import ok_cancel_buttons
from iop_facilitator.ui.messages import explain, localized


class StartSessionDialog(QDialog):
    """Plans and starts a session; `session_id` is set when it was started."""

    def __init__(
        self, clinic: Clinic, parent: QWidget | None = None, group_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self.session_id: SessionId | None = None
        self.setWindowTitle(self.tr("Start a session"))
        today = clinic.ctx.clock.now().date()
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Group"))
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(formatting.date_edit_format())
        self.date.setAccessibleName(self.tr("Date"))
        self.start = QTimeEdit()
        self.start.setDisplayFormat(formatting.time_edit_format())
        self.start.setAccessibleName(self.tr("Planned start"))
        self.end = QTimeEdit()
        self.end.setDisplayFormat(formatting.time_edit_format())
        self.end.setAccessibleName(self.tr("Planned end"))
        self.topic = QComboBox()
        self.topic.setAccessibleName(self.tr("Topic"))
        self.reason = QLabel("")
        self.reason.setWordWrap(True)
        self.reason.setAccessibleName(self.tr("Why this topic is suggested"))
        self.facilitator = QComboBox()
        self.facilitator.setAccessibleName(self.tr("Facilitator"))
        self.co_facilitator = QComboBox()
        self.co_facilitator.setAccessibleName(self.tr("Co-facilitator"))
        self.modality = QComboBox()
        self.modality.setAccessibleName(self.tr("Modality"))
        for value, label in labels.choices(Modality):
            self.modality.addItem(label, value)
        self.room = QLineEdit()
        self.room.setAccessibleName(self.tr("Room"))
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        form = QFormLayout()
        form.addRow(self.tr("Group:"), self.group)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Starts:"), self.start)
        form.addRow(self.tr("Ends:"), self.end)
        form.addRow(self.tr("Topic:"), self.topic)
        form.addRow("", self.reason)
        form.addRow(self.tr("Facilitator:"), self.facilitator)
        form.addRow(self.tr("Co-facilitator:"), self.co_facilitator)
        form.addRow(self.tr("Modality:"), self.modality)
        form.addRow(self.tr("Room:"), self.room)
        buttons, self.ok_button = ok_cancel_buttons(
            self.tr("Start now"), self.tr("Start the session now")
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._fill_people()
        self._fill_groups(today, group_id)
        self.group.currentIndexChanged.connect(self._group_changed)
        self.date.dateChanged.connect(self._group_changed)
        self.topic.currentIndexChanged.connect(self._topic_changed)
        self._group_changed()

    def _fill_people(self) -> None:
        active = self.clinic.ctx.actor_id
        self.co_facilitator.addItem(self.tr("None"), None)
        for person in self.clinic.facilitators.list():
            self.facilitator.addItem(person.display, int(person.id))
            self.co_facilitator.addItem(person.display, int(person.id))
        if active is not None:
            self.facilitator.setCurrentIndex(max(0, self.facilitator.findData(int(active))))

    def _fill_groups(self, day: dt.date, group_id: int | None) -> None:
        self._groups: dict[int, dict[str, Any]] = {}
        for row in self.clinic.sessions.startable_groups(day):
            self._groups[row["id"]] = row
            label = row["name"] + (
                "" if row["meets_today"] else " " + self.tr("(does not meet today)")
            )
            self.group.addItem(label, row["id"])
        if group_id is not None:
            self.group.setCurrentIndex(max(0, self.group.findData(group_id)))
        if not self._groups:
            self.message.setText(self.tr("No groups yet: add one in Groups first."))
            self.ok_button.setEnabled(False)

    def _group_changed(self, *_args: object) -> None:
        group = self._groups.get(self.group.currentData())
        if group is None:
            return
        start = dt.time.fromisoformat(group["start_time"])
        end = (
            dt.datetime.combine(dt.date.today(), start) + dt.timedelta(minutes=group["minutes"])
        ).time()
        self.start.setTime(QTime(start.hour, start.minute))
        self.end.setTime(QTime(end.hour, end.minute))
        self.room.setText(group["room"])
        self.topic.blockSignals(True)
        self.topic.clear()
        day = cast(dt.date, self.date.date().toPython())
        suggestions = self.clinic.topic_suggestions.suggest(group["id"], day, limit=200)
        self._reasons: dict[int, str] = {}
        for index, suggestion in enumerate(suggestions):
            topic = suggestion.topic
            text = self.tr("{title} ({series}, {minutes} min)").format(
                title=topic.title, series=topic.series, minutes=topic.minutes
            )
            if index == 0:
                text = self.tr("Suggested: {topic}").format(topic=text)
            self.topic.addItem(text, int(topic.id))
            self._reasons[int(topic.id)] = localized(suggestion.reason)
        self.topic.addItem(self.tr("No topic"), None)
        self.topic.blockSignals(False)
        self.topic.setCurrentIndex(0)
        self._topic_changed()

    def _topic_changed(self, *_args: object) -> None:
        self.reason.setText(self._reasons.get(self.topic.currentData(), ""))

    def _accept(self) -> None:
        group_id = self.group.currentData()
        if group_id is None:
            return
        day = cast(dt.date, self.date.date().toPython())
        tz = self.clinic.ctx.clock.now().tzinfo
        start = dt.datetime.combine(day, cast(dt.time, self.start.time().toPython()), tz)
        end = dt.datetime.combine(day, cast(dt.time, self.end.time().toPython()), tz)
        if end <= start:  # an evening group that ends after midnight
            end += dt.timedelta(days=1)
        topic = self.topic.currentData()
        co = self.co_facilitator.currentData()
        try:
            session_id, _changes = self.clinic.sessions.plan(
                GroupId(group_id),
                day,
                topic_id=TopicId(topic) if topic is not None else None,
                facilitator_id=FacilitatorId(self.facilitator.currentData()),
                co_facilitator_id=FacilitatorId(co) if co is not None else None,
                modality=Modality(self.modality.currentData()),
                room=self.room.text().strip(),
                planned_start=start,
                planned_end=end,
            )
            self.clinic.sessions.start(session_id)
        except UserFacingError as exc:
            self.message.setText(explain(exc))
            return
        self.session_id = session_id
        self.accept()
