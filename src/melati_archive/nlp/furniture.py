"""Page furniture, one line at a time: which lines of a page are menus, ads, "Baca juga" links, share
buttons, captions or tags (credit lines are nlp/credits.py's; this module drops and collects them).

The one set of these rules for the extractor (nlp/normalize.py) and every importer; nlp/page.py adds
what needs the whole page (headline, date lines, the page's head and tail). Pure functions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .credits import _credit_label_only, credit_of
from .scan import single_spaced

# --- Furniture: lines that are page, not story --------------------------------------------------

# Links to other items: "Baca juga: ...", "BACA JUGA:...", "Berita Terkait".
_LINK = re.compile(
    r"(?i)^\s*[*_>\[(•]*\s*(?:baca\s+(?:juga|pula|selengkapnya|selanjutnya)|simak\s+(?:juga|pula)|lihat\s+juga|"
    r"(?:berita|artikel)\s+terkait|tonton\s+(?:juga|pula)|(?:saksikan|tonton|simak)\s+(?:juga\s+)?video)\b"
)
# Words that head a block of links only as a short label or before a colon ("Berita lain yang beredar
# menyebutkan ..." is story).
_LINK_LABEL = re.compile(
    r"(?i)^\s*[*_>\[(•]*\s*(?:baca\s+lainnya|bacaan\s+(?:lainnya|lain|terkait|menarik)|kumpulan\s+(?:berita|artikel|foto|video)|berita\s+(?:lainnya|lain|terpopuler|terbaru|pilihan)|pilihan\s+editor|"
    r"artikel\s+(?:lainnya|lain|menarik)|cek\s+berita|ikuti\s+(?:berita|kami|saluran)|dapatkan\s+update|"
    r"klik\s+(?:di\s*)?sini)\b(?P<rest>.*)$"
)
# Widget labels: only when a colon follows or the line is a short label ("Topik pelatihan ini ..." stays).
_LABEL = re.compile(r"(?i)^\s*[•*]?\s*(?:bagikan(?:\s+(?:artikel\s+ini|berita\s+ini|kutipan(?:\s+ini)?|tautan|"
                    r"(?:ke\s+)?(?:sosial\s+media|media\s+sosial|medsos)|ke))?|share(?:\s+this)?|"
                    r"(?:tags?|tagar|topik|kata\s+kunci)(?:\s+terkait)?|kategori|category|labels?)\b\s*(?P<colon>[:：])?")
_SHARE_WORDS = frozenset("facebook twitter x whatsapp telegram line linkedin email e-mail salin tautan copy link "
                         "bagikan share print cetak pinterest instagram tiktok youtube".split())
# Captions: "Foto: ...", "Ket [Foto]: ...", "Keterangan Gambar :", "(Foto: Humas)".
_CAPTION_LABEL = re.compile(
    r"(?i)^\s*[(\[]?\s*(?:foto|photo|gambar|caption|keterangan(?:\s+(?:foto|gambar))?|ket\.?\s*\[?\s*(?:foto|gambar)\s*\]?|"
    r"sumber\s+(?:foto|gambar)|ilustrasi|dok(?:umentasi)?)\s*[:：]"
)
# A photo's source on a line of its own, no colon: "Dok. Humas Pemkab Sukamekar", "(Dokumentasi Pribadi)".
_PHOTO_SOURCE = re.compile(r"^[(\[]?\s*(?i:dok\.|dokumentasi|foto)\s+[A-Z][\w.'’/-]*(?:\s+[A-Z][\w.'’/-]*){0,5}\s*[)\]]?$"
                           # the credit over a photo: "KOMPAS.com/NAMA FOTOGRAFER", "Situs.com/ Nama Fotografer"
                           r"|^[\w-]+\.(?i:com|co\.id|id|co)\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}$"
                           # "KORAN SUKAMEKAR/NAMA FOTOGRAFER": a paper and its photographer in capitals
                           r"|^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}\s*/\s*[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,4}$")
# A picture copied as Markdown ("![](https://situs.com/foto.jpg)", "![alt]() |" in a table's cell): the image,
# never a line of the story.
MARKDOWN_IMAGE = re.compile(r"^!\[[^\]\n]{0,300}\]\([^()\s]{0,1000}\)\s*\|?$")
# A picture's file name or its CMS title left as a line over the caption: a camera's or a messenger's
# name ("IMG 20260212 WA0014", "IMG-20260212-WA0014", "DSC_0421", "WhatsApp Image 2026-02-12 at 10.15.22")
# and a title a web editor types in lower case ("foto B GARDU 2"); no headline or story has that shape.
_IMAGE_NAME = re.compile(r"^(?:(?:IMG|DSC[FN]?|PXL|VID)[\s_-]?\d{3,}(?:[\s_-]+(?:WA)?\d+){0,2}"
                         r"|(?i:whats\s?app\s+image)\s+\d{4}-\d\d-\d\d\b.{0,20}"
                         r"|(?:foto|gambar|img|image)(?:\s+[A-Za-z0-9]{1,12}){0,4}\s+\d{1,3})$")
# A caption ends with its photo credit: "(Foto/Ari)", "(Rizky/detikcom)", "(Foto: Humas)",
# "| Lampungpro.co/Adpim", ".-Yeri Noveli-", "simbolis. (Abdul Alim )", "... Cibening/IST".
_CAPTION_END = re.compile(
    r"(?:\(\s*(?:foto|photo|dok|dokumentasi|ist|istimewa)\b[^)]*\)"
    r"|\(\s*sumber\s*(?:foto|gambar)?\s*:?\s*(?:dok|dokumentasi|foto|ist|istimewa)\b[^)]*\)"  # "(Sumber: Dok Humas)"
    # "(ANTARA/HO-Humas X)"; "(rdr/ant)", the writers' codes closing a story's paragraph, is no photo's credit
    r"|\((?!(?-i:\s*[a-z]{2,5}\s*/\s*[a-z]{2,5}\s*\)))\s*[A-Z][\w.'-]*(?:\s+[\w.'-]+)*\s*/\s*[\w.' -]+\)"
    # "(ANTARA News Jabar/Humas Pemkab X/26)": an agency's edition and the office; "(Dinsos/Prb/ty)" and
    # "(BK/LD/N-4)", codes of one word each, close a story's paragraph
    r"|\(\s*[A-Z][\w.'-]*(?:\s+[\w.'-]+)+\s*/\s*[\w.' -]+(?:/[\w.' -]+)+\)"
    r"|\|\s*[\w.-]+\.(?:com|id|co|net|org)\b[^|]*"
    r"|[.]\s*-\s*[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,3}\s*-"
    r"|[.]\s*\(\s*[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){1,3}\s*\)"
    r"|\[\s*[\w.-]+\s*/\s*[\w.' -]+\]"  # "[Suara.com/Nama]"
    r"|[.]\s*(?-i:[A-Z]{3,}(?:\.[a-z]{2,3})?(?:\s+FOTO)?)/[\w .'-]+"  # ". ANTARA/HO-Kemensos"
    r"|[.]\s*/\s*[A-Z][\w .'’-]{1,40}/\s*[A-Z][\w .'’-]{1,40}/?"  # ". /Koran Sukamekar/Nama Fotografer/"
    r"|[.]\s*/\s*(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,4})"  # ". /Prokompim Setda Sukamekar": the office's photo
    r"|(?<=\w)\s*/\s*(?:ist|istimewa))\s*[.]?\s*$",  # "... di Cibening 2025/IST": the office's own photo (istimewa)
    re.IGNORECASE,
)
# Regional papers end a caption with its photographer or source after the last full stop: "... Kota X. NAMA
# FOTOGRAFER" (a name in capitals), "... maling. Dok Damkar Kota X" (an office's documentation), "... (Situs.com-Humas X)".
_REGIONAL_CREDIT_END = re.compile(
    r"(?:[.)]\s+(?:[A-Z][A-Z'’\-]*\.?\s+){1,5}[A-Z][A-Z'’\-]+\.?"
    r"|[.]\s+Dok(?:\.|umentasi)?\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4}"
    r"|\(\s*[\w\-]+\.(?:com|co\.id|id|co|net)\s*[-–/]\s*[^()]{2,40}\))\s*$")


# A caption's label in capitals: "ANTRE BANTUAN - Warga ...", "BANTUAN SEMBAKO: Kepala ...".
_CAPS_LABEL = re.compile(r"^[A-Z][A-Z0-9'’]+(?:\s+[A-Z0-9][A-Z0-9'’]*){0,5}\s*[-–—:]\s+\S")


def photo_credit_line(line: str) -> bool:
    """A photo's credit alone on its line ("Dok. Humas X", "SITUS.com/NAMA", "KORAN X/NAMA FOTOGRAFER")."""
    return len(line.split()) <= 10 and bool(_PHOTO_SOURCE.match(" ".join(line.split())))


