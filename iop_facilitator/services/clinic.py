"""Open or create one clinic's data folder and hand out its services (used by the UI and CLI)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from iop_facilitator.clock import Clock, SystemClock
from iop_facilitator.domain import passphrase as passphrase_rules
from iop_facilitator.domain.ids import FacilitatorId
from iop_facilitator.errors import DatabaseCorrupt, ValidationError
from iop_facilitator.paths import DataPaths, curriculum_dir
from iop_facilitator.services import integrity
from iop_facilitator.services.audit import AuditService
from iop_facilitator.services.backups import BackupService, newest_good_backup
from iop_facilitator.services.context import ServiceContext
from iop_facilitator.services.curriculum import CurriculumService
from iop_facilitator.services.facilitators import FacilitatorService
from iop_facilitator.services.reports import ReportService
from iop_facilitator.services.security import SecurityService
from iop_facilitator.services.settings import SettingsService
from iop_facilitator.services.topic_suggestions import TopicSuggestionService
from iop_facilitator.storage import (
    Key,
    Passphrase,
    Store,
    create_database,
    key_opens,
    migrate,
    open_database,
)
from iop_facilitator.storage.cancel import Cancellation
from iop_facilitator.storage.database import damaged_error, schema_upgrade_pending
from iop_facilitator.texts import QT_TR_NOOP

if TYPE_CHECKING:
    from iop_facilitator.services.exports import ExportService
    from iop_facilitator.services.groups import GroupService
    from iop_facilitator.services.member_import import MemberImportService
    from iop_facilitator.services.members import MemberService
    from iop_facilitator.services.note_formats import NoteFormatService
    from iop_facilitator.services.notes import NoteService
    from iop_facilitator.services.sessions import SessionService
    from iop_facilitator.services.topic_packs import TopicPackService

# Below this size the start check runs before the window even in the app (it takes well under
# ~150 ms): simplest and safest. Above it, the app defers it (`open_clinic(check="later")`).
SMALL_DATABASE_BYTES = 32 * 1024 * 1024


@dataclass
class Clinic:
    """Everything open for one data folder. Close it when done."""

    paths: DataPaths
    store: Store
    ctx: ServiceContext
    settings: SettingsService = field(init=False)
    facilitators: FacilitatorService = field(init=False)
    curriculum: CurriculumService = field(init=False)
    topic_suggestions: TopicSuggestionService = field(init=False)
    backups: BackupService = field(init=False)
    security: SecurityService = field(init=False)
    audit: AuditService = field(init=False)
    reports: ReportService = field(init=False)
    # Built-in topic files; injectable so tests can use fixture topics.
    curriculum_dir: Path | None = None
    # True when open_clinic(check="later") left the start check (and the start-up backup) to the
    # caller, which runs them in the background (ui/startup_work.py).
    check_deferred: bool = False

    def __post_init__(self) -> None:
        self.settings = SettingsService(self.ctx)
        self.facilitators = FacilitatorService(self.ctx)
        self.curriculum = CurriculumService(self.ctx, self.curriculum_dir or curriculum_dir())
        self.topic_suggestions = TopicSuggestionService(self.ctx)
        self.backups = BackupService(self.ctx, self.paths, self.settings)
        self.security = SecurityService(self.ctx)
        self.audit = AuditService(self.ctx)
        self.reports = ReportService(self.ctx, self.topic_suggestions, self.settings)

    # Built on first use: their modules (sessions, groups, members, notes, exports, CSV import,
    # topic packs) are not needed to show Today, so they are not imported at start.
    @cached_property
    def sessions(self) -> SessionService:
        from iop_facilitator.services.sessions import SessionService

        return SessionService(self.ctx)

    @cached_property
    def groups(self) -> GroupService:
        from iop_facilitator.services.groups import GroupService

        return GroupService(self.ctx)

    @cached_property
    def members(self) -> MemberService:
        from iop_facilitator.services.members import MemberService

        return MemberService(self.ctx, self.groups)

    @cached_property
    def notes(self) -> NoteService:
        from iop_facilitator.services.notes import NoteService

        return NoteService(self.ctx, self.sessions)

    @cached_property
    def note_formats(self) -> NoteFormatService:
        from iop_facilitator.services.note_formats import NoteFormatService

        return NoteFormatService(self.ctx, self.settings)

    @cached_property
    def exports(self) -> ExportService:
        from iop_facilitator.services.exports import ExportService

        return ExportService(self.ctx, self.sessions, self.notes, self.settings)

    @cached_property
    def member_import(self) -> MemberImportService:
        from iop_facilitator.services.member_import import MemberImportService

        return MemberImportService(self.ctx)

    @cached_property
    def topic_packs(self) -> TopicPackService:
        from iop_facilitator.services.topic_packs import TopicPackService

        return TopicPackService(self.ctx, self.curriculum)

    def confirm_identity(self, secret: str) -> bool:
        """The facilitator confirms they are who signs: their PIN (when they have one), or the
        clinic passphrase (checked by opening the database a second time; nothing is stored)."""
        if not secret or self.ctx.actor_id is None:
            return False
        ok = (
            secret.isdigit() and self.facilitators.check_pin(self.ctx.actor_id, secret)
        ) or key_opens(self.paths.database, Passphrase(secret))
        with self.ctx.write():
            self.ctx.audit(
                "identity_confirmed" if ok else "identity_refused", "facilitator", self.ctx.actor_id
            )
        return ok

    def close(self) -> None:
        self.store.checkpoint()
        self.store.close()


def database_exists(paths: DataPaths) -> bool:
    return paths.has_database


def offer_backup(
    exc: DatabaseCorrupt, paths: DataPaths, key: Key, cancel: Cancellation | None = None
) -> DatabaseCorrupt:
    """Name the newest good backup in the message (and on the error, for the restore dialog)."""
    newest = newest_good_backup(paths, key, cancel)
    exc.newest_backup = newest.path if newest else None
    if newest is not None:
        exc.what_next = QT_TR_NOOP(
            "The newest good backup is from {date} ({path}). "
            'Restore it in the app, or run: iop-facilitator restore "{path}"',
            date=f"{newest.created_at:%Y-%m-%d %H:%M}",
            path=str(newest.path),
        )
    else:
        exc.what_next = QT_TR_NOOP(
            "No good backup was found in the backup folder. Do not delete anything: copy the "
            "data folder somewhere safe and ask IT or support for help."
        )
    return exc


def open_clinic(
    paths: DataPaths,
    key: Key,
    clock: Clock | None = None,
    curriculum: Path | None = None,
    *,
    failed_attempts: int = 0,
    check: Literal["now", "later"] = "now",
    defer_above: int = SMALL_DATABASE_BYTES,
) -> Clinic:
    """Open an existing clinic. Raises WrongPassphrase, DatabaseCorrupt, NewerDatabase...

    The integrity check runs before anything is written (even a schema upgrade); a damaged
    database raises DatabaseCorrupt naming the newest good backup and is left untouched.
    Built-in topics are synced from `curriculum` (default: resources/curriculum) on every open.
    With one facilitator profile it becomes the actor; with several, none is chosen until the UI
    asks who is facilitating. `failed_attempts` (wrong passphrases counted in memory before this
    success) is written to the audit as `failed_unlock`, followed by the `unlock` itself.

    `check="later"` (the app window) skips the check here for a database of `defer_above` bytes
    or more, unless a schema upgrade is pending (nothing is written to an unchecked file); the
    returned clinic then has `check_deferred` set and the caller runs the check after showing
    the window (ui/startup_work.py), putting the store in read-only mode if it finds damage.
    """
    clock = clock or SystemClock()
    try:
        store = open_database(paths.database, key, migrate_schema=False)
    except DatabaseCorrupt as exc:
        raise offer_backup(exc, paths, key) from None
    try:
        deferred = (
            check == "later"
            and paths.database.stat().st_size >= defer_above
            and not schema_upgrade_pending(store)
        )
    except BaseException:
        store.close()
        raise
    if not deferred:
        problems = integrity.startup_check(store, paths, clock)
        if problems:
            store.close()
            raise offer_backup(damaged_error(), paths, key)
    try:
        migrate(store)
    except BaseException:
        store.close()
        raise
    ctx = ServiceContext(store, clock)
    clinic = Clinic(paths, store, ctx, curriculum_dir=curriculum, check_deferred=deferred)
    try:
        facilitators = clinic.facilitators.list()
        if len(facilitators) == 1:
            ctx.actor_id = facilitators[0].id
        clinic.security.record_unlock("passphrase", failed_attempts)
        clinic.curriculum.sync_builtin()
    except DatabaseCorrupt:
        # Damage met before the deferred check could find it: as if the check had.
        store.close()
        raise offer_backup(damaged_error(), paths, key) from None
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
        raise ValidationError(
            QT_TR_NOOP("Please enter your name: it goes on every note you sign."), "name"
        )
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
