"""Rules every piece of free text must meet before it is stored."""

from __future__ import annotations

from iop_facilitator.errors import ValidationError
from iop_facilitator.texts import QT_TR_NOOP


def check_storable(text: str, label: str, field: str = "") -> str:
    """`text` unchanged, or a ValidationError saying plainly which character cannot be kept.

    Refused: NUL (it truncates text in other programs and exports) and lone surrogate code
    points (not valid Unicode; they cannot be written as UTF-8). Emoji, right-to-left text and
    any other real character are kept as typed.
    """
    if "\x00" in text:
        raise ValidationError(
            QT_TR_NOOP(
                "{label} contains an invisible NUL character, which cannot be saved.", label=label
            ),
            field,
            QT_TR_NOOP("Retype the text, or paste it as plain text, and try again."),
        )
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        raise ValidationError(
            QT_TR_NOOP(
                "{label} contains a broken character (half of an emoji or symbol).", label=label
            ),
            field,
            QT_TR_NOOP("Delete the odd character and try again."),
        )
    return text


# Characters that would garble a message around them: line breaks and other controls, and the
# marks that flip or isolate text direction (a file could reverse the rest of a sentence).
_GARBLING = frozenset(
    [chr(c) for c in range(0x20)]
    + [chr(0x7F)]
    + [chr(c) for c in range(0x80, 0xA0)]
    + ["\u200e", "\u200f", "\u061c"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)


def shown(value: object, limit: int = 40) -> str:
    """Someone's text quoted inside a message: at most `limit` characters, nothing that garbles.

    Controls and direction marks become spaces, broken characters become '?', and a longer
    value is cut with '...'.
    """
    text = "".join(
        " " if ch in _GARBLING else "?" if "\ud800" <= ch <= "\udfff" else ch for ch in str(value)
    )
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."
