"""Direct quotes in one normalized Indonesian text: the quoted spans (paired by quotemarks.py),
non-speech quoted spans rejected, and each quote's cue read (who it names, how, with the speech
verbs of speechverbs.py); `attribution` then decides the speaker."""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import people as P
from .cuesubjects import _last_name_segment, _through, _two_people, parse_subject, unread_before_through  # noqa: F401 - parse_subject is read here
from .cuesubjects import degrees_before_through, lower_office_with_acronym
from .cuedescriptions import called_description, long_description
from .cuevariants import OUTLETS, SUBJ_ONE_OF_CLAUSE, doubled_verb, office_and_name_without_verb, said_by_noun_then_name
from .cuebefore import cue_before as _cue_before, looks_like_speech as _looks_like_speech
from .cuepatterns import (  # noqa: F401 - the cue patterns; some modules read them through quotes
    _STATEMENT_NOUNS, _PASSIVE_SPEECH, _AFTER, _AFTER_NAME_MEN, _AFTER_PRONOUN_MEN, _AFTER_ROLE_MEN, _CREDIT_WORDS,
    _MENURUT_SOURCE, _PAREN_ATTRIBUTION, _SUBJ_PRONOUN, _GROUP_WORDS, _SUBJ_GROUP, _AFTER_GROUP_MEN,
    _SUBJ_DESCRIPTIVE, _LOWER_HEADS, _CAP, _SUBJ_RUN, _SUBJ_DESCRIPTIVE_CAP, _CLAUSE_WORDS, _THROUGH, _ROLE_AT_PLACE,
    _SUBJ_OTHER_SIDE, _SUBJ_ONE_OF, _ROLE_NEWLY, _SUBJ_KIN, _NOT_A_NOUN, _DESCRIBED_CLAUSE, _SUBJ_LOWER_NOUN,
    _SUBJ_LOWER_ROLE, _SANG, _FORMER, _DEMONSTRATIVE,
)
from .cueroles import dash_signature, noun_at_unit_then_name, read_office_tail, speaks_for_nobody
from .quotemarks import Pair, _inner_text, pair_marks, single_marks_as_double  # noqa: F401 - extract reads them here
from .speechverbs import _CUE_AFTER_VERB, _EN, _MEN, CUE_VERBS, EN_VERBS, MEN_VERBS  # noqa: F401 - re-exported: extract reads them here

# Quoted words that are names, themes or titles, not speech.
_NON_SPEECH_BEFORE = re.compile(
    r"\b(?:tema|bertema|bertemakan|tajuk|bertajuk|judul|berjudul|materi(?:[^\S\n]+(?:mengenai|tentang|berjudul))?|"
    r"topik|slogan|semboyan|motto|moto|tagline|tagar|hashtag|istilah|julukan|bernama|dinamakan|"
    r"dinamai|disebut|sebutan|dikenal[^\S\n]+dengan|program|gerakan|kampanye|aplikasi|film|buku|lagu|"
    r"lomba|festival|sesi|mata[^\S\n]+acara|kelas|pelatihan|workshop|seminar|webinar|sosialisasi|"
    r"balai|yayasan|sentra|loka|panti|rumah|kelompok|komunitas|tim|kata|kalimat|frasa|bertuliskan|"
    r"tulisan|mengenai|tentang)[^\S\n]*$",
    re.IGNORECASE,
)
_SUBJ_QUOTED_INITIALS = re.compile(
    r"[^\S\n]+(?:(?P<hon>Ibu|Bu|Bapak|Pak|Adik|Nenek|Kakek|Sdr\.?|Sdri\.?)[^\S\n]+)?\"(?P<ini>[A-Z]{1,3}\.?)\"")
SIGNED_CUE = "\u2014 (@)"  # an embedded post's signature line under the quote: its signer, when the story names them
_INITIALS_ONLY = re.compile(r"^[A-Z]{1,4}(?:\.[A-Z])*\.?$")
# The last sentence end of a stretch (a line break, or [.!?] and the spaces after it): greedy from
# the right, in C, where a loop over every sentence end from the floor ran in Python.
_LAST_SENT_END = re.compile(r"(?s:.*)(?:[.!?][^\S\n]+|\n)")


