"""The stems file of a full rebuild is stored compressed and read back whole: the workers and a
later incremental reindex get the same protected words and stems the rebuild worked out."""
from __future__ import annotations

import pickle

from melati_archive.api import Archive
from melati_archive.index import STEMS, _load_stems, current_generation


def test_stems_file_is_compressed_and_reads_back(tmp_path):
    home = tmp_path / "home"
    folder = home / "archive" / "articles" / "2023"
    folder.mkdir(parents=True)
    for n, text in enumerate(["Para relawan membersihkan pantai dari sampah plastik.",
                              "Pelatihan menjahit bagi penyandang disabilitas digelar di balai desa."]):
        (folder / f"2023-05-0{n + 1}-kabar-{n}.md").write_text(
            f"---\ntitle: Kabar {n}\ndate: 2023-05-0{n + 1}\nfictional: true\n---\nENDE - {text}\n", encoding="utf-8")
    Archive.open(home).reindex(full=True)
    path = current_generation(home / "index") / STEMS
    protected, stems = _load_stems(path)
    assert stems["membersihkan"] == "bersih" and stems["pelatihan"] == "latih"
    assert len(path.read_bytes()) < len(pickle.dumps((protected, stems), protocol=pickle.HIGHEST_PROTOCOL))
