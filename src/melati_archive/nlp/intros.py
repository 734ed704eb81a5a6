"""Introductions: where one text introduces a person, in each written form (role and name run
together or split by a comma, name then role, lowercase roles, regional forms without commas);
each form a function returning (start, end, name, role)."""
from __future__ import annotations

import bisect
import re

from ..model import Person
from .roles import (
    DESCRIPTORS, KIN_WORDS, RANKS, ROLE_ALIASES, ROLE_HEADS, ROLE_PHRASE, _REGIONAL_HEADS, _ROLE_HEAD_RE,
    _UNIT_AFTER_PADA, UNTUK_WHOM, _strip_role, office_word,
)
from .names import (
    GLUED_INITIALS,
    HONORIFICS,
    NAME_PATTERN,
    RANK_ABBREVIATIONS,
    _ABBREVIATED,
    _ABBREVIATED_GIVEN,
    _DEGREE,
    DEGREE_AFTER_CAPITAL,
    _PLACE_INTRO,
    _PLACE_NOT_NAME,
    _trailing_plain,
    clean_name,
    lowercase_words,
    name_then,
    plausible_name,
)
from .rolesplit import _names_a_unit, split_role_name
from .runends import _ENTOURAGE_AFTER, _EACH_AFTER, _TRAILING_JOIN, _lowercase_surname_end, _verb_in_run
from .nameforms import (  # noqa: F401 - re-exported: people.py and tests read them here
    _SHORT_SPEAKER, _SHORT_SPEAKER_CUE_AT, _cue_offsets, name_tokens, short_forms_in,
)
from .officeforms import _RESIDENTS_OF, _listed_field_roles, _listed_office_comma_roles, _role_comma_unit_names, _role_comma_capitals, _role_comma_nicknamed, _role_paren_names, _colon_boards, _local_heads_in_brackets, _lowered_role_runs, _name_dash_roles, _name_paren_roles
from .registry import _registry_split
from .rolearound import (
    _english_modifiers, _former, _initials_before_comma, _next_office_follows, _own_office_run_before, _second_office_head,
    _seniority,
)
from .partymembers import party_bracket_members, party_members
from .studentintros import student_intros
from .residents import (  # noqa: F401 - re-exported
    _KIN_NAME, _ONE_OF_NAME, _aged_names, _counted_groups, _fronted_companions, _kin_called, _kin_names, _aliased_names, _bin_names, _listed_names, _named_after_a_person_word, _named_bernama, _name_then_group, _one_of_a_group, group_and_place,
)
from .rolebounds import (
    _comma_list_goes_on, _field_of_an_office, _inside_an_enumeration, _last_of_a_list, _next_of_a_list, _opens_an_office, _unit_word_moved,
    _word_before, next_named_role, _unit_named_before, _field_of_a_unit, _programme_word, _PLACE_FIRST_HEADS,
)
from .boardlists import board_lists, bodies_led_by, offices_held_by
from .introchains import office_chains
from .rankednames import ranked_names
from .titlednames import titled_names
from .tradenames import bracketed_job_names, trade_names
from .initialsnames import initials_names
from .lowerroles import _after_preposition, _lowercase_roles, english_lower_offices
from .scan import (  # noqa: F401 - cap_starts and starts_near re-exported
    _CAP_START, cap_starts, matches_at, starts_near, word_start_pattern,
)


# "Kepala Balai Melati Jakarta, Puti Chairida Anwar" (also inside an attribution, and ending a line of a list)
# (an address typed small before the name: "Kepala SMPN 2 X, bapak Name, S.Pd.,")
_ROLE_COMMA_NAME = re.compile(r"(?P<role>" + ROLE_PHRASE + r")[^\S\n]*,[^\S\n]+(?:(?:bapak|ibu)[^\S\n]+)?(?P<name>" + NAME_PATTERN + r")(?=[^\S\n]*[,.;:)\n]|[^\S\n]+[a-z(]|[^\S\n]*$|[^\S\n]+Jum[,`]at)")


# "Wali Kota Milan, Italia, Name": a comma before the office's country stays inside the run.
_COUNTRY_COMMA = (r",[^\S\n]+(?=(?:Italia|Prancis|Perancis|Belanda|Jepang|Tiongkok|China|Amerika Serikat|Inggris|Jerman|"
                  r"Australia|Malaysia|Singapura|Korea Selatan|Rusia|Spanyol|Thailand|Filipina|Vietnam|Mesir|Kanada)"
                  r"[^\S\n]+[A-Z])")

# "Menteri Sosial Juliari Batubara" (role and name run together; split by vocabulary); a word's capital before
# ".H." is a dotted degree's ("Name S.H."), no word of the run
# An office's short form typed small in brackets after it ("Kepala Lapas (kalapas) Kelas I ..."): the head's
# abbreviations open with Ka- (Kepala), Wa- (Wakil), Dan- (Komandan), Sek- or Pang-.
_LOWER_OFFICE_SHORT = (r"\((?:ka|wa|dan|sek|pang)[a-z]{2,10}\)"
                       # a prison's or a port's class typed small: "Lapas (Kalapas) kelas IIB X"
                       r"|kelas(?=[^\S\n]+(?:I{1,3}|IV)[AB]?[^\S\n]+[A-Z])")
