"""The fictional demo archive (examples/demo/): its size, spread, consistency and the text forms it must exercise."""
from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

DEMO = Path(__file__).resolve().parent.parent / "examples" / "demo"
ROOT = DEMO / "archive"
FIRST_MONTH, LAST_MONTH = (2024, 1), (2025, 12)
METRIC_COLUMNS = ["date", "channel", "url", "article_id", "views", "likes", "comments", "shares", "followers"]
MONTHS_ID = {m: i + 1 for i, m in enumerate(
    "januari februari maret april mei juni juli agustus september oktober november desember".split())}
SPEECH_VERBS = ("kata ujar tutur ucap ungkap jelas papar tegas sebut terang lanjut tambah imbuh pungkas "
                "tandas tanya pesan harap timpal beber tukas tulis cerita").split()


# --- loading (plain PyYAML: the demo must stay readable without the project's loader) ----------


def _yaml(name: str) -> dict:
    return yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))


def _split(path: Path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n"), f"{path}: no front matter"
    head, body = text[4:].split("\n---\n", 1)
    return yaml.safe_load(head), body


@pytest.fixture(scope="module")
def store():
    from melati_archive.archive import ArchiveStore

    return ArchiveStore(ROOT)


@pytest.fixture(scope="module")
def articles(store) -> list[dict]:
    """Every article as the project's loader reads it, as a dict (front matter fields + id, path, body)."""
    problems: list = []
    loaded = store.articles(problems)
    assert problems == [], [str(p) for p in problems]
    return [{**a.extra, **{k: v for k, v in vars(a).items() if k != "extra"}, "path": ROOT / a.path}
            for a in loaded]


def test_raw_front_matter_says_fictional_in_every_file():
    paths = sorted((ROOT / "articles").glob("*/*.md"))
    assert [p.stem for p in paths if _split(p)[0].get("fictional") is not True] == []


@pytest.fixture(scope="module")
def config() -> dict:
    return _yaml("melati.yaml")


@pytest.fixture(scope="module")
def people() -> list[dict]:
    return _yaml("people.yaml")["people"]


@pytest.fixture(scope="module")
def programs() -> list[dict]:
    return _yaml("programs.yaml")["programs"]


def _months() -> list[tuple[int, int]]:
    months, (y, m) = [], FIRST_MONTH
    while (y, m) <= LAST_MONTH:
        months.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return months


def _month(a: dict) -> tuple[int, int]:
    return (a["date"].year, a["date"].month)


def _all_bodies(articles) -> str:
    return "\n".join(a["body"] for a in articles)


# --- fictional everywhere ----------------------------------------------------------------------


def test_every_file_says_it_is_fictional(articles, people, programs):
    for name in ("melati.yaml", "people.yaml", "programs.yaml"):
        assert _yaml(name).get("fictional") is True, f"{name}: top-level fictional: true missing"
    assert all(p.get("fictional") is True for p in people)
    assert all(p.get("fictional") is True for p in programs)
    not_marked = [a["id"] for a in articles if a.get("fictional") is not True]
    assert not_marked == []
    readme = (DEMO / "README.md").read_text(encoding="utf-8").lower()
    assert "fictional" in readme and "fiktif" in readme


def test_the_organisation_is_invented_not_the_real_centre(config, articles):
    assert "Melati" not in config["organization"]["name"]
    assert not any("Balai Melati" in a["body"] for a in articles)


# --- counts and spread -------------------------------------------------------------------------


def test_at_least_sixty_articles_over_twenty_four_months(articles):
    assert len(articles) >= 60
    months = {_month(a) for a in articles}
    assert months == set(_months()), "every month 2024-01..2025-12 has at least one item"


def test_files_are_named_by_date_and_slug(articles):
    for a in articles:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}-[a-z0-9-]+", a["id"]), a["id"]
        assert a["id"].startswith(a["date"].isoformat()), a["id"]
        assert a["path"].parent.name == str(a["date"].year), a["id"]


def test_each_article_is_press_release_length(articles):
    lengths = {a["id"]: len(a["body"].split()) for a in articles}
    wrong = {k: n for k, n in lengths.items() if not 150 <= n <= 400}
    assert wrong == {}


