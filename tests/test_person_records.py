"""A person's stored record leaves out its roles' empty fields (aggregates.stored_person) and the
directory reads back the person it was given, fields and order alike (aggregates.person_of)."""
from __future__ import annotations

from melati_archive.aggregates import person_of, stored_person
from melati_archive.search import engine

CURATED = {
    "id": "sari-wulandari", "name": "Sari Wulandari", "aliases": ["Sari"], "internal": True, "curated": True,
    "variants": ["sari", "sari wulandari"], "articles": 3, "quotes": 4, "first": "2021-02-01", "last": "2022-05-09",
    "roles": [
        {"title": "Kepala Seksi Layanan", "organization": "Balai Kenanga", "start": "2020-01-01", "end": None,
         "aliases": ["Kasi Layanan"], "first": "2021-02-01", "last": "2022-05-09"},
        {"title": "Pekerja Sosial", "organization": None, "start": None, "end": None, "aliases": [],
         "first": "2021-03-03", "last": "2021-03-03"},
    ],
}


def test_the_record_drops_empty_role_fields_and_reads_back_the_same_person():
    record = stored_person(CURATED)
    assert record["roles"][1] == {"title": "Pekerja Sosial", "first": "2021-03-03", "last": "2021-03-03"}
    assert record["roles"][0]["organization"] == "Balai Kenanga" and "end" not in record["roles"][0]
    back = person_of(record)
    assert back == CURATED
    assert list(back) == list(CURATED)
    assert [list(r) for r in back["roles"]] == [list(r) for r in CURATED["roles"]]
    assert back["roles"][1]["aliases"] is not record["roles"][0].get("aliases")  # a fresh list each time


def test_the_directory_gives_curated_roles_whole(search_arc):
    hits = {h.name: h for h in search_arc.people("")}
    ratna = hits["Ratna Kusumawati"]
    role = next(r for r in ratna.roles if r["title"] == "Kepala Balai Cempaka Uji")
    assert role["organization"] == "Balai Cempaka Uji" and role["aliases"] == ["Kepala Balai"]
    assert role["end"] is None and str(role["start"]) == "2020-01-01"
    hendra = hits["Hendra Wibisono"]
    assert [r["title"] for r in hendra.roles][:2] == ["Camat Cibinong", "Bupati Bekasi"]
    assert all(set(r) >= {"title", "organization", "start", "end", "aliases", "first", "last"} for r in hendra.roles)
    with engine._searcher(engine._index_of(search_arc)) as s:
        stored = [d["data"] for d in s.documents(kind="person")]
    assert any(r.keys() < set(hendra.roles[0]) for p in stored for r in p["roles"])  # the stored ones are leaner
