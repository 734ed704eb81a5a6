"""Fuzzing (hypothesis) of everything that reads text a user or a source controls: the query parser
and search, the front-matter reader, every importer and the date parsers. Whatever the input, each
either works or raises the project's own error (MelatiError), within a bounded time per input.

`make test` runs a few thousand cases (deterministic: the same ones every run); bench/fuzz.py runs
these same properties with many more random cases and prints what it tried and what failed."""
from __future__ import annotations

import datetime as dt
import os
import signal
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from melati_archive.errors import MelatiError

# --- Inputs ------------------------------------------------------------------------------------

# Pieces that mean something to one of the readers, mixed with arbitrary text: random text alone
# rarely reaches past the first check of a parser.
_ODD = ["\x00", "\x1b[2J", "\u202e", "\ufeff", "\r", "\t", "\\", "é", "ñ", "\U0001f600", "\u00a0", "\u2028"]
_QUERY_PARTS = ["(", ")", '"', "\u201c", "\u201d", "-", "+", "NOT", "OR", "AND", "~", "~2", "~9", ":",
                "judul:", "tanggal:", "pembicara:", "program:", "kanal:", "tag:", "isi:", "asal:", "[", "]",
                "2020", "2020-11", "November", "banjir", "sumur", "Bu", "pelatihan", "*", "?", " ", *_ODD]
_DATE_PARTS = ["13", "1", "31", "30", "29", "0", "00", "2020", "2021", "0000", "9999", "99999", "1900", "November",
               "Februari", "Agt", "Des.", "Senin", "Minggu,", "(", ")", "-", "\u2013", "/", ".", ",", " ", "\n",
               "JAKARTA", "Bekasi", "s.d.", "hingga", "sampai", "dan", "pukul", "WIB", "Antara", "tanggal", *_ODD]
_YAML_KEYS = ["title", "date", "url", "tags", "programs", "overrides", "channel", "language", "fictional",
              "near_duplicates", "author", "location", "extra", "? x", "- a", "<<", "&a k", "*a"]
_YAML_VALUES = ["", "Judul Berita", "2021-02-30", "2021-01-04", "2021-01-04 10:00:00", "[a, b", "[a, b]", "{a: 1}",
                "&a x", "*a", "*b", "&a [*a]", "|", ">", "!!python/object/apply:os.system ['x']", "!!binary aGk=",
                "- x", "~", "null", "true", "12:30", "1e999", "0x1F", '"\\e\\0"', "'", "%", "@", "`", "javascript:x",
                "https://contoh.example/a", "{date: 2021-13-01}", "[[[[[[", "]]]", *_ODD]


def _joined(parts: list[str], extra: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(parts), extra)
    return st.lists(piece, max_size=25).flatmap(
        lambda ps: st.sampled_from([" ".join(ps), "".join(ps)]))


def _repeated(parts: list[str]) -> st.SearchStrategy[str]:
    """One piece many times over: how deep nesting, long chains and huge words are made."""
    return st.builds(lambda p, n, tail: p * n + tail, st.sampled_from(parts), st.integers(1, 3000), short_text)


def _alias_bomb(levels: int) -> str:
    lines = ['b0: &b0 ["ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha"]']
    lines += [f"b{i}: &b{i} [" + ", ".join([f"*b{i - 1}"] * 9) + "]" for i in range(1, levels)]
    return "\n".join(lines)


short_text = st.text(max_size=8)
queries = st.one_of(st.text(max_size=80), _joined(_QUERY_PARTS, short_text),
                    _repeated(["(", "NOT ", "-", '"', "(-", "pelatihan ", "x", "a OR ", "~", "((", ") ("]))
date_texts = st.one_of(st.text(max_size=60), _joined(_DATE_PARTS, short_text))


_HOSTILE_YAML = st.one_of(
    st.integers(1, 12).map(_alias_bomb),
    st.integers(1, 3000).map(lambda n: "x: " + "[" * n + "]" * n),
    st.integers(1, 3000).map(lambda n: "x: " + "{a: " * n + "1" + "}" * n),
    st.integers(1, 500).map(lambda n: "\n".join(f"k{i}: &k{i} [*k{i - 1}]" if i else "k0: &k0 [1]" for i in range(n))),
    st.sampled_from(["x: &s [1, *s]", "x: &m {a: *m}", "<<: *nothing"]),
)


@st.composite
def front_matters(draw) -> str:
    body = draw(st.one_of(st.text(max_size=80), _joined(_DATE_PARTS, short_text)))
    if draw(st.integers(0, 3)) == 0:  # a well-formed file carrying a bomb, deep nesting or an alias chain
        return f"---\ntitle: Judul\ndate: 2021-01-04\n{draw(_HOSTILE_YAML)}\n---\n{body}\n"
    lines = []
    for _ in range(draw(st.integers(0, 8))):
        key = draw(st.one_of(st.sampled_from(_YAML_KEYS), short_text))
        value = draw(st.one_of(st.sampled_from(_YAML_VALUES), short_text))
        indent = draw(st.sampled_from(["", "", "  ", "\t"]))
        lines.append(f"{indent}{key}: {value}")
    closing = draw(st.sampled_from(["---", "---", "...", "", "--"]))
    return "---\n" + "\n".join(lines) + f"\n{closing}\n{body}\n"


