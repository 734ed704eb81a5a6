"""Mentions: the people of one text (introductions, nicknames, unnamed and initials-only people,
speakers of cues) and every later mention of them by name, short form or role word; builds the `Cast`."""
from __future__ import annotations

import bisect
import datetime as dt
import re

from .notpeople import names_no_one, place_moved_to_role
from .nameless import first_office_bodies, institution_role
from .rolearound import office_prefix
from ..model import Person
from .roles import RANKS, ROLE_ALIASES, ROLE_HEADS, _ROLE_HEAD_RE, _SOLE_ROLES, _role_key, office_word
from .names import (
    CALENDAR_WORDS,
    HONORIFICS,
    _AFFIXED_NOUN,
    _token_ok,
    clean_name,
    lowercase_words,
    plausible_name,
)
from .nameforms import (
    _same_person,
    _short_form_of,
    _spelling_variant,
    default_aliases,
    name_tokens,
    unglued_titles,
)
from .coref import Cast, Known, _expand_full_name, several_fuller_forms
from .subjects import mark_speaker_like
from .castmerge import merge_known_aliases, merge_same_role
from .intros import _NAME_AFTER_COMMA, introductions, role_heads
from .rolebounds import written_out
from .scan import matches_at
from .gazetteer import KNOWN_PLACES, PROVINCE_PATTERN
from .acronymalign import alignment_cost
from .rolesplit import _SECTION_HEADS, _TERRITORIAL_HEADS
from .nicknames import (  # noqa: F401 - people.py reads the patterns here
    _DISAPA, _KW_DISAPA, _KW_PAREN, _PAREN_ALIAS, _add_nicknames, _owner_of,
)


def find_people(
    text: str,
    *,
    registry: list[Person] | None = None,
    day: dt.date | None = None,
    extra_names: list[tuple[int, int, str, str | None]] = (),
) -> Cast:
    """All people introduced in `text` (normalized) and every later mention of them.

    `extra_names` are (start, end, written name, role or None) the quote finder saw as speakers."""
    text = unglued_titles(text)  # (same length: every offset stays)
    heads = role_heads(text)
    people = _People()
    intros = sorted(introductions(text, heads, registry))
    bodies = first_office_bodies(text, intros)
    for start, end, name, role in intros:
        start, name, role = place_moved_to_role(text, start, name, role)
        if (start in bodies or _common_words_name(text, name, role) or _named_after_someone(text, start, role)
                or _holiday(text, start, name)
                or _acronym_follows(text, end, name) or _office_short_form_follows(text, start, end, role)
                or _ends_a_place(text, name, start) or names_no_one(text, name, role, start)
                or _in_a_cut_headline(text, start)):
            continue
        role = institution_role(text, start, office_prefix(text, start, role))
        people.add(name, _role_as_listed(role), start, end, initials=_letters_only(name))
    _add_nicknames(text, people)
    _add_unnamed(text, people)
    merge_same_role(people.persons, people.mentions)
    merge_known_aliases(people.persons, people.mentions)
    cast = Cast(persons=people.persons, mentions=people.mentions, registry=registry or [], day=day)
    _add_speakers(text, cast, people, extra_names)
    _scan_mentions(text, cast)
    _scan_role_mentions(text, cast, heads)
    mark_speaker_like(text, cast)
    return cast


_CONNECTORS = frozenset({"dan", "serta", "&"})


def _letters_only(name: str) -> bool:
    """"Srw (72)", "Ab (57)": a name cut to its first letters (a suspect's, a resident's kept private), no vowel after
    the first letter: initials, not a name to list."""
    return " " not in name and len(name) <= 3 and not any(c in "aiueoy" for c in name[1:].lower())


_ACRONYM_AFTER = re.compile(r"[^\S\n]*\((?P<a>[A-Z](?:[A-Z]{1,9}|[A-Z][a-z]))\)")


_HEAD_IN_BRACKETS = re.compile(r"[^\S\n]*\((?P<head>[A-Z][a-z]+)[^\S\n]+[A-Z][A-Za-z]{1,10}\)")


