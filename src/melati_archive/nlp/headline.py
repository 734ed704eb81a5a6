"""A page's headline: which line above the story is the headline a page shows (Title Case or upper
case, nearest the story; a sentence-case line only right above it), and the headline without the site's
name a page title glues to it. nlp/page.py reads the page around it. Pure functions, strings in.
"""
from __future__ import annotations

import re

from .dates import HIJRI_DATE, WEEKDAYS, find_full_dates, month_number, page_outlets
from .furniture import _SMALL, ends_with_photo_credit
from .speechverbs import CUE_VERBS, MEN_VERBS

SENTENCE_END = (".", "!", "?", '"', "”", "’", "'")
# (a name starts where its run of letters, digits and hyphens starts: from every letter of a long run without a
# dot, a search would read the run again)
WEB_ADDRESS = re.compile(r"(?i)(?<![\w-])[\w-]+\.(?:com|co\.id|id|net|org|co|news|info|online)\b")
HEAD_LINES = 15  # a headline stands at most this many lines above the story


def is_title_case(line: str) -> bool:
    """Three in four of a line's words (small words aside) open with a capital."""
    raw = line.split()
    # once the words opening small pass a quarter of all the line's words, no count of the rest
    # can make it Title Case: a paragraph is answered after a few of its words, not all of them
    limit = len(raw) / 4
    upper = lower = 0
    for w in raw:
        w = w.strip("*_\"'“”‘’()[]:,.!?")
        if not w or not w[0].isalpha() or w.lower() in _SMALL:
            continue
        if w[0].isupper():
            upper += 1
        else:
            lower += 1
            if lower > limit:
                return False
    return upper + lower > 0 and upper / (upper + lower) >= 0.75


# A bare label over a list of links to other items ("Baca juga :", "👉 BACA JUGA", "Berita Terkait"), alone on its line.
BARE_LINK_LABEL = re.compile(r"(?i)^\W*(?:baca\s+(?:juga|pula|lainnya)|berita\s+(?:terkait|lainnya)|artikel\s+(?:terkait|lainnya))"
                             r"\s*:?\s*$")


def listed_headline(line: str) -> bool:
    """Another item's headline in a list of links (under a bare "Baca juga :" label): Title Case, twenty
    words at most, no full stop at its end."""
    return len(line.split()) <= 20 and not line.endswith(".") and is_title_case(line)


def headline_shape(line: str, fewest_words: int = 3) -> bool:
    """A line that can be a headline: a few words, one sentence at most, no list of tags or byline."""
    words = line.split()
    if not fewest_words <= len(words) <= 30 or len(line) > 220 or len(line) < 12:
        return False
    if line[:1] in "-–—•>":
        return False
    if line[:1] in "\"“”'‘’" and (len(words) > 20 or line.endswith(SENTENCE_END) or not is_title_case(line)):
        return False  # a headline may open with a quote ("'Kami Siap Bantu,' Kata Bupati"); story speech ends a sentence
    if line.endswith((",", ";", ":", "-", "–", "—", "|")) or "<" in line or "-->" in line:
        return False
    if quote_end_piece(line):
        return False  # 'Selain alat tangkap, kami akan menyalurkan jaring."': a quote's end set apart, no headline
    if _SPEECH_TAIL.search(line) or _REPORT_CREDIT.match(line) or _DATELINE_OUTLET.match(line):
        return False  # speech without its marks; "Laporan Nama | Tempat"; "Kota, Situs.com – ..." (the story's first line)
    if words[-1].lower() in _NEVER_LAST:
        return False  # "... dalam sambutannya menyampaikan bahwa": a paragraph's piece, cut where the line wrapped
    if re.search(r"[.!?]\s+[A-Z]", _ABBREVIATED.sub("", line)) and not (
            re.search(r"[!?]\s+[A-Z]", line) and is_title_case(line) and not re.search(r"\.\s+[A-Z]", _ABBREVIATED.sub("", line))) \
            and not _two_clause_headline(line):
        return False  # two sentences; "Kapan Bansos Cair? Ini Jadwalnya" is one Title Case headline
    if line.endswith(".") and not is_title_case(line):
        return False
    if len(words) >= 18 and line.endswith(".") and sum(1 for w in words if w.isalpha() and w.islower()) >= 3:
        return False  # "Situs-Rapat Koordinasi ... tahun 2027, dipimpin Camat ..., Senin (7/12/2026).": a lead
    if _is_tag_list(line) or _BYLINE_START.match(line) or _labelled_date(line) or _time_stamp(line) or _days_only(line):
        return False
    if HIJRI_DATE.search(line) and not HIJRI_DATE.sub("", line).strip(" ,/|-–—"):
        return False  # "26 Jumadil Akhir 1448 H": a date of the Islamic calendar alone
    return True


