"""Names the quote side reads as speakers before the people side has them (extract passes them to
people.find_people as extra names): subjects of indirect speech ("Name mengatakan", "menurut Name"),
a full name opening a sentence, delegates ("melalui <office>, Name menyerahkan"), passive agents
("disampaikan oleh Name"), owners and people named beside a group noun ("Salah satu pedagang, Name")."""
from __future__ import annotations

import re

from . import people as P
from . import quotes as Q
from .coref import in_spans
from .cueroles import office_goes_on
from .names import _GIVEN_NAME_HEADS, lowercase_words, name_then  # "Imam": an office, or a given name
from .scan import matches_at, matches_where_written, offsets_of_any, word_start_pattern, words_after_hyphens

# The name-first form is tried at every capital near a speech verb: its pieces up to a comma,
# "dari" or the verb (all MEN verbs open with "me" or "be") are checked first (names.name_then).
# "Name, di Sekayu, Rabu, mengatakan": where and on which day, between the name and the verb;
# "Name, S.Sos, dari Dinas X mengatakan": where the person works, after a degree's comma too
_WHERE_WHEN = (r"\s*,\s*di\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}\s*,\s*(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)"
               r"(?:\s*\([\d/\-]{1,10}\))?\s*,")
_INDIRECT_SUBJECT = re.compile(
    name_then(r"\s*(?:,|dari|me|be)") + r"(?P<name>" + P.NAME_PATTERN + r")(?:" + _WHERE_WHEN + r"|\s*,\s*(?P<aside>[^,.\"]{2,80}),|(?P<org>\s*,?\s+dari\s+(?:(?:[A-Z][\w\-.]*|of|dan|&)\s+){1,6})|\s*,)?"
    r"\s*(?:" + Q._MEN + r"|menuturkan)\b|"
    r"\b(?:[Mm]enurut(?:\s+(?:pengakuan|keterangan|penjelasan|kesaksian|cerita))?|[Kk]ata|ujar|tutur|jelas|ungkap)\s+"
    r"(?P<name2>" + P.NAME_PATTERN + r")"
)
# A one-word subject of any meN-/ber- verb ("Nurul berbagi pengalamannya"): a person when the text
# wrote the full name earlier.
_SHORT_SUBJECT = re.compile(r"(?P<name>[A-Z][a-z]{2,})\s+(?:kemudian\s+|juga\s+|pun\s+)?(?:me|ber)[a-z]{3,}\b")


_KATA_WORDS = ["Menurut", "menurut", "Kata", "kata", "ujar", "tutur", "jelas", "ungkap"]
_KATA_START = re.compile(word_start_pattern(_KATA_WORDS) + r"\s")


def _kata_starts(body: str) -> set[int]:
    """The offsets `_KATA_START.finditer(body)` gives, found from the text's lowercase words: a
    lowercase cue has a space after it, so it is one of lowercase_words unless a hyphen stands
    before it ("Menurut" is looked for as it is). Each is looked up with str.find and checked by
    the pattern where it stands, instead of a scan led by six common letters."""
    words, hyphened = lowercase_words(body), words_after_hyphens(body)
    cues = [w for w in _KATA_WORDS if w in words or w in hyphened or (w[0].isupper() and w in body)]
    return {m.start() for m in matches_where_written(_KATA_START, body, cues)}


_SPEECH_VERB = re.compile(word_start_pattern([*sorted(Q.MEN_VERBS, key=len, reverse=True), "menuturkan"]) + r"\b")


def _starts(body: str) -> list[int]:
    near_verbs = P.starts_near(body, _SPEECH_VERB, list(P.cap_starts(body)), 130)
    return sorted(set(near_verbs) | _kata_starts(body))


_CLAUSE_START = re.compile(r"[.!?;\"\n]")