def image_name_line(line: str) -> bool:
    """A picture's file name or lower-case CMS title alone on its line ("IMG 20260212 WA0014", "foto B GARDU 2")."""
    return len(line) <= 60 and bool(_IMAGE_NAME.match(" ".join(line.split())))


def ends_with_photo_credit(line: str) -> bool:
    """A line closed by a photo credit ("(Foto: Humas)", "(NAMA/KORAN X).", ". NAMA FOTOGRAFER", ". Dok Humas X"):
    a caption's end, wherever the line starts."""
    stripped = " ".join(line.split())
    if stripped.endswith("()"):
        stripped = _EMPTY_PARENS.sub("", stripped)  # "... (ANTARA FOTO/Nama) ()": an empty pair the copy left
    if not _may_end_with_credit(stripped):
        return False  # most lines: the two searches would try every full stop and parenthesis
    return bool(_CAPTION_END.search(stripped) or _REGIONAL_CREDIT_END.search(stripped))


# The characters a credit of _CAPTION_END (")", "]", "-") or _REGIONAL_CREDIT_END (")", a name in
# capitals: A-Z, an apostrophe, a hyphen) ends with, before at most one full stop.
_CREDIT_LAST = frozenset(")]-'’ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_AFTER_SLASH = re.compile(r"[\w\s.'’-]*")  # what the credits with a slash ("/IST", "/Nama Fotografer") end with


def _may_end_with_credit(stripped: str) -> bool:
    """False only where neither pattern of ends_with_photo_credit can match: their other credits
    all hold a bar, "Dok", or a slash with only word characters, spaces, full stops, apostrophes
    and hyphens after its last one (a line without whitespace at its ends, as there)."""
    if "|" in stripped or "Dok" in stripped:
        return True
    slash = stripped.rfind("/")
    if slash >= 0 and _AFTER_SLASH.fullmatch(stripped, slash + 1):
        return True
    last = stripped[-1:]
    if last == ".":
        last = stripped[:-1].rstrip()[-1:]
    return last in _CREDIT_LAST


def caption_over_dateline(line: str, following: str, previous: str = "") -> bool:
    """"SERAHKAN BANTUAN - Kepala Dinas X ... NAMA FOTOGRAFER" right over "KOTA X - ...": a caption opening with its label
    in capitals reads as a dateline; closed by a photo credit (or under a credit line, `previous`), with the
    story's dateline under it, it is the caption (page.py reads the same on the page's kinds)."""
    if not following or len(line.split()) < 6:
        return False
    if not ends_with_photo_credit(line) and not (previous and photo_credit_line(previous) and _CAPS_LABEL.match(line)):
        return False
    from .dates import opens_with_dateline

    return opens_with_dateline(line) and opens_with_dateline(following)


# The person a caption credits at its end: "(foto Rina Wulandari)", "(Foto: Rina Wulandari)",
# "simbolis. (Rina Wulandari )"; a one-word credit ("(Foto/Ari)") is no full name and an office
# ("(Foto: Humas Pemkab)") no person: the caller checks the name.
_PHOTO_CREDIT = re.compile(
    r"\(\s*(?:(?:foto|photo)\s*[:/]?\s*)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3})\s*\)\s*\.?\s*$", re.IGNORECASE)


# "(Rina Marlina)" on the story's last line: its writer, when the words are a person's name (callers check).
_SIGN_OFF_NAME = re.compile(r"^\(\s*(?P<name>[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+){1,3})\s*\)\s*\.?$")


def sign_off_name(line: str) -> str | None:
    """The words of a sign-off in parentheses that may be its writer's name ("(Rina Marlina)"), or None."""
    m = _SIGN_OFF_NAME.match(line.strip())
    return m.group("name") if m else None


def photo_credit(line: str) -> str | None:
    """The name a caption line credits for its photo, as written, or None."""
    m = _PHOTO_CREDIT.search(line)
    if m is None or not all(w[:1].isupper() for w in m.group("name").split()):
        return None
    if not re.match(r"\(\s*(?:foto|photo)", m.group(0), re.IGNORECASE) and not line.lstrip()[:1].isupper():
        return None  # "... masyarakat.(Name)" closing a wrapped paragraph: the story's writer, not a photo's
    return m.group("name")


# Where people stand in a photo: "(kiri)", "(dua kiri)", "(ujung kanan)", "(kedua dari kiri)".
_PHOTO_POSITION = re.compile(r"(?i)\((?:[a-z]+\s+){0,2}(?:dari\s+)?(?:kiri|kanan|tengah)\)")
# A caption's opening: a name or a role, then what the photo shows ("X saat menyerahkan ...").
_CAPTION_SCENE = re.compile(r"^(?P<who>(?:[A-Z][\w.'’-]*,?\s+){1,9}),?\s*(?:saat|ketika|sewaktu|tengah|sedang)\s+[a-z]")
# A person's initials, then what the photo shows them doing: "RHM saat membuka kegiatan ...".
_INITIALS_AT_WORK = re.compile(r"^[A-Z]{2,5}\s+(?:saat|ketika|sewaktu|tengah|sedang)\s+(?:me|ber)[a-z]{3,}")
_GROUP_PHOTO = re.compile(r"(?i),?\s\bfoto\s+bersama\b")
_SPEECH = re.compile(r"(?i)\b(?:mengatakan|menyampaikan|menjelaskan|mengungkapkan|menegaskan|ujar|kata|tutur|jelas)\w*\b")
_PERSON_CAPTION_ROLES = frozenset(
    "kepala ketua kadis kadinsos bupati wakil wali walikota gubernur menteri mensos direktur dirjen sekretaris "
    "sekda camat lurah plt pj kapolres kapolda kabid kasi kasubag koordinator pendamping asisten staf kabag kapolsek "
    "danramil dandim kades".split())
_ADS = re.compile(
    r"(?i)^[\s\-–—]*(?:advertisement|advertorial|iklan(?:\s+layanan\s+masyarakat)?|sponsored(?:\s+content)?|"
    r"konten\s+bersponsor|scroll\s+to\s+(?:continue|resume)(?:\s+(?:with\s+)?content)?|banner\s*\d+\s*x\s*\d+|"
    r"geser\s+ke\s+(?:atas|bawah)(?:\s+untuk.*)?|scroll\s+(?:ke\s+)?(?:atas|bawah).*|"
    # Indonesian prompts between an ad and the story: "Gulir untuk melanjutkan", "Tutup Iklan",
    # "Konten ini disponsori oleh ...", "Lanjutkan membaca artikel di bawah ini"
    r"(?:gulir|scroll|geser)\s+(?:ke\s+\w+\s+)?untuk\s+(?:melanjutkan|lanjut)\b.{0,30}|tutup\s+iklan|"
    r"konten\s+ini\s+(?:disponsori|didukung)\s+oleh\b.{0,60}|"
    r"lanjut(?:kan)?\s+(?:membaca|baca)\s+(?:artikel|berita)\s+(?:di\s+)?(?:bawah|berikut)(?:\s+ini)?|"
    # a theme's ad slots left empty by the copy: "Top ad", "Middle Ad 1", "Parallax Ad", "Ad Under Header"
    r"(?:top|middle|bottom|parallax|sidebar|header|footer|inline|sticky|floating)\s+ads?(?:\s+\d{1,2})?|"
    r"ads?\s+(?:under|below|above|after|before)\s+(?:header|title|post|content|article)|"
    # an ad slot's own label ("ARTICLE AD BOX"), a partner's label, a site's channel notice
    r"(?:(?:article|in-?article|native)\s+)?ad\s*box|konten\s+(?:media\s+)?partner|"
    r"\S{1,30}\s+hadir\s+di\s+(?:whats\s?app|google\s+news|telegram)(?:\s+channel)?|"
    # "Iklan. Geser untuk terus membaca.": the prompt under an ad slot
    r"iklan\.?\s+(?:geser|gulir|scroll)\s+(?:ke\s+\w+\s+)?untuk\s+(?:terus\s+)?(?:membaca|melanjutkan|lanjut)\.?)[\s\-–—]*$"
)
# Interface words of a page: menus, buttons, counters, comment forms.
_UI_LINES = frozenset(
    "menu|exit mobile version|mode gelap|mode terang|dark mode|beranda|home|headline|headlines|breaking news|berita|berita utama|kanal|"
    "no result|view all result|logo header|logo|search|cari|pencarian|login|masuk|daftar|komentar|komentari|"
    "tinggalkan balasan|posting komentar|kirim komentar|tulis komentar|terbaru|terpopuler|populer|menarik|"
    "rekomendasi|pilihan editor|trending|selengkapnya|lainnya|perbesar|tutup|close|next|prev|previous|"
    "sebelumnya|selanjutnya|a|aa|share|bagikan|print|cetak|alexametrics|photo author|video|galeri|foto|"
    "indeks|index|oleh|by|redaksi|sumber|loading|memuat|tidak ada komentar|tidak ada komentar :|related|"
    "related posts|you may also like|menyukai ini|suka memuat...|like this|like loading...|cancel reply|"
    "batalkan balasan|tulis komentar anda di sini...|kirim|url telah disalin|lihat foto|lihat semua|"
    "halaman selanjutnya|halaman berikutnya|baca halaman selanjutnya|muat lebih banyak|load more|"
    "tampilkan lebih banyak|dengarkan|dengarkan artikel ini|dengarkan berita ini|ukuran font|ukuran huruf|"
    "a- a+|a+ a-|a a a|zoom-in-whitezoom-out-white|kembali|kembali ke atas|ke atas|back to top|navigasi pos|"
    "navigasi artikel|navigasi tulisan|post navigation|live|live update|live report|live streaming|siaran langsung|"
    "update terkini|terima|setuju|saya setuju|terima semua|tolak|accept|accept all|i agree|got it|saya mengerti|"
    "pengaturan cookie|cookie settings|bagaimana pendapat anda?|berlangganan newsletter|newsletter|"
    "berikan pendapat anda|buka di aplikasi|baca di aplikasi|buka aplikasi|open in app|ttd|ttd.|(ttd)|tertanda|"
    "konten promosi|promosi|link copied to clipboard|link copied to clipboard.|tautan disalin|tautan telah disalin|"
    "link disalin|komentar & reaksi|komentar dan reaksi|video terkini|video terbaru|video pilihan|"
    "you can share this post!|editor|"
    # a theme's stamp labels left without their date ("Published" / "pada" / the date the copy lost), its social row
    "published|pada|diterbitkan|connect with us|follow us|ikuti kami|"
    # a theme's skip link for screen readers, its notification bell, its search box's label
    "lewati ke konten|langsung ke konten|loncat ke konten|lompat ke konten|skip to content|skip to main content|"
    "notification|notifikasi|cari berita|×|error|"
    # a pager's label the copy left without its numbers; a comment box's invitation; a font-size widget
    "halaman|ayo tulis komentar cerdas|tulis komentar cerdas|font: ukuran: - +|font: ukuran: a a|"
    "ukuran: - +".split("|")
)
# A cookie notice: "Kami menggunakan cookie agar situs ini berfungsi ... Anda menyetujui kebijakan privasi kami",
# "This website uses cookies ...": the use of cookies and a consent or policy word, on one short line.
_COOKIE = re.compile(r"(?i)\b(?:menggunakan|memakai|use|uses)\s+(?:cookie|cookies|kuki)\b")
_CONSENT = re.compile(r"(?i)\b(?:setuju|menyetujui|persetujuan|kebijakan\s+(?:privasi|cookie)|privacy|agree|consent|"
                      r"accept|pengalaman\s+(?:anda|terbaik|browsing))")
_MAX_COOKIE_WORDS = 50
# Another item's video or gallery named in capitals with its Title Case headline: "VIDEO: Judul", "GALERI: Judul".
_MEDIA_ITEM = re.compile(r"^(?:VIDEO|GALERI|INFOGRAFIS|FOTO\s+VIDEO)\s*:\s+[A-Z0-9]")
_UI_PATTERNS = re.compile(
    r"(?i)^\s*(?:(?:artikel|berita)\s+ini\s+(?:telah\s+)?dibaca\s+[\d.,]+\s*kali|"
    # a comment box's policy, a video's teaser: "Isi komentar sepenuhnya tanggung jawab ...", "Coba simak video ini:"
    r"isi\s+komentar\s+(?:sepenuhnya\s+)?(?:adalah\s+|menjadi\s+)?tanggung\s+jawab\b.{0,120}|"
    r".{0,20}\b(?:simak|tonton|saksikan|lihat)\s+(?:juga\s+)?video\s+(?:ini|berikut|di\s+bawah(?:\s+ini)?)\s*:?|"
    # a view counter, glued to the post's category as the copy lost their separator: "TNI Polri12 Dilihat"
    # (the count's digits start where digits start: trying every digit of a long number is quadratic)
    r"(?:[\w&-]+:?\s){0,3}\S*?(?<!\d)\d+\s+(?:kali\s+)?dilihat|"  # "Terbit: oleh -34 Dilihat": labels left empty
    r"(?:dibaca|dilihat|views?)\s*:?\s*[\d.,]+(?:\s*kali)?|[\d.,]+\s+(?:views?|komentar|comments?)|alamat\s+email\s+anda\s+tidak\s+akan.*|"
    r"(?:hak\s+cipta|copyright)\b.*|(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?©.*|all\s+rights\s+reserved.*|"  # "2025 © PT ..."
    # a CMS's error notice over the article (Joomla: "• The template for this display is not available. ...")
    r"(?:[•·]\s*)?the\s+template\s+for\s+this\s+display\s+is\s+not\s+available\b.*|"
    r"cek\s+berita\s+dan\s+artikel.*|ikuti\s+kami\b.*|https?://\S+|www\.\S+|"
    # a news agency's notice under every item: "Dilarang keras mengambil konten ... tanpa izin"
    r"dilarang\s+(?:keras\s+)?(?:mengambil|mengutip|menyalin|memperbanyak|menggunakan)\s+(?:konten|artikel|berita|isi)\b.*|"
    # a pager: "Halaman 1 2 3", "Halaman: 1 2 Selanjutnya", "1 2 3 Selanjutnya"
    r"(?:halaman|page)\s*:?\s*\d+(?:\s+\d+){0,11}\s*(?:selanjutnya|berikutnya|next|»|›)?|(?:\d+\s+){1,12}(?:selanjutnya|berikutnya|next)|"
    r"(?:halaman|page)\s+\d+\s+(?:dari|of)\s+\d+|\*?\s*fakta\s+atau\s+hoaks\?.*|"
    # an empty comment box's invitation, an ad's report button, a live report's time heading ("Update 10.15 WIB"),
    # a gallery's counter ("Foto 1 dari 5")
    r"belum\s+ada\s+komentar\b.{0,80}|jadilah\s+(?:yang\s+)?pertama\s+(?:yang\s+)?(?:berkomentar|mengomentari)\b.{0,20}|"
    r"laporkan\s+iklan|report\s+this\s+ad|(?:terakhir\s+)?(?:diperbarui|diperbaharui|updated?)\s*:?\s*(?:pukul\s*)?\d{1,2}[.:]\d{2}\s*(?:wib|wita|wit)?|(?:update|pukul|jam|pkl\.?)\s*\d{1,2}[.:]\d{2}\s*(?:wib|wita|wit)?|\d{1,2}[.:]\d{2}\s*(?:wib|wita|wit)|"
    r"(?:foto|gambar|slide)\s+\d{1,2}\s*(?:dari|/|of)\s*\d{1,2}|"
    # a pager with both ends ("« Sebelumnya 1 2 3 Berikutnya »"), a link to the next page, a gallery's counter
    # ("2 / 3"), a signature's civil-service number ("NIP. 19750312 199803 2 004")
    r"[«‹<]*\s*(?:sebelumnya|previous|prev)\s+(?:\d+\s+){0,12}(?:berikutnya|selanjutnya|next)\s*[»›>]*|"
    r"lanjut(?:kan)?\s+(?:ke\s+)?halaman\s+(?:berikutnya|selanjutnya|\d{1,2})\s*[>»›]*|\d{1,2}\s*(?:/|dari|of)\s*\d{1,2}|"
    r"nip\.?\s*:?\s*\d{8}\s*\d{6}\s*\d\s*\d{3}|"
    # a PDF's page number and running footer: "- 2 -", "Hal. 2", "Siaran Pers Dinas X | Halaman 2"
    r"[-–—]\s*\d{1,3}\s*[-–—]|hal\.?\s*\d{1,3}(?:\s*(?:dari|of)\s*\d{1,3})?|"
    r"[^|\n]{3,80}\|\s*(?:halaman|hal\.?|page)\s*\d{1,3}(?:\s*(?:dari|of)\s*\d{1,3})?|"
    # a multi-page article's note and an infographic's credit ("Grafis: Tim Grafis / Humas", "Infografis: Rina/Situs")
    r"(?:berita|artikel)\s+ini\s+terdiri\s+(?:dari|atas)\s+\d+\s+halaman.{0,40}|"
    r"(?:halaman|page)\s+(?:berikutnya|selanjutnya|sebelumnya|next|previous)\s*[>»›<«‹]*|"
    r"(?:tampilkan|lihat|baca)\s+(?:semua|seluruh)\s+(?:halaman|isi)|(?:read\s+more|continue\s+reading)\s*[»›>→.]*|"
    r"(?:no|\d+)\s+comments?|lihat\s+versi\s+(?:lengkap|desktop|non-?amp)|"
    r"tampilkan\s+(?:versi\s+)?(?:lengkap|semua)|"
    # an audio player's label with its clock: "Dengarkan berita ini 00:00 / 03:12"
    r"dengarkan\s+(?:berita|artikel)(?:\s+ini)?\s*[\d:/ ]{0,20}|"
    r"(?:info)?grafis\s*:\s*(?:tim\s+\S+(?:\s+\S+){0,3}|[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3}\s*/\s*[\w.'’-]+(?:\s+[\w.'’-]+){0,2})|"
    # WordPress theme lines: "Posted in Berita", "Tagged a, b", "Leave a Reply Cancel reply"
    r"(?:posted|filed)\s+(?:in|under)\s+\S.{0,60}|tagged\s+\S.{0,80}|leave\s+a\s+(?:reply|comment)\b.*|"
    r"your\s+email\s+address\s+will\s+not\s+be\s+published.*|required\s+fields\s+are\s+marked.*|"
    # the edition a syndicated item first ran in: "Artikel ini telah tayang di Situs.com dengan judul ..."
    r"(?:artikel|berita)\s+ini\s+(?:telah\s+|sudah\s+)?(?:tayang|terbit|dimuat|ditayangkan)\s+(?:di|pada)\s+\S+.{0,300}?"
    r"(?:dengan\s+judul|\.(?:com|id|co)\b).*|"
    # an embedded player's placeholder ("[Gambas:Video 20detik]") and a "read on" button
    r"\[\s*gambas\s*:[^\]]*\]|"
    # a WordPress shortcode left as text: "[responsivevoice_button voice=”Indonesian Female” buttontext=”...”]"
    r"\[[a-z][a-z0-9]*_[a-z0-9_]+(?:\s[^\]\n]{0,200})?\]|lanjut(?:kan)?\s+(?:membaca|baca)|komentar\s*\(\s*\d+\s*\)|"
    # a poll's answers with their shares ("Setuju 60%"), a newsletter's or comment box's form
    r"(?:sangat\s+)?(?:tidak\s+)?(?:setuju|ya|tidak|ragu-ragu|ragu|netral|tidak\s+tahu|senang|sedih|marah|terinspirasi|"
    r"inspiratif|terkejut|bangga|kecewa|takut|lucu|gembira|suka)\s*:?\s*\d{1,3}(?:[.,]\d{1,2})?\s?%|masukkan\s+(?:alamat\s+)?(?:e-?mail|surel)\b.{0,40}|"
    r"(?:masuk|login|log\s+in|daftar)\s+untuk\s+(?:berkomentar|mengomentari|komentar|memberi\s+komentar)\b.{0,20}|"
    # the line a WordPress feed appends to each item: "The post Judul appeared first on Situs.",
    # "Pos Judul muncul pertama kali di Situs."
    r"(?:the\s+post|pos|artikel|tulisan)\s.{1,200}?\s(?:appeared\s+first\s+on|muncul\s+pertama\s+kali\s+di|"
    r"pertama\s+kali\s+(?:muncul|tampil|terbit)\s+di)\s.{1,100}|"
    # what a news site appends to copied text: 'Baca artikel situs, "Judul" selengkapnya https://...',
    # 'Situs+ baca berita tanpa iklan: https://...'
    r"baca\s+artikel\s+\S+.{0,300}\bselengkapnya\b.*|\S{0,20}\s*baca\s+berita\s+tanpa\s+iklan\b.*|"
    # embedded posts: a picture's file name, Instagram's frame, a tweet's signature with its own date
    r"\S+\.(?:jpe?g|png|gif|webp)|view\s+this\s+post\s+on\s+instagram|lihat\s+postingan\s+ini\s+di\s+instagram|"
    r"(?:a\s+post\s+shared\s+by|sebuah\s+kiriman\s+dibagikan\s+oleh)\s.{0,80}|"
    r"[—–-]\s*[^()\n]{1,80}\(@\w{1,30}\)\s+[^()\n]{0,30}\d{4})\s*$"
)
# A promotion of the site's channels: "Simak berita lainnya di Google News", "Follow Official WhatsApp
# Channel ...", "Dapatkan berita terbaru langsung di email Anda", "Baca berita tanpa iklan. Gabung ...".
# An imperative a story does not open with, and a channel a story does not need.
_PROMO = re.compile(
    r"(?i)^[*•>»\s]{0,3}(?:simak|follow|ikuti|dapatkan|gabung|bergabung(?:lah)?|berlangganan|langganan|subscribe|(?:baca|update)\s+(?:berita|info)|"
    r"klik|download|unduh|jangan\s+lewatkan|pilih\s+saluran|baca\s+berita\s+tanpa\s+iklan|"
    r"silakan\s+(?:baca|simak|kunjungi|ikuti))\b")
_PROMO_CHANNEL = re.compile(
    r"(?i)google\s+news|whats\s?app|telegram|\bchannel\b|\bsaluran\b|newsletter|\be-?mail\b|aplikasi|\bapps?\b|instagram|"
    r"twitter|facebook|tiktok|youtube|breaking\s+news|berita\s+(?:terbaru|terkini|lainnya|pilihan|menarik|terupdate)|"
    r"(?:tanpa|sedikit|minim|bebas)\s+iklan|ponsel")
_MAX_PROMO_WORDS = 45
# A call to read another feature "here", the link's own words: "Baca kisah inspiratif kandidat teladan di sini",
# "Simak selengkapnya disini". No sentence: a story writes "... di sini." with its full stop.
_READ_HERE = re.compile(r"(?i)^[*•>»\s]{0,3}(?:baca|simak|lihat|cek|tonton|saksikan)\b[^.!?\n]{0,100}?\b(?:di\s*sini|disini)"
                        r"\s*[!»›>]*$")


def read_here(line: str) -> bool:
    """A short line calling to read or watch something else "di sini": a link."""
    return len(line.split()) <= 14 and bool(_READ_HERE.match(line.strip()))
# A channel of the site named with its address: "... di Saluran WhatsApp situs.com", "situs.id WhatsApp Channel".
_SITE_CHANNEL = re.compile(r"(?i)\b(?:saluran|channel)\s+(?:whats\s?app|telegram)\s+[\w-]+\.(?:com|co\.id|id|net|news)\b"
                           r"|(?<![\w-])[\w-]+\.(?:com|co\.id|id|net|news)\s+(?:whats\s?app|telegram)\s+(?:channel|saluran)\b")
# An embed's placeholder a copy keeps where a player or a post stood: "[Gambas:Video 20detik]", "[embed]".
_EMBED_PLACEHOLDER = re.compile(r"(?i)^\[\s*(?:gambas|embed|video|iklan|advertisement|ads?)\b[^\[\]\n]{0,60}\]$")
# A line of hashtags ("#bansos #KemensosHadir") or one tag written "# dinas sosial" (lower case: a
# Markdown heading "# Judul Berita" is no tag): the page's tags.
_HASHTAGS = re.compile(r"^(?:(?:#[^\W\d_][\w-]*\s*){1,10}|#\s[a-z][a-z0-9-]*(?:\s[a-z][a-z0-9-]*){0,2})$")
# A story's sign-off code on a line of its own: "(ant/red)", "(sal)", "(*)", "(adv)", "(yum/dir)".
# "(Humas Pemkab Sukamekar)": the office that sent the release, in parentheses on the last line.
_SIGN_OFF = re.compile(r"^[(\[]\s*(?:\*+|[A-Za-z]{2,12}(?:\s*[/,]\s*[A-Za-z*]{1,12}|\s+[A-Z][A-Za-z]{1,14}){0,3})"
                       r"\s*[)\]]\s*\.?$")
# Breadcrumbs: "Beranda > Berita > Daerah", "Home / Headline", "Home HEADLINE".
_BREADCRUMB = re.compile(
    r"^\s*(?:(?i:home|beranda)\s*(?:[>»/|›]\s*\S[^\n]{0,60}|\s+[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*){0,2}|$)"
    r"|[^\n>»›]{1,60}(?:\s[>»/›]\s[^\n>»›]{1,80}){2,})\s*$"
)
_BULLET_ITEM = re.compile(r"^\s*[•·▪►»]\s*\S+(?:\s+\S+){0,3}\s*$")
_SMALL = frozenset(
    "di ke dari dan yang untuk dengan pada bagi atau dalam oleh kepada serta sebagai se the of and to in for a "
    "an on at by vs".split())


def squeezed(line: str) -> str:
    """`" ".join(line.split())`, without building it again for a line already so written."""
    if line[:1] == " " or line[-1:] == " " or not single_spaced(line):
        return " ".join(line.split())
    return line


_UI_LONGEST = max(map(len, _UI_LINES))
_UI_STRIP = " :|•·-–—*"  # no character lowers to one of these, and these lower to themselves


@lru_cache(maxsize=4096)  # a line is asked about several times while a page is read
def furniture_kind(line: str) -> str | None:
    """What kind of page furniture a line is ("link", "share", "tags", "caption", "ad", "ui", "menu"), or None
    when it may be story. Line rules only: no context, safe on any story text."""
    # the line's words once: a story paragraph runs to thousands of characters
    words = line.split()
    if not words:
        return None
    stripped = " ".join(words)
    # an icon before a link's label ("👉 Baca juga: ...", "📌 BACA JUGA"): the label decides
    marked = _ICONS_AHEAD.sub("", stripped, count=1) if not stripped[:1].isalnum() else stripped
    if _LINK.match(marked):
        return "link"
    label = _LINK_LABEL.match(marked)
    if label and (len(words) <= 4 or label.group("rest").lstrip().startswith(":")
                  or re.search(r"(?i)google\s+news|whatsapp|telegram|channel", stripped)):
        return "link"
    if _is_label(marked, len(marked.split()) if marked is not stripped else len(words)) or _is_share_row(marked):
        return "share" if not re.match(r"(?i)\s*[•*]?\s*(?:tags?|tagar|topik|kata\s+kunci|kategori|category)\b", marked) else "tags"
    if _CAPTION_LABEL.match(stripped) or (len(words) <= 8 and (_PHOTO_SOURCE.match(stripped) or _IMAGE_NAME.match(stripped))):
        return "caption"
    if stripped[:2] == "![" and MARKDOWN_IMAGE.match(stripped):
        return "caption"
    if _MEDIA_ITEM.match(stripped) and not stripped.endswith((".", "!", "?")) and len(words) <= 20:
        return "link"  # "VIDEO: Camat X Bagikan Selimut": another item's video (page.py keeps a page's own over its date)
    if _ADS.match(stripped):
        return "ad"
    if len(words) <= _MAX_PROMO_WORDS and _PROMO.match(stripped) and _PROMO_CHANNEL.search(stripped):
        return "link"
    if len(words) <= 14 and read_here(stripped):
        return "link"
    if len(words) <= 14 and len(stripped) <= 200 and not stripped.endswith(".") and _SITE_CHANNEL.search(stripped):
        return "link"  # "Berita Terkini, Eksklusif di Saluran WhatsApp situs.com": the site's channel, no sentence
    if stripped[:1] == "[" and _EMBED_PLACEHOLDER.match(stripped):
        return "ui"  # "[Gambas:Video 20detik]": an embedded player the copy kept as its placeholder
    if stripped[:1] == "#" and _HASHTAGS.match(stripped):
        return "tags"
    if len(stripped) <= 48 and _SIGN_OFF.match(stripped):
        return "ui"
    # lowering then stripping _UI_STRIP is stripping then lowering; lowering never shortens a text
    core = stripped.strip(_UI_STRIP)
    if (len(core) <= _UI_LONGEST and (core.lower() in _UI_LINES or core.lower().rstrip(".…") in _UI_LINES)) \
            or _UI_PATTERNS.match(stripped):  # "loading...", "Memuat…": a widget's label with its dots
        return "ui"
    if len(words) <= _MAX_COOKIE_WORDS and _COOKIE.search(stripped) and _CONSENT.search(stripped):
        return "ui"
    if _BULLET_ITEM.match(stripped):
        return "menu"
    if len(words) <= 20 and not stripped.endswith((".", "!", "?")) and (
            (stripped[:2] == "« " and "»" not in stripped) or (stripped[-2:] == " »" and "«" not in stripped)):
        return "link"  # "« Judul Sebelumnya", "Judul Berikutnya »": one guillemet alone points (a pair quotes speech)
    if (stripped[:1] == "←" or stripped[-1:] == "→") and len(words) <= 20:
        return "link"  # "← Judul Sebelumnya", "Judul Berikutnya →": the items a post links to («» may quote speech)
    if len(words) <= 12 and '"' not in stripped and _BREADCRUMB.match(stripped):
        return "menu"
    if _is_nav_bar(stripped, words):
        return "menu"
    if _is_caption(stripped, words):
        return "caption"
    if _is_bulleted_headline(stripped):
        return "link"
    return None


# Icons and arrows a page sets before a label: emoji, pictographs, arrows (Unicode symbol classes, listed as ranges).
_ICONS_AHEAD = re.compile("^(?:[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]\\s*){1,4}")
_BULLET = re.compile(r"^[-•»▪◦*]\s+")
_HEADLINE_SMALL_WORDS = frozenset("dan yang untuk dari dengan di ke pada dalam atau oleh ini itu".split())


def _is_bulleted_headline(line: str) -> bool:
    """"- Pj Gubernur X Diberi Banyak Apresiasi Saat Evaluasi Kinerja": a bulleted line in headline
    case (nearly every content word capitalised, verbs too, no closing stop) lists another item."""
    if not _BULLET.match(line) or line.endswith((".", "!", "?", ":")) or '"' in line or "," in line:
        return False  # a comma: a list item naming someone ("- Kepala Dinas X, Name")
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) >= 3 and w.lower() not in _HEADLINE_SMALL_WORDS]
    return len(words) >= 6 and sum(w[0].isupper() for w in words) >= 0.85 * len(words)


