"""People in one Indonesian text: introductions with roles in every written form, honorifics
stripped, short forms and role words resolved to canonical full names, initials-only people."""
from __future__ import annotations

import contextvars
import functools
import datetime as dt
import re
from dataclasses import dataclass, field

from ..model import Person, PersonMention, Role

# --- Vocabulary ---------------------------------------------------------------------------------

HONORIFICS = frozenset(
    "bapak pak ibu bu sdr sdri saudara saudari h hj haji hajjah dr drs dra prof ir kh tb r rd "
    "gus mbak mas bang kak ustaz ustad ustadz kiai kyai habib bunda ny nyonya tn tuan "
    "plt plh pj mbah eyang cak kang daeng om tante oma opa teteh teh uda uni ning".split()
)
# Degrees written after a name: ", S.Sos., M.Si." / "MM" / "Ph.D".
_DEGREE = r"(?:[A-Z][A-Za-z]{0,4}\.(?:[^\S\n]?[A-Z][A-Za-z]{0,4}\.?){0,3}|MM|MSi|MBA|MPH|MKes|SH|SE|MH|MT|ST|PhD)"
# A degree with an inner dot ("S.Sos.", "M.Si", "Ph.D") may follow a name directly; any other
# (e.g. "MM", "S.") only after a comma, so that "Ahmad Fauzan Hakim." keeps its last name.
_DOTTED_DEGREE = r"(?:[A-Z][a-z]{0,3}\.[^\S\n]?[A-Za-z][A-Za-z]{0,4}\.?(?:[^\S\n]?[A-Z][A-Za-z]{0,4}\.?)*)"
DEGREES_RE = re.compile(r"(?:[^\S\n]*,[^\S\n]*" + _DEGREE + r"|[^\S\n]+" + _DOTTED_DEGREE + r")+[^\S\n]*$")

# Words that open a role ("Kepala Balai ...", "Menteri Sosial ...").
ROLE_HEADS = frozenset(
    """menteri wakil kepala direktur dirjen sekretaris sekjen sesditjen presiden wapres gubernur wagub
    bupati wabup wali walikota wawali ketua kabag kabid kasubag kasubbag kasi kasie kakanwil kadis
    kadinsos camat lurah kapolri kapolda kapolres kapolsek panglima komandan danrem dandim kasad
    koordinator korwil manajer manager staf staff anggota pekerja peksos pendamping penyuluh pranata
    psikolog konselor dosen guru peneliti pengamat ekonom juru jubir plt plh pelaksana asisten
    deputi inspektur kabiro rektor dekan ketum sekda kajari kajati jaksa mensos menkeu menkes
    mendagri menko mendikbud mendikbudristek mentan menaker menpan menlu menhan menag menpora
    menparekraf menkominfo wamen wamensos wamenkeu duta ustaz kiai ceo chief founder pendiri komisaris
    dirut kasatgas pengurus dokter perawat bidan kades kadus pembina pemimpin pimpinan analis
    instruktur terapis fasilitator operator petugas pegawai penjabat pj kapusdatin kapuslitbang
    karo kasubdit kasubdirektorat subkoordinator pejabat narasumber pemateri moderator pembicara
    tenaga spesialis ahli advokat pengacara kuasa penasihat penasehat konsultan sekretariat
    bendahara humas kapten letnan kolonel jenderal laksamana marsekal brigjen irjen kombes akbp
    kompol ipda ipdu aiptu bripka head ceo cfo coo cto president director chairman chairwoman vice
    executive managing country corporate co-founder owner pemilik kabag kadiv vp gm pengajar pakar
    minister secretary governor mayor regent coordinator officer spokesperson spokesman chairperson
    epidemiolog sosiolog akademisi aktivis pegiat praktisi pemerhati budayawan sejarawan politikus
    politisi legislator senator imam pastor pendeta uskup tokoh warga sekretaris bendahara juru
    presidium kapusdatin kapuspen kapuskes kasubdit kanit kasat kasatreskrim kabidhumas kabid""".split()
)
# Police and military ranks sit between a role and a name ("... Polda Sultra Komisaris Besar Ferry
# Walintukan"): never name tokens.
RANKS = frozenset(
    """komisaris besar ajun jenderal brigadir inspektur marsekal madya laksamana kolonel letnan mayor
    kapten kombes akbp irjen brigjen mayjen letjen kompol akp iptu ipda aipda bripka briptu laksda
    laksma marsda marsma sersan kopral prajurit purnawirawan purn""".split()
)
# Role words used alone for the holder, with their long form.
ROLE_ALIASES = {
    "mensos": "menteri sosial", "wamensos": "wakil menteri sosial", "menkeu": "menteri keuangan",
    "menkes": "menteri kesehatan", "mendagri": "menteri dalam negeri", "menlu": "menteri luar negeri",
    "menhan": "menteri pertahanan", "menag": "menteri agama", "mentan": "menteri pertanian",
    "menaker": "menteri ketenagakerjaan", "menpora": "menteri pemuda dan olahraga",
    "mendikbud": "menteri pendidikan dan kebudayaan", "menkominfo": "menteri komunikasi dan informatika",
    "menpan": "menteri pendayagunaan aparatur negara", "wapres": "wakil presiden",
    "dirjen": "direktur jenderal", "sekjen": "sekretaris jenderal", "kabag": "kepala bagian",
    "kabid": "kepala bidang", "kasubag": "kepala subbagian", "kasubbag": "kepala subbagian",
    "kasi": "kepala seksi", "kakanwil": "kepala kantor wilayah", "kadis": "kepala dinas",
    "kadinsos": "kepala dinas sosial", "wabup": "wakil bupati", "wagub": "wakil gubernur",
    "wawali": "wakil wali kota", "kapolri": "kepala kepolisian negara", "kapolda": "kepala kepolisian daerah",
    "kapolres": "kepala kepolisian resor", "kades": "kepala desa", "dirut": "direktur utama",
    "ketum": "ketua umum", "sekda": "sekretaris daerah", "jubir": "juru bicara", "kabiro": "kepala biro",
    "karo": "kepala biro", "kapusdatin": "kepala pusat data dan informasi", "peksos": "pekerja sosial",
}
# Units written short inside role words ("Dirjen Rehsos"), expanded only when comparing roles.
UNIT_SHORT = {
    "rehsos": "rehabilitasi sosial", "linjamsos": "perlindungan dan jaminan sosial",
    "dayasos": "pemberdayaan sosial", "pfm": "penanganan fakir miskin", "kesos": "kesejahteraan sosial",
    "ditjen": "direktorat jenderal", "kemensos": "kementerian sosial", "pusdatin": "pusat data dan informasi",
    "dinsos": "dinas sosial", "pemkot": "pemerintah kota", "pemkab": "pemerintah kabupaten",
}
# Capitalized words that belong to organisations, places, time or sentence openers, never to a name.
NOT_NAME = frozenset(
    """balai loka sentra panti rumah pusat kementerian kemensos kementrian dinas badan direktorat
    jenderal ditjen sosial rehabilitasi perlindungan jaminan pemberdayaan penanganan fakir miskin
    bagian bidang seksi subbagian biro kantor wilayah unit pelaksana teknis upt satuan tugas satgas
    kabupaten kota provinsi kecamatan kelurahan desa dusun kampung daerah negara republik indonesia
    pemerintah pemda pemkab pemkot pemprov dprd dpr mpr polri tni polda polres polsek universitas
    institut sekolah yayasan lembaga komisi asosiasi perhimpunan ikatan persatuan forum bank pt cv
    tbk perum persero partai organisasi kelompok komunitas gerakan program kegiatan rapat acara
    umum utama pertama muda madya senior dalam luar negeri keuangan kesehatan agama pendidikan
    kebudayaan pertanian perhubungan tenaga kerja ketenagakerjaan pertahanan perdagangan industri
    kelautan perikanan lingkungan hidup kehutanan pariwisata komunikasi informatika informasi data
    hukum ham keamanan politik perekonomian pembangunan manusia perencanaan nasional regional
    internasional anak disabilitas lansia sumber daya pusdatin kesejahteraan masyarakat layanan
    pelayanan humas hubungan ohh rehsos linjamsos dayasos pfm organisasi tata laksana ortala
    administrasi keuangan umum perlengkapan pengadaan kepegawaian penyuluhan sosial komputer
    pranata jakarta bekasi bogor depok tangerang bandung surabaya semarang yogyakarta medan makassar
    denpasar bali jawa barat timur tengah utara selatan sumatera kalimantan sulawesi papua maluku
    nusa tenggara aceh riau jambi bengkulu lampung banten gorontalo ntt ntb dki diy sleman bantul
    solo malang kupang mataram padang palembang pontianak banjarmasin samarinda manado ambon jayapura
    magelang cirebon cianjur sukabumi karawang purwakarta serang cilegon tegal pekalongan kudus
    senin selasa rabu kamis jumat sabtu minggu ahad januari februari maret april mei juni juli
    agustus september oktober november desember pagi siang sore malam tahun bulan pekan
    dalam menurut sementara selain namun untuk para saat setelah sebelum melalui bertempat dengan
    oleh dari pada di ke yang dan atau serta juga ini itu tersebut ia dia beliau mereka kami kita
    saya anda sang sebagai selaku adapun kemudian lebih lanjut selanjutnya terkait adanya bahkan
    tak tidak bukan belum sudah akan bisa harus kegiatan covid corona pandemi virus istana merdeka
    aula gedung ruang hotel lapangan jalan jl gelora stadion masjid gereja pura vihara pasar
    kompas antara tempo detik kumparan tribun media berita the of and for kemarin besok lusa kini
    sekarang tadi nanti dulu investasi kemaritiman koordinator eksekutif institute institut network
    foundation association group company corporation center centre council club union society
    watch research studies study labs lab partners capital global services express airlines air
    hotel boat university college school agency office bureau ministry department commission
    muhammadiyah nahdlatul ulama nu gerindra golkar nasdem demokrat pdip pdi-p pks pkb ppp hanura
    perindo gp ansor fpi mui kpk kpu bawaslu bpk bpjs bnpb bppt bps lipi brin bmkg bulog pln kai
    pertamina telkom garuda ekonomi kreatif pengelola transportasi terpadu pemenangan paslon daop
    puskesmas rsud rs rsup klinik dokter rumah sakit perhimpunan pengurus harian dewan pimpinan
    apalagi padahal sehingga karena meski meskipun walaupun jadi maka sebab akibatnya tata usaha
    sebelumnya selanjutnya bagi tanpa setelah hingga sampai sejak usai seusai selama pihaknya
    terakhir pertama kedua ketiga intinya artinya misalnya contohnya tentu tentunya semoga baik
    pusat kesatuan wilayah cabang ranting raya tim kemendagri kemenkes kemenkeu kemensos kemenhub
    kemenkumham kemendikbud kemenag kemenlu kemenko kementan kemnaker kemenpar kemenparekraf kemenperin
    kemendag kemenpan kemenpora kemenkominfo kominfo dukcapil bappenas bappeda disdik dinkes dinsos
    dishub satpol pemkot pemkab pemprov kodam kodim korem lanud mabes udara darat laut perhubungan
    kepulauan kalteng kalbar kalsel kaltim kaltara sulsel sulut sulteng sultra sulbar sumut sumbar
    sumsel jabar jateng jatim kaltengpos babel kepri malut papua pabar dki
    orang tua orangtua affairs minister director directorate general social welfare rehabilitation
    empowerment protection persons older elderly children people disabilities provincial regional""".split()
) | RANKS
SPEECH_VERBS_NAME_FOLLOWS = None  # set in quotes.py; kept here for symmetry of vocab

