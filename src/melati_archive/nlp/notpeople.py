"""Introductions that name no one though their words have a name's shape: the area after a street, an institution's
name after the institution word an office ends with."""
from __future__ import annotations

import bisect
import functools
import re

from .acronymalign import alignment_cost
from .acronymnames import _no_person, opens_with_defined_acronym
from .gazetteer import KNOWN_PLACES
from .headline import is_title_case
from .names import lowercase_words
from .nameless import (
    field_of_a_second_office, named_after_a_cleric, object_of_joined_fields, unit_after_member_word,
)
from .roles import ROLE_HEADS

# "warga Jl Merpati, Sukajadi,": the role ends with a street; the capitalized word after its comma is the area
# (written short, or "Jalan"/"Gang" after where someone lives: "PT Jalan Sejahtera" is a company)
_STREET_END = re.compile(r"(?:(?:^|[^\w])(?:Jl|Jln|Gg)\.?|(?:warga|di|beralamat|tinggal)[^\S\n]+(?:Jalan|Gang))"
                         r"[^\S\n]+[A-Z0-9][\w\-]*(?:[^\S\n]+[A-Z0-9][\w\-]*){0,3}$")

# "Kepala Badan Pangan", "Kepala Dinas Pertanian": an institution word and the one word naming it ("Pangan" no person)
_INSTITUTION_WORDS = frozenset("badan dinas lembaga kantor pusat biro direktorat komisi dewan majelis".split())


# Office heads that must name their unit right after them ("Kepala <unit>", "Kasi <section>"): one capitalized word
# after one of them at the role's end is the unit (an abbreviation the page uses), not a person's one-word name
UNIT_NAMING_HEADS = frozenset("kepala kasi kasie kabid kabag kasubbag kasubag kasubbid kasubid kasubsi kasubdit kanit "
                               "kaur kasat".split())


# Courts and prosecutors named by their seat ("Kejaksaan Negeri <place>", "Pengadilan Agama <place>"): the one word
# after them is the place; their head is written before the seat ("Kepala Kejaksaan Negeri <place> <name>")
_SEATED_BODIES = frozenset({("kejaksaan", "negeri"), ("kejaksaan", "tinggi"), ("pengadilan", "negeri"),
                            ("pengadilan", "tinggi"), ("pengadilan", "agama"), ("pengadilan", "militer")})


# (the capital first, its lookbehind after it: re skips to capitals instead of trying the lookbehind at every offset)
_AREA_AFTER = re.compile(r"([A-Z](?<![\w\-][A-Z])[A-Za-z]{2,})[^\S\n]+(?:Kabupaten|Kota|Provinsi|Kecamatan|Kab\.|Kec\.)[^\S\n]+[A-Z]")


# A campaign team's words: the pair of candidates written after its office ("Ketua Tim Pemenangan Andi-Budi") names
# the team, and the office's holder is someone else
_CAMPAIGN_WORDS = frozenset("kampanye pemenangan tkn tkd bpn timses relawan pendukung".split())
_PAIR_AT = re.compile(r"[A-Z][\w'’]*-[A-Z]")


@functools.lru_cache(maxsize=4)  # one scan per text, asked once per one-word introduction
def _words_before_an_area(text: str) -> frozenset[str]:
    return frozenset(m.group(1) for m in _AREA_AFTER.finditer(text))