def quote_end_piece(line: str) -> bool:
    """A line closed by a quotation mark that opens none of its own: a quote's end a page sets apart over the story
    (a pull quote), no headline and no line between the headline and the story."""
    return line.endswith(('"', "”")) and (line.count('"') + line.count("“") + line.count("”")) % 2 == 1


def _two_clause_headline(line: str) -> bool:
    """"Listrik Padam Disambar Petir. PLN Turunkan Tim Perbaikan": a Title Case headline of two clauses, one full
    stop between them and none at its end, each clause three words or more."""
    if line.rstrip().endswith(SENTENCE_END) or not is_title_case(line) or re.search(r"[()\[\]!?:/]", line):
        return False  # a caption's credit ("Nama, Pr. ( dok. Koran X )", ". Foto: Nama/Situs"), another sentence's mark
    parts = re.split(r"(?<=[a-z]{4})\.\s+(?=[A-Z])", line)  # "Petir. PLN": a word's end, no short form ("dok.", "Pr.")
    return len(parts) == 2 and all(len(part.split()) >= 3 and is_title_case(part) for part in parts)


# The full stop of a title or an office's short form before a name ends no sentence: "Pjs. Wali Kota: ...",
# "Plt. Kadinsos Tinjau Posko", "Dr. H. Rahmat Hadiri ...".
# A headline in Title Case may write a title in capitals ("Bupati X DR. H. Nama Resmikan ...").
_ABBREVIATED = re.compile(r"(?<![A-Za-z])(?:Pjs|Plt|Pj|Dr|Drs|Dra|Hj|H|Ir|Prof|Kab|Kec|Kel|Jl|Sdr|Ny|Tn|Kh|KH|DR|DRS|DRA|IR|PROF|HJ)"
                          r"\.(?=\s+[A-Z])")


_RANGE_WORDS = frozenset("s.d. s.d s/d sd sampai dengan hingga dan - – — to until".split())


def _days_only(line: str) -> bool:
    """"7-9 Desember 2026", "Senin, 7 s.d. 9 Desember 2026": days and months only, no headline."""
    words = re.split(r"[\s,]+|(?<=\d)[-–—](?=\d)", line.strip())
    return any(month_number(w) is not None for w in words) and all(
        not w or w.isdigit() or month_number(w.strip(".")) is not None or w.lower() in _RANGE_WORDS
        or w.lower().strip(".,") in WEEKDAYS for w in words)


_CLOCK = re.compile(r"\b\d{1,2}[.:]\d{2}\b")


def _time_stamp(line: str) -> bool:
    """"7 Desember pukul 10.15 ·", "Kemarin, 14:30": a post's time stamp without its year, no headline."""
    words = line.replace(",", " ").split()
    return len(words) <= 6 and bool(_CLOCK.search(line)) and any(
        month_number(w) is not None or w.lower() in ("kemarin", "pukul", "pkl", "pkl.", "lalu") for w in words)


_LABEL_COLON = re.compile(r"^[^:\n]{2,30}:\s*")


def _labelled_date(line: str) -> bool:
    """"Tanggal Kegiatan: 5 Desember 2026", "Hari/Tanggal: Kamis, 14 Maret 2024": a label and a full date,
    no headline ("Bansos Tahap 4: 12 Desember Cair" is one)."""
    m = _LABEL_COLON.match(line)
    if m is None:
        return False
    rest = line[m.end():]
    found = find_full_dates(rest[:60])
    # "Catat Tanggalnya: 15 Desember 2026 Pencairan BLT Tahap Akhir" goes on after its date: a headline
    return bool(found) and found[0].start <= 12 and len(rest[found[0].end:].split()) <= 2


_BYLINE_START = re.compile(r"(?i)^(?:penulis|pewarta|reporter|editor|redaktur|oleh|by|laporan\s+(?:wartawan|reporter|koresponden)|"
                           r"(?:ditulis|diunggah|diposting|dikirim|posted|written)\s+(?:oleh|by))\b")


