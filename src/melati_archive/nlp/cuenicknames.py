"""Nicknames in and around a cue: whose nickname a cue's name is. One clipped from a recent person's
name in a description ("kata pria yang akrab disapa Jasuk"), one glossed as the speaker's own ("ungkap
Leman, sapaan akrabnya"), one the narrative gave before ("Pria yang akrab disapa Gus Men itu ...").
Each merges the nickname's one-word person into its owner, whose alias it becomes."""
from __future__ import annotations

import bisect
import re
from typing import Callable

from . import people as P
from .coref import _cap_runs, in_spans
from .jointsubjects import SENTENCE_BREAK
from .quotes import Found

Referent = Callable[[int], "P.Known | None"]  # the person a pronoun at an offset refers to
# The nickname is one of several named people's, not settled which: nobody, never the nickname as a name.
AMBIGUOUS = P.Known(name="(ambiguous nickname)")

_OWN_NICKNAME = re.compile(r"[^\S\n]*,[^\S\n]*(?:sapaan|panggilan)(?:[^\S\n]+(?:akrab|karib))?[^\S\n]?nya\b")
# "Pria yang akrab disapa Gus Men itu mengingatkan ...": a nickname given in the story's narrative.
_NICKNAME_INTRO = re.compile(r"\byang[^\S\n]+(?:(?:akrab|karib|biasa|kerap|sering|lebih)[^\S\n]+)?di[^\S\n]?(?:sapa|panggil)[^\S\n]+"
                             r"(?P<nick>[A-Z][\w'\-]*(?:[^\S\n]+[A-Z][\w'\-]*){0,2})")
# "Seperti biasa, Ucok sapaan akrabnya mendengar ...", "Haru Gus Mamat, sapaan akrabnya, pecah ...": a
# nickname glossed as the own of the one the text is talking about (the last subject before it).
_NICKNAME_GLOSS = re.compile(r"(?P<nick>[A-Z][\w'\-]*(?:[^\S\n]+[A-Z][\w'\-]*){0,2})[^\S\n]*,?[^\S\n]*"
                             r"(?:sapaan|panggilan)(?:[^\S\n]+(?:akrab|karib))?[^\S\n]?nya\b")
_KW_GLOSS = re.compile(r"\b(?:sapaan|panggilan)(?:[^\S\n]+(?:akrab|karib))?[^\S\n]?nya\b")
_CALLED_CUE = re.compile(r"\byang[^\S\n]+(?:\w+[^\S\n]+)?di[^\S\n]?(?:sapa|panggil)\b")


def _one_word_unknown(speaker: P.Known | None) -> bool:
    return speaker is not None and " " not in speaker.name and not speaker.role and not speaker.registry_id


def own_nickname(text: str, q: Found, speaker: P.Known | None, cast: P.Cast, referent_at: Referent) -> P.Known | None:
    """"ungkap Leman, sapaan akrabnya": a one-word nickname glossed as the speaker's own, who is the
    person the text is talking about (a pronoun's referent)."""
    if not _one_word_unknown(speaker) or not _OWN_NICKNAME.match(text, q.cue_end):
        return None
    referent = referent_at(q.start)
    if referent is None and _someone_named_before(cast, speaker, q.start):
        return AMBIGUOUS  # "A dan B meninjau ... kata Ocid, sapaan akrabnya": A's or B's
    if referent is None or referent is speaker:
        return None
    cast.merge_into(speaker, referent)
    return referent


def _someone_named_before(cast: P.Cast, speaker: P.Known, pos: int) -> bool:
    return any(" " in p.name for p in cast.persons if p is not speaker and p.first < pos)


def introduced_nickname(text: str, q: Found, speaker: P.Known | None, cast: P.Cast, spans,
                        referent_at: Referent) -> P.Known | None:
    """"tandas Gus Men" after "Pria yang akrab disapa Gus Men itu mengingatkan ...": a one-word name the
    narrative gave as the nickname of the person it was talking about there (a pronoun's referent)."""
    if not _one_word_unknown(speaker):
        return None
    for m in _NICKNAME_INTRO.finditer(text, max(0, q.start - 3000), q.start):
        if speaker.name not in m.group("nick").split() or in_spans(spans, m.start()):
            continue
        referent = referent_at(m.start())
        if referent is not None and referent is not speaker and " " in referent.name:
            cast.merge_into(speaker, referent)
            return referent
        if referent is None and _someone_named_before(cast, speaker, m.start()):
            return AMBIGUOUS  # "A dan B meninjau ... Pria yang akrab disapa X itu": A's or B's
    return _glossed_nickname(text, q, speaker, cast, spans)


def _glossed_nickname(text: str, q: Found, speaker: P.Known, cast: P.Cast, spans) -> P.Known | None:
    """"ungkap Ucok" after "Ucok sapaan akrabnya mendengar ..." in the narrative: the nickname of the
    last subject before the gloss; nobody when no subject is certain there and someone was named."""
    # the nearest gloss of this nickname decides; only the three nearest glosses are read (a text
    # repeating them is not read again at each quote)
    for kw in list(_KW_GLOSS.finditer(text, max(0, q.start - 3000), q.start))[:-4:-1]:
        line = max(text.rfind("\n", kw.start() - 80, kw.start()), kw.start() - 80) + 1
        if speaker.name not in text[line:kw.start()]:
            continue  # another nickname glossed there
        m = next((g for g in _NICKNAME_GLOSS.finditer(text, line, kw.end()) if g.end() == kw.end()), None)
        if m is None or speaker.name not in m.group("nick").split() or in_spans(spans, m.start()):
            continue
        owner = _last_subject(cast, text, m.start(), spans)
        if owner is not None and owner is not speaker and " " in owner.name:
            cast.merge_into(speaker, owner)
            return owner
        if _someone_named_before(cast, speaker, m.start()):
            return AMBIGUOUS
        full = _blended_full_name(text, speaker.name, m.start())
        if full == "":
            return AMBIGUOUS  # blended from either of two full names written before
        if full is None or cast.by_name(full) is not None:
            return None
        cast.rename(speaker, full)  # "Asol sapaan akrabnya" after "... Agus Solihin asal Partai ...": his
        return speaker
    return None


