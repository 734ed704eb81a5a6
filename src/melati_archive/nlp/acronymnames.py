"""Whether a run read as a person's name opens with an acronym the text itself defines for a unit or body
("Pemadam Kebakaran (Damkar) X ... Petugas Damkar X tiba ...": "Damkar X" is the unit, no person)."""
from __future__ import annotations

import functools
import re

from .acronymalign import alignment_cost
from .names import lowercase_words, plausible_name

_WORD = re.compile(r"[A-Z][\w\-]*")
_LONG_FORM_WORDS = 6  # words read back from the bracket: a unit's name is seldom longer


def opens_with_defined_acronym(text: str, name: str) -> bool:
    """The name's first word stands in brackets elsewhere in `text` right after capitalized words it
    abbreviates ("Pemadam Kebakaran (Damkar)"), words that are no person's name (a common noun the text
    also writes in lowercase, or a run no name is made of): a nickname in brackets after a person's name
    ("Bambang Sudarsono (Bamsud)") is not such a definition."""
    words = name.split()
    first = words[0] if len(words) >= 2 else ""
    if len(first) < 3 or not first[0].isupper():
        return False
    return _defined(text, first)


@functools.lru_cache(maxsize=64)  # (a text's introductions share their first words: each read once)
def _defined(text: str, first: str) -> bool:
    bracket = "(" + first + ")"
    at = text.find(bracket)
    while at != -1:
        before = text[max(0, at - 120):at].split()[-_LONG_FORM_WORDS:]
        while before and not _WORD.fullmatch(before[0]):
            before = before[1:]
        if any(not _WORD.fullmatch(w) for w in before):
            before = before[max(k for k, w in enumerate(before) if not _WORD.fullmatch(w)) + 1:]
        for k in range(len(before) - 1):
            long_form = before[k:]
            if alignment_cost(first, long_form) is not None and _no_person(text, long_form):
                return True
        at = text.find(bracket, at + 1)
    return False


def _no_person(text: str, long_form: list[str]) -> bool:
    low = lowercase_words(text)
    return not plausible_name(" ".join(long_form)) or any(w.lower() in low for w in long_form)
