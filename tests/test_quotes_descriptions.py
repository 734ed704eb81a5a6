"""Descriptive cues met in real pages: a long description led by a capitalized head, a description
that gives the speaker's nickname, and a person introduced as "Salah satu <noun>, Name <verb>"."""
from melati_archive import extract


def _pairs(text):
    return [(q.text[:12], q.speaker) for q in extract(text).quotes]


def test_capitalized_head_of_a_long_description_is_no_name():
    text = ("CIAMIS - Kepala Dinas Pertanian, Yusuf Maulana, meninjau sawah yang gagal panen. Yusuf menilai bantuan "
            "benih harus segera turun.\n\"Petani jangan sampai menunggu musim depan,\" kata Penerima penghargaan "
            "Penyuluh Teladan Tingkat Jawa Barat itu.")
    assert _pairs(text) == [("Petani janga", "Yusuf Maulana")]


def test_capitalized_run_with_a_time_word_stays_a_name():
    text = ("CIAMIS - Kepala Dinas Pertanian, Yusuf Maulana, meninjau sawah. \"Bantuan benih segera turun,\" "
            "kata Yusuf siang itu.")
    assert _pairs(text) == [("Bantuan beni", "Yusuf Maulana")]


def test_nickname_in_a_description_is_the_person_it_is_clipped_from():
    text = ("SUBANG - Manajer tim, Budi Santoso, memberi semangat. \"Jangan menyerah,\" kata Budi.\n"
            "Kapten tim, Rudi Hartawan, mencetak dua gol.\n"
            "\"Kami bermain sesuai instruksi pelatih,\" tandas pemain yang akrab disapa Ruhar.")
    assert _pairs(text)[1] == ("Kami bermain", "Rudi Hartawan")


def test_nickname_no_one_is_named_by_stays_the_nickname_never_the_previous_speaker():
    text = ("SUBANG - Manajer tim, Budi Santoso, memberi semangat. \"Jangan menyerah,\" kata Budi.\n"
            "Sementara itu, pelatih tim menyesalkan kekalahan.\n"
            "\"Ini kekalahan pertama kami,\" kata pria yang karib disapa Kang Ujang.")
    assert _pairs(text)[1] == ("Ini kekalaha", "Ujang")


def test_nickname_description_with_an_adjunct_after_it():
    text = ("\"Kami menang karena disiplin,\" kata pelatih yang akrab disapa Bang Oji itu usai laga.")
    assert _pairs(text) == [("Kami menang ", "Oji")]


def test_salah_satu_noun_then_name_without_comma_then_pronoun_cue():
    text = ("BOGOR - Ketua paguyuban, Rahmat Hidayat, menyebut pasar sepi. \"Pembeli turun,\" ujarnya.\n"
            "Salah satu pedagang, Sarni menjelaskan, penghasilannya kini tinggal separuh.\n"
            "\"Dulu sehari dapat dua ratus ribu,\" ungkapnya.")
    assert _pairs(text)[1] == ("Dulu sehari ", "Sarni")


def test_salah_satu_thing_then_name_gives_no_person():
    text = ("BOGOR - Ketua paguyuban, Rahmat Hidayat, menyebut pasar ramai. \"Pembeli naik,\" ujarnya.\n"
            "Salah satu menu andalan Nasi Liwet menjadi incaran pembeli.\n"
            "\"Yang paling laku memang nasi liwet,\" ujarnya.")
    assert _pairs(text)[1] == ("Yang paling ", "Rahmat Hidayat")


def test_one_word_nickname_glossed_as_the_speakers_own_is_the_person_talked_about():
    text = ("Kepala SDN 3 Cikoneng Sudarmaji, S.Pd, saat ditemui mengatakan siswanya meraih juara pramuka.\n"
            "\"Prestasi ini hasil latihan rutin setiap pekan,\" ungkap Daji, sapaan akrabnya.\n"
            "\"Kami akan terus membina mereka,\" kata Daji.")
    assert _pairs(text) == [("Prestasi ini", "Sudarmaji"), ("Kami akan te", "Sudarmaji")]