def _is_tag_list(line: str) -> bool:
    parts = [p.strip(" .") for p in line.split(",")]
    return len(parts) >= 3 and all(1 <= len(p.split()) <= 2 for p in parts)


_TAGLINE = re.compile(r"^(?P<site>[A-Za-z][\w.]*(?: [A-Za-z][\w.]*)?)\s+[-–—|:]\s+\S")


def _site_tagline(line: str, outlets: frozenset[str]) -> bool:
    """"Kabarku - Kabar Sukamekar Hari Ini" where the page names the outlet kabarku(.com): the site's name and
    its tagline over every page, not the headline."""
    m = _TAGLINE.match(line)
    return bool(m) and re.sub(r"[^a-z0-9]", "", m.group("site").lower().split(".")[0]) in outlets


def _story_copy(line: str, story: list[str]) -> bool:
    """A long line the story's opening lines repeat word for word inside a paragraph: the page's summary of
    its lead (a dek), not the headline, which says it shorter and in its own words. A line of the story
    that opens with the line and adds a word or two is a photo's caption repeating the headline ("Judul FOTOGRAFER")."""
    words = line.split()
    if len(words) < 12:
        return False
    copy = " ".join(words).rstrip(".")
    for own in story:
        own = " ".join(own.split())
        if copy in own and not (own.startswith(copy) and len(words) < len(own.split()) <= len(words) + 3):
            return True
    return False


def _names_a_person(line: str, below: str) -> bool:
    """"Kepala Dinas Sosial Kabupaten X Nama Orang", or a name alone, over a caption or a story that names the
    same person (`below`): a photo's title saying who it shows. A headline says what happened ("Bupati X Resmikan
    Jembatan Baru" holds no name the story repeats after its office)."""
    words = line.strip().rstrip(".").split()
    if not 2 <= len(words) <= 16 or any(w[:1].islower() and w not in ("dan", "serta") for w in words):
        return False
    from .names import plausible_name
    from .roles import office_word
    from .rolesplit import split_role_name

    whole = " ".join(words)
    split = split_role_name(whole) if office_word(words[0]) else None
    if split is not None:
        name = split[1].split()
    elif len(words) <= 4 and plausible_name(whole):
        name = words
    else:
        return False
    # the story names the person as a person: after a comma or a cue, or before a comma ("..., Rahmat Hidayat.",
    # "Menurut Bambang Sutejo, ..."); the name or its last two or more words ("Sukamekar Bambang Sutejo": the
    # office's place read into it). "(Rakor Posyandu) tingkat ..." names a meeting.
    if len(name) == 1 and split is not None:
        # one name word after an office ("Kepsek SMAN 3 Cibening Yantomo"): only an appositive or a speech
        # verb makes it a person ("Kepala SMAN 3, Yantomo, mengatakan"), never a word the story merely repeats
        n = re.escape(name[0].rstrip(","))
        return bool(re.search(r",\s*" + n + r"\s*,|\b" + n + r"\s+(?:" + _PERSON_NEXT + r")\b", below))
    return len(name) <= 4 and any(_named_as_person(" ".join(name[k:])).search(below) for k in range(len(name) - 1))


def _named_as_person(name: str) -> re.Pattern:
    n = re.escape(name)
    return re.compile(r"(?:,\s*|\b(?i:menurut|kata|ujar|ucap|tutur|jelas|oleh|bersama|dengan)\s+)" + n + r"\b"
                      r"|\b" + n + r"(?:\s*,|\s+(?:" + _PERSON_NEXT + r")\b)")


# What follows a person's name in a story or a caption ("Riza Setiawati mengungkapkan", "Nama saat meninjau").
_PERSON_NEXT = "|".join(("saat ketika sedang tengah usai seusai didampingi mengonfirmasi".split()
                         + sorted(MEN_VERBS, key=len, reverse=True)))


