"""A speaker going on: `"...," lanjutnya` after a stretch where nobody speaks, `"...?" tanyanya lagi` in a dialog,
and where the sentence holding a position starts (quotes do not end sentences). Used by nlp.attribution."""
from __future__ import annotations

import re

from . import people as P
from .coref import in_spans
from .jointsubjects import SENTENCE_BREAK as _SENTENCE_BREAK
from .quotes import Found
from .speechverbs import MEN_VERBS


def sentence_start(text: str, pos: int, skip) -> int:
    """Where the sentence holding `pos` starts (quotes in `skip` do not end sentences), at most
    600 characters back (text with no sentence end must not make each quote read all before it)."""
    start = max(0, pos - 600)
    for m in _SENTENCE_BREAK.finditer(text, max(0, pos - 600), pos):
        if not in_spans(skip, m.start()):
            start = m.end()
    return start


# Cues that say the speaker goes on ("lanjutnya", "tambah dia", "ujarnya lagi"), and words that
# make someone a speaker ("mengatakan", "menurut", "disampaikan").
_CONTINUING_CUE = re.compile(r"(?:lanjut|tambah|imbuh|sambung|pungkas)(?:[^\S\n]?nya|[^\S\n]+(?:dia|ia|beliau))$", re.IGNORECASE)
_AGAIN = re.compile(r"[^\S\n]+(?:lagi|kembali)\b")
SPEECH_WORD = re.compile(r"\b(?:" + "|".join(sorted(MEN_VERBS, key=len, reverse=True)) + r"|menurut(?:nya)?|kata|ujar|tutur|"
                          r"katanya|ujarnya|di(?:sampaikan|katakan|ungkapkan|jelaskan|tegaskan|terangkan|tuturkan))\b",
                          re.IGNORECASE)


# Cues that pointed at someone and gave nobody ("kata warga", "kata seorang penyidik", "kata mereka").
_NAMED_NOBODY = frozenset("after group anonymous before-group descriptive".split())


def continuing(text: str, q: Found, prev: Found | None, spans) -> tuple[P.Known, str] | None:
    """`"...," lanjutnya` opening its sentence, after a stretch where nobody speaks since the
    previous quote ("Acara itu juga dihadiri Wakil Bupati X."): the previous speaker goes on,
    whoever was named in between."""
    if prev is None or not q.cue or q.start - prev.end > 600:
        return None
    if prev.speaker is None and prev.how not in _NAMED_NOBODY:
        return None
    if not (_CONTINUING_CUE.search(q.cue) or _AGAIN.match(text, q.cue_end)):
        return None
    if text[sentence_start(text, q.start, spans):q.start].strip():
        return None  # a sentence leads into the quote: its subject may be the one going on
    stretch = text[max(prev.end, prev.cue_end):q.start]
    if SPEECH_WORD.search(stretch):
        return None
    # '"...," kata warga. "...," tambahnya': whoever the cue before gave, nobody included
    return prev.speaker, "continuation" if prev.speaker is not None else "unresolved"


# In a dialog the asker asks again and the answerer answers again: "tanyanya lagi" is the last
# one who asked, "jawabnya lagi" the last one who answered, whoever spoke in between.
_DIALOG_VERBS = frozenset({"tanya", "jawab"})


def asked_again(text: str, q: Found, done: list[Found]) -> tuple[P.Known, str] | None:
    """`"...?" tanyanya lagi` after an answer: the speaker of the last quote cued with the same
    question or answer verb, within a dialog (quotes less than 600 characters apart)."""
    verb = (q.cue or "").lower().split()[0] if q.cue else ""
    verb = verb[:-3] if verb[:-3] in _DIALOG_VERBS else verb  # "tanyanya" (but "tanya" ends in -nya too)
    if verb not in _DIALOG_VERBS or not _AGAIN.match(text, q.cue_end):
        return None
    end = q.start
    for earlier in reversed(done[:-1]):
        if end - earlier.end > 600:
            return None
        if earlier.cue and earlier.cue.lower().split()[0] in (verb, verb + "nya"):
            return (earlier.speaker, "continuation") if earlier.speaker is not None else None
        end = earlier.start
    return None
