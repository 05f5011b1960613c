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
"""

from __future__ import annotations

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


def check_hostile(apply: Callable[[T], Any], snapshot: Callable[[], Any], value: T) -> str:
    before = snapshot()
    try:
        apply(value)
    except UserFacingError as exc:
        assert exc.message.strip(), "an error must say what happened"
        assert "Traceback" not in str(exc)
        assert snapshot() == before, "a refused input changed the database"
        return "refused"
    return "saved"
