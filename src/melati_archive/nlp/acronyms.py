"""Acronyms defined in a text (`Long Form (ACR)`, `ACR (Long Form)`); the programs a text
mentions are in nlp.programmentions.

Indonesian acronyms take syllables as often as initials (Pusdatin = PUSat DAta dan INformasi,
Ditjen = DIrekTorat JENderal, Tagana = TAruna siaGA bencaNA), so a long form is accepted when
the acronym's letters can be read off its words in order: every word from its initial, with a
little slack (a word that gives nothing, a syllable taken from inside a word). Connectors
("dan", "dari", ...) may give a letter or nothing, for free.
"""
from __future__ import annotations

import itertools
import re
from itertools import chain

from ..model import Acronym
from .scan import matches_at
from .acronymalign import (  # noqa: F401 - re-exported: callers and tests read them here
    CONNECTORS, _letters, _split_compounds, _syllabic, alignment_cost,
)
_MAX_LONG_WORDS = 10
# syllable acronyms run long (Bappelitbangda 14), and a two-word one spells its second word whole
# (BPJS Kesehatan 13); the alignment, not this bound, is what keeps names and words out
_MAX_ACRONYM_LETTERS = 16
_MAX_LOWER_LETTERS = 12
# a slash between two words joins them (Barang/Jasa); elsewhere it stops a long form. A dash
# (en, em, or two hyphens) stops it too: it ends a dateline or a site's name glued to the first
# word ("Harianmomentum--Pemerintah Kabupaten (Pemkab)")
_STOP_BEFORE = re.compile(r"[.,;:!?()\"“”'‘’\[\]–—]|--|(?<![A-Za-z])/|/(?![A-Za-z])")
_WORD = re.compile(r"[A-Za-z](?:[A-Za-z'’]|-(?!-))*(?:/[A-Za-z](?:[A-Za-z'’]|-(?!-))*)?|&")
# A parenthesis holding one or two tokens: candidate acronym, or a candidate long form.
_PAREN = re.compile(r"\(([^()\n]{1,120})\)")
_ACRONYM_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9\-&.]*")


# --- Finding definitions ----------------------------------------------------------------------


def _looks_like_acronym(token: str) -> bool:
    """ATENSI, PKH, P2TP2A, TePSA, SiPeKa, Pusdatin, Sakti Peksos; not 12, 15/01/2020, tunai, AD."""
    parts = token.split()
    if not 1 <= len(parts) <= 2 or not all(_ACRONYM_TOKEN.fullmatch(p) for p in parts):
        return False
    if not 2 <= len(_letters(token)) or not all(len(_letters(p)) <= _MAX_ACRONYM_LETTERS for p in parts):
        return False
    if not parts[0][0].isupper():
        return False
    return all(p[0].isupper() for p in parts)


def _looks_like_lower_acronym(token: str) -> bool:
    """bansos, lansia, peksos: an acronym that became a word and is written in lower case."""
    return token.isalpha() and token.islower() and 4 <= len(token) <= _MAX_LOWER_LETTERS


LOWER_MAX_COST = 0.5  # a lower-case pair has no capitals to vouch for it: at most one inside syllable


def _is_title_case_word(word: str) -> bool:
    return word[:1].isupper() or word.lower() in CONNECTORS


_STOP_BEFORE_BUT_COMMA = re.compile(r"[.;:!?()\"“”'‘’\[\]–—]|--|(?<![A-Za-z])/|/(?![A-Za-z])")
# the end of the last stop in a chunk: one greedy match, not a scan of every stop
_LAST_STOP = re.compile(r".*(?:" + _STOP_BEFORE.pattern + ")", re.S)
_LAST_STOP_BUT_COMMA = re.compile(r".*(?:" + _STOP_BEFORE_BUT_COMMA.pattern + ")", re.S)