@dataclass
class Found:
    """A quote found in the normalized text; offsets are normalized ones, marks included."""

    start: int
    end: int
    text: str
    cue: str | None = None
    speaker: P.Known | None = None
    role: str | None = None
    how: str = ""  # after | before | pronoun | continuation | group (several people: nobody) | ...
    subject: str | None = None  # the written subject of a cue before the quote; after it, capitals no name was read from
    subject_name: str | None = None  # the name in a cue after the quote
    subject_role: str | None = None  # the role words in a cue after the quote
    cue_end: int = 0
    initials: bool = False  # the cue names someone by initials only
    through: bool = False  # the cue's speaker is the person after "melalui"
    comma_before_cue: bool = True  # the quote ends with , ? or ! before its closing mark
    noun_cue: bool = False  # the cue's subject is a lowercase noun ("kata korban", "jawab terdakwa")
    evidence: str = ""  # what the speaker rests on (attribution.EVIDENCE), "unresolved" when nobody


_MOST_TERMS = 8  # pairs of marks a cue's sentence may hold before its quote
MAX_CUE_SENTENCE = 1000  # characters: about 150 words, longer than any sentence that leads into a quote


def _sentence_fragment_before(text: str, pos: int, floor: int) -> tuple[int, str]:
    """The sentence before `pos`: from the last sentence end in [floor, pos) (else floor) to pos."""
    # Every "\n" and every [.!?] with a space after it ends a sentence of its own (the end runs on
    # only over spaces, which never end one): the last is the one a greedy run finds from the right.
    # A cue sits within a sentence's length of its quote: text without sentence ends (a list, a
    # hostile page) must not make every quote read everything before it.
    floor = max(floor, pos - MAX_CUE_SENTENCE)
    m = _LAST_SENT_END.match(text, floor, pos)
    for _ in range(3):
        # "..., Name, S.Sos., M.Si. menambahkan, ": the full stop of a degree or title with a
        # lowercase word after it ends no sentence; the sentence began before it
        if (m is None or m.end() >= pos or not text[m.end()].islower()
                or not _ABBREVIATION_STOP.search(text, max(floor, m.end() - 16), m.end())):
            break
        m = _LAST_SENT_END.match(text, floor, text.rfind(".", floor, m.end()))
    start = m.end() if m is not None else floor
    return start, text[start:pos]


# A full stop ending a degree or title ("M.Si.", "S.Sos.", "Ir.", "Hj.") and the spaces after it.
_ABBREVIATION_STOP = re.compile(r"(?<![\w.])(?:[A-Z][a-z]{0,3}\.[A-Za-z]{1,4}(?:\.[A-Za-z]{1,4})*|Ir|H|Hj|Drs|Dra|Dr|dr|Prof|KH)\.[^\S\n]+$")


_ENDS_WITH_SPEECH_VERB = re.compile(r"\b" + _MEN + r"(?:[^\S\n]+bahwa)?$")


def _paragraph_ending_with_colon(text: str, open_at: int, floor: int) -> tuple[int, str] | None:
    """The last sentence of the paragraph right before a quote that opens a paragraph, when that
    paragraph ends with a colon ("Dalam sambutannya, Bupati X menyampaikan:"), else None."""
    head = text[floor:open_at]
    stripped = head.rstrip()
    if head[len(stripped):].count("\n") != 1:
        return None
    if not stripped.endswith(":") and not _ENDS_WITH_SPEECH_VERB.search(stripped, max(0, len(stripped) - 40)):
        return None  # "Kepala Dinas X, Name, mengatakan" wrapped before its quote, no colon
    end = floor + len(stripped)
    return _sentence_fragment_before(text, end, floor)


# A paragraph that attributes the quote paragraph before it: "Demikian disampaikan ...", "Hal
# tersebut diungkapkan ...", "Pernyataan itu disampaikan ...".
_NEXT_PARAGRAPH_CUE = re.compile(r"[^\S\n]*\n[^\S\n]*(?=(?:Demikian|(?i:" + _STATEMENT_NOUNS + r")[^\S\n]+(?:itu|tersebut|ini))"
                                 r"[^\S\n]+" + _PASSIVE_SPEECH + r"\b)")
