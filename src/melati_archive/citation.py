"""Indonesian citations of quotes that an editor can paste: quote, verb, role and name, source, date, URL.

Form (quote first, as Indonesian news writes attribution):

    “Jangan pernah takut melahirkan ide-ide hebat,” tegas Kepala Balai Melati Jakarta, Puti
    Chairida Anwar (Balai Melati Jakarta, “Judul Berita”, 13 November 2020, https://...).

The verb is the attribution verb in its short form whatever the article wrote (tegasnya,
tambah nya -> tegas, tambah; menyampaikan -> ujar; mengatakan -> kata), because a quote-first
citation needs the short form. Double marks inside the quote become single marks.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .nlp.dates import format_date_id

SPEECH_VERBS = (
    "kata ujar tutur ucap ungkap jelas papar tegas sebut terang lanjut tambah imbuh pungkas tandas "
    "tanya pesan harap timpal beber tukas tulis cerita akui ajak klaim seru sambung kenang aku"
).split()
# Verbs that introduce a quote in front of it, and the short form used after a quote.
_PREFIXED = {
    "mengatakan": "kata", "berkata": "kata", "menyampaikan": "ujar", "mengujarkan": "ujar",
    "menuturkan": "tutur", "bertutur": "tutur", "mengucapkan": "ucap", "mengungkapkan": "ungkap",
    "menjelaskan": "jelas", "memaparkan": "papar", "menegaskan": "tegas", "menyebutkan": "sebut",
    "menyebut": "sebut", "menerangkan": "terang", "melanjutkan": "lanjut", "menambahkan": "tambah",
    "mengimbuhkan": "imbuh", "memungkasi": "pungkas", "menandaskan": "tandas", "bertanya": "tanya",
    "menanyakan": "tanya", "berpesan": "pesan", "berharap": "harap", "mengharapkan": "harap",
    "menimpali": "timpal", "membeberkan": "beber", "menukas": "tukas", "menulis": "tulis",
    "menuliskan": "tulis", "bercerita": "cerita", "menceritakan": "cerita", "mengakui": "aku",
    "mengajak": "ajak", "mengklaim": "klaim", "berseru": "seru", "menyambung": "sambung",
    "mengenang": "kenang", "said": "kata", "says": "kata", "stated": "ujar", "added": "tambah",
}
DEFAULT_VERB = "ujar"


def attribution_verb(cue: str | None) -> str:
    """The short attribution verb for a cue as written: 'tegasnya' -> 'tegas', 'tambah nya' ->
    'tambah', 'dalam sambutannya menyampaikan' -> 'ujar', 'kata Mensos' -> 'kata'; else 'ujar'."""
    if not cue:
        return DEFAULT_VERB
    words = re.findall(r"[a-zA-Z]+", cue.lower())
    for i, word in enumerate(words):
        base = word[:-3] if word.endswith("nya") and len(word) > 5 else word
        if base in SPEECH_VERBS:
            return base
        if word in _PREFIXED:
            return _PREFIXED[word]
        if base in _PREFIXED:
            return _PREFIXED[base]
    return DEFAULT_VERB


def _quote_body(text: str) -> str:
    """The quote without outer marks, inner double marks made single, ending in `,` `?` or `!`."""
    body = " ".join(text.split()).strip().strip("\"“”„«»").strip()
    body = re.sub(r"[\"“”](.+?)[\"“”]", r"‘\1’", body)
    body = body.rstrip(" ,;:")
    if body.endswith((".", "…")) and not body.endswith("..."):
        body = body.rstrip(".…").rstrip()
    if body.endswith(("?", "!", "...")):
        return body
    return body + ","


def _who(speaker: str | None, role: str | None) -> str:
    speaker = (speaker or "").strip() or None
    role = " ".join((role or "").split()).strip(" ,") or None
    if role and speaker and speaker.lower() in role.lower():
        return role
    if role and speaker:
        return f"{role}, {speaker}"
    return speaker or role or "narasumber"


def _when(date: Any) -> str | None:
    if date is None or date == "":
        return None
    if isinstance(date, dt.datetime):
        date = date.date()
    if isinstance(date, str):
        try:
            date = dt.date.fromisoformat(date[:10])
        except ValueError:
            return date
    return format_date_id(date)


def citation(
    quote_text: str,
    speaker: str | None,
    role: str | None,
    cue: str | None,
    title: str | None,
    date: dt.date | str | None,
    url: str | None,
    organization: str | None = None,
) -> str:
    """One pasteable Indonesian citation line (see the module docstring for the form)."""
    source = [organization, f"“{' '.join(title.split())}”" if title and title.strip() else None, _when(date), url]
    parts = ", ".join(p.strip() for p in source if p and str(p).strip())
    line = f"“{_quote_body(quote_text)}” {attribution_verb(cue)} {_who(speaker, role)}"
    return f"{line} ({parts})." if parts else f"{line}."


def cite(
    text: str,
    speaker: str | None = None,
    role: str | None = None,
    cue: str | None = None,
    title: str | None = None,
    date: dt.date | str | None = None,
    url: str | None = None,
    channel: str | None = None,
    organization: str | None = None,
    **_hit: Any,
) -> str:
    """citation() from a quote hit's fields (search results pass the whole hit); the source is
    the organisation when known, else the channel."""
    return citation(text, speaker, role, cue, title, date, url, organization=organization or channel)