def test_lowercase_office_after_a_fronted_phrase_introduces_the_name_for_a_pronoun_cue():
    text = ("Menanggapi hal ini, kepala sekolah SMAN 2 Cilimus, Asep Sunandar, mengatakan perlu ada pembenahan. "
            "\"Kita perlu perbaikan,\" tegasnya.")
    assert _pairs(text) == [("Kita perlu p", "Asep Sunandar")]


def test_nickname_given_in_the_narrative_is_the_person_talked_about_there():
    text = ("CIREBON - Menteri Koperasi (Menkop) Yonathan Hidayat menutup pelatihan UMKM. Dalam penutupan itu, Pria "
            "yang akrab disapa Kang Ujo itu mengingatkan peserta agar berani berinovasi.\n\"Jangan takut gagal,\" "
            "tandas Kang Ujo.")
    assert _pairs(text) == [("Jangan takut", "Yonathan Hidayat")]


def test_two_word_nickname_opening_with_the_given_name_of_the_one_person_talked_about():
    text = ("KEDIRI - Petugas Dinas Sosial, Rahmat Wijaya, menyerahkan sembako. \"Bantuan ini untuk lansia,\" ucap "
            "Rahmat Wijaya.\nSementara itu, ketua rumah singgah, Antok Wirayuda Santoso, memaparkan ada 12 lansia di "
            "rumah itu.\n\"Semoga bermanfaat bagi para lansia,\" ucap pria yang akrab disapa Antok Gondrong ini.")
    assert _pairs(text)[1] == ("Semoga berma", "Antok Wirayuda Santoso")


def test_agent_of_a_passive_speech_verb_is_introduced_for_a_later_pronoun():
    text = ("BANDUNG - Wali Kota, Dadang Supriatna, meresmikan taman. \"Taman ini milik warga,\" ungkapnya.\n"
            "Hal senada diutarakan oleh Sulis Yuniasari, pengunjung yang datang bersama keponakannya. Ia menilai "
            "taman itu nyaman.\n\"Tamannya sangat nyaman untuk bersantai,\" ujarnya.")
    assert _pairs(text)[1] == ("Tamannya san", "Sulis Yuniasari")


def test_passive_speech_verb_before_an_office_leaves_the_office_to_the_people_side():
    text = ("BANDUNG - Wali Kota, Dadang Supriatna, meresmikan taman. \"Taman ini milik warga,\" ungkapnya.\n"
            "Hal senada disampaikan Kepala Dinas Pertamanan, Sulis Yuniasari. \"Tamannya sangat nyaman,\" ujarnya.")
    assert _pairs(text)[1] == ("Tamannya san", "Sulis Yuniasari")


def test_narrative_nickname_after_two_named_people_names_nobody():
    text = ("TASIKMALAYA - Menteri Perdagangan Rahmat Hidayatullah dan Gubernur Jawa Barat Iwan Setiawan meninjau "
            "pasar. Pria yang akrab disapa Kang Uwan itu menyapa pedagang.\n\"Pasokan aman,\" kata Kang Uwan.")
    assert _pairs(text) == [("Pasokan aman", None)]


def test_two_word_nickname_two_recent_people_share_the_given_name_names_nobody():
    text = ("GARUT - Ketua RW 05, Asep Saepudin, dan Ketua RW 06, Asep Mulyana, memimpin kerja bakti.\n\"Selokan "
            "harus bersih,\" ucap pria yang akrab disapa Asep Gondrong itu.")
    assert _pairs(text) == [("Selokan haru", None)]


def test_name_after_yaitu_with_a_relative_clause_is_who_a_later_pronoun_means():
    text = ("Mensos Tri Rismaharini menyerahkan bantuan. \"Semoga bermanfaat,\" kata Mensos.\nPenerima bantuan "
            "lainnya yaitu Wulan Sarirahayu yang mengaku ingin membuka warung.\n\"Saya makin semangat,\" katanya.")
    assert _pairs(text)[1] == ("Saya makin s", "Wulan Sarirahayu")


