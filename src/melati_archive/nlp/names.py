"""Name shape: whether a written run looks like a person's name in this text (honorifics, degrees,
organisation/place/time words, the text's own place words). Where a role ends and the name starts
is nlp.rolesplit; how short forms and spellings of one name relate is nlp.nameforms."""
from __future__ import annotations

import contextvars
import functools
import re

from .balinesenames import CASTE_INITIALS, longest_name, opens_balinese
from .wordshapes import _bare_kan_verb, _men_verb, _passive_verb, _ter_adjective, _word_with_nya  # noqa: F401 - re-exported
from .gazetteer import KNOWN_PLACES, REGION_SHORT_FORMS
from .roles import RANKS, ROLE_ALIASES, ROLE_HEADS
from .scan import LazyWords, word_start_pattern


HONORIFICS = frozenset(
    "bapak pak ibu bu sdr sdri saudara saudari h hj haji hajjah dr drs dra prof ir kh tb r rd "
    "gus mbak mas bang kak ustaz ustad ustadz ustazah ustadzah kiai kyai habib bunda ny nyonya tn tuan "
    # clergy and religious teachers: Catholic, Buddhist, Minang, a kiai's wife, Protestant ("Romo X", "Bhante X",
    # "Buya X", "Nyai X", "Pdt. X")
    "romo bhante biksu buya nyai pdt syekh syaikh syeikh tgh "
    # Javanese court titles before a name ("KRT Jatiningrat", "GKR Hemas", "KPH Notonegoro")
    "krt kph gkr gbph kgph kgpaa brm bray "
    # a pharmacist's, a midwife's and a dentist's professional titles ("apt. Name, S.Farm.", "Bd. Name", "drg. Name")
    "apt bd drg "
    # regional address: Sundanese uncle and elder sister, Chinese-Indonesian elder brother, Balinese
    # elder brother, Minang and Malay title ("Mang Udin", "Ceu Enok", "Koh Hendra", "Bli Komang", "Datuk X")
    "mang ceu koh bli datuk datuak "
    # a sports coach's English title, a Madurese cleric's title (Raden Kiai Haji) ("Coach Name", "RKH. Name")
    "coach rkh "
    # "HM" before a name is Haji Muhammad written short ("Kepala Bagian X HM Name")
    "hm "
    "plt plh pj mbah eyang cak kang daeng om tante oma opa teteh teh uda uni ning nenek kakek "
    # a nurse's title ("Ns."), Aceh's religious title ("Tgk."), a Javanese noblewoman's ("R.A.", "R.Ay."),
    # a cleric's written with both dots ("K.H.")
    "ns tgk teungku r.a r.ay k.h "
    # elders and parents as regional speech calls them: Sundanese, Betawi, Javanese, Malay, Batak,
    # eastern ("Abah Ujang", "Mak Isah", "Mbok Darmi", "Ompung Boru")
    "abah mak emak mbok nek aki nini ambu mama bapa ompung opung inang amang "
    # the late ("Almarhum Name"): a word before the name, never part of it
    "almarhum almarhumah mendiang alm".split()
)
# The words for the late before a name ("Almarhum Name", "mendiang Name", "Alm. Name"), as a pattern
# piece: coref reads them as someone who died, residents as a person's introduction.
LATE_WORDS = r"[Aa]lmarhum(?:ah)?|[Aa]lm\.|[Mm]endiang"


# Degrees written after a name: ", S.Sos., M.Si." / "MM" / "Ph.D".
# Degrees written without dots ("MM", "MSi", "PhD"; a police officer's "SIK", "SSos", "SPd"): after a name's comma only.
UNDOTTED_DEGREES = r"MM|MSi|MBA|MPH|MKes|SH|SE|MH|MT|ST|PhD|IPU|IPM|SKM|SIK|SSos|SPdI|SPd|SAg|SKom|SIP|SSi|MPd|MAg"
_DEGREE = r"(?:[A-Z][A-Za-z]{0,4}\.(?:[^\S\n]?[A-Z][A-Za-z]{0,4}\.?){0,3}|" + UNDOTTED_DEGREES + r")"


# A degree with an inner dot ("S.Sos.", "M.Si", "Ph.D") may follow a name directly; any other
# (e.g. "MM", "S.") only after a comma, so that "Ahmad Fauzan Hakim." keeps its last name.
# Given names written short with a dot: "Moch. Anton", "Muh. Yusuf" (never a degree).
_ABBREVIATED = r"(?:Moch|Moh|Muh|Mochd|Mohd|Mhd|Abd|Ach|Akh|Kgs)"
# (not a middle initial before a surname: "Ahmad S. Fauzi"; a degree's second part is short or dotted)
# ("Herson B. Aden": an initial no Indonesian degree opens, S-, M-, D-, A-, before a surname of three letters)
_DOTTED_DEGREE = (r"(?:(?!" + _ABBREVIATED + r"\.)(?![A-Z]\.[^\S\n][A-Z][a-z]{4,}(?![\w.]))"
                  r"(?![B-CE-LN-RT-Z]\.[^\S\n][A-Z][a-z]{2,}(?![\w.]))"
                  r"[A-Z][a-z]{0,3}\.[^\S\n]?[A-Za-z][A-Za-z]{0,4}\.?(?:[^\S\n]?[A-Z][A-Za-z]{0,4}\.?)*)")


