"""Short forms and spellings of one person's name: the words short forms are made of, the short
forms a text may use, old and new spellings that meet (Soekarno/Sukarno), and whether two written
names are one person."""
from __future__ import annotations

import functools
import re

from .balinesenames import opens_balinese
from .names import _JOINING_WORDS, lowercase_words
from .scan import matches_at, matches_where_written, word_start_pattern, words_after_hyphens


def name_tokens(name: str) -> list[str]:
    """The words of a name that short forms are made of: not its joining words, nor the father's
    name after "bin"/"binti" ("Ahmad Fauzi bin Sulaiman" is never "Sulaiman")."""
    words = name.split()
    for k, w in enumerate(words):
        if w in ("bin", "binti") and k > 0:
            words = words[:k]
            break
    return [t for t in _without_caste_title(words) if len(t.rstrip(".")) > 1 and t not in _JOINING_WORDS]


def default_aliases(name: str) -> list[str]:
    """Short forms a text may use for a full name: first given name, last name, last two tokens."""
    toks = name_tokens(name)  # "Ahmad Fauzi bin Sulaiman": the father's name is no short form
    if len(toks) >= 2 and len(toks) < len(name.split()) and " ".join(toks) != name:
        toks_name = " ".join(toks)
        if name.startswith(toks_name + " bin"):
            return [a for a in dict.fromkeys([*default_aliases(toks_name), toks_name]) if a != name]
    out: list[str] = []
    if len(toks) >= 2:
        # (never the first word after a caste title: "Anak Agung Gede ..." is not called "Gede", a birth-order word)
        out += [*([toks[0]] if name.split()[0] not in ("Anak", "Ida") else []), toks[-1], " ".join(toks[-2:])]
        if len(toks) >= 3:
            out.append(" ".join(toks[:2]))
    return [a for a in dict.fromkeys(out) if a != name]


_SPELLING = [("oe", "u"), ("dj", "j"), ("tj", "c"), ("sj", "sy"), ("ch", "kh"), ("y", "i"), ("ph", "f")]


_DOUBLED = re.compile(r"(.)\1+")


@functools.lru_cache(maxsize=65536)
def spelling_key(word: str) -> str:
    """Old and new spellings of one name meet here: Rudy/Rudi, Soekarno/Sukarno, Djoko/Joko, Jusuf/Yusuf."""
    w = word.lower()
    for a, b in _SPELLING:
        w = w.replace(a, b)
    w = w.replace("j", "i") if w.startswith("ius") else w
    return _DOUBLED.sub(r"\1", w).replace("h", "")


def _short_form_of(short: str, full: str) -> bool:
    """'Risma' for 'Tri Rismaharini', 'Yani' for 'Syam Wuryani', 'Hari' for 'Agung Hari Setiyono'."""
    if " " in short or " " not in full or len(short) < 3:
        return False
    low = short.lower()
    key = spelling_key(low)
    return any(t == low or (len(t) > len(low) and (t.startswith(low) or t.endswith(low)))
               or (len(low) >= 4 and spelling_key(t) == key)
               for t in (x.lower() for x in name_tokens(full)))


# Caste title words opening a Balinese name ("Anak Agung Ayu", "Ida Bagus") that are common given names elsewhere
# ("Agung Mulyawan", "Bagus Santoso", "Ayu Lestari"): "Agung" alone is that other person, never this one ("Gusti",
# "Dewa" stay: a text calls "I Dewa Gede Bawa" "Dewa")
_CASTE_TITLE_WORDS = frozenset("Anak Agung Ida Bagus Ayu".split())


def _without_caste_title(tokens: list[str]) -> list[str]:
    if not opens_balinese(tokens) and not (len(tokens) > 1 and tokens[0] in ("I", "Ni") and opens_balinese(tokens, 1)):
        return tokens
    k = 0
    while k < len(tokens) - 1 and (tokens[k] in _CASTE_TITLE_WORDS or tokens[k] in ("I", "Ni")):
        k += 1
    return tokens[k:]


def _spelling_variant(a: str, b: str) -> bool:
    """Two multi-word spellings of one name: same number of words, each word the same by
    spelling key or nearly the same letters (a dropped letter, y/i, a doubled consonant)."""
    ta, tb = a.split(), b.split()
    if a == b or len(ta) != len(tb) or len(ta) < 2:
        return False
    from rapidfuzz.distance import Levenshtein

    for x, y in zip(ta, tb):
        x, y = x.lower(), y.lower()
        if x == y or spelling_key(x) == spelling_key(y):
            continue
        if len(x) >= 5 and x[0] == y[0] and Levenshtein.distance(x, y) <= 1:
            continue
        return False
    return True


