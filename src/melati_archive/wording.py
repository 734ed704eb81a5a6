"""Shared wording of what a user reads: the label of an unattributed quote, and how messages quote
a value and name the query fields and date forms (the search library's errors use them)."""
from __future__ import annotations

# A quote whose speaker the text does not settle: shown under this label, never hidden.
UNATTRIBUTED = "tanpa nama narasumber"
FIELDS = "judul:, isi:, tanggal:, program:, narasumber:, kanal:, tag:"
DATE_FORMS = "2020, 2020-11, 2020-11-13, \"November 2020\" atau \"13 November 2020\""


def quoted(text: str) -> str:
    """A value a user typed, as a message quotes it: “text”, on one line (a line break or other
    control character is shown escaped, as repr() would: messages are one line)."""
    shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return f"\u201c{shown}\u201d"
