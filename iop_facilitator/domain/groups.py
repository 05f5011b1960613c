"""Groups and their weekly schedule."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iop_facilitator.domain.dates import format_time
from iop_facilitator.domain.enums import Track
from iop_facilitator.domain.ids import GroupId
from iop_facilitator.domain.members import clean_text
from iop_facilitator.domain.text import shown
from iop_facilitator.errors import ValidationError
from iop_facilitator.texts import QT_TR_NOOP

DEFAULT_SIZE_CAP = 12
MAX_MINUTES = 720
NAME_MAX = 80
WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True)
class Group:
    id: GroupId
    name: str
    track: Track
    weekdays: tuple[int, ...]  # ISO weekday numbers, 1 = Monday
    start_time: dt.time
    minutes: int
    room: str
    note_format: str
    billing_code: str
    size_cap: int
    active: bool

    @property
    def schedule(self) -> str:
        """'Mon, Wed, Thu 09:00-12:00' for lists and headings."""
        end = (
            dt.datetime.combine(dt.date(2000, 1, 1), self.start_time)
            + dt.timedelta(minutes=self.minutes)
        ).time()
        days = format_weekdays(self.weekdays) or "no days set"
        return f"{days} {format_time(self.start_time)}-{format_time(end)}"

    def meets_on(self, day: dt.date) -> bool:
        return day.isoweekday() in self.weekdays


@dataclass(frozen=True)
class GroupDraft:
    name: str
    track: Track
    weekdays: tuple[int, ...]
    start_time: dt.time
    minutes: int = 180
    room: str = ""
    note_format: str = "DAP"
    billing_code: str = ""
    size_cap: int = DEFAULT_SIZE_CAP
    active: bool = True


def parse_weekdays(text: str) -> tuple[int, ...]:
    """'1,3,4' (as stored) -> (1, 3, 4); unknown parts are refused."""
    days: set[int] = set()
    for part in text.replace(" ", "").split(","):
        if not part:
            continue
        if not part.isdigit() or not 1 <= int(part) <= 7:
            raise ValidationError(
                QT_TR_NOOP(
                    "'{value}' is not a weekday number (1 = Monday ... 7 = Sunday).",
                    value=shown(part, 8),
                )
            )
        days.add(int(part))
    return tuple(sorted(days))


def store_weekdays(days: tuple[int, ...]) -> str:
    return ",".join(str(d) for d in sorted(set(days)))


def format_weekdays(days: tuple[int, ...]) -> str:
    return ", ".join(WEEKDAY_NAMES[d - 1] for d in sorted(set(days)))


def validate_group(draft: GroupDraft) -> GroupDraft:
    name = clean_text(draft.name)
    if not name:
        raise ValidationError(
            QT_TR_NOOP("The group needs a name."), "name", QT_TR_NOOP("e.g. Morning IOP.")
        )
    if len(name) > NAME_MAX:
        raise ValidationError(
            QT_TR_NOOP("Group names are {n} characters at most.", n=NAME_MAX),
            "name",
            QT_TR_NOOP("Shorten it."),
        )
    if not draft.weekdays:
        raise ValidationError(
            QT_TR_NOOP("Choose at least one meeting day."),
            "weekdays",
            QT_TR_NOOP("IOP groups usually meet 3 days a week."),
        )
    if any(not 1 <= d <= 7 for d in draft.weekdays):
        raise ValidationError(QT_TR_NOOP("A meeting day is not a weekday."), "weekdays")
    if not 15 <= draft.minutes <= MAX_MINUTES:
        raise ValidationError(
            QT_TR_NOOP(
                "A session lasts between 15 and {most} minutes; {n} was entered.",
                most=MAX_MINUTES,
                n=draft.minutes,
            ),
            "minutes",
            QT_TR_NOOP("IOP sessions are usually 180 minutes."),
        )
    if draft.size_cap < 1:
        raise ValidationError(
            QT_TR_NOOP("The size cap must be at least 1."),
            "size_cap",
            QT_TR_NOOP("The usual cap is 12."),
        )
    room = clean_text(draft.room)
    billing = clean_text(draft.billing_code)
    if len(room) > NAME_MAX or len(billing) > 20:
        raise ValidationError(
            QT_TR_NOOP("The room or billing code is too long."), "room", QT_TR_NOOP("Shorten it.")
        )
    return GroupDraft(
        name,
        Track(draft.track),
        tuple(sorted(set(draft.weekdays))),
        draft.start_time,
        draft.minutes,
        room,
        draft.note_format,
        billing,
        draft.size_cap,
        draft.active,
    )


def size_warning(name: str, count: int, cap: int) -> str:
    """A warning (never a block) when a roster is above the group's cap; '' otherwise."""
    if count <= cap:
        return ""
    return QT_TR_NOOP(
        "{name} has {count} members, above its cap of {cap}. Payers often limit group "
        "psychotherapy to 12; consider another group or raising the cap.",
        name=name,
        count=count,
        cap=cap,
    )
