"""Mentions: find every person one text introduces (role + name in every written form, nicknames,
initials-only people) and every later mention of them; builds the `Cast`."""
from __future__ import annotations

import datetime as dt
import functools
import re

from ..model import Person
from .roles import (DESCRIPTORS, KIN_WORDS, ROLE_ALIASES, ROLE_HEADS, ROLE_PHRASE, _GENERIC_ROLES,
                    _ROLE_HEAD_RE, _SOLE_ROLES, _role_key, _strip_role)
from .names import (
    CALENDAR_WORDS, DEGREES_RE, NAME_PATTERN, _MIXED_DEGREE, _NAME_TOKEN, _PLACE_INTRO, _same_person, _short_form_of,
                    _spelling_variant, _token_ok, _trailing_plain, clean_name, default_aliases, name_tokens, plausible_name,
                    split_role_name)
from .registry import _registry_split
from .coref import Cast, Known, _expand_full_name, _mark_speaker_like, _overlaps


# "Kepala Balai Melati Jakarta, Puti Chairida Anwar" (also inside an attribution)
_ROLE_COMMA_NAME = re.compile(r"(?P<role>" + ROLE_PHRASE + r")[^\S\n]*,[^\S\n]+(?P<name>" + NAME_PATTERN + r")(?=[^\S\n]*[,.;:)]|[^\S\n]+[a-z(]|[^\S\n]*$)")


# "Menteri Sosial Juliari Batubara" (role and name run together; split by vocabulary)
_ROLE_NAME = re.compile(
    r"(?P<run>" + _ROLE_HEAD_RE + r"(?:[^\S\n]+(?:(?:Drs|Dra|Dr|Ir|Prof|Hj|H|KH|Sdr|Sdri|Tb|Rd|R)\.(?=[^\S\n]+[A-Z])|[A-Z][A-Za-z]*-\d+\b|[A-Z][A-Za-z'\-]*(?![\w\-])|[A-Z]\.|[A-Z]{2,}[\w\-]*|[A-Z][\w\-]*\.(?:co|id|org|com)|"
    r"\d{1,3}(?=[^\S\n]+[A-Z])|dr\.?(?=[^\S\n]+[A-Z])|(?:Drs|Dra|Dr|Ir|Prof|Hj|H|KH|Sdr|Sdri|Tb|Rd|R)\.(?=[^\S\n]+[A-Z])|dan|&|of|for|and|to|on|the|de|\([A-Z][\w.\-/]{0,15}(?:[^\S\n]+[A-Z][\w.\-/]{0,15}){0,2}\))){1,24})"
)


# "Seorang warga Kelurahan Tanjung, Mulyadi, mengaku": a lowercase role, then the name between commas.
_LOWER_ROLE_COMMA_NAME = re.compile(
    r"\b(?:(?:[Ss]eorang|[Ss]alah[^\S\n]+(?:satu|seorang))[^\S\n]+)?(?P<role>(?:" + "|".join(
        sorted(ROLE_HEADS | {"pedagang", "petani", "nelayan", "penerima", "peserta", "pengunjung", "orangtua",
                             "ibu", "siswa", "mahasiswa", "relawan", "pengemudi", "buruh"} | KIN_WORDS,
               key=len, reverse=True))
    + r")(?:nya)?(?:[^\S\n]+(?:[A-Za-z][\w\-]*|\([^()\n]{1,30}\))){0,7}?)[^\S\n]*,[^\S\n]+(?P<name>" + NAME_PATTERN + r")(?:[^\S\n]*\(\d{1,3}\))?[^\S\n]*,"
)


_LRCN_WORDS = frozenset(ROLE_HEADS | KIN_WORDS | {
    "seorang", "salah", "pedagang", "petani", "nelayan", "penerima", "peserta", "pengunjung", "orangtua",
    "ibu", "siswa", "mahasiswa", "relawan", "pengemudi", "buruh", "pekerja"})


_SENTENCE_ROLE = re.compile(r"(?:^|[.!?][^\S\n]+|\n)([A-Z][a-z]+)(?=[^\S\n]+[a-z])")


_COMMA_CAP = re.compile(r",[^\S\n]+[A-Z]")


