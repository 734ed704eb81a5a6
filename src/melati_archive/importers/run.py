"""One import run: sources walked, read, deduplicated against the archive and each other, then written."""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ..errors import ArchiveError, ImportFailure, MelatiError
from ..model import Article
from .decode import MAX_BYTES, decode_bytes
from .dedup import DedupIndex, normalize_url, shingles
from .detect import FORMATS, detect_format
from .docx import is_docx, parse_docx
from .draft import Draft, Parsed
from .feed import parse_feed
from .fetch import fetch, is_address
from .finish import to_article
from .html import parse_html
from .markdown import parse_markdown
from .mhtml import parse_email, parse_mhtml
from .pdf import is_pdf, parse_pdf
from .text import parse_text
from .wordpress import parse_wordpress

PARSERS: dict[str, Callable[[str, str], Parsed]] = {
    "text": parse_text, "md": parse_markdown, "html": parse_html, "wordpress": parse_wordpress, "feed": parse_feed,
    "mhtml": parse_mhtml, "eml": parse_email,
}


@dataclass
class ImportReport:
    """What an import did (or, with dry_run, would do). to_dict() is the DESIGN.md JSON."""

    created: list[str] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)  # {"source", "reason", "existing"}
    failed: list[dict] = field(default_factory=list)  # {"source", "error"}
    warnings: list[str] = field(default_factory=list)
    near_duplicates: list[dict] = field(default_factory=list)  # {"created", "existing", "similarity"}
    review: list[dict] = field(default_factory=list)  # {"created", "fields": {field: reason}}: wait for a person
    dry_run: bool = False
    reindex: dict | None = None

    def to_dict(self) -> dict:
        return {"created": list(self.created), "skipped": list(self.skipped), "failed": list(self.failed)}

    def outcome_lines(self, shown: Callable[[str], str] = str) -> list[tuple[str, str]]:
        """(kind, text) for each source, as `melati import` prints them and the search page shows them: the new
        file ("dibuat", or "akan dibuat" in a dry run), the reason and the existing file ("dilewati"), the error
        ("gagal"). `shown` names a source as the user gave it."""
        verb = "akan dibuat" if self.dry_run else "dibuat"
        lines = [(verb, path) for path in self.created]
        for item in self.skipped:
            existing = f" (sudah ada: {item['existing']})" if item.get("existing") else ""
            lines.append(("dilewati", f"{shown(item['source'])}: {item['reason']}{existing}"))
        lines += [("gagal", f"{shown(item['source'])}: {item['error']}") for item in self.failed]
        return lines


def run_import(
    archive,
    paths: Iterable[str | os.PathLike],
    *,
    fmt: str = "auto",
    channel: str | None = None,
    dry_run: bool = False,
    reindex: bool = True,
    advance: Callable[[int], None] | None = None,
    today: dt.date | None = None,
    date: dt.date | None = None,
    title: str | None = None,
) -> ImportReport:
    """Import every file under `paths` (and every page at a web address among them) into `archive` (an
    api.Archive). Never overwrites a file that existed before the run; one bad file or item is reported and
    the rest still imported.

    `date` and `title` set the publication date and headline of the one item of a single file (a page
    without them would otherwise be marked for review)."""
    if fmt != "auto" and fmt not in FORMATS:
        raise MelatiError(f"format {fmt!r} tidak dikenal; pakai salah satu: auto, {', '.join(FORMATS)}")
    if date is not None or title is not None:
        _check_single_file(paths)
    run = _Run(archive, fmt, _channel_id(archive, channel), dry_run, today or dt.date.today())
    run.date, run.title = date, (" ".join(title.split()) if title else None)
    sources = run.walk(paths)
    for source in sources:
        run.read_file(source)
        if advance:
            advance(1)
    run.import_drafts()
    if reindex and not dry_run and run.report.created:
        run.report.reindex = _reindex(archive, run.report)
    return run.report


def list_sources(paths: Iterable[str | os.PathLike]) -> list[Path | str]:
    """Files named or found under the folders named, sorted within each folder; hidden ones left out. A web
    address stays a string (its page is fetched when read)."""
    found: list[Path | str] = []
    for raw in paths:
        if isinstance(raw, str) and is_address(raw):
            found.append(raw.strip())
            continue
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(
                p for p in path.rglob("*")
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ))
        else:
            found.append(path)
    return found


