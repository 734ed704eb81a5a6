"""One language for the user: what `melati reindex`, `check`, `import` and `search` print for a typical
run (summaries, problem lines, skip and failure reasons, warnings) is Indonesian, not English."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import DATA, copy_home

BROKEN = DATA / "archive" / "broken"

# Words of the English messages melati used to print; none of them is an Indonesian word. Field
# names (title, date, channel...) are not here: messages list them as they are written in the files.
ENGLISH = frozenset("""
the is are was not no of to in for with and or at as by from it this that has have be must cannot can would will
added updated removed unchanged failed skipped created create checked error errors warning warnings article
articles item items source sources index file files folder missing unknown duplicate found run fix use write add
rebuild rebuilding building full same text empty binary line known field fields headline review marked
existing import imported dry pair pairs near summary seconds whole number yet please
""".split())

# What a message quotes rather than says: `code` and commands, quoted values, paths and file names,
# options with their value, and the fixed tag scripts look for.
_QUOTED = re.compile(r"`[^`]*`|'[^']*'|\"[^\"]*\"|\u201c[^\u201d]*\u201d")
_NAMES = re.compile(r"\S*/\S*|\S+\.(?:md|txt|xml|html|csv|jpg|yaml)\S*|--[a-z-]+(?: \S+)?|melati: error:")


def english_words(output: str) -> set[str]:
    """The English words of `output` once quoted code, values, paths and options are taken out."""
    text = _NAMES.sub(" ", _QUOTED.sub(" ", output))
    return {w for w in re.findall(r"[A-Za-z]+", text) if w.lower() in ENGLISH}


def melati(home: Path, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "melati_archive", "--home", str(home), *map(str, args)],
                          capture_output=True, text=True, timeout=300)


def test_the_detector_finds_the_old_english_and_passes_indonesian():
    assert english_words("5 added, 0 updated, 0 removed, 5 unchanged, 0 failed in 0.12 s") == \
        {"added", "updated", "removed", "unchanged", "failed", "in"}
    assert english_words("archive/metrics/x.csv:3: error: `views` is not a whole number: '1.2'") == \
        {"error", "is", "not", "whole", "number"}
    assert english_words("archive/metrics/x.csv:3: galat: `views` bukan bilangan bulat: '1.2' "
                         "(tulis angka bulat tanpa titik atau koma, atau kosongkan)") == set()
    assert english_words("melati: error: belum ada indeks di /tmp/x/index; jalankan `melati reindex`") == set()


def test_reindex_speaks_indonesian(tmp_path):
    home = copy_home(BROKEN, tmp_path / "broken")  # one article has no date: skipped with a reason
    first = melati(home, "reindex")
    assert first.returncode == 0, first.stderr
    assert "dilewati" in first.stderr and "ditambahkan" in first.stdout
    assert english_words(first.stdout) == set() and english_words(first.stderr) == set(), first.stdout + first.stderr
    full = melati(home, "reindex", "--full")
    assert full.stdout.startswith("bangun ulang penuh: ") and english_words(full.stdout + full.stderr) == set()


def test_check_speaks_indonesian(tmp_path):
    home = copy_home(BROKEN, tmp_path / "broken")
    result = melati(home, "check")
    assert result.returncode == 1 and len(result.stdout.splitlines()) >= 6
    assert english_words(result.stdout) == set(), result.stdout
    assert english_words(result.stderr) == set(), result.stderr


def test_import_speaks_indonesian(tmp_path):
    home = tmp_path / "rumah"
    assert melati(home, "init").returncode == 0
    sources = tmp_path / "sumber"
    # every kind of outcome: created, duplicate, WordPress items left out, undated and untitled pages
    # (warnings), failures of our own (empty, binary, unknown format); a malformed XML file is left out
    # because its reason carries the XML parser's own English detail
    shutil.copytree(DATA / "import", sources, ignore=shutil.ignore_patterns("ekspor-rusak.xml"))
    shutil.copy(DATA / "import" / "hut-balai-humas.txt", sources / "salinan-hut.txt")
    dry = melati(home, "import", sources, "--dry-run")
    done = melati(home, "import", sources)
    assert done.returncode == 1 and "dibuat: " in done.stdout and "indeks: " in done.stdout
    for run in (dry, done):
        for stream in (run.stdout, run.stderr):
            assert english_words(stream) == set(), stream
    assert "dilewati: " in done.stdout and "gagal: " in done.stdout and "melati: peringatan: " in done.stderr


def test_search_without_an_index_speaks_indonesian(tmp_path):
    home = copy_home(BROKEN, tmp_path / "broken")
    result = melati(home, "search", "pelatihan")
    assert result.returncode == 1 and result.stderr.startswith("melati: error: belum ada indeks")
    assert english_words(result.stderr) == set(), result.stderr
