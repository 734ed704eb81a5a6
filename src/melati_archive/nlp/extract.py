"""The extractor: one raw press release -> model.Extraction (dateline, people, quotes, acronyms)."""
from __future__ import annotations

import datetime as dt
import re

from ..model import Extraction, Person, PersonMention, Program, Quote
from . import people as P
from . import attribution as A
from . import quotes as Q
from .normalize import DOUBLE_MARKS, Normalized, normalize
from .coref import in_spans
from .cueroles import office_goes_on
from .embeds import signed_paragraphs
from .names import _GIVEN_NAME_HEADS, lowercase_words, name_then  # "Imam": an office, or a given name
from .scan import matches_where_written, word_start_pattern
from .headline import is_title_case
from .page import read_page
from .textrepair import repaired
from .programmentions import match_programs

try:  # written alongside by the dates engineer; the extractor works without them
    from . import dates as _dates
except ImportError:  # pragma: no cover - only while nlp/dates.py does not exist
    _dates = None
try:
    from . import acronyms as _acronyms
except ImportError:  # pragma: no cover
    _acronyms = None

# The name-first form is tried at every capital near a speech verb: its pieces up to a comma,
# "dari" or the verb (all MEN verbs open with "me" or "be") are checked first (names.name_then).
# "Name, di Sekayu, Rabu, mengatakan": where and on which day, between the name and the verb
_WHERE_WHEN = (r"\s*,\s*di\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}\s*,\s*(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)"
               r"(?:\s*\([\d/\-]{1,10}\))?\s*,")
_INDIRECT_SUBJECT = re.compile(
    name_then(r"\s*(?:,|dari|me|be)") + r"(?P<name>" + P.NAME_PATTERN + r")(?:" + _WHERE_WHEN + r"|\s*,\s*(?P<aside>[^,.\"]{2,80}),|\s*,|(?P<org>\s+dari\s+(?:(?:[A-Z][\w\-.]*|of|dan|&)\s+){1,6}))?"
    r"\s*(?:" + Q._MEN + r"|menuturkan)\b|"
    r"\b(?:[Mm]enurut(?:\s+(?:pengakuan|keterangan|penjelasan|kesaksian|cerita))?|[Kk]ata|ujar|tutur|jelas|ungkap)\s+"
    r"(?P<name2>" + P.NAME_PATTERN + r")"
)
# A one-word subject of any meN-/ber- verb ("Nurul berbagi pengalamannya"): a person when the text
# wrote the full name earlier.
_SHORT_SUBJECT = re.compile(r"(?P<name>[A-Z][a-z]{2,})\s+(?:kemudian\s+|juga\s+|pun\s+)?(?:me|ber)[a-z]{3,}\b")
_TITLE_END = re.compile(r"[.!?,;:\"]$|[.!?]\s+[A-Z\"]")  # a sentence, not a headline


def extract(
    text: str,
    *,
    pub_date: dt.date | None = None,
    people: list[Person] | None = None,
    programs: list[Program] | None = None,
) -> Extraction:
    # "â€œ" for “ and the like, as a page copied through the wrong encoding has them: the importers store
    # the repaired text, and a release given here as it came must read the same (clean text: unchanged)
    text = repaired(text)
    page = read_page(text)  # headline and the page's own date: one reading for extractor and importers
    norm = normalize(text)
    body = norm.text
    location, date = None, None
    outlets = _dates.page_outlets(text) if _dates is not None else frozenset()
    dateline = _dateline(body, outlets)
    story = body
    if dateline is not None and dateline.start > 0:
        # Lines before the dateline: the title (the last short line), never story.
        title = _title_before(body[:dateline.start])
        story = " " * dateline.start + body[dateline.start:]
    elif dateline is None:
        title, story_from = _title(body)
        dateline = _dateline(body[story_from:], outlets) if story_from else None
        if dateline is not None:
            dateline.start += story_from
            dateline.end += story_from
        story = " " * story_from + body[story_from:]
    else:
        title = None
    if dateline is not None:
        location, date = dateline.location, dateline.date
        # The dateline's place is not a person: blank it (offsets kept) for people and quotes.
        a, b = dateline.start, dateline.end
        story = story[:a] + " " * (b - a) + story[b:]
    story = _without_headline(_without_tail(story, page.tail), page.headline)
    event_dates: list[tuple[dt.date, dt.date]] = []
    mentions = []
    if _dates is not None and hasattr(_dates, "find_event_dates"):
        try:
            mentions = _dates.find_event_dates(body, date or pub_date)
        except Exception:  # noqa: BLE001 - a date bug must not lose the quotes
            mentions = []
        event_dates = [(m.start_date, m.end_date) for m in mentions]
    # The page's own date (a date line, the dateline); an event date of the story never stands in for it.
    date = page.date or pub_date
    title = page.headline
    # the page reading knows which line opens the story; the first dateline-like line of the text may be
    # a headline ("Jakarta - Bandung Macet ..."), a byline or a site's header (on the real sets both agree
    # wherever both read one)
    location = page.location or location
    token = P.use_places(body)  # place words from the whole item: a title writes "di X" too
    try:
        found = Q.find_quotes(story, signed=signed_paragraphs(norm))
        names = (Q.subject_names(story, found) + _indirect_subjects(story, found) + _sentence_subjects(story, found)
                 + _owners_and_named(story, found) + _passive_speech_agents(story, found) + _delegates(story, found))
        cast = P.find_people(story, registry=people, day=date, extra_names=names)
        A.attribute(story, found, cast)
    finally:
        P.reset_places(token)

    quotes = [_to_quote(norm, q) for q in found]
    acronyms = []
    program_ids: list[str] = []
    if _acronyms is not None:
        try:
            acronyms = _acronyms.find_acronyms(body)
            if programs:
                program_ids = match_programs(body, acronyms, programs)
        except Exception:  # noqa: BLE001
            acronyms, program_ids = [], []
    return Extraction(
        title=title,
        date=date,
        location=location,
        people=cast.to_mentions() + _credited_people(norm.credits, cast),
        quotes=quotes,
        acronyms=acronyms,
        event_dates=event_dates,
        credits=dict(norm.credits),
        programs=program_ids,
    )


