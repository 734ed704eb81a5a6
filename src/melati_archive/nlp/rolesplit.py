"""A role run split into the office and its holder's name by vocabulary ("Kepala Balai Melati Jakarta
Puti Chairida Anwar" -> office, name): where the office's words end, which words open a name (given-name
elements, honorifics, particles), and which belong to a unit or a place named in the office.
names.py says whether a written run is a name; this module says where the name starts.
"""
from __future__ import annotations

import re

from .balinesenames import CASTE_INITIALS, balinese_start, opens_balinese
from .gazetteer import KNOWN_PLACES
from .names import (
    _CONNECTORS, _MIXED_DEGREE, _NAMED_INSTITUTIONS, _PLACE_INTRO, _PLACES, HONORIFICS, _inner_initials,
    _name_token_ok, _undotted_degree, clean_name, plausible_name,
)
from .roles import RANKS, ROLE_HEADS, _REGIONAL_HEADS

def _only_qualifiers(tokens: list[str]) -> bool:
    return all(t.lower().rstrip(".") in ("plt", "plh", "pj", "mantan", "wakil") for t in tokens)  # (True for none)


_UNDOTTED_HONORIFICS = frozenset("H Hj Dr dr Drs Dra Ir Prof KH Tgk".split()
                                 # a cleric's titles, whole words ("Pengasuh Pondok Pesantren X Kyai Name")
                                 + "Kyai Kiai Ustaz Ustadz Habib".split())


# Given-name elements a text drops when it shortens a name ("Sri Mulyani Indrawati" ... "kata
# Sri Mulyani", "Ahmed Zaki Iskandar" ... "kata Zaki"): Arabic forms, Javanese, Bugis, Balinese,
# Sasak, Acehnese and Palembang ones. The words from one of them to a later short form stay in
# the name ("Raden Prabowo Argo Yuwono" ... "kata Argo").
NAME_PREFIXES = frozenset(
    """muhammad mohammad mohamad muhamad mochammad mochamad mohamed muhamed moh mohd muh moch mhd mh md mch
    ahmad achmad ahmed akhmad abdul abd sri siti sitti andi ni made wayan ketut nyoman putu gede
    komang kadek raden rr kiagus kgs nyimas lalu baiq teuku cut tengku tuanku daeng anak agung
    ida bagus cokorda gusti nur""".split()
)


_GLUED = re.compile(r"[A-Z]\.[A-Z]\.?")


def _name_prefix(token: str) -> bool:
    """A given-name element or an initial (M, A, I): part of the name it opens."""
    low = token.rstrip(".").lower()
    # (two initials glued by a dot, "A.S": an initial too)
    return low in NAME_PREFIXES or (token[:1].isupper() and (len(low) == 1 or _GLUED.fullmatch(token) is not None))


def _after_a_rank(tokens: list[str], i: int) -> bool:
    """"Kasat Reskrim AKP Yosef Andre Kurniawan" ... "kata Andre": a name opens right after a rank, whatever
    word the text later calls the officer by."""
    word = tokens[i - 1].strip("().,").lower() if i >= 1 else ""
    return word in RANKS and word not in _OFFICE_RANK_WORDS and tokens[i - 1][:1].isupper()


# Rank words that also end an office's name ("Sekretaris Jenderal", "Inspektur", "Komisaris Utama")
_OFFICE_RANK_WORDS = frozenset("jenderal inspektur komisaris besar ajun madya muda pertama utama".split())


_SERVICES_AFTER_RANK = frozenset("marinir laut polisi pol tni p e t k".split())


def _balinese_title_at(tokens: list[str], i: int) -> bool:
    """A Balinese name opens at tokens[i] (or right after a corps word there: "Marinir I Gusti ...")."""
    return opens_balinese(tokens, i) or opens_balinese(tokens, i + 1)


def _given_element(token: str) -> bool:
    """"Bupati Achmad Fauzi Wongsojudo": a given-name element after a bare head opens the name, never a body's
    or a region's name (unless the gazetteer knows it as a place)."""
    return _name_prefix(token) and len(token.rstrip(".")) > 1 and token.lower() not in KNOWN_PLACES


# Institutions ranked by a class ("Lapas Kelas IIB X", "Kantor Imigrasi Kelas I X", "PN Kelas IA X"): their place
# follows the class. "PN Sukamaju Kelas II Name" gave the place first: a name follows the class.
_CLASSED_INSTITUTIONS = frozenset("lapas rutan lp lpka bapas pemasyarakatan tahanan kalapas karutan imigrasi ksop kesyahbandaran "
                                  "pelabuhan bandara cukai pn pa ptun pengadilan negeri agama".split())