PRONOUNS = frozenset("dia ia beliau nya -nya".split())

_NAME_TOKEN = r"(?:[A-Z][a-z]+(?:['\-][A-Za-z]+)*|[A-Z]{2,}[a-z]+|[A-Z]\.?|Mc[A-Z][a-z]+)"
_HONOR = (
    r"(?:(?:Bapak|Pak|Ibu|Bu|Sdr\.?|Sdri\.?|Saudara|Saudari|Hj?\.|Hajjah|Haji|Dr\.?|dr\.?|drg\.?|Drs\.?|Dra\.?|"
    r"Prof\.?|Ir\.?|K\.?H\.|KH|Tb\.?|Rd?\.|R\.|Gus|Mbak|Mas|Bang|Kak|Ustaz|Ustadz|Kiai|Kyai|Habib|"
    r"Ny\.?|Nyonya|Plt\.?|Plh\.?|Mbah|Eyang|Cak|Kang|Daeng|Tante|Oma|Opa)[^\S\n]+)"
)
# A personal name: optional honorifics, 1-5 name tokens (bin/binti allowed), optional degrees.
NAME_PATTERN = (
    _HONOR + r"*" + _NAME_TOKEN + r"(?:[^\S\n]+(?:bin|binti|van|de|al-|el-)?[^\S\n]*" + _NAME_TOKEN + r"){0,4}"
    r"(?:,?[^\S\n]+" + _DEGREE + r"(?:,?[^\S\n]*" + _DEGREE + r")*)?"
)
NAME_RE = re.compile(NAME_PATTERN)
_ROLE_WORD = r"(?:[A-Z][A-Za-z]*\.?|[A-Z]{2,}|dan|dari|&|/|of|the|for|and|\([^()\n]{1,60}\)|\"[A-Z][^\"\n,]{0,40}\")"
_ROLE_HEAD_RE = r"(?:(?:Plt\.?|Plh\.?|Pj\.?)[^\S\n]+)?(?:Ibu[^\S\n]+Negara|" + "|".join(
    sorted({h.capitalize() for h in ROLE_HEADS} | {h.upper() for h in ("ceo",)}, key=len, reverse=True)
) + r")\b"
ROLE_PHRASE = _ROLE_HEAD_RE + r"(?:[^\S\n]+" + _ROLE_WORD + r")*"

# "Kepala Balai Melati Jakarta, Puti Chairida Anwar" (also inside an attribution)
_ROLE_COMMA_NAME = re.compile(r"(?P<role>" + ROLE_PHRASE + r")[^\S\n]*,[^\S\n]+(?P<name>" + NAME_PATTERN + r")(?=[^\S\n]*[,.;:)]|[^\S\n]+[a-z(]|[^\S\n]*$)")
# "Menteri Sosial Juliari Batubara" (role and name run together; split by vocabulary)
_ROLE_NAME = re.compile(
    r"(?P<run>" + _ROLE_HEAD_RE + r"(?:[^\S\n]+(?:(?:Drs|Dra|Dr|Ir|Prof|Hj|H|KH|Sdr|Sdri|Tb|Rd|R)\.(?=[^\S\n]+[A-Z])|[A-Z][A-Za-z]*-\d+\b|[A-Z][A-Za-z'\-]*(?![\w\-])|[A-Z]\.|[A-Z]{2,}[\w\-]*|[A-Z][\w\-]*\.(?:co|id|org|com)|"
    r"\d{1,3}(?=[^\S\n]+[A-Z])|dr\.?(?=[^\S\n]+[A-Z])|(?:Drs|Dra|Dr|Ir|Prof|Hj|H|KH|Sdr|Sdri|Tb|Rd|R)\.(?=[^\S\n]+[A-Z])|dan|&|of|for|and|to|on|the|de|\([A-Z][\w.\-/]{0,15}(?:[^\S\n]+[A-Z][\w.\-/]{0,15}){0,2}\))){1,24})"
)
# Family words before a name between commas ("anaknya, Budi Setiawan, yang"): a person, no role.
KIN_WORDS = frozenset(
    "anak istri suami ayah bapak ibu adik kakak cucu putra putri nenek kakek keponakan menantu "
    "rekan teman sahabat korban".split()
)
# What may follow "Name (41)," as a description of the person.
DESCRIPTORS = ROLE_HEADS | KIN_WORDS | frozenset(
    "warga pedagang penjual petani nelayan buruh siswa siswi mahasiswa mahasiswi pelajar penerima peserta "
    "pengunjung pemilik pengemudi sopir ibu bapak nenek kakek salah seorang penyandang lansia orangtua "
    "karyawan pekerja pengusaha perajin pengrajin penghuni pasien".split()
)
# "Seorang warga Kelurahan Tanjung, Mulyadi, mengaku": a lowercase role, then the name between commas.
_LOWER_ROLE_COMMA_NAME = re.compile(
    r"\b(?:(?:[Ss]eorang|[Ss]alah[^\S\n]+(?:satu|seorang))[^\S\n]+)?(?P<role>(?:" + "|".join(
        sorted(ROLE_HEADS | {"pedagang", "petani", "nelayan", "penerima", "peserta", "pengunjung", "orangtua",
                             "ibu", "siswa", "mahasiswa", "relawan", "pengemudi", "buruh"} | KIN_WORDS,
               key=len, reverse=True))
    + r")(?:nya)?(?:[^\S\n]+(?:[A-Za-z][\w\-]*|\([^()\n]{1,30}\))){0,7}?)[^\S\n]*,[^\S\n]+(?P<name>" + NAME_PATTERN + r")(?:[^\S\n]*\(\d{1,3}\))?[^\S\n]*,"
)
_LRCN_WORDS = frozenset(ROLE_HEADS | KIN_WORDS | {
    "seorang", "salah", "pedagang", "petani", "nelayan", "penerima", "peserta", "pengunjung", "orangtua",
    "ibu", "siswa", "mahasiswa", "relawan", "pengemudi", "buruh", "pekerja"})
