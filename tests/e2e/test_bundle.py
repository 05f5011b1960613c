"""Build the PyInstaller bundle and use it like a facilitator would (`make bundle-test`).

Not part of `make test` (a build takes a minute or more): marked `bundle`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.bundle

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
    pytest.importorskip("PyInstaller", reason="make bundle-test installs the dev extras")
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
    """PLACE FOR THE CLI PDF EXPORT (exports feature): init, add a signed note, export, check
    the PDF with pypdf. Skipped until the bundle's CLI has an export command; once it has one,
    this test fails on purpose until it is written."""
    if run(bundle, "export", "--help").returncode != 0:  # argparse: unknown command -> 2
        pytest.skip("the CLI has no export command yet (it arrives with the exports feature)")
    pytest.fail("the CLI now has an export command: write this test (see its docstring)")
