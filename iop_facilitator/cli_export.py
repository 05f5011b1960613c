"""`iop-facilitator export notes|summary|attendance|hours|signin`: the exports without a screen.

What scripts can rely on:
- stdout: one line per file written, its path, nothing else (file names hold a chart id and a
  date, never a member's name);
- stderr: one summary line (counts), or the error in plain words;
- exit codes as in cli.py: 0 done (also when some unsigned notes were skipped), 2 bad input
  (unknown group or session, bad dates, nothing matched where something must), 3 the file
  could not be written (disk full, folder not writable), 4 wrong passphrase.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from iop_facilitator.domain.ids import GroupId, SessionId
from iop_facilitator.errors import NotFound, ValidationError
from iop_facilitator.paths import DataPaths

KINDS = ("notes", "summary", "attendance", "hours", "signin")


def add_export_parser(sub: Any) -> None:
    p = sub.add_parser(
        "export",
        help="export notes (PDF/text), group summary, attendance and hours CSV, sign-in sheet",
        description="Write exports into a folder. Prints one line per file written (its path) on "
        "stdout and a summary on stderr. Files are never overwritten: a taken name gets ' (2)'. "
        "Exit codes: 0 done, 2 bad input, 3 could not write, 4 wrong passphrase.",
    )
    p.add_argument("what", choices=KINDS, help="what to export")
    p.add_argument(
        "--group",
        action="append",
        default=[],
        metavar="NAME",
        help="a group's name (repeat for several); default: every group",
    )
    p.add_argument("--session", type=int, metavar="ID", help="one session's number")
    p.add_argument(
        "--from", dest="start", metavar="YYYY-MM-DD", help="first day (for one day, alone)"
    )
    p.add_argument(
        "--to", dest="end", metavar="YYYY-MM-DD", help="last day (default: the --from day)"
    )
    p.add_argument(
        "--format", choices=("pdf", "txt"), default="pdf", help="notes as pdf (default) or txt"
    )
    p.add_argument(
        "--out", metavar="FOLDER", default=".", help="folder to write into (created if needed)"
    )
    p.add_argument(
        "--drafts",
        action="store_true",
        help="also export unsigned notes, marked DRAFT on every page (never for the chart)",
    )
    p.set_defaults(handler=_cmd_export)


def _date(text: str | None, flag: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            f"{flag} {text!r} is not a date.", flag, "Write dates as YYYY-MM-DD."
        ) from None


def _range(args: argparse.Namespace) -> tuple[dt.date, dt.date]:
    start = _date(args.start, "--from")
    end = _date(args.end, "--to")
    if start is None:
        raise ValidationError(f"export {args.what} needs --from (and --to for a range).", "--from")
    return start, end or start


def _session(args: argparse.Namespace, clinic: Any, groups: list[GroupId]) -> SessionId:
    if args.session is not None:
        clinic.sessions.get(SessionId(args.session))  # NotFound if it does not exist
        return SessionId(args.session)
    if not groups or args.start is None:
        raise ValidationError(
            f"export {args.what} needs --session, or --group and --from to find the session.",
            "--session",
        )
    start, end = _range(args)
    found = clinic.exports.sessions_between(start, end, groups)
    if len(found) != 1:
        raise NotFound(
            f"{len(found)} sessions match that group and date; exactly one is needed.",
            "Give --session with the session's number.",
        )
    return SessionId(found[0])


def _cmd_export(args: argparse.Namespace, paths: DataPaths) -> int:
    from iop_facilitator import passphrase_source
    from iop_facilitator.services.clinic import open_clinic

    key = passphrase_source.obtain(args.passphrase_file)
    clinic = open_clinic(paths, key)
    try:
        return _run(args, clinic)
    finally:
        clinic.close()


def _run(args: argparse.Namespace, clinic: Any) -> int:
    out = Path(args.out)
    exports = clinic.exports
    groups = [exports.find_group(name) for name in args.group]
    written: list[Path] = []
    summary = ""
    if args.what == "notes":
        if args.session is not None:
            clinic.sessions.get(SessionId(args.session))
            notes = exports.notes_in(session_id=SessionId(args.session), group_ids=groups)
        else:
            start, end = _range(args)
            notes = exports.notes_in(start=start, end=end, group_ids=groups)
        result, _changes = exports.export_notes(notes, out, args.format, drafts=args.drafts)
        written = result.written
        summary = result.summary()
    elif args.what in ("summary", "signin"):
        session_id = _session(args, clinic, groups)
        export = exports.export_summary if args.what == "summary" else exports.export_signin
        path, _changes = export(session_id, out)
        written = [path]
        summary = f"Wrote the {'group summary' if args.what == 'summary' else 'sign-in sheet'}."
    else:
        start, end = _range(args)
        export = exports.export_attendance if args.what == "attendance" else exports.export_hours
        path, _changes = export(start, end, out, groups)
        written = [path]
        summary = f"Wrote the {'attendance' if args.what == 'attendance' else 'weekly hours'} CSV."
    for path in written:
        print(path)
    print(summary, file=sys.stderr)
    return 0
