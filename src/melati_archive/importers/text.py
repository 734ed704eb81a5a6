"""Plain-text press releases (as the writers send them): title line, dateline date and place, credits."""
from __future__ import annotations

from .clean import clean_story
from .draft import Draft, Parsed
from .titles import looks_like_title


def parse_text(text: str, source: str) -> Parsed:
    """One draft: the first line is the title when it reads as one; the rest (or all) is the body.

    Date and place come later from the dateline (see finish.py), so that Markdown and HTML items
    without a date get the same treatment."""
    cleaned = clean_story(text)
    title, body = split_title(cleaned.text)
    draft = Draft(source=source, body=body, title=title, **cleaned.credits)
    return Parsed([draft])


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
