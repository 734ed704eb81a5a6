"""`melati init` writes a skeleton that passes `melati check`; `melati check` lists every problem and exits 1 on errors."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from melati_archive.archive import ArchiveStore

from conftest import DATA, copy_home

BROKEN = DATA / "archive" / "broken"


def melati(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "melati_archive", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd)


def test_init_writes_a_skeleton_that_checks_clean(tmp_path):
    home = tmp_path / "baru"
    result = melati("init", home, "--organization", "Balai Contoh")
    assert result.returncode == 0, result.stderr
    # what a user reads is Indonesian, and names the next step
    assert "kerangka arsip dibuat" in result.stdout and "melati import" in result.stdout
    for rel in ("archive/melati.yaml", "archive/people.yaml", "archive/programs.yaml", "index/.gitkeep"):
        assert (home / rel).is_file(), rel
    assert (home / "archive/articles").is_dir() and (home / "archive/metrics").is_dir()
    assert "# - id:" in (home / "archive/people.yaml").read_text()  # commented example entries
    store = ArchiveStore(home / "archive")
    assert store.check() == []
    assert store.config.organization.name == "Balai Contoh"
    assert store.config.channel_ids == ["website"]
    checked = melati("--home", home, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "0 galat, 0 peringatan" in checked.stdout


def test_init_refuses_to_overwrite_then_force(tmp_path):
    home = tmp_path / "h"
    assert melati("init", home).returncode == 0
    (home / "archive/melati.yaml").write_text("organization: {name: Milik Kami}\n")
    again = melati("init", home)
    assert again.returncode == 1
    assert "sudah ada" in again.stderr and "--force" in again.stderr
    assert (home / "archive/melati.yaml").read_text() == "organization: {name: Milik Kami}\n"
    forced = melati("init", home, "--force")
    assert forced.returncode == 0
    assert "Nama Organisasi" in (home / "archive/melati.yaml").read_text()


def test_init_uses_the_home_when_no_directory_is_given(tmp_path):
    result = melati("--home", tmp_path / "rumah", "init")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "rumah/archive/melati.yaml").is_file()


def test_check_on_the_repository_archive_is_clean(repo_root):
    result = melati("--home", repo_root, "check", "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] and report["problems"] == [] and report["articles"] >= 1


def test_check_lists_every_problem_and_exits_1(tmp_path):
    home = copy_home(BROKEN, tmp_path / "broken")
    result = melati("--home", home, "check")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    expected = [
        "archive/people.yaml:5: galat: id 'rina-contoh' ganda",
        "archive/articles/2021/2021-05-03-kanal-salah.md:4: galat: kanal 'tiktok' tidak dikenal",
        "archive/articles/2021/2021-05-03-kanal-salah.md:6: peringatan: kolom front matter `suasana` tidak dikenal",
        "archive/articles/2021/2021-05-04-tanpa-tanggal.md:1: galat: `date` tidak ada",
        "archive/metrics/instagram.csv:3: galat: `views` bukan bilangan bulat",
        "hampir sama: 2021-05-01-baik <-> 2021-05-02-mirip",
    ]
    for start in expected:
        assert any(line.startswith(start) for line in lines), (start, result.stdout)
    assert lines[-1] == "diperiksa 3 berita: 4 galat, 1 peringatan, 1 pasangan hampir sama"
    assert "arsip punya 4 galat" in result.stderr and "Traceback" not in result.stderr


def test_check_json_document(tmp_path):
    home = copy_home(BROKEN, tmp_path / "broken")
    result = melati("--home", home, "check", "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert (report["ok"], report["errors"], report["warnings"], report["articles"]) == (False, 4, 1, 3)
    assert report["near_duplicates"] == [["2021-05-01-baik", "2021-05-02-mirip"]]
    by_path = {(p["path"], p["line"]): p for p in report["problems"]}
    missing_date = by_path[("archive/articles/2021/2021-05-04-tanpa-tanggal.md", 1)]
    assert missing_date["severity"] == "error" and "YYYY-MM-DD" in missing_date["fix"]


def test_check_warnings_only_pass_unless_strict(tmp_path):
    home = copy_home(BROKEN, tmp_path / "broken")
    articles = home / "archive/articles/2021"
    (articles / "2021-05-04-tanpa-tanggal.md").unlink()
    (articles / "2021-05-03-kanal-salah.md").write_text(
        (articles / "2021-05-03-kanal-salah.md").read_text().replace("tiktok", "website"))
    (home / "archive/people.yaml").write_text("people:\n  - id: rina-contoh\n    name: Rina Contoh\n")
    (home / "archive/metrics/instagram.csv").unlink()
    result = melati("--home", home, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 galat, 1 peringatan" in result.stdout
    assert melati("--home", home, "check", "--strict").returncode == 1


def test_check_without_an_archive_is_a_one_line_error(tmp_path):
    result = melati("--home", tmp_path, "check")
    assert result.returncode == 1
    assert result.stderr.startswith("melati: error:") and "melati init" in result.stderr
