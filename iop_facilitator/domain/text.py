"""Rules every piece of free text must meet before it is stored."""

from __future__ import annotations

from iop_facilitator.errors import ValidationError


def check_storable(text: str, label: str, field: str = "") -> str:
    """`text` unchanged, or a ValidationError saying plainly which character cannot be kept.

    Refused: NUL (it truncates text in other programs and exports) and lone surrogate code
    points (not valid Unicode; they cannot be written as UTF-8). Emoji, right-to-left text and
    any other real character are kept as typed.
    """
    if "\x00" in text:
        raise ValidationError(
            f"{label} contains an invisible NUL character, which cannot be saved.",
            field,
            "Retype the text, or paste it as plain text, and try again.",
        )
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        raise ValidationError(
            f"{label} contains a broken character (half of an emoji or symbol).",
            field,
            "Delete the odd character and try again.",
        )
    return text