# A nickname in quote marks inside a name ("kata Ahmad "Ucok" Santoso"): blanked, same length, so
# the cue reads the name around it.
_QUOTED_NICKNAME = re.compile(r"(?<=[A-Za-z])[^\S\n]+\"[A-Z][\w\-]*(?:[^\S\n]+[A-Z][\w\-]*)?\"(?=[^\S\n]+[A-Z][a-z])")


# A translation in parentheses between a quote in a regional language and its cue
# ('"Hatur nuhun pisan," (terima kasih banyak) kata Name', '"We love Indonesia" [Kami cinta Indonesia], kata Name'), or glossed ('"Ulah poho," yang artinya
# jangan lupa, ujarnya'): blanked, same length.
_TRANSLATION = re.compile(r"[^\S\n]*(?:\([a-z][^()\n]{1,80}\)|\[[A-Za-z][^\[\]\n]{1,80}\]|(?:yang[^\S\n]+)?(?:artinya|berarti|bermakna)[^,.;\"\n]{1,80}(?=,))")


def _without_quoted_nickname(after: str) -> str:
    t = _TRANSLATION.match(after)
    if t:
        after = " " * t.end() + after[t.end():]
    m = _QUOTED_NICKNAME.search(after, 0, 80)
    if m is None or not P._token_ok(after[:m.start()].split()[-1]):
        return after  # 'Kepala Sentra "Budi Perkasa" Palembang': a unit's name in marks, after a unit word
    return after[:m.start()] + " " * (m.end() - m.start()) + after[m.end():]


# A lowercase word right after the closing mark: the sentence goes on past the quoted words.
_SENTENCE_GOES_ON = re.compile(r"[^\S\n]+[a-z]")


def find_quotes(text: str, cast_hint=None, signed: dict[int, str] | None = None) -> list[Found]:
    """Quotes with their cues; speakers are filled by attribute() once the cast is known. `signed`:
    the signer of the paragraph ending at each offset (an embedded post's signature, embeds.py)."""
    found: list[Found] = []
    text = single_marks_as_double(text)
    ends: list[int] = []  # where every pair of marks read so far closes, kept as a quote or not
    for pair in pair_marks(text):
        # A sentence quotes a few terms before its own quote at most ("... "A", "B" dan "C" ..."): a cue is
        # read after the last _MOST_TERMS pairs, so a page of marks without sentence ends (hostile) does not
        # make every quote read a whole sentence's length of them again.
        limit = ends[-_MOST_TERMS] if len(ends) >= _MOST_TERMS else 0
        ends.append(pair.end)
        content = _inner_text(text, pair)
        if not content or _INITIALS_ONLY.match(content):
            continue
        q = Found(start=pair.start, end=pair.end, text=content)
        open_at = pair.open_at
        # a cue before a quote is read after the previous quote and its cue, never inside them
        floor = max(found[-1].cue_end, found[-1].end, limit) if found else limit
        frag_start, frag = _sentence_fragment_before(text, open_at, floor)
        if pair.virtual_open:
            frag_start, frag = open_at, ""
        non_speech_context = bool(_NON_SPEECH_BEFORE.search(frag))
        lead = _paragraph_ending_with_colon(text, open_at, floor) if not frag.strip() else None
        if lead is not None and _NON_SPEECH_BEFORE.search(lead[1].rstrip()[:-1].rstrip()):
            non_speech_context, lead = True, None  # "Spanduk itu bertuliskan:" then the words on it
        # `"A," lanjut Budi, "B."`: the second half of a quote split by its own attribution.
        # Without a comma between ("ujar Kepala Sentra "Budi Luhur" Palembang") the marks name the unit.
        gap = text[found[-1].cue_end:open_at].strip() if found and found[-1].cue_end else None
        split_half = gap in (",", ":") or (gap == "" and _looks_like_speech(content))
        after = text[q.end: q.end + 160].split("\n", 1)[0]
        base = q.end
        # only for a quote that is its paragraph: a cue before it in its own sentence comes first
        own_paragraph = not text[text.rfind("\n", 0, pair.open_at) + 1:pair.open_at].strip()
        next_para = _NEXT_PARAGRAPH_CUE.match(text, q.end) if not after.strip() and own_paragraph else None
        if next_para:  # the quote's paragraph, then "Demikian disampaikan Name ..." opening the next
            base = next_para.end()
            after = text[base: base + 160].split("\n", 1)[0]
        elif not after.strip() and text[q.end:q.end + 1] == "\n" and text[q.end + 1:q.end + 2].islower():
            # a hand-wrapped page: the quote closes its line and the cue's verb opens the next in lowercase
            wrapped = text[q.end + 1: q.end + 161].split("\n", 1)[0]
            if _AFTER.match(wrapped):
                base, after = q.end + 1, wrapped
        q.comma_before_cue = text[q.end - 2:q.end - 1] in ",?!" or pair.virtual_close
        cue_after = _cue_after(q, _without_quoted_nickname(after), base)
        if not cue_after and signed and own_paragraph and q.end in signed:
            # the post's signer; an office or a site signing it names nobody the story can hold
            q.cue, q.subject_name, q.cue_end, cue_after = SIGNED_CUE, signed[q.end], q.end, True
            q.how = "after" if q.subject_name else "anonymous"
        if cue_after:
            pass
        elif not non_speech_context and _cue_before(q, frag, frag_start):
            pass
        elif lead is not None and not non_speech_context and _cue_before(q, lead[1], lead[0]):
            pass  # "Bupati X menyampaikan:" ending the paragraph before the quote
        else:
            q.how = "none"
        if non_speech_context and q.how != "after":
            continue
        if non_speech_context and not _looks_like_speech(content):
            continue
        if (not cue_after and not q.comma_before_cue and not _looks_like_speech(content)
                and _SENTENCE_GOES_ON.match(text, q.end)):
            continue  # `Menurut X, "Sekolah Rakyat" akan dibuka ...`: a quoted term inside the sentence
        if q.how == "none" and split_half:
            q.how, q.cue = "split", found[-1].cue
        if q.how == "none":
            sentence_initial = not frag.strip() or frag.strip() in ("-", "\u2013", "\u2014")
            if not (sentence_initial and _looks_like_speech(content)):
                continue
            q.how = "continuation"
        found.append(q)
    return found


