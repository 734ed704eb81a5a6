"""Voices: who is quoted and how often, the centre's own people against outside speakers, and people
holding a role in the period who were never quoted. Quotes come from the index (arc.quotes)."""
from __future__ import annotations

import datetime as dt

import pandas as pd

QUOTE_COLUMNS = ["text", "speaker", "role", "article_id", "title", "date", "channel"]


def quotes_in_period(arc, start: dt.date, end: dt.date) -> pd.DataFrame:
    """Every indexed quote of items published from start to end (the index is brought up to date first)."""
    frame = arc.quotes("", date_from=start, date_to=end, limit=None).to_frame()
    return frame.reindex(columns=QUOTE_COLUMNS) if not frame.empty else pd.DataFrame(columns=QUOTE_COLUMNS)


def counted_quotes(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The quotes of the articles the report counts (frames.load leaves out items waiting for
    review): the index holds every item, so its quotes are kept to the same articles here."""
    return quotes[quotes["article_id"].isin(set(articles["id"]))]


def _person_index(people) -> dict[str, object]:
    index = {}
    for person in people:
        for form in [person.name, *person.aliases]:
            if form:
                index.setdefault(form.strip().lower(), person)
    return index


def _speaker(quotes: pd.DataFrame) -> pd.Series:
    return quotes["speaker"].fillna("").astype(str).str.strip()


def speaker_counts(quotes: pd.DataFrame, people) -> pd.DataFrame:
    """Quotes and items per named speaker, with role and whether they speak for the centre, most quoted first.
    Quotes without a named speaker are counted in one row "(tanpa nama)"."""
    index = _person_index(people)
    speakers = _speaker(quotes)
    rows = []
    for name, group in quotes.groupby(speakers, sort=False):
        person = index.get(name.lower()) if name else None
        roles = group["role"].dropna()
        rows.append({"Narasumber": (person.name if person else name) or "(tanpa nama)",
                     "Peran": roles.iloc[0] if len(roles) and name else "",  # no name: no role to show
                     "Asal": ("Internal" if person.internal else "Luar") if person else ("Luar" if name else "-"),
                     "Kutipan": len(group), "Berita": group["article_id"].nunique()})
    frame = pd.DataFrame(rows, columns=["Narasumber", "Peran", "Asal", "Kutipan", "Berita"])
    return frame.groupby(["Narasumber"], as_index=False, sort=False).agg(
        {"Peran": "first", "Asal": "first", "Kutipan": "sum", "Berita": "sum"}).sort_values(
        ["Kutipan", "Narasumber"], ascending=[False, True], ignore_index=True)


def internal_share(quotes: pd.DataFrame, people) -> pd.DataFrame:
    """Quotes by the centre's own people (people.yaml internal: true) against outside speakers."""
    counts = speaker_counts(quotes, people)
    named = counts[counts["Asal"] != "-"]
    total = int(named["Kutipan"].sum())
    rows = []
    for label in ("Internal", "Luar"):
        part = named[named["Asal"] == label]
        n = int(part["Kutipan"].sum())
        rows.append({"Asal": label, "Narasumber": len(part), "Kutipan": n,
                     "Persen": round(n / total * 100, 1) if total else 0.0})
    return pd.DataFrame(rows, columns=["Asal", "Narasumber", "Kutipan", "Persen"])


def unquoted_people(quotes: pd.DataFrame, people, start: dt.date, end: dt.date) -> pd.DataFrame:
    """People of people.yaml holding a role during the period who were never quoted in it."""
    index = _person_index(people)
    quoted = {index[s.lower()].id for s in _speaker(quotes) if s and s.lower() in index}
    rows = []
    for person in people:
        roles = [r for r in person.roles if (r.start is None or r.start <= end) and (r.end is None or start <= r.end)]
        if roles and person.id not in quoted:
            rows.append({"Nama": person.name, "Peran": roles[-1].title,
                         "Asal": "Internal" if person.internal else "Luar"})
    return pd.DataFrame(rows, columns=["Nama", "Peran", "Asal"])
