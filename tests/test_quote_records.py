"""A quote's stored form (quoterecords): the article's record holds its quotes, a quote document
its article and number; every quote hit built from that equals the hit the quote's own record
gave (the extractor's quote, the role held that day, the article's title, date, channel, URL and
programs), a quote in several pieces keeps its text, and a quote document stores nothing more."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from melati_archive import quoterecords
from melati_archive.api import Archive
from melati_archive.index import _load_context, article_documents
from melati_archive.search import engine

PANTI = """---
title: Kunjungan ke Panti Werdha Seruni
date: 2022-03-14
channel: Website
url: https://contoh.invalid/berita/panti-seruni
programs: [atensi]
fictional: true
---
KUPANG (14 Maret 2022) - Kepala Balai Seruni Dewi Kartikasari mengunjungi panti werdha di pinggir kota.

"Kami ingin memastikan setiap penghuni mendapat makanan bergizi," kata Dewi Kartikasari.

Pengurus panti, Yohanes Lado, menyampaikan terima kasih. "Bantuan ini sangat berarti
bagi   kami semua,"   ujar Yohanes.

"Kegiatan ini," kata Dewi, "akan kami ulangi setiap tiga bulan."

"Tanpa nama pun kutipan tetap dicatat dengan lengkap," demikian bunyi spanduk di halaman panti.
"""

SUMUR = """---
title: Sumur Bor untuk Desa Oelnasi
date: 2022-07-02
fictional: true
---
OELNASI (2 Juli 2022) - Warga Desa Oelnasi kini menikmati air bersih dari sumur bor baru.

"Dulu kami berjalan dua jam untuk mengambil air," ujar Maria Seran, warga setempat.

