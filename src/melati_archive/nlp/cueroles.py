"""A cue's office read past its capitalized run: the office's object after "untuk"/"bagi" ("kata
Duta Besar Denmark untuk Indonesia, Name") and a second office joined by "yang juga"/"sekaligus"
("ujar Kepala Desa X sekaligus Ketua Apdesi Y, Name"), up to the speaker's name after a comma."""
from __future__ import annotations

import re

from . import people as P

_CAPS = r"[A-Z][\w\-]*(?:[^\S\n]+(?:[A-Z][\w\-]*|\d{1,4}|dan|&))*"
# What follows the name: the cue's end, or a clause the speaker is the subject of.
_NAME_END = r"(?=[^\S\n]*[,.;]|[^\S\n]*$)"
_NAME_AFTER_COMMA = r"[^\S\n]*,[^\S\n]+(?P<name>" + P.NAME_PATTERN + r")" + _NAME_END

# "Duta Besar Denmark untuk Indonesia": an office for a country, a region or a matter; the words
# after "untuk" belong to the office, never a name of its holder.
_OFFICE_FOR = re.compile(r"[^\S\n]+(?P<prep>untuk|bagi)[^\S\n]+(?P<obj>" + _CAPS + r")(?:" + _NAME_AFTER_COMMA + r")?")

# "Ketua RW 05 yang juga pengurus LPM Kecamatan X, Name" / "Kades X sekaligus Ketua Apdesi Y, Name":
# a second office of the same person (a few words, lower or capitalized), then the name.
_SECOND_OFFICE = re.compile(
    r"[^\S\n]*,?[^\S\n]+(?:yang[^\S\n]+juga(?:[^\S\n]+(?:merupakan|menjabat(?:[^\S\n]+sebagai)?|sebagai))?|sekaligus|merangkap)"
    r"(?:[^\S\n]+(?:[A-Za-z][\w\-]*|\d{1,4})){1,10}?" + _NAME_AFTER_COMMA)


# "kata warga RT 03, Name" / "ujar pedagang Pasar Kosambi, Name": a lowercase noun, the unit or place
# it belongs to in capitals, and the person's name after a comma.
_NOUN = r"(?!(?:me|ber|di|ter|se)[a-z]{3,}\b|(?:sambil|seraya|saat|ketika|dalam|kepada|di|ke|dari|pada|usai|lagi)\b)[a-z][a-z\-]{2,}"
_NOUN_AT_UNIT = re.compile(r"[^\S\n]+(?P<desc>" + _NOUN + r"(?:[^\S\n]+" + _NOUN + r"){0,2}?)[^\S\n]+(?P<unit>[A-Z][\w\-]*"
                           r"(?:[^\S\n]+(?:[A-Z][\w\-]*|\d{1,4})){0,3})(?:" + _NAME_AFTER_COMMA + r"|(?=[^\S\n]*[.,;!?]|[^\S\n]*$))")


def noun_at_unit_then_name(rest: str):
    """(role, name, end) of a cue "noun Unit, Name" at the start of `rest`; (role, None, end) of one
    that ends without a name ("ujar pedagang Pasar Kosambi."): a description; else None."""
    m = _NOUN_AT_UNIT.match(rest)
    if m is None or m.group("desc").split()[0] in P.HONORIFICS:
        return None  # "kata ibu Ani": an honorific and a name, no noun
    name = _plain_name(m.group("name")) if m.group("name") else None
    if m.group("name") and name is None:
        return None
    return f"{m.group('desc')} {m.group('unit')}", name, m.end()


# Heads of an institution's name, and an unnamed source: after a cue verb ("tulis Kementerian Sosial
# dalam siaran persnya", "kata sumber Kompas di kepolisian") no person of the text speaks.
_NOBODY_HEADS = frozenset(
    """kementerian kemensos kemenkes dinas badan pemkab pemkot pemprov pemda pemerintah polda polres polsek
    humas kantor balai lembaga komisi yayasan universitas partai dprd dpr mpr tni polri direktorat
    sekretariat biro kodam korem kodim panitia redaksi sumber informan""".split())


def speaks_for_nobody(rest: str) -> bool:
    """The words after a cue verb open with an institution or an unnamed source."""
    words = rest.split(None, 1)
    return bool(words) and words[0].lower().strip(",.") in _NOBODY_HEADS


# A pull quote signed after a dash, at its line's end: '"...." — Name, Role'.
_DASH_SIGNATURE = re.compile(r"[^\S\n]*[\u2014\u2013][^\S\n]*(?P<name>" + P.NAME_PATTERN + r")"
                             r"(?:[^\S\n]*,[^\S\n]*(?P<role>[^\n\",]{2,80}))?[^\S\n]*$")


def dash_signature(after: str):
    """(name, role or None, end) of a dash signature after a quote, when the name is a full one."""
    m = _DASH_SIGNATURE.match(after)
    name = _plain_name(m.group("name")) if m else None
    if name is None or " " not in name:
        return None
    return name, (m.group("role") or "").strip() or None, m.end()


