"""Balinese names: they open with title and birth-order words and run to six words ("I Dewa Nyoman Gede Rake
Susilo", "I Gusti Ngurah Made Wirawan", "Ida Bagus Ketut ..."), longer than other Indonesian names."""
from __future__ import annotations

BALINESE_OPENINGS = frozenset({("I", "Gusti"), ("I", "Dewa"), ("I", "Putu"), ("I", "Made"), ("I", "Nyoman"),
                               ("I", "Ketut"), ("I", "Wayan"), ("I", "Komang"), ("I", "Gede"), ("I", "Kadek"),
                               ("Ni", "Luh"), ("Ni", "Made"), ("Ni", "Putu"), ("Ni", "Nyoman"), ("Ni", "Ketut"),
                               ("Ida", "Bagus"), ("Ida", "Ayu"), ("Anak", "Agung"),
                               # the caste title written without its article ("Anak", "I"): "Agung Bagus Name",
                               # "Gusti Ayu Name", "Gusti Ngurah Name"
                               ("Agung", "Bagus"), ("Agung", "Ayu"), ("Agung", "Ngurah"), ("Gusti", "Ayu"),
                               ("Gusti", "Ngurah"), ("Gusti", "Agung")})

# Third words of a title of three ("I Gusti Ketut", "Anak Agung Ngurah", "Ida Bagus Made"): a birth-order or caste
# word, after which the name still runs to four words ("I Gusti Ketut Gede Yusa Arsana Putra")
_THIRD_TITLE_WORDS = frozenset("Ngurah Agung Bagus Ayu Gede Made Ketut Nyoman Putu Wayan Komang Kadek Nengah Alit "
                               "Rai Oka Anom Gusti Dewa".split())


def longest_name(tokens: list[str]) -> int:
    """How many words a written name may have: six for a Balinese one, seven when its title has three words."""
    if not opens_balinese(tokens):
        return 5
    return 7 if len(tokens) > 2 and tokens[2] in _THIRD_TITLE_WORDS else 6


def opens_balinese(tokens: list[str], k: int = 0) -> bool:
    """A Balinese name opens at tokens[k]."""
    return k + 1 < len(tokens) and (tokens[k], tokens[k + 1]) in BALINESE_OPENINGS


# Caste and title initials written for the opening ("IB" Ida Bagus, "IGN" I Gusti Ngurah, "AA" Anak Agung): a name
# word may be one (names._NAME_TOKEN), and a Balinese name opens at them (balinese_start)
CASTE_INITIALS = frozenset("IB IA AA AAG IGA IGB IGK IGM IGN IGP IDA IDG IDK IDN".split())


def balinese_start(tokens: list[str], i: int) -> int | None:
    """Where a Balinese name opens after tokens[i] (its title pair, or caste initials before a name word), or None:
    "BPBD Sukamaju Ida Bagus Made Arsana" read from "Sukamaju" opens at "Ida"; the place before it is the office's.
    "Kelas IB" is a class, no caste."""
    for k in range(i + 1, len(tokens) - 1):
        if opens_balinese(tokens, k) or (tokens[k] in CASTE_INITIALS and tokens[k + 1][:1].isupper()
                                         and tokens[k + 1][1:2].islower() and tokens[k - 1].lower() != "kelas"):
            return k
    return None

