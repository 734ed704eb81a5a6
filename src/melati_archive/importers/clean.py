"""Page furniture out of a story text: credit lines become metadata; BACA JUGA, share and tag lines go."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# Credit labels on Indonesian news pages -> the front-matter field they fill.
CREDIT_FIELDS = {
    "penulis": "author", "pewarta": "author", "reporter": "author", "wartawan": "author", "author": "author",
    "writer": "author", "editor": "editor", "redaktur": "editor", "penyunting": "editor",
    "penerjemah": "translator", "alih bahasa": "translator", "translator": "translator",
}
_LABELS = "|".join(sorted((re.escape(k) for k in CREDIT_FIELDS), key=len, reverse=True))
# "Penulis : Humas Balai", "Editor: X", several on one line ("Penulis: A | Editor: B") included.
_CREDIT = re.compile(r"(?i)\b(" + _LABELS + r")\s*[:：]\s*(.+?)\s*(?=(?:[|/•·,;]\s*)?\b(?:" + _LABELS + r")\s*[:：]|$)")
_CREDIT_LINE = re.compile(r"(?i)^\s*[(\[]?\s*(?:" + _LABELS + r")\s*[:：]")
# Lines that link elsewhere or are widgets, never the story.
_FURNITURE = re.compile(
    r"(?i)^\s*[*_>\[(]*\s*(?:baca\s+(?:juga|pula)|simak\s+(?:juga|pula)|lihat\s+juga|berita\s+terkait|"
    r"artikel\s+terkait)\b"
)
# Words that start a widget line only when a colon follows or the line is a short label.
_LABEL = re.compile(r"(?i)^\s*(?:bagikan(?:\s+artikel\s+ini)?|share(?:\s+this)?|tags?|topik|kategori)\b\s*(?P<colon>[:：])?")
_SHARE_WORDS = frozenset("facebook twitter x whatsapp telegram line linkedin email e-mail salin tautan copy link "
                         "bagikan share print cetak pinterest instagram".split())
_MAX_CREDIT_LINE = 160


@dataclass
class Cleaned:
    text: str
    credits: dict[str, str] = field(default_factory=dict)  # field -> value: author, editor, translator
    dropped: list[str] = field(default_factory=list)


def clean_story(text: str) -> Cleaned:
    """The story lines kept in order; credit lines parsed into `credits`; furniture lines dropped."""
    kept: list[str] = []
    credits: dict[str, str] = {}
    dropped: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and len(stripped) <= _MAX_CREDIT_LINE and _CREDIT_LINE.match(stripped):
            for label, value in _CREDIT.findall(stripped):
                value = value.strip(" )]|").strip()
                if value:
                    credits.setdefault(CREDIT_FIELDS[label.lower()], value)
            dropped.append(stripped)
            continue
        if stripped and (_FURNITURE.match(stripped) or _is_label(stripped) or _is_share_row(stripped)):
            dropped.append(stripped)
            continue
        kept.append(line.rstrip())
    return Cleaned(_tidy("\n".join(kept)), credits, dropped)


def _is_label(line: str) -> bool:
    m = _LABEL.match(line)
    return bool(m) and (bool(m.group("colon")) or len(line.split()) <= 3)


def _is_share_row(line: str) -> bool:
    words = re.findall(r"[\w-]+", line.lower())
    return bool(words) and len(words) <= 12 and all(w in _SHARE_WORDS for w in words)


def _tidy(text: str) -> str:
    """No trailing spaces, at most one blank line between paragraphs, none at either end."""
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")
