"""Role phrases (nlp/roles.py): role keys compare abbreviated and written-out roles."""
from melati_archive.nlp.roles import _role_key, _role_matches, _strip_role


def test_abbreviated_role_and_unit_expand_to_the_written_out_key():
    assert _role_key("Kadinsos") == "kepala dinas sosial"
    assert _role_key("Plt. Dirjen Rehsos") == "direktur jenderal rehabilitasi sosial"


def test_a_role_head_fits_a_longer_role_but_not_another_office():
    assert _role_matches("kepala balai", "kepala balai mawar jakarta")
    assert not _role_matches("kepala balai", "kepala bidang sosial")


def test_the_clause_after_a_role_is_not_part_of_it():
    assert _strip_role("Kepala Seksi Pelayanan yang hadir di lokasi") == "Kepala Seksi Pelayanan"


def test_walikota_written_as_one_word_is_the_same_office_as_wali_kota():
    from melati_archive import extract
    text = ("Walikota Kupang, Yohanes Lopo, meninjau banjir.\n"
            "\"Pompa air kami kerahkan malam ini,\" kata Wali Kota.")
    assert [(q.speaker, q.evidence) for q in extract(text).quotes] == [("Yohanes Lopo", "cue-role")]
