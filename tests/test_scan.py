"""Scans led by first letters (nlp/scan.py) find what the boundary-led patterns find."""
import re

from melati_archive.nlp.names import places_in
from melati_archive.nlp.scan import word_start_pattern


def test_word_start_pattern_matches_what_a_leading_boundary_matches():
    # the first-letter-first form of "\b(?:words)" must find the same spans, in order, at the
    # text's start, after punctuation or a hyphen, and never inside a word
    words = ["mengatakan", "menambahkan", "meminta", "berkata", "menurut", "kata", "m"]
    text = ("mengatakan itu, Budi menambahkan; (berkata) pra-kata katanya memintanya meminta "
            "dimengatakan menurutnya menurut m am kata\nkata-kata")
    lead = re.compile(r"\b(?:" + "|".join(words) + r")\b")
    first = re.compile(word_start_pattern(words) + r"\b")
    assert [m.span() for m in first.finditer(text)] == [m.span() for m in lead.finditer(text)]
    assert len(lead.findall(text)) >= 8


def test_words_not_after_given_words_match_what_leading_lookbehinds_match():
    words = ["di", "Kota", "Kab.", "Kabupaten", "kawasan"]
    text = ("Wali Kota Bekasi hadir di Bekasi dan Kota Bogor, bukan Kepala Kota Tua; Kab. Bandung, "
            "Kabupaten Garut, dikawasan Puncak, kawasan Dago; Wakil Kota Hilir di  Cimahi")
    lead = re.compile(r"\b(?<!Wali )(?<!Kepala )(?<!Wakil )(?:di|Kota|Kab\.|Kabupaten|kawasan)[^\S\n]+[A-Z][a-z]+")
    first = re.compile(word_start_pattern(words, not_after_words=["Wali ", "Kepala ", "Wakil "]) + r"[^\S\n]+[A-Z][a-z]+")
    spans = [m.span() for m in lead.finditer(text)]
    assert [m.span() for m in first.finditer(text)] == spans and len(spans) == 6


def test_place_words_after_a_mayors_title_are_not_places():
    assert places_in("Wali Kota Bekasi meninjau banjir di Jatiasih dan Kota Bogor.") == {"jatiasih", "bogor"}
