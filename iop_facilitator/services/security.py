"""Passphrase change, unlock records and lock records.

The passphrase is never stored; changing it re-keys the database file safely (storage/rekey.py):
a crash half-way leaves the old file openable with the old passphrase.
"""

from __future__ import annotations

from iop_facilitator.domain import passphrase as passphrase_rules
from iop_facilitator.domain.changes import Changes
from iop_facilitator.errors import ValidationError, WrongPassphrase
from iop_facilitator.services.context import ServiceContext
from iop_facilitator.storage import Key, Passphrase, key_opens, rekey
from iop_facilitator.storage.rekey import Checkpoint
from iop_facilitator.texts import QT_TR_NOOP

UNLOCK_METHODS = ("passphrase", "pin")
LOCK_REASONS = ("idle", "manual")


class SecurityService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def verify_passphrase(self, key: Key) -> bool:
        """True when `key` opens this clinic's database (proved on a fresh connection)."""
        return key_opens(self.ctx.store.path, key)

    def change_passphrase(
        self,
        current: Passphrase,
        new: Passphrase,
        confirm: str,
        *,
        checkpoint: Checkpoint | None = None,
    ) -> Changes:
        """Re-key the database to `new` after proving `current`. Audited as `passphrase_change`.

        Nothing changes when any check fails; a failure or crash during the re-key leaves the old
        database usable with `current`. `checkpoint` is the test hook of `storage.rekey.rekey`.
        """
        if new.text != confirm:
            raise ValidationError(
                QT_TR_NOOP("The two new passphrases are not the same. Type them again."), "confirm"
            )
        strength = passphrase_rules.assess(new.text)
        if not strength.acceptable:
            raise ValidationError(strength.hint, "new")
        if new.text == current.text:
            raise ValidationError(
                QT_TR_NOOP("The new passphrase is the same as the current one."), "new"
            )
        if not self.ctx.store.encrypted:
            raise ValidationError(
                QT_TR_NOOP(
                    "This database is not encrypted (benchmark mode): "
                    "it has no passphrase to change."
                )
            )
        if not self.verify_passphrase(current):
            raise WrongPassphrase(
                QT_TR_NOOP("The current passphrase is not right, so nothing was changed."),
                QT_TR_NOOP("Type the passphrase you unlocked the app with."),
            )
        rekey(self.ctx.store, current, new, checkpoint=checkpoint)
        with self.ctx.write():
            self.ctx.audit("passphrase_change", "database")
        return Changes(audit=True)

    def record_unlock(self, method: str, failed_attempts: int = 0) -> Changes:
        """Audit a successful unlock, preceded by the failed attempts counted in memory before it.

        Failed attempts cannot be written while the database is locked (the key is unknown), so
        the caller counts them and they are written here, right after the next success.
        """
        if method not in UNLOCK_METHODS:
            raise ValueError(f"unknown unlock method {method!r}")
        with self.ctx.write():
            if failed_attempts > 0:
                self.ctx.audit("failed_unlock", "database", "", {"attempts": failed_attempts})
            self.ctx.audit("unlock", "database", "", {"method": method})
        return Changes(audit=True)

    def record_lock(self, reason: str) -> Changes:
        """Audit that the window was locked (`idle` after the auto-lock minutes, or `manual`)."""
        if reason not in LOCK_REASONS:
            raise ValueError(f"unknown lock reason {reason!r}")
        with self.ctx.write():
            self.ctx.audit("lock", "database", "", {"reason": reason})
        return Changes(audit=True)