def headline_of(lines: list[str], kinds: list[str | None], lead: int) -> tuple[str | None, int | None]:
    """The headline: in Title Case or upper case, the line nearest above the story (a line the page
    repeats, as headline and image title, wins); in sentence case only directly above the story and
    never a pull quote the story repeats."""
    start = max(0, lead - HEAD_LINES)
    page_text = "\n".join(lines)
    outlets = page_outlets(page_text)
    story = lines[lead:lead + 3]
    found = [(i, clean_headline(lines[i], page_text)) for i in range(start, lead)
             if kinds[i] is None and headline_shape(clean_headline(lines[i], page_text)) and not office_name(lines[i])
             and not _site_tagline(lines[i], outlets) and not _names_a_person(lines[i], "\n".join(lines[i + 1:]))
             and not _story_copy(lines[i], story) and not dated_caption(lines[i]) and not date_fragment(lines[i])
             and not caption_sentence(lines[i]) and not _CREDITED_CAPTION_END.search(lines[i][-40:])]
    texts = [t for _, t in found]
    # "Judul Berita" and "Judul Berita Perbesar" (the image's title with its zoom button): the shorter one.
    found = [(i, t) for i, t in found if not any(o != t and t.startswith(o + " ") and len(t.split()) - len(o.split()) <= 2
                                                 for o in texts)]
    if not found:
        # a two-word headline ("Rapat Koordinasi") only right above the story's dateline
        above = lead - 1
        if lead > 0 and kinds[above] is None and kinds[lead] == "dateline" and headline_shape(lines[above], 2) \
                and is_title_case(lines[above]) and not any(k is None for k in kinds[:above]) \
                and not _site_tagline(lines[above], outlets) and not _names_a_person(lines[above], "\n".join(lines[lead:])):
            return lines[above], above
        return None, None
    # the head of the page (above the story): a headline repeats there as the page's title and the image's;
    # a site's name repeats in its footer and the story, which say nothing of the headline
    whole = "\n".join(lines[:lead])
    titled = [(i, t) for i, t in found if is_title_case(t) or t.isupper()]
    if titled:
        repeated = [(i, t) for i, t in titled if _written_twice(t, whole) or sum(1 for _, o in found if o == t) >= 2]
        repeated = _captions_set_twice(repeated, titled, kinds) or repeated
        i, t = (repeated or titled)[-1]
        if not repeated and i + 1 < lead and ends_with_photo_credit(lines[i + 1]):
            # a photo's title over its credited caption, under the page's date line: the headline stands above
            earlier = [(k, o) for k, o in titled if k < i and any(kinds[m] in ("date", "byline", "credit")
                                                                  for m in range(k + 1, i))]
            if not earlier and _writer_name(t):
                # "Judul" / "Nama Penulis" / a credited caption: the writer's name alone under the headline
                earlier = [(k, o) for k, o in titled if k == i - 1 and len(o.split()) >= len(t.split()) + 2]
            if earlier:
                i, t = earlier[-1]
        if not repeated:
            i, t = _over_the_credits(titled, kinds, i, t)
            i, t = _over_a_deck(titled, kinds, i, t)
        upper = [(k, o) for k, o in titled if k == i - 2]
        if not repeated and upper and kinds[i - 1] in ("date", "relative") and not is_photo_caption(upper[0][1]) and (
                (is_photo_caption(t) and not _site_name_shape(upper[0][1])) or _caption_styled(t, upper[0][1])):
            return upper[0][1], upper[0][0]  # headline / its date line / a Title Case photo caption
        right_above = [(k, o) for k, o in titled if k == i - 1]
        if not repeated and right_above and _caption_styled(t, right_above[0][1]):
            return right_above[0][1], right_above[0][0]  # headline / a caption in another style, no date between
        return _with_first_half(lines, kinds, i, t)
    i, t = found[-1]
    between = [k for k in range(i + 1, lead) if kinds[k] not in ("date", "byline", "caption", "credit", "ui", "ad",
                                                                  "share", "dateline", "source", "relative")
               and not quote_end_piece(lines[k])]
    if i + 1 < lead and kinds[i + 1] == "date" and len(between) <= 2 and all(
            lines[k].endswith(".") and len(lines[k].split()) <= 40 for k in between):
        between = []  # "headline" / its date line / a photo's caption without a credit ("Petugas menata beras ...")
    story = " ".join(lines[lead:])
    if between or t.endswith(".") or t.rstrip(".").lower() in story.lower():
        return None, None
    return t, i


# A photo's caption saying who and when: "Gubernur X H Nama, SE., MM, Rabu (3/11/2021)". A headline writes
# no weekday with its date in figures in parentheses; a story's sentence does, and a caption copies it.
_DATED_CAPTION_END = re.compile(r"(?i),?\s*(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\s*"
                                r"\(\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\s*\)\.?$")


