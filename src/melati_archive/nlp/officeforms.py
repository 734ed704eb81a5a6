"""Officials whose office is written in a less common way: a minister's fields listed with commas
("Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi Name") or a two-word office with its
second word in lowercase ("Sekretaris daerah Name"), a name in capitals or with a quoted nickname inside it after its role; used by `intros`."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .names import NAME_PATTERN, clean_name, lowercase_words, plausible_name
from .rolesplit import split_role_name
from .roles import _ROLE_WORD, ROLE_ALIASES, ROLE_PHRASE, office_word
from .scan import matches_at, offsets_of, offsets_of_any

if TYPE_CHECKING:
    from .intros import Intro, _Taken


# "Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi Abdul Halim Iskandar": a ministry
# named by a comma list of its fields, closed by "dan", then the name.
_LISTED_FIELDS = re.compile(
    # also a regional office ("Kepala Dinas Perindustrian, Perdagangan dan Koperasi Kota X Name")
    r"(?P<run>(?:(?:Wakil[^\S\n]+)?(?:Menteri|Menko|Wamen)|(?:(?:Pelaksana[^\S\n]+Tugas|Plt\.?|Plh\.?)[^\S\n]+)?"
    # (word runs bounded: unbounded, a page of "Kepala Dinas Kepala Dinas ..." read to its end from every start)
    r"Kepala[^\S\n]+(?:Dinas|Badan))(?:[^\S\n]+[A-Z][a-z]+){1,12}"
    r"(?:,[^\S\n]+[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){0,8}){1,5},?[^\S\n]+dan[^\S\n]+(?:[A-Z][a-z]+|[A-Z]{2,6})"
    # the office's acronym in brackets may follow its fields ("... dan UKM (Dindagkop dan UKM) Kota X Name")
    r"(?:[^\S\n]+[A-Z][\w'\-]*\.?|[^\S\n]+\([A-Z][\w\-]*(?:[^\S\n]+(?:dan|[A-Z][\w\-]*)){0,3}\)){1,6})"
    # the name ends the run: a clause or a stop follows, not the office's acronym in brackets ("... dan Usaha
    # Kecil Menengah (PPKUKM) DKI Jakarta")
    r"(?=[^\S\n]*[,.;:]|[^\S\n]+[a-z]|[^\S\n]*$)"
)


# where each pattern can start: its first words, found with str.find (a scan of every offset tried the
# pattern's alternatives at each of them)
_LISTED_FIELDS_FIRST = ("Wakil", "Menteri", "Menko", "Wamen", "Pelaksana", "Plt", "Plh", "Kepala")
_LISTED_OFFICE_FIRST = ("Plt", "Plh", "Pj", "Kepala", "Sekretaris", "Kabid", "Kasi", "Direktur", "Kabag", "Kasubag",
                        "Kasubbag", "Staf")


def _listed_field_roles(text: str, taken: _Taken) -> list[Intro]:
    """A minister's or a regional office's role whose fields are listed with commas, then the name."""
    out = []
    for m in matches_at(_LISTED_FIELDS, text, offsets_of_any(text, _LISTED_FIELDS_FIRST)) if "Men" in text or "Kepala " in text else ():
        split = split_role_name(m.group("run"))
        if split is None or "," in split[1] or not taken.free(m.start(), m.end()):
            continue
        fields = split[0].split(",")[1:]
        if any(office_word(w) for f in fields for w in f.split()):
            continue  # "Menteri A Name, Menteri B Name2, dan ...": officials listed, not one ministry's fields
        name = clean_name(split[1])
        if plausible_name(name):
            start = m.start() + m.group("run").rfind(split[1])
            out.append((start, start + len(name), name, split[0]))
            taken.take(m.start(), m.end())
    return out


# "Kepala Dinas Ketahanan Pangan, Pertanian dan Perikanan Kota X, Name,": a regional office named by a
# comma list of its fields, closed by "dan", then a comma and the name.
_LISTED_OFFICE_COMMA = re.compile(
    r"(?P<role>(?:(?:Plt|Plh|Pj)\.?[^\S\n]+)?(?:(?:Kepala|Sekretaris|Kabid|Kasi|Direktur)[^\S\n]+(?:Dinas|Badan|Bidang|Seksi)"
    # "Kasi Kesiapsiagaan, Operasi, dan Penyelamatan Damkar Kota X, Name,": a section's head before its fields
    r"|Kasi|Kasie|Kabid|Kabag|Kasubag|Kasubbag"
    # "Staf Ahli Bupati Bidang Pemerintahan, Hukum dan Politik, Name,"
    r"|Staf[^\S\n]+Ahli(?:[^\S\n]+(?:Bupati|Walikota|Wali[^\S\n]+Kota|Gubernur|Menteri))?[^\S\n]+Bidang)"
    r"(?:[^\S\n]+[A-Z][a-z]+){1,12}(?:,[^\S\n]+[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){0,8}){1,5},?[^\S\n]+dan[^\S\n]+(?:[A-Z][a-z]+|[A-Z]{2,6})"
    # (and its acronym in brackets: "... dan Perlindungan Anak (P2KBP3A) Buleleng, Name")
    r"(?:[^\S\n]+[A-Z][\w\-]*|[^\S\n]+\([A-Z][\w\-]*(?:[^\S\n]+(?:dan|[A-Z][\w\-]*)){0,3}\)){0,6}?)[^\S\n]*,[^\S\n]+"
    r"(?P<name>" + NAME_PATTERN + r")(?=[^\S\n]*[,.]|[^\S\n]+[a-z])")


def _listed_office_comma_roles(text: str, taken: _Taken) -> list[Intro]:
    """A regional office whose fields are listed with commas, then its holder after a comma."""
    out = []
    for m in (matches_at(_LISTED_OFFICE_COMMA, text, offsets_of_any(text, _LISTED_OFFICE_FIRST))
              if ", " in text and " dan " in text else ()):
        fields = m.group("role").split(",")[1:]
        if any(office_word(w) for f in fields for w in f.split()):
            continue  # officials listed, not one office's fields
        name = clean_name(m.group("name"))
        start = m.start("name") + m.group("name").find(name)
        if plausible_name(name) and start >= m.start("name") and taken.free(m.start(), m.end()):
            out.append((start, start + len(name), name, " ".join(m.group("role").split())))
            taken.take(m.start(), m.end())
    return out


# "Sekretaris daerah Samsir,": a two-word office with its second word typed in lowercase, then a name.
_TWO_WORD_ROLES = frozenset(v for v in ROLE_ALIASES.values() if len(v.split()) == 2) | {
    # an interim board's head ("Pimpinan sementara DPRD X, Name") and an office's unit word typed small
    # ("Kepala kejaksaan Negeri X, Name", "Kepala dinas Sosial X, Name")
    "pimpinan sementara", "ketua sementara", "kepala kejaksaan", "kepala dinas", "kepala badan", "kepala kantor"}
# (an institution's acronym and number may stand between: "Kepala sekolah SDN 2 Name")
_LOWERED_ROLE = re.compile(r"\b(?P<role>[A-Z][a-z]+[^\S\n]+[a-z]+(?:[^\S\n]+(?:[A-Z]{2,}[A-Z\d]*|\d{1,4})(?![\w.])){0,3})"
                           r"[^\S\n]+(?P<name>" + NAME_PATTERN + r")(?=[^\S\n]*[,.]|[^\S\n]+(?:dan|me[a-z]+|ber[a-z]+)\b)")
# "Kepala sekolah SDN 2 Cibodas, Euis Rohaeti,": the same office and its unit, a comma, the name.
_LOWERED_ROLE_COMMA = re.compile(r"\b(?P<role>[A-Z][a-z]+[^\S\n]+[a-z]+(?:[^\S\n]+" + _ROLE_WORD + r"){0,10})[^\S\n]*,"
                                 r"[^\S\n]+(?P<name>" + NAME_PATTERN + r")(?=[^\S\n]*[,.]|[^\S\n]+[a-z])")


# after a one-word name: its closing comma and a lowercase word, or a verb ("Kepala desa, Sukamaju, Cibodas dan
# Cikole" lists villages)
_CLAUSE_GOES_ON = re.compile(r"[^\S\n]*,[^\S\n]+[a-z]|[^\S\n]+(?:me|ber|di)[a-z]{3,}|[^\S\n]+(?:usai|seusai|saat|ketika)\b")


# "Kasi bantuan sosial, Name SSos memberikan": a section head whose field is typed small, a comma, the name.
_SMALL_FIELD_COMMA = re.compile(
    r"\b(?P<role>(?:Kasi|Kasie|Kabid|Kabag|Kasubag|Kasubbag|Kasubid|Kasubbid)"
    r"(?:[^\S\n]+(?!(?:tersebut|itu|ini|juga|yang|pun|lalu|kemudian|saat|ketika|sudah|telah|akan|dan|di|ke|dari)\b)[a-z]{3,}){1,3}"
    r"(?:[^\S\n]+" + _ROLE_WORD + r"){0,6})[^\S\n]*,[^\S\n]+(?P<name>" + NAME_PATTERN + r")(?=[^\S\n]*[,.]|[^\S\n]+[a-z])")


def _small_field_commas(text: str, heads: list[int], taken: _Taken) -> list[Intro]:
    """A section head, its field in small letters, then its holder's name of two words or more after a comma."""
    out = []
    for m in matches_at(_SMALL_FIELD_COMMA, text, heads) if ", " in text else ():
        role, name = " ".join(m.group("role").split()), clean_name(m.group("name"))
        if " " in name and plausible_name(name) and taken.free(m.start(), m.end()):
            start = m.start("name") + m.group("name").find(name)
            out.append((start, start + len(name), name, role))
            taken.take(m.start(), m.end())
    return out


