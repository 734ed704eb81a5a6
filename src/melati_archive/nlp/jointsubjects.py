"""Two people named together around a quote: which one a pronoun or a "Name mengatakan" sentence
means, or that it could be either (joined by "dan", one accompanied by the other, a fronted phrase
about someone else, a full name the cast missed); and where sentences break."""
from __future__ import annotations

import bisect
import re

from . import people as P
from .coref import in_spans

# a dot after an honorific ("dr. Wina", "Hj. Ratna") ends no sentence. The dot first, the
# honorifics looked behind from after it: re then skips to the dots (scan.py's _CAP_START)
# instead of trying eight lookbehinds at every offset (a tenth of the time, the same matches)
SENTENCE_BREAK = re.compile(r"[.](?<!\b[Dd]r\.)(?<!\b[Dd]rg\.)(?<!\bDrs\.)(?<!\bDra\.)(?<!\bIr\.)(?<!\bHj\.)(?<!\bH\.)"
                            r"(?<!\bProf\.)(?=[^\S\n]|$)|[!?](?=[^\S\n]|$)|\n")


# Between two people's mentions: only "dan"/"and"/"serta", or it and the second one's role set off by a
# comma ("A, dan istrinya, B"); an office's own "dan" ("Dinas Pertanian dan Pangan X Name") has no comma.
JOINED = re.compile(r"[^\S\n]*(?:,[^\S\n]*[a-z][^,.!?\n\"]{0,60})?,?[^\S\n]*(?:dan|and|serta|&)[^\S\n]+"
                    r"(?:[^.!?\n\",]{1,60},[^\S\n]*|[A-Z][a-z]{0,5}\.?[^\S\n]+)?$")
# Between them: the first is accompanied by the second ("A didampingi istrinya, B, meninjau ...").
ACCOMPANIED = re.compile(r"[^\S\n]*,?[^\S\n]*(?:didampingi|ditemani|dikawal)(?:[^\S\n]+oleh)?[^\S\n]+"
                         r"(?:[^.!?\n\",]{1,60},[^\S\n]*)?$")


# After a person's mention: their description, then "dan" and another capitalized name.
_JOINED_AFTER = re.compile(r"(?:[^\S\n]*,[^\S\n]*[a-z][^,.!?\n\"]{0,60},)?[^\S\n]*(?:dan|serta|&)[^\S\n]+"
                           r"(?:[A-Z][a-z]{0,5}\.?[^\S\n]+)?(?P<next>[A-Z][a-z]+)")


def joined_to_someone_after(text: str, cast: P.Cast, person: P.Known, pos: int, spans) -> bool:
    """`person`'s last mention before `pos` is the first of two people joined as one subject."""
    k = cast.persons.index(person)
    top = bisect.bisect_left(cast.mentions, (pos,))
    for n in range(top - 1, max(-1, top - 60), -1):
        s, e, i = cast.mentions[n]
        if i == k and not in_spans(spans, s):
            m = _JOINED_AFTER.match(text, e)
            return (bool(m) and m.end() <= pos and not SENTENCE_BREAK.search(text, e, m.end())
                    and m.group("next").lower() not in P.NOT_NAME and m.group("next").lower() not in P.ROLE_HEADS)
    return False


def mention_before(text: str, cast: P.Cast, person: P.Known, pos: int, spans) -> tuple[P.Known, str] | None:
    """The person mentioned right before `person`'s last mention before `pos`, in the same sentence,
    and the text between the two mentions (read back over a bounded number of mentions)."""
    k = cast.persons.index(person)
    last = prior = None
    top = bisect.bisect_left(cast.mentions, (pos,))
    for n in range(top - 1, max(-1, top - 60), -1):
        s, e, i = cast.mentions[n]
        if in_spans(spans, s):
            continue
        if last is None:
            if i == k:
                last = (s, e)
        elif i != k and e <= last[0]:
            prior = (s, e, i)
            break
    if last is None or prior is None or SENTENCE_BREAK.search(text, prior[1], last[0]):
        return None
    return cast.persons[prior[2]], text[prior[1]:last[0]]


_FULL_NAME_SHAPE = re.compile(r"(?<![\w\-])[A-Z][a-z]{2,}(?:[^\S\n]+[A-Z][a-z]{2,}){1,3}(?![\w\-])")


def unlisted_full_name(text: str, start: int, end: int, person: P.Known, spans) -> bool:
    """A run of a full name's shape in text[start:end] (outside quotes) that is not `person`'s and
    not an opening word: someone the cast missed."""
    own = set(P.name_tokens(person.name)) | {w for a in person.aliases for w in a.split()}
    for m in _FULL_NAME_SHAPE.finditer(text, start, end):
        if in_spans(spans, m.start()) or set(m.group().split()) & own:
            continue
        name = P._trailing_plain(m.group())
        if name == m.group() and P.plausible_name(name) and text[max(0, m.start() - 2):m.start()].strip() not in ("", "."):
            return True
    return False


# A phrase about another person fronted before the subject of a "Name mengatakan, "..."" sentence.
_FRONTED = re.compile(r"[^\S\n]*(?:Kepada|Di[^\S\n]+(?:hadapan|depan)|Bersama|Didampingi|Ditemani|Mewakili|Menanggapi|"
                      r"(?:Saat|Ketika|Usai|Setelah)[^\S\n]+(?:menerima|bertemu|mendampingi))\b")


def past_fronted(text: str, fragment: str, order: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The mentions (start, end, person) of a "Name mengatakan, "..."" sentence from its subject on:
    after a fronted phrase about someone else ("Kepada Wali Kota X, Name, Ketua RW Y, Name2,
    mengatakan"), past the phrase's first person and those joined to them ("Bersama A, dan B, C ...")."""
    if not _FRONTED.match(fragment):
        return order
    fronted, k = {order[0][2]}, 1
    while k < len(order) and (order[k][2] in fronted or JOINED.match(text[order[k - 1][1]:order[k][0]])):
        fronted.add(order[k][2])
        k += 1
    return order[k:] or order
