"""Lowercase roles before a name: a group word or an occupation written in small letters ("warga
Kelurahan Tanjung, Mulyadi,", "psikolog klinis Nur Aisyah", "pengamat politik dari Universitas X
Name menilai"), read by `_lowercase_roles` for nlp.intros; and where such role words stand."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import KNOWN_PLACES
from .names import NAME_PATTERN, _NAME_TOKEN, _trailing_plain, clean_name, lowercase_words, plausible_name
from .rolesplit import split_role_name
from .residents import opens_a_list
from .roles import KIN_WORDS, ROLE_HEADS, _GENERIC_ROLES, _strip_role
from .scan import matches_at, matches_from_start_or_after, matches_where_written, trie_pattern as _trie_pattern

Intro = tuple  # (start, end, name, role or None), as nlp.intros has it

if TYPE_CHECKING:
    from .intros import _Taken


# Nouns for what someone does or is that introduce one person before "Name," ("Penjual sayur,
# Slamet Riyadi,", "korban banjir, Name,"), beside the role heads.
_GROUP_NOUNS = frozenset(
    """pedagang petani nelayan penerima peserta pengunjung orangtua ibu siswa mahasiswa relawan pengemudi
    buruh penjual kontraktor pengusaha perajin pengrajin sopir karyawan pensiunan pelajar santri peternak
    pembudidaya pekebun penghuni pasien korban pengungsi penyintas pengelola perwakilan utusan penyandang juara
    pemenang mahasiswi siswi santriwati""".split())


# "Seorang warga Kelurahan Tanjung, Mulyadi, mengaku": a lowercase role, then the name between commas.
_LOWER_ROLE_COMMA_NAME = re.compile(
    r"\b(?:(?:[Ss]eorang|[Ss]alah[^\S\n]+(?:satu|seorang))[^\S\n]+)?(?P<role>(?:" + "|".join(
        sorted(ROLE_HEADS | _GROUP_NOUNS | KIN_WORDS,
               key=len, reverse=True))
    + r")(?:nya)?(?:[^\S\n]+(?:[A-Za-z][\w\-]*|\([^()\n]{1,30}\))){0,7}?)[^\S\n]*,[^\S\n]+(?P<name>" + NAME_PATTERN + r")(?:[^\S\n]*\(\d{1,3}\))?"
    # "Penerima manfaat, Tarmi dari Desa Sukamulya, ...": where the person lives, before the comma
    r"(?:[^\S\n]+(?:dari|asal)[^\S\n]+(?:Desa|Kelurahan|Kampung|Dusun|Kecamatan)[^\S\n]+[A-Z][\w\-]*(?:[^\S\n]+[A-Z][\w\-]*){0,2})?[^\S\n]*(?P<close>,|\.(?=[^\S\n]|$)"
    # "salah satu pedagang, Rohimah mengaku ...": no closing comma, the name's own verb of speaking closes it
    r"|(?=[^\S\n]+(?:juga[^\S\n]+)?(?:mengatakan|mengaku|menuturkan|menyebut|menjelaskan|mengungkapkan|menyampaikan|berkata|"
    r"berharap|mengeluhkan|menilai)\b)"
    # "Atlet panahan, Name yang turun di ...": a relative clause on the name closes it
    r"|(?=[^\S\n]+yang[^\S\n]+[a-z]))"
)


# A role ending with where someone is from ("warga asal Kemanggisan") and, after the "name" between
# commas, a city, a compass word or an area word: the commas list places, not a person.
_ROLE_FROM_PLACE = re.compile(r"\b(?:asal|di|dari)[^\S\n]+[A-Z][\w\-]*(?:[^\S\n]+[A-Z][\w\-]*)*$")
_NEXT_CAPITALS = re.compile(r"[^\S\n]*(?P<run>[A-Z][\w\-]*(?:[^\S\n]+[A-Z][\w\-]*){0,2})")
_AREA_WORDS = frozenset("barat timur utara selatan tengah raya kota kabupaten kab provinsi kecamatan kelurahan desa".split())


_AGE_NEXT = re.compile(r"[^\S\n]*\(\d")
_VERB_NEXT = re.compile(r"[^\S\n]*(?:juga[^\S\n]+|pun[^\S\n]+)?(?:me|ber|di|ter)[a-z]{3,}\b|[^\S\n]*(?:mengaku|kata|ujar)\b")
_RESIDENTS_AT = re.compile(r"(?:warga|penduduk)[^\S\n]+[A-Z][\w\-]*(?:[^\S\n]+[A-Z][\w\-]*)*")
# "berasal dari Sukamaju (48), Cikole (36), ...": a place with its count, then the list's next item.
_ROLE_FROM_COUNTED_PLACE = re.compile(r"\b(?:asal|di|dari)[^\S\n]+[A-Z][\w\-]*(?:[^\S\n]+[A-Z][\w\-]*)*[^\S\n]*\(\d+\)$")


_LIST_NEXT = re.compile(r"[^\S\n]*[A-Z][\w\-]*(?:[^\S\n]*,|[^\S\n]+(?:dan|serta|atau)[^\S\n]+[A-Z])")


def _place_list_goes_on(text: str, m: re.Match) -> bool:
    if _ROLE_FROM_COUNTED_PLACE.search(m.group("role")):
        return True
    # one word, no age, no verb after it: "warga Ranotana, Sario, Manado,", not "warga X, Name (58), mengaku"
    one_word = (" " not in m.group("name").strip() and not _AGE_NEXT.match(text, m.end("name"))
                and not _VERB_NEXT.match(text, m.end()))
    if one_word and _LIST_NEXT.match(text, m.end()):
        return True  # "Kepala desa Cikaret, Sukamaju, Cibodas dan Cikole": one more capitalized item, then the list goes on
    if one_word and _RESIDENTS_AT.fullmatch(m.group("role").strip()):
        return True  # "warga Ranotana, Sario, Manado,": the address goes on, a district after the village
    if not _ROLE_FROM_PLACE.search(m.group("role")):
        return False
    if one_word:
        # "temannya di Tombariri, Minahasa, hingga ...": one word after the place, no verb after it, is
        # the next place ("Pengamat dari Universitas X, Name, mengatakan" is a person)
        return True
    nxt = _NEXT_CAPITALS.match(text, m.end())
    if nxt is None:
        return False
    words = nxt.group("run").lower().rstrip(".").split()
    return bool(_AREA_WORDS & set(words)) or " ".join(words) in KNOWN_PLACES or words[0] in KNOWN_PLACES


_LRCN_WORDS = frozenset(ROLE_HEADS | KIN_WORDS | _GROUP_NOUNS | {"seorang", "salah", "pekerja"})


_SENTENCE_ROLE_WORD = r"([A-Z][a-z]+)(?=[^\S\n]+[a-z])"
_SENTENCE_ROLE = re.compile(r"(?:^|[.!?][^\S\n]+|\n)" + _SENTENCE_ROLE_WORD)
# The two halves of _SENTENCE_ROLE (scan.matches_from_start_or_after)
_SENTENCE_ROLE_FIRST = re.compile(_SENTENCE_ROLE_WORD)
_SENTENCE_ROLE_AFTER = re.compile(r"(?:[.!?][^\S\n]+|\n)" + _SENTENCE_ROLE_WORD)


_COMMA_CAP = re.compile(r",[^\S\n]+[A-Z]")




# The start of each lowercase word (with or without "-nya") that can head a lowercase role.
_LRCN_AT = re.compile(r"(?<![\w\-])(?:" + _trie_pattern(w for w in _LRCN_WORDS if re.fullmatch("[a-z]+", w))
                      + r")(?:nya)?\b")
# The words _LRCN_AT matches (each a whole word: a letter or a hyphen never stands right before
# it, and no word character after it), and the ones too short for lowercase_words.
_LRCN_FORMS = frozenset(w + nya for w in _LRCN_WORDS if re.fullmatch("[a-z]+", w) for nya in ("", "nya"))
_LRCN_SHORT = tuple(sorted(w for w in _LRCN_FORMS if len(w) < 3))
_HYPHEN = re.compile("-")
_LOWER_TAIL = re.compile(r"[a-z]+\Z")


def _lowercase_heads(text: str) -> list[int]:
    """The offsets `_LRCN_AT.finditer(text)` gives, found from the text's lowercase words
    (lowercase_words, a cached scan the people passes need anyway) instead of a scan that tries
    the role words at every offset: each form the text writes as a word is looked up with
    str.find and checked by _LRCN_AT there. A form followed by a hyphen ("warga-warga") is no
    lowercase word: the words before each hyphen are checked too."""
    forms = set(lowercase_words(text) & _LRCN_FORMS)
    forms.update(w for w in _LRCN_SHORT if w in text)
    for h in _HYPHEN.finditer(text):
        tail = _LOWER_TAIL.search(text, max(0, h.start() - 40), h.start())
        if tail is not None and tail.group(0) in _LRCN_FORMS:
            forms.add(tail.group(0))
    return sorted({m.start() for m in matches_where_written(_LRCN_AT, text, forms)})


# "oleh psikolog klinis Nur Aisyah Tuasikal": a lowercase role word, then a full name.
# "pengamat politik dari Universitas Flores Yohanes Bili menilai": a lowercase role, where the
# person works, then the name (split from the organisation by vocabulary), then a verb or a comma.
_LOWER_ROLE_FROM_WORDS = ("psikolog dokter pengamat peneliti dosen guru ekonom pakar ahli aktivis pegiat pengajar "
                          "epidemiolog sosiolog akademisi praktisi pemerhati analis prakirawan").split()
# The letters a match can open with: the words' first letters in either case, and what (?i) also
# reads as one of them ("ſ" is an "s"). Written first as a lookahead, it lets re skip to those
# letters, where the leading "\b" made it try every offset of the text.
_LOWER_ROLE_FROM_FIRST = "".join(sorted({c for w in _LOWER_ROLE_FROM_WORDS for c in (w[0], w[0].upper())}
                                        | ({"\u017f"} if any(w[0] == "s" for w in _LOWER_ROLE_FROM_WORDS) else set())
                                        | ({"\u212a"} if any(w[0] == "k" for w in _LOWER_ROLE_FROM_WORDS) else set())
                                        | ({"\u0130", "\u0131"} if any(w[0] == "i" for w in _LOWER_ROLE_FROM_WORDS) else set())))
_LOWER_ROLE_FROM = re.compile(
    r"(?=[" + _LOWER_ROLE_FROM_FIRST + r"])\b(?P<role>(?i:" + _trie_pattern(_LOWER_ROLE_FROM_WORDS)
    + r")(?:[^\S\n]+[a-z]+){0,3}?)[^\S\n]+(?:dari|di)[^\S\n]+"
    r"(?P<run>[A-Z][\w\-]*(?:[^\S\n]+(?:[A-Z][\w\-]*|\([A-Z][\w\-]*\))){2,9})(?=[^\S\n]*,|[^\S\n]+(?:me|ber)[a-z]{3,}\b)"
)


_LOWER_ROLE_NAME = re.compile(
    r"\b(?P<role>(?:psikolog|dokter|pengamat|peneliti|dosen|guru|ekonom|pakar|ahli|aktivis|pegiat|relawan|"
    r"pendamping|pekerja[^\S\n]+sosial|terapis|instruktur|fasilitator|koordinator|konselor|epidemiolog|sosiolog|"
    r"akademisi|praktisi|pemerhati)(?:[^\S\n]+[a-z]+){0,3})[^\S\n]+(?P<name>" + _NAME_TOKEN + r"(?:[^\S\n]+" + _NAME_TOKEN + r"){1,3})\b"
)


# Before a place, or before an event, program or venue name ("acara Gala Dinner, ..."): no person.
_PREPOSITION_BEFORE = re.compile(r"\b(?:di|ke|dari|menuju|kawasan|wilayah|daerah|kota|kabupaten|desa|provinsi|pulau|asal|"
                                 r"acara|kegiatan|program|event|festival|lomba|rapat|gerakan|kampanye|hotel|gedung|"
                                 r"aula|aplikasi|the|unsur|jajaran)[^\S\n]+$", re.IGNORECASE)


def _after_preposition(text: str, pos: int) -> bool:
    """A capitalized word after "di", "ke", "dari" is a place, not a person."""
    return bool(_PREPOSITION_BEFORE.search(text, max(0, pos - 12), pos))


# A verb right after a role's words ("didampingi", "menyerahkan"): a clause, its subject the office (not a
# noun made like one: "disabilitas", "dinas").
_VERB_IN = re.compile(r"(?:me[nmr]?|ber)[a-z]{3,}|di[a-z]{3,}(?:i|kan)")


# A preposition or a fronting word opening the sentence before a role: the words up to the comma are a fronted
# phrase about something ("Terkait warga yang melawan, Sultan mengatakan"), not the name's role.
_FRONTED_BEFORE = re.compile(r"(?<![\w\-])(?:[Tt]erkait|[Mm]enurut|[Uu]ntuk|[Bb]agi|[Ss]oal|[Mm]engenai|[Tt]entang|[Aa]tas|"
                             r"[Dd]engan|[Dd]alam|[Kk]epada|[Pp]ada|[Dd]i|[Kk]e|[Dd]ari|[Oo]leh|[Bb]ersama|[Mm]elihat|"
                             r"[Mm]enanggapi|[Mm]enyikapi|[Ss]ebagai|[Ss]elain|[Ss]aat|[Kk]etika|"
                             # a fronted clause opening with its verb ("Menjadi narasumber, Name menyampaikan ...")
                             r"[Mm]e[a-z]{3,}|[Bb]er[a-z]{3,})(?![\w\-])")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts, looking back 200 characters at most (a page of one
    endless sentence asks a bounded question at every match)."""
    lo = max(0, pos - 200)
    stop = text.rfind(". ", lo, pos)
    return max(stop + 2 if stop >= 0 else lo, text.rfind("\n", lo, pos) + 1)


