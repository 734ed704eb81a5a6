"""Attribution: who said each quote. A cue's name, role word, description or pronoun resolves
to one person of the `Cast`, or to nobody when the text does not settle it; each attribution
records the evidence it rests on (`EVIDENCE`)."""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from . import people as P
from .coref import in_spans, several_fuller_forms
from .speakerforms import initials_owner, office_leading_in, place_after_unit_number
from .unreadspeakers import unread_speaker
from .castvariants import merge_moved_marks
from .cueoffices import holder_after_unit_words, merge_unit_short_forms, office_alone
from .cueoffices import holder_of_whole_office, office_before_roleless_name
from .cueoffices import (RECENT_PERSONS as _RECENT_PERSONS, RECENT_WINDOW as _RECENT_WINDOW,  # noqa: F401 - tests read them here
                         office_short_form as _office_short_form, recent_persons as _recent_persons,
                         spelled_out_office as _spelled_out_office)
from .cuedescriptions import called_first_in_cue, described_next_to
from .cuenicknames import (AMBIGUOUS, blended as _blended, clipped_inside_owner, introduced_nickname, nickname_owner,
                           own_nickname)
from .jointsubjects import (ACCOMPANIED, JOINED, SENTENCE_BREAK as _SENTENCE_BREAK, joined_to_someone_after,
                           mention_before, past_fronted, unlisted_full_name)
from .quotes import Found
from .continuations import SPEECH_WORD as _SPEECH_WORD, asked_again as _asked_again, continuing as _continuing
from .continuations import sentence_start as _sentence_start


# What an attribution rests on, as Quote.evidence says it.
EVIDENCE = {
    "cue-name": "a name in the cue (kata Budi)",
    "cue-role": "a role word in the cue, held by one person in the text or people.yaml (kata Kepala Balai)",
    "cue-through": "the person after 'melalui' in the cue (kata X melalui Kabid Y)",
    "cue-before": "the subject of a cue before the quote (Budi mengatakan, ...)",
    "sentence": "the one person named in the sentence that leads into the quote",
    "pronoun": "a pronoun or -nya cue: the last person mentioned as a subject",
    "description": "a descriptive cue (kata pria itu): the one person named since the previous quote",
    "split": "the second half of a quote split by its own cue",
    "continuation": "a quote that continues the previous speaker, nobody named in between",
    "unresolved": "the text does not settle who spoke: speaker null",
}


def _trailing_name(run: str) -> str | None:
    tokens = run.split()
    i = len(tokens)
    while i > 0 and (P._token_ok(tokens[i - 1]) or tokens[i - 1].rstrip(".").lower() in P.HONORIFICS):
        i -= 1
    name = P.clean_name(" ".join(tokens[i:]))
    return name if name and P.plausible_name(name) else None


