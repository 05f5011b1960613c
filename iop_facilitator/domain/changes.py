"""What a service call changed, so each view reloads only what it shows (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    """Flags for the kinds of record a service call touched. Combine with `|`."""

    settings: bool = False
    facilitators: bool = False
    members: bool = False
    groups: bool = False
    enrollment: bool = False
    topics: bool = False
    sessions: bool = False
    attendance: bool = False
    notes: bool = False
    audit: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            **{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        )

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in fields(self) if getattr(self, f.name))


NOTHING = Changes()
