"""Text normalization for extraction: NFKC, one set of quote marks, whitespace, page furniture
removed (credits kept; the rules live in nlp/page.py), with a map from every normalized character
back to the original input. A hard-wrapped text's lines are joined into paragraphs by the rules of
nlp/wraps.py, and its furniture judged a paragraph at a time."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .credits import credit_of
from .furniture import (
    caption_over_dateline, furniture_kind, photo_credit, sign_off_name, trailing_byline,
)
from .names import plausible_name
from .scan import single_spaced
from .dates import opens_with_dateline
from .headline import BARE_LINK_LABEL, is_title_case, listed_headline
from .pagelines import opens_wrapped_sentence
from .wraps import PARAGRAPH_END as _PARAGRAPH_END, WRAP_WIDTH, Wrap, quote_marks, runs_on, wrap_of

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


def _headline_above(line: str, following: str) -> bool:
    """A full Title Case line above the story and a sentence that starts on the next line (a
    capital, then a small word): a headline and the story's (or a standfirst's) first line, which
    a wrap never joins (as pagelines.logical_lines). A line that ends in a comma, or a next line
    opening with two capitals, is the story's first sentence going on: "Site.id - Gubernur Jakarta
    Heru" / "Budi Hartono mengubah ..." keeps the name whole."""
    words = following.split()
    return (not line.endswith(",") and len(words) >= 2 and words[1][:1].islower()
            and is_title_case(line) and not is_title_case(following))


# A bare label over a list of links ("Baca juga :"), and a line of a dashed or bulleted list.
_LIST_ITEM = re.compile(r"[-–•·]\s+[A-Z0-9]")


def _listed_headline(line: str) -> bool:
    """Another item's headline under a bare "Baca juga :" label (headline.listed_headline, as nlp.page reads
    it), holding no quote: a quoted line there may be the story's speech."""
    return listed_headline(line) and not any(m in line for m in '"“”')


def normalize(original: str) -> Normalized:
    """Normalize one raw article. Paragraphs are kept as single newlines between lines."""
    parts: list[str] = []
    offsets: list[int] = []
    credits: dict[str, str] = {}
    blank = False
    rewrapped = False  # the paragraph so far is a hard-wrapped one (a line of it was joined)
    last_len = 0  # length of the previous kept line
    last_line = ""
    raw_lines = original.split("\n")  # a caption's neighbours; and a wrap's lines, in a text of seven or more
    lines = raw_lines if len(raw_lines) >= 7 else []
    wrap = wrap_of(lines) if lines else None
    marks = 0  # in a wrapped text: the double quote marks of the paragraph so far
    story = False  # in a wrapped text: a sentence or the dateline has been read (no headline below it)
    # a wrapped text's furniture and bylines are read on whole paragraphs: a caption or a "Baca juga"
    # link runs over several lines, and a line of a paragraph alone can look like a caption
    verdicts = _wrapped_verdicts(lines, wrap, credits) if wrap else {}
    under_label = False  # the lines so far since a bare "Baca juga :" label are a dashed list of links
    listed = 0  # how many of them (headlines without a dash: three at most, as nlp.page reads them)
    for index, line_match in enumerate(_LINE.finditer(original)):
        line = line_match.group(0)
        if not line:
            break
        base = line_match.start()
        stripped = line.strip()
        if not stripped:
            blank = True
            rewrapped = False
            continue
        verdict = verdicts.get(index)
        if verdict is _DROP:
            continue
        under_label = under_label and stripped[-1:] not in _PARAGRAPH_END and (
            _LIST_ITEM.match(stripped) is not None or (listed < 3 and _listed_headline(stripped)))
        if under_label:
            listed += 1
            continue  # "Baca juga :" then "- Headline of another item" or "Headline" lines: links, no story
        if BARE_LINK_LABEL.match(stripped):
            under_label, listed = True, 0
        if verdict is None:
            byline = trailing_byline(stripped)
            if byline is not None:
                # "... kata dia. (Nama Penulis)": the paragraph stays story, its writer is a credit
                credits.setdefault("author", byline.group("name"))
                line = line[:len(line) - len(line.lstrip()) + byline.start()]
                stripped = line.strip()
            if _furniture_or_credit(stripped, credits) or caption_over_dateline(
                    stripped, _next_line(raw_lines, index), _previous_line(raw_lines, index)):
                continue
        elif verdict is not _KEEP:  # a paragraph's byline starts in this line: keep what comes before
            line = line[:len(line) - len(line.lstrip()) + verdict]
            stripped = line.strip()
            if not stripped:
                continue
        if parts:
            # A hard-wrapped line ("berlangsung\nselama dua minggu") continues its sentence: a space.
            # Inside a paragraph already found hard-wrapped, a line after a long one that has no
            # sentence end continues it too, even from a capital ("Kepala Bagian Administrasi\n
            # Pemerintahan Umum ..."): a text wrapped at a fixed width breaks lines anywhere.
            wrapped = not blank and ((parts[-1][-1:] not in _PARAGRAPH_END and (
                stripped[0].islower() or (rewrapped and last_len >= WRAP_WIDTH)))
                or (runs_on(last_line, stripped, wrap, marks % 2 == 1)
                    and (story or rewrapped or not _headline_above(last_line, stripped))))
            rewrapped = wrapped
            if not wrapped:
                marks = 0
            parts.append(" " if wrapped else "\n")
            offsets.append(base - 1 if base > 0 else 0)
        blank = False
        last_len = len(stripped)
        last_line = stripped
        if wrap:
            marks += quote_marks(stripped)
            story = story or stripped.endswith((".", "!", "?")) or opens_with_dateline(stripped)
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


