"""A real app process for the kill test: opens the window, starts a session, types, waits.

Run: python -m tests.helpers.session_driver type DATA_DIR TEXT
     python -m tests.helpers.session_driver resume DATA_DIR
The passphrase comes from IOP_FACILITATOR_PASSPHRASE. Prints only markers, never client text.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from iop_facilitator import passphrase_source
from iop_facilitator.app import Bootstrap
from iop_facilitator.paths import DataPaths
from iop_facilitator.ui.application import (
    build_main_window,
    make_qapplication,
    offer_resume,
    start_session,
)


def main() -> int:
    mode, data = sys.argv[1], Path(sys.argv[2])
    app = make_qapplication()
    boot = Bootstrap(DataPaths(data), given_passphrase=passphrase_source.non_interactive(None))
    clinic = boot.open(boot.given_passphrase)
    window = build_main_window(boot, clinic)
    window.show()
    if mode == "type":
        # Accept the start dialog as it comes up, with the schedule's defaults.
        def accept_dialog() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(20, accept_dialog)
                return
            dialog.ok_button.click()  # type: ignore[attr-defined]

        QTimer.singleShot(20, accept_dialog)
        start_session(window)
        page = window.page("Session")
        page.table.selectRow(0)
        QTest.keyClicks(page.member_panel.quick_note, sys.argv[3])
        print("TYPED", flush=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # keep the event loop (and the autosave timer) running
            app.processEvents()
            time.sleep(0.01)
        return 0
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append("resume")
        return QMessageBox.StandardButton.Yes

    QMessageBox.question = answer  # type: ignore[method-assign]
    resumed = offer_resume(window)
    page = window.page("Session")
    page.table.selectRow(0)
    shown = page.member_panel.quick_note.toPlainText()
    print(f"RESUMED={resumed} ASKED={len(asked)} SHOWN_LEN={len(shown)}", flush=True)
    Path(sys.argv[3]).write_text(shown, encoding="utf-8")
    clinic.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
