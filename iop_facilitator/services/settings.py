"""Program settings, declared once with type, default and label (Picard's options.py).

Window geometry is not here: it is per-machine view state, kept by the UI apart from the record.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.text import check_storable
from iop_facilitator.errors import ValidationError
from iop_facilitator.services.context import ServiceContext
from iop_facilitator.texts import QT_TR_NOOP

PART2_SHORT_NOTICE = "42 CFR part 2 prohibits unauthorized use or disclosure of these records."
DEFAULT_SAFETY_PROTOCOL = (
    "1. Stay with the member; do not leave them alone if they are at imminent risk.\n"
    "2. Ask directly about thoughts of suicide or harm (use the clinic's screener, e.g. C-SSRS).\n"
    "3. Tell the clinical supervisor on duty now.\n"
    "4. If there is immediate danger, call 911 (or 988, the Suicide & Crisis Lifeline).\n"
    "5. Document what you observed, what you did and who you told."
)


@dataclass(frozen=True)
class SettingSpec:
    """One setting. The Settings page builds its form from these (ui/program_settings.py)."""

    key: str
    type: type
    default: Any
    label: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    choice_labels: tuple[str, ...] = ()  # what the user reads for each choice, same order
    hint: str = ""  # one plain line under the field
    kind: str = ""  # "multiline" text, a "folder", a "note_format" key; "" = plain
    panel: str = "program"  # who edits it: "program" (the form), "security", "machine"
    applies_on_restart: bool = False

    def choice_label(self, value: str) -> str:
        if value in self.choices and len(self.choice_labels) == len(self.choices):
            return self.choice_labels[self.choices.index(value)]
        return value


SPECS: tuple[SettingSpec, ...] = (
    SettingSpec("clinic_name", str, "", QT_TR_NOOP("Clinic name")),
    SettingSpec("program_name", str, "Intensive Outpatient Program", QT_TR_NOOP("Program name")),
    SettingSpec(
        "default_note_format",
        str,
        "DAP",
        QT_TR_NOOP("Default note format"),
        hint="The format new groups start with; each group can choose its own.",
        kind="note_format",
    ),
    SettingSpec(
        "billing_codes",
        list,
        ["H0015", "S9480", "90853", "H0005"],
        QT_TR_NOOP("Billing codes"),
        hint="The codes offered for a group, separated by commas.",
    ),
    SettingSpec(
        "auto_lock_minutes",
        int,
        10,
        QT_TR_NOOP("Lock after idle minutes"),
        minimum=1,
        maximum=240,
        panel="security",
    ),
    SettingSpec(
        "backup_folder",
        str,
        "",
        QT_TR_NOOP("Backup folder"),
        hint="An existing folder the app can write to. Empty: backups stay in the data folder.",
        kind="folder",
    ),
    SettingSpec(
        "redisclosure_notice",
        str,
        PART2_SHORT_NOTICE,
        QT_TR_NOOP("42 CFR Part 2 notice on exports"),
        kind="multiline",
    ),
    SettingSpec(
        "safety_protocol",
        str,
        DEFAULT_SAFETY_PROTOCOL,
        QT_TR_NOOP("Safety protocol"),
        hint="Shown when a member is flagged at risk during a session.",
        kind="multiline",
    ),
    SettingSpec(
        "note_deadline_hours",
        int,
        72,
        QT_TR_NOOP("Notes due within (hours)"),
        minimum=1,
        maximum=720,
    ),
    SettingSpec(
        "group_size_cap", int, 12, QT_TR_NOOP("Warn above this group size"), minimum=1, maximum=100
    ),
    SettingSpec(
        "export_date_of_birth",
        bool,
        False,
        QT_TR_NOOP("Include date of birth on exports"),
        panel="security",
    ),
    SettingSpec(
        "paper_size",
        str,
        "Letter",
        QT_TR_NOOP("Paper size"),
        choices=("Letter", "A4"),
        choice_labels=("US Letter", "A4"),
    ),
    SettingSpec(
        "language",
        str,
        "",
        QT_TR_NOOP("Language"),
        choices=("", "en", "es"),
        choice_labels=("System language", "English", "Español"),
        applies_on_restart=True,
    ),
    SettingSpec(
        "appearance",
        str,
        "",
        QT_TR_NOOP("Appearance"),
        choices=("", "light", "dark", "high_contrast"),
        choice_labels=("Follow the system", "Light", "Dark", "High contrast"),
        hint="Colours of the app; high contrast is easiest to read in a bright room.",
    ),
)
SPEC_BY_KEY = {s.key: s for s in SPECS}


def _coerce(spec: SettingSpec, value: Any) -> Any:
    if spec.type is bool:
        if isinstance(value, bool):
            return value
        raise ValidationError(QT_TR_NOOP("{label} must be on or off.", label=spec.label), spec.key)
    if spec.type is int:
        if isinstance(value, bool):
            raise ValidationError(
                QT_TR_NOOP("{label} must be a whole number.", label=spec.label), spec.key
            )
        try:
            number = int(str(value).strip())
        except ValueError:
            raise ValidationError(
                QT_TR_NOOP("{label} must be a whole number.", label=spec.label), spec.key
            ) from None
        if spec.minimum is not None and number < spec.minimum:
            raise ValidationError(
                QT_TR_NOOP("{label} must be at least {n}.", label=spec.label, n=spec.minimum),
                spec.key,
            )
        if spec.maximum is not None and number > spec.maximum:
            raise ValidationError(
                QT_TR_NOOP("{label} must be at most {n}.", label=spec.label, n=spec.maximum),
                spec.key,
            )
        return number
    if spec.type is list:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValidationError(
                QT_TR_NOOP("{label} must be a list of words.", label=spec.label), spec.key
            )
        return [check_storable(v, spec.label, spec.key).strip() for v in value if v.strip()]
    text = check_storable(str(value), spec.label, spec.key).strip()
    if spec.choices and text not in spec.choices:
        readable = ", ".join(spec.choice_label(c) for c in spec.choices)
        raise ValidationError(
            QT_TR_NOOP("{label} must be one of: {choices}.", label=spec.label, choices=readable),
            spec.key,
        )
    if len(text) > 5000:
        raise ValidationError(
            QT_TR_NOOP("{label} is too long (5,000 characters at most).", label=spec.label),
            spec.key,
        )
    return text


def check_folder(value: str, spec: SettingSpec) -> Path:
    """An existing folder, given as a full path, that this user can write into (checked by
    writing a small temporary file there and removing it)."""
    folder = Path(value).expanduser()
    if not folder.is_absolute():
        raise ValidationError(
            QT_TR_NOOP(
                "{label}: give the full path of the folder, or use Choose… to pick it.",
                label=spec.label,
            ),
            spec.key,
        )
    if not folder.is_dir():
        raise ValidationError(
            QT_TR_NOOP(
                "{label}: the folder {folder} does not exist.", label=spec.label, folder=str(folder)
            ),
            spec.key,
            QT_TR_NOOP(
                "Choose an existing folder (plug in the drive first), or leave it empty to keep "
                "backups in the data folder."
            ),
        )
    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".iop-write-check-"):
            pass
    except OSError:
        raise ValidationError(
            QT_TR_NOOP(
                "{label}: the app cannot write into {folder}.", label=spec.label, folder=str(folder)
            ),
            spec.key,
            QT_TR_NOOP("Choose a folder you are allowed to write to, or leave it empty."),
        ) from None
    return folder


class SettingsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def get(self, key: str) -> Any:
        spec = SPEC_BY_KEY[key]
        row = self.ctx.store.one("SELECT value FROM setting WHERE key = ?", [key])
        if row is None:
            return spec.default
        try:
            return _coerce(spec, json.loads(row["value"]))
        except (ValueError, ValidationError):
            return spec.default

    def all(self) -> dict[str, Any]:
        stored = {
            r["key"]: r["value"] for r in self.ctx.store.query("SELECT key, value FROM setting")
        }
        result: dict[str, Any] = {}
        for spec in SPECS:
            try:
                result[spec.key] = (
                    _coerce(spec, json.loads(stored[spec.key]))
                    if spec.key in stored
                    else spec.default
                )
            except (ValueError, ValidationError):
                result[spec.key] = spec.default
        return result

    def _check_note_format(self, key: str, spec: SettingSpec) -> None:
        if not key:
            raise ValidationError(
                QT_TR_NOOP("Choose a {label}.", label=spec.label.lower()), spec.key
            )
        if self.ctx.store.one("SELECT key FROM note_format WHERE key = ?", [key]) is None:
            raise ValidationError(
                QT_TR_NOOP(
                    "{label}: '{key}' is not a note format this clinic has.",
                    label=spec.label,
                    key=key[:20],
                ),
                spec.key,
            )

    def update(self, values: dict[str, Any]) -> Changes:
        """Validate every value first; write all or none."""
        unknown = [k for k in values if k not in SPEC_BY_KEY]
        if unknown:
            raise ValidationError(QT_TR_NOOP("Unknown setting: {keys}.", keys=", ".join(unknown)))
        clean = {k: _coerce(SPEC_BY_KEY[k], v) for k, v in values.items()}
        current = self.all()
        for key, value in clean.items():
            spec = SPEC_BY_KEY[key]
            if spec.kind == "folder" and value and value != current[key]:
                check_folder(value, spec)
            if spec.kind == "note_format":
                self._check_note_format(value, spec)
        with self.ctx.write() as store:
            for key, value in clean.items():
                store.execute(
                    "INSERT INTO setting (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [key, json.dumps(value)],
                )
            self.ctx.audit("settings_change", "setting", "", {"keys": sorted(clean)})
        return Changes(settings=True, audit=True)