# '"...," cuit @handle', '"...," puji @handle', '"...," tulis akun Instagram @handle': an account speaks (any
# verb before the handle); a handle of one word names no one certain, a display name after "@" written as a
# full name ("tulis akun Facebook @Dewi Lestari") is that person.
_ACCOUNT_CUE = re.compile(r"[^\S\n]*,?[^\S\n]*(?P<verb>[a-z]{3,12})[^\S\n]+(?:(?:oleh[^\S\n]+)?(?:pemilik[^\S\n]+)?akun"
                          r"(?:[^\S\n]+[A-Za-z]{1,12})?[^\S\n]+|(?:warganet|netizen)[^\S\n]+)?@(?P<handle>[\w*]+(?:\.[\w*]+)*(?:[^\S\n]+[A-Z][a-z]+){0,3})")


def _account_cue(q: Found, after: str, base: int) -> bool:
    m = _ACCOUNT_CUE.match(after)
    if m is None:
        return False
    handle = m.group("handle")
    q.cue, q.cue_end = f"{m.group('verb')} @{handle}", base + m.end()
    name = handle if " " in handle and P.plausible_name(handle) else None
    q.how, q.subject_name = ("after", name) if name else ("anonymous", None)
    return True


# An ordinal between the cue and its speaker ("pesan pertama bupati", "pesan kedua Wali Kota"), never "pertama kali".
# Cue verbs that are nouns of a statement ("pesan pertama bupati": the regent's first message); after "kata" or
# "ujar", "kedua" is "both" ("ujar kedua tersangka").
_STATEMENT_CUES = frozenset("pesan harap ajak imbau pinta saran usul janji".split())
_ORDINAL_AFTER_CUE = re.compile(r"[^\S\n]+(?P<ord>pertama|kedua|ketiga|keempat|kelima|terakhir)(?=[^\S\n]+(?P<next>[A-Za-z]+))")


# '"Sae, Pak Lurah" (Baik, Pak Lurah)," jawab Name': a translation in parentheses after the quote (a second,
# stray closing mark after it), then the cue.
_TRANSLATION_THEN_CUE = re.compile(r"[^\S\n]*\([^()\n\"]{2,120}\)[^\S\n]*(?:,?[^\S\n]*\"[^\S\n]*)?(?=,?[^\S\n]*[a-z])")