def dated_caption(line: str) -> bool:
    """A line closed by a weekday and its date in figures in parentheses: a caption or a lead's piece, no
    headline."""
    return line.rstrip().rstrip(".").endswith(")") and bool(_DATED_CAPTION_END.search(line[-40:]))


# A date stamp cut short between bars: "| 19 Maret WIB |", "19 Maret 2021, 10:15 WIB" (a year-less day the date
# readers leave alone).
_DATE_FRAGMENT = re.compile(r"(?i)^[|\s]*\d{1,2}\s+(?P<month>[a-z]{3,9})\.?(?:\s+\d{4})?\s*,?\s*(?:\d{1,2}[.:]\d{2})?\s*"
                            r"(?:wib|wita|wit)?[|\s]*$")


def date_fragment(line: str) -> bool:
    """A line holding only a day and its month (a year, a time, a zone at most): a date stamp, no headline."""
    m = _DATE_FRAGMENT.match(line) if len(line) <= 40 else None
    return m is not None and month_number(m.group("month")) is not None


# A caption closed by its photographer's name in parentheses after the full stop: "Kepala Seksi X, Nama. (Lisdya)".
_CREDITED_CAPTION_END = re.compile(r"\.\s*\([A-Z][a-z]+(?:\s[A-Z][a-z]+)?\)\s*$")


def caption_sentence(line: str) -> bool:
    """"Foto bersama dengan Kepala Dinas ...", "Tampak warga antre ...": a photo's caption written as a sentence,
    opening on a word of the picture or the scene and going on in lower case; a headline capitalizes its words."""
    words = line.split()
    return len(words) >= 4 and words[0].lower() in _CAPTION_OPENERS | {"foto"} and words[1][:1].islower()


def _writer_name(line: str) -> bool:
    """A person's name alone, two to four capitalized words ("Dewi Anggraini Putri"): a byline line."""
    from .names import plausible_name

    words = line.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words) and plausible_name(line)


def _captions_set_twice(repeated: list[tuple[int, str]], titled: list[tuple[int, str]],
                        kinds: list[str | None]) -> list[tuple[int, str]]:
    """"Headline" / "Penulis : X" / its date line / "Nama Jabatan, Meninjau ..." twice (the image's title and its
    caption): a caption set twice under the post's credits is no headline; the Title Case line over the credits is."""
    if not repeated or not all(is_photo_caption(t) for _, t in repeated):
        return []
    first = repeated[0][0]
    return [(k, o) for k, o in titled if k < first and not is_photo_caption(o)
            and any(kinds[m] in ("date", "credit", "byline") for m in range(k + 1, first))][-1:]


def _over_the_credits(titled: list[tuple[int, str]], kinds: list[str | None], i: int, t: str) -> tuple[int, str]:
    """"Judul" / "Reporter : Nama" / "Lomba Agustusan di Sekolah" / story: a Title Case line under the post's
    credits (and its date line, its summary, a photo's credit) is the photo's title or caption, or a subtitle,
    when a headline stands right over them."""
    for k, o in reversed(titled):
        between = kinds[k + 1:i]
        # a labelled credit ("Reporter : X"); a byline may be the photo's ("photo Nama - Situs") over its title
        if k < i and between and all(kind in ("date", "credit", "relative", "dek", "caption") for kind in between) \
                and "credit" in between:
            return k, o
    return i, t


def _lower_words(line: str) -> int:
    """How many of a line's words, small words aside, open in lower case."""
    return sum(1 for w in line.split() if w[:1].islower() and w.isalpha() and w not in _SMALL)


def _over_a_deck(titled: list[tuple[int, str]], kinds: list[str | None], i: int, t: str) -> tuple[int, str]:
    """"Judul Berita" / "Kejadian maut yang menewaskan Nama (24) di Dinas Kesehatan X" / "Editor: Nama": a summary
    under the headline, over the credits, reads as Title Case for all its names; it writes some of its own words
    in lower case, and is longer than the headline right above it, which writes none so."""
    above = [(k, o) for k, o in titled if k == i - 1]
    if not above or _lower_words(t) == 0:
        return i, t
    k, o = above[0]
    if _lower_words(o) == 0 and len(o.split()) >= 3 and len(t.split()) > len(o.split()) \
            and any(kind in ("credit", "byline", "date") for kind in kinds[i + 1:i + 3]):
        return k, o
    return i, t


