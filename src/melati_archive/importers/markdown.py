"""Markdown items, with or without YAML front matter: known fields mapped, every other field kept."""
from __future__ import annotations

import datetime as dt
import re

from .. import limits
from ..errors import ImportFailure
from ..nlp.furniture import clean_story
from ..yamlpos import YamlLimitError, YamlSyntaxError, load_located
from .draft import Draft, Parsed
from .text import split_title

_FRONT = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_HEADING = re.compile(r"\A#\s+(?P<title>[^\n]+?)\s*#*\s*(?:\n|\Z)")
_STRING_FIELDS = ("title", "url", "author", "editor", "translator", "location", "channel", "language")
# Fields the store writes itself: an incoming value would clash with the file it is written to.
_DROPPED = frozenset({"id", "path"})


def parse_markdown(text: str, source: str) -> Parsed:
    front, body = split_front_matter(text)
    cleaned = clean_story(body)
    body = cleaned.text
    draft = Draft(source=source, body=body)
    _apply_front(draft, front)
    for name, value in cleaned.article_credits().items():
        if not getattr(draft, name):
            setattr(draft, name, value)
    heading = _HEADING.match(draft.body)
    if heading:
        draft.title = draft.title or heading.group("title").strip()
        draft.body = draft.body[heading.end():].strip("\n")
    elif not draft.title:
        draft.title, draft.body = split_title(draft.body)
    return Parsed([draft])


def split_front_matter(text: str) -> tuple[dict, str]:
    """(front-matter mapping, body); raises ImportFailure for YAML that does not parse into a mapping.

    Read as the archive reads front matter (yamlpos): the same size and alias limits, and an
    impossible date (2021-02-30) left as text for _as_date to report."""
    m = _FRONT.match(text)
    if not m:
        return {}, text
    try:
        data = load_located(m.group("yaml") or "", first_line=2, max_bytes=limits.MAX_FRONT_MATTER_BYTES).data or {}
    except YamlSyntaxError as exc:
        line = f" pada baris {exc.line}" if exc.line else ""
        if isinstance(exc, YamlLimitError):
            raise ImportFailure(f"front matter{line}: {exc.message} ({exc.fix})") from None
        problem = exc.message.removeprefix("YAML tidak sah: ")
        raise ImportFailure(f"front matter bukan YAML yang sah{line}: {problem}") from None
    if not isinstance(data, dict):
        raise ImportFailure("front matter harus berupa baris `kunci: nilai` di antara dua baris `---`")
    return data, text[m.end():]


def _apply_front(draft: Draft, front: dict) -> None:
    for key, value in front.items():
        key = str(key)
        if value is None or key in _DROPPED:
            continue
        if key in _STRING_FIELDS:
            setattr(draft, key, str(value).strip())
        elif key == "date":
            draft.date = _as_date(value)
        elif key in ("tags", "programs"):
            setattr(draft, key, _as_list(value))
        elif key == "fictional":
            draft.fictional = bool(value)
        elif key == "partial":
            draft.partial = bool(value)
        elif key == "overrides" and isinstance(value, dict):
            draft.overrides = value
        else:
            draft.extra[key] = value


def _as_date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ImportFailure(f"tanggal {value!r} di front matter bukan YYYY-MM-DD") from None


def _as_list(value) -> list[str]:
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    return [str(value)]