# A police rank and its service, or an army officer's corps, written with stops inside the run ("Wakapolda X Brigjen.
# Pol. Drs. Name", "Danramil Kapten Inf. Name")
_DOTTED_RANK = (r"(?:Brigjen|Irjen|Komjen|Kombes|AKBP|AKP|Kompol|Iptu|Ipda|Aiptu|Aipda|Bripka|Pol|Letkol|Inf|Kav|Arh|Czi|"
                r"Pnb)\.(?=[^\S\n]+[A-Z])")
_ROLE_NAME = re.compile(
    r"(?P<run>" + _ROLE_HEAD_RE + r"(?:(?:[^\S\n]+|" + _COUNTRY_COMMA + r")(?:(?:Drs|Dra|Dr|Ir|Prof|Hj|H|KH|K\.H|Sdr|Sdri|Tb|Rd|R|Tgk|Ns|Ny|Pdt|Bd)\.(?=[^\S\n]+[A-Z])|" + _DOTTED_RANK + r"|" + _ABBREVIATED_GIVEN + r"|[A-Z][A-Za-z]*-\d+\b|[A-Z]+\d+[A-Z\d]*\b|(?![IVX]\.)[A-Z]\.(?=[^\S\n]+[A-Z][a-z])|(?:Kab|Kec|Prov|Kel)\.(?=[^\S\n]+[A-Z][a-z])|setempat(?=[^\S\n]+(?:H\.?[^\S\n]+)?[A-Z][a-z])|" + GLUED_INITIALS + r"|[A-Z][A-Za-z'\-]+(?![\w\-])|[A-Z](?![\w\-]|" + DEGREE_AFTER_CAPITAL + r")|[A-Z]\.(?![A-Z][A-Za-z]{0,3}\.?(?![A-Za-z]))|[A-Z]{2,}[\w\-]*|[A-Z][\w\-]*\.(?:co|id|org|com)|"
    r"\d{1,4}(?:-\d{1,3})?(?:/[A-Z][A-Za-z\-]*)?(?=[^\S\n]+[A-Z])|dr\.?(?=[^\S\n]+[A-Z])|drg\.?(?=[^\S\n]+[A-Z])|apt\.(?=[^\S\n]+[A-Z])|(?:Drs|Dra|Dr|Ir|Prof|Hj|H|KH|K\.H|Sdr|Sdri|Tb|Rd|R|Tgk|Ns|Ny|Pdt|Bd)\.(?=[^\S\n]+[A-Z])|dan|pada(?=[^\S\n]+" + _UNIT_AFTER_PADA + r")|&|of|for|and|to|on|the|de[rn](?=[^\S\n]+[A-Z])|de|van(?=[^\S\n]+(?:de[rn][^\S\n]+)?[A-Z])|von(?=[^\S\n]+[A-Z])|untuk(?=[^\S\n]+" + UNTUK_WHOM + r")|\([A-Z][\w.\-/]{0,15}(?:[^\S\n]+[A-Z][\w.\-/]{0,15}){0,2}\)|" + _LOWER_OFFICE_SHORT + r")){1,24})"
)




# "Eko Saputra selaku Pranata Komputer dari ...", "Rina sebagai Kepala Seksi ..."
_NAME_SELAKU = re.compile(
    name_then(r"[^\S\n]*,?[^\S\n]+[sy]", piece=r"\S*") + r"(?P<name>" + NAME_PATTERN + r")[^\S\n]*,?[^\S\n]+(?P<kw>[Ss]elaku|sebagai|yang[^\S\n]+(?:kini[^\S\n]+|saat[^\S\n]+ini[^\S\n]+)?(?:menjabat|merupakan|adalah)(?:[^\S\n]+sebagai)?|yang[^\S\n]+juga(?:[^\S\n]+(?:menjabat|merupakan|sebagai))?)[^\S\n]+(?P<role>[^,.;:\"\n]{3,160})"
)


# "Gabriel Manek (60), penjual air, menuturkan" / "Puti Chairida Anwar, Kepala Balai Melati,".
# Everything before the first comma is the name and the age ("th.)", "tahun)"), so the pieces up
# to that comma are checked first (name_then): most capitalized words before a comma are no name.
_NAME_COMMA_ROLE = re.compile(
    name_then(r"[^\S\n]*,", more_openers=("th", "tahun")) + r"(?P<name>" + NAME_PATTERN + r")(?:[^\S\n]*\((?P<age>\d{1,3})(?:[^\S\n]+[Tt]ahun|[^\S\n]*th\.?)?\))?[^\S\n]*,[^\S\n]+(?P<role>[^,.;:\"\n]{3,140}?)[^\S\n]*(?=,|\.|;|$)"
)


