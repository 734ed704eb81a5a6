"""An office written short in a cue (`kata Kadinsos`, `kata JPU`) and the person introduced before
the quote who holds it; a word of the office read as part of the cue's name (`papar Kepala PPSLU
Sukamulya Fatimah`); and the people mentioned just before a quote, a bounded number. Used by
attribution."""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from . import people as P

if TYPE_CHECKING:  # pragma: no cover
    from .quotes import Found


# "Kajari": Ka|pala Ke|ja|ksaan Nege|ri reads a syllable from inside each word after the first
_OFFICE_SHORT_COST_PER_WORD = 0.5


RECENT_WINDOW = 3000  # characters before a quote an office's holder is looked for in
RECENT_PERSONS = 12


def recent_persons(cast: P.Cast, pos: int) -> list[P.Known]:
    """The people mentioned in the stretch before `pos`, most recent first, a bounded number: a text
    of hundreds of officials must not make each quote read every one of them."""
    seen: dict[int, P.Known] = {}
    for k in range(bisect.bisect_left(cast.mentions, (pos,)) - 1, -1, -1):
        s, _e, i = cast.mentions[k]
        if s < pos - RECENT_WINDOW or len(seen) >= RECENT_PERSONS:
            break
        seen.setdefault(i, cast.persons[i])
    return list(seen.values())


def _is_subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(ch in it for ch in needle)


# "Kepala SMKN 1 X" is a school's head: "Kepsek" (Kepala Sekolah) reads the office as "Kepala Sekolah SMKN 1 X".
_SCHOOL_HEAD = re.compile(r"^(Kepala)[^\S\n]+((?:SD|SMP|SMA|SMK|SLB|MI|MTs|MA|TK)N?\b)")
# "Komandan Komando Distrik Militer", "Komandan Koramil": "Dandim", "Danramil" (Dan|ramil) read the unit
# without its "Komando" / "Ko".
_COMMANDER_OF_COMMAND = re.compile(r"^(Komandan)[^\S\n]+(?:Komando[^\S\n]+|Ko(?=[a-z]{3,}\b))")


def _office_for_short_forms(role: str) -> str:
    """An office written as Indonesian short forms read it (see the patterns above); an office whose head is
    itself written short ("Kapolres X") is read in full ("Kepala Kepolisian Resor X"): a short form in a cue
    is read off the full words, never off another short form's letters ("Kasat" is no short form of
    "Kapolres Muratara", whose letters hold k-a-s-a-t)."""
    words = role.split(maxsplit=1)
    full = P.ROLE_ALIASES.get(words[0].lower()) if words else None
    if full and " " in full:
        role = " ".join(w.capitalize() for w in full.split()) + (" " + words[1] if len(words) > 1 else "")
    return _COMMANDER_OF_COMMAND.sub(r"\1 ", _SCHOOL_HEAD.sub(r"\1 Sekolah \2", role))


def spelled_out_office(text: str, cast: P.Cast, q: Found, word: str) -> list[P.Known]:
    """"Jaksa Penuntut Umum (JPU) Kejari X, Name" then "kata JPU": the people introduced before the
    quote whose office the text spelled out with this short form in parentheses."""
    spelled = [p for p in recent_persons(cast, q.start) if f"({word})" in (p.role or "") and 0 <= p.first < q.start]
    if spelled and re.search(r"(?<![(\w])" + re.escape(word) + r"(?![)\w])", text[:q.start]):
        return []  # the short form written bare before the quote too ("dan JPU Kejati X, Name"): maybe another
    return spelled