def _without_tail(story: str, tail: list[str]) -> str:
    """The story with the page's tail blanked (offsets kept): the headlines of related items and the
    comments after the page's marker line ("Berita Terkait", "Populer", "2 tanggapan untuk ...")
    name no people of this item and hold none of its quotes. The tail starts at the first of its lines
    the text still holds (normalize drops some markers), found where it is last written."""
    for line in tail:
        at = _last_line_at(story, line)
        if at >= 0:
            return story[:at] + re.sub(r"[^\n]", " ", story[at:])
    return story


def _without_headline(story: str, headline: str | None) -> str:
    """The story with the page's headline line blanked (offsets kept) when the text opens with it: a headline
    quoting someone ("\"Kami Siap,\" Kata Bupati") is the page's title, never a quote of the story. Without a
    dateline the title reader may leave it in. Other headlines stay: their names may introduce the story's people."""
    line = re.sub(r"[“”„‟″]", '"', headline or "").strip()
    if '"' not in line or line.endswith(".") or not (is_title_case(line) or line.isupper()):
        return story  # only a Title Case headline that quotes (a first line read as the headline may be story)
    at = story.find(line, 0, 1000 + len(line))
    if at < 0 or story[story.rfind("\n", 0, at) + 1:at].strip() or story[at + len(line):at + len(line) + 1] not in ("", "\n"):
        return story
    return story[:at] + " " * len(line) + story[at + len(line):]


def _last_line_at(text: str, line: str) -> int:
    """Offset of the last line of `text` that is `line` (spaces aside), or -1."""
    line = line.strip()
    at = len(text)
    while line and (at := text.rfind(line, 0, at)) >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at + len(line))
        if not text[start:at].strip() and not text[at + len(line):end if end >= 0 else len(text)].strip():
            return start
    return -1


# The people a page credits ("Penulis: X", "Editor: Y"), with the page's own word for their part.
_CREDIT_ROLES = {"author": "Penulis", "editor": "Editor", "translator": "Penerjemah",
                 "photographer": "Fotografer", "publisher": "Publisher"}


def _credited_people(credits: dict[str, str], cast) -> list[PersonMention]:
    """The writer, editor, translator and photographer a page names, as people of the item (not
    quoted, so attribution never sees them); one already in the story keeps its own entry."""
    out: list[PersonMention] = []
    for key, role in _CREDIT_ROLES.items():
        for written in re.split(r"\s*(?:,|&|/|\bdan\b)\s*", credits.get(key) or ""):
            name = P.clean_name(written)
            if not name or not P.plausible_name(name) or cast.resolve(name, fuzzy=False) is not None:
                continue
            if all(m.name != name for m in out):
                out.append(PersonMention(name=name, role=role))
    return out


def _dateline(text: str, outlets: frozenset[str] = frozenset()):
    if _dates is None or not hasattr(_dates, "parse_dateline"):
        return None
    # Some pages break the dateline over two lines ("SOLO (13\nNovember 2020) -"): join the head
    # (same length, so offsets hold).
    # Try the text as it is first: joined, a title line would run into the dateline's city.
    joined = text[:120].replace("\n", " ") + text[120:]
    for candidate in (text, joined) if joined != text else (text,):
        try:
            found = _dates.parse_dateline(candidate, outlets)
        except Exception:  # noqa: BLE001
            found = None
        if found is not None:
            return found
    return None


def _title_before(head: str) -> str | None:
    lines = [ln.strip() for ln in head.split("\n") if ln.strip()]
    if not lines:
        return None
    line = lines[-1]
    if len(line) > 200 or _TITLE_END.search(line) or len(line.split()) < 2:
        return None
    return line


