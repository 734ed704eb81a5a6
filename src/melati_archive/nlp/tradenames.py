"""Traders and players named after the lowercase word for what they do, with no comma: what a trader sells, or the club
a player keeps goal or plays in for, then the full name ("pedagang kambing Name di Dusun X", "kiper Sukamaju FC Name
tampil ..."). A name of two words or more only; a player only after a club the words mark as one (FC, United, City or
a capital acronym, a known place after it)."""
from __future__ import annotations

import re

from .gazetteer import KNOWN_PLACES
from .names import _NAME_TOKEN, clean_name, lowercase_words, plausible_name
from .scan import word_start_pattern

# (capitalized too where the word opens a sentence: "Sopir truk Name melarikan diri"; a referee has no club)
_TRADES = r"[Pp]edagang|[Pp]enjual|[Pp]eternak|[Ss]opir|[Pp]engemudi|[Ww]asit"
_POSITIONS = r"[Kk]iper|[Pp]enjaga[^\S\n]+gawang|[Bb]ek|[Gg]elandang|[Ss]triker|[Pp]enyerang"
_JOB_NAME = re.compile(
    r"(?<![\w\-])(?P<role>(?P<trade>" + _TRADES + r")(?:[^\S\n]+[a-z]+){0,2}|(?:" + _POSITIONS + r"))"
    r"[^\S\n]+(?P<run>[A-Z][\w'\-]*(?:[^\S\n]+[A-Z][\w'\-]*){1,6})(?=[^\S\n]+[a-z]|[^\S\n]*[,.]|[^\S\n]*$)")
_TERRITORY_WORDS = frozenset("Dusun Desa Kelurahan Kampung Kecamatan RT RW".split())
_CLUB_END = frozenset({"FC", "United", "City"})
_TOKEN = re.compile(_NAME_TOKEN)
_JOBS = frozenset("pedagang penjual peternak sopir pengemudi wasit kiper penjaga bek gelandang striker penyerang".split())
_CAPITALIZED_JOBS = tuple(f"{w.capitalize()} " for w in sorted(_JOBS))
# Where a job word above stands as a word, before a space: re skips to the words' first letters (scan.word_start_pattern)
_JOB_START = re.compile(word_start_pattern(sorted({*_JOBS, *(w.capitalize() for w in _JOBS)}), not_after=r"[\w\-]")
                        + r"[^\S\n]")


def _job_starts(text: str) -> list[int]:
    """Where a job word above starts as a whole word."""
    return [c.start() for c in _JOB_START.finditer(text)]


_SENTENCE_START = re.compile(r"(?:^|[.!?][^\S\n]+|\n[^\S\n]*)$")


def trade_names(text: str, taken) -> list[tuple[int, int, str, str]]:
    """(start, end, name, role) of each trader or player named so, in a span no other form has read."""
    out, lower, seen = [], lowercase_words(text), set()
    if not (lower & _JOBS or any(word in text for word in _CAPITALIZED_JOBS)):
        return out  # (the text's lowercase words are read once for every form: most texts name no trade nor position)
    for m in filter(None, (_JOB_NAME.match(text, at) for at in _job_starts(text))):
        if m.group("role")[:1].isupper() and not _SENTENCE_START.search(text, max(0, m.start() - 3), m.start()):
            continue  # "Warga antre di depan Penjual Es Teler X": capitalized inside a sentence, a stall's or a body's name
        words = m.group("run").split()
        where = next((i for i, w in enumerate(words) if w in _TERRITORY_WORDS), None) if m.group("trade") else None
        if where:  # "pedagang sapi Name Dusun X": where the trader lives closes the name (of one word too)
            words = words[:where]
        k = 0 if m.group("trade") else _club_length(words)
        if k is None or (m.group("trade") and len(words) > 3):
            continue
        name_words = words[k:]
        name = clean_name(" ".join(name_words))
        if (not (2 if not where else 1) <= len(name_words) <= 4 or name != " ".join(name_words)
                or not plausible_name(name)):
            continue
        if not all(_TOKEN.fullmatch(w) for w in name_words) or any(w.lower() in lower for w in name_words):
            continue  # "pedagang Pasar Baru", "penjual Es Teler": words the text writes small, no name
        run = m.group("run")  # (a trader's name opens the run, a player's ends it)
        offset = 0 if m.group("trade") else len(run) - len(name)
        if run[offset:offset + len(name)] != name:
            continue
        start = m.start("run") + offset
        if not taken.free(m.start(), m.end()):
            continue
        role = text[m.start("role"):start].strip()
        if name in seen:
            continue  # (introduced once: later mentions are found as such)
        seen.add(name)
        out.append((start, start + len(name), name, role))
        taken.take(m.start(), m.end())
    return out


def _club_length(words: list[str]) -> int | None:
    """How many of the capitalized words after a player's position are the club's (with the place after it)."""
    for k, w in enumerate(words[:4]):
        if w in _CLUB_END or (k == 0 and len(w) >= 3 and w.isupper()):
            k += 1
            if k < len(words) and words[k].lower() in KNOWN_PLACES:
                k += 1  # "PSIS Semarang": the club's city
            return k
    return None


# "Sopir (Name) sudah diamankan", "jasad korban (Name)": the job or part someone had in the event, then the name in
# brackets (the writer's aside that names them)
_JOB_BRACKET_NAME = re.compile(
    r"(?<![\w\-])(?P<role>[Ss]opir|[Pp]engemudi|[Kk]ernet|[Kk]orban|[Pp]elaku|[Ss]aksi|[Pp]emilik)[^\S\n]+"
    r"\((?P<name>" + _NAME_TOKEN + r"(?:[^\S\n]+" + _NAME_TOKEN + r"){0,3})\)")


def bracketed_job_names(text: str, taken) -> list[tuple[int, int, str, str]]:
    """(start, end, name, role) of each person named in brackets right after their part in the event."""
    out, seen = [], set()
    if not any(w in text for w in ("opir (", "engemudi (", "ernet (", "orban (", "elaku (", "aksi (", "emilik (")):
        return out  # (a substring test first: most texts have no such bracket)
    for m in _JOB_BRACKET_NAME.finditer(text):
        name = clean_name(m.group("name"))
        if (name != m.group("name") or name in seen or not plausible_name(name)
                or not taken.free(m.start("name"), m.end("name"))):
            continue
        seen.add(name)
        out.append((m.start("name"), m.end("name"), name, m.group("role").lower()))
        taken.take(m.start("name"), m.end("name"))
    return out
