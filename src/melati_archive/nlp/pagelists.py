"""List pages: an index of several releases pasted or saved at once (a site's "Berita Terbaru", a category or
search page) is no article; which lines of a page are other items' headlines. nlp/page.py reads the page
around it. Pure functions, strings in.
"""
from __future__ import annotations

import re

from .headline import headline_shape, is_title_case
from .pagelines import has_words as _has_words


def item_headline(line: str, kind: str | None) -> bool:
    """A Title Case headline of four or more words on a line of its own."""
    return kind is None and _has_words(line, 4) and headline_shape(line) and is_title_case(line) \
        and not line.endswith(".")


# The end of a teaser cut short on a list page: "... Selengkapnya", "…", "Baca selengkapnya »", "Read more".
_TEASER_END = re.compile(r"(?i)(?:\.{3}|…|\[\.{3}\]|(?:baca\s+)?selengkapnya|read\s+more|lanjut(?:kan)?\s+baca(?:an)?)"
                         r"\s*[»›>]*\s*$")


def _cut_short(line: str) -> bool:
    """A line ending as a teaser cut short does. The pattern is tried only near the line's end: searched
    from every offset of a paragraph it cost more than the rest of reading the page."""
    body = len(line.rstrip().rstrip("»›>").rstrip())
    return _TEASER_END.search(line, max(0, body - 80)) is not None


def listed_items(lines: list[str], kinds: list[str | None]) -> list[int]:
    """The item headlines of a list page: a Title Case headline with its date line and a teaser cut short
    within the two lines below it (either order). One such item is a related block; two or more are an index,
    unless the page also has a story's paragraph (20 words or more, not cut short): then they are the
    related items under it."""
    if any(kinds[k] in (None, "dateline") and _has_words(lines[k], 20) and not _cut_short(lines[k])
           for k in range(len(lines))):
        return []
    items, dated = [], []
    for i in range(len(lines) - 1):
        below = range(i + 1, min(i + 3, len(lines)))
        if not item_headline(lines[i], kinds[i]) or not any(kinds[k] == "date" for k in below):
            continue
        dated.append(i)
        if any(_cut_short(lines[k]) and _has_words(lines[k], 6) for k in below):
            items.append(i)
    # headlines with their dates only ("Judul" / "7 Desember 2026", three times or more): an index too; so are
    # three teasers cut short when a reader of the markup kept only them
    teasers = [k for k in range(len(lines)) if _cut_short(lines[k]) and _has_words(lines[k], 6)]
    return items if len(items) >= 2 else dated if len(dated) >= 3 else teasers if len(teasers) >= 3 else items
