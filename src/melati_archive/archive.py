"""The file store: reads, validates and atomically writes archive/ (articles, people, programs, metrics)."""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from . import limits
from .config import Config, load_config
from .errors import ArchiveError
from .model import Article, MetricRow, Person, Problem, Program, Record, Role
from .weburl import safe_url
from .yamlpos import Checker, Located, YamlSyntaxError, as_date, dump, load_located

# Front-matter fields the store understands; anything else is kept in Article.extra and warned about.
ARTICLE_FIELDS = ("title", "date", "channel", "url", "author", "editor", "language", "location", "tags",
                  "programs", "fictional", "overrides")
# Provenance fields importers add (docs/archive-format.md): kept in `extra`, no warning.
PROVENANCE_FIELDS = ("source", "imported", "near_duplicates", "partial", "translator", "review")
OVERRIDE_FIELDS = frozenset({"date", "location", "quotes", "aliases", "title", "people"})
PERSON_FIELDS = frozenset({"id", "name", "aliases", "roles", "internal", "notes", "fictional"})
ROLE_FIELDS = frozenset({"title", "organization", "aliases", "start", "end"})
PROGRAM_FIELDS = frozenset({"id", "name", "acronym", "aliases", "description", "keywords", "target_per_month",
                            "fictional"})
METRIC_COLUMNS = ("date", "channel", "url", "article_id", "views", "likes", "comments", "shares", "followers")
METRIC_NUMBERS = ("views", "likes", "comments", "shares", "followers")

ARTICLE_ID_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*")
SLUG_MAX = 60


# --- Which files are articles ------------------------------------------------------------------------

LINK_REFUSED = "tautan simbolik (symlink) tidak diikuti: arsip hanya membaca berkas biasa di dalam archive/"
LINK_FIX = "salin berkas atau foldernya ke tempat tautan itu, lalu hapus tautannya"


@dataclass
class ArticleScan:
    files: dict[str, os.stat_result]  # "articles/2020/2020-11-13-slug.md" -> its stat, sorted by path
    links: list[str]  # symbolic links under articles/, never followed


def scan_articles(root: Path | str) -> ArticleScan:
    """Every articles/**/*.md under the archive `root`, with os.scandir (at 10,000 files pathlib alone
    would cost most of a no-op reindex). Hidden files and folders (temp files of a write) are left
    out. Symbolic links are never followed, only listed: one may point outside the archive (whose
    content would become searchable), at another article (one id twice) or at itself (a loop)."""
    files: dict[str, os.stat_result] = {}
    links: list[str] = []
    stack = [("articles", os.path.join(str(root), "articles"))]
    while stack:
        rel, folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except (FileNotFoundError, NotADirectoryError):
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            sub = f"{rel}/{entry.name}"
            if entry.is_symlink():
                links.append(sub)
            elif entry.is_dir(follow_symlinks=False):
                stack.append((sub, entry.path))
            elif entry.name.endswith(".md") and entry.is_file(follow_symlinks=False):
                files[sub] = entry.stat(follow_symlinks=False)
    return ArticleScan(dict(sorted(files.items())), sorted(links))


# --- Slugs and atomic writes ------------------------------------------------------------------------


def slugify(text: str, max_length: int = SLUG_MAX) -> str:
    """A file-name-safe slug: ASCII a-z, 0-9 and single hyphens, at most `max_length`, never empty.

    Accents are folded ("Sosialisasi Kesehatan Ibu & Anak" -> "sosialisasi-kesehatan-ibu-dan-anak"),
    apostrophes vanish inside words ("Jum'at" -> "jumat"); dots and slashes become hyphens, so no slug
    can name a parent folder."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("&", " dan ")
    text = re.sub(r"['\u2018\u2019`]", "", text)
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(slug) > max_length:
        cut = slug[: max_length + 1]
        # cut at a word boundary when one is not too far back, so slugs stay readable
        boundary = cut.rfind("-")
        slug = cut[:boundary] if boundary >= max_length // 2 else slug[:max_length]
        slug = slug.strip("-")
    return slug or "artikel"


def atomic_write(path: Path, text: str) -> None:
    """Write `text` to `path` so readers see the old file or the new one, never a partial one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _write_temp(path, text)
    try:
        os.replace(tmp, path)
    except BaseException:
        _unlink(tmp)
        raise
    _fsync_dir(path.parent)


