"""Which date line is a page's own: the header's clock and other items' dates set aside, the line nearest the
headline, else the dateline's date, else one date at the page's foot; and the story's dateline place. Reads the
kinds nlp/page.py gives the page's lines. Pure functions, strings in, values out."""
from __future__ import annotations

import datetime as dt

from .headline import clean_headline
from .pagedatelines import _dateline_at, _title_case_place, place_over_story, source_line_place
from .pagedates import UPDATED, has_time, is_clock, page_date_of, place_of_date_line
from .pageends import _TAIL_MARKERS
from .pagelines import OPENER as _OPENER
from .pagelists import item_headline


def _header_clock(lines: list[str], kinds: list[str | None], i: int, headline_at: int | None) -> bool:
    """A date line above the headline with the site's menu between them (two or more menu or interface
    lines): the header's today, not the page's date. So is the page's first line when it gives a day
    without an hour and lines the reader does not know stand between it and the headline (an image's
    placeholder, a breadcrumb or menu whose separators the copy lost): a theme's top bar."""
    if headline_at is None or i >= headline_at:
        return False
    menus = sum(1 for k in range(i + 1, headline_at) if kinds[k] in ("menu", "ui"))
    if menus >= 2 or (menus == 1 and i == 0):  # the page's first line, the site's menu bar under it: its top bar
        return True
    below = range(headline_at + 1, min(len(lines), headline_at + 5))
    if i == 0 and not has_time(lines[0]) and any(kinds[k] == "date" and has_time(lines[k]) for k in below):
        return True  # "Minggu, 19 Mei 2024" / headline / writer / "Senin, 12 April 2021 12:15": the post's own has its hour
    if i == 0 and any(kinds[k] == "date" and not UPDATED.search(lines[k])
                      and any(kinds[m] in ("credit", "byline") for m in range(headline_at + 1, k)) for k in below):
        return True  # a clock with its hour too: the post's date stands under the post's credits
    # (the headline's first copy, as the page's title over the image's, is no unknown line)
    return i == 0 and not has_time(lines[0]) and any(kinds[k] is None and lines[k] != lines[headline_at]
                                                     for k in range(1, headline_at))


def _other_items_date(lines: list[str], kinds: list[str | None], i: int, lead: int, headline_at: int | None) -> bool:
    """A date line under another item's headline ("Judul Berita Lain" / "28 Februari 2024") in a list
    above the headline or after the story: that item's date. Between the headline and the story a
    line above the date is the page's own (a byline, a dek)."""
    if i == 0 or i - 1 == headline_at or (headline_at is not None and headline_at < i <= lead) or (
            headline_at is None and i <= lead):
        return False
    if headline_at is not None and clean_headline(lines[i - 1]) == clean_headline(lines[headline_at]):
        return False  # the headline written twice (page title and image title), its date between them
    if place_of_date_line(lines[i]) is not None:
        return False  # "Sukamekar, 12 Maret 2024": a release's own sign-off under its sender, not an item's date
    if i < lead and not _in_a_list(lines, kinds, i, headline_at):
        return False  # above the story one headline and its date: the page's own
    return item_headline(lines[i - 1], kinds[i - 1])


def _in_a_list(lines: list[str], kinds: list[str | None], i: int, headline_at: int | None) -> bool:
    """The date line i under a headline belongs to a list of items: another date line stands above
    that headline (the header's today is no item's), or a list's label ("Terbaru", "Berita Terpopuler")
    right above it."""
    return any(kinds[j] == "date" and not _header_clock(lines, kinds, j, headline_at) for j in range(i - 1)) or (
        i >= 2 and bool(_TAIL_MARKERS.match(lines[i - 2])))


def page_date(lines, kinds, lead, cut, headline_at, outlets: frozenset[str] = frozenset()):
    """(date, from, text, location): the page's own date line near the headline or story start, else the
    dateline's date, else a date line after the story (a page's foot); never a date inside a sentence."""
    date_lines = [i for i in range(cut) if kinds[i] == "date" and not is_clock(lines, i)
                  and not _header_clock(lines, kinds, i, headline_at) and not _other_items_date(lines, kinds, i, lead, headline_at)]
    fresh = [i for i in date_lines if not UPDATED.search(lines[i])] or date_lines
    head = [i for i in fresh if i <= lead + 2]
    location = None
    dateline = None
    if lead < len(lines) and (kinds[lead] in ("dateline", "source") or _OPENER.match(lines[lead])):
        dateline = _dateline_at(lines[lead], lines[lead + 1] if lead + 1 < len(lines) else "", outlets)
        location = dateline.location if dateline else None
        if location is None and kinds[lead] == "source":
            location = source_line_place(lines[lead], outlets)
    if location is None and dateline is None and lead < len(lines) and kinds[lead] is None:
        location = _title_case_place(lines[lead], outlets, "\n".join(lines))
        if location is None and lead > 0 and kinds[lead - 1] is None:
            location = place_over_story(lines[lead - 1], outlets)  # "Kota, Koran" / story
    if head and dateline is not None and dateline.date is not None and all(UPDATED.search(lines[i]) for i in head):
        head = []  # "Diperbarui: 9 Desember" over "SUKAMEKAR (7/12/2026) -": the update is not the publication
    if head:
        # the date line nearest the headline (else the story's start): a site header's clock or a
        # widget's date stands further up
        anchor = headline_at if headline_at is not None else lead
        i = min(head, key=lambda k: (abs(k - anchor), k < anchor))
        return page_date_of(lines[i]), "date line", lines[i], location or place_of_date_line(lines[i])
    if dateline is not None and dateline.date is not None:
        return dateline.date, "dateline", lines[lead], location
    foot = [i for i in fresh if i > lead + 2]
    if foot and len({page_date_of(lines[i]) for i in foot}) == 1:
        return page_date_of(lines[foot[0]]), "date line", lines[foot[0]], location
    return None, None, None, location


def _after_the_page(date_line: str, day: dt.date | None) -> bool:
    """A date later than the page's own: a schedule's day ("Penyaluran Tahap Dua" / "10 Desember 2026"),
    never the date another item was published on."""
    stated = page_date_of(date_line)
    return day is not None and stated is not None and stated > day
