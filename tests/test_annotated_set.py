"""The annotated evaluation set: well-formed gold, every INDONESIAN-NEWS.md form covered, and
nlp.dates / nlp.acronyms agreeing with its gold dates, places, event ranges and acronyms."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from melati_archive.nlp.acronyms import find_acronyms
from melati_archive.nlp.dates import parse_dateline
from melati_archive.nlp.eventdates import find_event_dates

FOLDER = Path(__file__).parent / "data" / "annotated"
ITEMS = sorted(FOLDER.glob("*.json"))

# The forms INDONESIAN-NEWS.md lists; each must be exercised by at least one article.
REQUIRED = {
    "dateline:paren-date", "dateline:comma-paren-upper-month", "dateline:numeric", "dateline:title-case",
    "dateline:no-date-source", "dateline:two-lines", "dateline:multiword-city", "dateline:abbrev-month",
    "dateline:english", "dateline:wrong-year", "dateline:none", "dash:hyphen", "dash:en-dash", "dash:em-dash",
    "body-date:weekday-numeric", "body-date:no-year", "body-date:year-boundary", "event-range",
    "furniture:baca-juga", "furniture:credits", "furniture:caption",
    "intro:role-name", "intro:role-comma-name", "intro:selaku", "intro:sebagai", "intro:name-comma-role",
    "intro:in-attribution", "honorifics-degrees", "alias:given-name", "alias:last-name", "alias:last-two",
    "alias:token-prefix", "alias:token-suffix", "alias:parentheses", "alias:akrab-disapa", "alias:nickname",
    "name:spelling-variant", "role-alias:article", "initials-only",
    "attr:verb-name", "attr:nya", "attr:nya-apart", "attr:pronoun", "attr:pronoun-beliau", "attr:pronoun-ia",
    "attr:pronoun-intervening", "attr:role-alias", "attr:role-name", "attr:cue-before", "attr:continuation",
    "attr:quote-before-intro", "indirect:menurut", "indirect:menurutnya", "indirect:mengatakan-bahwa",
    "indirect:men-verb", "marks:mixed", "marks:reversed", "marks:missing-open", "marks:unbalanced-stray",
    "marks:unbalanced-missing-close", "non-speech:institution", "non-speech:initials", "non-speech:theme",
    "non-speech:title", "quote:multi-sentence", "quote:multi-paragraph", "quote:nested-single",
    "quote:nested-double", "acronym:long-short", "acronym:short-long", "acronym:mixed-case",
}
SPEECH_VERBS = ("kata ujar tutur ucap ungkap jelas papar tegas sebut terang lanjut tambah imbuh pungkas tandas "
                "tanya pesan harap timpal beber tukas tulis cerita").split()


def gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def text_of(path: Path) -> str:
    return path.with_suffix(".txt").read_text(encoding="utf-8")


def norm(s: str) -> str:
    s = re.sub(r"[\"“”„‟«»]", " ", s).replace("‘", "'").replace("’", "'")
    return " ".join(s.split()).strip(" ,.").lower()


def test_set_size_and_pairs():
    assert len(ITEMS) >= 32
    assert all(p.with_suffix(".txt").is_file() for p in ITEMS)
    assert {p.stem for p in FOLDER.glob("*.txt")} == {p.stem for p in ITEMS}


@pytest.mark.parametrize("path", ITEMS, ids=lambda p: p.stem)
def test_gold_is_well_formed(path):
    g, text = gold(path), text_of(path)
    assert g["date"] is None or dt.date.fromisoformat(g["date"])
    assert isinstance(g["forms"], list) and g["forms"]
    known = {p["name"] for p in g.get("people", [])} | set(g.get("aliases", {}).values())
    flat = norm(text)
    positions = []
    for q in g["quotes"]:
        assert set(q) == {"text", "speaker"}
        assert norm(q["text"]) in flat, q["text"]
        assert q["speaker"] is None or q["speaker"] in known, q["speaker"]
        positions.append(flat.index(norm(q["text"])))
    assert positions == sorted(positions), "quotes are listed in text order"
    for short, full in g.get("aliases", {}).items():
        assert re.search(r"(?<!\w)" + re.escape(short) + r"(?!\w)", text), short
        assert full in known


def test_every_form_is_covered_and_documented():
    used = {f for p in ITEMS for f in gold(p)["forms"]}
    assert REQUIRED <= used, sorted(REQUIRED - used)
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    table = set(re.findall(r"^\| `([^`]+)` \|", readme, re.MULTILINE))
    assert used == table
    assert "fictional" in readme.lower()


def test_every_speech_verb_occurs():
    texts = " ".join(text_of(p) for p in ITEMS).lower()
    missing = [v for v in SPEECH_VERBS if not re.search(r"[,.?!]?[”\"] " + v + r"(?:nya| nya)?\b", texts)]
    assert not missing


@pytest.mark.parametrize("path", ITEMS, ids=lambda p: p.stem)
def test_dates_module_agrees_with_gold(path):
    g, text = gold(path), text_of(path)
    found = parse_dateline(text)
    if "dateline:none" in g["forms"]:
        assert found is None
        day = find_event_dates(text, None)[0].start_date if g["date"] else None
    else:
        assert found is not None and found.location == g["location"]
        day = found.date
        assert found.language == g.get("language", "id")
    assert (day.isoformat() if day else None) == g["date"]
    events = [[m.start_date.isoformat(), m.end_date.isoformat()]
              for m in find_event_dates(text, dt.date.fromisoformat(g["date"]) if g["date"] else None)]
    for span in g.get("event_dates", []):
        assert span in events


@pytest.mark.parametrize("path", [p for p in ITEMS if "acronyms" in gold(p)], ids=lambda p: p.stem)
def test_acronyms_module_agrees_with_gold(path):
    found = [[a.short, a.long] for a in find_acronyms(text_of(path))]
    for pair in gold(path)["acronyms"]:
        assert pair in found
