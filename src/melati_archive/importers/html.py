"""Saved news pages: trafilatura for the story, title, date and canonical URL; our own pass for credits."""
from __future__ import annotations

import datetime as dt
import html as htmllib
import re
import warnings

from ..errors import ImportFailure
from ..nlp.furniture import clean_story
from ..nlp.headline import clean_headline, headline_shape, office_name
from ..nlp.page import footer_shape, read_page
from ..nlp.textrepair import repaired
from .draft import Draft, Parsed
from .htmltext import fragment_text
from .moments import local_day
from .notarticle import MAX_STORY_WORDS, NO_STORY, not_article_reason, story_missing
from .text import listing_message

MIN_WORDS = 8  # fewer words than this is a menu or an error page, not a story
_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2})", re.I)
_BODY_OPEN = re.compile(r"<body\b[^>]{0,2000}>", re.I)


def parse_html(text: str, source: str) -> Parsed:
    text = repaired(text)  # as decode_bytes does for a file: HTML handed over as a string is read the same
    meta = _extract(text)
    story = _lines_restored(meta.get("text") or "", text)
    if len(story.split()) <= MAX_STORY_WORDS:
        # an error page or a bot check saved instead of the article: its <title> or a line of its own says so
        title_tag = _TITLE_TAG.search(text[:50_000])
        reason = not_article_reason([title_tag.group("t") if title_tag else ""] + _page_text(text).split("\n"),
                                    len(story.split()))
        if reason:
            raise ImportFailure(reason)
    if len(story.split()) < MIN_WORDS:
        raise ImportFailure("tidak ada teks berita di halaman ini (HTML rusak atau kosong?)")
    cleaned = clean_story(story)
    # og:title and <title> often carry the site's name ("Judul - Situs.com"): the headline without it
    title = _headline_not_site(clean_headline((meta.get("title") or "").strip(), story), text) or None
    title = _shown_headline(text, title) or title
    story_page = read_page(story)
    if story_page.listing:
        raise ImportFailure(listing_message(story_page.listing))
    body = _without_running_lines(_without_title_line(_story_of(story_page, cleaned.text), title), text)
    if story_missing(body):
        raise ImportFailure(NO_STORY)
    credits = cleaned.article_credits() or _credits_anywhere(text)
    date = _published_local(text)
    if date is None or title is None:
        # read the page's visible text as a saved page (its date lines, the headline above the story),
        # the same reading the text importer uses
        page = read_page(_page_text(text))
        if page.listing:
            raise ImportFailure(listing_message(page.listing))
        title = title or page.headline
        if date is None:
            date = _agreed_date(_date(meta.get("date")), page.date, meta.get("url"))
    draft = Draft(
        source=source,
        body=body,
        title=title,
        date=date,
        url=(meta.get("url") or "").strip() or None,
        location=story_page.location,  # the dateline's place as the page reading finds it (finish.py: else the dateline)
        author=credits.get("author") or _author(meta.get("author")),
        editor=credits.get("editor"),
        translator=credits.get("translator"),
        language=_language(text),
        tags=[t.strip() for t in meta.get("tags") or [] if t and t.strip()],
    )
    return Parsed([draft])


_TITLE_TAG = re.compile(r"<title\b[^>]{0,500}>(?P<t>[^<]{1,400})</title>", re.I)
_TITLE_SEP = re.compile(r"\s+[|–—-]\s+")


# Titles that name the kind of document, not its story (a Word export, a forwarded mail).
_GENERIC_TITLE = re.compile(r"(?i)^(?:(?:fwd?|re|tr)\s*:\s*)*(?:siaran\s+pers|press\s+release|rilis(?:\s+berita|\s+pers)?|"
                            r"undangan(?:\s+peliputan)?|dokumen|document\d*|untitled|tanpa\s+judul|microsoft\s+word\b)"
                            r"(?:\s+[\w.-]+){0,4}$|^(?:fwd?|re|tr)\s*:")
# "Judul Halaman all", "Judul Halaman 2": a news site's pager in its page title
_PAGER_SUFFIX = re.compile(r"\s+(?i:halaman|page)\s+(?:all|semua|\d{1,2})$")