def _two_word_office(role: str) -> bool:
    return " ".join(role.split()[:2]).lower() in _TWO_WORD_ROLES


def _lowered_role_runs(text: str, heads: list[int], taken: _Taken) -> list[Intro]:
    """"Sekretaris daerah Samsir": a two-word office from a role head, its second word in lowercase."""
    out = _lowered_role_commas(text, heads, taken) + _small_field_commas(text, heads, taken)
    for m in matches_at(_LOWERED_ROLE, text, heads):
        if not _two_word_office(m.group("role")) or not taken.free(m.start(), m.end()):
            continue
        split = split_role_name(f"{m.group('role')} {m.group('name')}")  # "Kepala desa Sukamaju Name"
        name = clean_name(split[1]) if split else ""
        if name and plausible_name(name):
            start = m.end("name") - len(split[1])
            out.append((start, start + len(name), name, split[0]))
            taken.take(m.start(), m.end())
    return out


def _lowered_role_commas(text: str, heads: list[int], taken: _Taken) -> list[Intro]:
    out = []
    for m in matches_at(_LOWERED_ROLE_COMMA, text, heads) if ", " in text else ():
        role, name = " ".join(m.group("role").split()), clean_name(m.group("name"))
        if (_two_word_office(role) and plausible_name(name) and not split_role_name(role)
                and (" " in name or _CLAUSE_GOES_ON.match(text, m.end("name"))) and taken.free(m.start(), m.end())):
            start = m.start("name") + m.group("name").find(name)
            out.append((start, start + len(name), name, role))
            taken.take(m.start(), m.end())
    return out


