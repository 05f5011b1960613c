"""Today: the groups meeting today, members to watch and unsigned notes, with one-key actions.

Keyboard: Enter (or double-click) on a group starts, resumes or opens its notes; on a member it
shows their progress; on an unsigned session it opens its notes. F5 reloads. The page reloads
on every change that touches what it shows, and once a minute (ages move; the date may change).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.ids import SessionId
from iop_facilitator.domain.reports import Level, TodayStatus
from iop_facilitator.services.reports import TodayGroup, UnsignedSession, WatchMember
from iop_facilitator.ui import formatting, labels
from iop_facilitator.ui.a11y import describe_shortcut
from iop_facilitator.ui.controller import Controller
from iop_facilitator.ui.i18n import QT_TRANSLATE_NOOP
from iop_facilitator.ui.messages import localized
from iop_facilitator.ui.pages import Page, heading
from iop_facilitator.ui.row_model import Column, RowsModel

if TYPE_CHECKING:
    from iop_facilitator.ui.member_progress import MemberProgressDialog

R = TypeVar("R")

ACTION_WORDS = {
    "start": QT_TRANSLATE_NOOP("TodayPage", "Start session"),
    "resume": QT_TRANSLATE_NOOP("TodayPage", "Resume session"),
    "notes": QT_TRANSLATE_NOOP("TodayPage", "Open notes"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TodayPage", text)


def _status_text(r: TodayGroup) -> str:
    if r.status is TodayStatus.NOTES_UNSIGNED:
        return QCoreApplication.translate(
            "TodayPage", "Notes unsigned ({unsigned} of {expected})"
        ).format(unsigned=r.unsigned, expected=r.expected)
    return labels.label(r.status)


def _reason_text(r: WatchMember) -> str:
    """Every reason in a sentence (the table shows it in the UI's language)."""
    return r.reason_text


def _level_text(r: UnsignedSession) -> str:
    words = {
        Level.ALERT: QT_TRANSLATE_NOOP("TodayPage", "Overdue"),
        Level.WARNING: QT_TRANSLATE_NOOP("TodayPage", "Over 24 h"),
        Level.OK: QT_TRANSLATE_NOOP("TodayPage", "On time"),
    }
    word = words.get(r.level)
    return _tr(word) if word else labels.label(r.level)


def _age_text(hours: float) -> str:
    """'5 h', '1 day 3 h', '4 days' (as `describe_age` in the core, in the UI's language)."""
    whole = int(hours)
    if whole < 24:
        return f"{whole} h"
    days, rest = divmod(whole, 24)
    text = QCoreApplication.translate("TodayPage", "%n day(s)", "", days)
    return f"{text} {rest} h" if rest and days < 3 else text


REFRESH_MS = 60_000
RELOAD_ON = (
    "sessions",
    "attendance",
    "notes",
    "members",
    "enrollment",
    "groups",
    "topics",
    "settings",
)

GROUP_COLUMNS: list[Column[TodayGroup]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Time"), lambda r: formatting.time_range(r.start, r.end)),
    Column(QT_TRANSLATE_NOOP("Columns", "Group"), lambda r: r.group_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Room"), lambda r: r.room or "-"),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Expected"),
        lambda r: QCoreApplication.translate("TodayPage", "%n member(s)", "", r.expected),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), _status_text, colour=lambda r: r.status.value),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Topic"),
        lambda r: r.topic_title or QCoreApplication.translate("TodayPage", "(none)"),
        tooltip=lambda r: (
            f"{r.topic_title}: {localized(r.topic_reason)}" if r.topic_reason else r.topic_title
        ),
    ),
]
WATCH_COLUMNS: list[Column[WatchMember]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "Member"),
        lambda r: r.preferred_name,
        tooltip=lambda r: r.full_name,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Level"),
        lambda r: labels.label(r.level),
        colour=lambda r: r.level.value,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Why"), _reason_text, tooltip=lambda r: r.reason_text),
    Column(QT_TRANSLATE_NOOP("Columns", "Group"), lambda r: r.groups),
]
UNSIGNED_COLUMNS: list[Column[UnsignedSession]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "Session"),
        lambda r: f"{formatting.day_and_date(r.date)} {r.group_name}",
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Unsigned"),
        lambda r: QCoreApplication.translate("TodayPage", "{unsigned} of {roster}").format(
            unsigned=r.unsigned, roster=r.roster
        ),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Age"), lambda r: _age_text(r.age_hours)),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), _level_text, colour=lambda r: r.level.value),
    Column(QT_TRANSLATE_NOOP("Columns", "Facilitator"), lambda r: r.facilitator),
]


