"""Someone who speaks in the narration under a name the cast did not read ("Dikatakan Bambang, ...",
"Kepala Rutan (Karutan) kelas IIB X Bambang Eko Prasetyo, menyebutkan, ...", "Wulan menambahkan, ...") or
as an office none of its people holds ("Kakanwil menyampaikan ..."): after it, a -nya cue or a quote with
no cue is not the earlier speaker's (attribution gives nobody)."""
from __future__ import annotations

import bisect
import re

from . import people as P
from .names import lowercase_words
from .notpeople import UNIT_NAMING_HEADS
from .cueoffices import office_held
from .coref import in_spans
from .speakernames import _BODY_HEADS, _PERSON_NOUNS
from .speechverbs import _MEN

_NAME = r"[A-Z][a-z]{2,}(?:[^\S\n]+[A-Z][a-z]{2,}){0,3}"
# "Dikatakan Bambang, ...", "Menurut Bambang, ...": a passive speech verb or "menurut", then a name.
# "Disampaikan Coach Joko Sasmito karena ...": a passive speech verb, a title the reader lacks and a name, then a
# conjunction of the reported clause.
_PASSIVE_NAME = re.compile(r"\b(?:[Dd]i(?:katakan|sampaikan|jelaskan|ungkapkan|tegaskan|terangkan|tuturkan)|[Mm]enurut)"
                           r"[^\S\n]+(?P<name>" + _NAME + r")(?:[^\S\n]*,|[^\S\n]+(?:karena|bahwa|jika|agar|supaya)\b)")
# "... Bambang Eko Prasetyo, menyebutkan, ...", "..., Herson B. Aden menyampaikan apresiasi": a name of two words
# or more (an initial may stand inside), then a speech verb (with a comma before it, or after it).
_VERB = (r"(?:mengatakan|menyebutkan|menjelaskan|menuturkan|menyatakan|menegaskan|mengungkapkan|menerangkan|memaparkan|"
         r"menambahkan|menyampaikan)")
_NAME_THEN_VERB = re.compile(r"(?P<name>[A-Z][a-z]{2,}(?:[^\S\n]+[A-Z][a-z]{2,}){1,3})"
                             r"(?:[^\S\n]*,[^\S\n]*" + _VERB + r"\b|[^\S\n]+" + _VERB + r"[^\S\n]*,)"
                             r"|(?P<iname>[A-Z][a-z]{2,}(?:[^\S\n]+[A-Z][a-z]{2,}){0,2}[^\S\n]+[A-Z]\.(?:[^\S\n]+[A-Z][a-z]{2,}){1,2})"
                             r"[^\S\n]*,?[^\S\n]+" + _VERB + r"\b")


# "Sementara Rudi Hartono mewakili pemain ... mengakui ...", "Dalam tausiyahnya, Ra Fikri menguraikan ...": a
# sentence opened by a connective or a short lowercase adverbial clause, then a name of two words or more and a
# me-/ber- verb: someone new acts, whose name the cast may not have read.
_OPENED_NAME_THEN_VERB = re.compile(
    r"(?=[A-Z])(?:^|(?<=[.!?][^\S\n])|(?<=\n))(?:(?:Sementara(?:[^\S\n]+itu)?|Sedangkan|Adapun|Kemudian|Selanjutnya)[^\S\n]*,?"
    r"|(?:Dalam|Pada|Di|Saat|Usai|Seusai)(?:[^\S\n]+[a-z]+){1,4}[^\S\n]*,)[^\S\n]+"
    # ("Sementara itu gelandang Persik Kediri Rian Saputra mengaku ...": a lowercase job before the club and name)
    r"(?P<job>(?:(?!(?:me|ber)[a-z]{3,}\b)[a-z]{3,}[^\S\n]+){0,2})"
    r"(?P<name>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]{2,}){1,4})[^\S\n]+(?:(?:juga|pun)[^\S\n]+)?(?:me|ber)[a-z]{3,}\b")

# ... and that sentence says someone speaks (a speech verb, or a verb of a talk's content): "Sedangkan Rudi
# Hartono mengalami luka" names a victim, no speaker.
_SPEAKS_IN_SENTENCE = re.compile(r"[^.!?\n]{0,200}?\b(?:" + _MEN + r"|mengupas|menguraikan|membahas|menyinggung|"
                                 r"menyoroti|menasihati|berpesan)\b")

_NICKNAME_GLOSS = re.compile(r"[^\S\n]*[,(]?[^\S\n]*(?:sapaan|panggilan)(?:[^\S\n]+(?:akrab|karib|harian))?[^\S\n]?nya\b")

_SENTENCE_END = re.compile(r"[.!?\n]")
# "Wulan menambahkan, ...", "Kakanwil menyampaikan ...": one capitalized word opening a sentence as the subject of
# a speech verb: a given name the cast never read, or an office whose holder it does not know.
# (each pattern here opens with a lookahead of its first letters: re skips to them instead of trying the
# lookbehinds at every offset of the window)
_WORD_THEN_SPEECH = re.compile(r"(?=[A-Z])(?:^|(?<=[.!?][^\S\n])|(?<=\n))(?P<word>[A-Z][a-z]{2,})[^\S\n]+(?:(?:juga|pun|kemudian|lalu)"
                               r"[^\S\n]+)?" + _MEN + r"\b")


# "Kepala Kanim juga meminta ...": a bare head that must name its unit, the unit's short form, then a speech verb
# (the people side reads the short form as a unit, no person): someone speaks when a person of the cast holds it.
# (the heads are notpeople's: the same words that make "Kepala <Unit>" no person there)
_UNIT_HEAD_THEN_SPEECH = re.compile(r"(?=K)(?:^|(?<=[.!?][^\S\n])|(?<=\n))(?P<head>"
                                    + "|".join(sorted((h.capitalize() for h in UNIT_NAMING_HEADS), key=len, reverse=True))
                                    + r")[^\S\n]+(?P<unit>[A-Z][A-Za-z]{2,})[^\S\n]+(?:(?:juga|pun|kemudian|lalu)"
                                    r"[^\S\n]+)?" + _MEN + r"\b")


