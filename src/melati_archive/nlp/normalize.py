"""Text normalization for extraction: NFKC, one set of quote marks, whitespace, page furniture
removed (credits kept; the rules live in nlp/page.py), with a map from every normalized character
back to the original input."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .furniture import credit_of, furniture_kind, photo_credit, sign_off_name, trailing_byline
from .names import plausible_name
from .scan import single_spaced

# Every double-quote glyph becomes '"', every single one "'": one character for one, so offsets
# survive; the direction of the glyph is not trusted anyway (”...” is common).
_QUOTES = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"',
    "\u00bb": '"', "\u301d": '"', "\u301e": '"', "\uff02": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
})
_QUOTE_PAIRS = tuple((chr(k), v) for k, v in _QUOTES.items())


def _fold_quotes(text: str) -> str:
    """`text.translate(_QUOTES)`: a replace per glyph the text holds is far cheaper than
    translate, which looks up every character of a text holding any non-ASCII one in the table."""
    for glyph, mark in _QUOTE_PAIRS:
        if glyph in text:
            text = text.replace(glyph, mark)
    return text


DOUBLE_MARKS = frozenset('"\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u301d\u301e\uff02')

_WORD = re.compile(r"\S+")
_LINE = re.compile(r"[^\n]*(?:\n|$)")

@dataclass
class Normalized:
    """Normalized text plus `offsets[i]` = index in the original of normalized character i."""

    text: str
    offsets: list[int]
    original: str
    credits: dict[str, str] = field(default_factory=dict)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized [start, end) to the original input (end exclusive)."""
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return pos, pos
        last = self.offsets[end - 1] + 1
        if self.original[last - 1:last + 1] == "''":
            last += 1  # a closing '' folded into one '"'
        return self.offsets[start], last


def _nfkc_pieces(word: str, base: int) -> tuple[str, list[int]]:
    if unicodedata.is_normalized("NFKC", word):
        return word, list(range(base, base + len(word)))
    out: list[str] = []
    offs: list[int] = []
    for i, ch in enumerate(word):
        n = unicodedata.normalize("NFKC", ch)
        out.append(n)
        offs.extend([base + i] * len(n))
    return "".join(out), offs


def _is_plain(line: str) -> bool:
    return unicodedata.is_normalized("NFKC", line) and single_spaced(line)


def normalize(original: str) -> Normalized:
    """Normalize one raw article. Paragraphs are kept as single newlines between lines."""
    parts: list[str] = []
    offsets: list[int] = []
    credits: dict[str, str] = {}
    blank = False
    rewrapped = False  # the paragraph so far is a hard-wrapped one (a line of it was joined)
    last_len = 0  # length of the previous kept line
    for line_match in _LINE.finditer(original):
        line = line_match.group(0)
        if not line:
            break
        base = line_match.start()
        stripped = line.strip()
        if not stripped:
            blank = True
            rewrapped = False
            continue
        byline = trailing_byline(stripped)
        if byline is not None:
            # "... kata dia. (Nama Penulis)": the paragraph stays story, its writer is a credit
            credits.setdefault("author", byline.group("name"))
            line = line[:len(line) - len(line.lstrip()) + byline.start()]
            stripped = line.strip()
        credit = credit_of(stripped)
        if credit is not None:  # page furniture and credits: one set of rules, nlp/page.py
            for key, value in credit.items():
                credits.setdefault(key, value)
            continue
        kind = furniture_kind(stripped)
        if kind:
            taker = photo_credit(stripped) if kind == "caption" else None
            if taker and plausible_name(taker):  # a person, not an office ("Humas Pemkab")
                credits.setdefault("photographer", taker)
            writer = sign_off_name(stripped) if kind == "ui" else None
            if writer and plausible_name(writer):  # "(Rina Marlina)" closing the story: its writer
                credits.setdefault("author", writer)
            continue
        if parts:
            # A hard-wrapped line ("berlangsung\nselama dua minggu") continues its sentence: a space.
            # Inside a paragraph already found hard-wrapped, a line after a long one that has no
            # sentence end continues it too, even from a capital ("Kepala Bagian Administrasi\n
            # Pemerintahan Umum ..."): a text wrapped at a fixed width breaks lines anywhere.
            wrapped = not blank and parts[-1][-1:] not in _PARAGRAPH_END and (
                stripped[0].islower() or (rewrapped and last_len >= WRAP_WIDTH))
            rewrapped = wrapped
            parts.append(" " if wrapped else "\n")
            offsets.append(base - 1 if base > 0 else 0)
        blank = False
        last_len = len(stripped)
        if _is_plain(stripped):
            # the common line: NFKC already, single spaces; every character maps to itself
            start = base + len(line) - len(line.lstrip())
            parts.append(stripped)
            offsets.extend(range(start, start + len(stripped)))
            continue
        first = True
        for word in _WORD.finditer(line):
            if not first:
                parts.append(" ")
                offsets.append(base + word.start() - 1)
            first = False
            piece, offs = _nfkc_pieces(word.group(0), base + word.start())
            # NFKC may produce spaces (e.g. from U+00A0 inside a token): fold them.
            if " " in piece or "\u3000" in piece:
                piece = piece.replace("\u3000", " ")
            parts.append(piece)
            offsets.extend(offs)
    text = _fold_quotes("".join(parts))
    if "''" in text:
        text, offsets = _fold_doubled_singles(text, offsets)
    return Normalized(text=text, offsets=offsets, original=original, credits=credits)


# Two single marks written for one double mark (''...'', and the double prime, which NFKC turns
# into two primes): one '"', mapped to the first of the two characters.
_DOUBLED_SINGLE = re.compile(r"(?<!')''(?!')")


def _fold_doubled_singles(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    out: list[str] = []
    offs: list[int] = []
    last = 0
    for m in _DOUBLED_SINGLE.finditer(text):
        out.append(text[last:m.start()] + '"')
        offs.extend(offsets[last:m.start() + 1])
        last = m.end()
    out.append(text[last:])
    offs.extend(offsets[last:])
    return "".join(out), offs


# A wrapped line runs near the width it was wrapped at; a short one ends its paragraph (pagelines.logical_lines
# reads pages by the same width).
WRAP_WIDTH = 50
_PARAGRAPH_END = frozenset('.!?:;"\'\u201c\u201d\u2018\u2019)')
_WS = re.compile(r"\s+")


def collapse_whitespace(text: str) -> str:
    return _WS.sub(" ", text).strip()


def unify_quotes(text: str) -> str:
    """The same quote-mark folding as normalize(), for comparing texts."""
    return _fold_quotes(text)
