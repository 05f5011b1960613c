"""Program settings as the Settings page saves them: checked first, written all or nothing."""

from __future__ import annotations

import os

import pytest

from iop_facilitator.errors import ValidationError
from iop_facilitator.services.settings import SPEC_BY_KEY, SPECS


def test_every_spec_says_who_edits_it_and_choices_have_labels() -> None:
    assert {s.panel for s in SPECS} <= {"program", "security", "machine"}
    assert SPEC_BY_KEY["auto_lock_minutes"].panel == "security"
    for spec in SPECS:
        if spec.choice_labels:
            assert len(spec.choice_labels) == len(spec.choices), spec.key
    assert SPEC_BY_KEY["language"].choice_label("") == "System language"
    assert SPEC_BY_KEY["language"].choice_label("es") == "Español"


def test_backup_folder_must_exist(clinic, tmp_path) -> None:
    with pytest.raises(ValidationError, match="does not exist") as caught:
        clinic.settings.update({"backup_folder": str(tmp_path / "unplugged")})
    assert caught.value.field == "backup_folder"
    assert "leave it empty" in caught.value.what_next
    assert clinic.settings.get("backup_folder") == ""


def test_backup_folder_must_be_a_full_path_and_a_folder(clinic, tmp_path) -> None:
    with pytest.raises(ValidationError, match="full path"):
        clinic.settings.update({"backup_folder": "backups"})
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x", encoding="utf-8")
    with pytest.raises(ValidationError, match="does not exist"):
        clinic.settings.update({"backup_folder": str(a_file)})


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_backup_folder_must_be_writable(clinic, tmp_path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(ValidationError, match="cannot write"):
            clinic.settings.update({"backup_folder": str(locked)})
    finally:
        locked.chmod(0o700)


def test_backup_folder_existing_or_empty_is_saved(clinic, tmp_path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    clinic.settings.update({"backup_folder": f"  {usb}  "})
    assert clinic.settings.get("backup_folder") == str(usb)
    assert not list(usb.iterdir())  # the write check leaves nothing behind
    clinic.settings.update({"backup_folder": ""})
    assert clinic.backups.folder() == clinic.paths.backups


def test_an_unplugged_backup_folder_does_not_block_other_settings(clinic, tmp_path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    clinic.settings.update({"backup_folder": str(usb)})
    usb.rmdir()
    values = clinic.settings.all()
    values["clinic_name"] = "Renamed"
    clinic.settings.update(values)  # unchanged folder: not checked again
    assert clinic.settings.get("clinic_name") == "Renamed"


def test_default_note_format_must_be_one_the_clinic_has(clinic) -> None:
    with pytest.raises(ValidationError, match="not a note format"):
        clinic.settings.update({"default_note_format": "SIRP"})
    clinic.note_formats.add("SIRP", [("Situation", ""), ("Plan", "")])
    clinic.settings.update({"default_note_format": "SIRP"})
    assert clinic.settings.get("default_note_format") == "SIRP"


def test_one_bad_value_among_many_writes_nothing(clinic, tmp_path) -> None:
    before = clinic.settings.all()
    with pytest.raises(ValidationError, match="does not exist"):
        clinic.settings.update(
            {
                "clinic_name": "Changed",
                "billing_codes": ["H0015"],
                "group_size_cap": 8,
                "backup_folder": str(tmp_path / "missing"),
            }
        )
    assert clinic.settings.all() == before


def test_choice_error_uses_readable_labels(clinic) -> None:
    with pytest.raises(ValidationError, match="System language, English, Español"):
        clinic.settings.update({"language": "fr"})