def office_short_form(text: str, q: Found, word: str, cast: P.Cast) -> list[P.Known]:
    """The people introduced before the quote whose office `word` is the short form of, read off
    the first words of the office as Indonesian forms them ("Kadinkes" = Kepala Dinas Kesehatan,
    "Kasatpol" = Kepala Satuan Polisi, "Kapolsek" = Kepala Kepolisian Sektor)."""
    from .acronyms import alignment_cost

    written = spelled_out_office(text, cast, q, word)
    if written:
        return written
    if len(word) < 4 or word.isupper() or not word[:1].isupper():
        return []
    holders = []
    for p in recent_persons(cast, q.start):
        words = _office_for_short_forms(p.role or "").replace(",", " ").split()
        if not _is_subsequence(word.lower(), "".join(words[:6]).lower()):
            continue  # a cheap test first: every letter of the short form in order in the office
        if (not (0 <= p.first < q.start) or len(words) < 2 or words[0].lower() not in P.ROLE_HEADS
                or word.lower().startswith(words[0].lower())):
            continue  # "kata Bupati" of "Bupati Garut": the office's head word itself, no short form
        for k in range(2, min(6, len(words)) + 1):
            cost = alignment_cost(word, words[:k])
            # each word read gives a syllable of two letters or more ("Kadisdukcapil" reads six words,
            # a name such as "Kasim" cannot read "Kepala Seksi Imigrasi")
            read = sum(1 for w in words[:k] if w.lower() not in ("dan", "&"))
            if cost is not None and cost <= _OFFICE_SHORT_COST_PER_WORD * (read - 1) and len(word) >= 2 * read:
                holders.append(p)
                break
    return holders


def holder_after_unit_words(q: "Found", speaker: "P.Known | None", cast: "P.Cast") -> "P.Known | None":
    """"papar Kepala PPSLU Sukamulya Fatimah": the cue's name reads a word of the office ("Sukamulya")
    glued before the name of a person introduced before the quote whose role writes that word: that
    person (the cue's own reading, a person first written there, gives way); else None."""
    words = (q.subject_name or "").split()
    if speaker is not None and speaker.name == q.subject_name and speaker.role and 0 <= speaker.first < q.start:
        # the person introduced before was renamed after the cue's longer reading: their name again
        role_words = {w.strip("(),.").lower() for w in speaker.role.split()}
        for k in range(1, len(words)):
            tail = " ".join(words[k:])
            if tail in speaker.aliases and all(w.lower() in role_words for w in words[:k]):
                speaker.aliases.remove(tail)
                cast.rename(speaker, tail)
                speaker.aliases.remove(q.subject_name)
                return speaker
        return None
    if speaker is not None and (speaker.first < q.end or speaker.registry_id):
        return None  # the cue's name is someone the text introduced
    for k in range(1, len(words)):
        known = cast.by_name(" ".join(words[k:]))
        if known is None or known is speaker or not known.role or not 0 <= known.first < q.start:
            continue
        role_words = {w.strip("(),.").lower() for w in known.role.split()}
        if all(w.lower() in role_words for w in words[:k]):
            return known
    return None


def holder_of_whole_office(q: "Found", cast: "P.Cast", speaker: "P.Known | None") -> "P.Known | None":
    """"jelas Kasi Bidang Kesehatan Hewan." read as an office and the name "Hewan" (no one, or someone first
    written in this cue): the words together are the whole role of one person introduced before the quote
    (an office-only cue repeating it): that person."""
    if not q.subject_role or not q.subject_name:
        return None
    if speaker is not None and (speaker.first < q.end or speaker.registry_id or speaker.name != q.subject_name):
        return None  # the cue's name is someone the text introduced
    whole = " ".join(f"{q.subject_role} {q.subject_name}".split()).lower()
    # (the role may go on with the unit: "Kepala Bidang X Dinas Kesehatan Gresik")
    holders = [p for p in recent_persons(cast, q.start)
               if p.role and f'{" ".join(p.role.split()).lower()} '.startswith(whole + " ") and 0 <= p.first < q.start]
    return holders[0] if len(holders) == 1 else None


def office_before_roleless_name(text: str, q: "Found", cast: "P.Cast") -> "P.Known | None":
    """"tandas Kapolres." after "Kapolres Sumba Barat AKBP FX. Budi Santoso, S.I.K., mengatakan" where the
    people side kept the name but not its role: the one person mentioned before the quote with no role whose
    name the cue's office opens (only capitalized words, ranks and initials between)."""
    office = " ".join((q.subject_role or "").split())
    if not office[:1].isupper() or len(office.split()) > 2:
        return None
    opens = re.compile(r"(?<![\w-])" + re.escape(office) + r"(?:[^\S\n]+[A-Z][\w.\-]*){0,6}[^\S\n]*$")
    found = []
    for p in recent_persons(cast, q.start):
        if p.role or any(o.role and o.role.split()[0] == office.split()[0] for o in cast.persons):
            continue
        i = cast.persons.index(p)
        if any(k == i and s < q.start and opens.search(text, max(0, s - 80), s) for s, _e, k in cast.mentions):
            found.append(p)
    return found[0] if len(found) == 1 else None


