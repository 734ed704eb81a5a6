"""What stands around a role read with its name and changes where role and name meet: a comma typed after a given
name's initials, an English seniority word or an English office's field before the office, "mantan"/"calon" before
it, a second office after "merangkap"/"sekaligus", and a name right after its own office in a list of officials (the
next item's office is not its). Used by nlp.intros."""
from __future__ import annotations

import re

from .names import clean_name, plausible_name
from .rolesplit import split_role_name
from .roles import ROLE_HEADS, office_word


_INITIALS_GROUP = re.compile(r"[A-Z]\.(?:[A-Z]\.)+")


def _initials_before_comma(m: re.Match, name: str, role: str) -> tuple[int, str, str]:
    """"Bupati X Herman G.L., Nabit S.E": a comma typed after the given name's initials; the words before it that
    end in the initials are the name's first part, not the office's."""
    words = role.split()
    surname = name.split()[0]  # (the run read with the surname in place of the initials, as it stands whole)
    split = (split_role_name(" ".join([*words[:-1], surname])) if len(words) >= 3 and _INITIALS_GROUP.fullmatch(words[-1])
             else None)
    if not split or not split[1].endswith(" " + surname):
        return m.start("name"), name, role
    given = f"{split[1][:-len(surname)].rstrip()} {words[-1]}"
    return m.start("role") + m.group("role").rfind(given), f"{given} {name}", split[0]


# "Senior Executive Vice President ...": an English seniority word before the head is the office's
_SENIORITY_BEFORE = re.compile(r"(?<![\w\-])(?P<w>Senior|Junior|Deputy|Assistant|Associate)[^\S\n]+$")


def _seniority(text: str, start: int, role: str) -> str:
    m = _SENIORITY_BEFORE.search(text, max(0, start - 12), start)
    return f"{m.group('w')} {role}" if m and role[:1].isupper() and not role.startswith(m.group("w")) else role


_SECOND_OFFICE_BEFORE = re.compile(r"(?<![\w\-])(?P<first>(?:[A-Z][\w\-]*[^\S\n]+){1,4})?(?P<kw>merangkap|sekaligus)[^\S\n]+$")


def _second_office_head(text: str, start: int, split):
    """"Kasi Intel merangkap Humas Rendra Andika Pratama": a second office of the same person names no body of
    its own (the first did), so the word after its bare head opens the name."""
    second = _SECOND_OFFICE_BEFORE.search(text, max(0, start - 60), start) if split else None
    first = (second.group("first") or "").split() if second else []
    # (the first office names its field or body: "Kasi Intel"; "Pendiri sekaligus CEO Jouska Name" names the body
    # only after the second)
    if len(first) < 2 or not office_word(first[0]):
        return split
    role_words = split[0].split()
    if len(role_words) != 2 or role_words[0].lower() not in ROLE_HEADS or len(split[1].split()) > 3:
        return split
    name = f"{role_words[1]} {split[1]}"
    head = f"{' '.join(first)} {second.group('kw')} {role_words[0]}"
    return (head, name) if plausible_name(clean_name(name)) else split


_CAP_RUN_BEFORE = re.compile(r"(?<![\w\-])(?P<run>(?:[A-Z][\w\-]*[^\S\n]+){1,4})$")


_NEXT_ITEM = re.compile(r"[^\S\n]*,[^\S\n]*(?:serta[^\S\n]+|dan[^\S\n]+)?(?P<head>[A-Z][\w.]*)")


def _next_office_follows(text: str, end: int) -> bool:
    """After the role a comma and another office open the list's next item ("..., Camat Cibal, Kades Rado")."""
    m = _NEXT_ITEM.match(text, end)
    return bool(m) and office_word(m.group("head").rstrip("."))


def _own_office_run_before(text: str, start: int) -> bool:
    """The capitalized words right before the name hold an office word ("Direktur Perumda Name")."""
    before = _CAP_RUN_BEFORE.search(text, max(0, start - 60), start)
    return bool(before) and any(office_word(w) for w in before.group("run").split())


# English offices named after their field ("Social Affairs Minister Name", "Jakarta Governor Name"); not
# "Mayor", an Indonesian rank too ("Mayor Jenderal").
_ENGLISH_HEADS = frozenset("minister secretary governor regent spokesperson spokesman director chairman "
                           "chairwoman chairperson leader supervisor manager".split())
_MODIFIERS_BEFORE = re.compile(r"(?:^|(?<=[.!?\n])[^\S\n]*|(?<=[a-z,])[^\S\n]+)(?P<words>(?:[A-Z][a-z]+[^\S\n]+){1,3})$")


# Sentence-opening connectives and prepositions a capitalized run before an English office may start with
_CONNECTIVES = frozenset("kemudian selanjutnya lalu sementara sedangkan adapun namun selain kini tak hingga "
                         "berikutnya terakhir pertama kedua ketiga menurut kata ujar oleh bersama kepada dengan saat "
                         "ketika dalam bagi untuk turut hadir tampak juga".split())


def _english_modifiers(text: str, start: int, role: str) -> str:
    """The capitalized words before an English office head, back to the sentence's start or "the"."""
    if role.split()[0].lower() not in _ENGLISH_HEADS:
        return role
    m = _MODIFIERS_BEFORE.search(text, max(0, start - 40), start)
    words = m.group("words").split() if m else []
    while words and (words[0] in ("The", "A", "An") or words[0].lower() in _CONNECTIVES):
        words.pop(0)  # "Kemudian Regional Business Director X": a sentence's connective, no word of the office
    if not words or any(w.lower() in ROLE_HEADS for w in words):
        return role
    return f"{' '.join(words)} {role}"


_FORMER_BEFORE = re.compile(r"(?<![\w\-])(?P<w>[Mm]antan|[Ee]ks|[Pp]urnawirawan|[Cc]alon)[^\S\n]+$")


def _former(text: str, start: int, role: str) -> str:
    """"Mantan Kepala Dinas X Name", "Calon Wali Kota X, Name": the office someone held, not holds, or runs for;
    the role keeps the word."""
    m = _FORMER_BEFORE.search(text, max(0, start - 14), start)
    return f"{m.group('w')} {role}" if m else role


# Words a role run leaves out before its head: an acting official's office with its short form in brackets and a stop
# ("Penjabat (Pj). Bupati X"), a sub-coordinator's "Sub" written apart ("Sub Koordinator Perencanaan")
_PREFIX_BEFORE = re.compile(r"(?<![\w\-])(?P<p>(?:Penjabat|Pelaksana[^\S\n]+(?:Tugas|Harian))[^\S\n]*\((?:Pj|Plt|Plh)\)\.?|Sub)"
                            r"[^\S\n]+$")


def office_prefix(text: str, start: int, role: str | None) -> str | None:
    """The role with the prefix written right before it ("Penjabat (Pj). Bupati X", "Sub Koordinator X"), else as it
    is; `start` is where the introduction's name starts (the role before it)."""
    if not role or not role[:1].isupper():
        return role
    role_at = text.rfind(role, max(0, start - len(role) - 6), start)
    window = text[max(0, role_at - 40):role_at] if role_at > 0 else ""
    if "Sub" not in window and ")" not in window:
        return role  # (a substring test first: asked of every introduction)
    m = _PREFIX_BEFORE.search(text, max(0, role_at - 40), role_at)
    return f"{m.group('p')} {role}" if m else role
