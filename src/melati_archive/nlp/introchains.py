"""Introductions whose office runs on in a form the main readers miss: a chain of places after the office, a unit
number with a slash before the rank, the name in parentheses after the office, no space after the comma."""
from __future__ import annotations

import re

from .acronymalign import alignment_cost
from .gazetteer import KNOWN_PLACES
from .names import NAME_PATTERN, RANKS, _DEGREE, _PLACE_INTRO, _PLACE_NOT_NAME, clean_name, plausible_name
from .rolesplit import split_role_name
from .roles import ROLE_PHRASE, _ROLE_HEAD_RE, _UNIT_AFTER_PADA, office_word

_S = r"[^\S\n]"

# "Letkol Inf", "Mayjen TNI", "AKBP", "Kombes Pol.": a rank and its service or corps, each word as releases type it
_RANK_WORD = (r"(?:" + "|".join(sorted({w.capitalize() for w in RANKS} | {w.upper() for w in RANKS if len(w) <= 5}
                                      | {"Pol", "TNI", "Polri", "(Purn)", "(Purn.)"}, key=len, reverse=True))
              + r")\.?(?![\w\-])")
_RANKS_RUN = _RANK_WORD + r"(?:" + _S + r"+" + _RANK_WORD + r"){0,3}"

# A name after a rank: name words and initials ("Arnold AP Ritiauw", "Victor J. L Lopulalan"); capitals without a
# dot count only before a name word, and the name opens with a name word or a dotted initial
_NAME_WORD_R = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_RANKED_NAME = (r"(?:" + _NAME_WORD_R + r"|[A-Z]\.)(?:" + _S + r"+(?:" + _NAME_WORD_R + r"|[A-Z]\.|[A-Z]{1,3}(?=" + _S
                + r"+[A-Z][a-z])|[A-Z](?=" + _S + r"*,|" + _S + r"+[a-z]))){0,5}")  # (a last initial: "Kopka Ian F memimpin")

# ", Kecamatan Cibunar, Kabupaten Garut": where the office is, between commas, before its holder's name
_PLACE_LINK = (r"," + _S + r"*(?:Kecamatan|Kabupaten|Kota|Provinsi|Desa|Kelurahan|Dusun|Kampung|Nagari|Kec\.|Kab\.|"
               r"Kel\.)(?:" + _S + r"+[A-Z][\w\-]*){1,3}")

# ", Dinas Kesehatan Kabupaten Kapuas Hulu": the unit the office belongs to, between commas (part of the office)
_UNIT_LINK = (r"," + _S + r"*(?:Dinas|Badan|Kantor|Sekretariat|Direktorat|Kementerian|Puskesmas|RSUD|Balai|Bagian|Bidang)"
              r"(?:" + _S + r"+(?:[A-Z][\w\-]*|dan)){1,8}")

# "Kepala Desa (Kades) Sukaraja, Kecamatan Cibunar, Kabupaten Garut, Suparman, mengaku": the name after the chain,
# then a comma or a lowercase word (the verb)
_PLACE_CHAIN = re.compile(r"(?P<role>" + ROLE_PHRASE + r")(?P<chain>(?:" + _PLACE_LINK + r"|" + _UNIT_LINK + r"){1,3}),"
                          + _S + r"+(?P<name>" + NAME_PATTERN + r")(?=" + _S + r"*,|" + _S + r"+[a-z])")
_UNIT_FIRST = re.compile(r"(?:Dinas|Badan|Kantor|Sekretariat|Direktorat|Kementerian|Puskesmas|RSUD|Balai|Bagian|Bidang)\b")

# "Dandim 1405/ Prg Letkol Inf Name", "Pangdam III/Siliwangi, Mayjen TNI Name": a command's number, a slash and
# An officer's post in a unit ("Perwira Seksi Teritorial Kodim ..."): an office only here, where a unit and its number
# follow; elsewhere "perwira tinggi polisi itu" describes someone already named, no office to look up.
_OFFICER = r"Perwira(?=" + _S + r"+Seksi\b)"
_OFFICER_AT = re.compile(_OFFICER)
# its place (a word or two), then a rank: the rank makes the name after it certain; up to three words between the
# head and the unit, a lowercase field among them ("Perwira Seksi teritorial Kodim 1202/ Skw Kapten Arm Name")
_UNIT_SLASH = re.compile(r"(?P<role>(?:" + _ROLE_HEAD_RE + r"|" + _OFFICER + r")(?:" + _S + r"+(?:[A-Z][A-Za-z]*|ke-\d{1,3}|[a-z]{4,12})){0,3}" + _S
                         + r"+(?:[IVXL]{1,6}|\d{1,4}(?:-\d{1,3})?)/" + _S + r"?[A-Z][\w\-]*(?:" + _S
                         + r"+(?!" + _RANK_WORD + r")[A-Z][a-z]+)?)" + _S + r"*,?" + _S + r"*" + _RANKS_RUN + _S + r"+(?P<name>"
                         + _RANKED_NAME + r")")

