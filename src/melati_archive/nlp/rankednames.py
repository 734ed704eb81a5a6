"""Officers named by their police or military rank alone ("melalui Lasat Lantas AKP Name", "Dijelaskan AKP Name,"):
the rank makes the name a person's even where the office before it is unknown (misspelt) or missing. No role:
the rank is not an office."""
from __future__ import annotations

import re

from .names import NAME_PATTERN, clean_name, plausible_name

_RANKS = ("AKBP|AKP|Kompol|Kombes|Iptu|Ipda|Aiptu|Aipda|Bripka|Brigpol|Briptu|Bripda|Bharada|Bharatu|Bharaka|"
          "KOMPOL|KOMBES|IPTU|IPDA|AIPTU|AIPDA|BRIPKA|BRIGPOL|BRIPTU|BRIPDA|"
          "Letkol|Lettu|Letda|Serka|Serma|Sertu|Serda|Kopda|Koptu|Praka|Pratu|Prada|Peltu|Pelda")
_RANKED_NAME = re.compile(
    r"(?<![\w/])(?:" + _RANKS + r")\.?(?:[^\S\n]+(?:Pol|Inf|Kav|Arh|Czi|Mar|CPM)\.?)?[^\S\n]+(?P<name>" + NAME_PATTERN + r")"
    # the name's run ends: punctuation, a lowercase word, the line's end
    r"(?=[^\S\n]*[,.;:)]|[^\S\n]+[a-z]|[^\S\n]*$)", re.MULTILINE)
_CUE_BEFORE = re.compile(r"\b(?:ujar|kata|ungkap|jelas|tutur|terang|tegas|imbuh|papar|sebut|tambah|pungkas|ucap)"
                         r"(?:nya)?[^\S\n]+$")
_WINDOW = 160
# The same ranks grouped by first letter: a scan for them skips most of a text at its first character
_CHEAP = re.compile(r"(?:A(?:KBP|KP|iptu|ipda|IPTU|IPDA)|K(?:ompol|ombes|OMPOL|OMBES|opda|optu)|I(?:ptu|pda|PTU|PDA)|"
                    r"B(?:ripka|rigpol|riptu|ripda|harada|haratu|haraka|RIPKA|RIGPOL|RIPTU|RIPDA)|L(?:etkol|ettu|etda)|"
                    r"S(?:erka|erma|ertu|erda)|P(?:raka|ratu|rada|eltu|elda))\b")


def ranked_names(text: str, taken) -> list[tuple[int, int, str, None]]:
    """(start, end, name, None) of each officer named right after a rank in a span no other form has read."""
    out = []
    # (the rank words found first, the whole pattern asked only there: one scan of a text with no rank)
    # (each match bounded to a window: a name's titles may repeat ranks, and a run of them must not be read to the end)
    for m in filter(None, (_RANKED_NAME.match(text, r.start(), r.start() + _WINDOW) for r in _CHEAP.finditer(text))):
        if m.end() >= m.start() + _WINDOW - 1:
            continue  # the window's end, not the name's
        name = clean_name(m.group("name"))
        start = m.start("name") + m.group("name").find(name) if name else -1
        if not name or start < m.start("name") or not plausible_name(name) or not taken.free(start, start + len(name)):
            continue
        if _CUE_BEFORE.search(text, max(0, m.start() - 14), m.start()):
            continue  # "kata AKP Name": a quote's cue, read by the quote side (a short or misspelt form of someone)
        out.append((start, start + len(name), name, None))
        taken.take(start, start + len(name))
    return out
