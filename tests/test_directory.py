"""Cross-article grouping of people and speaker resolution for the people directory."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from melati_archive.directory import (
    ArticlePeople,
    build_directory,
    canonical_names,
    is_initials,
    normalize_name,
    resolve_speaker,
    spelling_variants,
)
from melati_archive.model import Person, PersonMention, Role

D = dt.date

PEOPLE = [
    Person(
        id="puti-chairida-anwar", name="Puti Chairida Anwar", aliases=["Puti"], internal=True,
        roles=[Role(title="Kepala Balai Melati Jakarta", organization="Balai Melati", start=D(2019, 1, 1),
                    aliases=["Kepala Balai"])],
    ),
    Person(
        id="syam-wuryani", name="Syam Wuryani", aliases=["Yani"],
        roles=[Role(title="Kepala Bagian OHH Ditjen Rehabilitasi Sosial", start=D(2020, 1, 1), end=D(2021, 6, 30)),
               Role(title="Kepala Biro Humas", start=D(2021, 7, 1))],
    ),
]


def art(aid, day, *mentions, quoted=None):
    return ArticlePeople(article_id=aid, date=day, mentions=list(mentions), quoted=quoted or {})


def M(name, role=None, aliases=(), initials=False):
    return PersonMention(name=name, role=role, aliases=list(aliases), initials_only=initials)


ARTICLES = [
    art("a1", D(2020, 11, 13), M("Puti Chairida Anwar", "Kepala Balai Melati Jakarta", ["Puti"]),
        M("Syam Wuryani", "Kepala Bagian OHH Ditjen Rehabilitasi Sosial", ["Yani"]), M("Purwanto"),
        quoted={"Puti Chairida Anwar": 2, "Syam Wuryani": 2, "Purwanto": 1}),
    art("a2", D(2021, 8, 2), M("Syam Wuriani", None, ["Yani"]), M("Rinawati Susanto", "Pekerja Sosial Balai Melati", ["Rina"]),
        quoted={"Syam Wuriani": 1, "Rinawati Susanto": 2}),
    art("a3", D(2021, 9, 1), M("Rinawati Susanto", "Koordinator Pekerja Sosial Balai Melati")),
    art("a4", D(2021, 3, 3), M("Rinawaty Susanto")),  # misspelt, no role, one article
    art("a5", D(2021, 3, 4), M("AD", initials=True), M("K", initials=True), quoted={"AD": 1}),
    art("a6", D(2021, 3, 5), M("Hj. Puti Chairida Anwar, M.Si.")),
    art("a7", D(2020, 2, 1), M("Eko Saputro", "Pranata Komputer Pusdatin")),
    art("a8", D(2020, 2, 2), M("Eko Saputra", "Pranata Komputer Pusdatin")),
]


@pytest.fixture
def directory():
    return build_directory(PEOPLE, ARTICLES, organization_names=["Balai Melati"])


def by_name(directory, name):
    return next(p for p in directory if p.name == name)


def test_curated_people_win_and_absorb_variants(directory):
    syam = by_name(directory, "Syam Wuryani")
    assert syam.curated and syam.id == "syam-wuryani"
    assert syam.article_ids == ["a1", "a2"]
    assert "Syam Wuriani" in syam.variants
    assert syam.quotes == 3
    assert not any(p.name == "Syam Wuriani" for p in directory)


def test_roles_over_time_use_people_yaml_on_the_article_date(directory):
    roles = {r.title: r for r in by_name(directory, "Syam Wuryani").roles}
    ohh = roles["Kepala Bagian OHH Ditjen Rehabilitasi Sosial"]
    assert (ohh.first, ohh.last) == (D(2020, 11, 13), D(2020, 11, 13))
    # a2 (August 2021) introduces no role: the role held that day comes from people.yaml
    biro = roles["Kepala Biro Humas"]
    assert (biro.first, biro.last, biro.articles) == (D(2021, 8, 2), D(2021, 8, 2), 1)


def test_honorifics_and_degrees_do_not_split_a_person(directory):
    puti = by_name(directory, "Puti Chairida Anwar")
    assert puti.article_ids == ["a1", "a6"] and puti.internal
    assert len([p for p in directory if "puti" in p.name.lower()]) == 1


def test_extracted_people_grouped_with_role_spelling_kept(directory):
    rina = by_name(directory, "Rinawati Susanto")
    assert sorted(rina.article_ids) == ["a2", "a3", "a4"]
    assert rina.variants == ["Rinawaty Susanto"]
    assert rina.aliases == ["Rina"]
    assert rina.internal  # introduced as staff of the organisation
    titles = [(r.title, r.first, r.last) for r in rina.roles]
    assert titles == [("Pekerja Sosial Balai Melati", D(2021, 8, 2), D(2021, 8, 2)),
                      ("Koordinator Pekerja Sosial Balai Melati", D(2021, 9, 1), D(2021, 9, 1))]


def test_an_alias_is_listed_once_whatever_its_case():
    # a speaker called "Bupati" by one cue and "bupati" by another has that alias once
    articles = [art("b1", D(2022, 1, 3), M("Faridah Lubis", "Bupati Sukamaju", ["Bupati", "Faridah"])),
                art("b2", D(2022, 2, 3), M("Faridah Lubis", "Bupati Sukamaju", ["bupati", "FARIDAH"]))]
    person = by_name(build_directory([], articles), "Faridah Lubis")
    assert person.aliases == ["Bupati", "Faridah"]


def test_the_indexed_directory_lists_an_alias_once_whatever_its_case():
    # melati people reads the directory the reindex groups (aggregates.group_people)
    from melati_archive import aggregates

    def info(aid, day, aliases):
        return {"id": aid, "date": day, "quoted": {},
                "mentions": [{"name": "Faridah Lubis", "role": "Bupati Sukamaju", "aliases": aliases}]}

    people = aggregates.group_people([], [info("b1", "2022-01-03", ["Bupati", "Faridah"]),
                                          info("b2", "2022-02-03", ["bupati", "FARIDAH", "Faridah Lubis"])])
    assert next(p for p in people if p["name"] == "Faridah Lubis")["aliases"] == ["Bupati", "Faridah"]


def test_different_names_are_not_grouped(directory):
    names = {p.name for p in directory}
    assert {"Eko Saputra", "Eko Saputro", "Purwanto"} <= names


def test_initials_only_people_are_never_listed(directory):
    assert not any(is_initials(p.name) for p in directory)
    assert not any("a5" in p.article_ids for p in directory)


def test_role_spelling_wins_over_frequency():
    names = ["Syamsul Bahri", "Syamsul Bachri", "Syamsul Bachri"]
    mapping = canonical_names(names, [], roles={"Syamsul Bahri": 1})
    assert set(mapping.values()) == {"Syamsul Bahri"}


def test_canonical_names_for_the_index():
    mapping = canonical_names(["Syam Wuriani", "Puti Chairida Anwar", "AD", "Purwanto", "Purwanta"], PEOPLE)
    assert mapping["Syam Wuriani"] == "Syam Wuryani"
    assert mapping["Puti Chairida Anwar"] == "Puti Chairida Anwar"
    assert mapping["AD"] == "AD"  # initials map to themselves, never into a group
    assert mapping["Purwanto"] == "Purwanto" and mapping["Purwanta"] == "Purwanta"  # one word: too little to group


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("syam wuryani", "syam wuriani", True),  # y/i
        ("rinawati susanto", "rinawati susanti", False),  # a changed last letter in a short token
        ("puti chairida anwar", "puti chairida anwa", True),  # a dropped letter
        ("syam wuryani", "syam wuriyani", True),  # an extra letter
        ("dewi kartikasari", "dewi kartikasasari", True),  # an extra syllable
        ("djoko susilo", "joko susilo", True),  # old spelling
        ("eko saputra", "eko saputro", False),
        ("budi santoso", "budi susanto", False),
        ("puti chairida anwar", "puti chairida", False),
    ],
)
def test_spelling_variants(a, b, same):
    assert spelling_variants(a, b) is same


def test_normalize_name():
    assert normalize_name("Dr. Hj. Puti  Chairida Anwar, M.Si.") == "puti chairida anwar"
    assert normalize_name("Bapak Drs. Eko Saputra M.M.") == "eko saputra"
    assert normalize_name("Ibu K") == "k"


@pytest.mark.parametrize(
    "query, expected",
    [
        ("Syam Wuryani", "Syam Wuryani"),
        ("syam wuryani", "Syam Wuryani"),
        ("Yani", "Syam Wuryani"),  # alias
        ("Syam Wuriani", "Syam Wuryani"),  # misspelling (also a variant met in an article)
        ("Syam Wuriyani", "Syam Wuryani"),  # misspelling never met
        ("Puti Chairida", "Puti Chairida Anwar"),  # part of the name
        ("Puti", "Puti Chairida Anwar"),
        ("Bu Puti", "Puti Chairida Anwar"),
        ("Rina", "Rinawati Susanto"),
        ("Purwanto", "Purwanto"),
        ("Wuryani", "Syam Wuryani"),
    ],
)
def test_resolve_speaker(directory, query, expected):
    found = resolve_speaker(query, directory)
    assert found is not None and found.name == expected


@pytest.mark.parametrize("query", ["", "AD", "Nobody Here", "Eko"])
def test_resolve_speaker_unknown_or_ambiguous(directory, query):
    # "Eko" fits Eko Saputra and Eko Saputro equally: no guess
    assert resolve_speaker(query, directory) is None


@pytest.mark.slow
def test_demo_directory_lists_only_people(demo_home):
    """A centre (Balai Kenanga), a village (Sukamekar Indah) and a month (Ramadan) are no people."""
    from click.testing import CliRunner

    from melati_archive.cli import cli

    runner = CliRunner()
    assert runner.invoke(cli, ["--home", str(demo_home), "reindex"]).exit_code == 0
    result = runner.invoke(cli, ["--home", str(demo_home), "people", "--json"])
    people = {p["name"]: p for p in json.loads(result.output)["hits"]}
    assert "Kenanga" not in people and "Sukamekar Indah" not in people
    assert all("Ramadan" not in p["aliases"] for p in people.values())
    assert "Rizky Ramadhan" in people
