"""The people directory the reindex builds (aggregates.group_people over each article's people) and
resolving a typed name against it (directory.py)."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from melati_archive.aggregates import group_people
from melati_archive.directory import (
    canonical_names,
    is_initials,
    normalize_name,
    person_from_record,
    resolve_speaker,
    spelling_variants,
)
from melati_archive.model import Person, Role

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
    """An article's people as the reindex records them (articledocs: initials-only mentions left out)."""
    return {"id": aid, "date": day.isoformat(), "quoted": quoted or {},
            "mentions": [m for m in mentions if m is not None]}


def M(name, role=None, aliases=(), initials=False):
    return None if initials else {"name": name, "role": role, "aliases": list(aliases)}


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
def records():
    return group_people(PEOPLE, ARTICLES)


@pytest.fixture
def directory(records):
    return [person_from_record(r) for r in records]


def by_name(records, name):
    return next(p for p in records if p["name"] == name)


def roles_of(person) -> list[tuple[str, str | None, str | None]]:
    return [(r["title"], r["first"], r["last"]) for r in person["roles"]]


def test_curated_people_win_and_absorb_variants(records):
    syam = by_name(records, "Syam Wuryani")
    assert syam["curated"] and syam["id"] == "syam-wuryani"
    assert syam["articles"] == 2
    assert "syam wuriani" in syam["variants"]
    assert syam["quotes"] == 3
    assert not any(p["name"] == "Syam Wuriani" for p in records)


def test_roles_over_time_use_people_yaml_on_the_article_date(records):
    roles = {title: (first, last) for title, first, last in roles_of(by_name(records, "Syam Wuryani"))}
    assert roles["Kepala Bagian OHH Ditjen Rehabilitasi Sosial"] == ("2020-11-13", "2020-11-13")
    # a2 (August 2021) introduces no role: the role held that day comes from people.yaml
    assert roles["Kepala Biro Humas"] == ("2021-08-02", "2021-08-02")


def test_honorifics_and_degrees_do_not_split_a_person(records):
    puti = by_name(records, "Puti Chairida Anwar")
    assert puti["articles"] == 2 and puti["internal"]  # a1 and a6; internal: people.yaml says so
    assert len([p for p in records if "puti" in p["name"].lower()]) == 1


def test_extracted_people_grouped_with_role_spelling_kept(records):
    rina = by_name(records, "Rinawati Susanto")
    assert rina["articles"] == 3  # a2, a3, a4
    assert "rinawaty susanto" in rina["variants"]
    assert rina["aliases"] == ["Rina"]
    assert not rina["internal"]  # only people.yaml makes someone the organisation's own
    assert [(t, f, l) for t, f, l in roles_of(rina)] == [
        ("Pekerja Sosial Balai Melati", "2021-08-02", "2021-08-02"),
        ("Koordinator Pekerja Sosial Balai Melati", "2021-09-01", "2021-09-01")]


def test_the_spelling_introduced_with_a_role_names_the_group():
    # twice without a role as "Syamsul Bachri", once with one as "Syamsul Bahri": the role's spelling
    infos = [art("c1", D(2022, 1, 1), M("Syamsul Bachri")), art("c2", D(2022, 1, 2), M("Syamsul Bachri")),
             art("c3", D(2022, 1, 3), M("Syamsul Bahri", "Camat Sukamaju"))]
    assert [p["name"] for p in group_people([], infos)] == ["Syamsul Bahri"]


def test_an_alias_is_listed_once_whatever_its_case():
    # a speaker called "Bupati" by one cue and "bupati" by another has that alias once
    infos = [art("b1", D(2022, 1, 3), M("Faridah Lubis", "Bupati Sukamaju", ["Bupati", "Faridah"])),
             art("b2", D(2022, 2, 3), M("Faridah Lubis", "Bupati Sukamaju", ["bupati", "FARIDAH", "Faridah Lubis"]))]
    assert by_name(group_people([], infos), "Faridah Lubis")["aliases"] == ["Bupati", "Faridah"]


def test_different_names_are_not_grouped(records):
    names = {p["name"] for p in records}
    assert {"Eko Saputra", "Eko Saputro", "Purwanto"} <= names


def test_initials_only_people_are_never_listed_even_when_quoted(records):
    assert not any(is_initials(p["name"]) for p in records)  # a5 quotes "AD"


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
