"""A generic hostile-input harness: any importer or free-text path, fed the worst text there is.

    check_hostile(apply, snapshot, value)

`apply(value)` is the path under test (an importer taking file text or bytes, a service call
taking a field's text). The contract it must keep, whatever `value` is:
  * it returns normally, or raises a UserFacingError whose message is a readable sentence;
  * it never raises anything else (no crash);
  * when it raises, `snapshot()` (what the database holds) is exactly as before: no partial write.
Returns "saved" or "refused" so a property can also check what was saved.

Importers written elsewhere (curriculum TOML, topic packs, member CSV) plug in unchanged, e.g.
    @given(hostile_documents())
    def test_csv(clinic, doc): check_hostile(lambda d: clinic.members.import_csv(d), snap, doc)

`assert_plain_words(text)` is the message contract for importers: short, readable, no Python
internals, and it says what to do (tests/unit/test_hostile_importers.py uses it on every refusal).
`JUNK_10K` are the big documents every importer must survive: 10,000 characters of emoji, of
binary junk, and of both mixed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

from hypothesis import strategies as st

from iop_facilitator.errors import UserFacingError

T = TypeVar("T")

EMOJI = "👩🏽‍⚕️🧠💬🙂‍↕️🏳️‍🌈"
RTL = "مرحبا بالعالم שלום עולם \u202e\u200f"
SQL = "'; DROP TABLE member; -- \" OR 1=1 /* */ %s {} \\x00 ` $1 ?"
SPECIALS = [
    "x" * 100_000,
    EMOJI * 2_000,
    RTL * 1_000,
    "\x00",
    "name\x00hidden",
    SQL,
    "\ud800 lone surrogate",
    "\r\n\t\x0b\x0c\x1b[31m",
    "   ",
    "",
    "Robert'); DROP TABLE setting;--",
    "\ufeffBOM at start",
    "ﷺ" * 500 + "\u0301" * 500,  # very wide ligature and a pile of combining marks
]


def hostile_text(max_size: int = 300) -> st.SearchStrategy[str]:
    """Short random text of every kind (surrogates included), plus the specials above."""
    return st.one_of(
        st.sampled_from(SPECIALS),
        st.text(st.characters(codec=None, exclude_categories=()), max_size=max_size),
        st.text(alphabet=st.sampled_from(list(EMOJI + RTL + SQL + "\x00")), max_size=max_size),
    )


def hostile_documents() -> st.SearchStrategy[bytes]:
    """Whole files for importers: random bytes, broken UTF-8, hostile text encoded, BOMs."""
    return st.one_of(
        st.binary(max_size=2_000),
        hostile_text().map(lambda t: t.encode("utf-8", "surrogatepass")),
        hostile_text().map(lambda t: b"\xef\xbb\xbf" + t.encode("utf-16", "surrogatepass")),
    )


def check_hostile(
    apply: Callable[[T], Any],
    snapshot: Callable[[], Any],
    value: T,
    on_refused: Callable[[UserFacingError], Any] | None = None,
) -> str:
    """`on_refused(exc)` may check the refusal further (e.g. `assert_plain_words(str(exc))`)."""
    before = snapshot()
    try:
        apply(value)
    except UserFacingError as exc:
        assert exc.message.strip(), "an error must say what happened"
        assert "Traceback" not in str(exc)
        assert snapshot() == before, "a refused input changed the database"
        if on_refused is not None:
            on_refused(exc)
        return "refused"
    return "saved"


# 10,000 characters each: emoji only, binary junk (every byte value), and the two interleaved.
_BINARY = bytes(range(256)) * 40
JUNK_10K: dict[str, bytes] = {
    "emoji": (EMOJI * 1_000)[:10_000].encode("utf-8"),
    "binary": _BINARY[:10_000],
    "emoji and binary": b"".join(
        EMOJI[i % len(EMOJI)].encode("utf-8") + _BINARY[i : i + 1] for i in range(5_000)
    ),
}

# Words that say what to do next; a refusal must contain at least one of them.
ACTION_WORDS = (
    "add",
    "ask",
    "check",
    "choose",
    "export",
    "fix",
    "keep",
    "move",
    "must",
    "name the",
    "pick",
    "remove",
    "replace",
    "restore",
    "save",
    "shorten",
    "split",
    "tick",
    "try",
    "update",
    "use",
    "write",
)
# Controls (a line break is fine) and the marks that flip text direction.
_GARBLING = frozenset(
    [chr(c) for c in range(0x20) if c != 0x0A]
    + [chr(c) for c in range(0x7F, 0xA0)]
    + [
        "\u200e",
        "\u200f",
        "\u061c",
        *map(chr, range(0x202A, 0x202F)),
        *map(chr, range(0x2066, 0x206A)),
    ]
)
_ACTION = re.compile(r"\b(?:" + "|".join(ACTION_WORDS) + r")\b", re.IGNORECASE)
# Python internals that must never reach a clinician.
_INTERNALS = ("Traceback", "Errno", "Error:", "Exception", "<class", "b'\\x", 'b"\\x', "None")


def assert_plain_words(text: str, max_chars: int = 2_000, *, needs_action: bool = True) -> None:
    """A message a tired clinician can read: says what to do, no internals, bounded length.

    `needs_action=False` for a line inside a list whose heading already says what to do (the
    per-row problems of an import preview).
    """
    assert text.strip(), "the message is empty"
    assert len(text) <= max_chars, f"the message is {len(text)} characters long"
    for internal in _INTERNALS:
        assert internal not in text, f"the message shows {internal!r}: {text[:200]!r}"
    garbling = [c for c in text if c in _GARBLING or "\ud800" <= c <= "\udfff"]
    assert not garbling, f"the message holds controls or direction marks: {text[:200]!r}"
    if needs_action:
        assert _ACTION.search(text), f"says nothing to do: {text[:300]!r}"