def _words_before(text: str, pos: int, commas: bool = False, lines: bool = False) -> list[tuple[str, int]]:
    """Up to _MAX_LONG_WORDS words right before `pos`, stopping at punctuation or a line end
    (`commas`: going on over commas; `lines`: over one line end)."""
    start = max(0, pos - 200)
    chunk = text[start:pos]
    last = (_LAST_STOP_BUT_COMMA if commas else _LAST_STOP).match(chunk)
    cut = last.end() if last else 0
    nl = chunk.rfind("\n")
    if lines and nl >= 0:
        nl = chunk.rfind("\n", 0, nl)
    cut = max(cut, nl + 1)
    words = [(m.group(), start + m.start()) for m in _WORD.finditer(chunk, cut)]
    return words[-_MAX_LONG_WORDS:]


def _best_long_form(acronym: str, words: list[tuple[str, int]], lower: bool = False) -> tuple[int, float] | None:
    """Index of the first word of the best long form among suffixes of `words`, and its cost;
    `lower`: a lower-case acronym (bansos), read off lower-case words with little slack."""
    best = None
    letters = _letters(acronym)
    first, syllable = letters[:1], letters[:3] if _syllabic(acronym) else None
    for i in range(len(words) - 1, -1, -1):
        if i == len(words) - 1 and len(_split_compounds((words[i][0],))) < 2:
            continue  # one word is no long form, unless it joins several (Jakarta-Cikampek)
        if words[i][0][:1].lower() != first and not (syllable and syllable in words[i][0][1:].lower()):
            continue  # the first word gives the first letter or syllable: alignment_cost says None
        cand = [w for w, _ in words[i:]]
        cost = alignment_cost(acronym, cand)
        if cost is None:
            continue
        if lower:
            if cost > LOWER_MAX_COST or acronym in (w.lower() for w in cand):
                continue
        # lower-case long forms ("sumber daya manusia (SDM)") only when they are clean initials
        elif cost > 0 and not all(_is_title_case_word(w) for w in cand):
            continue
        # equal slack: the longer form when it is all capitalised, every word then gives its letters
        # (Pusat Pembinaan Perempuan Pekerja Migran (P4M), not two p's read off Perempuan)
        if best is None or cost < best[1] or cost == best[1] and all(_is_title_case_word(w) for w in cand):
            best = (i, cost)
    return best


# "Asistensi Rehabilitasi Sosial atau ATENSI", "PKH atau Program Keluarga Harapan": without
# parentheses only an acronym with two capitals or more, so "atau Budi" is never one. A cue word
# that says "this is its short form" (disingkat, selanjutnya disebut, dikenal dengan) is explicit
# enough for a syllable acronym with one capital (Tagana).
_CUE_AFTER = (r"(?:(?:selanjutnya|biasa|lebih)\s+)?(?:disingkat(?:\s+(?:dengan|menjadi))?|disebut(?:\s+dengan)?"
              r"|dikenal\s+(?:dengan(?:\s+(?:sebutan|singkatan|istilah|nama))?|sebagai))")
# Each scanning pattern below opens with a lookahead of the letters a match can start with (or a
# literal): re then skips to those letters, where a leading \b or lookbehind is tried at every
# offset of the text (the first words here: atau, yang, selanjutnya, biasa, lebih, di-).
_ATAU_AFTER = re.compile(rf"(?=[aysbld])\b(?:atau(?:\s+(?:yang\s+)?{_CUE_AFTER})?|(?:yang\s+)?{_CUE_AFTER})"
                         r"\s+([A-Z][A-Za-z0-9&\-]{1,15})\b")
# "Bantuan Pangan Non Tunai/BPNT": a slash before an acronym of two capitals or more
_SLASH_AFTER = re.compile(r"/(?<=[a-z]/)([A-Z][A-Za-z0-9&\-]{1,15})\b")
_ATAU_BEFORE = re.compile(r"(?=[A-Z])\b([A-Z][A-Za-z0-9&\-]{1,15})\s+atau\s+(?=[A-Z])")
# "PKH merupakan kepanjangan dari Program Keluarga Harapan", "KUBE, singkatan dari ..."
_CUE_BEFORE = (r"(?:(?:yang\s+)?(?:merupakan|adalah|ialah|yaitu|yakni)\s+)?"
               r"(?:kepanjangan|singkatan|akronim|kependekan)\s+(?:dari\s+)?")