def attribute(text: str, quotes: list[Found], cast: P.Cast) -> None:
    """Fill speaker and role of each quote from its cue, the cast and the quotes before it."""
    spans = [(q.start, q.end) for q in quotes]
    merge_unit_short_forms(cast)  # "Kepala Kanim" read as a person: the Kepala Kantor Imigrasi introduced
    merge_moved_marks(cast)  # "Mus'tain Ahmad" written later for "Musta'in Ahmad"
    cast.chain_pronouns(text, skip=spans, unread=lambda lo, hi: unread_speaker(text, cast, lo, hi, spans))
    prev: Found | None = None
    done: list[Found] = []
    for q in quotes:
        done.append(q)
        speaker: P.Known | None = None
        if q.initials:
            # "kata YDL" where the text introduced "Yosef Dadi Lelo (YDL)": the person, else nobody
            known = next((p for p in cast.persons if not p.initials_only and q.subject_name in p.aliases), None)
            owner = initials_owner(text, q.subject_name, cast.persons, q.start) if known is None else None
            if owner is not None:  # "ujar JK" for "Wakil Presiden Jusuf Kalla": the text's short form of the name
                known = owner
                owner.aliases.append(q.subject_name)
            if known is None and _spelled_out_office(text, cast, q, q.subject_name):
                # "kata JPU" after "Jaksa Penuntut Umum (JPU) ..., Name": an office's short form (below)
                q.how, q.initials, q.subject_name, q.subject_role = "after", False, None, q.subject_name
            elif known is None:
                q.speaker, q.role, q.evidence = None, q.subject_name, "unresolved"
                prev = q
                continue
            else:
                q.how, q.initials, q.subject_role = "after", False, None
        evidence = q.how
        if q.how == "after" and q.subject_name:
            speaker = cast.resolve(q.subject_name, at=q.end)
            evidence = "cue-through" if q.through else "cue-name"
            holder = holder_after_unit_words(q, speaker, cast)
            if holder is not None:  # "papar Kepala PPSLU Sukamulya Fatimah": the unit's word, then Fatimah
                if speaker is not None and speaker is not holder:
                    cast.merge_into(speaker, holder, alias=False)
                speaker = holder
            whole = holder_of_whole_office(q, cast, speaker)
            if whole is not None:  # "jelas Kasi Bidang Kesehatan Hewan.": the office just introduced, whole
                if speaker is not None:
                    cast.merge_into(speaker, whole, alias=False)
                speaker, evidence = whole, "cue-role"
            if _region_read_as_name(text, q, speaker):
                # "kata Bupati Siak": the regent of Siak, not someone called Siak
                holder = cast.resolve_role(f"{q.subject_role} {q.subject_name}", q.start)
                cast.merge_into(speaker, holder, alias=False)
                speaker, evidence = holder, "cue-role"
            holders = _office_short_form(text, q, q.subject_name, cast) if _first_written_here(text, q, speaker) else []
            if not holders and _clipped_office(text, q, speaker):
                # "ujar Kabag Ops" read as the office "Kabag" and a name "Ops": one short form of "Kepala
                # Bagian Operasi"
                holders = _office_short_form(text, q, q.subject_role.strip() + q.subject_name, cast)
            if holders:
                # "kata Kadinkes" read as a one-word name: the short form of an office introduced
                # before; its one holder, or nobody when two hold such an office
                holder = holders[0] if len(holders) == 1 else None
                cast.merge_into(speaker, holder)
                speaker, evidence = holder, "cue-role"
            owner = _nickname_of_cue(text, q, speaker, cast, spans)
            if owner is AMBIGUOUS:
                speaker = None  # the nickname of one of two people the text names: whose is not settled
            elif owner is not None:
                speaker, evidence = owner, "description"
            elif speaker is not None and (_unintroduced_nickname(text, q, speaker, cast)
                                        or _alike_in_one_sentence(text, q, cast)):
                speaker = None
            if speaker is not None and owner is None and called_first_in_cue(q, speaker):
                # "kata pria yang akrab disapa Cak Uji itu": a nickname the text gives only here, of the
                # person the description refers back to (that one, called so; with no one to refer to, the
                # nickname is all the text calls the speaker)
                referent = _described(cast, prev, q, text, spans)
                if referent is not None:
                    cast.merge_into(speaker, referent)
                    speaker, evidence = referent, "description"
            _fuller_name_written_before(text, q, speaker, cast)
        elif q.how == "after" and q.subject_role:
            evidence = "cue-through" if q.through else "cue-role"
            speaker = cast.resolve_role(q.subject_role, q.start)
            if speaker is not None and q.noun_cue and _unnamed_since_last_mention(text, cast, q.start, spans):
                speaker = None  # "Korban lain yang enggan disebut namanya ... kata korban": maybe that one
            if speaker is None and len(q.subject_role.split()) <= 2:
                # "kata Kapolsek"; "kata Kasat Reskrim" read as one short form of "Kepala Satuan Reserse Kriminal"
                holders = _office_short_form(text, q, "".join(q.subject_role.split()), cast)
                speaker = holders[0] if len(holders) == 1 else _office_and_short_name(q.subject_role, cast, text, q.start)
            if speaker is None and not q.noun_cue:
                speaker = office_before_roleless_name(text, q, cast)  # "tandas Kapolres." for a name read without it
            if speaker is None and (q.noun_cue or q.subject_role[:1].islower()):
                # "kata korban", "kata dokter" (a lowercase office no one holds here): the person described so
                speaker = _described_by_noun(text, q, cast, spans)
                evidence = "description"  # the noun ("korban") is then no alias of that person (below)
                if speaker is None and _DEMONSTRATIVE_END.search(q.subject_role):
                    # "tandas tokoh warga ini": a description of someone the text was talking about
                    speaker = _described(cast, prev, q, text, spans, q.subject_role)
            word = " ".join(q.subject_role.split()) if evidence != "description" else ""
            if speaker is not None and word and word != speaker.name and word not in speaker.aliases and len(word.split()) <= 3:
                speaker.aliases.append(word)  # "Kepala Loka", "Mensos": the role word the text uses
        elif q.how == "before" and q.subject:
            speaker, evidence = _speaker_in_fragment(q.subject, cast, q.start, text), "cue-before"
        elif q.how == "before-colon" and (q.subject or "").rstrip(".").lower() in _ANSWER_LABELS:
            speaker, evidence = _interviewee(text, q, cast, spans), "cue-before"  # "Jawab: "...""
        elif q.how == "before-colon":
            speaker, evidence = _named_before_colon(text, q, cast), "cue-before"
        elif q.how in ("pronoun", "pronoun-before"):
            speaker, evidence = (_asked_again(text, q, done) or _continuing(text, q, prev, spans)
                                 or _pronoun_referent(text, q, cast, spans))
            if speaker is not None and q.subject and q.how == "pronoun" and not _calls(q.subject, speaker):
                speaker = None  # "tutur Sri Sultan HB X", "kata DEDE S": capitals that call someone else
        elif q.how == "descriptive":
            speaker, evidence = _described(cast, prev, q, text, spans), "description"
            if speaker is not None and q.subject and not cast.surely_nobody(q.subject):
                speaker = None  # "kata Budi warga Desa X itu": its capitalized head may be someone's name
        elif q.how == "split" and prev is not None:
            speaker = prev.speaker
            if speaker is None:
                q.role = prev.role
        elif q.how == "continuation" and prev is not None and prev.speaker is not None:
            between = cast.mentions_between(prev.end, q.start, skip=spans)
            idx = cast.persons.index(prev.speaker)
            if between <= {idx} and q.start - prev.end < 600 and not unread_speaker(text, cast, prev.end, q.start, spans):
                speaker = prev.speaker
        if q.how == "continuation" and speaker is None:
            speaker = _reported_in_paragraph_before(text, q, cast, spans)
        if q.how == "continuation" and speaker is None:
            q.how = "forward"  # kept only if the next paragraph's quote has a cue (below)
            continue
        if speaker is not None and speaker.initials_only:
            q.role = speaker.name
            speaker = None
        if speaker is not None and place_after_unit_number(text, speaker.name):
            speaker = None  # "Kasdim Purworejo" read as a person where the text writes "Kodim 0708/Purworejo"
        q.speaker = speaker
        q.evidence = evidence if speaker is not None and evidence in EVIDENCE else "unresolved"
        if speaker is not None:
            q.role = speaker.role or q.role
            if speaker.role is None and speaker.registry_id is None:
                reg = cast.resolve_registry(speaker.name)
                if reg is not None and reg.role:
                    q.role = reg.role
        prev = q
    for q, nxt in zip(quotes, quotes[1:] + [None]):
        if q.how != "forward":
            continue
        # "...<paragraph>" then "...," ucap Name: quote paragraphs run on, the cue on the last one.
        if (nxt is not None and nxt.speaker is not None and nxt.evidence in ("cue-name", "cue-role", "cue-through")
                and not text[q.end:nxt.start].strip() and text.count("\n", q.end, nxt.start) == 1):
            q.speaker, q.role, q.evidence, q.how = nxt.speaker, nxt.role, "continuation", "continuation"
        else:
            q.how = "drop"
    quotes[:] = [q for q in quotes if q.how != "drop"]


