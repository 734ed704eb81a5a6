"""Where a run of role and name words ends: a verb inside the run (a headline's "Bupati X Serahkan ..."), a
trailing "dan", an entourage after it ("dan para staf"), "masing-masing", and a surname typed in small letters
("Wakil Bupati dr. Sri widodo, ..."). Helpers of nlp/intros.py. Pure functions, strings in, offsets out."""
from __future__ import annotations

import re

from .gazetteer import KNOWN_PLACES, PROVINCE_WORDS
from .names import _bare_kan_verb, _passive_verb


_TRAILING_JOIN = re.compile(r"[^\S\n]+(?:dan|&)$")
# After a run's trailing "dan": an entourage ("dan para staf"), or a group of people written in small letters ("dan
# warga desa", "dan tokoh masyarakat"): the "dan" joins the group, never a word of the office or the name
_ENTOURAGE_AFTER = re.compile(r"[^\S\n]+(?:para|jajaran|jajarannya|staf|stafnya|rombongan|seluruh|sejumlah|warga|masyarakat|"
                              r"tokoh|perangkat|aparat|petugas|pejabat|tamu|undangan|relawan|siswa|mahasiswa|pelajar)\b")


def _verb_in_run(run: str) -> int | None:
    """Where a verb with -kan or di- stands in a capitalized run after its first two words (a headline's
    "Bupati X Serahkan Santunan"), or None."""
    at = 0
    for k, word in enumerate(run.split(" ")):
        low = word.lower()
        if k >= 2 and (_bare_kan_verb(low) or _passive_verb(low)):
            return at
        at += len(word) + 1
    return None


_EACH_AFTER = re.compile(r"[^\S\n]*,?[^\S\n]*masing-masing\b")


_LOWER_SURNAME = re.compile(r"[^\S\n]+(?P<w>[a-z]{3,})(?=[^\S\n]*,|[^\S\n]+kepada\b)")


def _lowercase_surname_end(text: str, end: int) -> int:
    """"Wakil Bupati dr. Sri widodo, ...": a one-word name followed by a lowercase word that is no
    Indonesian word (PySastrawi's dictionary, unless the text writes it only after this name, more
    than once), function word or verb, then a comma or "kepada", is a surname the release typed with a
    small letter. ("Bupati X marah, ..." stays X: marah is a word.)"""
    m = _LOWER_SURNAME.match(text, end)
    if m is None:
        return end
    word = m.group("w")
    from .analysis import STOPWORDS, root_words

    if word in STOPWORDS or re.match(r"(?:me|di|ber|ter|se|ke|pe)[a-z]{3,}", word) or word.endswith(("kan", "nya")):
        return end
    if word in root_words() and not _only_after(text, text[text.rfind(" ", 0, end) + 1:end], word):
        return end  # an Indonesian word ("Bupati X marah, ..."), not a surname
    if word in KNOWN_PLACES or word in PROVINCE_WORDS:
        return end  # "Kepala Kantor Basarnas bali, Name": the unit's province typed small, no surname
    return m.end()


def _only_after(text: str, name: str, word: str) -> bool:
    """"Abu bakar" twice and "bakar" nowhere else: a word the text writes only after this name, and
    more than once, is the name's second word typed small."""
    pair = len(re.findall(r"(?<![\w\-])" + re.escape(f"{name} {word}") + r"(?![\w\-])", text))
    return pair >= 2 and pair == len(re.findall(r"(?<![\w\-])" + re.escape(word) + r"(?![\w\-])", text))