@st.composite
def html_pages(draw) -> str:
    title = draw(st.one_of(short_text, st.sampled_from(_YAML_VALUES)))
    paragraphs = draw(st.lists(_joined(_DATE_PARTS, short_text), max_size=4))
    meta = draw(st.sampled_from(['<meta property="article:published_time" content="2021-02-30">',
                                 '<meta name="date" content="13 November 2020">', '<meta charset="x-unknown">',
                                 '<link rel="canonical" href="javascript:alert(1)">', ""]))
    tags = draw(st.lists(st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<script>", "<![CDATA[", "<!--",
                                          "&amp;", "&#0;", "&#x1b;", "<br/>", "<h1>", "</h1>"]), max_size=6))
    return (f"<html><head><title>{title}</title>{meta}</head><body>{''.join(tags)}"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>")


@st.composite
def feeds(draw) -> str:
    items = []
    for _ in range(draw(st.integers(0, 3))):
        title = draw(st.one_of(short_text, st.sampled_from(_ODD)))
        link = draw(st.sampled_from(["https://contoh.example/a", "javascript:alert(1)", "", "data:x", "//x"]))
        date = draw(st.sampled_from(["Thu, 10 Jun 2021 06:30:00 +0700", "2021-02-30", "", "kemarin"]))
        body = draw(_joined(_DATE_PARTS, short_text))
        items.append(f"<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate>"
                     f"<description>{body}</description></item>")
    junk = draw(st.sampled_from(["", "<", "&bogus;", "<!DOCTYPE x [<!ENTITY a 'b'>]>", "]]>"]))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{"".join(items)}{junk}</channel></rss>'


@st.composite
def wordpress_exports(draw) -> str:
    items = []
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(["post", "page", "attachment", ""]))
        status = draw(st.sampled_from(["publish", "draft", ""]))
        date = draw(st.sampled_from(["2021-06-10 06:30:00", "2021-02-30 00:00:00", "0000-00-00 00:00:00", ""]))
        title = draw(st.one_of(short_text, st.sampled_from(_ODD)))
        body = draw(_joined(_DATE_PARTS, short_text))
        items.append(f"<item><title>{title}</title><wp:post_type>{kind}</wp:post_type>"
                     f"<wp:status>{status}</wp:status><wp:post_date>{date}</wp:post_date>"
                     f"<content:encoded><![CDATA[{body}]]></content:encoded></item>")
    junk = draw(st.sampled_from(["", "<", "&bogus;", "<!DOCTYPE x [<!ENTITY a 'b'>]>"]))
    return ('<?xml version="1.0"?><rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            + "".join(items) + junk + "</channel></rss>")


texts = st.one_of(st.text(max_size=200), _joined(_DATE_PARTS + ["\n\n", "Judul", '"Kutipan," kata Bu Ani.'], short_text))

# --- Properties --------------------------------------------------------------------------------


def _only_our_errors(run: Callable[[], Any]) -> Any:
    try:
        return run()
    except MelatiError as exc:
        assert "\n" not in str(exc).strip(), f"a multi-line error: {exc!r}"
        return None


def check_query(query: str) -> None:
    from melati_archive.search import parse_query

    _only_our_errors(lambda: parse_query(query))


def check_front_matter(text: str) -> None:
    from melati_archive.archive import parse_article_text, render_article

    article = _only_our_errors(lambda: parse_article_text(text, "articles/2021/2021-01-04-fuzz.md"))
    if article is not None:  # what the store writes back must read again
        again = parse_article_text(render_article(article), "articles/2021/2021-01-04-fuzz.md")
        assert (again.title, again.date, again.url) == (article.title, article.date, article.url)


def _import(parser_name: str, text: str) -> None:
    from melati_archive.importers.finish import to_article
    from melati_archive.importers.run import PARSERS

    parsed = _only_our_errors(lambda: PARSERS[parser_name](text, "fuzz"))
    for draft in parsed.drafts if parsed else []:
        article = _only_our_errors(lambda: to_article(draft, channel=None, language="id", today=dt.date(2021, 7, 1)))
        if article is not None:
            assert not any(ord(c) < 32 for c in article.title), article.title
            assert article.url is None or article.url.startswith(("http://", "https://"))


def check_decode(data: bytes) -> None:
    from melati_archive.importers.decode import decode_bytes
    from melati_archive.importers.detect import detect_format

    decoded = _only_our_errors(lambda: decode_bytes(data, "fuzz"))
    if decoded is not None:
        _only_our_errors(lambda: detect_format(decoded.text, "fuzz.txt"))


def check_dates(text: str) -> None:
    from melati_archive.importers.datelines import dateline_of, first_body_date
    from melati_archive.nlp.dates import parse_dateline
    from melati_archive.nlp.eventdates import find_event_dates
    from melati_archive.search import parse_period

    parse_dateline(text)
    find_event_dates(text, dt.date(2021, 1, 4))
    find_event_dates(text, None)
    dateline_of(text)
    first_body_date(text)
    _only_our_errors(lambda: parse_period(text))


# Words of roles, ranks, names and places, and quote marks among them: long runs of them are what
# regular expressions that read names and cues can take exponential or quadratic time on.
_NAME_SHAPED = ["Kolonel (Czi) IGN ", "Kepala Dinas ", "Budi Santoso ", "Sekretaris daerah ", "XV ", "H. ",
                "Menteri A, ", "didampingi ", "warga Desa ", "dan ", "(ABC) ", "Letkol Inf ", "Wali Kota Milan, ",
                # quotes with no sentence end between them: each quote's cue search must stay short
                ':ABC DEF mereka "', 'kata Budi, "',
                # many quotes with a -nya cue: each sentence end near a quote is tested against the quotes
                '"Ab cd ef," katanya. ',
                # quotes after a colon, no sentence end: each one's cue is read after the one before
                'Ab Cd (Ef Gh): "Ab cd ef gh ij kl." ',
                # quotes and names with no sentence end: a pronoun cue's sentence is read 600 back at most
                '"Ab cd," kata Budi dan Rina dan ']
extraction_texts = st.one_of(
    texts,
    _repeated(_NAME_SHAPED),
    st.lists(st.sampled_from(_NAME_SHAPED), max_size=300).map("".join),
)


def check_extract(text: str) -> None:
    from melati_archive.nlp.extract import extract

    extract("JAKARTA - " + text)


@dataclass
class Fuzz:
    name: str
    strategy: st.SearchStrategy
    check: Callable[[Any], None]
    examples: int  # per `make test` run
    deadline_s: float  # per input


FUZZ = [
    Fuzz("query parser", queries, check_query, 2000, 3.0),
    Fuzz("front matter", front_matters(), check_front_matter, 1500, 3.0),
    Fuzz("date parsers", date_texts, check_dates, 1500, 3.0),
    Fuzz("bytes decoder", st.binary(max_size=300), check_decode, 500, 3.0),
    Fuzz("extractor", extraction_texts, check_extract, 300, 3.0),
    Fuzz("text importer", texts, lambda t: _import("text", t), 500, 6.0),
    Fuzz("markdown importer", front_matters(), lambda t: _import("md", t), 500, 6.0),
    Fuzz("html importer", html_pages(), lambda t: _import("html", t), 300, 6.0),
    Fuzz("feed importer", feeds(), lambda t: _import("feed", t), 400, 6.0),
    Fuzz("wordpress importer", wordpress_exports(), lambda t: _import("wordpress", t), 400, 6.0),
]


class OverTime(Exception):
    """An input took far longer than its bound (a hang, an expansion): stopped, not waited for."""


@contextmanager
def _hard_bound(seconds: float):
    """SIGALRM after `seconds`: hypothesis's deadline is checked only once an input returns, and an
    input that never returns (or takes gigabytes first) must fail instead."""
    def expired(signum, frame):
        raise OverTime(f"one input ran over {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def property_test(fuzz: Fuzz, examples: int, *, derandomize: bool, counter: list[int] | None = None):
    """The hypothesis test of `fuzz` for `examples` cases; `counter[0]` counts the inputs tried.
    Each input has `deadline_s` (hypothesis's deadline) and at most four times that (a hard stop)."""

    @settings(max_examples=examples, deadline=timedelta(seconds=fuzz.deadline_s), derandomize=derandomize,
              database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
              print_blob=True)
    @given(fuzz.strategy)
    def run(value):
        if counter is not None:
            counter[0] += 1
        with _hard_bound(4 * fuzz.deadline_s):
            fuzz.check(value)

    return run


SEARCH_EXAMPLES = 300
_SCALE = float(os.environ.get("MELATI_FUZZ_SCALE", "1"))


@pytest.mark.parametrize("fuzz", FUZZ, ids=[f.name for f in FUZZ])
def test_fuzz(fuzz):
    property_test(fuzz, max(1, int(fuzz.examples * _SCALE)), derandomize=True)()


def test_fuzzing_search_on_a_real_index(search_arc):
    """Queries through the whole of search (whoosh included), not just the parser."""

    @settings(max_examples=max(1, int(SEARCH_EXAMPLES * _SCALE)), deadline=timedelta(seconds=10), derandomize=True,
              database=None, suppress_health_check=list(HealthCheck))
    @given(queries)
    def run(query):
        with _hard_bound(20):
            _only_our_errors(lambda: search_arc.search(query, limit=3))
            _only_our_errors(lambda: search_arc.quotes(query, limit=3))

    run()
