"""intros._lowercase_heads: where a lowercase role word (or it with -nya) starts, found from the
text's lowercase words; the same offsets as the whole-text _LRCN_AT scan it replaces."""
from melati_archive.nlp import intros

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
        assert intros._lowercase_heads(text) == [m.start() for m in intros._LRCN_AT.finditer(text)], text
    heads = intros._lowercase_heads(TEXTS[0])
    assert TEXTS[0].index("warga") in heads and TEXTS[0].index("Warga-warga") + 6 not in heads
    assert TEXTS[3].index("gm cabang") in intros._lowercase_heads(TEXTS[3])