# A clause, not a role: "Presiden Joko Widodo meresmikan ..." after a name and a comma.
_VERBISH = re.compile(r"\b(?:me(?!nteri)[a-z]{4,}|di[a-z]{3,}(?:kan|i)|ber(?!sama)[a-z]{3,}|sudah|telah|akan|adalah|merupakan)\b")


_CAP_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")


def _head_word(text: str, pos: int) -> bool:
    m = _CAP_WORD.match(text, pos)
    if m is None:
        return False
    word = m.group(0)  # asked of every capitalised word of a text: the word read once
    if word not in _HEAD_WORD_CASES:
        return word.lower() in ROLE_HEADS
    if word == "Ibu":
        return text.startswith("Negara", m.end() + 1)
    if word == "Wali":  # "Wali Kota", "Wali Nagari"; not a band or a school's "Wali Band"
        return text.startswith(_WALI_OFFICES, m.end() + 1)
    if word == "Perwakilan":  # "Perwakilan UNICEF, Name"; not "Dewan Perwakilan Rakyat"
        return not text.startswith(("Rakyat", "Daerah"), m.end() + 1) and not text.endswith("Dewan ", 0, pos)
    if word == "Guru" and text.endswith("Tuan ", 0, pos):
        return False  # "Tuan Guru Haji X": a Lombok cleric's title, not a teacher
    if word == "Karo" and (b := _CAP_WORD_BEFORE.search(text, max(0, pos - 30), pos)):
        return b.group(1).lower() in lowercase_words(text)  # "Herberia Karo Sekali": a Batak clan, no bureau head
    if word == "Imam":  # "Imam Besar Masjid X"; "Imam Budi Hartono" is a given name
        return text.startswith(("Besar", "Masjid", "Musala", "Mushola", "Masjidil"), m.end() + 1)
    return word.lower() in ROLE_HEADS


_HEAD_WORD_CASES = frozenset({"Ibu", "Wali", "Perwakilan", "Guru", "Karo", "Imam"})  # read by their context


_CAP_WORD_BEFORE = re.compile(r"(?<![.!?,;:])[^\S\n]([A-Z][a-z]+)[^\S\n]$")
_WALI_OFFICES = ("Kota", "kota", "Nagari", "nagari", "Kelas", "kelas", "Murid", "murid", "Santri", "santri", "Amanat")


_KW_SELAKU = re.compile(word_start_pattern(["selaku", "Selaku", "sebagai", "menjabat", "merupakan", "adalah", "juga"]) + r"\b")


_KW_COMMA = re.compile(r",")


_SENTENCE_HEAD = re.compile(r"(?:^|(?<=[.!?][^\S\n])|(?<=\n)|(?<=[^\S\n]{3}))(?P<run>(?:[A-Z]\.[^\S\n]*)?[A-Z][\w'\-]*(?:[^\S\n]+[A-Z][\w'\-]*\.?){1,10})"
                            # the office's district and regency between commas ("Name Kepala Desa X, Kecamatan Y,
                            # Kabupaten Z, mengatakan")
                            r"(?:(?:,[^\S\n]+(?:Kecamatan|Kabupaten|Kota|Provinsi|Kec\.|Kab\.)(?:[^\S\n]+[A-Z][\w\-]*){1,3}){1,3},)?"
                            r"(?P<rest>[^\S\n]+[a-z][^.!?\n\"]{0,160})")


# Where a _SENTENCE_HEAD match can start besides the text's start: a capital after a sentence end
# and a space, or after a line break (the pattern's leading lookbehinds make re try every offset).
# A capital opening a sentence: after a stop and a space, a line break, or three spaces (a blanked dateline before).
# The capital first, what stands before it checked after it: re skips to capitals, where the stop, line break or
# space first was tried at every offset (the same offsets as the ends of "(?:[.!?][^\S\n]|\n|[^\S\n]{3})(?=[A-Z])").
_CAPITAL_AFTER_SENTENCE_END = re.compile(r"[A-Z](?:(?<=[.!?][^\S\n][A-Z])|(?<=\n[A-Z])|(?<=[^\S\n]{3}[A-Z]))")


_VERB_IN = re.compile(r"\b(?:me[a-z]{3,}|ber[a-z]{3,})\b")


# "Yanto, yang juga Wakil Ketua Asperindo": the role of the person just named (after a comma); a word after it is
# the organisation, not a second person.
_ROLE_OF_BEFORE = re.compile(r",[^\S\n]*yang[^\S\n]+(?:juga[^\S\n]+|kini[^\S\n]+|saat[^\S\n]+ini[^\S\n]+)?(?:merupakan[^\S\n]+|menjabat[^\S\n]+(?:sebagai[^\S\n]+)?|adalah[^\S\n]+)?$")


_NAME_FOLLOWS = re.compile(r"[^\S\n]+yang[^\S\n]+(?:baru|lama|sekarang|kini|saat[^\S\n]+ini)(?:[^\S\n]+dilantik)?[^\S\n]*,[^\S\n]+[A-Z]")


