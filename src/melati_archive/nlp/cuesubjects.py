"""A cue's subject split into who speaks: the words beside a speech verb ("Kepala Balai X, Budi",
"Menteri Sosial Budi", "Budi", "melalui Kabid Humas, Name") read as an office and a name, and whether
they name two people. quotes.py finds the cues and hands their words over.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import people as P
from .names import _GIVEN_NAME_HEADS, UNDOTTED_DEGREES

if TYPE_CHECKING:
    from .quotes import Found

_INITIALS_SUBJECT = re.compile(r"^[A-Z]{1,3}\.?$")
# tested word by word: a union built for each test costs more than the test
_ROLE_HEADS_AND_NOT_NAMES = P.ROLE_HEADS | P.NOT_NAME


def _is_role_head(word: str) -> bool:
    return word in P.ROLE_HEADS or word in P.ROLE_ALIASES


_JOINING = re.compile(r"[^\S\n]+(?:dan|&|and)[^\S\n]+")


def _two_people(run: str) -> bool:
    """"Budi dan Rina", "Bupati X Rudi dan Wabup Helmi": a name ends the words before "dan" and
    another ends the words after it (an office's "Kelautan dan Perikanan" ends with no name)."""
    parts = [part.strip() for part in _JOINING.split(run)]
    if len(parts) != 2:
        return False
    names = [P._trailing_plain(part) for part in parts]
    if not all(names):
        return False
    bare = [P.clean_name(part) == name for part, name in zip(parts, names)]
    # an office written out ("Kementerian Energi dan Sumber Daya Mineral X") is no second person:
    # each side is a name alone, or a role word then a name (of two words or more on the left)
    left_ok = bare[0] or (_is_role_head(parts[0].split()[0].lower()) and len(names[0].split()) >= 2
                          and parts[0].endswith(names[0]))
    right_ok = bare[1] or _is_role_head(parts[1].split()[0].lower().rstrip("."))
    return left_ok and right_ok


def _through(q: Found, m: re.Match) -> bool:
    """The person after "melalui" in a cue speaks (True); "melalui surat edaran" names nobody and
    the first subject stays (False)."""
    name = _last_name_segment(m.group("tail")) if m.group("tail") else None
    seg = _TRAILING_DEGREES.sub("", m.group("seg").strip())  # "lewat Kasi Intel M. Yongen S.H": the name without degrees
    if name:
        q.subject_role, q.subject_name = seg, P._trailing_plain(name)
        return True
    at = _AT_PLACE_END.search(seg)
    if at and _is_role_head(seg.split()[0].lower().strip(".")):
        split = P.split_role_name(seg[:at.start()])
        if split:  # "melalui Kepala Bidang X Name di Banjarnegara": where the delegate spoke, after the name
            q.subject_role, q.subject_name = split
            return True
    name = P._trailing_plain(seg)
    if name and not seg.endswith(name):
        name = None
    role = seg[: len(seg) - len(name)].strip() if name else seg
    if name is None and not _is_role_head(role.split()[0].lower().strip(".")):
        return False
    q.subject_role, q.subject_name = (role or None), name
    return True


# Where the cue was given, after the delegate's name ("... Budi Wahyono di Banjarnegara").
_AT_PLACE_END = re.compile(r"[^\S\n]+di[^\S\n]+[A-Z][\w\-]*(?:[^\S\n]+[A-Z][\w\-]*){0,2}$")


# A comma segment of degrees only ("S.Sos.", "M.Si., MM"): each with a dot inside or a known
# undotted one, so "H. Asep" (an honorific and a name) is never taken for one.
_DEGREE_TOKEN = r"(?:[A-Z][a-z]{0,3}\.[A-Za-z]{1,4}\.?(?:[A-Z][A-Za-z]{0,4}\.?)*|(?:" + UNDOTTED_DEGREES + r")\.?)"
_DEGREES_ONLY = re.compile(_DEGREE_TOKEN + r"(?:[^\S\n]*,?[^\S\n]*" + _DEGREE_TOKEN + r")*")
_TRAILING_DEGREES = re.compile(r"(?:[^\S\n]*,?[^\S\n]+" + _DEGREE_TOKEN + r")+$")


def _last_name_segment(tail: str | None) -> str | None:
    """", Jakarta Utara, Edison Sahputra" -> "Edison Sahputra" (the last segment that is a name)."""
    if not tail:
        return None
    for segment in reversed([t.strip() for t in tail.split(",") if t.strip()]):
        if _DEGREES_ONLY.fullmatch(segment):
            continue  # "Name, S.Sos." / "Name, M.Si.": the degrees after the name's own comma
        if P._trailing_plain(segment) == P.clean_name(segment):
            return segment
    return None


def _name_then_office(q: Found, words: list[str]) -> bool:
    """A name written before its office with no comma ("Hendra Kusuma Rektor Universitas Galuh"): the
    words before the first office word are the name when they have a name's shape; the capitals after
    the office are its unit (never the person, as the run's trailing name would read them)."""
    at = next((k for k in range(1, len(words)) if words[k].lower() in P.ROLE_HEADS or words[k].lower() in P.ROLE_ALIASES), None)
    if at is None:
        return False
    written = " ".join(words[:at])
    name = P._trailing_plain(written)
    # the name's own words, with honorifics before them only ("Pak Budi Ketua RT 05")
    if not name or not written.endswith(name) or not all(
            w.rstrip(".").lower() in P.HONORIFICS for w in written[:len(written) - len(name)].split()):
        return False
    office = " ".join(words[at:])
    if " " not in name and written == name and P.split_role_name(office):
        # "kata Hakim Ketua Sutrisno": one word before an office that holds a name is the office's (after a
        # title, "terang H. Arief Kabid Perikanan Tangkap", it is a name)
        return False
    q.subject_name, q.subject_role = name, office
    return True


def parse_subject(q: Found, run: str, name_after_comma: str | None) -> bool:
    """Split a cue's subject into role and name ("Kepala Balai X, Budi" / "Menteri Sosial Budi" / "Budi")."""
    run = run.strip()
    if run.lower().startswith("sang "):
        run = run[5:]
    if _INITIALS_SUBJECT.match(run) and run.rstrip(".").lower() not in _ROLE_HEADS_AND_NOT_NAMES:
        q.subject_name = run.split()[0]  # "ucap E." / "ujar AD": initials only, never a name
        q.initials = True
        return True
    words = run.split()
    # "mantan Kapolda X, Name": the former office is the role, read from its head ("mantan" stays
    # in the role, so a role-only cue never resolves to the office's present holder)
    first = (words[1] if len(words) > 1 and words[0].lower() in ("mantan", "eks") else words[0]).rstrip(".").lower()
    if first in _GIVEN_NAME_HEADS and len(run.split()) == 1:
        q.subject_name = run  # "ujar Imam": the given name of someone introduced, not the office
        return True
    starts_with_role = first in P.ROLE_HEADS or first in P.ROLE_ALIASES or first in ("plt", "plh", "pj")
    if name_after_comma:
        name = P._trailing_plain(name_after_comma)
        # "General Manager Pelabuhan Tanjung Emas, Name": a role word inside the run makes it the role
        # even where its last words have a name's shape
        if name and (starts_with_role or P._trailing_plain(run) is None
                     or any(w.lower() in P.ROLE_HEADS for w in words[1:])):
            q.subject_role, q.subject_name = run, name
            return True
        if name and name.split()[0] in ("I", "Ni"):
            q.subject_role, q.subject_name = run, name  # a Balinese name ("I Gusti ...", "Ni Luh ...") is the person
            return True
        if name and " " in name and len(words) >= 2 and P._trailing_plain(run) == run:
            # "ujar Bendesa Adat Kuta, I Gusti Made Sudarsa": two runs of a name's shape, an office this
            # text's vocabulary lacks and a name, or a name and another's: neither is certain
            q.subject_role = run
            return True
    if starts_with_role:
        split = P.split_role_name(run)
        if split:
            q.subject_role, q.subject_name = split
        else:
            q.subject_role = run
        return True
    if _name_then_office(q, words):
        return True  # "tutur Hendra Kusuma Rektor Universitas Galuh": the name, then its office
    name = P._trailing_plain(run)
    if name and _REGNAL.search(run):
        return False  # "Sultan Sepuh XV": a title and its number, no name (attribution reads it as capitals)
    if name:
        q.subject_name = name
        return True
    return False


_REGNAL = re.compile(r"[^\S\n](?:[IVX]{1,5})$")


# "ungkap Kapolres X, AKBP H MR Dayan melalui Kasat Narkoba, AKP Name": an office read, then capitals the name
# reader stops at (a title without its dot, initials) before "melalui": the delegate after it speaks all the same.
_UNREAD_BEFORE_THROUGH = re.compile(r"[^\S\n]*,?(?:[^\S\n]+[A-Z][A-Za-z]{0,12}\.?){1,6}?(?=[^\S\n]*,?[^\S\n]+(?:melalui|lewat)[^\S\n])")


def unread_before_through(q: Found, rest: str, at: int) -> int | None:
    """Where "melalui" begins in `rest` after an office cue whose holder's name was not read, else None."""
    if q.subject_name or not q.subject_role or "melalui" not in rest[at:at + 80] and "lewat" not in rest[at:at + 80]:
        return None
    m = _UNREAD_BEFORE_THROUGH.match(rest, at)
    return m.end() if m else None


# "kata Kapolres X AKBP Name, S.I.K., M.Si, melalui Kasat Y, Name2": the holder's academic degrees
# stand between the name and "melalui"; the delegate after it speaks all the same.
_DEGREES_BEFORE_THROUGH = re.compile(r"(?:[^\S\n]*,[^\S\n]*(?:[A-Z][A-Za-z]{0,3}\.(?:[A-Za-z]{1,4}\.?){0,3}|(?:"
                                     + UNDOTTED_DEGREES + r")\.?)){1,5}(?=[^\S\n]*,?[^\S\n]+(?:melalui|lewat)[^\S\n])")


def degrees_before_through(q: Found, rest: str, at: int) -> int | None:
    """Where the degrees after a read holder's name end, when "melalui" follows them, else None."""
    if not q.subject_name or "melalui" not in rest[at:at + 60] and "lewat" not in rest[at:at + 60]:
        return None
    m = _DEGREES_BEFORE_THROUGH.match(rest, at)
    return m.end() if m else None


# "ucap kepala seksi pidana khusus (Kasi Pidsus) Kejari Blora, Dwi Anggoro saat ditemui": an office written in
# lowercase with its short form in brackets (and the unit after), then the holder's name after a comma.
_LOWER_OFFICE_ACRONYM = re.compile(
    r"[^\S\n]+(?P<role>[a-z]+(?:[^\S\n]+[a-z]+){1,5}[^\S\n]*\([A-Z][A-Za-z]{1,8}(?:[^\S\n]+[A-Z][A-Za-z]{1,10}){0,2}\)"
    r"(?:[^\S\n]+[A-Z][\w\-]*){0,4})[^\S\n]*,[^\S\n]+(?P<name>" + P.NAME_PATTERN + r")"
    r"(?=[^\S\n]*[,.;]|[^\S\n]+(?:saat|ketika|di|kepada|seusai|usai|pada)\b|[^\S\n]*$)")


def lower_office_with_acronym(rest: str) -> tuple[str, str, int] | None:
    """(role, name, end) of a lowercase office with its bracketed short form and a name after it, else None."""
    if "(" not in rest[:120]:
        return None
    m = _LOWER_OFFICE_ACRONYM.match(rest)
    if not m or m.group("role").split()[0] not in P.ROLE_HEADS:
        return None
    name = P._trailing_plain(m.group("name"))
    return (" ".join(m.group("role").split()), name, m.end()) if name and name == P.clean_name(m.group("name")) else None
