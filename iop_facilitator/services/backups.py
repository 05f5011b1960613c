"""Backups and restore: encrypted copies of the clinic, verified, rotated, and a way back.

A backup is `iop-facilitator-YYYYMMDD-HHMMSS.db` (encrypted with the clinic's key, made with
SQLite's online backup API, checked with `PRAGMA integrity_check` before it counts) plus a
`.json` sidecar holding its date and counts (members, sessions, notes: numbers only), so the
list shows without decrypting every file.

When: at start-up if the newest is older than a day (`back_up_if_due`), after a "sign all"
(`after_sign_all`, called by the notes service once its transaction has committed), and on demand.
Restore (`restore`) runs with the clinic closed: the current database is renamed aside, never
overwritten.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from iop_facilitator import errors
from iop_facilitator.clock import Clock
from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.retention import to_keep
from iop_facilitator.paths import DataPaths
from iop_facilitator.services import integrity
from iop_facilitator.services.context import ServiceContext
from iop_facilitator.services.settings import SettingsService
from iop_facilitator.storage import Key, Store, maintenance, open_database
from iop_facilitator.storage.cancel import Cancellation, Cancelled
from iop_facilitator.storage.migrations import migration_names
from iop_facilitator.texts import QT_TR_NOOP

log = logging.getLogger(__name__)

PREFIX = "iop-facilitator-"
STAMP = "%Y%m%d-%H%M%S"
NAME_RE = re.compile(r"^iop-facilitator-(\d{8}-\d{6})(?:-(\d+))?\.db$")
DUE_AFTER = dt.timedelta(days=1)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file. Counts are None when its sidecar is missing (a copied-in file)."""

    path: Path
    created_at: dt.datetime
    size: int
    members: int | None
    sessions: int | None
    notes: int | None

    @property
    def sidecar(self) -> Path:
        return sidecar_of(self.path)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_aside: Path | None
    members: int
    sessions: int
    notes: int


def sidecar_of(path: Path) -> Path:
    return path.with_suffix(".json")


def _parse_name(name: str) -> dt.datetime | None:
    match = NAME_RE.match(name)
    if not match:
        return None
    with contextlib.suppress(ValueError):
        return dt.datetime.strptime(match.group(1), STAMP)
    return None


def read_backup(path: Path) -> BackupInfo | None:
    """What the file name and sidecar say about one backup; None if it is not one of ours."""
    created = _parse_name(path.name)
    if created is None or not path.is_file():
        return None
    meta: dict[str, Any] = {}
    with contextlib.suppress(OSError, ValueError):
        meta = json.loads(sidecar_of(path).read_text(encoding="utf-8"))
    with contextlib.suppress(KeyError, TypeError, ValueError):
        created = dt.datetime.fromisoformat(meta["created_at"]).replace(tzinfo=None)
    counts = [
        meta.get(k) if isinstance(meta.get(k), int) else None
        for k in ("members", "sessions", "notes")
    ]
    return BackupInfo(path, created, path.stat().st_size, *counts)


