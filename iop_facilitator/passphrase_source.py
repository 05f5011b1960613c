"""Where a headless command gets the passphrase: a file, the environment, or a terminal prompt.

Never from a command-line argument (it would show in the process list and shell history).
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from iop_facilitator.errors import ValidationError
from iop_facilitator.texts import QT_TR_NOOP

if TYPE_CHECKING:
    from iop_facilitator.storage import Passphrase

PASSPHRASE_ENV = "IOP_FACILITATOR_PASSPHRASE"
NEW_PASSPHRASE_ENV = "IOP_FACILITATOR_NEW_PASSPHRASE"


class NoPassphrase(ValidationError):
    title = QT_TR_NOOP("Passphrase needed")


def _passphrase(text: str) -> Passphrase:
    # Imported here: the GUI reads the environment before its unlock dialog, which shows before
    # the storage layer (SQLCipher, sqlite-utils) is loaded.
    from iop_facilitator.storage import Passphrase

    return Passphrase(text)


def from_file(path: str | os.PathLike[str]) -> Passphrase:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise NoPassphrase(
            f"The passphrase file could not be read ({exc.strerror or 'unknown error'}).",
            what_next="Check the path given to --passphrase-file.",
        ) from None
    text = text.rstrip("\r\n")
    if not text:
        raise NoPassphrase("The passphrase file is empty.")
    return _passphrase(text)


def non_interactive(passphrase_file: str | None) -> Passphrase | None:
    """The passphrase from --passphrase-file or the environment, if either is given."""
    if passphrase_file:
        return from_file(passphrase_file)
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return _passphrase(env)
    return None


def obtain(
    passphrase_file: str | None, *, confirm: bool = False, prompt: str = "Passphrase: "
) -> Passphrase:
    """File, then environment, then a terminal prompt; fails plainly when none is possible."""
    given = non_interactive(passphrase_file)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise NoPassphrase(
            "No passphrase was given.",
            what_next=f"Use --passphrase-file FILE or set {PASSPHRASE_ENV}, or run in a terminal.",
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != first:
        raise NoPassphrase("The two passphrases were not the same. Nothing was created.")
    return _passphrase(first)


def obtain_new(new_passphrase_file: str | None) -> Passphrase:
    """The new passphrase for `change-passphrase`: its file, its variable, or a confirmed prompt."""
    if new_passphrase_file:
        return from_file(new_passphrase_file)
    env = os.environ.get(NEW_PASSPHRASE_ENV)
    if env:
        return _passphrase(env)
    if not sys.stdin.isatty():
        raise NoPassphrase(
            "No new passphrase was given.",
            what_next=f"Use --new-passphrase-file FILE or set {NEW_PASSPHRASE_ENV}, or run in a "
            "terminal.",
        )
    first = getpass.getpass("New passphrase: ")
    if getpass.getpass("Type it again: ") != first:
        raise NoPassphrase("The two new passphrases were not the same. Nothing was changed.")
    return _passphrase(first)
