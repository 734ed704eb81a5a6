"""Every attribution says what it rests on; unsettled ones have speaker null and say so."""
import pytest

from melati_archive import extract
from melati_archive.nlp.attribution import EVIDENCE


def _evidence(text):
    return [(q.speaker, q.evidence) for q in extract(text).quotes]


def test_each_way_of_naming_the_speaker_has_its_evidence():
    text = ("Kepala Dinas Sosial Alor, Yohana Maro, membuka pelatihan. \"Pelatihan ini gratis,\" kata Yohana.\n"
            "\"Peserta mendapat modal usaha,\" ujarnya.\n"
            "Camat Teluk Mutiara, Paulus Koli, mengatakan, \"Kami dukung penuh.\"\n"
            "\"Kami siap membantu,\" kata Kepala Dinas Sosial.")
    assert _evidence(text) == [("Yohana Maro", "cue-name"), ("Yohana Maro", "pronoun"),
                               ("Paulus Koli", "cue-before"), ("Yohana Maro", "cue-role")]


def test_a_description_with_two_candidates_is_unresolved_not_guessed():
    text = ("Bupati Alor Amon Djobo dan Wakil Bupati Alor Imran Duru meninjau pasar.\n"
            "\"Harga beras kami jaga,\" ujar pria kelahiran Kalabahi itu.")
    assert _evidence(text) == [(None, "unresolved")]


def test_the_evidence_is_in_the_json_and_every_value_is_documented():
    doc = extract("Camat Lembur, Paulus Koli, hadir. \"Kami siap membantu,\" kata Paulus.").to_dict()
    assert doc["quotes"][0]["evidence"] == "cue-name"
    assert doc["quotes"][0]["evidence"] in EVIDENCE


@pytest.fixture
def unattributed_home(seed_home):
    """The seed archive plus an article whose one quote is cued by a description two people fit."""
    article = seed_home / "archive" / "articles" / "2021" / "2021-03-02-pasar-murah-alor.md"
    article.parent.mkdir(parents=True, exist_ok=True)
    article.write_text(
        "---\ntitle: Pasar Murah di Alor\ndate: 2021-03-02\nchannel: website\n---\n"
        "Bupati Alor Amon Djobo dan Wakil Bupati Alor Imran Duru meninjau pasar murah.\n"
        "\"Harga beras kami jaga supaya warga tenang,\" ujar pria kelahiran Kalabahi itu.\n",
        encoding="utf-8")
    return seed_home


def test_melati_quotes_lists_an_unattributed_quote_as_such(unattributed_home):
    from click.testing import CliRunner

    from melati_archive.cli import cli

    runner = CliRunner()
    assert runner.invoke(cli, ["--home", str(unattributed_home), "reindex"]).exit_code == 0
    result = runner.invoke(cli, ["--home", str(unattributed_home), "quotes", "harga beras"])
    assert result.exit_code == 0, result.output
    assert "Harga beras kami jaga" in result.output
    assert "(tanpa nama narasumber)" in result.output


def test_the_search_page_shows_an_unattributed_quote_as_such(unattributed_home):
    from melati_archive import Archive
    from melati_archive.searchpage import FormState, SearchPage, row_html

    arc = Archive.open(unattributed_home)
    arc.reindex(full=True)
    result = SearchPage(arc).run(FormState(query="harga beras", mode="kutipan"))
    assert "Narasumber: tanpa nama narasumber" in row_html(result.rows[0])
