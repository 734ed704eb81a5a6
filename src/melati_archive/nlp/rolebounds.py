"""Role bounds: where the words of an office end and a person's name begins when a role run
holds more than one official ("Kepala X Budi dan Direktur Y", "A sebagai X dan B sebagai Y"), a list
of them, or a unit, field or programme named after someone or something ("Kepala Sentra Terpadu
Kartini", "Kepala Bidang Anggaran", "Program Keluarga Harapan"), and which later writing of an office
is the fuller one; pure text tests used by `intros` and `mentions`."""
from __future__ import annotations

import functools
import re

from .gazetteer import KNOWN_PLACES
from .names import _AFFIXED_NOUN, HONORIFICS, NOT_NAME, clean_name, plausible_name
from .rolesplit import _names_a_unit, split_role_name
from .roles import KIN_WORDS, RANKS, _role_key, office_word
from .scan import offsets_of


# Role words that also name a department ("Koordinator Legal dan Humas PT X"): after "dan" they
# continue the unit, they do not open a second official.
_DEPARTMENTS = frozenset({"humas", "sekretariat", "staf", "staff"})


_DAN = re.compile(r"[^\S\n]+(?:dan|serta)[^\S\n]+(?P<next>[A-Z][\w.]*)")


def _unit_word_moved(text: str, role: str, name: str, shorts=frozenset()) -> tuple[str, str]:
    """"Kepala Sentra Satria Baturraden Darmanto": when the text writes the role's last word and the
    name's first elsewhere without the rest of the name ("Sentra Satria Baturraden di ..."), that
    first word ends the unit's name, not the person's. Not when that word is how the text later
    calls the person (a short form), an honorific, or follows a rank ("Brigjen (Pol) Prasetijo")."""
    words = name.split()
    tail = role.split()[-1:] if role else []
    if len(words) == 1 and tail and words[0] not in shorts and _unit_named_after(text, role, words[0]):
        return f"{role} {words[0]}", ""
    if len(words) < 2 or not tail or not words[0][:1].isupper() or words[0] in shorts or _joins_people(role):
        return role, name
    first, last = words[0].rstrip(".").lower(), tail[0].strip("()").lower()
    if len(words) == 2 and tail[0].startswith("(") and _after_a_head(text, words[0]) == {"name"}:
        # "Kepala Dinas Sosial (Dissos) Tanggamus Zulfadli" where the text writes "Bupati Tanggamus Dewi
        # Handajani": the word stands after an office before someone's name, a place
        return f"{role} {words[0]}", words[1]
    if first in HONORIFICS or first in KIN_WORDS or first in RANKS or last in RANKS or tail[0].startswith("("):
        return role, name
    if "alone" in _after_a_head(text, words[0]):
        return role, name  # "Gubernur Basuki alias Ahok": the office and the person called by that word
    if office_word(last) or last in HONORIFICS or last in KIN_WORDS:
        return role, name
    if _written_without(text, f"{tail[0]} {words[0]}", f" {words[1]}"):
        return f"{role} {words[0]}", " ".join(words[1:])
    return role, name


# Offices a place or a name follows ("Bupati Tanggamus Dewi", "Gubernur Basuki alias ..."), and what
# comes after the word: a capitalized word (a name: the word was the office's place) or not (the word
# was the person's own name).
_HEAD_BEFORE = (r"(?<![\w\-])(?:Bupati|Gubernur|Walikota|Wali[^\S\n]+Kota|Camat|Lurah|Kapolres|Kajari|Sekda|"
                r"Kabupaten|Pemkab|Pemkot)[^\S\n]+")


_HEAD_AT = re.compile(r"(?=[BGWCLKSP])" + _HEAD_BEFORE)  # every match opens so: re skips to those letters
_TOKEN_THEN = re.compile(r"(?P<word>[^\s,;:!?()]+)(?P<next>[^\S\n]+[A-Z]|[^\S\n]+[a-z]|[,.;:!?])?")
_WORD_CHAR = re.compile(r"[\w\-]")