_VENUE_BEFORE = re.compile(r"\b(?:Balai|Kantor|Gedung|Aula|Rumah|Posko|Sekretariat|Pos|Ruang|Graha|Wisma|Pendopo|Pendapa|"
                           r"Jalan|Jl\.?|Gang|Gg\.?|Masjid|Makam)[^\S\n]+$")  # "Jalan Kiai Haji X": a street


def _names_before_roles(text: str) -> list[tuple[int, str, str]]:
    """"B. Kornelis Wadu Kasi Pelayanan dari Dinas Sosial menyampaikan ...": a sentence that opens
    with a full name and then its role, no comma between. (start, name, role) for each."""
    out = []
    starts = [0, *(m.start() for m in _CAPITAL_AFTER_SENTENCE_END.finditer(text))]
    for m in matches_at(_SENTENCE_HEAD, text, starts):
        tokens = m.group("run").split()
        k = next((k for k, t in enumerate(tokens) if t.lower().rstrip(".") in ROLE_HEADS), None)
        if k is None or k < 2 or not _VERB_IN.search(m.group("rest")):
            continue
        name = clean_name(" ".join(tokens[:k]))
        if len(name_tokens(name)) < 2 or not plausible_name(name) or tokens[0].lower() in ROLE_HEADS:
            continue
        tail = _ROLE_TAIL.match(text, m.end("run"))
        role = " ".join(tokens[k:]) + (" " + " ".join(tail.group("tail").split()) if tail else "")
        out.append((m.start("run") + m.group("run").find(name), name, role))
    return out


# "... Kasi Assesmen dan advokasi dari Kementerian Sosial RI menyampaikan": the role goes on with a
# second field in lowercase and the office it is of, up to the verb.
_ROLE_TAIL = re.compile(r"[^\S\n]+(?P<tail>(?:dan[^\S\n]+[a-z]+(?:[^\S\n]+[a-z]+)?[^\S\n]+)?(?:dari|di|pada)[^\S\n]+"
                        r"[A-Z][\w\-]*(?:[^\S\n]+[A-Z][\w\-]*){0,6})(?=[^\S\n]+(?:me|ber)[a-z]{3,})")


_JOIN = re.compile(r"[^\S\n]+(?:dan|serta|&|and)[^\S\n]+(?=(?:Plt\.?[^\S\n]+|Mantan[^\S\n]+)?[A-Z][a-z]+)")


def _joined_runs(run: str, registry, shorts, lowercase: frozenset[str] | set[str] = frozenset()
                 ) -> list[tuple[int, str, bool]]:
    """"Wali Kota Surabaya Eri Santoso dan Wakil Ketua DPRD Laila Mufidah": two introductions joined
    by "dan". A run is cut at a "dan" only when the part before it ends in a name (of two words, or
    one after a one-word regional office: "Wawali Bambang dan Sekda Fadli", or one the text never writes in
    `lowercase`: "Kepala Dinas Kominfo Nurhayati dan Kabag Humas ...") and the part after starts
    with a role word; otherwise ("Kepala Pusat Data dan Informasi ...") it stays whole.
    Returns (offset in run, piece, is the last piece)."""
    pieces: list[tuple[int, str, bool]] = []
    begin = 0
    for j in _JOIN.finditer(run):
        nxt = run[j.end():].split(None, 1)[0]
        if nxt.lower() == "mantan":
            nxt = (run[j.end():].split() + ["", ""])[1]
        if not _opens_an_office(nxt):
            continue
        left = run[begin:j.start()]
        split = _registry_split(left, registry) or split_role_name(left, shorts)
        if not split or not plausible_name(clean_name(split[1])):
            continue
        head = split[0].rstrip(".").lower()
        one_word_role = " " not in head and (head in ROLE_ALIASES or head in _REGIONAL_HEADS)
        if len(split[1].split()) < 2 and not one_word_role and (not lowercase or split[1].lower() in lowercase):
            continue  # a word the text also writes in lowercase ends the unit: "Ketua Asosiasi Peternak dan Pegiat ..."
        pieces.append((begin, left, False))
        begin = j.end()
    pieces.append((begin, run[begin:], True))
    return pieces


_NOT_APPOSITIVE = re.compile(r"\b(?:[Mm]enurut|oleh|dengan|bersama|kepada|untuk)[^\S\n]+$")


_NAME_AFTER_COMMA = re.compile(r"[^\S\n]*,[^\S\n]+[A-Z][a-z]")
# ("Kepala Bidang X Tangkap, DKP Kabupaten Y, Name", "Kepala Kantor SAR Y, AA. Name": after the comma a unit's acronym
# and its territory, or a title's or caste's initials with a stop and a name: the word before the comma ends the office)
_UNIT_OR_TITLED_AFTER_COMMA = re.compile(r"[^\S\n]*,[^\S\n]+(?:[A-Z]{2,6}[^\S\n]+(?:Kabupaten|Kota|Provinsi|Kecamatan|Kab\.|"
                                         r"Kec\.|Prov\.)|[A-Z]{1,3}\.[^\S\n]+[A-Z][a-z])")




