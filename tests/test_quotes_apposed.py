"""A person named between commas after a description ("Seorang ASN ..., Name, mengaku"), or before
one ("Name, korban banjir ..., masih mengungsi"), then a pronoun or noun cue: that person."""
from melati_archive import extract


def _pairs(text):
    return [(q.text[:12], q.speaker) for q in extract(text).quotes]


def test_seorang_description_then_name_then_katanya():
    text = ("Seorang guru honorer di SDN 4 Tarogong, Yeni Marliani, mengaku gajinya belum naik. \"Sudah tujuh "
            "tahun segini,\" katanya.")
    assert _pairs(text) == [("Sudah tujuh ", "Yeni Marliani")]


def test_capitalized_description_then_name_then_yang_bersangkutan():
    text = ("Seorang ASN Pemkot Cimahi, Andri Setiawan, dilaporkan membolos sebulan. "
            "\"Saya merawat anak yang sakit,\" kata yang bersangkutan.")
    assert _pairs(text) == [("Saya merawat", "Andri Setiawan")]


def test_name_then_lowercase_description_then_noun_cue():
    text = ("Sumarni, pedagang sayur di Pasar Ciawitali, masih menunggu bantuan modal. \"Kios saya habis "
            "terbakar,\" kata pedagang itu.")
    assert _pairs(text) == [("Kios saya ha", "Sumarni")]


def test_honorific_dot_ends_no_sentence_for_a_lowercase_office_cue():
    text = ("Dokter gigi Puskesmas Cilawu, drg. Enung Nurhayati, memeriksa murid SD. \"Gigi berlubang paling "
            "banyak,\" kata dokter.")
    assert _pairs(text) == [("Gigi berluba", "Enung Nurhayati")]


def test_lowercase_office_cue_with_two_holders_in_one_sentence_is_nobody():
    text = ("Perawat IGD, Dewi Sartika, dan perawat ICU, Nanda Pratiwi, menolong korban. \"Korban sudah "
            "stabil,\" kata perawat.")
    assert _pairs(text) == [("Korban sudah", None)]


def test_pronoun_after_two_people_joined_as_one_subject_is_nobody():
    text = ("Seorang nelayan, Karta Wijaya, dan anaknya, Dadi Suparman, selamat dari badai. \"Perahu kami "
            "terbalik,\" katanya.")
    assert _pairs(text) == [("Perahu kami ", None)]


def test_an_offices_own_dan_joins_no_two_people():
    text = ("Kepala Dinas Pertanian dan Ketahanan Pangan Kota Banjar Rudi Hartawan menjelaskan program itu. "
            "\"Bibit kami bagikan gratis,\" ucapnya.")
    assert _pairs(text) == [("Bibit kami b", "Rudi Hartawan")]


def test_pronoun_after_someone_accompanied_by_another_means_the_first():
    text = ("Wali Kota Sukabumi, Yudi Permana, didampingi istrinya, Reni Rosyida, meninjau "
            "puskesmas. \"Antrean pasien harus dipangkas,\" ujarnya.")
    assert _pairs(text) == [("Antrean pasi", "Yudi Permana")]


def test_menurut_pengakuan_name_before_the_quote():
    text = "Petugas menangkap penjual obat palsu. Menurut pengakuan Rahmat Sobari, \"Saya hanya menjualkan.\""
    assert _pairs(text) == [("Saya hanya m", "Rahmat Sobari")]


def test_honorific_name_then_lowercase_description_then_katanya():
    text = ("Mang Oding, tukang parkir di Alun-alun Garut, sudah tiga puluh tahun bekerja. \"Anak saya "
            "sekarang jadi perawat,\" katanya.")
    assert _pairs(text) == [("Anak saya se", "Oding")]


def test_agent_of_a_passive_then_a_description_cue():
    text = ("Perpustakaan kampung itu didirikan oleh Wawan Setiawan bersama istrinya. \"Bukunya dari "
            "sumbangan warga,\" kata pria yang juga guru honorer itu.")
    assert _pairs(text) == [("Bukunya dari", "Wawan Setiawan")]


def test_description_with_another_full_name_the_cast_missed_is_nobody():
    text = ("Sawah itu disewa oleh Dadang Kurnia dari Euis Sulastri sejak tahun lalu. \"Sewanya naik terus,\" "
            "kata perempuan itu.")
    assert _pairs(text) == [("Sewanya naik", None)]


def test_pronoun_after_a_person_joined_to_another_by_dan_is_nobody():
    text = ("Bu Imas, bidan desa, dan Pak Karta, kader posyandu, sudah melayani warga sejak pagi. \"Antrean "
            "hari ini panjang,\" katanya.")
    assert _pairs(text) == [("Antrean hari", None)]


def test_pronoun_subject_followed_by_dan_and_an_institution_stays():
    text = ("Kapolsek Cibatu, AKP Hadi Santoso, menyampaikan polisi datang bersama personel TNI dan Satpol PP. "
            "\"Acara itu sudah kami bubarkan,\" ucap dia.")
    assert _pairs(text) == [("Acara itu su", "Hadi Santoso")]


def test_place_set_off_by_a_description_is_no_speaker():
    text = ("Ketua Koperasi Teh Walini, Ujang Rusmana, menimbang hasil panen. Cisalak, daerah di lereng Gunung Burangrang, "
            "sudah lama dikenal sebagai penghasil teh. \"Harga pucuk sedang naik,\" katanya.")
    assert _pairs(text) == [("Harga pucuk ", "Ujang Rusmana")]



def test_a_thing_set_off_after_salah_satu_is_no_speaker():
    text = ("Kepala Dinas Pariwisata, Yudi Hartono, membuka pameran. Salah satu produk unggulan, Kopi Papandayan, "
            "juga dipamerkan. \"Pengunjungnya dari tiga provinsi,\" katanya.")
    assert _pairs(text) == [("Pengunjungny", "Yudi Hartono")]


def test_noun_cue_means_the_one_person_the_text_called_by_that_noun():
    text = ("Sidang dipimpin Hakim Ketua, Ratna Dewi. Di hadapan majelis, terdakwa Agus Salman mengakui "
            "perbuatannya. \"Apakah Saudara menyesal?\" tanya hakim. \"Saya sangat menyesal,\" jawab terdakwa.")
    assert _pairs(text) == [("Apakah Sauda", "Ratna Dewi"), ("Saya sangat ", "Agus Salman")]


def test_noun_cue_with_two_people_called_so_in_separate_sentences_is_nobody():
    text = ("Saksi pertama, Dadang Hermawan, memberi keterangan. Saksi kedua, Yeti Sumiati, membantahnya. "
            "\"Saya tidak ada di lokasi,\" kata saksi.")
    assert _pairs(text) == [("Saya tidak a", None)]


def test_noun_cue_after_an_unnamed_one_introduced_is_nobody():
    text = ("Korban pertama, Jajang Nurjaman, sudah pulang. Korban lain yang identitasnya dirahasiakan masih "
            "dirawat. \"Tangan saya terbakar,\" kata korban.")
    assert _pairs(text) == [("Tangan saya ", None)]


def test_noun_cue_means_the_one_called_so_before_an_officer_spoke():
    text = ("Pelaku penipuan, Wawan Gunawan, ditangkap di Tasikmalaya. Kapolsek Indihiang, AKP Rudi Sopian, "
            "mengatakan pelaku menipu sepuluh orang. \"Uangnya saya pakai judi,\" kata pelaku.")
    assert _pairs(text) == [("Uangnya saya", "Wawan Gunawan")]