# A news story's last paragraph closed by its writer in parentheses: "... kata dia. (Nama Penulis)".
_TRAILING_BYLINE = re.compile(r"(?<=[.!?\"”])\s*\(\s*(?P<name>[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){1,3})\s*\)\s*$")
_SENTENCE_END = re.compile(r"[.!?][\"”']?\s+[A-Z\"“]")


def trailing_byline(line: str) -> re.Match | None:
    """The "(Name)" closing a paragraph of two or more sentences: the story's writer, not a
    photo caption's credit (a caption is one sentence: "... secara simbolis. (Abdul Alim)")."""
    if not line.rstrip().endswith(")"):
        return None  # the pattern ends with ")" and spaces: no need to try it at every offset
    m = _TRAILING_BYLINE.search(line)
    if m is None or len(_SENTENCE_END.findall(line[:m.start()])) < 1:
        return None
    return m


def is_caption(line: str) -> bool:
    """A photo caption: ends with a photo credit, names where people stand, or is "Role, Name" / "X saat ..."
    without ending a sentence. Never a line holding a quote."""
    words = line.split()
    return _is_caption(" ".join(words), words)


_EMPTY_PARENS = re.compile(r"(?:\s*\(\s*\))+$")


def _is_caption(stripped: str, words: list[str]) -> bool:
    """is_caption of a line with single spaces (`stripped`) and its words. A line that opens with
    a dateline is the story's lead, even when it names where people stand as a caption does
    ("BOGOR - Bupati X (kiri) menyerahkan ...": regional news often reuses the caption's words)."""
    if stripped.endswith("()"):
        stripped = _EMPTY_PARENS.sub("", stripped)
        words = stripped.split()
    if not _caption_shape(stripped, words):
        return False
    from .dates import parse_dateline

    return parse_dateline(stripped, outlets=frozenset()) is None


