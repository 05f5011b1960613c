"""The session's topic material and timed agenda, and where the facilitator is in it."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from iop_facilitator.domain.agenda import AgendaSegment, fit_to_session
from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.ids import SessionId
from iop_facilitator.services.session_records import SessionRecords


class SessionAgenda(SessionRecords):
    """The topic and agenda of a session (part of `SessionService`)."""

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
