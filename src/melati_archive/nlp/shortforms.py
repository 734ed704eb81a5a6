"""One-word short forms of offices, bodies and places and the words they stand for (Kemenag:
kementerian agama, Jateng: jawa tengah, Prov: provinsi), from the built-in dictionary
data/synonyms-id.txt that the search also reads: an office written short in a cue is compared
with the role its holder was introduced with in full."""
from __future__ import annotations

import functools
from importlib import resources


@functools.lru_cache(maxsize=1)
def builtin_groups() -> tuple[tuple[str, ...], ...]:
    """The lines of data/synonyms-id.txt, each split at its "=" (forms as written): the one reading of
    the file, for the search's synonyms (knowledge.builtin_synonyms) and the short forms here."""
    text = resources.files("melati_archive").joinpath("data", "synonyms-id.txt").read_text(encoding="utf-8")
    return tuple(tuple(line.split("=")) for line in text.splitlines() if line.strip() and not line.startswith("#"))


@functools.lru_cache(maxsize=1)
def _long_forms() -> dict[str, str]:
    """short word -> the first form of several words of its line (`kemenag = kementerian agama`)."""
    out: dict[str, str] = {}
    for group in builtin_groups():
        forms = [" ".join(f.split()).lower() for f in group]
        long = next((f for f in forms if " " in f), None)
        for form in forms:
            if not form or " " in form or not form.isalnum():
                continue
            # a word cut short (prov = provinsi, kab = kabupaten) stands for the word it begins;
            # one-word equivalents (siswa = murid) are no short forms
            whole = long or next((f for f in forms if f != form and f.startswith(form)), None)
            if whole:
                out.setdefault(form, whole)
    return out


def long_form(word: str) -> str | None:
    """The words a lowercase one-word short form stands for, else None."""
    return _long_forms().get(word)