def _indirect_subjects(body: str, found: list[Q.Found]) -> list[tuple[int, int, str, str | None]]:
    """Subjects of indirect speech (`Budi mengatakan ...`, `menurut Budi`) at the head of a clause or
    between commas, and one-word subjects whose full name the text wrote before."""
    spans = [(q.start, q.end) for q in found]
    out = []
    for m in P.matches_at(_INDIRECT_SUBJECT, body, _starts(body)):
        if in_spans(spans, m.start()):
            continue
        key = "name" if m.group("name") else "name2"
        aside = m.group("aside")
        if key == "name" and aside and aside.split()[0].rstrip(".").lower() not in P.DESCRIPTORS:
            continue  # "Kepala Puskesmas X, Teguh Wibisono, mengatakan": the aside is the subject
        if key == "name" and not _clause_head(body, m.start()):
            continue
        name = P._trailing_plain(m.group(key))
        before = (body[max(0, m.start(key) - 40):m.start(key)] + m.group(key)[: len(m.group(key)) - len(name)]).split() if name else []
        if key == "name2" and name and " " not in name and name != m.group(key) and office_goes_on(body, m.end(key)):
            continue  # "kata Duta Besar Denmark untuk Indonesia": the office's country, no person
        if before and (before[-1].lower() in P._PLACE_INTRO or " " not in name and before[-1].lower() == "sosial"):
            continue  # "Balai Kenanga mengucapkan ...": a unit speaks, not a person
        # "Rudolfus dari PT Tenun Jaya mengatakan": someone from an organisation is a person
        if name and (" " in name or (key == "name" and m.group("org")) or _used_as_name(body, name, m.start(key))):
            pos = body.find(name, m.start(key))
            out.append((pos, pos + len(name), name, None))
    for m in P.matches_at(_SHORT_SUBJECT, body, P.cap_starts(body)):
        word = m.group("name")
        if in_spans(spans, m.start()) or not P._token_ok(word) or not _clause_head(body, m.start()):
            continue
        if body[max(0, m.start() - 2):m.start()].strip()[-1:].isalpha():
            continue
        full = P._expand_full_name(body, word, m.start())
        if " " in full:
            out.append((m.start(), m.end("name"), word, None))
    return out


# "Darsih Wulandari menjual kue basah sejak subuh. "...," ujarnya": a full name opening a sentence
# and followed by a verb, right before a quote whose cue is a pronoun or a description, is the person
# that cue means. Looked for only there: elsewhere such a run is as often a place or a unit.
# "Name dan Name mengajak ...": two people together (both are read; a -nya cue after them then names neither).
_AND_NAME = r"(?:[^\S\n]+dan[^\S\n]+(?P<name2>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){1,3}))?"
_SENTENCE_NAME_SUBJECT = re.compile(
    r"(?P<name>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){1,3})" + _AND_NAME + r"[^\S\n]+(?:(?:me|ber|ter|di)[a-z]{3,}|sudah|telah|masih|sedang|"
    r"tinggal|adalah|merupakan|kini|juga|pun|hanya|tidak|tak|belum|baru|lalu|sempat|mulai|selalu|pernah)\b(?<!tersebut)")
# Words that open a sentence before a name ("Jika Eri ...", "Praktis Bima ..."), never a name's first word.
_OPENERS = frozenset(
    """jika kalau bila apabila praktis meski meskipun walau walaupun namun sementara setelah sebelum saat
    ketika kini bahkan tapi tetapi sedangkan hingga sejak agar supaya karena sebab maka lalu kemudian
    padahal selain seperti bagi untuk dengan tanpa oleh sayangnya akhirnya kebetulan rupanya ternyata
    tentu pasalnya""".split())
# Words that open the name of a river, mountain, road, market or building ("Sungai Cisadane
# meluap"): no person opens a sentence with them.
_FEATURE_WORDS = frozenset(
    """sungai gunung danau pantai jalan jembatan pasar bukit pulau teluk selat laut waduk bendungan situ
    hutan taman lapangan gedung stasiun terminal bandara pelabuhan kampung kali curug kebun""".split())
# A phrase fronted before a sentence's subject: a preposition or connective and lowercase words, then a comma.
_FRONTED_PHRASE = re.compile(r"(?P<head>[A-Z][a-z]+)(?:[^\S\n]+[a-z]+){0,4},[^\S\n]+(?=[A-Z])")
_FRONTING_HEADS = frozenset(
    """dalam di pada saat ketika usai seusai setelah sebelum sebelumnya selain sementara namun kemudian lalu
    menanggapi menjawab menyikapi terkait soal mengenai melalui lewat sambil""".split())