def _lowercase_roles(text: str, taken: _Taken) -> list[Intro]:
    """Lowercase roles: "Seorang warga Kelurahan Tanjung, Mulyadi,", "psikolog klinis Nur Aisyah",
    "pengamat politik dari Universitas X Name menilai"."""
    out = []
    lower_heads = _lowercase_heads(text)
    # "Pekerja sosial Balai Kenanga, Nur Fadillah,": a lowercase role capitalized only because it
    # opens the sentence. Read it with that letter lowered (same offsets).
    initial = [m.start(1) for m in matches_from_start_or_after(_SENTENCE_ROLE_FIRST, _SENTENCE_ROLE_AFTER, text)
               if m.group(1).lower() in _LRCN_WORDS and _COMMA_CAP.search(text, m.start(1), m.start(1) + 90)]
    scan = text
    if initial:
        chars = list(text)
        for i in initial:
            chars[i] = chars[i].lower()
        scan = "".join(chars)
        lower_heads = sorted(set(lower_heads) | set(initial))
    for m in matches_at(_LOWER_ROLE_COMMA_NAME, scan, lower_heads):
        if m.group("role")[:1].isupper() or not taken.free(m.start("name"), m.end("name")):
            continue  # the capitalized form is handled above
        head = m.group("role").split()[0].lower().removesuffix("nya")
        if not m.group("close") and _FRONTED_BEFORE.search(text, _sentence_start(text, m.start("role")), m.start("role")):
            continue  # "Terkait keluhan warga Desa X, Name mengatakan": a fronted phrase, then the subject; no role
        if m.group("close") == "." and (head not in ROLE_HEADS or head in _GENERIC_ROLES
                                        or _strip_role(m.group("role")) != m.group("role").strip()):
            # "melalui ketuanya, Name.": an office's holder ends a sentence too; not a group's member
            # ("warga, Sukamaju."), nor after a clause ("sebagai bupati bersama calon wakilnya, Name.")
            continue
        name = _trailing_plain(m.group("name"))
        if name and _place_list_goes_on(text, m):
            continue  # "karyawan asal Kemanggisan, Palmerah, Jakarta Barat,": places, no name
        if name and opens_a_list(text, m.start("role"), m.end("role") + 2):
            continue  # "warga tiga desa yakni Sukamaju, Cikareo, ...": an item of a list
        if name and name == clean_name(m.group("name")):
            raw = text[m.start("role"):m.end("role")]
            role = _strip_role(raw)
            rest = raw[len(role):].split() if raw.startswith(role) else []
            if raw[:1].isupper() and rest and _VERB_IN.fullmatch(rest[0]):
                # "Bupati didampingi staf, Name,": an office opening the sentence, then its verb: the clause's
                # subject, the name its object's ("Guru yang terluka adalah pengajar X, Name," keeps Name)
                continue
            if role.split()[0].lower() in KIN_WORDS and len(role.split()) == 1:
                role = None  # "anaknya" is a relation, not a role
            out.append((m.start("name"), m.end("name"), name, role))
            taken.take(m.start(), m.end())
    for m in matches_at(_LOWER_ROLE_NAME, text, lower_heads):
        name = _trailing_plain(m.group("name"))
        if (name and len(name.split()) >= 2 and name == clean_name(m.group("name"))
                and taken.free(m.start("name"), m.end("name"))):
            out.append((m.start("name"), m.end("name"), name, m.group("role")))
            taken.take(*m.span())
    out += _members_of(text, taken)
    for m in _LOWER_ROLE_FROM.finditer(scan):
        split = split_role_name("X " + m.group("run"))
        if split and len(split[1].split()) >= 2 and taken.free(m.start("run"), m.end("run")):
            name = clean_name(split[1])
            start = m.end("run") - len(split[1])
            if plausible_name(name):
                role = text[m.start("role"):m.end("run") - len(split[1])].strip()
                out.append((start, start + len(name), name, role))
                taken.take(m.start("run"), m.end("run"))
    return out


