"""The import part of the search page: a pasted web address or uploaded files into the archive, then the index.

Staff who do not use a terminal add a published item where they search for it: paste the page's
address, or pick files saved from the browser, Word or PDF. The page runs the same import as
`melati import` (never overwrites a file, skips duplicates, marks items without a date or headline
for review) and brings the index up to date, then says what happened to each source in Indonesian,
naming the file or address. Messages name the page's field.
"""
from __future__ import annotations

import html
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath

from .errors import MelatiError
from .importers.decode import MAX_BYTES
from .importers.fetch import is_address
from .pagehtml import error_html

FIELD_ADDRESS, FIELD_FILES = "Alamat halaman", "Berkas"
ADDRESS_HINT = "https://situs.go.id/berita/..."
ACCEPT = ".txt,.md,.html,.htm,.mht,.mhtml,.pdf,.docx,.eml,.xml"
MOST_FILES = 50  # one upload at most: a folder of hundreds belongs to `melati import`
_UNSAFE = re.compile(r"[^\w.\- ]+")


@dataclass
class ImportOutcome:
    """What the page shows after an import: a line per source, a summary, and the index's change or an error."""

    lines: list[tuple[str, str]] = field(default_factory=list)  # (kind: dibuat/dilewati/gagal/tinjau, text)
    summary: str = ""
    index: str = ""
    error: str = ""
    created: int = 0

    def html(self) -> str:
        """The outcome as safe HTML for the page."""
        if self.error:
            return error_html(self.error)
        colour = {"dibuat": "#060", "dilewati": "#555", "gagal": "#b00", "tinjau": "#8a5a00"}
        rows = "".join(f'<div class="melati-import-{kind}" style="color:{colour[kind]}">{html.escape(kind)}: '
                       f'{html.escape(text)}</div>' for kind, text in self.lines)
        tail = "".join(f'<div class="melati-import-note">{html.escape(t)}</div>' for t in (self.summary, self.index) if t)
        return f'<div class="melati-import">{rows}{tail}</div>'


def import_address(archive, typed: str) -> ImportOutcome:
    """Import the page at the address typed in the page's field."""
    url = " ".join(str(typed or "").split())
    if not url:
        return ImportOutcome(error=f"{FIELD_ADDRESS}: tempel dulu alamat halaman beritanya, seperti {ADDRESS_HINT}")
    if not is_address(url):
        return ImportOutcome(error=f"{FIELD_ADDRESS}: \u201c{url[:120]}\u201d bukan alamat halaman web; alamat "
                                   f"diawali https:// atau http://, seperti {ADDRESS_HINT}")
    return _run(archive, [url], {})


def import_uploads(archive, uploads: list[tuple[str, bytes]]) -> ImportOutcome:
    """Import files picked in the page's upload field: (name, content) pairs, read as `melati import` reads files.
    The files are copied to a temporary folder first; messages name them as the user picked them."""
    if not uploads:
        return ImportOutcome(error=f"{FIELD_FILES}: pilih dulu berkas berita (teks, HTML, PDF, Word) yang akan "
                                   "diimpor; bila sudah memilih, tunggu sampai tombolnya menyebut jumlah berkas "
                                   "(mis. \u201cPilih berkas (1)\u201d), lalu tekan Impor berkas lagi.")
    if len(uploads) > MOST_FILES:
        return ImportOutcome(error=f"{FIELD_FILES}: {len(uploads)} berkas sekaligus terlalu banyak (paling banyak "
                                   f"{MOST_FILES}); impor folder besar dengan `melati import FOLDER`.")
    with tempfile.TemporaryDirectory(prefix="melati-unggah-") as tmp:
        shown: dict[str, str] = {}
        paths = []
        for i, (name, data) in enumerate(uploads):
            target = Path(tmp) / f"{i:03d}-{safe_upload_name(name)}"
            target.write_bytes(data[:MAX_BYTES + 1])  # one byte over the limit is enough for the limit's message
            shown[str(target)] = name
            paths.append(target)
        return _run(archive, paths, shown)


def safe_upload_name(name: str) -> str:
    """A picked file's name usable on disk (its extension kept: the import guesses formats from it too)."""
    base = PureWindowsPath(str(name or "berkas")).name  # either separator: "C:\\Users\\x\\rilis.docx", "../a.txt"
    return (_UNSAFE.sub("_", base).strip(" .") or "berkas")[:120]


def _run(archive, sources: list, shown: dict[str, str]) -> ImportOutcome:
    from .importers.run import run_import

    try:
        report = run_import(archive, sources, reindex=True)
    except MelatiError as exc:
        return ImportOutcome(error=f"Impor gagal: {exc}")
    out = ImportOutcome(created=len(report.created))
    out.lines = report.outcome_lines(lambda source: shown.get(str(source), str(source)))
    out.lines += [("tinjau", f"{item['created']}: judul atau tanggal belum pasti; perbaiki di berkasnya "
                             "(`melati check` menunjukkan barisnya)") for item in report.review]
    out.summary = f"{len(report.created)} dibuat, {len(report.skipped)} dilewati, {len(report.failed)} gagal."
    if report.reindex:
        r = report.reindex
        out.index = (f"Indeks diperbarui: {r.get('added', 0)} berita baru, {r.get('updated', 0)} diubah, "
                     f"{r.get('removed', 0)} dihapus; berita baru langsung bisa dicari.")
    return out



def uploaded_files(value) -> list[tuple[str, bytes]]:
    """(name, content) of each file an ipywidgets 8 FileUpload holds (its value: a tuple of dicts with
    "name" and "content", a memoryview)."""
    return [(str(item.get("name") or "berkas"), bytes(item.get("content") or b"")) for item in (value or ())]