_FRONTED_SUBJECT = re.compile(r"(?P<name>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){1,3})" + _AND_NAME + r"[^\S\n]+(?:(?:sempat|juga|pun|kembali|lalu|"
                              r"kemudian|turut|ikut|langsung)[^\S\n]+)*(?:me|ber)[a-z]{3,}\b")
_SENTENCE_END = re.compile(r"[.!?][^\S\n]|\n")
# Words that open the name of a body of people ("Karang Taruna", "Paguyuban Pasundan", "Dompet Dhuafa"): no person
# opens a sentence with them.
_BODY_HEADS = frozenset(
    """karang palang paguyuban himpunan serikat ikatan persatuan asosiasi perkumpulan gerakan barisan laskar relawan
    komunitas yayasan koperasi kelompok forum lembaga dompet bina cipta""".split())
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?][^\S\n]+|\n)(?=[A-Z])")


def _sentence_subjects(body: str, found: list[Q.Found]) -> list[tuple[int, int, str, None]]:
    """Full names opening the sentences that lead into a quote with a pronoun or description cue."""
    out = []
    prev_end = 0
    for q in found:
        if q.how in ("pronoun", "descriptive"):
            floor = max(prev_end, q.start - 400)
            for o in _SENTENCE_OPENING.finditer(body, floor, q.start):
                m = _SENTENCE_NAME_SUBJECT.match(body, o.end())
                fronted = _FRONTED_PHRASE.match(body, o.end()) if m is None else None
                if fronted and fronted.group("head").lower() in _FRONTING_HEADS:
                    # "Dalam sambutannya, Name sempat meyakinkan warga, "...", ujarnya": the subject after the phrase
                    # acts (a meN-/ber- verb) in the sentence that holds the quote ("Pada musim hujan, Bojong Baru
                    # sempat terendam" is a place)
                    m = _FRONTED_SUBJECT.match(body, fronted.end())
                    if m is not None and _SENTENCE_END.search(body, m.end(), q.start):
                        m = None
                if m is None or m.end() > q.start:
                    continue
                for key in ("name", "name2") if m.group("name2") else ("name",):
                    name = P._trailing_plain(m.group(key))
                    first = m.group(key).split()[0].lower()
                    if (name == m.group(key) and P.plausible_name(name) and first not in _OPENERS
                            and first not in _FEATURE_WORDS and first not in _BODY_HEADS
                            and first not in lowercase_words(body)
                            and not all(w.lower() in _root_words() for w in name.split())):
                        # ("Karang Taruna", "Palang Merah": words of the language, a body's name)
                        out.append((m.start(key), m.end(key), name, None))
        prev_end = q.end
    return out


# In the sentence before a `-nya` quote, a person the text names without a role: the owner of what
# opens the sentence ("Rumah Ujang Saepudin terendam", "Sawah milik Name gagal panen") or someone
# "bernama" a name ("Seorang nelayan bernama Darsono ..."; one word is a name there).
_OWNER = re.compile(r"(?:Rumah|Sawah|Kebun|Ladang|Warung|Toko|Kios|Lapak|Kandang|Kolam|Perahu|Mobil|Motor|Gubuk)"
                    r"(?P<milik>[^\S\n]+milik)?[^\S\n]+(?P<name>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){1,3})\b")
# "bernama" after a word only people take: the classifier "seorang" some words before, or a person noun
# right before it ("Kapal nelayan bernama X" names a boat)
_NAMED_AS = re.compile(r"(?:\b[Ss]eorang(?:[^\S\n]+[a-z][a-z\-]*){1,3}?|\b(?:warga|pria|wanita|perempuan|lelaki|bocah|gadis|"
                       r"pemuda|remaja|nenek|kakek))[^\S\n]+bernama[^\S\n]+(?P<name>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){0,3})\b")


# "Hal senada disampaikan (oleh) Sulis Yuniasari, pengunjung taman": the agent of a speech verb in the passive
# speaks; a full name of two words or more, then a comma, the sentence's end or a clause.
# "di" first, its word boundary checked after it: re then skips to the letters (scan.py) instead of
# trying the boundary at every offset
_PASSIVE_SPEECH_AGENT = re.compile(r"di(?<!\wdi)" + Q._PASSIVE_SPEECH[2:] + r"[^\S\n]+(?:oleh[^\S\n]+)?(?P<name>[A-Z][a-z]+"
                                   r"(?:[^\S\n]+[A-Z][a-z]+){1,3})(?=[^\S\n]*[,.;]|[^\S\n]+(?:saat|ketika|dalam|di|kepada|usai|seusai|selaku)\b)")