def _title(body: str) -> tuple[str | None, int]:
    """A short first line without final punctuation, followed by the story, is the title."""
    first, sep, rest = body.partition("\n")
    if not sep or not rest.strip():
        return None, 0
    line = first.strip()
    if len(line) > 200 or _TITLE_END.search(line) or len(line.split()) < 2 or len(line.split()) > 25:
        return None, 0
    if _dateline(line) is not None or '"' in line[:1]:
        return None, 0
    return line, len(first) + 1


# Both written first letter first (scan.word_start_pattern): `_starts` scans every text with them.
_KATA_WORDS = ["Menurut", "menurut", "Kata", "kata", "ujar", "tutur", "jelas", "ungkap"]
_KATA_START = re.compile(word_start_pattern(_KATA_WORDS) + r"\s")


def _kata_starts(body: str) -> set[int]:
    """The offsets `_KATA_START.finditer(body)` gives, found from the text's lowercase words: a
    lowercase cue has a space after it, so it is one of lowercase_words unless a hyphen stands
    before it ("Menurut" is looked for as it is). Each is looked up with str.find and checked by
    the pattern where it stands, instead of a scan led by six common letters."""
    words = lowercase_words(body)
    cues = [w for w in _KATA_WORDS if w in words or "-" + w in body or (w[0].isupper() and w in body)]
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
_SENTENCE_NAME_SUBJECT = re.compile(
    r"(?P<name>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){1,3})[^\S\n]+(?:(?:me|ber|ter|di)[a-z]{3,}|sudah|telah|masih|sedang|"
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
                if m is None or m.end() > q.start:
                    continue
                name = P._trailing_plain(m.group("name"))
                first = m.group("name").split()[0].lower()
                if (name == m.group("name") and P.plausible_name(name) and first not in _OPENERS
                        and first not in _FEATURE_WORDS
                        and first not in lowercase_words(body)):
                    out.append((m.start("name"), m.end("name"), name, None))
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
    for m in _DELEGATE.finditer(body):
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
            if m.re is _NAME_DESCRIBED and (first in _OPENERS or first in _FEATURE_WORDS or m.group("desc") in _THING_HEADS):
                continue  # "Namun, ...", "Sungai Cimanuk, yang ..., meluap", "Cikajang, daerah ..."
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


def _to_quote(norm: Normalized, q: Q.Found) -> Quote:
    start, end = norm.span_to_original(q.start, q.end)
    return Quote(
        text=quote_text(_without_dropped_lines(norm, q, start, end)),
        speaker=q.speaker.name if q.speaker else None,
        role=q.role,
        cue=q.cue,
        start=start,
        end=end,
        evidence=q.evidence or "unresolved",
    )


def _without_dropped_lines(norm: Normalized, q: Q.Found, start: int, end: int) -> str:
    """The original span of a quote over paragraphs without the lines normalize dropped inside it
    (a "Baca juga: ..." link or a photo caption between two paragraphs of one quote)."""
    span = norm.original[start:end]
    if "\n" not in span:
        return span
    kept = set(norm.offsets[q.start:q.end])
    out, pos = [], start
    for line in span.splitlines(keepends=True):
        first = next((pos + i for i, ch in enumerate(line) if not ch.isspace()), None)
        if first is None or first in kept:
            out.append(line)
        pos += len(line)
    return "".join(out)


_SINGLE_MARKS = frozenset("'\u2018\u2019\u201a\u201b\u2032`")


def _doubled(pair: str) -> bool:
    """Two single marks standing for one double mark: '' or a typewriter's `` (``Kami siap,'' kata Budi)."""
    return len(pair) == 2 and pair[0] in _SINGLE_MARKS and pair[1] in _SINGLE_MARKS


def quote_text(span: str) -> str:
    """The words of a quoted span (marks included) without marks: what Quote.text holds."""
    # A mark missing at either end (an unbalanced quote recovered from its cue) is simply absent.
    # Two single marks may stand for one double mark ('' ... '').
    if not _doubled(span[:2]) and len(span) > 2 and span[0] in _SINGLE_MARKS and span[-1] in _SINGLE_MARKS:
        inner = span[1:-1]  # speech set in single marks ('Kami siap,' kata Budi)
    else:
        inner = span[2:] if _doubled(span[:2]) else span[1:] if span[:1] in DOUBLE_MARKS else span
        inner = inner[:-2] if _doubled(inner[-2:]) else inner[:-1] if inner[-1:] in DOUBLE_MARKS else inner
    # Paragraphs of a long quote each open with a mark: drop the marks at paragraph starts.
    inner = re.sub(r"\n\s*[" + "".join(DOUBLE_MARKS) + r"]", "\n", inner)
    words = " ".join(inner.split())
    return words.rstrip(",").rstrip()
