"""Balinese names: they open with title and birth-order words and run to six words ("I Dewa Nyoman Gede Rake
Susilo", "I Gusti Ngurah Made Wirawan", "Ida Bagus Ketut ..."), longer than other Indonesian names."""
from __future__ import annotations

BALINESE_OPENINGS = frozenset({("I", "Gusti"), ("I", "Dewa"), ("I", "Putu"), ("I", "Made"), ("I", "Nyoman"),
                               ("I", "Ketut"), ("I", "Wayan"), ("I", "Komang"), ("I", "Gede"), ("I", "Kadek"),
                               ("Ni", "Luh"), ("Ni", "Made"), ("Ni", "Putu"), ("Ni", "Nyoman"), ("Ni", "Ketut"),
                               ("Ida", "Bagus"), ("Ida", "Ayu"), ("Anak", "Agung")})


def opens_balinese(tokens: list[str], k: int = 0) -> bool:
    """A Balinese name opens at tokens[k]."""
    return k + 1 < len(tokens) and (tokens[k], tokens[k + 1]) in BALINESE_OPENINGS
