"""Introductions of people the text names without an office: by the group they belong to or by
kinship ("Salah seorang warga Kelurahan X Name mengaku", "Name warga Desa X", "nenek Sumi"); used by
`intros`."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .names import clean_name, lowercase_words, plausible_name, split_role_name, _token_ok
from .scan import matches_where_written, word_start_pattern

if TYPE_CHECKING:
    from .intros import Intro, _Taken


# "Salah seorang warga Kelurahan Sukamaju Rahmah mengaku": one of a group, a place, the name,
# no commas. The name is where split_role_name puts it.
_ONE_OF_NAME = re.compile(
    r"[Ss](?<!\w[Ss])(?:alah[^\S\n]+(?:satu|seorang)|eorang)[^\S\n]+(?P<role>(?:warga|penerima|peserta|pedagang|petani|nelayan|"
    r"pengunjung|penyandang|lansia|orangtua|orang[^\S\n]+tua|ibu|bapak|relawan|pengungsi|korban|pasien|siswa|mahasiswa)"
    r"(?:[^\S\n]+[a-z]+){0,2}?)[^\S\n]+(?P<run>[A-Z][\w'\-]*\.?(?:[^\S\n]+[A-Z][\w'\-]*\.?){0,6})"
    r"(?=[^\S\n]*,|[^\S\n]+(?:yang|juga|pun|me[a-z]{2,}|ber[a-z]{3,}|meng[a-z]+)\b)"
)


# "nenek Sumi", "mbah Sarinah": an elder called by kinship and one name.
_KIN_WORDS_CALLED = ["nenek", "kakek", "mbah", "eyang", "oma", "opa"]
_KIN_NAME = re.compile(word_start_pattern(_KIN_WORDS_CALLED) + r"[^\S\n]+(?P<name>[A-Z][a-z]{2,})\b(?=[^\S\n]+[a-z]|[^\S\n]*[,.])")


def _one_of_a_group(text: str, taken: _Taken) -> list[Intro]:
    """"Salah seorang warga Kelurahan X Name mengaku": one of a group, a place, the name."""
    out = []
    for m in _ONE_OF_NAME.finditer(text):
        split = split_role_name(m.group("role") + " " + m.group("run"))
        if split and taken.free(m.start("run"), m.end("run")):
            name = clean_name(split[1])
            if plausible_name(name):
                start = m.end("run") - len(split[1])
                out.append((start, start + len(name), name, " ".join(split[0].split())))  # the group and its place
                taken.take(m.start("run"), m.end("run"))
    return out


def _kin_called(text: str, taken: _Taken) -> list[Intro]:
    """"nenek Sumi": an elder called by kinship and one name (no span taken)."""
    return [(m.start("name"), m.end("name"), m.group("name"), None) for m in _kin_names(text)
            if _token_ok(m.group("name")) and taken.free(m.start("name"), m.end("name"))]


def _kin_names(text: str) -> list[re.Match]:
    """What `_KIN_NAME.finditer(text)` gives (no two matches can overlap), found from the text's
    lowercase words: a kin word has a space after it, so it is one of lowercase_words unless a
    hyphen stands before it. Each is looked up with str.find and matched where it stands,
    instead of a scan led by five common letters."""
    words = lowercase_words(text)
    kins = [kin for kin in _KIN_WORDS_CALLED if kin in words or "-" + kin in text]
    return sorted(matches_where_written(_KIN_NAME, text, kins), key=lambda m: m.start())


# "seperti Darlin Adam warga Desa Tupa Kecamatan Bulango Utara.": a full name, then the group it
# belongs to and that group's place, no comma between.
_GROUP_WORDS = ("warga", "penduduk", "petani", "nelayan", "pedagang")
_PLACE_UNITS = r"(?:Desa|Kelurahan|Dusun|Kampung|Kecamatan|Kabupaten|Kota|RT|RW)"
# a unit word, then up to four words that are not one (so each word has one reading: no backtracking
# blow-up on a long run of unit words)
_GROUP_PLACE = re.compile(
    r"(?:" + "|".join(_GROUP_WORDS) + r")(?:[^\S\n]+" + _PLACE_UNITS
    + r"(?:[^\S\n]+(?!" + _PLACE_UNITS + r"(?![\w\-]))[A-Z0-9][\w\-]*){1,4}){1,4}(?=[^\S\n]*[,.;]|[^\S\n]+[a-z])"
)
_NAME_BEFORE = re.compile(r"(?<![\w.])(?P<name>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){1,3})[^\S\n]+$")


def _name_then_group(text: str, taken: _Taken) -> list[Intro]:
    """"Darlin Adam warga Desa Tupa Kecamatan Bulango Utara": the name, then its group and place."""
    out = []
    words = lowercase_words(text)
    for m in matches_where_written(_GROUP_PLACE, text, [w for w in _GROUP_WORDS if w in words]):
        before = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if before is None:
            continue
        name = clean_name(before.group("name"))
        start = before.start("name")
        if name == before.group("name") and plausible_name(name) and taken.free(start, m.end()):
            out.append((start, start + len(name), name, " ".join(m.group(0).split())))
            taken.take(start, m.end())
    return out
