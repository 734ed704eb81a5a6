"""Hard-wrapped text (a PDF's text, an e-mail, a file written at 70 or 80 columns): whether a text was
wrapped at a fixed width, and whether a line continues the one before it. Pure functions, strings in;
normalize.py and pagelines.py join the lines they say run on.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .names import HONORIFICS

# A wrapped line runs near the width it was wrapped at; a short one ends its paragraph (normalize and
# pagelines.logical_lines read pages by the same width).
WRAP_WIDTH = 50
PARAGRAPH_END = frozenset('.!?:;"\'\u201c\u201d\u2018\u2019)')
WRAP_SLACK = 16  # a full line of a wrapped text stops short of the width by at most one long word
# '..., katanya' with the cue on the next line; pages often put a space before the closing mark (", ”")
_QUOTE_THEN_CUE = re.compile(r"[,?!] ?[\"\u201d\u2019']$")
_COMMA_QUOTE = re.compile(r", ?[\"\u201d\u2019']$")  # a quote closed with a comma: its cue follows, whatever its case
_CREDIT_END = re.compile(r"(?i:\((?:foto|photo|dok|ist)\b[^()]*\))$"
                         r"|(?<=[.!?\"\u201d])\s*\([A-Z][\w'\u2019]+(?:\s+[A-Z][\w'\u2019]+){1,3}\)$")
_WORDY = re.compile(r"[^\W\d_]{3}")
_FULL_STOP = frozenset('.!?:"\'\u201c\u201d\u2018\u2019')  # a full line ending so ends its paragraph


@dataclass(frozen=True)
class Wrap:
    """How a text was hard-wrapped (a PDF's text, an e-mail, a file written at 72 or 80 columns): the
    width, and whether blank lines part its paragraphs (then a break inside a block is a wrap even
    after a full stop)."""

    width: int
    blank_paragraphs: bool = False


def wrap_of(lines: list[str]) -> Wrap | None:
    """The wrap of a text, or None when it was not hard-wrapped: at least three times a line of
    WRAP_WIDTH characters or more without a sentence end runs on in a next line that starts in lower
    case. The width is the longest of those lines; a line within WRAP_SLACK of it is full, and in
    such a text the next line continues it even from a capital ("... Jawa Barat, Asep" / "Hidayat,
    mengatakan ..."). Blank lines part the paragraphs when they follow most short lines that end a
    sentence."""
    runs: list[int] = []
    for a, b in zip(lines, lines[1:]):
        a, b = a.strip(), b.strip()
        if len(a) >= WRAP_WIDTH and b[:1].islower() and a[-1] not in PARAGRAPH_END:
            runs.append(len(a))
    if len(runs) < 3:
        return None
    width = max(runs)
    ends = [i for i, line in enumerate(lines[:-1])
            if 0 < len(line.strip()) < width - WRAP_SLACK and line.strip()[-1] in '.!?"\u201d']
    after_blank = sum(1 for i in ends if not lines[i + 1].strip())
    return Wrap(width, len(ends) >= 3 and after_blank >= 0.8 * len(ends))


def quote_marks(line: str) -> int:
    """The double quote marks of a line; a paragraph whose lines hold an odd number of them so far
    leaves a quote open (news opens and closes with \u201d as often as with \u201c)."""
    return line.count('"') + line.count("\u201c") + line.count("\u201d")


# Dotted words that stand before a name or a number, so a line ending in one ends no sentence
# ("... Provinsi Kalimantan Barat dr." / "Harisson, M.Kes., ..."; "di Jl." / "Merdeka No. 7")
_BEFORE_NAME_OR_NUMBER = HONORIFICS | frozenset("jl jln kec kab kel ds desa no gg prov kota rt rw rp kol".split())


def _title_before_name(line: str) -> bool:
    last = line.rsplit(None, 1)[-1]
    return last.endswith(".") and last[:-1].lower() in _BEFORE_NAME_OR_NUMBER


def runs_on(previous: str, line: str, wrap: Wrap | None, in_quote: bool = False) -> bool:
    """Whether `line` continues `previous` in a hard-wrapped text: `previous` is full (`wrap_of`)
    and ends no sentence (or does, inside a quote left open or a block of a text whose paragraphs
    blank lines part), or it closes a quote with a comma (or ? !) and `line` starts in lower case
    with the quote's cue ('"... darurat,"' / 'kata Siti.'). `in_quote`: the paragraph so far,
    `previous` included, leaves a quote open (`quote_marks`)."""
    if not previous or not line:
        return False
    if line[0].islower() and _QUOTE_THEN_CUE.search(previous):
        return True
    if wrap is None or len(previous) < wrap.width - WRAP_SLACK:
        return False
    if previous[-1] in _FULL_STOP and not (
            _COMMA_QUOTE.search(previous) or _title_before_name(previous) or wrap.blank_paragraphs
            or in_quote):
        return False  # a ")" or ";" ends a full line mid-sentence ("Dinas Sosial (Dinsos)" / "Bangkalan ...")
    if previous[-1] == ")" and _CREDIT_END.search(previous):
        return False  # a photo credit or a writer's name closes its caption or story: "(foto Name)", "(Name)"
    if line in previous or not _WORDY.search(line):
        return False  # a headline written twice; a line of numbers (a date line "12/09/2022, 9/12/2022")
    from .dates import opens_with_dateline  # lazily: a wrapped text's full lines only
    from .pagedates import page_date_of

    if page_date_of(line) is not None:
        return False  # the page's date line under its headline
    return not opens_with_dateline(line)  # a dateline opens the story, after a headline however long