def _written_twice(title: str, head: str) -> bool:
    """The title twice in the page's head, each time ending where a line's text ends or the site's name
    follows ("Judul | Situs"): a breadcrumb's short title ("Bupati Resmikan Jembatan") is no repeat of the
    headline that goes on from it ("Bupati Resmikan Jembatan Dusun Senilai Rp 5 M")."""
    return len(re.findall(re.escape(title) + r"(?![ \t]*[\w(])", head)) >= 2


# A caption writes what a photo shows with a verb's me- form ("Bupati X Meninjau Rumah Warga ..."); a
# headline drops the prefix ("Bupati Tinjau Rumah Warga"). Words of that shape that are no verbs:
_ME_VERB = re.compile(r"^Me(?:m|n|ng|ny)[a-z]{4,}$")
_ME_NOUNS = frozenset("menteri mendagri menkes mensos menko menpora menlu menkeu menhan menag menpan mentawai menado "
                      "mempawah menggala menara mengenai menurut menjelang menuju mengapa menyusul".split())


# Words a caption opens with when it names a scene, not an act: "Suasana Pengantaran Makanan di ...".
_CAPTION_OPENERS = frozenset("suasana tampak terlihat potret momen".split())


def is_photo_caption(line: str) -> bool:
    """A Title Case line of six or more words with a me- verb, or opening on a scene's word ("Suasana",
    "Tampak"): what a photo shows, not a headline."""
    words = line.split()
    return len(words) >= 6 and (words[0].lower() in _CAPTION_OPENERS
                                or any(_ME_VERB.match(w) and w.lower() not in _ME_NOUNS for w in words))


# Small words a caption typed in full Title Case capitalizes ("Penyerahan Bantuan Kepada Lansia Di Cibening").
_SMALL_CAPITALIZED = frozenset("Di Ke Dari Kepada Untuk Bagi Dan Dengan Pada Oleh Yang Serta".split())
_SMALL_LOWER = frozenset("di ke dari kepada untuk bagi dan dengan pada oleh yang serta".split())
# Small words a headline's clause has and an office's or site's name has not ("Dinsos Bagikan Terpal untuk ...").
_HEADLINE_SMALL = frozenset("untuk kepada bagi ke".split())


def _caption_styled(line: str, headline: str) -> bool:
    """A photo caption without a verb under the headline's date line: a noun phrase of six or more words
    opening with a noun of -an ("Penyerahan", "Kunjungan") and typed with every small word capitalized,
    while the headline above writes its small words in lower case (or all in capitals): two lines in two styles are not one
    page's headline twice. A tagline over a header clock ("Sukamekar Bangkit Sukamekar Sejahtera") has no
    small word to tell it by, and keeps the line below as the headline."""
    words = line.split()
    if _site_name_shape(headline) and not any(w.lower() in _HEADLINE_SMALL for w in headline.split()):
        return False  # "Portal Resmi Pemerintah Kabupaten X" above: a site's header, the line below its headline
    return (len(words) >= 6 and len(words[0]) >= 6 and words[0].endswith("an") and words[0][:1].isupper()
            and all(w[:1].isupper() or w[:1].isdigit() for w in words)
            and any(w in _SMALL_CAPITALIZED for w in words[1:])
            and any(w in _SMALL_LOWER or (headline.isupper() and w.lower() in _SMALL_LOWER) for w in headline.split()))


# Words a headline's first line does not end on when the headline goes on below: "... Makanan untuk" / "300 Lansia".
_HANGING = frozenset("untuk di ke dari dan yang bagi dengan pada atau oleh serta sebagai kepada tentang terhadap "
                     "hingga sampai karena agar soal jadi".split())