DEGREES_RE = re.compile(r"(?:[^\S\n]*,[^\S\n]*" + _DEGREE + r"|[^\S\n]+" + _DOTTED_DEGREE + r")+[^\S\n]*$")


# Capitalized words that belong to organisations, places, time or sentence openers, never to a name
# (also "Lc", a degree in Islamic studies written after a cleric's name with a comma: "Name, Lc., MA."; and the
# Javanese and Sundanese words for east, west, south, upstream and downstream that end villages' names:
# "Desa Cibiru Wetan", "Citeureup Girang", "Cikidang Hilir"; and the aid programmes' words written
# capitalized in their names: "Program Sembako", "Bansos Rutilahu").
NOT_NAME = frozenset(
    """lc wetan kulon kidul girang hilir ilir udik sembako bansos rutilahu balai loka sentra panti rumah pusat kementerian kemensos kementrian dinas badan direktorat
    jenderal ditjen sosial rehabilitasi perlindungan jaminan pemberdayaan penanganan fakir miskin
    bagian bidang seksi subbagian biro kantor wilayah unit pelaksana teknis upt satuan tugas satgas
    kabupaten kota provinsi kecamatan kelurahan desa dusun kampung daerah negara republik indonesia
    pemerintah pemda pemkab pemkot pemprov dprd dpr mpr polri tni polda polres polsek universitas
    pria wanita perempuan lelaki gadis bocah sosok institut sekolah lapas rutan terminal stasiun bandara pelabuhan pustu yayasan lembaga komisi asosiasi perhimpunan ikatan persatuan forum bank pt cv
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
    pondok pesantren ponpes madrasah masjid musala mushola gereja vihara klenteng
    hadir tampak turut
    oleh dari pada di ke yang dan atau serta juga ini itu tersebut ia dia beliau mereka kami kita
    saya anda sang sebagai selaku adapun kemudian lebih lanjut selanjutnya terkait adanya bahkan
    tak tidak bukan belum sudah akan bisa harus kegiatan covid corona pandemi virus istana merdeka
    aula gedung ruang hotel wisma lapangan jalan jl gelora stadion masjid gereja pura vihara pasar
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
    kab kec kel kp ds prov jln gg rt rw
    pemko pengprov pengkab pengkot pengda pengcab
    kalurahan kapanewon kemantren padukuhan pedukuhan gampong nagari jorong pekon distrik redaksi
    orang tua orangtua affairs minister director directorate general social welfare rehabilitation
    empowerment protection persons older elderly children people disabilities provincial regional
    no nomor nomer pasal ayat peraturan keputusan perda pergub perbup perwali perpres keppres inpres
    keluarga panitia fraksi periode sipil vertikal transmigrasi birokrasi legislasi koperasi
    statistik intelijen militer moneter fiskal riset teknologi rakyat darurat strategis
    publik mikro makro korupsi pemilu tradisional angkutan bermotor pengawas antropolog makanan obat
    minuman narkotika terorisme pasangan jilid alhasil lantas polisi pamong kamar dagang transfusi darah
    pol mineral saudi termasuk profesi diploma magister molekuler biologi fisika matematika kriminologi konservasi aplikasi departemen kompi armada komando
    hortikultura kongres pintu coffee praja zeni penyu belanda jepang china tiongkok amerika inggris jerman
    swiss swedia norwegia denmark belgia austria polandia qatar brunei myanmar kamboja laos bangladesh yordania
    maroko tunisia brasil argentina meksiko vatikan ukraina selandia
    prancis perancis australia malaysia singapura korea rusia italia spanyol thailand filipina vietnam mesir
    kanada lombok madura pemuda khusus tinggi ampat lama pondok rejang lebong policy strategic strategy law
    development economics finance initiative alliance coalition trust fund consulting management technology
    solutions amp
    terdakwa tersangka terpidana terlapor pelapor saksi korban pelaku
    reskrim intelkam binmas sabhara samapta propam reskoba narkoba polairud tahti dokkes sektor resor
    koramil polresta polrestabes polsubsektor mapolres mapolsek mapolda mapolresta makoramil makodim
    kejagung kejati kejari kejaksaan cabjari jakbar jaksel jaktim jakut jakpus setda setwan setdakab setdakot setdaprov
    satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belas puluh ratus ribu""".split()
) | RANKS
# (Yogyakarta's, Aceh's, West Sumatra's, Lampung's and Papua's words for a village, a district and a hamlet:
# "Kalurahan X, Kapanewon Y", "Gampong X", "Nagari X", "Pekon X", "Distrik X"; "Redaksi", a desk credited as a
# page's editor;
# the last lines: units of the police, army and prosecution named as the subject of a sentence,
# "Kejagung menegaskan ...", "Babinsa Koramil 0712/X bersama warga ..."; Jakarta's cities written short as
# the provinces are above ("Polres Metro Jakbar"); a regional secretariat ("Kabag Umum Setda/X"); number words, which a text
# capitalizes before their digits, "bersama Lima (5) orang rekannya")