def _cue_after(q: Found, after: str, base: int) -> bool:
    if after[:3].lstrip().startswith("("):
        translation = _TRANSLATION_THEN_CUE.match(after)
        if translation and _AFTER.match(after, translation.end()):
            after, base = after[translation.end():], base + translation.end()
    if "@" in after[:60] and _account_cue(q, after, base):
        return True
    m = _AFTER.match(after)
    if m and m.group("verb") and m.group("verb").lower() == "menurut" and not q.comma_before_cue:
        m = None  # `"Sekolah Rakyat" menurut dia ...`: a quoted term inside the sentence, no cue
    source = _MENURUT_SOURCE.match(after, m.end()) if m and m.group("verb") and m.group("verb").lower() == "menurut" \
        and not m.group("nya") else None
    if source:
        # '"...," menurut data BPS' / 'menurut keterangan polisi': a source, not a person
        q.cue, q.how, q.cue_end = f"menurut {source.group('word')}", "anonymous", base + source.end()
        return True
    if m:
        q.cue = m.group(0).strip(" ,.")
        rest = after[m.end():]
        ordinal = _ORDINAL_AFTER_CUE.match(rest) if not (m.group("nya") or m.group("nya2")) else None
        if (ordinal and ordinal.group("next").lower() in P.ROLE_HEADS
                and m.group("verb") and m.group("verb").lower() in _STATEMENT_CUES):
            # "pesan pertama bupati": the statement's place in a row, then the office ("ujar kedua tersangka",
            # "kata ketiga pelaku": both, all three of them, who speak together)
            q.cue = f"{q.cue} {ordinal.group('ord')}"
            base, rest = base + ordinal.end(), rest[ordinal.end():]
        doubled = doubled_verb(m, rest)
        if doubled:  # "kata kata Name": the verb written twice by a typo
            base, rest = base + doubled, rest[doubled:]
        q.cue_end = base + m.end()
        if m.group("nya") or m.group("nya2"):
            q.how = "pronoun"
            return True
        # "kata mereka": several people, nobody; "kata dia": the pronoun's person
        for rx, how, group in ((_SUBJ_GROUP, "group", "grp"), (_SUBJ_PRONOUN, "pronoun", "pro")):
            s = rx.match(rest)
            if s:
                q.how = how
                q.cue = f"{q.cue} {s.group(group)}"
                q.cue_end = base + m.end() + s.end()
                return True
        s = _SUBJ_KIN.match(rest)
        if s:  # "kata ibu korban": a relative, never the person named in the cue
            name = P._trailing_plain(s.group("name")) if s.group("name") else None
            q.how = "after" if name and name == P.clean_name(s.group("name")) else "anonymous"
            q.subject_name = name if q.how == "after" else None
            q.subject_role = s.group("role") if q.how == "after" else None
            q.cue = f"{q.cue} {s.group('role')}"
            q.cue_end = base + m.end() + s.end()
            return True
        office = lower_office_with_acronym(rest)
        if office:  # "ucap kepala seksi pidana khusus (Kasi Pidsus) Kejari X, Name": the office's holder
            q.how, q.subject_role, q.subject_name = "after", office[0], office[1]
            q.cue_end = base + m.end() + office[2]
            return True
        s = _SUBJ_DESCRIPTIVE.match(rest)
        if s:  # "kata pria kelahiran Solo itu": whoever the text was just talking about, if one
            q.how = "descriptive"
            q.cue = f"{q.cue} {s.group('desc')}"
            q.cue_end = base + m.end() + s.end()
            return True
        s = _SUBJ_DESCRIPTIVE_CAP.match(rest)
        if s and not _CLAUSE_WORDS & set(s.group("low").split()):
            q.how = "descriptive"
            q.cue = f"{q.cue} {s.group('desc')}"
            q.cue_end = base + m.end() + s.end()
            return True
        called = called_description(rest)
        if called:  # "kata pria yang akrab disapa Dodi": the person the text calls Dodi
            q.how, q.subject_name, q.cue = "after", called[1], f"{q.cue} {called[0]}"
            q.cue_end = base + m.end() + called[2]
            return True
        described = long_description(rest)
        if described:  # "kata Peraih penghargaan ... itu": a description, its capitalized head no name
            q.how, q.subject, q.cue = "descriptive", described[1], f"{q.cue} {described[0]}"
            q.cue_end = base + m.end() + described[2]
            return True
        s = _SUBJ_QUOTED_INITIALS.match(rest)
        if s:  # `tutur Ibu "K"`: known by initials only
            q.how, q.initials = "after", True
            q.subject_name = " ".join(x for x in (s.group("hon"), s.group("ini")) if x)
            q.cue_end = base + m.end() + s.end()
            return True
        s = _SUBJ_RUN.match(rest)
        if s and _REPEATING.match(rest, s.end()):
            # '"Serahkan tasmu!" kata Rina menirukan ucapan pelaku': another's words, not Rina's
            q.how, q.cue = "anonymous", f"{q.cue} {s.group('run')}"
            q.cue_end = base + m.end() + s.end()
            return True
        demonstrative = _DEMONSTRATIVE.match(rest, s.end()) if s and _FORMER.match(s.group("run")) else None
        if demonstrative:
            # "tutur mantan Kapolda X ini": the former officer the text was talking about, read as a
            # pronoun (the last subject), never as the office's present holder
            q.how = "pronoun"
            q.cue_end = base + m.end() + demonstrative.end()
            return True
        if s and _two_people(s.group("run")):
            # "kata Budi dan Rina": two people say it together, neither alone
            q.how, q.cue = "group", f"{q.cue} {s.group('run')}"
            q.cue_end = base + m.end() + s.end()
            return True
        if s and parse_subject(q, s.group("run"), _last_name_segment(s.group("tail"))):
            q.how = "after"
            q.cue_end = base + m.end() + s.end()
            at = _ROLE_AT_PLACE.match(rest, s.end()) if not s.group("tail") and q.subject_role else None
            newly = _ROLE_NEWLY.match(rest, s.end()) if not s.group("tail") and q.subject_role and not q.subject_name else None
            office = None if s.group("tail") else read_office_tail(s.group("run"), rest, s.end(), q.subject_role, q.subject_name)
            if office:  # "kata Duta Besar X untuk Indonesia, Name" / "ujar Kades X sekaligus Ketua Y, Name"
                q.subject_role, q.subject_name, q.cue_end = office[0], office[1], base + m.end() + office[2]
            elif newly and P._trailing_plain(newly.group("name")) == P.clean_name(newly.group("name")):
                # "kata Kepala Dinas X yang baru dilantik, Name"
                q.subject_name = P._trailing_plain(newly.group("name"))
                q.cue_end = base + m.end() + newly.end()
            elif at and P._trailing_plain(at.group("name")):
                q.subject_role = f"{s.group('run')} {at.group('prep')} {at.group('place')}"
                q.subject_name = P._trailing_plain(at.group("name"))
                q.cue_end = base + m.end() + at.end()
            through = _THROUGH.match(rest, q.cue_end - base - m.end())
            skip = None if through else unread_before_through(q, rest, q.cue_end - base - m.end())
            if through is None and skip is None:
                skip = degrees_before_through(q, rest, q.cue_end - base - m.end())
            if skip is not None:  # "ungkap Kapolres X, AKBP H MR Name melalui Kasat Y, Name2": the delegate
                through = _THROUGH.match(rest, skip)
                if through is not None and not _through(q, through):
                    return True  # "melalui surat edaran": the office alone, as read
            if through:
                q.through = _through(q, through)
                q.cue_end = base + m.end() + through.end()
            return True
        through = _THROUGH.match(rest, s.end()) if s else None
        if through and _through(q, through):
            # "kata Kemensos melalui Kepala Biro Humas, Name": an institution speaks through a person
            q.how, q.through, q.cue_end = "after", True, base + m.end() + through.end()
            return True
        s = _SUBJ_OTHER_SIDE.match(rest)
        if s:
            q.how, q.cue_end = "anonymous", base + m.end() + s.end()
            return True
        s = _SUBJ_ONE_OF.match(rest)
        if s:  # "kata salah seorang petugas": unnamed, unless the name follows ("..., Budi Santoso")
            name = P._trailing_plain(s.group("name")) if s.group("name") else None
            q.how = "after" if name else "anonymous"
            q.subject_name = name
            q.subject_role = s.group("desc") if name else None
            q.cue_end = base + m.end() + s.end()
            return True
        s = SUBJ_ONE_OF_CLAUSE.match(rest)
        if s:
            q.how, q.cue_end = "anonymous", base + m.end() + s.end()
            return True
        s = _SUBJ_LOWER_ROLE.match(rest)
        if s:
            q.how = "after"
            q.subject_role = _SANG.sub("", s.group("role"))  # "kata sang menteri": the minister
            name = P._trailing_plain(s.group("name")) if s.group("name") else None
            if name and name == P.clean_name(s.group("name")):
                q.subject_name = name
            q.cue_end = base + m.end() + s.end()
            return True
        s = noun_at_unit_then_name(rest)
        if s:  # "kata warga RT 03, Name", "ujar pedagang Pasar Baru, Name"; without a name, as "kata korban"
            q.how, q.subject_role, q.subject_name, q.cue_end = "after", s[0], s[1], base + m.end() + s[2]
            q.noun_cue = s[1] is None
            return True
        s = _SUBJ_LOWER_NOUN.match(rest)
        if s and not s.group("desc").endswith("nya") and not _DESCRIBED_CLAUSE.match(rest):
            # not "menurut pengakuannya" (the pronoun's person) nor "kata orang nomor satu di X itu" (a description)
            # "jawab terdakwa", "tanya hakim", "kata saksi ahli, Name": a lowercase noun is the
            # speaker's role (its one holder in the text, or nobody), never a bare verb's pronoun
            name = P._trailing_plain(s.group("name")) if s.group("name") else None
            q.how, q.subject_role, q.noun_cue = "after", s.group("desc"), True
            q.subject_name = name if name and name == P.clean_name(s.group("name")) else None
            q.cue_end = base + m.end() + s.end()
            return True
        # a bare verb ("tambah nya" written apart, or "ujar" at sentence end); a question asked by a
        # capitalized run that names nobody ("tanya Pikiran Rakyat": the newspaper) is the interviewer's,
        # never the person the text goes on about
        run = _SUBJ_RUN.match(rest)
        q.how = "anonymous" if (run and q.cue.lower() == "tanya" and run.group("run")[:1].isupper()
                                or speaks_for_nobody(rest)) else "pronoun"
        q.subject = run.group("run") if run and q.how == "pronoun" else None  # words no name was read from
        return True
    paren = _PAREN_ATTRIBUTION.match(after) if q.text[-1:] in ".!?" else None
    if paren:
        name = P._trailing_plain(paren.group("name"))
        # the person's role after a comma: a photo credit in parentheses ("(Foto Istimewa)") has none
        aged = bool(paren.group("role") and paren.group("role").strip()[:3].rstrip(",").isdigit())
        if (name and name == P.clean_name(paren.group("name")) and (len(name.split()) >= 2 or aged)
                and paren.group("role") and not _CREDIT_WORDS.match(paren.group("name"))):
            # '"...." (Budi Santoso, Ketua RT 03)': the speaker in parentheses after the quote; one word
            # with an age ("(Dedi, 45, warga X)") is a person too (a credit has no age)
            q.cue, q.how, q.subject_name = "(...)", "after", name
            q.subject_role = paren.group("role").strip() if paren.group("role") else None
            q.cue_end = base + paren.end()
            return True
    signed = dash_signature(after) if q.text[-1:] in ".!?" else None
    if signed:  # '"...." — Rina Wati, Kepala Puskesmas X': a pull quote signed after a dash
        q.cue, q.how, q.subject_name, q.subject_role, q.cue_end = "\u2014", "after", signed[0], signed[1], base + signed[2]
        return True
    group = _AFTER_GROUP_MEN.match(after) if q.comma_before_cue else None
    if group:
        q.cue, q.how, q.cue_end = f"{group.group('grp')} {group.group('verb')}", "group", base + group.end()
        return True
    m = (_AFTER_NAME_MEN.match(after) or _AFTER_PRONOUN_MEN.match(after)) if q.comma_before_cue else None
    role = _AFTER_ROLE_MEN.match(after) if m is None else None
    if role and role.group("role").split()[0].lower() in P.ROLE_HEADS:
        q.cue, q.how, q.subject_role = role.group("verb"), "after", role.group("role")
        q.cue_end = base + role.end()
        return True
    if m:
        q.cue = m.group("verb")
        q.cue_end = base + m.end()
        if m.groupdict().get("pro"):
            q.how = "pronoun"
        elif parse_subject(q, m.group("name"), None):
            q.how = "after"
        else:
            return False
        return True
    bare = _AFTER_BARE_NAME.match(after) if q.comma_before_cue and text_ends_paragraph(after) else None
    name = P._trailing_plain(bare.group("name")) if bare else None
    if (name and name == P.clean_name(bare.group("name")) and len(name.split()) >= 2 and P.plausible_name(name)
            and not _all_common_words(name)):
        # '"...," Yohanes Wenda.': the speech verb left out, the full name alone ends the paragraph
        q.cue, q.how, q.subject_name, q.cue_end = None, "after", name, base + bare.end()
        return True
    office = office_and_name_without_verb(after) if q.comma_before_cue and after[:3].strip()[:1].isupper() else None
    if office:  # '"...," Kepala Dinas X Name, di Mamuju, Jumat.': the verb left out after an office and a name
        q.cue, q.how, q.subject_role, q.subject_name, q.cue_end = None, "after", office[0], office[1], base + office[2]
        return True
    return False


