"""Search finds a registered person (people.yaml) by full name or by a nickname the registry
lists, in articles that write only the other form; a short form made of the name's own words
is no synonym (it would find every namesake); edits to people.yaml count without a reindex."""
from __future__ import annotations

import time

import pytest

from conftest import hit_ids, indexed_archive

from melati_archive.api import Archive
from melati_archive.knowledge import person_groups

ARTICLES = {
    # fictional texts and people written for this test
    "2021-08-01-nama": ("Kunjungan Menteri", "Menteri Sosial Saifullah Santoso meninjau lumbung sosial di desa."),
    "2021-08-02-julukan": ("Dapur Umum", "Gus Salim membagikan makanan di dapur umum pengungsian."),
    "2021-08-03-lain": ("Warga Terdampak", "Salim Hasan, warga bantaran sungai, menerima paket sembako."),
    "2021-08-04-camat": ("Posko Kecamatan", "Camat Dewi Anggraini membuka posko di aula kecamatan."),
}
PEOPLE = """fictional: true
people:
  - id: saifullah-santoso
    name: Saifullah Santoso
    aliases: [Gus Salim, Saifullah]
    fictional: true
  - id: dewi-anggraini
    name: Dewi Anggraini
    aliases: [Dewi]
    fictional: true
"""


@pytest.fixture(scope="module")
def arc(tmp_path_factory) -> Archive:
    home = tmp_path_factory.mktemp("aliases")
    (home / "archive").mkdir()
    (home / "archive" / "people.yaml").write_text(PEOPLE, encoding="utf-8")
    return indexed_archive(home, ARTICLES, "BEKASI")


ids = hit_ids


def test_groups_keep_nicknames_not_short_forms_of_the_name():
    groups = person_groups([("Saifullah Santoso", ["Gus Salim", "Saifullah"]), ("Dewi Anggraini", ["Dewi"]),
                            ("Ani Lestari", ["Bu Camat"]), ("Budi Hartono", ["Bu Camat"])])
    assert groups == [["Saifullah Santoso", "Gus Salim"]]


def test_a_nickname_finds_the_full_name_and_back_the_form_typed_first(arc):
    hits = arc.search("gus salim").hits
    assert [h.id for h in hits][:2] == ["2021-08-02-julukan", "2021-08-01-nama"]
    assert not hits[1].missing  # the full name is a whole match, not a partial one
    assert all(h.missing == ["gus"] for h in hits[2:])  # another Salim: a partial hit below them
    assert ids(arc.search("saifullah santoso")) == ["2021-08-01-nama", "2021-08-02-julukan"]


def test_a_namesake_of_a_short_form_is_not_found(arc):
    assert "2021-08-03-lain" not in ids(arc.search("saifullah santoso"))
    assert ids(arc.search("dewi anggraini")) == ["2021-08-04-camat"]


def test_an_alias_added_to_people_yaml_counts_without_a_reindex(arc):
    path = arc.root / "people.yaml"
    before = path.read_text(encoding="utf-8")
    try:
        time.sleep(0.01)
        path.write_text(before.replace("aliases: [Dewi]", "aliases: [Dewi, Bu Camat Dewi]"), encoding="utf-8")
        assert ids(arc.search("dewi anggraini")) == ["2021-08-04-camat"]
        assert ids(arc.search('"bu camat dewi"')) == ["2021-08-04-camat"]
    finally:
        path.write_text(before, encoding="utf-8")
