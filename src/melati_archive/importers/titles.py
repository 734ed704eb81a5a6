"""Titles: whether a first line is one, and a short readable title made from a story's first sentence."""
from __future__ import annotations

import re

MAX_TITLE_CHARS = 200
DERIVED_WORDS = 10

_ENDS_LIKE_SENTENCE = re.compile(r"[.,;:!?\"”’)]\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z\"“])")
_QUOTE_MARKS = ("\"", "“", "”", "'", "‘", "’")
_QUOTE_RE = re.compile(r"[\"“”]")
_EDGE_PUNCT = " \t-–—,;:.\"'“”‘’()"
# Words a derived title should not end on: it would read as cut mid-phrase.
_DANGLING = frozenset(
    "dan atau yang di ke dari untuk dengan pada dalam bagi oleh serta sebagai akan telah sedang "
    "para kepada tentang terhadap sejak hingga karena agar sebuah seorang salah satu se the of and to in for a".split()
)


_CLAUSE = frozenset("untuk guna agar supaya yang dengan dalam bagi dari pada karena sehingga serta".split())


def looks_like_title(line: str) -> bool:
    """A first line reads as a headline: short, several words, no sentence punctuation at its end."""
    line = line.strip()
    words = line.split()
    return (
        2 <= len(words) <= 25
        and len(line) <= MAX_TITLE_CHARS
        and not _ENDS_LIKE_SENTENCE.search(line)
        and not line.startswith(("\"", "“", "”", "-", "*", "•"))
    )


# What a story's first words name before its first sentence, when no dateline was read: the outlet or the place and
# its paper ("Situs.com - ", "SitusKota.id - ", "KOTA (Koran): ", "Kota,situs.com. – ", "Kota – ").
_DOMAIN_WORD = r"[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|co|net|news)\b\.?"
_PLACE_WORDS = r"[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,2}"
_OPENING = re.compile(
    r"^(?:" + _DOMAIN_WORD + r" ?(?:[-–—]{1,2}|:)"  # "Situs.com - ", "Situs.id: "
    r"|" + _PLACE_WORDS + r"(?: ?\([^()]{2,30}\))?(?: ?, ?" + _DOMAIN_WORD + r")? ?[-–—]{1,2}"  # "Kota (Koran) –", "Kota,situs.com. –"
    r"|" + _PLACE_WORDS + r" ?\([^()]{2,30}\) ?:)"  # "KOTA (Koran): "
    r" +(?=[A-Z0-9\"“])")


def title_from_story(story: str) -> str | None:
    """The first sentence of `story`, cut at about ten words where it still reads (editable later)."""
    text = " ".join(story.split())
    opening = _OPENING.match(text)
    if opening and len(text[:opening.end()].split()) <= 5:
        text = text[opening.end():]
    if not text:
        return None
    first = _first_narrative_sentence(_SENTENCE_END.split(text))
    words = first.split()
    if len(words) > DERIVED_WORDS:
        words = words[:DERIVED_WORDS]
        # end before the last clause word ("untuk meningkatkan ...") when enough is left to read
        cuts = [i for i, w in enumerate(words) if i >= 4 and w.lower() in _CLAUSE]
        if cuts:
            words = words[:cuts[-1]]
        while len(words) > 3 and words[-1].lower().strip(_EDGE_PUNCT) in _DANGLING:
            words.pop()
    title = " ".join(words).strip(_EDGE_PUNCT)
    return clip_title(title) or None


def _first_narrative_sentence(sentences: list[str]) -> str:
    """The first sentence that is not speech: a title must not open inside somebody's quote."""
    for sentence in sentences:
        if not sentence.lstrip().startswith(_QUOTE_MARKS):
            return sentence
    return _QUOTE_RE.sub("", sentences[0])


def clip_title(title: str) -> str:
    """One line, no surrounding marks, at most MAX_TITLE_CHARS (cut at a word)."""
    title = " ".join(str(title).split()).strip(" \t-–—|*_")  # "*Judul**": emphasis marks a page left
    if len(title) > MAX_TITLE_CHARS:
        title = title[:MAX_TITLE_CHARS].rsplit(" ", 1)[0]
    return title