def _trie_pattern(words) -> str:
    """A regex alternation of `words` as a trie ("ibu(?:nda)?"), so the engine tries each letter
    once instead of every word in turn."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        ends = "" in node
        alts = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and len(alts[0]) == 1 else "(?:" + "|".join(alts) + ")"
        return body + "?" if ends else body

    return pattern(root)


# The start of each lowercase word (with or without "-nya") that can head a lowercase role.
_LRCN_AT = re.compile(r"(?<![\w\-])(?:" + _trie_pattern(w for w in _LRCN_WORDS if re.fullmatch("[a-z]+", w))
                      + r")(?:nya)?\b")


_ANONYMOUS = re.compile(
    r"(?:^|(?<=[.!?\"]\s)|(?<=\n))(?P<desc>(?:[Ss]alah[^\S\n]+(?:satu|seorang)|[Ss]eorang)[^\S\n]+"
    r"(?:ibu|bapak|warga|pedagang|pengunjung|peserta|penerima|orang[^\S\n]+tua|orangtua|pasien|relawan|siswa|siswi|"
    r"mahasiswa|anak|guru|pekerja|korban|pengungsi|nelayan|petani|sopir|pengemudi|karyawan|buruh|pengasuh|"
    r"lansia|pemuda|perempuan|pria|wanita|penghuni|penyandang|pelajar|nenek|kakek)(?:[^\S\n]+[a-z]+){0,2}?)"
    r"(?=[^\S\n]*,|[^\S\n]+(?:yang|me[a-z]+|ber[a-z]+|mengaku)\b)"
)


_MAYBE_INITIALS = re.compile(r"\(\d{1,3}|\"[A-Z]{1,3}\.?\"")


# "Eko Saputra selaku Pranata Komputer dari ...", "Rina sebagai Kepala Seksi ..."
_NAME_SELAKU = re.compile(
    r"(?P<name>" + NAME_PATTERN + r")[^\S\n]*,?[^\S\n]+(?P<kw>selaku|sebagai|yang[^\S\n]+(?:menjabat|merupakan|adalah)(?:[^\S\n]+sebagai)?)[^\S\n]+(?P<role>[^,.;:\"\n]{3,160})"
)


# "Gabriel Manek (60), penjual air, menuturkan" / "Puti Chairida Anwar, Kepala Balai Melati,"
_NAME_COMMA_ROLE = re.compile(
    r"(?P<name>" + NAME_PATTERN + r")(?:[^\S\n]*\((?P<age>\d{1,3})(?:[^\S\n]+[Tt]ahun|[^\S\n]*th\.?)?\))?[^\S\n]*,[^\S\n]+(?P<role>[^,.;:\"\n]{3,140}?)[^\S\n]*(?=,|\.|;|$)"
)


# Nicknames introduced explicitly: "(Gus Ipul)" right after a name, "yang akrab disapa Gus Ipul".
_PAREN_ALIAS = re.compile(r"(?P<name>" + NAME_PATTERN + r")[^\S\n]*\((?P<alias>" + NAME_PATTERN + r"|[A-Z]{2,4})\)")


_DISAPA = re.compile(
    r"(?P<name>" + NAME_PATTERN + r")[^\S\n]*,?[^\S\n]+(?:atau[^\S\n]+)?yang[^\S\n]+(?:akrab[^\S\n]+|biasa[^\S\n]+|kerap[^\S\n]+|lebih[^\S\n]+|sering[^\S\n]+)?"
    r"(?:di[^\S\n]?sapa|di[^\S\n]?panggil|dikenal[^\S\n]+dengan[^\S\n]+(?:nama|sapaan)|disebut)[^\S\n]+(?P<alias>" + NAME_PATTERN + r")"
)


# Initials-only people: "AD (12)", "Ibu \"K\"", "Bapak S (45)".
_INITIALS = re.compile(
    r"(?:(?P<hon>Bapak|Pak|Ibu|Bu|Nenek|Kakek|Adik|Anak|Saudara|Sdr\.?|Sdri\.?)[^\S\n]+)?"
    r"(?:\"(?P<q>[A-Z]{1,3}(?:\.[A-Z])*\.?)\"|(?P<i>\b[A-Z]{1,3}(?:\.[A-Z])*\.?)(?=[^\S\n]*\(\d{1,3}(?:[^\S\n]*tahun)?\)))"
)


_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\-]*")


# A clause, not a role: "Presiden Joko Widodo meresmikan ..." after a name and a comma.
_VERBISH = re.compile(r"\b(?:me(?!nteri)[a-z]{4,}|di[a-z]{3,}(?:kan|i)|ber(?!sama)[a-z]{3,}|sudah|telah|akan|adalah|merupakan)\b")


_SHORT_SPEAKER = re.compile(
    r"\b(?:kata|ujar|tutur|ucap|ungkap|jelas|papar|tegas|sebut|terang|lanjut|tambah|imbuh|pungkas|"
    r"tandas|menurut)[^\S\n]+(?P<a>[A-Z][a-z]+)\b(?![^\S\n]+[A-Z])|(?:^|[.!?][^\S\n]|\n)(?:[A-Z][\w\-]*[^\S\n]+)?(?P<b>[A-Z][a-z]+)[^\S\n]+(?:mengatakan|"
    r"menambahkan|menjelaskan|menyampaikan|menegaskan|mengungkapkan|menyatakan|menuturkan|mengakui|menilai|berharap|"
    r"mengaku|menyebutkan|memaparkan|menerangkan)\b"
)


_CAP_START = re.compile(r"(?<![\w'\-.])[A-Z]")


_CAP_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")


@functools.lru_cache(maxsize=8)
def cap_starts(text: str) -> tuple[int, ...]:
    """Offsets of capitalized words: the only places a name or a role can start (cached: the
    extractor asks several times for the same text)."""
    return tuple(m.start() for m in _CAP_START.finditer(text))


def _head_word(text: str, pos: int) -> bool:
    m = _CAP_WORD.match(text, pos)
    if m and m.group(0) == "Ibu":
        return text.startswith("Negara", m.end() + 1)
    return bool(m) and m.group(0).lower() in ROLE_HEADS


def matches_at(rx: re.Pattern, text: str, starts: list[int]):
    """rx.finditer(text) restricted to the given start offsets (same non-overlapping order), far
    cheaper than trying every offset for patterns that can only start there."""
    last = -1
    for pos in starts:
        if pos < last:
            continue
        m = rx.match(text, pos)
        if m:
            yield m
            last = m.end()


def starts_near(text: str, keyword: re.Pattern, starts: list[int], window: int = 160) -> list[int]:
    """The starts within `window` characters before a keyword: where a name-first pattern using
    that keyword can match at all."""
    spots = [m.start() for m in keyword.finditer(text)]
    if not spots:
        return []
    out, j = [], 0
    for pos in starts:
        while j < len(spots) and spots[j] < pos:
            j += 1
        if j < len(spots) and spots[j] - pos <= window:
            out.append(pos)
    return out


_KW_SELAKU = re.compile(r"\b(?:selaku|sebagai|menjabat|merupakan|adalah)\b")


_KW_PAREN = re.compile(r"\(")


_KW_DISAPA = re.compile(r"\b(?:di[^\S\n]?sapa|di[^\S\n]?panggil|dikenal|disebut)\b")


_KW_COMMA = re.compile(r",")


def short_forms_in(text: str) -> set[str]:
    """Single words the text uses alone for a speaker ("kata Hari", "Hari menambahkan")."""
    return {m.group("a") or m.group("b") for m in _SHORT_SPEAKER.finditer(text)}


def find_people(
    text: str,
    *,
    registry: list[Person] | None = None,
    day: dt.date | None = None,
    extra_names: list[tuple[int, int, str, str | None]] = (),
) -> Cast:
    """All people introduced in `text` (normalized) and every later mention of them.

    `extra_names` are (start, end, written name, role or None) the quote finder saw as speakers."""
    shorts = short_forms_in(text)
    intros: list[tuple[int, int, str, str | None]] = []  # start, end, name, role
    caps = cap_starts(text)
    # "Balai Warga Sukamekar", "Rumah Ketua RT": a venue named after a role word is no role.
    heads = [s for s in caps if _head_word(text, s) and not _VENUE_BEFORE.search(text, max(0, s - 12), s)]

    taken: list[tuple[int, int]] = []  # spans already read as role + name

    def free(start: int, end: int) -> bool:
        return not any(s0 < end and start < e0 for s0, e0 in taken)

    for m in matches_at(_NAME_SELAKU, text, starts_near(text, _KW_SELAKU, caps)):
        name = _trailing_plain(m.group("name"))
        role = _strip_role(m.group("role"))
        if not name or not role:
            continue
        first = role.split()[0].lower()
        if m.group("kw") != "selaku" and first not in ROLE_HEADS and first not in ROLE_ALIASES:
            continue
        intros.append((m.end("name") - len(name), m.end("name"), name, role))
        taken.append((m.end("name") - len(name), m.start("role") + len(role)))
    for m in matches_at(_ROLE_COMMA_NAME, text, heads):
        name = clean_name(m.group("name"))
        if plausible_name(name) and free(m.start(), m.end()):
            intros.append((m.start("name"), m.end("name"), name, m.group("role").strip()))
            taken.append(m.span())
    for m in matches_at(_NAME_COMMA_ROLE, text, starts_near(text, _KW_COMMA, caps, 120)):
        name = _trailing_plain(m.group("name"))
        role = _strip_role(m.group("role"))
        if not name or not role or not free(m.end("name") - len(name), m.end()):
            continue
        first = role.split()[0].rstrip(".").lower()
        one_of = first in ("salah", "seorang") and any(w in DESCRIPTORS for w in role.lower().split()[1:3])
        if first not in ROLE_HEADS and first not in ROLE_ALIASES and not (m.group("age") and first in DESCRIPTORS) \
                and not one_of:
            continue  # "Mariam, salah satu penerima bantuan, ...": one of a group is a description too
        start = m.end("name") - len(name)
        if _VERBISH.search(role) or _after_preposition(text, start):
            continue
        if role[:1].islower() and _NOT_APPOSITIVE.search(text, max(0, start - 12), start):
            continue  # "Menurut Nur Aisyah, pendamping sering kali ...": a clause, not a role
        if role.split()[0][:1].isupper() and first not in ROLE_HEADS and first not in ROLE_ALIASES:
            continue
        intros.append((start, m.end("name"), name, role))
        taken.append((start, m.end()))
    lower_heads = [m.start() for m in _LRCN_AT.finditer(text)]
    # "Pekerja sosial Balai Kenanga, Nur Fadillah,": a lowercase role capitalized only because it
    # opens the sentence. Read it with that letter lowered (same offsets).
    initial = [m.start(1) for m in _SENTENCE_ROLE.finditer(text)
               if m.group(1).lower() in _LRCN_WORDS and _COMMA_CAP.search(text, m.start(1), m.start(1) + 90)]
    scan = text
    if initial:
        chars = list(text)
        for i in initial:
            chars[i] = chars[i].lower()
        scan = "".join(chars)
        lower_heads = sorted(set(lower_heads) | set(initial))
    for m in matches_at(_LOWER_ROLE_COMMA_NAME, scan, lower_heads):
        if m.group("role")[:1].isupper() or not free(m.start("name"), m.end("name")):
            continue  # the capitalized form is handled above
        name = _trailing_plain(m.group("name"))
        if name and name == clean_name(m.group("name")):
            role = _strip_role(text[m.start("role"):m.end("role")])
            if role.split()[0].lower() in KIN_WORDS and len(role.split()) == 1:
                role = None  # "anaknya" is a relation, not a role
            intros.append((m.start("name"), m.end("name"), name, role))
            taken.append((m.start(), m.end()))
    for m in matches_at(_LOWER_ROLE_NAME, text, lower_heads):
        name = _trailing_plain(m.group("name"))
        if name and len(name.split()) >= 2 and name == clean_name(m.group("name")) and free(m.start("name"), m.end("name")):
            intros.append((m.start("name"), m.end("name"), name, m.group("role")))
            taken.append(m.span())
    for m in _LOWER_ROLE_FROM.finditer(scan):
        split = split_role_name("X " + m.group("run"))
        if split and len(split[1].split()) >= 2 and free(m.start("run"), m.end("run")):
            name = clean_name(split[1])
            start = m.end("run") - len(split[1])
            if plausible_name(name):
                role = text[m.start("role"):m.end("run") - len(split[1])].strip()
                intros.append((start, start + len(name), name, role))
                taken.append((m.start("run"), m.end("run")))
    for m in _ONE_OF_NAME.finditer(text):
        split = split_role_name(m.group("role") + " " + m.group("run"))
        if split and free(m.start("run"), m.end("run")):
            name = clean_name(split[1])
            if plausible_name(name):
                start = m.end("run") - len(split[1])
                intros.append((start, start + len(name), name, " ".join(m.group("role").split())))
                taken.append((m.start("run"), m.end("run")))
    for m in _KIN_NAME.finditer(text):
        name = m.group("name")
        if _token_ok(name) and free(m.start("name"), m.end("name")):
            intros.append((m.start("name"), m.end("name"), name, None))
    for start, name, role in _names_before_roles(text):
        if free(start, start + len(name)):
            intros.append((start, start + len(name), name, role))
            taken.append((start, start + len(name)))
    for m in matches_at(_ROLE_NAME, text, heads):
        if not free(m.start(), m.end()) or _ROLE_OF_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        for offset, run, last in _joined_runs(m.group("run"), registry, shorts):
            split = _registry_split(run, registry) or split_role_name(run, shorts)
            if split and last and _NAME_FOLLOWS.match(text, m.end()):
                split = None  # "Lurah Sukamekar Indah yang baru, Hj. Rosmawati": the name comes after
            if split and last and " " not in split[1] and _NAME_AFTER_COMMA.match(text, m.end()):
                split = None  # "Camat Cibinong, Hendra Wibisono": the word before the comma is a place
            if split:
                role, name = split
                name = clean_name(name)
                if plausible_name(name):
                    start = m.start() + offset + run.rfind(name)
                    intros.append((start, start + len(name), name, role))

    persons: list[Known] = []
    mentions: list[tuple[int, int, int]] = []

    def add(name: str, role: str | None, start: int, end: int, initials: bool = False) -> Known:
        for i, p in enumerate(persons):
            if p.initials_only or initials:
                if p.name == name and p.initials_only == initials:
                    mentions.append((start, end, i))
                    return p
                continue
            if _spelling_variant(p.name, name):
                # "Syam Wuriyani" where "Syam Wuryani" was introduced: one person, the spelling
                # written with the role stays canonical.
                if role and not p.role:
                    p.role = role
                    p.aliases.append(p.name)
                    p.name = name
                elif name not in p.aliases:
                    p.aliases.append(name)
                mentions.append((start, end, i))
                return p
            if p.name == name or _same_person(p.name, name) or _short_form_of(name, p.name) or _short_form_of(p.name, name):
                if role and not p.role:
                    p.role = role
                longer = len(name.split()) > len(p.name.split())
                prefix_form = name.split()[: len(p.name.split())] == p.name.split()
                suffix_form = name.split()[-len(p.name.split()):] == p.name.split()
                if longer and (prefix_form or suffix_form):
                    p.aliases.append(p.name)
                    p.name = name
                elif name != p.name and name not in p.aliases:
                    p.aliases.append(name)
                p.first = min(p.first, start)
                mentions.append((start, end, i))
                return p
        p = Known(name=name, role=role, first=start, initials_only=initials)
        persons.append(p)
        mentions.append((start, end, len(persons) - 1))
        return p

    for start, end, name, role in sorted(intros):
        add(name, role.strip() if role else None, start, end)

    for m in matches_at(_PAREN_ALIAS, text, starts_near(text, _KW_PAREN, caps, 120)):
        alias = DEGREES_RE.sub("", m.group("alias")).strip()
        owner = _owner_of(persons, clean_name(m.group("name")))
        if _MIXED_DEGREE.fullmatch(m.group("name").split()[-1]) or _MIXED_DEGREE.fullmatch(f"({alias})"):
            continue  # "Markus Lado BBus (Acc)": a degree in parentheses, not a nickname
        initials = bool(owner) and alias.isupper() and 2 <= len(alias) <= 4 and alias[0] == owner.name[:1]
        if owner and alias and alias != owner.name and (not alias.isupper() or initials):
            owner.aliases.extend(a for a in dict.fromkeys([alias, clean_name(alias)]) if a not in owner.aliases)
    for m in matches_at(_DISAPA, text, starts_near(text, _KW_DISAPA, caps, 160)):
        alias = DEGREES_RE.sub("", m.group("alias")).strip()  # as written: "Gus Ipul" keeps "Gus"
        owner = _owner_of(persons, clean_name(m.group("name")))
        if owner is None:
            # "Siti Nurhasanah, Koordinator ... Balai Kenanga, yang akrab disapa Bu Nunung": the
            # nickname belongs to the person this sentence introduced, not to the unit before it.
            head = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            in_sentence = sorted((s0, i) for s0, _e, i in mentions if head <= s0 < m.start())
            if in_sentence:
                owner = persons[in_sentence[0][1]]
        if owner is None:
            name = _trailing_plain(m.group("name"))
            before = text[max(0, m.start("name") - 30):m.start("name")].split()
            if name and not (before and before[-1].lower() in _PLACE_INTRO):
                owner = add(name, None, m.start("name"), m.end("name"))
        if owner and alias and alias != owner.name:
            owner.aliases.extend(a for a in dict.fromkeys([alias, clean_name(alias)]) if a not in owner.aliases)

    for m in _ANONYMOUS.finditer(text):
        if not _NAME_AFTER_COMMA.match(text, m.end()):
            # "Salah satu ibu, yang meminta namanya tidak disebut, ...": someone the text does not
            # name. A later "tutur dia" is theirs, so it must not fall to the last named person.
            add(" ".join(m.group("desc").split()).lower(), None, m.start("desc"), m.end(), initials=True)
    for m in (_INITIALS.finditer(text) if _MAYBE_INITIALS.search(text) else ()):
        initials = m.group("q") or m.group("i")
        if initials and initials.rstrip(".").upper() == initials.rstrip("."):
            label = initials if not m.group("hon") else f"{m.group('hon')} {initials}"
            add(label, None, m.start(), m.end(), initials=True)

    _merge_same_role(persons, mentions)
    cast = Cast(persons=persons, mentions=mentions, registry=registry or [], day=day)
    for start, end, written, role in sorted(extra_names, key=lambda x: (x[0], x[1], x[2])):
        name = clean_name(written)
        if not name:
            continue
        known = cast.resolve(name, at=start) or _glued_heading(text, name, start, cast)
        if known is not None:
            if role and not known.role:
                known.role = role
            continue
        if plausible_name(name):
            add(_expand_full_name(text, name, start), role, start, end)
    _scan_mentions(text, cast)
    _scan_role_mentions(text, cast, heads)
    _mark_speaker_like(text, cast)
    return cast


_BARE_ROLE = re.compile(
    r"(?P<role>" + _ROLE_HEAD_RE + r"(?:[^\S\n]+[A-Z][a-z]+){0,2})(?=[^\S\n]+[a-z]|[^\S\n]*[,.;:)\"]|[^\S\n]*$)"
)


_ROLE_CONTINUES = re.compile(r"[^\S\n]+(?:dan|serta|&|untuk|of|and|for)[^\S\n]+[A-Z]")


# "Salah seorang warga Kelurahan Sukamaju Rahmah mengaku": one of a group, a place, the name,
# no commas. The name is where split_role_name puts it.
_ONE_OF_NAME = re.compile(
    r"\b(?:[Ss]alah[^\S\n]+(?:satu|seorang)|[Ss]eorang)[^\S\n]+(?P<role>(?:warga|penerima|peserta|pedagang|petani|nelayan|"
    r"pengunjung|penyandang|lansia|orangtua|orang[^\S\n]+tua|ibu|bapak|relawan|pengungsi|korban|pasien|siswa|mahasiswa)"
    r"(?:[^\S\n]+[a-z]+){0,2}?)[^\S\n]+(?P<run>[A-Z][\w'\-]*\.?(?:[^\S\n]+[A-Z][\w'\-]*\.?){0,6})"
    r"(?=[^\S\n]*,|[^\S\n]+(?:yang|juga|pun|me[a-z]{2,}|ber[a-z]{3,}|meng[a-z]+)\b)"
)
# "nenek Sumi", "mbah Sarinah": an elder called by kinship and one name.
_KIN_NAME = re.compile(r"\b(?:nenek|kakek|mbah|eyang|oma|opa)[^\S\n]+(?P<name>[A-Z][a-z]{2,})\b(?=[^\S\n]+[a-z]|[^\S\n]*[,.])")
_SENTENCE_HEAD = re.compile(r"(?:^|(?<=[.!?][^\S\n])|(?<=\n))(?P<run>(?:[A-Z]\.[^\S\n]*)?[A-Z][\w'\-]*(?:[^\S\n]+[A-Z][\w'\-]*\.?){1,10})"
                            r"(?P<rest>[^\S\n]+[a-z][^.!?\n\"]{0,160})")
_VERB_IN = re.compile(r"\b(?:me[a-z]{3,}|ber[a-z]{3,})\b")


# "Yanto, yang juga Wakil Ketua Asperindo": the role of the person just named (after a comma); a word after it is
# the organisation, not a second person.
_ROLE_OF_BEFORE = re.compile(r",[^\S\n]*yang[^\S\n]+(?:juga[^\S\n]+|kini[^\S\n]+|saat[^\S\n]+ini[^\S\n]+)?(?:merupakan[^\S\n]+|menjabat[^\S\n]+(?:sebagai[^\S\n]+)?|adalah[^\S\n]+)?$")
_NAME_FOLLOWS = re.compile(r"[^\S\n]+yang[^\S\n]+(?:baru|lama|sekarang|kini|saat[^\S\n]+ini)(?:[^\S\n]+dilantik)?[^\S\n]*,[^\S\n]+[A-Z]")
_VENUE_BEFORE = re.compile(r"\b(?:Balai|Kantor|Gedung|Aula|Rumah|Posko|Sekretariat|Pos|Ruang|Graha|Wisma|Pendopo|Pendapa)[^\S\n]+$")


def _glued_heading(text: str, name: str, start: int, cast: Cast) -> Known | None:
    """"Dilema Nadia menilai" where the text introduced "Nadia Puspa Ayu": a subheading (or an
    organisation word) written into the sentence before a known person's given name. The first word
    must appear nowhere else in the text and the rest must open exactly one known name."""
    words = name.split()
    if len(words) < 2 or text.count(words[0]) != 1:
        return None
    rest = " ".join(words[1:])
    known = cast.resolve(rest, at=start, fuzzy=False)
    if known is None or known.initials_only or not known.name.startswith(rest + " "):
        return None
    return known


def _names_before_roles(text: str) -> list[tuple[int, str, str]]:
    """"B. Kornelis Wadu Kasi Pelayanan dari Dinas Sosial menyampaikan ...": a sentence that opens
    with a full name and then its role, no comma between. (start, name, role) for each."""
    out = []
    for m in _SENTENCE_HEAD.finditer(text):
        tokens = m.group("run").split()
        k = next((k for k, t in enumerate(tokens) if t.lower().rstrip(".") in ROLE_HEADS), None)
        if k is None or k < 2 or not _VERB_IN.search(m.group("rest")):
            continue
        name = clean_name(" ".join(tokens[:k]))
        if len(name_tokens(name)) < 2 or not plausible_name(name) or tokens[0].lower() in ROLE_HEADS:
            continue
        out.append((m.start("run") + m.group("run").find(name), name, " ".join(tokens[k:])))
    return out


def _scan_role_mentions(text: str, cast: Cast, heads: list[int]) -> None:
    """Role words used alone for their holder ("Kepala Balai berharap", "Ibu Negara melihat"):
    mentions of that person, and the role word becomes one of their aliases."""
    spans = [(s0, e0) for s0, e0, _ in cast.mentions]
    cache: dict[str, Known | None] = {}
    starts = {s0 for s0, _e in spans}
    for m in matches_at(_BARE_ROLE, text, heads):
        if _overlaps(spans, m.start()):
            continue
        after = m.end("role")
        if text.count('"', text.rfind("\n", 0, m.start()) + 1, m.start()) % 2:
            continue  # inside a quote: "Matur nuwun, Bu Menteri" addresses someone, it is no mention
        if _ROLE_CONTINUES.match(text, after):
            continue  # "Kepala Pusat Data dan Informasi ...": the head of a longer role, not an alias
        if any(after < s0 <= after + 3 for s0 in starts):
            continue  # "Sekretaris Ditjen Rehsos, Yuliana": the role of an introduction
        role = m.group("role")
        if role not in cache:
            cache[role] = cast.resolve_role(role, m.start()) if len(role.split()) > 1 or role.lower() in _SOLE_ROLES or role.lower() in ROLE_ALIASES else None
        holder = cache[role]
        if holder is None or holder not in cast.persons:
            continue
        cast.mentions.append((m.start(), m.end("role"), cast.persons.index(holder)))
        if role not in holder.aliases and role != holder.name:
            holder.aliases.append(role)
    cast.mentions.sort()


_JOIN = re.compile(r"[^\S\n]+(?:dan|serta|&|and)[^\S\n]+(?=(?:Plt\.?[^\S\n]+|Mantan[^\S\n]+)?[A-Z][a-z]+)")


def _joined_runs(run: str, registry, shorts) -> list[tuple[int, str, bool]]:
    """"Wali Kota Surabaya Eri Santoso dan Wakil Ketua DPRD Laila Mufidah": two introductions joined
    by "dan". A run is cut at a "dan" only when the part before it ends in a name and the part after
    starts with a role word; otherwise ("Kepala Pusat Data dan Informasi ...") it stays whole.
    Returns (offset in run, piece, is the last piece)."""
    pieces: list[tuple[int, str, bool]] = []
    begin = 0
    for j in _JOIN.finditer(run):
        nxt = run[j.end():].split(None, 1)[0].rstrip(".").lower()
        if nxt == "mantan":
            nxt = (run[j.end():].split() + ["", ""])[1].lower()
        if nxt not in ROLE_HEADS and nxt not in ROLE_ALIASES:
            continue
        left = run[begin:j.start()]
        split = _registry_split(left, registry) or split_role_name(left, shorts)
        if not split or not plausible_name(clean_name(split[1])) or len(split[1].split()) < 2:
            continue
        pieces.append((begin, left, False))
        begin = j.end()
    pieces.append((begin, run[begin:], True))
    return pieces


_NOT_APPOSITIVE = re.compile(r"\b(?:[Mm]enurut|oleh|dengan|bersama|kepada|untuk)[^\S\n]+$")


_NAME_AFTER_COMMA = re.compile(r"[^\S\n]*,[^\S\n]+[A-Z][a-z]")


# "oleh psikolog klinis Nur Aisyah Tuasikal": a lowercase role word, then a full name.
# "pengamat politik dari Universitas Flores Yohanes Bili menilai": a lowercase role, where the
# person works, then the name (split from the organisation by vocabulary), then a verb or a comma.
_LOWER_ROLE_FROM = re.compile(
    r"\b(?P<role>(?i:" + _trie_pattern(
        "psikolog dokter pengamat peneliti dosen guru ekonom pakar ahli aktivis pegiat pengajar epidemiolog "
        "sosiolog akademisi praktisi pemerhati analis prakirawan".split()) + r")(?:[^\S\n]+[a-z]+){0,3}?)[^\S\n]+(?:dari|di)[^\S\n]+"
    r"(?P<run>[A-Z][\w\-]*(?:[^\S\n]+(?:[A-Z][\w\-]*|\([A-Z][\w\-]*\))){2,9})(?=[^\S\n]*,|[^\S\n]+(?:me|ber)[a-z]{3,}\b)"
)
_LOWER_ROLE_NAME = re.compile(
    r"\b(?P<role>(?:psikolog|dokter|pengamat|peneliti|dosen|guru|ekonom|pakar|ahli|aktivis|pegiat|relawan|"
    r"pendamping|pekerja[^\S\n]+sosial|terapis|instruktur|fasilitator|koordinator|konselor|epidemiolog|sosiolog|"
    r"akademisi|praktisi|pemerhati)(?:[^\S\n]+[a-z]+){0,3})[^\S\n]+(?P<name>" + _NAME_TOKEN + r"(?:[^\S\n]+" + _NAME_TOKEN + r"){1,3})\b"
)


# Before a place, or before an event, program or venue name ("acara Gala Dinner, ..."): no person.
_PREPOSITION_BEFORE = re.compile(r"\b(?:di|ke|dari|menuju|kawasan|wilayah|daerah|kota|kabupaten|desa|provinsi|pulau|asal|"
                                 r"acara|kegiatan|program|event|festival|lomba|rapat|gerakan|kampanye|hotel|gedung|"
                                 r"aula|aplikasi)[^\S\n]+$", re.IGNORECASE)


def _after_preposition(text: str, pos: int) -> bool:
    """A capitalized word after "di", "ke", "dari" is a place, not a person."""
    return bool(_PREPOSITION_BEFORE.search(text, max(0, pos - 12), pos))


def _merge_same_role(persons: list[Known], mentions: list[tuple[int, int, int]]) -> None:
    """'Presiden Joko Widodo' and 'Presiden Jokowi' in one text: one person holding one specific role
    under a full name and a one-word name. The full name wins, the word becomes an alias."""
    by_role: dict[str, list[int]] = {}
    for i, p in enumerate(persons):
        if p.role and not p.initials_only and p.role.split()[0].lower() not in _GENERIC_ROLES:
            by_role.setdefault(_role_key(p.role), []).append(i)
    for idxs in by_role.values():
        if len(idxs) != 2:
            continue
        a, b = sorted(idxs, key=lambda i: len(persons[i].name.split()))
        short, full = persons[a], persons[b]
        if len(short.name.split()) != 1 or len(full.name.split()) < 2 or short.name in full.name.split():
            continue
        full.aliases.append(short.name)
        full.first = min(full.first, short.first)
        for k, (s0, e0, i) in enumerate(mentions):
            if i == a:
                mentions[k] = (s0, e0, b)
        short.name, short.aliases, short.role = "", [], None
    dead = [i for i, p in enumerate(persons) if not p.name]
    if dead:
        remap, keep = {}, []
        for i, p in enumerate(persons):
            if p.name:
                remap[i] = len(keep)
                keep.append(p)
        persons[:] = keep
        mentions[:] = [(s0, e0, remap[i]) for s0, e0, i in mentions if i in remap]


def _owner_of(persons: list[Known], name: str) -> Known | None:
    for p in persons:
        if p.name == name or name in p.aliases or _same_person(p.name, name):
            return p
    return None


# Things named after people: a mention right after one is the thing, not the person.
_NAMED_AFTER = re.compile(r"\b(?:pesawat|kapal|kereta|gedung|[Jj]alan|[Jj]l\.|stadion|bandara|bandar[^\S\n]+udara|masjid|"
                          r"universitas|lapangan|taman|piala|penghargaan|hadiah|KRI|KM)(?:[^\S\n]+[A-Z0-9][\w\-]*\d[\w\-]*)?[^\S\n]+$")
_LOWERCASE_WORD = re.compile(r"(?<![\w\-])[a-z]{3,}(?![\w\-])")
_TOKEN_AT = re.compile(r"(?<![\w])[A-Z][A-Za-z'\-]+(?:[^\S\n]+[A-Z][A-Za-z'\-]+)*")


def _scan_mentions(text: str, cast: Cast) -> None:
    """Record every later mention of a known person by a full or short form, or by the role word
    they hold in this text ("Presiden", "Mensos"); note the short forms used."""
    forms: dict[str, set[int]] = {}
    for i, p in enumerate(cast.persons):
        if p.initials_only:
            continue
        for form in [p.name] + default_aliases(p.name) + list(p.aliases):
            forms.setdefault(form, set()).add(i)
    if not forms:
        return
    seen = sorted((s, e) for s, e, _ in cast.mentions)
    cache: dict[str, int | None] = {}
    lower: list[set[str]] = []

    def lowercase_words() -> set[str]:
        if not lower:
            lower.append(set(_LOWERCASE_WORD.findall(text)))
        return lower[0]

    def lookup(form: str, at: int) -> set[int] | None:
        if " " not in form and form.lower().replace("'", "") in CALENDAR_WORDS:
            return None  # "setiap Ramadan": the month, even where someone is called Ramadhan
        owners = forms.get(form)
        if owners is not None:
            return owners
        if " " in form or len(form) < 3:
            return None
        low = form.lower()
        if low in ROLE_ALIASES or low in ROLE_HEADS:
            if form not in cache:
                holder = cast.resolve_role(form) if low in ROLE_ALIASES or low in _SOLE_ROLES else None
                cache[form] = cast.persons.index(holder) if holder is not None and holder in cast.persons else None
            return {cache[form]} if cache[form] is not None else None
        if not _token_ok(form) or low in lowercase_words():
            return None  # "Hal tersebut": a word the text also writes in lowercase is a common word
        if form not in cache:
            p = cast.resolve(form, at=at, fuzzy=False)
            cache[form] = cast.persons.index(p) if p is not None and p in cast.persons else None
        return {cache[form]} if cache[form] is not None else None

    for m in _TOKEN_AT.finditer(text):
        toks = m.group(0).split()
        offsets = []
        pos = m.start()
        for t in toks:
            pos = text.index(t, pos)
            offsets.append(pos)
            pos += len(t)
        j = 0
        while j < len(toks):
            matched = False
            for k in range(min(len(toks), j + 5), j, -1):
                form = " ".join(toks[j:k])
                owners = lookup(form, offsets[j])
                if owners and len(toks) > 1 and form.lower() in ROLE_HEADS | ROLE_ALIASES.keys():
                    owners = None  # "Menteri" of "Menteri Sosial ...": part of a role, not a mention
                if owners and len(owners) == 1:
                    i = next(iter(owners))
                    start = offsets[j]
                    end = start + len(form)
                    if _NAMED_AFTER.search(text, max(0, start - 40), start):
                        j = k
                        matched = True
                        break  # "pesawat N219 Nurtanio", "Jalan Sudirman": a thing named after someone
                    if not _overlaps(seen, start):
                        cast.mentions.append((start, end, i))
                    p = cast.persons[i]
                    if (form != p.name and form not in p.aliases and " ".join(name_tokens(form)) == form
                            and (form.lower() not in ROLE_HEADS or form.lower() in _SOLE_ROLES
                                 or form.lower() in ROLE_ALIASES)):
                        p.aliases.append(form)  # a short form, or the role word the text uses (Mensos)
                    j = k
                    matched = True
                    break
            if not matched:
                j += 1
    cast.mentions.sort()