def _classed_institution_before(tokens: list[str], k: int) -> bool:
    """The word before "Kelas" at tokens[k] (a short form in brackets aside) is the institution, not its place."""
    prev = tokens[k - 1]
    if prev.startswith("(") and prev.endswith(")") and k >= 2:
        prev = tokens[k - 2]
    return prev.strip("()").lower() in _CLASSED_INSTITUTIONS


def _unit_word_before(tokens: list[str], i: int) -> bool:
    """The word before tokens[i] is an organisation or area word ("Desa", "Kota"), also with the
    office's short form in parentheses between ("Kepala Desa (Kades) Sukamaju Sarip")."""
    prev = tokens[i - 1]
    if ((prev.startswith("(") and prev.endswith(")")) or prev.isdigit() or prev.lower() == "adat") and i >= 2:
        prev = tokens[i - 2]  # also a unit's number between: "Kepala sekolah SDN 2 Cibodas Name"; "Kampung Adat X"
    return prev.lower() in _PLACE_INTRO


# Organisations a role often names bare, the body the story is about ("Ketua Yayasan Rina Wati"):
# two words after one of them are a name as well as a unit's name and a one-word name. Read as the
# name; rolebounds._unit_word_moved gives the first word back to the unit when the text writes it
# after the unit word elsewhere ("di Yayasan Kenanga").
_BARE_UNITS = frozenset("yayasan panti lapas rutan".split())


def _bare_unit_before_name(tokens: list[str], i: int) -> bool:
    return len(tokens) - i == 2 and tokens[i - 1].lower() in _BARE_UNITS


_NAME_PARTICLES = frozenset("de van von der".split())


# First words of two-word village and place names written apart ("Suka Maju", "Sumber Rejo", "Karang
# Anyar", "Muara Baru"): the next word is the place's too, never a person's.
_TOPONYM_HEADS = frozenset("suka sumber karang sido mekar bukit sungai teluk muara kuala rawa bojong gunung "
                           "kali pasir cinta tanah".split())


# Natural features a unit is named after ("Wilayah Sungai Citarum", "Taman Nasional Gunung Halimun"): the
# feature word and the word after it are the unit's, never the start of a person's name.
_NATURAL_FEATURES = frozenset("sungai teluk muara kuala bukit gunung danau pulau selat tanjung".split())


_SECTION_WORDS = frozenset("seksi bidang bagian subbagian subbidang".split())


def _common_word(token: str) -> bool:
    from .analysis import root_words  # PySastrawi's dictionary, loaded once
    return token.lower() in root_words()


_INITIAL = re.compile(r"[A-Z]\.")
_CLASS = re.compile(r"(?:I{1,3}|IV)[AB]?|[1-3][AB]?")  # a prison's, port's or school's class: "IIB", "I", "2A"


def _middle_initial(tokens: list[str], k: int) -> bool:
    """"... Muhammad Miftah Thoha R. Wattimena": an initial between two name words is inside the name (the scan
    goes on past it; an initial after a unit or place word opens the name again below)."""
    if not (k >= 2 and k + 1 < len(tokens) and _INITIAL.fullmatch(tokens[k]) and _name_token_ok(tokens, k - 1)):
        return False
    if tokens[k].rstrip(".").lower() not in HONORIFICS:
        return True
    # "H.", "R." open a name too ("Lurah Sukamekar Indah H. Ahmad Fauzan"): inside one only before its last word,
    # after three name words
    return k + 2 == len(tokens) and k >= 3 and all(_name_token_ok(tokens, j) for j in (k - 3, k - 2))


