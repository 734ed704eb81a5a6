"""Cues whose office runs past its capitalized words ("untuk X", a second office after "yang juga"
or "sekaligus") and questions asked by an interviewer the text does not name as a person."""
from melati_archive import extract


def _pairs(text):
    return [(q.text[:12], q.speaker) for q in extract(text).quotes]


def test_office_for_a_country_then_the_name():
    text = "\"Kerja sama pendidikan kami perluas,\" ujar Duta Besar Norwegia untuk Indonesia, Kenji Tanaka."
    assert _pairs(text) == [("Kerja sama p", "Kenji Tanaka")]


def test_office_for_a_country_is_no_name_of_its_holder():
    text = "\"Kerja sama pendidikan kami perluas,\" ujar Duta Besar Norwegia untuk Indonesia."
    quotes = extract(text).quotes
    assert quotes[0].speaker is None
    assert all(p.name != "Norwegia" for p in extract(text).people)


def test_office_for_a_country_resolves_to_its_holder_introduced_before():
    text = ("Duta Besar Norwegia untuk Indonesia, Kenji Tanaka, mengunjungi sekolah vokasi di Bekasi. "
            "\"Kerja sama pendidikan kami perluas,\" ujar Duta Besar Norwegia untuk Indonesia.")
    assert _pairs(text) == [("Kerja sama p", "Kenji Tanaka")]


def test_second_office_after_yang_juga_then_the_name():
    text = ("\"Lapangan desa kami rapikan untuk turnamen,\" kata Ketua RT 07 Desa Cikole yang juga pelatih "
            "sepak bola remaja, Dadang Hermawan.")
    assert _pairs(text) == [("Lapangan des", "Dadang Hermawan")]


def test_second_office_after_sekaligus_then_the_name():
    text = ("\"Bibit padi sudah kami bagikan,\" ujar Kepala Desa Sindangsari sekaligus Ketua Gapoktan Sawargi, "
            "Entis Sutisna.")
    assert _pairs(text) == [("Bibit padi s", "Entis Sutisna")]


def test_question_asked_by_a_newspaper_is_not_the_interviewees():
    text = ("Kepala Dinas Pendidikan Kota Cimahi, Wawan Gunawan, ditemui di kantornya. \"Kapan seragam gratis "
            "dibagikan?\" tanya Radar Cimahi. \"Pekan depan,\" jawab Wawan.")
    assert _pairs(text) == [("Kapan seraga", None), ("Pekan depan", "Wawan Gunawan")]


def test_noun_of_a_unit_then_the_name():
    text = "\"Sejak subuh antreannya panjang,\" ujar pedagang Pasar Caringin, Enok Sumarni."
    assert _pairs(text) == [("Sejak subuh ", "Enok Sumarni")]


def test_neighbourhood_number_before_the_comma_and_name():
    text = "\"Got di gang kami mampet,\" kata warga RW 11, Jajang Nurjaman."
    assert _pairs(text) == [("Got di gang ", "Jajang Nurjaman")]


def test_speech_verb_then_dalam_adjunct_before_the_quote():
    text = "Ketua Koperasi Tani Makmur, Ade Sutisna, mengatakan dalam rapat anggota, \"Sisa hasil usaha naik.\""
    assert _pairs(text) == [("Sisa hasil u", "Ade Sutisna")]


def test_speech_verb_then_sambil_adjunct_before_the_quote():
    text = "Nenek Saodah, warga Cikoneng, berkata sambil menangis, \"Rumah saya tinggal puing.\""
    assert _pairs(text) == [("Rumah saya t", "Saodah")]