def _after_a_head(text: str, word: str) -> frozenset[str]:
    """How `text` goes on where it writes `word` right after an office: "name" when a capitalized
    word follows, "alone" when a small word or a stop does."""
    return _words_after_heads(text).get(word, frozenset()) if word in text else frozenset()


@functools.lru_cache(maxsize=8)
def _words_after_heads(text: str) -> dict[str, frozenset[str]]:
    """Each word `text` writes right after an office (_HEAD_BEFORE), with how the text goes on after
    it: one scan a text, where a pattern built for each word asked cost a compilation each. A word
    is also every start of a written token that a character other than a letter, digit or hyphen
    ends ("Garut." gives "Garut", followed by a stop)."""
    found: dict[str, set[str]] = {}
    for head in _HEAD_AT.finditer(text):
        m = _TOKEN_THEN.match(text, head.end())
        if m is None:
            continue
        token, nxt = m.group("word"), m.group("next") or ""
        found.setdefault(token, set()).add("name" if nxt.strip()[:1].isupper() else "alone")
        for k in range(1, len(token)):
            if not _WORD_CHAR.match(token, k):
                found.setdefault(token[:k], set()).add("alone")
    return {w: frozenset(v) for w, v in found.items()}


@functools.lru_cache(maxsize=256)
def _written_without(text: str, words: str, rest: str) -> bool:
    """Whether `text` writes `words` somewhere not followed by `rest`. Asked once per pair of
    words and text: a page that repeats one role run asks the same question at every run, and each
    answer reads the whole text."""
    return any(not text.startswith(rest, end) for _at, end in _written_at(text, words))


def _written_at(text: str, words: str):
    """(start, end) of each place `text` writes `words` as whole words."""
    for at in offsets_of(text, words):
        end = at + len(words)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            yield at, end


_UNIT_WORDS = frozenset("balai sentra loka panti terpadu yayasan rumah sekolah pondok pesantren".split())


def _unit_named_after(text: str, role: str, word: str) -> bool:
    """"Kepala Sentra Terpadu Kartini" where the text also writes "di Sentra Terpadu Kartini": a
    unit named after someone (a one-word name after a unit word, written elsewhere after that
    unit word without the role before it) is the unit, not its head."""
    tokens = role.split()
    tail = tokens[-1]
    if not (tail.lower() in _UNIT_WORDS or (tail.isalpha() and tail.isupper() and len(tail) >= 4)):
        return False
    return any(tokens[0] not in text[max(0, at - 40):at] for at, _end in _written_at(text, f"{tail} {word}"))


def _joins_people(role: str) -> bool:
    """"Presiden Jokowi dan Ibu Negara": a "dan" before a role, kin or honorific word joins two
    people, not two fields of one office."""
    for m in _DAN.finditer(role):
        nxt = m.group("next").rstrip(".").lower()
        if office_word(nxt) or nxt in HONORIFICS or nxt in KIN_WORDS:
            return True
    return False


def _opens_an_office(word: str) -> bool:
    """A word after "dan" that starts another official's role, not a department of the same unit
    ("Koordinator Legal dan Humas PT X")."""
    low = word.rstrip(".").lower()
    return low not in _DEPARTMENTS and office_word(low)


def _named_before_dan(role: str):
    """(match of "dan Role...", the name ending the words before it) for each "dan" in `role` that
    follows a name and opens another official's role."""
    for m in _DAN.finditer(role):
        if not _opens_an_office(m.group("next")):
            continue
        split = split_role_name(role[:m.start()])
        if split and plausible_name(clean_name(split[1])):
            yield m, split[1]


def _last_of_a_list(role: str) -> int | None:
    """Where the last role of a list of officials starts ("Kepala X Budi dan Direktur Y" -> the
    offset of "Direktur"), or None when the role names nobody (of two words) before a "dan"."""
    found = None
    for m, name in _named_before_dan(role):
        if len(name.split()) >= 2:
            found = m.start("next")
    return found


_LIST_GOES_ON = re.compile(r"[^\S\n]*(?:,[^\S\n]*(?:serta|dan)?|[^\S\n]+(?:serta|dan))[^\S\n]+(?P<head>[A-Z][\w.]*)")


