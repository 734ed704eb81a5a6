"""extract() on hostile pages: 40 KB of one short pattern repeated reads in about linear time (each form here
once made every match read the rest of the page: seconds for 40 KB, minutes for a megabyte)."""
from __future__ import annotations

import time

import pytest

from melati_archive.nlp.extract import extract


@pytest.mark.parametrize("unit", [
    "AKP Budi ",  # ranks and names: "melalui <office>" after a mention read every capital word to the page's end
    "a--B",       # one line of words and dashes: a web address searched from every letter of the run
    "x-y",
    "\u201dab",   # marks without sentence ends: every quote read 1,000 characters of marks before it
])
def test_a_repeated_pattern_reads_in_linear_time(unit):
    text = unit * (40_000 // len(unit))
    start = time.process_time()
    extract(text)
    assert time.process_time() - start < 1.5  # 4.5 to 7 s before (0.03 to 0.4 s now)