# "Rahmat Hidayat (Kepala Desa Sukamaju)": the name, then the office in parentheses.
_PAREN_ROLE = re.compile(r"[^\S\n]\((?P<role>[A-Za-z][\w.\-]*(?:[^\S\n]+[\w.\-/&]+){0,12})\)")
_NAME_BEFORE_PAREN = re.compile(r"(?=[A-Zad])(?P<name>" + NAME_PATTERN + r")$")  # (what a name opens with, first: re skips to it)
_WORD_BEFORE = re.compile(r"(?P<w>\S+)[^\S\n]+$")


def _add_intro(out: list[Intro], taken: _Taken, start: int, end: int, name: str, role: str) -> None:
    """The name at `start` with its office, up to `end`, unless that stretch is already read."""
    if taken.free(start, end):
        out.append((start, start + len(name), name, role))
        taken.take(start, end)


def _office_after_run(text: str, m: re.Match) -> tuple[str, re.Match, re.Match | None] | None:
    """For a "(Role)" or "- Role -" match whose role opens with an office word: the role, the
    capitalized run before it on its line, and the word before that run (None at the line's start)."""
    role = " ".join(m.group("role").split())
    first = role.split()[0].rstrip(".").lower()
    if not office_word(first):
        return None
    line = text.rfind("\n", 0, m.start()) + 1
    before = _NAME_BEFORE_PAREN.search(text, max(line, m.start() - 80), m.start())
    if before is None:
        return None
    return role, before, _WORD_BEFORE.search(text, max(line, before.start() - 40), before.start())


