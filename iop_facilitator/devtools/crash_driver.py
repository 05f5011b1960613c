"""A headless driver for the kill test: starts the way the app does, then writes until killed.

    IOP_FACILITATOR_PASSPHRASE=... python -m iop_facilitator.devtools.crash_driver DATA_DIR

Start-up is the real one: the instance lock, create or open the clinic (the integrity check at
start), the start-up backup when one is due. Then, forever, in committed transactions through
the real Store and services:
  * a member `K000042` with an attendance quick note (one transaction), then the session's
    group quick note updated in place (autosave-style), printed as `ACK member 42`;
  * the `clinic_name` setting set to "Kill test 42" via SettingsService, printed as
    `ACK setting 42`.
An ACK line is printed (and flushed) only after its transaction has committed, so the parent may
kill at any moment and then demand that every ACKed change is on disk. Fictional data only.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from iop_facilitator import passphrase_source
from iop_facilitator.clock import SystemClock
from iop_facilitator.errors import UserFacingError
from iop_facilitator.instance_lock import InstanceLock
from iop_facilitator.paths import DataPaths
from iop_facilitator.services.clinic import Clinic, create_clinic, database_exists, open_clinic

CHART_PREFIX = "K"
NOW = "2026-11-23T09:00:00"


def chart_id(number: int) -> str:
    return f"{CHART_PREFIX}{number:06d}"


def _setup(clinic: Clinic) -> int:
    """The one session the driver writes into (made on the first run)."""
    store = clinic.store
    found = store.scalar("SELECT id FROM session WHERE room = 'kill-test'")
    if found is not None:
        return int(found)
    with clinic.ctx.write() as s:
        group = s.insert(
            "therapy_group",
            {"name": "Kill test group", "track": "substance_use", "created_at": NOW},
        )
        return s.insert(
            "session",
            {
                "group_id": group,
                "date": "2026-11-23",
                "planned_start": NOW,
                "planned_end": NOW,
                "room": "kill-test",
                "created_at": NOW,
                "updated_at": NOW,
            },
        )


def _next_number(clinic: Clinic) -> int:
    last: Any = clinic.store.scalar(
        "SELECT max(chart_id) FROM member WHERE chart_id LIKE ?", [f"{CHART_PREFIX}%"]
    )
    return int(str(last)[len(CHART_PREFIX) :]) + 1 if last else 0


def _write_member(clinic: Clinic, session_id: int, number: int) -> None:
    with clinic.ctx.write() as s:
        member = s.insert(
            "member",
            {
                "preferred_name": "Kay",
                "full_name": f"Kay Fictional {number}",
                "chart_id": chart_id(number),
                "track": "substance_use",
                "phase": "engagement",
                "admitted_on": "2026-11-01",
                "created_at": NOW,
                "updated_at": NOW,
            },
        )
        s.insert(
            "attendance",
            {
                "session_id": session_id,
                "member_id": member,
                "quick_note": f"quick note {number} " + "x" * 200,
                "updated_at": NOW,
            },
        )
    with clinic.ctx.write() as s:
        s.update("session", session_id, {"group_quick_note": f"group note {number}"})


def run(data_dir: Path, limit: int | None = None) -> int:
    paths = DataPaths(data_dir).ensure()
    key = passphrase_source.obtain(None)
    with InstanceLock(paths.lock_file):
        if database_exists(paths):
            clinic = open_clinic(paths, key, SystemClock())
        else:
            clinic = create_clinic(
                paths, key, clinic_name="Kill test", facilitator_name="Kay Driver"
            )
        print("STARTED", flush=True)
        clinic.backups.back_up_if_due()
        session_id = _setup(clinic)
        number = _next_number(clinic)
        print(f"FIRST {number}", flush=True)
        while limit is None or number < limit:
            _write_member(clinic, session_id, number)
            print(f"ACK member {number}", flush=True)
            clinic.settings.update({"clinic_name": f"Kill test {number}"})
            print(f"ACK setting {number}", flush=True)
            number += 1
        clinic.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        return run(Path(args[0]), int(args[1]) if len(args) > 1 else None)
    except UserFacingError as exc:
        print(f"{exc.title}: {exc.message}", file=sys.stderr)
        return exc.exit_code


if __name__ == "__main__":
    sys.exit(main())
