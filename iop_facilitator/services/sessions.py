"""Running a session: plan, start, attendance, check-in, quick notes, agenda, end, resume.

Every call is small and idempotent so the session screen can autosave each change as it
happens. Free text is kept exactly as typed (NUL characters dropped), up to a generous limit.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from iop_facilitator.domain.agenda import AgendaSegment, fit_to_session
from iop_facilitator.domain.attendance import SessionWindow, minutes_attended, time_in_session
from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.enums import (
    AttendanceStatus,
    DrugScreen,
    Modality,
    SessionStatus,
    UseSinceLast,
)
from iop_facilitator.domain.ids import FacilitatorId, GroupId, MemberId, SessionId, TopicId
from iop_facilitator.errors import NotFound, RuleViolation, ValidationError
from iop_facilitator.services.context import ServiceContext

MAX_TEXT = 50_000
ATTENDED = tuple(s.value for s in AttendanceStatus if s.attended)


def clean_text(text: str, label: str) -> str:
    """Text as typed, minus NUL characters; refuses only what no note could need."""
    text = text.replace("\x00", "")
    if len(text) > MAX_TEXT:
        raise ValidationError(
            f"{label} is too long ({len(text):,} characters; {MAX_TEXT:,} at most).",
            what_next="Shorten it, or move the detail into the member's note after group.",
        )
    return text


def _parse(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


@dataclass(frozen=True)
class SessionInfo:
    id: SessionId
    group_id: GroupId
    group_name: str
    date: dt.date
    planned_start: dt.datetime
    planned_end: dt.datetime
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None
    topic_id: TopicId | None
    topic_title: str
    facilitator_id: FacilitatorId | None
    co_facilitator_id: FacilitatorId | None
    modality: Modality
    room: str
    note_format: str
    status: SessionStatus
    agenda_state: dict[str, Any]
    group_quick_note: str

    @property
    def window(self) -> SessionWindow:
        """The span for minutes: actual start (else planned) to actual end (else planned)."""
        start = self.actual_start or self.planned_start
        end = self.actual_end or self.planned_end
        if end <= start:
            end = start + dt.timedelta(minutes=1)
        return SessionWindow(start, end)


@dataclass(frozen=True)
class RosterEntry:
    member_id: MemberId
    preferred_name: str
    full_name: str
    chart_id: str
    drop_in: bool
    status: AttendanceStatus | None
    arrived_at: dt.datetime | None
    left_at: dt.datetime | None
    minutes: int
    quick_note: str
    craving: int | None
    use_since_last: UseSinceLast | None
    drug_screen: DrugScreen | None
    screen_substances: str
    mood: str
    safety_flag: bool
    jotting: str


SESSION_SELECT = """
SELECT s.*, g.name AS group_name, COALESCE(t.title, '') AS topic_title
FROM session s JOIN therapy_group g ON g.id = s.group_id LEFT JOIN topic t ON t.id = s.topic_id
"""


def _session(row: dict[str, Any]) -> SessionInfo:
    return SessionInfo(
        id=SessionId(row["id"]),
        group_id=GroupId(row["group_id"]),
        group_name=row["group_name"],
        date=dt.date.fromisoformat(row["date"]),
        planned_start=dt.datetime.fromisoformat(row["planned_start"]),
        planned_end=dt.datetime.fromisoformat(row["planned_end"]),
        actual_start=_parse(row["actual_start"]),
        actual_end=_parse(row["actual_end"]),
        topic_id=TopicId(row["topic_id"]) if row["topic_id"] is not None else None,
        topic_title=row["topic_title"],
        facilitator_id=FacilitatorId(row["facilitator_id"]) if row["facilitator_id"] else None,
        co_facilitator_id=FacilitatorId(row["co_facilitator_id"])
        if row["co_facilitator_id"]
        else None,
        modality=Modality(row["modality"]),
        room=row["room"],
        note_format=row["note_format"],
        status=SessionStatus(row["status"]),
        agenda_state=json.loads(row["agenda_state"] or "{}"),
        group_quick_note=row["group_quick_note"],
    )


class SessionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- reading ---------------------------------------------------------------------------
    def get(self, session_id: SessionId) -> SessionInfo:
        row = self.ctx.store.one(SESSION_SELECT + " WHERE s.id = ?", [session_id])
        if row is None:
            raise NotFound("That session no longer exists.")
        return _session(row)

    def running(self) -> SessionInfo | None:
        """The session left running (e.g. the app was closed or killed mid-group), if any."""
        row = self.ctx.store.one(
            SESSION_SELECT + " WHERE s.status = 'running' ORDER BY s.actual_start DESC LIMIT 1"
        )
        return _session(row) if row else None

    def on_date(self, day: dt.date) -> list[SessionInfo]:
        rows = self.ctx.store.query(
            SESSION_SELECT + " WHERE s.date = ? ORDER BY s.planned_start", [day.isoformat()]
        )
        return [_session(r) for r in rows]

    def startable_groups(self, day: dt.date) -> list[dict[str, Any]]:
        """Active groups, those meeting on `day` first, with their schedule (to start a session)."""
        rows = self.ctx.store.query(
            "SELECT id, name, weekdays, start_time, minutes, room, note_format FROM therapy_group"
            " WHERE active = 1 ORDER BY start_time, name COLLATE NOCASE"
        )
        weekday = str(day.isoweekday())
        for row in rows:
            row["meets_today"] = weekday in row["weekdays"].split(",")
        return sorted(rows, key=lambda r: not r["meets_today"])

    def expected_members(self, group_id: GroupId, day: dt.date) -> list[dict[str, Any]]:
        """Who is enrolled in the group on that day (the roster is computed, never stored)."""
        return self.ctx.store.query(
            """
            SELECT m.id, m.preferred_name, m.full_name, m.chart_id
            FROM enrollment e JOIN member m ON m.id = e.member_id
            WHERE e.group_id = ? AND e.start_on <= ? AND (e.end_on IS NULL OR e.end_on >= ?)
            GROUP BY m.id ORDER BY m.preferred_name COLLATE NOCASE, m.full_name
            """,
            [group_id, day.isoformat(), day.isoformat()],
        )

    def roster(self, session_id: SessionId) -> list[RosterEntry]:
        rows = self.ctx.store.query(
            """
            SELECT a.*, m.preferred_name, m.full_name, m.chart_id,
                   c.craving, c.use_since_last, c.drug_screen, c.screen_substances, c.mood,
                   c.safety_flag, COALESCE(j.text, '') AS jotting
            FROM attendance a
            JOIN member m ON m.id = a.member_id
            LEFT JOIN check_in c ON c.session_id = a.session_id AND c.member_id = a.member_id
            LEFT JOIN private_jotting j ON j.session_id = a.session_id AND j.member_id = a.member_id
            WHERE a.session_id = ?
            ORDER BY m.preferred_name COLLATE NOCASE, m.full_name
            """,
            [session_id],
        )
        return [
            RosterEntry(
                member_id=MemberId(r["member_id"]),
                preferred_name=r["preferred_name"],
                full_name=r["full_name"],
                chart_id=r["chart_id"],
                drop_in=bool(r["drop_in"]),
                status=AttendanceStatus(r["status"]) if r["status"] else None,
                arrived_at=_parse(r["arrived_at"]),
                left_at=_parse(r["left_at"]),
                minutes=r["minutes"],
                quick_note=r["quick_note"],
                craving=r["craving"],
                use_since_last=UseSinceLast(r["use_since_last"]) if r["use_since_last"] else None,
                drug_screen=DrugScreen(r["drug_screen"]) if r["drug_screen"] else None,
                screen_substances=r["screen_substances"] or "",
                mood=r["mood"] or "",
                safety_flag=bool(r["safety_flag"]),
                jotting=r["jotting"],
            )
            for r in rows
        ]

    def topic_material(self, session_id: SessionId) -> dict[str, Any]:
        """The topic's content for the session screen: objectives, prompts, activity, handout..."""
        row = self.ctx.store.one(
            "SELECT t.title, t.body FROM session s JOIN topic t ON t.id = s.topic_id"
            " WHERE s.id = ?",
            [session_id],
        )
        if row is None:
            return {}
        body = dict(json.loads(row["body"] or "{}"))
        body.setdefault("title", row["title"])
        return body

    def agenda_segments(self, session_id: SessionId) -> list[AgendaSegment]:
        """The timed segments of the exact topic version the session uses, fitted to the
        session's planned length (`domain.agenda.fit_to_session`): a 90-minute topic in a 3-hour
        group is stretched, with a break, so the clock adds up to the group being run."""
        row = self.ctx.store.one(
            "SELECT t.body, s.planned_start, s.planned_end FROM session s "
            "JOIN topic t ON t.id = s.topic_id WHERE s.id = ?",
            [session_id],
        )
        if row is None:
            return []
        body = json.loads(row["body"] or "{}")
        segments = [
            AgendaSegment(
                str(s.get("title", "")), int(s.get("minutes", 0)), str(s.get("description", ""))
            )
            for s in body.get("segments", [])
        ]
        start, end = row["planned_start"], row["planned_end"]
        if not start or not end:
            return segments
        length = dt.datetime.fromisoformat(end) - dt.datetime.fromisoformat(start)
        return fit_to_session(segments, int(length.total_seconds() // 60))

    # -- planning and starting -------------------------------------------------------------
    def plan(
        self,
        group_id: GroupId,
        day: dt.date,
        *,
        topic_id: TopicId | None = None,
        facilitator_id: FacilitatorId | None = None,
        co_facilitator_id: FacilitatorId | None = None,
        modality: Modality = Modality.IN_PERSON,
        room: str | None = None,
        note_format: str | None = None,
        planned_start: dt.datetime | None = None,
        planned_end: dt.datetime | None = None,
    ) -> tuple[SessionId, Changes]:
        group = self.ctx.store.one("SELECT * FROM therapy_group WHERE id = ?", [group_id])
        if group is None:
            raise NotFound("That group no longer exists.")
        tz = self.ctx.clock.now().tzinfo
        if planned_start is None:
            planned_start = dt.datetime.combine(day, dt.time.fromisoformat(group["start_time"]), tz)
        if planned_end is None:
            planned_end = planned_start + dt.timedelta(minutes=int(group["minutes"]))
        if planned_end <= planned_start:
            raise ValidationError("The session must end after it starts.", "planned_end")
        if co_facilitator_id is not None and co_facilitator_id == facilitator_id:
            raise ValidationError("The co-facilitator must be someone else.", "co_facilitator")
        now = self.ctx.now_iso()
        with self.ctx.write() as store:
            session_id = SessionId(
                store.insert(
                    "session",
                    {
                        "group_id": group_id,
                        "date": day.isoformat(),
                        "planned_start": _iso(planned_start),
                        "planned_end": _iso(planned_end),
                        "topic_id": topic_id,
                        "facilitator_id": facilitator_id or self.ctx.actor_id,
                        "co_facilitator_id": co_facilitator_id,
                        "modality": Modality(modality).value,
                        "room": group["room"] if room is None else room,
                        "note_format": note_format or group["note_format"],
                        "status": "planned",
                        "created_at": now,
                        "updated_at": now,
                    },
                )
            )
            for member in self.expected_members(group_id, day):
                store.insert(
                    "attendance",
                    {"session_id": session_id, "member_id": member["id"], "updated_at": now},
                )
            self.ctx.audit("session_plan", "session", session_id)
        return session_id, Changes(sessions=True, attendance=True, audit=True)

    def start(self, session_id: SessionId) -> Changes:
        info = self.get(session_id)
        if info.status is not SessionStatus.PLANNED:
            raise RuleViolation("This session has already been started.")
        other = self.running()
        if other is not None and other.id != session_id:
            raise RuleViolation(
                f"{other.group_name} is still running.",
                "End that session first (Session screen, End session).",
            )
        with self.ctx.write() as store:
            store.update(
                "session",
                session_id,
                {
                    "status": "running",
                    "actual_start": self.ctx.now_iso(),
                    "updated_at": self.ctx.now_iso(),
                },
            )
            self.ctx.audit("session_start", "session", session_id)
        return Changes(sessions=True, audit=True)

    def _editable(self, session_id: SessionId) -> SessionInfo:
        info = self.get(session_id)
        if info.status is SessionStatus.SIGNED:
            raise RuleViolation("This session's notes are signed; its record can no longer change.")
        return info

    # -- roster ----------------------------------------------------------------------------
    def drop_in_candidates(self, session_id: SessionId) -> list[dict[str, Any]]:
        """Active members not on this session's roster (e.g. in another group, making up hours)."""
        return self.ctx.store.query(
            "SELECT id, preferred_name, full_name, chart_id FROM member WHERE status = 'active'"
            " AND id NOT IN (SELECT member_id FROM attendance WHERE session_id = ?)"
            " ORDER BY preferred_name COLLATE NOCASE, full_name",
            [session_id],
        )

    def add_drop_in(self, session_id: SessionId, member_id: MemberId) -> Changes:
        self._editable(session_id)
        if self.ctx.store.one("SELECT 1 FROM member WHERE id = ?", [member_id]) is None:
            raise NotFound("That member no longer exists.")
        with self.ctx.write() as store:
            store.execute(
                "INSERT INTO attendance (session_id, member_id, drop_in, updated_at)"
                " VALUES (?, ?, 1, ?)"
                " ON CONFLICT(session_id, member_id) DO NOTHING",
                [session_id, member_id, self.ctx.now_iso()],
            )
        return Changes(attendance=True)

    def set_attendance(
        self,
        session_id: SessionId,
        member_id: MemberId,
        status: AttendanceStatus | None,
        *,
        arrived: dt.datetime | None = None,
        left: dt.datetime | None = None,
    ) -> Changes:
        """Mark one member. Late defaults the arrival to now, left early the departure to now."""
        info = self._editable(session_id)
        now = self.ctx.clock.now()
        if status is AttendanceStatus.LATE and arrived is None:
            arrived = now
        if status is AttendanceStatus.LEFT_EARLY and left is None:
            left = now
        if arrived is not None and left is not None and left < arrived:
            raise ValidationError("The departure time is before the arrival time.", "left")
        self._write_attendance(info, member_id, status, arrived, left)
        return Changes(attendance=True)

    def _write_attendance(
        self,
        info: SessionInfo,
        member_id: MemberId,
        status: AttendanceStatus | None,
        arrived: dt.datetime | None,
        left: dt.datetime | None,
    ) -> None:
        if status is not None and not status.attended:
            arrived = left = None
        minutes = minutes_attended(status, info.window, arrived, left)
        with self.ctx.write() as store:
            changed = store.changes(
                "UPDATE attendance SET status = ?, arrived_at = ?, left_at = ?, minutes = ?,"
                " updated_at = ? WHERE session_id = ? AND member_id = ?",
                [
                    status.value if status else None,
                    _iso(arrived),
                    _iso(left),
                    minutes,
                    self.ctx.now_iso(),
                    info.id,
                    member_id,
                ],
            )
            if changed == 0:
                raise NotFound("That member is not on this session's roster.")

    def set_time(
        self, session_id: SessionId, member_id: MemberId, which: str, clock_time: dt.time
    ) -> Changes:
        """Correct a member's arrival or departure ("arrived" / "left") to a typed clock time.

        The time is read within the session (an evening group past midnight reads 00:40 as
        the next day); the member's status is kept.
        """
        info = self._editable(session_id)
        if which not in ("arrived", "left"):
            raise ValueError(which)
        entry = next((e for e in self.roster(session_id) if e.member_id == member_id), None)
        if entry is None:
            raise NotFound("That member is not on this session's roster.")
        if entry.status is None or not entry.status.attended:
            raise ValidationError("Mark the member as attending before setting times.", which)
        when = time_in_session(info.window, clock_time)
        arrived = when if which == "arrived" else entry.arrived_at
        left = when if which == "left" else entry.left_at
        if arrived is not None and left is not None and left < arrived:
            raise ValidationError("The departure time is before the arrival time.", which)
        self._write_attendance(info, member_id, entry.status, arrived, left)
        return Changes(attendance=True)

    def mark_all_present(self, session_id: SessionId) -> Changes:
        """Everyone not yet marked becomes present; marks already made are kept."""
        info = self._editable(session_id)
        minutes = info.window.minutes
        with self.ctx.write() as store:
            store.execute(
                "UPDATE attendance SET status = 'present', minutes = ?, updated_at = ?"
                " WHERE session_id = ? AND status IS NULL",
                [minutes, self.ctx.now_iso(), session_id],
            )
        return Changes(attendance=True)

    # -- check-in and notes ----------------------------------------------------------------
    def set_check_in(self, session_id: SessionId, member_id: MemberId, **fields: Any) -> Changes:
        """Update any of: craving (0-10 or None), use_since_last, drug_screen, screen_substances,
        mood, safety_flag."""
        self._editable(session_id)
        allowed = {
            "craving",
            "use_since_last",
            "drug_screen",
            "screen_substances",
            "mood",
            "safety_flag",
        }
        unknown = set(fields) - allowed
        if unknown:
            raise ValidationError(f"Unknown check-in field: {', '.join(sorted(unknown))}.")
        values: dict[str, Any] = {}
        if "craving" in fields:
            values["craving"] = _craving(fields["craving"])
        if "use_since_last" in fields:
            values["use_since_last"] = (
                UseSinceLast(fields["use_since_last"]).value if fields["use_since_last"] else None
            )
        if "drug_screen" in fields:
            values["drug_screen"] = (
                DrugScreen(fields["drug_screen"]).value if fields["drug_screen"] else None
            )
        for key in ("screen_substances", "mood"):
            if key in fields:
                values[key] = clean_text(
                    str(fields[key] or ""), key.replace("_", " ").capitalize()
                )[:500]
        if "safety_flag" in fields:
            values["safety_flag"] = 1 if fields["safety_flag"] else 0
        values["updated_at"] = self.ctx.now_iso()
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        updates = ", ".join(f"{k} = excluded.{k}" for k in values)
        with self.ctx.write() as store:
            store.execute(
                f"INSERT INTO check_in (session_id, member_id, {columns}) VALUES (?, ?, {marks})"
                f" ON CONFLICT(session_id, member_id) DO UPDATE SET {updates}",
                [session_id, member_id, *values.values()],
            )
            if values.get("safety_flag"):
                self.ctx.audit("safety_flag", "session", session_id, {"member_id": member_id})
        return Changes(attendance=True)

    def set_quick_note(self, session_id: SessionId, member_id: MemberId, text: str) -> Changes:
        self._editable(session_id)
        text = clean_text(text, "The quick note")
        with self.ctx.write() as store:
            if (
                store.changes(
                    "UPDATE attendance SET quick_note = ?, updated_at = ?"
                    " WHERE session_id = ? AND member_id = ?",
                    [text, self.ctx.now_iso(), session_id, member_id],
                )
                == 0
            ):
                raise NotFound("That member is not on this session's roster.")
        return Changes(attendance=True)

    def set_group_quick_note(self, session_id: SessionId, text: str) -> Changes:
        self._editable(session_id)
        text = clean_text(text, "The group note")
        with self.ctx.write() as store:
            store.update(
                "session", session_id, {"group_quick_note": text, "updated_at": self.ctx.now_iso()}
            )
        return Changes(sessions=True)

    def set_jotting(self, session_id: SessionId, member_id: MemberId, text: str) -> Changes:
        """Private facilitator jottings (42 CFR Part 2 counseling notes): apart, never exported."""
        self._editable(session_id)
        text = clean_text(text, "The private jotting")
        with self.ctx.write() as store:
            store.execute(
                "INSERT INTO private_jotting (session_id, member_id, text, updated_at)"
                " VALUES (?, ?, ?, ?)"
                " ON CONFLICT(session_id, member_id) DO UPDATE SET text = excluded.text,"
                " updated_at = excluded.updated_at",
                [session_id, member_id, text, self.ctx.now_iso()],
            )
        return Changes(attendance=True)

    def save_agenda_state(self, session_id: SessionId, state: dict[str, Any]) -> Changes:
        self._editable(session_id)
        with self.ctx.write() as store:
            store.update(
                "session",
                session_id,
                {
                    "agenda_state": json.dumps(state, sort_keys=True),
                    "updated_at": self.ctx.now_iso(),
                },
            )
        return Changes(sessions=True)

    # -- ending ----------------------------------------------------------------------------
    def end(self, session_id: SessionId) -> Changes:
        """Record the actual end; members still present get it as their departure."""
        info = self.get(session_id)
        if info.status is not SessionStatus.RUNNING:
            raise RuleViolation("Only a running session can be ended.")
        end = self.ctx.clock.now()
        start = info.actual_start or info.planned_start
        if end <= start:
            end = start + dt.timedelta(minutes=1)
        with self.ctx.write() as store:
            store.update(
                "session",
                session_id,
                {"status": "ended", "actual_end": _iso(end), "updated_at": self.ctx.now_iso()},
            )
            ended = self.get(session_id)
            for entry in self.roster(session_id):
                left = entry.left_at
                if entry.status is not None and entry.status.attended and left is None:
                    left = end
                minutes = minutes_attended(entry.status, ended.window, entry.arrived_at, left)
                store.execute(
                    "UPDATE attendance SET left_at = ?, minutes = ?, updated_at = ?"
                    " WHERE session_id = ? AND member_id = ?",
                    [
                        _iso(left) if entry.status and entry.status.attended else None,
                        minutes,
                        self.ctx.now_iso(),
                        session_id,
                        entry.member_id,
                    ],
                )
            self.ctx.audit("session_end", "session", session_id)
        return Changes(sessions=True, attendance=True, audit=True)


def _craving(value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError("Craving is a number from 0 to 10.", "craving") from None
    if not 0 <= number <= 10:
        raise ValidationError("Craving is a number from 0 to 10.", "craving")
    return number