def _name_paren_roles(text: str, taken: _Taken) -> list[Intro]:
    """"Name (Kepala Desa X)": a name whose office follows in parentheses. The words before the
    parenthesis are the name when they are a whole name (a lowercase word or a line's start before
    it): "Kantor Desa Sukamaju (Kepala Desa ...)" reads no name."""
    out = []
    # every match has "(" second: matched one character before each (same matches as finditer, which tried every space)
    for m in matches_at(_PAREN_ROLE, text, [at - 1 for at in offsets_of(text, "(") if at]):
        found = _office_after_run(text, m)
        if found is None:
            continue
        role, before, w = found
        written = before.group("name")
        opened = False
        while written.split()[0].lower() in _OPENERS and len(written.split()) > 1:
            written = written.split(None, 1)[1]  # "Hadir Budi Santoso (...)": the sentence's opener
            opened = True
        # the run must start the name: what stands before it is no capitalized word (no office or
        # organisation whose last words would be read as a name)
        if (not opened and w is not None and w.group("w")[:1].isupper() and w.group("w")[-1] not in ",;:)"
                and w.group("w").rstrip(".").lower() not in _OPENERS):
            continue
        name = clean_name(written)
        if not plausible_name(name) or name not in written or not _stands_for_someone(text, before.start(), name, w):
            continue
        _add_intro(out, taken, before.end() - len(written) + written.find(name), m.end(), name, role)
    return out


# Words before a capitalized run that make it an event, a place or a programme, not a person.
_THING_BEFORE = frozenset("di ke dari menuju kawasan wilayah acara kegiatan rangka program festival lomba rapat "
                          "gerakan kampanye gedung aula hotel aplikasi event gelaran ajang pameran".split())


def _stands_for_someone(text: str, start: int, name: str, word_before: re.Match | None) -> bool:
    """Whether a capitalized run before "(Role)" or "- Role -" is a person's name by its place: not
    after a place or event word ("rangka Festival Seni Budaya - Ketua Panitia -"), and at a
    sentence's start not made only of Indonesian words ("Gotong Royong (Ketua RT)", while
    "Yayan Hermawan (Ketua RT)" is a name)."""
    before = word_before.group("w").strip(",;:").lower() if word_before is not None else ""
    if before == "dari" and re.search(r"\bterdiri[^\S\n]+dari[^\S\n]+$", text[max(0, start - 20):start]):
        before = ""  # "Tim terdiri dari Name (ketua), ...": the members, not a place
    if before in _THING_BEFORE or (before in _RESIDENTS_OF and " " not in name):
        return False  # "warga Sukamaju (Ketua RW 02)": the place the residents live in
    head = text[max(0, start - 3):start].rstrip(" \t")
    if head and head[-1] not in ".!?\n\"”":
        return True  # inside a sentence, after a lowercase word or a list's comma
    from .stemming import root_words, stem  # PySastrawi's dictionary, loaded once

    roots = root_words()
    return not all(stem(w.lower()) in roots for w in name.split())


# A bare group word before one capitalized word names where the group lives ("warga Sukamaju");
# one of them is set off by commas or written with a place and a full name.
_RESIDENTS_OF = frozenset("warga penduduk masyarakat".split())