# An agency's photo credit closing a caption however long it runs: "... (ANTARA FOTO/Nama Fotografer)".
_AGENCY_PHOTO_END = re.compile(r"\([A-Z]{2,}(?:\s+[A-Z]{2,})*\s+FOTO\s*/\s*[^()]{2,60}\)$")
MAX_AGENCY_CAPTION_WORDS = 120


def _caption_shape(stripped: str, words: list[str]) -> bool:
    if stripped.endswith(")") and len(words) <= MAX_AGENCY_CAPTION_WORDS and _AGENCY_PHOTO_END.search(stripped[-80:]) \
            and not any(m in stripped for m in '"“”'):
        return True  # a story's paragraph never closes on the agency's photo credit
    if not words or len(words) > 45 or any(m in stripped for m in '"“”'):
        return False
    if (_CAPTION_END.search(stripped) and trailing_byline(stripped) is None) or _PHOTO_POSITION.search(stripped):
        return True
    if _is_person_caption(stripped):
        return True
    scene = _CAPTION_SCENE.match(stripped)
    if scene and (len(scene.group("who").split()) >= 2 or _INITIALS_AT_WORK.match(stripped)):
        # "Wali Kota X saat meninjau ..." without a full stop; "Nama Pejabat, saat ..." (an appositive) with one
        appositive = scene.group("who").rstrip().endswith(",") and len(words) <= 25
        if (not stripped.endswith((".", "!", "?")) or appositive) and not _SPEECH.search(stripped):
            return True
    return len(words) <= 25 and bool(_GROUP_PHOTO.search(stripped)) and not _SPEECH.search(stripped)