def split_role_name(run: str, short_forms: frozenset[str] | set[str] = frozenset()) -> tuple[str, str] | None:
    """'Kepala Balai Melati Jakarta Puti Chairida Anwar' -> (role, name) by vocabulary.

    `short_forms` are single words the text later uses for a speaker ("kata Hari"): a name that
    would start before such a middle word starts at it instead."""
    tokens = run.split()
    if run.endswith(")") and "(" in run and not _MIXED_DEGREE.fullmatch(tokens[-1]):
        tokens = run[:run.rfind("(")].split()  # "... Yosef Dadi Lelo (YDL)": nickname or initials after the name
    while len(tokens) > 2 and _undotted_degree(tokens):
        tokens.pop()  # "... Lusia Wulandari SpA"
    i = len(tokens)
    while i > 1 and (_name_token_ok(tokens, i - 1) or _middle_initial(tokens, i - 1)):
        i -= 1
        # "Alexandre de Juniac", "Lambert van Grinsven": a family-name particle between name words
        if i > 2 and tokens[i - 1] in _NAME_PARTICLES and _name_token_ok(tokens, i - 2):
            i -= 1
        elif i > 3 and tokens[i - 1] in ("der", "den") and tokens[i - 2] in ("van", "von") and _name_token_ok(tokens, i - 3):
            i -= 2  # "Lambert van der Grinten"
    if 2 <= i < len(tokens) and tokens[i - 1] in CASTE_INITIALS and tokens[i][1:2].islower() and tokens[i - 2].lower() != "kelas":
        i -= 1  # "Kepala Dinas Pariwisata AA Gede Name": caste initials (an acronym's shape) open the name
    elif 1 <= i < len(tokens) and opens_balinese(tokens, i - 1):
        i -= 1  # "Founder X Anak Agung Ayu Name": the title's first word, a common word, opens the name too
    # An honorific written without its dot inside the run opens the name ("Plt Walikota Sibolga
    # H Ramli Siregar"): the words before it belong to the role.
    for k in range(len(tokens) - 2, i, -1):
        if tokens[k] in _UNDOTTED_HONORIFICS:
            # not a middle initial after a word the text calls the person by ("Yasonna H Laoly" ... "kata Yasonna")
            if not (len(tokens[k]) == 1 and tokens[k - 1] in short_forms):
                i = k
            break
    if i < 1 or i >= len(tokens):
        return None
    # A place or unit name right after an organisation word belongs to the role:
    # "Kepala Dinas Sosial Kabupaten Malaka Yohanes Nahak" -> Malaka is the place.
    while (len(tokens) - i > 1 and (_unit_word_before(tokens, i) or tokens[i - 1] in _CONNECTORS)
           and tokens[i] not in short_forms and not _bare_unit_before_name(tokens, i)
           and not (tokens[i - 1].lower() == "kota" and i >= 2 and tokens[i - 2].lower() == "wali")):
        i += 1
    if len(tokens) - i > 1 and i >= 2 and tokens[i - 1].lower() in _TOPONYM_HEADS and _unit_word_before(tokens, i - 1):
        i += 1  # "Kepala Desa Suka Maju Warsito": a village's name of two words
    if 1 <= i < len(tokens) and tokens[i - 1] in ("La", "Wa") and tokens[i] == "Ode":
        if _unit_word_before(tokens, i - 1):
            return None  # "Kelurahan La Ode Manarfa": a place named after someone (Buton's La Ode/Wa Ode)
        i -= 1
    if len(tokens) - i >= 2 and tokens[i].lower() in _NATURAL_FEATURES:
        i += 2  # "Balai Besar Wilayah Sungai Citarum Rina Agustina": a river's name is the unit's, no name opens so
        if i >= len(tokens):
            return None  # "Kepala Balai Wilayah Sungai Citarum": the unit, and no person
    if len(tokens) - i == 1 and (tokens[i - 1].lower() in _NAMED_INSTITUTIONS
                                 or (tokens[i - 1].isdigit() and _unit_word_before(tokens, i))):
        return None  # "Kepala Puskesmas Cilaku", "Kepala SDN 2 Cibodas": the institution's name, and no person's
    # "Kepala Lapas Kelas IIB Karangasem Prayitno": an institution's class numeral, then the word of its place
    k = next((k for k in range(max(i - 2, 1), len(tokens) - 3) if tokens[k].lower() == "kelas"
              and _CLASS.fullmatch(tokens[k + 1])), None)
    if k is not None and _classed_institution_before(tokens, k):
        i = max(i, k + 2 if tokens[k + 2] in short_forms else k + 3)
    # "Kajari Musi Rawas Dedi Kurnia", "Kajari Ogan Komering Ilir Name": a regency of two or three words
    # the gazetteer knows is the office's place, whole
    if len(tokens) - i >= 2 and any(" ".join(tokens[j:i + 1]).lower() in KNOWN_PLACES for j in (i - 1, i - 2) if j >= 0):
        i += 1
    else:
        n = next((n for n in (3, 2) if len(tokens) - i > n and " ".join(tokens[i:i + n]).lower() in KNOWN_PLACES), 0)
        if n and tokens[i] not in short_forms:
            i += n
    # "Kepala Seksi Intel Muhammad Adung": a section is named by its field, a common word, before a
    # name of two words or more
    if (len(tokens) - i >= 3 and tokens[i - 1].lower() in _SECTION_WORDS and tokens[i] not in short_forms
            and not _name_prefix(tokens[i]) and _common_word(tokens[i])):
        i += 1
    # "Asisten I Name": a regional secretariat's assistants are numbered, "I" is no initial there
    if len(tokens) - i >= 2 and tokens[i] in ("I", "II", "III", "IV") and tokens[i - 1].lower() == "asisten":
        i += 1
    # "Juru Masak X", "juru bicara X": the word after "juru" is part of the role
    if i < len(tokens) and tokens[i - 1].lower() == "juru":
        i += 1
    # A bare role head with three or more words after it: the first is the organisation
    # ("CEO Bukalapak Rachmat Kaimuddin").
    if (len(tokens) - i >= 3 and i == 1 and tokens[0].lower().rstrip(".") in ROLE_HEADS
            and not _only_qualifiers(tokens[:1])  # "dijabat Plt Luhut Binsar Panjaitan": an acting holder, no body
            and tokens[i] not in short_forms and len(tokens[i].rstrip(".")) > 1 and not _given_element(tokens[i])):
        i += 1
    # "Pj. Bupati Klaten Sri Mulyani Hartono": a regional head is followed by its region.
    elif (len(tokens) - i >= 3 and tokens[i] not in short_forms and not _given_element(tokens[i])
          and (tokens[i - 1].lower() in _REGIONAL_HEADS and _only_qualifiers(tokens[:i - 1])
               or i >= 2 and (tokens[i - 2].lower(), tokens[i - 1].lower()) == ("wali", "kota")
               and _only_qualifiers(tokens[:i - 2]))):
        i += 1
    if len(tokens) - i >= 2 and short_forms and not _after_a_rank(tokens, i):
        # The text later calls the speaker by a word inside the candidate: the name starts there
        # ("Kepala Dinas Kesehatan Banyuwangi Widji Lestariono" ... "kata Widji").
        for k in range(i + 1, len(tokens)):
            if (tokens[k] in short_forms and not any(t in short_forms for t in tokens[i:k])
                    and not all(t.rstrip(".").lower() in HONORIFICS for t in tokens[i:k])
                    # "Lurah Sukamekar Indah H. Ahmad Fauzan": a dotted honorific opens the name
                    and not any(t.endswith(".") and t.rstrip(".").lower() in HONORIFICS for t in tokens[i - 1:k])):
                # two words left and the later short form is the second: the first is a place
                # only when the text writes it as one ("Kepala Desa Karangsari Warno" ... "di
                # Karangsari"); else both are the name ("Wali Kota Mohammad Idris" ... "kata Idris")
                if ((len(tokens) - k >= 2 or (len(tokens) - i == 2 and tokens[i].lower() in _PLACES.get()))
                        and not _name_prefix(tokens[i]) and not (tokens[i].isupper() and _inner_initials(tokens, i))):
                    # initials after a rank open the name too ("Inspektur Jenderal RZ Panca Putra" ... "kata Panca")
                    # a given-name element before the short form stays ("... Blambangan Sri Indah
                    # Lestari" ... "kata Indah")
                    i = k - 1 if k - 1 > i and _name_prefix(tokens[k - 1]) else k
                break
    # "Kolonel Marinir Name", "Letkol Laut (P) Name": a service or corps word after the rank is no name word
    while (len(tokens) - i >= 2 and tokens[i].strip("().").lower() in _SERVICES_AFTER_RANK
           and tokens[i - 1].strip("().").lower() in RANKS | _SERVICES_AFTER_RANK):
        i += 1
    later = balinese_start(tokens, i) if i < len(tokens) else None
    if later is not None and not opens_balinese(tokens, i):
        i = later  # "Kepala BPBD Sukamaju Ida Bagus Made Arsana": the name opens with its title; the place is the office's
    plain = [t for t in tokens[i:] if t.rstrip(".").lower() not in HONORIFICS and not _INITIAL.fullmatch(t)]
    if len(plain) > 4 and not _balinese_title_at(tokens, i):
        i = len(tokens) - 3
    while i > 1 and tokens[i - 1].rstrip(".").lower() in HONORIFICS and tokens[i - 1].lower() not in ("plt.", "plt", "plh", "plh."):
        i -= 1  # "Dr." belongs to the name, which clean_name() then strips
    role = " ".join(tokens[:i])
    name = " ".join(tokens[i:])
    if all(t.rstrip(".").lower() in HONORIFICS for t in tokens[i:]):
        return None  # "... Kabupaten Ciamis Ny": a title whose name the run did not reach
    if not plausible_name(clean_name(name) or name):  # "Prof. Dr. Ir. H. Name Surname": six words written
        return None
    if (len(tokens) - i == 1 and (tokens[i - 1].lower() in _PLACE_INTRO | {"sosial", "kota"}
                                  or tokens[i - 1].lower() == "adat" and _unit_word_before(tokens, i))
            and not (i >= 2 and tokens[i - 2].lower() == "wali")):
        return None  # "... Balai Kenanga": the unit's name, not a person
    if len(tokens) - i == 1 and _names_a_unit(tokens[:i]):
        return None
    if len(tokens) - i == 1 and _UNIT_NUMBER_PLACE.fullmatch(tokens[i - 1]):
        return None  # "Babinsa Koramil 1013-12/Dirung Lingkin": the second word of the unit's place, no rank, no name
    if len(tokens) - i == 1 and tokens[i - 1].lower() in _SECTION_HEADS and _only_qualifiers(tokens[:i - 1]):
        return None  # "Kasi Intel, sekaligus ...", "(Kasi Datun)": a section head and its section, no one named
    if (len(tokens) - i == 1 and i >= 2 and tokens[i - 1][:1] == "(" and tokens[i - 1][-1:] == ")"
            and tokens[i - 2].lower() in _PLACE_INTRO):
        return None  # "Kepala Desa (Kades) Sukaraja": the office's short form in brackets, then the village
    if len(tokens) - i == 1 and tokens[i - 1].lower() in _PARTY_MEMBER_HEADS:
        return None  # "Politisi Gerindra itu berharap ...": the word after a party member's head is the party
    if len(tokens) - i == 1 and tokens[i - 1].lower() in _TERRITORIAL_HEADS:
        return None  # "Danramil Ciawi yang diwakili ...": a territorial command's head and its area; an officer has a rank
    if len(tokens) - i == 1 and any(" ".join(tokens[j:]).lower() in KNOWN_PLACES for j in (i - 1, i - 2) if j >= 1):
        return None  # "Anggota DPRD Kabupaten Musi Rawas menggelar ...": a regency of two or three words ends the run
    return role, name