# Capitalized words that open a sentence or clause before a name, not part of an office.
_OPENERS = frozenset("oleh kepada bersama dan serta menurut sementara hadir turut tampak".split())


# "Yayan Hermawan - Ketua Karang Taruna Desa Cibiru - mengatakan": the office between two dashes.
_DASH_ROLE = re.compile(r"[^\S\n][-–—][^\S\n]+(?P<role>[A-Za-z][\w.\-/]*(?:[^\S\n]+[\w.\-/()]+){0,12}?)[^\S\n]+[-–—][^\S\n]")


def _name_dash_roles(text: str, taken: _Taken) -> list[Intro]:
    """"Name - Role - verb": a name whose office stands between two dashes after it."""
    out = []
    for m in _DASH_ROLE.finditer(text) if (" - " in text or " – " in text or " — " in text) else ():
        found = _office_after_run(text, m)
        if found is None:
            continue
        role, before, w = found
        written = before.group("name")
        if w is not None and w.group("w")[:1].isupper() and w.group("w")[-1] not in ",;:)":
            continue
        name = clean_name(written)
        if (len(name.split()) < 2 or not plausible_name(name) or name not in written
                or not _stands_for_someone(text, before.start(), name, w)):
            continue
        _add_intro(out, taken, before.end() - len(written) + written.find(name), m.end(), name, role)
    return out


# "Ketua Karang Taruna Desa X, DEDI SUPRIADI, menyerahkan ...": a name typed in capitals between commas
# after its role, in a sentence written in ordinary case.
_ROLE_COMMA_CAPS = re.compile(r"(?P<role>" + ROLE_PHRASE + r")[^\S\n]*,[^\S\n]+(?P<caps>[A-Z]{3,}(?:[^\S\n]+[A-Z]{3,}){1,3})"
                              r"(?=[^\S\n]*[,.]|[^\S\n]+[a-z])")
_NAME_SHAPED = re.compile(r"[BCDFGHJKLMNPQRSTVWXYZ]{0,2}[AEIOU][A-Z]*[AEIOU]?[A-Z]*")


def _role_comma_capitals(text: str, heads: list[int], taken: _Taken) -> list[Intro]:
    out = []
    for m in matches_at(_ROLE_COMMA_CAPS, text, heads):
        words = m.group("caps").split()
        if not all(_NAME_SHAPED.fullmatch(w) for w in words) or any(w in text.replace(m.group("caps"), "") for w in words):
            continue  # an acronym ("BPBD"), or the capitals written elsewhere on their own (an organisation's)
        from .analysis import root_words  # PySastrawi's dictionary, loaded once

        if any(w.lower() in root_words() for w in words):
            continue  # "PAGUYUBAN PASUNDAN": an organisation's words (a name made of words is left, too)
        name = " ".join(w.capitalize() for w in words)
        role = m.group("role").strip()
        if plausible_name(name) and not split_role_name(role) and taken.free(m.start(), m.end()):
            out.append((m.start("caps"), m.end("caps"), name, role))
            taken.take(m.start(), m.end())
    return out


# "Ketua Kelompok Tani X, Siti "Iis" Aisyah, memimpin ...": a name with the nickname in quotes inside it,
# between commas after its role; the name is the words around the nickname.
_ROLE_COMMA_NICK = re.compile(r"(?P<role>" + ROLE_PHRASE + r")[^\S\n]*,[^\S\n]+(?P<first>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?)"
                              r"[^\S\n]+\"[A-Z][a-z]+\"[^\S\n]+(?P<last>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?)(?=[^\S\n]*,)")


def _role_comma_nicknamed(text: str, heads: list[int], taken: _Taken) -> list[Intro]:
    out = []
    for m in matches_at(_ROLE_COMMA_NICK, text, heads) if '"' in text else ():
        name = f"{m.group('first')} {m.group('last')}"
        role = m.group("role").strip()
        if plausible_name(name) and taken.free(m.start(), m.end()):
            out.append((m.start("first"), m.end("last"), name, role))
            taken.take(m.start(), m.end())
    return out