# After a cue's name: an appositive ("kata Sutini, pedagang sayur") or an age introduces the person.
_INTRODUCED_AFTER = re.compile(r"[^\S\n]*(?:,[^\S\n]*[a-z]|\(\d)")


def _nickname_of_cue(text: str, q: Found, speaker: P.Known | None, cast: P.Cast, spans) -> P.Known | None:
    """The person a cue's nickname stands for (`cuenicknames`), else None."""
    def referent_at(pos: int) -> P.Known | None:
        return _pronoun_referent(text, replace(q, start=pos, end=pos) if pos != q.start else q, cast, spans)[0]
    return (nickname_owner(q, speaker, cast, _recent_persons(cast, q.start)) or own_nickname(text, q, speaker, cast, referent_at)
            or introduced_nickname(text, q, speaker, cast, spans, referent_at)
            or (None if _INTRODUCED_AFTER.match(text, q.cue_end) else
                clipped_inside_owner(text, q, speaker, cast, _recent_persons(cast, q.start), referent_at)))


def _calls(words: str, person: P.Known) -> bool:
    """Capitals after a cue verb that no name was read from ("Sultan HB X") still call `person`:
    a word of them stands in the person's name, aliases or role (case aside)."""
    own = {w.lower().strip(".,()") for w in " ".join([person.name, person.role or "", *person.aliases]).split()}
    low = [w.lower().strip(".,()") for w in words.split()]
    # "kata Abah": an honorific alone addresses the person the text talks about
    return all(w in P.HONORIFICS for w in low) or any(len(w) > 1 and w in own for w in low)


