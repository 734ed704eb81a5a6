"""The extractor: one raw press release -> model.Extraction (dateline, people, quotes, acronyms)."""
from __future__ import annotations

import datetime as dt
import re

from ..model import Extraction, Person, PersonMention, Program, Quote
from . import people as P
from . import attribution as A
from . import quotes as Q
from .normalize import DOUBLE_MARKS, Normalized, normalize
from .embeds import signed_paragraphs
from .headnames import complete_from_head
from .headline import is_title_case
from .eventdates import find_event_dates
from .page import read_page
from .outletdatelines import brand_read_as_place
from .textrepair import repaired
from .programmentions import match_programs
from .speakernames import speaker_names

try:  # written alongside by the dates engineer; the extractor works without them
    from . import dates as _dates
except ImportError:  # pragma: no cover - only while nlp/dates.py does not exist
    _dates = None
try:
    from . import acronyms as _acronyms
except ImportError:  # pragma: no cover
    _acronyms = None

_TITLE_END = re.compile(r"[.!?,;:\"]$|[.!?]\s+[A-Z\"]")  # a sentence, not a headline


def extract(
    text: str,
    *,
    pub_date: dt.date | None = None,
    people: list[Person] | None = None,
    programs: list[Program] | None = None,
    lean: bool = False,
) -> Extraction:
    """`lean`: only what a reindex keeps of the extraction (articledocs): no event dates, and no
    acronyms unless there are programs to match them with (then `event_dates` and `acronyms` are
    empty; every other field is the same). A tenth of the extraction's time on real news."""
    # "â€œ" for “ and the like, as a page copied through the wrong encoding has them: the importers store
    # the repaired text, and a release given here as it came must read the same (clean text: unchanged)
    text = repaired(text)
    page = read_page(text)  # headline and the page's own date: one reading for extractor and importers
    norm = normalize(text)
    body = norm.text
    location, date = None, None
    outlets = _dates.page_outlets(text) if _dates is not None else frozenset()
    dateline = _dateline(body, outlets)
    # "Berita Terbaru" ... "Pembangunan10 Jan 2026 -": another post's date listed under the story is no dateline
    tail_at = _tail_start(body, page.tail)
    if dateline is not None and tail_at <= dateline.start:
        dateline = None
    story = body
    if dateline is not None and dateline.start > 0:
        # Lines before the dateline: the title (the last short line), never story.
        title = _title_before(body[:dateline.start])
        story = " " * dateline.start + body[dateline.start:]
    elif dateline is None:
        title, story_from = _title(body)
        dateline = _dateline(body[story_from:], outlets) if story_from else None
        if dateline is not None and tail_at <= dateline.start + story_from:
            dateline = None
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
    if not lean and _dates is not None:
        try:
            mentions = find_event_dates(body, date or pub_date)
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
    if not page.location and location and dateline is not None \
            and brand_read_as_place(location, body[dateline.start:dateline.end]):
        location = None  # "CIBENINGZONE –": an outlet's brand the page reading put aside as no place
    token = P.use_places(body)  # place words from the whole item: a title writes "di X" too
    try:
        found = Q.find_quotes(story, signed=signed_paragraphs(norm))
        names = speaker_names(story, found)
        cast = P.find_people(story, registry=people, day=date, extra_names=names)
        complete_from_head(_above_story(text, norm, story), cast)  # a caption above the dateline
        A.attribute(story, found, cast)
    finally:
        P.reset_places(token)

    quotes = [_to_quote(norm, q) for q in found]
    acronyms = []
    program_ids: list[str] = []
    if _acronyms is not None and (programs or not lean):
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


def _above_story(text: str, norm: Normalized, story: str) -> str:
    """The input above the story's first character, as written: the lines normalize dropped there (a photo
    caption over the dateline) included."""
    at = len(story) - len(story.lstrip(" "))
    return text[:norm.offsets[at]] if at < len(norm.offsets) else text


def _without_tail(story: str, tail: list[str]) -> str:
    """The story with the page's tail blanked (offsets kept): the headlines of related items and the
    comments after the page's marker line ("Berita Terkait", "Populer", "2 tanggapan untuk ...")
    name no people of this item and hold none of its quotes."""
    at = _tail_start(story, tail)
    return story[:at] + re.sub(r"[^\n]", " ", story[at:])


def _tail_start(text: str, tail: list[str]) -> int:
    """Where the page's tail starts in `text` (its length when there is none): at the first of its lines the
    text still holds (normalize drops some markers), found where it is last written."""
    for line in tail:
        at = _last_line_at(text, line)
        if at >= 0:
            return at
    return len(text)


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
            if (not name or not P.plausible_name(name) or _agency_credit(name)
                    or cast.resolve(name, fuzzy=False) is not None):
                continue
            if all(m.name != name for m in out):
                out.append(PersonMention(name=name, role=role))
    return out


def _agency_credit(name: str) -> bool:
    """"Foto: BPMI Setpres", "Foto: DISKOMINFO Jabar": an agency's acronym of four capitals or more before a written
    word credits a press office, not a person (initials are shorter: "AM Putranto"; a name in capitals is all capitals)."""
    words = name.split()
    return len(words) >= 2 and len(words[0]) >= 4 and words[0].isupper() and not all(w.isupper() for w in words)


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
        if found is not None and candidate is joined and found.location \
                and found.location.lower() not in text[found.start:found.end].lower():
            # "Sukamekar" / "Rina | Selasa ...": a place read across the line break ("Sukamekar Rina |") is none
            return None
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
    words = " ".join(inner.split()).lstrip(",:").lstrip()  # ("menambahkan”, Words ...": the mark before a comma)
    return words.rstrip(",").rstrip()
