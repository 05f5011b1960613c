"""Every resource the code names exists, and the lookup works from source and from a bundle."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from iop_facilitator import paths

PACKAGE = Path(__file__).resolve().parents[2] / "iop_facilitator"


def named_resources() -> list[tuple[str, tuple[str, ...]]]:
    """(module, parts) for every `resource("a", "b", ...)` call in the code: its leading literal
    arguments (a call like `resource("curriculum", name)` is checked up to its folder)."""
    found = []
    for module in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name != "resource":
                continue
            assert all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args
            ), f"{module.name}: resource() takes literal names so this test can check them"
            parts = tuple(a.value for a in node.args)  # type: ignore[attr-defined]
            found.append((str(module.relative_to(PACKAGE)), parts))
    return found


def test_the_code_names_resources() -> None:
    assert ("ui/application.py", ("icons", "iop-facilitator.png")) in named_resources()


@pytest.mark.parametrize(("module", "parts"), named_resources())
def test_every_named_resource_exists(module: str, parts: tuple[str, ...]) -> None:
    assert paths.resource(*parts).exists(), f"{module} names a missing resource {parts}"


def test_a_missing_resource_is_named_in_the_error() -> None:
    with pytest.raises(FileNotFoundError, match=r"icons/no-such\.png"):
        paths.resource("icons", "no-such.png")


def test_inside_a_bundle_resources_come_from_its_folder(tmp_path, monkeypatch) -> None:
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    (tmp_path / "resources" / "icons" / "x.png").write_bytes(b"png")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource("icons", "x.png") == tmp_path / "resources" / "icons" / "x.png"


def test_the_icon_files_are_what_their_names_say() -> None:
    icons = paths.resources_dir() / "icons"
    assert (icons / "iop-facilitator.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (icons / "iop-facilitator.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert "<svg" in (icons / "iop-facilitator.svg").read_text(encoding="utf-8")