def office_goes_on(text: str, pos: int) -> bool:
    """An office's object ("untuk Indonesia") follows `pos`: the word before it is no name."""
    return _OFFICE_FOR.match(text, pos) is not None


def _plain_name(raw: str) -> str | None:
    name = P._trailing_plain(raw)
    return name if name and name == P.clean_name(raw) else None


# "kata Gus Ipung, sapaan akrab Mensos": a nickname in the cue, then whose it is.
_NICKNAME_OF = re.compile(r"[^\S\n]*,?[^\S\n]*sapaan(?:[^\S\n]+(?:akrab|karib))?(?:nya)?[^\S\n]+"
                          r"(?P<who>[A-Z][\w\-]*(?:[^\S\n]+[A-Z][\w\-]*){0,4})")


_SMALL_WORD_THEN_NAME = re.compile(r"[^\S\n]+(?P<w>setempat|" + _NOUN + r")" + _NAME_AFTER_COMMA)


# "kata Direktur Jenderal Tanaman Pangan (Dirjen TP), Kementan Name": the office's short form in parentheses
# (or glued inside the run: "Kepala Pusat Data dan Informasi (Kapusdatin)"), then after a comma the body's own
# short form (all capitals, or a ministry's "Kemen...") and the holder's full name.
_SHORT_FORM_THEN_BODY = re.compile(
    r"(?P<paren>[^\S\n]*\((?P<short>[A-Z][\w.\-]*(?:[^\S\n]+[A-Z][\w.\-]*){0,2})\))?[^\S\n]*,[^\S\n]+"
    r"(?P<body>[A-Z]{2,}[A-Za-z]*|Kemen[a-z]{2,10})[^\S\n]+(?P<name>" + P.NAME_PATTERN + r")"
    r"(?=[^\S\n]*[,.;]|[^\S\n]*$|[^\S\n]+(?:saat|ketika|di|dalam|pada|usai|seusai)\b)")


def _short_form_then_body(run: str, rest: str, pos: int, name: str | None):
    """(role, name, end) of `_SHORT_FORM_THEN_BODY` at rest[pos:], or None: the parenthesized short form
    must read the run's words (Dirjen TP = Direktur Jenderal Tanaman Pangan), where a name was read off them."""
    from .acronymalign import alignment_cost

    m = _SHORT_FORM_THEN_BODY.match(rest, pos)
    if m is None:
        return None
    short, words = m.group("short"), run.replace(",", " ").split()
    if not m.group("paren"):
        if name or not run.endswith(")") or "(" not in words[-1]:
            return None
        short, words = words[-1].strip("()"), words[:-1]
    cost = alignment_cost(short.replace(" ", ""), words)
    if cost is None or cost > 1.0:
        return None
    found = _plain_name(m.group("name"))
    if not found or " " not in found:
        return None
    return f"{run}{m.group('paren') or ''}, {m.group('body')}", found, m.end()


def read_office_tail(run: str, rest: str, pos: int, role: str | None, name: str | None):
    """The office and name a cue gives when its subject `run` (read as `role` and `name`) goes on
    at `rest[pos:]`: (role, name, end in rest), or None when nothing of the office follows (a
    nickname glossed after it, "sapaan akrab X", gives X)."""
    m = _NICKNAME_OF.match(rest, pos)
    if m:  # "kata Gus Ipung, sapaan akrab Mensos": the nickname's owner, by name or by office
        first = m.group("who").split()[0].lower()
        name = None if first in P.ROLE_HEADS or first in P.ROLE_ALIASES else _plain_name(m.group("who"))
        return (None, name, m.end()) if name else (m.group("who"), None, m.end())
    if not role:
        return None
    short = _short_form_then_body(run, rest, pos, name)
    if short:
        return short
    m = _OFFICE_FOR.match(rest, pos)
    if m:
        if m.group("name"):
            found = _plain_name(m.group("name"))
            if found is None:
                return None
            return f"{run} {m.group('prep')} {m.group('obj')}", found, m.end()
        if name and " " in name:
            return None  # "kata Bupati X Rudi Santoso untuk ...": a full name, then another matter
        # no name after it: what the run's end read as a name ("Denmark") is the office's country
        return f"{run} {m.group('prep')} {m.group('obj')}", None, m.end()
    m = _SMALL_WORD_THEN_NAME.match(rest, pos)
    found = _plain_name(m.group("name")) if m else None
    if found and " " in found:
        # "kata Kepala Kantor Basarnas bali, Hari Adi Purnomo": the unit's place (or "setempat") written small
        # ends the office; the full name after the comma is the holder, not the run's last word
        return f"{run} {m.group('w')}", found, m.end()
    if name:
        return None
    m = _SECOND_OFFICE.match(rest, pos)
    found = _plain_name(m.group("name")) if m else None
    if found is None:
        return None
    return role, found, m.end()
