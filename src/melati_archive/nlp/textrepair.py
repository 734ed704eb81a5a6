"""Text as a copy or a careless export damaged it, repaired: UTF-8 read as Windows-1252 ("â€œ" for “,
"â€“" for –, "Ã©" for é) and characters nobody sees (zero-width spaces and joiners, soft hyphens, a
byte-order mark inside the text). Pure functions, strings in, strings out.
"""
from __future__ import annotations

import re

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# A lead byte of a two-to-four-byte UTF-8 sequence as Windows-1252 shows it, then one to three
# continuation bytes as it shows them (0x80-0xBF: Latin-1 signs and the Windows-1252 punctuation).
_CONTINUATION = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a" \
                "\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]{{1,3}}")
# "â€" with its last byte lost (0x9D has no Windows-1252 character; many copies drop it): a closing quote.
_BROKEN_CLOSE_QUOTE = re.compile("\u00e2\u20ac(?=[\\s,.;:!?)]|$)")
# "â€" lost as well and 0x9D read as a dagger's last byte, in some copies: a lone "†" after the quote's
# last punctuation, in a text whose quotes open with “ and never close with ” ('... masyarakat,†terang X')
_DAGGER_CLOSE_QUOTE = re.compile("(?<=[,.!?])\u2020")


def _byte_of(ch: str) -> int | None:
    try:
        return ch.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(ch) if ord(ch) < 256 else None  # 0x81, 0x8D, 0x8F, 0x90, 0x9D pass through as Latin-1


def _fixed(m: re.Match) -> str:
    raw = [_byte_of(ch) for ch in m.group()]
    if None in raw:
        return m.group()
    data = bytes(raw)
    # the longest prefix that is one whole UTF-8 character; the rest stays as written
    for size in range(len(data), 1, -1):
        try:
            return data[:size].decode("utf-8") + m.group()[size:]
        except UnicodeDecodeError:
            continue
    return m.group()


# The same damage through the Thai code page: the bytes shown by Windows-874 as WHATWG reads it (Python's cp874,
# plus Windows-1252's character for each byte cp874 lacks, plus Latin-1 for the five neither has). A copy may show
# a byte either way ("โ€œ" and "โ€¦" are both seen), so every character any of them gives a byte reads back as it.
def _windows_874_bytes() -> dict[str, int]:
    shown: dict[str, int] = {}
    for code in ("cp874", "cp1252", "latin-1"):
        for byte in range(0x80, 0x100):
            try:
                shown.setdefault(bytes((byte,)).decode(code), byte)
            except UnicodeDecodeError:
                continue
    return shown


_BYTE_874 = _windows_874_bytes()
_THAI_LETTERS = "\u0e01-\u0e5b"
# a lead byte 0xC2-0xF4 shown as a Thai letter, then one to three continuation bytes (0x80-0xBF) however shown; the
# first of them must not be a Thai letter, or real Thai writing ("โก") would be read as bytes
_CONT_874 = "".join(sorted(re.escape(ch) for ch, byte in _BYTE_874.items() if 0x80 <= byte <= 0xBF))
_THAI_CONT_874 = "".join(sorted(re.escape(ch) for ch, byte in _BYTE_874.items()
                                if 0x80 <= byte <= 0xBF and not "\u0e01" <= ch <= "\u0e5b"))
_THAI_LEADS = "".join(ch for ch, byte in _BYTE_874.items() if 0xC2 <= byte <= 0xF4 and "\u0e01" <= ch <= "\u0e5b")
_THAI_MOJIBAKE = re.compile(f"[{_THAI_LEADS}][{_THAI_CONT_874}][{_CONT_874}]{{0,2}}")
_ANY_THAI = re.compile(f"[{_THAI_LETTERS}]")


def _thai_fixed(m: re.Match) -> str:
    data = bytes(_BYTE_874[ch] for ch in m.group())
    for size in range(len(data), 1, -1):  # the longest prefix that is one whole UTF-8 character
        try:
            char = data[:size].decode("utf-8")
        except UnicodeDecodeError:
            continue
        # only what a Latin page holds (accented letters, punctuation, signs, emoji): a Thai word's last letter
        # before a quote mark ("ย”" is the bytes C2 94) decodes too, to a control or a Cyrillic letter
        if "\u00a0" <= char <= "\u024f" or "\u2000" <= char <= "\u2bff" or char >= "\U0001f000":
            return char + m.group()[size:]
        return m.group()
    if data[:2] == b"\xe2\x80":
        return "\u201d" + m.group()[2:]  # "โ€" with no third byte: 0x9D was lost, a closing quote
    return m.group()


def repaired(text: str) -> str:
    """`text` with Windows-1252 mojibake decoded and invisible characters removed; a clean text comes
    back as it was (the same object)."""
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    if _ANY_THAI.search(text) and _THAI_MOJIBAKE.search(text):  # "โ€œ": UTF-8 read through the Thai code page
        text = _THAI_MOJIBAKE.sub(_thai_fixed, text)
    if _MOJIBAKE.search(text):
        text = _MOJIBAKE.sub(_fixed, text)
        text = _BROKEN_CLOSE_QUOTE.sub("\u201d", text)
    if "\u2020" in text and "\u201c" in text and "\u201d" not in text:
        text = _DAGGER_CLOSE_QUOTE.sub("\u201d", text)
    return text


# A page's paragraphs copied as their markup ("<p><strong>Situs.com, KOTA &mdash;</strong> Pemerintah ...</p><p>...").
_PARAGRAPH_TAG = re.compile(r"(?i)<p(?:\s[^<>]{0,200})?>")
_BREAKS = re.compile(r"(?i)</p\s*>|<br\s*/?>|</?(?:div|h[1-6]|li|ul|ol|blockquote|figure|figcaption|table|tr)(?:\s[^<>]{0,200})?>")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>]{0,200})?/?>")


def markup_as_text(text: str) -> str:
    """A text that holds a page's markup (two paragraph tags or more) as its lines: a paragraph or a break a
    line, other tags removed, entities decoded ("&mdash;" -> "—"). Any other text comes back as it was."""
    first = _PARAGRAPH_TAG.search(text)
    if first is None or _PARAGRAPH_TAG.search(text, first.end()) is None:
        return text
    import html

    text = _BREAKS.sub("\n", _PARAGRAPH_TAG.sub("\n", text))
    return html.unescape(_TAG.sub("", text))
