"""People written with a degree and their own initials in brackets after the name ("Rudi Jaya Hartono, B.Bus (RJH)
memanfaatkan ..."): the degree and the initials make the words a person's name even with no office beside them (a
term glossed by its acronym, "Bantuan Langsung Tunai (BLT)", has no degree)."""
from __future__ import annotations

import re

from .names import NAME_PATTERN, clean_name, plausible_name

# (the lookahead: the characters a name can open with, so re skips to them in each window)
_NAME_THEN_INITIALS = re.compile(
    r"(?=[A-Zad])(?P<name>" + NAME_PATTERN + r")[^\S\n]*,[^\S\n]*(?P<degree>[A-Z][a-z]{0,3}\.[A-Za-z]{1,4}\.?)[^\S\n]*"
    r"\((?P<initials>[A-Z]{2,5})\)")
_CHEAP = re.compile(r"\([A-Z]{2,5}\)")


def initials_names(text: str, taken) -> list[tuple[int, int, str, None]]:
    """(start, end, name, None) of each name of two words or more followed by a dotted degree and its own initials."""
    out = []
    for c in _CHEAP.finditer(text):
        # the name ends at most 60 characters before its initials: read from there, never scan the text again
        for m in _NAME_THEN_INITIALS.finditer(text, max(0, c.start() - 60), c.end()):
            if m.end() != c.end():
                continue
            name = clean_name(m.group("name"))
            words = name.split() if name else []
            start = m.start("name") + m.group("name").find(name) if name else -1
            if (len(words) < 2 or start < m.start("name") or "".join(w[0] for w in words).upper() != m.group("initials")
                    or not plausible_name(name) or not taken.free(start, start + len(name))):
                continue
            out.append((start, start + len(name), name, None))
            taken.take(start, start + len(name))
            break
    return out
