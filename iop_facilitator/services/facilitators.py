"""Facilitator profiles: who is running the group and signing the notes.

Every change and signature is attributed to `ctx.actor_id`, the active profile. A profile may have
a PIN (4-8 digits, stored only as a salted scrypt hash) for signing and for quick unlock.
"""

from __future__ import annotations

from dataclasses import dataclass

from iop_facilitator.domain import pin as pin_rules
from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.ids import FacilitatorId
from iop_facilitator.domain.text import check_storable
from iop_facilitator.errors import NotFound, ValidationError
from iop_facilitator.services.context import ServiceContext
from iop_facilitator.texts import QT_TR_NOOP

MAX_NAME = 120


@dataclass(frozen=True)
class Facilitator:
    id: FacilitatorId
    name: str
    credentials: str
    active: bool
    has_pin: bool = False

    @property
    def display(self) -> str:
        return f"{self.name}, {self.credentials}" if self.credentials else self.name


def _row(r: dict[str, object]) -> Facilitator:
    return Facilitator(
        FacilitatorId(int(r["id"])),  # type: ignore[call-overload]
        str(r["name"]),
        str(r["credentials"]),
        bool(r["active"]),
        bool(r.get("pin_hash")),
    )


class FacilitatorService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list(self, include_inactive: bool = False) -> list[Facilitator]:
        where = "" if include_inactive else "WHERE active = 1"
        return [
            _row(r)
            for r in self.ctx.store.query(f"SELECT * FROM facilitator {where} ORDER BY name, id")
        ]

    def get(self, facilitator_id: FacilitatorId) -> Facilitator:
        r = self.ctx.store.one("SELECT * FROM facilitator WHERE id = ?", [facilitator_id])
        if r is None:
            raise NotFound(QT_TR_NOOP("That facilitator profile no longer exists."))
        return _row(r)

    def create(
        self, name: str, credentials: str = "", pin: str | None = None
    ) -> tuple[FacilitatorId, Changes]:
        """A new profile. `pin`, when given, must be 4-8 digits; nothing is saved otherwise."""
        name, credentials = _clean(name, credentials)
        pin_hash = pin_rules.hash_pin(pin) if pin else None
        with self.ctx.write() as store:
            new_id = FacilitatorId(
                store.insert(
                    "facilitator",
                    {
                        "name": name,
                        "credentials": credentials,
                        "pin_hash": pin_hash,
                        "created_at": self.ctx.now_iso(),
                    },
                )
            )
            self.ctx.audit("facilitator_create", "facilitator", new_id, {"pin": bool(pin_hash)})
        return new_id, Changes(facilitators=True, audit=True)

    def update(self, facilitator_id: FacilitatorId, name: str, credentials: str) -> Changes:
        """Change a profile's name and credentials (signed notes keep the signer's id)."""
        self.get(facilitator_id)
        name, credentials = _clean(name, credentials)
        with self.ctx.write() as store:
            store.update("facilitator", facilitator_id, {"name": name, "credentials": credentials})
            self.ctx.audit("facilitator_edit", "facilitator", facilitator_id)
        return Changes(facilitators=True, audit=True)

    def set_pin(
        self, facilitator_id: FacilitatorId, new_pin: str, current_pin: str = ""
    ) -> Changes:
        """Set or change a PIN. Changing an existing PIN needs the current one."""
        profile = self.get(facilitator_id)
        if profile.has_pin and not self.check_pin(facilitator_id, current_pin):
            raise ValidationError(
                QT_TR_NOOP("The current PIN is not right, so the PIN was not changed."),
                "current_pin",
                what_next=QT_TR_NOOP(
                    "Type the PIN this profile uses now. A forgotten PIN can be removed by "
                    "another facilitator after unlocking with the clinic passphrase."
                ),
            )
        pin_hash = pin_rules.hash_pin(new_pin)
        with self.ctx.write() as store:
            store.update("facilitator", facilitator_id, {"pin_hash": pin_hash})
            self.ctx.audit("facilitator_pin_set", "facilitator", facilitator_id)
        return Changes(facilitators=True, audit=True)

    def clear_pin(self, facilitator_id: FacilitatorId) -> Changes:
        """Remove a profile's PIN (for a forgotten PIN; the clinic passphrase unlocked the app)."""
        self.get(facilitator_id)
        with self.ctx.write() as store:
            store.update("facilitator", facilitator_id, {"pin_hash": None})
            self.ctx.audit("facilitator_pin_clear", "facilitator", facilitator_id)
        return Changes(facilitators=True, audit=True)

    def check_pin(self, facilitator_id: FacilitatorId, pin: str) -> bool:
        """True when `pin` is this profile's PIN (constant-time compare of salted hashes)."""
        stored = self.ctx.store.scalar(
            "SELECT pin_hash FROM facilitator WHERE id = ?", [facilitator_id]
        )
        return pin_rules.verify(pin, stored)

    def set_active(self, facilitator_id: FacilitatorId, pin: str | None = None) -> Changes:
        """Make this profile the one every change and signature is attributed to.

        When the profile has a PIN, `pin` must match it; the switch is audited.
        """
        profile = self.get(facilitator_id)
        if not profile.active:
            raise ValidationError(
                QT_TR_NOOP("That profile is switched off; choose another facilitator.")
            )
        if profile.has_pin and not self.check_pin(facilitator_id, pin or ""):
            raise ValidationError(
                QT_TR_NOOP("That is not {name}'s PIN.", name=profile.name),
                "pin",
                what_next=QT_TR_NOOP("Type the PIN again, or ask the clinic admin to reset it."),
            )
        previous = self.ctx.actor_id
        self.ctx.actor_id = facilitator_id
        if previous != facilitator_id:
            with self.ctx.write():
                self.ctx.audit(
                    "facilitator_select",
                    "facilitator",
                    facilitator_id,
                    {"previous": previous} if previous is not None else None,
                )
        return Changes(facilitators=True, audit=True)

    @property
    def active(self) -> Facilitator | None:
        return self.get(self.ctx.actor_id) if self.ctx.actor_id is not None else None


def _clean(name: str, credentials: str) -> tuple[str, str]:
    name = " ".join(check_storable(name, "The name", "name").split())
    credentials = " ".join(check_storable(credentials, "The credentials", "credentials").split())
    if not name:
        raise ValidationError(QT_TR_NOOP("Please enter the facilitator's name."), "name")
    if len(name) > MAX_NAME or len(credentials) > MAX_NAME:
        raise ValidationError(
            QT_TR_NOOP("Names and credentials are {n} characters at most.", n=MAX_NAME), "name"
        )
    if "\x00" in name or "\x00" in credentials:
        raise ValidationError(QT_TR_NOOP("Names cannot contain a NUL character."), "name")
    return name, credentials
