"""The unlock (or first-run) dialog shows before the main window's modules are loaded; they are
imported once it is on screen, while the facilitator types (ui/application.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from iop_facilitator.app import Bootstrap
from iop_facilitator.storage import Passphrase
from iop_facilitator.ui.application import (
    MAIN_WINDOW_MODULES,
    build_main_window,
    obtain_clinic,
    preload_after_first_paint,
)
from iop_facilitator.ui.today_page import TodayPage
from iop_facilitator.ui.unlock import FirstRunDialog, UnlockDialog

PASS = "kettle river blue mango"

# Loaded only after the dialog is shown: SQLCipher and sqlite-utils, the services, the window.
NOT_BEFORE_THE_DIALOG = (
    "sqlcipher3",
    "sqlite_utils",
    "iop_facilitator.storage",
    "iop_facilitator.storage.database",
    "iop_facilitator.services.clinic",
    *MAIN_WINDOW_MODULES,
)

# Runs the real command line (`--smoke`, no passphrase: the dialog shows, then is cancelled) and
# notes which modules were loaded when the dialog was first shown, and at the end.
CHILD = """
import json, sys
from iop_facilitator.ui import unlock

seen = {}

def noting(cls):
    original = cls.showEvent
    def show_event(self, event):
        seen.setdefault("dialog", type(self).__name__)
        seen.setdefault("shown", sorted(sys.modules))
        original(self, event)
    cls.showEvent = show_event

noting(unlock.UnlockDialog)
noting(unlock.FirstRunDialog)
from iop_facilitator.ui import application

application.SMOKE_MS = 1000  # room for the imports after the first paint on a loaded machine
from iop_facilitator.cli import main

code = main(["--data-dir", sys.argv[1], "--smoke"])
print(json.dumps({"code": code, **seen, "end": sorted(sys.modules)}))
"""


@pytest.mark.slow
@pytest.mark.parametrize("existing", [True, False], ids=["unlock", "first run"])
def test_dialog_shows_before_the_main_window_modules_load(
    existing: bool, data_paths, clock, tmp_path
) -> None:
    if existing:
        Bootstrap(data_paths, clock).create(Passphrase(PASS), "Clinic", "Fac Testwell", "").close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("IOP_FACILITATOR")}
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), str(data_paths.root)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 0
    assert result["dialog"] == ("UnlockDialog" if existing else "FirstRunDialog")
    loaded_early = set(NOT_BEFORE_THE_DIALOG) & set(result["shown"])
    assert not loaded_early, f"imported before the dialog showed: {sorted(loaded_early)}"
    # ...and loaded while the dialog was on screen (shown for 1 s here).
    assert set(NOT_BEFORE_THE_DIALOG) <= set(result["end"])


def test_unlock_dialog_then_today_with_the_deferred_imports(qtbot, data_paths, clock) -> None:
    boot = Bootstrap(data_paths, clock)
    boot.create(Passphrase(PASS), "Clinic", "Fac Testwell", "").close()
    clinic, dialog = obtain_clinic(boot, smoke=False)
    assert clinic is None and isinstance(dialog, UnlockDialog)
    qtbot.addWidget(dialog)
    preloads: list[bool] = []
    preload_after_first_paint(dialog, lambda: preloads.append(dialog.isVisible()))
    assert not preloads  # nothing before the dialog is painted
    dialog.show()
    qtbot.waitUntil(lambda: bool(preloads))
    assert preloads == [True]  # once, with the dialog on screen
    dialog.update()
    qtbot.wait(50)
    assert preloads == [True]  # later paints do not import again
    qtbot.keyClicks(dialog.passphrase, "wrong passphrase")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert "does not open" in dialog.message.text() and "attempt 1" in dialog.message.text()
    assert dialog.clinic is None and dialog.isVisible()
    qtbot.keyClicks(dialog.passphrase, PASS)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.message.text()
    assert dialog.clinic is not None
    window = build_main_window(boot, dialog.clinic)
    qtbot.addWidget(window)
    window.show()
    assert isinstance(window.stack.currentWidget(), TodayPage)
    window.close()
    dialog.clinic.close()


def test_first_run_dialog_comes_from_obtain_clinic_without_a_database(data_paths, qtbot) -> None:
    clinic, dialog = obtain_clinic(Bootstrap(data_paths), smoke=False)
    assert clinic is None and isinstance(dialog, FirstRunDialog)
    qtbot.addWidget(dialog)