_NAMED_BEFORE = re.compile(rf"(?=[A-Z])\b([A-Z][A-Za-z0-9&\-]{{1,15}}),?\s+{_CUE_BEFORE}(?=[A-Za-z])")
# "BLT, yaitu Bantuan Langsung Tunai", "KUBE adalah Kelompok Usaha Bersama": words that also open a
# list or a description, so only capitalised words that give every letter from a clean reading
_NAMED_WEAKLY = re.compile(r"(?=[A-Z])\b([A-Z][A-Za-z0-9&\-]{1,15}),?\s+(?:yaitu|yakni|adalah|ialah|merupakan)\s+(?=[A-Z])")
# the same cues opening a parenthesis: "(yang selanjutnya disingkat LKS)", "(singkatan dari ...)"
_PAREN_CUE_AFTER = re.compile(rf"(?:yang\s+)?{_CUE_AFTER}\s+")
_PAREN_CUE_BEFORE = re.compile(_CUE_BEFORE)


# The scans of definitions without parentheses, in order, each with a quick test of what every match
# of it holds (substring searches, or a pattern opening with a literal; None: scanned always): most
# texts have no "singkatan" nor "atau X".
_ATAU_CAPITAL = re.compile(r"atau\s+[A-Z]")


def _has_any(*words: str):
    return lambda text: any(w in text for w in words)


def _capital_after_any(*words: str):
    """A text writes one of `words` before spaces and a capital (each a pattern led by its literal,
    which re finds fast, where a scan led by a lookahead tries every letter it names)."""
    patterns = [re.compile(re.escape(w) + r"\s+[A-Z]") for w in words]
    return lambda text: any(p.search(text) is not None for p in patterns)


def _atau_after_needs(text: str) -> bool:
    # every _ATAU_AFTER match writes "atau" before spaces and a capital, or a cue of _CUE_AFTER
    return _ATAU_CAPITAL.search(text) is not None or "disingkat" in text or "disebut" in text or "dikenal" in text


_WEAK_CUES = [re.compile(w + r"\s+[A-Z]") for w in ("yaitu", "yakni", "adalah", "ialah", "merupakan")]