_ABBREVIATED_GIVEN = _ABBREVIATED + r"\.(?=[^\S\n]+[A-Z])"
# What follows a capital that opens a dotted degree typed with no space ("S.H.", "S.H,", "S.Sos,"): never an initial.
DEGREE_AFTER_CAPITAL = r"\.[A-Z][A-Za-z]{0,3}\.?(?![A-Za-z])"
# (foreign names: small letters with diacritics, "Räder", "José"; an apostrophe after one capital, "O'Connor")
# Balinese caste and title initials opening a name ("IB Ketut Arimbawa" for Ida Bagus, "IGN" for I Gusti Ngurah,
# "AA" for Anak Agung), always before a name word
# (also with a stop: "AA. Alit Name")
_CASTE_INITIALS = r"(?:" + "|".join(sorted(CASTE_INITIALS, key=lambda w: (-len(w), w))) + r")\.?(?=[^\S\n]+[A-Z][a-z])"
# (never "Jum" of a weekday split by a stray comma: "Name Surname Jum,at, (19/11)")
_NAME_TOKEN = (r"(?:" + _ABBREVIATED_GIVEN + r"|" + _CASTE_INITIALS + r"|(?!Jum[,`]at\b)[A-Z][a-zß-öø-ÿ]+(?:['\-][A-Za-zß-öø-ÿ]+)*|[A-Z]{2,}[a-z]+|[OD]'[A-Z][a-z]+"
               # an initial, never the first letter of a dotted degree ("Name S.H.,M.H": no initial "S")
               r"|[A-Z](?:\.(?!" + r"[A-Z][A-Za-z]{0,3}\.?(?![A-Za-z]))|(?![A-Za-z]|" + DEGREE_AFTER_CAPITAL + r"))|Mc[A-Z][a-z]+)")


# Police and military ranks as written before a name ("AKBP. Name", "Kombes Pol Name").
RANK_ABBREVIATIONS = (r"(?:AKBP|AKP|Kompol|Kombes|Iptu|Ipda|Aiptu|Aipda|Bripka|Brigjen|Irjen|Komjen|Letkol|Kolonel|"
                      r"Mayjen|Letjen|Kapten|Lettu|Letda|"
                      # police ranks typed in capitals ("Panit 1 Reskrim, AIPTU Name")
                      r"KOMPOL|KOMBES|IPTU|IPDA|AIPTU|AIPDA|BRIPKA|BRIPTU|BRIGPOL)")


_HONOR = (
    r"(?:(?:Bapak|Pak|Ibu|Bu|Sdr\.?|Sdri\.?|Saudara|Saudari|Hj?\.|Hajjah|Haji|Dr\.?|DR\.?|dr\.?|drg\.?|apt\.|Bd\.|Drs\.?|Dra\.?|"
    r"Prof\.?|Ir\.?|K\.?H\.|KH|Tb\.?|R\.[^\S\n]?Ay?\.|Rd?\.|R\.|Ns\.|Tgk\.?|Teungku|Gus|Mbak|Mas|Bang|Kak|Ustazah|Ustadzah|Ustaz|Ustadz|Kiai|Kyai|Habib|"
    r"Ny\.?|Nyonya|Plt\.?|Plh\.?|Mbah|Eyang|Cak|Kang|Daeng|Tante|Oma|Opa|Abah|Mak|Emak|Mbok|Nek|Mama|"
    r"Coach|RKH\.?|Romo|Bhante|Biksu|Buya|Nyai|Pdt\.|Syekh|Syaikh|Syeikh|Tuan[^\S\n]+Guru|TGH|KRT|KPH|GKR|GBPH|KGPH|KGPAA|BRM|BRAy|Mrs?\.|Ms\.|Mang|Ceu|Koh|Bli|Datuk|Datuak|"
    # a rank's service, corps and retirement after it: "Kombes Pol", "Brigjen TNI (Purn)", "Kolonel Inf (Purn)"
    + RANK_ABBREVIATIONS + r"\.?(?:[^\S\n]+\(?(?:Pol|Polisi|Purn|TNI|Inf|Kav|Arh|Czi|Pnb|Mar|Laut|[PETK](?=\)))\.?\)?){0,2})[^\S\n]+)"
)


