"""Cue shapes the main patterns of `quotes` miss: a cue verb typed twice ("kata kata Name"), one of many with a
long description closed by a clause word, a news agency the outlet cites after the speaker ("mengutip Antara"),
and a one-word name after a saying word and the noun of who speaks, before a colon ("Kata ibu korban, Sumarni:")."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import people as P

if TYPE_CHECKING:  # pragma: no cover
    from .quotes import Found

# "kata seorang warga berkaus merah ketika menyalami temannya": a description longer than quotes' one-of-many
# pattern reads, closed by a word that opens a clause (no name follows it): still one of many, unnamed.
SUBJ_ONE_OF_CLAUSE = re.compile(r"[^\S\n]+(?:seorang|salah[^\S\n]+(?:seorang|satu))(?:[^\S\n]+(?:[a-z][\w\-]*|(?<=asal[^\S\n])"
                                r"[A-Z][\w\-]*)){1,10}?[^\S\n]+"
                                r"(?:ketika|saat|sambil|seraya|sembari|usai|seusai|setelah|sebelum|sesaat|kepada)\b")

# "kata Rina, mengutip Antara, Minggu" is the outlet naming its source (a news agency or site): Rina speaks.
OUTLETS = (r"(?:Antara|ANTARA|Kompas|Tempo|Detik|detik|Reuters|AFP|AP|Bernama|Xinhua|Kyodo|Yonhap|CNN|BBC|Tribunnews|Okezone|"
           r"Liputan6|Kumparan|kumparan|Republika|Suara|CNBC|Sindonews|Viva|VIVA|JPNN|Bisnis|Katadata|Medcom|Inilah)")


def doubled_verb(m: re.Match, rest: str) -> int:
    """The length of the cue verb written a second time right after it ("kata kata Name"), else 0."""
    verb = m.group("verb")
    if not verb or m.group("nya") or not rest[1:len(verb) + 1].lower() == verb.lower():
        return 0
    d = re.match(r"[^\S\n]+" + re.escape(verb) + r"(?=[^\S\n]+[A-Z])", rest, re.IGNORECASE)
    return d.end() if d else 0


# "Kata orang tua korban, Sumarni:": a saying word opening the sentence, the lowercase noun of who speaks, a comma,
# one capitalized word, the colon that opens the quote.
_SAID_BY_NOUN_THEN_NAME = re.compile(r"(?:^|(?<=\n)|(?<=[.!?][^\S\n]))(?:Kata|Ujar|Tutur|Menurut)(?:[^\S\n]+[a-z][\w\-]*){1,5}"
                                     r"[^\S\n]*,[^\S\n]+(?P<name>[A-Z][a-z]{2,})[^\S\n]*:[^\S\n]*$")


def said_by_noun_then_name(text: str, q: Found) -> bool:
    """The one-word subject of a colon cue is named after a saying word and the noun of who speaks (no word of
    the language: "Catatan", "Pesan" label what follows)."""
    if " " in q.subject or not P.plausible_name(q.subject) or _common_or_derived(q.subject):
        return False
    line = text.rfind("\n", 0, q.start) + 1
    m = _SAID_BY_NOUN_THEN_NAME.search(text, max(line, q.start - 120), q.start)
    return m is not None and m.group("name") == q.subject


def _common_or_derived(word: str) -> bool:
    """"Pesan", "Catatan", "Intinya": a root word of the language, alone or with a noun or -nya suffix."""
    from .analysis import root_words  # loaded once, only for such a cue

    low = word.lower()
    return low in root_words() or any(low.endswith(s) and low[:-len(s)] in root_words() for s in ("an", "nya", "annya"))


# '"...," Kepala Dinas X Name, di Mamuju, Jumat.': the speech verb left out, the office and the name, where and
# when it was said, closing the paragraph.
_DAYS = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)"
_OFFICE_NAME_NO_VERB = re.compile(r"[^\S\n]*(?P<run>[A-Z][\w\-]*(?:[^\S\n]+(?:[A-Z][\w\-/]*|\d{1,4}|dan)){2,12}?)"
                                  r"(?:[^\S\n]*,[^\S\n]+di[^\S\n]+[A-Z][\w\-]*(?:[^\S\n]+[A-Z][\w\-]*)?)?"
                                  r"(?:[^\S\n]*,[^\S\n]+" + _DAYS + r"(?:[^\S\n]*\([\d/]{3,10}\))?)?"
                                  r"[^\S\n]*\.[^\S\n]*(?:\n|$)")


def office_and_name_without_verb(after: str) -> tuple[str, str, int] | None:
    """(office, name, end) of an office and a name of two words or more right after a quote's comma, with
    nothing but a place and a day after them to the paragraph's end, else None."""
    end = after.find("\n")
    if not 0 < (end if end >= 0 else len(after)) <= 200:
        return None
    m = _OFFICE_NAME_NO_VERB.match(after)
    if m is None or m.group("run").split()[0].lower() not in P.ROLE_HEADS:
        return None
    split = P.split_role_name(m.group("run"))
    if not split or len(split[1].split()) < 2 or not P.plausible_name(split[1]) or not m.group("run").endswith(split[1]):
        return None
    return split[0], split[1], m.end()