def test_required_front_matter(articles):
    for a in articles:
        assert a.get("title") and isinstance(a["date"], dt.date), a["id"]
        assert a.get("author") and a.get("location") and isinstance(a.get("tags"), list), a["id"]
        assert a.get("language", "id") == "id", a["id"]
        if a["channel"] == "website":
            assert a.get("url", "").startswith("https://balaikenanga.example/"), a["id"]
    urls = [a["url"] for a in articles if a.get("url")]
    assert len(urls) == len(set(urls)), "urls are unique"


def test_busiest_month_is_unique(articles):
    counts = Counter(_month(a) for a in articles).most_common()
    assert counts[0][1] > counts[1][1], f"tie for busiest month: {counts[:2]}"
    assert counts[0][0] == (2025, 7)  # documented in docs/demo.md; make demo reports it


def test_irregular_rhythm_quiet_months_and_silent_weeks(articles):
    counts = Counter(_month(a) for a in articles)
    assert sum(1 for n in counts.values() if n == 1) >= 2, "a quiet month or two"
    days = sorted({a["date"] for a in articles})
    gaps = [(b - a).days for a, b in zip(days, days[1:])]
    assert sum(1 for g in gaps if g >= 14) >= 5, "several silent weeks"


# --- channels, programs, people ----------------------------------------------------------------


def test_channels_exist_and_have_targets(config, articles):
    channels = {c["id"]: c for c in config["channels"]}
    assert {"website", "instagram", "facebook", "youtube"} <= set(channels)
    assert all(c["target_per_month"] > 0 for c in channels.values())
    assert {a["channel"] for a in articles} == set(channels)
    assert len(config["key_messages"]) >= 3


def test_article_programs_exist(articles, programs):
    ids = {p["id"] for p in programs}
    assert len(ids) >= 8
    unknown = {(a["id"], p) for a in articles for p in a["programs"] if p not in ids}
    assert unknown == set()
    acronyms = [p.get("acronym") for p in programs if p.get("acronym")]
    assert any(a != a.upper() for a in acronyms), "a mixed-case acronym"
    assert all(p["target_per_month"] >= 0 for p in programs)


def _mentions(body: str, program: dict) -> bool:
    words = [program["name"], *program.get("aliases", []), *program.get("keywords", [])]
    if program.get("acronym"):
        words.append(program["acronym"])
    return any(re.search(rf"\b{re.escape(w)}\b", body, re.IGNORECASE) for w in words)


def test_one_program_is_left_uncovered_for_months(articles, programs):
    months = _months()
    gaps = {}
    for p in programs:
        covered = {_month(a) for a in articles if p["id"] in a["programs"]}
        if not covered:
            continue
        run = best = 0
        for m in months:
            run = 0 if m in covered else run + 1
            best = max(best, run)
        gaps[p["id"]] = best
    assert gaps["pklu"] >= 3
    gap_months = {(2024, m) for m in range(4, 12)}
    leaking = [a["id"] for a in articles if _month(a) in gap_months
               and _mentions(a["body"], next(p for p in programs if p["id"] == "pklu"))]
    assert leaking == [], "an article in the gap still mentions the program (the extractor would find it)"


def test_one_program_is_never_covered(articles, programs):
    never = [p for p in programs if not any(p["id"] in a["programs"] for a in articles)]
    assert [p["id"] for p in never] == ["rumah-singgah"]
    assert not any(_mentions(a["body"], never[0]) for a in articles)


def _speaks(alias: str, text: str) -> bool:
    verbs = "|".join(SPEECH_VERBS)
    name = re.escape(alias)
    after_quote = rf"[\"”“]\s*(?:{verbs})\s+(?:[A-Z][\w.]*\s+){{0,8}}?{name}\b"
    cue_before = rf"\b{name}\b[^.\"“”]{{0,60}}(?:mengatakan|menyampaikan|berkata)\s*,?\s*[\"“”]"
    return bool(re.search(after_quote, text) or re.search(cue_before, text))