# A personal name: optional honorifics, 1-5 name tokens (bin/binti and the Batak boru/br. allowed),
# optional degrees.
# Two initials glued by a dot, opening a name before its capitalised surname ("Kompol A.S Simanjuntak"); only first,
# where a dotted degree never stands, and never the letters of a common degree ("S.E", "M.M")
GLUED_INITIALS = r"(?!(?:S\.[EHTPS]|M\.[MHTAPE]|B\.[AS])\.?(?![A-Za-z]))[A-Z]\.[A-Z]\.?(?=[^\S\n]+[A-Z][a-z])"


NAME_PATTERN = (
    _HONOR + r"*(?:" + GLUED_INITIALS + r"|" + _NAME_TOKEN + r")(?:[^\S\n]+(?:bin|binti|boru|br\.?|van[^\S\n]+de[rn]|von[^\S\n]+der|van|de|al-|el-)?[^\S\n]*" + _NAME_TOKEN + r"){0,4}"
    # (at most seven degrees: a degree may take undotted capitalized words, so an unbounded chain read on
    # through a page repeating "Name, Lc., MA." and back, for every start)
    r"(?:,?[^\S\n]+" + _DEGREE + r"(?:,?[^\S\n]*" + _DEGREE + r"){0,6})?"
)


NAME_RE = re.compile(NAME_PATTERN)


# What opens each whitespace-separated piece of a NAME_PATTERN match: a capital, "(" (a rank's
# "(Pol)"), a lowercase honorific ("dr.", "drg.", a pharmacist's "apt.") or a joining word ("bin", "boru", "br.", "van",
# "de", "al-", "el-"), nothing else.
_NAME_PIECE_OPENERS = ("[A-Z(]", "dr", "apt", "bin", "boru", "br", "van", "de", "al-", "el-")


# More space-separated pieces than NAME_PATTERN can span: four titles, five name words, degrees.
MAX_NAME_PIECES = 24


def name_then(tail: str, more_openers: tuple[str, ...] = (), piece: str = r"[^\s,]*") -> str:
    """A lookahead that holds wherever a NAME_PATTERN match can be followed by `tail` (a pattern):
    the text runs on in pieces (split by spaces, no line break) each opened as a name's pieces are
    (or by `more_openers`: what the pattern writes after the name, such as an age), and made of
    `piece`, then `tail` follows. Put first in a name-first pattern tried at many offsets, one
    linear scan turns down most of them where NAME_PATTERN backtracks through every reading of the
    words before failing; it turns down nothing the pattern matches."""
    word = "(?:" + "|".join((*_NAME_PIECE_OPENERS, *more_openers)) + ")" + piece
    # lazy: the nearest place `tail` can follow, not a run to the end of the text and back (the same
    # truth for a lookahead; greedy, every start read the rest of a text of name-shaped words); and
    # no further than a name can reach (titles, words and degrees), so a text that is one long run
    # of name-shaped words costs each start a bounded read, not the rest of the run
    return rf"(?={word}(?:[^\S\n]+{word}){{0,{MAX_NAME_PIECES}}}?{tail})"


# Months of the Islamic calendar and holidays: time words when they stand alone ("setiap Ramadan"),
# though a full name may contain one ("Rizky Ramadhan").
CALENDAR_WORDS = frozenset(
    "muharam muharram safar rabiulawal rabiulakhir rajab syaban ramadan ramadhan syawal zulkaidah "
    "zulhijah dzulhijjah lebaran idulfitri iduladha natal imlek nyepi waisak".split()
)


_RANKS_OR_POL = RANKS | {"pol", "purn", "tni", "mar"}  # "Kombes Pol X", "Brigjen TNI (Purn) X": service, retired
_ARABIC_ARTICLES = frozenset("al el ad ar as an at az".split())


_ENGLISH_ADDRESS = frozenset({"Mr.", "Mrs.", "Ms."})  # with their dot only: "MS" ends many Indonesian names


