"""Build the PyInstaller bundle and use it like a facilitator would.

Part of `make test` (CI runs it): the build goes to a temporary folder (dist/ is left alone) and
takes about 20 s here with PyInstaller's cache warm, about a minute on a fresh machine.
`make bundle-test` runs only these tests. Marked `bundle` and `slow`.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.bundle, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build_spec" / "iop_facilitator.spec"
PASS = "kettle river blue mango"
SIZE_LIMIT_MB = 150


def folder_size_mb(folder: Path) -> float:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.lstat().st_size for p in files) / (1024 * 1024)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """A fresh one-folder build in a temporary folder (dist/ is left alone)."""
    out = tmp_path_factory.mktemp("bundle")
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "build"),
            str(SPEC),
        ],
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    exe = (
        out
        / "dist"
        / "iop-facilitator"
        / ("iop-facilitator.exe" if os.name == "nt" else "iop-facilitator")
    )
    assert exe.is_file()
    return exe


def run(exe: Path, *args: str, passphrase: str | None = None, timeout: float = 120):
    env = {k: v for k, v in os.environ.items() if not k.startswith("IOP_FACILITATOR_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if passphrase is not None:
        env["IOP_FACILITATOR_PASSPHRASE"] = passphrase
    return subprocess.run(
        [str(exe), *args], capture_output=True, text=True, env=env, timeout=timeout, check=False
    )


def test_bundle_size_is_reported_and_under_target(bundle: Path) -> None:
    size = folder_size_mb(bundle.parent)
    print(f"\nbundle size: {size:.1f} MB (target < {SIZE_LIMIT_MB} MB)")
    assert size < SIZE_LIMIT_MB


def test_bundle_carries_every_resource_file(bundle: Path) -> None:
    """The whole resources/ folder (curriculum, icons, translations when present) is shipped."""
    source = ROOT / "resources"
    shipped = bundle.parent / "_internal" / "resources"
    wanted = sorted(p.relative_to(source) for p in source.rglob("*") if p.is_file())
    assert wanted and [w for w in wanted if not (shipped / w).is_file()] == []


def test_bundle_starts_with_smoke_on_a_fresh_data_dir(bundle: Path, tmp_path: Path) -> None:
    result = run(bundle, "--data-dir", str(tmp_path / "fresh"), "--smoke")
    assert result.returncode == 0, result.stderr


def test_bundle_init_check_and_smoke_on_the_new_clinic(bundle: Path, tmp_path: Path) -> None:
    data = str(tmp_path / "clinic")
    init = run(bundle, "--data-dir", data, "init", "--facilitator", "Fac Testwell", passphrase=PASS)
    assert init.returncode == 0, init.stderr
    check = run(bundle, "--data-dir", data, "check", passphrase=PASS)
    assert check.returncode == 0 and "intact" in check.stdout, check.stderr
    wrong = run(bundle, "--data-dir", data, "check", passphrase="not the passphrase at all")
    assert wrong.returncode == 4
    smoke = run(bundle, "--data-dir", data, "--smoke", passphrase=PASS)
    assert smoke.returncode == 0, smoke.stderr


def test_bundle_reports_its_version(bundle: Path) -> None:
    from iop_facilitator import __version__

    result = run(bundle, "--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_bundle_exports_a_pdf_from_the_cli(bundle: Path, tmp_path: Path) -> None:
    """The bundle's own CLI makes the fictional demo clinic (it signs notes), then exports one
    session's member notes as PDF: each carries its note's text and the 42 CFR Part 2 notice."""
    from pypdf import PdfReader

    from iop_facilitator.paths import DataPaths
    from iop_facilitator.services.clinic import open_clinic
    from iop_facilitator.storage import Passphrase

    data = tmp_path / "demo"
    made = run(bundle, "--data-dir", str(data), "demo", passphrase=PASS)
    assert made.returncode == 0 and "signed notes" in made.stdout, made.stderr
    # Which note to look for, read with the source tree's services (the bundle has exited).
    clinic = open_clinic(DataPaths(data), Passphrase(PASS))
    try:
        today = dt.date.today()
        signed = [
            note_id
            for note_id, is_signed in clinic.exports.notes_in(
                start=today - dt.timedelta(days=60), end=today
            )
            if is_signed
        ]
        assert signed, "the demo clinic has signed notes"
        note = clinic.notes.get(signed[0])
        session_notes = [n for n in clinic.notes.for_session(note.session_id) if n.signed]
    finally:
        clinic.close()
    fragments = {n.id: first_words(n.sections) for n in session_notes}
    out = tmp_path / "out"
    exported = run(
        bundle,
        "--data-dir",
        str(data),
        "export",
        "notes",
        "--session",
        str(note.session_id),
        "--out",
        str(out),
        passphrase=PASS,
    )
    assert exported.returncode == 0, exported.stderr
    files = [Path(line) for line in exported.stdout.splitlines()]
    assert len(files) == len(session_notes) and all(f.suffix == ".pdf" for f in files)
    texts = [
        " ".join(" ".join(pg.extract_text() for pg in PdfReader(f).pages).split()) for f in files
    ]
    for text in texts:
        assert "42 CFR part 2" in text
    for note_id, fragment in fragments.items():
        assert any(fragment in text for text in texts), (note_id, fragment)


def first_words(sections: dict[str, str], words: int = 8) -> str:
    """The first words of a note's first non-empty section, whitespace as pypdf gives it back."""
    body = next(text for text in sections.values() if text.strip())
    return " ".join(body.split()[:words])