def test_at_least_twelve_people_are_quoted_by_name(articles, people):
    text = _all_bodies(articles)
    quoted = [p["id"] for p in people if any(_speaks(x, text) for x in [p["name"], *p["aliases"]])]
    assert len(quoted) >= 12, quoted
    assert {p["internal"] for p in people} == {True, False}


def test_people_have_roles_with_dates_and_one_role_changes_holder(people):
    holders: dict[str, list[tuple]] = {}
    for p in people:
        assert p["roles"], p["id"]
        assert not re.search(r"\b(Dr|dr|H|S\.Sos|M\.Si|Ibu|Bapak)\b\.?", p["name"]), p["name"]
        for r in p["roles"]:
            holders.setdefault(r["title"], []).append((r.get("start"), r.get("end"), p["id"]))
    changing = {t: h for t, h in holders.items() if len({x[2] for x in h}) >= 2}
    assert "Kepala Balai Rehabilitasi Sosial Kenanga Bekasi" in changing
    spans = sorted(changing["Kepala Balai Rehabilitasi Sosial Kenanga Bekasi"], key=lambda x: x[0])
    for (_, end, _), (start, _, _) in zip(spans, spans[1:]):
        assert end is not None and end < start, "holders do not overlap"


def test_initials_only_beneficiaries_are_in_text_but_not_in_people(articles, people):
    text = _all_bodies(articles)
    assert re.search(r"\b[A-Z]{2} \(\d{1,2}\)", text)
    assert re.search(r"\bIbu [\"“]K[\"”]", text)
    assert not any(re.fullmatch(r"[A-Z]{1,3}", p["name"]) for p in people)


# --- text forms of INDONESIAN-NEWS.md ----------------------------------------------------------

DATELINE_FORMS = {
    "CITY (13 November 2024) - ": r"^[A-Z]{3,} \(\d{1,2} [A-Z][a-z]+ \d{4}\) - ",
    "CITY, (26 MARET 2025)– ": r"^[A-Z]{3,}, \(\d{1,2} [A-Z]{3,} \d{4}\)– ",
    "CITY (12/6/2024) — ": r"^[A-Z]{3,} \(\d{1,2}/\d{1,2}/\d{4}\) — ",
    "City, 5 Januari 2025 - ": r"^[A-Z][a-z]+, \d{1,2} [A-Z][a-z]+ \d{4} - ",
    "dateline over two lines": r"^[A-Z]{3,}\n\(\d{1,2} [A-Z][a-z]+ \d{4}\) - ",
    "no dateline, body date Rabu (15/01/2025)": r"\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu) \(\d{1,2}/\d{1,2}/\d{4}\)",
    "no dateline, body date without year Senin (12/6)": r"\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu) \(\d{1,2}/\d{1,2}\)",
    "event range 10-13 November 2024": r"\b\d{1,2}-\d{1,2} [A-Z][a-z]+ \d{4}\b",
}

