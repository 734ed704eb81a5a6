"""Releases written in Word (.docx): the paragraphs of word/document.xml (tables' cells too, headers and footers
left out: a letterhead lives there), read as a text page (text.py). Standard library zip and defusedxml only."""
from __future__ import annotations

import io
import zipfile

from defusedxml import ElementTree

from ..errors import ImportFailure
from .draft import Parsed
from .text import parse_text

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024  # word/document.xml unpacked: a release is a few hundred KB; a zip bomb is not


def is_docx(data: bytes) -> bool:
    """A zip holding word/document.xml (Word 2007 and later, LibreOffice's .docx)."""
    return data[:4] == b"PK\x03\x04" and b"word/" in data[:65536]


def parse_docx(data: bytes, source: str) -> Parsed:
    return parse_text(docx_text(data), source)


def docx_text(data: bytes) -> str:
    """One line per paragraph, in document order; raises ImportFailure (one Indonesian line) when the file is
    damaged, locked, too large unpacked, or holds no text."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > MAX_DOCUMENT_BYTES:
                raise ImportFailure(f"dokumen Word terlalu besar setelah dibuka ({info.file_size} byte)")
            xml = archive.read(info)
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError) as exc:
        # RuntimeError: a password-protected entry
        raise ImportFailure(f"dokumen Word rusak atau terkunci sandi, tidak bisa dibaca: {exc}") from None
    try:
        root = ElementTree.fromstring(xml)
    except Exception as exc:  # noqa: BLE001 - defusedxml raises several kinds for hostile or broken XML
        raise ImportFailure(f"dokumen Word rusak (XML): {exc}") from None
    lines: list[str] = []
    try:
        _paragraphs(root, lines)
    except RecursionError:
        raise ImportFailure("dokumen Word rusak (isinya bersarang terlalu dalam)") from None
    text = "\n".join(line for line in lines if line.strip())
    if len(text.split()) < 8:
        raise ImportFailure("dokumen Word tanpa teks berita (hanya gambar atau kosong?)")
    return text + "\n"


def _paragraphs(node, out: list[str]) -> None:
    """Each paragraph's text in document order; a paragraph inside another's text box is its own line."""
    for child in node:
        if child.tag == f"{_W}p":
            nested: list = []
            out.append(_runs_text(child, nested))
            for inner in nested:
                _paragraphs_of(inner, out)
        else:
            _paragraphs(child, out)


def _paragraphs_of(paragraph, out: list[str]) -> None:
    nested: list = []
    out.append(_runs_text(paragraph, nested))
    for inner in nested:
        _paragraphs_of(inner, out)


def _runs_text(paragraph, nested: list) -> str:
    """The runs' text of one paragraph (a tab is a space, a manual line break a new line); paragraphs found
    inside it (a text box's) go to `nested`."""
    parts: list[str] = []
    stack = list(reversed(list(paragraph)))
    while stack:
        node = stack.pop()
        if node.tag == f"{_W}p":
            nested.append(node)
            continue
        if node.tag == f"{_W}t" and node.text:
            parts.append(node.text)
        elif node.tag == f"{_W}tab":
            parts.append(" ")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        stack.extend(reversed(list(node)))
    return "".join(parts)