def unread_speaker(text: str, cast, lo: int, hi: int, spans) -> bool:
    """Between lo and hi (outside quotes), a name the cast holds no mention of speaks in the narration: no
    word of it is a word of anyone's name, no role word, and nobody the cast knows opens its sentence before
    it ("Beben B., ahli ... University of South Australia, mengatakan": the speaker is read, not the place)."""
    known = None
    for rx in (_PASSIVE_NAME, _NAME_THEN_VERB, _OPENED_NAME_THEN_VERB):
        for m in rx.finditer(text, lo, hi):
            g = "iname" if "iname" in rx.groupindex and m.group("iname") else "name"
            if in_spans(spans, m.start()) or _read(cast, m.start(g), m.end(g)):
                continue
            name = m.group(g)
            if _NICKNAME_GLOSS.match(text, m.end(g)):
                continue  # "Menurut Wawan, sapaan akrabnya, ...": the nickname of whoever the text is about
            if rx is _OPENED_NAME_THEN_VERB:
                if not _SPEAKS_IN_SENTENCE.match(text, m.end(g)) or _all_root_words(name):
                    continue  # ("Karang Taruna juga mengajak ...": a body named in common words, no one new)
                # the name that ends the capitals (after a lowercase job, the club's words before it)
                name = P._trailing_plain(name) if m.group("job") else name
                if not name or len(name.split()) < 2:
                    continue
            words = [w.lower() for w in name.split()]
            if any(w in P.ROLE_HEADS or w in P.ROLE_ALIASES for w in words) or not P.plausible_name(name):
                continue  # "Menurut Bupati, ...": an office, whose holder the cast may well know
            if known is None:  # the words of the names of people mentioned before hi
                seen = {i for _s, _e, i in cast.mentions[:bisect.bisect_left(cast.mentions, (hi,))]}
                known = {t.lower() for i in seen for t in cast.persons[i].name.split()}
            if known & set(words):
                continue  # "Menurut Muharram, ..." for a Muharram Wibisono mentioned before
            head = max((e.end() for e in _SENTENCE_END.finditer(text, max(0, m.start() - 400), m.start())), default=0)
            if _read(cast, head, m.start(g)):
                continue
            return True
    return _unread_word_subject(text, cast, lo, hi, spans) or _unheld_unit_subject(text, cast, lo, hi, spans)


def _all_root_words(name: str) -> bool:
    """"Karang Taruna", "Palang Merah": a body of people named in words of the language, no one new."""
    from .analysis import root_words  # loaded once, only for a name opening a sentence after a connective

    return name.split()[0].lower() in _BODY_HEADS or all(w.lower() in root_words() for w in name.split())


def _unheld_unit_subject(text: str, cast, lo: int, hi: int, spans) -> bool:
    """Between lo and hi, "Kepala <Unit> menyampaikan ..." opening a sentence for a unit no person of the cast
    holds (its short form read off nobody's office): its head speaks, and the cast does not know who that is."""
    for m in _UNIT_HEAD_THEN_SPEECH.finditer(text, lo, hi):
        if in_spans(spans, m.start()) or _read(cast, m.start(), m.end("unit")):
            continue
        if not cast.registry and not office_held(m.group("unit"), cast):
            return True
    return False


def _unread_word_subject(text: str, cast, lo: int, hi: int, spans) -> bool:
    """Between lo and hi, a sentence opened by one word and a speech verb (`_WORD_THEN_SPEECH`) whose speaker the
    cast does not hold: an office none of its people holds (no people.yaml to ask), or a word no one's name has
    that is no noun of people ("Wulan", not "Warga") and no word the text writes in lowercase."""
    for m in _WORD_THEN_SPEECH.finditer(text, lo, hi):
        word = m.group("word")
        if in_spans(spans, m.start()) or _read(cast, m.start("word"), m.end("word")):
            continue
        low = word.lower()
        if low in _PERSON_NOUNS:
            continue  # "Warga menilai ...": a group opens the sentence; a later -nya is still the one speaker's
        if low in P.ROLE_HEADS or low in P.ROLE_ALIASES:
            if not cast.registry and not office_held(word, cast):
                return True
            continue
        if (P.plausible_name(word) and low not in P.DESCRIPTORS and low not in _PERSON_NOUNS and not low.endswith("nya")
                and low not in lowercase_words(text)
                and not any(low in (t.lower() for t in p.name.split()) or word in p.aliases for p in cast.persons)
                and not _spelt_like_a_name(low, cast)):
            return True  # (a noun of people, "Penyidik mengatakan", is someone unnamed: nobody certain either)
    return False


def _spelt_like_a_name(low: str, cast) -> bool:
    """"Arief menambahkan" for an Arif Satriawan of the cast: a word one letter off a word of someone's name (the
    same first letter, four letters or more) is that name spelt another way, no one unread."""
    return len(low) >= 4 and any(len(t) >= 4 and t[0] == low[0] and _one_edit_apart(low, t)
                                 for p in cast.persons for t in p.name.lower().split())


def _one_edit_apart(a: str, b: str) -> bool:
    """a and b differ by one letter added, dropped or changed."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _read(cast, start: int, end: int) -> bool:
    """A mention of someone overlaps start..end."""
    k = bisect.bisect_left(cast.mentions, (start - 200,))
    return any(s < end and e > start for s, e, _i in cast.mentions[k:bisect.bisect_left(cast.mentions, (end,))])
