"""Facilitator profiles: who is running the group and signing the notes."""

from __future__ import annotations

from dataclasses import dataclass

from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.ids import FacilitatorId
from iop_facilitator.domain.text import check_storable
from iop_facilitator.errors import NotFound, ValidationError
from iop_facilitator.services.context import ServiceContext

MAX_NAME = 120


@dataclass(frozen=True)
class Facilitator:
    id: FacilitatorId
    name: str
    credentials: str
    active: bool

    @property
    def display(self) -> str:
        return f"{self.name}, {self.credentials}" if self.credentials else self.name


def _row(r: dict[str, object]) -> Facilitator:
    return Facilitator(
        FacilitatorId(int(r["id"])),  # type: ignore[call-overload]
        str(r["name"]),
        str(r["credentials"]),
        bool(r["active"]),
    )


class FacilitatorService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list(self, include_inactive: bool = False) -> list[Facilitator]:
        where = "" if include_inactive else "WHERE active = 1"
        return [_row(r) for r in self.ctx.store.query(f"SELECT * FROM facilitator {where} ORDER BY name")]

    def get(self, facilitator_id: FacilitatorId) -> Facilitator:
        r = self.ctx.store.one("SELECT * FROM facilitator WHERE id = ?", [facilitator_id])
        if r is None:
            raise NotFound("That facilitator profile no longer exists.")
        return _row(r)

    def create(self, name: str, credentials: str = "") -> tuple[FacilitatorId, Changes]:
        name, credentials = _clean(name, credentials)
        with self.ctx.write() as store:
            new_id = FacilitatorId(
                store.insert(
                    "facilitator",
                    {"name": name, "credentials": credentials, "created_at": self.ctx.now_iso()},
                )
            )
            self.ctx.audit("facilitator_create", "facilitator", new_id)
        return new_id, Changes(facilitators=True, audit=True)

    def set_active(self, facilitator_id: FacilitatorId) -> Changes:
        """Make this profile the one every change and signature is attributed to."""
        self.get(facilitator_id)
        self.ctx.actor_id = facilitator_id
        return Changes(facilitators=True)

    @property
    def active(self) -> Facilitator | None:
        return self.get(self.ctx.actor_id) if self.ctx.actor_id is not None else None


def _clean(name: str, credentials: str) -> tuple[str, str]:
    name = " ".join(check_storable(name, "The name", "name").split())
    credentials = " ".join(check_storable(credentials, "The credentials", "credentials").split())
    if not name:
        raise ValidationError("Please enter the facilitator's name.", "name")
    if len(name) > MAX_NAME or len(credentials) > MAX_NAME:
        raise ValidationError(f"Names and credentials are {MAX_NAME} characters at most.", "name")
    return name, credentials
