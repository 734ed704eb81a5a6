"""The query language: tokens, syntax tree and its errors (docs/search.md, "Query syntax").

Bare words, "phrases" (`"a b"~2`), `field:value` with Indonesian or English field names,
`field:"value with spaces"`, dates and date ranges, `word~` / `word~2` fuzzy words, OR,
NOT / -word, +word, and parentheses. Bad input raises QueryError saying what to change.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import QueryError
from ..wording import FIELDS, quoted
from ..querylimits import check_query


FIELD_NAMES = {
    "judul": "title", "title": "title",
    "isi": "body", "body": "body", "teks": "body", "text": "body",
    "tanggal": "date", "date": "date", "tgl": "date",
    "program": "program", "programs": "program",
    "pembicara": "speaker", "speaker": "speaker", "narasumber": "speaker",
    "kanal": "channel", "channel": "channel", "saluran": "channel",
    "tag": "tag", "tags": "tag", "label": "tag",
}
# --- Query parsing ----------------------------------------------------------------------------

_TOKEN_RE = re.compile(
    r"""\s*(?:
        (?P<lpar>\() | (?P<rpar>\)) |
        (?P<field>[A-Za-z_]+):(?P<fvalue>"[^"]*"?|\[[^\]]*\]?|[^\s()]+) |
        (?P<phrase>[-+]?"[^"]*"?(?:~\d+)?) |
        (?P<word>[^\s()"]+)
    )""",
    re.VERBOSE,
)


@dataclass
class _Node:
    op: str  # "and" | "or" | "not" | "word" | "phrase" | "field" | "fuzzy"
    children: list["_Node"] = field(default_factory=list)
    text: str = ""
    field: str = ""
    dist: int | None = 1
    strict: bool = False  # "+word": required even among words that may partly match


def _tokens(query: str) -> list[tuple[str, str, str]]:
    out, pos = [], 0
    query = query.replace("\u201c", '"').replace("\u201d", '"')
    while pos < len(query):
        if query[pos:].strip() == "":
            break
        m = _TOKEN_RE.match(query, pos)
        if not m or m.end() == pos:
            raise QueryError(f"ada tanda yang tidak dikenal di kueri dekat {quoted(query[pos:pos + 20])}; "
                             "hapus tanda khusus atau apit kata dengan tanda kutip")
        pos = m.end()
        kind = m.lastgroup if m.lastgroup != "fvalue" else "field"
        if kind == "field":
            out.append(("field", m["field"], m["fvalue"]))
        else:
            out.append((kind, m[kind], ""))
    return out


# Operators in Indonesian, written in capitals like their English forms: "banjir ATAU longsor".
_INDONESIAN_OPERATORS = {"ATAU": "OR", "DAN": "AND", "BUKAN": "NOT", "TANPA": "NOT"}


def indonesian_operators(query: str) -> dict[str, str]:
    """The Indonesian words that are operators in `query` (ATAU -> OR, ...): none when the whole
    query is in capitals (typed with caps lock: there "DAN" is the stopword and "BUKAN" the negation)."""
    return _INDONESIAN_OPERATORS if any(c.islower() for c in query) else {}


def _operators(toks: list[tuple[str, str, str]], query: str) -> list[tuple[str, str, str]]:
    """Capital ATAU, DAN, BUKAN and TANPA as OR, AND and NOT (`indonesian_operators`)."""
    ops = indonesian_operators(query)
    return [(kind, ops.get(a, a), b) if kind == "word" else (kind, a, b) for kind, a, b in toks]


class _Parser:
    def __init__(self, query: str):
        self.query = query
        self.toks = _operators(_tokens(query), query)
        self.i = 0

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None

    def parse(self) -> _Node:
        node = self.or_expr()
        if self.peek() is not None:
            raise QueryError("ada tanda ) tanpa pasangan (; hapus atau tambahkan (")
        return node

    def or_expr(self) -> _Node:
        parts = [self.and_expr()]
        while self.peek() and self.peek()[0] == "word" and self.peek()[1] == "OR":
            self.i += 1
            parts.append(self.and_expr())
        return parts[0] if len(parts) == 1 else _Node("or", parts)

    def and_expr(self) -> _Node:
        parts = []
        while True:
            tok = self.peek()
            if tok is None or tok[0] == "rpar" or (tok[0] == "word" and tok[1] == "OR"):
                break
            if tok[0] == "word" and tok[1] == "AND":
                self.i += 1
                continue
            parts.append(self.unary())
        if not parts:
            if self.peek() is None:
                raise QueryError("kueri berakhir terlalu cepat (sesudah OR/ATAU, NOT/BUKAN atau kurung buka); "
                                 "lengkapi atau hapus bagian yang menggantung")
            raise QueryError("kueri punya bagian kosong (tidak ada kata di antara OR atau di dalam kurung); "
                             "tulis kata di kedua sisi OR/ATAU")
        return parts[0] if len(parts) == 1 else _Node("and", parts)

    def unary(self) -> _Node:
        tok = self.peek()
        if tok[0] == "word" and tok[1] == "NOT":
            self.i += 1
            if self.peek() is None:
                raise QueryError("NOT/BUKAN ada di akhir kueri; tulis kata yang dikecualikan sesudahnya")
            return _Node("not", [self.unary()])
        if tok[0] in ("word", "phrase") and tok[1].startswith("-") and len(tok[1]) > 1:
            self.toks[self.i] = (tok[0], tok[1][1:], tok[2])
            return _Node("not", [self.unary()])
        if tok[0] in ("word", "phrase") and tok[1].startswith("+") and len(tok[1]) > 1:
            self.toks[self.i] = (tok[0], tok[1][1:], tok[2])
            node = self.primary()
            node.strict = True
            return node
        return self.primary()

    def primary(self) -> _Node:
        kind, a, b = self.toks[self.i]
        self.i += 1
        if kind == "lpar":
            node = self.or_expr()
            if self.peek() is None or self.peek()[0] != "rpar":
                raise QueryError("ada kurung ( yang belum ditutup; tambahkan )")
            self.i += 1
            return node
        if kind == "rpar":
            raise QueryError("ada tanda ) tanpa pasangan (; hapus atau tambahkan (")
        if kind == "phrase":
            m = re.fullmatch(r'"([^"]*)("?)(?:~(\d+))?', a)
            if not m or not m[2]:
                raise QueryError(f"tanda kutip \" pada {quoted(a)} belum ditutup; tambahkan penutupnya")
            if not m[1].strip():
                raise QueryError('ada tanda kutip kosong ""; tulis kata di antaranya')
            return _Node("phrase", text=m[1], dist=int(m[3] or 0))
        if kind == "field":
            name = a.lower()
            if name not in FIELD_NAMES:
                raise QueryError(f"kolom {quoted(a)} tidak dikenal; yang bisa dipakai: {FIELDS}")
            value = b
            if value.startswith('"'):
                if len(value) < 2 or not value.endswith('"'):
                    raise QueryError(f"tanda kutip \" sesudah {a}: belum ditutup; tambahkan penutupnya")
                value = value[1:-1]
            elif value.startswith("[") and not value.endswith("]"):
                raise QueryError(f"rentang sesudah {a}: belum ditutup; tambahkan ]")
            if not value.strip():
                raise QueryError(f"{a}: tanpa isi; tulis seperti {a}:pelatihan atau {a}:\"dua kata\"")
            return _Node("field", field=FIELD_NAMES[name], text=value, children=[])
        if a.endswith(":") and a[:-1].lower() in FIELD_NAMES:
            raise QueryError(f"{a} tanpa isi; tulis seperti {a}pelatihan atau {a}\"dua kata\"")
        m = re.fullmatch(r"(.+?)~(\d?)", a)
        if m:
            # no number: search.fuzzy picks the distance by the word's length
            return _Node("fuzzy", text=m[1], dist=int(m[2]) if m[2] else None)
        return _Node("word", text=a)


def parse_query(query: str) -> _Node | None:
    """The syntax tree of a user query (None when empty); QueryError when it cannot be read."""
    if not query or not query.strip():
        return None
    check_query(query)  # limits first: the parser recurses once per ( and NOT
    return _Parser(query).parse()

def _needs_text(node: _Node | None, text_fields: tuple[str, ...]) -> bool:
    """True when every match of the query must match a text field (title/body exist only on
    articles, text only on quotes), so the kind filter can be left out of the matcher."""
    if node is None:
        return False
    if node.op in ("word", "phrase", "fuzzy"):
        return True
    if node.op == "field":
        return node.field in ("title", "body")
    if node.op == "and":
        return any(_needs_text(c, text_fields) for c in node.children)
    if node.op == "or":
        return all(_needs_text(c, text_fields) for c in node.children)
    return False