def _headline_not_site(title: str, page: str) -> str:
    """A theme that writes the site's name in the <h1> (its logo) gives that name as the title; the page's
    <title>, "Headline – Site Name", holds the headline before it."""
    m = _TITLE_TAG.search(page[:50_000])
    title = _PAGER_SUFFIX.sub("", title)
    if _GENERIC_TITLE.match(title) or office_name(title):
        # a Word export's "Siaran Pers", a mail's "Fwd: Siaran Pers Dinsos", an old site's "Dinas Sosial
        # Kabupaten X" on every page: the headline is in the text
        return ""
    if not title or m is None:
        return title
    parts = [_PAGER_SUFFIX.sub("", part) for part in _TITLE_SEP.split(" ".join(htmllib.unescape(m.group("t")).split()))]
    if len(parts) >= 2 and parts[-1] == title and headline_shape(parts[0]):
        return " - ".join(parts[:-1])
    return title


_H1 = re.compile(r"<h1\b[^>]{0,500}>(?P<t>.{1,600}?)</h1>", re.I | re.S)
_TAGS = re.compile(r"<[^>]{0,500}>")


def _shown_headline(page: str, title: str | None) -> str | None:
    """The page's one <h1> when it differs from the markup's title: og:title and <title> are often a
    version for search and sharing ("Lansia Sukamekar Kini Dapat Makanan Tiap Pagi"), the <h1> is the
    headline the page shows. Not a theme's logo (the site's name, an office's name, the <title>'s
    last part) and not when the page has several <h1>."""
    found = _H1.findall(page[:300_000])
    if len(found) != 1:
        return None
    h1 = " ".join(repaired(htmllib.unescape(_TAGS.sub(" ", found[0]))).split())
    if not h1 or h1 == title or not headline_shape(h1) or office_name(h1):
        return None
    m = _TITLE_TAG.search(page[:50_000])
    if m is not None:
        parts = _TITLE_SEP.split(" ".join(htmllib.unescape(m.group("t")).split()))
        if len(parts) >= 2 and parts[-1] == h1:
            return None  # "Judul – Situs Name" with the site's name in the <h1>
    return h1


def _extract(page: str) -> dict:
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # trafilatura/lxml deprecation noise, not the user's problem
        try:
            doc = trafilatura.bare_extraction(
                page, with_metadata=True, include_comments=False, include_tables=False,
                include_images=False, deduplicate=False,
                # dates from the page's markup only: the extensive search guesses from copyright lines
                # ("© 2023" -> 2023-01-01); without markup the dateline decides (finish.py)
                date_extraction_params={"extensive_search": False, "original_date": True},
            )
        except Exception as exc:  # noqa: BLE001 - any parser failure is one bad file, not a crash
            raise ImportFailure(f"HTML tidak bisa diurai: {exc}") from None
    if doc is None:
        return {}
    return doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)


def _without_running_lines(body: str, page: str) -> str:
    """The story without a PDF export's running footer: a line of a footer's shape (nlp.page.footer_shape) the
    markup writes twice or more (a reader of the markup keeps one copy)."""
    lines = body.split("\n")
    drop = {line for line in lines if footer_shape(line)
            and max(page.count(line), page.count(htmllib.escape(line, quote=False))) >= 2}
    return "\n".join(line for line in lines if line not in drop) if drop else body


def _story_of(page, cleaned: str) -> str:
    """trafilatura's text read as a page (nlp/page.py): bylines, date lines, captions, headlines listed
    under a bare "Baca Juga" and the related items after the story go too, which a line at a time
    cannot tell. When the page reading leaves a sentence above the story's start (the story's own
    short first paragraph, say), the line-by-line cleaning is kept instead: no story is lost."""
    if not page.body.strip() or any(_is_sentence(line) for line in page.head_unknown):
        return cleaned
    return page.body


def _is_sentence(line: str) -> bool:
    return len(line.split()) >= 4 and line.rstrip().endswith((".", "!", "?", '"', "”"))


def _without_title_line(body: str, title: str | None) -> str:
    """trafilatura repeats the <h1> as the first line; the title lives in front matter instead."""
    first, _, rest = body.partition("\n")
    # a story whose first sentence repeats the headline word for word keeps it: a sentence ends with a stop
    if title and _same_words(first, title) and rest.strip() and not first.rstrip().endswith("."):
        return rest.strip("\n")
    return body