@functools.lru_cache(maxsize=4096)  # a pure function of the string, asked ~90 times per article, often again
def clean_name(raw: str) -> str:
    """Strip honorifics (front) and degrees (back) from a written name."""
    # titles first, then degrees: "Drs. H. Ahmad Yani, M.Si." would read "H. Ahmad Yani" as a
    # spaced degree ("S. Sos") after "Drs."
    tokens = raw.split()
    while tokens and len(tokens) > 1 and (tokens[0].rstrip(".").lower() in HONORIFICS or tokens[0] in _ENGLISH_ADDRESS
                                          or tokens[0].strip("().").lower() in _RANKS_OR_POL):
        first = tokens.pop(0)
        rank = first.strip("().").lower() in RANKS  # "AKBP. Dasveri Abdi", "Kombes Pol X"
        if first == "Tuan" and len(tokens) > 1 and tokens[0] == "Guru":
            tokens.pop(0)  # "Tuan Guru Haji X": a Lombok cleric's title of two words
        while rank and len(tokens) > 1 and tokens[0].lower() in ("satu", "dua", "tiga", "kepala", "polisi", "laut",
                                                                  "(p)", "(e)", "(t)", "(k)"):
            tokens.pop(0)  # "Prajurit Satu X", "Kopral Kepala X", "Brigjen Polisi X", "Letkol Laut (P) X"
    name = DEGREES_RE.sub("", " ".join(tokens)).strip(" ,")
    tokens = name.split()
    while len(tokens) > 1 and (re.fullmatch(_DOTTED_DEGREE, tokens[-1]) or _undotted_degree(tokens)):
        tokens.pop()
    for k, tok in enumerate(tokens):
        left, dash, right = tok.partition("-")
        if (dash and left[:1].isupper() and right[:1].isupper() and left.lower() != right.lower()
                and left.lower() not in _ARABIC_ARTICLES  # "Al-Falah", "El-Hakim": one word
                # "Maria Pattinasarany-Lewerissa": a married name ends a name (a pair of one-word
                # names, "Randi-Yusuf", is cut)
                and not (k == len(tokens) - 1 and k >= 1)):
            # "Daniel Mutaqien-Taufik Hidayat": a pair of candidates, the first one's name ends here
            # (a reduplicated word, "Toli-Toli", is one)
            tokens = tokens[:k] + [left]
            break
    return " ".join(tokens).strip(" ,")


# Degrees written without dots after a name: "SpA", "SSos", "MKes", "(Acc)", and all-caps ones
# ("MIB", "MM") when two name words stay before them.
_MIXED_DEGREE = re.compile(r"[A-Z][a-z]{0,2}[A-Z][A-Za-z]{0,3}|\([A-Z][a-z]{1,4}\)")
_CAPS_DEGREE = re.compile(r"[A-Z]{2,4}")


def _undotted_degree(tokens: list[str]) -> bool:
    last = tokens[-1].strip(",")
    return bool(_MIXED_DEGREE.fullmatch(last) or (len(tokens) > 2 and _CAPS_DEGREE.fullmatch(last)))


# Words the current text writes as places ("di Banyuwangi", "Kota Tomohon"): not name words there.
_PLACES: contextvars.ContextVar[frozenset[str]] = contextvars.ContextVar("places", default=frozenset())


_PLACE_CONTEXT = re.compile(
    word_start_pattern(
        "di Kota Kabupaten Kab. Kec. Kel. Kp. Provinsi Kecamatan Desa Kelurahan Dusun Kampung Pulau kawasan Pemkab "
        "Pemkot Pemprov Polres Polda Polsek Kapolres Kapolda Kapolsek Kodim Korem Kejari DPRD".split(),
        not_after_words=["Wali ", "Kepala ", "Wakil ", "Lurah ", "Sekretaris "])
    # (the word read ahead, not taken: "di Kabupaten Purworejo" reads Kabupaten after "di", then Purworejo)
    + r"(?=[^\S\n]+(?P<w>[A-Z][a-z]+)(?![a-z]))"
)


# A place of two words after an area word ("Desa Sumber Jaya", "Kota Tanjung Balai"): the second word
# is the place's too where the text writes it nowhere but after the first (places_in).
_AREA_PAIR = re.compile(
    word_start_pattern("Kota Kabupaten Kab. Kec. Kel. Provinsi Kecamatan Desa Kelurahan Dusun Kampung".split(),
                       not_after_words=["Wali ", "Kepala ", "Wakil ", "Lurah ", "Sekretaris "])
    + r"[^\S\n]+(?P<w1>[A-Z][a-z]+)[^\S\n]+(?P<w2>[A-Z][a-z]+)(?![\w\-])"
)