Intro = tuple  # (start, end, name, role or None)


class _Taken:
    """Spans already read as role + name: a later form may not read them again."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []  # sorted
        self.longest = 0

    def free(self, start: int, end: int) -> bool:
        # only spans that start before `end` and no longer ago than the longest span can overlap:
        # a page with thousands of introductions asks each a bounded question, not every span
        lo = bisect.bisect_left(self.spans, (start - self.longest, -1))
        hi = bisect.bisect_left(self.spans, (end, -1))
        return not any(start < e0 for _s0, e0 in self.spans[lo:hi])

    def take(self, start: int, end: int) -> None:
        bisect.insort(self.spans, (start, end))
        self.longest = max(self.longest, end - start)


def role_heads(text: str) -> list[int]:
    """Where a capitalized role word starts ("Kepala", "Menteri", "Ibu Negara"); "Balai Warga X" and
    "Rumah Ketua RT" are venues named after a role word, no role."""
    return [s for s in cap_starts(text) if _head_word(text, s) and not _VENUE_BEFORE.search(text, max(0, s - 12), s)]


def introductions(text: str, heads: list[int], registry: list[Person] | None = None) -> list[Intro]:
    """Every (start, end, name, role) where `text` introduces a person, each written form in turn;
    a span read by an earlier form is not read again."""
    shorts = short_forms_in(text)
    caps = cap_starts(text)
    taken = _Taken()
    intros: list[Intro] = office_chains(text, heads, taken)
    intros += _name_selaku_role(text, caps, taken)
    intros += _name_paren_roles(text, taken)
    intros += _name_dash_roles(text, taken)
    intros += _listed_names(text, taken)
    intros += _listed_office_comma_roles(text, taken) + _role_comma_unit_names(text, heads, taken)
    intros += _role_comma_name(text, heads, taken)
    intros += _role_comma_capitals(text, heads, taken)
    intros += _role_comma_nicknamed(text, heads, taken)
    intros += _role_paren_names(text, heads, taken) + _colon_boards(text, heads, taken) + _local_heads_in_brackets(text, taken)
    intros += board_lists(text, taken) + bodies_led_by(text, taken) + offices_held_by(text, taken)
    intros += _name_comma_role(text, caps, taken, heads)
    intros += student_intros(text, taken) + party_members(text, taken) + party_bracket_members(text, taken)
    intros += _lowercase_roles(text, taken) + english_lower_offices(text, taken)
    intros += _one_of_a_group(text, taken)
    intros += _counted_groups(text, taken)
    intros += _kin_called(text, taken)
    intros += _name_then_group(text, taken)
    intros += _bin_names(text, taken)
    intros += _named_after_a_person_word(text, taken)
    intros += _named_bernama(text, taken)
    intros += _aliased_names(text, taken)
    for start, name, role in _names_before_roles(text):
        if taken.free(start, start + len(name)):
            intros.append((start, start + len(name), name, role))
            taken.take(start, start + len(name))
    intros += _listed_field_roles(text, taken)
    intros += _lowered_role_runs(text, heads, taken)
    intros += _role_name_runs(text, heads, registry, shorts, taken)
    for start, end, _name, _role in intros:
        taken.take(start, end)  # role runs do not mark their spans: an aged name inside one is theirs
    intros += _fronted_companions(text, taken)
    intros += _aged_names(text, taken)  # last: a role read by any form above comes first
    intros += ranked_names(text, taken)  # (likewise: a rank with no office the forms above read)
    intros += titled_names(text, taken)  # (likewise: a cleric's title with no office)
    intros += trade_names(text, taken)  # (likewise: a trader or a player, lowercase, no comma)
    intros += bracketed_job_names(text, taken)  # (likewise: "Sopir (Name)")
    intros += initials_names(text, taken)  # (likewise: a name with its own initials, no office)
    return intros


def _name_selaku_role(text: str, caps, taken: _Taken) -> list[Intro]:
    """"Eko Saputra selaku Pranata Komputer", "Rina sebagai Kepala Seksi", "Name yang menjabat Role"."""
    out = []
    last = -1
    for pos in starts_near(text, _KW_SELAKU, caps):
        m = _NAME_SELAKU.match(text, pos) if pos >= last else None
        if m is None:
            continue
        last = m.end()
        role = m.group("role")
        cut = next_named_role(role)
        if cut is not None:  # "A sebagai Role dan B sebagai Role": B is read from the cut on
            role, last = role[:cut], m.start("role") + cut
        name = _trailing_plain(m.group("name"))
        role = _strip_role(role)
        if not name or not role or _field_of_a_unit(m.group("name"), name) or _body_before(m.group("name"), name):
            continue
        first = role.split()[0].lower()
        if m.group("kw").lower() != "selaku" and not office_word(first):
            continue
        if m.group("kw").split()[1:2] == ["juga"] and not _also_introduces(text, m, name):
            continue
        if m.group("kw") == "sebagai" and _after_own_office(text, m.end("name") - len(name)):
            continue  # "masuk kabinet Presiden Name sebagai Menteri X": the clause's subject's new office, not his
        out.append((m.end("name") - len(name), m.end("name"), name, role))
        taken.take(m.end("name") - len(name), m.start("role") + len(role))
    return out


# Bodies named by their place ("Pemko Sukamaju selaku pelaksana", "Pengprov Panahan Jateng selaku tuan rumah"):
# the words after them are the body's place or field, and the body is no one
_PLACED_BODIES = _PLACE_INTRO | frozenset("pemko pemkab pemkot pemprov pemda pemdes pemerintah dinas badan kantor kodim "
                                          "dprd pengprov pengkab pengkot pengda pengcab".split())


def _body_before(written: str, name: str) -> bool:
    words = written.split()
    k = len(words) - len(name.split()) - 1
    return k >= 0 and words[k].lower() in _PLACED_BODIES


_WORD_BEFORE_NAME = re.compile(r"(?P<w>[\w\-]+)[^\S\n]*,?[^\S\n]*$")


def _after_own_office(text: str, start: int) -> bool:
    """The name right after a capitalized office word ("Presiden Name"): it has its office already."""
    before = _CAP_WORD_BEFORE.search(text, max(0, start - 30), start)
    return bool(before) and before.group("w").lower() in ROLE_HEADS


_CAP_WORD_BEFORE = re.compile(r"(?P<w>[A-Z][\w\-]*)[^\S\n]+$")  # no comma between: the name's own office
def _also_introduces(text: str, m: re.Match, name: str) -> bool:
    """"Name, yang juga Role," introduces Name only at the name's first mention, written alone: not a
    second office of someone named before ("Euis, yang juga Ketua ..."), nor the office of a relative
    or official named before the name ("istri Wali Kota X yang juga Ketua TP PKK")."""
    start = m.end("name") - len(name)
    if clean_name(m.group("name")) != name or text.find(name.split()[0]) < start:
        return False
    before = _WORD_BEFORE_NAME.search(text, max(0, start - 30), start)
    word = before.group("w").lower() if before else ""
    return not (word in KIN_WORDS or word.removesuffix("nya") in KIN_WORDS or word in ROLE_HEADS or word[:1].isupper()
                or (before and before.group("w")[:1].isupper()))


_RANK_FIRST = re.compile(RANK_ABBREVIATIONS + r"\b")


_COMMA_THEN_VERB = re.compile(r"[^\S\n]*,[^\S\n]+(?:juga[^\S\n]+|pun[^\S\n]+)?(?:me|ber|di)[a-z]{3,}\b")


def _place_closes_name(text: str, m: re.Match, name: str) -> bool:
    """"Kepala Desa Hitu, Rusli Ternate, menerima ...": a city's name as the last word of a name set
    between commas after a role, a verb after the closing comma, is a family name (Maluku and
    Papua names end so), not where the person is."""
    tokens = name.split()
    return (2 <= len(tokens) <= 3 and tokens[-1].lower() in _PLACE_NOT_NAME and plausible_name(" ".join(tokens[:-1]))
            and bool(_COMMA_THEN_VERB.match(text, m.end("name"))))


# A degree typed with a space ("S. Sos", "M. Si"), the whole of what follows a role run's comma.
_DEGREE_ONLY = re.compile(_DEGREE)


def _role_comma_name(text: str, heads: list[int], taken: _Taken) -> list[Intro]:
    """"Kepala Balai Melati Jakarta, Puti Chairida Anwar"."""
    out = []
    # every head is tried: "Pimpinan Daerah, Sekretaris Daerah Kota X, Name" first reads a role as
    # the name (no person), which must not hide the next head's "Role, Name"
    for m in (_ROLE_COMMA_NAME.match(text, h) for h in heads):
        if m is None:
            continue
        name = clean_name(m.group("name"))
        if (plausible_name(name) or _place_closes_name(text, m, name)) and taken.free(m.start(), m.end()):
            role = m.group("role").strip()
            if _inside_an_enumeration(text, m.start(), m.end(), role, name) or _field_of_an_office(text, m.end("name"), role, name):
                continue
            if _DEGREE_ONLY.fullmatch(name) and split_role_name(role):
                continue  # "Camat X Budi Santoso, S. Sos, hadir": the degree of the name the run ends with
            if _RANK_FIRST.match(m.group("name")):
                named = split_role_name(role)
                if named and len(named[1].split()) >= 2 and plausible_name(clean_name(named[1])):
                    continue  # "Gubernur X Anies Baswedan, Kombes Ahmad mengatakan": a new clause, no appositive
            last = _last_of_a_list(role)
            if last is not None:
                # "Dirjen Rehsos Edi Suharto dan Direktur ..., Rachmat": Rachmat's role is the last one,
                # and the official before it is introduced with their own
                head = role[:last]
                head = head[:head.rstrip().rfind(" ")]  # without the "dan"
                first = split_role_name(head.strip())
                if first is not None:
                    at = m.start() + head.rfind(first[1])
                    out.append((at, at + len(first[1]), clean_name(first[1]), first[0]))
                out.append((m.start("name"), m.end("name"), name, role[last:].strip()))
                taken.take(*m.span())
                continue
            role = _english_modifiers(text, m.start(), _former(text, m.start(), role))
            start, name, role = _initials_before_comma(m, name, role)
            out.append((start, m.end("name"), name, _seniority(text, m.start(), role)))
            taken.take(*m.span())
    return out


def _name_comma_role(text: str, caps, taken: _Taken, heads: list[int] = ()) -> list[Intro]:
    """"Puti Chairida Anwar, Kepala Balai Melati,", "Gabriel Manek (60), penjual air,", "Mariam, salah
    satu penerima bantuan,"."""
    out = []
    for m in matches_at(_NAME_COMMA_ROLE, text, starts_near(text, _KW_COMMA, caps, 120)):
        m = _after_sentence_end(text, m)
        if m is None:
            continue
        # the role first: most matches are a clause after a comma, and it rules them out cheaper
        role = _strip_role(m.group("role"))
        if not role:
            continue
        first = role.split()[0].rstrip(".").lower()
        one_of = first in ("salah", "seorang") and any(w in DESCRIPTORS for w in role.lower().split()[1:3])
        if not office_word(first) and not (m.group("age") and first in DESCRIPTORS) \
                and not one_of:
            continue  # "Mariam, salah satu penerima bantuan, ...": one of a group is a description too
        name = _trailing_plain(m.group("name"))
        if not name or not taken.free(m.end("name") - len(name), m.end()):
            continue
        start = m.end("name") - len(name)
        if _VERBISH.search(role) or _after_preposition(text, start):
            continue
        lead = _NOT_APPOSITIVE.search(text, max(0, start - 12), start) if role[:1].islower() else None
        if lead and not group_and_place(role) and not (lead.group(0).startswith("oleh") and len(role.split()) <= 3):
            # "Menurut Nur Aisyah, pendamping sering kali ...": a clause, not a role; the agent of a
            # passive with a short role ("dibangun oleh Name, warga setempat.") is introduced
            continue
        if role.split()[0][:1].isupper() and not office_word(first):
            continue
        if _RANK_FIRST.match(role) and split_role_name(role):
            continue  # "X, Kombes Arif mengatakan ...": a ranked person opens a new clause
        if _own_office_run_before(text, start) and (_next_office_follows(text, m.end()) or " " not in role):
            # "Direktur Perumda X Name, Camat Y, Kades Z": the name has its office; the next item's follows ("Wakil
            # Camat X, Lurah, ...": a bare office after it is the list's next item, held by no one named)
            continue
        if _next_of_a_list(role) or _comma_list_goes_on(text, m.end(), role):
            continue  # "X, Kepala Dinas Kominfo Nurhayati dan Kabag Humas Y": the list's next people
        if _TITLE_THEN_NAME.match(text, m.end("role")) and m.group("role").split()[-1] in _TITLES_BEFORE_NAMES:
            continue  # "X, Kasi Pendidikan Kemenag Lebak H. Dedi Rosadi, ...": the next official, titled
        if split_role_name(role) and _role_run_over(text, heads, start, m.end("name")):
            continue  # "Wakil Bupati X Name, Sekda Y Name2, ...": officials listed, each after their role
        raw = m.group("role").split()
        if _VERBISH.search(m.group("role")) and (_names_someone(role) or (
                raw[0][:1].islower() and len(raw) >= 2 and _VERBISH.fullmatch(raw[1]))):
            # "Didampingi Rina, Wali Kota X Ade Suryana berpamitan", "Bersama Presiden X, menteri
            # meninjau": a new clause and its subject, no appositive closed by a comma
            continue
        if _verb_in_run(role) is not None:
            continue  # "X Jadi Simbol Pangan, Bupati Name Tekankan ...": a headline's clause, no appositive
        run = _CAPS_THEN_SMALL.search(role)
        if run and role[:1].islower() and _names_someone(role[:run.end()]):
            continue  # "..., kepala Dinas X Hendra Aswara turun langsung": a new clause and its subject, no role
        if role != m.group("role").strip() and _names_someone(role):
            # "Menurut Budi, Menteri Sosial Rina Hartati hadir.": a role that names its own holder and a
            # clause going on after it, no comma closing it, is a new clause, not Budi's role
            continue
        out.append((start, m.end("name"), name, role))
        taken.take(start, m.end())
    return out


