"""HTML of the search page: header, result cards, the reader view of one article, download links.

Every value is escaped before it reaches the page; only <mark> for the words searched is added.
The logic deciding what is shown lives in searchpage.py and reader.py.
"""
from __future__ import annotations

import base64
import html
import re

from .search.snippets import runs
from .weburl import safe_url
from .wording import UNATTRIBUTED

_MARK_RE = re.compile("\u00ab(.*?)\u00bb", re.S)
_WORD_RE = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def _e(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def highlight_html(snippet: str) -> str:
    """A search snippet with «marks» as safe HTML: the text escaped, then highlights as <mark>."""
    escaped = html.escape(snippet, quote=True)
    return _MARK_RE.sub(lambda m: f"<mark>{m.group(1)}</mark>", escaped)


def query_words(query: str) -> list[str]:
    """The plain words of a query, without field names, operators or fuzzy marks."""
    from .search.syntax import indonesian_operators  # lazily: the page's start-up stays light

    operators = indonesian_operators(query or "")
    words = []
    for token in re.split(r"\s+", query or ""):
        if token in operators:
            continue  # "BUKAN" is NOT here, not the negation word
        token = token.split(":", 1)[1] if ":" in token else token
        token = token.strip('"()~-\u201c\u201d').lower()
        token = re.sub(r"~\d*$", "", token)
        if not token or token in {"or", "and", "not", "atau", "dan"}:
            continue
        words.extend(w.lower() for w in _WORD_RE.findall(token))
    return words


def _stem(word: str) -> str:
    from .nlp.analysis import stem

    return stem(word)


def highlight_words_html(text: str, query: str, marks=None) -> str:
    """Text as safe HTML with the words the query matched in <mark>: those of `marks` (a
    search.Marks, what the search itself matched: families, synonyms, other spellings, amounts)
    or, without it, every word that matches a query word as written or by root.

    Reduplicated forms count by their parts: "ide" marks "ide-ide".
    """
    if marks is not None:
        return _marked_html(text, runs(text, marks.spans(text)))
    wanted = set(query_words(query))
    if not wanted:
        return html.escape(text, quote=True)
    roots = {_stem(w) for w in wanted}
    out, last = [], 0
    for m in _WORD_RE.finditer(text):
        word = m.group(0).lower()
        parts = {word, *word.split("-")}
        hit = bool(parts & wanted) or any(_stem(p) in roots for p in parts if p.isalpha())
        if hit:
            out.append(html.escape(text[last:m.start()], quote=True))
            out.append(f"<mark>{html.escape(m.group(0), quote=True)}</mark>")
            last = m.end()
    out.append(html.escape(text[last:], quote=True))
    return "".join(out)


def _marked_html(text: str, spans: list[tuple[int, int]]) -> str:
    out, last = [], 0
    for start, end in spans:
        out.append(html.escape(text[last:start], quote=True))
        out.append(f"<mark>{html.escape(text[start:end], quote=True)}</mark>")
        last = end
    out.append(html.escape(text[last:], quote=True))
    return "".join(out)


# --- Result cards ---------------------------------------------------------------------------

# Copies the citation kept in the button's data attribute; when the clipboard is refused (an
# insecure origin, an old browser) it selects the visible citation text so Ctrl+C works.
_COPY_JS = (
    "var b=this,t=b.parentNode.querySelector('.melati-citation');"
    "function sel(){var r=document.createRange();r.selectNodeContents(t);"
    "var s=window.getSelection();s.removeAllRanges();s.addRange(r);b.textContent='Tekan Ctrl+C';}"
    "if(navigator.clipboard){navigator.clipboard.writeText(b.dataset.citation)"
    ".then(function(){b.textContent='Tersalin \u2713';},sel);}else{sel();}"
)


def _source_link(url: str | None, path: str | None) -> str:
    if safe_url(url):  # never a live javascript:/data: link, whatever the index holds
        return f'<a class="melati-link" href="{_e(url)}" target="_blank" rel="noopener">Buka sumber</a>'
    if path:
        return f'<span class="melati-link">Berkas arsip: <code>{_e(path)}</code></span>'
    return ""


def row_html(row, index: int = 0) -> str:
    """One result card (a searchpage.ResultRow) as HTML: every value escaped, the snippet already safe."""
    meta = " \u00b7 ".join(x for x in [_e(row.date_text), _e(row.channel)] if x)
    who = ", ".join(x for x in [_e(row.role), _e(row.speaker)] if x)
    label = "Narasumber" if row.kind == "kutipan" else "Narasumber di berita"
    speaker_line = f'<div class="melati-speaker">{label}: {who}</div>' if who else ""
    return (
        f'<div class="melati-result" data-index="{index}" style="border-bottom:1px solid #ddd;padding:8px 0">'
        f'<div class="melati-title" style="font-weight:bold">{_e(row.title)}</div>'
        f'<div class="melati-meta" style="color:#555">{meta}</div>'
        f"{speaker_line}"
        f'<div class="melati-snippet">{row.snippet_html}</div>'
        + (f'<div class="melati-missing" style="color:#777">Tidak memuat: <s>{_e(row.missing)}</s></div>'
           if row.missing else "")
        + f"<div>{_source_link(row.url, row.path)}</div>"
        f'<div class="melati-cite" style="margin-top:4px">'
        f'<button type="button" class="melati-copy" data-citation="{_e(row.citation)}" onclick="{_e(_COPY_JS)}">'
        f"Salin kutipan</button> "
        f'<span class="melati-citation" style="user-select:all;font-size:90%;color:#333">{_e(row.citation)}</span>'
        f"</div></div>"
    )


def error_html(message: str) -> str:
    """A message that says what to fix, in the page's error style (search, reports, imports)."""
    return f'<div class="melati-error" style="color:#b00;font-weight:bold">{_e(message)}</div>'


def status_html(result) -> str:
    """Error, count line and suggestion of a searchpage.ResultPage."""
    parts = []
    if result.error:
        parts.append(error_html(result.error))
    if result.count_text:
        parts.append(f'<div class="melati-count">{_e(result.count_text)}</div>')
    if result.suggestion_text:
        parts.append(f'<div class="melati-suggestion"><em>{_e(result.suggestion_text)}</em></div>')
    if result.review_text:
        parts.append(f'<div class="melati-review" style="color:#8a5a00">{_e(result.review_text)}</div>')
    return "\n".join(parts)


def page_html(result) -> str:
    """The whole results area as one piece of HTML: status lines and cards."""
    return "\n".join([status_html(result), *(row_html(r, i) for i, r in enumerate(result.rows))])


# --- Header, reader, downloads --------------------------------------------------------------


def header_html(lines: list[str]) -> str:
    """The page header: the archive's name first, then one line each (item counts, ...)."""
    if not lines:
        return ""
    head = f'<div class="melati-archive-name" style="font-size:120%;font-weight:bold">{_e(lines[0])}</div>'
    rest = "".join(f'<div class="melati-archive-line" style="color:#444">{_e(x)}</div>' for x in lines[1:])
    return f'<div class="melati-header" style="margin-bottom:8px">{head}{rest}</div>'


def reader_html(view, query: str = "", marks=None) -> str:
    """The whole article (a reader.ArticleView): title, date, channel, source, programs, people,
    quotes and text, the words the query matched marked (`marks`: search.Marks, see
    highlight_words_html)."""
    from .searchpage import date_text

    meta = " \u00b7 ".join(x for x in [_e(date_text(view.date)), _e(view.channel)] if x)
    people = "".join(
        f"<li>{_e(s.name)}" + (f", {_e(s.role)}" if s.role else "")
        + (f" ({s.quotes} kutipan)" if s.quotes else "") + "</li>" for s in view.speakers)
    quotes = "".join(
        f'<li class="melati-reader-quote">\u201c{highlight_words_html(q.text, query, marks)}\u201d'
        f' \u2014 {_e(", ".join(x for x in [q.speaker or UNATTRIBUTED, q.role] if x))}</li>'
        for q in view.quotes)
    text = "".join(f"<p>{highlight_words_html(p, query, marks)}</p>" for p in view.paragraphs())
    source = _source_link(view.url, None) or f'Berkas arsip: <code>{_e(view.path)}</code>'
    blocks = [
        f'<h2 class="melati-reader-title" style="margin:4px 0">{_e(view.title)}</h2>',
        f'<div class="melati-meta" style="color:#555">{meta}</div>',
        f"<div>{source}</div>",
        f'<div class="melati-reader-programs"><strong>Program:</strong> '
        f'{_e(", ".join(view.programs)) or "tidak ada"}</div>',
    ]
    if view.tags:
        blocks.append(f'<div><strong>Tag:</strong> {_e(", ".join(view.tags))}</div>')
    if view.note:
        blocks.append(f'<div class="melati-note"><em>{_e(view.note)}</em></div>')
    blocks.append(f'<div class="melati-reader-people"><strong>Narasumber dan tokoh:</strong>'
                  f'<ul>{people or "<li>tidak ada</li>"}</ul></div>')
    blocks.append(f'<div class="melati-reader-quotes"><strong>Kutipan ({len(view.quotes)}):</strong>'
                  f'<ul>{quotes or "<li>tidak ada</li>"}</ul></div>')
    blocks.append(f'<div class="melati-reader-text" style="max-width:52em;line-height:1.5">{text}</div>')
    return ('<div class="melati-reader" style="border:1px solid #ccd;padding:10px 14px;border-radius:6px">'
            + "".join(blocks) + "</div>")


def download_html(filename: str, data: bytes, mime: str, label: str) -> str:
    """A link that saves `data` as `filename` (a data: URL, so nothing is stored on the server)."""
    href = f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
    return (f'<a class="melati-download" download="{_e(filename)}" href="{_e(href)}" '
            f'style="font-weight:bold">\u2b07 {_e(label)}</a>')