class _Run:
    def __init__(self, archive, fmt: str, channel: str | None, dry_run: bool, today: dt.date):
        self.archive, self.store = archive, archive.store
        self.fmt, self.channel, self.dry_run, self.today = fmt, channel, dry_run, today
        self.language = _default_language(self.store)
        self.report = ImportReport(dry_run=dry_run)
        self.index = DedupIndex()
        self.planned: set[Path] = set()
        self.pending: list[Draft] = []
        self.created_here: dict[str, Article] = {}  # written in this run: may still gain back-links
        self.date: dt.date | None = None  # --date / --title of a one-file import
        self.title: str | None = None
        self._load_existing()

    def _load_existing(self) -> None:
        problems: list = []
        for article in self.store.articles(problems):
            self.index.add(article.id, self.store.display(self.store.root / article.path), article.url, article.body,
                           partial=bool(article.extra.get("partial")))
        for problem in problems:
            self.report.warnings.append(f"{problem.path}: berkas yang ada tidak ikut diperiksa duplikatnya: {problem.message}")

    def walk(self, paths) -> list[Path]:
        sources = []
        root = self.store.root.resolve()
        for path in list_sources(paths):
            if isinstance(path, str):
                sources.append(path)  # a web address: fetched in read_file
            elif not path.exists():
                self._fail(str(path), "berkas atau folder tidak ada")
            elif _inside(path, root):
                self.report.skipped.append({"source": str(path), "reason": "sudah ada di dalam folder arsip",
                                            "existing": self.store.display(path.resolve())})
            else:
                sources.append(path)
        return sources

    def read_file(self, path: Path | str) -> None:
        """Parse one source; its drafts wait for import_drafts (so partial items can go last)."""
        shown = str(path)
        if isinstance(path, str) and self._known_address(path):
            return
        try:
            parsed = self._parse_address(path) if isinstance(path, str) else self._parse(path, shown)
        except ImportFailure as exc:
            self._fail(shown, str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a fault in one source must not lose the run's other files
            self._fail(shown, _unexpected(exc))
            return
        self.report.warnings.extend(parsed.warnings)
        if (self.date is not None or self.title) and len(parsed.drafts) > 1:
            self._fail(shown, f"--date/--title hanya untuk satu berita, tetapi berkas ini berisi {len(parsed.drafts)}; "
                              "impor tanpa keduanya lalu sunting berkas yang ditunjukkan `melati check`")
            return
        for draft in parsed.drafts:
            draft.date = self.date or draft.date
            draft.title = self.title or draft.title
        for where, reason in parsed.skipped:
            self.report.skipped.append({"source": where, "reason": reason, "existing": None})
        for where, error in parsed.failed:
            self._fail(where, error)
        self.pending.extend(parsed.drafts)

    def import_drafts(self) -> None:
        """Full items first, summaries (partial feed items) last: when a feed summary and the page
        itself are imported together, the page is kept and the summary skipped as its duplicate."""
        for draft in sorted(self.pending, key=lambda d: d.partial):
            try:
                self._import_draft(draft)
            except ImportFailure as exc:
                self._fail(draft.source, str(exc))
            except Exception as exc:  # noqa: BLE001 - as in read_file
                self._fail(draft.source, _unexpected(exc))
            self.report.warnings.extend(draft.warnings)
        self.pending = []

    def _parse(self, path: Path, shown: str) -> Parsed:
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise ImportFailure(f"berkas lebih besar dari {MAX_BYTES // (1024 * 1024)} MB ({size} byte); pecah menjadi beberapa berkas")
            data = path.read_bytes()
        except OSError as exc:
            raise ImportFailure(f"tidak bisa dibaca: {exc.strerror or exc}") from None
        if not data:
            raise ImportFailure("berkas kosong (0 byte)")
        if self.fmt == "pdf" or (self.fmt == "auto" and is_pdf(data)):
            return parse_pdf(data, shown)  # the text layer, read by pdftotext, then as a page
        if self.fmt == "docx" or (self.fmt == "auto" and is_docx(data)):
            return parse_docx(data, shown)  # a Word release's paragraphs, then as a page
        decoded = decode_bytes(data, shown)
        self.report.warnings.extend(decoded.warnings)
        kind = detect_format(decoded.text, path.name) if self.fmt == "auto" else self.fmt
        return PARSERS[kind](decoded.text, shown)

    def _known_address(self, url: str) -> bool:
        """An address already in the archive is skipped before its page is fetched."""
        duplicate = self.index.by_url.get(normalize_url(url) or "")
        if duplicate is not None:
            self.report.skipped.append({"source": url, "reason": "duplikat: URL sama", "existing": duplicate.shown})
        return duplicate is not None

    def _parse_address(self, url: str) -> Parsed:
        """The page at a web address, read as its bytes say (a page, a feed, a PDF); a single item keeps the
        address it was served from when the page names none of its own."""
        page = fetch(url)
        if self.fmt == "pdf" or (self.fmt == "auto" and is_pdf(page.data)):
            parsed = parse_pdf(page.data, url)
        else:
            decoded = decode_bytes(page.data, url)
            self.report.warnings.extend(decoded.warnings)
            kind = self.fmt if self.fmt != "auto" else _web_format(decoded.text, page)
            parsed = PARSERS[kind](decoded.text, url)
        if len(parsed.drafts) == 1 and not parsed.drafts[0].url:
            parsed.drafts[0].url = page.url
        return parsed

    def _import_draft(self, draft: Draft) -> None:
        article = to_article(draft, channel=self.channel, language=self.language, today=self.today)
        duplicate = self.index.duplicate_of(article.url, article.body)
        if duplicate is not None:
            reason, existing = duplicate
            if existing.partial and not article.extra.get("partial"):
                reason += " (berkas yang ada hanya berisi ringkasan: ganti isinya dengan tangan bila perlu)"
            self.report.skipped.append({"source": draft.source, "reason": reason, "existing": existing.shown})
            return
        sh = shingles(article.body)
        near = self.index.near(sh)
        if near:
            article.extra["near_duplicates"] = [entry.article_id for entry, _ in near]
        path = self._write(article)
        shown = self.store.display(path)
        self.report.created.append(shown)
        if article.extra.get("review"):
            self.report.review.append({"created": shown, "fields": dict(article.extra["review"])})
        self.index.add(article.id, shown, article.url, article.body, sh, partial=bool(article.extra.get("partial")))
        for entry, score in near:
            self.report.near_duplicates.append({"created": shown, "existing": entry.shown,
                                                "similarity": round(score, 3)})
            self.report.warnings.append(
                f"{draft.source}: hampir sama ({score:.0%} mirip) dengan {entry.shown}; tetap diimpor dan ditautkan")
            self._link_back(entry.article_id, article.id)
        if not self.dry_run:
            self.created_here[article.id] = article

    def _write(self, article: Article) -> Path:
        if not self.dry_run:
            try:
                return self.store.write_article(article)
            except ArchiveError as exc:  # e.g. a year folder that is a symbolic link
                raise ImportFailure(str(exc)) from None
        target = self.store.article_path_for(article)
        candidate, n = target, 1
        while candidate.exists() or candidate in self.planned:
            n += 1
            candidate = target.with_name(f"{target.stem}-{n}.md")
        self.planned.add(candidate)
        article.id, article.path = candidate.stem, self.store.relative(candidate)
        return candidate

    def _link_back(self, earlier_id: str, later_id: str) -> None:
        """Link both ways when both files are new in this run; a file that existed before stays untouched
        (the new file names it, and the store's near_duplicates()/check read the pair from either side)."""
        earlier = self.created_here.get(earlier_id)
        if earlier is None:
            return
        links = earlier.extra.setdefault("near_duplicates", [])
        if later_id not in links:
            links.append(later_id)
            self.store.write_article(earlier, force=True)

    def _fail(self, source: str, error: str) -> None:
        self.report.failed.append({"source": source, "error": error})


def _web_format(text: str, page) -> str:
    """A fetched page's format from its content and type (a server's address names no file extension)."""
    kind = page.content_type.split(";")[0].strip().lower()
    name = "halaman.html" if "html" in kind else "feed.xml" if ("xml" in kind or "rss" in kind or "atom" in kind) \
        else "halaman.txt"
    return detect_format(text, name)


def _check_single_file(paths) -> None:
    paths = list(paths)
    if len(paths) != 1 or Path(paths[0]).is_dir():
        raise MelatiError("--date dan --title hanya untuk satu berkas: jalankan `melati import BERKAS --date "
                          "YYYY-MM-DD --title \"...\"` untuk tiap berkas")


def _unexpected(exc: Exception) -> str:
    first = str(exc).splitlines()[0][:200] if str(exc) else ""
    return f"tidak bisa diimpor ({type(exc).__name__}: {first}); berkas lain tetap diimpor, laporkan berkas ini ke pengelola melati"


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
        return True
    except ValueError:
        return False


def _channel_id(archive, channel: str | None) -> str | None:
    """A channel id from --channel, given as id or as its name; an unknown one is a user error."""
    if not channel:
        return None
    channels = archive.config.channels
    if not channels:
        return channel
    for c in channels:
        if channel == c.id or channel.casefold() == (c.name or "").casefold():
            return c.id
    known = ", ".join(c.id for c in channels)
    raise MelatiError(f"kanal {channel!r} tidak dikenal; pakai salah satu kanal di melati.yaml: {known}")


def _default_language(store) -> str:
    try:
        return store.config.language or "id"
    except MelatiError:
        return "id"


def _reindex(archive, report: ImportReport) -> dict | None:
    try:
        result = archive.reindex()
    except ImportError:  # the index module is not there (yet): the files are written all the same
        report.warnings.append("indeks pencarian tidak diperbarui (modul indeks tidak ada); jalankan `melati reindex`")
        return None
    except MelatiError as exc:
        report.warnings.append(f"indeks pencarian tidak diperbarui: {exc}; jalankan `melati reindex`")
        return None
    return result.to_dict() if hasattr(result, "to_dict") else None