_SENTENCE_ROLE = re.compile(r"(?:^|[.!?][^\S\n]+|\n)([A-Z][a-z]+)(?=[^\S\n]+[a-z])")
_COMMA_CAP = re.compile(r",[^\S\n]+[A-Z]")


def _trie_pattern(words) -> str:
    """A regex alternation of `words` as a trie ("ibu(?:nda)?"), so the engine tries each letter
    once instead of every word in turn."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        ends = "" in node
        alts = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and len(alts[0]) == 1 else "(?:" + "|".join(alts) + ")"
        return body + "?" if ends else body

    return pattern(root)


# The start of each lowercase word (with or without "-nya") that can head a lowercase role.
_LRCN_AT = re.compile(r"(?<![\w\-])(?:" + _trie_pattern(w for w in _LRCN_WORDS if re.fullmatch("[a-z]+", w))
                      + r")(?:nya)?\b")
_ANONYMOUS = re.compile(
    r"(?:^|(?<=[.!?\"]\s)|(?<=\n))(?P<desc>(?:[Ss]alah[^\S\n]+(?:satu|seorang)|[Ss]eorang)[^\S\n]+"
    r"(?:ibu|bapak|warga|pedagang|pengunjung|peserta|penerima|orang[^\S\n]+tua|orangtua|pasien|relawan|siswa|siswi|"
    r"mahasiswa|anak|guru|pekerja|korban|pengungsi|nelayan|petani|sopir|pengemudi|karyawan|buruh|pengasuh|"
    r"lansia|pemuda|perempuan|pria|wanita|penghuni|penyandang|pelajar|nenek|kakek)(?:[^\S\n]+[a-z]+){0,2}?)"
    r"(?=[^\S\n]*,|[^\S\n]+(?:yang|me[a-z]+|ber[a-z]+|mengaku)\b)"
)
_MAYBE_INITIALS = re.compile(r"\(\d{1,3}|\"[A-Z]{1,3}\.?\"")
# "Eko Saputra selaku Pranata Komputer dari ...", "Rina sebagai Kepala Seksi ..."
_NAME_SELAKU = re.compile(
    r"(?P<name>" + NAME_PATTERN + r")[^\S\n]*,?[^\S\n]+(?P<kw>selaku|sebagai)[^\S\n]+(?P<role>[^,.;:\"\n]{3,160})"
)
# "Gabriel Manek (60), penjual air, menuturkan" / "Puti Chairida Anwar, Kepala Balai Melati,"
_NAME_COMMA_ROLE = re.compile(
    r"(?P<name>" + NAME_PATTERN + r")(?:[^\S\n]*\((?P<age>\d{1,3})\))?[^\S\n]*,[^\S\n]+(?P<role>[^,.;:\"\n]{3,140}?)[^\S\n]*(?=,|\.|;|$)"
)
# Nicknames introduced explicitly: "(Gus Ipul)" right after a name, "yang akrab disapa Gus Ipul".
_PAREN_ALIAS = re.compile(r"(?P<name>" + NAME_PATTERN + r")[^\S\n]*\((?P<alias>" + NAME_PATTERN + r")\)")
_DISAPA = re.compile(
    r"(?P<name>" + NAME_PATTERN + r")[^\S\n]*,?[^\S\n]+(?:atau[^\S\n]+)?yang[^\S\n]+(?:akrab[^\S\n]+|biasa[^\S\n]+|kerap[^\S\n]+|lebih[^\S\n]+)?"
    r"(?:disapa|dipanggil|dikenal[^\S\n]+dengan[^\S\n]+(?:nama|sapaan)|disebut)[^\S\n]+(?P<alias>" + NAME_PATTERN + r")"
)
# Initials-only people: "AD (12)", "Ibu \"K\"", "Bapak S (45)".
_INITIALS = re.compile(
    r"(?:(?P<hon>Bapak|Pak|Ibu|Bu|Nenek|Kakek|Adik|Anak|Saudara|Sdr\.?|Sdri\.?)[^\S\n]+)?"
    r"(?:\"(?P<q>[A-Z]{1,3}(?:\.[A-Z])*\.?)\"|(?P<i>\b[A-Z]{1,3}(?:\.[A-Z])*\.?)(?=[^\S\n]*\(\d{1,3}(?:[^\S\n]*tahun)?\)))"
)
_ROLE_STOP = re.compile(
    r"[^\S\n]+(?:yang|menjadi|mengatakan|menyampaikan|menuturkan|menjelaskan|mengungkapkan|menegaskan|"
    r"menyatakan|menambahkan|memberikan|membuka|menutup|hadir|dalam|saat|ketika|pada|di|kepada|"
    r"untuk|bahwa|berkata|berharap|berpesan|mengaku|mengajak|meminta|mengimbau|juga|turut|sudah|"
    r"telah|akan|bersama|beserta|serta|dan[^\S\n]+(?=[a-z])|me(?!nteri)[a-z]{4,}|ber(?!sama)[a-z]{4,}|di[a-z]{3,}(?:kan|i))\b.*$"
)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\-]*")
# A clause, not a role: "Presiden Joko Widodo meresmikan ..." after a name and a comma.
_VERBISH = re.compile(r"\b(?:me(?!nteri)[a-z]{4,}|di[a-z]{3,}(?:kan|i)|ber(?!sama)[a-z]{3,}|sudah|telah|akan|adalah|merupakan)\b")


# --- Name handling --------------------------------------------------------------------------------

def clean_name(raw: str) -> str:
    """Strip honorifics (front) and degrees (back) from a written name."""
    name = DEGREES_RE.sub("", raw.strip()).strip(" ,")
    tokens = name.split()
    while tokens and tokens[0].rstrip(".").lower() in HONORIFICS and len(tokens) > 1:
        tokens.pop(0)
    while len(tokens) > 1 and re.fullmatch(_DOTTED_DEGREE, tokens[-1]):
        tokens.pop()
    return " ".join(tokens).strip(" ,")


# Words the current text writes as places ("di Banyuwangi", "Kota Tomohon"): not name words there.
_PLACES: contextvars.ContextVar[frozenset[str]] = contextvars.ContextVar("places", default=frozenset())
_PLACE_CONTEXT = re.compile(
    r"(?<!Wali )(?<!Kepala )(?<!Wakil )(?<!Lurah )\b(?:di|Kota|Kabupaten|Kab\.|Provinsi|Kecamatan|Desa|"
    r"Kelurahan|Dusun|Kampung|Pulau|kawasan)[^\S\n]+(?P<w>[A-Z][a-z]+)(?![a-z])"
)


def places_in(text: str) -> frozenset[str]:
    """Capitalized words the text uses as places: after "di", "Kota", "Kabupaten", "Desa", ..."""
    out = set()
    for m in _PLACE_CONTEXT.finditer(text):
        out.update(w.lower() for w in m.group("w").split())
    return frozenset(out)


def use_places(text: str):
    """Set the place words of `text` for the name functions; returns the token for reset."""
    return _PLACES.set(places_in(text))


# pe-/ke- ... -an words are nouns ("Penyalahgunaan", "Pengoperasian", "Kesehatan"), not names.
_AFFIXED_NOUN = re.compile(r"^(?:pe[nmr]?g?|ke)[a-z]{3,}an$")


def _token_ok(tok: str) -> bool:
    low = tok.rstrip(".").lower()
    return (bool(low) and low not in NOT_NAME and low not in ROLE_HEADS and low not in ROLE_ALIASES
            and low not in _PLACES.get() and not _AFFIXED_NOUN.match(low))


def plausible_name(name: str) -> bool:
    tokens = name.split()
    if not tokens or len(tokens) > 5:
        return False
    # Role words inside a name are family names there ("Ahmad Fauzan Hakim"): only the first
    # word must not be one.
    if not all(_token_ok(t) or t in ("bin", "binti") or (k > 0 and t.lower() in ROLE_HEADS and t.lower() not in NOT_NAME)
               for k, t in enumerate(tokens)):
        return False
    full = [t for t in tokens if len(t.rstrip(".")) > 1]
    if not full:
        return False
    # An all-caps word is an acronym (PKH, ATENSI), not a person.
    return not all(t.isupper() and len(t) > 1 for t in full)


_CONNECTORS = frozenset("dan & of for and to on the de serta".split())


def _name_token_ok(tokens: list[str], k: int) -> bool:
    tok = tokens[k]
    if not tok[:1].isupper() or "(" in tok or ")" in tok:
        return False
    if not _token_ok(tok) or (tok.isupper() and len(tok) > 1) or any(ch.isdigit() for ch in tok):
        return False
    return not (k > 0 and (tokens[k - 1].lower(), tok.lower()) in ORG_BIGRAMS)


def split_role_name(run: str, short_forms: frozenset[str] | set[str] = frozenset()) -> tuple[str, str] | None:
    """'Kepala Balai Melati Jakarta Puti Chairida Anwar' -> (role, name) by vocabulary.

    `short_forms` are single words the text later uses for a speaker ("kata Hari"): a name that
    would start before such a middle word starts at it instead."""
    tokens = run.split()
    i = len(tokens)
    while i > 1 and _name_token_ok(tokens, i - 1):
        i -= 1
    if i < 1 or i >= len(tokens):
        return None
    # A place or unit name right after an organisation word belongs to the role:
    # "Kepala Dinas Sosial Kabupaten Malaka Yohanes Nahak" -> Malaka is the place.
    while (len(tokens) - i > 1 and (tokens[i - 1].lower() in _PLACE_INTRO or tokens[i - 1] in _CONNECTORS)
           and tokens[i] not in short_forms
           and not (tokens[i - 1].lower() == "kota" and i >= 2 and tokens[i - 2].lower() == "wali")):
        i += 1
    # A bare role head with three or more words after it: the first is the organisation
    # ("CEO Bukalapak Rachmat Kaimuddin").
    if (len(tokens) - i >= 3 and i == 1 and tokens[0].lower().rstrip(".") in ROLE_HEADS
            and tokens[i] not in short_forms and len(tokens[i].rstrip(".")) > 1):
        i += 1
    # "Pj. Bupati Klaten Sri Mulyani Hartono": a regional head is followed by its region.
    elif (len(tokens) - i >= 3 and tokens[i - 1].lower() in _REGIONAL_HEADS and tokens[i] not in short_forms
          and all(t.lower().rstrip(".") in ("plt", "plh", "pj", "mantan", "wakil") for t in tokens[:i - 1])):
        i += 1
    if len(tokens) - i >= 2 and short_forms:
        # The text later calls the speaker by a word inside the candidate: the name starts there
        # ("Kepala Dinas Kesehatan Banyuwangi Widji Lestariono" ... "kata Widji").
        for k in range(i + 1, len(tokens)):
            if (tokens[k] in short_forms and not any(t in short_forms for t in tokens[i:k])
                    and not all(t.rstrip(".").lower() in HONORIFICS for t in tokens[i:k])
                    # "Lurah Sukamekar Indah H. Ahmad Fauzan": a dotted honorific opens the name
                    and not any(t.endswith(".") and t.rstrip(".").lower() in HONORIFICS for t in tokens[i - 1:k])):
                if len(tokens) - k >= 2 or len(tokens) - i == 2:
                    i = k
                break
    plain = [t for t in tokens[i:] if t.rstrip(".").lower() not in HONORIFICS]
    if len(plain) > 4:
        i = len(tokens) - 3
    while i > 1 and tokens[i - 1].rstrip(".").lower() in HONORIFICS and tokens[i - 1].lower() not in ("plt.", "plt", "plh", "plh."):
        i -= 1  # "Dr." belongs to the name, which clean_name() then strips
    role = " ".join(tokens[:i])
    name = " ".join(tokens[i:])
    if not plausible_name(name):
        return None
    if len(tokens) - i == 1 and tokens[i - 1].lower() in _PLACE_INTRO | {"sosial", "kota"}:
        return None  # "... Balai Kenanga": the unit's name, not a person
    return role, name


_REGIONAL_HEADS = frozenset("bupati wabup gubernur wagub walikota wawali sekda camat lurah kades kapolres kapolda kajari".split())


# Two words that make one organisation or place, whose second word is also a given name.
ORG_BIGRAMS = frozenset({
    ("kejaksaan", "agung"), ("mahkamah", "agung"), ("jaksa", "agung"), ("metro", "jaya"),
    ("gadjah", "mada"), ("jenderal", "soedirman"), ("mahkamah", "konstitusi"), ("hak", "asasi"),
    ("asasi", "manusia"), ("sebelas", "maret"), ("bank", "mandiri"), ("bank", "rakyat"),
    ("kebangkitan", "bangsa"), ("harapan", "kita"), ("tanah", "abang"), ("istana", "negara"),
})


_PLACE_INTRO = frozenset(
    "kabupaten kota provinsi kecamatan kelurahan desa balai loka sentra panti yayasan universitas "
    "bank pt kampung dusun polda polres".split()
)


def name_tokens(name: str) -> list[str]:
    return [t for t in name.split() if len(t.rstrip(".")) > 1 and t not in ("bin", "binti")]


def default_aliases(name: str) -> list[str]:
    """Short forms a text may use for a full name: first given name, last name, last two tokens."""
    toks = name_tokens(name)
    out: list[str] = []
    if len(toks) >= 2:
        out += [toks[0], toks[-1], " ".join(toks[-2:])]
        if len(toks) >= 3:
            out.append(" ".join(toks[:2]))
    return [a for a in dict.fromkeys(out) if a != name]


# --- Records ------------------------------------------------------------------------------------

@dataclass
class Known:
    """A person found in the text, with where they are mentioned."""

    name: str
    role: str | None = None
    aliases: list[str] = field(default_factory=list)  # explicit ones and short forms seen in the text
    initials_only: bool = False
    first: int = 0
    registry_id: str | None = None

    def mention(self) -> PersonMention:
        return PersonMention(name=self.name, aliases=list(self.aliases), role=self.role,
                             initials_only=self.initials_only)


@dataclass
class Cast:
    """Everyone in one text, and a timeline of mentions (start, end, index into persons)."""

    persons: list[Known]
    mentions: list[tuple[int, int, int]]
    registry: list[Person] = field(default_factory=list)
    day: dt.date | None = None
    subjects: set[int] = field(default_factory=set)  # starts of mentions as sentence subject
    joint: set[int] = field(default_factory=set)  # starts of mentions in "X dan Y" (two people)

    # Resolution ------------------------------------------------------------------------------
    def by_name(self, name: str) -> Known | None:
        for p in self.persons:
            if p.name == name:
                return p
        return None

    def _toks(self, p: Known) -> list[str]:
        cache = self.__dict__.setdefault("_tok_cache", {})
        toks = cache.get(p.name)
        if toks is None:
            toks = cache[p.name] = [t.lower() for t in name_tokens(p.name)] or [p.name.lower()]
        return toks

    def _index(self):
        """Token tables of the current persons, rebuilt when a person is added."""
        cached = self.__dict__.get("_index_cache")
        if cached is not None and cached[0] == len(self.persons):
            return cached[1]
        by_token: dict[str, list[Known]] = {}
        by_key: dict[str, list[Known]] = {}
        pairs: list[tuple[str, Known]] = []
        for p in self.persons:
            if p.initials_only:
                continue  # matched by their exact label only
            for t in self._toks(p):
                by_token.setdefault(t, []).append(p)
                pairs.append((t, p))
                if not p.initials_only:
                    by_key.setdefault(spelling_key(t), []).append(p)
        index = (by_token, by_key, pairs)
        self.__dict__["_index_cache"] = (len(self.persons), index)
        return index

    def _candidates(self, low: str, fuzzy: bool = True) -> list[Known]:
        cands = [p for p in self.persons if p.name.lower() == low or any(a.lower() == low for a in p.aliases)]
        if cands:
            return cands
        by_token, by_key, pairs = self._index()
        stoks = low.split()
        if len(stoks) == 1:
            cands = list(by_token.get(low, ()))
        else:
            cands = [p for p in self.persons if _contiguous(stoks, self._toks(p))]
        if not cands and len(stoks) >= 3:
            # "Kalteng Sugianto Sabran" written where "Sugianto Sabran" was introduced
            cands = [p for p in self.persons if len(self._toks(p)) >= 2 and stoks[-len(self._toks(p)):] == self._toks(p)]
        if cands or " " in low or len(low) < 3:
            return cands
        n = len(low)
        cands = [p for t, p in pairs if len(t) > n and (t.startswith(low) or t.endswith(low))]
        if not cands and n >= 4:
            cands = list(by_key.get(spelling_key(low), ()))
        if not cands and fuzzy and n >= 5:
            cands = self._fuzzy(low)
        return cands

    def resolve(self, surface: str, at: int | None = None, fuzzy: bool = True) -> Known | None:
        """A written name or short form -> the person it stands for, or None when unsure."""
        surface = clean_name(surface)
        if not surface:
            return None
        low = surface.lower()
        if low in ROLE_ALIASES or low.split()[0] in ROLE_HEADS:
            return self.resolve_role(surface, at)
        cands = list({id(p): p for p in self._candidates(low, fuzzy)}.values())
        if len(cands) == 1:
            return cands[0]
        if len(cands) > 1 and at is not None:
            return self._most_recent(cands, at)
        if not cands:
            return self.resolve_registry(surface)
        return None

    def _fuzzy(self, low: str) -> list[Known]:
        try:
            from rapidfuzz import fuzz
        except ImportError:  # pragma: no cover - rapidfuzz is a dependency
            return []
        out = []
        for p in self.persons:
            if p.initials_only:
                continue
            for t in [p.name] + name_tokens(p.name):
                tl = t.lower()
                if (len(low) >= 6 and tl[:1] == low[:1] and abs(len(tl) - len(low)) <= 2
                        and fuzz.ratio(low, tl) >= 80):
                    out.append(p)
                    break
        return out

    def _most_recent(self, cands: list[Known], at: int) -> Known | None:
        idx = {id(p): i for i, p in enumerate(self.persons)}
        wanted = {idx[id(p)] for p in cands}
        for start, _end, i in reversed(self.mentions):
            if start < at and i in wanted:
                return self.persons[i]
        return None

    def resolve_role(self, role_word: str, at: int | None = None) -> Known | None:
        """A role word (Mensos, Kepala Balai, Presiden) -> the article's holder, then the registry's."""
        key = _role_key(role_word)
        if not key:
            return None
        holders = [p for p in self.persons if p.role and _role_matches(key, _role_key(p.role))]
        if len(holders) == 1:
            return holders[0]
        if len(holders) > 1:
            exact = [p for p in holders if _role_key(p.role) == key]
            if len(exact) == 1:
                return exact[0]
            if exact and at is not None:
                # Two holders of the very same role ("Presiden Joko Widodo" and "Presiden Jokowi"):
                # the one the text was just talking about.
                return self._most_recent(exact, at)
            return None
        return self.resolve_registry(role_word, role_only=True)

    def resolve_registry(self, surface: str, role_only: bool = False) -> Known | None:
        if not self.registry:
            return None
        low = clean_name(surface).lower()
        key = _role_key(surface)
        table = _registry_table(self.registry)
        hits: list[tuple[Person, str | None]] = []
        if not role_only:
            found = table.names.get(low)
            if found is None and " " in low:
                # "Uji Ratna Kusumawati": a role word glued before a registered full name
                words = low.split()
                found = next((table.names[" ".join(words[k:])] for k in range(1, len(words) - 1)
                              if " ".join(words[k:]) in table.full_names), None)
            for person in found or ():
                role = person.role_on(self.day)
                hits.append((person, role.title if role else None))
        if not hits:
            for person, r in table.roles.get(key, ()) + table.roles.get(low, ()):
                if r.valid_on(self.day):
                    hits.append((person, r.title))
        uniq = {id(p): (p, t) for p, t in hits}
        if len(uniq) != 1:
            return None
        person, title = next(iter(uniq.values()))
        known = self.by_name(person.name)
        if known is None:
            known = Known(name=person.name, role=title, registry_id=person.id, first=-1)
            self.persons.append(known)
        elif known.role is None and title:
            known.role = title  # the role people.yaml says the person held on the article's date
        if surface != person.name and clean_name(surface) not in known.aliases and clean_name(surface) != person.name:
            known.aliases.append(clean_name(surface))
        return known

    def last_before(self, pos: int, skip: list[tuple[int, int]] = (), window: int = 2000) -> Known | None:
        """The person a `-nya` cue or `dia` before `pos` refers to: the most recent one mentioned
        as a subject (outside the spans in `skip`), else the most recent one mentioned at all."""
        fallback: Known | None = None
        for start, _end, i in reversed(self.mentions):
            if start >= pos or any(a <= start < b for a, b in skip):
                continue
            if pos - start > window:
                break
            if fallback is None:
                fallback = None if start in self.joint else self.persons[i]
            if start in self.subjects:
                return None if start in self.joint else self.persons[i]
        return fallback

    def chain_pronouns(self, text: str, skip: list[tuple[int, int]] = ()) -> None:
        """A subject pronoun ("Ia menilai", "Menurut dia", "Dia menambahkan") is a mention of the person
        it refers to, so a later `katanya` skips the people only named in between."""
        for m in _SUBJECT_PRONOUN.finditer(text):
            pos = m.start("pro")
            if any(a <= pos < b for a, b in skip):
                continue
            person = self.last_before(pos, skip)
            if person is None:
                continue
            i = self.persons.index(person)
            self.mentions.append((pos, m.end("pro"), i))
            self.mentions.sort()
            self.subjects.add(pos)

    def mentions_between(self, a: int, b: int, skip: list[tuple[int, int]] = ()) -> set[int]:
        return {i for s, _e, i in self.mentions if a <= s < b and not any(x <= s < y for x, y in skip)}

    def add_mention(self, start: int, end: int, person: Known) -> None:
        i = next(k for k, p in enumerate(self.persons) if p is person)
        self.mentions.append((start, end, i))
        self.mentions.sort()

    def to_mentions(self) -> list[PersonMention]:
        ordered = sorted(self.persons, key=lambda p: (p.first if p.first >= 0 else 10**9))
        return [p.mention() for p in ordered]


_SPELLING = [("oe", "u"), ("dj", "j"), ("tj", "c"), ("sj", "sy"), ("ch", "kh"), ("y", "i"), ("ph", "f")]


_DOUBLED = re.compile(r"(.)\1+")


@functools.lru_cache(maxsize=65536)
def spelling_key(word: str) -> str:
    """Old and new spellings of one name meet here: Rudy/Rudi, Soekarno/Sukarno, Djoko/Joko, Jusuf/Yusuf."""
    w = word.lower()
    for a, b in _SPELLING:
        w = w.replace(a, b)
    w = w.replace("j", "i") if w.startswith("ius") else w
    return _DOUBLED.sub(r"\1", w).replace("h", "")


@dataclass
class _RegistryTable:
    names: dict[str, list[Person]]  # lowercase full name, alias or name word -> people
    full_names: set[str]
    roles: dict[str, list[tuple[Person, Role]]]  # role key or lowercase role alias -> (person, role)


_REGISTRY_CACHE: list = []  # [(the registry list itself, its length, table)]: the index passes one list


def _registry_split(run: str, registry: list[Person] | None) -> tuple[str, str] | None:
    """A run that ends with a full name from people.yaml splits there ("Kepala Balai Cempaka Uji
    Ratna Kusumawati" -> the registered "Ratna Kusumawati")."""
    if not registry:
        return None
    full = _registry_table(registry).full_names
    words = run.split()
    for k in range(1, len(words)):
        tail = " ".join(words[k:])
        if tail.lower() in full:
            role = words[:k]
            while len(role) > 1 and role[-1].rstrip(".").lower() in HONORIFICS:
                role.pop()  # "Kepala Balai Dr. Hendra ...": "Dr." is the person's
            return " ".join(role), tail
    return None


def _registry_table(registry: list[Person]) -> _RegistryTable:
    """Lookup tables over people.yaml entries, built once per registry list (not per article)."""
    for reg, size, table in _REGISTRY_CACHE:
        if reg is registry and size == len(registry):
            return table
    names: dict[str, list[Person]] = {}
    roles: dict[str, list[tuple[Person, Role]]] = {}
    for person in registry:
        forms = [person.name] + list(person.aliases) + [clean_name(a) for a in person.aliases] + name_tokens(person.name)
        for n in dict.fromkeys(forms):
            names.setdefault(n.lower(), []).append(person)
        for r in person.roles:
            for w in dict.fromkeys([r.title] + list(r.aliases)):
                for k in dict.fromkeys([_role_key(w), w.lower()]):
                    roles.setdefault(k, []).append((person, r))
    table = _RegistryTable(names, {p.name.lower() for p in registry}, roles)
    _REGISTRY_CACHE[:] = [(registry, len(registry), table)] + _REGISTRY_CACHE[:3]
    return table


def _contiguous(needle: list[str], hay: list[str]) -> bool:
    n = len(needle)
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1)) if n else False