# What a person says, as the subject of "disampaikan"/"ditambahkan" (which also hand things over or add them).
_STATEMENT_BEFORE = re.compile(r"\b(?:[Hh]al|[Pp]ernyataan|[Kk]eterangan|[Pp]esan|[Hh]arapan|[Kk]eluhan|[Ii]nformasi|"
                               r"[Pp]enjelasan|[Aa]presiasi|[Uu]capan|[Ii]mbauan|[Aa]jakan|[Tt]anggapan|[Pp]endapat)\b")


# "Kepala Dinas X melalui kasi perlindungan sosial, Yusuf Effendi SSos memberikan ...": the delegate, a
# full name after the office (written in lowercase too) and a comma, who then acts.
_DELEGATE = re.compile(r"\b(?:melalui|lewat)[^\S\n]+(?P<office>[A-Za-z]+)(?:[^\S\n]+[\w()\-]+){0,6}?[^\S\n]*,[^\S\n]*"
                       r"(?P<name>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){1,3})"
                       r"(?=(?:,?[^\S\n]+[A-Z][A-Za-z]{1,4}\.?)*[^\S\n]*,?[^\S\n]+(?:me|ber)[a-z]{3,})")


def _delegates(body: str, found: list[Q.Found]) -> list[tuple[int, int, str, None]]:
    """Full names of delegates an official acts through ("A melalui <office>, Name memberikan"), outside quotes."""
    spans = [(q.start, q.end) for q in found]
    out = []
    # every match opens with one of the two words: matched where str.find sees them (same matches as finditer)
    for m in matches_at(_DELEGATE, body, offsets_of_any(body, ("melalui", "lewat"))):
        office, name = m.group("office").lower(), m.group("name")
        if (office in P.ROLE_HEADS or office in P.ROLE_ALIASES) and not in_spans(spans, m.start()) and P.plausible_name(name):
            out.append((m.start("name"), m.end("name"), name, None))
    return out


def _passive_speech_agents(body: str, found: list[Q.Found]) -> list[tuple[int, int, str, None]]:
    """Full names a passive speech verb gives as its agent ("disampaikan oleh Name,"), outside quotes; no
    office ("disampaikan Kepala Dinas X, Name" is read by the people side as an office and a name)."""
    spans = [(q.start, q.end) for q in found]
    out = []
    for m in _PASSIVE_SPEECH_AGENT.finditer(body):
        name = m.group("name")
        if m.group(0).startswith(("disampaikan", "ditambahkan")) and not _STATEMENT_BEFORE.search(
                body, max(body.rfind("\n", 0, m.start()), body.rfind(". ", 0, m.start()), 0), m.start()):
            continue  # "Bantuan disampaikan Name kepada ...": aid handed over, no statement
        head = name.split()[0].lower()
        if in_spans(spans, m.start()) or head in P.ROLE_HEADS and head not in _GIVEN_NAME_HEADS or not P.plausible_name(name):
            continue
        if P._trailing_plain(name) == name:
            out.append((m.start("name"), m.end("name"), name, None))
    return out


# "diungkapkan oleh akun Facebook @Dewi Lestari", "Pemilik akun Instagram @Rudi Hartono mengunggah ...": a
# post quoted from a social-media account written as its holder's full name after "@" (a handle of one word,
# "@budi_88", names no one certain).
_ACCOUNT_HOLDER = re.compile(r"\b[Aa]kun(?:[^\S\n]+(?:media[^\S\n]+sosial|medsos))?(?:[^\S\n]+(?:Facebook|FB|Instagram|IG|TikTok|"
                             r"Tiktok|Twitter|X|YouTube|Youtube|Threads))?(?:[^\S\n]+(?:milik|bernama|atas[^\S\n]+nama))?"
                             r"[^\S\n]+@(?P<name>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){1,3})(?![\w@\-]|\.\w)")


