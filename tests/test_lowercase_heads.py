"""Word offsets found from the text's lowercase words (lowerroles._lowercase_heads: lowercase role
words, with or without -nya; intros._cue_offsets: speech cues before a capital): the same offsets
as the whole-text scans they replace; intros._kin_names: an elder called by kinship, the same
matches; speakernames._kata_starts: "menurut", "kata", ... before a subject)."""
from melati_archive.nlp import intros, lowerroles, speakernames

TEXTS = [
    "Seorang warga Kelurahan Tanjung, Mulyadi, mengaku senang. Warga-warga lain juga hadir.",
    "Ibunya, Sumiati, berkata anaknya sudah sekolah; ibu-ibu PKK ikut, ibunya-lah yang memasak.",
    "Menurut psikolog klinis Nur Aisyah, guru dan dokter perlu dilibatkan (dosen pun).",
    "GM PT Sinar, Budi, bertemu gm cabang dan pj bupati; vp-nya belum datang. xgm tidak.",
    "pedagangé pedagang_ pedagang9 -pedagang pedagang\npetani",
    "",
]


def test_lowercase_heads_are_the_offsets_the_whole_text_scan_gives():
    for text in TEXTS:
        assert lowerroles._lowercase_heads(text) == [m.start() for m in lowerroles._LRCN_AT.finditer(text)], text
    heads = lowerroles._lowercase_heads(TEXTS[0])
    assert TEXTS[0].index("warga") in heads and TEXTS[0].index("Warga-warga") + 6 not in heads
    assert TEXTS[3].index("gm cabang") in lowerroles._lowercase_heads(TEXTS[3])


CUE_TEXTS = [
    "Kata Budi, programnya jalan. \"Sudah siap,\" kata Rina. Menurut Agus hasilnya baik.",
    "Hal itu, jelasnya, penting; jelas Hari kepada wartawan. Ia menjelaskan Data baru.",
    "Catatan-kata Sinta dibaca. katanya Budi datang, tambah\nRina, imbuh  Tono.",
    "ujar",
]


def test_cue_offsets_are_the_offsets_the_whole_text_scan_gives():
    for text in CUE_TEXTS:
        assert intros._cue_offsets(text) == [m.start() for m in intros._SHORT_SPEAKER_CUE_AT.finditer(text)], text
    offsets = intros._cue_offsets(CUE_TEXTS[2])
    assert CUE_TEXTS[2].index("kata Sinta") in offsets  # after a hyphen: no lowercase word, still a cue
    assert CUE_TEXTS[2].index("imbuh") in offsets and CUE_TEXTS[2].index("tambah") not in offsets
    assert intros.short_forms_in(CUE_TEXTS[2]) == {"Sinta", "Tono"}


KIN_TEXTS = [
    "Di rumahnya, nenek Sumi menjahit. Mbah Karto dan mbah Sarinah datang, kakek Darmo juga.",
    "Cucu-nenek Warsih tinggal serumah; eyang Putri, oma Lies, opa Hans, dan nenek\nRatmi hadir.",
    "Panenek Joko bukan kerabat, komandan Oma tidak.",
]


def test_kin_names_are_the_matches_the_whole_text_scan_gives():
    for text in KIN_TEXTS:
        assert ([(m.span(), m.group("name")) for m in intros._kin_names(text)]
                == [(m.span(), m.group("name")) for m in intros._KIN_NAME.finditer(text)]), text
    names = [m.group("name") for t in KIN_TEXTS for m in intros._kin_names(t)]
    assert {"Sumi", "Sarinah", "Darmo", "Warsih", "Putri", "Lies", "Hans"} <= set(names)
    assert "Joko" not in names and "Ratmi" not in names and "Karto" not in names


KATA_TEXTS = [
    "Menurut Budi, hasilnya baik. \"Sudah,\" kata Rina\nkepada warga; ujar-ujar lama, jelas Tono.",
    "Hal-menurut tutur Sari katanya ungkapan ungkap\tAgus. MENURUT dia. menurut",
]


def test_kata_starts_are_the_offsets_the_whole_text_scan_gives():
    for text in KATA_TEXTS:
        assert speakernames._kata_starts(text) == {m.start() for m in speakernames._KATA_START.finditer(text)}, text
    assert {KATA_TEXTS[0].index("Menurut"), KATA_TEXTS[0].index("kata Rina"), KATA_TEXTS[0].index("jelas")} \
        <= speakernames._kata_starts(KATA_TEXTS[0])
    assert KATA_TEXTS[1].index("menurut tutur") in speakernames._kata_starts(KATA_TEXTS[1])  # after a hyphen