# "Kabid Linjamsos Dinsos Kota X (Iwan Setiawan) menjelaskan": the holder's name in brackets right after
# the office, the clause going on after it.
_ROLE_PAREN_NAME = re.compile(r"(?P<role>" + ROLE_PHRASE + r")(?<=\))(?=[^\S\n]*[,.]|[^\S\n]+[a-z])")
# (a Haji or degree title before the name stays out of it, and makes one word a name: "Kasubbag TU (H. Name)")
_PAREN_AT_END = re.compile(r"[^\S\n]*\((?P<title>(?:H|Hj|Drs|Dra|Dr|Ir|KH)\.?[^\S\n]+)?"
                           r"(?P<name>[A-Z][a-z][\w'\-]*(?:[^\S\n]+[A-Z][a-z][\w'\-]*){0,3})\)$")


def _role_paren_names(text: str, heads: list[int], taken: _Taken) -> list[Intro]:
    out = []
    for m in matches_at(_ROLE_PAREN_NAME, text, heads) if "(" in text else ():
        p = _PAREN_AT_END.search(m.group("role"))
        if p is None or (" " not in p.group("name") and not p.group("title")):
            continue
        name, role = p.group("name"), m.group("role")[:p.start()].strip()
        from .analysis import root_words  # PySastrawi's dictionary, loaded once

        split = split_role_name(role)
        if (not role or len(role.split()) < 2 or (split and (" " in split[1] or split[1] in name.split())) or clean_name(name) != name
                or not plausible_name(name) or all(w.lower() in root_words() for w in name.split())):
            continue  # a role naming its holder already, an organisation's words ("(Panitia Pelaksana)")
        # (one word after the office before a full name in brackets is its place: "Camat Cibinong (Ahmad Wahyudi)")
        start = m.start("role") + p.start("name")
        if taken.free(m.start(), m.end()):
            out.append((start, start + len(name), name, role))
            taken.take(m.start(), m.end())
    return out


# "Ketua: Ahmad Fauzi; Sekretaris: Lina Marlina; Bendahara: Siti Rohmah": a board listed as office, colon,
# name, two items or more separated by semicolons or commas (one "Ketua: X" alone may be a heading or a
# speaker's line).
_COLON_ITEM = re.compile(r"(?P<role>" + ROLE_PHRASE + r")[^\S\n]*:[^\S\n]+(?P<name>" + NAME_PATTERN + r")(?P<sep>[^\S\n]*[;,.]|[^\S\n]*$)",
                         re.MULTILINE)


def _colon_boards(text: str, heads: list[int], taken: _Taken) -> list[Intro]:
    items = [m for m in matches_at(_COLON_ITEM, text, heads) if ":" in text]
    out = []
    for k, m in enumerate(items):
        # an item of a list: the item before or after it is next to it (only its separator between)
        near = ((k > 0 and items[k - 1].end() + 2 >= m.start() and items[k - 1].group("sep").strip() in ";,")
                or (k + 1 < len(items) and m.end() + 2 >= items[k + 1].start() and m.group("sep").strip() in ";,"))
        name, role = clean_name(m.group("name")), " ".join(m.group("role").split())
        if near and len(name.split()) >= 2 and plausible_name(name) and not split_role_name(role) and taken.free(*m.span()):
            start = m.start("name") + m.group("name").find(name)
            out.append((start, start + len(name), name, role))
            taken.take(*m.span())
    return out


# "diterima ketua RT setempat (Darsono)": a neighbourhood or village head written lowercase, the name in
# brackets after it.
_LOCAL_HEAD_PAREN = re.compile(
    r"(?<![\w\-])(?P<role>(?:ketua|kepala)[^\S\n]+(?:RT|RW|desa|dusun|kampung|lingkungan)"
    r"(?:[^\S\n]+(?:\d{1,3}|[A-Z][\w\-]*)){0,3}(?:[^\S\n]+setempat)?)[^\S\n]+\((?P<name>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){0,3})\)")