def _account_holders(body: str, found: list[Q.Found]) -> list[tuple[int, int, str, None]]:
    """Full names written as a social-media account ("akun Facebook @Name"), outside quotes: the author of the
    post a "tulisnya" cue quotes."""
    if "@" not in body:
        return []  # every match writes "@": most texts have none, and the scan is skipped
    spans = [(q.start, q.end) for q in found]
    return [(m.start("name"), m.end("name"), m.group("name"), None) for m in _ACCOUNT_HOLDER.finditer(body)
            if not in_spans(spans, m.start()) and P.plausible_name(m.group("name"))]


# "Cak Ronggo menyapa pedagang ...": someone known by an honorific nickname opening a clause with a verb.
_HONORIFICS = ("Gus", "Cak", "Kang", "Ning", "Abah", "Bung", "Daeng")
_HONORIFIC_SUBJECT = re.compile(word_start_pattern(_HONORIFICS) + r"[^\S\n]+(?P<name>[A-Z][a-z]{2,})(?=[^\S\n]+(?:me|ber)[a-z]{3,})")


def _honorific_subjects(body: str, found: list[Q.Found]) -> list[tuple[int, int, str, None]]:
    spans = [(q.start, q.end) for q in found]
    return [(m.start("name"), m.end("name"), m.group("name"), None) for m in _HONORIFIC_SUBJECT.finditer(body)
            if not in_spans(spans, m.start()) and _clause_head(body, m.start()) and P.plausible_name(m.group("name"))]


def _root_words() -> frozenset[str]:
    from .analysis import root_words  # loaded once, only when an owner is looked at

    return root_words()


# A name set between commas after a description opening the sentence, then the sentence's verb:
# "Seorang ASN yang bertugas di Kantor X, Name, mengaku ...", "Dokter jaga IGD, dr. Name, menangani ...";
# or a name opening it with a lowercase description after it: "Name, korban banjir di X, masih mengungsi".
_CLAUSE_VERB = (r"(?:(?:me|ber|ter|di|ke)[a-z]{3,}|kini|sudah|telah|masih|sedang|belum|tidak|tak|juga|pun|baru|lalu|"
                r"sempat|hanya)\b")
_APPOSED_NAME = re.compile(
    r"(?P<lead>Seorang|Salah[^\S\n]+(?:seorang|satu)|[A-Z][a-z]+)(?P<desc>(?:[^\S\n]+[^\s,.\"]+){0,9}?),[^\S\n]+"
    r"(?:(?:dr|drg|Hj|H|Ir)\.[^\S\n]+)?(?P<name>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){0,3}),[^\S\n]+"
    # "Anggota DPRD lainnya, Name, yang ditemui di kantor juga mengakui ...": a relative clause before the verb
    r"(?:yang[^\S\n]+(?:[^\s,.\"]+[^\S\n]+){0,8}?)?" + _CLAUSE_VERB)
_HANDED_TO = re.compile(r"[^\S\n]+kepada\b")
# "Salah satu pedagang, Wili menjelaskan, ...", "salah seorang pelaku UMKM Yunda mengatakan": the
# description, then the name and its speech verb with no comma after the name (a speech verb only:
# "Salah seorang korban, Dadan mengalami luka" describes a victim, who is no later "katanya").
_ONE_OF_NAMED = re.compile(
    r"(?P<lead>Seorang|[Ss]alah[^\S\n]+(?:seorang|satu))(?P<desc>(?:[^\S\n]+(?:[a-z][\w\-]*|[A-Z]{2,}))"
    r"{1,4}?),?[^\S\n]+(?P<name>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){0,3})[^\S\n]+" + Q._MEN + r"\b")
# "Menanggapi hal ini, kepala sekolah SMAN 1 X, Name, mengatakan": a lowercase office after a fronted
# phrase, then the name set off by commas and its verb.
_FRONTED_OFFICE_NAME = re.compile(
    r",[^\S\n]+(?P<desc>[a-z][a-z\-]*(?:[^\S\n]+[^\s,.\"]+){0,7}?),[^\S\n]+"
    r"(?P<name>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){1,3}),[^\S\n]+" + _CLAUSE_VERB)
