"""Introductions of a student or pupil by the name and then, after a comma, what they study as ("Rina
Aprilia, siswi kelas XI ... mengaku", "... adalah Dinda, siswa kelas 9 yang ..."): the name opens a sentence
or follows "adalah"/"yakni"/"yaitu", and the group noun names a person with certainty."""
from __future__ import annotations

import re

from .names import NAME_PATTERN, clean_name, plausible_name

_STUDENT_NOUNS = "siswa|siswi|pelajar|mahasiswa|mahasiswi|santri|santriwati|murid"

_STUDENT_AFTER_NAME = re.compile(
    r"(?:^|(?<=[.!?][^\S\n])|(?<=\n)|(?<=\badalah[^\S\n])|(?<=\byakni[^\S\n])|(?<=\byaitu[^\S\n]))"
    r"(?P<name>" + NAME_PATTERN + r"),[^\S\n]+(?P<role>(?:" + _STUDENT_NOUNS + r")"
    r"(?:[^\S\n]+kelas[^\S\n]+(?:\d{1,2}|[IVX]{1,4})[A-Z]?)?)(?![\w\-])", re.MULTILINE)


# What every match holds: a comma, then the group noun as a word (a cheap scan before the name pattern, which
# tries every position of the text)
_NOUN_AFTER_COMMA = re.compile(r",[^\S\n]+(?:" + _STUDENT_NOUNS + r")(?![\w\-])")


def student_intros(text: str, taken) -> list[tuple[int, int, str, str]]:
    """(start, end, name, role) of each student introduced by the name, a comma and the group noun."""
    out = []
    for m in _STUDENT_AFTER_NAME.finditer(text) if _NOUN_AFTER_COMMA.search(text) else ():
        name = clean_name(m.group("name"))
        start = m.start("name") + m.group("name").find(name) if name else -1
        if not name or start < m.start("name") or not plausible_name(name) or not taken.free(start, start + len(name)):
            continue
        out.append((start, start + len(name), name, m.group("role")))
        taken.take(start, start + len(name))
    return out