def _blended_full_name(text: str, nick: str, before: int) -> str | None:
    """The one pair of name words written in the 3000 characters before `before` from whose openings
    the nickname is blended ("Asol" from Agus Solihin, "Dedsup" from Dedi Supriadi); "" when two
    pairs fit, None when none does."""
    runs = _cap_runs(text)
    lo = bisect.bisect_left(runs, (before - 3000,))
    low = nick.lower()
    found = {f"{a} {b}" for start, toks in runs[lo:bisect.bisect_left(runs, (before,))]
             for a, b in zip(toks, toks[1:]) if blended(low, [a.lower(), b.lower()])}
    return next(iter(found)) if len(found) == 1 else ("" if found else None)


def _last_subject(cast: P.Cast, text: str, pos: int, spans) -> P.Known | None:
    """The person of the last subject mention before `pos` (within 600 characters, outside quotes),
    when anyone else mentioned after it stands in the same sentence and is not the object of a verb
    ("Menteri X ... yang digagas Presiden Y.", not "Presiden X memuji Menteri Y."); None when that is
    not so (a plain last mention is no certain owner of a nickname)."""
    k = bisect.bisect_left(cast.mentions, (pos,)) - 1
    others_from = None  # the latest mention of someone else seen so far
    object_seen = False  # someone mentioned after the subject as the object of a verb
    while k >= 0 and pos - cast.mentions[k][0] <= 600:
        start, _end, i = cast.mentions[k]
        k -= 1
        if in_spans(spans, start):
            continue
        if start in cast.subjects:
            if start in cast.joint or object_seen:
                return None
            if others_from is not None and (others_from[1] != i and SENTENCE_BREAK.search(text, start, others_from[0])):
                return None
            return cast.persons[i]
        if others_from is None:
            others_from = (start, i)
        # "Presiden X memuji Menteri Y. Gus Z, sapaan akrabnya, ...": the subject's object is as likely
        object_seen = object_seen or _OBJECT_BEFORE.search(text, max(0, start - 80), start) is not None
    return None


# A mention right after an active verb (and the office words before the name): the clause's object.
_OBJECT_BEFORE = re.compile(r"\bme[a-z]{3,}[^\S\n]+(?:[A-Z][\w.()\-]*[^\S\n]+){0,6}$")


def nickname_owner(q: Found, speaker: P.Known | None, cast: P.Cast, recent: list[P.Known]) -> P.Known | None:
    """"kata pria yang akrab disapa Jasuk" where the nickname is no name the text wrote: the one
    person just talked about (`recent`) whose name it is clipped from (Jajang Sukmara), else None."""
    if not _CALLED_CUE.search(q.cue or ""):
        return None
    if speaker is not None and (speaker.role or speaker.registry_id or " " in speaker.name and " " not in q.subject_name):
        return None  # the nickname is already someone's known name or alias
    words = q.subject_name.lower().split()

    def clipped_from(p: P.Known) -> bool:
        tokens = [t.lower() for t in P.name_tokens(p.name)]
        # "Jasuk" from Jajang Sukmara; "Antok Beller" for Antok Falensianus Anugrah (the given name, then a by-name)
        return blended(words[0], tokens) if len(words) == 1 else bool(tokens) and tokens[0] == words[0]
    owners = [p for p in recent if p is not speaker and " " in p.name and clipped_from(p)]
    if len(owners) > 1:
        return AMBIGUOUS  # two recent people the nickname could be clipped from
    if not owners:
        return None
    if speaker is not None:
        cast.merge_into(speaker, owners[0])  # the nickname becomes the owner's alias
    return owners[0]


def blended(word: str, tokens: list[str]) -> bool:
    """`word` is the start of one name word and the start of the next ("aher" = a|hmad + her|yadi,
    "jokowi" = joko + wi|dodo), the way nicknames are clipped from a full name."""
    for a, b in zip(tokens, tokens[1:]):
        for cut in range(1, len(word) - 1):
            if a.startswith(word[:cut]) and b.startswith(word[cut:]):
                return True
    return False


def clipped_inside_owner(text: str, q: Found, speaker: P.Known | None, cast: P.Cast, recent: list[P.Known],
                         referent_at: Referent) -> P.Known | None:
    """"kata Nia" where the text wrote the name nowhere before and the one it is talking about is Kusniati
    Rahayu: a nickname clipped from inside a word of that name (three letters or more, not the whole word).
    Only when one recent person's name holds it and that person is who a "-nya" there would name."""
    word = (q.subject_name or "").lower()
    if (speaker is None or " " in word or len(word) < 3 or speaker.role or speaker.registry_id or q.subject_role
            or text.find(q.subject_name) < q.end):
        return None

    def holds(p: P.Known) -> bool:
        return any(word in t.lower() and len(t) - len(word) >= 2 for t in P.name_tokens(p.name))
    owners = [p for p in recent if p is not speaker and " " in p.name and holds(p)]
    if len(owners) != 1 or referent_at(q.start) is not owners[0]:
        return None
    cast.merge_into(speaker, owners[0])  # the nickname becomes the owner's alias
    return owners[0]
