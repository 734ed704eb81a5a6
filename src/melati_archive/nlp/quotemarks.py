"""Quote marks in a normalized text paired into quoted spans without trusting their direction: a
quote over several paragraphs, a missing opening or closing mark shown by the cue, nested marks,
and speech set in single marks. quotes.py reads each span's cue."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .speechverbs import CUE_VERBS, MEN_VERBS


def _is_opening(text: str, i: int) -> bool | None:
    if _closes_before_cue(text, i):
        return False
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    open_ctx = before.isspace() or before in "([{-\u2013\u2014:'/"
    close_ctx = after.isspace() or after in ".,;:!?)]}-\u2013\u2014'/"
    if open_ctx and not close_ctx:
        return True
    if close_ctx and not open_ctx:
        return False
    return None


@dataclass
class Pair:
    """A quoted span: `open_at`/`close_at` are mark offsets, or for a missing mark the first
    character of the paragraph / the comma before the cue (`virtual_open`/`virtual_close`)."""

    open_at: int
    close_at: int
    inner: list[int]
    virtual_open: bool = False
    virtual_close: bool = False

    @property
    def start(self) -> int:
        return self.open_at

    @property
    def end(self) -> int:
        return self.close_at if self.virtual_close else self.close_at + 1


# The attribution that ends a quote whose closing mark is missing: `..., ujar Stefanus.`
_MARK = re.compile('"')
_CUE_INSIDE = re.compile(r",[^\S\n]+(?=(?:" + "|".join(sorted(CUE_VERBS, key=len, reverse=True)) + r")(?:[^\S\n]?nya)?\b)")
_CUE_AHEAD = re.compile(r"[^\S\n]*[,.]?[^\S\n]*(?:" + "|".join(sorted(CUE_VERBS, key=len, reverse=True)) + r")(?:[^\S\n]?nya)?\b")


# Reported speech inside a paragraph whose opening mark is missing ("Sesuai aturan itu, kata dia
# bahwa ...,"): the quote began somewhere after it, and where is not known.
_REPORTED_CUE = re.compile(r"\b(?:kata|ujar|tutur|jelas|ungkap|tegas|terang)(?:nya|[^\S\n]+(?:dia|ia|beliau))(?:[^\S\n]*,|[^\S\n]+bahwa)\b")


# "Kepala desa juga menambahkan”, Lebar jalan kini ...": the mark typed right after a speech verb that leads
# into the quote (no space before it, a comma, a colon or a space and a capital after it) opens the quote,
# though its glyph and place read as a closing one; with no closing mark the quote runs to its paragraph's end.
_LEAD_VERBS = frozenset(MEN_VERBS) - {"menyebut", "menyebutkan", "menulis", "menuliskan", "menilai", "menutup"}
_WORD_BEFORE_MARK = re.compile(r"[A-Za-z\-]{1,30}$")
_QUOTE_AFTER_MARK = re.compile(r"[^\S\n]*[,:][^\S\n]*[A-Z]|[^\S\n]+[A-Z]")


# ', “ungkapnya.' / ',”katanya.': a mark after the quote's last punctuation, typed against the cue's verb
# with no space, closes the quote whatever its glyph, when no other mark follows in its paragraph (else it may
# open a quote whose first word is such a verb: ', "tanya saja ...," ujarnya').
_PUNCT_BEFORE_MARK = re.compile(r"[,.!?][^\S\n]?$")
_GLUED_CUE = re.compile(r"(?:" + "|".join(sorted(CUE_VERBS, key=len, reverse=True)) + r")(?:nya)?\b")


# '... bagi jenazah “tambahnya.': the mark after a space, glued to a -nya cue verb that ends its sentence.
_CUE_ENDS_SENTENCE = re.compile(r"[^\S\n]*(?:[.,;]|\n|$)")


def _closes_before_cue(text: str, i: int) -> bool:
    if text[i + 1:i + 2] == " " and _PUNCT_BEFORE_MARK.search(text, max(0, i - 2), i) and text[i - 1:i] == " ":
        # '... dengan nyaman. " kata Budi.': a mark spaced on both sides between a sentence's end and a cue
        # verb closes the quote, when no other mark follows in its paragraph
        spaced = _GLUED_CUE.match(text, i + 2)
        para_end = text.find("\n", i)
        return spaced is not None and text.find('"', i + 1, para_end if para_end != -1 else len(text)) == -1
    glued = _GLUED_CUE.match(text, i + 1)
    if not glued:
        return False
    if not _PUNCT_BEFORE_MARK.search(text, max(0, i - 2), i) and not (
            i > 0 and text[i - 1] in " \t" and glued.group(0).endswith("nya")
            and _CUE_ENDS_SENTENCE.match(text, glued.end())):
        return False
    para_end = text.find("\n", i)
    return text.find('"', i + 1, para_end if para_end != -1 else len(text)) == -1


def _opens_after_verb(text: str, i: int) -> bool:
    m = _WORD_BEFORE_MARK.search(text, max(0, i - 30), i)
    return m is not None and m.group(0).lower() in _LEAD_VERBS and _QUOTE_AFTER_MARK.match(text, i + 1) is not None


def _paragraph_break(text: str, a: int, b: int) -> bool:
    """A line break between a and b that ends a paragraph. Pages wrapped by hand break lines in
    mid-sentence ("... benih jagung dan\nKacang hijau, yang ..."): those do not."""
    nl = text.find("\n", a, b)
    while nl != -1:
        if text[:nl].rstrip()[-1:] in '.!?:;"\'' or nl - text.rfind("\n", 0, nl) < 40:
            return True
        nl = text.find("\n", nl + 1, b)
    return False


def _opened_in_paragraph_before(text: str, open_at: int, para_start: int) -> bool:
    """`"Words ...<newline>More words,"kata X`: the mark left open opens a sentence of the paragraph right
    before the one the closing mark ends, with no other mark between: the two lines are one quote."""
    before = text[:open_at].rstrip(" \t")
    return ((not before or before[-1] in "\n.!?:") and text.count("\n", open_at, para_start) == 1
            and text.find('"', open_at + 1, para_start) == -1)


def pair_marks(text: str) -> list[Pair]:
    """Quoted spans in `text`, pairing double-quote marks by context, never by glyph direction.

    An unclosed mark at the end of a paragraph continues into the next paragraph when that one
    opens with a mark (a multi-paragraph quote); otherwise the quote is kept only when a speech verb
    after a comma inside the paragraph shows where it ended. A closing mark with nothing open is
    taken to close a quote from the start of its paragraph only when a speech verb follows it.
    Anything else is dropped: fewer quotes, never a wrong span."""
    marks = [m.start() for m in _MARK.finditer(text)]
    pairs: list[Pair] = []
    stack: list[tuple[int, list[int]]] = []
    paragraphs = "\n" in text

    after_verb: set[int] = set()  # marks typed after a lead-in verb, read as opening ones

    dropped: list[int] = []  # the opening mark of the last paragraph left open with no cue

    def unclosed(open_at: int, inner: list[int], limit: int) -> None:
        anchor = inner[-1] if inner else open_at
        para_end = text.find("\n", anchor)
        para_end = limit if para_end == -1 or para_end > limit else para_end
        m = _CUE_INSIDE.search(text, anchor + 1, para_end)
        if m and '"' not in text[anchor + 1:m.start()]:
            pairs.append(Pair(open_at, m.start(), inner, virtual_close=True))
        elif open_at in after_verb and '"' not in text[anchor + 1:para_end]:
            end = len(text[:para_end].rstrip())
            if end > anchor + 1:
                pairs.append(Pair(open_at, end, inner, virtual_close=True))
        elif not inner:
            dropped[:] = [open_at]

    for i in marks:
        direction = _is_opening(text, i)
        if stack:
            open_at, inner = stack[-1]
            anchor = inner[-1] if inner else open_at
            if _paragraph_break(text, anchor, i):
                # The paragraph ended with the quote still open.
                next_para = text.count("\n", anchor, i) == 1 and text[i - 1] == "\n"
                if next_para and direction is not False and len(stack) == 1:
                    inner.append(i)
                    continue
                if len(stack) == 1:
                    unclosed(open_at, inner, i)
                stack.clear()
        if not stack:
            if direction is False and _opens_after_verb(text, i):
                after_verb.add(i)
                stack.append((i, []))
                continue
            if direction is False:
                para_start = text.rfind("\n", 0, i) + 1
                if (paragraphs and _CUE_AHEAD.match(text, i + 1) and i - para_start < 800
                        and '"' not in text[para_start:i] and i > para_start
                        and not _REPORTED_CUE.search(text, para_start, i)):
                    if dropped and _opened_in_paragraph_before(text, dropped[0], para_start):
                        pairs.append(Pair(dropped[0], i, []))  # one quote over a line break with no mark there
                    else:
                        pairs.append(Pair(para_start, i, [], virtual_open=True))
                continue  # otherwise a stray closing mark
            stack.append((i, []))
            continue
        if direction is True:
            stack.append((i, []))  # nested, or the earlier one was unbalanced
            continue
        open_at, inner = stack.pop()
        pairs.append(Pair(open_at, i, inner))
    if len(stack) == 1:
        unclosed(stack[0][0], stack[0][1], len(text))
    pairs.sort(key=lambda p: p.open_at)
    # Keep only outermost pairs; nested ones are part of the outer quote.
    out: list[Pair] = []
    for pair in pairs:
        if out and pair.open_at < out[-1].end:
            continue
        out.append(pair)
    return out


def _inner_text(text: str, pair: Pair) -> str:
    pieces = []
    first = pair.open_at - 1 if pair.virtual_open else pair.open_at
    cuts = [first] + pair.inner + [pair.close_at]
    for a, b in zip(cuts, cuts[1:]):
        pieces.append(text[a + 1:b])
    content = " ".join(p.strip() for p in pieces)
    content = " ".join(content.split())
    return content.rstrip(",").rstrip()


# Pages that set speech in single marks ('Kami siap,' kata Budi): a single mark after a space that
# opens a capital, closed after , . ? or ! by a mark followed by a speech verb or the paragraph's
# end. Apostrophes inside words (Jum'at, Ma'ruf) never open one, and one inside the span ends it.
_SINGLE_QUOTE = re.compile(
    r"(?:(?<=^)|(?<=[\s(]))'(?=[A-Z0-9])[^'\n]{3,600}?[,.!?]'(?=[^\S\n]*(?:" + "|".join(sorted(CUE_VERBS, key=len, reverse=True))
    + r")(?:[^\S\n]?nya)?\b|[^\S\n]*\n|[^\S\n]*$)", re.MULTILINE)


# "... dengan nyaman. ' kata Budi.": in a text of double marks, a paragraph whose only mark is a single one
# after a sentence's end and before a speech verb: the closing double mark of a quote typed without its
# opening one, miskeyed.
_LONE_SINGLE_CLOSER = re.compile(r"(?<=[,.!?])[^\S\n]?'(?=[^\S\n]*(?:" + "|".join(sorted(CUE_VERBS, key=len, reverse=True))
                                 + r")(?:[^\S\n]?nya)?[^\S\n]+[A-Z])")


def _lone_single_closers_as_double(text: str) -> str:
    chars = None
    for m in _LONE_SINGLE_CLOSER.finditer(text):
        at = m.end() - 1
        start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        para = text[start:end if end >= 0 else len(text)]
        if para.count("'") == 1 and '"' not in para:
            chars = chars or list(text)
            chars[at] = '"'
    return "".join(chars) if chars else text


def single_marks_as_double(text: str) -> str:
    """`text` with speech set in single marks given double ones (same length, same offsets); a text
    with any double mark is returned as it is (its single marks are quotes inside quotes), but for
    a lone single mark closing a quote typed without its opening one (`_LONE_SINGLE_CLOSER`)."""
    if "'" not in text:
        return text
    if '"' in text:
        return _lone_single_closers_as_double(text)
    chars = None
    for m in _SINGLE_QUOTE.finditer(text):
        chars = chars or list(text)
        chars[m.start()] = chars[m.end() - 1] = '"'
    return "".join(chars) if chars else text