# "Penerima bantuan lainnya yaitu Yayu Indarwati yang mengaku ...": a full name after "yaitu"/"yakni" that a
# relative clause with the person as its actor goes on about ("Pelaku adalah Name, sopir" names a suspect:
# a predicate, never who speaks next).
_NAMED_AFTER_YAITU = re.compile(
    r"\b(?:yaitu|yakni)[^\S\n]+(?P<name>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){1,3})"
    r"(?=[^\S\n]+yang[^\S\n]+(?:juga[^\S\n]+)?" + Q._MEN + r"\b)")  # a speech verb: "yang mengaku", not "yang berprofesi"
_NAME_DESCRIBED = re.compile(r"(?:(?:Pak|Bu|Ibu|Bapak|Mak|Mang|Kang|Teh|Ceu|Abah|Mbah|Nenek|Kakek|Nek|Kek)[^\S\n]+)?"
                             r"(?P<name>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){0,3}),[^\S\n]+(?P<desc>[a-z][\w\-]*)[^,.\"\n]{0,80},"
                             r"[^\S\n]+" + _CLAUSE_VERB)
# Description heads of a place, an event, an institution or a time ("Cikajang, daerah di kaki ..."): no person.
_THING_HEADS = frozenset(
    """daerah kota kabupaten desa kampung wilayah kawasan tempat lokasi pusat kecamatan kelurahan provinsi
    pulau gunung sungai jalan acara program kegiatan festival lembaga organisasi perusahaan sekolah pasar
    hari bulan tahun minggu pekan ibu-kota ibukota negara komunitas kelompok yayasan salah""".split())
# Words that open a clause about many ("semua pedagang"), never a description of one person set after a name.
_QUANTIFIERS = frozenset("semua seluruh segenap para setiap tiap sejumlah beberapa banyak berbagai sebagian".split())
# "dibangun oleh Name bersama ...": the agent of a passive, a person of two words or more.
_PASSIVE_AGENT = re.compile(r"\b(?:di[a-z]{3,}|dipimpin)[^\S\n]+(?:[a-z]+[^\S\n]+){0,2}?oleh[^\S\n]+"
                            r"(?P<name>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){1,3})\b(?![^\S\n]*\()")


# Honorifics written with a dot ("dr. Name", "Hj. Name"); "Teh" and "Kang" end sentences as words do.
_DOTTED_HONORIFICS = frozenset("dr drg dra drs h hj ir prof kh tb rd ny sdr sdri tn".split())


# Nouns of people that open a description before a name set off by commas ("Dokter jaga IGD, dr. Name,").
_PERSON_NOUNS = frozenset(
    """warga petani pedagang nelayan buruh guru siswa siswi mahasiswa mahasiswi korban relawan pengemudi sopir
    saksi pengungsi nasabah konsumen pelanggan wisatawan pemain pelajar jemaah jamaah pengendara pemudik
    penjaga pegawai karyawan asn pns pengusaha perajin pengrajin peternak penerima peserta pasien perawat bidan
    dokter pemuda pria wanita perempuan lelaki tokoh kader pengurus anggota pemilik penghuni penumpang
    pengunjung pembeli penjual atlet pelatih santri orang""".split())


def _person_lead(lead: str, desc: str, name: str) -> bool:
    """The description before a name set off by commas is a person's: "Seorang ...", "Salah seorang ...",
    "Salah satu <person noun> ...", or a role or person noun leading it (one-word names only after
    "Seorang"/"Salah seorang": after a capitalized role the people module reads them)."""
    if lead == "Seorang" or lead.startswith("Salah") and "seorang" in lead:
        return True
    if " " not in name:
        return False
    head = desc.split()[0].lower() if lead.startswith("Salah") and desc.split() else lead.lower()
    return head in _PERSON_NOUNS or head in P.ROLE_HEADS


def _one_of_persons(lead: str, desc: str) -> bool:
    """"Seorang ..." and "Salah seorang ..." describe a person; "Salah satu ..." only with a person noun
    or a role word leading the description ("Salah satu pedagang", not "Salah satu menu")."""
    if "seorang" in lead.lower():
        return True
    head = desc.split()[0].lower() if desc.split() else ""
    return head in _PERSON_NOUNS or head in P.ROLE_HEADS


