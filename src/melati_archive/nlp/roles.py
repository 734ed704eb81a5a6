"""Role phrases: the vocabulary of Indonesian job titles, ranks and role abbreviations, the regex
pieces that read a role, and the keys that compare two written roles ("Kadis" / "Kepala Dinas")."""
from __future__ import annotations

import re

from .gazetteer import PROVINCE_PATTERN
from .shortforms import long_form


# Words that open a role ("Kepala Balai ...", "Menteri Sosial ..."); the police and military deputies
# and unit heads written as one word ("Wakapolres", "Wadandim", "Kasatlantas") too.
ROLE_HEADS = frozenset(
    """menteri wakil kepala direktur dirjen sekretaris sekjen sesditjen presiden wapres gubernur wagub
    bupati wabup wali walikota wawali ketua kabag kabid kasubag kasubbag kasi kasie kakanwil kadis
    kadinsos camat lurah kapolri kapolda kapolres kapolsek panglima komandan pangdam danrem dandim danramil
    danlanud danlantamal danyon kasdam kapendam kasad kasal kasau babinsa bhabinkamtibmas babinkamtibmas
    bhabinkhamtibmas babinkhamtibmas
    koordinator korwil manajer manager staf staff anggota pekerja peksos pendamping penyuluh pranata
    psikolog konselor dosen guru peneliti pengamat ekonom juru jubir plt plh pelaksana asisten
    deputi inspektur kabiro rektor dekan ketum sekda kajari kajati jaksa mensos menkeu menkes
    mendagri menko mendikbud mendikbudristek mentan menaker menpan menlu menhan menag menpora
    menparekraf menkominfo wamen wamensos wamenkeu duta ustaz kiai ceo chief founder pendiri komisaris
    dirut kasatgas pengurus dokter perawat bidan kades kadus pembina pemimpin pimpinan analis
    instruktur terapis fasilitator operator petugas pegawai penjabat pj kapusdatin kapuslitbang fungsional
    karo kasubdit kasubdirektorat subkoordinator pejabat narasumber pemateri moderator pembicara
    tenaga spesialis ahli advokat pengacara kuasa penasihat penasehat konsultan sekretariat
    bendahara humas kapten letnan kolonel jenderal laksamana marsekal brigjen irjen kombes akbp
    kompol ipda ipdu aiptu bripka head ceo cfo coo cto president director chairman chairwoman vice
    executive managing country corporate co-founder owner pemilik kabag kadiv vp gm pengajar pakar
    minister secretary governor mayor regent coordinator officer spokesperson spokesman chairperson
    epidemiolog sosiolog kriminolog akademisi aktivis pegiat praktisi pemerhati budayawan sejarawan politikus
    politisi legislator senator imam pastor pendeta uskup tokoh warga sekretaris bendahara juru
    vokalis gitaris penyanyi musisi aktor aktris seniman sutradara produser atlet pelatih koreografer
    desainer fotografer komedian pelukis sastrawan kadispen kadispenal kadispenau kapenrem
    presidium kapusdatin kapuspen kapuskes kasubdit kanit kasat kasatreskrim kabidhumas kabid pengasuh
    kader sesepuh donatur penyumbang
    wakapolri wakapolda wakapolres wakapolresta wakapolsek wadanrem wadandim wadanramil wadanyon wadanlanud
    wakasad wakasal wakasau kasatlantas kasatnarkoba kasatintelkam kasatbinmas kasatsamapta kasatpolairud
    kapolresta kapolrestabes
    pasi kasdim kasrem pabung danpos danposramil danposmil panit kspkt perwakilan konsul konjen atase penghageng
    kadinkes kadisdik kadishub kadisnaker kalak kalaksa kabappeda
    kapuspenkum kasipenkum
    pasiter pasintel pasiops pasipers pasilog pasiwanwil kasiter kasintel kasiops kasipers kasilog
    kasipidum kasipidsus kasidatun kasiwas kasihumas kasipropam kasium
    ksal ksad ksau kadispenum kadispenad danlanal kasatpel kasudin leader supervisor kalapas karutan sekertaris
    dirlantas dirreskrimum dirreskrimsus dirresnarkoba dirintelkam dirbinmas dirsamapta dirpolairud
    sekdes sekcam seklur
    wakasek kasek mudir
    waka sekjend dansatgas direskrim dirreskrim direskrimum direskrimsus diresnarkoba
    dansat danki danton dankompi dansatbrimob
    menkop menkopukm mendag menperin menhub menpupr menlhk menkumham menkum menham menkopolhukam menkopmk
    menpanrb mendes mendikdasmen menbud menpar menristek menesdm menimipas menpppa menkomdigi menkeu""".split()
)


