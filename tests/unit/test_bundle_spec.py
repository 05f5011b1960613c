"""The PyInstaller spec parses and points at files that exist (no build: that is `make bundle`)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build_spec" / "iop_facilitator.spec"


@pytest.fixture(scope="module")
def spec_text() -> str:
    return SPEC.read_text(encoding="utf-8")


def spec_globals(text: str) -> dict[str, object]:
    """Run the spec's set-up part (everything before Analysis) with PyInstaller's SPECPATH."""
    setup = text.split("\na = Analysis(", 1)[0]
    scope: dict[str, object] = {"SPECPATH": str(SPEC.parent), "__name__": "spec"}
    exec(compile(setup, str(SPEC), "exec"), scope)
    return scope


def test_the_spec_is_valid_python(spec_text: str) -> None:
    ast.parse(spec_text)


def test_the_spec_resolves_existing_files_from_its_own_folder(spec_text: str) -> None:
    scope = spec_globals(spec_text)
    assert scope["ROOT"] == ROOT
    for name in ("ENTRY", "RESOURCES", "ICON"):
        path = scope[name]
        assert isinstance(path, Path) and path.exists(), f"{name} -> {path}"
    assert scope["VERSION"] == __import__("iop_facilitator").__version__


def test_the_spec_builds_both_variants(spec_text: str) -> None:
    assert "IOP_BUNDLE_ONEFILE" in spec_text and "COLLECT(" in spec_text
    assert re.search(r"strip=", spec_text)


def test_the_trim_list_drops_unused_qt_and_keeps_what_we_ship(spec_text: str) -> None:
    keep = spec_globals(spec_text)["keep"]
    dropped = [
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/qmltooling/libqmldbg_tcp.so",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/translations/qtbase_de.qm",
        "libcairo.so.2",
    ]
    kept = [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "resources/icons/iop-facilitator.png",
        "resources/translations/x.qm",
        "PySide6/Qt/translations/qtbase_es.qm",
        "libsqlite3.so.0",
        "libpython3.13.so.1.0",
    ]
    assert [d for d in dropped if keep((d, "", "BINARY"))] == []  # type: ignore[operator]
    assert [k for k in kept if not keep((k, "", "BINARY"))] == []  # type: ignore[operator]


def test_the_excluded_modules_are_not_used_by_the_app(spec_text: str) -> None:
    """Excluding a module the app imports would break the bundle at run time."""
    excludes = spec_globals(spec_text)["EXCLUDES"]
    package = ROOT / "iop_facilitator"
    imported: set[str] = set()
    for module in package.rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                imported.add(node.module)
    clashes = [m for m in imported for e in excludes if m == e or m.startswith(e + ".")]  # type: ignore[union-attr]
    assert clashes == []