def _office_short_form_follows(text: str, start: int, end: int, role: str | None) -> bool:
    """"Direktur Rehabilitasi Sosial Korban Penyalahgunaan Napza (Direktur RSKPN)": the office's own short form in
    brackets, opened by the head word the role opens with, follows the "name" the role run ends with: it was the
    office's last word ("Name (Juru Mudi)" reads its role from the brackets: a person)."""
    m = _HEAD_IN_BRACKETS.match(text, end, end + 30) if role else None
    return (m is not None and m.group("head").lower() == role.split()[0].lower()
            and text[:start].rstrip().endswith(role.split()[-1]))


def _acronym_follows(text: str, end: int, name: str) -> bool:
    """"Kader Siaga Bencana (KASIBA), ...": a "name" followed by an acronym in brackets that is not its
    initials is an organisation written out; a person's initials end the acronym ("Ahmad Yasin Rahman
    (AYR)", "Kang Dedi Mulyadi (KDM)")."""
    m = _ACRONYM_AFTER.match(text, end, end + 14)
    if m is None:
        return False
    if m.group("a").upper().endswith("".join(w[0] for w in name.split()).upper()):
        return _initials_reach_back(text, end - len(name), name, m.group("a").upper())
    # read off the name's words, or with the words before it ("Kader" in KASIBA); a party after a member's
    # name ("Name (PKS)") is read off nothing there
    before = text[max(0, end - len(name) - 40):end - len(name)].split()[-2:]
    words = name.split()
    return any(alignment_cost(m.group("a"), before[k:] + words) is not None for k in range(len(before) + 1))


def _initials_reach_back(text: str, start: int, name: str, acronym: str) -> bool:
    """"Madrasah Aliyah (MA)", "Partai Keadilan Sejahtera (PKS)": the acronym ends with the "name"'s initials and
    its first letters are the initials of the capitalised words right before it, none of them an honorific: the
    "name" was an institution's last word ("Kang Dedi Mulyadi (KDM)" is a person's own initials)."""
    extra = len(acronym) - len(name.split())
    before = text[max(0, start - 60):start].split()[-extra:] if extra > 0 else []
    return (extra > 0 and len(before) == extra and all(w[:1].isupper() and w.isalpha() for w in before)
            and "".join(w[0] for w in before).upper() == acronym[:extra]
            and not any(w.lower() in HONORIFICS or w.lower() in RANKS for w in before))


# "salah seorang penerima manfaat": which one of a group someone is, not part of their role.
_ONE_OF = re.compile(r"(?:[Ss]alah[^\S\n]+(?:satu|seorang)(?:[^\S\n]+dari)?[^\S\n]+(?=[A-Za-z])|[Ss]eorang[^\S\n]+(?=[a-z]))")


def _role_as_listed(role: str | None) -> str | None:
    """An introduction's role as a person's role: without "salah seorang" before the group, nor the
    police or military rank the run ended with ("Kapolres Garut AKBP" -> "Kapolres Garut")."""
    if not role:
        return None
    role = role.strip()
    role = role[_ONE_OF.match(role).end():] if _ONE_OF.match(role) else role
    words = role.split()
    # "Ketua Persatuan Purnawirawan Polri": a body of retired officers, named by the words ranks are made of
    body = any(w.lower() in _BODIES_OF for w in words[:-1]) and any(w.lower() == "purnawirawan" for w in words)
    while len(words) > 1 and not body and _rank_word(words, len(words) - 1):
        words.pop()
    if len(words) == 1 and _rank_word(words, 0):
        return role  # "Letnan Kolonel": the rank is all the text says
    return " ".join(words)


_BODIES_OF = frozenset("persatuan ikatan paguyuban himpunan forum keluarga asosiasi legiun perkumpulan".split())