def _unintroduced_nickname(text: str, q: Found, speaker: P.Known, cast: P.Cast) -> bool:
    """A bare one-word name in a cue that the text writes nowhere before and introduces nowhere,
    while it has named someone else: a nickname ("kata Kang Emil", "kata Aher") of someone the
    text calls otherwise, or of nobody in it. Called by an honorific, or blended from the first
    syllables of a name written before ("Aher" for Ahmad Heryadi), it is no full name: nobody."""
    word = q.subject_name
    if (" " in speaker.name or speaker.role or speaker.registry_id or q.subject_role or q.through
            or " " in word or text.find(word) < q.end or _INTRODUCED_AFTER.match(text, q.cue_end)):
        return False
    if not any(p is not speaker and " " in p.name and 0 <= p.first < q.start for p in cast.persons):
        return False
    cue = text[q.end:q.cue_end].split()
    at = next((k for k in range(len(cue) - 1, -1, -1) if cue[k].strip(",.") == word), None)
    if at is not None and at > 0 and cue[at - 1].rstrip(".").lower() in P.HONORIFICS:
        return True
    # a nickname is clipped from someone the text was just talking about (a bounded number of them)
    return any(_blended(word.lower(), [t.lower() for t in P.name_tokens(p.name)])
               for p in _recent_persons(cast, q.start) if p is not speaker and " " in p.name)


def _alike_in_one_sentence(text: str, q: Found, cast: P.Cast) -> bool:
    """The cue's short name fits two people whose last mentions before the quote stand in one
    sentence ("Ketua PKK, Siti Aminah, dan bidan desa, Siti Rahayu, ..." then "kata Ibu Siti"):
    the latest of them is no more likely than the other. (Named in sentences of their own, the
    one named last is the one the text goes on about.)"""
    cands = {id(p): p for p in cast._candidates(P.clean_name(q.subject_name).lower(), False)}
    if len(cands) < 2:
        return False
    wanted = {k for k, p in enumerate(cast.persons) if id(p) in cands}
    last: dict[int, int] = {}
    for start, _end, i in cast.mentions[:bisect.bisect_left(cast.mentions, (q.start,))]:
        if i in wanted:
            last[i] = start
    if len(last) < 2:
        return False
    a, b = sorted(last.values())[-2:]
    return not _SENTENCE_BREAK.search(text, a, b)


def _fuller_name_written_before(text: str, q: Found, speaker: P.Known | None, cast: P.Cast) -> None:
    """A one-word speaker introduced by this very cue ("kata Hakim Ketua Sutrisno") whose full name
    the text wrote before without a role ("majelis yang diketuai Sutrisno Hadi"): the full name,
    when exactly one fits."""
    if speaker is None or " " in speaker.name or speaker.registry_id or speaker.first < q.end:
        return
    full = P._expand_full_name(text, speaker.name, q.start)
    if " " in full and cast.by_name(full) is None and not several_fuller_forms(text, speaker.name, q.start):
        cast.rename(speaker, full)


def _described_by_noun(text: str, q: Found, cast: P.Cast, spans) -> P.Known | None:
    """"kata korban" where no one holds that office: the one person of the last few mentioned whose
    last mention's sentence calls them so ("Rudi, pengemudi ojek, menjadi korban begal"; "jawab
    terdakwa" after the judge spoke, the defendant named before). Two such, none, or someone unnamed
    introduced since: nobody."""
    if _unnamed_since_last_mention(text, cast, q.start, spans):
        return None  # "Korban lain yang enggan disebut namanya ...": the noun may mean that one
    called: list[P.Known] = []
    for p in _recent_persons(cast, q.start):
        if _called_by_noun(text, q, cast, spans, p):
            called.append(p)
            if len(called) > 1:
                return None  # two so called: nobody (no need to read the others)
    return called[0] if called else None