def _same_person(a: str, b: str) -> bool:
    """One written name is the other with tokens dropped at one end ("Puti Chairida" / "Puti Chairida
    Anwar"; "Kalteng Sugianto Sabran" / "Sugianto Sabran")."""
    ta, tb = a.split(), b.split()
    if len(ta) == len(tb):
        return False
    short, long = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    return len(short) >= 2 and (long[: len(short)] == short or long[-len(short):] == short)


# Single words a text uses alone for a speaker: "kata Hari", "Hari menambahkan", "Menurut Yasonna,".
_SHORT_SPEAKER = re.compile(
    r"\b(?:kata|ujar|tutur|ucap|ungkap|jelas|papar|tegas|sebut|terang|lanjut|tambah|imbuh|pungkas|"
    r"tandas|menurut)[^\S\n]+(?P<a>[A-Z][a-z]+)\b(?![^\S\n]+[A-Z])|(?:^|[.!?][^\S\n]|\n)(?:[A-Z][\w\-]*[^\S\n]+)?(?P<b>[A-Z][a-z]+)[^\S\n]+(?:mengatakan|"
    r"menambahkan|menjelaskan|menyampaikan|menegaskan|mengungkapkan|menyatakan|menuturkan|mengakui|menilai|berharap|"
    r"mengaku|menyebutkan|memaparkan|menerangkan)\b"
    r"|(?:^|[.!?][^\S\n]|\n)Menurut[^\S\n]+(?P<c>[A-Z][a-z]+),"  # "Menurut Yasonna, ..." opening a sentence
)


def short_forms_in(text: str) -> set[str]:
    """Single words the text uses alone for a speaker ("kata Hari", "Hari menambahkan")."""
    ends = [m.start() for m in _SHORT_SPEAKER_END_AT.finditer(text)]
    cues = _cue_offsets(text)
    starts = [0, *sorted(ends + cues)]  # two sorted runs: one merge
    return {m.group("a") or m.group("b") or m.group("c") for m in matches_at(_SHORT_SPEAKER, text, starts)}


# Where a _SHORT_SPEAKER match can start besides the text's start: a sentence end with a space
# after it or a line break, or a speech word with a capitalized word after it. Found by two scans
# re runs fast (one with one character class, one led by the words' first letters: together
# faster than one alternation of both); the pattern itself is tried only there.
_SHORT_SPEAKER_END_AT = re.compile(r"[.!?](?=[^\S\n])|\n")
_SHORT_SPEAKER_CUES = "kata ujar tutur ucap ungkap jelas papar tegas sebut terang lanjut tambah imbuh pungkas tandas menurut".split()
_SHORT_SPEAKER_CUE_AT = re.compile(word_start_pattern(_SHORT_SPEAKER_CUES) + r"(?=[^\S\n]+[A-Z])")


def _cue_offsets(text: str) -> list[int]:
    """The offsets `_SHORT_SPEAKER_CUE_AT.finditer(text)` gives, found from the text's lowercase
    words: a cue has a space after it, so it is one of lowercase_words (a cached scan the people
    passes need anyway) unless a hyphen stands before it. Each such cue is looked up with str.find
    and checked by the pattern where it stands, instead of a scan led by nine common letters."""
    words = lowercase_words(text)
    cues = [cue for cue in _SHORT_SPEAKER_CUES if cue in words or cue in words_after_hyphens(text)]
    return sorted({m.start() for m in matches_where_written(_SHORT_SPEAKER_CUE_AT, text, cues)})


# A Haji or academic title glued to the name by its dot ("Bupati Sukamaju H.Rahmat Santoso"): read as the title
# written without its dot ("H Rahmat"), one character for one, so every offset stays
_GLUED_TITLE = re.compile(r"(?<![\w.])(?:H|Hj|KH|Drs|Dra|Ir)\.(?=[A-Z][a-z]{2,})")


def unglued_titles(text: str) -> str:
    if "H." not in text and "Hj." not in text and "Dr" not in text and "Ir." not in text:
        return text  # (a substring test before the scan: most texts have none; "KH." holds "H.")
    return _GLUED_TITLE.sub(lambda m: m.group(0)[:-1] + " ", text)