# Police and military ranks sit between a role and a name ("... Polda Sultra Komisaris Besar Ferry
# Walintukan"): never name tokens.
RANKS = frozenset(
    """komisaris besar ajun jenderal brigadir inspektur marsekal madya laksamana kolonel letnan mayor
    kapten kombes akbp irjen brigjen mayjen letjen kompol akp iptu ipda aipda bripka briptu laksda
    laksma marsda marsma sersan kopral prajurit purnawirawan purn komjen letkol lettu letda laksdya
    marsdya serda sertu serka serma pelda peltu kopda koptu kopka praka pratu prada aiptu bripda
    brigpol bharada bharatu bharaka""".split()
    # the corps an army, navy or air force officer's rank names ("Letkol Inf", "Kolonel Pnb")
    + "inf kav arh arm czi cpn chb ckm chk cku caj cpl cba ctp pnb lek psk".split()
)


# Role words used alone for the holder, with their long form.
ROLE_ALIASES = {
    # one office, two spellings (and a common typo): the role word of a cue finds the holder either way
    "walikota": "wali kota", "gubenur": "gubernur", "sekertaris": "sekretaris",
    "mensos": "menteri sosial", "wamensos": "wakil menteri sosial", "menkeu": "menteri keuangan",
    "menkes": "menteri kesehatan", "mendagri": "menteri dalam negeri", "menlu": "menteri luar negeri",
    "menhan": "menteri pertahanan", "menag": "menteri agama", "mentan": "menteri pertanian",
    "menaker": "menteri ketenagakerjaan", "menpora": "menteri pemuda dan olahraga",
    "mendikbud": "menteri pendidikan dan kebudayaan", "menkominfo": "menteri komunikasi dan informatika",
    "menpan": "menteri pendayagunaan aparatur negara", "wapres": "wakil presiden",
    "dirjen": "direktur jenderal", "sekjen": "sekretaris jenderal", "sekjend": "sekretaris jenderal", "kabag": "kepala bagian",
    "kabid": "kepala bidang", "kasubag": "kepala subbagian", "kasubbag": "kepala subbagian",
    "kasi": "kepala seksi", "kakanwil": "kepala kantor wilayah", "kadis": "kepala dinas",
    "kadinsos": "kepala dinas sosial", "wabup": "wakil bupati", "wagub": "wakil gubernur",
    "wawali": "wakil wali kota", "kapolri": "kepala kepolisian negara", "kapolda": "kepala kepolisian daerah",
    "kapolres": "kepala kepolisian resor", "kades": "kepala desa", "dirut": "direktur utama",
    "ketum": "ketua umum", "sekda": "sekretaris daerah", "jubir": "juru bicara", "kabiro": "kepala biro",
    "karo": "kepala biro", "kapusdatin": "kepala pusat data dan informasi", "peksos": "pekerja sosial",
    "kepsek": "kepala sekolah", "kasek": "kepala sekolah", "wakasek": "wakil kepala sekolah",
    # regional heads of office as releases write them short
    "kadinkes": "kepala dinas kesehatan", "kadisdik": "kepala dinas pendidikan", "kadishub": "kepala dinas perhubungan",
    "kadisnaker": "kepala dinas tenaga kerja", "kalak": "kepala pelaksana", "kalaksa": "kepala pelaksana",
    "kabappeda": "kepala bappeda",
    # the prosecution's and the police's spokesmen ("Kapuspenkum Kejagung Name")
    "kapuspenkum": "kepala pusat penerangan hukum", "kasipenkum": "kepala seksi penerangan hukum",
    # a regional police's directors ("Dirlantas Polda X Kombes Name")
    "dirlantas": "direktur lalu lintas", "dirreskrimum": "direktur reserse kriminal umum",
    "dirreskrimsus": "direktur reserse kriminal khusus", "dirresnarkoba": "direktur reserse narkoba",
    # village, sub-district and urban-village secretaries ("Sekdes Cibogo Name")
    "sekdes": "sekretaris desa", "sekcam": "sekretaris camat", "seklur": "sekretaris lurah",
    # the same police directors with one "r" ("Direskrimum"), and the short directorate ("Direskrim Polda X")
    "direskrimum": "direktur reserse kriminal umum", "direskrimsus": "direktur reserse kriminal khusus",
    "diresnarkoba": "direktur reserse narkoba", "direskrim": "direktur reserse kriminal",
    "dirreskrim": "direktur reserse kriminal", "dansatgas": "komandan satuan tugas",
    # ministers as every Indonesian reader knows them short
    "menkop": "menteri koperasi", "menkopukm": "menteri koperasi dan ukm", "mendag": "menteri perdagangan",
    "menperin": "menteri perindustrian", "menhub": "menteri perhubungan",
    "menpupr": "menteri pekerjaan umum dan perumahan rakyat", "menlhk": "menteri lingkungan hidup dan kehutanan",
    "menkumham": "menteri hukum dan hak asasi manusia", "menkum": "menteri hukum", "menham": "menteri hak asasi manusia",
    "menkopolhukam": "menteri koordinator bidang politik, hukum, dan keamanan",
    "menkopmk": "menteri koordinator bidang pembangunan manusia dan kebudayaan",
    "menpanrb": "menteri pendayagunaan aparatur negara dan reformasi birokrasi", "mendes": "menteri desa",
    "mendikdasmen": "menteri pendidikan dasar dan menengah", "menbud": "menteri kebudayaan",
    "menpar": "menteri pariwisata", "menristek": "menteri riset dan teknologi",
    "menesdm": "menteri energi dan sumber daya mineral", "menimipas": "menteri imigrasi dan pemasyarakatan",
    "menpppa": "menteri pemberdayaan perempuan dan perlindungan anak", "menkomdigi": "menteri komunikasi dan digital",
}