def _is_person_caption(line: str) -> bool:
    """"Kepala Dinsos Provinsi Banten, Nurhana": a role, a comma, a name, nothing more."""
    head, sep, name = line.rpartition(",")
    if not sep or not head:
        return False
    first = head.split()[0].lower().strip(".")
    name_words = name.split()
    return (first in _PERSON_CAPTION_ROLES and 1 <= len(name_words) <= 3
            and not any(w.lower().strip(".") in _PERSON_CAPTION_ROLES for w in name_words)
            and len(head.split()) >= 2 and len(line.split()) <= 10
            and all(w[:1].isupper() for w in name_words) and not line.rstrip().endswith((".", ":", "?", "!"))
            and ":" not in head  # "Kadinsos X: Setelah Sembako, Apa Lagi?": a headline quoting the office
            # "Bupati Datang ke Dinas, Pegawai Diperiksa, Hasil Masih Ditunggu": clauses of a headline; after two
            # commas a caption writes only a degree ("Kepala Dinsos, Rina Marlina, M.Si")
            and ("," not in head or len(name_words) == 1))


def _is_label(line: str, n_words: int) -> bool:
    m = _LABEL.match(line)
    return bool(m) and (bool(m.group("colon")) or n_words <= 3)


_SHARE_TOKEN = re.compile(r"[\w-]+")


