"""Forms the cue side meets that are or are not a person's name: a short given name before the surname
("John X" for "Johannes X"), a common noun opening a sentence with a demonstrative ("Medali itu ..."), a
well-known official's initials ("ujar JK"), a party between a member's job and "itu" ("Politisi Gerinda itu"),
a place after a unit's number or a region word, and an office as the subject leading into a quote."""
from __future__ import annotations

import re
from functools import lru_cache

from .names import plausible_name
from .roles import ROLE_ALIASES, ROLE_HEADS
from .speechverbs import _MEN


def short_given_name_of(stoks: list[str], persons: list, toks) -> list:
    """"John X" or "Yos X" where only "Johannes X" / "Yosefus X" was introduced: the same
    surname after a short form of the given name (its letters in order, opening alike, two or more letters
    shorter); the one person it fits, or nobody."""
    given, surname = stoks
    fits = [p for p in persons if not p.initials_only and len(toks(p)) >= 2 and toks(p)[-1] == surname
            and len(surname) >= 4 and _shortened(given, toks(p)[0])]
    return fits if len(fits) == 1 else []


def _shortened(short: str, full: str) -> bool:
    if len(short) < 3 or len(full) - len(short) < 2 or short[0] != full[0]:
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)  # its letters in order


_DEMONSTRATIVE = re.compile(r"[^\S\n]+(?:itu|ini|tersebut)\b")


def noun_with_demonstrative(text: str, start: int, end: int, small: frozenset[str]) -> bool:
    """A one-word mention before "itu"/"ini"/"tersebut" whose word the text also writes in lowercase: a
    common noun opening a sentence ("Medali itu ..."), whatever headline made it a name."""
    word = text[start:end]
    return " " not in word and word.lower() in small and _DEMONSTRATIVE.match(text, end) is not None


_NEXT_NAME_WORD = re.compile(r"[^\S\n]+(?P<w>[A-Z][a-z]{2,})(?![\w\-])")


_VERB_SHAPED = re.compile(r"(?:me|ber|di|ter)[a-z]{4,}")
# The fuller name goes on (more name words, the unit's place) to a verb of its own: it is a subject.
_THEN_VERB = re.compile(r"(?:[^\S\n]+[A-Z][\w\-]*){0,4}[^\S\n]*,?[^\S\n]+(?:me|ber)[a-z]{3,}")


def stranger_after(text: str, end: int, person) -> bool:
    """The mention ending at `end` is one word followed by a name word that neither the person's name nor an
    alias of it holds ("Markus Wangge" where only "Markus" is known): a fuller name of someone else."""
    m = _NEXT_NAME_WORD.match(text, end)
    if m is None or " " in text[text.rfind(" ", 0, end) + 1:end].strip():
        return False
    word = m.group("w")
    if _VERB_SHAPED.match(word.lower()) or not _THEN_VERB.match(text, m.end()):
        return False  # "Salim Menegaskan": a verb typed capitalized; "diraih Gusti Ngurah X": no subject of a verb
    known = {t.lower() for form in (person.name, *person.aliases) for t in form.split()}
    return word.lower() not in known and plausible_name(word) and plausible_name(text[end - len(person.name.split()[-1]):end] + " " + word)


# "tersangka berinisial BW", "BW (35)": initials that hide someone, never a public figure's short form.
_HIDDEN_INITIALS = r"(?:\b(?:inisial|berinisial|initials?)[^\S\n]+{w}\b|\b{w}[^\S\n]*\(\d{{1,3}}\))"


def initials_owner(text: str, initials: str, persons: list, before: int):
    """"ujar BW" where the text named "Wakil Presiden Basuki Wiranto" before: a well-known official called by
    the initials of the words of the name. The one person (named before `before`) whose name words, all
    capitalized, give those letters, when no one else's do and the text never writes them as a hidden
    name ("berinisial BW", "BW (35)"); else None."""
    if not re.fullmatch(r"[A-Z]{2,4}", initials) or _hidden(text, initials):
        return None
    fits = [p for p in persons if not p.initials_only and 0 <= p.first < before and _initials(p.name) == initials]
    return fits[0] if len(fits) == 1 else None


@lru_cache(maxsize=64)
def _hidden(text: str, initials: str) -> bool:  # once per text and initials, however many cues repeat them
    return re.search(_HIDDEN_INITIALS.format(w=initials), text) is not None


def _initials(name: str) -> str:
    words = name.split()
    return "".join(w[0] for w in words) if len(words) >= 2 and all(w[:1].isupper() and w[1:2].islower() for w in words) else ""


# "Politisi Gerinda itu", "Kader Nasdemo tersebut": a member described by the group's name; the word between
# the member's job and the demonstrative names the party or group, however a list missed or a typo spelt it.
_MEMBER_OF = re.compile(r"(?i:politisi|politikus|kader|legislator|simpatisan|fungsionaris|srikandi)[^\S\n]+$")


def group_in_member_description(text: str, start: int, end: int) -> bool:
    """The one-word mention at start..end stands between a party member's job word and "itu"/"ini"/"tersebut"."""
    return (" " not in text[start:end] and _MEMBER_OF.search(text, max(0, start - 14), start) is not None
            and _DEMONSTRATIVE.match(text, end) is not None)


def place_after_unit_number(text: str, name: str) -> bool:
    """A one-word name the text also writes as a place: after a unit's number and a slash ("Kodim
    0708/Purworejo") or after a word for a region ("Kabupaten Wonosobo", "Kota X", not "Wali Kota X"): never a
    person. (The dateline's place is blanked out of the story before people are read.)"""
    return " " not in name and name in _unit_and_region_places(text)


# (every match opens with a digit, "K" or "P": said first as a lookahead, re skips to those characters instead of
# trying both alternatives at every offset)
_PLACE_AFTER = re.compile(r"(?=[\dKP])(?:\d/([A-Z][\w\-]*)|\b(?:Kabupaten|Kab\.|(?<!Wali[^\S\n])Kota|Kecamatan|Provinsi)[^\S\n]+([A-Z][\w\-]*))")


@lru_cache(maxsize=8)
def _unit_and_region_places(text: str) -> frozenset[str]:  # once per text, however many mentions ask
    return frozenset(a or b for a, b in _PLACE_AFTER.findall(text))


# "Pada kesempatan tersebut Kasdim Batang menyampaikan, ": an office (its head word, then capitals) is the
# subject of the speech verb that leads into the quote.
_OFFICE_LEADS_IN = re.compile(r"(?P<office>[A-Z][a-z]+(?:[^\S\n]+[A-Z0-9][\w/\-]*){0,4})[^\S\n]+(?:" + _MEN
                              + r")[^\S\n]*[,:]?[^\S\n]*$")


def office_leading_in(lead: str) -> str | None:
    """The office that is the subject of the speech verb ending `lead` (the sentence before a quote), else None."""
    m = _OFFICE_LEADS_IN.search(lead[-200:])
    if m is None:
        return None
    first = m.group("office").split()[0].lower()
    return m.group("office") if first in ROLE_HEADS or first in ROLE_ALIASES else None