def _last_sentence_stop(body: str, floor: int, end: int) -> int:
    """The last ". " in body[floor:end] that ends a sentence ("dr. Name": an honorific's dot does not), or -1."""
    stop = body.rfind(". ", floor, end)
    while stop > floor:
        word = body[max(floor, stop - 4):stop].split()
        if not word or word[-1].lower() not in _DOTTED_HONORIFICS:
            break
        stop = body.rfind(". ", floor, stop)
    return stop


def _owners_and_named(body: str, found: list[Q.Found]) -> list[tuple[int, int, str, None]]:
    """People named in the sentence right before a quote with a pronoun, description or noun cue: an owner opening
    the sentence, a name after "bernama", a name set after or before a description (_APPOSED_NAME)."""
    out = []
    for q in found:
        lower_role = q.how == "after" and not q.subject_name and (q.subject_role or "")[:1].islower()
        if q.how not in ("pronoun", "descriptive") and not q.noun_cue and not lower_role:
            continue  # "katanya", "kata pria itu", "kata korban", "kata dokter"
        end = len(body[:q.start].rstrip())  # the sentence before the quote (or leading into it) ends here
        floor = max(0, q.start - 400)
        stop = _last_sentence_stop(body, floor, end - 1)
        head = max(stop + 2 if stop != -1 else floor, body.rfind("\n", floor, end) + 1)
        while head < end and body[head] in " \t":
            head += 1
        for m in (_OWNER.match(body, head, end), _NAMED_AS.search(body, head, end), _APPOSED_NAME.match(body, head, end),
                  _NAME_DESCRIBED.match(body, head, end), _PASSIVE_AGENT.search(body, head, end),
                  _ONE_OF_NAMED.search(body, head, end), _FRONTED_OFFICE_NAME.search(body, head, end),
                  _NAMED_AFTER_YAITU.search(body, head, end)):
            if m is None:
                continue
            if m.re is _PASSIVE_AGENT and _HANDED_TO.match(body, m.end("name")):
                continue  # "Bantuan disampaikan oleh Name kepada warga": an act of giving, not who speaks next
            if m.re is _ONE_OF_NAMED and not _one_of_persons(m.group("lead"), m.group("desc")):
                continue  # "Salah satu kuliner khas Nasi Liwet menjadi ...": a thing, no person
            if m.re is _NAMED_AFTER_YAITU and m.group("name").split()[0].lower() in P.ROLE_HEADS:
                continue  # "... adalah Kepala Dinas X": an office, the people side reads it
            if m.re is _FRONTED_OFFICE_NAME and m.group("desc").split()[0] not in P.ROLE_HEADS:
                continue  # only an office ("kepala sekolah ..."), never "..., katanya, Name, ..."
            name = P._trailing_plain(m.group("name"))
            first = m.group("name").split()[0].lower()
            if m.re is _APPOSED_NAME and not _person_lead(m.group("lead"), m.group("desc"), m.group("name")):
                continue  # "Salah satu kuliner khas, Nasi Liwet, ...": a thing set off, no person
            if m.re is _NAME_DESCRIBED and (first in _OPENERS or first in _FEATURE_WORDS or m.group("desc") in _THING_HEADS
                                            or m.group("desc") in _QUANTIFIERS):
                # "Namun, ...", "Sungai Cimanuk, yang ..., meluap", "Cikajang, daerah ..."; "Diharapakan, semua
                # pedagang ..., menjaga": a word opening the sentence (a misspelt verb) before a clause on many
                continue
            if m.re is _OWNER and not m.group("milik") and all(w.lower() in _root_words() for w in m.group("name").split()):
                continue  # "Rumah Makan Sederhana", "Warung Kopi Kenangan": common words, not an owner's name
            if name == m.group("name") and P.plausible_name(name) and first not in lowercase_words(body):
                out.append((m.start("name"), m.end("name"), name, None))
        if (q.noun_cue or lower_role) and q.subject_role:
            out.extend(_named_with_the_noun(body, q))
    return out