def _capitals_before(text: str, at: int, comma: bool) -> list[int]:
    """The offsets a capitalized word of 2-16 characters (_ATAU_BEFORE's, _NAMED_WEAKLY's) can start at
    to end before the spaces (and `comma`: a comma) before `at`: the only starts of a match whose
    cue is at `at`."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if comma and end > 0 and text[end - 1] == ",":
        end -= 1
    return [p for p in range(max(0, end - 16), end - 1) if "A" <= text[p] <= "Z"]


def _before_cues(rx: re.Pattern, cues: list[re.Pattern], comma: bool):
    """rx.finditer(text) for a pattern whose matches are a capitalized word, spaces and a cue (one of
    `cues`, each led by its literal, which re finds fast): matched only before each cue, where a
    scan led by every capital tried each one (same matches in the same order)."""
    def scan(text: str):
        starts = {p for cue in cues for c in cue.finditer(text) for p in _capitals_before(text, c.start(), comma)}
        return matches_at(rx, text, sorted(starts))
    return scan


_SCANS = (
    (_ATAU_AFTER, _atau_after_needs, None),
    (_ATAU_BEFORE, lambda text: _ATAU_CAPITAL.search(text) is not None, _before_cues(_ATAU_BEFORE, [_ATAU_CAPITAL], False)),
    (_NAMED_BEFORE, _has_any("kepanjangan", "singkatan", "akronim", "kependekan"), None),
    (_NAMED_WEAKLY, _capital_after_any("yaitu", "yakni", "adalah", "ialah", "merupakan"), _before_cues(_NAMED_WEAKLY, _WEAK_CUES, True)),
    (_SLASH_AFTER, None, None),
)


def find_acronyms(text: str) -> list[Acronym]:
    """Acronym definitions in text order, each short form once (its first definition)."""
    found: dict[int, Acronym] = {}
    for m in _PAREN.finditer(text):
        inside = " ".join(m.group(1).split())
        pair = _defined_in_paren(text, m, inside)
        if pair is not None:
            found.setdefault(m.start(), pair)
    scans = [(scan or rx.finditer)(text) for rx, needs, scan in _SCANS if needs is None or needs(text)]
    for m in chain(*scans):
        pair = _defined_by_atau(text, m)
        if pair is not None:
            found.setdefault(m.start(), pair)
    first: dict[str, Acronym] = {}
    for _, pair in sorted(found.items()):
        if not _spelt_out(pair):
            first.setdefault(pair.short, pair)
    return list(first.values())


def _spelt_out(pair: Acronym) -> bool:
    """Kantor Pos (Kantor Pos), Kota Bekasi (Kota Bekasi): words repeated, no short form."""
    long_words = set(pair.long.lower().replace(",", " ").split())
    return all(w in long_words for w in pair.short.lower().split())


def _defined_in_paren(text: str, m: re.Match, inside: str) -> Acronym | None:
    """Long Form (ACR), ACR (Long Form), and both with a cue opening the parenthesis."""
    cue = _PAREN_CUE_AFTER.match(inside)
    if cue is not None:
        return _defined_before(text, m, inside[cue.end():])
    cue = _PAREN_CUE_BEFORE.match(inside)
    if cue is not None:
        return _defined_inside(text, m, inside[cue.end():])
    # the long form before the parenthesis is read once: tried first without a place between
    # (the reading `_defined_before` makes), then last with one
    start = _long_form_before(text, m, inside)
    return _pair_before(text, m, inside, start, places=False) or _defined_inside(text, m, inside) \
        or _defined_electronic(text, m, inside) or _defined_around(text, m, inside) \
        or _defined_quoted(text, m, inside) or _pair_before(text, m, inside, start)


_QUOTES = "\"“”'‘’"


def _end_of_text_before(text: str, pos: int) -> int:
    """`pos` moved back over spaces (without copying the text before it)."""
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return pos


def _defined_quoted(text: str, m: re.Match, inside: str) -> Acronym | None:
    """Program "Kampung Ramah Anak" (KRA): a name in quote marks, spelt whole by the acronym."""
    end = _end_of_text_before(text, m.start()) - 1
    if end < 0 or text[end] not in _QUOTES or not _looks_like_acronym(inside):
        return None
    words = _words_before(text, end)
    opening = _end_of_text_before(text, words[0][1]) - 1 if len(words) >= 2 else -1
    if opening < 0 or text[opening] not in _QUOTES:
        return None
    best = _best_long_form(inside, words)
    if best is None or best[0] != 0:
        return None
    return Acronym(short=inside, long=" ".join(text[words[0][1]:end].split()))


# the parenthesis holds the acronym's first word and the second follows it: Badan Koordinasi
# Hubungan Masyarakat (Bako) Humas, read as a whole when the first word alone spells nothing
_WORD_AFTER = re.compile(r"[ \t]+([A-Z][A-Za-z0-9]{1,15})\b")


def _defined_around(text: str, m: re.Match, inside: str) -> Acronym | None:
    after = _WORD_AFTER.match(text, m.end())
    if after is None or " " in inside or not _looks_like_acronym(inside):
        return None
    pair = _defined_before(text, m, f"{inside} {after.group(1)}")
    if pair is None:
        return None
    # each word of the acronym spells its own piece of the long form cleanly: not a rank and a name
    # that happen to scatter over it (Brigadir Jenderal (Pol) Raden)
    words = pair.long.split()
    return pair if any(_spells_cleanly(inside, words[:k]) and _spells_cleanly(after.group(1), _without_region(words[k:]))
                       for k in range(1, len(words))) else None


def _without_region(words: list[str]) -> list[str]:
    """Kota Bogor -> Bogor: the word for a region is not written in the acronym's place name."""
    return words[1:] if len(words) > 1 and words[0].lower() in _REGION_WORDS else words


