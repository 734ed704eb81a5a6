"""Posts embedded in a story: a tweet copied into a page keeps its signature line ("— Name
(@handle) March 4, 2024") under the quoted post. Normalize drops that line as furniture; this
module reads who signed it, so the quote just above it can name its author."""
from __future__ import annotations

import bisect
import re

from . import people as P
from .normalize import Normalized

# The signature furniture.py drops: a dash, the display name, the handle, the post's date.
_SIGNATURE = re.compile(r"(?m)^[^\S\n]*[\u2014\u2013-][^\S\n]*(?P<name>[^()\n@]{2,80}?)[^\S\n]*\(@\w{1,30}\)[^\S\n]+"
                        r"[^()\n]{0,30}\d{4}[^\S\n]*$")


def signed_paragraphs(norm: Normalized) -> dict[int, str | None]:
    """{end of the normalized paragraph right above a signature line: the signer's name}; None for
    a signer whose display name is no person's name ("Humas Kota Bandung", a nickname in capitals)."""
    out: dict[int, str | None] = {}
    if "(@" not in norm.original:
        return out
    for m in _SIGNATURE.finditer(norm.original):
        raw = m.group("name").strip()
        name = P._trailing_plain(raw)
        if not name or name != P.clean_name(raw) or " " not in name or raw.split()[0].lower() in P.ROLE_HEADS:
            name = None
        at = bisect.bisect_left(norm.offsets, m.start())
        while at > 0 and norm.text[at - 1].isspace():
            at -= 1
        if at > 0:
            out[at] = name
    return out