_ROLE_NOISE = re.compile(r"\b(?:plt|plh|pj)\.?[^\S\n]+", re.IGNORECASE)


def _role_key(role: str | None) -> str:
    if not role:
        return ""
    words = _ROLE_NOISE.sub("", role.lower()).replace(",", " ").split()
    out: list[str] = []
    for w in words:
        w = w.strip(".")
        out.extend(ROLE_ALIASES.get(w, UNIT_SHORT.get(w, w)).split())
    return " ".join(out)


def _role_matches(key: str, role: str) -> bool:
    """'kepala balai' fits 'kepala balai melati jakarta'; 'menteri sosial' fits itself."""
    return role == key or role.startswith(key + " ")


# --- Finding people -------------------------------------------------------------------------------

def _strip_role(role: str) -> str:
    role = _ROLE_STOP.sub("", role.strip())
    return role.strip(" ,;:")


_SHORT_SPEAKER = re.compile(
    r"\b(?:kata|ujar|tutur|ucap|ungkap|jelas|papar|tegas|sebut|terang|lanjut|tambah|imbuh|pungkas|"
    r"tandas|menurut)[^\S\n]+(?P<a>[A-Z][a-z]+)\b(?![^\S\n]+[A-Z])|(?:^|[.!?][^\S\n]|\n)(?P<b>[A-Z][a-z]+)[^\S\n]+(?:mengatakan|"
    r"menambahkan|menjelaskan|menyampaikan|menegaskan|mengungkapkan|menyatakan|menuturkan)\b"
)