# "diikuti anggota Komisi VIII DPR RI Maman Imanulhaq yang ...": a member, lowercase, of a council or
# commission named in capitals, then a full name (split from the body by vocabulary).
_MEMBER_OF = re.compile(
    r"(?<![\w\-])anggota[^\S\n]+(?P<run>(?:[A-Z]{2,}[A-Z\d]*|Komisi|Fraksi|Dewan|Majelis|Badan)"
    r"(?:[^\S\n]+(?:[A-Z][\w\-]*|[IVX]+|\d{1,2})){2,9})(?=[^\S\n]*,|[^\S\n]+(?:yang|me[a-z]{3,}|ber[a-z]{3,})\b)")


_NUMBERED_BODIES = frozenset("Komisi Fraksi Badan Dewan Majelis Pansus Wilayah Daerah".split())


def _balinese_name_at(run: str) -> int | None:
    """"DPRD Bali I Wayan Sutena": the word index of an "I" or "Ni" that numbers no body: it opens a
    Balinese name."""
    words = run.split()
    return next((j for j, w in enumerate(words) if w in ("I", "Ni") and (j == 0 or words[j - 1] not in _NUMBERED_BODIES)),
                None)


def _members_of(text: str, taken: _Taken) -> list[Intro]:
    from .analysis import root_words  # PySastrawi's dictionary, loaded once

    out = []
    for m in _MEMBER_OF.finditer(text) if "anggota " in text else ():
        split = split_role_name("Anggota " + m.group("run"))
        bali = _balinese_name_at(m.group("run"))
        if bali is not None:  # the name is "I ..." to the end, of three to five words, or no one's
            words = m.group("run").split()
            split = (" ".join(words[:bali]), " ".join(words[bali:])) if bali and 3 <= len(words) - bali <= 5 else None
        if split and len(split[1].split()) >= 2 and taken.free(m.start("run"), m.end("run")):
            name = clean_name(split[1])
            start = m.end("run") - len(split[1])
            # not a division's words ("anggota KPU Kota X Divisi Sosialisasi")
            if plausible_name(name) and name == split[1] and not all(w.lower() in root_words() for w in name.split()):
                out.append((start, start + len(name), name, text[m.start():start].strip()))
                taken.take(m.start(), m.end())
    return out


# English offices written in lowercase before a full name ("Social worker Rina Marlina said", "Ministry of
# Social Affairs spokesperson Andi Wijaya said"): the organisation's capitalized words before the office
# stay in the role; an English verb or a comma must follow the name.
_EN_LOWER_OFFICE = re.compile(
    r"(?P<role>(?:[A-Z][a-z]+[^\S\n]+(?:(?:of|for)[^\S\n]+)?){0,5}(?:[Ss]ocial[^\S\n]+worker|[Ss]pokes(?:person|man|woman)))"
    r"[^\S\n]+(?P<name>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){1,3})(?=[^\S\n]*,|[^\S\n]+(?:said|says|added|explained|stated|told|"
    r"accompanied|visited|confirmed)\b)")


def english_lower_offices(text: str, taken: _Taken) -> list[Intro]:
    out = []
    for m in _EN_LOWER_OFFICE.finditer(text) if ("worker " in text or "spokes" in text) else ():
        name = m.group("name")
        if plausible_name(name) and clean_name(name) == name and taken.free(m.start("name"), m.end("name")):
            out.append((m.start("name"), m.end("name"), name, " ".join(m.group("role").split())))
            taken.take(m.start("name"), m.end("name"))
    return out