def test_own_nickname_after_two_people_joined_names_nobody():
    text = ("CIREBON - Ketua RW 01, Asep Sunarya, dan Ketua RW 02, Dodi Kurniadi, meninjau tanggul.\n\"Tanggul ini "
            "harus ditinggikan,\" kata Ocid, sapaan akrabnya.")
    assert _pairs(text) == [("Tanggul ini ", None)]


def test_passive_speech_agent_with_a_given_name_that_is_also_an_office_word():
    text = ("DEPOK - Pasar murah digelar di 11 kecamatan. Hal itu dikatakan Imam Suganda kepada wartawan, Senin "
            "(4/3).\n\"Warga bisa membeli dua paket,\" katanya.")
    assert _pairs(text) == [("Warga bisa m", "Imam Suganda")]


def test_name_after_adalah_is_a_predicate_never_who_speaks_next():
    text = ("GARUT - Kapolres Garut, AKBP Rudi Hartono, menggelar rilis kasus. Pelaku adalah Dadan Suherman, sopir "
            "angkot.\n\"Pelaku sudah kami tahan,\" katanya.")
    assert _pairs(text) == [("Pelaku sudah", "Rudi Hartono")]


def test_one_of_the_victims_named_without_a_speech_verb_is_no_later_speaker():
    text = ("GARUT - Kapolres Garut, AKBP Rudi Hartono, meninjau lokasi kecelakaan. Salah seorang korban, Dadan "
            "mengalami luka di kepala.\n\"Korban sudah dibawa ke rumah sakit,\" katanya.")
    assert _pairs(text) == [("Korban sudah", "Rudi Hartono")]


def test_name_after_yakni_with_a_clause_that_is_no_speech_is_no_later_speaker():
    text = ("GARUT - Kapolres Garut, AKBP Rudi Hartono, menggelar rilis kasus. Tersangka yakni Dadan Suherman yang "
            "berprofesi sebagai sopir angkot.\n\"Tersangka sudah kami tahan,\" katanya.")
    assert _pairs(text) == [("Tersangka su", "Rudi Hartono")]


def test_aid_handed_over_by_someone_is_no_statement_and_names_no_speaker():
    text = ("GARUT - Kapolres Garut, AKBP Rudi Hartono, menggelar rilis kasus. Bantuan untuk korban disampaikan "
            "Dadan Suherman kepada keluarga korban.\n\"Kami terus mendampingi keluarga,\" katanya.")
    assert _pairs(text) == [("Kami terus m", "Rudi Hartono")]


def test_one_of_the_witnesses_then_name_and_speech_verb_is_who_a_later_pronoun_means():
    text = ("BEKASI - Kapolsek Bantargebang, Kompol Asep Wahyudi, memimpin olah TKP.\nSalah satu saksi, Rohimah "
            "mengatakan api muncul dari belakang gudang.\n\"Asapnya hitam sekali,\" katanya.")
    assert _pairs(text) == [("Asapnya hita", "Rohimah")]


def test_passive_agent_handing_something_to_someone_is_no_later_speaker():
    text = ("BEKASI - Bupati Bekasi, Dani Ramdan, mengunjungi korban banjir. Bantuan sembako disampaikan oleh "
            "Rohimah Sari kepada warga.\n\"Kami akan bangun tanggul baru,\" katanya.")
    assert _pairs(text) == [("Kami akan ba", "Dani Ramdan")]


def test_capitalized_person_head_of_a_description_with_a_relative_clause():
    text = ("BEKASI - Seorang warga, Dadang Suhendar, melihat api pertama kali.\n\"Apinya cepat sekali membesar,\" "
            "kata Pria yang ditemui di lokasi itu.")
    assert _pairs(text) == [("Apinya cepat", "Dadang Suhendar")]


def test_a_lowercase_officer_description_is_the_person_named_before():
    """"terang perwira tinggi polisi berpangkat dua bintang itu": a description of the Kapolda named before, no
    office to look up ("Perwira Seksi Teritorial Kodim ..." is one: the people tests)."""
    text = ("SUKAMEKAR - Kapolda Sukamekar Irjen Pol Budi Santoso meninjau pos pengamanan mudik di Cibening.\n"
            "\"Kami siagakan 500 personel di jalur mudik,\" kata Budi.\n"
            "Menurut dia, arus kendaraan diperkirakan naik dua kali lipat.\n"
            "\"Puncak arus balik kami perkirakan pada akhir pekan,\" terang perwira tinggi polisi berpangkat dua bintang itu.")
    assert [q.speaker for q in extract(text).quotes] == ["Budi Santoso", "Budi Santoso"]