# Capitalized words closing on a small one: where a name inside words read as a role would end.
_CAPS_THEN_SMALL = re.compile(r"[A-Z][\w']*[^\S\n]+[A-Z][\w']*(?=[^\S\n]+[a-z])")


# A title whose dot ended the words read as a role: a name follows, so the words were the next
# official's role ("Name, Kasi Pendidikan Kemenag X H. Name2").
_TITLES_BEFORE_NAMES = frozenset("H Hj KH Dr Drs Dra Ir Prof dr drg".split())
_TITLE_THEN_NAME = re.compile(r"\.[^\S\n]+[A-Z][a-z]")


# A sentence's last word and its stop before a capital ("... Tahun Baru. Yudi"): NAME_PATTERN reads
# "Baru. Yudi Kevin" as a spaced degree after "Tahun".
_SENTENCE_END_IN = re.compile(r"(?<![\w.])[A-Z][a-z]{3,}\.[^\S\n]+(?=[A-Z])")


def _after_sentence_end(text: str, m: re.Match) -> re.Match | None:
    """The "Name, Role" match read again from the next sentence when its name runs over a sentence
    end; the match itself when it does not."""
    ends = [e for e in _SENTENCE_END_IN.finditer(m.group("name"))
            if e.group(0).split(".")[0].lower() not in HONORIFICS
            and not re.fullmatch(_ABBREVIATED, e.group(0).split(".")[0])]  # "Moch. Anton": a given name
    if not ends:
        return m
    return _NAME_COMMA_ROLE.match(text, m.start("name") + ends[-1].end())