def names_no_one(text: str, name: str, role: str | None, start: int) -> bool:
    """True when the introduced `name` (at `start`) with `role` is a place or an institution's name, not a person."""
    if _only_in_title_lines(text, name, role, start):
        return True  # "Bupati Lembah Mengeluh ke Menteri, Petani Menangis Minta Pupuk": a headline's capitals
    if opens_with_defined_acronym(text, name) if " " in name else _defined_short_form(text, name):
        return True  # "Damkar Klungkung", "Damkar": a unit the text names by the short form it defines
    if _every_word_a_defined_short_form(text, name):
        return True  # "Komandan Satrol Lantamal": two units the text defines in brackets, "(Satrol)", "(Lantamal)"
    if text[max(0, start - 3):start].rstrip().endswith("/"):
        return True  # "Kodim 1202/ Sambas, anggota Satgas": the unit's place after its number and slash
    if " " not in name and name in _words_before_an_area(text):
        return True  # "Ketua Apdesi Kabupaten Bandung Barat" (anywhere in the text): a body's name and its area
    if not role:
        return False
    if (unit_after_member_word(text, name, role, start) or field_of_a_second_office(name, role)
            or named_after_a_cleric(text, role, start) or object_of_joined_fields(role)):
        return True  # "Petugas Kesling", "Direktur Umum dan Direktur Teknik", "Pondok Pesantren Kiai Marwan"
    if _PAIR_AT.match(text, start) and any(w.strip("()").lower() in _CAMPAIGN_WORDS for w in role.split()):
        return True  # "Wakil Ketua Tim Kampanye Andi-Budi": the pair the team campaigns for, not the office's holder
    if _STREET_END.search(role):
        return True
    words = role.split()
    if " " not in name and len(words) >= 2 and (words[-2].lower(), words[-1].lower()) in _SEATED_BODIES:
        return True  # "Tim Jaksa Cabang Kejaksaan Negeri Lembahraya di ...": a court's or prosecutor's seat, a place
    if " " not in name and words[-1].lower() in UNIT_NAMING_HEADS:
        return True  # "Kepala Kandisdik juga meminta", "didampingi Kasubbag TU & Kasi Pendma.": the unit, no one
    # only right after the head ("Kepala Badan"): "... Dinas Sosial Jakarta Pusat Nurlaela" ends with a place's word
    # ("Kepala Badan Kesbangpol Sukamaju": the body's short name and its place, two capitalized words; a third may
    # be a name after a misspelt body: "Kepala Kantor Kemenang <First> <Last>")
    if len(words) < 2 or words[-1].lower() not in _INSTITUTION_WORDS or words[-2].lower() not in ROLE_HEADS:
        return False
    right_after = text[max(0, start - len(words[-1]) - 3):start].rstrip().endswith(" " + words[-1])
    return " " not in name or (name.count(" ") == 1 and right_after)


def place_moved_to_role(text: str, start: int, name: str, role: str | None) -> tuple[int, str, str | None]:
    """"Kasi Haji Kemenag Madina Irfansyah" where the text defines "Mandailing Natal (Madina)": a name of two words
    or more opening with a short form the text defines is that place's, the office's last word; the rest is the
    name. Else (start, name, role) unchanged."""
    words = name.split()
    if len(words) < 2 or not role or not _defined_short_form(text, words[0], places_only=True):
        return start, name, role
    rest = name[len(words[0]):].lstrip()
    return start + len(name) - len(rest), rest, role + " " + words[0]


def _defined_short_form(text: str, word: str, places_only: bool = False) -> bool:
    """"Pemadam Kebakaran (Damkar) ... Petugas Damkar Klungkung": the name's first word is a short form the text
    defines in brackets after the words it shortens, an organisation's ("Damkar Klungkung" is its local unit)."""
    if len(word) < 3 or not word[:1].isupper():
        return False
    for at in _bracketed_words(text).get(word, ()):
        before = text[max(0, at - 60):at].split()[-4:]
        for k in range(len(before)):
            if alignment_cost(word, before[k:]) is not None and (
                    not places_only or " ".join(before[k:]).lower() in KNOWN_PLACES):
                return True  # (a place's short form only where the words it shortens are a known place)
    return False


_BRACKETED = re.compile(r"\((?P<w>[A-Z][A-Za-z]{2,15})\)")


@functools.lru_cache(maxsize=4)  # asked once per introduction of the same text: one scan of it
def _bracketed_words(text: str) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for m in _BRACKETED.finditer(text):
        out.setdefault(m.group("w"), []).append(m.start())
    return out


_CAP_WORD = re.compile(r"[A-Z][\w\-]*")