def _same_words(a: str, b: str) -> bool:
    return re.findall(r"\w+", a.lower()) == re.findall(r"\w+", b.lower())


MIN_RESTORED_CHARS = 120  # a one-line story shorter than this has no lines to lose


def _lines_restored(story: str, page: str) -> str:
    """trafilatura's story with the page's own line breaks: a short article it reads with its fallback comes back
    as one line (the headline, a live report's times and the paragraphs run together). When that line is the
    text of consecutive blocks of the page, those blocks are its lines; nothing is added or dropped."""
    if "\n" in story or len(story) < MIN_RESTORED_CHARS:
        return story
    lines = _page_text(page).split("\n")
    joined, starts = "", []
    for line in lines:
        starts.append(len(joined) + (1 if joined else 0))
        joined = f"{joined} {line}" if joined else line
    at = joined.find(" ".join(story.split()))
    if at < 0 or at not in starts:
        return story
    first = starts.index(at)
    end = at + len(" ".join(story.split()))
    last = next((k for k in range(first, len(lines)) if starts[k] + len(lines[k]) == end), None)
    return "\n".join(lines[first:last + 1]) if last is not None else story


def _page_text(page: str) -> str:
    """The visible text of the whole page (chrome included), one block per line; "" when unreadable."""
    # the <body>'s inside, found without a pattern that backtracks over the whole page for each "<body"
    m = _BODY_OPEN.search(page)
    start = m.end() if m else 0
    end = page.lower().rfind("</body>")
    try:
        return fragment_text(page[start:end] if end > start else page[start:])
    except ImportFailure:
        return ""


def _credits_anywhere(page: str) -> dict[str, str]:
    """Credits trafilatura left out with the page chrome: look through the whole page text."""
    return clean_story(_page_text(page)).article_credits()


_PUBLISHED_NAMES = (r"article:published_time|datePublished|pubdate|publishdate|publish[-_]date|date[-_]published|"
                    r"article:published|og:published_time|DC\.date\.issued|parsely-pub-date|sailthru\.date")
# The published moment the markup states with its time and zone: Open Graph's article:published_time,
# schema.org's datePublished (JSON-LD or microdata).
_PUBLISHED = re.compile(
    r"""(?:property|name|itemprop)\s*=\s*["'](?:""" + _PUBLISHED_NAMES + r""")["'][^>]{0,200}?"""
    r"""content\s*=\s*["'](?P<a>[^"']{10,40})["']"""
    r"""|content\s*=\s*["'](?P<b>[^"']{10,40})["'][^>]{0,200}?(?:property|name|itemprop)\s*=\s*["']"""
    r"""(?:""" + _PUBLISHED_NAMES + r""")["']"""
    r"""|["']datePublished["']\s*:\s*["'](?P<c>[^"']{10,40})["']""", re.I)


def _published_local(page: str) -> dt.date | None:
    """The publication day a published label of the markup states (Open Graph, schema.org, pubdate), in
    Indonesia (importers.moments: the policy feeds follow too)."""
    m = _PUBLISHED.search(page[:200_000])
    if m is None:
        return None
    return local_day((m.group("a") or m.group("b") or m.group("c")).strip())  # ISO 8601 or RFC 822


def _agreed_date(markup: dt.date | None, visible: dt.date | None, url: str | None) -> dt.date | None:
    """trafilatura's date when no published label in the markup states one: htmldate also reads any
    <time> on the page (a related item's), an updated time, or a month alone as its 1st day. It is
    the page's date only when the page's visible date line or its address gives the same day; else
    the visible date line decides (or no date)."""
    if markup is not None and (markup == visible or (url and _ADDRESS_DAY.search(url)
                                                     and _ADDRESS_DAY.search(url).group() == markup.strftime("/%Y/%m/%d/"))):
        return markup
    return visible


_ADDRESS_DAY = re.compile(r"/(?:19|20)\d\d/[01]\d/[0-3]\d/")


def _date(value) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _author(value) -> str | None:
    value = (value or "").strip()
    # page meta authors are often a login or a list of tags: keep only a plausible name
    return value if value and len(value) <= 80 and "@" not in value else None


def _language(page: str) -> str | None:
    m = _LANG.search(page[:2000])
    return m.group(1).lower() if m else None