def _local_heads_in_brackets(text: str, taken: _Taken) -> list[Intro]:
    from .analysis import root_words  # PySastrawi's dictionary, loaded once

    out = []
    for m in _LOCAL_HEAD_PAREN.finditer(text) if " (" in text and ("ketua " in text or "kepala " in text) else ():
        name = m.group("name")
        if " " not in name and m.group("role").split()[1] not in ("RT", "RW"):
            continue  # "kepala desa (Sukamaju)": one word may be the village; an RT or RW has a number, no name
        if (plausible_name(name) and clean_name(name) == name and not all(w.lower() in root_words() for w in name.split())
                and taken.free(*m.span())):
            out.append((m.start("name"), m.end("name"), name, m.group("role")))
            taken.take(*m.span())
    return out


# "Kepala Satuan X, Pemkab Y (Acr), Name, di Place, Senin, mengatakan": the office, then its government or
# body with the acronym in brackets between commas, then the holder's name between commas.
_ROLE_COMMA_UNIT_NAME = re.compile(
    r"(?P<role>" + ROLE_PHRASE + r")[^\S\n]*,[^\S\n]+(?P<unit>(?:Pemkab|Pemkot|Pemprov|Pemerintah|Dinas|Badan|Kementerian"
    r"|Kabupaten|Kota|Provinsi|Polres|Polda|Kejari)(?:[^\S\n]+[A-Z][\w\-]*){1,6}[^\S\n]*\([A-Z][A-Za-z]{1,10}\))"
    r"[^\S\n]*,[^\S\n]+(?P<name>" + NAME_PATTERN + r")(?=[^\S\n]*,)")
# ("Kepala Bidang X, DKP Kabupaten Y, Name di Place, Senin mengatakan": the body's short form and its territory,
# no brackets; the name closed by a comma or by "di" and the place it spoke in)
_ROLE_COMMA_SHORT_UNIT_NAME = re.compile(
    r"(?P<role>" + ROLE_PHRASE + r")[^\S\n]*,[^\S\n]+(?P<unit>[A-Z][A-Za-z]{1,10}[^\S\n]+(?:Kabupaten|Kota|Provinsi|Kab\.|"
    r"Prov\.)(?:[^\S\n]+[A-Z][\w\-]*){1,3})[^\S\n]*,[^\S\n]+(?P<name>" + NAME_PATTERN + r")"
    r"(?=[^\S\n]*,|[^\S\n]+di[^\S\n]+[A-Z])")


_TERRITORY_AFTER_COMMA = re.compile(r", [A-Z][A-Za-z]{1,10} (?:Kabupaten|Kota|Provinsi|Kab\.|Prov\.) ")


def _ends_in_a_name(text: str, m: re.Match, role: str) -> bool:
    """Whether the office before the unit ends in a holder's name. Before a short unit and its territory the words
    read as one are the office's field ("Kepala Bidang Perikanan Tangkap", "... Pemberdayaan Nelayan Kecil"): a name
    there is of one word or of words the text writes in lowercase no more."""
    split = split_role_name(role)
    if split is None or m.re is not _ROLE_COMMA_SHORT_UNIT_NAME:
        return split is not None
    words = split[1].split()
    lower = lowercase_words(text)
    return len(words) >= 2 and not all(w.lower() in lower for w in words)


def _role_comma_unit_names(text: str, heads: list[int], taken: _Taken) -> list[Intro]:
    """An office, its government or body with its acronym, then the holder, each between commas."""
    out = []
    matches = [*(matches_at(_ROLE_COMMA_UNIT_NAME, text, heads) if "), " in text else ()),
               *(matches_at(_ROLE_COMMA_SHORT_UNIT_NAME, text, heads) if _TERRITORY_AFTER_COMMA.search(text) else ())]
    for m in matches:
        role = " ".join(m.group("role").split())
        name = clean_name(m.group("name"))
        if not plausible_name(name) or _ends_in_a_name(text, m, role) or not taken.free(m.start(), m.end()):
            continue  # (an office that already ends in its holder's name is someone else's)
        start = m.start("name") + max(0, m.group("name").find(name))
        out.append((start, start + len(name), name, role + " " + " ".join(m.group("unit").split())))
        taken.take(m.start(), m.end())
    return out
