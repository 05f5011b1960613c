"""Open or create one clinic's data folder and hand out its services (used by the UI and the CLI)."""

from __future__ import annotations

from dataclasses import dataclass, field

from iop_facilitator.clock import Clock, SystemClock
from iop_facilitator.domain import passphrase as passphrase_rules
from iop_facilitator.domain.ids import FacilitatorId
from iop_facilitator.errors import ValidationError
from iop_facilitator.paths import DataPaths
from iop_facilitator.services.audit import AuditService
from iop_facilitator.services.context import ServiceContext
from iop_facilitator.services.facilitators import FacilitatorService
from iop_facilitator.services.security import SecurityService
from iop_facilitator.services.settings import SettingsService
from iop_facilitator.storage import Key, Passphrase, Store, create_database, open_database


@dataclass
class Clinic:
    """Everything open for one data folder. Close it when done."""

    paths: DataPaths
    store: Store
    ctx: ServiceContext
    settings: SettingsService = field(init=False)
    facilitators: FacilitatorService = field(init=False)
    security: SecurityService = field(init=False)
    audit: AuditService = field(init=False)

    def __post_init__(self) -> None:
        self.settings = SettingsService(self.ctx)
        self.facilitators = FacilitatorService(self.ctx)
        self.security = SecurityService(self.ctx)
        self.audit = AuditService(self.ctx)

    def close(self) -> None:
        self.store.checkpoint()
        self.store.close()


def database_exists(paths: DataPaths) -> bool:
    return paths.database.exists() and paths.database.stat().st_size > 0


def open_clinic(
    paths: DataPaths, key: Key, clock: Clock | None = None, *, failed_attempts: int = 0
) -> Clinic:
    """Open an existing clinic. Raises WrongPassphrase, DatabaseCorrupt, NewerDatabase...

    With one facilitator profile it becomes the actor; with several, none is chosen until the UI
    asks who is facilitating. `failed_attempts` (wrong passphrases counted in memory before this
    success) is written to the audit as `failed_unlock`, followed by the `unlock` itself.
    """
    store = open_database(paths.database, key)
    ctx = ServiceContext(store, clock or SystemClock())
    clinic = Clinic(paths, store, ctx)
    facilitators = clinic.facilitators.list()
    if len(facilitators) == 1:
        ctx.actor_id = facilitators[0].id
    clinic.security.record_unlock("passphrase", failed_attempts)
    return clinic


def create_clinic(
    paths: DataPaths,
    key: Key,
    *,
    clinic_name: str,
    facilitator_name: str,
    credentials: str = "",
    clock: Clock | None = None,
) -> Clinic:
    """A new clinic: encrypted database, program name and the first facilitator profile."""
    if isinstance(key, Passphrase):
        strength = passphrase_rules.assess(key.text)
        if not strength.acceptable:
            raise ValidationError(strength.hint, "passphrase")
    if not facilitator_name.strip():
        raise ValidationError("Please enter your name: it goes on every note you sign.", "name")
    paths.ensure()
    store = create_database(paths.database, key)
    ctx = ServiceContext(store, clock or SystemClock())
    clinic = Clinic(paths, store, ctx)
    facilitator_id, _ = clinic.facilitators.create(facilitator_name, credentials)
    ctx.actor_id = FacilitatorId(facilitator_id)
    if clinic_name.strip():
        clinic.settings.update({"clinic_name": clinic_name})
    with ctx.write():
        ctx.audit("create_database", "database")
    return clinic