# A full name alone after a quote's comma, closing the paragraph: the cue with its verb left out.
_AFTER_BARE_NAME = re.compile(r"[^\S\n]*(?P<name>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){1,3})[^\S\n]*\.[^\S\n]*(?:\n|$)")


def _all_common_words(name: str) -> bool:
    """"Terima Kasih", "Salam Sehat": every word a root word of the language, a sign-off, no name."""
    from .analysis import root_words  # loaded once, only for a bare name after a quote

    return all(w.lower() in root_words() for w in name.split())


def text_ends_paragraph(after: str) -> bool:
    """Cheap guard: the paragraph after the quote is short (a name and a dot)."""
    end = after.find("\n")
    return 0 < (end if end >= 0 else len(after)) <= 60


# The cue's subject repeats someone else's words ("kata Rina menirukan ucapan pelaku").
# ("kata Rina, mengutip Antara, Minggu" is the outlet citing a news agency: Rina speaks, see cuevariants.OUTLETS)
_REPEATING = re.compile(r"[^\S\n]*,?[^\S\n]*(?:sambil[^\S\n]+|seraya[^\S\n]+)?(?:menirukan|mengutip(?![^\S\n]+(?:dari[^\S\n]+)?"
                        + OUTLETS + r"(?![^\W\d_]))|mengulang|mengulangi)\b")