def _spells_cleanly(acronym: str, words: list[str]) -> bool:
    """Initials and syllables, at most one syllable from inside a word."""
    cost = alignment_cost(acronym, words)
    return cost is not None and cost <= 0.5


# e-KTP: the "e-" says "elektronik", which the long form writes last (Kartu Tanda Penduduk elektronik)
_ELECTRONIC = re.compile(r"e-([A-Z][A-Za-z0-9]{1,15})")


def _defined_electronic(text: str, m: re.Match, inside: str) -> Acronym | None:
    """Long Form elektronik (e-ACR), e-ACR (Long Form elektronik)."""
    before = _words_before(text, m.start())
    short = _ELECTRONIC.fullmatch(inside)
    if short is not None:
        if len(before) < 3 or before[-1][0].lower() != "elektronik":
            return None
        first = _long_form_start(text, before[-1][1], short.group(1))
        return None if first is None else Acronym(short=inside, long=" ".join(text[first:m.start()].split()))
    long_words = _WORD.findall(inside)
    short = _ELECTRONIC.fullmatch(before[-1][0]) if before else None
    if short is None or len(long_words) < 3 or long_words[-1].lower() != "elektronik" \
            or _STOP_BEFORE.search(inside) or alignment_cost(short.group(1), long_words[:-1]) is None \
            or not all(_is_title_case_word(w) for w in long_words[:-1]):
        return None
    return Acronym(short=short.group(), long=" ".join(long_words))


def _capitals(token: str) -> int:
    return sum(ch.isupper() for ch in token)


def _defined_by_atau(text: str, m: re.Match) -> Acronym | None:
    """Long Form atau ACR / Long Form disingkat ACR / ACR atau Long Form / ACR singkatan dari Long Form."""
    short = m.group(1)
    bare_atau = m.re is _ATAU_BEFORE or m.re is _SLASH_AFTER or m.group().startswith("atau ") and len(m.group().split()) == 2
    if _capitals(short) < (2 if bare_atau else 1) or not _looks_like_acronym(short):
        return None
    if m.re is _ATAU_AFTER or m.re is _SLASH_AFTER:
        # "Badan Usaha Milik Desa, selanjutnya disebut BUMDes": the long form ends at the comma
        end = m.start()
        head = text[max(0, end - 3):end].rstrip()
        if head.endswith(",") and not m.group().startswith("atau"):
            end = text.rindex(",", 0, end)
        first = _long_form_start(text, end, short)
        if first is None:
            return None
        return Acronym(short=short, long=" ".join(text[first:end].split()))
    after = text[m.end():m.end() + 200].split("\n")[0]
    cut = _STOP_BEFORE.search(after)
    words = _WORD.findall(after[:cut.start()] if cut else after)[:_MAX_LONG_WORDS]
    run = list(itertools.takewhile(_is_title_case_word, words))
    if m.re is _NAMED_WEAKLY:  # the whole run or nothing: Bapak Kepala Puskesmas is no BPK
        while run and run[-1].lower() in CONNECTORS:
            run.pop()
        # or the office before a place: BPS merupakan Badan Pusat Statistik Kabupaten Bogor
        place = next((i for i, w in enumerate(run[:-1]) if i >= 2 and w.lower() in _REGION_WORDS), None)
        for words in (run, run[:place] if place else []):
            if words and alignment_cost(short, words) == 0:
                return Acronym(short=short, long=" ".join(words))
        return None
    # the whole run of capitalised words that spells the acronym, not the cheapest piece of it
    for n in range(len(run), 1, -1):
        if alignment_cost(short, run[:n]) is not None:
            return Acronym(short=short, long=" ".join(run[:n]))
    if m.re is _NAMED_BEFORE:
        # "singkatan dari" says the words are the long form, even in lower case: clean initials only
        for n in range(len(words), 1, -1):
            if alignment_cost(short, words[:n]) == 0:
                return Acronym(short=short, long=" ".join(words[:n]))
    return None


