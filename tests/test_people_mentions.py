"""Mentions (nlp/mentions.py): introductions in their written forms and later mentions."""
from melati_archive.nlp.mentions import find_people


def test_role_comma_name_and_a_later_short_form_are_one_person():
    text = ("Kepala Balai Flamboyan Kupang, Maria Goreti Nahak, membuka pelatihan itu. "
            "Maria berharap peserta segera bekerja.")
    cast = find_people(text)
    assert [p.name for p in cast.persons] == ["Maria Goreti Nahak"]
    assert "Maria" in cast.persons[0].aliases
    assert len(cast.mentions) == 2


def test_a_nickname_in_parentheses_becomes_an_alias():
    cast = find_people("Bupati Lembata, Thomas Ola Langoday (Pak Tom), meninjau pasar.")
    assert "Pak Tom" in cast.persons[0].aliases