# "Kanit Laka Satlantas Polres Sukamaju,AKP Name": no space after the comma, a rank before the name
_TIGHT_COMMA = re.compile(r"(?P<role>" + ROLE_PHRASE + r"),(?=[A-Z])" + _RANKS_RUN + _S + r"+(?P<name>"
                          + _RANKED_NAME + r")")

# "Kepala Desa Sukaraja ( Wartono S.Sos) mengatakan": the holder's name (and degree) in parentheses, then a verb
_PAREN_NAME = re.compile(r"(?P<role>" + ROLE_PHRASE + r"(?:" + _S + r"+\d{1,4})?)" + _S + r"*\(" + _S + r"*(?P<name>" + NAME_PATTERN
                         + r")(?:,?" + _S + r"*" + _DEGREE + r")?" + _S + r"*\)(?=" + _S + r"+(?:me|ber|di)[a-z]{3,})")


_SLASH_SPACE = re.compile(r"/" + _S + r"+")

# "Kepala Desa X Kecamatan Y, Kabupaten Z, Name": the chain's first link written without its comma; the office is
# the village's, the district only where it lies
_VILLAGE_THEN_AREA = re.compile(r"^(.*?\b(?:Desa|Dusun|Kelurahan|Kampung|Nagari|Kades|Kadus|Lurah)\b.*?)"
                                r" (?:Kecamatan|Kabupaten|Provinsi|Kec\.|Kab\.) .*$")


# "Bendahara Kampung Name, Babinpotdirga, Serka Name": a one-word office between commas and a rank after it opens
# the next holder's introduction; the run before the first comma is an office and its holder
_OFFICE_BETWEEN = re.compile(r"(?P<run>" + ROLE_PHRASE + r")," + _S + r"+(?P<office>[A-Z][a-z]{3,}[A-Za-z]*),"
                             + _S + r"*" + _RANKS_RUN + _S + r"+(?P<name>" + _RANKED_NAME + r")")
_VILLAGE_SECURITY = re.compile(r"Bh?abin[a-z]{3,}")  # Babinsa, Bhabinkamtibmas, Babinpotdirga, ...


def _office_between(text: str, h: int, taken) -> list[tuple]:
    m = _OFFICE_BETWEEN.match(text, h)
    if m is None or not taken.free(m.start(), m.end()):
        return []
    office = m.group("office")
    if not (office_word(office) or _VILLAGE_SECURITY.fullmatch(office)):
        return []  # "..., Yohana, Serka Name": a list of people as well
    split = split_role_name(m.group("run"))
    name = clean_name(m.group("name"))
    if split is None or not plausible_name(clean_name(split[1])) or not _is_name(name, None, True):
        return []
    first = m.start("run") + m.group("run").rfind(split[1])
    taken.take(m.start(), m.end())
    holder = (m.start("name"), m.start("name") + len(name), name, office)
    role_words = split[0].split()
    if " " not in split[1] and len(role_words) >= 2 and role_words[-2].lower() in _PLACE_INTRO:
        return [holder]  # "Bendahara Kampung Markus Yikwa": the village's one word or the name's first, not certain
    return [(first, first + len(split[1]), clean_name(split[1]), split[0]), holder]


# "Kabid pencegahan dan pengendalian penyakit pada Dinas Kesehatan Kabupaten X Name mengatakan": a field in
# lowercase, then the office it belongs to and the name run together before the verb (split by vocabulary)
_LOWER_FIELD = re.compile(r"(?P<head>" + _ROLE_HEAD_RE + r")(?P<field>(?:" + _S + r"+[a-z]{2,}){1,6})" + _S
                          + r"+(?:pada|di)" + _S + r"+(?P<run>" + _UNIT_AFTER_PADA + r"(?:" + _S
                          + r"+[A-Z][\w\-]*){1,10})(?=" + _S + r"*,?" + _S + r"+(?:me|ber)[a-z]{3,})")


def _lower_field(text: str, h: int, taken) -> list[tuple]:
    m = _LOWER_FIELD.match(text, h)
    if m is None or not taken.free(m.start(), m.end()):
        return []
    split = split_role_name(m.group("head") + " " + m.group("run"))
    if split is None or not _is_name(clean_name(split[1]), None):
        return []
    start = m.end("run") - len(split[1])
    taken.take(m.start(), m.end())
    return [(start, m.end("run"), clean_name(split[1]), " ".join(text[m.start():start].split()))]


# "Akun Facebook @Siti Aminah menulis": a social-media account shown under its holder's name (capitalized words
# after the @, not a handle such as "@siti_aminah88")
_ACCOUNT = re.compile(r"(?<![\w@])(?P<role>(?:[Pp]emilik[^\S\n]+)?[Aa]kun[^\S\n]+(?:Facebook|FB|Instagram|IG|TikTok|Twitter|X|"
                      r"YouTube|Youtube))[^\S\n]+@(?P<name>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){0,3})(?![\w@])")


