"""The Session screen: what a facilitator looks at for three hours.

Roster on the left (one key per attendance status), the selected member's check-in and notes
in the middle, the agenda clock on the right. Every change is saved as it happens; typing is
saved within a second; nothing waits for a Save button.

Signals:
    session_ended(int): the session was ended; the window moves on to its notes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.enums import SessionStatus
from iop_facilitator.domain.ids import MemberId, SessionId
from iop_facilitator.errors import UserFacingError
from iop_facilitator.services.sessions import SessionInfo
from iop_facilitator.ui import formatting, theme
from iop_facilitator.ui.a11y import describe_shortcut
from iop_facilitator.ui.autosave import Autosaver
from iop_facilitator.ui.controller import Controller
from iop_facilitator.ui.messages import explain
from iop_facilitator.ui.pages import Page, heading
from iop_facilitator.ui.session.agenda_panel import AgendaPanel
from iop_facilitator.ui.session.material import MaterialDialog, material_markdown
from iop_facilitator.ui.session.member_panel import MemberPanel
from iop_facilitator.ui.session.roster_model import KEY_HELP, STATUS_KEYS, RosterModel
from iop_facilitator.ui.session.roster_view import RosterTable


class SessionPage(Page):
    title = "Session"
    session_ended = Signal(int)
    start_requested = Signal()

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.sessions = controller.clinic.sessions
        self.clock = controller.clinic.ctx.clock
        self.session: SessionInfo | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_empty())
        self.stack.addWidget(self._build_running())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.stack)

    # -- building ----------------------------------------------------------------------------
    def _build_empty(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading("Session"))
        self.empty_label = QLabel(self.tr("No session running. Start one from Today or Groups."))
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.start_button = QPushButton(self.tr("Start a session..."))
        self.start_button.setAccessibleName(self.tr("Start a session"))
        self.start_button.clicked.connect(self.start_requested.emit)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _saver(self) -> Autosaver:
        saver = Autosaver(lambda _text: None, self._now_text, self)
        saver.saved.connect(self._saved)
        saver.failed.connect(self._failed)
        return saver

    def _build_running(self) -> QWidget:
        page = QWidget()
        self.header = heading("")
        self.topic_label = QLabel("")
        self.topic_label.setWordWrap(True)
        self.topic_label.setAccessibleName(self.tr("Topic"))
        self.save_status = QLabel("")
        self.save_status.setAccessibleName(self.tr("Save status"))
        self.end_button = QPushButton(self.tr("End session"))
        self.end_button.setAccessibleName(self.tr("End session"))
        self.end_button.setToolTip(
            self.tr("Record the end time and go to the notes (Ctrl+Shift+E)")
        )
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.header)
        titles.addWidget(self.topic_label)
        top.addLayout(titles, 1)
        top.addWidget(self.save_status)
        top.addWidget(self.end_button)

        # Roster.
        self.model = RosterModel(self)
        self.table = RosterTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Roster"))
        key_help = QCoreApplication.translate("RosterModel", KEY_HELP)
        self.table.setAccessibleDescription(
            self.tr("Arrow keys move; letters set attendance: {keys}.").format(keys=key_help)
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.installEventFilter(self)
        font = self.table.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.table.setFont(font)
        self.table.verticalHeader().setDefaultSectionSize(
            int(self.table.fontMetrics().height() * 1.8)
        )
        self.all_present = QPushButton(self.tr("Mark everyone present"))
        self.all_present.setAccessibleName(self.tr("Mark everyone present"))
        self.all_present.setToolTip(
            self.tr("Everyone not yet marked becomes present (Ctrl+Shift+P)")
        )
        self.drop_in = QPushButton(self.tr("Add a drop-in..."))
        self.drop_in.setAccessibleName(self.tr("Add a drop-in member to this session"))
        keys = QLabel(self.tr("Keys: {keys}").format(keys=key_help))
        keys.setWordWrap(True)
        self.group_note = QPlainTextEdit()
        self.group_note.setAccessibleName(self.tr("Quick note for the whole group"))
        self.group_note.setPlaceholderText(
            self.tr("Group process, themes, anything for the group note.")
        )
        self.group_note.setMaximumHeight(110)
        roster_box = QWidget()
        roster_layout = QVBoxLayout(roster_box)
        roster_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_present, 1)
        buttons.addWidget(self.drop_in)
        roster_layout.addLayout(buttons)
        roster_layout.addWidget(self.table, 1)
        roster_layout.addWidget(keys)
        roster_layout.addWidget(QLabel(self.tr("Group quick note:")))
        roster_layout.addWidget(self.group_note)

        # Member panel and agenda.
        self.quick_saver = self._saver()
        self.jotting_saver = self._saver()
        self.group_saver = self._saver()
        self.member_panel = MemberPanel(
            self._save_check_in, self._save_time, self.quick_saver, self.jotting_saver
        )
        self.member_panel.safety_flagged.connect(self._show_safety_protocol)
        self.agenda = AgendaPanel(self.clock.now)
        self.agenda.state_changed.connect(self._save_agenda)
        material = QHBoxLayout()
        self.material_buttons: dict[str, QPushButton] = {}
        for part, label, name in (
            ("prompts", self.tr("Prompts"), self.tr("Show the topic's prompts")),
            ("activity", self.tr("Activity"), self.tr("Show the topic's activity")),
            ("handout", self.tr("Handout"), self.tr("Show the topic's handout")),
        ):
            button = QPushButton(label)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _c=False, p=part: self.show_material(p))
            material.addWidget(button)
            self.material_buttons[part] = button
        agenda_box = QWidget()
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_layout.addWidget(self.agenda, 1)
        agenda_layout.addLayout(material)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(roster_box)
        splitter.addWidget(self.member_panel)
        splitter.addWidget(agenda_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 3)
        splitter.setChildrenCollapsible(False)
        # Explicit minimums (below the contents' preferred size) keep the whole window narrower
        # than a 1366 px laptop screen at 125% scaling.
        roster_box.setMinimumWidth(300)
        self.member_panel.setMinimumWidth(260)
        agenda_box.setMinimumWidth(220)
        splitter.setSizes([560, 420, 320])
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.all_present.clicked.connect(self.mark_all_present)
        self.drop_in.clicked.connect(self.add_drop_in)
        self.end_button.clicked.connect(self.end_session)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.group_note.textChanged.connect(
            lambda: self.group_saver.changed(self.group_note.toPlainText())
        )
        for keys_text, slot, text in (
            ("Ctrl+Shift+P", self.mark_all_present, self.tr("Mark everyone present")),
            ("Ctrl+Shift+E", self.end_session, self.tr("End the session")),
            ("Ctrl+Right", self.agenda.next_segment, self.tr("Next agenda segment")),
            ("Ctrl+Left", self.agenda.previous_segment, self.tr("Previous agenda segment")),
        ):
            shortcut = describe_shortcut(QShortcut(QKeySequence(keys_text), page), text)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        return page

    # -- loading -----------------------------------------------------------------------------
    def open_session(self, session_id: SessionId) -> None:
        """Show a running session (freshly started or resumed after a restart)."""
        self.flush()
        self.session = self.sessions.get(session_id)
        info = self.session
        self.header.setText(f"{info.group_name}: {formatting.long_date(info.date)}")
        topic = info.topic_title or self.tr("No topic chosen")
        window = info.window
        self.topic_label.setText(
            self.tr("Topic: {topic}    Planned {planned}    Started {started}").format(
                topic=topic,
                planned=formatting.time_range(info.planned_start, info.planned_end),
                started=formatting.time(info.actual_start),
            )
            if info.actual_start
            else self.tr("Topic: {topic}").format(topic=topic)
        )
        self.member_panel.set_session_times(window.start, window.end)
        self.group_saver.retarget(lambda text: self.sessions.set_group_quick_note(info.id, text))
        self.group_note.blockSignals(True)
        self.group_note.setPlainText(info.group_quick_note)
        self.group_note.blockSignals(False)
        material = self.sessions.topic_material(info.id)
        for button in self.material_buttons.values():
            button.setEnabled(bool(material))
        self.agenda.load(
            self.sessions.agenda_segments(info.id),
            window.start,
            info.planned_end,
            info.agenda_state,
        )
        self._reload_roster()
        if self.model.rowCount() > 0:
            self.table.selectRow(0)
        self.stack.setCurrentIndex(1)
        self.table.setFocus()

    def show_empty(self, message: str | None = None) -> None:
        self.flush()
        self.session = None
        self.agenda.clear()
        self.member_panel.show_entry(None, None, None)
        if message:
            self.empty_label.setText(message)
        self.stack.setCurrentIndex(0)

    def _reload_roster(self) -> None:
        if self.session is None:
            return
        current = self.current_member()
        self.model.set_entries(self.sessions.roster(self.session.id))
        if current is not None:
            row = self.model.row_of(current)
            if row >= 0:
                self.member_panel.update_times(self.model.entry(row))

    def current_member(self) -> MemberId | None:
        index = self.table.currentIndex()
        return self.model.entry(index.row()).member_id if index.isValid() else None

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.session is None or not current.isValid():
            self.member_panel.show_entry(None, None, None)
            return
        # Save what was typed for the previous member first, then show fresh rows.
        self.member_panel.flush()
        self.model.set_entries(self.sessions.roster(self.session.id))
        entry = self.model.entry(current.row())
        session_id, member_id = self.session.id, entry.member_id
        # Capture ids now: a later save always goes to the member it was typed for.
        self.member_panel.show_entry(
            entry,
            lambda text: self.sessions.set_quick_note(session_id, member_id, text),
            lambda text: self.sessions.set_jotting(session_id, member_id, text),
        )

    # -- actions -----------------------------------------------------------------------------
    def _call(self, op: Any) -> bool:
        try:
            changes = op()
        except UserFacingError as exc:
            self._failed(self.tr("Not saved: {reason}").format(reason=explain(exc)))
            return False
        self._saved(self._now_text())
        if isinstance(changes, Changes) and changes:
            self.controller.changed.emit(changes)
        return True

    def set_status_for_current(self, status: Any) -> None:
        member = self.current_member()
        if self.session is None or member is None:
            return
        session_id = self.session.id
        if self._call(lambda: self.sessions.set_attendance(session_id, member, status)):
            row = self.table.currentIndex().row()
            if row + 1 < self.model.rowCount():
                self.table.selectRow(row + 1)

    def mark_all_present(self) -> None:
        if self.session is not None:
            session_id = self.session.id
            self._call(lambda: self.sessions.mark_all_present(session_id))

    def add_drop_in(self, member_id: int | None = None) -> None:
        """Add someone who is not enrolled in this group today (asks whom when not given)."""
        if self.session is None:
            return
        session_id = self.session.id
        if member_id is None:
            from PySide6.QtWidgets import QInputDialog

            candidates = self.sessions.drop_in_candidates(session_id)
            if not candidates:
                QMessageBox.information(
                    self,
                    self.tr("Add a drop-in"),
                    self.tr("Every active member is already on this roster."),
                )
                return
            labels = [
                f"{c['preferred_name']} ({c['full_name']}, {c['chart_id']})" for c in candidates
            ]
            choice, ok = QInputDialog.getItem(
                self, self.tr("Add a drop-in"), self.tr("Member:"), labels, 0, False
            )
            if not ok:
                return
            member_id = candidates[labels.index(choice)]["id"]
        chosen = MemberId(member_id)
        if self._call(lambda: self.sessions.add_drop_in(session_id, chosen)):
            self._reload_roster()
            row = self.model.row_of(chosen)
            if row >= 0:
                self.table.selectRow(row)

    def _save_check_in(self, member_id: int, values: dict[str, Any]) -> bool:
        if self.session is None:
            return False
        session_id = self.session.id
        return self._call(
            lambda: self.sessions.set_check_in(session_id, MemberId(member_id), **values)
        )

    def _save_time(self, member_id: int, which: str, clock_time: dt.time) -> bool:
        if self.session is None:
            return False
        session_id = self.session.id
        return self._call(
            lambda: self.sessions.set_time(session_id, MemberId(member_id), which, clock_time)
        )

    def _save_agenda(self, state: dict[str, Any]) -> None:
        if self.session is not None:
            session_id = self.session.id
            self._call(lambda: self.sessions.save_agenda_state(session_id, state))

    def show_material(self, part: str) -> MaterialDialog | None:
        if self.session is None:
            return None
        material = self.sessions.topic_material(self.session.id)
        title = {
            "prompts": self.tr("Discussion prompts"),
            "activity": self.tr("Activity"),
            "handout": self.tr("Handout"),
        }[part]
        dialog = MaterialDialog(material_markdown(material, part), title, part == "handout", self)
        dialog.setModal(False)
        dialog.show()
        return dialog

    def _show_safety_protocol(self, _member_id: int) -> None:
        protocol = self.controller.clinic.settings.get("safety_protocol")
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Safety protocol"))
        box.setText(self.tr("Safety concern marked. Follow the clinic's safety protocol:"))
        box.setInformativeText(protocol)
        box.setModal(False)
        box.show()
        self.safety_box = box

    def end_session(self) -> None:
        if self.session is None or self.session.status is not SessionStatus.RUNNING:
            return
        self.flush()
        unmarked = sum(1 for e in self.sessions.roster(self.session.id) if e.status is None)
        if unmarked:
            answer = QMessageBox.question(
                self,
                self.tr("End session"),
                QCoreApplication.translate(
                    "SessionPage",
                    "%n member(s) have no attendance mark. End the session anyway?\n"
                    "You can still correct attendance before the notes are signed.",
                    "",
                    unmarked,
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        session_id = self.session.id
        if self._call(lambda: self.sessions.end(session_id)):
            self.show_empty(self.tr("Session ended. Its notes are ready to write in Notes."))
            self.session_ended.emit(int(session_id))

    # -- saving ------------------------------------------------------------------------------
    def flush(self) -> bool:
        """Save everything typed and not yet saved. Called before switching, locking, closing."""
        if not hasattr(self, "member_panel"):
            return True
        return self.member_panel.flush() and self.group_saver.flush()

    def _now_text(self) -> str:
        return formatting.time(self.clock.now(), seconds=True)

    def _saved(self, when: str) -> None:
        self.save_status.setText(self.tr("Saved {time}").format(time=when))
        theme.tone(self.save_status, "ok")

    def _failed(self, message: str) -> None:
        self.save_status.setText(message)
        theme.tone(self.save_status, "error", bold=True)

    # -- keyboard ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            key_event = cast(QKeyEvent, event)
            if key_event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            ):
                status = STATUS_KEYS.get(Qt.Key(key_event.key()))
                if status is not None:
                    self.set_status_for_current(status)
                    return True
        return super().eventFilter(watched, event)

    def on_changes(self, changes: Changes) -> None:
        if self.session is not None and (changes.attendance or changes.members):
            self._reload_roster()
