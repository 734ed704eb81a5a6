"""Items waiting for a person: fields an import could not settle (no date or no headline on the page),
marked in front matter as `review: {field: reason}`, where to edit them, and how many wait."""
from __future__ import annotations

from .model import Article

REVIEW_KEY = "review"
REVIEW_FIELDS = ("title", "date")


def review_fields(article: Article) -> dict[str, str]:
    """{field: why it waits} of an article; {} when nothing waits (or the mark is not a mapping)."""
    raw = article.extra.get(REVIEW_KEY)
    if isinstance(raw, dict):
        return {str(k): str(v) for k, v in raw.items() if v is not None}
    if isinstance(raw, list):  # `review: [date]` written by hand
        return {str(k): "" for k in raw}
    return {}


def needs_review(article: Article) -> bool:
    return bool(review_fields(article))


def counted(articles: list[Article]) -> list[Article]:
    """The articles monthly counts take: those whose date and title a person has settled."""
    return [a for a in articles if not needs_review(a)]


def waiting(articles: list[Article]) -> list[Article]:
    return [a for a in articles if needs_review(a)]


def pending_count(home) -> int:
    """How many items of the archive at `home` (a folder or an Archive) wait for review. Reads only the
    front matter's lines (no YAML parsing), so a page can ask on every search of a large archive."""
    from .api import Archive

    arc = home if hasattr(home, "store") else Archive.open(home)
    count = 0
    key = (REVIEW_KEY + ":").encode()
    for path in arc.store.article_paths():
        try:
            with open(path, "rb") as handle:
                head = handle.read(_HEAD)
                if key not in head:  # most items: no mark in a front matter read whole, nothing to parse
                    if len(head) < _HEAD or b"\n---" in head[3:]:
                        continue
                    head += handle.read()  # a front matter longer than the head
                    if key not in head:
                        continue
            count += _front_matter_marks_review(head.decode("utf-8", errors="replace").splitlines(keepends=True))
        except OSError:
            continue
    return count


_HEAD = 8192  # bytes read first: front matter is a few hundred; a longer one is read whole


def _front_matter_marks_review(lines) -> bool:
    for number, line in enumerate(lines):
        if number == 0:
            if line.strip() != "---":
                return False
            continue
        if line.strip() == "---":
            return False
        if line.startswith(REVIEW_KEY + ":") and line[len(REVIEW_KEY) + 1:].strip() not in ("{}", "[]", "null", "~"):
            return True
    return False


def review_message(count: int, listed: bool = False) -> str | None:
    """One line for a person: how many items wait and what to do; None when none waits. `listed`:
    the lines naming each file are just above (`melati check` itself), so it points at them."""
    if not count:
        return None
    where = ("berkas dan barisnya ada di atas (`menunggu tinjauan`)" if listed
             else "jalankan `melati check` untuk melihat berkas dan barisnya")
    return f"{count} berita menunggu tinjauan (judul atau tanggal belum pasti): {where}"