def places_in(text: str) -> frozenset[str]:
    """Capitalized words the text uses as places: after "di", "Kota", "Kabupaten", "Desa", ...; and the
    second word of a place of two words after an area word that the text writes twice or more and never
    without its first ("Desa Sumber Jaya Kecamatan X", "Kepala Desa Sumber Jaya akan ...": Jaya is no name)."""
    out = set()
    for m in _PLACE_CONTEXT.finditer(text):
        out.update(w.lower() for w in m.group("w").split())
    for pair in {m.group("w1", "w2") for m in _AREA_PAIR.finditer(text)}:
        both = text.count(" ".join(pair))
        if both >= 2 and text.count(pair[1]) == both:  # (a plain count: a name also written alone is kept)
            out.add(pair[1].lower())
    if out:  # "AKBP Budi Santoso" ... "jelas Kapolres Budi": the word after the office is his short name, no place
        out -= {m.group(1).lower() for m in _AFTER_RANK.finditer(text)}
    return frozenset(out)


# A capitalized word right after a police or military rank (and its service or corps): a name's first word
# ("AKBP Budi Santoso", "Letkol Inf Andreas"); soft rank words that also qualify offices or places are left out.
_AFTER_RANK = re.compile(
    word_start_pattern(sorted(w.capitalize() for w in RANKS - {"besar", "madya", "purnawirawan", "jenderal", "ajun"})
                       + sorted(w.upper() for w in ("akbp", "akp", "iptu", "ipda", "aipda", "aiptu", "bripka", "briptu"))
                       + ["Pol", "TNI"])
    + r"\.?[^\S\n]+([A-Z][a-z]{2,})(?![\w\-])")


# Short all-caps words the current text also writes outside a name ("OJK", "UI"): acronyms there,
# never the initials inside a name ("Bambang PS Brodjonegoro").
_ACRONYMS: contextvars.ContextVar = contextvars.ContextVar("acronyms", default=frozenset())
_CAPS_AT = re.compile(r"(?<![\w.])([A-Z]{2,3})\.?(?![\w])")
_NAME_WORD = re.compile(r"[A-Z][a-z]{2,}")


def acronyms_in(text: str) -> frozenset[str]:
    """Two- or three-letter capitals the text writes at least once not between two name-shaped
    words: "Kepala OJK", "(UI)", "OJK menilai"."""
    out = set()
    for m in _CAPS_AT.finditer(text):
        before = text[max(0, m.start() - 30):m.start()].split()
        after = text[m.end():m.end() + 30].split()
        # initials sit between name-shaped words, or after a rank or its corps ("Kolonel (Czi) IGN Suriastawa")
        opener = before and (_NAME_WORD.fullmatch(before[-1]) or before[-1].strip("().").lower() in RANKS)
        inside = opener and after and _NAME_WORD.fullmatch(after[0].rstrip(".,;:"))
        if not inside:
            out.add(m.group(1))
    return frozenset(out)


def use_places(text: str):
    """Set the place words of `text` (and the text, for its acronyms when a name needs them) for
    the name functions; returns the token for reset_places."""
    return _PLACES.set(places_in(text)), _ACRONYMS.set(LazyWords(text, acronyms_in))  # few texts ask


_LOWERCASE_WORD = re.compile(r"(?<![\w\-])[a-z]{3,}(?![\w\-])")


@functools.lru_cache(maxsize=8)
def lowercase_words(text: str) -> frozenset[str]:
    """Words of three letters or more the text writes in lowercase (common words there)."""
    return frozenset(_LOWERCASE_WORD.findall(text))


def reset_places(token) -> None:
    places, acronyms = token
    _ACRONYMS.reset(acronyms)
    _PLACES.reset(places)


# pe-/ke- ... -an words are nouns ("Penyalahgunaan", "Pengoperasian", "Kesehatan"), not names.
_AFFIXED_NOUN = re.compile(r"^(?:pe[nmr]?g?|ke)[a-z]{3,}an$")


# Well-known cities and regencies of one word are places, never name words ("Dinsos Bangkalan Siti
# Rahmah"); those that are also given names are left out ("Bima Arya").
_PLACE_NOT_NAME = (frozenset(p for p in KNOWN_PLACES if " " not in p) - {"bima", "solo", "batu", "sampit"}) | REGION_SHORT_FORMS


def _token_ok(tok: str) -> bool:
    # the word's own answer is asked hundreds of times a text (a reindex: 2% of its time), and
    # depends on the word alone: worked out once per word (_word_ok); the text's places per call
    known = _WORD_OK.get(tok)
    if known is None:
        if len(_WORD_OK) >= 200_000:
            _WORD_OK.clear()
        known = _WORD_OK[tok] = _word_ok(tok)
    return known[1] and known[0] not in _PLACES.get()


_WORD_OK: dict[str, tuple[str, bool]] = {}  # token -> (its lowercase form, _word_ok)