def _called_by_noun(text: str, q: Found, cast: P.Cast, spans, person: P.Known) -> bool:
    """The sentence of `person`'s last mention before the quote calls them by the cue's noun."""
    k = cast.persons.index(person) if person in cast.persons else -1
    last = None
    for n in range(bisect.bisect_left(cast.mentions, (q.start,)) - 1, -1, -1):  # back from the quote, within
        s, _e, i = cast.mentions[n]                                              # the stretch recent persons
        if s < q.start - _RECENT_WINDOW:                                         # come from
            break
        if i == k and not in_spans(spans, s):
            last = s
            break
    if last is None:
        return False
    end = _SENTENCE_BREAK.search(text, last)
    if q.subject_role.split()[0].lower() not in text[max(0, last - 50):end.start() if end else q.start].lower():
        return False  # the noun stands nowhere near the mention (a cheap test before the sentence's start)
    head = _sentence_start(text, last, spans)
    word = re.escape(q.subject_role.split()[0].lower())
    # the noun in the role written before the name ("Hakim Ketua, Name"), or said of them after it
    # ("Name, korban banjir", "Name menjadi korban"), not as an object ("Name menangkap pelaku")
    before = text[max(head, last - 50):last].lower()
    after = text[last:end.start() if end else q.start].lower()
    sentence = text[head:end.start() if end else q.start].lower()
    stop = end.start() if end else q.start
    if len(re.findall(r"\b" + word + r"\b", sentence)) > 1 and len(cast.mentions_between(head, stop, skip=spans)) > 1:
        return False  # "petugas Damkar, Budi, dan petugas BPBD, Rina": the noun calls two people of one sentence
    return bool(re.search(r"\b" + word + r"\b", before)
                or re.search(r"(?:,[^\S\n]*|\b(?:menjadi|sebagai|selaku|merupakan|adalah)[^\S\n]+)" + word + r"\b", after))


def _first_written_here(text: str, q: Found, speaker: P.Known | None) -> bool:
    """The cue's one-word speaker is a person made from this cue alone: no role, no registry
    entry, and the word written nowhere before the quote."""
    return (speaker is not None and " " not in speaker.name and not speaker.role and not speaker.registry_id
            and " " not in q.subject_name and text.find(q.subject_name) >= q.end)


def _clipped_office(text: str, q: Found, speaker: P.Known | None) -> bool:
    """The cue's one-word role and one-word name ("Kabag Ops"), the name made by this cue and
    written nowhere before it: perhaps the two halves of one office's short form."""
    return (speaker is not None and q.subject_role is not None and " " not in q.subject_role.strip()
            and " " not in q.subject_name and speaker.name == q.subject_name and not speaker.registry_id
            and speaker.first >= q.end and text.find(q.subject_name) >= q.end)


def _region_read_as_name(text: str, q: Found, speaker: P.Known | None) -> bool:
    """"kata Bupati Siak": one word after a regional office, written nowhere before the quote, is
    the office's region, not a person the cue names (a name the text introduced resolves before)."""
    role = (q.subject_role or "").split()
    made_here = (speaker is not None and " " not in speaker.name and speaker.name == q.subject_name
                 and speaker.first >= q.end and not speaker.registry_id and speaker.role in (None, q.subject_role))
    return (made_here and len(role) >= 1 and role[-1].lower() in P._REGIONAL_HEADS
            and all(w.lower().rstrip(".") in ("mantan", "plt", "plh", "pj", "wakil", "wali") for w in role[:-1]))


# The subject of the sentence before a quote is a person described, not named ("gadis penyandang
# disabilitas itu berteriak"): a `-nya` after the quote means that person.
_DESCRIBED_PERSON = re.compile(
    r"\b(?:gadis|pria|wanita|perempuan|lelaki|laki-laki|bocah|remaja|pemuda|pemudi|nenek|kakek|anak)"
    r"(?:[^\S\n]+[a-z][a-z\-]*){0,3}[^\S\n]+(?:itu|tersebut)[^\S\n]+(?:pun[^\S\n]+|lalu[^\S\n]+|langsung[^\S\n]+)?"
    r"(?:me|ber|ter)[a-z]{3,}")


# Someone the text keeps unnamed ("seorang pegawai yang enggan disebut namanya", "identitasnya
# dirahasiakan") after the last person named: a later -nya or description cue means that person.
_UNNAMED = re.compile(
    r"\b(?:enggan|(?:tidak|tak)[^\S\n]+(?:mau|ingin|bersedia))[^\S\n]+(?:(?:nama|identitas)nya[^\S\n]+)?"
    r"(?:di)?(?:sebut|tulis|publikasi|ungkap)(?:kan)?\b"
    r"|\b(?:minta|meminta)[^\S\n]+(?:agar[^\S\n]+)?(?:nama|identitas)nya[^\S\n]+(?:tidak|tak|jangan)[^\S\n]+(?:di)?(?:sebut|tulis|publikasi|ungkap)"
    r"|\b(?:nama|identitas)nya[^\S\n]+(?:dirahasiakan|disamarkan)\b",
    re.IGNORECASE)