def _every_word_a_defined_short_form(text: str, name: str) -> bool:
    """Each word of a name of two or more stands in brackets elsewhere right after capitalized words that are no
    person's name ("Satuan Kapal Patroli (Satrol)", "Pangkalan Utama TNI AL (Lantamal)"), however it was shortened."""
    words = name.split()
    if len(words) < 2:
        return False
    brackets = _bracketed_words(text)
    for word in words:
        if not any(_no_person_before(text, at) for at in brackets.get(word, ())):
            return False
    return True


def _no_person_before(text: str, at: int) -> bool:
    before = text[max(0, at - 60):at].split()[-4:]
    while before and not _CAP_WORD.fullmatch(before[0]):
        before = before[1:]
    return len(before) >= 2 and all(_CAP_WORD.fullmatch(w) for w in before) and _no_person(text, before)


@functools.lru_cache(maxsize=4)  # asked once per introduction of the same text: one scan of its lines
def _title_line_starts(text: str) -> tuple[list[int], list[bool]]:
    """Where each line of `text` starts, and whether it is a headline line (_title_line)."""
    starts, titles, at = [], [], 0
    for line in text.split("\n"):
        starts.append(at)
        titles.append(_title_line(line.strip()))
        at += len(line) + 1
    return starts, titles


def _in_title_line(text: str, at: int) -> bool:
    starts, titles = _title_line_starts(text)
    return titles[bisect.bisect_right(starts, at) - 1]


def _title_line(line: str) -> bool:
    """A headline (the page's own, a related article's): seven words or more and 250 characters or fewer, Title Case,
    no full stop or quote."""
    return (len(line) <= 250 and not line.endswith(".") and '"' not in line and "\u201c" not in line and len(line.split()) >= 7
            and is_title_case(line))


@functools.lru_cache(maxsize=4)
def _lowercase_words(text: str) -> frozenset[str]:
    return lowercase_words(text)


_VERB_SHAPE = re.compile(r"(?:Me(?:ng|ny|n|m)|Ber|Di|Ter)[a-z]{4,}$")


# Auxiliaries and sentence adverbs a headline capitalizes; never a word of an office or of a name
_HEADLINE_VERBS = frozenset("bisa akan harus ingin mau siap minta yakin sudah telah masih jadi dapat agar juga lagi "
                            "kini tak tidak belum usai jelang sempat segera".split())


def _reads_as_words(text: str, name: str, role: str | None) -> bool:
    """A word of the "name" the text also writes in lowercase or shaped like a verb ("Menangis", "Dibuka"), or an
    auxiliary read into the office ("Bupati Lembah Sarinah Yakin Bisa Jadi ...")."""
    lower = _lowercase_words(text)
    return (any(w.lower() in lower or _VERB_SHAPE.match(w) for w in name.split())
            or any(w.lower() in _HEADLINE_VERBS for w in (role or "").split()))


def _short_line_at(text: str, at: int, most: int = 260) -> str | None:
    """The line holding `at` when it is `most` characters or fewer (a headline's length), else None (no scan of it)."""
    low, high = max(0, at - most), min(len(text), at + most)
    begin, end = text.rfind("\n", low, at), text.find("\n", at, high)
    if (begin == -1 and low > 0) or (end == -1 and high < len(text)):
        return None
    return text[begin + 1:end if end != -1 else len(text)].strip()


def _only_in_title_lines(text: str, name: str, role: str | None, start: int) -> bool:
    """A "name" read in a headline line, where every word is capitalized, and written nowhere else but in headline
    lines: the capitals say nothing of a name there ("Curhat", "Menangis Minta", "Tarik Wisata")."""
    line = _short_line_at(text, start)
    if line is None or not _title_line(line):
        return False  # (the introduction's own line first: most are no headline, and no scan of the rest is needed)
    if not _reads_as_words(text, name, role):
        return False
    at, seen = text.find(name), 0
    while at != -1:
        seen += 1
        if seen > 12 or not _in_title_line(text, at):
            return False  # (written often: a name of the story, and no scan of every copy)
        at = text.find(name, at + len(name))
    return True