def _word_ok(tok: str) -> tuple[str, bool]:
    """(the token's lowercase form, whether it may be a name word wherever it is written): every
    test of _token_ok but the text's places."""
    low = tok.rstrip(".").lower().replace("'", "")  # "Jum'at" is "Jumat"
    if "-" in tok and tok.rsplit("-", 1)[1][:1].islower():
        return low, False  # "Berkali-kali", "Tiba-tiba": a reduplicated word opening a sentence, no name
    return low, (bool(low) and low not in NOT_NAME and low not in ROLE_HEADS and low not in ROLE_ALIASES
                 and low not in _PLACE_NOT_NAME and not _AFFIXED_NOUN.match(low)
                 and not _passive_verb(low) and not _word_with_nya(low) and not _bare_kan_verb(low))


# First words of places named by a natural feature ("Kuala X", "Sungai X", "Teluk X"): never a person's first name.
_FEATURE_PLACE_HEADS = frozenset("kuala sungai teluk muara selat danau pulau gunung".split())
# Words of a photo's credit line that name its source, never a person ("Ist": istimewa, courtesy)
_CREDIT_WORDS = frozenset("foto ist istimewa dok dokumentasi ilustrasi repro".split())


def plausible_name(name: str) -> bool:
    tokens = name.split()
    if not tokens or len(tokens) > longest_name(tokens):
        return False
    # Role words inside a name are family names there ("Ahmad Fauzan Hakim"): only the first
    # word must not be one.
    if not all(_token_ok(t) or t in _JOINING_WORDS or (k > 0 and t.lower() in ROLE_HEADS and t.lower() not in NOT_NAME)
               or _closing_surname(tokens, k) or _given_name_head(tokens, k) or (k < 2 and opens_balinese(tokens))
               for k, t in enumerate(tokens)):
        return False
    if len(tokens) >= 2 and tokens[0].lower() in _FEATURE_PLACE_HEADS:
        return False  # "Kuala Tungkal", "Teluk Bintuni": a town named by its water or land feature, no person
    if any(t.lower().rstrip(".") in _CREDIT_WORDS for t in tokens):
        return False  # "(FOTO Ist)", "Foto: Dok. Humas": a photo's source, no photographer
    full = [t for t in tokens if len(t.rstrip(".")) > 1]
    if len(tokens) == 1 and _ter_adjective(tokens[0].lower()):
        return False  # (alone only: inside a unit's name, "RS Terapung X", the split reads the unit written elsewhere)
    if len(tokens) == 1 and tokens[0].islower() and len(tokens[0]) <= 4:
        return False  # "bbn", "kms": a reporter's code in a credit line ("Reporter: abc/kms"), no name
    if not full or (len(tokens) == 1 and tokens[0].rstrip(".").lower() in HONORIFICS):
        return False  # (a title alone, "Hj." before a name the pattern did not reach, names no one)
    # An all-caps word is an acronym (PKH, ATENSI), not a person.
    return not all(t.isupper() and len(t) > 1 for t in full)


_CONNECTORS = frozenset("dan & of for and to on the de serta".split())


# Lowercase words inside a name that join its parts: a father's name after "bin"/"binti", a Batak
# woman's clan after "boru"/"br." ("Rosmawati boru Simanjuntak").
_JOINING_WORDS = frozenset("bin binti boru br br.".split())
# An Arabic article written in lowercase before a capital ("Ahmad al-Fatih").
_LOWER_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|an|at|az)-[A-Z][a-z]+")


def _joins_name(tokens: list[str], k: int) -> bool:
    """tokens[k] is a lowercase word inside a name: "bin"/"boru" between two name words, or an
    Arabic article after one ("al-Fatih")."""
    if k == 0 or not tokens[k - 1][:1].isupper():
        return False
    if tokens[k] in _JOINING_WORDS:
        return k + 1 < len(tokens) and tokens[k + 1][:1].isupper()
    return bool(_LOWER_ARTICLE.fullmatch(tokens[k]))


def _name_token_ok(tokens: list[str], k: int) -> bool:
    tok = tokens[k]
    if not tok[:1].isupper():
        return _joins_name(tokens, k)  # "bin", "boru", "al-Fatih" inside a name
    if "(" in tok or ")" in tok or re.search(r"\.[a-z]", tok):
        return False  # "Startup.co": a web address is an organisation
    if tok.isupper() and len(tok.rstrip(".")) > 1 and not _inner_initials(tokens, k):
        return False  # an acronym (BPBD, PKH)
    if tok.endswith(".") and tok.rstrip(".").lower() in HONORIFICS:
        # "H.", "Drs.", "Tgk.": an honorific that opens the name (split_role_name steps back to
        # it), so the place before it ("Ketua MUI Pidie Drs. Name") stays in the role
        return False
    if _given_name_head(tokens, k):
        return True
    if any(ch.isdigit() for ch in tok) or not (_token_ok(tok) or _closing_surname(tokens, k)):
        return False
    return not (k > 0 and (tokens[k - 1].lower(), tok.lower()) in ORG_BIGRAMS)


