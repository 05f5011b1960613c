"""The schema, as an ordered list of migrations (sqlite-utils `Migrations`).

Rules live in the database, not only in code: a signed note, its signatures, its addenda and the
audit trail refuse UPDATE and DELETE through triggers, whatever program opens the file.
Never edit a released step; add a new one. Each step's SQL text is in storage/schema_sql.py.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Migrations

from iop_facilitator import errors
from iop_facilitator.storage import schema_sql
from iop_facilitator.texts import QT_TR_NOOP

MIGRATIONS = Migrations("iop_facilitator")


@MIGRATIONS(name="0001_initial_schema")
def initial_schema(db: Any) -> None:
    db.executescript(schema_sql.SCHEMA_0001)


@MIGRATIONS(name="0002_bench_indexes_member_history")
def bench_indexes_member_history(db: Any) -> None:
    """Covering indexes for a member's history: measured by `make bench` on ten years of data,
    the worst-case history read 4x fewer pages (each page read is a decryption)."""
    db.executescript(schema_sql.SCHEMA_0002_BENCH)


@MIGRATIONS(name="0003_notes_search")
def notes_search(db: Any) -> None:
    """Full-text search over member notes (inside the encrypted file, like everything else)."""
    db.executescript(schema_sql.SCHEMA_0003)


@MIGRATIONS(name="0004_reports_indexes")
def reports_indexes(db: Any) -> None:
    """Sessions by status: the unsigned-notes list (Today, program report) and the running
    session look up `status = 'ended'` / `'running'`; without this they scanned every session
    (EXPLAIN QUERY PLAN: SCAN session USING INDEX session_date)."""
    db.executescript(schema_sql.SCHEMA_0002_REPORTS)


@MIGRATIONS(name="0005_admission_episodes")
def admission_episodes(db: Any) -> None:
    """One row per admission episode, so a member discharged and later re-admitted keeps one
    record with every episode (reports count admissions and discharges per episode). The member
    row keeps mirroring the current (newest) episode; triggers keep the two in step whatever
    program writes the member table."""
    db.executescript(schema_sql.SCHEMA_0005)


@MIGRATIONS(name="0006_note_format_indexes")
def note_format_indexes(db: Any) -> None:
    """Which notes and sessions use a note format: the Settings page's formats list counts them
    for every format when the window is built. Without these it read the whole member_note and
    session tables (10 s of a 16 s start on the ten-year bench database)."""
    db.executescript(schema_sql.SCHEMA_0006)


@MIGRATIONS(name="0007_session_member_lookup")
def session_member_lookup(db: Any) -> None:
    """A narrow copy of the session columns a member's history reads for every attendance row.

    A history joins each of the member's attendance rows to its session by id; through the table
    that read nearly every page of the wide session table (381 pages for a ten-year member, each
    page a decryption). This index holds just (id, date, group_id, status, planned_start), about a
    fifth of the pages. Queries that start from one member's attendance and read only these columns
    say `JOIN session s INDEXED BY session_member_lookup`: without statistics SQLite's planner
    prefers the rowid lookup."""
    db.executescript(schema_sql.SCHEMA_0007)


def migration_names() -> list[str]:
    return [m.name for m in MIGRATIONS._migrations]


def check_not_newer(db: Any) -> None:
    """Refuse a database that a newer app version has migrated past what this one knows."""
    known = set(migration_names())
    unknown = [m.name for m in MIGRATIONS.applied(db) if m.name not in known]
    if unknown:
        raise errors.NewerDatabase(
            QT_TR_NOOP("This database was last opened by a newer version of IOP Facilitator."),
            QT_TR_NOOP("Install the newest version of the app; this one cannot read it safely."),
        )