def _table(model: RowsModel[Any], name: str, description: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setAccessibleDescription(description)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class TodayPage(Page):
    """The start screen. Actions are injected by the window: start(group_id), resume(session_id),
    notes(session_id); `show_member(member_id)` defaults to the progress dialog."""

    title = "Today"

    def __init__(
        self,
        controller: Controller,
        *,
        start: Callable[[int], object],
        resume: Callable[[int], object],
        notes: Callable[[int], object],
        show_member: Callable[[int], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(controller, parent)
        self.clinic = controller.clinic
        self._start, self._resume, self._notes = start, resume, notes
        self._show_member = show_member or self.open_progress
        self.progress_dialog: MemberProgressDialog | None = None
        self.loaded_on: dt.date | None = None
        self.stale = False
        self.date_label = QLabel("")
        self.date_label.setAccessibleName(self.tr("Today's date"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh Today (F5)"))
        self.groups_model: RowsModel[TodayGroup] = RowsModel(GROUP_COLUMNS, self)
        self.groups = _table(
            self.groups_model,
            self.tr("Groups today"),
            self.tr("Enter starts, resumes or opens the notes of the selected group."),
        )
        self.groups_empty = QLabel(self.tr("No groups meet today."))
        self.topic_reason = QLabel("")
        self.topic_reason.setWordWrap(True)
        self.topic_reason.setAccessibleName(self.tr("Why this topic"))
        self.action_button = QPushButton(self.tr(ACTION_WORDS["start"]))
        self.action_button.setAccessibleName(
            self.tr("Start, resume or open notes for the selected group")
        )
        self.watch_model: RowsModel[WatchMember] = RowsModel(WATCH_COLUMNS, self)
        self.watch = _table(
            self.watch_model,
            self.tr("Members to watch"),
            self.tr("Enter shows the member's progress."),
        )
        self.watch_empty = QLabel(self.tr("Nobody needs extra attention today."))
        self.progress_button = QPushButton(self.tr("Show progress"))
        self.progress_button.setAccessibleName(self.tr("Show the selected member's progress"))
        self.unsigned_model: RowsModel[UnsignedSession] = RowsModel(UNSIGNED_COLUMNS, self)
        self.unsigned = _table(
            self.unsigned_model,
            self.tr("Unsigned notes"),
            self.tr("Enter opens the session's notes."),
        )
        self.unsigned_empty = QLabel(self.tr("All notes are signed."))
        self.notes_button = QPushButton(self.tr("Open notes"))
        self.notes_button.setAccessibleName(self.tr("Open the selected session's notes"))
        for label, name in (
            (self.groups_empty, self.tr("No groups today")),
            (self.watch_empty, self.tr("No members to watch")),
            (self.unsigned_empty, self.tr("No unsigned notes")),
        ):
            label.setAccessibleName(name)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        top = QHBoxLayout()
        top.addWidget(heading("Today"))
        top.addWidget(self.date_label, 1)
        top.addWidget(self.refresh_button)
        groups_box = QGroupBox(self.tr("Groups today"))
        g = QVBoxLayout(groups_box)
        g.addWidget(self.groups, 1)
        g.addWidget(self.groups_empty)
        row = QHBoxLayout()
        row.addWidget(self.topic_reason, 1)
        row.addWidget(self.action_button)
        g.addLayout(row)
        self.watch_box = QGroupBox(self.tr("Members to watch"))
        w = QVBoxLayout(self.watch_box)
        w.addWidget(self.watch, 1)
        w.addWidget(self.watch_empty)
        w.addWidget(self.progress_button, 0, Qt.AlignmentFlag.AlignRight)
        self.unsigned_box = QGroupBox(self.tr("Unsigned notes"))
        u = QVBoxLayout(self.unsigned_box)
        u.addWidget(self.unsigned, 1)
        u.addWidget(self.unsigned_empty)
        u.addWidget(self.notes_button, 0, Qt.AlignmentFlag.AlignRight)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.watch_box)
        lower.addWidget(self.unsigned_box)
        lower.setStretchFactor(0, 1)
        lower.setStretchFactor(1, 1)
        lower.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(groups_box, 0)
        layout.addWidget(lower, 1)

        self.groups.activated.connect(lambda index: self.act_on_group(index.row()))
        self.groups.selectionModel().currentRowChanged.connect(self._group_selected)
        self.action_button.clicked.connect(
            lambda: self.act_on_group(self.groups.currentIndex().row())
        )
        self.watch.activated.connect(lambda index: self.show_member(index.row()))
        self.progress_button.clicked.connect(
            lambda: self.show_member(self.watch.currentIndex().row())
        )
        self.unsigned.activated.connect(lambda index: self.open_unsigned(index.row()))
        self.notes_button.clicked.connect(
            lambda: self.open_unsigned(self.unsigned.currentIndex().row())
        )
        self.refresh_button.clicked.connect(self.reload)
        shortcut = QShortcut(QKeySequence("F5"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.reload)
        describe_shortcut(shortcut, self.tr("Refresh today's lists"))
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.reload()

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        reports = self.clinic.reports
        day = self.clinic.ctx.clock.now().date()
        self.loaded_on = day
        self.stale = False
        self.date_label.setText(formatting.long_date(day))
        self._fill(
            self.groups,
            self.groups_model,
            reports.today_groups(day),
            self.groups_empty,
            key=lambda r: (r.group_id, r.session_id),
        )
        self.groups_empty.setText(
            self.tr("No groups meet today.")
            if reports.groups.group_names()
            else self.tr("No groups yet: add one in Groups, then today's sessions appear here.")
        )
        self._fill(
            self.watch,
            self.watch_model,
            reports.members_to_watch(day),
            self.watch_empty,
            key=lambda r: r.member_id,
        )
        unsigned = reports.unsigned_notes()
        self._fill(
            self.unsigned,
            self.unsigned_model,
            unsigned,
            self.unsigned_empty,
            key=lambda r: r.session_id,
        )
        rows = max(2, self.groups_model.rowCount())
        self.groups.setFixedHeight(
            self.groups.horizontalHeader().sizeHint().height()
            + rows * self.groups.verticalHeader().defaultSectionSize()
            + 4
        )
        self.watch_box.setTitle(
            self.tr("Members to watch ({n})").format(n=self.watch_model.rowCount())
        )
        self.unsigned_box.setTitle(
            self.tr("Unsigned notes ({n})").format(n=sum(r.unsigned for r in unsigned))
        )
        self._group_selected()

    def _fill(
        self,
        view: QTableView,
        model: RowsModel[R],
        rows: list[R],
        empty: QLabel,
        key: Callable[[R], object],
    ) -> None:
        current = model.row(view.currentIndex())
        keep = key(current) if current is not None else None
        model.set_rows(rows)
        empty.setVisible(not rows)
        view.setVisible(bool(rows))
        if rows:
            index = next((i for i, r in enumerate(rows) if key(r) == keep), 0)
            if view is self.groups:
                view.setCurrentIndex(model.index(index, 0))
                view.selectRow(index)
            else:
                # Current (Enter acts on it) without a highlight hiding the status colour.
                view.selectionModel().setCurrentIndex(
                    model.index(index, 0), QItemSelectionModel.SelectionFlag.NoUpdate
                )

    def tick(self) -> None:
        """Once a minute: a new day reloads everything; otherwise ages and statuses refresh."""
        if self.clinic.ctx.clock.now().date() != self.loaded_on or self.isVisible():
            self.reload()

    def on_changes(self, changes: Changes) -> None:
        """Reload now when shown; otherwise when next shown (a session autosaves often)."""
        if any(getattr(changes, name) for name in RELOAD_ON):
            self.stale = True
            if self.isVisible():
                self.reload()

    def _group_selected(self, *_args: object) -> None:
        row = self.groups_model.row(self.groups.currentIndex())
        self.action_button.setEnabled(row is not None)
        if row is None:
            self.topic_reason.setText("")
            return
        action = self.tr(ACTION_WORDS[row.action])
        self.action_button.setText(action)
        self.action_button.setAccessibleName(f"{action}: {row.group_name}")
        if row.action == "start" and row.topic_title:
            self.topic_reason.setText(
                self.tr("Suggested topic: {topic}.").format(topic=row.topic_title)
                + f" {localized(row.topic_reason)}"
            )
        elif row.topic_title:
            self.topic_reason.setText(self.tr("Topic: {topic}.").format(topic=row.topic_title))
        else:
            self.topic_reason.setText(localized(row.topic_reason))

    # -- actions ----------------------------------------------------------------------------
    def act_on_group(self, index: int) -> None:
        row = self.groups_model.rows[index] if 0 <= index < self.groups_model.rowCount() else None
        if row is None:
            return
        if row.action == "start" and row.session_id is None:
            self._start(row.group_id)
        elif row.action == "start" and row.session_id is not None:
            # Planned ahead: start that session rather than planning another.
            session_id = SessionId(row.session_id)
            if (
                self.controller.run(self, lambda: self.clinic.sessions.start(session_id))
                is not None
            ):
                self._resume(session_id)
        elif row.action == "resume" and row.session_id is not None:
            self._resume(row.session_id)
        elif row.session_id is not None:
            self._notes(row.session_id)

    def show_member(self, index: int) -> None:
        if 0 <= index < self.watch_model.rowCount():
            self._show_member(self.watch_model.rows[index].member_id)

    def open_unsigned(self, index: int) -> None:
        if 0 <= index < self.unsigned_model.rowCount():
            self._notes(self.unsigned_model.rows[index].session_id)

    def open_progress(self, member_id: int) -> None:
        from iop_facilitator.ui.member_progress import MemberProgressDialog  # charts: on demand

        if self.progress_dialog is not None:
            self.progress_dialog.close()
        self.progress_dialog = MemberProgressDialog(self.clinic, member_id, self)
        self.progress_dialog.show()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale or self.loaded_on != self.clinic.ctx.clock.now().date():
            self.reload()
        if self.groups.isVisible():
            self.groups.setFocus()