# The same list with its roles in small letters ("ketua yakni A, sekretaris B, bendahara C"): the next
# item opens with a small role word only when this one does.
_LOWER_LIST_GOES_ON = re.compile(r"[^\S\n]*(?:,[^\S\n]*(?:serta|dan)?|[^\S\n]+(?:serta|dan))[^\S\n]+(?P<head>[a-z]+)(?=[^\S\n]+[A-Z])")


def _comma_list_goes_on(text: str, end: int, role: str) -> bool:
    """"Menteri A Budi, Menteri B Rina, serta Menteri C Agus": what follows "Budi," ends in a
    name of two words and the list goes on with another role word: Rina is introduced, not Budi's
    role."""
    m = (_LOWER_LIST_GOES_ON if role[:1].islower() else _LIST_GOES_ON).match(text, end)
    if m is None:
        return False
    nxt = m.group("head").rstrip(".").lower()
    if not office_word(nxt) and nxt not in ("beranggotakan", "anggotanya"):
        return False
    split = split_role_name(role)
    # a small role word is never a name's, so one word after it is the next official's whole name
    least = 1 if role[:1].islower() else 2
    return bool(split) and len(split[1].split()) >= least and plausible_name(clean_name(split[1]))


# Offices named by the fields they cover ("Kasi Kesiapsiagaan, Operasi, dan Penyelamatan"); after their
# comma a common word, then "dan" and another field, continues the office and names nobody.
_FIELD_OFFICES = frozenset("kasi kasie kabid kabag kasubag kasubbag kasubid kepala direktur deputi asisten".split())
_FIELDS_GO_ON = re.compile(r"[^\S\n]*,?[^\S\n]+(?:dan|serta)[^\S\n]+(?P<next>[A-Z][a-z]+|[A-Z]{2,6}(?![\w\-]))")


def _field_of_an_office(text: str, end: int, role: str, name: str) -> bool:
    """"Kasi Kesiapsiagaan, Operasi, dan Penyelamatan Damkar": the one word after the comma is the
    office's next field, not its holder."""
    words = [w.rstrip(".").lower() for w in role.split()]
    while len(words) > 1 and words[0] in ("plt", "plh", "pj", "pelaksana", "tugas", "wakil"):
        words.pop(0)  # "Plt Kepala Dinas A, B dan C": the office after its acting holder's qualifier
    if " " in name or words[0] not in _FIELD_OFFICES:
        return False
    m = _FIELDS_GO_ON.match(text, end)
    nxt = m.group("next").lower() if m else ""
    if not nxt or office_word(nxt):
        return False
    from .analysis import root_words  # PySastrawi's dictionary, loaded once
    # both words are fields: common words ("Operasi"), the one after "dan" also a noun made with an affix
    # ("Penyelamatan"); "Kasi Umum, Budi, dan Rina Marlina" lists people
    # ("Pertanian, Pangan dan UMKM": a field written as its acronym)
    return name.lower() in root_words() and (nxt in root_words() or bool(_AFFIXED_NOUN.match(nxt)) or m.group("next").isupper())


def _next_of_a_list(role: str) -> bool:
    """Whether what follows "Name," is the next official of a list, not Name's role: the words end
    in a name before "dan" and another role word follows ("Kepala Dinas Kominfo Nurhayati dan
    Kabag Humas Hari Nugroho")."""
    return any(True for _ in _named_before_dan(role))


_LIST_BEFORE = re.compile(r",[^\S\n]*$")
_LIST_AFTER = re.compile(r"[^\S\n]*,?[^\S\n]*(?:dan|serta|atau)\b")


def _inside_an_enumeration(text: str, start: int, end: int, role: str, name: str) -> bool:
    """"unsur desa, dinas, Babinsa, Tagana, dan warga": a bare role word and one more word, inside a
    comma list that goes on with "dan", are two items of the list, not a role and its holder."""
    return (" " not in role and " " not in name and bool(_LIST_BEFORE.search(text, max(0, start - 3), start))
            and bool(_LIST_AFTER.match(text, end)))


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[^\S\n]*$")