def test_a_cue_name_followed_by_sembari_and_a_clause_ending_in_itu_is_that_person():
    text = ("MUNTILAN - Camat Salam, Yosef Widodo, memantau pasar.\n\"Los ikan harus bersih setiap sore,\" ujar "
            "Yosef sembari memeriksa saluran pasar itu.")
    assert [q.speaker for q in extract(text).quotes] == ["Yosef Widodo"]


def test_a_description_with_ini_after_a_paragraph_of_reported_speech_is_its_subject():
    text = ("MUNTILAN - Camat Salam, Yosef Widodo, membuka lomba kebersihan. \"Lomba ini rutin,\" kata Yosef didampingi "
            "Sekcam, Rina Mulyani.\nKetua RT 02 Jumoyo, Sutikno Hadi sependapat dengan Camat Salam. Menurutnya lomba "
            "membuat kampung rapi.\n\"Kampung rapi membuat anak-anak betah bermain,\" ujar tokoh kampung ini.")
    assert [q.speaker for q in extract(text).quotes] == ["Yosef Widodo", "Sutikno Hadi"]


def test_a_description_fitting_someone_it_introduced_in_between_is_that_person_not_the_subject():
    text = ("MUNTILAN - Camat Salam, Yosef Widodo, meninjau pasar. \"Pasar harus tertib,\" kata Yosef.\n"
            "Yosef lalu berbincang dengan seorang penjual tempe, Warsini, soal harga kedelai.\n"
            "\"Kedelai naik sejak bulan lalu,\" ujar penjual tempe ini.")
    assert [q.speaker for q in extract(text).quotes] == ["Yosef Widodo", "Warsini"]


def test_a_description_with_two_named_in_one_sentence_before_stays_nobody():
    text = ("MUNTILAN - Ketua DPC Partai Nusantara, Yosef Widodo, bertemu Bupati Magelang, Rina Mulyani.\n"
            "\"Kami tetap satu barisan,\" kata politikus ini.")
    assert [q.speaker for q in extract(text).quotes] == [None]


def test_one_of_many_with_a_long_description_closed_by_a_clause_is_nobody():
    text = ("JAKARTA - Kepala Rutan Salemba Budi Hartono memberikan remisi kepada 150 narapidana, Senin.\n\n"
            "\"Semua usulan sudah terbit,\" kata Budi.\n\nSuasana haru terasa di halaman rutan.\n\n"
            "\"Wah saya pulang tahun ini,\" kata seorang narapidana berkaus biru lengan panjang bertopi hitam ketika "
            "memeluk temannya.")
    assert _pairs(text) == [("Semua usulan", "Budi Hartono"), ("Wah saya pul", None)]


def test_a_lowercase_office_with_a_long_relative_clause_is_the_person_just_quoted():
    text = ("SERANG - Rektor Universitas Tirtayasa Budi Santoso melepas 900 wisudawan, Sabtu.\n\n"
            "\"Jangan jadi lulusan yang malas,\" ujar Budi.\n\n"
            "\"Selamat wisuda, jangan lupa makan-makan,\" ujar rektor yang pernah bekerja sebagai guru honorer di desa ini.")
    assert _pairs(text) == [("Jangan jadi ", "Budi Santoso"), ("Selamat wisu", "Budi Santoso")]


def test_one_of_many_from_a_named_place_with_a_long_description_is_nobody():
    text = ("BOGOR - Wali Kota Bogor, Dedi Rahmat, membuka bazar.\n\"Silakan belanja,\" kata Dedi.\n\"Harganya murah "
            "sekali,\" kata salah satu pengunjung asal Cianjur bertas belanja besar usai membayar.")
    assert _pairs(text) == [("Silakan bela", "Dedi Rahmat"), ("Harganya mur", None)]
