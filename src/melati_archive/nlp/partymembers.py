"""Members named with their party: a name (its degrees glued or spaced after it) followed by "dari Partai X" /
"dari Fraksi X", as council members are listed ("... adalah Budi Santoso SH,MM dari Partai Golkar, Rina Wati SE
dari Partai PKB, dan ..."), or the party first and the name in brackets, two or more in one sentence ("NasDem (Name),
Gerindra (Name), hingga PKB (Name)"). Only a full name of two words or more: the party makes it a person."""
from __future__ import annotations

import re

from .names import NAME_PATTERN, clean_name, plausible_name

# What stands before the name (", ", ": ", "adalah ", "dan ", "yakni ", "yaitu ", "serta ") is matched, not looked
# behind at: each a literal first (its \b after its first letter), so re skips to those characters, where six
# lookbehinds were tried at every offset. The name's group is the same (the caller reads only the groups).
_MEMBER_FROM_PARTY = re.compile(
    r"(?:,|:|a(?<!\wa)dalah|d(?<!\wd)an|y(?<!\wy)akni|y(?<!\wy)aitu|s(?<!\ws)erta)[^\S\n]"
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


# Parties as a list names them before a member in brackets
_PARTIES = (r"(?:NasDem|Nasdem|NASDEM|Gerindra|GERINDRA|Golkar|GOLKAR|Demokrat|PKB|PAN|PKS|PDIP|PDI-P|PDI[^\S\n]+Perjuangan|"
            r"PPP|Perindo|Hanura|PSI|PBB|Gelora|Ummat|PKN|Garuda|Berkarya|PKP|PKPI)")
_PARTY_BRACKET_NAME = re.compile(r"(?<![\w\-])" + _PARTIES + r"[^\S\n]*\((?P<name>" + NAME_PATTERN + r")\)")


def party_bracket_members(text: str, taken) -> list[tuple[int, int, str, str | None]]:
    """(start, end, name, None) of each member listed as "Party (Name)", two or more such items in one sentence."""
    found = [m for m in (_PARTY_BRACKET_NAME.match(text, k) for k in _party_starts(text)) if m]
    out = []
    for k, m in enumerate(found):
        near = found[max(0, k - 1):k] + found[k + 1:k + 2]  # the items before and after it (found in text order)
        if not any(abs(o.start() - m.start()) < 160 and "." not in _between(text, o, m) for o in near):
            continue  # one "PKS (Name)" alone may be a party's own short name or a slogan: a list makes members
        name = clean_name(m.group("name"))
        start = m.start("name")
        if name != m.group("name") or len(name.split()) < 2 or not plausible_name(name) or not taken.free(start, m.end("name")):
            continue
        out.append((start, m.end("name"), name, None))
        taken.take(start, m.end("name"))
    return out


def _between(text: str, a: re.Match, b: re.Match) -> str:
    lo, hi = sorted((a, b), key=lambda x: x.start())
    return text[lo.end():hi.start()]


_PARTY_WORDS = frozenset("nasdem gerindra golkar demokrat pkb pan pks pdip pdi-p perjuangan ppp perindo hanura psi pbb gelora "
                         "ummat pkn garuda berkarya pkp pkpi".split())


def _party_starts(text: str) -> list[int]:
    """Where a party's name starts right before a "(": most brackets hold dates or short forms, a few words each."""
    out, at = [], text.find("(")
    while at != -1:
        words = text[max(0, at - 20):at].split()
        if words and words[-1].lower() in _PARTY_WORDS:
            two = len(words) >= 2 and words[-1].lower() == "perjuangan"
            out.append(text.rfind(words[-2] if two else words[-1], 0, at))
        at = text.find("(", at + 1)
    return out