# "Anggota DPRD lainnya, <Name>,", "Warga lainnya, <Name>,": another person introduced by name (a person
# noun, an office or an acronym before "lainnya"; not "Name (24), peserta lainnya, menanamkan ...").
_ANOTHER_ONE = re.compile(r"\b(?P<w>[A-Za-z]+)[^\S\n]+lainnya[^\S\n]*,[^\S\n]*(?=[A-Z])")
# A description headed by "sumber" ("kata sumber tersebut") is an unnamed source.
_SOURCE_DESCRIPTION = re.compile(r"\b(?:sumber|informan)\b", re.IGNORECASE)


def _last_mention_end(cast: P.Cast, pos: int, spans) -> tuple[int, int | None]:
    """The latest end of a mention starting before `pos` outside quotes, and whose it is. Read
    back from `pos` over the sorted mentions, only while an earlier one could still end later (a
    name spans far less than 200 characters): a text of many quotes read them all at each."""
    best: tuple[int, int | None] = (0, None)
    for k in range(bisect.bisect_left(cast.mentions, (pos,)) - 1, -1, -1):
        s, e, i = cast.mentions[k]
        if best[1] is not None and s + 200 < best[0]:
            break
        if not in_spans(spans, s) and (e, i) > best:
            best = (e, i)
    return best


def _unnamed_since_last_mention(text: str, cast: P.Cast, pos: int, spans) -> bool:
    """An unnamed person is introduced after the last person mentioned before `pos` (outside quotes),
    or another person whose name the cast did not read ("Anggota DPRD lainnya, Umar Hi. Basri, ...")."""
    last, who = _last_mention_end(cast, pos, spans)
    if who is not None and cast.persons[who].initials_only:
        return False  # the unnamed person is one of the cast ("Salah satu ibu, yang ..."): theirs
    return any(not in_spans(spans, m.start()) for m in _UNNAMED.finditer(text, max(last, pos - 600), pos)) or any(
        not in_spans(spans, m.start()) and (m.group("w").lower() in P.DESCRIPTORS or m.group("w").isupper())
        for m in _ANOTHER_ONE.finditer(text, max(last, pos - 600), pos)) or unread_speaker(text, cast, max(last, pos - 600), pos, spans)


# "Keduanya memaparkan", "Mereka mengatakan": a subject of several people.
_PLURAL_SUBJECT = re.compile(r"\b(?:[Kk]edua|[Kk]etiga|[Kk]eempat)nya[^\S\n]+(?:juga[^\S\n]+|pun[^\S\n]+)?(?:me|ber)[a-z]{3,}"
                             r"|\b[Mm]ereka[^\S\n]+(?:juga[^\S\n]+|pun[^\S\n]+)?(?:me|ber)[a-z]{3,}")


def _reported_in_paragraph_before(text: str, q: Found, cast: P.Cast, spans) -> P.Known | None:
    """A quote with no cue opening its paragraph, after a paragraph of reported speech with one
    subject ("Kepada wartawan, Kepala Desa X, Name, menjelaskan bahwa ..."): that subject goes on
    in their own words. Anyone else speaking or named as a subject there: nobody."""
    line_start = text.rfind("\n", 0, q.start) + 1
    if text[line_start:q.start].strip() or line_start == 0:
        return None
    para_start = text.rfind("\n", 0, line_start - 1) + 1
    para = text[para_start:line_start]
    if '"' in para or not _SPEECH_WORD.search(para) or _PLURAL_SUBJECT.search(para):
        return None  # ("Keduanya memaparkan ...": either of two speaks on)
    lo, hi = bisect.bisect_left(cast.mentions, (para_start,)), bisect.bisect_left(cast.mentions, (line_start,))
    subjects = {i for s, _e, i in cast.mentions[lo:hi] if s in cast.subjects and not in_spans(spans, s)}
    if len(subjects) != 1:
        return None
    return cast.persons[next(iter(subjects))]


