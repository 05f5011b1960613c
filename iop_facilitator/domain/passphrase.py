"""Passphrase rules and a plain-words strength hint (the passphrase itself is never stored)."""

from __future__ import annotations

from dataclasses import dataclass

MIN_LENGTH = 8


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (unusable) to 4 (strong)
    hint: str

    @property
    def acceptable(self) -> bool:
        return self.score >= 1


def assess(passphrase: str) -> Strength:
    if not passphrase:
        return Strength(0, "Choose a passphrase of at least 8 characters.")
    if "\x00" in passphrase:
        return Strength(0, "A passphrase cannot contain a NUL character.")
    if len(passphrase) < MIN_LENGTH:
        return Strength(0, f"Too short: use at least {MIN_LENGTH} characters.")
    kinds = sum(
        [
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        ]
    )
    words = len(passphrase.split())
    if len(passphrase) >= 20 or words >= 4:
        return Strength(4, "Strong. Keep it somewhere safe: without it the data cannot be opened.")
    if len(passphrase) >= 14 and kinds >= 2:
        return Strength(3, "Good. A few more words would make it stronger.")
    if kinds >= 3:
        return Strength(2, "Fair. Longer is stronger: try four unrelated words.")
    return Strength(1, "Weak. Try four unrelated words, e.g. 'kettle river blue mango'.")