QUOTE_FORMS = {
    '"...," ujar Name.': r"[,?!][\"”] ujar [A-Z][a-z]+\.",
    "ujarnya": r"\bujarnya\b",
    "katanya": r"\bkatanya\b",
    "tambah nya (written apart)": r"\btambah nya\b",
    "kata dia": r"\bkata dia\b",
    "tutur dia": r"\btutur dia\b",
    "verb + ia": r"[\"”] (?:ujar|kata|ucap|tutur) ia\b",
    "verb + beliau": r"[\"”] \w+ beliau\b",
    "verb + role alias (kata Kepala Balai.)": r"[\"”] kata Kepala Balai\.",
    "verb + role + name": r"[\"”] \w+ Kepala Balai [A-Z][a-z]+, [A-Z]",
    "cue before quote (Name mengatakan, \")": r"\b[A-Z][a-z]+ mengatakan, [\"“]",
    "cue before quote (menyampaikan \")": r"menyampaikan [\"“]",
    "reversed opening mark ”...”": r"(?:^|\s)”[A-Z][^”“\"]{10,}”",
    "curly quotes": r"“[^”]+”",
    "yang akrab disapa": r"\byang akrab disapa\b",
    "nickname in parentheses": r"[A-Z][a-z]+ \([A-Z][a-z]+\)",
    "intro Name selaku Role": r"\bselaku\b",
    "intro Name sebagai Role": r"[A-Z][a-z]+ sebagai [A-Z]",
    "menurut Name": r"\b[Mm]enurut [A-Z][a-z]+",
    "menurutnya": r"\b[Mm]enurutnya\b",
    "mengatakan bahwa": r"\bmengatakan bahwa\b",
    "menyatakan": r"\bmenyatakan\b",
    "menegaskan": r"\bmenegaskan\b",
    "menjelaskan": r"\bmenjelaskan\b",
    "menambahkan": r"\bmenambahkan\b",
    "mengungkapkan": r"\bmengungkapkan\b",
    "institution name in quotes": r"Yayasan [\"“][A-Z]",
    "nested quote with single marks": r"'[A-Za-z][^']{2,40}'",
    "Long Form (ACR)": r"[A-Z][a-z]+(?: [A-Za-z]+){1,5} \([A-Z]{3,}\)",
    "ACR (Long Form)": r"\b[A-Z]{3,} \([A-Z][a-z]+(?: [A-Za-z]+){1,5}\)",
    "mixed-case acronym defined": r"\b[A-Z][a-z]+[A-Z][a-z]*[A-Za-z]* \([A-Z][a-z]+",
    "degree S.Sos.": r"S\.Sos\.",
    "degree M.Si.": r"M\.Si\.",
    "title Dr.": r"\bDr\. [A-Z]",
    "honorific Bapak": r"\bBapak [A-Z]",
    "honorific Ibu + name": r"\bIbu [A-Z][a-z]+",
}


def _dateline_date(body: str) -> dt.date | None:
    head = body.strip()[:60]
    if m := re.match(r"^[A-Za-z ]+,?\s*\(?(\d{1,2})/(\d{1,2})/(\d{4})\)?", head):
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    if m := re.match(r"^[A-Za-z ]+,?\s*\(?(\d{1,2}) ([A-Za-z]+) (\d{4})\)?", head):
        return dt.date(int(m[3]), MONTHS_ID[m[2].lower()], int(m[1]))
    return None


@pytest.mark.parametrize("form", sorted(DATELINE_FORMS))
def test_dateline_forms_are_all_used(articles, form):
    flags = re.MULTILINE if form.startswith("no dateline") or form.startswith("event") else 0
    hits = [a["id"] for a in articles if re.search(DATELINE_FORMS[form], a["body"].strip(), flags)]
    assert hits, f"no article uses the dateline form {form!r}"


def test_dateline_dates_match_publication_date_unless_overridden(articles):
    wrong = []
    for a in articles:
        written = _dateline_date(a["body"].replace("\n", " "))
        corrected = "date" in (a.get("overrides") or {})
        if written is not None and written != a["date"] and not corrected:
            wrong.append((a["id"], written))
    assert wrong == []
    overridden = [a for a in articles if (a.get("overrides") or {}).get("date")]
    assert overridden, "one item has a wrong dateline corrected by overrides.date"
    assert all(_dateline_date(a["body"]) != a["date"] == a["overrides"]["date"] for a in overridden)


@pytest.mark.parametrize("form", sorted(QUOTE_FORMS))
def test_attribution_and_naming_forms_are_all_used(articles, form):
    hits = [a["id"] for a in articles if re.search(QUOTE_FORMS[form], a["body"], re.MULTILINE)]
    assert hits, f"no article uses the form {form!r}"


def test_every_speech_verb_is_used(articles):
    text = _all_bodies(articles)
    unused = [v for v in SPEECH_VERBS if not re.search(rf"[\"”] {v}(?:nya)?\b", text)]
    assert unused == []


def test_mixed_straight_and_curly_marks_within_one_article(articles):
    mixed = [a["id"] for a in articles if '"' in a["body"] and ("“" in a["body"] or "”" in a["body"])]
    assert mixed


def test_forms_table_in_docs_names_real_articles(articles):
    doc = (DEMO.parent.parent / "docs" / "demo.md").read_text(encoding="utf-8")
    named = set(re.findall(r"^\| `(\d{4}-\d{2}-\d{2}-[a-z0-9-]+)` \|", doc, re.MULTILINE))
    ids = {a["id"] for a in articles}
    assert named == ids, (sorted(named - ids), sorted(ids - named))


