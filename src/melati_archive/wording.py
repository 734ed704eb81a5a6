"""Indonesian wording of the search library's English errors, for the command line and the search page.

The search library words its QueryErrors in English for developers; a humas officer reads them
through `melati` or the page, so each known form is rewritten here, keeping whatever surrounds it
(a file name, a line). A message with no known form is left as it is: an English sentence that
says what is wrong beats a vague Indonesian one.
"""
from __future__ import annotations

import re
from typing import Callable

# A quote whose speaker the text does not settle: shown under this label, never hidden.
UNATTRIBUTED = "tanpa nama narasumber"
FIELDS = "judul:, isi:, tanggal:, program:, narasumber:, kanal:, tag:"
DATE_FORMS = "2020, 2020-11, 2020-11-13, \"November 2020\" atau \"13 November 2020\""


def _q(text: str) -> str:
    return f"\u201c{text}\u201d"


def _speaker_unknown(m: re.Match) -> str:
    hint = f"; mungkin maksud Anda {m['close']}" if m["close"] else "; `melati people` menampilkan semua nama"
    return f"tidak ada narasumber bernama {_q(m['name'])} di arsip{hint}"


_Rule = tuple[re.Pattern, Callable[[re.Match], str]]
RULES: list[_Rule] = [
    # querylimits words its errors in Indonesian already: known, kept as written
    (re.compile(r"kueri .* \(batas \d+\); .*"), lambda m: m.group(0)),
    (re.compile(r"no speaker named '(?P<name>[^']*)' in the archive"
                r"(?:; did you mean (?P<close>[^?]*)\?|; `melati people` lists everyone)?"), _speaker_unknown),
    (re.compile(r"'(?P<name>[^']*)' could be (?P<names>.*?); type more of the name"),
     lambda m: f"{_q(m['name'])} cocok dengan beberapa orang ({m['names'].replace(' or ', ' atau ')}); "
               "ketik nama lebih lengkap"),
    (re.compile(r"unknown program '(?P<name>[^']*)'; known programs: (?P<known>.*)"),
     lambda m: f"program {_q(m['name'])} tidak dikenal; program yang ada: {m['known']}"),
    (re.compile(r"unknown channel '(?P<name>[^']*)'; known channels: (?P<known>.*)"),
     lambda m: f"kanal {_q(m['name'])} tidak dikenal; kanal yang ada: {m['known']}"),
    (re.compile(r"--from (?P<a>.*?) is after --to (?P<b>.*)"),
     lambda m: f"--from {m['a']} jatuh sesudah --to {m['b']}; tukar kedua tanggal"),
    (re.compile(r"cannot read the date '(?P<text>[^']*)'.*"),
     lambda m: f"tanggal {_q(m['text'])} tidak terbaca; tulis {DATE_FORMS}"),
    (re.compile(r"date range '(?P<text>[^']*)' ends before it starts"),
     lambda m: f"rentang tanggal {_q(m['text'])} berakhir sebelum mulai; tukar kedua ujungnya"),
    (re.compile(r"unknown field '(?P<name>[^']*)' in the query.*"),
     lambda m: f"kolom {_q(m['name'])} tidak dikenal; yang bisa dipakai: {FIELDS}"),
    (re.compile(r"a phrase is not closed: .*|the value of \S+ is not closed.*"),
     lambda m: "ada tanda kutip \" yang belum ditutup; tambahkan penutupnya"),
    (re.compile(r"a `\(` in the query is never closed.*|the range after \S+ is not closed.*"),
     lambda m: "ada kurung ( atau [ yang belum ditutup; tambahkan penutupnya"),
    (re.compile(r"a `\)` in the query has no `\(`.*|unexpected '\)' in the query.*"),
     lambda m: "ada tanda ) tanpa pasangan (; hapus atau tambahkan ("),
    (re.compile(r"NOT at the end of the query.*"),
     lambda m: "NOT ada di akhir kueri; tulis kata yang dikecualikan sesudahnya"),
    (re.compile(r"the query ends too early.*|the query has an empty part.*"),
     lambda m: "kueri punya bagian kosong (sesudah OR/NOT atau di dalam kurung); lengkapi atau hapus"),
    (re.compile(r"an empty phrase \"\" in the query.*"),
     lambda m: "ada tanda kutip kosong \"\"; tulis kata di antaranya"),
    (re.compile(r"(?P<name>\S+?):? has no value; write it as .*"),
     lambda m: f"{m['name']}: tanpa isi; tulis seperti judul:pelatihan atau judul:\"dua kata\""),
    (re.compile(r"\S+~\d: fuzzy distance must be 1, 2 or 3"),
     lambda m: "angka sesudah ~ harus 1, 2 atau 3"),
    (re.compile(r"(?P<word>\S+)~(?P<dist>\d): a (?P<n>\d+)-letter word allows at most (?P<cap>\d) edits?; "
                r"write \S+ or less"),
     lambda m: f"{m['word']}~{m['dist']}: kata {m['n']} huruf paling banyak boleh {m['cap']} salah ketik; "
               f"tulis {m['word']}~{m['cap']} atau kurang"),
    (re.compile(r"the phrase \"(?P<text>[^\"]*)\" has no searchable words"),
     lambda m: f"frasa {_q(m['text'])} tidak berisi kata yang bisa dicari"),
    (re.compile(r"judul:/title: is not searchable here.*"),
     lambda m: "judul: tidak bisa dipakai untuk kutipan; cari kata-katanya saja"),
    (re.compile(r"cannot read the query near .*"),
     lambda m: "ada tanda yang tidak dikenal di kueri; hapus tanda khusus atau apit kata dengan tanda kutip"),
]


def translate(message: str) -> tuple[str, bool]:
    """(the message with its known English forms in Indonesian, whether any form was known)."""
    known = False
    for pattern, words in RULES:
        message, n = pattern.subn(words, message)
        known = known or n > 0
    return message, known


def indonesian(message: str) -> str:
    """The message in Indonesian where its form is known, else unchanged."""
    return translate(message)[0]
