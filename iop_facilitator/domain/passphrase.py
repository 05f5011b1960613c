"""Passphrase rules and a plain-words strength hint (the passphrase itself is never stored)."""

from __future__ import annotations

from dataclasses import dataclass

from iop_facilitator.texts import QT_TR_NOOP

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
        return Strength(0, QT_TR_NOOP("Choose a passphrase of at least 8 characters."))
    if "\x00" in passphrase:
        return Strength(0, QT_TR_NOOP("A passphrase cannot contain a NUL character."))
    if len(passphrase) < MIN_LENGTH:
        return Strength(0, QT_TR_NOOP("Too short: use at least {n} characters.", n=MIN_LENGTH))
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
        return Strength(
            4,
            QT_TR_NOOP("Strong. Keep it somewhere safe: without it the data cannot be opened."),
        )
    if len(passphrase) >= 14 and kinds >= 2:
        return Strength(3, QT_TR_NOOP("Good. A few more words would make it stronger."))
    if kinds >= 3:
        return Strength(2, QT_TR_NOOP("Fair. Longer is stronger: try four unrelated words."))
    return Strength(
        1, QT_TR_NOOP("Weak. Try four unrelated words, e.g. 'kettle river blue mango'.")
    )
