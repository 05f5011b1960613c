"""Program settings, declared once with type, default and label (Picard's options.py).

Window geometry is not here: it is per-machine view state, kept by the UI apart from the record.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.text import check_storable
from iop_facilitator.errors import ValidationError
from iop_facilitator.services.context import ServiceContext

PART2_SHORT_NOTICE = (
    "42 CFR part 2 prohibits unauthorized use or disclosure of these records."
)
DEFAULT_SAFETY_PROTOCOL = (
    "1. Stay with the member; do not leave them alone if they are at imminent risk.\n"
    "2. Ask directly about thoughts of suicide or harm (use the clinic's screener, e.g. C-SSRS).\n"
    "3. Tell the clinical supervisor on duty now.\n"
    "4. If there is immediate danger, call 911 (or 988, the Suicide & Crisis Lifeline).\n"
    "5. Document what you observed, what you did and who you told."
)


@dataclass(frozen=True)
class SettingSpec:
    key: str
    type: type
    default: Any
    label: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()


SPECS: tuple[SettingSpec, ...] = (
    SettingSpec("clinic_name", str, "", "Clinic name"),
    SettingSpec("program_name", str, "Intensive Outpatient Program", "Program name"),
    SettingSpec("default_note_format", str, "DAP", "Default note format"),
    SettingSpec("billing_codes", list, ["H0015", "S9480", "90853", "H0005"], "Billing codes"),
    SettingSpec("auto_lock_minutes", int, 10, "Lock after idle minutes", minimum=1, maximum=240),
    SettingSpec("backup_folder", str, "", "Backup folder (empty: inside the data folder)"),
    SettingSpec("redisclosure_notice", str, PART2_SHORT_NOTICE, "42 CFR Part 2 notice on exports"),
    SettingSpec("safety_protocol", str, DEFAULT_SAFETY_PROTOCOL, "Safety protocol"),
    SettingSpec("note_deadline_hours", int, 72, "Notes due within (hours)", minimum=1, maximum=720),
    SettingSpec("group_size_cap", int, 12, "Warn above this group size", minimum=1, maximum=100),
    SettingSpec("export_date_of_birth", bool, False, "Include date of birth on exports"),
    SettingSpec("paper_size", str, "Letter", "Paper size", choices=("Letter", "A4")),
    SettingSpec("language", str, "", "Language (empty: the system's)", choices=("", "en", "es")),
    SettingSpec(
        "appearance", str, "", "Appearance (empty: the system's)",
        choices=("", "light", "dark", "high_contrast"),
    ),
)
SPEC_BY_KEY = {s.key: s for s in SPECS}


def _coerce(spec: SettingSpec, value: Any) -> Any:
    if spec.type is bool:
        if isinstance(value, bool):
            return value
        raise ValidationError(f"{spec.label} must be on or off.", spec.key)
    if spec.type is int:
        if isinstance(value, bool):
            raise ValidationError(f"{spec.label} must be a whole number.", spec.key)
        try:
            number = int(str(value).strip())
        except ValueError:
            raise ValidationError(f"{spec.label} must be a whole number.", spec.key) from None
        if spec.minimum is not None and number < spec.minimum:
            raise ValidationError(f"{spec.label} must be at least {spec.minimum}.", spec.key)
        if spec.maximum is not None and number > spec.maximum:
            raise ValidationError(f"{spec.label} must be at most {spec.maximum}.", spec.key)
        return number
    if spec.type is list:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValidationError(f"{spec.label} must be a list of words.", spec.key)
        return [check_storable(v, spec.label, spec.key).strip() for v in value if v.strip()]
    text = check_storable(str(value), spec.label, spec.key).strip()
    if spec.choices and text not in spec.choices:
        raise ValidationError(
            f"{spec.label} must be one of: {', '.join(c or '(system)' for c in spec.choices)}.",
            spec.key,
        )
    if len(text) > 5000:
        raise ValidationError(f"{spec.label} is too long (5,000 characters at most).", spec.key)
    return text


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
        stored = {r["key"]: r["value"] for r in self.ctx.store.query("SELECT key, value FROM setting")}
        result: dict[str, Any] = {}
        for spec in SPECS:
            try:
                result[spec.key] = (
                    _coerce(spec, json.loads(stored[spec.key])) if spec.key in stored else spec.default
                )
            except (ValueError, ValidationError):
                result[spec.key] = spec.default
        return result

    def update(self, values: dict[str, Any]) -> Changes:
        """Validate every value first; write all or none."""
        unknown = [k for k in values if k not in SPEC_BY_KEY]
        if unknown:
            raise ValidationError(f"Unknown setting: {', '.join(unknown)}.")
        clean = {k: _coerce(SPEC_BY_KEY[k], v) for k, v in values.items()}
        with self.ctx.write() as store:
            for key, value in clean.items():
                store.execute(
                    "INSERT INTO setting (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [key, json.dumps(value)],
                )
            self.ctx.audit("settings_change", "setting", "", {"keys": sorted(clean)})
        return Changes(settings=True, audit=True)
