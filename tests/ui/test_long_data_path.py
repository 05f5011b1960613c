"""A long data-folder path must not widen the window past a small laptop screen.

(1366 px at 125%.)
"""

from __future__ import annotations

from iop_facilitator.app import Bootstrap
from iop_facilitator.paths import DataPaths
from iop_facilitator.services.clinic import create_clinic
from iop_facilitator.ui.application import build_main_window
from tests.conftest import TEST_KEY


def test_window_minimum_width_ignores_the_data_folder_length(qtbot, tmp_path, clock) -> None:
    deep = DataPaths(tmp_path / ("very-long-folder-name-" * 8) / "data").ensure()
    clinic = create_clinic(
        deep, TEST_KEY, clinic_name="Test Clinic", facilitator_name="Fac Testwell", clock=clock
    )
    try:
        window = build_main_window(Bootstrap(deep), clinic)
        qtbot.addWidget(window)
        window.show()
        window.show_section(window.page_titles().index("Settings"))  # shows the data folder
        # A 1366 px laptop screen at 125% scaling leaves 1092 logical pixels.
        assert window.minimumSizeHint().width() <= 1366 / 1.25
        assert window.stack.currentWidget().folder_label.toolTip() == str(deep.root)
    finally:
        clinic.close()