def _account_holders(text: str, taken) -> list[tuple]:
    out = []
    for m in _ACCOUNT.finditer(text):
        name = m.group("name")
        if taken.free(m.start(), m.end()) and _is_name(name, None):
            out.append((m.start("name"), m.end("name"), name, "pemilik akun " + m.group("role").split()[-1]))
            taken.take(m.start(), m.end())
    return out


def office_chains(text: str, heads: list[int], taken) -> list[tuple]:
    """(start, end, name, role) of each introduction in these forms, at the role heads `heads`."""
    out = _account_holders(text, taken) if "@" in text else []
    officers = [m.start() for m in _OFFICER_AT.finditer(text)] if "Perwira" in text else []
    for h in sorted({*heads, *officers}) if officers else heads:
        window = text[h:h + 400]  # (each form needs a mark in reach: a page of heads tries few patterns)
        between = (("," in window and _office_between(text, h, taken))
                   or ((" pada " in window or " di " in window) and _lower_field(text, h, taken)))
        if between:
            out += between
            continue
        for pattern, mark in ((_UNIT_SLASH, "/"), (_PLACE_CHAIN, ","), (_TIGHT_COMMA, ","), (_PAREN_NAME, "(")):
            m = pattern.match(text, h) if mark in window else None
            if m is None or not taken.free(m.start(), m.end()):
                continue
            if _split_rest(text, m):
                taken.take(m.start(), m.end())  # "Mayjen M Eff endi": a name cut by a stray space, whole elsewhere
                break
            name = clean_name(m.group("name") + _degree_after(text, m.end("name")))
            role = _SLASH_SPACE.sub("/", " ".join(m.group("role").split()))  # "Dandim 1202/ Skw" as "1202/Skw"
            if pattern is _PLACE_CHAIN:
                # the units in the chain are the office's ("Kepala Bidang P2P, Dinas Kesehatan X, Name"), places are not
                units = [c.strip() for c in m.group("chain").split(",") if _UNIT_FIRST.match(c.strip())]
                role = _VILLAGE_THEN_AREA.sub(r"\1", " ".join([role, *units]))
            if pattern is _PAREN_NAME and split_role_name(role):
                continue  # "Bupati X Rina Wulandari (Teh Rina)": the holder is named before; the brackets hold a nickname
            # "Forum Koordinasi Pimpinan Daerah (Forkompinda)": the brackets' word may shorten words before the role too
            before = text[max(0, m.start() - 60):m.start()].split()[-4:]
            after_rank = pattern is _UNIT_SLASH or pattern is _TIGHT_COMMA
            if _is_name(name, before + role.split() if pattern is _PAREN_NAME else None, after_rank):
                start = m.start("name") + m.group("name").find(name.split()[0])
                out.append((start, start + len(name), name, role))
                taken.take(m.start(), m.end())
                break
    return out


_RANKED_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{1,3}|[A-Z]\.")


def _is_name(name: str, bracketed_after: list[str] | None, after_rank: bool = False) -> bool:
    """A person's name, not a place, an office word or (in brackets after `bracketed_after`, the words before them)
    their short form ("(Kades)")."""
    words = name.split()
    # after a rank every capitalized word is a name's ("Letkol Inf A. Juni Toa": Juni no month there)
    shaped = after_rank and 0 < len(words) <= 5 and all(_RANKED_NAME_WORD.fullmatch(w) for w in words) and any(
        len(w) > 2 for w in words)
    if not words or not (shaped or plausible_name(name)) or office_word(words[0]) or words[0].lower() in RANKS:
        return False
    if name.lower() in KNOWN_PLACES or any(w.lower() in _PLACE_NOT_NAME for w in words):
        return False
    if bracketed_after is not None and len(words) == 1 and (
            name.isupper() or any(alignment_cost(name, bracketed_after[k:]) is not None for k in range(len(bracketed_after)))):
        return False
    return True


# The rest of a degree typed with spaces that the name pattern stopped inside ("Name S. Sos": it read "S.")
_DEGREE_REST = re.compile(_S + r"?[A-Z][a-z]{1,4}\.?(?=" + _S + r"|[,.;)]|$)")


def _degree_after(text: str, end: int) -> str:
    m = _DEGREE_REST.match(text, end) if text[end - 2:end - 1].isupper() and text[end - 1:end] == "." else None
    return m.group(0) if m else ""


_LOWER_REST = re.compile(_S + r"([a-z]{2,12})(?![\w\-])")


def _split_rest(text: str, m: re.Match) -> str:
    """"Mayjen M Eff endi" where the text writes "Effendi" elsewhere: a stray space split the name's last word
    (the lowercase rest is returned; "" when the word after the name is a word of its own)."""
    rest = _LOWER_REST.match(text, m.end("name"))
    last = m.group("name").split()[-1]
    return rest.group(1) if rest and re.search(r"(?<![\w\-])" + re.escape(last + rest.group(1)) + r"(?![\w\-])", text) else ""
