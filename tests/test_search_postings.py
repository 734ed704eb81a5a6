"""Term docnums read block by block and kept per searcher: the same docnums as whoosh's public walk."""
from __future__ import annotations

import pytest

from melati_archive.search import engine, postings


@pytest.fixture(scope="module")
def arc(tmp_path_factory):
    from melati_archive.api import Archive

    home = tmp_path_factory.mktemp("postings") / "home"
    folder = home / "archive" / "articles" / "2024"
    folder.mkdir(parents=True)

    def write(n):
        words = " ".join(f"kata{k}" for k in range(n % 17, n % 17 + 4))
        many = " relawan" if n % 2 else ""  # long enough to span several posting blocks
        (folder / f"2024-03-{1 + n % 28:02d}-catatan-{n}.md").write_text(
            f"---\ntitle: Catatan {n}\ndate: 2024-03-{1 + n % 28:02d}\n---\nSorong - Relawan mencatat {words}.{many}\n",
            encoding="utf-8")

    for n in range(400):
        write(n)
    arc = Archive.open(home)
    arc.reindex(full=True)
    for n in range(400, 460):  # a second segment
        write(n)
    for n in (3, 150, 151, 399):  # deletions in the first
        next(folder.glob(f"*-catatan-{n}.md")).unlink()
    arc.reindex()
    return arc


def _public(s, field, text):
    reader = s.reader()
    return set(reader.postings(field, text).all_ids()) if (field, text) in reader else set()


def test_term_docs_equal_the_public_walk(arc):
    with engine._searcher(engine._index_of(arc)) as s:
        reader = s.reader()
        assert reader.has_deletions() and len(reader.leaf_readers()) == 2
        terms = [t for t in reader.lexicon("body_exact")] + [b"tidakada"]
        assert len(terms) > 20
        for text in terms:
            assert postings.term_docs(s, "body_exact", text) == _public(s, "body_exact", text), text
        big = postings.term_docs(s, "body_exact", "relawan")
        assert len(big) > 300  # several blocks, both segments, without the deleted documents


def test_other_matchers_take_the_public_walk(arc, monkeypatch):
    monkeypatch.setattr(postings, "_kept", lambda searcher, leaf, m: None)
    monkeypatch.setattr(postings, "_blocks", lambda m: None)
    with engine._searcher(engine._index_of(arc)) as s:
        s._melati_term_ids = None
        assert postings.term_docs(s, "body_exact", "relawan") == _public(s, "body_exact", "relawan")


def test_without_the_rankings_kept_postings_blocks_are_read_here(arc, monkeypatch):
    monkeypatch.setattr(postings, "_kept", lambda searcher, leaf, m: None)
    with engine._searcher(engine._index_of(arc)) as s:
        s._melati_term_ids = None
        for text in ["relawan", "kata3", "sorong"]:
            assert postings.term_docs(s, "body_exact", text) == _public(s, "body_exact", text)


def test_the_cache_stays_bounded_and_answers_alike(arc, monkeypatch):
    monkeypatch.setattr(postings, "MAX_CACHED_IDS", 500)
    with engine._searcher(engine._index_of(arc)) as s:
        s._melati_term_ids, s._melati_term_ids_total = None, 0
        for _ in range(2):
            for text in ["relawan", "sorong", "kata1", "kata5", "catatan"]:
                assert postings.term_docs(s, "body_exact", text) == _public(s, "body_exact", text)
                assert s._melati_term_ids_total <= 500 or len(s._melati_term_ids) == 1
        changed = postings.term_docs(s, "body_exact", "kata5")
        changed.add(-1)  # a caller may change its set: the kept docnums stay as read
        assert -1 not in postings.term_docs(s, "body_exact", "kata5")


def test_search_totals_unchanged(arc):
    res = arc.search("relawan kata5")
    with engine._searcher(engine._index_of(arc)) as s:
        both = _public(s, "body_exact", "relawan") | _public(s, "body_exact", "kata5")
        assert res.total == len(both)