def _with_first_half(lines: list[str], kinds: list[str | None], i: int, t: str) -> tuple[str, int]:
    """The headline with its first half when the page wrapped it over two lines ("Dinsos Antar Makanan
    untuk" / "300 Lansia yang Tinggal Sendiri"): the line above ends on a word a headline cannot end on."""
    if i == 0 or kinds[i - 1] is not None:
        return t, i
    above = lines[i - 1]
    words = above.split()
    # "DINSOS ANTAR MAKANAN" / "UNTUK 300 LANSIA": the second line opens on a word no headline opens with
    opens_hanging = t.split()[0].lower() in _HANGING and len(words) >= 2 and above.isupper() == t.isupper() \
        and not (len(words) <= 3 and words[0].lower() in _RUBRIC_HEADS)  # "Berita Kriminal" / "Di Kota Ini ...": a rubric
    verb_left_open = len(words) >= 4 and _object_wrapped(words[-1], t)
    if not opens_hanging and not verb_left_open and (len(words) < 4 or words[-1].lower() not in _HANGING):
        return t, i  # "Bersih dan" over a headline is a tagline's piece: a wrapped headline's first half is longer
    joined = f"{above} {t}"
    if (is_title_case(joined) or joined.isupper()) and headline_shape(joined) and not office_name(above) \
            and (opens_hanging or not _site_name_shape(above)):
        return joined, i - 1
    return t, i


def _object_wrapped(last: str, below: str) -> bool:
    """"Warga Cibening Gotong Royong Membangun" / "Jembatan Bambu di Dusun Tiga": the first line ends on a me- verb
    and the line below is a noun phrase with no verb of its own (no me-, ber- or di- word, no headline verb): the
    verb's object, wrapped. A headline's Title Case second line (a dek) says something of its own with a verb."""
    if not _ME_VERB.match(last) or last.lower() in _ME_NOUNS or below[:1].islower():
        return False
    return not any(_ME_VERB.match(w) or re.match(r"^(?:Ber|Di)[a-z]{4,}$", w) or w in _HEADLINE_VERBS
                   for w in below.split())


_OFFICE_WORDS = frozenset("dinas sosial kabupaten kota provinsi pemerintah kementerian republik indonesia ri badan balai "
                          "sentra resmi portal website situs humas biro sekretariat bagian dprd dprd kecamatan desa "
                          "kelurahan kab. kab prov. pemkab pemkot pemprov kemensos dinsos hubungan masyarakat dan "
                          "daerah pusat unit pelaksana teknis upt rehabilitasi perlindungan jaminan pemberdayaan "
                          "komunikasi informatika informasi statistik persandian official".split())
_PLACE_PREFIXES = frozenset("kabupaten kota provinsi kecamatan desa kelurahan kab. kab prov. pemkab pemkot pemprov".split())


def office_name(line: str) -> bool:
    """"Dinas Sosial Kabupaten Sukamekar", "Kementerian Sosial RI": an office's name alone (a site's
    header, a post's author), never a headline: office words, and the place a prefix such as
    "Kabupaten" names."""
    words = line.split()
    if not 2 <= len(words) <= 12:
        return False
    place_words = 0  # words of a place name still allowed: two after "Kabupaten", "Kota" ...
    for w in words:
        low = w.lower().strip(",")
        if low in _OFFICE_WORDS:
            place_words = 2 if low in _PLACE_PREFIXES else 0
            continue
        if place_words and w[:1].isupper() and w.isalpha():
            place_words -= 1  # the place's name ("Kabupaten Sukamekar", "Kota Tanjung Pinang")
            continue
        return False
    return True


def _site_name_shape(line: str) -> bool:
    """"Portal Resmi Pemerintah Kabupaten Sukamekar": an office's name (a site's header), no headline:
    it opens with an office's word and has no number, no lower-case word and no headline verb."""
    words = line.split()
    return words[0].lower() in _SITE_WORDS and not any(
        w[:1].isdigit() or w[:1].islower() or w in _HEADLINE_VERBS for w in words)


_EMPTY_SITE = re.compile(r"(?:\s*\|\s*#?)+\s*$")