# Heads of a section or a unit written short, always with the section's name after them ("Kasi Intel", "Kabag
# Umum", "Kasat Reskrim", "Kanit Binmas"): one word after them alone is that name.
_SECTION_HEADS = frozenset("kasi kasie kabid kabag kasubag kasubbag kasubid kasubbid kasat kanit kasubdit kasubsi".split())


# A party's member named by the party ("Politisi Golkar Name", "kader PDIP Name"): one word after it is the party.
_PARTY_MEMBER_HEADS = frozenset("politisi politikus kader".split())


# Heads of territorial police, army and prosecution commands, written with their area ("Danramil X",
# "Kapolsek X", "Kajari X"): one word after them is the area; their holder is named with a rank or a
# full name ("Kapolsek X AKP Name", "Kajari X Name Surname").
_TERRITORIAL_HEADS = frozenset("danramil dandim danrem pangdam danlanal danlanud danposmil danpos danposramil kapolsek "
                               "kapolres kapolresta kapolrestabes kapolda kapolsubsektor kajari kajati"
                               # a prison's head and its town ("Kalapas Sarolangun")
                               " kalapas karutan".split())


# Organisation units whose own name follows them, after "Jenderal" or the unit's number:
# "Direktorat Jenderal Dayasos", "Kodam XV Pattimura", "Korem 074 Warastratama".
_UNIT_WORDS = frozenset("direktorat sekretariat inspektorat kodam korem kodim koramil lanud lantamal lanal "
                        "yonif brigif".split()
                       # a section of an office is always named by its field ("Kepala Bidang Anggaran")
                       + "bidang seksi bagian subbagian subbidang".split())
_UNIT_NUMBER = re.compile(r"(?:[IVXL]{1,6}|\d{1,4})/?")
# A territorial unit's number and its place ("0614-03/Cikalong"): a name after it follows a rank.
_UNIT_NUMBER_PLACE = re.compile(r"\d{1,4}(?:-\d{1,3})?/[A-Z][\w\-]*")


def _names_a_unit(role_tokens: list[str]) -> bool:
    """True when the word after these role words is the name of the unit they end with, not a
    person's: the last word is a unit word, or "Jenderal" or a unit number right after one."""
    words = list(role_tokens)
    if len(words) >= 2 and (words[-1].lower() == "jenderal" or _UNIT_NUMBER.fullmatch(words[-1])):
        words.pop()
    return bool(words) and words[-1].lower() in _UNIT_WORDS
