"""Open or create one clinic's data folder and hand out its services (used by the UI and the CLI)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from iop_facilitator.clock import Clock, SystemClock
from iop_facilitator.domain import passphrase as passphrase_rules
from iop_facilitator.domain.ids import FacilitatorId
from iop_facilitator.errors import ValidationError
from iop_facilitator.paths import DataPaths
from iop_facilitator.paths import curriculum_dir
from iop_facilitator.services.context import ServiceContext
from iop_facilitator.services.curriculum import CurriculumService
from iop_facilitator.services.facilitators import FacilitatorService
from iop_facilitator.services.notes import NoteService
from iop_facilitator.services.reports import ReportService
from iop_facilitator.services.sessions import SessionService
from iop_facilitator.services.settings import SettingsService
from iop_facilitator.services.topic_packs import TopicPackService
from iop_facilitator.services.topic_suggestions import TopicSuggestionService
from iop_facilitator.storage import Key, Passphrase, Store, create_database, key_opens, open_database


@dataclass
class Clinic:
    """Everything open for one data folder. Close it when done."""

    paths: DataPaths
    store: Store
    ctx: ServiceContext
    settings: SettingsService = field(init=False)
    facilitators: FacilitatorService = field(init=False)
    sessions: SessionService = field(init=False)
    notes: NoteService = field(init=False)
    curriculum: CurriculumService = field(init=False)
    topic_packs: TopicPackService = field(init=False)
    topic_suggestions: TopicSuggestionService = field(init=False)
    reports: ReportService = field(init=False)
    # Built-in topic files; injectable so tests can use fixture topics.
    curriculum_dir: Path | None = None

    def __post_init__(self) -> None:
        self.settings = SettingsService(self.ctx)
        self.facilitators = FacilitatorService(self.ctx)
        self.curriculum = CurriculumService(self.ctx, self.curriculum_dir or curriculum_dir())
        self.topic_packs = TopicPackService(self.ctx, self.curriculum)
        self.topic_suggestions = TopicSuggestionService(self.ctx)
        self.sessions = SessionService(self.ctx)
        self.notes = NoteService(self.ctx, self.sessions)
        self.reports = ReportService(self.ctx, self.topic_suggestions, self.settings)

    def confirm_identity(self, secret: str) -> bool:
        """The facilitator confirms they are who signs: the clinic passphrase opens the database."""
        if not secret or self.ctx.actor_id is None:
            return False
        ok = key_opens(self.paths.database, Passphrase(secret))
        with self.ctx.write():
            self.ctx.audit("identity_confirmed" if ok else "identity_refused", "facilitator", self.ctx.actor_id)
        return ok

    def close(self) -> None:
        self.store.checkpoint()
        self.store.close()


def database_exists(paths: DataPaths) -> bool:
    return paths.database.exists() and paths.database.stat().st_size > 0


def open_clinic(
    paths: DataPaths, key: Key, clock: Clock | None = None, curriculum: Path | None = None
) -> Clinic:
    """Open an existing clinic. Raises WrongPassphrase, DatabaseCorrupt, NewerDatabase...

    Built-in topics are synced from `curriculum` (default: resources/curriculum) on every open.
    """
    store = open_database(paths.database, key)
    ctx = ServiceContext(store, clock or SystemClock())
    clinic = Clinic(paths, store, ctx, curriculum_dir=curriculum)
    facilitators = clinic.facilitators.list()
    if len(facilitators) == 1:
        ctx.actor_id = facilitators[0].id
    with ctx.write():
        ctx.audit("unlock", "database")
    clinic.curriculum.sync_builtin()
    return clinic


def create_clinic(
    paths: DataPaths,
    key: Key,
    *,
    clinic_name: str,
    facilitator_name: str,
    credentials: str = "",
    clock: Clock | None = None,
    curriculum: Path | None = None,
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
    clinic = Clinic(paths, store, ctx, curriculum_dir=curriculum)
    facilitator_id, _ = clinic.facilitators.create(facilitator_name, credentials)
    ctx.actor_id = FacilitatorId(facilitator_id)
    if clinic_name.strip():
        clinic.settings.update({"clinic_name": clinic_name})
    with ctx.write():
        ctx.audit("create_database", "database")
    clinic.curriculum.sync_builtin()
    return clinic