def _pronoun_referent(text: str, q: Found, cast: P.Cast, spans) -> tuple[P.Known | None, str]:
    """Who `ujarnya` / `katanya` after a quote refers to. The sentence that leads into the quote
    ("Di teras, nenek Sumi mencoba kacamatanya, "...", ujarnya") names the speaker when it names one person;
    else the last subject before the quote."""
    if _unnamed_since_last_mention(text, cast, q.start, spans):
        return None, "pronoun"
    head = _sentence_start(text, q.start, spans)
    if text[head:q.start].strip():
        inside = cast.mentions_between(head, q.start, skip=spans) - cast.departed
        if len(inside) == 1:
            return cast.persons[next(iter(inside))], "sentence"
        office = office_leading_in(text[head:q.start]) if not inside else None
        if office and cast.resolve_role(office, q.start) is None:
            return None, "pronoun"  # "Kasdim X menyampaikan, "...",tuturnya": an office whose holder no one knows
    back = head
    while back > 0 and text[back - 1] in ".!? \n":
        back -= 1
    prev_head = _sentence_start(text, back, spans) if head else 0
    described = _DESCRIBED_PERSON.search(text, prev_head, head)
    if described and not cast.mentions_between(prev_head, described.start(), skip=spans):
        return None, "pronoun"  # "Gadis itu berteriak ... "...", serunya": someone the text describes, not names
    person = cast.last_before(q.start, skip=spans)
    if person is not None and person.first > q.start and not _named_or_subject_before(text, cast, person, q.start, spans):
        # "... tidak diberi tahu oleh Kepala Desa ... "...," tegasnya. Kepala Desa X belum bisa dihubungi":
        # someone named only after the quote, and before it only by an office word that did nothing
        return None, "pronoun"
    before = mention_before(text, cast, person, q.start, spans) if person is not None else None
    if before and JOINED.match(before[1]):
        return None, "pronoun"  # "A dan istrinya, B, mengaku ... "...," katanya": either of two
    if before and ACCOMPANIED.match(before[1]):
        return before[0], "pronoun"  # "A didampingi istrinya, B, meninjau ...": A is the subject
    if person is not None and joined_to_someone_after(text, cast, person, q.start, spans):
        return None, "pronoun"  # "Bu Ani, guru SD, dan Pak Dodo, penjaga sekolah, sudah ...": either
    return person, "pronoun"


def _named_or_subject_before(text: str, cast: P.Cast, person: P.Known, pos: int, spans) -> bool:
    """`person` is mentioned before `pos` (outside quotes, not as a word of a place phrase) by a word
    of their name, or as a subject."""
    i = cast.persons.index(person)
    own = {w.lower() for w in P.name_tokens(person.name)}
    return any(k == i and not in_spans(spans, s) and not _IN_A_PLACE.search(text, max(0, s - 30), s)
               and (s in cast.subjects or own & {w.lower() for w in text[s:e].split()})
               for s, e, k in cast.mentions[:bisect.bisect_left(cast.mentions, (pos,))])


_DEMONSTRATIVE_END = re.compile(r"^[a-z].*[^\S\n](?:ini|itu|tersebut)$")


# "cuaca di Arab Saudi": a word in a place phrase names a place, not the person read under that word.
_IN_A_PLACE = re.compile(r"\b(?:di|ke|dari)[^\S\n]+(?:[A-Z][a-z]+[^\S\n]+)?$")


def _described(cast: P.Cast, prev: Found | None, q: Found, text: str, spans, description: str = "") -> P.Known | None:
    """The person a description ("pria kelahiran Solo itu") refers to: the only one named since the
    previous quote (or in the paragraph), else the previous speaker when nobody is named in between.
    Two candidates: nobody (a wrong attribution is worse than none)."""
    if _SOURCE_DESCRIPTION.search(q.cue or "") or _unnamed_since_last_mention(text, cast, q.start, spans):
        return None
    if prev is not None:
        since = prev.end
    else:  # the first quote: its paragraph and the one before it (who the text is talking about)
        line = text.rfind("\n", 0, q.start)
        since = text.rfind("\n", 0, line) + 1 if line > 0 else 0
    between = cast.mentions_between(since, q.start, skip=spans)
    if len(between) == 1 and not between & cast.departed:
        person = cast.persons[next(iter(between))]
        # "dibeli oleh Budi Hartono dari Rina Wulandari ... kata perempuan itu": another full name the
        # cast did not list stands in the stretch too
        return None if unlisted_full_name(text, since, q.start, person, spans) else person
    if not between and prev is not None:
        return prev.speaker
    description = description or (q.cue or "").split(None, 1)[-1]
    if len(between) > 1 and description:
        # several named since: the one the description introduced, else the one subject of the paragraph
        # of reported speech the quote goes on from ("X sependapat ... Menurutnya ..." then "tandas tokoh warga ini")
        near = described_next_to(text, description, cast.mentions, since, q.start,
                                 lambda at: in_spans(spans, at))
        if near is None:
            return _reported_in_paragraph_before(text, q, cast, spans)
        return cast.persons[next(iter(near))] if len(near) == 1 else None
    return None