# Rank words that are also ordinary qualifiers ("Penyuluh Ahli Muda", "Komisaris Utama"): a rank
# only right after another rank word ("Komisaris Besar", "Laksamana Madya").
_SOFT_RANKS = frozenset("besar madya muda pertama satu dua kepala".split())
_AFTER_RANK = frozenset("pol polri tni mar purn".split()  # "Jenderal (Pol)", "Mayor Jenderal TNI", "(Purn)"
                        # the service spelled out and a navy officer's corps letter: "Brigjen Polisi", "Letkol Laut (P)"
                        + "polisi laut udara marinir p e t k".split())


def _rank_word(words: list[str], k: int) -> bool:
    w = words[k].strip("().,").lower()
    before = words[k - 1].strip("().,").lower() if k > 0 else ""
    if w in _AFTER_RANK:
        return before in RANKS or before in _AFTER_RANK
    if w in _SOFT_RANKS:
        return before in RANKS and (before not in _SOFT_RANKS
                                    or (k > 1 and words[k - 2].strip("().,").lower() in RANKS))
    return w in RANKS


_HOLIDAY_BEFORE = re.compile(r"(?<![\w\-])(?:Idul|Idhul|Iedul|Hari[^\S\n]+Raya)[^\S\n]+$")


def _holiday(text: str, start: int, name: str) -> bool:
    """"Idul Fitri", "Hari Raya Idul Adha": a holiday, not a person ("Fitri" is a given name too)."""
    return any(w in ("Idul", "Idhul", "Iedul") for w in name.split()) or bool(_HOLIDAY_BEFORE.search(text, max(0, start - 12), start))


def _common_words_name(text: str, name: str, role: str | None = None) -> bool:
    """Whether an introduced "name" is made of common words: the text also writes every word of it
    in lowercase ("Kepala Keluarga" beside "setiap keluarga", "Protokol Pers" beside "protokol
    pers"), or it is one word ending a role joined by "dan" (the second of two fields, "Menteri
    Riset dan Teknologi"). A given name ("Teguh", "Hasan") is rarely written in lowercase in the
    same text."""
    words = name.split()
    if len(words) == 1 and role and role.split() and role.split()[-1].lower() in _CONNECTORS:
        return True
    lower = lowercase_words(text)
    return bool(words) and all(w.lower() in lower for w in words)


# Offices an official's spouse holds by virtue of the marriage (the family welfare movement, the
# civil servants' and the police's and army's wives' associations): a wife named after her husband
# ("Ketua TP PKK Garut Rina Hasan" beside "Bupati Hasan") is another person.
_SPOUSE_OFFICE = re.compile(r"\b(?:PKK|Dharma[^\S\n]+Wanita|Bhayangkari|Persit|Jalasenastri|Pia[^\S\n]+Ardhya|"
                            r"Dekranasda|GOW|IIDI|Ikatan[^\S\n]+Istri)\b")


def _spouse_office(role: str) -> bool:
    return bool(_SPOUSE_OFFICE.search(role))


