"""Nicknames and initials written beside a person's name, made the person's aliases: "Name (Gus X)",
"Name (ABC)", "Name, yang akrab disapa X", "Gubernur X alias Y", "X, sapaan akrab Name". A nickname
beside a full name nobody introduced makes that name a person (`_nicknamed`). Used by mentions."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .coref import NICK_HONORIFICS, Known
from .intros import cap_starts, starts_near
from .names import (DEGREES_RE, NAME_PATTERN, _MIXED_DEGREE, _PLACE_INTRO, _trailing_plain, clean_name, lowercase_words,
                    name_then, plausible_name)
from .nameforms import _same_person, _short_form_of
from .roles import ROLE_HEADS, _role_key, _role_matches, office_word
from .scan import matches_at

if TYPE_CHECKING:  # pragma: no cover
    from .mentions import _People


# Nicknames introduced explicitly: "(Gus Ipul)" right after a name, "yang akrab disapa Gus Ipul".
_PAREN_ALIAS = re.compile(name_then(r"[^\S\n]*\(", piece=r"[^\s(]*") + r"(?P<name>" + NAME_PATTERN + r")[^\S\n]*\((?P<alias>" + NAME_PATTERN + r"|[A-Z]{2,4})\)")


_DISAPA = re.compile(
    r"(?P<name>" + NAME_PATTERN + r")[^\S\n]*,?[^\S\n]+(?:(?:atau[^\S\n]+(?:yang[^\S\n]+)?|yang[^\S\n]+)(?:akrab[^\S\n]+|biasa[^\S\n]+|kerap[^\S\n]+|lebih[^\S\n]+|sering[^\S\n]+)?"
    r"(?:di[^\S\n]?sapa|di[^\S\n]?panggil|dikenal[^\S\n]+dengan[^\S\n]+(?:nama|sapaan)|disebut)"
    # "Gubernur Basuki alias Ahok": the nickname after "alias"; "Menteri X atau Gus Y": after "atau",
    # when it is a nickname (_nickname_after_atau: "Name atau Bu Rina" may be a second person)
    # "Name nama lain Gus Y" (also glued, "namalain"): "also known as", as "alias"
    r"|alias|nama[^\S\n]?lain|atau(?=[^\S\n]+[A-Z]))[^\S\n]+(?P<alias>" + NAME_PATTERN + r")"
)


_KW_PAREN = re.compile(r"\(")
_SAPAAN = re.compile(
    name_then(r"[^\S\n]*,") + r"(?P<alias>" + NAME_PATTERN + r")[^\S\n]*,[^\S\n]+(?:yang[^\S\n]+merupakan[^\S\n]+)?(?:nama[^\S\n]+)?"
    r"(?:sapaan|panggilan)(?:[^\S\n]+(?:akrab|sehari-hari))?(?:nya)?[^\S\n]+(?P<name>" + NAME_PATTERN + r")")
# "Tigor, panggilan akrab sang wakil rakyat ini,": a nickname glossed as that of the person a description points
# back to (a demonstrative ends it), not of a name.
_SAPAAN_DESCRIBED = re.compile(r"(?<![\w-])(?P<alias>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?),[^\S\n]+(?:nama[^\S\n]+)?(?:sapaan|panggilan)"
                               r"(?:[^\S\n]+(?:akrab|karib|sehari-hari))?(?:nya)?[^\S\n]+(?:sang[^\S\n]+)?[a-z]+(?:[^\S\n]+[a-z]+){0,4}?"
                               r"[^\S\n]+(?:ini|itu|tersebut)\b")
_KW_SAPAAN = re.compile(r"(?:sapaan|panggilan)\b")


_KW_DISAPA = re.compile(r"(?:d(?<!\wd)(?:i[^\S\n]?sapa|i[^\S\n]?panggil|ikenal|isebut)\b|a(?<!\wa)(?:lias\b|tau(?=[^\S\n]+[A-Z]))"
                        r"|n(?<!\wn)ama[^\S\n]?lain\b)")  # first letter first: scan.py


def _add_nicknames(text: str, people: _People) -> None:
    """Nicknames and initials introduced in parentheses ("Name (Pak Tom)", "Name (ABC)") or with
    "yang akrab disapa X" become aliases of their person."""
    caps = cap_starts(text)
    persons, mentions = people.persons, people.mentions
    for m in matches_at(_PAREN_ALIAS, text, starts_near(text, _KW_PAREN, caps, 120)):
        alias = DEGREES_RE.sub("", m.group("alias")).strip()
        owner = _owner_of(persons, clean_name(m.group("name")))
        last = m.group("name").split()[-1]
        if _MIXED_DEGREE.fullmatch(last) or (_MIXED_DEGREE.fullmatch(f"({alias})") and not _name_word(last)):
            continue  # "Markus Lado BBus (Acc)": a degree in parentheses, not a nickname ("Name (Adi)" is)
        if alias and office_word(alias.split()[0].rstrip(".")):
            continue  # "Name (Kepala Desa X)": the office in parentheses, not a nickname
        if owner is None and alias and not alias.isupper() and len(alias.split()) <= 2:
            owner = _nicknamed(text, m, people)
        initials = bool(owner) and alias.isupper() and 2 <= len(alias) <= 4 and alias[0] == owner.name[:1]
        if owner and alias and alias != owner.name and (not alias.isupper() or initials):
            _add_alias(owner, alias)
    for m in matches_at(_DISAPA, text, starts_near(text, _KW_DISAPA, caps, 160)):
        alias = DEGREES_RE.sub("", m.group("alias")).strip()  # as written: "Gus Ipul" keeps "Gus"
        link = text[m.end("name"):m.start("alias")].strip(" ,")
        if link == "atau" and not _nickname_after_atau(m.group("alias"), m.group("name")):
            continue  # "menghubungi Budi Santoso atau Rina": a second person
        if _office_word(m.group("name")):
            # "Menteri yang kerap disapa Gus Ipul": the nickname of the one holder of that office so far
            owner = _office_holder(persons, m.group("name"), m.start())
            if owner is not None and alias != owner.name:
                _add_alias(owner, alias)
            continue
        owner = _owner_of(persons, clean_name(m.group("name")))
        by_alias = link in ("alias", "atau") or link.replace(" ", "") == "namalain"
        if owner is None:
            # "Siti Nurhasanah, Koordinator ... Balai Kenanga, yang akrab disapa Bu Nunung": the
            # nickname belongs to the person this sentence introduced, not to the unit before it.
            head = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            in_sentence = sorted((s0, i) for s0, _e, i in mentions if head <= s0 < m.start())
            if in_sentence:
                owner = persons[in_sentence[0][1]]
        if owner is None and by_alias:  # "Pasar Baru alias Pasar Lama": "alias" names a known person's nickname only
            name = _trailing_plain(m.group("name")) or ""
            owner = next((p for p in persons if name and (_owner_of([p], name) or _short_form_of(name, p.name))), None)
            if owner is None and link != "alias" and _honorific_nickname_of_full_name(name, alias):
                # "Saifullah Yusuf namalain Gus Ipul buka-bukaan ...": a full name given with its honorific
                # nickname is a person even without a role
                owner = people.add(name, None, m.start("name"), m.start("name") + len(name))
        elif owner is None:
            name = _trailing_plain(m.group("name"))
            before = text[max(0, m.start("name") - 30):m.start("name")].split()
            if name and not (before and before[-1].lower() in _PLACE_INTRO):
                owner = people.add(name, None, m.start("name"), m.end("name"))
        if owner and alias and alias != owner.name:
            _add_alias(owner, alias)
    _add_degree_initials(text, people)
    sapaan = "sapaan" in text or "panggilan" in text  # most texts have neither: no scan for them
    for m in (_SAPAAN_DESCRIBED.finditer(text) if sapaan else ()):
        # "Tigor, panggilan akrab sang wakil rakyat ini, ...": the nickname of the one person named just before
        before = {i for s0, _e, i in mentions if m.start() - 400 <= s0 < m.start()}
        if len(before) == 1 and not _owner_of(persons, m.group("alias")):
            owner = persons[next(iter(before))]
            if m.group("alias") != owner.name:
                _add_alias(owner, m.group("alias"))
    for m in (matches_at(_SAPAAN, text, starts_near(text, _KW_SAPAAN, caps, 160)) if sapaan else ()):
        # "Mak Inah, sapaan akrab Siti Inayah": the nickname first, the full name after
        alias = m.group("alias").strip()
        if _office_word(m.group("name")):
            # "Gus Ipul, sapaan akrab Mensos": the nickname of the one holder of that office so far
            owner = _office_holder(persons, m.group("name"), m.start())
        else:
            owner = _owner_of(persons, clean_name(m.group("name"))) or _nicknamed(text, m, people)
        if owner and alias != owner.name:
            _add_alias(owner, alias)


# "(RHS)" after a name's degrees: the initials a text goes on to call the person by.
_INITIALS_IN_PARENS = re.compile(r"\((?P<ini>[A-Z]{2,4})\)")
_NAME_BEFORE_DEGREES = re.compile(r"(?:[A-Z][a-z]+[^\S\n]+){1,3}[A-Z][a-z]+$")


def _add_degree_initials(text: str, people: _People) -> None:
    """"Name, S.E. (RHS) mengunjungi ..." then "RHS menjelaskan ...": initials in parentheses after a name's
    degrees, spelling the first letters of every word of the name, make the name a person (an organisation has
    no degrees before its acronym) with the initials as an alias."""
    for m in _INITIALS_IN_PARENS.finditer(text):
        window = text[max(0, m.start() - 100):m.start()]
        degrees = DEGREES_RE.search(window)
        if degrees is None or degrees.start() == 0:
            continue
        written = _NAME_BEFORE_DEGREES.search(window[:degrees.start()].rstrip())
        if written is None:
            continue
        name, initials = written.group(), m.group("ini")
        if "".join(w[0] for w in name.split()) != initials or not plausible_name(name):
            continue
        owner = _owner_of(people.persons, name)
        if owner is None:
            at = m.start() - len(window) + written.start()
            owner = people.add(name, None, at, at + len(name))
        _add_alias(owner, initials)


_INSIDE_AN_ORGANISATION = frozenset("untuk for of dan and & dari di ke bagi".split())


def _syllable_acronym(short: str, name: str) -> bool:
    """"Mura" for "Musi Rawas", "Tagana" for "Taruna Siaga Bencana", "Taifib" for "Intai Amfibi":
    the short form is pieces of two or more of the name's words in order (a word's opening, or two
    letters or more from inside it), as regions, units and offices are shortened; a nickname comes
    from one word of a person's name ("Adi" for "Fadli")."""
    # (a module-level helper, not a closure: a recursive closure is a reference cycle, and the
    # rebuild runs extraction with the cyclic collector off)
    return " " not in short and _pieces_cover(short.lower(), tuple(w.lower() for w in name.split()), 0, 0)