def clean_headline(line: str, page_text: str = "") -> str:
    """The headline without the site's name a page title glues to it ("Judul | Pemkot Bogor",
    "Judul - Kementerian Sosial RI")."""
    line = _TITLE_LABEL.sub("", _PAGER_SUFFIX.sub("", " ".join(line.split())))
    if line.endswith(("|", "#")):
        line = _EMPTY_SITE.sub("", line)  # "Judul |", "Judul | # |": a site's name the copy lost or left empty
    m = _SITE_SUFFIX.match(line)
    if m is None:
        return line
    head, sep, site = m.group("head"), m.group("sep"), m.group("site")
    words = site.split()
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL for w in words) or not headline_shape(head):
        return line
    # A dash also joins two halves of one headline ("Banjir Surut - Warga Kembali ke Rumah"): only a
    # name the page writes again elsewhere, or a web address, is the site's; after a bar, a name that
    # opens with an office's word is too.
    # ... but not a place the page writes as one ("Desa Sidomukti - Trimulyo" / "... Desa Trimulyo"): a headline
    # naming two villages, a road's two ends
    elsewhere = page_text.count(site) >= 2 and not (sep != "|" and re.search(_AS_PLACE + re.escape(site) + r"\b",
                                                                              page_text))
    office = words[0].lower() in _SITE_WORDS and not any(w in _HEADLINE_VERBS for w in words)
    # After a bar one word alone ("Judul | Situsku") is a site's name too: a headline's second half has more.
    lone = len(words) == 1 and words[0] not in _HEADLINE_VERBS and words[0].isalpha()
    if elsewhere or WEB_ADDRESS.search(site) or (sep == "|" and (office or lone)):
        return head
    return line


# Speech closed by its cue without quote marks: "..., ucapnya" (a pull quote the page sets over the story).
_SPEECH_TAIL = re.compile(r"(?i),\s*(?:" + "|".join(sorted(CUE_VERBS, key=len, reverse=True)) + r")nya\.?$")
# A regional paper's report credit: "Laporan Nama I Tempat" (a bar typed as I), "Laporan A, B, dan C".
_REPORT_CREDIT = re.compile(r"^Laporan\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
                            r"(?:\s+[|I]\s+[A-Z].*|(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})*,?\s+dan\s+[A-Z].*)$")
# The story's first line: a place, the outlet's web address and a dash ("Cibening, Kabarku.com – Pemerintah ...").
_DATELINE_OUTLET = re.compile(r"^[A-Z][\w.'’ -]{1,40},\s*[\w-]+(?:\.[\w-]+)*\.(?:com|id|co|net|org|news)\s*[-–—]\s")
# A rubric's first word over the headline ("Berita Kriminal", "Info Daerah", "Kanal Nasional").
_RUBRIC_HEADS = frozenset("berita kabar info rubrik kanal kategori".split())
# Words no headline ends on (a headline may end on "sampai", "jadi" or "soal": "Bantuan Belum Sampai").
_NEVER_LAST = frozenset("bahwa yang dan atau serta untuk di ke dari dengan pada oleh kepada terhadap karena agar bagi "
                        "sebagai tentang".split())
# A place's word before a name ("Desa Trimulyo", "Kecamatan Cibening"): the name is a place's, no site's.
_AS_PLACE = r"\b(?:Desa|Kelurahan|Kecamatan|Kabupaten|Kota|Dusun|Kampung|Nagari|Gampong|Provinsi)\s+"
# A release form's label before its title: "Judul: ...", "Judul Berita: ...", "Title: ...".
_TITLE_LABEL = re.compile(r"(?i)^(?:judul(?:\s+(?:berita|rilis|artikel))?|title|headline)\s*:\s*(?=\S)")
# A pager glued to the title of a story's later page: "Judul - Halaman 2", "Judul | Page 3", "Judul Halaman all".
_PAGER_SUFFIX = re.compile(r"(?<=\S)\s+(?:[-–—|]\s+)?(?i:halaman|page|hal\.)\s+(?:\d{1,2}|all|semua)$")
# A page title: the headline, a bar or dash, and the site's name (at most six words).
_SITE_SUFFIX = re.compile(r"^(?P<head>.{12,}?)\s+(?P<sep>[|–—-])\s+(?P<site>[^\s|–—-][^|–—]{1,60})$")
_SITE_WORDS = frozenset("pemkot pemkab pemprov pemerintah kementerian kemensos dinas dinsos portal website situs "
                        "humas berita news kabupaten kota provinsi badan balai sentra dprd sekretariat official "
                        "resmi biro".split())
# Title-case verbs that make a "site" half a headline's second clause ("... | Pemkot Gelar Pasar Murah").
_HEADLINE_VERBS = frozenset("Gelar Salurkan Bagikan Buka Tutup Beri Serahkan Resmikan Tinjau Latih Terima Dirikan "
                            "Bantu Tambah Siapkan Minta Ajak Raih Jemput".split())
