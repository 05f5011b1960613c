"""The confidentiality check: another member's name inside a member's note.

A member's chart note must not name other group members (refer to "a peer"). The check is
case- and accent-insensitive, matches whole words and possessives (O'Brien's, James'), and
multi-word or hyphenated names (Mary-Kate). Names that are also ordinary words (Hope, Will,
May, Summer) are flagged only when the context says they are a name: capitalised in the middle
of a sentence, or at the start of one when possessive or followed by a reporting verb, or as
part of the full name. The facilitator can dismiss a flag for a note.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


def _word_set(text: str) -> frozenset[str]:
    """A set of words kept as wrapped prose, so the lists below stay readable."""
    return frozenset(text.split())


# English words that are also given names. Capitalisation and position decide for these.
WORD_NAMES = _word_set(
    """
    hope faith will may summer grace joy rose june april august autumn dawn eve iris ivy
    amber angel bill bob chase chip crystal destiny dusty ginger honey hunter jack jade
    jasmine jewel june lily mark miles pat patience penny rich rusty sandy sky skye sunny
    sage lane gray grey kit river brook page art guy ray rob sue don dot faith heath holly
    star storm true wade ward win winter bliss blue bud cash clay cliff colt dale dean drew
    earl ernest frank gale glen harmony heather hazel hunter justice king lark lance love
    major mercy merry misty norm olive pearl pepper prince reed rocky ruby rusty shelby
    sterling stone tucker violet willow wren young
    """
)
MONTH_NAMES = frozenset({"may", "june", "april", "august"})
MONTH_CONTEXT = _word_set(
    "in since until till by of last next this early late mid from through before after during"
)
REPORTING_VERBS = _word_set(
    """
    said says shared stated reported mentioned told asked explained described disclosed added
    agreed disagreed responded replied laughed cried left arrived offered suggested noted talked
    spoke admitted encouraged supported challenged gave called texted yelled interrupted
    """
)
SENTENCE_END = re.compile(r"[.!?:;\n]\s*$|^\s*$")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:['’]s?)?", re.UNICODE)


def fold(text: str) -> str:
    """Lowercase without accents: 'José' -> 'jose'; curly apostrophes made straight."""
    text = text.replace("’", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _strip_possessive(token: str) -> tuple[str, bool]:
    t = token.replace("’", "'")
    if t.lower().endswith("'s"):
        return token[:-2], True
    if t.endswith("'"):
        return token[:-1], True
    return token, False


@dataclass(frozen=True)
class Token:
    text: str  # as written, possessive removed
    folded: str
    start: int
    end: int  # end of the name part (before any possessive)
    full_end: int  # end including the possessive
    possessive: bool


def tokenize(text: str) -> list[Token]:
    """Words, with hyphenated words split into parts (Mary-Kate -> Mary, Kate)."""
    tokens: list[Token] = []
    for match in WORD.finditer(text):
        word, possessive = _strip_possessive(match.group())
        tokens.append(
            Token(
                word, fold(word), match.start(), match.start() + len(word), match.end(), possessive
            )
        )
    return tokens


def _name_sequences(name: str) -> list[tuple[str, ...]]:
    """Token sequences that refer to a person: the whole name and each of its parts."""
    parts = [p for p in re.split(r"\s+", name.strip()) if p]
    sequences: list[tuple[str, ...]] = []

    def as_tokens(text: str) -> tuple[str, ...]:
        return tuple(t.folded for t in tokenize(text.replace("-", " ")))

    whole = as_tokens(name)
    if whole:
        sequences.append(whole)
    for part in parts:
        seq = as_tokens(part)
        if seq and seq not in sequences and (len(seq) > 1 or len(seq[0]) >= 2):
            sequences.append(seq)
    return sequences


@dataclass(frozen=True)
class PersonNames:
    """One other member: an id and the names the group may use for them."""

    member_id: int
    names: tuple[str, ...]  # preferred name, full name


@dataclass(frozen=True)
class Flag:
    member_id: int
    start: int
    end: int  # end of the name (a possessive "'s" stays outside the span)
    text: str
    possessive: bool
    at_sentence_start: bool

    @property
    def key(self) -> str:
        """What a dismissal remembers: this member's name, spelled this way, in this note."""
        return f"{self.member_id}:{fold(self.text)}"


def _at_sentence_start(text: str, start: int) -> bool:
    return bool(SENTENCE_END.search(text[:start]))


def _is_capitalised(token: Token) -> bool:
    letters = [c for c in token.text if c.isalpha()]
    return bool(letters) and letters[0].isupper() and not token.text.isupper()


def find_names(
    text: str, others: Iterable[PersonNames], own_names: Sequence[str] = ()
) -> list[Flag]:
    """Every mention of another member's name in `text`, in order, without overlaps."""
    tokens = tokenize(text.replace("-", " "))  # same offsets: '-' -> ' ' keeps positions
    own = {seq for name in own_names for seq in _name_sequences(name)}
    candidates: list[tuple[tuple[str, ...], int]] = []
    for person in others:
        for name in person.names:
            for seq in _name_sequences(name):
                if seq not in own:
                    candidates.append((seq, person.member_id))
    # Longest names first so "Mary Kate" wins over "Mary".
    candidates.sort(key=lambda c: -len(c[0]))
    flags: list[Flag] = []
    taken: set[int] = set()
    for i in range(len(tokens)):
        if i in taken:
            continue
        for seq, member_id in candidates:
            n = len(seq)
            window = tokens[i : i + n]
            if len(window) != n or tuple(t.folded for t in window) != seq:
                continue
            if any(t.possessive for t in window[:-1]):
                continue
            if any(i + k in taken for k in range(n)):
                continue
            if not _plausible_name(text, tokens, i, n):
                continue
            last = window[-1]
            flags.append(
                Flag(
                    member_id,
                    window[0].start,
                    last.end,
                    text[window[0].start : last.end],
                    last.possessive,
                    _at_sentence_start(text, window[0].start),
                )
            )
            taken.update(range(i, i + n))
            break
    flags.sort(key=lambda f: f.start)
    return flags


def _plausible_name(text: str, tokens: list[Token], i: int, n: int) -> bool:
    """Is this match a person's name rather than an ordinary word?"""
    if n > 1:
        return all(_is_capitalised(t) for t in tokens[i : i + n]) or not any(
            t.folded in WORD_NAMES for t in tokens[i : i + n]
        )
    token = tokens[i]
    if token.folded not in WORD_NAMES:
        return True
    if not _is_capitalised(token):
        return False
    previous = tokens[i - 1].folded if i > 0 else ""
    following = tokens[i + 1].folded if i + 1 < len(tokens) else ""
    if token.folded in MONTH_NAMES:
        after = text[token.full_end : token.full_end + 4].strip()
        if previous in MONTH_CONTEXT or (after[:1].isdigit()):
            return False
    if _at_sentence_start(text, token.start):
        return token.possessive or following in REPORTING_VERBS
    return True


def replace_with_peer(text: str, flag: Flag) -> str:
    """Replace one flagged name with 'a peer' ('A peer' at a sentence start; possessive kept)."""
    replacement = "A peer" if flag.at_sentence_start else "a peer"
    return text[: flag.start] + replacement + text[flag.end :]


def replace_all_with_peer(text: str, flags: Sequence[Flag]) -> str:
    for flag in sorted(flags, key=lambda f: f.start, reverse=True):
        text = replace_with_peer(text, flag)
    return text


def open_flags(flags: Iterable[Flag], dismissed: Iterable[str]) -> list[Flag]:
    gone = set(dismissed)
    return [f for f in flags if f.key not in gone]