_CAP_START = re.compile(r"(?<![\w'\-.])[A-Z]")
_CAP_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")


@functools.lru_cache(maxsize=8)
def cap_starts(text: str) -> tuple[int, ...]:
    """Offsets of capitalized words: the only places a name or a role can start (cached: the
    extractor asks several times for the same text)."""
    return tuple(m.start() for m in _CAP_START.finditer(text))


@functools.lru_cache(maxsize=8)
def _cap_runs(text: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    return tuple((m.start(), tuple(m.group(0).split())) for m in _CAP_RUN.finditer(text))


def _head_word(text: str, pos: int) -> bool:
    m = _CAP_WORD.match(text, pos)
    if m and m.group(0) == "Ibu":
        return text.startswith("Negara", m.end() + 1)
    return bool(m) and m.group(0).lower() in ROLE_HEADS


def matches_at(rx: re.Pattern, text: str, starts: list[int]):
    """rx.finditer(text) restricted to the given start offsets (same non-overlapping order), far
    cheaper than trying every offset for patterns that can only start there."""
    last = -1
    for pos in starts:
        if pos < last:
            continue
        m = rx.match(text, pos)
        if m:
            yield m
            last = m.end()


def starts_near(text: str, keyword: re.Pattern, starts: list[int], window: int = 160) -> list[int]:
    """The starts within `window` characters before a keyword: where a name-first pattern using
    that keyword can match at all."""
    spots = [m.start() for m in keyword.finditer(text)]
    if not spots:
        return []
    out, j = [], 0
    for pos in starts:
        while j < len(spots) and spots[j] < pos:
            j += 1
        if j < len(spots) and spots[j] - pos <= window:
            out.append(pos)
    return out


_KW_SELAKU = re.compile(r"\b(?:selaku|sebagai)\b")
_KW_PAREN = re.compile(r"\(")
_KW_DISAPA = re.compile(r"\b(?:disapa|dipanggil|dikenal|disebut)\b")
_KW_COMMA = re.compile(r",")


def short_forms_in(text: str) -> set[str]:
    """Single words the text uses alone for a speaker ("kata Hari", "Hari menambahkan")."""
    return {m.group("a") or m.group("b") for m in _SHORT_SPEAKER.finditer(text)}


def find_people(
    text: str,
    *,
    registry: list[Person] | None = None,
    day: dt.date | None = None,
    extra_names: list[tuple[int, int, str, str | None]] = (),
) -> Cast:
    """All people introduced in `text` (normalized) and every later mention of them.

    `extra_names` are (start, end, written name, role or None) the quote finder saw as speakers."""
    shorts = short_forms_in(text)
    intros: list[tuple[int, int, str, str | None]] = []  # start, end, name, role
    caps = cap_starts(text)
    heads = [s for s in caps if _head_word(text, s)]

    taken: list[tuple[int, int]] = []  # spans already read as role + name

    def free(start: int, end: int) -> bool:
        return not any(s0 < end and start < e0 for s0, e0 in taken)

    for m in matches_at(_NAME_SELAKU, text, starts_near(text, _KW_SELAKU, caps)):
        name = _trailing_plain(m.group("name"))
        role = _strip_role(m.group("role"))
        if not name or not role:
            continue
        first = role.split()[0].lower()
        if m.group("kw") == "sebagai" and first not in ROLE_HEADS and first not in ROLE_ALIASES:
            continue
        intros.append((m.end("name") - len(name), m.end("name"), name, role))
        taken.append((m.end("name") - len(name), m.start("role") + len(role)))
    for m in matches_at(_ROLE_COMMA_NAME, text, heads):
        name = clean_name(m.group("name"))
        if plausible_name(name) and free(m.start(), m.end()):
            intros.append((m.start("name"), m.end("name"), name, m.group("role").strip()))
            taken.append(m.span())
    for m in matches_at(_NAME_COMMA_ROLE, text, starts_near(text, _KW_COMMA, caps, 120)):
        name = _trailing_plain(m.group("name"))
        role = _strip_role(m.group("role"))
        if not name or not role or not free(m.end("name") - len(name), m.end()):
            continue
        first = role.split()[0].rstrip(".").lower()
        if first not in ROLE_HEADS and first not in ROLE_ALIASES and not (m.group("age") and first in DESCRIPTORS):
            continue
        start = m.end("name") - len(name)
        if _VERBISH.search(role) or _after_preposition(text, start):
            continue
        if role[:1].islower() and _NOT_APPOSITIVE.search(text, max(0, start - 12), start):
            continue  # "Menurut Nur Aisyah, pendamping sering kali ...": a clause, not a role
        if role.split()[0][:1].isupper() and first not in ROLE_HEADS and first not in ROLE_ALIASES:
            continue
        intros.append((start, m.end("name"), name, role))
        taken.append((start, m.end()))
    lower_heads = [m.start() for m in _LRCN_AT.finditer(text)]
    # "Pekerja sosial Balai Kenanga, Nur Fadillah,": a lowercase role capitalized only because it
    # opens the sentence. Read it with that letter lowered (same offsets).
    initial = [m.start(1) for m in _SENTENCE_ROLE.finditer(text)
               if m.group(1).lower() in _LRCN_WORDS and _COMMA_CAP.search(text, m.start(1), m.start(1) + 90)]
    scan = text
    if initial:
        chars = list(text)
        for i in initial:
            chars[i] = chars[i].lower()
        scan = "".join(chars)
        lower_heads = sorted(set(lower_heads) | set(initial))
    for m in matches_at(_LOWER_ROLE_COMMA_NAME, scan, lower_heads):
        if m.group("role")[:1].isupper() or not free(m.start("name"), m.end("name")):
            continue  # the capitalized form is handled above
        name = _trailing_plain(m.group("name"))
        if name and name == clean_name(m.group("name")):
            role = _strip_role(text[m.start("role"):m.end("role")])
            if role.split()[0].lower() in KIN_WORDS and len(role.split()) == 1:
                role = None  # "anaknya" is a relation, not a role
            intros.append((m.start("name"), m.end("name"), name, role))
            taken.append((m.start(), m.end()))
    for m in matches_at(_LOWER_ROLE_NAME, text, lower_heads):
        name = _trailing_plain(m.group("name"))
        if name and len(name.split()) >= 2 and name == clean_name(m.group("name")) and free(m.start("name"), m.end("name")):
            intros.append((m.start("name"), m.end("name"), name, m.group("role")))
            taken.append(m.span())
    for m in matches_at(_ROLE_NAME, text, heads):
        if not free(m.start(), m.end()):
            continue
        for offset, run, last in _joined_runs(m.group("run"), registry, shorts):
            split = _registry_split(run, registry) or split_role_name(run, shorts)
            if split and last and " " not in split[1] and _NAME_AFTER_COMMA.match(text, m.end()):
                split = None  # "Camat Cibinong, Hendra Wibisono": the word before the comma is a place
            if split:
                role, name = split
                name = clean_name(name)
                if plausible_name(name):
                    start = m.start() + offset + run.rfind(name)
                    intros.append((start, start + len(name), name, role))

    persons: list[Known] = []
    mentions: list[tuple[int, int, int]] = []

    def add(name: str, role: str | None, start: int, end: int, initials: bool = False) -> Known:
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
                elif name not in p.aliases:
                    p.aliases.append(name)
                mentions.append((start, end, i))
                return p
            if p.name == name or _same_person(p.name, name) or _short_form_of(name, p.name) or _short_form_of(p.name, name):
                if role and not p.role:
                    p.role = role
                longer = len(name.split()) > len(p.name.split())
                prefix_form = name.split()[: len(p.name.split())] == p.name.split()
                suffix_form = name.split()[-len(p.name.split()):] == p.name.split()
                if longer and (prefix_form or suffix_form):
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

    for start, end, name, role in sorted(intros):
        add(name, role.strip() if role else None, start, end)

    for m in matches_at(_PAREN_ALIAS, text, starts_near(text, _KW_PAREN, caps, 120)):
        alias = DEGREES_RE.sub("", m.group("alias")).strip()
        owner = _owner_of(persons, clean_name(m.group("name")))
        if owner and alias and alias != owner.name and not alias.isupper():
            owner.aliases.extend(a for a in dict.fromkeys([alias, clean_name(alias)]) if a not in owner.aliases)
    for m in matches_at(_DISAPA, text, starts_near(text, _KW_DISAPA, caps, 160)):
        alias = DEGREES_RE.sub("", m.group("alias")).strip()  # as written: "Gus Ipul" keeps "Gus"
        owner = _owner_of(persons, clean_name(m.group("name")))
        if owner is None:
            # "Siti Nurhasanah, Koordinator ... Balai Kenanga, yang akrab disapa Bu Nunung": the
            # nickname belongs to the person this sentence introduced, not to the unit before it.
            head = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            in_sentence = sorted((s0, i) for s0, _e, i in mentions if head <= s0 < m.start())
            if in_sentence:
                owner = persons[in_sentence[0][1]]
        if owner is None:
            name = _trailing_plain(m.group("name"))
            before = text[max(0, m.start("name") - 30):m.start("name")].split()
            if name and not (before and before[-1].lower() in _PLACE_INTRO):
                owner = add(name, None, m.start("name"), m.end("name"))
        if owner and alias and alias != owner.name:
            owner.aliases.extend(a for a in dict.fromkeys([alias, clean_name(alias)]) if a not in owner.aliases)

    for m in _ANONYMOUS.finditer(text):
        if not _NAME_AFTER_COMMA.match(text, m.end()):
            # "Salah satu ibu, yang meminta namanya tidak disebut, ...": someone the text does not
            # name. A later "tutur dia" is theirs, so it must not fall to the last named person.
            add(" ".join(m.group("desc").split()).lower(), None, m.start("desc"), m.end(), initials=True)
    for m in (_INITIALS.finditer(text) if _MAYBE_INITIALS.search(text) else ()):
        initials = m.group("q") or m.group("i")
        if initials and initials.rstrip(".").upper() == initials.rstrip("."):
            label = initials if not m.group("hon") else f"{m.group('hon')} {initials}"
            add(label, None, m.start(), m.end(), initials=True)

    _merge_same_role(persons, mentions)
    cast = Cast(persons=persons, mentions=mentions, registry=registry or [], day=day)
    for start, end, written, role in sorted(extra_names, key=lambda x: (x[0], x[1], x[2])):
        name = clean_name(written)
        if not name:
            continue
        known = cast.resolve(name, at=start)
        if known is not None:
            if role and not known.role:
                known.role = role
            continue
        if plausible_name(name):
            add(_expand_full_name(text, name, start), role, start, end)
    _scan_mentions(text, cast)
    _scan_role_mentions(text, cast, heads)
    _mark_speaker_like(text, cast)
    return cast


_BARE_ROLE = re.compile(
    r"(?P<role>" + _ROLE_HEAD_RE + r"(?:[^\S\n]+[A-Z][a-z]+){0,2})(?=[^\S\n]+[a-z]|[^\S\n]*[,.;:)\"]|[^\S\n]*$)"
)


_ROLE_CONTINUES = re.compile(r"[^\S\n]+(?:dan|serta|&|untuk|of|and|for)[^\S\n]+[A-Z]")


def _scan_role_mentions(text: str, cast: Cast, heads: list[int]) -> None:
    """Role words used alone for their holder ("Kepala Balai berharap", "Ibu Negara melihat"):
    mentions of that person, and the role word becomes one of their aliases."""
    spans = [(s0, e0) for s0, e0, _ in cast.mentions]
    cache: dict[str, Known | None] = {}
    starts = {s0 for s0, _e in spans}
    for m in matches_at(_BARE_ROLE, text, heads):
        if _overlaps(spans, m.start()):
            continue
        after = m.end("role")
        if text.count('"', text.rfind("\n", 0, m.start()) + 1, m.start()) % 2:
            continue  # inside a quote: "Matur nuwun, Bu Menteri" addresses someone, it is no mention
        if _ROLE_CONTINUES.match(text, after):
            continue  # "Kepala Pusat Data dan Informasi ...": the head of a longer role, not an alias
        if any(after < s0 <= after + 3 for s0 in starts):
            continue  # "Sekretaris Ditjen Rehsos, Yuliana": the role of an introduction
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


_JOIN = re.compile(r"[^\S\n]+(?:dan|serta|&|and)[^\S\n]+(?=(?:Plt\.?[^\S\n]+|Mantan[^\S\n]+)?[A-Z][a-z]+)")


def _joined_runs(run: str, registry, shorts) -> list[tuple[int, str, bool]]:
    """"Wali Kota Surabaya Eri Santoso dan Wakil Ketua DPRD Laila Mufidah": two introductions joined
    by "dan". A run is cut at a "dan" only when the part before it ends in a name and the part after
    starts with a role word; otherwise ("Kepala Pusat Data dan Informasi ...") it stays whole.
    Returns (offset in run, piece, is the last piece)."""
    pieces: list[tuple[int, str, bool]] = []
    begin = 0
    for j in _JOIN.finditer(run):
        nxt = run[j.end():].split(None, 1)[0].rstrip(".").lower()
        if nxt == "mantan":
            nxt = (run[j.end():].split() + ["", ""])[1].lower()
        if nxt not in ROLE_HEADS and nxt not in ROLE_ALIASES:
            continue
        left = run[begin:j.start()]
        split = _registry_split(left, registry) or split_role_name(left, shorts)
        if not split or not plausible_name(clean_name(split[1])) or len(split[1].split()) < 2:
            continue
        pieces.append((begin, left, False))
        begin = j.end()
    pieces.append((begin, run[begin:], True))
    return pieces


_NOT_APPOSITIVE = re.compile(r"\b(?:[Mm]enurut|oleh|dengan|bersama|kepada|untuk)[^\S\n]+$")
_NAME_AFTER_COMMA = re.compile(r"[^\S\n]*,[^\S\n]+[A-Z][a-z]")
# "oleh psikolog klinis Nur Aisyah Tuasikal": a lowercase role word, then a full name.
_LOWER_ROLE_NAME = re.compile(
    r"\b(?P<role>(?:psikolog|dokter|pengamat|peneliti|dosen|guru|ekonom|pakar|ahli|aktivis|pegiat|relawan|"
    r"pendamping|pekerja[^\S\n]+sosial|terapis|instruktur|fasilitator|koordinator|konselor|epidemiolog|sosiolog|"
    r"akademisi|praktisi|pemerhati)(?:[^\S\n]+[a-z]+){0,3})[^\S\n]+(?P<name>" + _NAME_TOKEN + r"(?:[^\S\n]+" + _NAME_TOKEN + r"){1,3})\b"
)
_PREPOSITION_BEFORE = re.compile(r"\b(?:di|ke|dari|menuju|kawasan|wilayah|daerah|kota|kabupaten|desa|provinsi|pulau|asal)[^\S\n]+$", re.IGNORECASE)


def _after_preposition(text: str, pos: int) -> bool:
    """A capitalized word after "di", "ke", "dari" is a place, not a person."""
    return bool(_PREPOSITION_BEFORE.search(text, max(0, pos - 12), pos))


_GENERIC_ROLES = frozenset(
    "anggota warga pedagang staf staff pegawai petugas relawan pendamping peneliti dosen guru pengajar "
    "pekerja tenaga narasumber pembicara pemateri peserta".split()
)


def _merge_same_role(persons: list[Known], mentions: list[tuple[int, int, int]]) -> None:
    """'Presiden Joko Widodo' and 'Presiden Jokowi' in one text: one person holding one specific role
    under a full name and a one-word name. The full name wins, the word becomes an alias."""
    by_role: dict[str, list[int]] = {}
    for i, p in enumerate(persons):
        if p.role and not p.initials_only and p.role.split()[0].lower() not in _GENERIC_ROLES:
            by_role.setdefault(_role_key(p.role), []).append(i)
    for idxs in by_role.values():
        if len(idxs) != 2:
            continue
        a, b = sorted(idxs, key=lambda i: len(persons[i].name.split()))
        short, full = persons[a], persons[b]
        if len(short.name.split()) != 1 or len(full.name.split()) < 2 or short.name in full.name.split():
            continue
        full.aliases.append(short.name)
        full.first = min(full.first, short.first)
        for k, (s0, e0, i) in enumerate(mentions):
            if i == a:
                mentions[k] = (s0, e0, b)
        short.name, short.aliases, short.role = "", [], None
    dead = [i for i, p in enumerate(persons) if not p.name]
    if dead:
        remap, keep = {}, []
        for i, p in enumerate(persons):
            if p.name:
                remap[i] = len(keep)
                keep.append(p)
        persons[:] = keep
        mentions[:] = [(s0, e0, remap[i]) for s0, e0, i in mentions if i in remap]


def _trailing_plain(raw: str) -> str | None:
    """The name at the end of a capitalized run ("Sementara itu Budi" -> "Budi"), or None."""
    tokens = clean_name(raw).split()
    i = len(tokens)
    while i > 0 and _name_token_ok(tokens, i - 1):
        i -= 1
    name = " ".join(tokens[i:][-4:])
    if name.rstrip(".").lower() in HONORIFICS:
        return None  # "Ibu" alone is no name
    return name if name and plausible_name(name) else None


def _short_form_of(short: str, full: str) -> bool:
    """'Risma' for 'Tri Rismaharini', 'Yani' for 'Syam Wuryani', 'Hari' for 'Agung Hari Setiyono'."""
    if " " in short or " " not in full or len(short) < 3:
        return False
    low = short.lower()
    key = spelling_key(low)
    return any(t == low or (len(t) > len(low) and (t.startswith(low) or t.endswith(low)))
               or (len(low) >= 4 and spelling_key(t) == key)
               for t in (x.lower() for x in name_tokens(full)))


def _spelling_variant(a: str, b: str) -> bool:
    """Two multi-word spellings of one name: same number of words, each word the same by
    spelling key or nearly the same letters (a dropped letter, y/i, a doubled consonant)."""
    ta, tb = a.split(), b.split()
    if a == b or len(ta) != len(tb) or len(ta) < 2:
        return False
    from rapidfuzz.distance import Levenshtein

    for x, y in zip(ta, tb):
        x, y = x.lower(), y.lower()
        if x == y or spelling_key(x) == spelling_key(y):
            continue
        if len(x) >= 5 and x[0] == y[0] and Levenshtein.distance(x, y) <= 1:
            continue
        return False
    return True


def _same_person(a: str, b: str) -> bool:
    """One written name is the other with tokens dropped at one end ("Puti Chairida" / "Puti Chairida
    Anwar"; "Kalteng Sugianto Sabran" / "Sugianto Sabran")."""
    ta, tb = a.split(), b.split()
    if len(ta) == len(tb):
        return False
    short, long = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    return len(short) >= 2 and (long[: len(short)] == short or long[-len(short):] == short)


def _owner_of(persons: list[Known], name: str) -> Known | None:
    for p in persons:
        if p.name == name or name in p.aliases or _same_person(p.name, name):
            return p
    return None


_CAP_RUN = re.compile(r"(?<![\w.])(?:[A-Z][a-z]+(?:['\-][A-Za-z]+)*)(?:[^\S\n]+[A-Z][a-z]+(?:['\-][A-Za-z]+)*)+")


def _expand_full_name(text: str, short: str, before: int) -> str:
    """A short name first seen as a speaker ('Lusia', 'Risma') -> a fuller form written earlier
    ('Lusia Luruk Tae', 'Tri Rismaharini'), when exactly one earlier run fits."""
    if " " in short or len(short) < 3:
        return short
    found: set[str] = set()
    low = short.lower()
    for run_start, toks in _cap_runs(text):
        if run_start >= before:
            break
        for j, t in enumerate(toks):
            if not (t == short or (len(t) > len(short) and (t.lower().startswith(low) or t.lower().endswith(low)))):
                continue
            a = j
            while a > 0 and _name_token_ok(toks, a - 1):
                a -= 1
            b = j + 1
            while b < len(toks) and _name_token_ok(toks, b):
                b += 1
            if 2 <= b - a <= 4 and _name_token_ok(toks, j):
                found.add(" ".join(toks[a:b]))
    full = [f for f in found if not any(f != g and _same_person(f, g) and len(f) > len(g) for g in found)]
    return clean_name(full[0]) if len(full) == 1 else short


_TOKEN_AT = re.compile(r"(?<![\w])[A-Z][A-Za-z'\-]+(?:[^\S\n]+[A-Z][A-Za-z'\-]+)*")


def _scan_mentions(text: str, cast: Cast) -> None:
    """Record every later mention of a known person by a full or short form, or by the role word
    they hold in this text ("Presiden", "Mensos"); note the short forms used."""
    forms: dict[str, set[int]] = {}
    for i, p in enumerate(cast.persons):
        if p.initials_only:
            continue
        for form in [p.name] + default_aliases(p.name) + list(p.aliases):
            forms.setdefault(form, set()).add(i)
    if not forms:
        return
    seen = sorted((s, e) for s, e, _ in cast.mentions)
    cache: dict[str, int | None] = {}

    def lookup(form: str, at: int) -> set[int] | None:
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
        if not _token_ok(form):
            return None
        if form not in cache:
            p = cast.resolve(form, at=at, fuzzy=False)
            cache[form] = cast.persons.index(p) if p is not None and p in cast.persons else None
        return {cache[form]} if cache[form] is not None else None

    for m in _TOKEN_AT.finditer(text):
        toks = m.group(0).split()
        offsets = []
        pos = m.start()
        for t in toks:
            pos = text.index(t, pos)
            offsets.append(pos)
            pos += len(t)
        j = 0
        while j < len(toks):
            matched = False
            for k in range(min(len(toks), j + 5), j, -1):
                form = " ".join(toks[j:k])
                owners = lookup(form, offsets[j])
                if owners and len(toks) > 1 and form.lower() in ROLE_HEADS | ROLE_ALIASES.keys():
                    owners = None  # "Menteri" of "Menteri Sosial ...": part of a role, not a mention
                if owners and len(owners) == 1:
                    i = next(iter(owners))
                    start = offsets[j]
                    end = start + len(form)
                    if not _overlaps(seen, start):
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


# Role words that stand alone for one holder when used bare ("kata Presiden").
_SOLE_ROLES = frozenset(
    "presiden wapres gubernur wagub bupati wabup walikota wawali camat lurah rektor dekan kapolri "
    "kapolda kapolres panglima menteri".split()
)


def _overlaps(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


_SUBJECT_PRONOUN = re.compile(
    r"(?:^|[.!?][^\S\n]+|\n|,[^\S\n]+)(?:(?:Namun|Tetapi|Bahkan|Selain[^\S\n]+itu|Menurut|Kemudian|Lalu|Karena[^\S\n]+itu|Oleh[^\S\n]+karena[^\S\n]+itu|"
    r"Sementara|Ketika[^\S\n]+itu|Saat[^\S\n]+itu),?[^\S\n]+)?(?P<pro>[Ii]a|[Dd]ia|[Bb]eliau)\b(?=[^\S\n]+(?:juga[^\S\n]+|pun[^\S\n]+|kembali[^\S\n]+|lalu[^\S\n]+|"
    r"sudah[^\S\n]+|telah[^\S\n]+|mengaku[^\S\n]+)?(?:me|ber|yakin|optimistis|khawatir|menilai|mengatakan|tak\b|tidak\b))"
)
_LEAD_INS = frozenset(
    """sementara itu menurut lebih lanjut namun selain di sisi lain adapun kemudian secara terpisah
    pada kesempatan yang sama dalam hal ini juga bahkan sedangkan tetapi tapi sebelumnya ketika
    dihubungi ditemui saat terkait soal dan oleh bagi sebagaimana seperti dijelaskan disampaikan
    dikatakan diungkapkan ditegaskan kata ujar tutur hal tersebut senada dengan itu pun sekaligus
    to of for and the dari bidang serta selaku sebagai sedang adalah""".split()
)
_LOWER_WORD = re.compile(r"\b[a-z][a-z\-]*\b")
_JOINED = re.compile(r"[^\S\n]*(?:,[^\S\n]*)?(?:dan|serta|&|bersama|beserta|and)[^\S\n]+")
_CLAUSE_BOUNDARY = re.compile(r"[.!?;\"\n]")
_VERB_AFTER = re.compile(
    r"^(?:[^\S\n]*,[^,.\"]{1,120},)?(?:[^\S\n]*\(\d{1,3}\))?[^\S\n]*(?:,[^\S\n]*)?(?:juga[^\S\n]+|pun[^\S\n]+|kembali[^\S\n]+|lalu[^\S\n]+|kemudian[^\S\n]+|"
    r"sempat[^\S\n]+|telah[^\S\n]+|sudah[^\S\n]+|turut[^\S\n]+|menambahkan|me[a-z]+|ber[a-z]+|berharap|yakin|optimistis|"
    r"pesimistis|khawatir|percaya|sepakat|setuju|tak[^\S\n]|tidak[^\S\n])"
)


def _mark_speaker_like(text: str, cast: Cast) -> None:
    """Mentions where the person is the subject of the sentence or clause: the ones a later
    `katanya` or `ujar dia` can refer to."""
    subjects: set[int] = set()
    for start, end, _i in cast.mentions:
        head = 0
        for m in _CLAUSE_BOUNDARY.finditer(text, max(0, start - 300), start):
            head = m.end()
        lead = text[max(head, start - 300):start]
        lowers = _LOWER_WORD.findall(lead)
        if all(w in _LEAD_INS for w in lowers):
            subjects.add(start)
            continue
        if _VERB_AFTER.match(text[end:end + 160]):
            subjects.add(start)
    cast.subjects = subjects
    # "Budi dan Rini sepakat ...": a joint subject; a later `katanya` could be either of them.
    ordered = sorted(cast.mentions)
    for (s1, e1, i1), (s2, e2, i2) in zip(ordered, ordered[1:]):
        if i1 != i2 and _JOINED.fullmatch(text, e1, s2):
            cast.joint.update((s1, s2))