class _People:
    """The persons of one text as they are found, and their mentions (start, end, index)."""

    def __init__(self) -> None:
        self.persons: list[Known] = []
        self.mentions: list[tuple[int, int, int]] = []

    def add(self, name: str, role: str | None, start: int, end: int, initials: bool = False) -> Known:
        """A mention of `name`: the person already found under this name or a form of it, else a new one."""
        persons, mentions = self.persons, self.mentions
        for i, p in enumerate(persons):
            if p.initials_only or initials:
                if p.name == name and p.initials_only == initials:
                    mentions.append((start, end, i))
                    return p
                continue
            if _spelling_variant(p.name, name):
                # "Syam Wuriyani" where "Syam Wuryani" was introduced: one person, the spelling
                # written with the role stays canonical.
                if role and not p.role:
                    p.role = role
                    p.aliases.append(p.name)
                    p.name = name
                else:
                    if role and p.role and (written_out(p.role, role) or role.startswith(p.role + " ")):
                        p.role = role  # "Wakil Bupati" then "Wakil Bupati Waykanan": the fuller office
                    if name not in p.aliases:
                        p.aliases.append(name)
                mentions.append((start, end, i))
                return p
            if p.name == name or _same_person(p.name, name) or _short_form_of(name, p.name) or _short_form_of(p.name, name):
                if p.name != name and role and p.role and _spouse_office(role) != _spouse_office(p.role):
                    continue  # "Bupati X Hasan" and "Ketua TP PKK X Rina Hasan": the official and the spouse
                if role and (not p.role or written_out(p.role, role)):
                    p.role = role
                longer = len(name.split()) > len(p.name.split())
                prefix_form = name.split()[: len(p.name.split())] == p.name.split()
                suffix_form = name.split()[-len(p.name.split()):] == p.name.split()
                # ("Mensos Risma" in a headline, then "Menteri Sosial Tri Rismaharini": the full name the role introduces)
                if longer and (prefix_form or suffix_form or (role and p.role and _role_key(role) == _role_key(p.role))):
                    p.aliases.append(p.name)
                    p.name = name
                elif name != p.name and name not in p.aliases:
                    p.aliases.append(name)
                p.first = min(p.first, start)
                mentions.append((start, end, i))
                return p
        p = Known(name=name, role=role, first=start, initials_only=initials)
        persons.append(p)
        mentions.append((start, end, len(persons) - 1))
        return p


# "seorang nelayan bernama X": named (not "seorang pengusaha memiliki toko bernama X")
_NAMED_BERNAMA = re.compile(r"[^\S\n]*(?:(?!me|di|ter|ber(?!usia|umur))[a-z]+[^\S\n]+){0,4}?bernama[^\S\n]+[A-Z]")


def _add_unnamed(text: str, people: _People) -> None:
    """People the text does not name: a described one ("Salah satu ibu, yang meminta namanya tidak
    disebut,") and initials-only ones ("AD (12)", "Ibu "K""), so a later "tutur dia" is theirs and
    never falls to the last named person."""
    for m in matches_at(_ANONYMOUS, text, [k.start() for k in _ANONYMOUS_AT.finditer(text)]):
        if not _NAME_AFTER_COMMA.match(text, m.end()) and not _NAMED_BERNAMA.match(text, m.end()):
            people.add(" ".join(m.group("desc").split()).lower(), None, m.start("desc"), m.end(), initials=True)
    for m in (_INITIALS.finditer(text) if _MAYBE_INITIALS.search(text) and _INITIALS_NEED.search(text) else ()):
        initials = m.group("q") or m.group("i")
        if initials and initials.rstrip(".").upper() == initials.rstrip("."):
            label = initials if not m.group("hon") else f"{m.group('hon')} {initials}"
            people.add(label, None, m.start(), m.end(), initials=True)


def _add_speakers(text: str, cast: Cast, people: _People, extra_names) -> None:
    """Speakers the quote finder saw in cues: a known person (role added when missing), else a new
    person under the fullest form the text wrote earlier (never a one-word common word)."""
    for start, end, written, role in sorted(extra_names, key=lambda x: (x[0], x[1], x[2])):
        if _inside_anothers_role(text, start, written, extra_names):
            continue  # "ujar Kadispenum Puspen TNI Kolonel Name": "Puspen" is the office's unit, in Name's role
        name = clean_name(written)
        if role:  # "ujar warga bernama Name": the group the speaker is one of, without the word that names him
            role = _NAMED_WORD_END.sub("", role) or None
        if not name:
            continue
        known = (cast.resolve(name, at=start) or _glued_heading(text, name, start, cast)
                 or _introduced_at(cast, start, end) or _named_after_comma(text, cast, end))
        if known is not None:
            if role and not known.role:
                known.role = role
            continue
        if (plausible_name(name) and not _ends_an_office_name(text, name, start) and not _ends_a_place(text, name, start)
                and not _names_a_section(text, name, start) and not _holiday(text, start, name)
                and not names_no_one(text, name, role, start)):
            full = _expand_full_name(text, name, start)
            if _common_words_name(text, full) or (full == name and several_fuller_forms(text, name, start)):
                continue  # "Abdul Rahman dan Abdul Karim ... kata Abdul": which one is not known
            people.add(full, role, start, end)



