"""Who is in the room and what is noted about them during group: the roster, drop-ins,
attendance and times, check-in, quick notes (member and group) and private jottings.

Every call is small and idempotent so the session screen can autosave each change as it happens.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from iop_facilitator.domain.attendance import minutes_attended, time_in_session
from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.enums import AttendanceStatus, DrugScreen, UseSinceLast
from iop_facilitator.domain.ids import MemberId, SessionId
from iop_facilitator.errors import NotFound, ValidationError
from iop_facilitator.services.session_records import (
    SessionInfo,
    SessionRecords,
    clean_text,
    iso_time,
    parse_time,
)
from iop_facilitator.texts import QT_TR_NOOP


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


class SessionRoster(SessionRecords):
    """The roster and everything marked on it while the group runs (part of `SessionService`)."""

    # -- roster ----------------------------------------------------------------------------
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
                arrived_at=parse_time(r["arrived_at"]),
                left_at=parse_time(r["left_at"]),
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
            raise NotFound(QT_TR_NOOP("That member no longer exists."))
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
            raise ValidationError(
                QT_TR_NOOP("The departure time is before the arrival time."), "left"
            )
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
                    iso_time(arrived),
                    iso_time(left),
                    minutes,
                    self.ctx.now_iso(),
                    info.id,
                    member_id,
                ],
            )
            if changed == 0:
                raise NotFound(QT_TR_NOOP("That member is not on this session's roster."))

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
            raise NotFound(QT_TR_NOOP("That member is not on this session's roster."))
        if entry.status is None or not entry.status.attended:
            raise ValidationError(
                QT_TR_NOOP("Mark the member as attending before setting times."), which
            )
        when = time_in_session(info.window, clock_time)
        arrived = when if which == "arrived" else entry.arrived_at
        left = when if which == "left" else entry.left_at
        if arrived is not None and left is not None and left < arrived:
            raise ValidationError(
                QT_TR_NOOP("The departure time is before the arrival time."), which
            )
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
        labels = {"screen_substances": QT_TR_NOOP("Screen substances"), "mood": QT_TR_NOOP("Mood")}
        for key, label in labels.items():
            if key in fields:
                values[key] = clean_text(str(fields[key] or ""), label)[:500]
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
        text = clean_text(text, QT_TR_NOOP("The quick note"))
        with self.ctx.write() as store:
            if (
                store.changes(
                    "UPDATE attendance SET quick_note = ?, updated_at = ?"
                    " WHERE session_id = ? AND member_id = ?",
                    [text, self.ctx.now_iso(), session_id, member_id],
                )
                == 0
            ):
                raise NotFound(QT_TR_NOOP("That member is not on this session's roster."))
        return Changes(attendance=True)

    def set_group_quick_note(self, session_id: SessionId, text: str) -> Changes:
        self._editable(session_id)
        text = clean_text(text, QT_TR_NOOP("The group note"))
        with self.ctx.write() as store:
            store.update(
                "session", session_id, {"group_quick_note": text, "updated_at": self.ctx.now_iso()}
            )
        return Changes(sessions=True)

    def set_jotting(self, session_id: SessionId, member_id: MemberId, text: str) -> Changes:
        """Private facilitator jottings (42 CFR Part 2 counseling notes): apart, never exported."""
        self._editable(session_id)
        text = clean_text(text, QT_TR_NOOP("The private jotting"))
        with self.ctx.write() as store:
            store.execute(
                "INSERT INTO private_jotting (session_id, member_id, text, updated_at)"
                " VALUES (?, ?, ?, ?)"
                " ON CONFLICT(session_id, member_id) DO UPDATE SET text = excluded.text,"
                " updated_at = excluded.updated_at",
                [session_id, member_id, text, self.ctx.now_iso()],
            )
        return Changes(attendance=True)


def _craving(value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError(QT_TR_NOOP("Craving is a number from 0 to 10."), "craving") from None
    if not 0 <= number <= 10:
        raise ValidationError(QT_TR_NOOP("Craving is a number from 0 to 10."), "craving")
    return number