def _long_form_start(text: str, end: int, acronym: str, lower: bool = False) -> int | None:
    """Where the long form of `acronym` that ends at `end` starts, or None.

    A long form may hold commas (Dinas Koperasi, Usaha Kecil dan Menengah (Diskop UKM)) or a line
    end (a wrapped line) when no piece after it spells the acronym and every word over it is
    capitalised: lower-case words before a comma are a sentence, not a name, unless every word
    gives its initial to an acronym in capitals (usaha mikro, kecil, dan menengah (UMKM))."""
    words = _words_before(text, end)
    best = _best_long_form(acronym, words, lower=lower)
    if best is not None:
        return words[best[0]][1]
    if lower:
        return None
    after_slash = _after_a_slash(acronym, words)
    if after_slash is not None:
        return after_slash
    for commas in (True, False):
        wider = _words_before(text, end, commas=commas, lines=not commas)
        if len(wider) <= len(words):
            continue
        best = _best_long_form(acronym, wider)
        if best is None or best[0] >= len(wider) - len(words):
            continue
        initials = commas and best[1] == 0 and acronym.isupper() and len(_letters(acronym)) >= 3
        if initials or all(_is_title_case_word(w) for w, _ in wider[best[0]:]):
            return wider[best[0]][1]
    return None


def _after_a_slash(acronym: str, words: list[tuple[str, int]]) -> int | None:
    """Program Sembako/Bantuan Pangan Non Tunai (BPNT): a slash between two names of one thing
    joins them into one word, so a long form that starts after it is read from there, when every
    word of it is capitalised."""
    for k in range(len(words) - 1, -1, -1):
        word, pos = words[k]
        if "/" in word:
            cut = word.rindex("/") + 1
            tail = [(word[cut:], pos + cut)] + words[k + 1:]
            best = _best_long_form(acronym, tail)
            if best is not None and best[0] == 0 and all(_is_title_case_word(w) for w, _ in tail):
                return tail[0][1]
            return None
    return None


# a place written after an office's acronym, as after its long form: Dinas Sosial Kota Bekasi
# (Dinsos Kota Bekasi); the acronym spells the office, the place is both forms' last words
_REGION_WORDS = frozenset("kota kabupaten kab provinsi prov kecamatan desa kelurahan".split())


def _defined_before(text: str, m: re.Match, inside: str, places: bool = True) -> Acronym | None:
    """Long Form (ACR), or a lower-case pair: bantuan sosial (bansos); `places`: also with a place
    between the long form and the parenthesis (Dinas Sosial Kota Bekasi (Dinsos))."""
    return _pair_before(text, m, inside, _long_form_before(text, m, inside), places)


def _long_form_before(text: str, m: re.Match, inside: str) -> tuple[bool, int, int | None] | None:
    """(a lower-case acronym, where the long form ends, where it starts or None) of the long form
    before the parenthesis `m`; None when `inside` is no acronym (a place may follow one there)."""
    lower = False
    if not _looks_like_acronym(inside):
        if _looks_like_lower_acronym(inside):
            lower = True
        else:
            return None
    end = m.start()
    ordinal = _ORDINAL_BEFORE.search(text, max(0, end - 16), end)
    if ordinal is not None:
        end = ordinal.start()  # Hari Anak Nasional ke-38 (HAN): the number is not the name's
    return lower, end, _long_form_start(text, end, inside, lower=lower)


def _pair_before(text: str, m: re.Match, inside: str, start, places: bool = True) -> Acronym | None:
    """`_defined_before` from its reading of the long form (`_long_form_before`)."""
    if start is None:
        return _defined_before_with_place(text, m, inside)
    lower, end, first = start
    if first is None and places and not lower:
        return _defined_before_place(text, end, inside)
    if first is None:
        return None
    pair = Acronym(short=inside, long=" ".join(text[first:end].split()))
    if not lower:
        # Kepala Desa Sukamaju (Kades): the place's initial fits by chance; the office spelt
        # cleanly without its place is the long form
        office = _defined_before_place(text, end, inside)
        if office is not None and pair.long.startswith(office.long + " ") \
                and alignment_cost(inside, office.long.split()) == 0:
            return office
    return pair