def _in_a_cut_headline(text: str, start: int) -> bool:
    """"Petugas Sudin SDA Rampungkan Pembuatan Sumur Resap..": a related article's headline cut short by the page,
    a line of a few words ending in ".." with no comma: its capitalized words name no one."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end != -1 else len(text)].rstrip()
    return (_cut_line(line) and "," not in line and '"' not in line and len(line.split()) <= 16
            and sum(_cut_line(other.rstrip()) for other in text.split("\n")) >= 2)  # a list of them, not a typo


def _cut_line(line: str) -> bool:
    return line.endswith(("..", "\u2026")) and not line.endswith("...")


def _inside_anothers_role(text: str, start: int, written: str, extra_names) -> bool:
    """A one-word speaker written inside the office that another speaker of the same cue holds."""
    if " " in written:
        return False
    for s0, _e0, _w0, role in extra_names:
        if role and start < s0 and written in role.split() and text[start:s0].startswith(written) and s0 - start <= len(role) + 2:
            return True
    return False


_WORD_BEFORE = re.compile(r"(?P<w>[A-Z][a-z]+)[^\S\n]+$")
_NAMED_WORD_END = re.compile(r"[^\S\n]*\b(?:yang[^\S\n]+)?(?:bernama|berinisial)$")


def _ends_an_office_name(text: str, name: str, start: int) -> bool:
    """"Menurut Kepala Dinas Ketahanan Pangan, ...": one word after a pe-/ke-...-an noun of an office's
    name is the end of that office's name, not a speaker."""
    m = _WORD_BEFORE.search(text, max(0, start - 20), start) if " " not in name else None
    if m is None:
        return False
    return bool(_AFFIXED_NOUN.match(m.group("w").lower()))  # "Ketahanan", "Pemberdayaan", "Penanggulangan"


_TWO_WORDS_BEFORE = re.compile(r"(?:(?P<w1>[A-Z][a-z]+)[^\S\n]+)?(?P<w2>[A-Z][a-z]+)[^\S\n]+$")


def _names_a_section(text: str, name: str, start: int) -> bool:
    """"Menurut Plh Kasi Pidsus, ...": one word after a section head or a territorial command is the section's or
    the area's name, not a speaker."""
    m = _WORD_BEFORE.search(text, max(0, start - 20), start) if " " not in name else None
    return m is not None and (m.group("w").lower() in _SECTION_HEADS or m.group("w").lower() in _TERRITORIAL_HEADS)


def _ends_a_place(text: str, name: str, start: int) -> bool:
    """"DPRD Kota Musi Rawas menggelar ...": one word that ends a place of two or three words the gazetteer
    knows is that place's, not a speaker."""
    m = _TWO_WORDS_BEFORE.search(text, max(0, start - 30), start) if " " not in name else None
    if m is None:
        return False
    words = [w for w in (m.group("w1"), m.group("w2")) if w]
    return any(" ".join(words[k:] + [name]).lower() in KNOWN_PLACES for k in range(len(words)))




def _named_after_comma(text: str, cast: Cast, end: int) -> Known | None:
    """"kata Lurah Margajaya, Siti Aminah": the words after the cue were the role of the person
    named right after the comma, not a name of their own."""
    # (also past a province typed small: "kata Kepala Kantor Basarnas bali, Name")
    m = re.match(r"(?:[^\S\n]+" + PROVINCE_PATTERN + r")?[^\S\n]*,[^\S\n]*", text[end:end + 12])
    if m is None:
        return None
    at = end + m.end()
    for s0, _e0, i in cast.mentions:
        if s0 == at:
            return cast.persons[i]
    return None


def _introduced_at(cast: Cast, start: int, end: int) -> Known | None:
    """The person introduced on this very span ("Manager Bandara Lombok Nugroho Jati" read as the
    subject "Lombok Nugroho"): the cue's subject is that person, not a new one."""
    for s0, e0, i in cast.mentions:
        if s0 < end and start < e0:
            return cast.persons[i]
    return None


