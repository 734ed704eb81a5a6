"""Introductions of people the text names without an office: by the group they belong to or by
kinship ("Salah seorang warga Kelurahan X Name mengaku", "Name warga Desa X", "nenek Sumi"); used by
`intros`."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .names import LATE_WORDS, NAME_PATTERN, _trailing_plain, clean_name, lowercase_words, plausible_name, _token_ok
from .rolesplit import split_role_name
from .gazetteer import KNOWN_PLACES
from .roles import ROLE_HEADS
from .scan import matches_at, matches_where_written, offsets_of, offsets_of_any, word_start_pattern, words_after_hyphens

if TYPE_CHECKING:
    from .intros import Intro, _Taken


# "Salah seorang warga Kelurahan Sukamaju Rahmah mengaku": one of a group, a place, the name,
# no commas. The name is where split_role_name puts it.
_ONE_OF_NAME = re.compile(
    r"[Ss](?<!\w[Ss])(?:alah[^\S\n]+(?:satu|seorang)|eorang)[^\S\n]+(?P<role>(?:warga|penerima|peserta|pedagang|petani|nelayan|"
    r"pengunjung|penyandang|lansia|orangtua|orang[^\S\n]+tua|ibu|bapak|relawan|pengungsi|korban|pasien|siswa|mahasiswa)"
    r"(?:[^\S\n]+[a-z]+){0,2}?)[^\S\n]+(?P<run>[A-Z][\w'\-]*\.?(?:[^\S\n]+[A-Z][\w'\-]*\.?){0,6})"
    r"(?=[^\S\n]*,|[^\S\n]+(?:yang|juga|pun|me[a-z]{2,}|ber[a-z]{3,}|meng[a-z]+)\b)"
)


# "nenek Sumi", "mbah Sarinah": an elder called by kinship and one name.
_KIN_WORDS_CALLED = ["nenek", "kakek", "mbah", "eyang", "oma", "opa"]
_KIN_NAME = re.compile(word_start_pattern(_KIN_WORDS_CALLED) + r"[^\S\n]+(?P<name>[A-Z][a-z]{2,})\b(?=[^\S\n]+[a-z]|[^\S\n]*[,.])")


_BERNAMA_END = re.compile(r"[^\S\n]+(?:yang[^\S\n]+)?(?:bernama|berinisial)$")


def _one_of_a_group(text: str, taken: _Taken) -> list[Intro]:
    """"Salah seorang warga Kelurahan X Name mengaku": one of a group, a place, the name."""
    out = []
    for m in _ONE_OF_NAME.finditer(text):
        split = split_role_name(m.group("role") + " " + m.group("run"))
        if split and taken.free(m.start("run"), m.end("run")):
            name = clean_name(split[1])
            if plausible_name(name):
                start = m.end("run") - len(split[1])
                role = _BERNAMA_END.sub("", " ".join(split[0].split()))  # "nelayan bernama Name": the group only
                out.append((start, start + len(name), name, role or None))  # the group and its place
                taken.take(m.start("run"), m.end("run"))
    return out


def _kin_called(text: str, taken: _Taken) -> list[Intro]:
    """"nenek Sumi": an elder called by kinship and one name (no span taken)."""
    return [(m.start("name"), m.end("name"), m.group("name"), None) for m in _kin_names(text)
            if _token_ok(m.group("name")) and taken.free(m.start("name"), m.end("name"))]


def _kin_names(text: str) -> list[re.Match]:
    """What `_KIN_NAME.finditer(text)` gives (no two matches can overlap), found from the text's
    lowercase words: a kin word has a space after it, so it is one of lowercase_words unless a
    hyphen stands before it. Each is looked up with str.find and matched where it stands,
    instead of a scan led by five common letters."""
    words = lowercase_words(text)
    kins = [kin for kin in _KIN_WORDS_CALLED if kin in words or kin in words_after_hyphens(text)]
    return sorted(matches_where_written(_KIN_NAME, text, kins), key=lambda m: m.start())


# "seperti Darlin Adam warga Desa Tupa Kecamatan Bulango Utara.": a full name, then the group it
# belongs to and that group's place, no comma between.
_GROUP_WORDS = ("warga", "penduduk", "petani", "nelayan", "pedagang")
_PLACE_UNITS = r"(?:Desa|Kelurahan|Dusun|Kampung|Kecamatan|Kabupaten|Kota|RT|RW)"
# a unit word, then up to four words that are not one (so each word has one reading: no backtracking
# blow-up on a long run of unit words)
_GROUP_PLACE = re.compile(
    r"(?:" + "|".join(_GROUP_WORDS) + r")(?:[^\S\n]+" + _PLACE_UNITS
    + r"(?:[^\S\n]+(?!" + _PLACE_UNITS + r"(?![\w\-]))[A-Z0-9][\w\-]*){1,4}){1,4}(?=[^\S\n]*[,.;]|[^\S\n]+[a-z])"
)
_NAME_BEFORE = re.compile(r"(?<![\w.])(?P<name>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){1,3})[^\S\n]+$")


def _name_then_group(text: str, taken: _Taken) -> list[Intro]:
    """"Darlin Adam warga Desa Tupa Kecamatan Bulango Utara": the name, then its group and place."""
    out = []
    words = lowercase_words(text)
    for m in matches_where_written(_GROUP_PLACE, text, [w for w in _GROUP_WORDS if w in words]):
        before = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if before is None:
            continue
        name = clean_name(before.group("name"))
        start = before.start("name")
        if name == before.group("name") and plausible_name(name) and taken.free(start, m.end()):
            out.append((start, start + len(name), name, " ".join(m.group(0).split())))
            taken.take(start, m.end())
    return out


# "warga Desa Dauh Puri", "penerima bantuan asal Kelurahan Sukamaju": a group word, then only the
# place it names (capitalized words, a unit's number, "asal"/"dari"/"di").
_GROUP_HEADS = frozenset("warga penduduk penerima peserta pedagang petani nelayan buruh pengungsi korban "
                         "lansia penyandang pasien siswa siswi mahasiswa mahasiswi pelajar".split())
_PLACE_LINKS = frozenset("asal dari di rt rw no".split())


def group_and_place(role: str) -> bool:
    """Whether a lowercase description is a group and its place only, nothing a clause would add:
    "kepada Ni Luh Ariani, warga Desa Dauh Puri." describes her ("Menurut Rina, warga di sana
    kesulitan air" does not)."""
    words = role.split()
    if len(words) < 2 or words[0].lower() not in _GROUP_HEADS or not words[1][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _PLACE_LINKS for w in words[1:])


# "Tiga warga penerima bantuan yakni Sarmini, Kusnadi, dan Tukiyem": people of a group named in a
# list after "yakni"/"yaitu"/"antara lain"/"masing-masing", each by name only (an age may follow).
_LIST_CUE = re.compile(r"\b(?:yakni|yaitu|antara[^\S\n]+lain|di[^\S\n]?antaranya|masing-masing|(?P<like>seperti)|"
                       r"(?P<present>(?:(?:[Tt]urut|[Tt]ampak)[^\S\n]+)?[Hh]adir(?:[^\S\n]+(?:pula|juga))?))"
                       r"[^\S\n]*:?[^\S\n]+(?=[A-Z])")
# What each _LIST_CUE match opens with ("di antaranya" opens two or three characters before "antaranya"): words
# that are whole lowercase words where they match (names.lowercase_words has them, unless a hyphen stands
# before: scan.words_after_hyphens), and the others.
_LIST_CUE_LOWER = ("yakni", "yaitu", "antara", "seperti", "turut", "tampak", "hadir")
_LIST_CUE_OTHER = ("masing-masing", "Turut", "Tampak", "Hadir")


def _list_cue_starts(text: str) -> list[int]:
    """Every offset where a _LIST_CUE match can open, found with str.find (a scan led by the cues'
    common first letters cost more than the rest of _listed_names)."""
    words = lowercase_words(text)
    cues = [w for w in _LIST_CUE_OTHER if w in text]
    cues += [w for w in _LIST_CUE_LOWER if w in words or w in words_after_hyphens(text)]
    return sorted({*offsets_of_any(text, cues), *(at - k for at in offsets_of(text, "antaranya") for k in (2, 3) if at >= k)})


_LIST_ITEM = re.compile(r"(?P<name>[A-Z][\w'\-]*(?:[^\S\n]+[A-Z][\w'\-]*){0,3})(?P<age>[^\S\n]*\(\d{1,3}(?:[^\S\n]+tahun)?\))?")
_LIST_JOIN = re.compile(r"[^\S\n]*(?:,[^\S\n]*(?:dan|serta)?|[^\S\n]+(?:dan|serta))[^\S\n]+(?=[A-Z])")
_LIST_END = re.compile(r"[^\S\n]*(?:[,.;:]|$)|[^\S\n]+[a-z]")
# (not "anak": "anak sungai", "anak perusahaan"; not "keluarga": "keluarga Bapak X" lists households;
# not "peserta", "pemenang", "juara", "atlet": teams, schools and villages take part and win too)
_LISTED_GROUPS = frozenset("warga penerima korban siswa siswi pelajar mahasiswa orang pengungsi lansia "
                           "pasien relawan petani nelayan pedagang penyandang "
                           "nama-nama awak kru pekerja buruh santri tokoh pejabat narasumber pembicara pemateri".split())
# Places, units and kinds a list after the group word may name instead of its people.
_LISTED_THINGS = frozenset("desa kelurahan kecamatan kabupaten kota provinsi wilayah daerah lokasi titik kampung "
                           "dusun pulau negara tempat kawasan rt rw sekolah perusahaan instansi lembaga organisasi "
                           "kegiatan program cabang jenis bidang kategori kelompok posko panti balai sentra "
                           "universitas kampus komunitas yayasan".split())
MAX_LISTED = 12


# "masing-masing Lina Marlina dari Universitas X dan Budi Rahardjo dari Dinas Y": where each item comes from.
_AFFILIATION = re.compile(r"[^\S\n]+(?:dari|asal)[^\S\n]+[A-Z][\w\-]*(?:[^\S\n]+[A-Z][\w\-]*){0,6}")


def _after_affiliation(text: str, pos: int) -> int:
    m = _AFFILIATION.match(text, pos)
    return m.end() if m else pos


def _listed_names(text: str, taken: _Taken) -> list[Intro]:
    """"Tiga warga ... yakni Sarmini, Kusnadi, dan Tukiyem": every item of a list that names people
    of a group the sentence speaks of. All items must be names (one place or organisation among
    them and the list is of things), two at least, the last joined by "dan"/"serta"."""
    out = []
    for cue in matches_at(_LIST_CUE, text, _list_cue_starts(text)) if ("yakni" in text or "yaitu" in text or "antara" in text
                                            or "masing-masing" in text or "adir" in text or "seperti" in text) else ():
        lo = max(0, cue.start() - 100)  # the sentence's last words only: bounded on a long text
        head = max(text.rfind(". ", lo, cue.start()), text.rfind("\n", lo, cue.start()), lo - 1) + 1
        words = re.findall(r"[\w\-]+", text[head:cue.start()].lower())
        last_group = max((k for k, w in enumerate(words) if w in _LISTED_GROUPS), default=-1)
        if cue.group("present") or cue.group("like"):
            pass  # checked below: "hadir" lists only of a group's members, "seperti" only with ages
        elif cue.group(0).startswith("masing") and any(w in ROLE_HEADS for w in words):
            pass  # "Ketua dan Sekretaris Panitia, masing-masing A dan B": the holders of those offices
        elif last_group < 0 or any(w in _LISTED_THINGS for w in words[last_group + 1:]):
            continue  # "warga dari tiga desa yakni ...": the list names the desa, not the warga
        items, pos, joined, aged = [], cue.end(), False, 0
        while len(items) <= MAX_LISTED:
            m = _LIST_ITEM.match(text, pos)
            if m is None:
                break
            items.append((m.start("name"), m.group("name")))
            aged += bool(m.group("age"))
            pos = _after_affiliation(text, m.end())
            j = _LIST_JOIN.match(text, pos)
            if j is None:
                break
            joined = joined or "dan" in j.group(0) or "serta" in j.group(0)
            if joined and len(items) >= 1 and ("dan" in j.group(0) or "serta" in j.group(0)):
                last = _LIST_ITEM.match(text, j.end())
                if last is not None:
                    items.append((last.start("name"), last.group("name")))
                    aged += bool(last.group("age"))
                    pos = _after_affiliation(text, last.end())
                break
            pos = j.end()
        if not joined or len(items) < 2 or not _LIST_END.match(text, pos):
            continue
        if not all(clean_name(n) == n and plausible_name(n) for _s, n in items):
            continue
        if cue.group("like") and aged < len(items):
            continue  # "seperti Jakarta, Bandung, dan Bogor": examples of anything; with ages, of people
        if cue.group("present") and last_group < 0 and not all(_person_shaped(n) for _s, n in items):
            # "Hadir pula Persib, Persija, dan Arema", "Hadir pula Karang Taruna dan Pramuka Saka
            # Bhakti": the names of teams and organisations look like people's; a bare list of who was
            # present is read only when every item is a full name (two words or more, at most one of
            # them a dictionary word), else as a group's members or with their offices (the role forms)
            continue
        for start, name in items:
            if taken.free(start, start + len(name)):
                out.append((start, start + len(name), name, None))
                taken.take(start, start + len(name))
    return out


def _person_shaped(name: str) -> bool:
    """A full name, not an organisation's: two to four words, at most one an Indonesian dictionary
    word ("Budi Santoso"; not "Karang Taruna", "Pramuka Saka Bhakti")."""
    from .analysis import root_words  # PySastrawi's dictionary, loaded once

    words = name.lower().split()
    return 2 <= len(words) <= 4 and sum(w in root_words() for w in words) <= 1


def opens_a_list(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds "yakni"/"yaitu"/... before a capital: a name between commas
    after it is an item of that list ("warga tiga desa yakni Sukamaju, Cikareo, dan ..."), not
    the holder of the words before."""
    return _LIST_CUE.search(text, start, end) is not None


# "Suparman bin Karto", "Siti Aminah binti Sulaiman": a name joined to the father's by bin/binti
# is a person's wherever it stands (no role or cue needed), unless a place or building bears it.
_BIN_NAME = re.compile(r"(?<![\w\-])(?P<name>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){0,2}[^\S\n]+bin(?:ti)?[^\S\n]+"
                       r"[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){0,2})(?![\w\-])")
_NAMED_AFTER_WORDS = frozenset("masjid musala musholla mushola jalan jl gang gg pesantren ponpes madrasah sekolah yayasan "
                               "gedung universitas institut taman lapangan stadion rumah kampung perumahan komplek "
                               "kompleks makam pondok".split())


def _bin_names(text: str, taken: _Taken) -> list[Intro]:
    """"Suparman bin Karto": a person named with bin/binti, not after a capitalized word (an
    organisation's or place's name: "Masjid Umar bin Khattab") or a building or street word."""
    out = []
    for m in _BIN_NAME.finditer(text) if " bin" in text else ():
        before = text[max(0, m.start() - 30):m.start()].split()
        if before and ((before[-1][:1].isupper() and not before[-1].endswith(",")) or before[-1].strip(".,").lower() in _NAMED_AFTER_WORDS):
            continue
        words = m.group("name").split()
        start = m.start()
        if words.index("bin" if "bin" in words else "binti") >= 2 and _opens_sentence(text, start):
            from .analysis import root_words  # PySastrawi's dictionary, loaded once

            if words[0].lower() in root_words() or words[0].endswith("nya"):  # "Jenazah X bin Y", "Ibunya X binti Y"
                start = text.index(words[1], start + len(words[0]))
                words = words[1:]
        name = " ".join(words)
        if plausible_name(name) and taken.free(start, m.end()):
            out.append((start, m.end(), name, None))
            taken.take(start, m.end())
    return out


def _opens_sentence(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].rstrip(" \t")
    return not before or before[-1] in ".!?\n\"”"


# "almarhum Haji Darsa Sutisna", "Sdr. Yanto Kuswara (27)": words that only ever stand before a
# person's name (the late, the addressed), so the name needs no role.
# (every match opens with one of the words' first letters: said first as a lookahead, re skips to them)
_PERSON_WORD = re.compile(
    r"(?=[AaMmSsHUKBPTIN])(?<![\w.])(?:" + LATE_WORDS + r"|[Aa]lmh\.|Sdri?\.|Saudara|Saudari|atas[^\S\n]+nama|"
    r"(?P<cleric>Habib|Ustaz|Ustadz|Ustazah|Ustadzah|Kiai|Kyai|Buya|Pdt\.|Syekh|Syaikh|Syeikh|Tuan[^\S\n]+Guru|Mrs?\.|Ms\.)|"
    r"(?P<hon>Bapak|Pak|Ibu|Bu|Mbah|Nenek|Kakek|Mak|Abah|Mbok))[^\S\n]+(?P<name>" + NAME_PATTERN + r")")


def _named_after(text: str, pos: int) -> bool:
    """The word before `pos` is a building, street or institution word, or capitalized (a longer
    proper name)."""
    before = text[max(0, pos - 30):pos].split()
    return bool(before) and (before[-1].strip(".,").lower() in _NAMED_AFTER_WORDS
                             or (before[-1][:1].isupper() and not before[-1].endswith((",", "."))))


def _named_after_a_person_word(text: str, taken: _Taken) -> list[Intro]:
    """"almarhum Haji Darsa Sutisna", "Sdr. Yanto Kuswara": a person named after a word used only
    for people (the honorific the name keeps is dropped); a one-word name only before an age."""
    out = []
    # (" (" first: most texts write one, and the test stops there)
    if not any(w in text for w in (" (", "lmarhum", "lm.", "lmh.", "endiang", "Sdr", "Saudar", "atas nama", "Habib", "Ust",
                                   "Kiai", "Kyai", "Buya", "Pdt.", "Syekh", "Syaikh", "Syeikh", "Tuan Guru", "Mr.", "Mrs.", "Ms.")):
        return out
    for m in _PERSON_WORD.finditer(text):
        if m.group("cleric") and _named_after(text, m.start()):
            continue  # "Jalan Kiai Haji X", "Pondok Pesantren Buya X": a place named after a cleric
        name = clean_name(m.group("name"))
        aged = _AGE_AFTER.match(text, m.end("name"))
        if not plausible_name(name) or ((m.group("hon") or " " not in name) and not aged and not _sdr_one_word(m, name)):
            continue  # "Pak Darto (60)": an address needs the age to be surely a person's
        start = m.start("name") + m.group("name").find(name)
        if start >= m.start("name") and taken.free(start, start + len(name)):
            out.append((start, start + len(name), name, _job_before_bernama(m.group(0))))
            taken.take(start, start + len(name))
    return out


# Jobs and groups a "seorang <job> bernama Name" names its person by: the role ("seorang petani bernama Karto")
_JOBS_BEFORE_BERNAMA = frozenset("petani nelayan pedagang buruh guru sopir pengemudi warga pelajar siswa siswi "
                                 "mahasiswa mahasiswi pengunjung penumpang karyawan pekerja tukang".split())


def _job_before_bernama(matched: str) -> str | None:
    words = matched.split()
    k = words.index("bernama") if "bernama" in words else 0
    job = words[1:k]
    if words[0].lower() == "seorang" and 1 <= len(job) <= 2 and job[0] in _JOBS_BEFORE_BERNAMA:
        return " ".join(job)
    return None


def _sdr_one_word(m: re.Match, name: str) -> bool:
    """"milik Sdr. Kardiman": the written-short "Sdr."/"Sdri." addresses only a person, so one word after
    it that is no Indonesian word is a name without an age."""
    from .analysis import root_words  # PySastrawi's dictionary, loaded once

    return m.group(0).startswith("Sdr") and " " not in name and name.lower() not in root_words()


_AGE_AFTER = re.compile(r"[^\S\n]*\(\d{1,3}(?:[^\S\n]+tahun)?\)")


# "Sutrisno alias \"Tris\" (41)": a name, "alias", the other name it goes by.
# (a name opens with a capital or a lowercase honorific, "dr."/"drg."/"apt.": said first as a lookahead, re skips
# to those characters instead of trying the name at every offset)
_ALIAS_OF = re.compile(r"(?=[A-Zad])(?P<name>" + NAME_PATTERN + r")[^\S\n]+alias[^\S\n]+(?P<q>\"?)(?P<alias>[A-Z][\w'\-]*"
                       r"(?:[^\S\n]+[A-Z][\w'\-]*){0,2})(?P=q)")


def _aliased_names(text: str, taken: _Taken) -> list[Intro]:
    """"Sutrisno alias \"Tris\"": who goes by another name is a person (the name before "alias", as
    far as it is a name; not after a place or organisation word)."""
    out = []
    for m in _ALIAS_OF.finditer(text) if " alias " in text else ():
        name = _trailing_plain(m.group("name"))
        if not name:
            continue
        start = m.end("name") - len(m.group("name")) + m.group("name").rfind(name)
        before = text[max(0, start - 30):start].split()
        if before and (before[-1].strip(",").lower() in _NAMED_AFTER_WORDS | {"desa", "kampung", "kota", "kabupaten"}
                       or (before[-1][:1].isupper() and not before[-1].endswith(","))):
            continue  # "Pasar Baru alias Pasar Lama": the run before "alias" is not wholly a name
        if taken.free(start, start + len(name)):
            out.append((start, start + len(name), name, _job_before_bernama(m.group(0))))
            taken.take(start, start + len(name))
    return out


# "Karsinah (70) tinggal ...", "bersama Eso Saputra (61).": a name with an age in brackets is a person
# with no role. Not a place or a thing counted or numbered ("Jawa Barat (56)", "Ayat (1)").
_AGE_AT = re.compile(r"\((?P<age>[1-9]\d?)(?:[^\S\n]+[Tt]ahun|[^\S\n]*th\.?)?\)(?=[^\S\n]*[,.;:]|[^\S\n]+[a-z]|[^\S\n]*$)")
_RUN_BEFORE = re.compile(r"(?<![\w.\-])(?P<run>[A-Z][\w'\-]*(?:[^\S\n]+[A-Z][\w'\-]*){0,3})[^\S\n]*$")
_WORD_BEFORE_RUN = re.compile(r"(?P<w>[\w\-]+)[^\S\n]*$")
_NOT_AFTER = frozenset("di ke dari asal menuju kawasan wilayah daerah kota kabupaten desa kelurahan kecamatan provinsi "
                       "pulau alias nomor no tim regu".split())
_AREA_WORDS = frozenset("barat timur utara selatan tengah raya".split())
_NUMBERED = frozenset("ayat pasal huruf butir angka bab nomor tahap poin kelas gelombang sesi jilid bagian lampiran "
                      "tim grup regu kloter zona lantai blok pintu ruang kamar seri tipe versi paket periode babak "
                      "juz surat pos rt rw kapal km kmp perahu kereta bus truk mobil motor gedung jalan lagu "
                      "paket unit".split())
# Function words that open a sentence before a name ("Ialah Dani (21), penari muda, ...").
_SENTENCE_OPENERS = frozenset("ialah adalah yakni yaitu sementara kemudian lalu bahkan termasuk misalnya seperti "
                              "begitupun begitu kini tapi tetapi namun sedangkan".split())
_PSEUDONYM_BEFORE = re.compile(r"\b(?:[Ss]ebut[^\S\n]+(?:saja|namanya)|nama[^\S\n]+samaran(?:nya)?)[^\S\n]*,?[^\S\n]*$")
_COUNT_IN_SENTENCE = re.compile(r"\(\d{3,}|\(\d+[^\S\n]+[a-z]")


def _aged_names(text: str, taken: _Taken) -> list[Intro]:
    out = []
    if " (" not in text:
        return out
    lower = lowercase_words(text)
    groups = list(_aged_lists(text))
    found_in = [[_aged_name(text, m, run, lower) for m, run in group] for group in groups]
    # a sentence where one bracketed number follows a place or thing counts or scores ("Persib Bandung (3)
    # menang atas Persija (1)"): none of its bracketed numbers is an age
    counted = {_sentence_at(text, m.start()) for group, found in zip(groups, found_in)
               for (m, _run), name in zip(group, found) if name is None}
    for group, found in zip(groups, found_in):
        if None in found and len(group) > 1:
            continue  # "dari Sukamaju (48), Cikole (36), dan Mekarsari (29)": one item a place, all places
        if any(_sentence_at(text, m.start()) in counted for m, _run in group):
            continue
        for (m, run), name in zip(group, found):
            if name is None:
                continue
            start = run.end("run") - len(name)
            if text[start:run.end("run")] == name and taken.free(start, run.end("run")):
                out.append((start, run.end("run"), name, None))
                taken.take(start, m.end())
    return out


def _sentence_at(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts (a stop and a space, or a line's start)."""
    lo = max(0, pos - 300)
    return max(text.rfind(". ", lo, pos), text.rfind("\n", lo, pos), lo - 1) + 1


_LIST_JOINER = re.compile(r"[^\S\n]*,?[^\S\n]*(?:(?:dan|serta)[^\S\n]+)?")


def _aged_lists(text: str):
    """Each "Name (n)" with the run before it, grouped into the lists they make ("A (9), B (11), dan C (13)")."""
    group: list = []
    for m in _AGE_AT.finditer(text):
        run = _RUN_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if run is None:
            continue
        if group and not _LIST_JOINER.fullmatch(text, group[-1][0].end(), run.start("run")):
            yield group
            group = []
        group.append((m, run))
    if group:
        yield group


def _aged_name(text: str, m: re.Match, run: re.Match, lower) -> str | None:
    words = run.group("run").split()
    while len(words) > 1 and (words[0].lower() in lower or words[0].lower() in _SENTENCE_OPENERS):
        words.pop(0)  # "Ialah Dani (21)", "Aksi Sandi": a common word opening the sentence
    joined = " ".join(words)
    name = _trailing_plain(joined)
    # the whole run is the name, an honorific before it aside ("Haji Diraja (45)")
    if not name or name != clean_name(joined) or not joined.endswith(name) or not _aged_name_ok(text, run, name, lower):
        return None
    return name


def _aged_name_ok(text: str, run: re.Match, name: str, lower) -> bool:
    """No place, numbered thing, word the text also writes in lowercase, or item of a list of counts."""
    words = [w.lower() for w in name.split()]
    if set(words) & (_AREA_WORDS | _NUMBERED) or " ".join(words) in KNOWN_PLACES:
        return False
    if len(words) == 1 and words[0] in lower:
        return False  # "Lansia (60)": a common word
    start = run.end("run") - len(name)
    if _PSEUDONYM_BEFORE.search(text, max(0, start - 30), start):
        return False  # "Korban, sebut saja Bunga (14)": a made-up name, nobody to list
    before = _WORD_BEFORE_RUN.search(text, max(0, start - 20), start)
    if before and before.group("w").lower() in _NOT_AFTER:
        return False
    # the sentence around the name, at most 300 characters each way (a page without stops stays linear)
    lo, hi = max(0, start - 300), min(len(text), run.end() + 300)
    head, tail = text.rfind(".", lo, start), text.find(".", run.end(), hi)
    sentence = text[head + 1 if head >= 0 else lo:tail if tail >= 0 else hi]
    return not _COUNT_IN_SENTENCE.search(sentence)


# "Didampingi Rina Marlina, Wali Kota X Name berpamitan ...": a companion named before the subject is
# a person (no role). coref never takes them for the subject.
_FRONTED_COMPANION = re.compile(r"(?:Didampingi|Ditemani|Bersama)[^\S\n]+(?P<name>" + NAME_PATTERN
                                + r")[^\S\n]*,[^\S\n]+(?=[A-Z])")


def _fronted_companions(text: str, taken: _Taken) -> list[Intro]:
    out = []
    for m in matches_where_written(_FRONTED_COMPANION, text, ("Didampingi", "Ditemani", "Bersama")):
        if not _opens_sentence(text, m.start()):
            continue
        name = clean_name(m.group("name"))
        start = m.start("name") + m.group("name").find(name)
        if (len(name.split()) >= 2 and plausible_name(name) and start >= m.start("name")
                and taken.free(start, start + len(name))):
            out.append((start, start + len(name), name, _job_before_bernama(m.group(0))))
            taken.take(start, start + len(name))
    return out


# "Dua pendamping PKH, Rina Yuliani dan Susi Handayani, mendata ...": a counted group, then as many
# names between commas as the count says.
_COUNTS = {"dua": 2, "kedua": 2, "tiga": 3, "ketiga": 3, "empat": 4, "keempat": 4, "lima": 5, "kelima": 5}
_COUNTED_GROUP = re.compile(
    r"(?<![\w\-])(?P<count>[Dd]ua|[Kk]edua|[Tt]iga|[Kk]etiga|[Ee]mpat|[Kk]eempat|[Ll]ima|[Kk]elima)[^\S\n]+"
    r"(?P<group>[a-z]+)(?:[^\S\n]+[\w\-]+){0,4}?[^\S\n]*,[^\S\n]+"
    r"(?P<names>[A-Z][\w'\-]*(?:[^\S\n]+[A-Z][\w'\-]*){0,3}(?:[^\S\n]*,[^\S\n]*[A-Z][\w'\-]*(?:[^\S\n]+[A-Z][\w'\-]*){0,3}){0,3}"
    r",?[^\S\n]+(?:dan|serta)[^\S\n]+[A-Z][\w'\-]*(?:[^\S\n]+[A-Z][\w'\-]*){0,3})[^\S\n]*,")
# The count words each _COUNTED_GROUP match opens with: in lowercase a whole word where it matches (one of
# names.lowercase_words, a cached scan), capitalized found by a scan led by capitals.
_COUNT_WORDS = frozenset(("dua", "kedua", "tiga", "ketiga", "empat", "keempat", "lima", "kelima"))
_CAPITALIZED_COUNT = re.compile("|".join(w.title() for w in sorted(_COUNT_WORDS)))


def _counted_group_starts(text: str) -> list[int]:
    """Every offset where a _COUNTED_GROUP match can open."""
    return sorted({*offsets_of_any(text, _COUNT_WORDS & lowercase_words(text)),
                   *(m.start() for m in _CAPITALIZED_COUNT.finditer(text))})
_PAIR_SPLIT = re.compile(r"[^\S\n]*,?[^\S\n]*(?:dan|serta)[^\S\n]+|[^\S\n]*,[^\S\n]*")


def _counted_groups(text: str, taken: _Taken) -> list[Intro]:
    out = []
    # matched where str.find sees a count word (same matches as finditer; a scan led by their first letters cost more)
    for m in matches_at(_COUNTED_GROUP, text, _counted_group_starts(text)) if "," in text else ():
        if m.group("group") not in _GROUP_HEADS | ROLE_HEADS | _LISTED_GROUPS:
            continue
        names = _PAIR_SPLIT.split(m.group("names"))
        if len(names) != _COUNTS[m.group("count").lower()] or not all(
                clean_name(n) == n and plausible_name(n) for n in names):
            continue  # "Dua desa, Sukamaju dan Cikole,": places; a count that does not fit the list
        pos = m.start("names")
        for name in names:
            start = text.index(name, pos)
            pos = start + len(name)
            if taken.free(start, pos):
                out.append((start, pos, name, None))
                taken.take(start, pos)
    return out


# "seorang bocah berusia delapan tahun bernama Rizky Ramadhan", "nenek bernama Ratna": "bernama" after
# the classifier for people ("seorang" a few words before) or a word only people are; one word is a name
# there. Not an occupation or group bare before it: it also describes things ("Kapal nelayan bernama X"
# names a boat, "kelompok petani bernama X" a group), nor after a verb ("seorang pengusaha memiliki toko
# bernama X").
_BERNAMA = re.compile(
    r"(?:(?<![\w\-])[Ss]eorang(?:[^\S\n]+(?!me|di|ter|ber(?!usia|umur))[a-z][a-z\-]*){1,5}?|(?<![\w\-])(?:pria|wanita|perempuan|lelaki|"
    r"bocah|gadis|pemuda|pemudi|remaja|nenek|kakek|lansia|balita|bayi|janda)(?:[^\S\n]+(?:berusia|berumur)[^\S\n]+\w+(?:[^\S\n]+tahun)?)?)"
    r"[^\S\n]+bernama[^\S\n]+(?P<name>" + NAME_PATTERN + r")")


def _named_bernama(text: str, taken: _Taken) -> list[Intro]:
    out = []
    for m in _BERNAMA.finditer(text) if "bernama " in text else ():
        name = clean_name(m.group("name"))
        start = m.start("name") + m.group("name").find(name)
        if (name and start >= m.start("name") and plausible_name(name) and name.split()[0].lower() not in lowercase_words(text)
                and taken.free(start, start + len(name))):
            out.append((start, start + len(name), name, _job_before_bernama(m.group(0))))
            taken.take(start, start + len(name))
    return out


