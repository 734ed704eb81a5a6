"""Plain-text press releases and pages saved from a browser: headline, date, credits and story (nlp/page.py)."""
from __future__ import annotations

from ..errors import ImportFailure
from ..nlp.page import read_page
from .draft import Draft, Parsed
from .notarticle import NO_STORY, not_article_reason, story_missing
from .titles import looks_like_title


def parse_text(text: str, source: str) -> Parsed:
    """One draft: the page's headline, its own date (a date line or the dateline, never an event date of the
    story) and place, its credits, and the story without page furniture.

    Items without a date or headline are still drafts: finish.py marks them for review."""
    page = read_page(text)
    if page.listing:
        raise ImportFailure(listing_message(page.listing))
    words = len(page.body.split())
    reason = not_article_reason(text.split("\n"), words)
    if reason:
        raise ImportFailure(reason)
    if story_missing(page.body):
        raise ImportFailure(NO_STORY)
    credits = {k: v for k, v in page.credits.items() if k in ("author", "editor", "translator")}
    draft = Draft(source=source, body=page.body, title=page.headline, date=page.date, location=page.location,
                  url=page_address(text), **credits)
    return Parsed([draft])


def page_address(text: str) -> str | None:
    """The web address written alone on the text's first non-blank line, as staff paste it above the
    copied page (`fetch.is_address`, the test `melati import URL` uses), kept as the item's `url` (it
    makes a second import of the same page a duplicate); else None."""
    from .fetch import is_address

    first = next((line for line in text.split("\n", 20)[:20] if line.strip()), "").strip()
    return first if is_address(first) else None


def listing_message(items: int) -> str:
    return (f"halaman daftar berita ({items} judul), bukan satu berita; "
            "simpan dan impor tiap berita dari halamannya sendiri")


def split_title(text: str) -> tuple[str | None, str]:
    """(title, body) when the first non-blank line is a headline followed by more text, else (None, text)."""
    stripped = text.strip("\n")
    first, _, rest = stripped.partition("\n")
    if rest.strip() and looks_like_title(first) and not _starts_with_dateline(first):
        return first.strip(), rest.strip("\n")
    return None, stripped


def _starts_with_dateline(line: str) -> bool:
    from .datelines import dateline_of

    found = dateline_of(line)
    return found is not None and found.start == 0