_ANONYMOUS = re.compile(
    r"(?:^|(?<=[.!?\"]\s)|(?<=\n))(?P<desc>(?:[Ss]alah[^\S\n]+(?:satu|seorang)|[Ss]eorang)[^\S\n]+"
    r"(?:ibu|bapak|warga|pedagang|pengunjung|peserta|penerima|orang[^\S\n]+tua|orangtua|pasien|relawan|siswa|siswi|"
    r"mahasiswa|anak|guru|pekerja|korban|pengungsi|nelayan|petani|sopir|pengemudi|karyawan|buruh|pengasuh|"
    r"lansia|pemuda|perempuan|pria|wanita|penghuni|penyandang|pelajar|nenek|kakek)(?:[^\S\n]+[a-z]+){0,2}?)"
    r"(?=[^\S\n]*,|[^\S\n]+(?:yang|me[a-z]+|ber[a-z]+|mengaku)\b)"
)


# Where _ANONYMOUS can start: its first letter, found by a scan that skips to an S or s (the
# pattern's own leading lookbehinds make re try every offset of the text).
_ANONYMOUS_AT = re.compile(r"[Ss](?=alah[^\S\n]+(?:satu|seorang)[^\S\n]|eorang[^\S\n])")


_MAYBE_INITIALS = re.compile(r"\(\d{1,3}|\"[A-Z]{1,3}\.?\"")
# What every _INITIALS match holds (its quoted initials, or the age its lookahead asks for): most
# texts have a "(" and digits (dates), few an age, so the whole-text scan is skipped for them.
_INITIALS_NEED = re.compile(r"\(\d{1,3}(?:[^\S\n]*tahun)?\)|\"[A-Z]{1,3}(?:\.[A-Z])*\.?\"")


# Initials-only people: "AD (12)", "Ibu \"K\"", "Bapak S (45)". Every match opens with a capital
# or a quote mark: the lookahead first lets re skip to those (three times faster over a page)
# where the optional honorific first made it try every offset.
_INITIALS = re.compile(
    r"(?=[\"A-Z])(?:(?P<hon>Bapak|Pak|Ibu|Bu|Nenek|Kakek|Adik|Anak|Saudara|Sdr\.?|Sdri\.?)[^\S\n]+)?"
    r"(?:\"(?P<q>[A-Z]{1,3}(?:\.[A-Z])*\.?)\"|(?P<i>\b[A-Z]{1,3}(?:\.[A-Z])*\.?)(?=[^\S\n]*\(\d{1,3}(?:[^\S\n]*tahun)?\)))"
)


_BARE_ROLE = re.compile(
    r"(?P<role>" + _ROLE_HEAD_RE + r"(?:[^\S\n]+[A-Z][a-z]+){0,2})(?=[^\S\n]+[a-z]|[^\S\n]*[,.;:)\"]|[^\S\n]*$)"
)


_ROLE_CONTINUES = re.compile(r"[^\S\n]+(?:dan|serta|&|untuk|of|and|for)[^\S\n]+[A-Z]")


def _covered(spans: list[tuple[int, int]], pos: int, longest: int) -> bool:
    """Whether one of `spans` (sorted by start, none longer than `longest`) holds `pos`: a bisect
    and the few spans just before, where a scan of all made a long page quadratic."""
    hi = bisect.bisect_right(spans, (pos, 1 << 62))
    lo = bisect.bisect_left(spans, (pos - longest, -1))
    return any(s0 <= pos < e0 for s0, e0 in spans[lo:hi])


def _glued_heading(text: str, name: str, start: int, cast: Cast) -> Known | None:
    """"Dilema Nadia menilai" where the text introduced "Nadia Puspa Ayu": a subheading (or an
    organisation word) written into the sentence before a known person's given name. The first word
    must appear nowhere else in the text and the rest must open exactly one known name."""
    words = name.split()
    if len(words) < 2 or text.count(words[0]) != 1:
        return None
    rest = " ".join(words[1:])
    known = cast.resolve(rest, at=start, fuzzy=False)
    if known is None or known.initials_only or not known.name.startswith(rest + " "):
        return None
    return known