def _is_share_row(line: str) -> bool:
    """One to twelve words, all share buttons; read word by word, so a story line stops at its
    first word."""
    count = 0
    for m in _SHARE_TOKEN.finditer(line.lower()):
        count += 1
        if count > 12 or m.group() not in _SHARE_WORDS:
            return False
    return count > 0


# Section names of news sites' menus.
_SECTIONS = frozenset(
    "news berita nasional daerah regional internasional dunia ekonomi ekbis bisnis keuangan politik hukum hukrim "
    "kriminal peristiwa pemerintahan olahraga sport sports otomotif tekno teknologi sains hiburan seleb selebriti "
    "lifestyle gaya hidup kesehatan health pendidikan edukasi opini kolom wisata travel pelesir kuliner sosok halal "
    "metro megapolitan nusantara video foto galeri indeks kanal infografis tv live lainnya home beranda "
    "religi islami budaya khazanah sosial parlemen advertorial rilis viral trending".split())
# A government portal's menu words ("Beranda Profil Layanan PPID Pengaduan Kontak"): section names only on a row
# that holds its home link too (a story's subheading "Layanan Informasi Publik Dinas Sosial" stays story).
_PORTAL_SECTIONS = frozenset("profil layanan kontak ppid pengaduan pengumuman agenda unduhan download galeri visi misi "
                             "sejarah struktur organisasi regulasi transparansi informasi publik".split())