# An interview set out as questions and answers: "Tanya: ..." / "Jawab: "..."".
_ANSWER_LABELS = frozenset({"jawab", "jawaban", "j"})
_INTERVIEW_LEAD = re.compile(r"\b(?:wawancara|berbincang|bincang-bincang|berbincang-bincang)[^\S\n]+(?:dengan|bersama)\b",
                             re.IGNORECASE)


def _interviewee(text: str, q: Found, cast: P.Cast, spans) -> P.Known | None:
    """The answer of a question-and-answer interview: the one person named in the sentence that
    announces the interview ("Berikut petikan wawancara dengan Bupati X, Name."), else nobody."""
    lead = None
    for m in _INTERVIEW_LEAD.finditer(text, max(0, q.start - 3000), q.start):
        lead = m
    if lead is None:
        return None
    head = _sentence_start(text, lead.start(), spans)
    end = _SENTENCE_BREAK.search(text, lead.end())
    named = cast.mentions_between(head, end.end() if end else q.start, skip=spans)
    return cast.persons[next(iter(named))] if len(named) == 1 else None


_PAREN_ROLE = re.compile(r"^[^\S\n]*\([^()\n]{2,80}\)[^\S\n]*$")


def _named_before_colon(text: str, q: Found, cast: P.Cast) -> P.Known | None:
    """The person whose mention ends right before the colon that opens the quote, else the
    written name resolved; nobody when neither is a person of the text."""
    colon = text.rfind(":", 0, q.start)
    # "Name, S.Sos.:" / "Name (Kepala Dinas X):": degrees or a role in parentheses before the colon
    # mentions are sorted by start: only those starting shortly before the colon are read
    near = cast.mentions[bisect.bisect_left(cast.mentions, (colon - 200,)):bisect.bisect_left(cast.mentions, (colon,))]
    ending = [i for _s, e, i in near
              if 0 <= colon - e <= 90 and not _PAREN_ROLE.sub("", P.DEGREES_RE.sub("", text[e:colon])).strip(" ,")]
    if len(set(ending)) == 1:
        return cast.persons[ending[0]]
    return cast.resolve(q.subject, at=q.start, fuzzy=False) if q.subject else None


_PRONOUN_SUBJECT = re.compile(r"(?:^|[^\S\n,])(?:ia|dia|beliau)(?:[^\S\n]|$)", re.IGNORECASE)


def _speaker_in_fragment(fragment: str, cast: P.Cast, quote_start: int, text: str) -> P.Known | None:
    """The subject of `Name mengatakan, "..."`: a person mentioned in the fragment, else a pronoun."""
    frag_start = quote_start - len(text[:quote_start]) + text.rfind(fragment, 0, quote_start) if fragment else quote_start
    inside = {i for s, _e, i in cast.mentions if frag_start <= s < quote_start}
    if len(inside) == 1:
        return cast.persons[next(iter(inside))]
    if len(inside) > 1:
        # The first mentioned is the subject of the sentence; after a fronted phrase about someone
        # else ("Kepada Wali Kota X, Name, Ketua RW Y, Name2, mengatakan"), the next one is.
        order = sorted((s, e, i) for s, e, i in cast.mentions if frag_start <= s < quote_start)
        return cast.persons[past_fronted(text, fragment, order)[0][2]]
    if _PRONOUN_SUBJECT.search(fragment) or re.search(r"nya\b", fragment):
        return cast.last_before(frag_start)
    name = _trailing_name(fragment)
    if name:
        return cast.resolve(name, at=quote_start)
    office = office_alone(fragment)
    return cast.resolve_role(office, at=quote_start) if office else None


def _office_and_short_name(role_run: str, cast: P.Cast, text: str = "", before: int = 0) -> P.Known | None:
    """"jelas Kapolres Budi" after "Kapolres Lamandau, AKBP Budi Santoso": a territorial office and one word
    the cue reader took for its area (no holder is named so) is the one holder of that office with that
    name word."""
    words = role_run.split()
    if len(words) != 2:
        return None
    head, word = words[0].lower(), words[1]
    same_office = [p for p in cast.persons if p.role and p.role.split()[0].lower() == head]
    holders = [p for p in same_office if word in p.name.split() or word in p.aliases]
    if not holders and word.isupper() and len(same_office) == 1:
        # "jelas Bupati AFU" for "Bupati X, Ahmad Fauzi Umar": the one holder, called by the initials of the name
        owner = initials_owner(text, word, same_office, before) if text else None
        holders = [owner] if owner is not None else []
    return holders[0] if len(holders) == 1 else None
