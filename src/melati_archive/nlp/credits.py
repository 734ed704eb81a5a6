"""Credit lines of a page ("Penulis: Rina | Editor: Dodi", "Penulis Gina Maslahat", "Kontributor Kota, Nama",
"Editor | : Nama |"): which lines credit someone, and the field each name fills (author, editor, translator,
photographer, source ...), kept as metadata. Pure functions, strings in, dicts out.
"""
from __future__ import annotations

import re

# Credit labels on Indonesian news pages -> the field they fill.
CREDIT_FIELDS = {
    "penulis": "author", "teks": "author", "pewarta": "author", "reporter": "author", "wartawan": "author", "author": "author",
    "writer": "author", "kontributor": "author", "koresponden": "author", "editor": "editor", "redaktur": "editor",
    "penyunting": "editor", "penerjemah": "translator", "alih bahasa": "translator",
    "translator": "translator", "translated by": "translator", "diterjemahkan oleh": "translator", "fotografer": "photographer", "publisher": "publisher", "sumber": "source",
    "jurnalis": "author", "penanggung jawab": "responsible", "pemimpin redaksi": "responsible",
    # a regional paper's "Laporan: Nama" (reported by) and "Peliput : Nama" (the reporter)
    "laporan": "author", "peliput": "author",
    # a video page's credits: "Video Editor: X", "Videografer: Y", "Juru Kamera: Z"
    "video editor": "editor", "videografer": "photographer", "juru kamera": "photographer", "kamerawan": "photographer",
    # a national daily's row under its headline: "Rep: Name/ Red: Name" (reporter, redaktur)
    "rep": "author", "red": "editor",
}
_LABELS = "|".join(sorted((re.escape(k) for k in CREDIT_FIELDS), key=len, reverse=True))
_LABEL_GROUP = r"(?:" + _LABELS + r")(?:\s*(?:&|dan|/)\s*(?:" + _LABELS + r"))*"
# "Penulis : Humas Balai", "Editor: X", "Redaktur & Reporter : Tim", "Penulis: A | Editor: B".
_CREDIT_PAIR = re.compile(r"(?i)\b(" + _LABEL_GROUP + r")\s*[:：]\s*(.*?)\s*(?=(?:[|/•·,;-]\s*)?\b(?:"
                          + _LABELS + r")\s*[:：]|$)")
# "- Penulis: Rina", "• Editor: Dodi": a theme lists its credits as items
_CREDIT_LINE = re.compile(r"(?i)^\s*(?:[-–•·*]\s+)?[(\[]?\s*(?:" + _LABEL_GROUP + r")\s*[:：]")
# "Penulis Gina Maslahat": a label and a short name with no colon, on a line of its own.
_CREDIT_BARE = re.compile(r"(?i)^\s*(?P<label>penulis|pewarta|reporter|editor|redaktur|jurnalis)\s+(?:[-–]\s+)?"
                          r"(?P<value>[A-Z][\w.'’-]*"
                          r"(?:\s+[A-Z][\w.'’-]*){0,3})\s*$")
# "Kontributor Sukamekar, Rina Marlina": a regional contributor's place, then the writer's name.
_CREDIT_PLACE = re.compile(r"^(?i:kontributor|koresponden)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},\s*"
                           r"(?P<value>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*$")
_MAX_CREDIT_LINE = 160
# What a line must open with for _CREDIT_BARE to match its first part: most lines fail here, before
# the line is split into parts.
_CREDIT_BARE_START = re.compile(r"(?i)(?:penulis|pewarta|reporter|editor|redaktur|jurnalis)\s")
_CREDIT_LABEL_ONLY = re.compile(r"(?i)\s*(" + _LABEL_GROUP + r")\s*[:：]\s*")


# A credit's value ends where the line goes on to a date or another field after a bar or a comma:
# "Penulis: Rina | Senin, 4 Maret 2024", "Teks: Dedi | Foto: Prokopim", "Penulis: Rina, 4 Maret 2024".
_VALUE_END = re.compile(r"\s+[|•·]\s+|,\s*(?=(?i:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)\b|\d{1,2}\s+[A-Za-z])")


_BARRED_COLON = re.compile(r"\s*\|\s*[:：]")


# A theme's picture of the writer, its alt text copied after the name: "Editor: Nama author photo".
_AVATAR_ALT = re.compile(r"(?i)\s+(?:author\s+(?:photo|avatar|image)|foto\s+penulis)\s*$")


def credit_of(line: str) -> dict[str, str] | None:
    """{field: value} of a credit line ("Penulis: A | Editor: B"), {} for a label waiting for its value
    on the next line ("Penulis :"), None when the line is not a credit line."""
    stripped = line.strip()
    if "|" in stripped:  # (the substitution alone tried every offset of every line of a page)
        stripped = _BARRED_COLON.sub(":", stripped)  # "Editor | : Nama |": a theme's table of fields
    if not stripped or len(stripped) > _MAX_CREDIT_LINE:
        return None
    if not _CREDIT_LINE.match(stripped):
        return _unlabelled_credits(stripped)
    out: dict[str, str] = {}
    for labels, value in _CREDIT_PAIR.findall(stripped):
        value = _AVATAR_ALT.sub("", _VALUE_END.split(value, 1)[0]).strip(" )]|-").strip()
        if not value:
            continue
        for label in re.split(r"\s*(?:&|dan|/)\s*", labels, flags=re.I):
            out.setdefault(CREDIT_FIELDS[label.lower()], value)
    return out


def _unlabelled_credits(stripped: str) -> dict[str, str] | None:
    """The credits of a line that opens with no "Label:": a row of the post's fields split by bars, "Kontributor
    Kota, Nama", "Penulis Rina Marlina | Editor Dodi Pratama" (labels without colons); None for any other line."""
    if "|" in stripped:
        row = _meta_row_credits(stripped)
        if row is not None:
            return row
    contributor = _CREDIT_PLACE.match(stripped) if stripped[:1] in "Kk" else None
    if contributor:
        return {"author": contributor.group("value")}
    if not _CREDIT_BARE_START.match(stripped):
        return None
    parts = [_CREDIT_BARE.match(part) for part in re.split(r"\s+[|/•·]\s+", stripped)]
    if not all(parts):
        return None
    out = {}
    for bare in parts:
        out.setdefault(CREDIT_FIELDS[bare.group("label").lower()], bare.group("value"))
    return out


def _meta_row_credits(line: str) -> dict[str, str] | None:
    """"02 Jan 2026 | 93 | Penulis : Humas X| Publisher : Humas X": a post's row of fields split by bars, its date
    or view count first and a credit after: the credits, or None when the row holds no credit or a sentence."""
    parts = [p for p in re.split(r"\s*\|\s*", line) if p]
    if len(parts) < 2 or any(len(p.split()) > 10 or p.endswith((".", "!", "?")) for p in parts):
        return None
    out: dict[str, str] = {}
    for part in parts:
        if _CREDIT_LINE.match(part):
            out.update({k: v for k, v in (credit_of(part) or {}).items() if k not in out})
    return out or None


def _credit_label_only(line: str) -> list[str]:
    """The fields of a label standing alone ("Penulis :"), whose value is the next line."""
    m = _CREDIT_LABEL_ONLY.fullmatch(line)
    if not m:
        return []
    return [CREDIT_FIELDS[label.lower()] for label in re.split(r"\s*(?:&|dan|/)\s*", m.group(1), flags=re.I)]
