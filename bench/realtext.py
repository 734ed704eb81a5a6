"""Real-text archives for the index bench: real news read from ../shared at run time, repeated with variations.

    from realtext import generate
    generate(Path("/tmp/home"), n=2000, seed=0)      # writes /tmp/home/archive/...

The base articles are the releases-dev press releases (../shared/corpus/releases-dev, with
their people from annotations.json) and the PFSA-ID dev-40 news articles (PERSON spans from
the token tags), rebuilt as text the way bench/search_quality.py does. Nothing is copied into
the repository. The first pass writes each article once; later copies get another date and
their people another surname (drawn from a pool that grows with n, with famous names kept
often), so the number of distinct people grows with the archive as it does in real news. The
same (n, seed) always writes the same bytes.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

import eval_quotes
import search_quality

SHARED = search_quality.REPO.parent / "shared" / "corpus"

SYLLABLES = ["ra", "ni", "su", "ta", "wa", "ti", "di", "ma", "ya", "sa", "har", "jo", "nto", "wan", "ri", "ko",
             "pur", "yan", "ja", "da", "la", "mi", "ha", "rul", "ning", "sih", "gun", "ka", "to", "ro", "be", "ndi"]


def _pfsa() -> list[tuple[str, str, list[str]]]:
    """(title, body, people) of each PFSA-ID dev-40 article, rebuilt from its tagged tokens."""
    articles: list[list[tuple[str, str]]] = []
    sentences = eval_quotes.read_sentences(SHARED / "pfsa-id" / "dev-40.txt")
    for sentence in sentences:
        if search_quality._is_dateline([t for t, _ in sentence]) or not articles:
            articles.append([])
        articles[-1].extend(sentence)
    out = []
    for tagged in articles:
        people, span = set(), []
        for token, tag in tagged:
            if tag.endswith("-PERSON") and tag[0] in "BIUL":
                span = [token] if tag[0] in "BU" else span + [token]
                if tag[0] in "UL" and len(span) >= 2:
                    people.add(" ".join(span))
            else:
                span = []
        text = search_quality._join([t for t, _ in tagged])
        first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
        first = re.sub(r"^[A-Z .,]+,\s*KOMPAS\s*[—–-]*\s*", "", first)  # the dateline
        title = " ".join(first.split()[:12]).strip(" ,.—") or "Berita"
        out.append((title, text, sorted(people)))
    return out


def _releases() -> list[tuple[str, str, list[str]]]:
    """(title, body, people) of each releases-dev press release (people from annotations.json)."""
    root = SHARED / "releases-dev"
    notes = {a["file"]: a for a in json.loads((root / "annotations.json").read_text(encoding="utf-8"))}
    out = []
    for path in sorted((root / "articles").glob("*.txt")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
        if len(lines) < 3:
            continue
        people = [p["name"] for p in notes.get(path.name, {}).get("people", []) if len(p["name"].split()) >= 2]
        out.append((lines[0], "\n\n".join(lines[1:]), people))
    return out


def base_articles() -> list[tuple[str, str, list[str]]]:
    return _releases() + _pfsa()


def _surname(index: int) -> str:
    rng = random.Random(index)
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def _respelling(people: list[str], rng: random.Random, pool: int) -> dict[str, str]:
    """Surname -> another surname for this copy (each person kept as they are with probability 0.4)."""
    out = {}
    for name in people:
        last = name.split()[-1]
        if rng.random() >= 0.4 and last[:1].isupper() and len(last) >= 3:
            out[last] = _surname(rng.randrange(pool))
    return out


def _respell(text: str, surnames: dict[str, str]) -> str:
    for old, new in surnames.items():
        text = re.sub(rf"\b{re.escape(old)}\b", new, text)
    return text


def _yaml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generate(home: Path, n: int, seed: int = 0, start_year: int = 2019, years: int = 5) -> list[Path]:
    """Write a home folder with n real-text articles; return the article paths (sorted)."""
    home = Path(home)
    base = base_articles()
    rng = random.Random(seed)
    archive = home / "archive"
    (archive / "articles").mkdir(parents=True, exist_ok=True)
    (archive / "melati.yaml").write_text(
        "organization:\n  name: Bench Berita Nyata\n  short: Bench\nlanguage: id\n", encoding="utf-8")
    pool = max(200, n // 2)  # distinct surnames grow with the archive
    start = dt.date(start_year, 1, 1)
    paths = []
    for i in range(n):
        title, body, people = base[i % len(base)]
        day = start + dt.timedelta(days=rng.randrange(years * 365))
        if i >= len(base):
            surnames = _respelling(people, rng, pool)
            body, title = _respell(body, surnames), _respell(title, surnames)
        folder = archive / "articles" / str(day.year)
        folder.mkdir(exist_ok=True)
        path = folder / f"{day.isoformat()}-berita-{i:06d}.md"
        front = ["---", f"title: {_yaml_str(title)}", f"date: {day.isoformat()}", "---", ""]
        path.write_text("\n".join(front) + body + "\n", encoding="utf-8")
        paths.append(path)
    return sorted(paths)