_NAV_BAR_PUNCT = re.compile(r"[.,:;!?\"“”()]")


_GLUED_LINKS = re.compile(r"[a-z][A-Z][a-z]")


def _is_nav_bar(line: str, words: list[str]) -> bool:
    """"News Ekbis Sosok Halal Olahraga Nasional": a row of section names, no sentence."""
    if len(words) < 4 or _NAV_BAR_PUNCT.search(line):
        return False
    if len(_GLUED_LINKS.findall(line)) >= 3 and not line.endswith((".", "!", "?")):
        return True  # "Tentang KamiPedoman Media SiberKetentuan ...": a footer's links copied without their gaps
    lower = [w.lower() for w in words]
    portal = _PORTAL_SECTIONS if "beranda" in lower or "home" in lower else frozenset()
    return sum(1 for w in lower if w in _SECTIONS or w in portal) / len(words) >= 0.6


# --- The story lines of any text (importers of Markdown, HTML, feeds; the extractor) --------------


ARTICLE_CREDITS = ("author", "editor", "translator")  # the credits an archive article has fields for


@dataclass
class Cleaned:
    text: str
    credits: dict[str, str] = field(default_factory=dict)  # author, editor, translator, photographer, ...
    dropped: list[str] = field(default_factory=list)

    def article_credits(self) -> dict[str, str]:
        return {k: v for k, v in self.credits.items() if k in ARTICLE_CREDITS}


def clean_story(text: str) -> Cleaned:
    """The story lines kept in order; credit lines parsed into `credits`; furniture lines dropped."""
    kept: list[str] = []
    credits: dict[str, str] = {}
    dropped: list[str] = []
    waiting: list[str] = []  # fields of a label whose value is the next line
    for line in text.split("\n"):
        stripped = line.strip()
        if waiting and stripped:
            if len(stripped.split()) <= 5 and not furniture_kind(stripped):
                for key in waiting:
                    credits.setdefault(key, stripped)
                dropped.append(stripped)
                waiting = []
                continue
            waiting = []
        if stripped and (label := _credit_label_only(stripped)):
            waiting = label
            dropped.append(stripped)
            continue
        credit = credit_of(stripped) if stripped else None
        if credit is not None:
            for key, value in credit.items():
                credits.setdefault(key, value)
            dropped.append(stripped)
            continue
        if stripped and furniture_kind(stripped):
            dropped.append(stripped)
            continue
        kept.append(line.rstrip())
    return Cleaned(_tidy("\n".join(kept)), credits, dropped)


def _tidy(text: str) -> str:
    """No trailing spaces, at most one blank line between paragraphs, none at either end."""
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")