# Units written short inside role words ("Dirjen Rehsos"), expanded only when comparing roles.
UNIT_SHORT = {
    "rehsos": "rehabilitasi sosial", "linjamsos": "perlindungan dan jaminan sosial",
    "dayasos": "pemberdayaan sosial", "pfm": "penanganan fakir miskin", "kesos": "kesejahteraan sosial",
    "ditjen": "direktorat jenderal", "kemensos": "kementerian sosial", "pusdatin": "pusat data dan informasi",
    "dinsos": "dinas sosial", "pemkot": "pemerintah kota", "pemkab": "pemerintah kabupaten",
    "dinkes": "dinas kesehatan", "disdik": "dinas pendidikan", "dishub": "dinas perhubungan",
    "bpbd": "badan penanggulangan bencana daerah",
}


# (one alternative per token shape: "[A-Z]{2,}" beside "[A-Z][A-Za-z]*" gave every all-caps word two
# readings, and a long run of them with no comma after took exponential time)
# Initials with every dot ("K.H." before a cleric's name) are one word, and so is an acronym with digits
# ("Dinsos P3AP2KB").
# "Duta Besar RI untuk Jepang", "Utusan Khusus Presiden untuk Timur Tengah": "untuk" a country or body keeps the
# office going.
UNTUK_WHOM = (r"(?:Indonesia|ASEAN|PBB|RI|Republik|Kerajaan|Persatuan|Uni|Federasi|Amerika|Jepang|Tiongkok|China|"
              r"Inggris|Jerman|Prancis|Perancis|Belanda|Australia|Malaysia|Singapura|Korea|Rusia|Italia|Spanyol|"
              r"Thailand|Filipina|Vietnam|Mesir|Kanada|Arab|Qatar|Turki|India|Pakistan|Iran|Brunei|Timor|Selandia|"
              r"Swiss|Swedia|Norwegia|Denmark|Belgia|Austria|Polandia|Myanmar|Kamboja|Laos|Bangladesh|Yordania|"
              r"Maroko|Tunisia|Afrika|Brasil|Argentina|Meksiko|Vatikan|Takhta)\b")


# "Kepala Seksi X pada Dinas Sosial Y": a section "pada" (in) the office it belongs to; only before an
# office's head word, so "Bupati Garut pada Senin" ends the role as before.
_UNIT_AFTER_PADA = (r"(?:Dinas|Badan|Kantor|Kementerian|Sekretariat|Balai|Bagian|Bidang|Direktorat|Biro|Pusat|"
                    r"Inspektorat|Dinsos|Setda|Sentra|Deputi|Kedeputian|Lembaga|Komisi|Subdirektorat|"
                    # a ministry's regional offices written short ("Kepala Seksi X pada Kemenag Kabupaten Y"), and
                    # a ministry or coordinating ministry written short ("Deputi ... Konflik pada Kemenko (PMK) Name")
                    r"Kemenag|Kanwil|Kemen[a-z]{2,12})\b")
