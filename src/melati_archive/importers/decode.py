"""Bytes of a source file -> text: BOMs, UTF-8, declared charsets, a cp1252/latin-1 fallback, CRLF."""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from ..errors import ImportFailure
from ..nlp.textrepair import repaired

MAX_BYTES = 10 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED = re.compile(rb"""(?:<meta[^>]+charset\s*=\s*["']?|<\?xml[^>]+encoding\s*=\s*["'])([A-Za-z0-9_\-]+)""", re.I)
# C0 controls other than tab, newline, form feed and carriage return: a text file has (almost) none.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def decode_bytes(data: bytes, source: str) -> Decoded:
    """The text of a file, line ends made \\n; raises ImportFailure for empty, oversized or binary data."""
    if len(data) > MAX_BYTES:
        raise ImportFailure(f"berkas lebih besar dari {MAX_BYTES // (1024 * 1024)} MB ({len(data)} byte); pecah menjadi beberapa berkas")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise ImportFailure(f"teks {encoding} rusak pada byte {exc.start}; simpan ulang berkas sebagai UTF-8") from None
            return _finish(Decoded(text, encoding + "-bom"), source)
    if b"\x00" in data[:8192] or binary_kind(data):
        raise ImportFailure(binary_kind(data) or
                            "berkas biner, bukan teks (berisi byte NUL); ekspor beritanya sebagai teks, HTML atau XML")
    try:
        return _finish(Decoded(data.decode("utf-8"), "utf-8"), source)
    except UnicodeDecodeError:
        pass
    declared = _declared_encoding(data)
    if declared:
        try:
            return _finish(Decoded(data.decode(declared), declared), source)
        except (UnicodeDecodeError, LookupError):
            pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        warning = f"{source}: bukan UTF-8; dibaca sebagai {encoding} (periksa huruf dan tanda khusus)"
        return _finish(Decoded(text, encoding, [warning]), source)
    raise ImportFailure("teksnya tidak bisa dibaca; simpan sebagai UTF-8")  # latin-1 decodes anything: unreachable


# Files people keep beside their releases, known by their first bytes: what each is and what to import instead.
_OFFICE_HINT = "simpan sebagai .docx, PDF atau teks lalu impor lagi"
_IMAGE_HINT = "impor teks beritanya, bukan gambarnya"
_MAGIC = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "dokumen Office lama .doc/.xls/.ppt", _OFFICE_HINT),
    (b"\xff\xd8\xff", "gambar JPEG", _IMAGE_HINT), (b"\x89PNG", "gambar PNG", _IMAGE_HINT), (b"GIF8", "gambar GIF", _IMAGE_HINT),
    (b"{\\rtf", "dokumen RTF", _OFFICE_HINT),
)
_ZIPPED = (
    (b"mimetypeapplication/vnd.oasis.opendocument.text", "dokumen OpenDocument .odt", _OFFICE_HINT),
    (b"xl/", "lembar kerja Excel", "impor beritanya, bukan tabelnya"),
    (b"ppt/", "presentasi PowerPoint", "impor beritanya, bukan slidenya"),
)


def binary_kind(data: bytes) -> str | None:
    """What a known binary file is, as a one-line reason ("berkas biner (gambar JPEG), bukan teks; ..."), or None
    (a .docx and a PDF are imported: run.py)."""
    found = next(((kind, hint) for magic, kind, hint in _MAGIC if data.startswith(magic)), None)
    if found is None and data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        found = ("gambar WebP", _IMAGE_HINT)
    if found is None and data.startswith(b"PK\x03\x04"):
        head = data[:65536]
        found = next(((kind, hint) for marker, kind, hint in _ZIPPED if marker in head),
                     ("arsip zip", "buka dulu lalu impor berkas di dalamnya"))
    return f"berkas biner ({found[0]}), bukan teks; {found[1]}" if found else None


def _declared_encoding(data: bytes) -> str | None:
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    return None if name.replace("-", "") == "utf8" else name


def _finish(decoded: Decoded, source: str) -> Decoded:
    # a file saved from a page read in the wrong encoding ("â€œ") is stored as the page was written
    text = repaired(decoded.text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise ImportFailure("berkas kosong (hanya spasi)")
    sample = text[:8192]
    if "\x00" in sample or len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise ImportFailure("berkas biner, bukan teks (berisi karakter kendali); ekspor beritanya sebagai teks, HTML atau XML")
    decoded.text = text
    return decoded
