"""Test harness: headless Qt, a fresh encrypted database per test, user folders in tmp_path."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

# Before anything can start Qt: tests never need a display. The offscreen screen is a
# 1920x1080 laptop screen at 100% (Qt's default offscreen screen is 800x600).
_SCREEN = os.path.join(os.path.dirname(__file__), "offscreen-screen.json")
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
os.environ.pop("IOP_FACILITATOR_PASSPHRASE", None)
os.environ.pop("IOP_FACILITATOR_DATA", None)

import pytest  # noqa: E402

from iop_facilitator.clock import ManualClock  # noqa: E402
from iop_facilitator.crash import setup_logging  # noqa: E402
from iop_facilitator.paths import DataPaths  # noqa: E402
from iop_facilitator.services.clinic import Clinic, create_clinic  # noqa: E402
from iop_facilitator.storage import RawKey  # noqa: E402

# A fixed raw key skips SQLCipher's deliberately slow KDF; the security tests use passphrases.
TEST_KEY = RawKey("5a" * 32)
TEST_PASSPHRASE = "correct horse battery staple"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that touches Qt as `gui`, so `-m "not gui"` is the fast loop."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures or item.path.parent.name == "ui":
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _quiet_logging() -> None:
    setup_logging(None)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(dt.datetime(2026, 11, 23, 8, 30).astimezone())


@pytest.fixture
def data_paths(tmp_path) -> DataPaths:
    return DataPaths(tmp_path / "data").ensure()


@pytest.fixture
def passphrase_clinic(data_paths: DataPaths, clock: ManualClock):
    """Like `clinic`, but keyed by a passphrase (slower: SQLCipher's KDF), for signing tests."""
    from iop_facilitator.storage import Passphrase

    c: Clinic = create_clinic(
        data_paths,
        Passphrase(TEST_PASSPHRASE),
        clinic_name="Test Clinic",
        facilitator_name="Fac Testwell",
        credentials="LADC",
        clock=clock,
    )
    yield c
    c.close()


@pytest.fixture
def clinic(data_paths: DataPaths, clock: ManualClock):
    """A new clinic in a real, encrypted SQLite file with every migration applied."""
    c: Clinic = create_clinic(
        data_paths,
        TEST_KEY,
        clinic_name="Test Clinic",
        facilitator_name="Fac Testwell",
        credentials="LADC",
        clock=clock,
    )
    yield c
    c.close()


CURRICULUM_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "curriculum"


@pytest.fixture
def curriculum_clinic(data_paths: DataPaths, clock: ManualClock):
    """A clinic whose built-in topics are the small samples in tests/fixtures/curriculum."""
    c: Clinic = create_clinic(
        data_paths,
        TEST_KEY,
        clinic_name="Test Clinic",
        facilitator_name="Fac Testwell",
        credentials="LADC",
        clock=clock,
        curriculum=CURRICULUM_FIXTURES,
    )
    yield c
    c.close()


@pytest.fixture(autouse=True)
def _no_window_outlives_its_test(request):
    """Delete every top-level widget a GUI test leaves behind (dialogs built without a parent,
    menus, windows not given to qtbot). Leftovers piled up (~1,000 widgets a test) and, under the
    app's style sheet, made each later test's widgets slower to build: 0.5 s setups became 7 s."""
    yield
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture(autouse=True)
def _ui_speaks_english(request):
    """Widget tests read English texts: install the English catalogue (its plural forms: "1
    member", "3 members") and keep the machine's date and time formats."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    request.getfixturevalue("qapp")
    from PySide6.QtCore import QLocale

    from iop_facilitator.ui import i18n

    formats = QLocale()
    i18n.install("en", keep_locale=True)
    yield
    QLocale.setDefault(formats)  # a test that switched to Spanish leaves no Spanish dates behind