# --- metrics -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def metric_rows() -> list[dict]:
    rows = []
    for path in sorted((ROOT / "metrics").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            assert reader.fieldnames == METRIC_COLUMNS, path.name
            rows += [{**r, "_file": path.stem} for r in reader]
    return rows


def test_metrics_files_and_columns(metric_rows, config):
    files = {p.stem for p in (ROOT / "metrics").glob("*.csv")}
    assert files == {"instagram", "facebook", "youtube"}
    channels = {c["id"] for c in config["channels"]}
    for r in metric_rows:
        assert r["channel"] == r["_file"] and r["channel"] in channels
        dt.date.fromisoformat(r["date"])
        for col in METRIC_COLUMNS[4:]:
            assert r[col] == "" or r[col].isdigit(), (r, col)


def test_metrics_link_to_social_articles_and_a_few_do_not(metric_rows, articles):
    by_id = {a["id"]: a for a in articles}
    by_url = {a["url"]: a for a in articles if a.get("url")}
    item_rows = [r for r in metric_rows if r["url"] or r["article_id"]]
    matched = [r for r in item_rows if r["article_id"] in by_id or r["url"] in by_url]
    unmatched = [r for r in item_rows if r not in matched]
    assert 2 <= len(unmatched) <= 3
    assert any(r["article_id"] and not r["url"] for r in matched), "rows linked by article_id alone"
    assert any(r["url"] and not r["article_id"] for r in matched), "rows linked by url alone"
    social = {a["id"] for a in articles if a["channel"] != "website"}
    linked = {(by_id.get(r["article_id"]) or by_url[r["url"]])["id"] for r in matched}
    assert linked == social, "every social item has engagement figures, and only those"
    for r in matched:
        a = by_id.get(r["article_id"]) or by_url[r["url"]]
        assert a["channel"] == r["channel"] and dt.date.fromisoformat(r["date"]) >= a["date"]


def test_metrics_have_monthly_follower_rows(metric_rows):
    followers = [r for r in metric_rows if not r["url"] and not r["article_id"]]
    for channel in ("instagram", "facebook", "youtube"):
        rows = sorted((r["date"], int(r["followers"])) for r in followers if r["channel"] == channel)
        assert {d[:7] for d, _ in rows} == {f"{y}-{m:02d}" for y, m in _months()}, channel
        assert rows[-1][1] > rows[0][1], f"{channel} followers grow over the two years"


# --- the project's own loader ------------------------------------------------------------------


def test_the_store_checks_the_demo_without_errors(store, articles):
    problems = store.check()
    assert [str(p) for p in problems if p.severity == "error"] == []
    warnings = [str(p) for p in problems if p.severity != "error"]
    assert all("2024-06-05-unggahan-yang-dihapus" in w for w in warnings), warnings  # the planted unmatched row
    assert len(articles) == len(list((ROOT / "articles").glob("*/*.md")))
    assert all(a["fictional"] for a in articles)
    assert len(store.people()) >= 12 and len(store.programs()) >= 8
    assert store.config.organization.name == "Balai Rehabilitasi Sosial Kenanga Bekasi"


def test_the_store_resolves_the_changing_role_by_date(store):
    holders = {}
    for day in ("2024-03-05", "2024-08-17", "2025-08-17"):
        when = dt.date.fromisoformat(day)
        holders[day] = sorted(p.name for p in store.people()
                              if (r := p.role_on(when)) and "Kepala Balai" in r.aliases)
    assert holders == {"2024-03-05": ["Ratna Kusumawardhani"], "2024-08-17": ["Dedi Kurniadi"],
                       "2025-08-17": ["Hendra Wirasaputra"]}


def test_the_store_reads_the_metrics(store):
    problems: list = []
    rows = store.metrics(problems)
    assert problems == []
    assert len(rows) == sum(len(p.read_text(encoding="utf-8").splitlines()) - 1
                            for p in (ROOT / "metrics").glob("*.csv"))