def _named_with_the_noun(body: str, q: Q.Found) -> list[tuple[int, int, str, None]]:
    """"jawab terdakwa" after "terdakwa Dadan Kurniawan mengakui ...": the full names written right
    after the cue's own noun in the stretch before the quote (all of them: two make it nobody's)."""
    noun = q.subject_role.split()[0]
    # "terdakwa Name", "Pelaku pencurian, Name,": the noun, a few lowercase words, a comma, the name
    rx = re.compile(r"(?<![\w\-])(?i:" + re.escape(noun) + r")(?:[^\S\n]+[a-z][\w\-]*){0,3}[^\S\n]*,?[^\S\n]+"
                    r"(?P<name>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){1,3})\b")
    out = []
    for m in rx.finditer(body, max(0, q.start - 1500), q.start):
        name = P._trailing_plain(m.group("name"))
        if name is not None and name == m.group("name") and P.plausible_name(name):
            out.append((m.start("name"), m.end("name"), name, None))
    return out


def _used_as_name(body: str, word: str, pos: int) -> bool:
    """A one-word subject is a name only if the text writes it capitalized somewhere a sentence does
    not start ("Sebab, ..." and "Polisi mengatakan" are not people), or wrote the full name before."""
    if " " in P._expand_full_name(body, word, pos):
        return True
    # the word first, what stands before it checked after it: re skips to the word (scan.py)
    for m in re.finditer(re.escape(word) + r"(?<=[a-z,)] " + re.escape(word) + r")\b", body):
        if m.start() != pos:
            return True
    return False


def _clause_head(body: str, pos: int) -> bool:
    """Only lead-in words ("Sementara itu,", "Menurut") or an appositive comma before `pos` in its clause."""
    head = 0
    for b in _CLAUSE_START.finditer(body, max(0, pos - 200), pos):
        head = b.end()
    lead = body[max(head, pos - 200):pos]
    if all(w in P._LEAD_INS for w in P._LOWER_WORD.findall(lead)):
        return True
    return lead.rstrip().endswith(",")


# "Plt Sekretaris Dinas X, B.B. Partomuan yang turut hadir, menyebut ...": an office, a comma, then a name opened
# by dotted initials (which the name patterns do not read), then a comma, "yang" or a verb.
_DOTTED_INITIALS_NAME = re.compile(r",[^\S\n]+(?P<name>(?:[A-Z]\.[^\S\n]?){1,3}[A-Z][a-z]{2,}(?:[^\S\n]+[A-Z][a-z]{2,}){0,2})"
                                   r"(?=[^\S\n]*,|[^\S\n]+(?:yang|(?:me|ber)[a-z]{3,})\b)")
_OFFICE_RUN_END = re.compile(r"(?:(?:Plt|Pj|Plh)\.?[^\S\n]+)?(?P<head>[A-Z][a-z]+)(?:[^\S\n]+(?:[A-Z][\w\-]*|\([A-Z][\w\-]*\)|dan|&))*$")


def _dotted_initials_names(body: str, found: list[Q.Found]) -> list[tuple[int, int, str, str | None]]:
    """Names opened by dotted initials set after an office in the sentence leading into a quote with a pronoun cue
    (its own sentence or the one before), with that office as the role."""
    out = []
    spans = [(x.start, x.end) for x in found]
    for q in found:
        if q.how not in ("pronoun", "pronoun-before") or "." not in body[max(0, q.start - 400):q.start]:
            continue
        floor = max(0, q.start - 400)
        for m in _DOTTED_INITIALS_NAME.finditer(body, floor, q.start):
            line_start = max(body.rfind("\n", floor, m.start()) + 1, floor)
            office = _OFFICE_RUN_END.search(body, line_start, m.start())
            if office is None or office.group("head").lower() not in P.ROLE_HEADS or in_spans(spans, m.start()):
                continue
            name = m.group("name")
            out.append((m.start("name"), m.end("name"), name, office.group(0).strip()))
    return out


def speaker_names(story: str, found: list[Q.Found]) -> list[tuple[int, int, str, str | None]]:
    """(start, end, written name, role or None) of every speaker name the quote side reads in `story`."""
    return (Q.subject_names(story, found) + _indirect_subjects(story, found) + _sentence_subjects(story, found)
            + _owners_and_named(story, found) + _passive_speech_agents(story, found) + _delegates(story, found)
            + _account_holders(story, found) + _honorific_subjects(story, found) + _dotted_initials_names(story, found))