def _pieces_cover(rest: str, words: tuple[str, ...], k: int, used: int) -> bool:
    """Whether `rest` is pieces of words[k:] in order, two words or more used in all."""
    if not rest:
        return used >= 2
    if k >= len(words):
        return False
    for n in range(1, len(rest) + 1):
        piece = rest[:n]
        if (words[k].startswith(piece) or (n >= 2 and piece in words[k])) and _pieces_cover(rest[n:], words, k + 1, used + 1):
            return True
    return _pieces_cover(rest, words, k + 1, used)  # a word left out ("for", a middle word)


def _name_word(word: str) -> bool:
    """A capitalized word in lowercase after its first letter: a name's word, never a degree (BBus, MIB)."""
    return len(word) >= 2 and word[0].isupper() and word[1:].islower()


def _nicknamed(text: str, m: re.Match, people: _People) -> Known | None:
    """A full name written with a nickname beside it ("Name (Adi),", "Mak Inah, sapaan akrab Name")
    is a person even without a role: every word of it a name word, two words at least, no place."""
    written = m.group("name")
    name = _trailing_plain(written)
    before = text[max(0, m.start("name") - 30):m.start("name")].split()
    alias = m.group("alias").split()
    if before and (before[-1][:1].isupper() or before[-1].lower() in _INSIDE_AN_ORGANISATION):
        return None  # "Network for Electoral Integrity (Netgrit)", "Forum ... untuk Transparansi Anggaran (Fitra)"
    if not alias or alias[0].lower().rstrip(".") in ROLE_HEADS or _trailing_plain(" ".join(alias)) is None:
        return None  # "Name (Juru Masak)": a role in parentheses; "Danau Toba (Sumatera Utara)": a place
    if (name and len(name.split()) >= 2 and name == clean_name(written)
            and not (before and before[-1].lower() in _PLACE_INTRO)
            and not _syllable_acronym(m.group("alias"), name)
            and not any(w.lower() in lowercase_words(text) for w in name.split())):  # "Taruna Siaga Bencana (Tagana)"
        return people.add(name, None, m.start("name"), m.start("name") + len(written.rstrip()))
    return None