"Sumur ini dirawat bersama oleh kelompok warga," kata Kepala Desa Oelnasi Frans Tefa.
"""


@pytest.fixture(scope="module")
def arc(tmp_path_factory):
    home = tmp_path_factory.mktemp("quoterecords") / "home"
    folder = home / "archive" / "articles" / "2022"
    folder.mkdir(parents=True)
    (folder / "2022-03-14-panti-seruni.md").write_text(PANTI, encoding="utf-8")
    (folder / "2022-07-02-sumur-oelnasi.md").write_text(SUMUR, encoding="utf-8")
    (home / "archive" / "programs.yaml").write_text(
        "- id: atensi\n  name: Asistensi Rehabilitasi Sosial\n", encoding="utf-8")
    arc = Archive.open(home)
    arc.reindex(full=True)
    return arc


def _old_records(arc) -> list[dict]:
    """The quote hits' fields as the quote's own record stored them before (SCHEMA_VERSION 11):
    from the documents the reindex writes, the extractor's quote and the article's fields."""
    ctx = _load_context(arc.store)
    out = []
    for path in sorted((arc.root / "articles").rglob("*.md")):
        article = arc.store.load_article(path)
        docs, _info = article_documents(article, ctx)
        art = docs[0]
        for doc in docs[1:]:
            q = art["data"]["quotes"][doc["data"]]
            out.append(dict(text=doc["text"], speaker=doc["speakers"] or None, role=q.get("role"),
                            cue=q.get("cue"), article_id=article.id, title=article.title,
                            date=doc["date"].date(), channel=article.channel, url=article.url,
                            programs=list(art["data"]["programs"]), start=q["start"], end=q["end"]))
    return out


def test_every_quote_hit_equals_the_record_it_had(arc):
    hits = arc.quotes("", limit=None).hits
    got = sorted((dict(text=h.text, speaker=h.speaker, role=h.role, cue=h.cue, article_id=h.article_id,
                       title=h.title, date=h.date, channel=h.channel, url=h.url, programs=h.programs,
                       start=h.start, end=h.end) for h in hits), key=lambda d: (d["article_id"], d["start"]))
    want = sorted(_old_records(arc), key=lambda d: (d["article_id"], d["start"]))
    assert len(got) >= 5 and got == want
    seruni = [h for h in hits if h.article_id == "2022-03-14-panti-seruni"]
    assert {h.title for h in seruni} == {"Kunjungan ke Panti Werdha Seruni"}
    assert {h.date for h in seruni} == {dt.date(2022, 3, 14)}
    assert {h.url for h in seruni} == {"https://contoh.invalid/berita/panti-seruni"}
    assert all(h.programs == ["atensi"] and h.channel == "Website" for h in seruni)
    assert any(h.speaker == "Dewi Kartikasari" for h in seruni)
    # white space inside a quote is one space in its text, as the extractor gives it
    assert any(h.text == "Bantuan ini sangat berarti bagi kami semua" for h in seruni)


def test_searched_quotes_read_the_same_fields(arc):
    res = arc.quotes("air", limit=5)
    assert [h.text for h in res.hits] == ["Dulu kami berjalan dua jam untuk mengambil air"]
    hit = res.hits[0]
    assert (hit.speaker, hit.title, hit.date) == ("Maria Seran", "Sumur Bor untuk Desa Oelnasi", dt.date(2022, 7, 2))
    assert "Sumur Bor untuk Desa Oelnasi" in hit.citation


def test_a_quote_document_stores_its_article_and_number_only(arc):
    with engine._searcher(engine._index_of(arc)) as s:
        docs = list(s.all_stored_fields())
    quotes = [d for d in docs if d["kind"] == "quote"]
    assert quotes and all(set(d) == {"kind", "article_id", "data"} and isinstance(d["data"], int) for d in quotes)
    articles = {d["article_id"]: d for d in docs if d["kind"] == "article"}
    for d in quotes:
        assert d["data"] < len(articles[d["article_id"]]["data"]["quotes"])
    # an article's speakers (its hit's) come from its quotes, each once, in order
    res = arc.search("panti werdha", limit=1)
    assert res.hits[0].speakers[:2] == ["Dewi Kartikasari", "Yohanes Lado"]


def _quote(text, start, end, speaker="Budi Santoso", cue="kata"):
    return SimpleNamespace(text=text, start=start, end=end, speaker=speaker, cue=cue)


def test_pack_keeps_the_text_only_where_the_span_does_not_give_it():
    body = 'Ia datang. "Kami siap   membantu,"\nkata Budi. \u201cKegiatan ini,\u201d kata Budi, \u201cdiulang.\u201d'
    one = body.index('"Kami')
    one_end = body.index('\nkata')
    two = body.index("\u201cKegiatan")
    whole = [(_quote("Kami siap membantu", one, one_end), "Kepala Desa"),
             (_quote("Kegiatan ini diulang.", two, len(body), speaker=None), None)]
    packed = quoterecords.pack(whole, body)
    assert "text" not in packed[0] and packed[0]["role"] == "Kepala Desa"
    assert packed[1]["text"] == "Kegiatan ini diulang." and "speaker" not in packed[1] and "role" not in packed[1]
    record = {"article_id": "a", "title": "T", "body": body, "data": {"quotes": packed, "date": None}}
    assert quoterecords.hit_fields(record, 0)["text"] == "Kami siap membantu"
    assert quoterecords.hit_fields(record, 1)["text"] == "Kegiatan ini diulang."
    assert quoterecords.hit_fields(record, 1)["speaker"] is None
    assert quoterecords.speakers(packed) == ["Budi Santoso"]


@pytest.mark.parametrize("span, text", [
    ('"Air bersih,"', "Air bersih"),
    ("\u201cAir\n  bersih.\u201d", "Air bersih."),
    ("\u201cAir bersih\u2033", "Air bersih"),
    ("\u2018Air bersih\u2019", "Air bersih"),
])
def test_span_text_drops_the_marks_and_the_trailing_comma(span, text):
    body = "X " + span + " kata Y."
    assert quoterecords.span_text(body, 2, 2 + len(span)) == text


def test_a_quote_without_its_article_is_a_clear_error(arc):
    with engine._searcher(engine._index_of(arc)) as s:
        records = quoterecords.ArticleRecords(s)
        assert records["2022-07-02-sumur-oelnasi"]["title"] == "Sumur Bor untuk Desa Oelnasi"
        with pytest.raises(KeyError, match="reindex --full"):
            records["2099-01-01-tidak-ada"]