def _scan_role_mentions(text: str, cast: Cast, heads: list[int]) -> None:
    """Role words used alone for their holder ("Kepala Balai berharap", "Ibu Negara melihat"):
    mentions of that person, and the role word becomes one of their aliases."""
    spans = sorted((s0, e0) for s0, e0, _ in cast.mentions)
    longest = max((e0 - s0 for s0, e0 in spans), default=0)
    cache: dict[str, Known | None] = {}
    starts = {s0 for s0, _e in spans}
    for m in matches_at(_BARE_ROLE, text, heads):
        if _covered(spans, m.start(), longest):
            continue
        after = m.end("role")
        if text.count('"', text.rfind("\n", 0, m.start()) + 1, m.start()) % 2:
            continue  # inside a quote: "Matur nuwun, Bu Menteri" addresses someone, it is no mention
        if _ROLE_CONTINUES.match(text, after):
            continue  # "Kepala Pusat Data dan Informasi ...": the head of a longer role, not an alias
        if any(s0 in starts for s0 in range(after + 1, after + 4)):  # (three lookups, not a pass over every start)
            continue  # "Sekretaris Ditjen Rehsos, Yuliana": the role of an introduction
        if text[m.start() - 1:m.start()] == "(" and any(m.start() - 3 <= e0 < m.start() for _s, e0 in spans):
            continue  # "Rahmat Hidayat (Kepala Desa X)": the role of the name before it
        role = m.group("role")
        if role not in cache:
            cache[role] = cast.resolve_role(role, m.start()) if len(role.split()) > 1 or role.lower() in _SOLE_ROLES or role.lower() in ROLE_ALIASES else None
        holder = cache[role]
        if holder is None or holder not in cast.persons:
            continue
        cast.mentions.append((m.start(), m.end("role"), cast.persons.index(holder)))
        if role not in holder.aliases and role != holder.name:
            holder.aliases.append(role)
    cast.mentions.sort()


# Things named after people: a mention right after one is the thing, not the person.
_NAMED_AFTER = re.compile(r"\b(?:(?i:pesawat|kapal|kereta|gedung|jalan|jl\.|stadion|bandara|bandar[^\S\n]+udara|masjid|"
                          r"universitas|lapangan|taman|piala|penghargaan|hadiah|rumah[^\S\n]+sakit)|KRI|KM|RSUD|RSUP|RSU|RSIA|RS|Idul|Idhul|Iedul)(?:[^\S\n]+[A-Z0-9][\w\-]*\d[\w\-]*)?[^\S\n]+$")




def _named_after_someone(text: str, start: int, role: str | None) -> bool:
    """"Jalan Jenderal Sudirman", "Bandara Sultan Hasanuddin": a rank or title and a name after a
    street, airport or building word name that thing, not a person of the story."""
    at = start
    if role:
        found = text.rfind(role, max(0, start - len(role) - 4), start)
        if found < 0:
            return False
        at = found
        if _NAMED_AFTER.search(role + " "):
            return True  # "Manager Aviation Security Bandara Soekarno-Hatta": the run's name is the airport's
    return _NAMED_AFTER.search(text, max(0, at - 40), at) is not None


_TOKEN_AT = re.compile(r"[A-Z](?<!\w[A-Z])[A-Za-z'\-]+(?:[^\S\n]+[A-Z][A-Za-z'\-]+)*")  # capital first: scan.py