# An Arabic article joined to a name is one word ("Masjid Al-Ikhlas", "Pondok Pesantren Ar-Rahman").
# A river basin named by two rivers with a hyphen is one word ("Wilayah Sungai Cimanuk-Cisanggarung"; elsewhere a
# hyphen joins two people's names, a ticket: "Tim Pemenangan Daniel-Taufik").
# A unit's number ("SDN 2 Cibeber", "RT 03/RW 05,", "Danramil 0607-01/Sukabumi,") is a role word (only
# ever after another one); so is an area word typed small before its place ("Ketua DPC X kota Malang").
# A province typed small right before the comma that ends a unit's office ("Kepala Kantor Basarnas bali, Name")
_PROVINCE_SMALL = PROVINCE_PATTERN + r"(?=[^\S\n]*,)"
_ROLE_WORD = r"(?:(?:(?<=Sungai[^\S\n])|(?<=DAS[^\S\n]))[A-Z][a-z]+(?:-[A-Z][a-z]+)+|[A-Z][a-z]+-[A-Z]{2,5}(?![\w\-])|(?:A[lnrsz]|El)-[A-Z][a-z]+|[A-Z][A-Za-z]*\.?|[A-Z][A-Z\d]*\d[A-Z\d]*(?![\w])|setempat(?=[^\S\n]*,)|" + _PROVINCE_SMALL + r"|[A-Z]\.(?:[A-Z]\.)+|\d{1,4}(?:-\d{1,3})?(?:/[A-Z\d][\w]*)?(?=[^\S\n]*,|[^\S\n]+[A-Z\d]|[^\S\n]+setempat[^\S\n]*,)|dan|dari|(?:kota|kabupaten|provinsi)(?=[^\S\n]+[A-Z][a-z])|nomor[^\S\n]+urut[^\S\n]+(?:\d{1,2}|satu|dua|tiga|empat|lima|enam)|di(?=[^\S\n]+[A-Z])|pada(?=[^\S\n]+" + _UNIT_AFTER_PADA + r")|&|/|of|the|for|and|untuk(?=[^\S\n]+" + UNTUK_WHOM + r")|\([^()\n]{1,60}\)|\"[A-Z][^\"\n,]{0,40}\")"


# Police and military commands' heads as releases often type them, in capitals ("KASAD TNI Jenderal Name", "DANDIM
# 0612/X Letkol Name")
_CAPITALS_HEADS = ("kasad", "kasal", "kasau", "kapolri", "kapolda", "kapolres", "kapolresta", "kapolrestabes", "kapolsek",
                   "pangdam", "danrem", "dandim", "danramil", "danlanud", "danlantamal", "danyon", "ksal", "ksad", "ksau")


_ROLE_HEAD_RE = r"(?:(?:Plt\.?|Plh\.?|Pj\.?)[^\S\n]+)?(?:Ibu[^\S\n]+Negara|" + "|".join(
    sorted({h.capitalize() for h in ROLE_HEADS} | {h.upper() for h in ("ceo", "kspkt", *_CAPITALS_HEADS)}, key=len, reverse=True)
) + r")\b"


ROLE_PHRASE = _ROLE_HEAD_RE + r"(?:[^\S\n]+" + _ROLE_WORD + r"){0,24}"  # bounded: each head reads a few words, not the rest of a text


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


# (a workplace after "di" stays: "dokter di RSUD X", "guru di SDN 2 Y")
_ROLE_STOP = re.compile(
    r"[^\S\n]+(?:yang|menjadi|mengatakan|menyampaikan|menuturkan|menjelaskan|mengungkapkan|menegaskan|"
    r"menyatakan|menambahkan|memberikan|membuka|menutup|hadir|dalam|saat|ketika|pada(?![^\S\n]+" + _UNIT_AFTER_PADA + r")|di(?![^\S\n]+(?:RSUD|RSU|RS|Puskesmas|Klinik|Dinas|Balai|Sentra|Loka|Panti|Kantor|Kementerian|Badan|Universitas|Sekolah|SDN|SMPN|SMAN|SMKN)\b)|kepada|"
    r"untuk|bahwa|berkata|berharap|berpesan|mengaku|mengajak|meminta|mengimbau|juga|turut|sudah|"
    # sentence adverbs opening the clause after an appositive ("atlet ... andalan Garut ternyata masih ...")
    r"ternyata|masih|kini|sempat|bahkan|justru|pun|"
    r"telah|akan|bersama|beserta|serta|seusai|usai|setelah|sebelum|sesudah|yakni|yaitu|antara[^\S\n]+lain|diantaranya|seperti|dan[^\S\n]+(?=[a-z])|me(?!nteri)[a-z]{4,}|ber(?!sama)[a-z]{4,}|di[a-z]{3,}(?:kan|i))\b.*$"
)


