"""Introductions whose "name" is no one (session 22 forms): a unit after a bare member word ("Petugas Kesling"), the
field of the second of two offices joined by "dan" ("Direktur Umum dan Direktur Teknik"), an institution named after
a cleric ("Pondok Pesantren Kiai Marwan"), and the body of a first office held "sekaligus" a second one."""
from __future__ import annotations

import re

from .roles import DESCRIPTORS, ROLE_HEADS

# Words for a member of a unit, not an office: "Petugas Kesling", "Anggota Linmas", "Staf Dishub"; written alone right
# before capitalized words, those words name the unit (a member's name comes after a comma or "bernama")
_MEMBER_WORDS = frozenset("petugas anggota staf staff personel pegawai karyawan".split())


def unit_after_member_word(text: str, name: str, role: str | None, start: int) -> bool:
    """"Petugas Kesling", "Anggota Linmas": the role is one bare member word written right before the "name"."""
    if not role or " " in role.strip() or role.strip().lower() not in _MEMBER_WORDS or not role.strip()[:1].isupper():
        return False  # (a lowercase one in a list of a board's members: "bendahara X, dan anggota Name")
    return text[max(0, start - len(role) - 2):start].rstrip().lower().endswith(role.strip().lower())


_JOINERS = frozenset({"dan", "serta", "&"})


def field_of_a_second_office(name: str, role: str | None) -> bool:
    """"Direktur Umum dan Direktur Teknik": the role's words after its last "dan" repeat the words it opened with (the
    same office twice, for two fields); one word after them is the second office's field, no one."""
    if not role or " " in name:
        return False
    words = role.lower().split()
    joins = [k for k, w in enumerate(words) if w in _JOINERS]
    if not joins or joins[-1] in (0, len(words) - 1):
        return False
    after = words[joins[-1] + 1:]
    return len(after) < joins[-1] and words[:len(after)] == after


# An institution named after a cleric: a pesantren, a mosque, a school or a foundation word, up to two words of its kind
# ("Tahfidz", "(Pontren)", "Modern"), then the cleric's title: the title and the words after it are its name (after a
# name of its own, "Pondok Pesantren Al-Hikmah KH Name", the cleric is its leader)
_INSTITUTION_BEFORE_TITLE = re.compile(
    r"(?<![\w\-])(?:[Pp]ondok|[Pp]esantren|[Pp]ontren|[Pp]onpes|PP|[Mm]asjid|[Mm]us(?:h)?ala|[Mm]adrasah|[Yy]ayasan|"
    r"[Mm]ajelis|[Dd]ayah|[Ss]urau|TPQ|TPA|MI|MTs|MA)"
    r"(?:[^\S\n]+(?:\([A-Za-z]{2,12}\)|[Tt]ahfi(?:dz|dh|z)(?:ul)?|[Mm]odern|[Ss]alaf(?:iyah)?|[Tt]erpadu|[Pp]utr[ai]|"
    r"(?:[Aa]l-?)?[Qq]ur'?an)){0,2}[^\S\n]+$")
_TITLE_BEFORE = re.compile(r"(?<![\w\-])(?:Kiai|Kyai|KH\.?|K\.H\.|Syekh|Syeikh|Habib|Buya|Abuya|Mbah)[^\S\n]+$")
_CLERIC_TITLES = frozenset("kiai kyai kh syekh syeikh habib buya abuya mbah".split())


def named_after_a_cleric(text: str, role: str | None, start: int) -> bool:
    """"Pondok Pesantren (Pontren) Tahfidz Kiai Marwan", "Masjid Kiai Hasan": a cleric's title and name right after an
    institution's words name the institution, and no one there (its leader is named with an office of their own); nor
    is the village after it ("Pondok Pesantren Kiai Marwan, Sukamulya,": the role read is the title and the name)."""
    found = _institution_title_at(text, role, start)
    if found is None:
        return False
    # (a role of the title and the name, then the "name" after a comma: a village when a territory's word follows it;
    # a person named after the institution, "Mudir Ponpes Kiai Marwan, KH Name", is the institution's officer)
    return found[1] or " " not in role.strip() or _TERRITORY_AFTER.match(text, start) is not None


