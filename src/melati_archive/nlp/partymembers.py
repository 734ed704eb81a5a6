"""Members named with their party: a name (its degrees glued or spaced after it) followed by "dari Partai X" /
"dari Fraksi X", as council members are listed ("... adalah Budi Santoso SH,MM dari Partai Golkar, Rina Wati SE
dari Partai PKB, dan ..."). Only a full name of two words or more: the party makes it a person."""
from __future__ import annotations

import re

from .names import NAME_PATTERN, clean_name, plausible_name

_MEMBER_FROM_PARTY = re.compile(
    r"(?:(?<=[,:][^\S\n])|(?<=\badalah[^\S\n])|(?<=\bdan[^\S\n])|(?<=\byakni[^\S\n])|(?<=\byaitu[^\S\n])|(?<=\bserta[^\S\n]))"
    r"(?P<name>" + NAME_PATTERN + r")"
    # degrees glued with a comma and no space ("SH,MM") or spaced ("ST MM")
    r"(?:[^\S\n]*,?[^\S\n]*[A-Z][A-Za-z]{0,3}(?:,[A-Z][A-Za-z]{0,3})*){0,3}?"
    r"[^\S\n]+dari[^\S\n]+(?:Partai|Fraksi)[^\S\n]+(?P<party>[A-Z][\w\-]*)")


def party_members(text: str, taken) -> list[tuple[int, int, str, str | None]]:
    """(start, end, name, None) of each person listed by name and party."""
    out = []
    for m in _MEMBER_FROM_PARTY.finditer(text) if "dari Partai" in text or "dari Fraksi" in text else ():
        name = clean_name(m.group("name"))
        start = m.start("name") + m.group("name").find(name) if name else -1
        if (not name or start < m.start("name") or len(name.split()) < 2 or not plausible_name(name)
                or not taken.free(start, start + len(name))):
            continue
        out.append((start, start + len(name), name, None))
        taken.take(start, start + len(name))
    return out
