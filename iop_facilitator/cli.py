"""The command line: the GUI by default, and headless subcommands that use the same services.

Exit codes scripts can rely on: 0 ok, 1 internal error, 2 bad input or usage,
3 environment failure (disk, lock, damage), 4 wrong passphrase, 5 already running.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from collections.abc import Callable, Sequence

from iop_facilitator import APP_NAME, __version__
from iop_facilitator.crash import install_excepthook, setup_logging
from iop_facilitator.errors import UserFacingError
from iop_facilitator.paths import DataPaths, resolve_data_dir

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace, DataPaths], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="iop-facilitator",
        description=f"{APP_NAME}: run IOP groups, document them and export notes for the chart. "
        "With no command, opens the app.",
        epilog="Passphrases are read from --passphrase-file, the IOP_FACILITATOR_PASSPHRASE "
        "environment variable, or a terminal prompt; never from the command line.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="FOLDER",
        help="the clinic's data folder (default: your per-user folder, or $IOP_FACILITATOR_DATA)",
    )
    parser.add_argument("--passphrase-file", metavar="FILE", help="read the passphrase from FILE")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the first window, then exit 0 (for start-up checks and benchmarks)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")

    p = sub.add_parser("gui", help="open the app (the default)")
    p.set_defaults(handler=_cmd_gui)

    p = sub.add_parser("init", help="create a new, encrypted clinic database without the GUI")
    p.add_argument("--facilitator", required=True, help="your name as it goes on signed notes")
    p.add_argument("--credentials", default="", help="e.g. LADC, CADC, LPC, LCSW")
    p.add_argument("--clinic", default="", help="the clinic's name for exports")
    p.set_defaults(handler=_cmd_init)

    p = sub.add_parser(
        "demo", help="create a fictional demo clinic in its own data folder (never a real one)"
    )
    p.add_argument(
        "--if-missing", action="store_true", help="do nothing if the demo already exists"
    )
    p.set_defaults(handler=_cmd_demo)

    p = sub.add_parser("check", help="open the database and run SQLite's integrity check")
    p.set_defaults(handler=_cmd_check)

    p = sub.add_parser("backup", help="make a verified, encrypted backup now")
    p.set_defaults(handler=_cmd_backup)

    p = sub.add_parser("backups", help="list the backups with date, size and counts")
    p.set_defaults(handler=_cmd_backups)

    p = sub.add_parser(
        "restore", help="replace the database with a backup (the current one is kept aside)"
    )
    p.add_argument("file", metavar="FILE", help="the backup file to restore")
    p.set_defaults(handler=_cmd_restore)

    from iop_facilitator.cli_export import add_export_parser

    add_export_parser(sub)

    p = sub.add_parser(
        "change-passphrase",
        help="re-encrypt the database with a new passphrase (the old one works until it is done)",
    )
    p.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help="read the new passphrase from FILE (else $IOP_FACILITATOR_NEW_PASSPHRASE or a prompt)",
    )
    p.set_defaults(handler=_cmd_change_passphrase)
    return parser


# Commands that only read files and never open the database for writing skip the lock.
READ_ONLY_COMMANDS = {"backups"}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = resolve_data_dir(args.data_dir)
    if args.command == "demo" and not args.data_dir:
        import os

        from iop_facilitator.paths import DATA_ENV

        if not os.environ.get(DATA_ENV):
            paths = DataPaths(paths.root.parent / (paths.root.name + "-demo"))
    handler: Handler = getattr(args, "handler", _cmd_gui)
    is_gui = handler is _cmd_gui
    try:
        paths.ensure()
        setup_logging(paths.logs)
    except OSError as exc:
        print(f"The data folder {paths.root} cannot be used: {exc.strerror}.", file=sys.stderr)
        return 3
    if not is_gui:
        install_excepthook(paths.logs)
    from iop_facilitator.instance_lock import InstanceLock

    lock = InstanceLock(paths.lock_file)
    try:
        if args.command not in READ_ONLY_COMMANDS:
            lock.acquire()
        return handler(args, paths)
    except UserFacingError as exc:
        print(f"{exc.title}: {exc.message}", file=sys.stderr)
        if exc.what_next:
            print(exc.what_next, file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return 130
    finally:
        lock.release()


def _cmd_gui(args: argparse.Namespace, paths: DataPaths) -> int:
    from iop_facilitator.app import run_gui

    return run_gui(paths, passphrase_file=args.passphrase_file, smoke=args.smoke)


def _cmd_init(args: argparse.Namespace, paths: DataPaths) -> int:
    from iop_facilitator import passphrase_source
    from iop_facilitator.services.clinic import create_clinic

    key = passphrase_source.obtain(args.passphrase_file, confirm=True, prompt="New passphrase: ")
    clinic = create_clinic(
        paths,
        key,
        clinic_name=args.clinic,
        facilitator_name=args.facilitator,
        credentials=args.credentials,
    )
    clinic.close()
    print(f"Created an encrypted clinic database in {paths.root}")
    return 0


def _cmd_demo(args: argparse.Namespace, paths: DataPaths) -> int:
    from iop_facilitator import passphrase_source
    from iop_facilitator.errors import ValidationError
    from iop_facilitator.services import demo
    from iop_facilitator.services.clinic import create_clinic, database_exists

    if database_exists(paths):
        if not paths.is_demo:
            raise ValidationError(
                f"{paths.root} holds a real clinic's data; the demo is never mixed into it.",
                what_next="Give the demo its own folder with --data-dir.",
            )
        if args.if_missing:
            print(f"The demo clinic is already in {paths.root}")
            return 0
        raise ValidationError(
            f"The demo clinic already exists in {paths.root}.",
            what_next="Open it, or delete that folder to start the demo afresh.",
        )
    key = passphrase_source.obtain(args.passphrase_file, confirm=True, prompt="Demo passphrase: ")
    paths.ensure()
    paths.demo_marker.write_text(
        "This folder holds a FICTIONAL demo clinic made by `iop-facilitator demo`.\n"
        "Every name in it is invented. Do not enter real client information here.\n",
        encoding="utf-8",
    )
    try:
        clinic = create_clinic(
            paths,
            key,
            clinic_name="Demo clinic",
            facilitator_name="Alex Demo-Rivera",
            credentials="LADC",
        )
    except BaseException:
        paths.demo_marker.unlink(missing_ok=True)
        raise
    try:
        counts = demo.build(clinic, dt.date.today())
    finally:
        clinic.close()
    print(
        f"Created the fictional demo clinic in {paths.root}: {counts['groups']} groups, "
        f"{counts['members']} members, {counts['sessions']} past sessions, "
        f"{counts['notes']} signed notes."
    )
    return 0


def _cmd_check(args: argparse.Namespace, paths: DataPaths) -> int:
    from iop_facilitator import passphrase_source
    from iop_facilitator.services.clinic import open_clinic

    key = passphrase_source.obtain(args.passphrase_file)
    clinic = open_clinic(paths, key)
    try:
        result = clinic.store.scalar("PRAGMA integrity_check")
    finally:
        clinic.close()
    if result == "ok":
        print("The database is intact.")
        return 0
    print("The database is damaged. Restore the newest backup.", file=sys.stderr)
    return 3


def _cmd_backup(args: argparse.Namespace, paths: DataPaths) -> int:
    from iop_facilitator import passphrase_source
    from iop_facilitator.services.clinic import open_clinic

    key = passphrase_source.obtain(args.passphrase_file)
    clinic = open_clinic(paths, key)
    try:
        info, _ = clinic.backups.back_up()
    finally:
        clinic.close()
    print(f"Backup made and verified: {info.path}")
    print(f"It holds {info.members} members, {info.sessions} sessions, {info.notes} notes.")
    return 0


def _format_size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.0f} kB"


def _cmd_backups(args: argparse.Namespace, paths: DataPaths) -> int:
    """Lists from the file names and sidecars: no passphrase needed, nothing decrypted."""
    from iop_facilitator.services.backups import candidate_folders, list_backups

    shown = 0
    for folder in candidate_folders(paths):
        found = list_backups(folder)
        if not found:
            continue
        print(f"Backups in {folder}:")
        print(f"  {'date':<16}  {'size':>8}  {'members':>7}  {'sessions':>8}  {'notes':>6}  file")
        for b in found:
            counts = [("?" if n is None else str(n)) for n in (b.members, b.sessions, b.notes)]
            print(
                f"  {b.created_at:%Y-%m-%d %H:%M}  {_format_size(b.size):>8}  {counts[0]:>7}  "
                f"{counts[1]:>8}  {counts[2]:>6}  {b.path.name}"
            )
            shown += 1
    if not shown:
        print("No backups yet. Make one with: iop-facilitator backup")
    return 0


def _cmd_restore(args: argparse.Namespace, paths: DataPaths) -> int:
    from pathlib import Path

    from iop_facilitator import passphrase_source
    from iop_facilitator.clock import SystemClock
    from iop_facilitator.services.backups import restore

    key = passphrase_source.obtain(args.passphrase_file)
    result = restore(paths, key, Path(args.file), SystemClock())
    print(
        f"Restored {result.restored_from.name}: {result.members} members, "
        f"{result.sessions} sessions, {result.notes} notes."
    )
    if result.kept_aside is not None:
        print(f"The database it replaced was kept, unchanged, as {result.kept_aside}")
    return 0


def _cmd_change_passphrase(args: argparse.Namespace, paths: DataPaths) -> int:
    from iop_facilitator import passphrase_source
    from iop_facilitator.services.clinic import open_clinic

    current = passphrase_source.obtain(args.passphrase_file, prompt="Current passphrase: ")
    new = passphrase_source.obtain_new(args.new_passphrase_file)
    clinic = open_clinic(paths, current)
    try:
        clinic.security.change_passphrase(current, new, new.text)
    finally:
        clinic.close()
    print("The passphrase was changed. Older backups still open with the passphrase of their day.")
    return 0
