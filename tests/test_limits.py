"""File limits (limits.py): alias bombs, self-reference, deep nesting, oversized YAML and oversized
articles are refused with a one-line error naming the file and the limit, in check, reindex and
import alike."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from melati_archive import limits
from melati_archive.api import Archive
from melati_archive.archive import parse_article_text, render_article
from melati_archive.errors import ArchiveError
from melati_archive.importers.run import run_import
from melati_archive.yamlpos import YamlLimitError, load_located


def alias_bomb(levels: int) -> str:
    """Front-matter lines where each level names the one below nine times ("billion laughs")."""
    lines = ['a0: &a0 ["ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines)


def article(front_extra: str, body: str = "JAKARTA - Balai menggelar pelatihan menjahit.") -> str:
    return f"---\ntitle: Pelatihan Menjahit\ndate: 2021-01-04\n{front_extra}\n---\n{body}\n"


def home_with(tmp_path: Path, text: str) -> Path:
    home = tmp_path / "home"
    folder = home / "archive" / "articles" / "2021"
    folder.mkdir(parents=True)
    (folder / "2021-01-04-pelatihan-menjahit.md").write_text(text, encoding="utf-8")
    (folder / "2021-01-04-berita-baik.md").write_text(article("tags: [baik]"), encoding="utf-8")
    return home


def test_alias_bomb_is_refused_before_it_expands():
    # 9^6 = 531,441 values from 54 aliases: loaded whole before the limit (and 9^9 never finished)
    with pytest.raises(ArchiveError) as err:
        parse_article_text(article(alias_bomb(6)), "articles/2021/2021-01-04-pelatihan-menjahit.md")
    message = str(err.value)
    assert "2021-01-04-pelatihan-menjahit.md" in message and "melebihi batas 64 KB" in message
    assert "\n" not in message


def test_registry_alias_bomb_meets_the_value_limit():
    # people.yaml may be 4 MB: there the count of values expanded is the limit that holds
    with pytest.raises(YamlLimitError, match=f"lebih dari {limits.MAX_YAML_NODES} nilai"):
        load_located(alias_bomb(6))


def test_aliases_cannot_make_a_front_matter_that_would_not_read_back():
    # 9^5 values from 45 aliases: within the counts, but written out (as the store writes files)
    # it is 330 KB, over the front-matter limit: the file written back could not be read
    with pytest.raises(ArchiveError, match="melebihi batas 64 KB"):
        parse_article_text(article(alias_bomb(5)), "articles/2021/2021-01-04-a.md")


def test_many_aliases_are_refused_and_a_few_are_fine():
    few = "lokasi: &tempat Jakarta\nkota: *tempat\nasal: *tempat"
    assert load_located(few).data["asal"] == "Jakarta"
    many = "a: &x 1\nb: [" + ", ".join(["*x"] * (limits.MAX_YAML_ALIASES + 1)) + "]"
    with pytest.raises(YamlLimitError, match=f"lebih dari {limits.MAX_YAML_ALIASES} alias"):
        load_located(many)


def test_self_referring_alias_is_refused_not_a_recursion_error():
    with pytest.raises(YamlLimitError, match="merujuk dirinya sendiri"):
        load_located("a: &a [1, *a]")
    with pytest.raises(ArchiveError, match="merujuk dirinya sendiri"):
        parse_article_text(article("x: &s {k: *s}"), "articles/2021/2021-01-04-a.md")


def test_deep_nesting_is_refused_with_the_limit():
    deep = "x: " + "[" * (limits.MAX_YAML_DEPTH + 5) + "]" * (limits.MAX_YAML_DEPTH + 5)
    with pytest.raises(YamlLimitError, match=f"batas {limits.MAX_YAML_DEPTH} tingkat"):
        load_located(deep)
    # 900 levels: under the parser's own limit, over Python's recursion limit in the line walk
    very = "x: " + "[" * 900 + "]" * 900
    with pytest.raises(YamlLimitError):
        load_located(very)


def test_oversized_front_matter_names_the_limit():
    big = "catatan: " + "kata " * (limits.MAX_FRONT_MATTER_BYTES // 5 + 10)
    with pytest.raises(ArchiveError, match="batas 64 KB"):
        parse_article_text(article(big), "articles/2021/2021-01-04-a.md")


def test_check_and_reindex_report_the_bomb_and_keep_the_good_file(tmp_path):
    home = home_with(tmp_path, article(alias_bomb(6)))
    arc = Archive.open(home)
    errors = [p for p in arc.check() if p.severity == "error"]
    assert len(errors) == 1 and "pelatihan-menjahit.md" in errors[0].path
    result = arc.reindex()
    assert result.added == 1 and len(result.failed) == 1
    assert "melebihi batas 64 KB" in result.failed[0]["error"]


def test_import_refuses_the_bomb_and_writes_no_anchors(tmp_path):
    home = tmp_path / "home"
    (home / "archive" / "articles").mkdir(parents=True)
    sources = tmp_path / "src"
    sources.mkdir()
    (sources / "bom.md").write_text(article(alias_bomb(6)), encoding="utf-8")
    # a harmless alias: imported, and written out as plain values
    (sources / "baik.md").write_text(article("catatan: &c Siaran ulang\nringkas: *c"), encoding="utf-8")
    report = run_import(Archive.open(home), [sources], reindex=False, today=dt.date(2021, 1, 5))
    assert [f["source"].rsplit("/", 1)[-1] for f in report.failed] == ["bom.md"]
    assert "melebihi batas 64 KB" in report.failed[0]["error"]
    assert len(report.created) == 1
    written = (home / report.created[0]).read_text(encoding="utf-8")
    assert "&" not in written.split("---")[1] and "*" not in written.split("---")[1]


def test_written_files_never_carry_aliases():
    shared = ["Jakarta", "Bekasi"]
    art = parse_article_text(article("tags: [a]"), "articles/2021/2021-01-04-a.md")
    art.extra = {"asal": shared, "tujuan": shared}
    text = render_article(art)
    assert "&id" not in text and "*id" not in text
    again = parse_article_text(text, "articles/2021/2021-01-04-a.md")
    assert again.extra["tujuan"] == shared


def test_oversized_article_is_refused_by_check_reindex_and_import(tmp_path):
    body = "Warga kampung bergotong royong membersihkan saluran air. " * (limits.MAX_ARTICLE_BYTES // 56 + 10)
    home = home_with(tmp_path, article("tags: [besar]", body))
    arc = Archive.open(home)
    errors = [p for p in arc.check() if p.severity == "error"]
    assert len(errors) == 1 and "batas 2 MB" in errors[0].message and "pelatihan-menjahit" in errors[0].path
    result = arc.reindex()
    assert result.added == 1 and [f["path"] for f in result.failed] == [
        "articles/2021/2021-01-04-pelatihan-menjahit.md"]
    assert "terlalu besar" in result.failed[0]["error"]
    sources = tmp_path / "src"
    sources.mkdir()
    (sources / "besar.md").write_text(article("", body), encoding="utf-8")
    report = run_import(Archive.open(home), [sources], reindex=False, today=dt.date(2021, 1, 5))
    assert report.created == [] and "batas 2 MB" in report.failed[0]["error"]