# "Kepala desa juga menambahkan, "..."": a sentence whose subject is an office alone (its head capitalized at
# the sentence's start, the rest often in lowercase), an adverb before the verb.
_ADVERBS = frozenset("juga pun kemudian lalu pula turut ikut lantas selanjutnya".split())
# Jobs many people of a text hold ("Petugas juga menambahkan"): no one office's holder.
_MANY_HOLD = frozenset("""petugas pegawai pekerja pemilik guru dokter bidan perawat kader pendamping anggota pengurus
    perwakilan narasumber pembicara pemateri donatur penyumbang atlet peneliti pengamat pakar ahli operator pelatih
    pengajar dosen aktivis pegiat praktisi""".split())
_OFFICE_ALONE = re.compile(r"(?:^|[.!?][^\S\n]+|\n)(?P<office>[A-Z][a-z]+(?:[^\S\n]+[a-z]+){0,2})[^\S\n]*$")


def office_alone(fragment: str) -> str | None:
    """The office a cue-before subject names with no name ("Kepala desa juga"), or None."""
    words = fragment.split()
    while words and words[-1].lower() in _ADVERBS:
        words.pop()
    m = _OFFICE_ALONE.search(" ".join(words)[-60:]) if words else None
    head = m.group("office").split()[0].lower() if m else ""
    if head not in P.ROLE_HEADS or head in _MANY_HOLD:
        return None
    return m.group("office")


def merge_unit_short_forms(cast: P.Cast) -> None:
    """"Kepala Kantor Imigrasi Cilacap, Name" then "Kepala Kanim juga meminta ...": the people side reads the
    unit's short form after the office's head word as a person holding the bare head. Such a "person" is the
    one holder of that head whose unit's first words the word reads as a short form (Kan|tor Im|igrasi), so
    their mentions are that holder's; with two such holders it is one of them, nobody certain (it leaves the
    cast); with none it stays."""
    from .acronyms import alignment_cost

    for gone in [p for p in cast.persons if " " not in p.name and p.role and " " not in p.role.strip()]:
        word, head = gone.name, gone.role.strip().lower()
        if head not in P.ROLE_HEADS or len(word) < 4 or not word[:1].isupper() or word.isupper():
            continue
        holders = []
        for p in cast.persons:
            words = (p.role or "").replace(",", " ").split()
            if p is gone or len(words) < 3 or words[0].lower() != head or not words[1].lower().startswith(word[:2].lower()):
                continue
            for k in range(2, min(5, len(words)) + 1):
                cost = alignment_cost(word, words[1:k])
                if cost is not None and cost <= _OFFICE_SHORT_COST_PER_WORD * (k - 2) and len(word) >= 2 * (k - 1):
                    holders.append(p)
                    break
        if holders:
            cast.merge_into(gone, holders[0] if len(holders) == 1 else None, alias=False)


def office_held(word: str, cast: P.Cast) -> bool:
    """Someone of the cast holds the office `word` names: the role's own words ("Bupati"), the short form the role
    spells out in parentheses ("(Danlanal)"), or a short form read off the role's words as `office_short_form`
    reads it ("Kadinkes")."""
    from .acronyms import alignment_cost
    from .roles import _role_key, _role_matches

    key = _role_key(word)
    for p in cast.persons:
        role = p.role or ""
        if not role:
            continue
        if (key and _role_matches(key, _role_key(role))) or f"({word})" in role:
            return True
        words = _office_for_short_forms(role).replace(",", " ").split()
        if len(word) < 4 or not _is_subsequence(word.lower(), "".join(words[:6]).lower()):
            continue
        for k in range(2, min(6, len(words)) + 1):
            cost = alignment_cost(word, words[:k])
            if cost is not None and cost <= _OFFICE_SHORT_COST_PER_WORD * (k - 1):
                return True
    return False