def _defined_before_place(text: str, end: int, short: str) -> Acronym | None:
    """Dinas Sosial Kota Bekasi (Dinsos), Kementerian Sosial RI (Kemensos): the acronym spells the
    office; the place written after it (a region word and its name, or RI) is not the long form's."""
    words = _words_before(text, end)
    if len(words) >= 3 and words[-1][0] == "RI":
        ends = [words[-1][1]]
    elif len(words) >= 4 and [w for w, _ in words[-2:]] == ["Republik", "Indonesia"]:
        ends = [words[-2][1]]
    else:
        k = next((i for i in range(len(words) - 2, max(len(words) - 5, 0), -1)
                  if words[i][0].lower() in _REGION_WORDS), None)
        if k is None or not all(w[:1].isupper() for w, _ in words[k:]):
            return None
        ends = [words[k][1], words[k][1] + len(words[k][0])]  # before Kota, or Pemerintah Kabupaten
    for office_end in ends:
        first = _long_form_start(text, office_end, short)
        if first is not None:
            return Acronym(short=short, long=" ".join(text[first:office_end].split()))
    return None


_ORDINAL_BEFORE = re.compile(r"[ \t]+ke-?[ \t]?\d{1,4}[ \t]*$")


def _defined_before_with_place(text: str, m: re.Match, inside: str) -> Acronym | None:
    """Dinas Sosial Kota Bekasi (Dinsos Kota Bekasi): ACR and a place both forms end in."""
    parts = inside.split()
    if not 2 <= len(parts) <= 5:
        return None
    for take in (1, 2):
        short, tail = " ".join(parts[:take]), parts[take:]
        if not _looks_like_acronym(short) or not all(w[:1].isupper() for w in tail):
            continue
        words = _words_before(text, m.start())
        if len(words) <= len(tail) or [w.lower() for w, _ in words[-len(tail):]] != [w.lower() for w in tail]:
            continue
        k = len(words) - len(tail)
        while k > 1 and words[k - 1][0].lower().rstrip(".") in _REGION_WORDS:
            k -= 1  # Dinas Sosial Kota Bekasi (Dinsos Bekasi)
        office_end = words[k][1]
        first = _long_form_start(text, office_end, short)
        if first is None:
            continue
        return Acronym(short=inside, long=" ".join(text[first:m.start()].split()))
    return None


def _defined_inside(text: str, m: re.Match, inside: str) -> Acronym | None:
    """ACR (Long Form)."""
    long_words = _WORD.findall(inside)
    if len(_split_compounds(tuple(long_words))) < 2 or _STOP_BEFORE.search(inside.replace("'", "").replace("’", "")):
        return None
    # the tokens right before the parenthesis as written, digits and all (O2O, P2TP2A)
    before = text[max(0, m.start() - 60):m.start()].split()[-2:]
    for take in (1, 2):
        if len(before) < take:
            break
        tokens = [before[-take].lstrip(_QUOTES + "(["), *before[len(before) - take + 1:]]  # ”Pusdalops (...)
        short = " ".join(tokens)
        if not _looks_like_acronym(short) or (take == 2 and not all(w[:1].isupper() for w in tokens)):
            continue
        # a lone title-case word before a parenthesis is usually a name, unless clearly syllabic
        cost = alignment_cost(short, long_words)
        if cost is None:
            continue
        if cost > 0 and not all(_is_title_case_word(w) for w in long_words):
            continue
        return Acronym(short=short, long=_inside_long_form(inside, short))
    return None


_NUMBER_TAIL = re.compile(r"(?:\s+\d[\d.,]*)+$")


def _inside_long_form(inside: str, short: str) -> str:
    """The parenthesis as written; a number at its end only when the short form has one too
    (Covid-19 (Corona Virus Disease 2019), but PKH (Program Keluarga Harapan 2021) is PKH's)."""
    return inside if any(ch.isdigit() for ch in short) else _NUMBER_TAIL.sub("", inside)