# Role words that are also common given names: "Wakil Wali Kota Depok Imam Budi" is Imam Budi,
# while "Imam Besar Masjid X" and "imam masjid" stay roles.
_GIVEN_NAME_HEADS = frozenset({"imam"})


def _given_name_head(tokens: list[str], k: int) -> bool:
    nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
    return (tokens[k].lower() in _GIVEN_NAME_HEADS and nxt[:1].isupper() and nxt.lower() not in ("besar", "masjid")
            and _token_ok(nxt))


# Qualifiers of roles that Indonesian names also end with ("Direktur Utama" but "Tubagus Utama").
_SURNAME_QUALIFIERS = frozenset({"utama"})


def _closing_surname(tokens: list[str], k: int) -> bool:
    """A role qualifier as the last word of a name, after a word that can only be a name's."""
    return (k == len(tokens) - 1 and k > 0 and tokens[k].lower() in _SURNAME_QUALIFIERS
            and tokens[k - 1][:1].isupper() and _token_ok(tokens[k - 1]))


def _inner_initials(tokens: list[str], k: int) -> bool:
    """"PS" in "Bambang PS Brodjonegoro", "AP" in "Arnold AP Ritiauw": two or three capitals
    between a given name and a family name are initials, not an organisation's acronym (which
    follows a role or an office word: "Kepala BPBD Sugianto", "Ketua MPR Ahmad", or stands
    elsewhere in the text on its own: acronyms_in)."""
    tok = tokens[k].rstrip(".")
    if not (2 <= len(tok) <= 3 and 0 < k < len(tokens) - 1) or tok in _ACRONYMS.get():
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    if not (after[:1].isupper() and after[1:].islower() and _token_ok(after)):
        return False
    if _office_jenderal(tokens, k - 1):
        return False  # "Sekretaris Jenderal PMI Name": an office's "Jenderal", the acronym its body
    if before.lower() in RANKS or re.fullmatch(r"\([A-Z][a-z]{1,4}\)", before):
        return True
    if before.lower() in ("pol", "polisi", "tni") and k >= 2 and tokens[k - 2].lower() in RANKS:
        return True  # after a rank and its service: "Kombes Pol R.M Name"  # after a rank or its corps: "Komisaris Besar FX Winardi", "Kolonel (Czi) IGN Suriastawa"
    return before[:1].isupper() and before[1:].islower() and len(before) > 2 and _token_ok(before)


# Offices named "... Jenderal" ("Sekretaris Jenderal", "Direktur Jenderal"), where "Jenderal" is no rank.
_JENDERAL_OFFICES = frozenset("sekretaris direktur".split())


def _office_jenderal(tokens: list[str], k: int) -> bool:
    """tokens[k] is "Jenderal" closing an office's title, not a rank."""
    return k >= 1 and tokens[k].lower() == "jenderal" and tokens[k - 1].lower() in _JENDERAL_OFFICES


# Two words that make one organisation or place, whose second word is also a given name.
ORG_BIGRAMS = frozenset({
    ("kejaksaan", "agung"), ("mahkamah", "agung"), ("jaksa", "agung"), ("metro", "jaya"),
    ("gadjah", "mada"), ("jenderal", "soedirman"), ("mahkamah", "konstitusi"), ("hak", "asasi"),
    ("asasi", "manusia"), ("sebelas", "maret"), ("bank", "mandiri"), ("bank", "rakyat"),
    ("kebangkitan", "bangsa"), ("harapan", "kita"), ("tanah", "abang"), ("istana", "negara"),
    ("majelis", "hakim"), ("hakim", "agung"), ("bina", "marga"), ("cipta", "karya"),
    ("tinggi", "pratama"), ("tinggi", "madya"),
})


# Institutions always written with their own proper name after them ("RSUD Cibabat", "Lapas
# Sukamiskin", "SDN Cikole"): one word after them is that name, never the head's.
_NAMED_INSTITUTIONS = frozenset(
    "rsud rsu rs rsia puskesmas pustu klinik sdn smpn sman smkn lapas rutan terminal stasiun bandara "
    "pelabuhan polsek koramil".split()
)
_PLACE_INTRO = frozenset(
    "kabupaten kota provinsi kecamatan kelurahan desa distrik nagari gampong balai loka sentra panti yayasan universitas "
    "bank pt kampung dusun polda polres masjid gereja hotel wisma gedung stadion pasar "
    # named by one word, mostly their place (hospitals and airports often take several)
    "puskesmas pustu sdn smpn sman smkn lapas rutan polsek koramil terminal stasiun "
    # a sports body's branch and its sport ("Pengprov Panahan", "Pengcab Pencak Silat")
    "pengprov pengkab pengkot pengda pengcab".split()
)


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