_REGIONAL_HEADS = frozenset("bupati wabup gubernur wagub walikota wawali sekda camat lurah kades kapolres kapolda kajari".split())


_ROLE_NOISE = re.compile(r"\b(?:plt|plh|pj)\.?[^\S\n]+", re.IGNORECASE)


def office_word(word: str) -> bool:
    """One word that heads or abbreviates an office ("Kepala", "menteri", "Mensos"), in any case."""
    low = word.lower()
    return low in ROLE_HEADS or low in ROLE_ALIASES


def _role_key(role: str | None, short_forms: bool = False) -> str:
    """The words that compare two written roles. `short_forms`: the words written short spelt out
    too (Kemenag, Jateng, Prov.: nlp/shortforms.py), for an office no role matches as written."""
    if not role:
        return ""
    words = _ROLE_NOISE.sub("", role.lower()).replace(",", " ").split()
    out: list[str] = []
    for w in words:
        w = w.strip(".")
        place = _UNIT_NUMBER_SLASH.sub("", w)  # "dandim 0823/situbondo" is "ujar Dandim Situbondo"'s office
        w = place if place not in ("rw", "rt") else w  # ("rt 03/rw 05": the number is the unit's own)
        if w:
            out.extend((ROLE_ALIASES.get(w) or UNIT_SHORT.get(w) or (short_forms and long_form(w)) or w).split())
    return " ".join(out)


_UNIT_NUMBER_SLASH = re.compile(r"^(?:\d{1,4}(?:-\d{1,3})?|[ivxl]{1,6})/")


# Words of a region's kind that a short form of an office leaves out ("Kalak BPBD Sumedang" for the
# Kepala Pelaksana BPBD Kabupaten Sumedang, "Kadinsos Bekasi" for the Kota's). Left out of the key, they
# are left out of every role: a city and a regency of one name then both hold it, and the short form
# names nobody (coref.resolve_role). A key that writes one ("Wali Kota Bogor") is compared as written.
_REGION_KINDS = frozenset({"kabupaten", "kab", "kota", "provinsi", "prov"})


def _role_matches(key: str, role: str) -> bool:
    """'kepala balai' fits 'kepala balai melati jakarta'; 'menteri sosial' fits itself; a key that
    names no kind of region fits a role that does ('... daerah sumedang', '... daerah kabupaten sumedang')."""
    if role == key or role.startswith(key + " "):
        return True
    if _REGION_KINDS.isdisjoint(key.split()) and not _REGION_KINDS.isdisjoint(role.split()):
        bare = " ".join(w for w in role.split() if w not in _REGION_KINDS)
        return bare == key or bare.startswith(key + " ")
    return False


def _strip_role(role: str) -> str:
    role = _cut_clause(_ROLE_STOP.sub("", role.strip()))
    return role.strip(" ,;:")


# Words that make a lowercase run after an office a clause of its own ("Ketua Oi Sulut kerja lintas sektoral perlu
# terus digenjot": the office ends before "kerja")
_CLAUSE_MODALS = frozenset("perlu harus terus masih tidak belum bisa dapat sedang".split())


def _cut_clause(role: str) -> str:
    words = role.split()
    k = next((k for k, w in enumerate(words) if w[:1].islower()), None)
    if k is None or k == 0 or not words[0][:1].isupper() or not any(w in _CLAUSE_MODALS for w in words[k:k + 6]):
        return role
    return " ".join(words[:k])


_GENERIC_ROLES = frozenset(
    "anggota warga pedagang staf staff pegawai petugas relawan pendamping peneliti dosen guru pengajar "
    "pekerja tenaga narasumber pembicara pemateri peserta".split()
)


# Role words that stand alone for one holder when used bare ("kata Presiden").
_SOLE_ROLES = frozenset(
    "presiden wapres gubernur wagub bupati wabup walikota wawali camat lurah rektor dekan kapolri "
    "kapolda kapolres panglima menteri".split()
)