def _word_before(text: str, pos: int) -> list[str]:
    """The word right before `pos` on its line, as a one-item list (none: empty)."""
    m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    return [m.group(1)] if m else []


_NEXT_NAMED_ROLE = re.compile(r"[^\S\n]+(?:dan|serta)[^\S\n]+(?:[A-Z][\w.'\-]*[^\S\n]+){1,5}(?:selaku|sebagai)[^\S\n]")


def next_named_role(role: str) -> int | None:
    """Where a second "X sebagai Role" joined by "dan" starts inside a role read after "sebagai"
    ("Kepala Dinas Pendidikan dan Maria Ulfa sebagai Kepala Dinas Kesehatan" -> the offset of the
    " dan"): the first role ends there; the second is read on its own, as a person when X is a name
    ("ketua dan Sekretaris Desa sebagai bendahara" ends the first role too, and names no one)."""
    m = _NEXT_NAMED_ROLE.search(role)
    return m.start() if m else None


def _unit_named_before(before: list[str], split: tuple[str, str] | None) -> tuple[str, str] | None:
    """"Kepala Desa Cikahuripan Dede Supriatna dan Sekretaris Desa Asep Saepulloh": the village was named
    with the first official; another office of the same unit word right after it names no place again,
    so the word after "Desa" opens the second official's name (not when the office is the same one:
    "Kepala Desa A Dede dan Kepala Desa B Asep" are two villages)."""
    if split is None or " " in split[1]:
        return split
    words = split[0].split()
    if len(words) < 3 or words[-2].lower() not in _SHARED_UNITS:
        return split
    unit, head = words[-2], " ".join(words[:-2])
    for role in before:
        r = role.split()
        if unit in r[1:-1] and " ".join(r[:r.index(unit)]) != head and r[r.index(unit) + 1] != words[-1]:
            return " ".join(words[:-1]), f"{words[-1]} {split[1]}"
    return split


_SHARED_UNITS = frozenset("desa kelurahan kecamatan dusun kampung nagari gampong".split())


_OFFICE_LINKS = frozenset("dan dari di untuk pada".split())


def written_out(short: str, role: str) -> bool:
    """"Kadinsos Banten" then "Kepala Dinas Sosial Provinsi Banten": the same office written out in more
    words later; the fuller one is the person's role (only words of an office: no clause, "dua periode", no
    name or second person, "Presiden Jokowi dan Ibu Negara")."""
    have, new = _role_key(short).split(), _role_key(role).split()
    words = role.split()
    return (len(words) > len(short.split()) and len(new) > len(have) and set(have) <= set(new)
            and words[-1].lower() not in _OFFICE_LINKS and not _joins_people(role)
            and all(w[:1].isupper() or w.startswith("(") or w in _OFFICE_LINKS for w in words)
            and all(w in short.split() or _office_word(w) for w in words))


def _office_word(word: str) -> bool:
    """A word a written-out office may add: a role or unit word, a field noun, a place, an acronym, a short
    form in brackets; not a name's word."""
    low = word.strip("().,").lower()
    return (office_word(low) or low in NOT_NAME or low in _OFFICE_LINKS or low in KNOWN_PLACES
            or bool(_AFFIXED_NOUN.match(low)) or word.strip("().").isupper() or word.startswith("("))


def _field_of_a_unit(raw: str, name: str) -> bool:
    """"Kepala Bidang Anggaran sebagai ...": one word after a unit word is the unit's field or name."""
    words = clean_name(raw).split()
    return " " not in name and len(words) > 1 and _names_a_unit(words[:-1])


_PLACE_FIRST_HEADS = frozenset("camat lurah kades".split())


def _programme_word(split: tuple[str, str]) -> bool:
    """One word after a role naming a programme that is an Indonesian word (or one with its affixes)."""
    if "Program" not in split[0].split():
        return False
    from .stemming import root_words, stem  # PySastrawi's dictionary, loaded once

    word = split[1].lower()
    return word in root_words() or stem(word) in root_words()
