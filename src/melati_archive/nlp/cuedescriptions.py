"""Descriptive cues the plain patterns of `quotes` miss: a long description led by a capitalized
head ("kata Peraih penghargaan Pelayanan Prima Tingkat Provinsi itu") and a description that gives
the speaker's nickname ("kata pria yang akrab disapa Dodi", "kata pelatih yang karib disapa Jaka itu"), and
whether such a nickname was first written in its cue."""
from __future__ import annotations

import bisect
import re

_END = r"(?=[^\S\n]*[.,;!?]|[^\S\n]*$)"
# One capitalized head, then words of any case, up to the demonstrative that closes a description.
_LONG = re.compile(r"[^\S\n]+(?P<desc>(?P<head>[A-Z][a-z][\w\-]*)(?P<words>(?:[^\S\n]+[\w\-]+){1,10}?)[^\S\n]+"
                   r"(?:ini|itu|tersebut))" + _END)
# Words that start a clause or name a time after the subject ("Budi dalam acara itu", "Budi siang
# itu"): the run is a name and an adjunct, no description.
_NOT_DESCRIBING = frozenset("""dalam saat di pada kepada ketika usai seusai setelah sesudah lewat melalui dengan untuk bagi
    dari ke yang dan atau sambil seraya sembari kala waktu pagi siang sore malam hari kemarin tadi nanti""".split())
# "pria yang akrab disapa Dodi (itu)": a lowercase noun, then the nickname the text calls them by.
_CALLED = re.compile(r"[^\S\n]+(?P<desc>[a-z][\w\-]*(?:[^\S\n]+[a-z][\w\-]*){0,3}?[^\S\n]+yang[^\S\n]+"
                     r"(?:(?:akrab|karib|biasa|kerap)[^\S\n]+)?(?:di[^\S\n]?sapa|di[^\S\n]?panggil)[^\S\n]+"
                     r"(?P<nick>[A-Z][\w'\u2019\-]*(?:[^\S\n]+[A-Z][\w'\u2019\-]*){0,2})(?:[^\S\n]+(?:ini|itu|tersebut))?)(?![\w'\u2019\-])")


# Heads that describe a person however the description goes on ("Pria yang ditemui di lokasi itu").
_PERSON_HEADS = frozenset("pria wanita perempuan lelaki pemuda pemudi remaja gadis bocah sosok kakek nenek".split())


def long_description(rest: str):
    """(description, head word, end) of a long description opening `rest`, else None. The head is
    capitalized and a lowercase word follows it at once ("Peraih penghargaan ..."): a capitalized
    run followed by a clause or time word is a name and an adjunct instead, unless the head is a word
    for a person ("Pria yang ditemui di lokasi itu")."""
    m = _LONG.match(rest)
    if m is None:
        return None
    words = m.group("words").split()
    if not words[0][:1].islower():
        return None
    if m.group("head").lower() not in _PERSON_HEADS and any(w.lower() in _NOT_DESCRIBING for w in words if w[:1].islower()):
        return None
    return m.group("desc"), m.group("head"), m.end()


def called_description(rest: str):
    """(description, nickname, end) of "noun yang akrab disapa Nick" opening `rest`, else None."""
    m = _CALLED.match(rest)
    return (m.group("desc"), m.group("nick"), m.end()) if m else None


# Words of a description that tell nothing of who is meant.
_DESCRIPTION_FILLER = frozenset("ini itu tersebut yang dari dengan untuk bagi pada dalam berpangkat asal".split())
_WORD = re.compile(r"[a-z][a-z\-]{3,}")
_NEXT_TO = 40  # characters between a description's word and the name it introduces ("pedagang sayur, Sumiati")


def described_next_to(text: str, description: str, mentions, since: int, pos: int, in_quote) -> set[int] | None:
    """The people (cast indexes) a word of `description` ("kata pedagang sayur itu") stands right before
    between `since` and `pos` ("seorang pedagang sayur, Sumiati, ..."): those it introduced. None when
    no word of it stands before anyone (the description names another standing of whoever the text is
    about: "tandas tokoh warga ini" after the RW head's paragraph)."""
    words = {w for w in _WORD.findall(description) if w not in _DESCRIPTION_FILLER}
    found: set[int] = set()
    hit = False
    for w in words:
        for m in re.finditer(r"\b" + re.escape(w) + r"\b", text[since:pos], re.IGNORECASE):
            at = since + m.end()
            if in_quote(at):
                continue
            lo, hi = bisect.bisect_left(mentions, (at,)), bisect.bisect_right(mentions, (at + _NEXT_TO + 1,))
            near = {i for s, _e, i in mentions[lo:hi] if not re.search(r"[.!?\n\"]", text[at:s])}
            hit = hit or bool(near)
            found |= near
    return found if hit else None


_CALLED_IN_CUE = re.compile(r"[^\S\n]yang[^\S\n]+(?:(?:akrab|karib|biasa|kerap)[^\S\n]+)?di[^\S\n]?(?:sapa|panggil)[^\S\n]"
                            r".*[^\S\n](?:ini|itu|tersebut)$")


def called_first_in_cue(q, speaker) -> bool:
    """The cue describes someone and gives their nickname ("pria yang akrab disapa X itu"), and the person the
    nickname was read as is first written in that cue (no one the text introduced)."""
    return bool(_CALLED_IN_CUE.search(q.cue or "")) and speaker.first >= q.end and not speaker.registry_id