def _honorific_nickname_of_full_name(name: str, alias: str) -> bool:
    """`name` is a full name of two words or more and `alias` a nickname opened by a nickname's honorific
    ("Gus Ipul"); "Pasar Baru atau Pasar Lama" names a place twice."""
    return (len(name.split()) >= 2 and plausible_name(name) and bool(alias.split())
            and alias.split()[0] in NICK_HONORIFICS)


def _nickname_after_atau(alias: str, name: str) -> bool:
    """What "Name atau X" gives after "atau" is a nickname: opened by a nickname's honorific ("Gus
    Ipul"), or one word blended from the name's openings ("Bamsud" for Bambang Sudarsono)."""
    from .cuenicknames import blended  # (cuenicknames reads the cast built from this module)
    words = alias.split()
    if words[0] in NICK_HONORIFICS:
        return True
    tokens = [w.lower() for w in name.split() if w[:1].isupper()]
    return len(words) == 1 and len(tokens) >= 2 and blended(words[0].lower(), tokens)


def _office_word(name: str) -> bool:
    """An office, not a name: one office word ("Menteri", "Mensos"), or an office word opening words that
    hold no name ("Wali Kota", "Wakil Bupati": the holder of the office, not a person called so)."""
    words = name.split()
    if not words or not office_word(words[0]):
        return False
    return len(words) == 1 or _trailing_plain(name) is None


def _office_holder(persons: list[Known], word: str, pos: int) -> Known | None:
    """The one person introduced before `pos` holding the office `word` names, else None (two holders
    of it, or nobody: whose nickname it is is not settled)."""
    key = _role_key(word)
    holders = [p for p in persons if p.role and 0 <= p.first < pos and _role_matches(key, _role_key(p.role))]
    if len(holders) > 1:
        holders = [p for p in holders if _role_key(p.role) == key]
    return holders[0] if len(holders) == 1 else None


def _add_alias(owner: Known, alias: str) -> None:
    """`alias` as written and without its titles, each once, among `owner`'s aliases."""
    owner.aliases.extend(a for a in dict.fromkeys([alias, clean_name(alias)]) if a not in owner.aliases)


def _owner_of(persons: list[Known], name: str) -> Known | None:
    for p in persons:
        if p.name == name or name in p.aliases or _same_person(p.name, name):
            return p
    return None
