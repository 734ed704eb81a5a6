"""Ranking on arrays: the same top N, bit for bit, and the same match set as whoosh's full walk."""
from __future__ import annotations

import pytest

from melati_archive.search import compile as qc
from melati_archive.search import engine, vector
from melati_archive.search.resolver import _Resolver

TOWNS = ["Sumba", "Alor", "Rote", "Sabu", "Flores", "Lembata", "Adonara"]
LINES = [
    "Balai melatih relawan menanam bakau di pesisir.",
    "Pelatihan kerja bagi penyandang disabilitas berlangsung tiga hari.",
    "Para pelatih menyiapkan alat bantu dengar untuk lansia.",
    "Warga dilatih mengolah rumput laut menjadi makanan.",
    "Bantuan sosial tahap kedua diterima orang tua murid.",
    "Relawan mendata pengungsi banjir di posko.",
    "Kerja sama dengan puskesmas memperkuat layanan posyandu.",
]


def _body(n: int) -> str:
    picked = [LINES[(n * k) % len(LINES)] for k in (1, 2, 3) if (n + k) % 3]
    repeat = " Pelatihan dan pelatihan lagi." * (n % 4)  # term frequencies differ
    return f"{TOWNS[n % len(TOWNS)]} - " + " ".join(picked) + repeat + " \"Kami bangga,\" ujar Dorkas Lede."


@pytest.fixture(scope="module")
def arc(tmp_path_factory):
    from melati_archive.api import Archive

    home = tmp_path_factory.mktemp("vector") / "home"
    folder = home / "archive" / "articles" / "2022"
    folder.mkdir(parents=True)

    def write(n):
        title = "Pelatihan relawan" if n % 5 == 0 else f"Kabar pesisir {n}"
        (folder / f"2022-{1 + n % 12:02d}-{1 + n % 28:02d}-kabar-{n}.md").write_text(
            f"---\ntitle: {title}\ndate: 2022-{1 + n % 12:02d}-{1 + n % 28:02d}\n---\n{_body(n)}\n", encoding="utf-8")

    for n in range(120):
        write(n)
    arc = Archive.open(home)
    arc.reindex(full=True)
    for n in range(120, 150):  # a second segment
        write(n)
    for n in (4, 40, 77):  # deleted documents in the first
        next(folder.glob(f"*-kabar-{n}.md")).unlink()
    arc.reindex()
    return arc


QUERIES = ["pelatihan", "latih", "relawan", "pelatihan disabilitas", "bantuan sosial lansia", "relawan pengungsi banjir",
           '"alat bantu"', "judul:pelatihan relawan", "kerja sama", "posyandu -relawan", "dan pelatihan",
           "pelatihan OR bakau", "+relawan pesisir", '"orang tua murid"', '"pelatihan dan pelatihan"',
           '"alat bantu dengar" lansia', 'judul:"pelatihan relawan"', '"bantuan sosial" -banjir', '"pesisir pelatihan"~3']


def _full_walk(s, q, limit, allowed=None):
    """whoosh's own ranking with every match scored (UnlimitedCollector: no pruning by the
    heap's minimum, which can drop a document scoring as high as the page: see docs/search.md),
    in TopCollector's order: score descending, docnum ascending."""
    hits = s.search(q, limit=None, filter=allowed)
    return sorted(((h.score, h.docnum) for h in hits), key=lambda x: (-x[0], x[1]))[:limit]


def _compiled(s, arc, text):
    env = qc._Env(("title", "body"), engine._knowledge(engine._index_of(arc), arc), s, _Resolver(s))
    return qc._compile_query(text, env)


@pytest.mark.parametrize("text", QUERIES)
def test_top_n_equals_whooshs_full_walk(arc, text):
    with engine._searcher(engine._index_of(arc)) as s:
        assert len(list(s.leaf_searchers())) == 2 and s.reader().has_deletions()
        q = _compiled(s, arc, text)
        top, matched = vector.top_n(s, q, 7, None)
        assert _full_walk(s, q, 7) == top  # the same floats, not just close ones
        assert matched == set(s.docs_for_query(q)) and matched


@pytest.fixture(scope="module")
def forms_arc(tmp_path_factory):
    """Few documents, so each form of "latih" stays under the family's document-share cap."""
    from melati_archive.api import Archive

    home = tmp_path_factory.mktemp("forms") / "home"
    folder = home / "archive" / "articles" / "2023"
    folder.mkdir(parents=True)
    bodies = ["Balai melatih warga pesisir, lalu relawan dilatih menjahit.",
              "Pelatihan menjahit bagi warga pesisir digelar dua hari.",
              "Relawan dilatih mendata pengungsi, pelatihan berlanjut pekan depan."]
    bodies += [f"Banjir rob merendam {n} rumah warga pesisir." for n in range(3, 16)]
    for n, body in enumerate(bodies):
        (folder / f"2023-02-{1 + n:02d}-kabar-{n}.md").write_text(
            f"---\ntitle: Kabar {n}\ndate: 2023-02-{1 + n:02d}\n---\n{body}\n", encoding="utf-8")
    arc = Archive.open(home)
    arc.reindex(full=True)
    return arc


