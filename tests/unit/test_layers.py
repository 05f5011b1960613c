"""The layer rule: Qt only in ui/ (and modules named for PDF rendering); SQL drivers in storage/."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "iop_facilitator"


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def modules() -> list[Path]:
    found = sorted(PACKAGE.rglob("*.py"))
    assert len(found) > 10
    return found


def test_qt_only_in_ui_and_pdf_modules() -> None:
    leaks = [
        str(p.relative_to(PACKAGE))
        for p in modules()
        if "PySide6" in imported_roots(p)
        and p.parent.name != "ui"
        and "ui" not in p.relative_to(PACKAGE).parts
        and "pdf" not in p.name
    ]
    assert leaks == []


def test_database_drivers_only_in_storage() -> None:
    drivers = {"sqlite_utils", "sqlite3", "sqlcipher3"}
    leaks = [
        str(p.relative_to(PACKAGE))
        for p in modules()
        if drivers & imported_roots(p) and "storage" not in p.relative_to(PACKAGE).parts
    ]
    assert leaks == []


def test_appdirs_only_in_paths() -> None:
    users = [p.name for p in modules() if "appdirs" in imported_roots(p)]
    assert users == ["paths.py"]


def test_the_rule_would_catch_a_leak(tmp_path: Path) -> None:
    bad = tmp_path / "leak.py"
    bad.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6" in imported_roots(bad)


def test_the_split_services_parts_never_define_the_same_method_twice() -> None:
    """NoteService, SessionService and MemberService combine their parts by inheritance: a name
    defined in two parts would silently pick one of them (the method order decides)."""
    from iop_facilitator.services.members import MemberService
    from iop_facilitator.services.notes import NoteService
    from iop_facilitator.services.sessions import SessionService

    clashes = []
    for service in (NoteService, SessionService, MemberService):
        parts = [k for k in service.__mro__[1:] if k is not object]
        assert len(parts) >= 2, service
        owners: dict[str, str] = {}
        for part in parts:
            for name in vars(part):
                if name.startswith("__"):
                    continue
                if name in owners:
                    clashes.append(f"{service.__name__}.{name}: {owners[name]} and {part.__name__}")
                owners[name] = part.__name__
    assert clashes == []
