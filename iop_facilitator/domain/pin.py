"""Facilitator PINs: 4 to 8 digits, stored only as a salted scrypt hash, compared in constant time.

A PIN is a short secret for signing and quick unlock inside an already-decrypted database; it is
never a key to the file. Stored form: "scrypt$<n>$<r>$<p>$<salt hex>$<hash hex>".
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from iop_facilitator.errors import ValidationError
from iop_facilitator.texts import QT_TR_NOOP

MIN_DIGITS = 4
MAX_DIGITS = 8
# About 16 MB and a few tens of milliseconds: slow to guess in bulk, quick for one person.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32


def validate(pin: str) -> str:
    """The PIN itself if it is 4-8 ASCII digits, else a ValidationError in plain words."""
    if not (MIN_DIGITS <= len(pin) <= MAX_DIGITS) or not all(c in "0123456789" for c in pin):
        raise ValidationError(
            QT_TR_NOOP(
                "A PIN is {low} to {high} digits (0-9), nothing else.",
                low=MIN_DIGITS,
                high=MAX_DIGITS,
            ),
            "pin",
        )
    if len(set(pin)) == 1:
        raise ValidationError(
            QT_TR_NOOP("Please choose a PIN that is not one digit repeated."), "pin"
        )
    return pin


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("ascii"), salt=salt, n=n, r=r, p=p, dklen=HASH_BYTES, maxmem=64 * 1024 * 1024
    )


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """A new stored form for `pin` (validated first) with a fresh random salt."""
    validate(pin)
    salt = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
    digest = _derive(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify(pin: str, stored: str | None) -> bool:
    """True when `pin` matches `stored`. Never raises on a malformed PIN or stored value."""
    if not stored or not pin or len(pin) > MAX_DIGITS or not pin.isascii() or not pin.isdigit():
        return False
    try:
        scheme, n, r, p, salt_hex, digest_hex = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(digest_hex)
        actual = _derive(pin, bytes.fromhex(salt_hex), int(n), int(r), int(p))
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(actual, expected)