def _institution_title_at(text: str, role: str | None, start: int) -> tuple[int, bool] | None:
    """Where the cleric's title stands and whether it stands right before the name (else it opens the role), when an
    institution's words come right before it."""
    if not role:
        return None
    before = _TITLE_BEFORE.search(text, max(0, start - 12), start)
    if before is not None:  # "Mudir Pontren Kiai Marwan": the title read into the name, the institution into the role
        title_at = before.start()
    elif role.split()[0].rstrip(".").lower() not in _CLERIC_TITLES or len(role.split()) > 4:
        return None
    else:
        title_at = text.rfind(role.strip(), max(0, start - len(role) - 4), start)
    if title_at == -1 or _INSTITUTION_BEFORE_TITLE.search(text, max(0, title_at - 70), title_at) is None:
        return None
    return title_at, before is not None


_TERRITORY_AFTER = re.compile(r"[\w'\-]+(?:[^\S\n]+[A-Z][\w'\-]*)?[^\S\n]*,[^\S\n]+(?:Kecamatan|Kec\.|Kabupaten|Kab\.|Kota|Desa|"
                              r"Kelurahan|Provinsi)[^\S\n]")
_RUN_BEFORE = re.compile(r"(?<![\w\-])(?P<run>(?:(?:[A-Z][\w'\-]*|\([A-Za-z]{2,12}\))[^\S\n]+){1,6})$")


def institution_role(text: str, start: int, role: str | None) -> str | None:
    """"Mudir Ponpes Tahfidz Kiai Marwan, KH Name": a role read as the title and the name an institution bears is that
    institution's; the office before it, back to an office or a group word, is the person's role (else none)."""
    found = _institution_title_at(text, role, start) if role and " " in role.strip() else None
    if found is None or found[1]:  # (the title read into the name: the role is all before it)
        return role
    title_at = found[0]
    m = _RUN_BEFORE.search(text, max(0, title_at - 80), title_at)
    first = m.group("run").split()[0].lower() if m else ""
    return f"{m.group('run')}{role.strip()}" if first in ROLE_HEADS or first in DESCRIPTORS else None


def object_of_joined_fields(role: str | None) -> bool:
    """"Petugas Pengawasan dan Perlindungan Penyakit Hewan": a member word, then two fields joined by "dan", each a
    noun made of a verb (pe-/per-/ke- ... -an), end the role; the capitalized words after them are what the fields
    watch over (their object, shared by both), not a name."""
    words = (role or "").split()
    # (only after a member word: "Menteri Kelautan dan Perikanan Name" is an office whose holder follows)
    return (len(words) >= 4 and words[0].lower() in _MEMBER_WORDS and words[-2].lower() in _JOINERS
            and all(_FIELD_NOUN.match(w.lower()) for w in (words[-3], words[-1])))


_FIELD_NOUN = re.compile(r"(?:pe[nmr]?g?|ke)[a-z]{3,}an$")


def first_office_bodies(text: str, intros) -> set[int]:
    """The starts of introductions whose "name" is the body of a first office held "sekaligus"/"merangkap" a second
    one, whose holder is named after the second with a comma ("Direktur Tirta Kencana sekaligus Ketua Umum Ikatan
    Alumni, Budi Santoso"): the name of that introduction is an organisation's."""
    out = set()
    for start, end, _name, _role in intros:
        m = _SECOND_OFFICE_AFTER.match(text, end)
        if m is None:
            continue
        for start2, _end2, _name2, role2 in intros:
            if start2 > m.end() and role2 and text.startswith(role2, m.end()) \
                    and _COMMA_ONLY.fullmatch(text, m.end() + len(role2), start2):
                out.add(start)
                break
    return out


_SECOND_OFFICE_AFTER = re.compile(r"[^\S\n]+(?:sekaligus|merangkap)[^\S\n]+(?=[A-Z])")
_COMMA_ONLY = re.compile(r"[^\S\n]*,[^\S\n]*")