def _write_temp(path: Path, text: str) -> Path:
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(name, 0o666 & ~umask)
    except BaseException:
        _unlink(Path(name))
        raise
    return Path(name)


def _create_new(path: Path, text: str) -> bool:
    """Atomically create `path` with `text`; False (and nothing written) if it already exists."""
    tmp = _write_temp(path, text)
    try:
        os.link(tmp, path)  # fails if `path` exists: no window where another writer is overwritten
    except FileExistsError:
        return False
    except OSError:
        # file systems without hard links: exclusive create, then the content swapped in atomically
        try:
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
        except FileExistsError:
            return False
        os.replace(tmp, path)
        tmp = None
    finally:
        if tmp is not None:
            _unlink(tmp)
    _fsync_dir(path.parent)
    return True


def _unlink(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --- Article files: text <-> Article -----------------------------------------------------------------


def render_article(article: Article) -> str:
    """The file text of an article: YAML front matter (known fields in a fixed order, then extras) + body."""
    front: dict[str, Any] = {"title": article.title, "date": article.date}
    for name in ("channel", "url", "author", "editor"):
        if getattr(article, name):
            front[name] = getattr(article, name)
    front["language"] = article.language or "id"
    if article.location:
        front["location"] = article.location
    if article.tags:
        front["tags"] = list(article.tags)
    if article.programs:
        front["programs"] = list(article.programs)
    if article.fictional:
        front["fictional"] = True
    if article.overrides:
        front["overrides"] = article.overrides
    for name, value in article.extra.items():
        if name not in front:
            front[name] = value
    body = article.body.replace("\r\n", "\n").strip("\n")
    return f"---\n{dump(front)}---\n{body}\n"


def check_article_size(path: str, size: int) -> None:
    """ArchiveError when an article file is over limits.MAX_ARTICLE_BYTES: read before anything else,
    so an oversized file costs neither memory nor time (a 50 MB one made a reindex take 3.5 GB)."""
    if size > limits.MAX_ARTICLE_BYTES:
        raise ArchiveError(path, None, f"artikel terlalu besar: {size} byte (batas {limits.mb(limits.MAX_ARTICLE_BYTES)})",
                           "pecah menjadi beberapa artikel, atau simpan lampiran di luar archive/")


def parse_article_text(text: str, path: str | os.PathLike = "") -> Article:
    """An Article from file text (front matter + body); raises ArchiveError(path, line, message, fix).

    `path` is relative to the archive root ("articles/2020/2020-11-13-slug.md"); the id is its stem."""
    article, _ = _parse_article(text, str(path).replace(os.sep, "/"), [])
    return article


def _split_front_matter(text: str, path: str) -> tuple[str, str, int]:
    """(front matter YAML, body, 1-based line where the body starts)."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        raise ArchiveError(path, 1, "tidak ada front matter: berkas harus diawali baris `---`",
                           "tambahkan `---`, `title: ...`, `date: YYYY-MM-DD`, `---` di atas teks")
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            front = "\n".join(lines[1:index])
            body_lines = lines[index + 1:]
            skipped = 0
            while skipped < len(body_lines) and not body_lines[skipped].strip():
                skipped += 1
            body = "\n".join(body_lines[skipped:]).rstrip()
            return front, body, index + 2 + skipped
    raise ArchiveError(path, 1, "front matter tidak ditutup: tidak ada baris `---` kedua",
                       "tambahkan baris `---` di antara front matter dan teks")


def _parse_article(text: str, path: str, problems: list[Problem]) -> tuple[Article, Located]:
    """Parse and validate one article on its own; structural faults raise, softer ones go to `problems`."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    name = path.rsplit("/", 1)[-1]
    article_id = name[:-3] if name.endswith(".md") else name
    if article_id and not ARTICLE_ID_RE.fullmatch(article_id):
        raise ArchiveError(path, None, f"nama berkas {name!r} salah: harus YYYY-MM-DD-slug.md dengan hanya a-z, 0-9, -",
                           f"ganti namanya, mis. menjadi {_suggest_name(article_id)}.md")
    front_text, body, body_line = _split_front_matter(text, path)
    try:
        located = load_located(front_text, first_line=2, root_line=1, max_bytes=limits.MAX_FRONT_MATTER_BYTES)
    except YamlSyntaxError as exc:
        raise ArchiveError(path, exc.line, f"front matter: {exc.message}",
                           getattr(exc, "fix", "perbaiki penulisan YAML di baris itu"))
    data = located.data if located.data is not None else {}
    if not isinstance(data, dict):
        raise ArchiveError(path, 2, "front matter harus berupa baris `kolom: nilai`", "tulis `title: ...` dan `date: ...`")
    own: list[Problem] = []
    check = Checker(path, located, own)
    check.duplicate_keys()
    title = check.text(data, ("title",), required=True, fix="tambahkan `title: <judul siaran pers>`")
    date = check.date(data, ("date",), required=True)
    if title is None or date is None:
        first = next(p for p in own if p.severity == "error" and p.message.startswith(("`title`", "`date`")))
        raise ArchiveError(path, first.line, first.message, first.fix)
    language = check.text(data, ("language",)) or "id"
    if language not in ("id", "en"):
        check.warning(("language",), f"bahasa {language!r} tidak dikenal", "pakai `language: id` atau `language: en`")
    overrides = data.get("overrides") or {}
    if not isinstance(overrides, dict):
        check.error(("overrides",), "`overrides` harus berupa pemetaan", "tulis mis. `overrides:` lalu `  date: 2020-11-13`")
        overrides = {}
    else:
        _check_overrides(overrides, check)
    article = Article(
        id=article_id, path=path, title=title, date=date, body=body,
        channel=check.text(data, ("channel",)), url=check.text(data, ("url",)),
        author=check.text(data, ("author",)), editor=check.text(data, ("editor",)),
        language=language, tags=check.text_list(data, ("tags",)),
        programs=[p.lower() for p in check.text_list(data, ("programs",))],
        location=check.text(data, ("location",)), fictional=check.flag(data, ("fictional",)),
        overrides=overrides,
        extra={k: v for k, v in data.items() if k not in ARTICLE_FIELDS},
        body_line=body_line,
    )
    if article.url and safe_url(article.url) is None:
        check.error(("url",), f"`url` bukan tautan http(s): {article.url[:80]!r}",
                    "tulis alamat lengkap yang diawali http:// atau https://, atau hapus baris `url`")
        article.url = None
    for key in article.extra:
        if key not in PROVENANCE_FIELDS:
            check.warning((key,), f"kolom front matter `{key}` tidak dikenal (disimpan, tidak dipakai)",
                          f"kolom yang dikenal: {', '.join(ARTICLE_FIELDS)}")
    if article_id:
        _check_placement(article_id, path, date, check)
    _check_review(article, check)
    if not body.strip():
        check.warning((), "berita tidak berisi teks sesudah front matter", "tempelkan teks seperti yang diterbitkan")
    problems.extend(own)
    return article, located


def _check_placement(article_id: str, path: str, date: dt.date, check: Checker) -> None:
    year, month, day = ARTICLE_ID_RE.fullmatch(article_id).groups()
    if f"{year}-{month}-{day}" != date.isoformat():
        check.warning(("date",), f"nama berkas menyebut {year}-{month}-{day} tetapi `date` berisi {date.isoformat()}",
                      "ganti nama berkas atau perbaiki tanggalnya")
    parts = path.split("/")
    if len(parts) >= 2 and parts[-2] != year:
        check.warning((), f"berkas ada di folder {parts[-2]!r}, seharusnya articles/{year}/",
                      f"pindahkan ke articles/{year}/")


def _check_review(article: Article, check: Checker) -> None:
    """An item an import marked for review: one warning at the line of each field to fill in."""
    from .review import REVIEW_FIELDS, REVIEW_KEY, review_fields

    raw = article.extra.get(REVIEW_KEY)
    if raw is not None and not isinstance(raw, (dict, list)):
        check.warning((REVIEW_KEY,), "`review` harus mendaftar kolom yang perlu diperiksa, mis. `review: {date: ...}`",
                      "tulis `review:` lalu `  date: alasannya`, atau hapus barisnya bila kolomnya sudah benar")
        return
    for name, reason in review_fields(article).items():
        where = (name,) if name in REVIEW_FIELDS else (REVIEW_KEY,)
        why = f": {reason}" if reason else ""
        check.warning(where, f"menunggu tinjauan: `{name}` belum pasti{why}",
                      f"perbaiki `{name}:` di baris ini, lalu hapus `{name}` dari `review:` "
                      "(berita ini tidak dihitung di laporan bulanan sampai itu dilakukan)")


def _check_overrides(overrides: dict, check: Checker) -> None:
    key = ("overrides",)
    check.unknown_keys(overrides, key, OVERRIDE_FIELDS, "overrides")
    if "date" in overrides:
        check.date(overrides, key + ("date",))
    quotes = overrides.get("quotes")
    if quotes is not None:
        if not isinstance(quotes, list):
            check.error(key + ("quotes",), "`overrides.quotes` harus berupa daftar", "tulis butir `- match: \"...\"`")
        else:
            for index, item in enumerate(quotes):
                if not isinstance(item, dict) or not item.get("match"):
                    check.error(key + ("quotes", index), f"koreksi kutipan ke-{index + 1} perlu teks `match`",
                                "tulis `- match: \"potongan kutipan\"` dengan `speaker:` atau `drop: true`")
    aliases = overrides.get("aliases")
    if aliases is not None and not isinstance(aliases, dict):
        check.error(key + ("aliases",), "`overrides.aliases` harus memetakan nama ke bentuk pendeknya",
                    "tulis `Syam Wuryani: [Bu Yani]`")


def _suggest_name(stem: str) -> str:
    match = re.match(r"(\d{4}-\d{2}-\d{2})-?(.*)", stem)
    if match:
        return f"{match.group(1)}-{slugify(match.group(2))}"
    return f"YYYY-MM-DD-{slugify(stem)}"


@dataclass
class CheckReport(Record):
    problems: list[Problem]
    articles: int  # article files that loaded
    near_duplicates: list[tuple[str, str]]  # (a, b) article ids, a < b
    pending_review: int = 0  # articles an import marked for review (review.py)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity != "error"]


# --- The store ------------------------------------------------------------------------------------


class ArchiveStore:
    """archive/ on disk. Problem paths are shown relative to the home ("archive/articles/...");
    Article.path is relative to the archive root ("articles/2020/...")."""

    def __init__(self, root: Path):
        self.root = Path(root).absolute()
        self.articles_dir = self.root / "articles"
        self.metrics_dir = self.root / "metrics"

    def __repr__(self) -> str:
        return f"ArchiveStore({str(self.root)!r})"

    def display(self, path: Path | str) -> str:
        path = Path(path)
        if not path.is_absolute():
            path = self.root / path
        try:
            return path.relative_to(self.root.parent).as_posix()
        except ValueError:
            return str(path)

    def relative(self, path: Path | str) -> str:
        path = Path(path)
        if not path.is_absolute():
            path = self.root / path
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()

    # Configuration -------------------------------------------------------------------------------
    @cached_property
    def config(self) -> Config:
        return load_config(self.root / "melati.yaml", [], self.display("melati.yaml"))

    def config_problems(self) -> list[Problem]:
        problems: list[Problem] = []
        load_config(self.root / "melati.yaml", problems, self.display("melati.yaml"))
        return problems

    # Articles ------------------------------------------------------------------------------------
    def article_paths(self) -> list[Path]:
        """Every articles/**/*.md, sorted; hidden files (temp files of a write) and symlinks left out
        (scan_articles: check, reindex and import all read this same set)."""
        return [self.root / rel for rel in scan_articles(self.root).files]

    def duplicate_problem(self, path: Path | str, first: str, article_id: str) -> Problem:
        """The error of a second file whose name gives an id `first` (shown path) already has."""
        return Problem(self.display(path), None, f"id berita {article_id!r} ganda: juga {first}",
                       "ganti nama salah satu dari kedua berkas")

    def link_problems(self) -> list[Problem]:
        """One error per symbolic link under articles/: never followed (scan_articles)."""
        return [Problem(self.display(rel), None, LINK_REFUSED, LINK_FIX) for rel in scan_articles(self.root).links]

    def load_article(self, path: Path | str) -> Article:
        """One article (`path` absolute, or relative to the archive root); raises ArchiveError (path relative to the home, line, message, fix)."""
        article, _ = self._load(path, [])
        return article

    def _load(self, path: Path | str, problems: list[Problem]) -> tuple[Article, Located]:
        path = Path(path)
        if not path.is_absolute():
            path = self.root / path
        shown = self.display(path)
        try:
            check_article_size(shown, path.stat().st_size)
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise ArchiveError(shown, None, f"bukan teks UTF-8 ({exc.reason} pada byte {exc.start})",
                               "simpan berkas sebagai UTF-8") from None
        except OSError as exc:
            raise ArchiveError(shown, None, f"tidak bisa dibaca: {exc.strerror or exc}", "periksa berkasnya ada") from None
        own: list[Problem] = []
        try:
            article, located = _parse_article(text, self.relative(path), own)
        except ArchiveError as exc:
            raise ArchiveError(shown, exc.line, exc.message, exc.fix) from None
        for problem in own:
            problem.path = shown
        problems.extend(own)
        return article, located

    def articles(self, problems: list[Problem] | None = None) -> list[Article]:
        """Every article that loads (one per id); each file that does not is appended to `problems`
        (errors only: warnings are check()'s)."""
        if problems is not None:
            problems.extend(self.link_problems())
        loaded, seen = [], {}
        for path in self.article_paths():
            try:
                article = self.load_article(path)
            except ArchiveError as exc:
                if problems is not None:
                    problems.append(Problem(exc.path, exc.line, exc.message, exc.fix))
                continue
            if article.id in seen:  # the same file name in two year folders: keep the first
                if problems is not None:
                    problems.append(self.duplicate_problem(path, seen[article.id], article.id))
                continue
            seen[article.id] = self.display(path)
            loaded.append(article)
        return loaded

    def article_path_for(self, article: Article) -> Path:
        """Where `article` belongs: articles/YYYY/<id>.md, the id made from date and title if it has none."""
        article_id = article.id if article.id and ARTICLE_ID_RE.fullmatch(article.id) else None
        if article_id is None:
            article_id = f"{article.date.isoformat()}-{slugify(article.title, SLUG_MAX)}"
        return self.articles_dir / article_id[:4] / f"{article_id}.md"

    def write_article(self, article: Article, force: bool = False) -> Path:
        """Write `article` atomically and return its path; sets article.id and article.path.

        An existing file is never overwritten: a taken name gets -2, -3, ... unless force=True,
        which replaces the file of that name. A year folder that is a symbolic link is refused:
        the file would land wherever the link points."""
        target = self.article_path_for(article)
        if target.parent.is_symlink():
            raise ArchiveError(self.display(target.parent), None, LINK_REFUSED, LINK_FIX)
        target.parent.mkdir(parents=True, exist_ok=True)
        stem = target.stem
        candidate, n = target, 1
        while True:
            article.id = candidate.stem
            article.path = self.relative(candidate)
            text = render_article(article)
            if force:
                atomic_write(candidate, text)
                return candidate
            if _create_new(candidate, text):
                return candidate
            n += 1
            candidate = target.with_name(f"{stem}-{n}.md")

    # People and programs --------------------------------------------------------------------------
    def people(self, problems: list[Problem] | None = None) -> list[Person]:
        """Curated people from people.yaml ([] when absent); bad entries are skipped into `problems`."""
        return _read_list(self.root / "people.yaml", "people", self.display("people.yaml"),
                          _person, problems)

    def programs(self, problems: list[Problem] | None = None) -> list[Program]:
        """Programs from programs.yaml ([] when absent); bad entries are skipped into `problems`."""
        return _read_list(self.root / "programs.yaml", "programs", self.display("programs.yaml"),
                          _program, problems)

    # Metrics ---------------------------------------------------------------------------------
    def metric_paths(self) -> list[Path]:
        return sorted(self.metrics_dir.glob("*.csv")) if self.metrics_dir.is_dir() else []

    def metrics(self, problems: list[Problem] | None = None) -> list[MetricRow]:
        """Every good row of metrics/*.csv; bad rows are skipped into `problems` with their line."""
        rows: list[MetricRow] = []
        sink: list[Problem] = [] if problems is None else problems
        for path in self.metric_paths():
            rows.extend(_read_metrics(path, self.display(path), sink))
        return rows

    # Validation ------------------------------------------------------------------------------
    def check(self) -> list[Problem]:
        """Every problem in the archive: each file on its own, then references between files."""
        return self.check_report().problems

    def check_report(self) -> "CheckReport":
        """check() plus what `melati check` prints besides problems: articles read, near-duplicate pairs."""
        problems = self.config_problems()
        config = self.config
        self.people(problems)
        programs = self.programs(problems)
        program_ids = {p.id for p in programs}
        channel_ids = set(config.channel_ids)
        problems.extend(self.link_problems())
        seen: dict[str, str] = {}
        articles: dict[str, tuple[Article, Located, str]] = {}
        for path in self.article_paths():
            try:
                article, located = self._load(path, problems)
            except ArchiveError as exc:
                problems.append(Problem(exc.path, exc.line, exc.message, exc.fix))
                continue
            shown = self.display(path)
            where = Checker(shown, located, problems)
            if article.id in seen:
                where.error((), f"id berita {article.id!r} ganda: juga {seen[article.id]}",
                            "ganti nama salah satu dari kedua berkas")
                continue
            seen[article.id] = shown
            articles[article.id] = (article, located, shown)
            if article.channel and channel_ids and article.channel not in channel_ids:
                where.error(("channel",), f"kanal {article.channel!r} tidak dikenal",
                            f"pakai salah satu kanal di melati.yaml: {', '.join(sorted(channel_ids))}")
            for index, program in enumerate(article.programs):
                if program not in program_ids:
                    known = ", ".join(sorted(program_ids)) or "belum ada"
                    where.error(("programs", index), f"id program {program!r} tidak dikenal",
                                f"pakai id dari programs.yaml ({known}) atau tambahkan programnya di sana")
        self._check_near_duplicates(articles, problems)
        metric_problems: list[Problem] = []
        for row in self.metrics(metric_problems):
            if channel_ids and row.channel not in channel_ids:
                path, _, line = row.source.rpartition(":")
                metric_problems.append(Problem(path, int(line), f"kanal {row.channel!r} tidak dikenal",
                                               "pakai id kanal dari melati.yaml", "warning"))
            if row.article_id and row.article_id not in articles:
                path, _, line = row.source.rpartition(":")
                metric_problems.append(Problem(path, int(line), f"id berita {row.article_id!r} tidak dikenal",
                                               "pakai nama berkas berita, tanpa .md", "warning"))
        problems.extend(metric_problems)
        pairs = self.near_duplicates([a for a, _, _ in articles.values()])
        from .review import waiting

        pending = len(waiting([a for a, _, _ in articles.values()]))
        return CheckReport(problems, len(articles), pairs, pending)

    def near_duplicates(self, articles: list[Article] | None = None) -> list[tuple[str, str]]:
        """Pairs (a, b), a < b, of existing articles flagged as near-duplicates in either one's front matter."""
        pairs = set()
        articles = self.articles() if articles is None else articles
        ids = {a.id for a in articles}
        for article in articles:
            for other in _near_duplicate_ids(article):
                if other != article.id and other in ids:
                    pairs.add(tuple(sorted((article.id, other))))
        return sorted(pairs)

    def _check_near_duplicates(self, articles: dict[str, tuple[Article, Located, str]],
                               problems: list[Problem]) -> None:
        for article_id, (article, located, shown) in articles.items():
            raw = article.extra.get("near_duplicates")
            if raw is None:
                continue
            where = Checker(shown, located, problems)
            if not isinstance(raw, list):
                where.error(("near_duplicates",), "`near_duplicates` harus berupa daftar id berita",
                            "tulis `near_duplicates: [2020-11-13-slug]`")
                continue
            for index, other in enumerate(raw):
                other = str(other)
                # a one-sided link is fine: an import never edits an existing file, so only the new one names
                # the pair, and near_duplicates() reads pairs from either side
                if other not in articles:
                    where.warning(("near_duplicates", index), f"berita hampir sama {other!r} tidak ada di arsip ini",
                                  "perbaiki id-nya atau hapus dari `near_duplicates`")


def _near_duplicate_ids(article: Article) -> list[str]:
    raw = article.extra.get("near_duplicates")
    if isinstance(raw, str):
        raw = [raw]
    return [str(x) for x in raw] if isinstance(raw, list) else []


# --- people.yaml / programs.yaml ---------------------------------------------------------------------


def _read_list(path: Path, key: str, shown: str, build, problems: list[Problem] | None) -> list:
    sink: list[Problem] = [] if problems is None else problems
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as exc:
        sink.append(Problem(shown, None, f"tidak bisa dibaca: {exc}", "simpan sebagai teks UTF-8"))
        return []
    try:
        located = load_located(text)
    except YamlSyntaxError as exc:
        sink.append(Problem(shown, exc.line, exc.message, getattr(exc, "fix", "perbaiki penulisan YAML di baris itu")))
        return []
    check = Checker(shown, located, sink)
    check.duplicate_keys()
    data = located.data
    if data is None:
        return []
    file_fictional = False  # `fictional: true` at the top marks every entry of the file
    if isinstance(data, dict):
        check.unknown_keys(data, (), frozenset({key, "fictional"}), shown)
        entries, prefix = data.get(key), (key,)
        file_fictional = check.flag(data, ("fictional",))
    else:
        entries, prefix = data, ()
    if entries is None:
        return []
    if not isinstance(entries, list):
        check.error(prefix, f"`{key}` harus berupa daftar entri", f"tulis `{key}:` lalu entri `  - id: ...`")
        return []
    out, ids = [], {}
    for index, entry in enumerate(entries):
        entry_key = prefix + (index,)
        if not isinstance(entry, dict):
            check.error(entry_key, f"entri {key} ke-{index + 1} harus berupa pemetaan dengan `id` dan `name`",
                        "tulis sebagai `- id: ...` dengan `name: ...` di bawahnya")
            continue
        item = build(entry, entry_key, check, file_fictional)
        if item is None:
            continue
        if item.id in ids:
            check.error(entry_key + ("id",), f"id {item.id!r} ganda (pertama di baris {ids[item.id]})",
                        "beri setiap entri id sendiri")
            continue
        ids[item.id] = check.line(*entry_key)
        out.append(item)
    return out


def _person(entry: dict, key: tuple, check: Checker, fictional: bool = False) -> Person | None:
    check.unknown_keys(entry, key, PERSON_FIELDS, "data orang")
    person_id = check.slug(entry, key + ("id",), "orang")
    name = check.text(entry, key + ("name",), required=True, fix="tambahkan `name: <nama lengkap, tanpa gelar>`")
    if person_id is None or name is None:
        return None
    roles = []
    raw_roles = entry.get("roles")
    if raw_roles is not None and not isinstance(raw_roles, list):
        check.error(key + ("roles",), "`roles` harus berupa daftar", "tulis `roles:` lalu butir `  - title: ...`")
        raw_roles = []
    for index, raw in enumerate(raw_roles or []):
        role_key = key + ("roles", index)
        if isinstance(raw, str):
            raw = {"title": raw}
        if not isinstance(raw, dict):
            check.error(role_key, f"jabatan ke-{index + 1} dari {name} harus berupa pemetaan dengan `title`",
                        "tulis `- title: Kepala Balai ...`")
            continue
        check.unknown_keys(raw, role_key, ROLE_FIELDS, "jabatan")
        title = check.text(raw, role_key + ("title",), required=True, fix="tambahkan `title: <jabatan>`")
        start, end = check.date(raw, role_key + ("start",)), check.date(raw, role_key + ("end",))
        if title is None:
            continue
        if start and end and end < start:
            check.error(role_key + ("end",), f"jabatan {title!r} berakhir ({end}) sebelum mulai ({start})",
                        "tukar atau perbaiki tanggalnya")
            continue
        roles.append(Role(title, check.text(raw, role_key + ("organization",)), start, end,
                          check.text_list(raw, role_key + ("aliases",))))
    return Person(
        id=person_id, name=name, aliases=check.text_list(entry, key + ("aliases",)), roles=roles,
        internal=check.flag(entry, key + ("internal",)), notes=check.text(entry, key + ("notes",)),
        fictional=check.flag(entry, key + ("fictional",), fictional),
    )


def _program(entry: dict, key: tuple, check: Checker, fictional: bool = False) -> Program | None:
    check.unknown_keys(entry, key, PROGRAM_FIELDS, "data program")
    program_id = check.slug(entry, key + ("id",), "program")
    name = check.text(entry, key + ("name",), required=True, fix="tambahkan `name: <nama lengkap program>`")
    if program_id is None or name is None:
        return None
    return Program(
        id=program_id, name=name, acronym=check.text(entry, key + ("acronym",)),
        description=check.text(entry, key + ("description",)) or "",
        keywords=check.text_list(entry, key + ("keywords",)), aliases=check.text_list(entry, key + ("aliases",)),
        target_per_month=check.count(entry, key + ("target_per_month",)),
        fictional=check.flag(entry, key + ("fictional",), fictional),
    )


# --- metrics/*.csv ---------------------------------------------------------------------------------


def _read_metrics(path: Path, shown: str, problems: list[Problem]) -> list[MetricRow]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(shown, None, f"tidak bisa dibaca: {exc}", "simpan sebagai CSV UTF-8"))
        return []
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        problems.append(Problem(shown, 1, "berkas metrik kosong", f"tulis baris judul kolom: {','.join(METRIC_COLUMNS)}",
                                "warning"))
        return []
    missing = [c for c in ("date", "channel") if c not in header]
    if missing:
        problems.append(Problem(shown, 1, f"baris judul tidak punya kolom {', '.join(missing)}",
                                f"baris judulnya: {','.join(METRIC_COLUMNS)}"))
        return []
    unknown = [h for h in header if h not in METRIC_COLUMNS]
    if unknown:
        problems.append(Problem(shown, 1, f"kolom {', '.join(unknown)} tidak dikenal (diabaikan)",
                                f"kolom yang dikenal: {','.join(METRIC_COLUMNS)}", "warning"))
    rows = []
    line = 1
    for record in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(header):
            problems.append(Problem(shown, line, f"baris ini berisi {len(record)} sel, baris judul {len(header)}",
                                    "perbaiki koma di baris ini"))
            continue
        cells = {h: c.strip() for h, c in zip(header, record)}
        row = _metric_row(cells, f"{shown}:{line}", shown, line, problems)
        if row is not None:
            rows.append(row)
    return rows


def _metric_row(cells: dict, source: str, shown: str, line: int, problems: list[Problem]) -> MetricRow | None:
    try:
        day = as_date(cells["date"])
    except ValueError:
        problems.append(Problem(shown, line, f"tanggal {cells['date']!r} salah", "tulis tanggal sebagai YYYY-MM-DD"))
        return None
    if not cells["channel"]:
        problems.append(Problem(shown, line, "kanal kosong", "isi id kanal dari melati.yaml"))
        return None
    numbers: dict[str, int | None] = {}
    for name in METRIC_NUMBERS:
        raw = cells.get(name, "").replace("_", "")
        if not raw:
            numbers[name] = None
        elif raw.isdigit():
            numbers[name] = int(raw)
        else:
            problems.append(Problem(shown, line, f"`{name}` bukan bilangan bulat: {raw!r}",
                                    "tulis angka bulat tanpa titik atau koma, atau kosongkan"))
            return None
    return MetricRow(date=day, channel=cells["channel"], url=cells.get("url") or None,
                     article_id=cells.get("article_id") or None, source=source, **numbers)