def _previous_line(lines: list[str], index: int) -> str:
    """The line before that is not blank, within a few lines (a photo's credit over its caption)."""
    for k in range(index - 1, max(-1, index - 4), -1):
        if lines[k].strip():
            return lines[k].strip()
    return ""


def _next_line(lines: list[str], index: int) -> str:
    """The next line that is not blank, within a few lines (a caption stands right over the dateline)."""
    for k in range(index + 1, min(len(lines), index + 4)):
        if lines[k].strip():
            return lines[k].strip()
    return ""


_DROP, _KEEP = object(), object()


def _furniture_or_credit(stripped: str, credits: dict[str, str]) -> bool:
    """Whether a line (or a wrapped paragraph) is page furniture or a credit; credits it names are
    added (an author, a photographer), first found first kept."""
    credit = credit_of(stripped)
    if credit is not None:  # page furniture and credits: one set of rules, nlp/page.py
        for key, value in credit.items():
            credits.setdefault(key, value)
        return True
    kind = furniture_kind(stripped)
    if not kind:
        return False
    taker = photo_credit(stripped) if kind == "caption" else None
    if taker and plausible_name(taker):  # a person, not an office ("Humas Pemkab")
        credits.setdefault("photographer", taker)
    writer = sign_off_name(stripped) if kind == "ui" else None
    if writer and plausible_name(writer):  # "(Rina Marlina)" closing the story: its writer
        credits.setdefault("author", writer)
    return True


def _wrapped_groups(lines: list[str], wrap: Wrap) -> list[list[int]]:
    """Indexes of the lines of each paragraph of a hard-wrapped text that runs over two lines or
    more: a line continues the one before when it starts in lower case after no sentence end, or
    when `runs_on` says so; a line that is a link, a share bar, an ad... by itself and starts in
    capitals opens its own (one shaped as a caption may be a sentence's tail: "Farid Makruf, saat
    memberi keterangan ...")."""
    groups: list[list[int]] = []
    current: list[int] = []
    previous, marks = "", 0
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            if len(current) > 1:
                groups.append(current)
            current, previous, marks = [], "", 0
            continue
        continues = bool(current) and (
            (line[0].islower() and previous[-1] not in _PARAGRAPH_END)
            or (runs_on(previous, line, wrap, marks % 2 == 1)
                and (line[0].islower() or furniture_kind(line) in (None, "caption"))
                # a link alone, then a line whose sentence goes on in lower case: the story again
                and not (len(current) == 1 and opens_wrapped_sentence(lines, i)
                         and furniture_kind(previous) in ("link", "share", "tags"))))
        if continues:
            current.append(i)
            marks += quote_marks(line)
        else:
            if len(current) > 1:
                groups.append(current)
            current, marks = [i], quote_marks(line)
        previous = line
    if len(current) > 1:
        groups.append(current)
    return groups


_SIGNED_OFF = re.compile(r"(?<=[.!?\"\u201d])\s*\([A-Z][\w'\u2019]+(?:\s+[A-Z][\w'\u2019]+){1,3}\)\s*$")
_PHOTO_MARK = re.compile(r"(?i)\(\s*(?:foto|photo|dok\b|dokumentasi|ist\b)")


def _wrapped_verdicts(lines: list[str], wrap: Wrap, credits: dict[str, str]) -> dict[int, object]:
    """For the lines of each wrapped paragraph: _DROP when the whole is a link, a share or tag bar, an
    ad or menu, or a caption with its photo credit ("... kepada Kades X" / "untuk korban banjir (foto
    Name)"); else _KEEP, or the number of characters to keep of the line where a closing "(Name)"
    starts ("... Rachmat Gobel. (Fabian" / "Januarius Kuwado)": its writer, credited when the
    paragraph has two sentences or more, as for a line). A line of a paragraph is never judged
    alone: cut by the wrap, "Jawa Barat Ridwan Kamil saat konferensi ..." looks like a caption."""
    verdicts: dict[int, object] = {}
    for group in _wrapped_groups(lines, wrap):
        texts = [lines[i].strip() for i in group]
        joined = " ".join(texts)
        byline = trailing_byline(joined)
        if byline is not None:
            credits.setdefault("author", byline.group("name"))
        else:
            kind = furniture_kind(joined)
            if kind and (kind != "caption" or _PHOTO_MARK.search(joined)):
                _furniture_or_credit(joined, credits)
                verdicts.update((i, _DROP) for i in group)
                continue
            byline = _SIGNED_OFF.search(joined)  # one sentence and its writer: cut, not credited
        cut = byline.start() if byline is not None else len(joined)
        at = 0
        for i, text in zip(group, texts):
            verdicts[i] = _KEEP if at + len(text) <= cut else max(0, cut - at)
            at += len(text) + 1
    return verdicts


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


_WS = re.compile(r"\s+")


def collapse_whitespace(text: str) -> str:
    return _WS.sub(" ", text).strip()


def unify_quotes(text: str) -> str:
    """The same quote-mark folding as normalize(), for comparing texts."""
    return _fold_quotes(text)