def _scan_mentions(text: str, cast: Cast) -> None:
    """Record every later mention of a known person by a full or short form, or by the role word
    they hold in this text ("Presiden", "Mensos"); note the short forms used."""
    forms: dict[str, set[int]] = {}
    for i, p in enumerate(cast.persons):
        if p.initials_only:
            continue
        for form in [p.name] + default_aliases(p.name) + list(p.aliases):
            forms.setdefault(form, set()).add(i)
    for form, owners in forms.items():
        whole = [i for i in owners if cast.persons[i].name == form]
        if len(owners) > 1 and len(whole) == 1:
            forms[form] = set(whole)  # "Hambali" beside his wife "Rina Hambali": the one whose whole name it is
    if not forms:
        return
    seen = sorted((s, e) for s, e, _ in cast.mentions)
    longest = max((e - s for s, e in seen), default=0)
    cache: dict[str, int | None] = {}
    # A form of several words is a mention only when it is one of `forms`: the runs of capitals
    # are joined into such a form only from a word that opens one.
    opens_a_form = {form.split(" ", 1)[0] for form in forms if " " in form}
    # One word's lookup gives the same answer wherever it stands (the first place decides, as
    # `cache` did): asked once per word of the text.
    looked_up: dict[str, set[int] | None] = {}

    def lookup(form: str, at: int) -> set[int] | None:
        if " " not in form and form.lower().replace("'", "") in CALENDAR_WORDS:
            return None  # "setiap Ramadan": the month, even where someone is called Ramadhan
        owners = forms.get(form)
        if owners is not None:
            return owners
        if " " in form or len(form) < 3:
            return None
        low = form.lower()
        if low in ROLE_ALIASES or low in ROLE_HEADS:
            if form not in cache:
                holder = cast.resolve_role(form) if low in ROLE_ALIASES or low in _SOLE_ROLES else None
                cache[form] = cast.persons.index(holder) if holder is not None and holder in cast.persons else None
            return {cache[form]} if cache[form] is not None else None
        if not _token_ok(form) or low in lowercase_words(text):
            return None  # "Hal tersebut": a word the text also writes in lowercase is a common word
        if form not in cache:
            # a word no person, name token or registry entry can stand for: no cast.resolve
            p = None if cast.surely_nobody(form) else cast.resolve(form, at=at, fuzzy=False)
            cache[form] = cast.persons.index(p) if p is not None and p in cast.persons else None
        return {cache[form]} if cache[form] is not None else None

    for m in _TOKEN_AT.finditer(text):
        toks = m.group(0).split()
        if len(toks) == 1:  # most runs: one word, nobody's form (then nothing below happens)
            form = toks[0]
            if not (looked_up[form] if form in looked_up else looked_up.setdefault(form, lookup(form, m.start()))):
                continue
        offsets = []
        pos = m.start()
        for t in toks:
            pos = text.index(t, pos)
            offsets.append(pos)
            pos += len(t)
        j = 0
        while j < len(toks):
            matched = False
            for k in range(min(len(toks), j + 5) if toks[j] in opens_a_form else j + 1, j, -1):
                if k > j + 1:
                    form = " ".join(toks[j:k])
                    owners = forms.get(form)
                else:
                    form = toks[j]
                    owners = looked_up[form] if form in looked_up else looked_up.setdefault(form, lookup(form, offsets[j]))
                if owners and len(toks) > 1 and office_word(form):
                    owners = None  # "Menteri" of "Menteri Sosial ...": part of a role, not a mention
                if owners and len(owners) == 1:
                    i = next(iter(owners))
                    start = offsets[j]
                    end = start + len(form)
                    if _NAMED_AFTER.search(text, max(0, start - 40), start):
                        j = k
                        matched = True
                        break  # "pesawat N219 Nurtanio", "Jalan Sudirman": a thing named after someone
                    if not _covered(seen, start, longest):
                        cast.mentions.append((start, end, i))
                    p = cast.persons[i]
                    if (form != p.name and form not in p.aliases and " ".join(name_tokens(form)) == form
                            and (form.lower() not in ROLE_HEADS or form.lower() in _SOLE_ROLES
                                 or form.lower() in ROLE_ALIASES)):
                        p.aliases.append(form)  # a short form, or the role word the text uses (Mensos)
                    j = k
                    matched = True
                    break
            if not matched:
                j += 1
    cast.mentions.sort()
