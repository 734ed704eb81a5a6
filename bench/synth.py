"""Deterministic generator of synthetic Indonesian press-release archives (a home folder).

    from bench.synth import generate
    generate(Path("/tmp/home"), n=1000, seed=0)      # writes /tmp/home/archive/...
    python bench/synth.py /tmp/home --n 1000 [--seed 0]

Everything is fictional (`fictional: true`). Articles are 250-550 words of Indonesian-looking
prose built from real roots with real affixes (me-/di-/ber-/ter-/pe-/ke- with -kan/-i/-an/-nya),
datelines, place names, acronyms with long forms, and direct quotes in the common attribution
forms (cue after, cue before, -nya, role alias, continuation). The same (n, seed) always writes
the same bytes, so the import, index and report benches share corpora.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

# (root, affixed forms used in text)
ROOTS = {
    "latih": ["pelatihan", "melatih", "dilatih", "berlatih", "pelatih"],
    "layan": ["pelayanan", "melayani", "dilayani", "layanan"],
    "didik": ["pendidikan", "mendidik", "dididik", "pendidik"],
    "bantu": ["bantuan", "membantu", "dibantu", "pembantu"],
    "salur": ["penyaluran", "menyalurkan", "disalurkan", "tersalurkan"],
    "damping": ["pendampingan", "mendampingi", "didampingi", "pendamping"],
    "sehat": ["kesehatan", "menyehatkan", "sehat"],
    "sejahtera": ["kesejahteraan", "menyejahterakan", "sejahtera"],
    "kembang": ["pengembangan", "mengembangkan", "dikembangkan", "berkembang"],
    "giat": ["kegiatan", "menggiatkan", "bergiat"],
    "serah": ["penyerahan", "menyerahkan", "diserahkan"],
    "kunjung": ["kunjungan", "mengunjungi", "dikunjungi", "berkunjung"],
    "sosialisasi": ["sosialisasi", "menyosialisasikan", "disosialisasikan"],
    "rehabilitasi": ["rehabilitasi", "merehabilitasi", "direhabilitasi"],
    "lindung": ["perlindungan", "melindungi", "dilindungi", "terlindungi"],
    "kuat": ["penguatan", "memperkuat", "diperkuat", "kekuatan"],
    "ajar": ["pembelajaran", "mengajar", "belajar", "pelajaran", "diajarkan"],
    "ikut": ["mengikuti", "diikuti", "peserta", "keikutsertaan"],
    "terima": ["penerima", "menerima", "diterima", "penerimaan"],
    "kerja": ["pekerjaan", "bekerja", "pekerja", "kerja sama", "dikerjakan"],
    "tingkat": ["peningkatan", "meningkatkan", "ditingkatkan", "tingkat"],
    "laksana": ["pelaksanaan", "melaksanakan", "dilaksanakan", "terlaksana"],
    "bina": ["pembinaan", "membina", "dibina", "pembina"],
    "usaha": ["usaha", "berusaha", "pengusaha", "mengusahakan"],
    "tangan": ["penanganan", "menangani", "ditangani"],
    "wujud": ["mewujudkan", "perwujudan", "terwujud"],
    "harap": ["harapan", "mengharapkan", "diharapkan", "berharap"],
    "sampai": ["menyampaikan", "disampaikan", "penyampaian", "sampai"],
    "mandiri": ["kemandirian", "mandiri", "memandirikan"],
    "tampil": ["penampilan", "menampilkan", "tampil"],
    "anak": ["anak-anak", "anak", "anaknya"],
    "orang tua": ["orang tua", "orangtua"],
}
# More roots, their affixed forms derived with the real meN-/peN- nasal rules.
MORE_ROOTS = ("baca tulis pakai guna buat kelola atur daftar periksa rawat obat jaga awas dukung ajak undang "
              "hadir temu bahas kaji nilai ukur hitung catat lapor sebar tanam panen masak jahit cuci bangun "
              "bersih tata rencana sepakat tanda tolak minta beri kirim antar jemput pindah tinggal huni asuh "
              "pelihara sedia siap tunjuk pimpin gerak olah jual beli tukar simpan pinjam bayar modal pasar "
              "pikir rasa dengar lihat tonton rekam potret cetak unggah siar terbit kabar tanya jawab "
              "sambut resmi buka tutup mulai akhir lanjut ulang kumpul pisah satu hubung sambung gabung "
              "sapa pantau tinjau evaluasi verifikasi validasi koordinasi fasilitasi advokasi edukasi "
              "motivasi inspirasi apresiasi kolaborasi inovasi digitalisasi").split()


def _nasal(prefix: str, root: str) -> str:
    """meN-/peN- + root with assimilation: baca->membaca, tulis->menulis, kirim->mengirim, sapa->menyapa."""
    head = prefix[:-1]  # "me" / "pe"
    c = root[0]
    if c in "bfv":
        return head + "m" + root
    if c == "p":
        return head + "m" + root[1:]
    if c in "dcjz":
        return head + "n" + root
    if c == "t":
        return head + "n" + root[1:]
    if c == "s":
        return head + "ny" + root[1:]
    if c == "k":
        return head + "ng" + root[1:]
    if c in "ghaiueo":
        return head + "ng" + root
    return head + root


def _family(root: str) -> list[str]:
    if root.endswith("asi"):
        return [root, "meng" + root[:-1] + "sikan" if root[0] in "aiueo" else _nasal("meN", root) + "kan",
                "di" + root + "kan", "ter" + root]
    return [root, _nasal("meN", root), _nasal("meN", root) + "kan", "di" + root, "di" + root + "kan",
            root + "an", _nasal("peN", root) + "an", "ke" + root + "an", "ber" + root, "ter" + root]


def _pseudo_roots(k: int) -> list[str]:
    """k Indonesian-looking roots (CV.CV(C) syllables), fixed whatever the corpus seed, so the
    vocabulary has a realistic long tail (real archives have ~15,000 word types per 300 items)."""
    rng = random.Random(20201113)
    onsets, vowels, codas = "bcdghjklmnprstwy", "aaiiuueo", ["", "", "", "n", "ng", "r", "t", "k", "s", "l"]
    out, seen = [], set(ROOTS) | set(MORE_ROOTS)
    while len(out) < k:
        word = "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(rng.choice((2, 2, 3))))
        word += rng.choice(codas)
        if word not in seen:
            seen.add(word)
            out.append(word)
    return out


def _ranked_families() -> list[list[str]]:
    """Real families spread over a Zipf ranking of ~2,500 (log-spaced ranks 3..1,500), pseudo
    families in between: document frequencies then resemble a real archive's (calibrated on
    PFSA dev-40: a few dozen content words in half the items, most in under 2%)."""
    real = [forms for forms in ROOTS.values()] + [_family(r) for r in MORE_ROOTS]
    random.Random(7).shuffle(real)  # which real words are common is arbitrary, not list order
    pseudo = [_family(r) for r in _pseudo_roots(2400)]
    ranks = {int(3 * (500 ** (i / (len(real) - 1)))): i for i in range(len(real))}
    out, ri, pi = [], 0, 0
    for rank in range(len(real) + len(pseudo)):
        if rank in ranks and ri < len(real):
            out.append(real[ri])
            ri += 1
        elif pi < len(pseudo):
            out.append(pseudo[pi])
            pi += 1
        else:
            out.append(real[ri])
            ri += 1
    return out


FAMILIES = _ranked_families()
FAMILY_WEIGHTS = [1.0 / (rank + 1) ** 1.0 for rank in range(len(FAMILIES))]
TOPIC_WEIGHTS = [1.0 / (rank + 1) ** 0.6 for rank in range(len(FAMILIES))]


def _cumulative(weights: list[float]) -> list[float]:
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


CUM_FAMILY, CUM_TOPIC = _cumulative(FAMILY_WEIGHTS), _cumulative(TOPIC_WEIGHTS)


def _pick(rng: random.Random, cumulative: list[float]) -> int:
    import bisect

    return min(bisect.bisect(cumulative, rng.random() * cumulative[-1]), len(cumulative) - 1)

FILLER = ("yang dan di dalam untuk dengan pada dari ini itu juga akan telah sudah serta agar sehingga "
          "karena para bagi oleh secara lebih tidak belum bukan masih sangat setiap seluruh").split()
NOUNS = ("masyarakat keluarga penyandang disabilitas lansia balai panti sentra program layanan warga "
         "komunitas relawan desa kelurahan kecamatan kota kabupaten provinsi pemerintah daerah sekolah "
         "keterampilan modal alat bantu kursi roda sembako kebutuhan dasar terapi psikososial "
         "media sosial publikasi berita informasi data aula gedung kantor halaman lapangan pasar "
         "puskesmas rumah sakit dokter perawat bidan guru murid santri pesantren madrasah kampus "
         "mahasiswa dosen peneliti petani nelayan pedagang buruh ojek sopir korban banjir longsor "
         "gempa kebakaran pengungsi tenda dapur umum air bersih sanitasi gizi stunting posyandu "
         "imunisasi vaksin masker bansos beras minyak gula telur susu sayur buah ikan daging").split()
NOUN_WEIGHTS = [1.0 / (rank + 1) ** 1.1 for rank in range(len(NOUNS))]
PLACES = ["Jakarta", "Bekasi", "Bogor", "Depok", "Tangerang", "Bandung", "Serang", "Cianjur", "Karawang",
          "Sukabumi", "Bali", "Medan", "Padang", "Makassar", "Kupang", "Ambon"]
CHANNELS = [("website", "Situs web", "web", 8), ("instagram", "Instagram", "social", 12),
            ("facebook", "Facebook", "social", 6), ("youtube", "YouTube", "social", 2),
            ("koran", "Koran lokal", "print", 0)]
PROGRAMS = [
    ("atensi", "Asistensi Rehabilitasi Sosial", "ATENSI", ["rehabilitasi sosial"]),
    ("pkh", "Program Keluarga Harapan", "PKH", ["keluarga harapan"]),
    ("dtks", "Data Terpadu Kesejahteraan Sosial", "DTKS", ["data terpadu"]),
    ("sembako", "Program Sembako", None, ["sembako"]),
    ("kewirausahaan", "Pelatihan Kewirausahaan Sosial", "PKS", ["kewirausahaan"]),
    ("lansia", "Layanan Lanjut Usia", "LLU", ["lanjut usia"]),
    ("disabilitas", "Layanan Penyandang Disabilitas", "LPD", ["disabilitas", "alat bantu"]),
    ("tanggap", "Tanggap Darurat Bencana", "TDB", ["bencana", "darurat"]),
    ("humas", "Penguatan Kehumasan", None, ["kehumasan", "publikasi"]),
]
GIVEN = ["Ratna", "Budi", "Siti", "Agus", "Dewi", "Hendra", "Lestari", "Yusuf", "Maya", "Rizal", "Wulan",
         "Fajar", "Indah", "Bambang", "Nurul", "Teguh", "Sari", "Dimas", "Fitri", "Joko"]
FAMILY = ["Prameswari", "Santoso", "Rahmawati", "Wibisono", "Kusumawati", "Hidayat", "Anggraeni",
          "Saputra", "Handayani", "Nugroho", "Permatasari", "Wijaya", "Lestiani", "Kurniawan"]
ROLES = [("Kepala Balai Melati Sintetis", ["Kepala Balai"]), ("Menteri Sosial", ["Mensos"]),
         ("Direktur Jenderal Rehabilitasi Sosial", ["Dirjen Rehsos"]), ("Kepala Bagian Umum", ["Kabag Umum"]),
         ("Pekerja Sosial", []), ("Koordinator Pendamping", []), ("Kepala Dinas Sosial", ["Kadinsos"]),
         ("Bupati Karawang", ["Bupati"]), ("Instruktur Keterampilan", []), ("Psikolog Balai", []),
         ("Camat Cibinong", ["Camat"]), ("Ketua Karang Taruna", [])]
VERBS_AFTER = ["ujar", "kata", "tutur", "ucap", "ungkap", "jelas", "papar", "tegas", "terang", "tambah",
               "imbuh", "pungkas", "tandas"]
VERBS_BEFORE = ["mengatakan", "menyampaikan", "menegaskan", "menjelaskan", "mengungkapkan"]


def _people(rng: random.Random, k: int = 16):
    people, used = [], set()
    while len(people) < k:
        name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        if name in used or name.split()[0] in {p[0].split()[0] for p in people}:
            continue
        used.add(name)
        role, role_aliases = ROLES[len(people) % len(ROLES)]
        people.append((name, role, role_aliases))
    return people


def _word(rng: random.Random, topic: list[list[str]]) -> str:
    r = rng.random()
    if r < 0.14:
        return rng.choice(rng.choice(topic))  # the article's own subject
    if r < 0.52:
        return rng.choice(FAMILIES[_pick(rng, CUM_FAMILY)])  # passing mentions
    if r < 0.86:
        return rng.choice(FILLER)
    if r < 0.97:
        return rng.choices(NOUNS, NOUN_WEIGHTS)[0]
    return rng.choice(PLACES)


def _sentence(rng: random.Random, lo: int = 9, hi: int = 22, topic=None) -> str:
    topic = topic or _TOPIC[0]
    words = [_word(rng, topic) for _ in range(rng.randint(lo, hi))]
    words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words) + "."


_TOPIC: list = [FAMILIES[:3]]  # the topic of the article being written (set by _article)


def _quote_text(rng: random.Random) -> str:
    parts = [_sentence(rng, 7, 16) for _ in range(rng.randint(1, 2))]
    return " ".join(parts)[:-1]


def _date_id(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _quote_paragraph(rng, person, first: bool, form: int) -> str:
    name, role, role_aliases = person
    given = name.split()[0]
    q = _quote_text(rng)
    verb = rng.choice(VERBS_AFTER)
    if first or form == 0:
        return f"\u201c{q},\u201d {verb} {role} {name}."
    if form == 1:
        return f"{given} {rng.choice(VERBS_BEFORE)}, \"{q}.\""
    if form == 2:
        return f"\"{q},\" {verb}nya."
    if form == 3 and role_aliases:
        return f"\u201d{q},\u201d {verb} {role_aliases[0]}."
    if form == 4:
        return f"\u201c{q}.\u201d"
    return f"\"{q},\" {verb} {given}."


def _article(rng: random.Random, day: dt.date, people, n_words: int):
    program = rng.choice(PROGRAMS)
    pid, long_form, acronym, keywords = program
    place = rng.choice(PLACES)
    families = [FAMILIES[_pick(rng, CUM_TOPIC)] for _ in range(3)]
    _TOPIC[0] = families
    topic = families[0][0]
    title = f"Balai Melati Sintetis {rng.choice(['Gelar', 'Dorong', 'Perkuat', 'Salurkan', 'Dukung'])} " \
            f"{topic.title()} {rng.choice(NOUNS).title()} di {place}"
    speakers = rng.sample(people, k=rng.randint(1, 3))
    first_line = (f"{place.upper()} ({_date_id(day)}) - Balai Melati Sintetis {rng.choice(ROOTS['laksana'])} "
                  f"{topic} bagi {rng.choice(NOUNS)} {rng.choice(NOUNS)} di {place} sebagai bagian dari "
                  f"{long_form}" + (f" ({acronym})." if acronym else "."))
    paras = [first_line]
    words = len(first_line.split())
    introduced = set()
    while words < n_words:
        if rng.random() < 0.35:
            person = rng.choice(speakers)
            first = person[0] not in introduced
            introduced.add(person[0])
            para = _quote_paragraph(rng, person, first, rng.randint(0, 5))
        else:
            sents = [_sentence(rng) for _ in range(rng.randint(2, 4))]
            if acronym and rng.random() < 0.3:
                sents.append(f"Program {acronym} {rng.choice(ROOTS['laksana'])} {rng.choice(keywords)}.")
            elif rng.random() < 0.2:
                sents.append(f"Kegiatan {rng.choice(ROOTS['laksana'])} pada {DAYS[day.weekday()]} "
                             f"({day.day:02d}/{day.month:02d}/{day.year}).")
            para = " ".join(sents)
        paras.append(para)
        words += len(para.split())
    tags = sorted({topic, rng.choice(NOUNS)})
    return title, "\n\n".join(paras) + "\n", pid, tags, place


def _yaml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _write_config(archive: Path, people) -> None:
    lines = ["organization:", "  name: Balai Melati Sintetis", "  short: Balai Melati",
             "  parent: Kementerian Sosial", "language: id", "channels:"]
    for cid, name, kind, target in CHANNELS:
        lines += [f"  - id: {cid}", f"    name: {name}", f"    kind: {kind}", f"    target_per_month: {target}"]
    lines += ["key_messages:", "  - id: hadir", "    label: Kemensos hadir", "    query: 'kemensos OR hadir'",
              "stem_exclusions: [melati, bekasi]", ""]
    (archive / "melati.yaml").write_text("\n".join(lines), encoding="utf-8")
    lines = ["people:"]
    for name, role, role_aliases in people:
        slug = name.lower().replace(" ", "-")
        lines += [f"  - id: {slug}", f"    name: {name}", f"    aliases: [{name.split()[0]}]",
                  "    internal: true", "    fictional: true", "    roles:", f"      - title: {role}",
                  f"        aliases: [{', '.join(role_aliases)}]", "        start: 2015-01-01"]
    (archive / "people.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    lines = ["programs:"]
    for pid, long_form, acronym, keywords in PROGRAMS:
        lines += [f"  - id: {pid}", f"    name: {long_form}", f"    acronym: {acronym or 'null'}",
                  f"    description: Program sintetis {long_form.lower()} untuk uji beban.",
                  f"    keywords: [{', '.join(keywords)}]", "    target_per_month: 2", "    fictional: true"]
    (archive / "programs.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def generate(home: Path, n: int, seed: int = 0, start_year: int = 2019, years: int = 5) -> list[Path]:
    """Write a home folder with n synthetic articles; return the article paths (sorted)."""
    home = Path(home)
    rng = random.Random(seed)
    archive = home / "archive"
    (archive / "articles").mkdir(parents=True, exist_ok=True)
    people = _people(rng)
    _write_config(archive, people)
    start = dt.date(start_year, 1, 1)
    span = years * 365
    paths = []
    slugs: set[str] = set()
    for i in range(n):
        day = start + dt.timedelta(days=int(span * (rng.random() ** 0.9)))
        title, body, pid, tags, place = _article(rng, day, people, rng.randint(250, 550))
        base = f"{day.isoformat()}-" + "-".join(title.lower().split()[3:8])
        base = "".join(c if c.isalnum() or c == "-" else "-" for c in base)[:70].strip("-")
        slug, k = base, 2
        while slug in slugs:
            slug, k = f"{base}-{k}", k + 1
        slugs.add(slug)
        channel = CHANNELS[min(int(rng.random() ** 1.6 * len(CHANNELS)), len(CHANNELS) - 1)][0]
        front = ["---", f"title: {_yaml_str(title)}", f"date: {day.isoformat()}", f"channel: {channel}",
                 f"url: https://melati-sintetis.example/berita/{slug}", f"location: {place}",
                 f"tags: [{', '.join(tags)}]", f"programs: [{pid}]", "fictional: true", "---", ""]
        folder = archive / "articles" / str(day.year)
        folder.mkdir(exist_ok=True)
        path = folder / f"{slug}.md"
        path.write_text("\n".join(front) + body, encoding="utf-8")
        paths.append(path)
    return sorted(paths)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("home", type=Path, help="home folder to write (archive/ goes inside)")
    parser.add_argument("--n", type=int, default=1000, help="number of articles")
    parser.add_argument("--seed", type=int, default=0, help="random seed (same seed, same bytes)")
    args = parser.parse_args(argv)
    paths = generate(args.home, args.n, args.seed)
    print(f"wrote {len(paths)} articles under {args.home / 'archive'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