def _order(info: BackupInfo) -> tuple[dt.datetime, int]:
    """Creation time, then the name's counter (`-2`, `-3`: later backups in the same second)."""
    match = NAME_RE.match(info.path.name)
    return info.created_at, int(match.group(2) or 1) if match else 0


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in `folder`, newest first. An unreadable or missing folder lists nothing."""
    try:
        files = list(folder.glob(f"{PREFIX}*.db"))
    except OSError:
        return []
    found = [info for f in files if (info := read_backup(f)) is not None]
    return sorted(found, key=_order, reverse=True)


def candidate_folders(paths: DataPaths) -> list[Path]:
    """Where backups of this data folder may be: the default and the last folder used."""
    folders = [paths.backups]
    remembered = integrity.load_state(paths).get("backup_folder")
    if isinstance(remembered, str) and remembered and Path(remembered) != paths.backups:
        folders.append(Path(remembered))
    return folders


def newest_good_backup(
    paths: DataPaths, key: Key, cancel: Cancellation | None = None
) -> BackupInfo | None:
    """The newest backup that opens with `key` and passes `integrity_check` (checked now)."""
    every = [b for folder in candidate_folders(paths) for b in list_backups(folder)]
    for info in sorted(every, key=_order, reverse=True):
        try:
            if maintenance.inspect(info.path, key, cancel=cancel).intact:
                return info
        except errors.UserFacingError:
            continue
    return None


def inspect_backup(path: Path, key: Key) -> maintenance.DatabaseFacts:
    """Check a file chosen for a restore before anything is touched: it opens with `key`,
    passes `integrity_check`, is a clinic database, and is not from a newer app version."""
    name = Path(path).name
    try:
        facts = maintenance.inspect(Path(path), key)
    except errors.DatabaseCorrupt:
        facts = None
    if facts is None or not facts.intact:
        raise errors.DatabaseCorrupt(
            QT_TR_NOOP(
                "The backup {name} is damaged (or is not a backup), so it was not restored.",
                name=name,
            ),
            QT_TR_NOOP("Choose an older backup. The current database has not been touched."),
        )
    if not facts.schema:
        raise errors.ValidationError(
            QT_TR_NOOP(
                "{name} is not a backup of an IOP Facilitator clinic, so it was not restored.",
                name=name,
            ),
            "",
            QT_TR_NOOP(
                "Choose a file from the backups folder (named {prefix}DATE-TIME.db). "
                "The current database has not been touched.",
                prefix=PREFIX,
            ),
        )
    if facts.schema not in migration_names():
        raise errors.NewerDatabase(
            QT_TR_NOOP(
                "The backup {name} was made by a newer version of IOP Facilitator.", name=name
            ),
            QT_TR_NOOP(
                "Install the newest version of the app to restore it. "
                "The current database has not been touched."
            ),
        )
    return facts


def restore(paths: DataPaths, key: Key, backup: Path, clock: Clock) -> RestoreResult:
    """Replace the clinic's database with `backup`. The clinic must be closed (lock held).

    The backup is checked first (it must open with `key` and pass `integrity_check`); the current
    database is then renamed to `<name>.before-restore-<time>`, the backup copied in, and the
    restore written to the restored database's audit trail.
    """
    backup = Path(backup).expanduser().resolve()
    if backup == paths.database.resolve():
        raise errors.ValidationError(
            QT_TR_NOOP("That file is the clinic's current database, not a backup.")
        )
    facts = inspect_backup(backup, key)
    now = clock.now()
    aside = maintenance.set_aside(paths.database, now.strftime(STAMP))
    try:
        maintenance.install_copy(backup, paths.database)
    except errors.UserFacingError:
        if aside is not None:  # e.g. the disk filled: the clinic goes back to what it was
            maintenance.put_back(aside, paths.database)
        raise
    store = open_database(paths.database, key)
    try:
        ctx = ServiceContext(store, clock)
        with ctx.write():
            ctx.audit(
                "restore",
                "database",
                "",
                {
                    "members": facts.members,
                    "sessions": facts.sessions,
                    "notes": facts.notes,
                    "kept_aside": aside is not None,
                },
            )
    finally:
        store.checkpoint()
        store.close()
    log.info("restored a backup; previous database kept aside: %s", aside is not None)
    return RestoreResult(backup, aside, facts.members, facts.sessions, facts.notes)


def free_name(folder: Path, now: dt.datetime) -> Path:
    """`iop-facilitator-<now>.db` in `folder`, with `-2`, `-3`... when that name is taken."""
    base = f"{PREFIX}{now.strftime(STAMP)}"
    candidate = folder / f"{base}.db"
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = folder / f"{base}-{counter}.db"
    return candidate


def write_backup(
    source: Store,
    folder: Path,
    now: dt.datetime,
    paths: DataPaths,
    reason: str,
    cancel: Cancellation | None = None,
) -> tuple[Path, maintenance.DatabaseFacts]:
    """The file part of a backup (no audit row, no rotation): copy `source` into `folder`,
    verify the copy, write its sidecar. Safe in a worker thread when `source` is that thread's
    own connection (`storage.database.open_reader`); `cancel` stops it and removes the file."""
    target = free_name(folder, now)
    maintenance.backup_to(source, target, cancel)
    try:
        facts = maintenance.inspect(target, source.key, cancel=cancel)
    except Cancelled:
        target.unlink(missing_ok=True)
        raise
    if not facts.intact:
        target.unlink(missing_ok=True)
        raise errors.DatabaseCorrupt(
            QT_TR_NOOP("The backup just made did not pass its check, so it was deleted."),
            QT_TR_NOOP("Run `iop-facilitator check`; the database itself may be damaged."),
        )
    meta = {
        "created_at": now.replace(tzinfo=None).isoformat(timespec="seconds"),
        "members": facts.members,
        "sessions": facts.sessions,
        "notes": facts.notes,
        "schema": facts.schema,
        "reason": reason,
    }
    with contextlib.suppress(errors.EnvironmentFailure):  # the backup itself is complete
        integrity.write_json_atomic(sidecar_of(target), meta, QT_TR_NOOP("the backup's details"))
    integrity.update_state(paths, backup_folder=str(folder))
    return target, facts


def rotate_folder(folder: Path) -> int:
    """Delete backups in `folder` outside 7 daily + 8 weekly; returns how many were deleted."""
    found = list_backups(folder)
    keep = to_keep(b.created_at for b in found)
    removed = 0
    for info in found:
        if info.created_at in keep:
            continue
        with contextlib.suppress(OSError):
            info.path.unlink()
            info.sidecar.unlink(missing_ok=True)
            removed += 1
    return removed


class BackupService:
    """Makes, lists and rotates backups of the open clinic."""

    def __init__(self, ctx: ServiceContext, paths: DataPaths, settings: SettingsService) -> None:
        self.ctx = ctx
        self.paths = paths
        self.settings = settings

    def folder(self) -> Path:
        """The setting `backup_folder`, or `<data folder>/backups` when it is empty."""
        chosen = str(self.settings.get("backup_folder") or "").strip()
        return Path(chosen).expanduser() if chosen else self.paths.backups

    def list(self) -> list[BackupInfo]:
        return list_backups(self.folder())

    def newest(self) -> BackupInfo | None:
        found = self.list()
        return found[0] if found else None

    def is_due(self) -> bool:
        newest = self.newest()
        now = self.ctx.clock.now().replace(tzinfo=None)
        return newest is None or now - newest.created_at >= DUE_AFTER

    def back_up(self, reason: str = "on_demand") -> tuple[BackupInfo, Changes]:
        """Make a verified backup now, then rotate. Raises DiskFull/DatabaseReadOnly plainly."""
        folder = self.folder()
        now = self.ctx.clock.now()
        target, facts = write_backup(self.ctx.store, folder, now, self.paths, reason)
        removed = self.rotate()
        self.record(reason, facts, removed)
        info = read_backup(target)
        assert info is not None
        log.info("backup made (%s); %d old backups rotated out", reason, removed)
        return info, Changes(audit=True)

    def record(self, reason: str, facts: maintenance.DatabaseFacts, removed: int) -> None:
        """The audit row for a backup made (possibly by the background start-up work)."""
        with self.ctx.write():
            self.ctx.audit(
                "backup",
                "database",
                "",
                {
                    "reason": reason,
                    "members": facts.members,
                    "sessions": facts.sessions,
                    "notes": facts.notes,
                    "rotated_out": removed,
                },
            )

    def back_up_if_due(self) -> BackupInfo | None:
        """At start-up: a backup when the newest is a day old or there is none."""
        if not self.is_due():
            return None
        return self.back_up("start")[0]

    def after_sign_all(self) -> BackupInfo:
        """Call after a "sign all" has committed. A failure here leaves the signatures intact;
        the caller shows the error so the facilitator knows the backup did not happen."""
        return self.back_up("sign_all")[0]

    def rotate(self) -> int:
        """Delete backups outside 7 daily + 8 weekly; returns how many were deleted."""
        return rotate_folder(self.folder())