@pytest.mark.parametrize("text", ["pelatihan", "pelatihan warga", "melatih"])
def test_a_live_tiebreak_ranks_alike_on_arrays(forms_arc, text, monkeypatch):
    from melati_archive import wordforms  # AffixFamily reads it there (relevance has no copy to patch)

    monkeypatch.setattr(wordforms, "FAMILY_TIEBREAK", 0.3)
    with engine._searcher(engine._index_of(forms_arc)) as s:
        q = _compiled(s, forms_arc, text)
        top, _ = vector.top_n(s, q, 20, None)
        assert _full_walk(s, q, 20) == top
        monkeypatch.setattr(wordforms, "FAMILY_TIEBREAK", 0.0)
        assert vector.top_n(s, _compiled(s, forms_arc, text), 20, None)[0] != top  # the tiebreak changed scores


def test_filtered_top_n(arc):
    with engine._searcher(engine._index_of(arc)) as s:
        q = _compiled(s, arc, "pelatihan")
        allowed = set(range(0, s.doc_count_all(), 3))
        top, matched = vector.top_n(s, q, 5, allowed)
        assert _full_walk(s, q, 5, allowed) == top
        assert matched == set(s.docs_for_query(q)) & allowed


def test_other_weightings_are_walked_by_whoosh(arc):
    from whoosh import scoring

    ix = engine._index_of(arc)
    with ix.searcher(weighting=scoring.TF_IDF()) as s:
        q = _compiled(s, arc, "relawan pengungsi")
        top, _ = vector.top_n(s, q, 6, None)
        assert _full_walk(s, q, 6) == top


def test_length_column_equals_per_document_lengths(arc):
    import numpy as np

    with engine._searcher(engine._index_of(arc)) as s:
        for leaf, _ in s.leaf_searchers():
            reader = leaf.reader()
            for field in ("title_exact", "body_exact"):
                fast = vector.lengths(np, s, leaf, field)
                slow = [reader.doc_field_length(d, field, 1) for d in range(reader.doc_count_all())]
                assert [None if np.isnan(x) else int(x) for x in fast] == [None if v is None else v for v in slow]


@pytest.mark.parametrize("text", ["pelatihan", "pelatihan disabilitas", '"orang tua"', "relawan -banjir"])
def test_search_answers_alike_with_and_without_arrays(arc, text, monkeypatch):
    def answer():
        r = arc.search(text, limit=8)
        return r.total, [(h.id, h.score, h.snippet, h.missing) for h in r.hits], r.facets

    fast = answer()
    monkeypatch.setattr(engine, "VECTOR", False)  # whoosh's walk, without its block skipping
    assert answer() == fast


@pytest.mark.parametrize("text", ["program:pkh", "tag:bakau relawan", "kanal:instagram pelatihan"])
def test_keyword_fields_rank_alike(tmp_path, text):
    from melati_archive.api import Archive

    home = tmp_path / "home"
    folder = home / "archive" / "articles" / "2022"
    folder.mkdir(parents=True)
    (home / "archive" / "melati.yaml").write_text(
        "organization:\n  name: Balai Uji\n  short: Balai Uji\nlanguage: id\nchannels:\n"
        "  - id: instagram\n    name: Instagram\n  - id: web\n    name: Situs\n", encoding="utf-8")
    (home / "archive" / "programs.yaml").write_text(
        "- id: pkh\n  name: Program Keluarga Harapan\n  acronym: PKH\n  keywords: [keluarga harapan]\n", encoding="utf-8")
    for n in range(40):
        extra = " Penerima Program Keluarga Harapan (PKH) hadir." if n % 3 == 0 else ""
        tags = "tags: [bakau]\n" if n % 4 == 0 else ""
        channel = "instagram" if n % 2 else "web"
        (folder / f"2022-03-{1 + n % 28:02d}-pos-{n}.md").write_text(
            f"---\ntitle: Pos {n}\ndate: 2022-03-{1 + n % 28:02d}\nchannel: {channel}\n{tags}---\n"
            f"Kupang - Relawan memberi pelatihan ke-{n}.{extra} \"Kami siap,\" kata Yakobus Tse.\n", encoding="utf-8")
    arc = Archive.open(home)
    arc.reindex(full=True)
    with engine._searcher(engine._index_of(arc)) as s:
        q = _compiled(s, arc, text)
        top, matched = vector.top_n(s, q, 6, None)
        assert matched and _full_walk(s, q, 6) == top


def test_kept_postings_are_whole_after_an_intersection(arc):
    """An intersection moves its sides to the first document both hold when it is built: the
    postings kept for the next search must still be the whole list."""
    with engine._searcher(engine._index_of(arc)) as s:
        s.__dict__.pop("_melati_postings", None)
        s._melati_postings_total = 0
        for text in ["+bakau +relawan", "relawan"]:
            q = _compiled(s, arc, text)
            top, matched = vector.top_n(s, q, 5, None)
            assert matched == set(s.docs_for_query(q)) and _full_walk(s, q, 5) == top


def test_kept_position_lists_stay_bounded(arc, monkeypatch):
    monkeypatch.setattr(vector, "MAX_CACHED_VALUES", 60)
    with engine._searcher(engine._index_of(arc)) as s:
        s.__dict__.pop("_melati_values", None)
        s._melati_values_total = 0
        for _ in range(2):
            for text in ['"orang tua murid"', '"alat bantu"', '"bantuan sosial"']:
                q = _compiled(s, arc, text)
                top, matched = vector.top_n(s, q, 5, None)
                assert matched == set(s.docs_for_query(q)) and _full_walk(s, q, 5) == top
                assert s._melati_values_total <= 60 or len(s._melati_values) == 1