def subject_names(text: str, quotes: list[Found]) -> list[tuple[int, int, str, str | None]]:
    """Speakers named in cues after quotes, with the role written there (people not yet introduced)."""
    out = []
    for q in quotes:
        if q.how == "after" and q.subject_name and not q.initials and q.cue != SIGNED_CUE:
            pos = text.find(q.subject_name, q.end)
            if pos == -1:  # written around a quoted nickname: from its first word
                pos = text.find(q.subject_name.split()[0], q.end)
            out.append((pos, pos + len(q.subject_name), q.subject_name, q.subject_role))
        if q.how == "before-colon" and q.subject and (len(q.subject.split()) >= 2 or said_by_noun_then_name(text, q)):
            # "Name (Kepala Dinas X): "..."": the full name set before the colon speaks; "Kata orang tua korban,
            # Sumarni: "..."": one word, named after the noun of who speaks
            pos = text.rfind(q.subject, max(0, q.start - 200), q.start)
            if pos != -1:
                out.append((pos, pos + len(q.subject), q.subject, None))
        aged = _AGED_SUBJECT.search(q.subject) if q.how == "before" and q.subject else None
        name = P._trailing_plain(aged.group("name")) if aged else None
        if name:  # "Saminah (70) bercerita, "..."": a name with an age speaking the quote is a person
            pos = text.rfind(name, max(0, q.start - 300), q.start)
            if pos != -1:
                out.append((pos, pos + len(name), name, None))
    return out


_AGED_SUBJECT = re.compile(r"(?P<name>" + P.NAME_PATTERN + r")[^\S\n]*\(\d{1,3}(?:[^\S\n]*[Tt]ahun)?\)[^\S\n]*$")