def _names_someone(role: str) -> bool:
    """Whether words read as a role end in a name of two words or more ("Wali Kota X Ade Suryana")."""
    split = split_role_name(role)
    return bool(split) and len(split[1].split()) >= 2 and plausible_name(clean_name(split[1]))


def _role_run_over(text: str, heads: list[int], start: int, end: int) -> bool:
    """Whether a role run that opens at a role head before `start` reaches `end`: the name there
    comes after its own role ("Wakil Bupati Lampura Sri Widodo")."""
    lo = bisect.bisect_left(heads, start - 120)
    for h in heads[lo:bisect.bisect_left(heads, start)]:
        m = _ROLE_NAME.match(text, h)
        if m is not None and m.end() >= end:
            return True
    return False




def _role_name_runs(text: str, heads: list[int], registry, shorts, taken: _Taken) -> list[Intro]:
    """"Menteri Sosial Juliari Batubara": role and name run together, split by vocabulary, people.yaml
    and the short forms the text uses; two introductions joined by "dan" are cut apart."""
    out = []
    for m in matches_at(_ROLE_NAME, text, heads):
        if not taken.free(m.start(), m.end()) or _ROLE_OF_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        before: list[str] = []  # the roles of the officials before, in this run
        # "didampingi Sekda X Name dan para staf": a "dan" before lowercase words closes the run, no part of it
        whole = m.group("run")
        if _ENTOURAGE_AFTER.match(text, m.end()):
            whole = _TRAILING_JOIN.sub("", whole)
        for offset, run, last in _joined_runs(whole, registry, shorts, lowercase_words(text)):
            cut = _verb_in_run(run)
            if cut is not None:  # "Gubernur X Name Tekankan Pelestarian ...": a headline's verb ends the run
                run, last = run[:cut].rstrip(), False
            split = _registry_split(run, registry) or split_role_name(run, shorts)
            split = _second_office_head(text, m.start() + offset, split)
            split = _unit_named_before(before, split)
            before += [split[0]] if split else []
            if split and last and _NAME_FOLLOWS.match(text, m.end()):
                split = None  # "Lurah X yang baru, Hj. Name": the name comes after
            if (split and last and " " not in split[1]
                    and (_NAME_AFTER_COMMA.match(text, m.end()) or _UNIT_OR_TITLED_AFTER_COMMA.match(text, m.end()))
                    and split[0].split()[-1].strip("()").lower() not in RANKS):
                split = None  # "Camat Cibinong, Hendra Wibisono": the word before the comma is a place (after a rank: a name)
            if split and " " not in split[1] and _names_a_unit([*_word_before(text, m.start() + offset), *split[0].split()]):
                split = None  # "Direktorat Jenderal Dayasos": the run's rank word belongs to an office's name
            if split and " " not in split[1] and split[0].split()[0].lower() in _RESIDENTS_OF:
                # "Warga Sukamaju ikut ...", "Warga Kampung Babakan Rahayu bergotong royong": the residents
                # of a place, no one of them (a one-word name there may end the place's name)
                split = None
            if (split and " " not in split[1] and split[0].split()[-1].lower() in _PLACE_FIRST_HEADS
                    and split[1] not in shorts):
                split = None  # "dan Camat Cibeber.": one word after a sub-district or village head is its place
            if split and " " not in split[1] and _programme_word(split):
                split = None  # "Koordinator Program Keluarga Harapan": the programme's last word
            if split and last and _EACH_AFTER.match(text, m.end()):
                split = None  # "Kepala A dan Kepala Seksi B, masing-masing X dan Y": the names come after
            if split:
                role, name = split
                role, name = _unit_word_moved(text, role, name, shorts)
                name = clean_name(name)
                if plausible_name(name):
                    start = m.start() + offset + run.rfind(name)
                    end = start + len(name)
                    if last and " " not in name:
                        end = _lowercase_surname_end(text, end)
                    role = _english_modifiers(text, m.start() + offset, role)
                    out.append((start, end, text[start:end], _former(text, m.start() + offset, role)))
    return out
